//! Shapes met in session 56. Every notice here is my own, and each test
//! fails on the converter of the session's start (51c6946).

mod common;

use common::{assert_states, convert, problems};
use rectify_core::model::{NodeKind, Status};

use Status::*;

/// The titles of the report's items (the notice's text, no problems).
fn items(r: &rectify_core::model::Report) -> Vec<&str> {
    r.walk()
        .filter(|n| n.kind == NodeKind::Item)
        .map(|n| n.title.as_str())
        .collect()
}

/// An audit announcement lists its findings, then answers each in a later
/// section by naming it again (`（一）关于“…”问题的整改情况`): four
/// problems, each in the state its answer gives, not eight. The findings
/// stay in the report as its text.
#[test]
fn findings_answered_one_by_one_later_are_not_counted_twice() {
    let r = convert(
        "某县审计局关于县人民医院财务收支审计发现问题整改情况的公告\n\
         一、审计发现的主要问题\n\
         （一）医疗收费项目设置不合规。抽查发现自立项目收费12项。\n\
         （二）大型设备采购论证不充分。2台设备使用率不足三成。\n\
         （三）往来款项长期挂账。应收款项280万元挂账超过三年。\n\
         二、审计发现问题的整改情况\n\
         （一）关于“医疗收费项目设置不合规”问题的整改情况\n\
         医院已停止自立项目收费，对多收取的费用逐笔核对，已于2025年5月全部退还患者，并修订了收费项目管理办法，已整改完成。\n\
         （二）关于“大型设备采购论证不充分”问题的整改情况\n\
         正在修订设备采购论证办法，计划于2025年10月底前完成。\n\
         （三）关于“往来款项长期挂账”问题的整改情况\n\
         已清理收回120万元，其余款项正在清理中，对确实无法收回的款项按程序报批核销。\n",
    );
    assert_states(
        &r,
        &[
            ("关于“医疗收", Done),
            ("关于“大型设", InProgress),
            ("关于“往来款", InProgress),
        ],
    );
    assert_eq!(
        items(&r),
        [
            "医疗收费项目设置不合规。",
            "大型设备采购论证不充分。",
            "往来款项长期挂账。"
        ]
    );
}

/// A finding the later section does not answer stays a problem, not
/// started; the answered ones are counted once.
#[test]
fn a_finding_left_unanswered_stays_a_problem() {
    let r = convert(
        "关于巡察整改“回头看”发现问题及整改进展的通报\n\
         一、“回头看”发现的问题\n\
         1.党费收缴不规范。有2个支部未按标准收缴党费。\n\
         2.“三会一课”记录不全。部分支部会议记录缺失。\n\
         3.意识形态阵地管理薄弱。宣传栏内容长期未更新。\n\
         二、整改进展\n\
         （一）关于党费收缴不规范的问题。已按标准补缴，目前已整改到位。\n\
         （二）关于“三会一课”记录不全的问题。正在组织各支部补全记录。\n",
    );
    assert_states(
        &r,
        &[
            ("意识形态阵地", NotStarted),
            ("关于党费收缴", Done),
            ("关于“三会一", InProgress),
        ],
    );
    assert_eq!(problems(&r).len(), 3);
}

/// One finding under a title naming the class (`一、“回头看”发现的问题` ›
/// `1.…不规范。…`) is a section's one problem, as two would be: not a
/// problem of its own with the finding as its measure, done.
#[test]
fn a_lone_finding_under_a_class_title_is_a_problem() {
    let r = convert(
        "关于巡察整改“回头看”发现问题的通报\n\
         一、“回头看”发现的问题\n\
         1.整改台账管理不规范。有3个单位的整改台账未及时更新。\n\
         二、整改落实情况\n\
         （一）关于公务接待超标准的问题。\n整改情况：已完成整改。\n",
    );
    assert_states(&r, &[("整改台账管理", NotStarted), ("关于公务接待", Done)]);
}

/// A problem whose deadline is stated only in its measures (`三是…计划于
/// 2025年9月底前全部完成。` on a line of its own) is due when the last of
/// them is: 51c6946 gave the measure its date and the problem none.
#[test]
fn a_problem_is_due_when_its_last_measure_is() {
    let r = convert(
        "中共某县林业局党组关于县委巡察反馈意见整改进展情况的通报\n\
         一、巡察反馈问题整改落实情况\n\
         （一）关于森林防火设施管护不到位的问题\n\
         整改情况：一是对全县防火通道开展排查，修复损毁路段12公里；二是补充配备扑火机具；\n\
         三是建立防火设施日常巡护制度。目前，剩余3处瞭望塔正在维修，计划于2025年9月底前全部完成。\n\
         （二）关于林木采伐审批不规范的问题\n\
         整改情况：已修订采伐审批流程，完成整改。\n",
    );
    let deadlines: Vec<Option<&str>> = r
        .walk()
        .filter(|n| n.kind == NodeKind::Problem)
        .map(|n| n.deadline.as_deref())
        .collect();
    assert_eq!(deadlines, [Some("2025-09-30"), None]);
}

/// Cases printed as fields one per line under a serial heading (`一、序号：1`
/// › `受理编号：…` `交办问题：…` `整改状态：…`) are titled by the problem
/// field, not `序号：1` as on 51c6946; the serial opens their text.
#[test]
fn a_case_headed_by_its_serial_is_titled_by_its_problem_field() {
    let r = convert(
        "某县生态环境保护督察交办信访件办理情况公示\n\
         截至目前，已办结1件，阶段办结1件。\n\
         一、序号：1\n受理编号：X2024001\n\
         交办问题：某村养殖场粪污直排河道，河水发臭。\n\
         调查核实情况：经现场核查，情况属实。\n\
         处理和整改情况：已责令停产并清运粪污，河道水质恢复。\n整改状态：已办结\n\
         二、序号：2（重点件）\n受理编号：D2024002\n\
         交办问题：某砂石厂夜间生产噪声扰民。\n\
         处理和整改情况：隔音设施正在安装。\n整改状态：阶段办结\n",
    );
    assert_eq!(
        problems(&r),
        [
            "某村养殖场粪污直排河道，河水发臭。",
            "某砂石厂夜间生产噪声扰民。"
        ]
    );
    let first = r.walk().find(|n| n.kind == NodeKind::Problem).unwrap();
    assert!(
        first.body.starts_with("序号：1\n\n受理编号：X2024001"),
        "{}",
        first.body
    );
    assert_states(&r, &[("某村养殖场粪", Done), ("某砂石厂夜间", InProgress)]);
}

/// A plan's month printed without its year (`计划12月底前完成`) looks ahead
/// from the notice's date: December of its year, and `计划3月底前` next
/// March. 51c6946 gave these problems no deadline.
#[test]
fn a_plans_month_without_its_year_is_the_next_such_month() {
    let r = convert(
        "某县城乡环境整治督查通报\n\
         截至2025年11月15日，督查组反馈的3个问题中，已整改到位1个，正在整改2个。\n\
         一、督查发现问题整改情况\n\
         1.集镇主街占道经营问题突出。已全部清理，整改到位。\n\
         2.垃圾中转站渗滤液收集池防渗不到位。防渗池改造正在推进，计划12月底前完成。\n\
         3.河道两岸违建养殖棚未拆除。已拆除5处，剩余2处正在协调，计划于3月底前全部拆除。\n\
         某县人民政府办公室\n2025年11月20日\n",
    );
    let deadlines: Vec<Option<&str>> = r
        .walk()
        .filter(|n| n.kind == NodeKind::Problem)
        .map(|n| n.deadline.as_deref())
        .collect();
    assert_eq!(deadlines, [None, Some("2025-12-31"), Some("2026-03-31")]);
}

/// A finding's lapse of time (`…已超过1年，仍未办理竣工决算`) is no result:
/// its section still lists findings only, answered later and counted once.
/// An owner said in a sentence (`责任单位为县卫健局财务科。`) is read as
/// the keyed one is.
#[test]
fn a_lapse_is_no_result_and_an_owner_may_be_said() {
    let r = convert(
        "关于县卫健局预算执行审计发现问题整改情况的公告\n\
         一、审计发现的主要问题\n\
         （一）基建项目未及时办理竣工决算。2个项目完工交付使用已超过1年，仍未办理竣工财务决算。\n\
         （二）部分医疗设备闲置。3台设备购置后使用率不足一成。\n\
         二、整改落实情况\n\
         （一）关于“基建项目未及时办理竣工决算”的问题\n\
         责任单位为县卫健局财务科。目前已完成1个项目的决算审核，另1个正在审核中。\n\
         （二）关于“部分医疗设备闲置”的问题\n\
         责任单位为县人民医院。已将3台设备调剂至乡镇卫生院使用，该问题已整改到位。\n",
    );
    assert_states(&r, &[("关于“基建项", InProgress), ("关于“部分医", Done)]);
    let owners: Vec<Vec<String>> = r
        .walk()
        .filter(|n| n.kind == NodeKind::Problem)
        .map(|n| n.owners.clone())
        .collect();
    assert_eq!(owners, [vec!["县卫健局财务科"], vec!["县人民医院"]]);
}

/// A problem that names no owner takes its measures' (`整改措施：…（责任
/// 单位：镇党政办、镇纪委）`); the signature above a closing contact note
/// (`（联系人：…，联系电话：…）`) dates the notice, so a plan's month
/// (`计划11月底前完成`) is dated too. 51c6946 read neither.
#[test]
fn owners_come_from_measures_and_a_contact_note_does_not_hide_the_signature() {
    let r = convert(
        "中共某镇委员会关于巡察反馈意见整改情况的通报\n\
         一、反馈问题整改情况\n\
         1.“三重一大”事项集体决策程序不规范。\n\
         整改措施：修订集体决策制度，明确议事程序（责任单位：镇党政办、镇纪委）。\n\
         整改情况：该问题已整改完成。\n\
         2.村级财务监管存在薄弱环节。\n\
         整改措施：推行村级财务“双签”制度（责任单位：镇财政所）。\n\
         整改情况：正在开展专项清理，计划11月底前完成。\n\
         中共某镇委员会\n2026年10月9日\n（联系人：刘某某，联系电话：0794-8221234）\n",
    );
    let owners: Vec<(Vec<String>, Option<String>)> = r
        .walk()
        .filter(|n| n.kind == NodeKind::Problem)
        .map(|n| (n.owners.clone(), n.deadline.clone()))
        .collect();
    assert_eq!(
        owners,
        [
            (vec!["镇党政办".to_string(), "镇纪委".to_string()], None),
            (vec!["镇财政所".to_string()], Some("2026-11-30".to_string())),
        ]
    );
    assert_eq!(r.meta.published.as_deref(), Some("2026-10-09"));
}

/// Answers that name their finding in the sentence of their report
/// (`1.针对…老化问题，已更换…`) answer it as a heading does.
#[test]
fn answers_naming_the_finding_in_their_first_clause_count_once() {
    let r = convert(
        "关于县水利局防汛安全检查发现问题整改情况的通报\n\
         一、检查发现的问题\n\
         1.部分水库雨水情测报设施损坏。4座小型水库水位计失灵。\n\
         2.山洪灾害预警广播覆盖不全。9个自然村未安装预警广播。\n\
         二、问题整改情况\n\
         1.针对部分水库雨水情测报设施损坏问题，已更换水位计4台，该问题已整改完成。\n\
         2.针对山洪灾害预警广播覆盖不全问题，已安装5个村，其余4个村正在安装。\n",
    );
    assert_states(&r, &[("针对部分水库", Done), ("针对山洪灾害", InProgress)]);
}

/// Unnumbered paragraphs that name their problem in the first clause
/// (`关于…问题，县财政局已…`) are problems as `关于…的问题。…` ones are, also
/// first under their heading; the clause is the title, so a plan in the
/// report dates it. A later section restating the open ones names no more.
#[test]
fn problems_named_in_a_first_clause_are_problems() {
    let r = convert(
        "关于2024年度县本级预算执行审计查出问题整改情况的报告\n\
         二、审计查出问题的整改情况\n\
         （一）预算执行方面\n\
         关于部分非税收入未及时缴库的问题。县财政局已督促相关单位全部缴库，该问题已整改完成。\n\
         关于政府债务还本付息压力较大问题，县财政局已制定风险化解方案，该问题需长期坚持。\n\
         （二）专项资金方面\n\
         关于乡村振兴补助资金闲置问题，县农业农村局已支出1137.6万元，剩余资金对应项目正在推进，计划于2026年3月31日前完成整改。\n\
         关于部分项目资金未按规定用途使用的问题。县水利局已将资金归还原渠道，已整改完成。\n\
         三、尚未完成整改问题的原因及下一步措施\n\
         （一）关于乡村振兴补助资金闲置的问题。主要原因是项目建设进度滞后。\n\
         （二）关于政府债务还本付息压力较大的问题。主要原因是债务化解周期较长。\n",
    );
    assert_states(
        &r,
        &[
            ("关于部分非税", Done),
            ("关于政府债务", LongTerm),
            ("关于乡村振兴", InProgress),
            ("关于部分项目", Done),
        ],
    );
    let village = r
        .walk()
        .find(|n| n.title.starts_with("关于乡村振兴"))
        .unwrap();
    assert_eq!(village.title, "关于乡村振兴补助资金闲置问题，");
    assert_eq!(village.deadline.as_deref(), Some("2026-03-31"));
}

/// Problems numbered `1.` again under groups numbered `1.` that name a
/// domain's problems (`1.贯彻落实…方面的问题`): a report or an owners note
/// right under a problem that states a shortcoming (`1.…推进不够有力，…。`
/// › `责任单位：…` › `整改进展：…`) is the problem's, not the group's, and
/// the groups are focus areas. 51c6946 read the first group as a problem
/// with its problems as measures.
#[test]
fn an_owners_note_under_a_stated_problem_is_its_own() {
    let r = convert(
        "关于市委巡察整改进展情况的通报\n\
         二、巡察反馈问题整改情况\n\
         1.贯彻落实上级决策部署方面的问题\n\
         1.文化旅游融合发展推进不够有力，重点项目储备不足。\n\
         责任单位：产业发展科\n\
         整改进展：已完成整改。\n\
         2.安全生产监管存在盲区，景区隐患排查不彻底。整改进展：已完成整改。\n\
         2.落实全面从严治党责任方面的问题\n\
         1.财务管理不够规范，个别报销凭证附件不全。\n\
         责任单位：财务审计科\n\
         整改进展：正在整改。\n\
         2.公务用车登记不完整。整改进展：已完成整改。\n",
    );
    assert_states(
        &r,
        &[
            ("文化旅游融合", Done),
            ("安全生产监管", Done),
            ("财务管理不够", InProgress),
            ("公务用车登记", Done),
        ],
    );
    let owners: Vec<(String, Vec<String>)> = r
        .walk()
        .filter(|n| !n.owners.is_empty())
        .map(|n| (n.title.chars().take(6).collect(), n.owners.clone()))
        .collect();
    assert_eq!(
        owners,
        [
            ("文化旅游融合".to_string(), vec!["产业发展科".to_string()]),
            ("财务管理不够".to_string(), vec!["财务审计科".to_string()]),
        ]
    );
}

/// A problem whose title ends in `过长` or `短缺` states a shortcoming
/// as `…不足` does: under a group naming a domain's problems, with its
/// measures `（1）…` `（2）…` below it, its report is its own, and the
/// group is a focus area (51c6946: a problem with its problems as
/// measures).
#[test]
fn titles_ending_too_long_or_short_of_state_a_shortcoming() {
    let r = convert(
        "关于市委巡察整改进展情况的通报\n\
         二、巡察反馈问题整改情况\n\
         1.领导班子建设和干部队伍建设方面的问题\n\
         1.部分关键岗位人员任职时间过长。\n责任单位：人事科\n\
         （1）全面梳理关键岗位人员任职年限。\n（2）完善干部交流轮岗制度。\n\
         整改进展：正在推进，计划于2026年第二季度完成。\n\
         2.基层党组织建设不够规范，组织生活质量不高。\n整改措施：\n\
         1.开展基层党组织规范化建设专项检查。\n2.组织党支部书记集中培训。\n\
         整改进展：已完成整改。\n\
         3.文物保护领域专业人才短缺。\n\
         （1）制定专业人才引进计划。\n（2）与本地高校共建实训基地。\n\
         整改进展：已落实到位。已引进紧缺专业人才8名。\n",
    );
    assert_states(
        &r,
        &[
            ("部分关键岗位", InProgress),
            ("基层党组织建", Done),
            ("文物保护领域", Done),
        ],
    );
}

/// A unit's findings in one paragraph (`一是…；二是…；三是…。`) under its
/// heading counting them (`（一）青溪县（3个）`), answered in the next
/// paragraph by number (`整改情况：第一个问题已…；第二个问题正在…`): one
/// problem each, in its answer's state. 51c6946 read each unit as one
/// problem.
#[test]
fn findings_counted_by_their_unit_and_answered_by_number() {
    let r = convert(
        "关于全市安全生产专项督查发现问题整改落实情况的通报\n\
         共发现问题5个，已整改到位3个，正在整改2个。\n\
         一、督查发现问题整改情况\n\
         （一）青溪县（3个）\n\
         一是老旧小区电动自行车充电设施覆盖不足；二是部分危化品企业未建立重大危险源台账；三是2处在建工地塔吊监控系统未正常运行。\n\
         整改情况：第一个问题已新建充电桩86个，整改到位；第二个问题正在组织企业补建台账，计划12月20日前完成；第三个问题已修复监控系统，整改到位。\n\
         （二）石门县（2个）\n\
         一是尾矿库在线监测数据上传不及时；二是部分临水临崖路段防护栏缺失。\n\
         整改情况：第一个问题已接入市级监管平台，整改到位；第二个问题正在实施防护栏增设工程。\n\
         市政府督查室\n2025年11月3日\n",
    );
    assert_states(
        &r,
        &[
            ("老旧小区电动", Done),
            ("部分危化品企", InProgress),
            ("2处在建工地", Done),
            ("尾矿库在线监", Done),
            ("部分临水临崖", InProgress),
        ],
    );
}
