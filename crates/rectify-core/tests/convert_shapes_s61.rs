//! Shapes met in session 61. Every notice here is my own, and each test
//! fails on the converter of the session's start (2d3228a).

mod common;

use common::{assert_accounted, assert_owners, assert_states, convert, problem, problems};
use rectify_core::model::Status;

use Status::*;

/// One department alone opening a measure (`整改措施：人事科制定…`) is the
/// one that does it, and the problem's owner; a measure that sets up a
/// department's work (`制定党支部组织生活清单`) names no owner.
#[test]
fn one_department_doing_a_measure_owns_it() {
    let text = "\
某县水利局党组关于巡察整改进展情况的通报

巡察反馈问题3个，已完成整改2个，正在整改1个。

1.干部教育培训针对性不强，专业技术培训占比偏低。
整改措施：人事科制定年度专业技术培训计划，已组织培训6期。

2.年轻干部轮岗交流机制不健全。
整改措施：人事科已起草轮岗交流办法，正在征求意见。

3.基层党支部落实“三会一课”制度不经常。
整改措施：制定党支部组织生活清单，党委每季度检查一次，已纳入年度考核。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_owners(
        &r,
        &[
            ("干部教育培训", &["人事科"]),
            ("年轻干部轮岗", &["人事科"]),
            ("基层党支部落", &[]),
        ],
    );
}

/// A state in brackets right after the finding (`…统一管理。（长期坚持）`)
/// is the state the notice gives, whatever the report below says of the
/// work done so far (`已牵头清理…`); a deadline demanded (`责令于…前返修到位`)
/// or planned with a word of manner (`预计2025年5月全部完成`) is read.
#[test]
fn bracketed_states_and_demanded_or_planned_deadlines() {
    let text = "\
某区审计局关于2024年度审计查出问题整改情况的报告

一、资产管理方面

1.部分国有土地资产被长期占用，未纳入统一管理。（长期坚持）
整改情况：区自然资源局已牵头清理被占用土地7宗，依法收回土地使用权3宗。
对历史遗留问题较为复杂的地块，已建立长效管理机制，将逐年分类处置。

2.部分已完工渠系存在渗漏，至检查时仍未组织返修。（尚未整改）
整改情况：乡政府以待整体验收时一并处理为由未落实，审计组已责令于2024年6月30日前返修到位。

3.干部人事档案审核不到位。（正在整改）
整改情况：已完成68卷专项审核，其余44卷正在审核中，预计2025年5月全部完成。

以上3个问题，正在整改1个，需长期坚持1个，尚未整改1个。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("部分国有土地", LongTerm),
            ("部分已完工渠", NotStarted),
            ("干部人事档案", InProgress),
        ],
    );
    assert_eq!(
        problem(&r, "部分已完工渠").deadline.as_deref(),
        Some("2024-06-30")
    );
    assert_eq!(
        problem(&r, "干部人事档案").deadline.as_deref(),
        Some("2025-05-31")
    );
}

/// Problems named `问题一：` with no area headings, each closing on a
/// one-word verdict (`该问题已完成。`, `该问题持续推进。`). The verdict is the
/// state, and one that goes on under a long-term deadline is long-term; a
/// problem that finds fault with the rectification of an earlier round
/// (`上轮巡察反馈的3个问题整改未完全到位`) over its measures is a problem,
/// not a section recalling that round.
#[test]
fn closing_verdicts_and_a_finding_about_an_earlier_round() {
    let text = "\
某市国资委党委关于巡察整改进展情况的通报

对照巡察反馈的3个问题，截至2024年7月31日，已完成整改2个，持续推进1个。

问题一：全面从严治党主体责任落实有差距，压力传导层层递减。
整改时限：长期坚持
整改措施：（1）制定主体责任清单。（2）建立班子成员联系企业制度。
整改成效：已开展专题督导2轮，责任清单已全部下发。委党委将常态化抓好督促落实。该问题持续推进。

问题二：审计、巡察等监督发现问题整改不够彻底，上轮巡察反馈的3个问题整改未完全到位。
整改时限：2024年6月底
整改措施：（1）对上轮巡察发现问题进行全面梳理。（2）建立整改销号制度。（3）对整改不力的严肃问责。
整改成效：上轮巡察反馈的3个问题已全部整改到位，审计发现的11个问题已全部完成整改。该问题已完成。

问题三：意识形态工作责任制落实不够到位，阵地管理存在盲区。
整改时限：2024年6月底
整改措施：（1）修订意识形态工作责任制实施细则。（2）开展阵地排查。
整改成效：细则已印发，排查已完成。该问题已完成。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 3);
    assert_states(
        &r,
        &[
            ("全面从严治党", LongTerm),
            ("审计、巡察等", Done),
            ("意识形态工作", Done),
        ],
    );
}

/// `限期整改8个` in the summary, then `限期整改的8个问题…，其中目前仍在整改
/// 6个，尚未整改2个`: the open part as it stands now.
#[test]
fn an_open_part_split_into_states_after_the_summary() {
    let text = "\
某县委督查室关于重点项目推进情况的督查通报

本次督查共发现问题4个，已当场整改2个，限期整改2个。截至6月12日，限期整改的2个问题均未整改到位，其中目前仍在整改1个，尚未整改1个。

（一）青石镇

1.项目工地扬尘防治措施落实不到位，裸土未覆盖。督查时已当场整改到位。

2.项目安全警示标识缺失。督查时已当场整改到位。

（二）白沙乡

3.高标准农田项目部分渠系存在渗漏，未组织返修。目前仍在整改。

4.项目档案资料缺失，尚未整改。
";
    let r = convert(text);
    assert_accounted(text, &r);
    let t = r.stated_totals.as_ref().expect("stated totals");
    assert_eq!(
        (t.total, t.done, t.in_progress, t.not_started),
        (Some(4), Some(2), Some(1), Some(1))
    );
}

/// An audit announcement's findings as plain paragraphs under `（一）关于…
/// 的问题` headings, each a breach found (`未将…纳入`, `超标准`, amounts
/// grouped by commas, `2,148.36万元`) and then the work on it by the unit
/// that did it; under one heading, one of them in words no rule knows
/// (`列支应由…负担的…`) beside one in a breach's words.
#[test]
fn audit_findings_as_plain_paragraphs_under_headings() {
    let text = "\
某市审计局关于2023年度预算执行审计查出问题整改情况的公告

一、市级财政管理审计发现问题的整改情况

（一）关于预算编制不够完整规范的问题

市财政局在编制2023年市级一般公共预算时，未将上年结转的专项转移支付资金3,260.5万元纳入年初预算统筹安排。市财政局已在2024年预算编制中将结转资金全部纳入，整改完成。

市财政局未在人大批准预算后20日内批复5个部门的部门预算，超时最长12天。市财政局已完善预算批复审核流程，整改完成。

（二）关于预算执行管理不到位的问题

市财政局对12个已完工项目的结余资金2,148.36万元未及时清理。已清理收回2,148.36万元，整改完成。

市住房和城乡建设局在工程未达到付款节点的情况下，超进度拨付工程款936.72万元。市住房和城乡建设局已收回超拨资金，整改完成。

二、部门预算执行审计发现问题的整改情况

（一）关于违规使用财政资金的问题

市文化广电旅游局在演出项目经费中列支应由单位日常公用经费负担的办公设备购置费18.6万元。市文化广电旅游局已调整账目，整改完成。

市水利工程管理站以会议费名义列支干部职工培训费6.35万元，且超标准安排食宿。市水利工程管理站正在追回相关费用。

特此公告。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 6, "{:?}", problems(&r));
    assert_states(
        &r,
        &[
            ("市财政局在编", Done),
            ("市财政局未在", Done),
            ("市财政局对1", Done),
            ("市住房和城乡", Done),
            ("市文化广电旅", Done),
            ("市水利工程管", InProgress),
        ],
    );
    assert_owners(
        &r,
        &[
            ("市财政局在编", &["市财政局"]),
            ("市住房和城乡", &["市住房和城乡建设局"]),
        ],
    );
}

/// Owners who answer for the work in a clause of its own (`改进举措：局公共
/// 服务科、区文化馆负责。`), in a report with none of the usual words, and
/// work that goes on under a long-term deadline (`整改情况：持续推进中。`)
/// is long-term.
#[test]
fn owners_who_answer_for_the_work_and_work_going_on() {
    let text = "\
某区文化和旅游局党组关于巡察反馈意见改进情况的报告

二、短板弱项及改进情况

（一）公共文化服务供给与群众需求对接不够精准。部分村（社区）文化服务中心设施闲置。
改进举措：局公共服务科、区文化馆负责。
1.开展文化服务中心使用情况专项调查。
2.推行“群众点单、文化馆派单”服务模式。
改进成效：正在改进。目前已完成调查摸底。

（二）落实中央八项规定精神的长效机制还不够健全。（责任单位：机关纪委；整改时限：长期坚持）
改进成效：持续推进中。开展作风建设专项整治，组织观看警示教育片3次。下一步将常态化开展作风纪律检查，持续巩固整改成效。

（三）公务接待管理不规范。
改进举措：局办公室负责，修订《局机关公务接待管理办法》。
改进成效：已印发实施。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_owners(
        &r,
        &[
            ("公共文化服务", &["局公共服务科", "区文化馆"]),
            ("公务接待管理", &["局办公室"]),
        ],
    );
    assert_states(
        &r,
        &[
            ("公共文化服务", InProgress),
            ("落实中央八项", LongTerm),
            ("公务接待管理", Done),
        ],
    );
}

/// Problems numbered `一、` at the top, each over measures `（一）` that
/// end with their own state: where most are read as problems over their
/// measures, one whose measures each report a state (`此项工作将长期坚持。`)
/// is a problem too, not a section of problems; a title ending `…的情况`
/// states a finding.
#[test]
fn top_level_problems_over_measures_that_report_their_state() {
    let text = "\
某区住建局党组关于巡察反馈意见整改情况的通报

巡察反馈问题3个，已完成整改2个，需长期坚持1个。

一、物业服务行业监管不到位，群众投诉处理不及时。

（一）建立物业服务投诉“接诉即办”工作机制，实行限时办结。目前已完成。

（二）对全区86个物业服务项目开展服务质量专项检查。目前已完成。

二、建筑工地扬尘污染防治常态化监管不足。

（一）严格落实建筑工地扬尘治理“六个百分之百”要求。此项工作将长期坚持。

（二）依托在线监测系统，坚持全天候动态监管。此项工作将长期坚持。

三、住房保障对象动态管理不严，存在个别已不符合条件的家庭仍在享受保障的情况。

（一）通过部门间数据比对开展全面复核，清退家庭23户。目前已完成。

（二）修订《公共租赁住房保障对象动态管理办法》。目前已完成。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 3, "{:?}", problems(&r));
    assert_states(
        &r,
        &[
            ("物业服务行业", Done),
            ("建筑工地扬尘", LongTerm),
            ("住房保障对象", Done),
        ],
    );
}

/// Findings listed in one part and reported on by number in another
/// (`三、整改落实情况` › `4.由计划财务股牵头，…`): the units a numbered
/// report leads with, or that organise the work given them (`由局机关党委
/// 组织开展…`), own the finding.
#[test]
fn owners_of_reports_given_by_number() {
    let text = "\
某县农业农村局党组关于巡察整改情况的通报

二、巡察反馈的主要问题

1.涉农资金管理不够规范，个别项目资金拨付滞后。

2.基层党组织建设存在薄弱环节，个别支部记录不规范。

三、整改落实情况

1.由计划财务股牵头，对2019年以来涉农资金拨付情况开展专项清理。目前已清理盘活结余资金186.4万元，已完成整改。

2.由局机关党委组织开展支部规范化建设专项行动，统一规范记录格式。已完成整改。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_owners(
        &r,
        &[
            ("涉农资金管理", &["计划财务股"]),
            ("基层党组织建", &["局机关党委"]),
        ],
    );
}

/// A 督查 bulletin whose findings are a table pasted with tabs, after an
/// overview whose headings say only what went well (`（一）政务服务效能持续
/// 提升。…已全部上线运行。`): those are no problems, the stated totals count
/// the table's rows, and a row's requirement cell plans its deadline
/// (`…，2024年6月30日前全面落实到位`).
#[test]
fn a_tab_table_of_findings_after_an_overview_of_what_went_well() {
    let text = "\
关于全区优化营商环境重点任务落实情况的督查通报

一、总体情况

从督查情况看，各单位工作推进总体有序。

（一）政务服务效能持续提升。区行政审批局牵头推进“高效办成一件事”，首批12个套餐已全部上线运行。

（二）惠企政策兑现更加精准。今年以来已累计向287家企业兑现奖补资金4620万元。

同时，督查也发现一些问题。此次督查共发现问题3个，已整改1个，正在整改1个，未整改1个。

二、发现的问题及整改情况

序号\t被督查单位\t发现问题\t整改要求\t整改情况
1\t区行政审批局\t政务服务大厅“一窗通办”落实不到位，企业开办仍需分别取号排队\t整合企业开办窗口，2024年6月30日前全面落实到位\t已整改。已设置企业开办专区
2\t区住建局\t老旧小区改造项目施工围挡破损、渣土未覆盖问题突出\t立即落实扬尘防控措施，建立每日巡查台账\t正在整改。渣土正在清运
3\t区财政局\t拖欠中小企业账款清理工作进展缓慢，尚有6笔未支付\t逐笔制定化解方案，2024年9月30日前全部清偿到位\t未整改。资金筹措方案尚在研究

三、下一步要求

各单位要举一反三，确保问题整改到位。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 3, "{:?}", problems(&r));
    let t = r.stated_totals.as_ref().expect("stated totals");
    assert_eq!(
        (t.total, t.done, t.in_progress, t.not_started),
        (Some(3), Some(1), Some(1), Some(1))
    );
    assert_eq!(
        problem(&r, "政务服务大厅").deadline.as_deref(),
        Some("2024-06-30")
    );
    assert_eq!(
        problem(&r, "拖欠中小企业").deadline.as_deref(),
        Some("2024-09-30")
    );
}

/// Problems named by quotes in running prose, each paragraph opening with
/// its area (`在党的政治建设方面，针对巡察指出的“…，…”问题，…。针对“…”
/// 问题，…`): each quoted finding is a problem, the area words kept.
#[test]
fn quoted_findings_in_prose_after_an_area_lead() {
    let text = "\
某市司法局党委关于巡察整改进展情况的通报

二、巡察反馈问题整改情况

在党的政治建设方面，针对巡察指出的“学习贯彻不够深入系统，与业务工作结合不紧”问题，由局机关党委牵头，我局修订学习制度，目前已整改完成。针对“意识形态工作责任制落实不够到位，网络阵地管理存在薄弱环节”问题，由局办公室牵头，我局制定责任清单，目前已整改完成。

在干部队伍建设方面，针对巡察指出的“干部队伍年龄结构不够合理”问题，由局政治部牵头，我局建立年轻干部人才库，正在持续推进。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 3, "{:?}", problems(&r));
    assert_states(
        &r,
        &[
            ("针对巡察指出", Done),
            ("针对“意识形", Done),
            ("针对巡察指出", InProgress),
        ],
    );
}

/// A quote after who found it (`针对巡察指出的“…”问题，`) is the title, as a
/// bare quote is, and the work after it in the same sentence is the
/// problem's text, whose words give its state (`…，正在制定培养计划。`).
#[test]
fn the_work_after_a_quote_found_by_the_inspection_is_its_text() {
    let text = "\
某县文旅局党组关于巡察整改进展情况的通报

二、巡察反馈问题整改落实情况

针对巡察指出的“年轻干部储备不足”问题，由局人事股组织开展年轻干部调研，正在制定培养计划。整改时限：2026年6月底前。

针对巡察指出的“演出活动内容审核把关不严”问题，由局宣传股牵头建立事前审核制度，目前已整改完成。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(&r, &[("针对巡察指出", InProgress), ("针对巡察指出", Done)]);
    assert_eq!(
        problem(&r, "针对巡察指出").title,
        "针对巡察指出的“年轻干部储备不足”问题，"
    );
}
