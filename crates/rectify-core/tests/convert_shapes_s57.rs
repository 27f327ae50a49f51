//! Shapes met in session 57. Every notice here is my own, and each test
//! fails on the converter of the session's start (6f31814).

mod common;

use common::{assert_states, convert, problem, stated_triple};
use rectify_core::model::{NodeKind, Report, Status};

use Status::*;

fn kinds_under<'a>(r: &'a Report, opening: &str) -> Vec<(&'a str, NodeKind)> {
    let n = r
        .walk()
        .find(|n| n.title.starts_with(opening))
        .unwrap_or_else(|| panic!("no node {opening}"));
    n.children
        .iter()
        .map(|c| (c.title.as_str(), c.kind))
        .collect()
}

/// `1.…方面的问题` groups, numbered as their problems are: the second
/// group is the first's sibling, not one more problem of it, and a group
/// with one problem groups it as two would be.
#[test]
fn domain_groups_numbered_as_their_problems_stay_groups() {
    let r = convert(
        "中共某镇委员会关于巡察反馈问题整改情况的通报\n\
         一、问题整改落实情况\n\
         1.党的建设方面的问题\n\
         1.基层党组织建设不够有力。\n\
         责任单位：镇党政办\n\
         整改进展：已完成整改，制定了村党支部考评办法。\n\
         2.财务管理方面的问题\n\
         1.公务接待管理不规范。\n\
         整改进展：正在推进，计划2026年3月底前完成。\n\
         2.专项资金拨付滞后。\n\
         整改进展：已完成整改。\n",
    );
    assert_states(
        &r,
        &[
            ("基层党组织建", Done),
            ("公务接待管理", InProgress),
            ("专项资金拨付", Done),
        ],
    );
    let areas: Vec<&str> = r
        .walk()
        .filter(|n| n.kind == NodeKind::FocusArea)
        .map(|n| n.title.as_str())
        .collect();
    assert_eq!(areas, ["党的建设方面的问题", "财务管理方面的问题"]);
    assert_eq!(problem(&r, "基层").owners, ["镇党政办"]);
}

/// A report that ends on the problem named after the time it is said at
/// (`目前该问题已整改完成`) is the report's verdict, whatever orders its
/// measures gave on the way (`约谈并限期整改`).
#[test]
fn a_verdict_after_the_time_names_the_problem() {
    let r = convert(
        "中共某镇委员会关于巡察反馈意见整改进展情况的通报\n\
         一、巡察反馈问题的整改落实情况\n\
         1.村级党组织组织生活制度落实不到位的问题。\n\
         整改情况：一是开展专项督查；二是对会议记录不完整的5个村党组织进行约谈并限期整改；三是编印工作指引。目前该问题已整改完成。\n\
         2.党员教育管理落实不到位的问题。\n\
         整改情况：一是开展集中轮训；二是对3名党员限期整改。目前该问题正在整改。\n",
    );
    assert_states(&r, &[("村级党组织组", Done), ("党员教育管理", InProgress)]);
}

/// A measure that is one sentence plans its date in its title
/// (`预计2026年1月底前投入使用`): the measure is due then, and so is its
/// problem, which states no date of its own.
#[test]
fn a_measure_plans_its_date_in_its_own_sentence() {
    let r = convert(
        "某医院党委关于巡察反馈意见整改情况的公示\n\
         一、反馈问题整改落实情况\n\
         （一）医疗服务行为监管不够到位。\n\
         1.开展专项治理，完成首轮处方点评。已完成。\n\
         2.上线处方前置审核系统，目前正在推进，预计2026年1月底前投入使用。\n",
    );
    let p = problem(&r, "医疗服务");
    assert_eq!(p.deadline.as_deref(), Some("2026-01-31"));
    assert_eq!(p.children[1].deadline.as_deref(), Some("2026-01-31"));
    assert_eq!(p.status, Some(InProgress));
}

/// An owner whose name has brackets of its own (`各县（区）人民政府`) is
/// read whole, while a note's closing bracket still ends the value.
#[test]
fn an_owner_keeps_the_brackets_of_its_name() {
    let r = convert(
        "某市关于生态环境保护督察反馈问题整改落实情况的公示\n\
         1.问题：秸秆露天焚烧屡禁不止。\n\
         责任单位：市农业农村局、各县（区）人民政府\n\
         整改进展：已完成。\n\
         2.问题：饮用水水源地保护区内仍有违法建筑。\n\
         整改进展：已完成拆除。（责任单位：东湖区人民政府）\n",
    );
    assert_eq!(
        problem(&r, "秸秆").owners,
        ["市农业农村局", "各县（区）人民政府"]
    );
    assert_eq!(problem(&r, "饮用水").owners, ["东湖区人民政府"]);
}

/// Measures each with its keyed report, glued in one paragraph under the
/// problem (`（1）…。整改情况：已完成。（2）…。整改情况：正在推进。`), or
/// printed apart: each measure takes its own report, and the problem is
/// done only when all are — not by its last report alone.
#[test]
fn measures_reported_one_by_one_decide_the_problem_together() {
    for text in [
        "某医院党委关于巡察反馈意见整改情况的公示\n\
         一、具体落实情况\n\
         （一）设备采购管理制度执行不严格。\n\
         （1）修订采购管理办法。整改情况：已完成。（2）对采购项目开展回头看。整改情况：正在推进，计划于2026年3月底前完成。（3）建立效益评价制度。整改情况：已完成。\n\
         （二）公务用车管理混乱。\n\
         （1）建立用车台账。整改情况：已完成。（2）安装定位系统。整改情况：已完成。\n",
        "某医院党委关于巡察反馈意见整改情况的公示\n\
         一、具体落实情况\n\
         （一）设备采购管理制度执行不严格。\n\
         （1）修订采购管理办法。\n\
         整改情况：已完成。\n\
         （2）对采购项目开展回头看。\n\
         整改情况：正在推进，计划于2026年3月底前完成。\n\
         （3）建立效益评价制度。\n\
         整改情况：已完成。\n\
         （二）公务用车管理混乱。\n\
         （1）建立用车台账。\n\
         整改情况：已完成。\n\
         （2）安装定位系统。\n\
         整改情况：已完成。\n",
    ] {
        let r = convert(text);
        assert_states(&r, &[("设备采购管理", InProgress), ("公务用车管理", Done)]);
        let first = problem(&r, "设备采购");
        let measures: Vec<(&str, Option<Status>)> = first
            .children
            .iter()
            .map(|m| (m.title.as_str(), m.status))
            .collect();
        assert_eq!(
            measures,
            [
                ("修订采购管理办法。", Some(Done)),
                ("对采购项目开展回头看。", Some(InProgress)),
                ("建立效益评价制度。", Some(Done)),
            ]
        );
        assert_eq!(first.deadline.as_deref(), Some("2026-03-31"));
    }
}

/// Findings grouped under areas in the first section (`（一）预算编制方面`
/// › `1.…`), answered one by one in a later section (`（一）关于…的问题`):
/// counted once, by the answers; the one finding no answer names stays a
/// problem, not started, and its area with it.
#[test]
fn findings_grouped_by_area_answered_later_are_counted_once() {
    let r = convert(
        "某县审计局关于2024年度预算执行审计查出问题整改情况的公告\n\
         一、审计发现的主要问题\n\
         （一）预算编制方面\n\
         1.部分项目预算编制不够细化。31个项目未细化，涉及4286万元。\n\
         2.代编预算规模较大。年初代编预算2.15亿元。\n\
         （二）资产管理方面\n\
         1.部分单位未按规定执行政府采购程序。涉及596万元。\n\
         2.部分单位固定资产账实不符。差额218万元。\n\
         二、整改情况\n\
         （一）关于部分项目预算编制不够细化的问题\n\
         31个项目预算已全部细化到位，该问题已完成整改。\n\
         （二）关于代编预算规模较大的问题\n\
         代编预算规模已压减，此项工作需长期坚持。\n\
         （三）关于部分单位未按规定执行政府采购程序的问题\n\
         相关单位已作出书面检查，该问题已整改到位。\n",
    );
    assert_states(
        &r,
        &[
            ("部分单位固定", NotStarted),
            ("关于部分项目", Done),
            ("关于代编预算", LongTerm),
            ("关于部分单位", Done),
        ],
    );
    assert_eq!(
        kinds_under(&r, "预算编制方面"),
        [
            ("部分项目预算编制不够细化。", NodeKind::Item),
            ("代编预算规模较大。", NodeKind::Item)
        ]
    );
    let area = r.walk().find(|n| n.title == "预算编制方面").unwrap();
    assert_eq!(area.kind, NodeKind::Item);
}

/// A section whose title names no problems (`二、具体落实情况`) over
/// sentences that state a shortcoming, each over numbered actions: the
/// sentences are the problems, the actions their measures; the account
/// of the work before it stays text.
#[test]
fn findings_over_actions_in_a_section_with_no_keyword() {
    let r = convert(
        "某医院党委关于巡察整改情况的公示\n\
         一、整改工作总体情况\n\
         医院党委成立整改工作领导小组，制定整改方案。\n\
         二、具体落实情况\n\
         （一）医疗服务行为监管不够到位。\n\
         1.开展专项治理，完成首轮处方点评。已完成。\n\
         2.上线处方前置审核系统，目前正在推进。\n\
         （二）医德医风建设抓得不够实。\n\
         1.建立医德考评档案。已完成。\n",
    );
    assert_states(&r, &[("医疗服务行为", InProgress), ("医德医风建设", Done)]);
    assert_eq!(
        kinds_under(&r, "医疗服务"),
        [
            ("开展专项治理，完成首轮处方点评。", NodeKind::Measure),
            ("上线处方前置审核系统，目前正在推进。", NodeKind::Measure)
        ]
    );
}

/// A table's status cell that says the work is unfinished and then, in
/// its reason, that it has not begun (`未完成（原因：…，整改工作尚未启动）`):
/// not started, not under way.
#[test]
fn an_unfinished_cell_whose_reason_says_nothing_began_is_not_started() {
    let r = convert(
        "某县交通运输局关于县委巡察反馈问题整改情况的公示\n\
         序号\t问题描述\t整改措施\t责任单位\t整改时限\t完成情况\n\
         1\t农村公路养护资金使用不规范\t修订资金管理办法\t财务审计股\t2025年12月底\t已完成\n\
         2\t历史遗留工程欠款清偿进度缓慢\t制定分年度清偿计划\t财务审计股\t2026年3月底\t未完成（原因：涉及债务主体重组，整改工作尚未启动）\n\
         3\t超限运输治理不到位\t开展联合执法\t路政执法大队\t2026年6月底\t未完成（正在开展联合执法）\n",
    );
    assert_states(
        &r,
        &[
            ("农村公路养护", Done),
            ("历史遗留工程", NotStarted),
            ("超限运输治理", InProgress),
        ],
    );
}

/// Owners set in a measure's sentence (`明确镇自然资源所为责任单位`) are
/// the measure's and its problem's.
#[test]
fn owners_set_in_a_measures_sentence_are_read() {
    let r = convert(
        "中共某镇委员会关于巡察反馈问题整改情况的通报\n\
         一、反馈问题整改落实情况\n\
         1.耕地保护日常巡查制度落实不严格。\n\
         整改措施：（1）明确镇自然资源所为责任单位，各村配备专职巡查员；（2）建立巡查台账。整改情况：该问题已整改完成。\n\
         2.公务接待管理不规范。\n\
         整改措施：逐项明确责任领导、责任单位和完成时限。整改情况：已完成。\n",
    );
    assert_eq!(problem(&r, "耕地保护").owners, ["镇自然资源所"]);
    assert!(problem(&r, "公务接待").owners.is_empty());
}

/// A bulletin's per-unit counts are subtotals; its requirements section
/// is no problem, though a request for the account (`整改完成情况请于…前
/// 报…`) follows it; the time allowed without its year (`限12月15日前完成`)
/// is dated from the bulletin's date.
#[test]
fn a_bulletins_units_requirements_and_allowed_times() {
    let r = convert(
        "某市人民政府督查室关于安全生产问题整改情况的督查通报\n\
         本次督查共发现问题3个，截至11月30日，已整改到位2个，正在整改1个。\n\
         一、甲县（发现问题2个，已整改1个）\n\
         1.甲县某化工公司仓库未设置可燃气体报警装置。（已整改）\n\
         2.甲县某矿业公司尾矿库排洪设施淤堵未及时清理。\n\
         （正在整改，限12月15日前完成）\n\
         二、乙区（发现问题1个，已整改1个）\n\
         1.乙区某家具厂电气线路私拉乱接。（已整改）\n\
         三、下步要求\n\
         （一）压实整改责任。各地要对照问题清单逐项落实。\n\
         （二）加快整改进度。对正在整改的问题，要倒排工期。\n\
         整改完成情况请于12月25日前报市政府督查室。\n\
         某市人民政府督查室\n\
         2025年12月3日\n",
    );
    assert_states(
        &r,
        &[
            ("甲县某化工公", Done),
            ("甲县某矿业公", InProgress),
            ("乙区某家具厂", Done),
        ],
    );
    assert_eq!(stated_triple(&r), Some((3, 2, 1)));
    assert_eq!(
        problem(&r, "甲县某矿业").deadline.as_deref(),
        Some("2025-12-15")
    );
}

/// A notice signed jointly (two organisations, then the date) names both
/// as its issuer.
#[test]
fn a_joint_signature_names_each_signatory() {
    let r = convert(
        "关于生态环境保护督察反馈问题整改落实情况的督查通报\n\
         一、反馈问题整改情况\n\
         1.城区污水管网建设滞后。整改情况：已完成整改。\n\
         2.农村垃圾转运不及时。整改情况：正在整改。\n\
         中共某县委督查室\n\
         某县人民政府督查室\n\
         2024年7月12日\n",
    );
    assert_eq!(
        r.meta.issuer.as_deref(),
        Some("中共某县委督查室、某县人民政府督查室")
    );
}

/// A report that only gives the order to rectify (`已责令整改`) is under
/// way: the order is given, the rectification still to come.
#[test]
fn an_order_to_rectify_alone_is_under_way() {
    let r = convert(
        "某县关于督查发现问题整改情况的通报\n\
         一、督查发现问题整改情况\n\
         1.某企业危废贮存不规范。整改情况：已责令整改。\n\
         2.某加油站油气回收不正常。整改情况：已整改。\n",
    );
    assert_states(&r, &[("某企业危废贮", InProgress), ("某加油站油气", Done)]);
}

/// Keyed blocks under `（一）` headings (`审计指出：` `处理情况：` `承办单位：`
/// `目前状态：`) are the notice's own layout, not the cards of a form:
/// each heading is a problem, its owner keyed `承办单位`.
#[test]
fn keyed_blocks_under_headings_are_no_cards() {
    let r = convert(
        "某市水务局关于经济责任审计发现问题整改结果的公告\n\
         一、基本情况\n\
         市审计局对我局原主要负责人任期经济责任履行情况进行了审计。\n\
         二、主要事项及处理\n\
         （一）部分水利工程项目未按规定办理竣工决算\n\
         审计指出：4个水利工程项目未按规定办理竣工财务决算。\n\
         处理情况：已完成4个项目竣工财务决算审核。\n\
         承办单位：局规划建设科、局计划财务科\n\
         目前状态：已办结\n\
         （二）农村供水保障专项资金闲置\n\
         审计指出：专项资金612.35万元滞留在局本级账户。\n\
         处理情况：已拨付408.60万元，剩余资金正按工程进度拨付。\n\
         承办单位：局农村水利水电科\n\
         目前状态：办理中，预计2026年4月办结\n\
         （三）往来款项长期挂账未清理\n\
         审计指出：往来款项325.74万元长期挂账未清理。\n\
         处理情况：已清理收回281.30万元，其余按程序核销。\n\
         承办单位：局计划财务科\n\
         目前状态：已办结\n\
         某市水务局\n\
         2025年12月15日\n",
    );
    assert_states(
        &r,
        &[
            ("部分水利工程", Done),
            ("农村供水保障", InProgress),
            ("往来款项长期", Done),
        ],
    );
    assert_eq!(
        problem(&r, "部分水利").owners,
        ["局规划建设科", "局计划财务科"]
    );
    assert_eq!(
        problem(&r, "农村供水").deadline.as_deref(),
        Some("2026-04-30")
    );
}

/// `指出整改不到位问题5个` counts the problems of that kind: the notice's
/// total, with the counts after it — not the first round's recalled
/// before (`反馈问题18个，已于2024年底全部完成整改`).
#[test]
fn problems_short_of_rectification_counted_by_kind_are_the_total() {
    let r = convert(
        "中共某县农业农村局党组关于巡察整改“回头看”发现问题整改情况的通报\n\
         2024年县委第三巡察组反馈问题18个，已于2024年底全部完成整改。\n\
         今年9月，县委巡察办开展“回头看”，指出整改不到位问题3个。截至目前，已完成整改2个，正在整改1个。\n\
         一、“回头看”指出问题整改情况\n\
         （一）专题研讨存在流于形式的情况。\n\
         整改情况：已修订学习制度，该问题已完成整改。\n\
         （二）农田灌排设施损毁后未及时修复。\n\
         整改情况：已修复灌排设施，该问题已完成整改。\n\
         （三）涉农资金拨付进度滞后。\n\
         整改情况：正在整改，计划2025年12月底前完成。\n",
    );
    assert_eq!(stated_triple(&r), Some((3, 2, 1)));
}

/// A tag of its state on its own line under the problem's statement
/// (`【持续推进】`, `【阶段性进展】`) is its state, whatever the measures
/// below it report.
#[test]
fn a_state_tag_under_the_statement_is_the_problems_state() {
    let r = convert(
        "某集团党委关于巡视反馈意见整改进展情况的通报\n\
         一、落实决策部署方面\n\
         1.重大项目前期储备不足。【已完成】\n\
         主要措施：新增储备重大项目12个。\n\
         2.部分子公司资产负债率偏高。【持续推进】\n\
         主要措施：对6家高负债子公司实行管控，资产负债率下降1.8个百分点。\n\
         3.中层干部年龄结构老化。【阶段性进展】\n",
    );
    assert_states(
        &r,
        &[
            ("重大项目前期", Done),
            ("部分子公司资", InProgress),
            ("中层干部年龄", InProgress),
        ],
    );
}

/// A report by number that plans the rest (`第3项…计划2026年1月底前完成`)
/// gives the problem so numbered its deadline.
#[test]
fn a_report_by_number_plans_the_problems_deadline() {
    let r = convert(
        "某乡人民政府关于环保督察交办问题整改情况的报告\n\
         一、交办问题基本情况\n\
         1.某村养殖场粪污直排。\n\
         2.某采石场山体裸露。\n\
         3.某河道垃圾堆积。\n\
         二、整改进展\n\
         截至11月底，第1、3项问题已整改完成；第2项问题正在整改，计划2026年1月底前完成。\n",
    );
    assert_states(
        &r,
        &[
            ("某村养殖场粪", Done),
            ("某采石场山体", InProgress),
            ("某河道垃圾堆", Done),
        ],
    );
    assert_eq!(
        problem(&r, "某采石场").deadline.as_deref(),
        Some("2026-01-31")
    );
}

/// A category named by quoting the feedback (`（二）关于“…落实不到位”的
/// 问题`) over one finding with its own report groups it, as it does two:
/// the finding is the problem, not a measure.
#[test]
fn a_quoted_category_over_one_finding_groups_it() {
    let r = convert(
        "中共某市生态环境局党组关于市委巡察反馈意见整改进展情况的通报\n\
         一、反馈意见整改落实情况\n\
         （一）关于“贯彻落实生态文明思想不够深入”的问题\n\
         1.理论学习与工作实际结合不够紧密。\n\
         整改结果：已整改完成。\n\
         2.督察反馈问题整改跟踪督办不够有力。\n\
         整改结果：正在整改。\n\
         （二）关于“全面从严治党主体责任落实不到位”的问题\n\
         1.对下属事业单位党建工作指导不够。\n\
         整改结果：已整改完成。\n",
    );
    assert_states(
        &r,
        &[
            ("理论学习与工", Done),
            ("督察反馈问题", InProgress),
            ("对下属事业单", Done),
        ],
    );
}

/// After problems each one paragraph (`六是关于…的问题。…该问题已整改
/// 完成。`), the next steps before the closing count (`下一步，…对需要长期
/// 坚持的事项建立长效机制`) are the whole notice's, not the last problem's.
#[test]
fn next_steps_after_one_paragraph_problems_are_the_notices() {
    let r = convert(
        "某县档案馆关于县委巡察反馈问题整改情况的报告\n\
         现将整改情况报告如下：\n\
         一是关于档案安全管理制度落实不到位的问题。我馆修订了制度。该问题已整改完成。\n\
         二是关于馆藏档案数字化进度滞后的问题。目前正在推进。\n\
         三是关于干部职工业务培训开展不足的问题。我馆开展培训2次。该问题已整改完成。\n\
         下一步，我馆将对正在推进的整改事项加快进度，对需要长期坚持的事项建立健全长效机制。\n\
         反馈的3个问题中，已完成整改2个，正在整改1个。\n\
         某县档案馆\n\
         2025年12月1日\n",
    );
    assert_states(
        &r,
        &[
            ("关于档案安全", Done),
            ("关于馆藏档案", InProgress),
            ("关于干部职工", Done),
        ],
    );
    let last = problem(&r, "关于干部职工");
    assert!(!last.body.contains("下一步"), "{}", last.body);
    assert_eq!(
        last.status_evidence.as_ref().map(|e| e.rule.as_str()),
        Some("done_phrase")
    );
}

/// A total's kinds in brackets after it (`反馈问题共11个（共性问题4个、
/// 个性问题7个）`) are its breakdown, not more problems; a plan said with
/// `将于` (`剩余…将于2026年3月底前完成`) dates the problem.
#[test]
fn a_totals_bracketed_kinds_and_a_plan_said_with_jiangyu() {
    let r = convert(
        "某集团党委关于市委巡察反馈问题整改情况的通报\n\
         截至11月30日，反馈问题共3个（共性问题1个、个性问题2个），已完成整改2个，正在整改1个。\n\
         一、共性问题整改情况\n\
         （一）议事规则执行不严格。\n\
         整改情况：已修订议事规则，该问题已完成整改。\n\
         二、个性问题整改情况\n\
         （一）某置业公司工程款结算滞后。\n\
         整改情况：基本完成，剩余3个项目将于2026年3月底前完成结算。\n\
         （二）某水务公司管网巡检记录不全。\n\
         整改情况：已补齐巡检记录，该问题已完成整改。\n",
    );
    assert_eq!(stated_triple(&r), Some((3, 2, 1)));
    assert_eq!(
        problem(&r, "某置业").deadline.as_deref(),
        Some("2026-03-31")
    );
}

/// Units' paragraphs, each its findings and its own keyed report
/// (`柳塘镇：一是…；二是…。整改情况：第一个问题已整改，第二个问题正在整改。`,
/// `石岭乡：…。整改情况：已整改。`): findings by unit, each answered by its
/// number — not one problem per unit.
#[test]
fn units_findings_each_with_the_units_keyed_report() {
    let r = convert(
        "某县安全生产委员会办公室关于安全生产督查发现问题整改情况的通报\n\
         督查组共发现问题5处，已整改3处，正在整改2处。\n\
         一、典型问题及整改情况\n\
         柳塘镇：一是镇区农贸市场消防通道被摊位占用；二是辖区废弃砖厂围挡缺失。整改情况：第一个问题已整改，第二个问题正在整改。\n\
         石岭乡：乡卫生院配电房堆放杂物，应急照明灯损坏未及时更换。整改情况：已整改。\n\
         县交通运输局：一是客运车辆动态监控报警处置记录不完整；二是县道临水临崖路段缺少护栏。整改情况：第一个问题已整改，第二个问题正在整改。\n",
    );
    assert_states(
        &r,
        &[
            ("镇区农贸市场", Done),
            ("辖区废弃砖厂", InProgress),
            ("乡卫生院配电", Done),
            ("客运车辆动态", Done),
            ("县道临水临崖", InProgress),
        ],
    );
}

/// Problems numbered as measures are (`①…`) right under a section, each
/// with its measures and its progress keyed on the same line (`整改措施：…；
/// 目前进度：已销号`): each is a problem with its report, not a measure of
/// the section.
#[test]
fn circled_problems_with_keyed_measures_and_progress() {
    let r = convert(
        "某街道关于区委巡察反馈问题整改落实情况的公告\n\
         一、整改工作总体情况\n\
         街道党工委成立整改工作领导小组。\n\
         二、对照问题清单逐项销号\n\
         ①部分社区党组织会议记录不规范。整改措施：统一印发会议记录模板；目前进度：已销号\n\
         ②老旧小区加装电梯工作推进缓慢。整改措施：建立台账，逐栋协调；目前进度：完成60%\n\
         ③社区网格员业务培训覆盖面不广。整改措施：制定年度轮训计划；目前进度：未启动，计划明年一季度启动\n\
         某街道办事处\n\
         2025年11月20日\n",
    );
    assert_states(
        &r,
        &[
            ("部分社区党组", Done),
            ("老旧小区加装", InProgress),
            ("社区网格员业", NotStarted),
        ],
    );
}

/// Counts of two rounds, then their sum (`本轮…问题4个，上轮…遗留问题3个，
/// 共7个`): the sum is the total the parts after it count.
#[test]
fn the_sum_after_two_rounds_counts_is_the_total() {
    let r = convert(
        "某局党组关于市委巡察整改进展情况的通报\n\
         本轮巡察反馈问题2个，上轮巡察遗留问题1个，共3个；目前已完成整改2个，正在推进1个。\n\
         【问题1】\n\
         公务用车使用登记不规范。\n\
         整改情况：已整改到位。\n\
         【问题2】\n\
         办公用房超标准配置。\n\
         整改情况：已整改到位。\n\
         【上轮巡察遗留问题】\n\
         【问题3】\n\
         资产账实不符。\n\
         整改情况：正在推进，计划2026年4月底前完成。\n",
    );
    assert_eq!(stated_triple(&r), Some((3, 2, 1)));
}

/// A measure that sets the date its work is done by (`于2026年6月30日前
/// 完成…`, no `已` before it) plans it; its problem takes the date.
#[test]
fn a_measure_sets_its_date_with_yu() {
    let r = convert(
        "某街道关于区委巡察反馈问题整改落实情况的公告\n\
         一、反馈问题整改情况\n\
         1.老旧小区加装电梯工作推进缓慢。\n\
         整改措施：建立台账，逐栋协调，于2026年6月30日前完成已立项电梯的加装。\n\
         整改情况：正在推进。\n\
         2.固定资产台账与实物不符。\n\
         整改措施：全面清查盘点，已于2025年9月底前完成清查。\n\
         整改情况：已完成整改。\n",
    );
    assert_eq!(
        problem(&r, "老旧小区").deadline.as_deref(),
        Some("2026-06-30")
    );
    assert_eq!(problem(&r, "固定资产").deadline, None);
}
