//! Shapes met in session 48. Every notice here is my own, one per shape,
//! and each test failed on the converter of the session's start (46678a5).

mod common;

use common::{assert_states, convert, problems, stated_triple};
use rectify_core::model::Status;

use Status::*;

const SHARE_IN_A_LATER_CLAUSE: &str = "\
中共某某镇委员会关于巡察反馈意见整改进展情况的通报
二、反馈问题整改落实情况
（一）全面从严治党方面
1.村级财务监管不严。整改情况：已完成审计12个村，完成总任务的75%。
2.惠农资金发放不及时。整改情况：已完成清查，整体进度达60%。
3.公务接待不规范。整改情况：已完成整改，群众满意率95%。
4.村务公开不及时。整改情况：已完成整改，公开完成率100%。
";

/// A result whose sentence goes on to give the share of the work completed
/// below 100 % (`已完成审计12个村，完成总任务的75%`) is under way; a rate
/// of something else (`满意率95%`) or a full share leaves it done.
#[test]
fn a_share_completed_in_a_later_clause_is_under_way() {
    assert_states(
        &convert(SHARE_IN_A_LATER_CLAUSE),
        &[
            ("村级财务监管", InProgress),
            ("惠农资金发放", InProgress),
            ("公务接待不规", Done),
            ("村务公开不及", Done),
        ],
    );
}

const BULLETIN_WITH_REMAINING_PROBLEMS: &str = "\
关于重点项目推进情况的督查通报
10月下旬，区政府督查室对重点项目推进情况开展了专项督查。现将有关情况通报如下。
一、基本情况
今年确定的4项重点项目中，已完成2项，按序时推进1项，进度滞后1项。
二、各项目进展
1.老旧小区改造。计划改造小区12个，已完工12个。（已完成）
2.农贸市场升级改造。已完成5个市场改造，剩余1个正在施工。（按序时推进）
3.社区食堂建设。因选址调整，目前仅完成2个，进度滞后。（进度滞后）
4.公共厕所提升。已全部完成提升改造。（已完成）
三、存在的问题
个别项目前期工作推进较慢。
四、下步要求
各责任单位要倒排工期，确保年底前全面完成。
";

/// A bulletin's closing `三、存在的问题` names the findings at large, not a
/// problem (it read as a fifth problem, not started); a project `进度滞后`
/// in a clause of its own is under way, and the stated `进度滞后1项` counts
/// as under way.
#[test]
fn remaining_problems_at_large_and_work_behind_schedule() {
    let r = convert(BULLETIN_WITH_REMAINING_PROBLEMS);
    assert_states(
        &r,
        &[
            ("老旧小区改造", Done),
            ("农贸市场升级", InProgress),
            ("社区食堂建设", InProgress),
            ("公共厕所提升", Done),
        ],
    );
    assert!(!problems(&r).iter().any(|t| t.contains("存在的问题")));
    assert_eq!(stated_triple(&r), Some((4, 2, 2)));
}

const BEHIND_AS_A_FINDING: &str = "\
关于巡察反馈问题整改情况的通报
一、项目建设方面
1.重点工程建设进度滞后。整改情况：已督促施工单位增加人员，工程已完工，已整改到位。
2.对进度滞后的2个单位约谈不及时。整改情况：已完成约谈，已整改到位。
";

/// `进度滞后` as part of a finding's words states nothing.
#[test]
fn behind_schedule_in_a_finding_states_nothing() {
    assert_states(
        &convert(BEHIND_AS_A_FINDING),
        &[("重点工程建设", Done), ("对进度滞后的", Done)],
    );
}

const TASKS_NUMBERED_BY_ITEM: &str = "\
某某市生态环境局关于督察反馈问题整改情况的公示
我局牵头的3项整改任务中，已完成2项，达到序时进度1项。具体情况如下：
第一项  城区黑臭水体反弹。
责任单位：市住建局
整改时限：2025年底前
整改进展：已完成截污纳管改造，水质稳定达标，已完成整改。
第二项  工业园区污水处理厂超负荷运行。
责任单位：高新区管委会
整改时限：2026年6月底前
整改进展：扩建工程主体完工，正在安装设备，达到序时进度。
第三项  畜禽养殖污染治理不到位。
责任单位：市农业农村局
整改进展：已关停搬迁禁养区养殖场14家，完成整改。
";

/// `第一项  …` with its statement after a space numbers the tasks (the
/// whole notice was one preamble, no problem found).
#[test]
fn tasks_numbered_by_item_then_a_space_are_the_problems() {
    let r = convert(TASKS_NUMBERED_BY_ITEM);
    assert_states(
        &r,
        &[
            ("城区黑臭水体", Done),
            ("工业园区污水", InProgress),
            ("畜禽养殖污染", Done),
        ],
    );
    assert_eq!(stated_triple(&r), Some((3, 2, 1)));
}
