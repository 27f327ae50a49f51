//! Shapes met in session 74. Every notice here is my own, and each test
//! fails on the converter of the session's start (95b9a4f).

mod common;

use common::{assert_accounted, convert, problem, problems};
use rectify_core::model::NodeKind;

/// A deadline's key glued to its date, with no colon and no `为`
/// (`整改时限2026年9月底。目前正在整改中。`): the date is the deadline,
/// whatever sentence follows it.
#[test]
fn a_deadline_key_glued_to_its_date() {
    let text = "\
关于县农业农村局巡察整改进展情况的通报

根据县委巡察工作安排，县委第二巡察组对县农业农村局党组开展了巡察。现将整改进展情况通报如下。

一、巡察反馈问题整改情况

（一）关于党的建设方面：

问题1：基层党组织“三会一课”制度落实不到位。整改措施：制定组织生活清单，按月督导。责任单位：机关党委。整改时限2026年9月底。目前正在整改中。

问题2：干部教育培训针对性不强。整改措施：修订培训计划。责任单位：人事股。整改时限2025年12月底。该问题已整改完成。

联系电话：0000-1234567
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 2, "{:#?}", problems(&r));
    let first = problem(&r, "三会一课");
    assert_eq!(first.deadline.as_deref(), Some("2026-09-30"));
    let second = problem(&r, "干部教育培训");
    assert_eq!(second.deadline.as_deref(), Some("2025-12-31"));
}

/// The report-wide count printed after a section's list of the work done
/// (`一是…` `二是…` `三是…` › `截至2025年10月底，巡察反馈的3个方面9个问题，
/// 已完成整改7个，正在整改2个。`) is the section's text, not the last
/// item's.
#[test]
fn a_count_after_a_list_of_work_done_is_the_sections() {
    let text = "\
关于市税务局巡察整改进展情况的通报

按照市委统一部署，市委第三巡察组对市税务局党委进行了巡察。现将整改进展情况公布如下。

一、整改工作开展情况

局党委把巡察整改作为重要政治任务。

一是成立整改工作领导小组，党委书记任组长。

二是制定整改方案，逐项明确责任。

三是加强督促检查，定期调度整改进度。

截至2025年10月底，巡察反馈的3个方面9个问题，已完成整改7个，正在整改2个。

二、巡察反馈问题整改情况

（一）在落实党中央决策部署方面

1.减税降费政策宣传不到位。对此，纳税服务科开展政策进企业活动。目前已整改完成。

2.税收风险防控存在薄弱环节。对此，风险管理科完善预警模型。目前正在推进，计划2026年6月底前完成。

联系电话：0000-7654321
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 2, "{:#?}", problems(&r));
    let count = "巡察反馈的3个方面9个问题";
    let section = r
        .walk()
        .find(|n| n.kind == NodeKind::Section && n.title == "整改工作开展情况")
        .expect("section");
    assert!(section.body.contains(count), "{:?}", section.body);
    let last = r
        .walk()
        .find(|n| n.title.starts_with("加强督促检查"))
        .expect("三是");
    assert!(!last.body.contains(count), "{:?}", last.body);
    let totals = r.stated_totals.as_ref().expect("totals");
    assert_eq!((totals.total, totals.done), (Some(9), Some(7)));
}
