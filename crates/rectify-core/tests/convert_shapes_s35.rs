//! Shapes met in session 35. Every notice here is my own, one per shape,
//! and each test failed on the converter of the session's start (a044605).

mod common;

use common::{assert_accounted, assert_states, convert, problems};
use rectify_core::model::Status;

use Status::*;

/// Cases named after a word of the notice's own (`走访点位一：` and the
/// place's name), each finding stated on the field line below under a key
/// no rule knows (`看到什么：`), its report on another (`如今怎样：`).
#[test]
fn named_cases_whose_finding_is_the_field_line_below() {
    let text = "\
某区城市管理局关于“局长进社区”走访发现问题整改情况的通报
一、走访发现的问题及整改情况
走访点位一：东门菜市场
看到什么：市场外围占道经营摊点14处，早晚高峰行人无法通行。
做了什么：设置临时疏导区，配备协管员4名，每日巡查两次。
如今怎样：占道经营已清零，已整改到位。
走访点位二：滨河步道
看到什么：步道照明设施损坏23盏，夜间存在安全隐患。
做了什么：更换灯具23盏，纳入市政设施月度巡检。
如今怎样：已完成整改。
走访点位三：老城区背街小巷
看到什么：部分小巷雨污管网混接，雨天污水外溢。
做了什么：完成排查并制定改造方案，已改造3条。
如今怎样：其余5条正在施工，计划年底前完成，正在整改。
二、下一步工作
对仍在整改的点位每月调度一次，确保按期完成。
联系电话：0000-1234567
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("东门菜市场", Done),
            ("滨河步道", Done),
            ("老城区背街小", InProgress),
        ],
    );
    assert_eq!(problems(&r).len(), 3, "{:?}", problems(&r));
    assert_accounted(text, &r);
}

/// Units as numbered headings of their bare names over their numbered
/// findings, each answered in a later section by a paragraph opened by
/// its number and name and a full stop, in another order, by the finding's
/// number or for all.
#[test]
fn units_as_bare_headings_answered_by_name_and_full_stop() {
    let text = "\
某县人民政府督查室关于春季森林防火专项督查情况的通报
一、督查发现的问题
（一）县林业局
1.森林防火视频监控系统3处点位长期离线，未及时报修。
2.护林员巡山记录填写不规范，部分记录存在补记现象。
（二）青石镇
1.部分村防火检查站未落实进山人员登记制度。
2.扑火物资储备库灭火器材过期12件，未及时更换。
（三）县应急管理局
1.森林火灾应急预案未根据机构调整及时修订。
二、整改落实情况
截至4月底，5个问题中已整改到位3个，正在整改2个。
（一）青石镇。上述2个问题均已整改到位，补齐登记台账，更换灭火器材12件。
（二）县林业局。针对第1个问题，已完成2处点位维修，剩余1处正在更换设备；针对第2个问题，已整改到位，统一配发电子巡护终端。
（三）县应急管理局。该问题正在整改，预案修订稿已进入征求意见阶段。
三、下一步工作
对正在整改的问题每月调度一次。
联系电话：0000-7654321
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("森林防火视频", InProgress),
            ("护林员巡山记", Done),
            ("部分村防火检", Done),
            ("扑火物资储备", Done),
            ("森林火灾应急", InProgress),
        ],
    );
    assert_eq!(problems(&r).len(), 5, "{:?}", problems(&r));
    assert_eq!(r.stated_totals.as_ref().and_then(|t| t.total), Some(5));
    assert_accounted(text, &r);
}

/// A section of requirements after the problems (`三、有关要求`), its
/// items actions whose words mention unfinished work: no problems.
#[test]
fn a_section_of_requirements_holds_no_problems() {
    let text = "\
某市水利局关于河湖“清四乱”专项检查发现问题整改情况的通报
一、检查发现的问题及整改情况
1.南溪河道内违规堆放建筑垃圾约300立方米。已全部清运，整改到位。
2.北湖岸线存在违建钓鱼平台2处。已拆除，整改完成。
3.西渠部分河段水面漂浮物较多，保洁不到位。正在整改，已落实专职保洁人员。
二、有关要求
（一）抓好未完成事项整改。各责任单位要对尚未完成整改的事项倒排工期，确保按时完成。
（二）强化日常巡查。各级河长要按规定频次巡河，发现问题及时交办。
联系电话：0000-7654321
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("南溪河道内违", Done),
            ("北湖岸线存在", Done),
            ("西渠部分河段", InProgress),
        ],
    );
    assert_accounted(text, &r);
}

/// A list of problems, then a report under headings that name each
/// state's group (`（一）已完成整改的问题。`) and name the problems by
/// number: the headings are no problems, the totals the report's.
#[test]
fn state_group_headings_that_name_problems_by_number() {
    let text = "\
中共某乡委员会关于县委巡察反馈问题整改进展情况的通报
一、巡察反馈的问题
1.村级财务管理不规范，部分村存在白条入账现象。
2.集体资产台账不健全，3处闲置房屋未登记。
3.村级项目招投标程序不规范。
4.党员教育管理松散，部分支部“三会一课”记录不全。
二、整改进展情况
截至6月底，4个问题中已完成整改2个，正在整改1个，需长期坚持1个。
（一）已完成整改的问题。第1、2项已整改完成，清理白条23张，登记闲置房屋3处。
（二）正在整改的问题。第3项正在整改，已修订村级项目管理办法。
（三）需长期坚持的问题。第4项需长期坚持，已建立支部工作季度检查制度。
联系电话：0000-7654321
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("村级财务管理", Done),
            ("集体资产台账", Done),
            ("村级项目招投", InProgress),
            ("党员教育管理", LongTerm),
        ],
    );
    assert_eq!(r.stated_totals.as_ref().and_then(|t| t.total), Some(4));
    assert_accounted(text, &r);
}

/// A problem's heading whose words end on a colon (`具体表现为：`) over
/// numbered findings, each with its report on its own line: the findings
/// are the problems, the heading groups them.
#[test]
fn findings_brought_in_by_a_colon_each_reported_on_its_line() {
    let text = "\
某局党组关于巡察反馈意见整改进展情况的通报
一、关于落实新时代党的组织路线方面
（一）基层党组织建设不够扎实。具体表现为：
1. 部分支部“三会一课”制度落实不严格，会议记录不规范。整改情况：制定党支部工作手册，已完成整改。
2. 党建与业务工作融合不够，党建品牌创建成效不明显。整改情况：正在推进党建品牌创建。
（二）干部队伍建设存在短板。具体表现为：
1. 干部年龄结构偏大，年轻干部储备不足。整改情况：制定干部队伍建设规划，需长期坚持。
2. 干部人事档案管理不规范。整改情况：已完成档案专项审核，整改到位。
联系电话：0000-1234567
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("部分支部“三", Done),
            ("党建与业务工", InProgress),
            ("干部年龄结构", LongTerm),
            ("干部人事档案", Done),
        ],
    );
    assert_accounted(text, &r);
}

/// A summary of the tasks the problems were broken into, beside a total
/// of the problems stated alone: the problems' total is the report's.
#[test]
fn a_summary_of_tasks_is_not_the_problems_totals() {
    let text = "\
中共某县司法局党组关于县委巡察反馈问题整改进展情况的通报
5月10日，县委第二巡察组向县司法局党组反馈了巡察意见，共反馈问题3个。
局党组将3个问题细化分解为整改任务12项。截至9月底，12项整改任务中已完成10项，其余2项正在推进。
一、巡察反馈问题的整改情况
（一）普法责任制落实不到位，部分单位未按要求公开普法清单。整改情况：已督促18家单位公开普法清单，已完成整改。
（二）人民调解员队伍培训不足。整改情况：已开展集中培训2期，整改到位。
（三）社区矫正档案管理不规范。整改情况：正在开展档案专项清理，计划年底前完成。
联系电话：0000-1234567
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("普法责任制落", Done),
            ("人民调解员队", Done),
            ("社区矫正档案", InProgress),
        ],
    );
    let t = r.stated_totals.as_ref().expect("totals");
    assert_eq!((t.total, t.done), (Some(3), None));
    assert_accounted(text, &r);
}

/// Problems grouped under headings that name their state, the last group
/// holding one problem whose report follows it: that problem is the
/// group's, long-term, not the heading.
#[test]
fn a_state_group_of_one_problem_beside_others() {
    let text = "\
某市供水集团有限公司关于内部审计发现问题整改情况的报告
一、审计发现问题整改情况
（一）已整改到位的问题
1.水费减免审批不规范。部分减免未经集体研究。
整改进展：已补办审批手续，整改到位。
2.备用金管理不严。个别部门备用金长期未清理。
整改进展：已全部收回，整改完成。
（二）正在整改的问题
1.管网改造项目结算滞后。3个项目未办理竣工结算。
整改进展：已完成1个项目结算，其余正在审核。
（三）需长期坚持整改的问题
1.内部控制制度执行不到位。部分制度更新不及时。
整改进展：已修订制度12项，将持续完善。
联系电话：0000-1234567
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("水费减免审批", Done),
            ("备用金管理不", Done),
            ("管网改造项目", InProgress),
            ("内部控制制度", LongTerm),
        ],
    );
    assert_accounted(text, &r);
}

/// A problem's paragraph of measures with results that ends by calling
/// the work long-term, in a last clause too long to be a conclusion of
/// its own (`需长期坚持、久久为功，公司将按照…逐年推进落实。`): long-term.
#[test]
fn a_last_sentence_calling_the_work_long_term_after_results() {
    let text = "\
中共某物流集团委员会关于巡察反馈问题整改情况的通报
一、整改落实情况
1.关于“服务区域经济发展不够有力”的问题。一是制定冷链物流三年行动方案，明确重点任务12项。二是整合现有品牌，已完成商标注册。冷链网络建设是一项系统性工作，需长期坚持、久久为功，集团公司将按照行动方案逐年推进落实。
2.关于“仓储安全隐患整改不及时”的问题。开展隐患大排查，排查隐患41处，已全部整改销号。
联系电话：0000-1234567
";
    let r = convert(text);
    assert_states(&r, &[("关于“服务区", LongTerm), ("关于“仓储安", Done)]);
    assert_accounted(text, &r);
}

/// A problem's note gives a long-term deadline and says only that the
/// work goes on (`整改时限：长期；完成情况：持续推进`): long-term.
#[test]
fn a_long_term_deadline_with_work_going_on() {
    let text = "\
某小学关于食堂管理自查发现问题整改情况的报告
一、问题及整改情况
问题1：食堂台账记录不完整。（责任部门：总务处；整改时限：2025年10月；完成情况：已完成）
整改措施：补齐台账，落实专人记录。
问题2：家长委员会参与食堂监督的机制作用发挥不够。（责任部门：德育处；整改时限：长期；完成情况：持续推进）
整改措施：成立膳食监督委员会，实行家长代表每周轮流进校陪餐。
";
    let r = convert(text);
    assert_states(&r, &[("食堂台账记录", Done), ("家长委员会参", LongTerm)]);
    assert_accounted(text, &r);
}

/// Findings as `一、` headings, each with its measures numbered under a
/// bare `整改措施：` key; one finding's measures speak of problems
/// (`解决撂荒问题`): they stay its measures.
#[test]
fn measures_under_their_key_whatever_their_words() {
    let text = "\
某县人民政府关于耕地保护督察反馈问题整改进展情况的公示
一、违法占用耕地问题增量遏制不力。新增违法占用耕地图斑32宗。
整改措施：
1.开展违法占用耕地清零行动，逐宗建立整改台账。
2.建立动态巡查机制。
整改进展：32宗图斑已全部整改到位。
二、补充耕地项目质量不高。3个项目新增耕地存在撂荒问题。
整改措施：
1.对3个项目逐地块开展耕地质量评价，制定提质改造方案。
2.引导农业经营主体流转经营，解决撂荒问题。
整改进展：质量评价已完成，土壤改良正在实施，计划明年6月底前完成。
联系电话：0000-1234567
";
    let r = convert(text);
    assert_states(&r, &[("违法占用耕地", Done), ("补充耕地项目", InProgress)]);
    assert_accounted(text, &r);
}

/// A first section that lists the work under slogans of four characters
/// (`（一）迅速部署。`), then counts the problems: the slogans are no
/// problems, the count is the report's.
#[test]
fn slogans_of_the_work_are_no_problems() {
    let text = "\
中共某市水务集团委员会关于巡察反馈意见整改进展情况的通报
一、整改工作总体情况
（一）迅速部署。反馈会后即召开党委会，成立整改工作领导小组，已制定整改方案。
（二）标本兼治。坚持问题整改与建章立制相结合，已新建制度8项。
截至10月底，巡察反馈的3个问题中，已完成整改2个，正在推进整改1个。
二、已完成整改的问题（2个）
1.物资采购管理不规范，部分配件未经比价直接采购。已修订采购办法，整改完成。
2.公务用车管理不严格，个别车辆未登记使用记录。已安装定位系统，整改完成。
三、正在推进整改的问题（1个）
1.管网漏损率偏高。已完成分区计量改造的40%，正在推进。
联系电话：0000-1234567
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("物资采购管理", Done),
            ("公务用车管理", Done),
            ("管网漏损率偏", InProgress),
        ],
    );
    assert_eq!(r.stated_totals.as_ref().and_then(|t| t.total), Some(3));
    assert_accounted(text, &r);
}

/// An audit report that lists its problems, then in a section of reasons
/// and next steps restates the unfinished ones under `关于…问题` headings:
/// those headings are no second problems.
#[test]
fn a_later_section_restating_unfinished_problems() {
    let text = "\
某县交通运输局关于2024年度预算执行审计查出问题整改情况的报告
一、审计查出问题整改情况
1.部分项目预算执行率偏低。已调整预算并加快支付，整改完成。
2.往来款项长期挂账未及时清理。已清理120万元，剩余款项正在清理。
3.工程结算审核不严，多计工程款。已追回部分款项，其余正在核实。
二、尚未完成整改问题的原因及下一步计划
（一）关于往来款项长期挂账问题。剩余款项形成时间久远，债务单位已注销，下一步将依法核销。
（二）关于工程结算多计工程款问题。下一步将根据第三方复核结果追回剩余款项。
联系电话：0000-1234567
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("部分项目预算", Done),
            ("往来款项长期", InProgress),
            ("工程结算审核", InProgress),
        ],
    );
    assert_accounted(text, &r);
}

/// Findings listed under a word of their own (`督查问题1：`), then a bare
/// report key and answers labelled `问题N：` with the findings' numbers:
/// each answer is its finding's report, no second problem.
#[test]
fn findings_answered_by_their_numbers_after_a_report_key() {
    let text = "\
中共某市图书馆支部委员会关于巡察反馈意见整改进展情况的通报
一、具体问题整改情况
（一）关于党风廉政建设方面
督查问题1：文创收入未全部纳入单位财务统一核算。
督查问题2：公务接待超标准，存在陪餐人数超标现象。
督查问题3：政府采购程序不规范，3个项目未经集体决策。
整改落实情况：
问题1：收入已全部转入单位账户，收银系统与财务系统对接正在调试。
问题2：清退超标准接待费用0.6万元，已完成整改。
问题3：已补充履行集体决策程序，整改到位。
二、下一步工作打算
持续巩固整改成果。
联系电话：0000-1234567
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("文创收入未全", InProgress),
            ("公务接待超标", Done),
            ("政府采购程序", Done),
        ],
    );
    assert_accounted(text, &r);
}

/// A section of reasons whose text brings in its `一是` list in the words
/// of its role (`主要原因：`): the reasons name problems, but are none.
#[test]
fn reasons_brought_in_by_their_own_words_are_no_problems() {
    let text = "\
某县人民政府关于2024年度县本级预算执行审计查出问题整改情况的报告
一、审计查出问题整改情况
1.部分专项资金闲置，涉及金额320万元。已统筹使用，整改完成。
2.国有资产底数不清，部分房产未登记入账。正在开展清查，计划年底完成。
二、尚未整改到位问题的原因及后续安排
截至目前，尚有1项问题未完全整改到位，主要原因：一是部分问题涉及历史遗留，如国有资产底数不清问题，需要较长时间逐步解决；二是部分问题受外部条件制约，如专项资金闲置问题，需要逐步推进；三是部分问题涉及多方主体，如决算办理问题，需要协调多个单位共同完成。对上述问题，县审计局将持续跟踪督促，确保按期整改到位。
联系电话：0000-1234567
";
    let r = convert(text);
    assert_states(&r, &[("部分专项资金", Done), ("国有资产底数", InProgress)]);
    assert_accounted(text, &r);
}

/// A `一、` heading after the problems' section, with only a generalising
/// paragraph under a short title that names problems in general
/// (`三、存在的共性问题`): remarks, no problem.
#[test]
fn general_remarks_after_the_problems_are_no_problem() {
    let text = "\
某区卫生健康局关于民营医疗机构依法执业专项检查发现问题整改情况的通报
一、检查基本情况
本次共检查民营医疗机构12家。
二、检查发现的问题及整改情况
（一）康宁门诊部
1.医疗废物暂存点未设置警示标识。整改情况：已设置标识，整改到位。
2.部分处方书写不规范。整改情况：已组织培训，整改到位。
（二）仁和诊所
1.消毒记录不全。整改情况：正在整改，已补建记录台账。
三、存在的共性问题
从检查情况看，部分机构对依法执业重视不够，内部管理制度执行不严，医务人员培训流于形式。
四、下一步工作要求
各机构要举一反三，全面自查。
联系电话：0000-1234567
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("医疗废物暂存", Done),
            ("部分处方书写", Done),
            ("消毒记录不全", InProgress),
        ],
    );
    assert_accounted(text, &r);
}

/// Projects as headings, each with its findings numbered `①` under a
/// bare `存在问题：` key and one report for them: the findings are the
/// problems, each stated by its circled number or by words for all.
#[test]
fn circled_findings_under_a_key_with_one_report_for_them() {
    let text = "\
某区住房和城乡建设局关于建筑施工扬尘污染防治专项督查发现问题整改情况的通报
一、发现问题及整改情况
（一）城南安置房二期项目（施工单位：某建工集团有限公司）
存在问题：
①裸土未采取覆盖措施；
②车辆冲洗设施未正常使用。
整改情况：已完成裸土覆盖和冲洗设施维修，上述问题已整改到位。
（二）人民医院综合楼项目（施工单位：某建筑公司）
存在问题：
①扬尘在线监测设备未联网；
②临街围挡破损。
整改情况：①已完成设备联网调试，已整改到位；②新围挡材料已进场，目前正在分段安装。
（三）实验学校扩建工程（施工单位：某建设公司）
存在问题：
①扬尘防治公示牌内容不全。
整改情况：已更新公示牌内容，整改完成。
二、下一步工作要求
对尚未整改到位的问题，相关单位要按期完成。
联系电话：0000-1234567
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("裸土未采取覆", Done),
            ("车辆冲洗设施", Done),
            ("扬尘在线监测", Done),
            ("临街围挡破损", InProgress),
            ("扬尘防治公示", Done),
        ],
    );
    assert_accounted(text, &r);
}

/// A group heading that opens with `关于` and names problems but ends as
/// a group does (`（二）关于巡察、审计等监督发现问题整改方面`): the
/// `问题N：` items after it are its own, as under the groups before it.
#[test]
fn problems_under_a_group_titled_about_problems() {
    let text = "\
中共某学院委员会关于巡视反馈问题整改进展情况的通报
一、巡视反馈问题整改落实情况
（一）关于党的领导方面
该方面共1个问题，已完成整改1个。
问题1：理论学习中心组学习不够深入系统。
整改状态：已完成。
（二）关于巡视、审计等监督发现问题整改方面
该方面共2个问题，已完成整改1个，正在整改1个。
问题2：上一轮巡视反馈问题整改不彻底。
整改状态：已完成。
问题3：审计发现的欠费清收问题整改不到位。
整改状态：正在整改。
联系电话：0000-1234567
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("理论学习中心", Done),
            ("上一轮巡视反", Done),
            ("审计发现的欠", InProgress),
        ],
    );
    assert_eq!(problems(&r).len(), 3, "{:?}", problems(&r));
    assert_accounted(text, &r);
}

/// A report by unit and number where one item's clause counts things and
/// then the rest of them (`第3项，5个监测点已修复3个，其余2个正在安装`): that
/// item is in progress, and `其余` names no rest of the list.
#[test]
fn the_rest_of_things_counted_in_one_items_report() {
    let text = "\
某市人民政府督查室关于城市防汛专项督查情况的通报
一、存在的主要问题
（一）东城区
1.易涝点改造工程进度滞后。
2.防汛物资台账与实物不符。
（二）市城市管理局
3.雨水篦子堵塞较多。
4.内涝监测点数据传输异常。
二、整改复查情况
本次督查共发现问题4个，已整改到位3个，正在整改1个。
东城区：第1项，改造工程已完工，已整改到位；第2项，已重新盘点物资，已整改到位。
市城市管理局：第3项，已全面清掏，已整改到位；第4项，5个异常监测点已修复3个，其余2个正在安装调试。
联系电话：0000-1234567
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("易涝点改造工", Done),
            ("防汛物资台账", Done),
            ("雨水篦子堵塞", Done),
            ("内涝监测点数", InProgress),
        ],
    );
    assert_accounted(text, &r);
}

/// A village notice whose count goes on in figures after `五、` and back
/// (`五、问题：…` `6、问题：…` `7、问题：…` `八、问题：…`), each item with its
/// `整改措施：` and `整改情况：` lines: all are problems of one list.
#[test]
fn a_count_that_goes_on_in_figures_and_back() {
    let text = "\
某村关于村级巡察反馈问题整改情况的公示
一、问题：村务公开不及时。
整改措施：每月公开一次。
整改情况：已整改。
二、问题：集体资金使用不规范。
整改措施：补充履行程序。
整改情况：整改完成。
三、问题：低保备案不规范。
整改措施：全面排查，按规定备案。
整改情况：已整改。
4、问题：人居环境整治不彻底。
整改措施：划分卫生责任区。
整改情况：长期坚持。
5、问题：村级项目未组织验收。
整改措施：补充组织验收。
整改情况：已整改。
六、问题：发展党员记录缺失。
整改措施：补齐培养考察记录。
整改情况：正在整改。
联系电话：0000-1234567
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("村务公开不及", Done),
            ("集体资金使用", Done),
            ("低保备案不规", Done),
            ("人居环境整治", LongTerm),
            ("村级项目未组", Done),
            ("发展党员记录", InProgress),
        ],
    );
    assert_accounted(text, &r);
}

/// A hotline bulletin whose cases are labelled in brackets alone on their
/// line (`【督办件1】`) over field lines, followed by a short section of
/// remarks that brings in a list of general problems: the cases are the
/// problems, the remarks none, and the count of cases is the total (not
/// the month's calls).
#[test]
fn bracketed_case_labels_and_remarks_after_them() {
    let text = "\
关于2024年5月12345热线诉求督办件办理情况的通报
一、总体情况
5月份，区12345热线共受理群众诉求9876件，按时办结率98.1%。
本期共督办重点诉求件3件，截至6月12日，已办结2件。
二、督办件办理情况
【督办件1】
诉求内容：群众反映丹桂苑小区频繁停水，问题长期未解决。
承办单位：区水务局
办理结果：已办结
【督办件2】
诉求内容：居民反映夜市摊点经营至凌晨，噪音扰民严重。
承办单位：区城市管理局
办理结果：已办结
【督办件3】
诉求内容：市民反映龙湾路每逢降雨严重积水，排水不畅。
承办单位：区住房和城乡建设局
办理结果：正在办理，排水管网改造计划8月底前完工
三、存在的问题
从本期督办情况看，个别单位仍存在以下问题：一是对诉求办理重视不够；二是部门之间协同配合不够。
联系电话：0000-1234567
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("诉求内容：群", Done),
            ("诉求内容：居", Done),
            ("诉求内容：市", InProgress),
        ],
    );
    let t = r.stated_totals.as_ref().expect("totals");
    assert_eq!((t.total, t.done), (Some(3), Some(2)));
    assert_accounted(text, &r);
}

/// A table pasted one cell per line whose state cells say the work is on
/// schedule (`达到序时进度`): in progress.
#[test]
fn work_on_schedule_in_a_state_cell() {
    let text = "\
某市关于中央生态环境保护督察反馈问题整改进展情况的公示
序号
问题
责任单位
完成时限
整改进展
整改状态
1
城区雨污分流改造滞后，合流制管网约46公里。
市住房城乡建设局
2026年12月底前
已完成改造管网28公里。
达到序时进度
2
湿地保护区内违规建设经营设施12处。
湿地管理中心
2024年12月底前
12处设施已全部拆除，生态修复完成。
已完成
联系电话：0000-1234567
";
    let r = convert(text);
    assert_states(&r, &[("城区雨污分流", InProgress), ("湿地保护区内", Done)]);
    assert_accounted(text, &r);
}

/// Groups titled with a shortcoming over findings numbered on from the
/// group before (`（二）…落实不到位` › `3.…` `4.…`), each with its own
/// report: the findings are the problems, one list across the groups.
#[test]
fn findings_numbered_on_across_groups_titled_as_shortcomings() {
    let text = "\
某县人民政府督查室关于秸秆禁烧专项督查情况的通报
一、督查发现的主要问题及整改情况
（一）火点管控不到位
1.沙口村西北侧约2亩玉米秸秆被焚烧，现场无人看管。（责任单位：河口镇）
2.东岗村与邻县交界处发现田间焚烧秸秆痕迹1处。（责任单位：东岗乡）
以上2个问题，相关乡镇已于11月10日前全部整改完成。
（二）网格化监管责任落实不到位
3.部分村禁烧巡查记录填写不规范，存在集中补记现象。（责任单位：各乡镇）
整改情况：相关乡镇已对巡查记录进行全面清理规范，已整改到位。
4.青石镇禁烧视频监控平台未接入县级平台，5个点位长期离线。（责任单位：青石镇）
整改情况：已完成3个点位检修，其余2个点位目前正在履行采购程序。
（三）宣传引导不够深入
5.部分村禁烧宣传流于形式，宣传标语陈旧、覆盖不全。（责任单位：城郊乡）
整改情况：已更新悬挂宣传横幅320余条，已整改完成。
联系电话：0000-1234567
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("沙口村西北侧", Done),
            ("东岗村与邻县", Done),
            ("部分村禁烧巡", Done),
            ("青石镇禁烧视", InProgress),
            ("部分村禁烧宣", Done),
        ],
    );
    assert_accounted(text, &r);
}
