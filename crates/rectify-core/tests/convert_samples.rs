//! The converter on the invented sample notices under `data/samples/notices/`,
//! one per shape a real notice takes. Every sample is also checked for
//! lost text and for loading back as a valid report.

mod common;

use rectify_core::convert::{convert_notice, Conversion, ConvertOptions};
use rectify_core::load;
use rectify_core::model::{NodeKind, Report, Status};
use rectify_core::stats::{compare_stated, stated_vs_counted, StatedField, Summary};

macro_rules! sample {
    ($name:literal) => {
        (
            $name,
            include_str!(concat!("../../../data/samples/notices/", $name, ".txt")),
        )
    };
}

const SAMPLES: &[(&str, &str)] = &[
    sample!("portal-page-metadata"),
    sample!("focus-areas-top"),
    sample!("problems-top"),
    sample!("audit-report"),
    sample!("numbering-variants"),
    sample!("cut-off"),
];

const NOTICE: &str = include_str!("../../../data/source/zhongshan-finance-2025-09.txt");

fn text(name: &str) -> &'static str {
    SAMPLES.iter().find(|(n, _)| *n == name).unwrap().1
}

fn convert(name: &str) -> Conversion {
    convert_notice(text(name), &ConvertOptions::default())
}

fn ids_of(r: &Report, kind: NodeKind) -> Vec<String> {
    r.walk()
        .filter(|n| n.kind == kind)
        .map(|n| n.id.clone())
        .collect()
}

#[test]
fn every_sample_accounts_for_every_character_and_loads() {
    for (name, text) in SAMPLES.iter().copied().chain([("zhongshan", NOTICE)]) {
        let c = convert_notice(text, &ConvertOptions::default());
        let checked = common::assert_accounted(text, &c.report);
        assert!(checked >= 4, "{name}: only {checked} sentences");
        let json = serde_json::to_string(&c.report).unwrap();
        let back = load::from_json_str(&json).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert_eq!(back, c.report, "{name}");
    }
}

#[test]
fn only_the_cut_off_sample_warns() {
    for (name, _) in SAMPLES {
        let c = convert(name);
        if *name == "cut-off" {
            assert_eq!(c.warnings.len(), 1, "{:?}", c.warnings);
            let w = &c.warnings[0];
            assert_eq!((w.line, w.column), (6, 27));
            assert_eq!(w.message, "文本在（二）处中断，可能不完整");
            let p2 = c.report.find("p2").unwrap();
            assert!(p2.body.ends_with("截至2025年4月"), "{}", p2.body);
            assert_eq!(p2.status, Some(Status::InProgress));
        } else {
            assert!(c.warnings.is_empty(), "{name}: {:?}", c.warnings);
        }
    }
}

#[test]
fn page_clutter_and_metadata_block() {
    let r = convert("portal-page-metadata").report;
    let m = &r.meta;
    assert_eq!(
        m.title,
        "中共云溪县农业农村局党组关于县委第四轮巡察反馈问题整改进展情况的通报"
    );
    assert_eq!(m.index_number.as_deref(), Some("YX-0012-2025-00318"));
    assert_eq!(m.document_number.as_deref(), Some("云农党〔2025〕9号"));
    assert_eq!(m.written_date.as_deref(), Some("2025-07-18"));
    assert_eq!(m.published.as_deref(), Some("2025-07-21"));
    assert_eq!(m.issuer.as_deref(), Some("中共云溪县农业农村局党组"));
    assert_eq!(m.inspection_team.as_deref(), Some("县委第二巡察组"));
    assert_eq!(m.feedback_date.as_deref(), Some("2025-01-15"));
    assert_eq!(m.as_of.as_deref(), Some("2025-06-30"));
    assert_eq!(
        m.source.as_ref().unwrap().publisher.as_deref(),
        Some("县农业农村局")
    );
    let d = m.disclosure.as_ref().unwrap();
    assert_eq!(
        (d.start.as_str(), d.end.as_str()),
        ("2025-07-21", "2025-08-04")
    );
    let skipped = common::skipped_reasons(&r);
    assert_eq!(
        skipped,
        [
            (1, "页面导航"),
            (2, "页面导航"),
            (3, "文件信息"),
            (4, "文件信息"),
            (5, "文件信息"),
            (6, "文件信息"),
            (8, "发布信息"),
            (9, "页面导航"),
            (11, "标题重复"),
            (12, "文件信息"),
            (38, "落款"),
            (39, "落款"),
            (41, "页面导航"),
            (42, "页面导航"),
        ]
    );
    // 关于“…”问题的整改 headings with 问题表现/整改情况 paragraphs.
    assert_eq!(ids_of(&r, NodeKind::Problem), ["s1-p1", "s1-p2", "s1-p3"]);
    let p1 = r.find("s1-p1").unwrap();
    assert!(p1.body.starts_with("问题表现："));
    assert!(p1.body.contains("\n\n整改情况：已完成整改。"));
    assert_eq!(p1.owners, ["机关党委", "局党组书记"]);
    assert_eq!(p1.deadline.as_deref(), Some("2025-03-31"));
    assert_eq!(p1.status, Some(Status::Done));
    // The note after the measures belongs to the problem, not the last measure.
    let p2 = r.find("s1-p2").unwrap();
    assert_eq!(p2.children.len(), 3);
    assert_eq!(p2.owners, ["计划财务股", "乡村产业股", "王某某"]);
    assert_eq!(p2.deadline.as_deref(), Some("长期坚持"));
    assert!(p2.children[2].owners.is_empty());
    let f = &p2.children[0].figures;
    assert_eq!(f[0].text, "2860万元");
    assert_eq!(f[0].period.as_deref(), Some("2025年1-6月"));
    let p3 = r.find("s1-p3").unwrap();
    assert_eq!(p3.status, Some(Status::InProgress));
    assert_eq!(p3.deadline.as_deref(), Some("2025-12-31"));
    assert_eq!(p3.figures[0].unit, "人次");
}

#[test]
fn stated_totals_agree_with_the_counts() {
    let r = convert("portal-page-metadata").report;
    let t = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (t.total, t.done, t.in_progress, t.completion_rate),
        (Some(3), Some(2), Some(1), Some(0.67))
    );
    assert_eq!(t.source_line, Some(14));
    assert!(t
        .text
        .contains("3个问题已完成整改2个，正在整改1个，整改完成率67%"));
    let s = Summary::of(&r);
    assert_eq!(compare_stated(&r, &s).len(), 4);
    assert!(stated_vs_counted(&r, &s).is_empty());

    let r = convert("problems-top").report;
    let t = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (t.total, t.done, t.in_progress),
        (Some(4), Some(3), Some(1))
    );
    assert!(stated_vs_counted(&r, &Summary::of(&r)).is_empty());
}

#[test]
fn audit_report_totals_differ_from_the_listed_problems() {
    let r = convert("audit-report").report;
    let t = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (
            t.total,
            t.done,
            t.in_progress,
            t.not_started,
            t.completion_rate
        ),
        (Some(32), Some(26), Some(4), Some(2), Some(0.8125))
    );
    assert_eq!(t.unit.as_deref(), Some("个"));
    assert_eq!(t.source_line, Some(17));
    // The report lists six typical problems of the 32 it counts.
    let s = Summary::of(&r);
    assert_eq!(s.problems.total(), 6);
    let m = stated_vs_counted(&r, &s);
    let fields: Vec<StatedField> = m.iter().map(|m| m.field).collect();
    assert_eq!(
        fields,
        [
            StatedField::Total,
            StatedField::Done,
            StatedField::InProgress,
            StatedField::NotStarted,
            StatedField::CompletionRate
        ]
    );
    assert_eq!((m[0].stated, m[0].counted), (32.0, 6.0));
    // Sections: deployment and causes and plans are items, not problems.
    let kinds: Vec<(&str, NodeKind)> = r.nodes.iter().map(|n| (n.id.as_str(), n.kind)).collect();
    assert_eq!(
        kinds,
        [
            ("preamble", NodeKind::Preamble),
            ("s1", NodeKind::Section),
            ("s2", NodeKind::Section),
            ("s3", NodeKind::Section),
            ("s4", NodeKind::Section),
            ("closing", NodeKind::Closing),
        ]
    );
    assert_eq!(ids_of(&r, NodeKind::FocusArea), ["s2-a1", "s2-a2", "s2-a3"]);
    assert_eq!(ids_of(&r, NodeKind::Item), ["s4-i1", "s4-i2"]);
    let statuses: Vec<Option<Status>> = r
        .walk()
        .filter(|n| n.kind == NodeKind::Problem)
        .map(|n| n.status)
        .collect();
    use Status::*;
    assert_eq!(
        statuses,
        [
            Some(Done),
            Some(InProgress),
            Some(Done),
            Some(Done),
            Some(Done),
            Some(InProgress)
        ]
    );
    assert!(r
        .find("closing")
        .unwrap()
        .body
        .starts_with("主任、各位副主任"));
    assert_eq!(r.meta.as_of.as_deref(), Some("2025-09-30"));
    // Money and counts of the summary are figures of section 二.
    let f = &r.find("s2").unwrap().figures;
    let texts: Vec<&str> = f.iter().map(|f| f.text.as_str()).collect();
    assert!(
        texts.contains(&"3.86亿元") && texts.contains(&"81.25%"),
        "{texts:?}"
    );
}

#[test]
fn focus_areas_at_the_top_and_inline_owners() {
    let r = convert("focus-areas-top").report;
    assert!(
        r.stated_totals.is_none(),
        "a count inside a measure is not the report's"
    );
    assert_eq!(ids_of(&r, NodeKind::FocusArea), ["a1", "a2", "a3"]);
    assert_eq!(
        ids_of(&r, NodeKind::Problem),
        ["a1-p1", "a1-p2", "a2-p3", "a2-p4", "a3-p5"]
    );
    let labels: Vec<&str> = r
        .walk()
        .filter(|n| n.kind == NodeKind::Problem)
        .map(|n| n.label.as_str())
        .collect();
    assert_eq!(labels, ["1.", "2、", "3．", "4.", "5."]);
    let m = r.find("a1-p1-m1").unwrap();
    assert_eq!(m.owners, ["办公室", "党组书记"]);
    assert_eq!(m.deadline.as_deref(), Some("2024-12-31"));
    assert_eq!(m.figures[0].period.as_deref(), Some("2024年7-12月"));
    let m = r.find("a1-p2-m2").unwrap();
    assert_eq!(m.label, "②");
    assert_eq!(m.figures[1].period.as_deref(), Some("截至目前"));
    assert_eq!(m.figures[1].unit, "件");
    let m = r.find("a2-p3-m1").unwrap();
    let f = &m.figures[0];
    assert_eq!(
        (
            f.value,
            f.unit.as_str(),
            f.period.as_deref(),
            f.change_percent
        ),
        (38.6, "亿元", Some("截至2024年12月底"), Some(5.2))
    );
    let f = &r.find("a2-p3-m2").unwrap().figures[0];
    assert_eq!((f.value, f.change_percent), (15.0, Some(-15.0)));
    let m = r.find("a2-p4-m1").unwrap();
    assert_eq!(m.deadline.as_deref(), Some("立行立改"));
    // The bracketed owner note is not the body: the title's 仍有…正在 counts.
    let m = r.find("a3-p5-m2").unwrap();
    assert_eq!(m.status, Some(Status::InProgress));
    assert_eq!(m.deadline.as_deref(), Some("2025-03-31"));
    assert_eq!(r.find("a3-p5").unwrap().status, Some(Status::InProgress));
    assert_eq!(r.find("a3-p5-m1").unwrap().figures[0].unit, "平方米");
}

#[test]
fn problems_at_the_top_level() {
    let r = convert("problems-top").report;
    let kinds: Vec<(&str, NodeKind, &str)> = r
        .nodes
        .iter()
        .map(|n| (n.id.as_str(), n.kind, n.label.as_str()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("preamble", NodeKind::Preamble, ""),
            ("p1", NodeKind::Problem, "一、"),
            ("p2", NodeKind::Problem, "二、"),
            ("p3", NodeKind::Problem, "三、"),
            ("p4", NodeKind::Problem, "四、"),
            ("closing", NodeKind::Closing, ""),
        ]
    );
    let p1 = r.find("p1").unwrap();
    assert_eq!(p1.children.len(), 3);
    assert!(p1.children.iter().all(|m| m.kind == NodeKind::Measure));
    assert_eq!(p1.owners, ["镇党委书记", "党政办"]);
    let p3 = r.find("p3").unwrap();
    assert_eq!(p3.deadline.as_deref(), Some("长期坚持"));
    assert_eq!(p3.status, Some(Status::InProgress));
    assert_eq!(p3.children[1].label, "2)");
    let units: Vec<&str> = r
        .find("p2-m1")
        .unwrap()
        .figures
        .iter()
        .map(|f| f.unit.as_str())
        .collect();
    assert_eq!(units, ["个", "亿元", "平方米"]);
}

#[test]
fn numbering_variants() {
    let r = convert("numbering-variants").report;
    let labels: Vec<(&str, &str)> = r
        .walk()
        .map(|n| (n.id.as_str(), n.label.as_str()))
        .collect();
    assert_eq!(
        labels,
        [
            ("s1", "一、"),
            ("s1-a1", "（一）"),
            ("s1-a1-p1", "问题一："),
            ("s1-a1-p1-m1", "⑴"),
            ("s1-a1-p1-m2", "⑵"),
            ("s1-a1-p2", "问题二："),
            ("s1-a1-p2-m1", "第一、"),
            ("s1-a1-p2-m2", "第二、"),
            ("s1-a2", "（二）"),
            ("s1-a2-p3", "问题三："),
            ("s1-a2-p3-m1", "（1）"),
            ("s1-a2-p3-m2", "（2）"),
            ("s1-a2-p3-m3", "3）"),
            ("s2", "二、"),
            ("s2-i1", "一是"),
            ("s2-i2", "二是"),
        ]
    );
    assert_eq!(r.find("s1-a1-p1").unwrap().body, "整改情况：");
    assert!(r.stated_totals.is_none());
}

#[test]
fn the_real_notice_states_no_totals() {
    let r = convert_notice(NOTICE, &ConvertOptions::default()).report;
    assert!(r.stated_totals.is_none());
    assert!(r.walk().all(|n| n.extra.is_empty()));
    assert!(r.meta.index_number.is_none() && r.meta.document_number.is_none());
}
