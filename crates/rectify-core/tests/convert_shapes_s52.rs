//! Shapes met in session 52. Every notice here is my own, one per shape,
//! and each test fails on the converter of the session's start (5270853).

mod common;

use common::{assert_states, convert, stated_triple};
use rectify_core::model::Status;

use Status::*;

/// Reports that say the work is not yet at its end in a clause of their
/// own (`整改进行中`, `未整改到位`) or only that it goes well (`目前进展
/// 顺利`) are under way; 5270853 read each as a report with no state
/// phrase, done by inference. A report that goes well and is done stays
/// done.
#[test]
fn reports_of_work_going_on_in_a_clause_of_their_own() {
    let r = convert(
        "关于巡察反馈问题整改进展情况的通报\n一、反馈问题整改情况\n\
         1.食堂采购台账登记不全。整改情况：已约谈食堂负责人，整改进行中。\n\
         2.公务接待审批不规范。整改情况：目前未整改到位。\n\
         3.办公用房超标准使用。整改情况：已腾退2间，目前进展顺利。\n\
         4.固定资产账实不符。整改情况：整改进展顺利，已全部清理完毕。\n",
    );
    assert_states(
        &r,
        &[
            ("食堂采购台账", InProgress),
            ("公务接待审批", InProgress),
            ("办公用房超标", InProgress),
            ("固定资产账实", Done),
        ],
    );
}

/// A result that names only the work's preparation (`已完成项目前期调研`)
/// says it has begun: under way, where 5270853 read a result, done.
#[test]
fn preparation_done_is_work_begun() {
    let r = convert(
        "关于巡察反馈问题整改进展情况的通报\n一、反馈问题整改情况\n\
         1.农贸市场改造滞后。整改情况：已完成项目前期调研。\n\
         2.路灯维护不及时。整改情况：已更换路灯36盏。\n\
         3.租金收缴不及时。整改情况：已完成欠缴情况前期摸排，目前进展良好。\n",
    );
    assert_states(
        &r,
        &[
            ("农贸市场改造", InProgress),
            ("路灯维护不及", Done),
            ("租金收缴不及", InProgress),
        ],
    );
}

/// Totals that count the open problems as `进行中` (`整改进行中3个`):
/// 5270853 kept the total and the done ones and dropped the three.
#[test]
fn totals_count_work_in_course() {
    let r = convert(
        "关于巡察反馈问题整改进展情况的通报\n一、总体情况\n\
         巡察反馈问题共14个，已整改到位11个，整改进行中3个。\n\
         二、反馈问题整改情况\n1.预算执行进度慢。整改情况：已完成。\n",
    );
    assert_eq!(stated_triple(&r), Some((14, 11, 3)));
}

/// A portal's list line above the title, its date first (`2025-10-12
/// 某某市卫健局`): the issuer is the name and the date is the published
/// one. 5270853 took the whole line for the issuer.
#[test]
fn a_date_before_the_name_above_the_title_is_no_part_of_the_issuer() {
    let r = convert(
        "2025-10-12 某某市卫健局\n某某市卫健局巡察整改进展情况公告\n\
         根据市委统一部署，市委第三巡察组对我局开展了巡察。\n\
         一、整改情况\n1.药品采购监管不严。整改情况：已完成。\n",
    );
    assert_eq!(r.meta.issuer.as_deref(), Some("某某市卫健局"));
    assert_eq!(r.meta.published.as_deref(), Some("2025-10-12"));
}

/// Petitions counted in the problems' sentence after their parts, which
/// add up to their total: the problems' counts are the report's totals.
/// 5270853 read two groups and gave none.
#[test]
fn petitions_counted_after_the_problems_leave_their_totals() {
    let r = convert(
        "关于巡察反馈问题整改进展情况的通报\n一、总体情况\n\
         截至9月30日，巡察反馈问题9个，已整改7个，正在整改2个；移交信访件5件，已办结5件。\n\
         二、反馈问题整改情况\n1.预算执行进度慢。整改情况：已完成。\n",
    );
    assert_eq!(stated_triple(&r), Some((9, 7, 2)));
}

/// A 督查 bulletin's group of tasks by their state, named with what kind
/// of task (`二、进度滞后的重点任务`), before a section of the problems
/// the check found: the tasks are problems, behind schedule. 5270853 read
/// `…的重点任务` as one problem over measures, and `…的任务` before a
/// problems section as an account of the work (items).
#[test]
fn tasks_grouped_by_state_before_the_findings_are_problems() {
    for group in ["二、进度滞后的重点任务", "二、进度滞后的任务"] {
        let r = convert(&format!(
            "关于第三季度重点工作督查情况的通报\n一、总体情况\n\
             本次督查重点任务20项，已完成15项，按序时推进3项，进度滞后2项。\n{group}\n\
             1.城东学校新建项目。牵头单位：区教育局。主体工程完成40%，进度滞后。\n\
             2.智慧停车系统建设。牵头单位：区城管局。系统尚未上线，进度滞后。\n\
             三、督查发现的问题\n（一）部分单位推进力度不足。\n（二）部门协调配合不够顺畅。\n\
             四、工作要求\n各单位要加快推进。\n"
        ));
        let open: Vec<_> = common::openings(&r)
            .into_iter()
            .filter(|(_, s, _)| *s == Some(InProgress))
            .map(|(t, _, _)| t)
            .collect();
        assert_eq!(open, ["城东学校新建", "智慧停车系统"], "{group}");
    }
}
