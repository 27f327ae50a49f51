//! The converter on small invented notices: full-width punctuation, other
//! label styles, no `一、` level, `关于…问题` headings, cut-off text, clutter.

mod common;

use rectify_core::convert::{convert_notice, Conversion, ConvertOptions, StatusRules};
use rectify_core::model::{DateRange, Node, NodeKind, Status, StatusBasis};

fn convert(text: &str) -> Conversion {
    convert_notice(text, &ConvertOptions::default())
}

fn kinds(nodes: &[Node]) -> Vec<(String, NodeKind)> {
    nodes.iter().map(|n| (n.id.clone(), n.kind)).collect()
}

/// Full-width punctuation, `1、` categories-as-problems, `①` and `第一，`
/// measures, clutter before and after, a Chinese-numeral signature date.
const FULL_WIDTH: &str = "\
首页 | 政务公开 | 通知公告 | 互动交流
当前位置：首页 > 通知公告 > 巡察整改
中共某某县水务局党组关于县委第三轮巡察整改情况的通报
发布时间：2024-03-05  来源：县水务局  浏览次数：128

　　根据县委统一部署，2023年9月4日至10月31日，县委第二巡察组对县水务局党组开展了常规巡察。2023年11月20日，县委巡察组向县水务局党组反馈了巡察意见。现将整改情况予以公布。

　　一、整改工作开展情况

　　局党组高度重视巡察反馈问题整改工作。

　　（一）提高政治站位，强化组织领导。成立整改工作领导小组，召开专题会议3次。

　　二、巡察反馈问题整改落实情况

　　（一）党的领导方面

　　1、学习贯彻党的二十大精神不深入。

　　①制定年度学习计划，已完成专题学习12次。
　　②建立学习台账。下一步，将继续深化理论学习。

　　2、落实意识形态工作责任制不到位。

　　第一，修订意识形态工作责任制实施细则。
　　第二，开展意识形态专题研判4次，压减会议经费约20%。

　　（二）全面从严治党方面

　　3、“三公”经费管理不规范。

　　一是清理公务用车3辆，全年一般公共预算收入2.5亿元，同比增长4.2%。

　　三、需长期坚持的整改事项

　　（一）水利工程建设管理。持续完善工程建设管理制度。

　　四、下一步打算

　　（一）持续巩固整改成果。

　　欢迎广大干部群众对巡察整改落实情况进行监督。公示时间：2024年3月5日至3月11日。联系电话：0571－12345678；电子邮箱：shuiwu@example.cn。

　　中共某某县水务局党组
　　二〇二四年三月五日
【打印本页】【关闭窗口】
";

#[test]
fn full_width_punctuation_and_other_styles() {
    let c = convert(FULL_WIDTH);
    let r = &c.report;
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
    let top = kinds(&r.nodes);
    assert_eq!(
        top,
        [
            ("preamble".to_string(), NodeKind::Preamble),
            ("s1".into(), NodeKind::Section),
            ("s2".into(), NodeKind::Section),
            ("s3".into(), NodeKind::Section),
            ("s4".into(), NodeKind::Section),
            ("closing".into(), NodeKind::Closing),
        ]
    );
    let i1 = r.find("s1-i1").unwrap();
    assert_eq!(
        (i1.label.as_str(), i1.title.as_str()),
        ("（一）", "提高政治站位，强化组织领导。")
    );
    assert_eq!(
        r.find("s1").unwrap().body,
        "局党组高度重视巡察反馈问题整改工作。"
    );

    // (一) has problems 1、2、 directly below: focus area, then problems.
    let s2 = r.find("s2").unwrap();
    assert_eq!(s2.descendants_of_kind(NodeKind::FocusArea).count(), 2);
    assert_eq!(s2.descendants_of_kind(NodeKind::Category).count(), 0);
    assert_eq!(s2.descendants_of_kind(NodeKind::Problem).count(), 3);
    assert_eq!(s2.descendants_of_kind(NodeKind::Measure).count(), 5);
    let p1 = r.find("s2-a1-p1").unwrap();
    assert_eq!((p1.label.as_str(), p1.kind), ("1、", NodeKind::Problem));
    let m: Vec<(&str, &str)> = p1
        .children
        .iter()
        .map(|n| (n.id.as_str(), n.label.as_str()))
        .collect();
    assert_eq!(m, [("s2-a1-p1-m1", "①"), ("s2-a1-p1-m2", "②")]);
    let p2 = r.find("s2-a1-p2").unwrap();
    assert_eq!(p2.children[1].label, "第二，");
    assert_eq!(p2.children[1].kind, NodeKind::Measure);
    assert!(r.find("s2-a2-p3-m1").is_some());

    // Statuses.
    assert_eq!(p1.children[0].status, Some(Status::Done));
    assert_eq!(
        p1.children[0]
            .status_evidence
            .as_ref()
            .unwrap()
            .phrase
            .as_deref(),
        Some("已完成")
    );
    assert_eq!(p1.children[1].status, Some(Status::InProgress));
    assert_eq!(p1.status, Some(Status::InProgress));
    assert_eq!(p2.status, Some(Status::Done));
    let l1 = r.find("s3-l1").unwrap();
    assert_eq!(l1.status, Some(Status::LongTerm));
    assert_eq!(
        l1.status_evidence.as_ref().unwrap().phrase.as_deref(),
        Some("长期")
    );

    // Figures with full-width punctuation.
    let f = &p2.children[1].figures;
    assert_eq!(f.len(), 2, "{f:?}");
    assert_eq!(
        (f[1].text.as_str(), f[1].label.as_str()),
        ("20%", "压减会议经费")
    );
    assert_eq!(f[1].change_percent, None);
    let f = &r.find("s2-a2-p3-m1").unwrap().figures;
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(
        (f[0].text.as_str(), f[0].change_percent),
        ("2.5亿元", Some(4.2))
    );

    // Metadata.
    let m = &r.meta;
    assert_eq!(
        m.title,
        "中共某某县水务局党组关于县委第三轮巡察整改情况的通报"
    );
    assert_eq!(m.issuer.as_deref(), Some("中共某某县水务局党组"));
    assert_eq!(m.inspection_round.as_deref(), Some("县委第三轮巡察"));
    assert_eq!(m.inspection_team.as_deref(), Some("县委第二巡察组"));
    let range = |a: &str, b: &str| {
        Some(DateRange {
            start: a.into(),
            end: b.into(),
        })
    };
    assert_eq!(m.inspection_period, range("2023-09-04", "2023-10-31"));
    assert_eq!(m.feedback_date.as_deref(), Some("2023-11-20"));
    assert_eq!(m.published.as_deref(), Some("2024-03-05"));
    assert_eq!(m.disclosure, range("2024-03-05", "2024-03-11"));
    let contact = m.contact.as_ref().unwrap();
    assert_eq!(contact.phone.as_deref(), Some("0571－12345678"));
    assert_eq!(contact.email.as_deref(), Some("shuiwu@example.cn"));
    assert_eq!(
        m.source.as_ref().unwrap().publisher.as_deref(),
        Some("县水务局")
    );

    // Clutter, publication info and signature are skipped with reasons.
    let skipped = common::skipped_reasons(r);
    assert_eq!(
        skipped,
        [
            (1, "页面导航"),
            (2, "页面导航"),
            (4, "发布信息"),
            (44, "落款"),
            (45, "落款"),
            (46, "页面导航")
        ]
    );
}

/// No `一、` level; unnumbered and numbered `关于“…”问题的整改` headings with
/// `整改情况：` paragraphs.
const ABOUT_HEADINGS: &str = "\
关于市委第五巡察组反馈意见整改情况的通报

（一）关于“理论学习不够深入”问题的整改
问题表现：党组理论学习中心组学习形式较为单一。
整改情况：已完成整改。制定年度学习计划，开展集中学习6次。

（二）关于“干部队伍结构不优”问题的整改
整改情况：
1.开展干部队伍结构分析。
2.制定年轻干部培养计划，目前正在组织实施。
整改情况：已形成分析报告。

关于“财务管理不规范”问题
整改情况：已全部整改到位，清退资金3.2万元。
";

#[test]
fn no_section_level_and_about_headings() {
    let c = convert(ABOUT_HEADINGS);
    let r = &c.report;
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
    assert_eq!(
        kinds(&r.nodes),
        [
            ("p1".to_string(), NodeKind::Problem),
            ("p2".into(), NodeKind::Problem),
            ("p3".into(), NodeKind::Problem)
        ]
    );
    assert_eq!(r.meta.title, "关于市委第五巡察组反馈意见整改情况的通报");
    assert_eq!(r.meta.inspection_team.as_deref(), Some("市委第五巡察组"));

    let p1 = &r.nodes[0];
    assert_eq!(p1.title, "关于“理论学习不够深入”问题的整改");
    assert_eq!(
        p1.body,
        "问题表现：党组理论学习中心组学习形式较为单一。\n\n整改情况：已完成整改。制定年度学习计划，开展集中学习6次。"
    );
    let e = p1.status_evidence.as_ref().unwrap();
    assert_eq!(
        (p1.status, e.basis, e.rule.as_str()),
        (Some(Status::Done), StatusBasis::Stated, "done_phrase")
    );

    let p2 = &r.nodes[1];
    assert_eq!(p2.children.len(), 2);
    assert!(p2.children.iter().all(|n| n.kind == NodeKind::Measure));
    // The second 整改情况： goes to the problem, not to the measure before it.
    assert_eq!(p2.body, "整改情况：\n\n整改情况：已形成分析报告。");
    assert_eq!(p2.children[1].status, Some(Status::InProgress));
    assert_eq!(p2.status, Some(Status::InProgress));
    assert_eq!(
        p2.status_evidence.as_ref().unwrap().phrase.as_deref(),
        Some("正在")
    );

    let p3 = &r.nodes[2];
    assert_eq!(
        (p3.label.as_str(), p3.title.as_str()),
        ("", "关于“财务管理不规范”问题")
    );
    assert_eq!(p3.status, Some(Status::Done));
    assert_eq!(p3.figures[0].text, "3.2万元");
}

/// Text that stops mid-sentence.
const CUT_OFF: &str = "\
某某局党组关于巡察整改进展情况的通报
一、巡察反馈问题整改落实情况
（一）聚焦政治建设
1.政治理论学习不深入
(1)学习制度不健全
一是修订学习制度。已印发实施。
二是建立学习台账，截至2025年3月底已记录";

#[test]
fn cut_off_text_is_kept_with_a_warning() {
    let c = convert(CUT_OFF);
    let r = &c.report;
    assert_eq!(c.warnings.len(), 1, "{:?}", c.warnings);
    let w = &c.warnings[0];
    assert_eq!((w.line, w.column), (7, 22));
    assert_eq!(w.message, "文本在二是处中断，可能不完整");
    let m2 = r.find("s1-a1-c1-p1-m2").unwrap();
    assert_eq!(m2.title, "建立学习台账，截至2025年3月底已记录");
    assert_eq!(r.meta.as_of.as_deref(), Some("2025-03-31"));
    assert_eq!(r.walk().filter(|n| n.kind == NodeKind::Measure).count(), 2);
}

#[test]
fn cut_off_in_an_unlabelled_paragraph_names_the_line() {
    // Beside the warning that no problem was read (these texts list none).
    let cut_off = |c: &rectify_core::convert::Conversion| -> Vec<String> {
        assert!(c.warnings[0].message.starts_with("未识别出任何问题"));
        c.warnings[1..].iter().map(|w| w.message.clone()).collect()
    };
    let c = convert("通报\n\n前言。\n\n一、整改情况\n\n市财政局党组坚持");
    assert_eq!(cut_off(&c), ["文本在一、处中断，可能不完整"]);
    let c = convert("根据部署，开展巡察");
    assert_eq!(cut_off(&c), ["文本在第1行处中断，可能不完整"]);
    assert_eq!(c.report.nodes[0].kind, NodeKind::Preamble);
}

#[test]
fn clutter_only_and_empty_input() {
    let c = convert(
        "登录 繁体版 长者助手 无障碍辅助浏览\n当前位置:首页 > 政务动态\n【打印本页】【关闭窗口】\n",
    );
    assert!(c.report.nodes.is_empty());
    assert_eq!(c.report.skipped.len(), 3);
    assert!(c.report.skipped.iter().all(|s| s.reason == "页面导航"));
    let c = convert("");
    assert!(c.report.nodes.is_empty() && c.warnings.is_empty());
    assert_eq!(
        c.report.meta.source.as_ref().unwrap().generator.as_deref(),
        Some("rectify convert")
    );
}

#[test]
fn numbering_gaps_and_duplicates_are_warned() {
    let text =
        "一、反馈问题整改情况\n(一)甲方面\n1.乙问题。\n一是丙。\n三是丁。\n1.戊问题。\n一是己。";
    let c = convert(text);
    let msgs: Vec<&str> = c.warnings.iter().map(|w| w.message.as_str()).collect();
    assert!(msgs.contains(&"编号不连续：一是之后是三是"), "{msgs:?}");
    assert!(msgs.iter().any(|m| m.starts_with("编号重复")), "{msgs:?}");
    let ids: Vec<&str> = c.report.walk().map(|n| n.id.as_str()).collect();
    assert!(
        ids.contains(&"s1-a1-p1") && ids.contains(&"s1-a1-p1-2"),
        "{ids:?}"
    );
}

#[test]
fn custom_rules_from_json() {
    let rules: StatusRules = serde_json::from_str(r#"{"in_progress": ["推进中"]}"#).unwrap();
    assert_eq!(rules.done, StatusRules::default().done);
    assert!(serde_json::from_str::<StatusRules>(r#"{"unknown": []}"#).is_err());
    let opts = ConvertOptions {
        source_name: None,
        rules,
        ..ConvertOptions::default()
    };
    let text = "一、反馈问题整改情况\n(1)甲问题\n一是乙。推进中。\n二是丙。下一步继续。";
    let r = convert_notice(text, &opts).report;
    let p = r.find("s1-p1").unwrap();
    assert_eq!(p.children[0].status, Some(Status::InProgress));
    assert_eq!(p.children[1].status, Some(Status::Done));
}

#[test]
fn every_inline_fixture_accounts_for_every_character() {
    for text in [FULL_WIDTH, ABOUT_HEADINGS, CUT_OFF] {
        let r = convert(text).report;
        assert!(common::assert_accounted(text, &r) > 3);
    }
}
