//! Shapes met in session 51. Every notice here is my own, one per shape,
//! and each test fails on the converter of the session's start (67b98d2)
//! or on the one before session 50's line-level table pass (83d471f).

mod common;

use common::{assert_states, convert, problems};
use rectify_core::model::Status;

use Status::*;

/// Short rows parted by single spaces, under a heading: their lines are
/// as wide as each other, which reads as a page's wrapped lines, and the
/// header and rows were one paragraph (83d471f read no problem).
#[test]
fn short_single_space_rows_are_no_wrapped_paragraph() {
    let r = convert(
        "中共某社区委员会关于巡察反馈问题整改情况的公示\n一、反馈问题整改情况\n\
         序号 反馈问题 整改措施 整改情况\n1 台账不清 建立台账，规范管理 已完成\n\
         2 档案不全 补齐档案，专人管理 已完成\n3 制度缺失 制定制度，抓好落实 正在整改\n",
    );
    assert_states(
        &r,
        &[
            ("台账不清", Done),
            ("档案不全", Done),
            ("制度缺失", InProgress),
        ],
    );
}

/// A row with its last cell left empty has fewer cells than the header:
/// still a row (67b98d2 wanted every row as wide as the header, and words
/// set apart closed the short row up).
#[test]
fn a_single_space_row_short_of_a_cell_stays_a_row() {
    let r = convert(
        "关于巡察反馈问题整改情况的公示\n序号 反馈问题 整改措施 整改情况\n\
         1 台账不清 建立台账，规范管理 已完成\n2 档案不全 补齐档案，专人管理\n\
         3 制度缺失 制定制度，抓好落实 正在整改\n某某社区党委\n2025年10月10日\n",
    );
    assert_eq!(problems(&r), ["台账不清", "档案不全", "制度缺失"]);
}

/// A 督查 bulletin's one group of tasks by their state (`二、进度滞后的
/// 任务` › `1.…项目。责任单位：…。…进度滞后。`): the tasks are its
/// problems, behind schedule and so in progress. 67b98d2 read the group
/// as one problem and the tasks as its measures, one of them done.
#[test]
fn tasks_grouped_as_behind_schedule_are_problems_in_progress() {
    let r = convert(
        "关于2025年第三季度重点工作督查情况的通报\n\
         一、总体情况\n本次督查重点任务45项，已完成12项，按序时推进28项，进度滞后5项。\n\
         二、进度滞后的任务\n\
         1.城区老旧小区改造项目。责任单位：县住建局。年度计划改造小区23个，目前开工15个，进度滞后。\n\
         2.县第二人民医院迁建项目。责任单位：县卫健局。主体工程尚未封顶，进度滞后。\n\
         3.高标准农田建设。责任单位：县农业农村局。完成建设面积2.1万亩，占年度任务的52%。\n\
         三、下一步要求\n各责任单位要加快推进，确保年底前完成目标任务。\n",
    );
    assert_states(
        &r,
        &[
            ("城区老旧小区", InProgress),
            ("县第二人民医", InProgress),
            ("高标准农田建", InProgress),
        ],
    );
}

/// A report that says the work reached a stage (`该项整改取得阶段性成效，
/// 将持续推进`): in progress, as the totals count it (`取得阶段性成效并持续
/// 推进4项`). 67b98d2 read it done by the result before it.
#[test]
fn a_stage_reached_is_work_in_progress() {
    let r = convert(
        "关于巡视整改进展情况的通报\n一、整改落实情况\n\
         1.学科建设与服务地方结合不够紧密。整改进展：已与5个地市签订战略合作协议，该项整改取得阶段性成效，将持续推进。\n\
         2.思政课建设存在短板。整改进展：新引进思政课教师15人，已完成整改。\n\
         3.科研平台建设滞后。整改进展：已建成省级重点实验室1个，取得阶段性进展。\n",
    );
    assert_states(
        &r,
        &[
            ("学科建设与服", InProgress),
            ("思政课建设存", Done),
            ("科研平台建设", InProgress),
        ],
    );
}

/// Items that each open by naming the problem they answer (`一是针对…的
/// 问题，<the work>，该问题需长期推进。`): what follows that clause is the
/// item's report, read for its state. 67b98d2 read the whole sentence as
/// the statement and the item done by inference.
#[test]
fn an_item_naming_the_problem_it_answers_reports_after_it() {
    let r = convert(
        "关于巡察整改进展情况的通报\n二、巡察反馈问题整改落实情况\n\
         （一）关于落实新时代党的组织路线方面。一是针对干部队伍年龄结构老化的问题，通过公开遴选引进年轻干部3名，\
         干部队伍结构持续优化，该问题需长期推进。二是针对基层党支部标准化建设不到位的问题，开展支部标准化建设评比，\
         已完成整改。三是针对党员教育管理不严格的问题，建立党员积分管理制度，整改到位。\n",
    );
    assert_states(
        &r,
        &[
            ("针对干部队伍", LongTerm),
            ("针对基层党支", Done),
            ("针对党员教育", Done),
        ],
    );
}

/// A report that ends on the rest of the work to come (`已化解债务120万元，
/// 剩余债务分三年化解`), numbered apart as a list of reports or keyed:
/// in progress. 67b98d2 read each done by the result before it; the rest
/// done (`剩余资金已全部收回`) stays done.
#[test]
fn the_rest_of_the_work_to_come_is_work_in_progress() {
    let r = convert(
        "某某镇人民政府关于审计发现问题整改情况的报告\n一、审计发现的主要问题\n\
         1.非税收入未及时上缴财政专户，涉及金额32.6万元。\n2.村级债务化解进度缓慢。\n\
         二、整改情况\n1.已将非税收入32.6万元全部上缴财政专户。\n\
         2.制定村级债务化解计划，已化解债务120万元，剩余债务分三年化解。\n",
    );
    assert_states(&r, &[("非税收入未及", Done), ("村级债务化解", InProgress)]);
    let r = convert(
        "关于审计整改情况的报告\n一、问题整改情况\n\
         1.专项资金结转未使用。整改情况：已收回结转资金80万元，剩余资金已全部收回。\n\
         2.村级债务化解进度缓慢。整改情况：已化解债务120万元，剩余债务分三年化解。\n",
    );
    assert_states(&r, &[("专项资金结转", Done), ("村级债务化解", InProgress)]);
}

/// Reports that say the work waits, was put off or has its deadline still
/// to come. 67b98d2 read each done by inference (the deadline's words and
/// `暂未整改` left no state, the others read as results).
#[test]
fn work_waiting_put_off_or_not_yet_due() {
    let r = convert(
        "关于巡察整改情况的通报\n一、整改情况\n\
         1.议事规则不健全。整改情况：已制定方案，待上级审批。\n\
         2.办公用房超标。整改情况：待资金到位后实施。\n\
         3.档案管理混乱。整改情况：因客观原因暂缓整改。\n\
         4.公车管理不规范。整改情况：暂未整改。\n\
         5.食堂管理不规范。整改情况：整改期限未到。\n\
         6.资产管理不规范。整改情况：已整改，待验收。\n",
    );
    assert_states(
        &r,
        &[
            ("议事规则不健", InProgress),
            ("办公用房超标", InProgress),
            ("档案管理混乱", NotStarted),
            ("公车管理不规", NotStarted),
            ("食堂管理不规", InProgress),
            ("资产管理不规", Done),
        ],
    );
}

/// A section titled like a report's key (`一、整改情况`) over problems each
/// keyed `整改情况：`: one item's `整改情况：已全部整改到位…` is that
/// item's report, not a report on every problem of a unit named 整改情况.
/// 67b98d2 gave it to every problem whose state was only inferred.
#[test]
fn a_report_key_names_no_unit() {
    let r = convert(
        "关于巡察整改情况的通报\n一、整改情况\n\
         1.议事规则不健全。整改情况：该问题将结合机构改革统筹解决。\n\
         2.人事档案管理不规范。整改情况：已上报，等待批复。\n\
         3.土地管理不规范。整改情况：已全部整改到位，并建立长效机制。\n\
         4.公车管理不规范。整改情况：已修订公车管理办法。\n",
    );
    assert_states(
        &r,
        &[
            ("议事规则不健", InProgress),
            ("人事档案管理", InProgress),
            ("土地管理不规", Done),
            ("公车管理不规", Done),
        ],
    );
    // Done by its own result, not by the third item's words.
    let car = r.walk().find(|n| n.title.starts_with("公车")).unwrap();
    let rule = &car.status_evidence.as_ref().unwrap().rule;
    assert_eq!(rule, "report_states_result");
}

/// Measures each tagged with their state in brackets: `（已完成）` after a
/// plan's noun (`…建设计划（已完成）`) is done as stated, and `（长期坚持）`
/// is long-term. 67b98d2 read both done by inference (计划 planned the
/// completion after it; a measure's long-term tag was not read).
#[test]
fn measures_tagged_with_their_state() {
    let r = convert(
        "关于巡察整改进展情况的通报\n一、巡察反馈问题整改情况\n（一）殡葬改革推进缓慢\n整改措施：\n\
         1.制定公益性公墓建设计划（已完成）。\n2.推进农村公益性公墓建设（长期坚持）。\n\
         （二）养老服务体系建设滞后\n整改措施：\n1.制定养老服务设施布局规划（已完成）。\n\
         2.新建乡镇区域养老服务中心3个（推进中）。\n",
    );
    let measures: Vec<(&str, Option<Status>, &str)> = r
        .walk()
        .filter(|n| n.kind == rectify_core::model::NodeKind::Measure)
        .map(|n| {
            let rule = n.status_evidence.as_ref().map_or("", |e| e.rule.as_str());
            (n.label.as_str(), n.status, rule)
        })
        .collect();
    assert_eq!(
        measures,
        [
            ("1.", Some(Done), "done_phrase"),
            ("2.", Some(LongTerm), "report_long_term"),
            ("1.", Some(Done), "done_phrase"),
            ("2.", Some(InProgress), "in_progress_phrase"),
        ]
    );
}

/// Groups by state whose problems are plain paragraphs, the last counting
/// one (`三、需长期坚持整改的问题（1个）` › `干部队伍专业化水平不高。通过…
/// 持续提升。`): that paragraph is the group's problem, long-term. 67b98d2
/// made the heading a problem not started.
#[test]
fn a_group_counting_one_plain_problem() {
    let r = convert(
        "关于巡察整改情况的公示\n一、已完成整改的问题（2个）\n\
         食品安全监管“最后一公里”打通不够。已在全县乡镇配备食品安全协管员186名。\n\
         特种设备安全隐患排查不彻底。已开展全覆盖排查，整改隐患47处。\n\
         二、需长期坚持整改的问题（1个）\n干部队伍专业化水平不高。通过“以老带新”和专题培训持续提升。\n",
    );
    assert_states(
        &r,
        &[
            ("食品安全监管", Done),
            ("特种设备安全", Done),
            ("干部队伍专业", LongTerm),
        ],
    );
}

/// Work done in the main or at first (`已初步整改`, `基本整改到位`): in
/// progress, as `基本完成` and `初步完成` are. 67b98d2 read both done.
#[test]
fn work_done_in_the_main_is_in_progress() {
    let r = convert(
        "关于巡察整改情况的通报\n一、整改情况\n\
         1.工资管理不规范。整改情况：已初步整改。\n\
         2.培训管理不规范。整改情况：基本整改到位。\n",
    );
    assert_states(
        &r,
        &[("工资管理不规", InProgress), ("培训管理不规", InProgress)],
    );
}

/// A problem's unkeyed text ending on the problem named with more to do
/// (`…，该问题需持续推进。`): in progress. 67b98d2 read it done by inference.
#[test]
fn a_problem_named_with_more_to_do_is_in_progress() {
    let r = convert(
        "关于巡察整改落实情况的通报\n一、巡察反馈问题整改落实情况\n\
         1.年轻干部储备不足。通过公开遴选、选调等方式引进年轻干部6名，该问题需持续推进。\n\
         2.基层党组织建设薄弱。已完成整改。\n",
    );
    assert_states(&r, &[("年轻干部储备", InProgress), ("基层党组织建", Done)]);
}
