//! The converter on further invented notices of shapes real notices take
//! (issue 8): an audit report whose problems are `1.` items under
//! `（一）…方面` groups with `整改情况：` paragraphs, a notice with full-width
//! digits and mixed `(1)`/`（1）`/`①` labels under a section whose title
//! carries a plan word (`决策部署`), a university notice whose problems end
//! with a bare statement of their state after the measures, a totals
//! sentence after a section subtotal, a portal page with footer chrome and
//! a 督查 bulletin with a table, and an audit report given as a speech
//! whose `第一部分`…`第三部分` parts hold `一、…方面` groups of `问题N：`
//! problems with `整改措施：`/`整改结果：` paragraphs and table rows. Every
//! one is checked for lost text.

mod common;

use rectify_core::convert::{convert_notice, Conversion, ConvertOptions};
use rectify_core::model::{NodeKind, Report, Status, StatusBasis};

const SAMPLES: &[&str] = &[
    "audit-rectification-amounts",
    "fullwidth-mixed-labels",
    "university-nested-measures",
    "totals-after-subtotal",
    "portal-footer-chrome",
    "supervision-table-items",
    "audit-parts-labelled-problems",
];

fn convert(name: &str) -> Conversion {
    convert_notice(&common::notice_sample(name), &ConvertOptions::default())
}

/// (title, status, basis, phrase) of every problem, in order.
fn problems(r: &Report) -> Vec<(String, Status, StatusBasis, String)> {
    r.walk()
        .filter(|n| n.kind == NodeKind::Problem)
        .map(|n| {
            let e = n.status_evidence.as_ref().unwrap();
            let phrase = e.phrase.clone().unwrap_or_default();
            (n.title.clone(), n.status.unwrap(), e.basis, phrase)
        })
        .collect()
}

fn kinds_of_section(r: &Report, label: &str) -> Vec<NodeKind> {
    let s = r.nodes.iter().find(|n| n.label == label).unwrap();
    s.children.iter().map(|c| c.kind).collect()
}

#[test]
fn every_sample_accounts_for_every_character_and_loads() {
    common::assert_samples_accounted_and_load(SAMPLES);
}

#[test]
fn audit_items_under_groups_with_reports_are_the_problems() {
    let r = convert("audit-rectification-amounts").report;
    let p = problems(&r);
    assert_eq!(p.len(), 5, "{p:?}");
    assert!(p[0].0.starts_with("县住房和城乡建设局"));
    assert_eq!(kinds_of_section(&r, "二、"), vec![NodeKind::FocusArea; 3]);
    let statuses: Vec<Status> = p.iter().map(|x| x.1).collect();
    use Status::*;
    assert_eq!(statuses, vec![Done, Done, InProgress, Done, NotStarted]);
    // `……，目前尚未整改。` concludes the report: stated, with that clause;
    // `……，整改到位。` concludes the others: stated done.
    assert_eq!(
        (p[4].2, p[4].3.as_str()),
        (StatusBasis::Stated, "目前尚未整改")
    );
    for i in [0, 1, 3] {
        assert_eq!(
            (p[i].2, p[i].3.as_str()),
            (StatusBasis::Stated, "整改到位"),
            "{i}"
        );
    }
    let st = r.stated_totals.as_ref().unwrap();
    assert_eq!((st.total, st.done), (Some(5), Some(3)));
}

#[test]
fn a_plan_word_in_a_section_title_does_not_hide_its_problems() {
    let r = convert("fullwidth-mixed-labels").report;
    assert_eq!(kinds_of_section(&r, "一、"), vec![NodeKind::Problem; 2]);
    let p = problems(&r);
    assert_eq!(p.len(), 5, "{p:?}");
    assert_eq!(p.iter().filter(|x| x.1 == Status::Done).count(), 4);
    // Each problem ends with `该问题已完成整改。` / `该问题正在整改中。`.
    assert!(p.iter().all(|x| x.2 == StatusBasis::Stated), "{p:?}");
    let st = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (st.total, st.done, st.in_progress),
        (Some(5), Some(4), Some(1))
    );
}

#[test]
fn a_problems_closing_statement_of_state_is_its_stated_status() {
    let r = convert("university-nested-measures").report;
    let p = problems(&r);
    let got: Vec<(Status, StatusBasis)> = p.iter().map(|x| (x.1, x.2)).collect();
    use Status::*;
    use StatusBasis::Stated;
    // Problem 1 states `已完成整改` after its measures; problem 2 states
    // `已基本完成整改` (not yet complete, as in ledgers), though its last
    // measure says `下一步，将继续…`; problem 4 states `正在持续整改中`.
    assert_eq!(
        got,
        vec![
            (Done, Stated),
            (InProgress, Stated),
            (Done, Stated),
            (InProgress, Stated)
        ]
    );
    assert_eq!(p[1].3, "基本完成");
    // `基本完成整改1个` in the totals is in progress too, and so is
    // `持续整改1个` (problem 4, `正在持续整改中`), not long-term.
    let st = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (st.total, st.done, st.in_progress, st.long_term),
        (Some(4), Some(2), Some(2), None)
    );
    // The state sentence is the problem's, not its last measure's.
    let last_measure = r
        .walk()
        .find(|n| n.kind == NodeKind::Measure && n.title.starts_with("提升教学能力"))
        .unwrap();
    assert!(
        !last_measure.body.contains("该问题"),
        "{}",
        last_measure.body
    );
    // The plan section keeps its items, though it speaks of `已完成整改的问题`.
    assert_eq!(kinds_of_section(&r, "三、"), vec![NodeKind::Item; 3]);
}

#[test]
fn the_report_wide_sentence_after_a_subtotal_is_the_total() {
    let r = convert("totals-after-subtotal").report;
    assert_eq!(problems(&r).len(), 5);
    let st = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (st.total, st.done, st.in_progress),
        (Some(5), Some(3), Some(2))
    );
}

#[test]
fn portal_chrome_above_and_below_is_not_the_title() {
    let c = convert("portal-footer-chrome");
    assert_eq!(
        c.report.meta.title,
        "中共柳川县市场监督管理局党组关于县委第二轮巡察整改进展情况的通报"
    );
    assert_eq!(problems(&c.report).len(), 3);
    // The invitation to oversee is the closing, and the link list and
    // footer under the signature are page chrome, not problem 三's text.
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
    let last = c
        .report
        .walk()
        .filter(|n| n.kind == NodeKind::Problem)
        .last()
        .unwrap();
    assert!(!last.body.contains("欢迎"), "{}", last.body);
    assert!(!last.body.contains("版权所有"), "{}", last.body);
    let skipped: Vec<u32> = c.report.skipped.iter().map(|s| s.line).collect();
    for line in [15, 16, 22, 23, 24, 25, 26, 27] {
        assert!(
            skipped.contains(&line),
            "line {line} not skipped: {skipped:?}"
        );
    }
}

#[test]
fn a_bulletins_table_rows_are_its_items_with_their_state_cells() {
    let c = convert("supervision-table-items");
    let r = &c.report;
    let p = problems(r);
    assert_eq!(p.len(), 6, "{p:?}");
    use Status::*;
    let statuses: Vec<Status> = p.iter().map(|x| x.1).collect();
    // Row 3's state cell says `正在办理`, though its detail reports a result.
    assert_eq!(
        statuses,
        vec![Done, Done, InProgress, InProgress, Done, Done]
    );
    assert!(p.iter().all(|x| x.2 == StatusBasis::Stated), "{p:?}");
    // The issuer printed under the title and again above the date.
    assert_eq!(r.meta.issuer.as_deref(), Some("河湾市人民政府督查室"));
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
    let st = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (st.total, st.done, st.in_progress),
        (Some(6), Some(4), Some(2))
    );
}

fn node<'a>(r: &'a Report, id: &str) -> &'a rectify_core::model::Node {
    r.walk()
        .find(|n| n.id == id)
        .unwrap_or_else(|| panic!("no node {id}"))
}

#[test]
fn parts_are_sections_and_their_groups_are_focus_areas() {
    let r = convert("audit-parts-labelled-problems").report;
    let top: Vec<(NodeKind, &str)> = r.nodes.iter().map(|n| (n.kind, n.label.as_str())).collect();
    use NodeKind::*;
    assert_eq!(
        top,
        vec![
            (Preamble, ""),
            (Section, "第一部分"),
            (Section, "第二部分"),
            (Section, "第三部分"),
        ]
    );
    assert_eq!(kinds_of_section(&r, "第二部分"), vec![FocusArea; 3]);
    // The plan part's `一是…二是…` paragraph is its item, not a problem's measure.
    assert_eq!(kinds_of_section(&r, "第三部分"), vec![Item]);
    let labels: Vec<String> = r
        .walk()
        .filter(|n| n.kind == Problem)
        .map(|n| format!("{} {}", n.id, n.label))
        .collect();
    assert_eq!(
        labels,
        [
            "s2-a1-p1 问题1：",
            "s2-a1-p2 问题2：",
            "s2-a2-p3 问题3.",
            "s2-a2-p4 问题4.",
            "s2-a3-p5 问题5：",
            "s2-a3-p6 问题6："
        ]
    );
}

#[test]
fn a_measures_paragraph_is_a_measure_and_the_result_the_problems_report() {
    let r = convert("audit-parts-labelled-problems").report;
    for p in r.walk().filter(|n| n.kind == NodeKind::Problem) {
        let m: Vec<&str> = p.children.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(m, ["整改措施："], "{}", p.id);
        assert_eq!(p.children[0].kind, NodeKind::Measure);
        assert!(!p.children[0].body.contains("整改结果"), "{}", p.id);
        assert!(
            p.body.contains("整改结果：") || p.body.contains("整改成效："),
            "{}",
            p.id
        );
    }
    let m = &node(&r, "s2-a1-p1").children[0];
    assert!(m.title.starts_with("市财政局督促相关单位限期上缴"));
    let got: Vec<(Status, StatusBasis, String)> = problems(&r)
        .into_iter()
        .map(|(_, s, b, p)| (s, b, p))
        .collect();
    use Status::*;
    use StatusBasis::Stated;
    let want = [
        (Done, "完成整改"),
        (Done, "完成整改"),
        (Done, "完成整改"),
        (InProgress, "正在"),
        // Its row's `整改状态：已完成` cell is the last report on it.
        (Done, "已完成"),
        (InProgress, "正在"),
    ];
    let want: Vec<(Status, StatusBasis, String)> = want
        .iter()
        .map(|(s, p)| (*s, Stated, p.to_string()))
        .collect();
    assert_eq!(got, want);
}

#[test]
fn long_term_words_in_a_problems_text_do_not_make_it_long_term() {
    let r = convert("audit-parts-labelled-problems").report;
    assert!(r
        .walk()
        .all(|n| n.kind != NodeKind::LongTerm && n.status != Some(Status::LongTerm)));
    // A top-level problem whose statement mentions the long term, with its
    // `一是` measures, is a problem, not a section of long-term items.
    let text = "关于巡察整改情况的通报\n\n一、对需长期坚持的中央八项规定精神落实不严。\n一是开展专项检查。\n二是建立长效机制。\n二、下一步工作安排\n一是持续跟踪。\n";
    let r = convert_notice(text, &ConvertOptions::default()).report;
    let first = r.nodes.iter().find(|n| n.label == "一、").unwrap();
    assert_eq!(first.kind, NodeKind::Problem);
    assert_eq!(first.children.len(), 2);
    assert!(first.children.iter().all(|c| c.kind == NodeKind::Measure));
    assert!(r.walk().all(|n| n.status != Some(Status::LongTerm)));
}

#[test]
fn continuing_rectification_in_the_totals_is_in_progress() {
    let r = convert("audit-parts-labelled-problems").report;
    let st = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (st.total, st.done, st.in_progress, st.long_term),
        (Some(6), Some(4), Some(2), Some(1))
    );
    assert_eq!(st.source_line, Some(11));
}

/// A speech given `受市人民政府委托` is the government's report, delivered
/// by the audit office's head (these samples once named the speaker's
/// organisation, which reads the text only half); a speech without such
/// words is the speaker's organisation's (`convert_shapes_s19`).
#[test]
fn the_issuer_of_a_speech_is_the_organisation_it_is_given_for() {
    let r = convert("audit-parts-labelled-problems").report;
    assert_eq!(r.meta.issuer.as_deref(), Some("市人民政府"));
    for (name, issuer) in [
        ("audit-report", "县人民政府"),
        ("audit-subtotals", "区人民政府"),
    ] {
        let text = std::fs::read_to_string(format!(
            "{}/../../data/samples/notices/{name}.txt",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap();
        let r = convert_notice(&text, &ConvertOptions::default()).report;
        assert_eq!(r.meta.issuer.as_deref(), Some(issuer), "{name}");
    }
}

#[test]
fn table_rows_stay_text_and_their_cells_out_of_owners() {
    let r = convert("audit-parts-labelled-problems").report;
    assert!(r.skipped.is_empty(), "{:?}", r.skipped);
    let p4 = node(&r, "s2-a2-p4");
    assert_eq!(p4.owners, ["市财政局", "各预算单位"]);
    assert_eq!(p4.deadline.as_deref(), Some("2025-12-31"));
    let p5 = node(&r, "s2-a3-p5");
    assert_eq!(p5.owners, ["市民政局"]);
    assert_eq!(p5.completed_on.as_deref(), Some("2025-08-15"));
    let p6 = node(&r, "s2-a3-p6");
    assert!(p6.body.contains("| 市级财政管理 | 2 | 2 | 0 | 市财政局 |"));
    assert!(p6.owners.is_empty(), "{:?}", p6.owners);
}

#[test]
fn a_part_whose_headings_are_problems_is_a_focus_area() {
    let text = "关于巡察整改情况的通报\n\n第一篇　党的建设方面\n一、理论学习不够深入的问题\n一是修订学习制度。\n二、基层组织建设薄弱的问题\n一是开展支部评星。目前正在推进。\n第二篇　下一步工作打算\n一、持续巩固整改成果。\n";
    let r = convert_notice(text, &ConvertOptions::default()).report;
    let kinds: Vec<(NodeKind, &str)> = r.nodes.iter().map(|n| (n.kind, n.id.as_str())).collect();
    assert_eq!(
        kinds,
        [(NodeKind::FocusArea, "a1"), (NodeKind::Section, "s2")]
    );
    assert_eq!(kinds_of_section(&r, "第一篇"), vec![NodeKind::Problem; 2]);
    assert_eq!(kinds_of_section(&r, "第二篇"), vec![NodeKind::Item]);
}
