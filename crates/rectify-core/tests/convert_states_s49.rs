//! Shapes met in session 49. Every notice here is my own, one per shape,
//! and each test fails on the converter of the session's start (d761d8d),
//! but `a_problems_own_next_steps_stay_its_text`, which guards the new
//! closing rule.

mod common;

use common::{assert_states, convert, problems};
use rectify_core::model::{NodeKind, Status};

use Status::*;

const GROUPS_BY_STATE_THEN_NEXT_STEPS: &str = "\
中共某某县住房和城乡建设局党组关于县委巡察反馈问题整改进展情况的通报
截至2025年10月31日，巡察反馈的5个问题中，已完成整改2个，正在整改2个，需长期坚持1个。
一、已完成整改的问题（2个）
1.落实全面从严治党主体责任不到位。
2.保障性住房分配管理不规范。
二、正在整改的问题（2个）
3.老旧小区改造项目推进缓慢。
4.物业服务企业监管机制不健全。
三、需长期坚持整改的问题（1个）
5.干部队伍年龄结构不合理。
下一步，局党组将持续巩固整改成果，对正在整改的问题加快推进，确保按期完成。
欢迎广大干部群众进行监督。联系电话：0000-1234567。
";

/// Problems of one line each, grouped by their state: the paragraph on the
/// next steps after the last is the report's closing, not that problem's
/// text (its `下一步` made the long-term problem in progress).
#[test]
fn next_steps_after_one_line_problems_close_the_report() {
    let r = convert(GROUPS_BY_STATE_THEN_NEXT_STEPS);
    assert_states(
        &r,
        &[
            ("落实全面从严", Done),
            ("保障性住房分", Done),
            ("老旧小区改造", InProgress),
            ("物业服务企业", InProgress),
            ("干部队伍年龄", LongTerm),
        ],
    );
    let closing = r
        .nodes
        .iter()
        .find(|n| n.kind == NodeKind::Closing)
        .unwrap();
    assert!(
        closing.body.starts_with("下一步，局党组"),
        "{}",
        closing.body
    );
}

/// Problems with reports of their own keep their next steps.
#[test]
fn a_problems_own_next_steps_stay_its_text() {
    let r = convert(
        "关于巡察整改进展情况的通报\n\
         1.村级财务管理不规范。\n已完成整改。\n\
         2.“三资”管理存在漏洞。\n已完成平台建设。\n\
         下一步，将持续完善“三资”管理平台功能，计划年底前完成。\n",
    );
    assert_states(&r, &[("村级财务管理", Done), ("“三资”管理", InProgress)]);
}

const KINDS_COUNTED_APART: &str = "\
中共某某区教育局委员会关于巡察反馈意见整改进展情况的通报
区委第三巡察组于7月15日反馈了巡察意见，共指出4个方面12个问题。其中，立行立改问题3个，已全部完成整改；限期整改问题7个，已完成整改5个，正在整改2个；长期坚持问题2个，正在持续推进。
一、重点问题整改情况
1.关于“校外培训机构监管不到位”的问题。已完成整改。
2.关于“教师队伍结构性缺编”的问题。正在整改。
";

/// Kinds of problem counted one by one, each with its parts or its one
/// state: the report's totals are the sums (no totals were found).
#[test]
fn kinds_counted_apart_add_up_to_the_totals() {
    let t = convert(KINDS_COUNTED_APART).stated_totals.unwrap();
    assert_eq!(
        (t.total, t.done, t.in_progress, t.long_term),
        (Some(12), Some(8), Some(2), Some(2))
    );
}

const QUOTED_PROBLEMS_IN_ONE_SENTENCE: &str = "\
中共某某县司法局党组关于巡察整改进展情况的通报
根据县委统一部署，县委第三巡察组对县司法局党组开展了巡察。现将整改进展情况公布如下。
针对“普法宣传形式单一”的问题，局党组制定普法中期规划，开展活动36场，目前已完成整改。
针对“社区矫正监管存在漏洞”的问题，升级智慧监管平台，平台建设正在推进。
针对“公共法律服务中心建设滞后”的问题，服务站建设需分年度推进，此项工作需长期坚持。
";

/// A paragraph that names its problem by a quote and goes on with the work
/// in the same sentence: the naming words are the title, the work its text
/// (the whole paragraph was the title, and its state read from there).
#[test]
fn a_quoted_problem_named_in_its_sentence_is_the_title() {
    let r = convert(QUOTED_PROBLEMS_IN_ONE_SENTENCE);
    assert_eq!(
        problems(&r),
        [
            "针对“普法宣传形式单一”的问题，",
            "针对“社区矫正监管存在漏洞”的问题，",
            "针对“公共法律服务中心建设滞后”的问题，",
        ]
    );
    assert_states(
        &r,
        &[
            ("针对“普法宣", Done),
            ("针对“社区矫", InProgress),
            ("针对“公共法", LongTerm),
        ],
    );
}

/// A title printed over three lines, its kind letter-spaced on the last
/// (`通　　报`), and a title with a space after its issuer: read whole and
/// closed up (the kind was left out, and the space stayed in the issuer).
#[test]
fn a_letter_spaced_title_is_read_whole() {
    let body = "\n一、整改情况\n1.预算编制不规范。已完成整改。\n2.资金拨付不及时。正在整改。\n";
    let r = convert(&format!(
        "　　中共某某县发展和改革局党组\n　　关于县委巡察反馈意见整改进展情况的\n　　通　　报\n{body}"
    ));
    assert_eq!(
        r.meta.title,
        "中共某某县发展和改革局党组关于县委巡察反馈意见整改进展情况的通报"
    );
    let r = convert(&format!(
        "某某县财政局　关于县委巡察反馈意见整改情况的通报\n{body}"
    ));
    assert_eq!(
        r.meta.title,
        "某某县财政局关于县委巡察反馈意见整改情况的通报"
    );
    assert_eq!(r.meta.issuer.as_deref(), Some("某某县财政局"));
}

/// A problem's unkeyed text whose result is a share of the work below
/// 100 % (`目前已完成80%`) is under way, as in a keyed report (it read
/// done: the problem reported as taken).
#[test]
fn a_share_of_the_work_in_unkeyed_text_is_under_way() {
    let r = convert(
        "中共某某县人民医院委员会关于巡察整改进展情况的通报\n\
         1.医疗服务质量有待提升\n\
         一是医疗纠纷处置不及时。建立快速处置机制，已完成整改。\n\
         二是药品耗材管理不规范。开展药品耗材专项治理，目前已完成80%。\n\
         三是门诊流程不优。优化门诊流程，已完成12个科室的改造，剩余3个科室明年改造。\n",
    );
    assert_states(
        &r,
        &[
            ("医疗纠纷处置", Done),
            ("药品耗材管理", InProgress),
            ("门诊流程不优", InProgress),
        ],
    );
}

const FINDINGS_UNDER_LINES_OF_WORK: &str = "\
中共某某区商务局党组关于巡察整改落实情况的通报
一、坚持问题导向，逐项整改落实
（一）聚焦主责主业，推动高质量发展
巡察指出，局党组服务企业不够主动，招商引资成效不明显。对此，局党组一是建立联系重点企业制度；二是组建招商小分队。目前，上述问题已整改完成。
（二）压实管党治党责任
巡察指出，廉政风险防控不到位。对此，一是制定主体责任清单；二是排查廉政风险点36个。目前，廉政风险防控机制仍在完善中。
（三）加强干部队伍建设
巡察组指出：干部队伍老化，年轻干部储备不足。对此，局党组招录年轻干部3名。该问题需长期坚持整改。
二、建立长效机制，巩固整改成果
局党组将持续抓好整改。
";

/// Headings that are lines of work, each over a text that opens with the
/// inspection's finding (`巡察指出，…`), are the problems (they were items
/// of an account of the work: no problem at all).
#[test]
fn findings_under_lines_of_work_are_the_problems() {
    assert_states(
        &convert(FINDINGS_UNDER_LINES_OF_WORK),
        &[
            ("聚焦主责主业", Done),
            ("压实管党治党", InProgress),
            ("加强干部队伍", LongTerm),
        ],
    );
}

/// Text taken from a PDF: figures set apart by spaces (`2025 年 4 月 7 日`,
/// `反馈的 3 个方面 9 个问题`), lines wrapped at the page's width. Its
/// dates, totals and figures read as typed (the base read no total, no
/// as-of and no publication date).
#[test]
fn a_pdfs_spaced_figures_read_as_typed() {
    let r = convert(PDF_SPACED_FIGURES);
    let t = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (t.total, t.done, t.in_progress),
        (Some(9), Some(7), Some(2))
    );
    assert_eq!(r.meta.as_of.as_deref(), Some("2025-10-31"));
    assert_eq!(r.meta.published.as_deref(), Some("2025-11-04"));
    let p = r
        .walk()
        .find(|n| n.title.starts_with("1.") || n.label == "1.")
        .unwrap();
    assert!(
        p.figures
            .iter()
            .any(|f| f.value == 12.6 && f.unit == "万元"),
        "{:?}",
        p.figures
    );
}

const PDF_SPACED_FIGURES: &str = "中共某某县交通运输局党组关于县委巡察反馈意见整改进展情况的通报
　　根据县委统一部署，2025 年 4 月 7 日至 5 月 30 日，县委第三巡察组对县
交通运输局党组开展了常规巡察，并于 7 月 2 日反馈了巡察意见。局党组高度重
视，现将整改进展情况予以公布。
　　一、整改工作总体情况
　　巡察反馈的 3 个方面 9 个问题，截至 2025 年 10 月 31 日，已完成整改 7
 个，正在整改 2 个，整改完成率 77.8%。
　　二、具体问题整改情况
　　（一）关于落实党中央决策部署方面
　　1.农村公路养护资金使用不规范。整改情况：开展养护资金专项检查，追回违
规资金 12.6 万元，已完成整改。
　　2.交通项目前期工作推进缓慢。整改情况：建立重点项目推进台账，目前 3 
个项目已开工，2 个项目正在办理用地手续。
　　（二）关于全面从严治党方面
　　3.工程建设领域廉政风险防控不到位。整改情况：排查廉政风险点 46 个，制
定防控措施 52 条，已完成整改。
　　4.公务用车管理不规范。整改情况：已完成整改。
　　中共某某县交通运输局党组
　　2025 年 11 月 4 日
";

/// The inspection's dates in the sentence that also gives the feedback
/// (`…4月7日至5月30日…开展了巡察，并于7月2日反馈了巡察意见`), and a
/// signature that names the issuer shortly (`县财政局` under a title of
/// `某某县财政局`): the period was left out, and the short name kept.
#[test]
fn the_inspections_period_beside_its_feedback_and_the_fuller_issuer() {
    let r = convert(
        "某某县财政局巡察整改进展情况\n\
         根据县委统一部署，2025年4月7日至5月30日，县委第三巡察组对县财政局开展了常规巡察，并于7月2日反馈了巡察意见。\n\
         一、整改情况\n1.预算编制不规范。已完成整改。\n2.资金拨付不及时。正在整改。\n\
         县财政局\n2025年11月20日\n",
    );
    let p = r.meta.inspection_period.as_ref().unwrap();
    assert_eq!(
        (p.start.as_str(), p.end.as_str()),
        ("2025-04-07", "2025-05-30")
    );
    assert_eq!(r.meta.issuer.as_deref(), Some("某某县财政局"));
    assert_eq!(r.meta.feedback_date.as_deref(), Some("2025-07-02"));
}

/// Written after the session's last change: kinds counted one by one right
/// after the clause counting the whole, with no `其中` (`反馈的11个问题中，
/// 立行立改问题4个，…；限期整改问题6个，…`). The whole's own count was read
/// as a kind, and the sentence clause by clause (done 4, in progress 8).
#[test]
fn kinds_counted_after_the_whole_without_qizhong() {
    let t = convert(
        "关于区委巡察反馈意见整改情况的通报\n\
         截至2025年11月10日，反馈的11个问题中，立行立改问题4个，已全部整改到位；限期整改问题6个，已整改到位4个，正在整改2个；长期坚持问题1个，持续推进中。\n\
         一、整改情况\n1.占道经营治理反弹。已整改到位。\n",
    )
    .stated_totals
    .unwrap();
    assert_eq!(
        (t.total, t.done, t.in_progress, t.long_term),
        (Some(11), Some(8), Some(2), Some(1))
    );
}
