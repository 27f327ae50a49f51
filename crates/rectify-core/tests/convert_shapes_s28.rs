//! Shapes met in session 28. Blind sets written this session by writers
//! who had read neither the converter nor its samples, scored when they
//! arrived (problems found / with the writer's status / extra / notices
//! exact), and set 15 (last session's, kept unseen) whose misses were
//! left open:
//!
//! - set 15 (79 problems) on the converter of the session's start:
//!   72 / 72 / 1 / 6 of 8;
//! - set 16 (75), written at the start: 68 / 55 / 4 / 1 of 8;
//! - set 17 (111), written at the same time, sealed until set 16's
//!   fixes: 80 / 65 / 2 / 2 of 10;
//! - set 18 (88), written while set 16 was fixed, sealed until set 17's
//!   fixes, and written to be unlike a typical notice: 43 / 40 / 9 / 1
//!   of 8.

mod common;

use common::{assert_states, convert};
use rectify_core::model::Status;

use Status::*;

/// Items each followed by their own result, the last one short
/// (`当场清理，已整改。`): that is the last item's result too, not a
/// statement for the whole group, which would make the group one problem
/// and its items measures.
#[test]
fn a_short_result_after_the_last_of_items_with_results_is_its_own() {
    let text = "\
关于某区第三季度消防安全检查发现问题整改情况的通报
一、发现问题及整改情况
（一）东山仓库
1.仓库内电动车违规充电。
已拆除充电插座，设置集中充电棚，已整改。
2.疏散指示标志损坏。
已更换标志12处，已整改。
（二）西湖市场
3.摊位占用消防车通道，部分地段宽度不足4米。
已划定摊位线并安排专人巡查，已整改。
4.灭火器压力不足。
当场更换，已整改。
（三）南门小区
5.高层住宅消防水泵无法自动启动。
已委托维保单位检修，正在整改。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("仓库内电动车", Done),
            ("疏散指示标志", Done),
            ("摊位占用消防", Done),
            ("灭火器压力不", Done),
            ("高层住宅消防", InProgress),
        ],
    );
    assert_eq!(
        common::focus_areas(&r),
        [("东山仓库", 2), ("西湖市场", 2), ("南门小区", 1)]
    );
}

/// Items without text of their own, then one short statement: it speaks
/// for them all, as before.
#[test]
fn a_short_result_after_bare_items_speaks_for_them_all() {
    let text = "\
关于某所检视问题整改情况的通报
一、检视发现的问题
（一）制度执行不严格
1.会议记录不完整。
2.请假手续不规范。
已全面整改。
（二）服务意识不强
3.窗口人员着装不统一。
已于6月整改到位。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("会议记录不完", Done),
            ("请假手续不规", Done),
            ("窗口人员着装", Done),
        ],
    );
}

/// Problems keyed `【检视问题】`, each with keyed measures that open with
/// their own numbering (`【整改措施】一是…；二是…`) and a keyed result: the
/// measures are the problem's part, not an item numbered `一是` that takes
/// the problems after it as its children.
#[test]
fn keyed_measures_that_open_with_a_number_stay_a_part_of_the_problem() {
    let text = "\
某校关于主题教育检视问题整改落实情况的公示
第一，课程供给不足
【检视问题】热门课程报名难，部分学员两年未报上名。
【整改措施】一是新增教学点2个；二是开设线上课堂。
【整改成效】新增学位500个，已整改到位。
【检视问题】课程内容更新慢。
【整改措施】新开设实用类课程4门。
【整改成效】已完成。
第二，管理不够精细
【检视问题】兼职教师流动大，更换频繁。
【整改措施】一是建立教师库；二是提高课时补贴。
【整改成效】补贴方案待审核，持续推进中。
【检视问题】缺少学员评教渠道。
【整改措施】每学期开展评教。
【整改成效】已建立评教制度，已整改。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("热门课程报名", Done),
            ("课程内容更新", Done),
            ("兼职教师流动", InProgress),
            ("缺少学员评教", Done),
        ],
    );
    assert_eq!(
        common::focus_areas(&r),
        [("课程供给不足", 2), ("管理不够精细", 2)]
    );
}

/// A table pasted with tabs whose cell wrapped onto the next line, as a
/// PDF copy breaks it: the line is the rest of the row, not a row of its
/// own; a `整改结果` column states each row's state.
#[test]
fn a_tab_row_wrapped_onto_the_next_line_is_one_row() {
    let text = "\
某院关于2025年度财务收支审计查出问题整改情况的公告
一、整改明细
序号\t审计查出问题\t整改措施\t责任部门\t整改结果
1\t未按规定编制全口径预算。\t已将项目收入纳入预算。\t财务部\t已整改
2\t部分设备已报废未核销。\t已完成6台核销，其余正在履行报批程序
，预计2027年1月底前完成。\t财务部、装备中心\t整改中
3\t公务用车登记不完整。\t推行一车一档。\t办公室\t已整改
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("未按规定编制", Done),
            ("部分设备已报", InProgress),
            ("公务用车登记", Done),
        ],
    );
}

/// A total stated alone early (`审计共指出问题9项`) that the parts stated
/// later add up to, though a count of tasks stands nearer them in their
/// own paragraph (`分解为整改任务23项`).
#[test]
fn parts_take_the_earlier_total_they_add_up_to() {
    let text = "\
某院关于审计查出问题整改情况的公告
审计共指出问题3项，涉及金额100万元。
一、总体情况
院党委将审计指出问题分解为整改任务8项，实行销号管理。截至10月底，已整改2项，整改中1项。
二、问题整改情况
（一）预算编制不完整。整改情况：已整改。
（二）补贴发放超标准。整改情况：已整改。
（三）资产账实不符。整改情况：正在清查，整改中。
";
    let r = convert(text);
    assert_eq!(common::stated_triple(&r), Some((3, 2, 1)));
}

/// `以上共11项，已完成6项，…`: a clause that is only the count of all is
/// the total; `以上11项` without a scope word is not.
#[test]
fn a_bare_count_of_all_is_the_total() {
    let with = "\
关于某馆群众反映问题办理进展情况的公示
一、服务方面
1.窗口排队时间长。【已完成】
2.收费公示不清楚。【推进中】
以上共2项，已完成1项，推进中1项。
";
    assert_eq!(common::stated_triple(&convert(with)), Some((2, 1, 1)));
    let without = with.replace("以上共2项", "以上2项");
    assert_eq!(common::stated_triple(&convert(&without)), Some((0, 1, 1)));
}

/// A section named by no keyword (`四、其他`) holding one item that reports
/// its own state in a tag after its sentence (`…乱停乱放。【推进中】`) holds
/// a problem, as the sections before it do.
#[test]
fn a_section_of_one_tagged_item_holds_a_problem() {
    let text = "\
关于某馆群众反映问题办理进展情况的公示
一、让群众少跑路（共2项）
1.业务大厅周末只开一个窗口。【已完成】
　　窗口增加到3个。
2.办理手续需要多项证明。【已完成】
　　实现信息共享。
二、其他
3.馆区停车位不足，高峰期车辆乱停乱放。【推进中】
　　临时设置停车位120个，永久停车场正在设计。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("业务大厅周末", Done),
            ("办理手续需要", Done),
            ("馆区停车位不", InProgress),
        ],
    );
}

/// A heading naming a domain (`1、执法程序方面`) over findings numbered
/// `①` `②`: they are its problems, not one problem's measures; keyed
/// measures (`整改措施：…`) under a domain heading stay measures.
#[test]
fn findings_numbered_as_measures_under_a_domain_heading_are_problems() {
    let text = "\
关于乡镇执法队督查情况的通报
一、本轮督查发现的主要问题
1、执法程序方面
①部分案件立案审批晚于调查取证时间，先查后立案。涉及白沙镇。
②简易程序适用不当。涉及大塘镇。
2、执法监督方面
①法制审核流于形式，只签同意。涉及6个乡镇。
②投诉举报受理登记不全。涉及龙口乡。
二、有关要求
1、压实属地责任。
";
    let r = convert(text);
    assert_eq!(
        common::focus_areas(&r),
        [("执法程序方面", 2), ("执法监督方面", 2)]
    );
    assert_eq!(common::openings(&r).len(), 4);
}

/// `共检视问题9个，制定整改措施27条。目前已完成整改6个。`: one part after a
/// total stated alone in its paragraph completes it.
#[test]
fn one_part_after_a_lone_total_completes_it() {
    let text = "\
某院检视问题整改落实情况公示
　　院党支部共检视问题3个，制定整改措施9条。目前已完成整改2个。
一、服务方面
1.办理时限偏长。整改状态：已完成。
2.收费公示不醒目。整改状态：已完成。
3.预约难。整改状态：部分完成，正在推进。
";
    let r = convert(text);
    assert_eq!(common::stated_triple(&r), Some((3, 2, 0)));
}

/// A problem that reports nothing of its state, whose deadline is after
/// the notice's date, is in progress (`deadline_ahead`); one whose measure
/// reports a result (`完成…清查`) stays done.
#[test]
fn a_silent_problem_with_a_deadline_ahead_is_in_progress() {
    let text = "\
某院检视问题整改落实情况公示
一、队伍建设方面
1.青年技术人员培养机制不健全。
整改措施：实行师徒结对，签订培养协议。
整改时限：2026年12月底
2.职称评聘办法多年未修订。
整改措施：完成职称评聘办法修订。
整改时限：2026年12月底
某院党支部
2026年9月18日
";
    let r = convert(text);
    assert_states(&r, &[("青年技术人员", InProgress), ("职称评聘办法", Done)]);
    let rules: Vec<String> = common::openings(&r)
        .into_iter()
        .map(|(_, _, rule)| rule)
        .collect();
    assert_eq!(rules[0], "deadline_ahead");
}

/// An in-progress phrase that describes a noun (`对仍在出租期内的14处房产
/// 重新招租`) says nothing of the work's state.
#[test]
fn an_in_progress_phrase_describing_a_noun_is_no_state() {
    let text = "\
关于某公司巡察整改情况的通报
一、资产管理方面
1.上轮巡察反馈的资产出租问题整改不彻底。
整改情况：已清理违规转租合同5份。对仍在出租期内的14处房产全部重新公开招租，租金平均提高11%。
";
    assert_states(&convert(text), &[("上轮巡察反馈", Done)]);
}

/// A report with a step done, the rest left to do and a deadline key
/// closing it (`…，剩余部分结合合同到期时间调整，完成时限：2027年3月底前。`)
/// is in progress.
#[test]
fn the_rest_left_with_a_deadline_is_in_progress() {
    let text = "\
关于某办事处巡察整改情况的通报
一、作风建设方面
1.租赁办公用房面积超出标准。
整改情况：已向主管部门报告，超标部分已先行退租1间，剩余部分结合租赁合同到期时间调整，完成时限：2027年3月底前。
2.公务接待审批不规范。
整改情况：已修订接待办法，已整改到位。
";
    assert_states(
        &convert(text),
        &[("租赁办公用房", InProgress), ("公务接待审批", Done)],
    );
}

/// A report whose last clause opens with the routine the work becomes
/// (`…，今后每季度开展一次演练，常态化抓好。`) and reports nothing done is
/// long-term work.
#[test]
fn a_report_ending_in_a_routine_is_long_term() {
    let text = "\
关于某水库汛前检查发现问题整改情况的报告
一、检查发现的问题
1.值班人员对应急预案掌握不熟练。
整改情况：组织全员培训和桌面推演各1次，今后每季度开展一次演练，常态化抓好。
2.溢洪道有杂物堆积。
整改情况：已全部清理，已整改。
";
    assert_states(
        &convert(text),
        &[("值班人员对应", LongTerm), ("溢洪道有杂物", Done)],
    );
}

/// Findings inline (`一是…；二是…`), answered in the next paragraph clause
/// by clause in their own words and another order (`对除臭设施，已…；对堰板
/// 积泥，已…`): each finding is a problem with its clause as its report.
#[test]
fn an_inline_list_answered_clause_by_clause_in_its_own_words() {
    let text = "\
某厂关于运营考核发现问题整改情况的公示
　　9月，市住建局对我厂开展考核，指出我厂存在以下问题：一是二沉池出水堰板局部积泥，清洁不及时；二是污泥脱水机房除臭设施运行不正常；三是进水在线监测仪表比对误差偏大。
　　针对上述问题，我厂逐项制定措施：对除臭设施，已更换滤池填料，经检测达标；对堰板积泥，已全面清理并调整清洁频次。进水在线仪表更换已纳入设备更新计划，目前正在履行采购程序。
";
    assert_states(
        &convert(text),
        &[
            ("二沉池出水堰", Done),
            ("污泥脱水机房", Done),
            ("进水在线监测", InProgress),
        ],
    );
}

/// Paragraphs that each quote a finding (`关于“…”的意见。…`) under a
/// heading are its problems, as `关于…的问题。` paragraphs are.
#[test]
fn paragraphs_quoting_a_finding_as_an_opinion_are_problems() {
    let text = "\
关于某院巡察整改进展情况的通报
一、具体落实情况
（一）在领导班子建设上
关于“党委议事决策规则执行不严，部分事项先决策后上会”的意见。院党委修订议事规则，已整改到位。
关于“干部队伍年龄结构老化”的意见。制定年轻干部培养计划，正在推进。
";
    assert_states(
        &convert(text),
        &[("关于“党委议", Done), ("关于“干部队", InProgress)],
    );
}

/// Paragraphs opening with a finding's lead (`审计发现，` `审计还发现，`),
/// two or more under one heading, are its problems, and so is one alone
/// under another heading of the notice.
#[test]
fn paragraphs_opened_by_a_finding_lead_are_problems() {
    let text = "\
某中心关于审计查出问题整改情况的公告
一、具体整改情况
（一）预算管理方面
审计发现，中心部分项目预算编制不够精准，结余率29.8%。中心已修订预算管理办法，已整改到位。
审计还发现，中心绩效目标设置不够细化。中心已重新设置绩效指标，已整改到位。
（二）资产管理方面
审计发现，中心闲置用房1处未有效利用。中心已提出调剂申请，正在办理交接手续。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("审计发现，中", Done),
            ("审计还发现，", Done),
            ("审计发现，中", InProgress),
        ],
    );
    assert_eq!(
        common::focus_areas(&r),
        [("预算管理方面", 2), ("资产管理方面", 1)]
    );
}

/// A table one cell per line with group rows between its rows (`一、…方面
/// （3个）`): the rows go on past each group row, under it.
#[test]
fn group_rows_between_the_rows_of_a_table_one_cell_per_line() {
    let text = "\
某库关于巡察整改情况的通报
巡察整改情况一览表
序号
问题
整改措施
责任人
整改进展
一、落实安全责任方面（2个）
1
储粮安全主体责任压得不实
修订粮情检测制度
孙建国
已完成
2
智能化系统应用不充分
签订运维协议
陈亮
正在整改
二、党的建设方面（1个）
3
党建与业务融合不紧
设立党员示范仓
赵明
长期坚持
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("储粮安全主体", Done),
            ("智能化系统应", InProgress),
            ("党建与业务融", LongTerm),
        ],
    );
    assert_eq!(common::focus_areas(&r).len(), 2);
}

/// A tab table whose problem column is named `具体事项` (a header ending
/// `事项`), and a progress column ending `情况`.
#[test]
fn a_column_of_matters_holds_the_problems() {
    let text = "\
关于某院巡视整改进展情况的通报
四、聚焦干部队伍建设
序号\t具体事项\t主要举措\t牵头单位\t完成情况
1\t青年科技人才成长通道不畅\t设立青年科技基金\t组织人事处\t已完成
2\t人才梯队建设断层\t实施接续培养计划\t组织人事处\t长期推进
";
    assert_states(
        &convert(text),
        &[("青年科技人才", Done), ("人才梯队建设", LongTerm)],
    );
}

/// Work handed over with a deadline ahead (`已交办限期整改。`, `已交办，
/// 要求12月15日前规范设置暂存点。`) is in progress, not done.
#[test]
fn work_handed_over_with_a_deadline_is_in_progress() {
    let text = "\
关于某区垃圾分类督查情况的通报
一、督查发现的问题
1、锦绣小区
①厨余垃圾桶混入其他垃圾。已交办限期整改。
②有害垃圾暂存点未上锁。已交办，要求12月15日前规范设置暂存点。
③分类宣传栏破损。已当场更换，整改完毕。
";
    assert_states(
        &convert(text),
        &[
            ("厨余垃圾桶混", InProgress),
            ("有害垃圾暂存", InProgress),
            ("分类宣传栏破", Done),
        ],
    );
}

/// A report that keys its item by number (`针对第2项：…`) answers with its
/// whole paragraph, not its first sentence; `其余N项…` names the items the
/// text has not named.
#[test]
fn a_keyed_answer_by_number_reads_its_whole_paragraph_and_the_rest() {
    let text = "\
关于某中心网络安全检查发现问题整改情况的报告
一、检查发现的问题
1.部分主机系统版本过低。
2.边界防护策略过宽。
3.应急预案多年未修订。
二、整改落实情况
针对第2项：已删除过宽策略23条。目前已完成6个区县的策略收敛，剩余3个区县预计2027年1月底前完成。正在整改。
截至11月底，第3项尚未启动，其余2项均已完成整改。
";
    // Item 2 is answered twice: its keyed paragraph, then as one of `其余`.
    let r = convert(text);
    let states: Vec<Status> = common::openings(&r)
        .into_iter()
        .map(|(_, s, _)| s.unwrap())
        .collect();
    assert_eq!(states[0], Done);
    assert_eq!(states[2], NotStarted);
}

/// A heading that counts its items in a note (`三、职工群众反映问题（2个）`)
/// over a table of as many rows holds them, though a paragraph after the
/// table reports on them; a notice that states only its total
/// (`共查摆问题5个`) states its totals when that is the number of problems
/// it lists.
#[test]
fn a_counted_heading_holds_its_table_and_a_lone_total_that_matches_is_taken() {
    let text = "\
关于某场学习教育查摆问题整改落实情况的公示
　　场党支部通过个人自查、征求意见等方式，共查摆问题5个，制定整改措施12条。
一、班子查摆问题（3个）
1.调查研究不够深入。
整改措施：班子成员每月到一线跟班作业，已整改到位。
2.厉行节约有差距。
整改措施：安装智能电表，已整改到位。
3.公务用车登记不规范。
整改措施：实行一事一单，已整改到位。
二、职工群众反映问题（2个）
序号\t反映问题\t整改措施\t责任人
1\t进场道路渣土撒漏\t增设洗车平台\t王海涛
2\t渗滤液处理能力不足\t申报扩容改造项目\t陈志远
　　截至11月底，第2项尚未启动，其余1项已完成整改。
";
    let r = convert(text);
    assert_eq!(common::stated_triple(&r), Some((5, 0, 0)));
    assert_eq!(
        common::focus_areas(&r).len() + common::openings(&r).len(),
        5
    );
    let states: Vec<Status> = common::openings(&r)
        .into_iter()
        .map(|(_, s, _)| s.unwrap())
        .collect();
    assert_eq!(&states[3..], [Done, NotStarted]);
}

/// A table one cell per line whose columns are named in a department's own
/// words (`审计指出` the problem, `我们的做法` the measures, `目前状态`),
/// with status words `已销号` and `持续跟进`.
#[test]
fn columns_named_in_own_words_and_following_up() {
    let text = "\
某中心关于审计查出问题整改情况的公告
序号
审计指出
涉及金额
我们的做法
目前状态
1
摊位租金减免未经集体研究
41.2
补办审议程序
已销号
2
以前年度应收账款长期挂账
148.9
成立清欠小组
持续跟进
";
    assert_states(
        &convert(text),
        &[("摊位租金减免", Done), ("以前年度应收", InProgress)],
    );
}

/// A title ending `…工作进展` above a space-aligned table whose group
/// column is printed on each group's first row only, and numbered notes
/// below it that open by naming rows (`1.第2项…`): the title is found, the
/// empty cells keep the columns apart, and the notes are notes.
#[test]
fn a_progress_title_a_table_with_merged_cells_and_notes_on_rows() {
    let text = "\
某馆
【专项整治】某馆群众身边不正之风专项整治工作进展
　　馆党总支梳理问题3个，现将进展公布如下：
编号  整治重点    问题表现                          责任部门      进度
1     票务预约    节假日预约名额被抢占后加价转卖    票务中心      已落实
2                 老年人现场预约通道设置不足        票务中心      已整改待复核
3     展品运维    展品故障率偏高                    展品技术部    进行中
说明：
1.第2项已增设爱心窗口2个，待复核后销号。
2.第3项已修复展项47件，其余计划2026年3月前修复。
";
    let r = convert(text);
    // The column tag `【专项整治】` is the page's, not the title's
    // (session 47).
    assert_eq!(r.meta.title, "某馆群众身边不正之风专项整治工作进展");
    assert_states(
        &r,
        &[
            ("节假日预约名", Done),
            ("老年人现场预", Done),
            ("展品故障率偏", InProgress),
        ],
    );
}

/// Findings brought in inline (`反馈指出：一是…；二是…`), a short paragraph
/// introducing the answers (`…落实如下：`), the answers clause by clause in
/// their own words, and a sentence stating all done but one it names
/// (`除场馆消防设施改造…持续推进外，其余问题均已整改到位。`).
#[test]
fn answers_after_an_intro_and_all_done_but_one_named() {
    let text = "\
某少年宫党支部巡察整改情况简报
　　区委巡察组对少年宫党支部开展了巡察，反馈指出：一是公益课程名额分配不透明，热门班次未公开摇号；二是外聘教师管理松散；三是活动场馆消防通道被器材占用；四是学员安全保险购买滞后，存在先开课后投保。
　　支部对照反馈逐项研究，落实如下：
　　热门班次全部改为线上公开摇号；与全部外聘教师重新签订聘用协议；清理场馆通道堆放器材；与保险公司签订统保协议，开课前统一投保。
　　除场馆消防设施改造需纳入明年维修计划、持续推进外，其余问题均已整改到位。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("公益课程名额", Done),
            ("外聘教师管理", Done),
            ("活动场馆消防", InProgress),
            ("学员安全保险", Done),
        ],
    );
    let rules: Vec<String> = common::openings(&r)
        .into_iter()
        .map(|(_, _, rule)| rule)
        .collect();
    assert!(rules.iter().all(|r| r == "all_but_named"));
}

/// Findings brought in inline by `指出：` with no answer anywhere are
/// problems still.
#[test]
fn findings_brought_in_inline_without_answers_are_problems() {
    let text = "\
某所巡察整改情况
　　巡察组反馈指出：一是财务报销审核不严；二是档案管理不规范；三是值班制度执行不到位。
　　所党支部高度重视，召开专题会议研究部署。
";
    assert_eq!(common::openings(&convert(text)).len(), 3);
}

/// Each finding quoted under one key and answered under another, in pairs
/// (`巡察组原话：“…”` / `我们的回答：…`), under areas named for the
/// decisions carried out (`第一方面　贯彻落实…市委决策部署`): the quoted
/// findings are the problems; blocks of more keys are not pairs.
#[test]
fn findings_and_answers_keyed_in_pairs() {
    let text = "\
中共某院委员会关于市委巡察反馈意见整改情况的通报
第一方面　贯彻落实党的路线方针政策和市委决策部署
巡察组原话：“服务职工疗休养的主责主业聚焦不够。”
我们的回答：调整经营定位，已整改到位。
巡察组原话：“康复理疗项目同质化。”
我们的回答：新开设专项疗程2个，特色服务需长期坚持。
第二方面　党的领导和党的建设
巡察组原话：“干部队伍年龄结构老化。”
我们的回答：制定年轻干部培养计划，正在推进。
";
    assert_states(
        &convert(text),
        &[
            ("“服务职工疗", Done),
            ("“康复理疗项", LongTerm),
            ("“干部队伍年", InProgress),
        ],
    );
}

/// `1.` used at three depths (parts, areas, problems): the next steps,
/// numbered on with the parts (`3.下一步工作打算` after an area's `4.`), are
/// the notice's next part, not one more problem.
#[test]
fn next_steps_numbered_with_the_parts_close_the_problems() {
    let text = "\
关于某处巡察反馈意见整改进展情况的通报
1.整改组织落实情况
处党委召开专题会议3次。
2.反馈问题整改进展
巡察反馈3个方面7个问题，已整改完成4个，正在推进2个，长期坚持1个。
1.党的建设方面
1.理论学习流于形式。
整改情况：已整改到位。
2.流动党员管理不到位。
整改情况：正在推进。
2.从严治党方面
1.燃油台账记录不完整。
整改情况：已整改到位。
2.公务用船审批不严。
整改情况：已整改到位。
3.过闸服务费问题整改不彻底。
整改情况：正在推进。
3.队伍建设方面
1.年轻干部培养力度不够。
整改情况：已整改到位。
2.专业技术人才流失。
整改情况：需长期坚持。
3.下一步工作打算
1.对基本完成的问题紧盯不放。
2.建立长效机制。
";
    let r = convert(text);
    let titles: Vec<String> = common::openings(&r)
        .into_iter()
        .map(|(t, _, _)| t)
        .collect();
    assert!(titles.contains(&"过闸服务费问".to_string()));
    assert!(
        !titles.iter().any(|t| t.starts_with("下一步")
            || t.starts_with("对基本")
            || t.starts_with("建立长效")),
        "{titles:?}"
    );
}

/// Findings listed `一是…四是…`, measures in one paragraph, and states given
/// by position (`前三项问题已全部整改到位；第四项问题…需长期坚持推进。`):
/// `前三项` names the first three (it counts nothing of the report's), the
/// fourth takes its own clause.
#[test]
fn states_given_by_position_first_three_and_the_fourth() {
    let text = "\
某站关于督导发现问题整改情况的公示
　　省督导组对我站开展了督导，指出的问题主要有：一是查螺覆盖不全；二是随访管理不规范；三是灭螺质量监测不到位；四是专业人员断档。
　　我站对照督导意见逐项落实整改，补充查螺计划，建立随访档案，开展效果评估。
　　目前，前三项问题已全部整改到位；第四项问题涉及编制，已纳入明年招聘计划，需长期坚持推进。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("查螺覆盖不全", Done),
            ("随访管理不规", Done),
            ("灭螺质量监测", Done),
            ("专业人员断档", LongTerm),
        ],
    );
    assert_eq!(common::stated_triple(&r), None);
}

/// A ledger row whose progress cell reports a result without a status
/// word (`已清运完毕`) is done.
#[test]
fn a_progress_cell_reporting_a_result_is_done() {
    let text = "\
关于公路养护质量督查情况的通报
序号\t存在问题\t责任单位\t整改进展
1\t道班房院内堆放沥青桶\t柳坪道班\t已清运完毕
2\t限载标志缺失\t高岩道班\t正在制作标志牌
";
    assert_states(
        &convert(text),
        &[("道班房院内堆", Done), ("限载标志缺失", InProgress)],
    );
}

/// A bulletin's masthead (`督查通报` / `2026年第3期`) above its title: the
/// issue number is not the title's opening.
#[test]
fn an_issue_number_above_the_title_is_the_mastheads() {
    let text = "\
督查通报
2026年第3期
某县公路养护中心关于第三季度公路养护质量督查情况的通报
一、发现的问题
1.道班房院内堆放沥青桶。已清运完毕。
2.限载标志缺失。正在制作。
";
    assert_eq!(
        convert(text).meta.title,
        "某县公路养护中心关于第三季度公路养护质量督查情况的通报"
    );
}
