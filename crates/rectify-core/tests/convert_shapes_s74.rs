//! Shapes met in session 74. Every notice here is my own, and each test
//! fails on the converter of the session's start (95b9a4f).

mod common;

use common::{assert_accounted, convert, problem, problems};
use rectify_core::model::{NodeKind, Status};

use Status::*;

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

/// Lines that head a class of problems (`第一类问题：贯彻落实…不到位。`)
/// over a paragraph listing its findings, each with its state in brackets
/// at its end (`一是…（已完成）；二是…（正在推进，计划…）；`, or a finding
/// said in one clause, `二是年轻干部培养不足（长期坚持）。`): each class is
/// a group, each finding a problem.
#[test]
fn classes_of_problems_over_findings_tagged_with_their_state() {
    let text = "\
中共某某县供销合作社联合社党组关于巡察整改进展情况的通报

根据县委统一部署，县委第一巡察组对县供销社党组开展了常规巡察。现将整改进展情况公布如下。

一、整改工作总体情况

县供销社党组召开专题会议研究部署，制定整改方案，明确责任分工。

二、巡察反馈问题整改落实情况

第一类问题：贯彻落实党的路线方针政策不到位。

巡察指出的问题整改情况：一是服务“三农”主责主业不够聚焦，已制定综合服务提升方案（已完成）；二是农资保供机制不健全，正在修订农资储备管理办法（正在推进，计划2026年6月底前完成）；三是基层社改造进度滞后，已完成改造5个（已完成）。

第二类问题：全面从严治党“两个责任”落实不力。

巡察指出的问题整改情况：一是党组主体责任压得不实，已修订党组议事规则（已完成）；二是廉政风险排查不深入，已开展专项排查（已完成）。

第三类问题：干部队伍建设存在短板。

巡察指出的问题整改情况：一是干部交流轮岗不够，已制定轮岗计划（正在推进，计划2026年3月底前完成）；二是年轻干部培养不足（长期坚持）。

三、下一步工作打算

县供销社党组将持续巩固整改成果。

联系电话：0000-3336666
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 7, "{:#?}", problems(&r));
    assert_eq!(
        common::focus_areas(&r),
        [
            ("贯彻落实党的路线方针政策不到位。", 3),
            ("全面从严治党“两个责任”落实不力。", 2),
            ("干部队伍建设存在短板。", 2),
        ]
    );
    common::assert_states(
        &r,
        &[
            ("服务“三农”", Done),
            ("农资保供机制", InProgress),
            ("基层社改造进", Done),
            ("党组主体责任", Done),
            ("廉政风险排查", Done),
            ("干部交流轮岗", InProgress),
            ("年轻干部培养", LongTerm),
        ],
    );
}

/// A 督查通报's findings listed inline under each county (`存在问题：1.…；
/// 2.…（已现场整改）；3.…`), a few marked fixed on the spot and one
/// planning its completion (`…，县教育局已启动专项招录，计划2026年2月底前
/// 完成；`): the marked are done, the planned one is under way and the
/// rest, which say nothing of their work, are open; a harm the finding
/// tells (`施工单位已出现窝工`) is no result.
#[test]
fn a_bulletins_findings_beside_a_few_marked_fixed() {
    let text = "\
关于2025年市级民生实事项目推进情况的督查通报

各县区人民政府：

市政府督查室于11月下旬对青川县、临江区民生实事项目推进情况开展了专项督查。截至11月30日，全市32个民生项目，已完工21个，在建9个。现将督查情况通报如下：

一、青川县

青川县建立了项目推进机制，全县承担的市级民生实事项目6个，已完工4个。

存在问题：1.城东片区老旧小区改造项目进度滞后，年度计划改造的14个小区仅完工6个；2.乔庄镇中心敬老院消防通道被杂物堵塞（已现场整改）；3.部分村级供水站水质检测记录不全；4.城区新建的2所公办幼儿园保教人员未配备到位，县教育局已启动专项招录，计划2026年2月底前完成。

二、临江区

临江区将项目推进情况纳入年度目标考核。

存在问题：1.托育服务中心项目因选址调整，至今未开工；2.背街小巷改造项目施工现场围挡破损（已现场整改）；3.农贸市场提档升级项目资金拨付滞后，施工单位已出现窝工，存在停工风险。

三、整改要求

请各县区于2026年1月15日前将整改情况报市政府督查室。

联系电话：0000-3268107
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 7, "{:#?}", problems(&r));
    common::assert_states(
        &r,
        &[
            ("城东片区老旧", NotStarted),
            ("乔庄镇中心敬", Done),
            ("部分村级供水", NotStarted),
            ("城区新建的2", InProgress),
            ("托育服务中心", NotStarted),
            ("背街小巷改造", Done),
            ("农贸市场提档", NotStarted),
        ],
    );
    let planned = problem(&r, "公办幼儿园");
    assert_eq!(planned.deadline.as_deref(), Some("2026-02-28"));
}

/// A problem's measures numbered `1.` again under `整改情况：`, the second
/// opening with its verb (`2.建立…谈话制度，…`) while the first names a
/// domain in its words (`1.制定…全面从严治党主体责任清单…`): the second is
/// the next measure, not the next problem, and the verdict after the
/// measures (`目前，该问题已整改完成。`) is the problem's.
#[test]
fn a_measure_numbered_again_goes_on_with_the_measures() {
    let text = "\
关于柳塘街道巡察整改进展情况的通报

二、关于巡察反馈意见的落实情况

（一）关于“落实全面从严治党战略部署”方面

1.落实“两个责任”不够有力。党工委对全面从严治党工作研究部署不够经常，班子成员“一岗双责”落实不到位。

整改情况：

1.制定街道党工委落实全面从严治党主体责任清单，党工委每半年至少专题研究1次全面从严治党工作。（责任科室：党建办）

2.建立班子成员与分管科室、联系社区负责人廉政谈话制度，2025年以来开展廉政谈话53人次。

3.强化纪工委日常监督，运用第一种形态处理11人次。（责任科室：纪工委）

目前，该问题已整改完成。

2.财务管理不规范。部分支出报销手续不全。

整改情况：

1.修订财务管理办法。（责任科室：财政所）

目前正在推进，计划2026年6月底前完成。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 2, "{:#?}", problems(&r));
    let first = problem(&r, "两个责任");
    assert_eq!(first.children.len(), 3, "{:#?}", first.children);
    assert_eq!(first.owners, ["党建办", "纪工委"]);
    common::assert_states(&r, &[("落实“两个责", Done), ("财务管理不规", InProgress)]);
}

/// Measures each ending with a bracketed date, `（2025年2月完成）` for work
/// done and `（计划2026年6月完成）` for work planned: a planned one is under
/// way, and so is its problem, though another measure reports a result
/// (`目前已完成验收29个，剩余8个正在按计划推进。`).
#[test]
fn a_measure_tagged_with_its_plan_is_under_way() {
    let text = "\
中共江岚省林业局党组关于巡视整改进展情况的通报

根据省委统一部署，省委第五巡视组对省林业局党组开展了巡视。截至2025年4月30日，反馈的2个问题，已完成整改1个，1个正在推进。

二、巡视反馈问题整改落实情况

（一）关于“林业重点生态工程项目管理不规范”的问题

■ 对重点工程项目开展全面排查，梳理出未按期验收项目37个。（2024年11月完成）

■ 督促相关市县对未按期验收项目加快完成验收，目前已完成验收29个，剩余8个正在按计划推进。（计划2025年10月完成）

■ 建立工程项目全过程信息化监管系统。（计划2026年6月完成）

（二）关于“财政专项资金使用管理不严格”的问题

■ 对林业改革发展资金使用情况开展专项检查。（2024年12月完成）

■ 修订专项资金管理办法。（2025年2月完成）

联系电话：0000-8880000
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 2, "{:#?}", problems(&r));
    common::assert_states(&r, &[("关于“林业重", InProgress), ("关于“财政专", Done)]);
}

/// Classes of problems at the notice's top (`第二类问题：干部队伍建设有短板`)
/// over problems numbered `1.` again, the last class holding one: its
/// report (`整改情况：…该问题需长期坚持。`) is that problem's, not the
/// class's, whose label only looks like a problem's key (`问题：`).
#[test]
fn a_class_of_one_problem_leaves_the_report_to_it() {
    let text = "\
关于县文旅局巡察整改进展情况的通报

第一类问题：落实意识形态工作责任制不到位

1.意识形态阵地管理存在薄弱环节。整改情况：已对全县12个文化场馆宣传阵地开展排查，建立台账。该问题已整改完成。

2.网络舆情研判机制不健全。整改情况：正在修订舆情处置预案，计划2026年3月底前完成。

第二类问题：干部队伍建设有短板

1.专业技术人才缺乏。整改情况：已引进文博专业人才2名。该问题需长期坚持。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(
        common::focus_areas(&r),
        [
            ("落实意识形态工作责任制不到位", 2),
            ("干部队伍建设有短板", 1)
        ]
    );
    common::assert_states(
        &r,
        &[
            ("意识形态阵地", Done),
            ("网络舆情研判", InProgress),
            ("专业技术人才", LongTerm),
        ],
    );
}
