//! The converter on notices of shapes it used to get wrong (issue 8): a
//! portal page wrapped in chrome, an audit report with section subtotals,
//! numbering reused at another depth under a section titled without
//! keywords, and a bulletin copied with Markdown and HTML left in. Each is
//! checked for title, problems, statuses with their basis, stated totals
//! with their candidates, long-term items, and for lost text.

mod common;

use rectify_core::convert::{convert_notice, Conversion, ConvertOptions};
use rectify_core::model::{NodeKind, Report, Status, StatusBasis};

const SAMPLES: &[&str] = &[
    "portal-chrome-care-mode",
    "audit-subtotals",
    "reused-numbering-no-keywords",
    "markdown-supervision-bulletin",
    "inspection-problem-paragraphs",
    "feedback-items-under-sections",
];

fn convert(name: &str) -> Conversion {
    convert_notice(&common::notice_sample(name), &ConvertOptions::default())
}

/// (label, status, basis, rule) of every problem, in order.
fn problems(r: &Report) -> Vec<(String, Status, StatusBasis, String)> {
    r.walk()
        .filter(|n| n.kind == NodeKind::Problem)
        .map(|n| {
            let e = n.status_evidence.as_ref().unwrap();
            (n.label.clone(), n.status.unwrap(), e.basis, e.rule.clone())
        })
        .collect()
}

fn p(label: &str, s: Status, b: StatusBasis, rule: &str) -> (String, Status, StatusBasis, String) {
    (label.to_string(), s, b, rule.to_string())
}

use Status::{Done, InProgress, LongTerm, NotStarted};
use StatusBasis::{Inferred, Stated};

#[test]
fn every_new_shape_accounts_for_every_character_loads_and_does_not_warn() {
    common::assert_samples_accounted_and_load(SAMPLES);
    for name in SAMPLES.iter().copied() {
        let c = convert(name);
        let checked = common::assert_accounted(&common::notice_sample(name), &c.report);
        assert!(checked >= 10, "{name}: only {checked} sentences");
        assert!(c.warnings.is_empty(), "{name}: {:?}", c.warnings);
    }
}

#[test]
fn portal_chrome_never_becomes_the_title() {
    let r = convert("portal-chrome-care-mode").report;
    assert_eq!(
        r.meta.title,
        "中共青川区水务局党组关于区委第三轮巡察集中整改进展情况的通报"
    );
    assert_eq!(
        r.meta.document_number.as_deref(),
        Some("青川党纪〔2025〕7号")
    );
    assert_eq!(r.meta.written_date.as_deref(), Some("2025-08-20"));
    assert_eq!(r.meta.published.as_deref(), Some("2025-08-22"));
    let reasons = common::skipped_reasons(&r);
    let top: Vec<(u32, &str)> = reasons.iter().copied().filter(|(l, _)| *l <= 10).collect();
    assert_eq!(
        top,
        [
            (1, "页面导航"),
            (2, "页面导航"),
            (3, "页面导航"),
            (4, "页面导航"),
            (5, "页面导航"),
            (6, "发布信息"),
            (7, "文件信息"),
            (8, "文件信息"),
            (9, "发布信息"),
        ]
    );
    // 整改情况：已完成整改。 on the problem is stated, whatever 下一步 in a
    // measure says.
    assert_eq!(
        problems(&r),
        [
            p("（一）", Done, Stated, "done_phrase"),
            p("（二）", InProgress, Stated, "in_progress_phrase"),
            p("（三）", InProgress, Stated, "in_progress_phrase"),
        ]
    );
    assert!(r.stated_totals.is_none());
}

#[test]
fn audit_report_wide_totals_beat_subtotals_and_keep_candidates() {
    let r = convert("audit-subtotals").report;
    assert_eq!(
        r.meta.title,
        "关于2024年度区级预算执行和其他财政收支审计查出问题整改情况的报告"
    );
    let t = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (t.total, t.done, t.in_progress, t.long_term),
        (Some(48), Some(40), Some(8), Some(6))
    );
    assert_eq!(t.source_line, Some(13));
    let lines: Vec<Option<u32>> = t.candidates.iter().map(|c| c.source_line).collect();
    assert_eq!(lines, [Some(13), Some(15), Some(21), Some(31)]);
    let clues = &t.candidates[1];
    assert_eq!(
        (clues.total, clues.done, clues.in_progress),
        (Some(15), Some(12), Some(3))
    );
    assert_eq!(clues.unit.as_deref(), Some("件"));
    assert!(t.candidates.iter().all(|c| c.candidates.is_empty()));
    assert_eq!(
        problems(&r),
        [
            p("1.", Done, Stated, "done_phrase"),
            p("2.", InProgress, Stated, "in_progress_phrase"),
            p("3.", Done, Inferred, "report_states_result"),
            p("4.", Done, Inferred, "report_states_result"),
            p("5.", Done, Stated, "done_phrase"),
            p("6.", InProgress, Stated, "in_progress_phrase"),
            p("7.", Done, Stated, "done_phrase"),
        ]
    );
}

#[test]
fn problems_found_by_shape_under_a_section_without_keywords() {
    let r = convert("reused-numbering-no-keywords").report;
    let labels: Vec<String> = problems(&r).into_iter().map(|p| p.0).collect();
    assert_eq!(
        labels,
        ["1.", "2.", "1.", "2.", "3.", "1.", "2.", "3.", "4."]
    );
    let ids: Vec<&str> = r
        .walk()
        .filter(|n| n.kind == NodeKind::Problem)
        .map(|n| n.id.as_str())
        .collect();
    assert_eq!(ids[0], "s2-a1-p1");
    assert_eq!(ids[8], "s2-a3-p4");
    // Section 一's `1.` items are plain items: no measures, no statuses.
    assert!(r
        .find("s1")
        .unwrap()
        .children
        .iter()
        .all(|n| n.kind == NodeKind::Item));
    let open: Vec<&str> = r
        .walk()
        .filter(|n| n.kind == NodeKind::Problem && n.status == Some(InProgress))
        .map(|n| n.id.as_str())
        .collect();
    assert_eq!(open, ["s2-a1-p2", "s2-a2-p2", "s2-a3-p2"]);
    let long_term = r.walk().filter(|n| n.kind == NodeKind::LongTerm).count();
    assert_eq!(long_term, 2);
    let t = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (t.total, t.done, t.in_progress),
        (Some(9), Some(6), Some(3))
    );
}

#[test]
fn markdown_and_html_leftovers_are_removed_and_kept_in_skipped() {
    let r = convert("markdown-supervision-bulletin").report;
    assert_eq!(r.meta.title, "关于全县安全生产隐患排查整治督查情况的通报");
    let markup: Vec<(u32, &str)> = r
        .skipped
        .iter()
        .filter(|s| s.reason == "格式标记")
        .map(|s| (s.line, s.text.as_str()))
        .collect();
    assert_eq!(markup[0], (1, "#"));
    assert!(markup.contains(&(11, "&nbsp; &nbsp;")), "{markup:?}");
    assert!(markup.contains(&(38, "---")), "{markup:?}");
    assert_eq!(
        problems(&r),
        [
            p("（一）", Done, Stated, "done_phrase"),
            p("（二）", InProgress, Stated, "in_progress_phrase"),
            p("（三）", NotStarted, Stated, "report_not_started"),
        ]
    );
    let t = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (t.total, t.done, t.in_progress, t.not_started),
        (Some(27), Some(19), Some(6), Some(2))
    );
}

#[test]
fn problem_paragraphs_with_measure_and_result_labels() {
    let r = convert("inspection-problem-paragraphs").report;
    assert_eq!(
        r.meta.title,
        "中共临溪师范学院委员会关于省委第六轮巡视整改进展情况的通报"
    );
    assert_eq!(
        problems(&r),
        [
            p("问题一：", Done, Stated, "done_phrase"),
            p("问题二：", Done, Inferred, "report_states_result"),
            p("问题三：", InProgress, Stated, "in_progress_phrase"),
            // Its report (`整改成效：…此项工作需长期坚持。`) states no
            // completion and says the work is long-term: the notice's
            // `其中1个问题需长期坚持整改`.
            p("问题四：", LongTerm, Stated, "report_long_term"),
        ]
    );
    let measures = r
        .walk()
        .filter(|n| n.kind == NodeKind::Measure && n.label == "整改措施：")
        .count();
    assert_eq!(measures, 4);
    let t = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (t.total, t.done, t.in_progress, t.long_term),
        (Some(4), Some(3), Some(1), Some(1))
    );
}

#[test]
fn feedback_items_under_sections_with_numbered_measures() {
    let r = convert("feedback-items-under-sections").report;
    let ids: Vec<&str> = r
        .walk()
        .filter(|n| n.kind == NodeKind::Problem)
        .map(|n| n.id.as_str())
        .collect();
    assert_eq!(ids, ["s1-p1", "s1-p2", "s2-p1", "s2-p2", "s2-p3"]);
    let p1 = r.find("s2-p1").unwrap();
    assert_eq!(p1.children.len(), 2);
    assert!(p1.children.iter().all(|m| m.kind == NodeKind::Measure));
    assert_eq!(p1.status, Some(InProgress));
    let open = r
        .walk()
        .filter(|n| n.kind == NodeKind::Problem && n.status == Some(InProgress))
        .count();
    assert_eq!(open, 1);
    // The closing 下一步 section keeps plain items.
    assert!(r
        .find("s3")
        .unwrap()
        .children
        .iter()
        .all(|n| n.kind == NodeKind::Item));
    let t = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (t.total, t.done, t.in_progress, t.completion_rate),
        (Some(5), Some(4), Some(1), Some(0.8))
    );
}
