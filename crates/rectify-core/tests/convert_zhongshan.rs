//! The converter on the real notice: structure, metadata, statuses, figures,
//! and that no text is lost.

mod common;

use std::collections::HashSet;

use rectify_core::convert::{convert_notice, Conversion, ConvertOptions};
use rectify_core::model::{DateRange, Node, NodeKind, Report, Status, StatusBasis, FORMAT};

const NOTICE: &str = include_str!("../../../data/source/zhongshan-finance-2025-09.txt");

fn convert() -> Conversion {
    let opts = ConvertOptions {
        source_name: Some("zhongshan-finance-2025-09.txt".into()),
        ..ConvertOptions::default()
    };
    convert_notice(NOTICE, &opts)
}

fn section<'a>(r: &'a Report, id: &str) -> &'a Node {
    r.find(id).unwrap_or_else(|| panic!("no node {id}"))
}

fn count(n: &Node, kind: NodeKind) -> usize {
    n.descendants_of_kind(kind).count()
}

#[test]
fn top_level_and_sections() {
    let c = convert();
    let r = &c.report;
    assert_eq!(r.format, FORMAT);
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
    let top: Vec<(NodeKind, &str)> = r.nodes.iter().map(|n| (n.kind, n.id.as_str())).collect();
    assert_eq!(
        top,
        [
            (NodeKind::Preamble, "preamble"),
            (NodeKind::Section, "s1"),
            (NodeKind::Section, "s2"),
            (NodeKind::Section, "s3"),
            (NodeKind::Section, "s4"),
            (NodeKind::Closing, "closing"),
        ]
    );
    let labels: Vec<&str> = r.nodes[1..5].iter().map(|n| n.label.as_str()).collect();
    assert_eq!(labels, ["一、", "二、", "三、", "四、"]);
    assert_eq!(r.nodes[1].title, "党组履行巡察整改主体责任情况");
    assert!(r.nodes[0].body.starts_with("根据市委统一部署"));
    assert!(r.nodes[5].body.starts_with("欢迎广大干部群众"));
    assert!(r.nodes[5].body.ends_with("电子邮箱:czrs406@163.com。"));

    // Section 一: intro in the body, four items.
    let s1 = section(r, "s1");
    assert!(s1.body.starts_with("市财政局党组坚持把巡察整改工作"));
    assert_eq!(s1.children.len(), 4);
    assert!(s1
        .children
        .iter()
        .all(|n| n.kind == NodeKind::Item && n.children.is_empty()));
    let i1 = &s1.children[0];
    assert_eq!((i1.id.as_str(), i1.label.as_str()), ("s1-i1", "(一)"));
    assert_eq!(i1.title, "高度重视,全面部署整改任务。");
    assert!(i1.body.starts_with("市委巡察意见反馈当天"));

    // Section 二: 4 focus areas, 13 categories, 31 problems, 106 measures.
    let s2 = section(r, "s2");
    assert!(s2.body.is_empty());
    assert_eq!(s2.children.len(), 4);
    assert!(s2.children.iter().all(|n| n.kind == NodeKind::FocusArea));
    assert_eq!(count(s2, NodeKind::FocusArea), 4);
    assert_eq!(count(s2, NodeKind::Category), 13);
    assert_eq!(count(s2, NodeKind::Problem), 31);
    assert_eq!(count(s2, NodeKind::Measure), 106);
    assert_eq!(count(s2, NodeKind::Item), 0);
    let cats: Vec<&str> = s2
        .descendants_of_kind(NodeKind::Category)
        .map(|n| n.label.as_str())
        .collect();
    let expected: Vec<String> = (1..=13).map(|i| format!("{i}.")).collect();
    assert_eq!(cats, expected);

    // Section 三: 6 long-term items with 20 measures.
    let s3 = section(r, "s3");
    assert_eq!(s3.children.len(), 6);
    assert!(s3.children.iter().all(|n| n.kind == NodeKind::LongTerm));
    assert_eq!(count(s3, NodeKind::Measure), 20);
    assert_eq!(s3.children[0].id, "s3-l1");
    assert_eq!(s3.children[0].children[0].id, "s3-l1-m1");

    // Section 四: intro in the body, three items.
    let s4 = section(r, "s4");
    assert!(s4.body.starts_with("目前,巡察整改工作已经取得了阶段性成效"));
    assert_eq!(s4.children.len(), 3);
    assert!(s4.children.iter().all(|n| n.kind == NodeKind::Item));
    assert_eq!(s4.children[0].title, "夯实主体责任,持续深化整改。");
    assert_eq!(s4.children[2].id, "s4-i3");
}

#[test]
fn problems_numbered_once_with_printed_labels() {
    let r = convert().report;
    let problems: Vec<&Node> = r.walk().filter(|n| n.kind == NodeKind::Problem).collect();
    let numbers: Vec<u32> = problems
        .iter()
        .map(|p| {
            let digits: String = p.label.chars().filter(|c| c.is_ascii_digit()).collect();
            digits.parse().unwrap()
        })
        .collect();
    assert_eq!(numbers, (1..=31).collect::<Vec<_>>());
    let by_number = |k: usize| problems[k - 1];
    assert_eq!(by_number(1).label, "(1)");
    assert_eq!(by_number(16).label, "16)");
    assert_eq!(by_number(20).label, "20)");
    for k in 26..=31 {
        assert_eq!(by_number(k).label, format!("{k})"));
    }
    assert_eq!(by_number(1).id, "s2-a1-c1-p1");
    assert_eq!(by_number(16).id, "s2-a2-c7-p16");
    assert_eq!(by_number(31).id, "s2-a4-c13-p31");
    // Titles as printed, with or without the final full stop.
    assert_eq!(
        by_number(1).title,
        "健全议事决策机制,确保集中决策科学有效运行"
    );
    assert_eq!(by_number(5).title, "聚力挖潜增收,实现财政平稳运行。");
    // Problem 15 has no measures: its paragraph is its body.
    let p15 = by_number(15);
    assert!(p15.children.is_empty());
    assert!(p15.body.starts_with("会同市注册会计师协会组织专题研讨会议"));
    // Measures: title up to the first 。, the rest is the body.
    let m = &by_number(1).children[0];
    assert_eq!(
        (m.id.as_str(), m.label.as_str()),
        ("s2-a1-c1-p1-m1", "一是")
    );
    assert_eq!(m.title, "研究分析未上党组会议题。");
    assert!(m
        .body
        .starts_with("对巡察反馈意见中提出的应上党组会议题进行梳理"));
    assert_eq!(by_number(7).children.len(), 5);
    assert_eq!(by_number(25).children.len(), 6);
}

#[test]
fn metadata() {
    let m = convert().report.meta;
    assert_eq!(
        m.title,
        "中共中山市财政局党组关于十五届市委第六轮巡察整改进展情况的通报"
    );
    assert_eq!(m.issuer.as_deref(), Some("中共中山市财政局党组"));
    assert_eq!(m.inspection_round.as_deref(), Some("十五届市委第六轮巡察"));
    assert_eq!(m.inspection_team.as_deref(), Some("市委第一巡察组"));
    let range = |a: &str, b: &str| {
        Some(DateRange {
            start: a.into(),
            end: b.into(),
        })
    };
    assert_eq!(m.inspection_period, range("2024-09-23", "2024-12-20"));
    assert_eq!(m.feedback_date.as_deref(), Some("2025-01-10"));
    assert_eq!(m.as_of.as_deref(), Some("2025-06-30"));
    assert_eq!(m.as_of_text.as_deref(), Some("截至2025年6月底"));
    assert_eq!(m.published.as_deref(), Some("2025-09-12"));
    assert_eq!(m.disclosure, range("2025-09-12", "2025-09-26"));
    let c = m.contact.expect("contact");
    assert_eq!(c.phone.as_deref(), Some("0760-88266496"));
    assert_eq!(c.address.as_deref(), Some("中山市兴中道63号406室"));
    assert_eq!(c.postcode.as_deref(), Some("528403"));
    assert_eq!(c.email.as_deref(), Some("czrs406@163.com"));
    let note = c.note.expect("note");
    assert!(note.contains("工作时间"), "{note}");
    assert!(
        note.contains("信封上注明“对中共中山市财政局党组关于巡察整改落实情况的意见建议”"),
        "{note}"
    );
    let s = m.source.expect("source");
    assert_eq!(s.publisher.as_deref(), Some("本网"));
    assert_eq!(s.generator.as_deref(), Some("rectify convert"));
    assert_eq!(s.document.as_deref(), Some("zhongshan-finance-2025-09.txt"));
    assert_eq!(m.language, "zh-Hans");
}

#[test]
fn skipped_lines_have_reasons() {
    let r = convert().report;
    let skipped: Vec<(u32, &str, &str)> = r
        .skipped
        .iter()
        .map(|s| (s.line, s.text.as_str(), s.reason.as_str()))
        .collect();
    assert_eq!(
        skipped,
        [
            (1, "登录 繁体版 长者助手 无障碍辅助浏览", "页面导航"),
            (2, "当前位置:首页 > 政务动态", "页面导航"),
            (4, "信息来源:本网发布日期:2025-09-12", "发布信息"),
            (399, "中共中山市财政局党组", "落款"),
            (401, "2025年9月12日", "落款"),
        ]
    );
}

#[test]
fn no_text_is_lost() {
    // Every sentence of every content line is in the nodes exactly as often
    // as it is printed (one is printed twice), and the nodes hold exactly the
    // content's characters; clutter and signature are in `skipped`.
    let r = convert().report;
    let checked = common::assert_accounted(NOTICE, &r);
    assert!(checked > 500, "{checked}");
}

#[test]
fn every_line_is_accounted_for() {
    let r = convert().report;
    let texts: Vec<String> = r.walk().map(common::node_text).collect();
    let skipped: HashSet<(u32, &str)> = r
        .skipped
        .iter()
        .map(|s| (s.line, s.text.as_str()))
        .collect();
    for (i, line) in NOTICE.lines().enumerate() {
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        let no = i as u32 + 1;
        let placed = skipped.contains(&(no, t))
            || t == r.meta.title
            || texts.iter().any(|n| n.contains(&common::no_ws(t)));
        assert!(placed, "line {no} not accounted for: {t}");
    }
}

#[test]
fn ids_unique_and_source_lines_set() {
    let r = convert().report;
    let mut seen = HashSet::new();
    let lines: Vec<&str> = NOTICE.lines().collect();
    for n in r.walk() {
        assert!(seen.insert(n.id.clone()), "duplicate id {}", n.id);
        let line = n.source_line.expect("source_line") as usize;
        let printed = lines[line - 1].trim();
        assert!(printed.starts_with(&n.label), "{}: {printed}", n.id);
    }
    assert_eq!(r.find("s2-a1-c1-p1-m1").unwrap().source_line, Some(28));
}

#[test]
fn statuses_and_evidence() {
    let r = convert().report;
    for n in r.walk() {
        let expects_status = matches!(
            n.kind,
            NodeKind::Measure | NodeKind::Problem | NodeKind::LongTerm
        );
        assert_eq!(n.status.is_some(), expects_status, "{}", n.id);
        assert_eq!(n.status_evidence.is_some(), expects_status, "{}", n.id);
    }
    let s3 = r.find("s3").unwrap();
    for n in s3.walk().skip(1) {
        assert_eq!(n.status, Some(Status::LongTerm), "{}", n.id);
        let e = n.status_evidence.as_ref().unwrap();
        assert_eq!(
            (e.basis, e.rule.as_str()),
            (StatusBasis::Inferred, "long_term_section")
        );
        assert_eq!(e.phrase.as_deref(), Some("需长期整改"));
    }
    let problems: Vec<&Node> = r.walk().filter(|n| n.kind == NodeKind::Problem).collect();
    let in_progress: Vec<u32> = problems
        .iter()
        .filter(|p| p.status == Some(Status::InProgress))
        .map(|p| {
            p.label
                .chars()
                .filter(|c| c.is_ascii_digit())
                .collect::<String>()
                .parse()
                .unwrap()
        })
        .collect();
    // (12), (14), (17) and (31): their only open-sounding phrase (`下一步`,
    // `逐步`, `后续将`) follows a reported result (`已…`), so it is a plan.
    assert_eq!(in_progress, [11, 13, 15, 18, 23, 28, 30]);
    let done = problems
        .iter()
        .filter(|p| p.status == Some(Status::Done))
        .count();
    assert_eq!(done, 24);

    let ev = |id: &str| {
        let n = r.find(id).unwrap();
        let e = n.status_evidence.clone().unwrap();
        (n.status.unwrap(), e.basis, e.rule, e.phrase)
    };
    let s = |x: &str| Some(x.to_string());
    // 下一步 after 目前已完成整改工作: a plan after a result; the rule decides,
    // so the status stays inferred and names the result.
    assert_eq!(
        ev("s2-a4-c13-p31-m3"),
        (
            Status::Done,
            StatusBasis::Inferred,
            "result_before_continuing_work".into(),
            s("已完成整改工作")
        )
    );
    assert_eq!(
        ev("s2-a4-c13-p31"),
        (
            Status::Done,
            StatusBasis::Inferred,
            "all_measures_done".into(),
            None
        )
    );
    // 已在…设立联络处共5个，逐步搭建起…: 逐步 describes the result.
    assert_eq!(
        ev("s2-a2-c6-p14-m1"),
        (
            Status::Done,
            StatusBasis::Inferred,
            "result_before_continuing_work".into(),
            s("已在黄圃、横栏、西区、火炬、三乡等镇街设立联络处")
        )
    );
    // 对于已开具…但未办理…，持续推动整改: a described state, not a result.
    assert_eq!(ev("s2-a2-c6-p13").0, Status::InProgress);
    // 仍有…,均及时整改完毕: resolved in the same sentence.
    assert_eq!(
        ev("s2-a2-c7-p18-m2"),
        (
            Status::Done,
            StatusBasis::Stated,
            "done_phrase".into(),
            s("整改完毕")
        )
    );
    // 逐步 in a title is the plan, not a report.
    assert_eq!(
        ev("s2-a2-c4-p10-m3"),
        (
            Status::Done,
            StatusBasis::Inferred,
            "measure_reported_as_taken".into(),
            None
        )
    );
    // 尚未统一等问题 describes the problem; 如…尚未缴纳的 is a condition.
    assert_eq!(ev("s2-a2-c4-p10-m4").0, Status::Done);
    assert_eq!(ev("s2-a2-c5-p11-m2").0, Status::Done);
    assert_eq!(
        ev("s2-a1-c1-p1"),
        (
            Status::Done,
            StatusBasis::Inferred,
            "all_measures_done".into(),
            None
        )
    );
    // Problem 15 (no measures) is decided by its own body.
    assert_eq!(
        ev("s2-a2-c6-p15"),
        (
            Status::InProgress,
            StatusBasis::Stated,
            "in_progress_phrase".into(),
            s("逐步")
        )
    );
}

#[test]
fn figures() {
    let r = convert().report;
    let node = r.walk().find(|n| n.body.contains("176.1亿元")).unwrap();
    assert_eq!(node.id, "s2-a2-c2-p5-m2");
    let f = node.figures.iter().find(|f| f.text == "176.1亿元").unwrap();
    assert_eq!(f.value, 176.1);
    assert_eq!(f.unit, "亿元");
    assert_eq!(f.label, "全市一般公共预算收入");
    assert_eq!(f.period.as_deref(), Some("2025年1-6月"));
    assert_eq!(f.change_percent, Some(3.36));
    // The change is not a figure of its own.
    assert!(!node.figures.iter().any(|f| f.text == "3.36%"));

    let node = r.walk().find(|n| n.body.contains("压减约50%")).unwrap();
    let f = node.figures.iter().find(|f| f.text == "50%").unwrap();
    assert_eq!(
        (f.value, f.unit.as_str(), f.change_percent),
        (50.0, "%", Some(-50.0))
    );
    assert!(f.label.ends_with("压减"), "{}", f.label);

    let node = r.walk().find(|n| n.body.contains("196.98亿元")).unwrap();
    let f = node
        .figures
        .iter()
        .find(|f| f.text == "196.98亿元")
        .unwrap();
    assert_eq!(f.change_percent, Some(7.65));

    let node = r.find("s2-a1-c1-p3-m3").unwrap();
    let f = &node.figures[0];
    assert_eq!(
        (f.text.as_str(), f.label.as_str()),
        ("7次", "各党组成员开展分片联系镇街")
    );
    assert_eq!(f.period.as_deref(), Some("截至2025年6月底"));

    let all: Vec<_> = r.walk().flat_map(|n| n.figures.iter()).collect();
    assert!(all.iter().any(|f| f.text == "1.3万平方米"));
    assert!(all.iter().any(|f| f.text == "480余项" && f.value == 480.0));
    // No years, phone numbers, postcodes or ordinals.
    for f in &all {
        assert!(!["0760", "88266496", "528403", "2025", "406"].contains(&f.text.as_str()));
        assert!(!f.text.contains('年') && !f.text.contains('是'), "{:?}", f);
    }
    assert!(r.find("closing").unwrap().figures.is_empty());
    assert!(r.find("preamble").unwrap().figures.is_empty());
}

#[test]
fn report_round_trips_as_json() {
    let r = convert().report;
    let json = serde_json::to_string(&r).unwrap();
    let back: Report = serde_json::from_str(&json).unwrap();
    assert_eq!(back, r);
}
