//! Shapes met in session 66. Every notice here is my own, and each test
//! fails on the converter of the session's start (56f0071), but for the
//! guards that say where a new reading must not reach.

mod common;

use common::{assert_accounted, assert_states, convert, problem, problems, state};
use rectify_core::model::Status;

use Status::*;

/// Groups by state that count their problems in their titles and no
/// sentence that counts them all: the titles state the totals, and a
/// group's state beats the words of an item's report that say otherwise
/// (`正在…，已完成2个村的清查工作` in the group of those under way).
#[test]
fn groups_by_state_counting_their_problems_state_the_totals() {
    let text = "\
某乡人民政府关于巡察反馈问题整改情况的公开

按照巡察整改公开要求，现将有关情况公开如下。

一、已完成整改的问题（2个）

1.村级财务报销手续不全。整改情况：已补齐手续，完善报销制度。

2.惠民资金公示不及时。整改情况：已在各村公示栏补充公示。

二、正在推进整改的问题（2个）

1.集体资产底数不清。整改进展：正在开展集体资产清查，已完成2个村的清查工作。计划完成时间：2025年12月底。

2.农村人居环境整治不彻底。整改进展：正在推进垃圾分类设施建设。

三、需长期坚持整改的问题（1个）

1.村干部队伍年龄偏大。整改措施：建立后备干部人才库，常态化开展培训。

欢迎社会各界监督。

某乡人民政府
2025年3月21日
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 5);
    let t = r
        .stated_totals
        .as_ref()
        .expect("the titles state the totals");
    assert_eq!(
        (t.total, t.done, t.in_progress, t.long_term),
        (Some(5), Some(2), Some(2), Some(1))
    );
    assert_states(
        &r,
        &[
            ("村级财务报销", Done),
            ("惠民资金公示", Done),
            ("集体资产底数", InProgress),
            ("农村人居环境", InProgress),
            ("村干部队伍年", LongTerm),
        ],
    );
}

/// Groups by state whose counts do not match what is under them, or
/// only one group: no totals are made up from them.
#[test]
fn titles_that_miscount_state_no_totals() {
    let text = "\
某乡人民政府关于巡察反馈问题整改情况的公开

一、已完成整改的问题（3个）

1.村级财务报销手续不全。整改情况：已补齐手续。

2.惠民资金公示不及时。整改情况：已补充公示。

二、正在推进整改的问题（1个）

1.集体资产底数不清。整改进展：正在开展清查。
";
    let r = convert(text);
    assert_eq!(problems(&r).len(), 3);
    assert!(r.stated_totals.is_none(), "{:?}", r.stated_totals);
}

/// A long-term problem whose measures say nothing of their own: they are
/// long-term as it is, never done under a problem that is not; under a
/// problem done they stay done.
#[test]
fn measures_silent_under_a_long_term_problem_are_long_term() {
    let text = "\
某区市场监督管理局党组关于巡察整改进展情况的通报

巡察反馈问题2个，已完成整改1个，需长期坚持1个。

一、食品安全监管网格化水平不高。
整改措施：
1.建立网格员培训制度，每年开展集中培训。
2.修订网格巡查办法。
整改进展：该问题需长期坚持。

二、投诉举报处置超时。
整改措施：
1.开通投诉处置预警提醒。
整改进展：已完成整改。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(&r, &[("食品安全监管", LongTerm), ("投诉举报处置", Done)]);
    let measures: Vec<Status> = problem(&r, "食品安全监管")
        .children
        .iter()
        .map(state)
        .collect();
    assert_eq!(measures, [LongTerm, LongTerm]);
    assert_eq!(state(&problem(&r, "投诉举报处置").children[0]), Done);
}
