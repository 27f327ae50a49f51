//! Shapes met in session 29. Blind sets written by writers who had read
//! neither the converter nor its samples, scored when they arrived
//! (problems found / with the writer's status / extra / notices exact):
//!
//! - set 19 (61 problems, last session's honest measure) on the converter
//!   of the session's start: 43 / 34 / 10 / 2 of 5;
//! - set 20 (59), written at the start, after set 19's fixes:
//!   59 / 55 / 0 / 3 of 5;
//! - set 21 (59), written at the same time on the kinds a converter gets
//!   wrong most, sealed until set 20's fixes: 42 / 35 / 7 / 2 of 6.
//!
//! Every notice here is my own, one per shape.

mod common;

use common::{assert_accounted, assert_states, convert};
use rectify_core::convert::{convert_notice, ConvertOptions};
use rectify_core::model::Status;

use Status::*;

/// `①…` items each followed by their own (indented) `整改措施：…`: the
/// items are problems, each with its measures, not the first item's
/// measures with every later item nested under them. The group's title
/// is their state alone (`已整改销号（3个）`).
#[test]
fn circled_items_each_with_measures_are_problems() {
    let text = "\
某某站关于专项整治进展情况的通报
一、问题整改情况
（一）已整改销号（3个）
①部分档案未按规定归档。
　整改措施：集中整理档案120卷，建立归档台账。
②车辆维修未经审批。
　整改措施：修订车辆管理办法，维修一律事前审批。
③食堂账目公示不及时。
　整改措施：每月公示食堂收支。
（二）正在整改（1个）
④仓库消防设施老化。
　整改措施：申请资金更换消防设施。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("部分档案未按", Done),
            ("车辆维修未经", Done),
            ("食堂账目公示", Done),
            ("仓库消防设施", InProgress),
        ],
    );
    let first = r.walk().find(|n| n.title.starts_with("部分档案")).unwrap();
    assert_eq!(first.children.len(), 1);
    assert!(first.children[0].title.starts_with("集中整理档案"));
    assert_accounted(text, &r);
}

const CARDS: &str = "\
某某中心关于问题整改情况的通报
一、挂号督办事项
【问题编号】DB-01
【问题来源】上级检查反馈
【问题描述】办公用房超标准配置。
【整改措施】腾退超标准面积，调整办公用房。
【责任单位】办公室
【完成时限】2026年12月31日
【当前状态】已完成整改

【问题编号】DB-02
【问题来源】自查
【问题描述】合同管理制度不健全。
【整改措施】修订合同管理办法。
【责任单位】财务科
【完成时限】长期
【当前状态】需长期坚持

【问题编号】DB-03
【问题来源】上级检查反馈
【问题描述】信息系统未完成等级保护测评。
【整改措施】委托测评机构开展测评。
【责任单位】信息科
【完成时限】2027年6月30日
【当前状态】尚未启动，待预算下达后实施

联系电话：0000-1234567
";

/// The cards' problems, in the order they are printed (a ledger would
/// group them by their source).
const CARD_STATES: &[(&str, Status)] = &[
    ("办公用房超标", Done),
    ("合同管理制度", LongTerm),
    ("信息系统未完", NotStarted),
];

/// A ledger printed as cards, one field per line (`【问题描述】…`
/// `【当前状态】…`): each card is a problem with its own status, deadline
/// and owner; its dates and `长期` are no problems of their own.
#[test]
fn field_cards_are_a_ledgers_rows() {
    let r = convert(CARDS);
    assert_states(&r, CARD_STATES);
    let labels: Vec<&str> = r
        .walk()
        .filter(|n| n.kind == rectify_core::model::NodeKind::Problem)
        .map(|n| n.label.as_str())
        .collect();
    assert_eq!(labels, ["DB-01", "DB-02", "DB-03"]);
    let p = r.walk().find(|n| n.title.starts_with("合同管理")).unwrap();
    assert_eq!(p.owners, ["财务科"]);
    assert!(p.body.contains("【责任单位】财务科"), "{}", p.body);
    assert!(p.body.contains("【问题来源】自查"), "{}", p.body);
    assert_accounted(CARDS, &r);
}

/// The same cards keyed before a colon.
#[test]
fn field_cards_keyed_by_colons_are_a_ledgers_rows() {
    let text = CARDS
        .lines()
        .map(|l| match l.strip_prefix('【') {
            Some(rest) => rest.replacen('】', "：", 1),
            None => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    let r = convert(&text);
    assert_states(&r, CARD_STATES);
    assert_accounted(&text, &r);
}

/// Groups titled by their state alone, as a clause (`第二，正在加紧推进的`):
/// the state of every problem under them that states none of its own.
#[test]
fn groups_titled_by_a_state_clause_give_their_state() {
    let text = "\
某某站关于查摆问题整改落实情况的公示
第一，已经整改完成的
【问题一】窗口服务态度生硬。
▲整改措施：开展文明服务培训。
第二，正在加紧推进的
【问题二】候车室座椅不足。
▲整改措施：采购座椅200个。
第三，需要长期坚持的
【问题三】作风纪律意识淡薄。
▲整改措施：每月开展作风暗访。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("窗口服务态度", Done),
            ("候车室座椅不", InProgress),
            ("作风纪律意识", LongTerm),
        ],
    );
}

/// `对…移交的2件问题线索，已全部办结` settles a smaller count of another
/// thing (`全部` says what became of them, not how many were counted):
/// the opening sentence that counts the findings is the report's totals,
/// also when it counts one more than the notice lists (a real notice's
/// slip, which the totals then show).
#[test]
fn all_of_a_smaller_count_settled_is_not_the_reports_totals() {
    let text = "\
某某公司党委关于巡察整改进展情况的通报
巡察组反馈问题4个，截至11月30日，已完成整改3个，正在整改1个。
一、整改工作开展情况
（一）加强领导。成立整改领导小组。对巡察移交的2件问题线索，已全部办结。
二、问题整改落实情况
1.采购管理不规范。
整改进展：已完成整改。
2.资产台账不清。
整改进展：已完成整改。
3.合同履约监督缺位。
整改进展：正在整改。
";
    let r = convert(text);
    let t = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (t.total, t.done, t.in_progress),
        (Some(4), Some(3), Some(1))
    );
}

/// `正在开展清查，已完成展具类盘点，设备类盘点预计11月底完成。`: a part
/// done, the rest named and planned ahead: in progress.
#[test]
fn a_part_done_and_the_rest_planned_is_in_progress() {
    let text = "\
某某公司关于巡察整改进展情况的通报
一、问题整改落实情况
1.固定资产管理不到位，盘点不及时。
整改进展：正在开展资产全面清查，已完成展具类资产盘点，设备类资产盘点预计2026年11月底完成。
2.消防通道被占用。
整改进展：已完成整改。
";
    let r = convert(text);
    assert_states(&r, &[("固定资产管理", InProgress), ("消防通道被占", Done)]);
}

/// Problems stated as sentences (`（4）…进展不大。`), each with its own
/// `①` `②` measures: neighbours in one list, not a list of problems and
/// a list of reports on them. Each keeps its own measures.
#[test]
fn neighbouring_problems_with_measure_lists_keep_their_own() {
    let text = "\
某某公司关于巡察整改进展情况的通报
一、问题整改落实情况
（一）党的建设方面
（1）支部组织生活流于形式。
①统一会议记录本；
②建立支部联系点。
已完成整改。
（2）党建与业务融合不够，品牌创建进展不大。
①已将品牌创建列入年度要点；
②创建方案正在征求意见。
（3）发展党员材料缺失。
①补齐入党材料；
②开展业务培训。
已完成整改。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("支部组织生活", Done),
            ("党建与业务融", InProgress),
            ("发展党员材料", Done),
        ],
    );
    let p = r
        .walk()
        .find(|n| n.title.starts_with("党建与业务"))
        .unwrap();
    let measures: Vec<&str> = p.children.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(measures, ["①", "②"]);
    assert_accounted(text, &r);
}

/// `1.` for areas, problems and measures alike, no indentation: a `1.`
/// right after an item with nothing under it opens that item's list, a
/// state sentence after a list of measures concludes their problem, and
/// the next number goes on with the problems, then the areas.
#[test]
fn one_numbering_at_three_depths() {
    let text = "\
某某院关于巡视整改进展情况的通报
二、巡视反馈问题整改落实情况
1.关于落实决策部署方面
1.改革配套措施推进迟缓，基础工作滞后。
1.组织专班全面梳理数据。
2.建立重点任务月调度机制。
该问题已完成整改。
2.信息化建设统筹不够，数据重复录入。
1.制定系统整合实施方案。
2.阅卷系统整合纳入年度项目。
目前正在推进，计划2027年6月底前完成。
3.服务意识不强，咨询电话接通率偏低。
1.咨询电话由4条增至10条。
2.开设政策解读专栏。
已整改到位。
2.关于全面从严治党方面
1.考务安全责任传导层层递减。
1.开展拉网式检查。
2.修订保密室管理规定。
已完成整改。
2.试卷押运交接记录不规范。
1.推行GPS轨迹实时监控。
2.重新签订保密协议。
已完成整改。
三、下一步工作打算
1.持续推进未完成问题整改。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("改革配套措施", Done),
            ("信息化建设统", InProgress),
            ("服务意识不强", Done),
            ("考务安全责任", Done),
            ("试卷押运交接", Done),
        ],
    );
    assert_eq!(
        common::focus_areas(&r),
        [("关于落实决策部署方面", 3), ("关于全面从严治党方面", 2)]
    );
    let p = r.walk().find(|n| n.title.starts_with("信息化")).unwrap();
    assert_eq!(p.children.len(), 2);
    assert_accounted(text, &r);
}

/// A table one cell per line without a serial-number column, its header
/// named in a department's own words (`存在不足`, `目前进度`): rows by
/// count, each a problem with its state; the contact lines after it end
/// the notice complete (no warning that it was cut off).
#[test]
fn a_table_one_cell_per_line_without_serial_numbers() {
    let text = "\
某某指挥部关于群众诉求专项整治进展情况的公示
一、基本情况
确定群众反映集中的3项突出问题作为整治重点。截至11月20日，已完成2项，正在推进1项。
二、群众诉求办理进度
存在不足
采取措施
责任部门
目前进度
夜间施工噪声扰民，居民投诉集中
调整浇筑时段，设置隔声屏障420米
土建一部
已完成
施工围挡占用非机动车道
优化围挡布置，增设警示标志
土建二部
已完成
安置房交付延期，过渡期延长
按月发放过渡费，督促倒排工期
征迁协调部
正在推进

三、联系方式
联系电话：0000-1234567
通信地址：某某市天心大道66号轨道交通大厦指挥部综合办公室
";
    let c = convert_notice(text, &ConvertOptions::default());
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
    let r = c.report;
    assert_states(
        &r,
        &[
            ("夜间施工噪声", Done),
            ("施工围挡占用", Done),
            ("安置房交付延", InProgress),
        ],
    );
    assert_accounted(text, &r);
}

/// A 督查 bulletin's table whose disposition cells set a deadline
/// (`限12月10日前接入`, any verb after the date) or hand the work over
/// (`移交区城管执法局立案查处`): in progress; `已现场整改` done.
#[test]
fn dispositions_with_a_deadline_or_handed_over_are_in_progress() {
    let text = "\
某某区城管委办关于扬尘污染防治专项督查情况的通报
一、督查发现的问题及处理情况
序号\t街道\t发现问题\t处理及整改情况
1\t长乐街道\t围挡破损，未及时修复\t已现场整改
2\t望江街道\t在线监测设备数据未接入平台\t限12月10日前接入
3\t东塘街道\t渣土运输车辆未密闭，沿途抛洒\t移交区城管执法局立案查处
二、有关要求
（一）立即抓好整改。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("围挡破损，未", Done),
            ("在线监测设备", InProgress),
            ("渣土运输车辆", InProgress),
        ],
    );
}

/// Cards whose state is a sign-off field (`【销号情况】已销号` /
/// `推进中`), under a sentence that counts what was `整治完成`.
#[test]
fn cards_with_a_sign_off_field_and_totals_of_work_done() {
    let text = "\
某某站关于专项整治进展情况的通报
整治中梳理出突出问题3项，截至9月25日，已整治完成2项，正在推进1项。
一、样品管理
【问题描述】扦样记录填写不完整。
【责任科室】检验一科
【整改进展】重新印发扦样操作规程。
【销号情况】已销号

【问题描述】留样室温湿度监控记录间断。
【责任科室】综合科
【整改进展】加装温湿度自动记录仪2台。
【销号情况】已销号

【问题描述】能力验证结果为可疑。
【责任科室】检验二科
【整改进展】已完成原因分析，参加11月份复测。
【销号情况】推进中
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("扦样记录填写", Done),
            ("留样室温湿度", Done),
            ("能力验证结果", InProgress),
        ],
    );
    let t = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (t.total, t.done, t.in_progress),
        (Some(3), Some(2), Some(1))
    );
    assert_accounted(text, &r);
}

/// A numbered problem whose paragraph goes on to bring in findings
/// (`审计指出，…存在以下问题：一是…；二是…；三是…。`), answered one by one
/// in the next paragraph in their own words (`对于往来款项挂账，…`): the
/// findings are the problems, the numbered heading groups them, as the
/// section's count says.
#[test]
fn findings_brought_in_under_a_numbered_heading_and_answered_one_by_one() {
    let text = "\
某某县审计局关于审计查出问题整改情况的公告
二、审计查出问题的具体整改情况
（一）财务管理方面
1.预算编制不完整。审计发现，结余资金312.60万元未纳入预算。
整改情况：已纳入2026年部门预算。该问题已整改。
2.财务核算不规范。审计指出，财务管理存在以下问题：一是往来款项长期挂账未清理，金额486.15万元；二是固定资产账实不符，已报废设备127台未核销；三是公务卡强制结算目录执行不到位。
整改情况：对于往来款项挂账，已清理286.15万元，剩余200万元正在协调处理。对于固定资产账实不符，已完成报废设备的账务核销，已整改。对于公务卡结算，已责成严格执行公务卡结算规定，已整改。
本方面审计查出的4个问题，已整改3个，正在整改1个。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("预算编制不完", Done),
            ("往来款项长期", InProgress),
            ("固定资产账实", Done),
            ("公务卡强制结", Done),
        ],
    );
    assert_accounted(text, &r);
}

/// The same with a problem of one measure: the statement after it still
/// concludes the problem, and the next number is the next problem.
#[test]
fn one_numbering_at_three_depths_with_a_single_measure() {
    let text = "\
某某局关于专项督查发现问题整改情况的通报
一、督查发现问题及整改情况
1.关于队伍建设方面
1.扑火队员培训不足，部分队员不会使用装备。
1.开展扑火技能培训2期。
已完成整改。
2.护林员巡护轨迹上传不及时。
1.启用巡护APP，每日自动上传轨迹。
已完成整改。
3.野外用火管理存在薄弱环节。
1.在重点路口设置防火检查站9个。
2.常态化开展野外用火巡查。
该问题需长期坚持。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("扑火队员培训", Done),
            ("护林员巡护轨", Done),
            ("野外用火管理", LongTerm),
        ],
    );
    assert_eq!(common::focus_areas(&r), [("关于队伍建设方面", 3)]);
    assert_accounted(text, &r);
}

/// A status cell that sets a deadline (`整改状态：限12月20日前补报`) states
/// work in progress, not an unknown status.
#[test]
fn a_status_cell_setting_a_deadline_is_in_progress() {
    let text = "\
某中心关于节能检查发现问题整改情况的通报
一、问题整改情况
问题编号：JN-01
问题描述：空调温度设置低于26摄氏度。
整改措施：统一设定空调温度。
责任单位：档案馆
整改状态：已完成

问题编号：JN-02
问题描述：部分单位未按季度报送能耗数据。
整改措施：补报数据，纳入年度考核。
责任单位：各有关单位
整改状态：限12月20日前补报
";
    let c = convert_notice(text, &ConvertOptions::default());
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
    assert_states(
        &c.report,
        &[("空调温度设置", Done), ("部分单位未按", InProgress)],
    );
}
