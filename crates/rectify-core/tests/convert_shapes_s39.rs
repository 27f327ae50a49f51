//! Shapes met in session 39. Every notice here is my own, one per shape,
//! and each test failed on the converter of the session's start (175e40e)
//! unless it says it is a guard.

mod common;

use common::{assert_accounted, assert_states, convert, problems};
use rectify_core::model::Status;

use Status::*;

/// Inspected units numbered `1.`, each paragraph naming the unit (with a
/// bracketed note that has a colon of its own), then counting the hazards
/// it lists inline `①…；②…。`, then where they stand: for them all
/// (`上述2处隐患已整改完毕`) or by number (`整改情况：第①③项…；第②项…`).
/// Each hazard is a problem under its unit.
#[test]
fn hazards_counted_and_listed_inside_a_units_paragraph() {
    let text = "\
某某县市场监督管理局关于特种设备安全专项检查发现隐患整改情况的通报
今年5月，县市场监管局对全县8家使用单位开展特种设备安全专项检查，共发现隐患7处。截至6月30日，已整改6处，正在整改1处。
一、检查发现隐患及整改情况
1.某某县东城热力有限公司（锅炉使用单位，属地：东城街道）。检查发现隐患2处：①锅炉安全阀校验报告超期；②司炉人员未持证上岗。上述2处隐患已整改完毕，经复查合格。
2.某某县顺达物流有限公司（叉车使用单位，属地：南关镇）。检查发现隐患3处：①2台叉车未办理使用登记；②叉车日常维护保养记录缺失；③作业区域未设置安全警示标志。整改情况：第①③项已整改到位。第②项正在整改，企业已建立维保台账，计划7月底前补齐记录。
3.某某县人民医院（电梯使用单位，属地：西城街道）。检查发现隐患2处：①门诊楼1号电梯紧急报警装置失效；②电梯应急救援演练未按期开展。经复查，以上隐患均已整改完毕。
二、下一步工作
各使用单位要落实安全主体责任，县市场监管局将适时开展复查。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("锅炉安全阀校", Done),
            ("司炉人员未持", Done),
            ("2台叉车未办", Done),
            ("叉车日常维护", InProgress),
            ("作业区域未设", Done),
            ("门诊楼1号电", Done),
            ("电梯应急救援", Done),
        ],
    );
    assert_eq!(problems(&r).len(), 7, "{:?}", problems(&r));
    assert_accounted(text, &r);
}

/// Findings numbered on across groups, then replies grouped by the unit
/// that leads the work (`（一）由县水利局牵头整改的问题`), each reply a
/// paragraph of its own opening by naming the findings it answers, out of
/// order and sometimes two at once (`关于第1项、第3项问题：…`): the replies
/// give the findings their states and are no problems themselves.
#[test]
fn replies_grouped_by_lead_unit_name_findings_by_number() {
    let text = "\
某某县防汛抗旱指挥部办公室关于汛前检查发现问题整改情况的通报
一、检查发现的问题
（一）工程设施方面
1.部分小型水库溢洪道存在淤堵，泄洪能力不足。
2.3处堤防险工险段未设置警示标志。
（二）应急准备方面
3.部分乡镇防汛物资储备不足，编织袋、救生衣数量未达标。
4.山洪灾害预警广播部分站点无法正常播放。
5.防汛抢险队伍培训演练开展不经常。
二、整改落实情况
（一）由县水利局牵头整改的问题
关于第1项、第2项问题：县水利局组织对全县小型水库溢洪道进行清淤，在3处险工险段设置警示标志12块。以上2项问题已整改完成。
关于第4项问题：已更换故障预警广播终端8台，其余站点正在调试中，预计6月底前完成。该问题正在整改中。
（二）由各乡镇落实属地责任整改的问题
关于第5项问题：各乡镇组织抢险队伍开展培训演练6场次。已整改完成。
关于第3项问题：各乡镇已补充编织袋2万条、救生衣300件。已整改完成。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("部分小型水库", Done),
            ("3处堤防险工", Done),
            ("部分乡镇防汛", Done),
            ("山洪灾害预警", InProgress),
            ("防汛抢险队伍", Done),
        ],
    );
    assert_eq!(problems(&r).len(), 5, "{:?}", problems(&r));
    assert_accounted(text, &r);
}

/// A table pasted one cell per line whose category cell is merged over
/// its rows (printed on each category's first row only) and whose measure
/// cells run over several numbered lines (`1.…` `2.…`): each row is read
/// whole, its category inherited, its numbered lines one cell.
#[test]
fn cell_table_with_merged_category_and_listed_measures() {
    let text = "\
某某市档案馆关于档案安全检查反馈问题整改情况的报告
一、问题整改情况
序号
问题类别
存在问题
整改措施
整改时限
整改情况
1
库房管理
档案库房温湿度记录不连续，部分时段缺失。
1.更换温湿度自动记录仪4台。
2.实行每日两次人工核查。
2025年12月底前
已完成
2
库房消防器材未按期检查，2具灭火器过期。
更换过期灭火器，建立消防器材月检制度。
2025年11月底前
已完成
3
数字化管理
数字档案异地备份未落实。
1.与市大数据中心签订异地备份协议。
2.首批数据正在迁移。
3.迁移前每周离线备份一次。
2026年6月底前
整改中
4
档案数字化外包服务监管不严，未签订保密协议。
1.与外包服务机构补签保密协议。
2.对外包人员开展保密培训。
2025年12月底前
已完成
二、下一步工作
持续巩固整改成果。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("档案库房温湿", Done),
            ("库房消防器材", Done),
            ("数字档案异地", InProgress),
            ("档案数字化外", Done),
        ],
    );
    assert_eq!(problems(&r).len(), 4, "{:?}", problems(&r));
    assert_accounted(text, &r);
}

/// Findings in brackets numbered after a word of the notice's own, the
/// number starting again at 1 under each opinion line (`反馈意见之二：“…”`
/// › `【具体问题1】…`), each followed by keyed parts (`【整改落实】…`
/// `【整改状态】…`): the findings are the problems, grouped under the
/// opinion lines; the parts are theirs, not items of their own.
#[test]
fn bracketed_findings_numbered_again_under_each_opinion() {
    let text = "\
某某市供水集团党委关于市委巡察反馈意见整改进展情况的通报
一、反馈意见逐条整改情况
反馈意见之一：“服务民生的主责主业落实不够到位”
【具体问题1】老旧供水管网改造进度滞后，年度计划完成率仅为62%。
【整改落实】成立管网改造专班，倒排工期，目前已完成改造38公里，剩余12公里正在施工。
【整改状态】正在整改
【具体问题2】二次供水设施清洗消毒不及时。
【整改落实】对全市二次供水设施开展清洗消毒，建立季度巡检制度。
【整改状态】已完成
反馈意见之二：“内部管理存在薄弱环节”
【具体问题1】工程物资出入库管理不规范，账实不符。
【整改落实】开展物资全面盘点，调整账务，修订物资管理办法。
【整改状态】已完成
【具体问题2】水费欠费清收不力，欠费金额较大。
【整改落实】建立欠费清收机制，已收回欠费210万元。
【整改状态】长期坚持
二、下一步工作
集团党委将持续推进整改。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("老旧供水管网", InProgress),
            ("二次供水设施", Done),
            ("工程物资出入", Done),
            ("水费欠费清收", LongTerm),
        ],
    );
    assert_eq!(problems(&r).len(), 4, "{:?}", problems(&r));
    // Each finding sits under its opinion line.
    let section = &r
        .nodes
        .iter()
        .find(|n| n.title.contains("逐条整改"))
        .unwrap();
    let groups: Vec<(&str, usize)> = section
        .children
        .iter()
        .map(|g| (g.title.as_str(), g.children.len()))
        .collect();
    assert_eq!(groups.len(), 2, "{groups:?}");
    assert!(
        groups
            .iter()
            .all(|g| g.0.starts_with("反馈意见之") && g.1 == 2),
        "{groups:?}"
    );
    assert_accounted(text, &r);
}

/// Findings `问题1：` … under areas, then measures grouped by theme, each
/// theme's heading noting the findings it answers (`（一）…（对应问题1、
/// 问题2）`): the themes are replies, not problems, and their text gives
/// the findings they name their states.
#[test]
fn measures_grouped_by_theme_note_the_findings_they_answer() {
    let text = "\
某某职业学院关于省教育厅专项检查反馈问题整改情况的通报
一、检查反馈的问题
（一）实习管理方面
问题1：顶岗实习协议签订不规范，部分协议缺少保险条款。
问题2：实习巡查记录不完整。
（二）教材管理方面
问题3：教材选用审核程序执行不严。
二、主要整改措施
（一）规范实习管理（对应问题1、问题2）
1.重新签订实习三方协议412份，补充保险条款。
2.建立实习巡查台账，每月汇总。以上2个问题已整改完成。
（二）严格教材选用（对应问题3）
1.修订教材选用管理办法，目前正在征求意见，预计6月印发。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("顶岗实习协议", Done),
            ("实习巡查记录", Done),
            ("教材选用审核", InProgress),
        ],
    );
    assert_eq!(problems(&r).len(), 3, "{:?}", problems(&r));
    assert_accounted(text, &r);
}

/// A table pasted one cell per line whose first row is a group's row
/// (`（一）重复收费（2个）`) right below the header: the group's line is no
/// header cell, and the rows under each group are read whole, an amount
/// column among them.
#[test]
fn cell_table_opening_with_a_group_row() {
    let text = "\
某某县人民医院关于医保基金专项检查反馈问题整改情况的公示
一、问题整改明细
序号
问题描述
涉及金额（元）
整改措施
完成时限
整改进展
（一）重复收费（2个）
1
血液透析时重复收取静脉注射费用。
21436.00
已全额退回，设置收费互斥规则。
2025年11月30日
已完成
2
麻醉期间重复收取心电监测费用。
18794.60
已全额退回，重新梳理收费模板。
2025年11月30日
已完成
（二）超标准收费（1个）
3
CT多部位检查超出规定计费部位数收费。
17184.00
已全额退回，新增价格项目申请正在等待审核。
2026年6月30日
整改中
二、下一步工作
持续加强医保基金使用管理。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("血液透析时重", Done),
            ("麻醉期间重复", Done),
            ("CT多部位检", InProgress),
        ],
    );
    assert_eq!(problems(&r).len(), 3, "{:?}", problems(&r));
    assert_accounted(text, &r);
}

/// A table pasted one cell per line over two pages: the page's number line
/// and the header printed again between rows 2 and 3, the rows numbered
/// on below it; a problem cell that brings in its own numbered parts
/// (`…账实不符：` › `（1）…` `（2）…`), answered by measures numbered
/// alike, is one cell, and so is the measures' list.
#[test]
fn cell_table_over_a_page_break_with_listed_cells() {
    let text = "\
某某市少年体育学校关于审计发现问题整改情况的公告
一、审计发现问题整改情况
序号
审计发现的问题
整改措施
整改结果
1
预算编制不够细化，年初预算未细化到具体项目。
修订预算管理办法，2026年预算已细化到项目。
已整改
2
往来款项长期挂账未及时清理。
已收回借款9.4万元，剩余款项正在催收。
整改中

第 1 页 共 2 页

序号
审计发现的问题
整改措施
整改结果
3
固定资产管理不规范，资产账实不符：
（1）部分报废器材未履行处置手续；
（2）新建训练场附属设施未及时入账。
（1）已履行报废审批程序并核销；
（2）附属设施已登记入账。
已整改
4
场馆对外开放收入未及时上缴财政。
已全额上缴市财政。
已整改
二、下一步工作
持续加强财务管理。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("预算编制不够", Done),
            ("往来款项长期", InProgress),
            ("固定资产管理", Done),
            ("场馆对外开放", Done),
        ],
    );
    assert_eq!(problems(&r).len(), 4, "{:?}", problems(&r));
    assert_accounted(text, &r);
}

/// A next-steps section whose headings open with a manner before the
/// measure's verb (`（一）坚定不移抓好后续整改。` — the `不` of `坚定不移`
/// says nothing failed), their text naming states (`对已完成的…`,
/// `对需要长期坚持的…`): plans, not problems.
#[test]
fn next_steps_led_by_a_manner_hold_no_problems() {
    let text = "\
中共某某省农业农村厅党组关于巡视反馈意见整改进展情况的通报
一、巡视反馈问题整改落实情况
1.关于“耕地保护责任落实不到位”的问题。整改情况：已完成整改。
2.关于“涉农资金监管不严”的问题。整改情况：正在整改。
二、下一步工作打算
（一）坚定不移抓好后续整改。对已完成的整改任务适时开展“回头看”；对需要长期坚持的整改任务持续跟踪推进。
（二）坚定不移推进全面从严治党。严格落实主体责任，驰而不息纠治“四风”。
（三）进一步推动高质量发展。坚持把巡视整改与乡村振兴结合起来。
";
    let r = convert(text);
    assert_states(&r, &[("关于“耕地保", Done), ("关于“涉农资", InProgress)]);
    assert_eq!(problems(&r).len(), 2, "{:?}", problems(&r));
    assert_accounted(text, &r);
}

/// A top-level section of the work whose title quotes the failings it digs
/// into (`二、聚焦“两个不到位”深挖问题根源`) over one paragraph: a section
/// of the notice's account, not a problem.
#[test]
fn a_line_of_work_quoting_failings_is_no_problem() {
    let text = "\
中共某某市统计局党组关于市委巡察反馈意见整改进展情况的通报
巡察反馈的2个问题中，已完成整改1个，正在整改1个。
一、整改工作开展情况
局党组召开专题会议研究部署整改工作。
二、聚焦“两个不到位”深挖问题根源
局党组认真剖析问题根源，认为主要是责任传导不到位、制度执行不到位，正在从制度上补短板。
三、巡察反馈问题整改情况
1.统计数据质量核查不到位，部分企业报表存在差错。整改情况：已完成整改。
2.统计执法检查覆盖面不广。整改情况：正在整改。
";
    let r = convert(text);
    assert_states(&r, &[("统计数据质量", Done), ("统计执法检查", InProgress)]);
    assert_eq!(problems(&r).len(), 2, "{:?}", problems(&r));
    assert_accounted(text, &r);
}

/// Findings numbered after a word of their own (`短板一：` … `短板四：`)
/// that runs on across groups headed by short lines of their own
/// (`“阵地服务”维度`), each finding followed by its `整改措施：`: the lines
/// head the groups, so none is left in the measure above it (where it hid
/// the measure's own `正在…`); the summary after the last measure counts
/// them all and stays out of it.
#[test]
fn word_numbered_findings_running_on_under_group_lines() {
    let text = "\
某某县图书馆关于服务效能评估反馈问题整改情况的报告
一、对照评估意见逐条整改
“阵地服务”维度
短板一：周末开放时间不足，群众反映借阅不便。
整改措施：实行错时延时开放，周末开放至20:00。
短板二：馆内无障碍设施不完善。
整改措施：增设无障碍坡道扶手2处。
“数字服务”维度
短板三：线上借阅平台未与县政务客户端打通。
整改措施：已与县融媒体中心对接，目前正在开发调试接口，计划6月底前完成。
短板四：数字资源更新慢。
整改措施：建立数字资源月更新制度，每月上传不少于5条。
截至3月20日，4条短板弱项中已完成整改3条，其余正在按方案推进。
二、下一步工作
持续提升服务效能。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("周末开放时间", Done),
            ("馆内无障碍设", Done),
            ("线上借阅平台", InProgress),
            ("数字资源更新", Done),
        ],
    );
    assert_eq!(problems(&r).len(), 4, "{:?}", problems(&r));
    let t = r.stated_totals.as_ref().expect("totals");
    assert_eq!((t.total, t.done), (Some(4), Some(3)));
    assert_accounted(text, &r);
}

/// Findings numbered again under each unit (`（一）东城区` › `1.` `2.`),
/// then one paragraph per unit opened by its name answering by number
/// (`东城区：第1项…；第2项…`): each number is that unit's problem, never
/// the last unit's list; a step done first (`…已完成设计招标，施工图设计
/// 正在审查，计划…`) is no verdict when the rest says the work goes on.
#[test]
fn replies_by_unit_name_and_number_stay_with_that_unit() {
    let text = "\
某某市城乡建设局关于桥梁安全专项督查发现问题整改情况的通报
一、督查发现的主要问题
（一）东城区
1.滨河路桥伸缩缝止水带破损脱落。
2.青石桥检测评定为C级，维修建议至今未实施。
（二）西城区
1.人行天桥照明灯具损坏率超过30%。
2.跨河桥未设置限高限载标志。
（三）市道桥养护中心
1.桥梁经常性检查计划执行不到位。
2.隧道应急预案未及时更新。
二、整改落实情况
东城区：第1项问题已整改到位，止水带已全部更换。第2项青石桥维修加固工程已完成设计招标，施工图设计正在审查，计划9月底前完工。
西城区：第1项已更换全部损坏灯具，第2项已增设限高限载标志4组，以上2项已整改到位。
市道桥养护中心：第1项已调整巡检班组排班，检查频次已达到规范要求，已整改到位；第2项应急预案修订正在征求意见，计划6月底前印发。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("滨河路桥伸缩", Done),
            ("青石桥检测评", InProgress),
            ("人行天桥照明", Done),
            ("跨河桥未设置", Done),
            ("桥梁经常性检", Done),
            ("隧道应急预案", InProgress),
        ],
    );
    assert_eq!(problems(&r).len(), 6, "{:?}", problems(&r));
    assert_accounted(text, &r);
}

/// Findings quoted one after another inside an area's paragraph, after the
/// words that bring them in: answered by number in the same paragraph and
/// the next ones (`指出了“…”“…”“…”3个问题。针对第一个问题，…` ›
/// `针对第二个问题，…` › `针对第三个问题，…`); answered in order in their own
/// words (`巡察指出，“…”“…”。党组…交流轮岗…，该问题已整改完成。…`); or all
/// at once (`…的问题有：“…”“…”。…上述2个问题已全部整改完成。`). Each quote
/// is a problem; the totals after the last area count them all, and the
/// sentence after them counts the rest.
#[test]
fn findings_quoted_inline_are_problems() {
    let text = "\
中共某某市外事办公室党组关于市委巡察反馈意见整改进展情况的通报
一、巡察反馈问题整改落实情况
（一）关于贯彻落实党中央决策部署方面
巡察组在这一方面指出了“理论学习不够深入系统”“政策落地跟踪机制不健全”“重点项目协调服务不够”3个问题。针对第一个问题，党组修订了中心组学习制度，已整改完成。
针对第二个问题，建立季度会商机制，该问题已整改到位。
针对第三个问题，仍有2个项目进度滞后，目前正在协调推进。
（二）关于落实新时代党的组织路线方面
巡察指出，“干部交流轮岗不够”“年轻干部培养渠道偏窄”。党组对3名任职满5年的科室负责人进行了交流轮岗，该问题已整改完成。关于年轻干部培养问题，党组已选派2名年轻干部挂职锻炼。该项工作需要长期坚持。
（三）关于巡察审计整改方面
巡察组在此方面反馈的问题有：“档案管理不规范”“固定资产账实不符”。党组将上述2个问题一体推进，上述2个问题已全部整改完成。
截至9月15日，7个问题中已完成整改5个。
其余2个问题中，1个正在按计划推进；1个需要长期坚持。
二、下一步工作打算
持续抓好整改落实。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("“理论学习不", Done),
            ("“政策落地跟", Done),
            ("“重点项目协", InProgress),
            ("“干部交流轮", Done),
            ("“年轻干部培", LongTerm),
            ("“档案管理不", Done),
            ("“固定资产账", Done),
        ],
    );
    let t = r.stated_totals.as_ref().expect("totals");
    assert_eq!(
        (t.total, t.done, t.in_progress, t.long_term),
        (Some(7), Some(5), Some(1), Some(1))
    );
    assert_accounted(text, &r);
}

/// Replies printed under a heading of the work (`（二）逐项推进整改。`),
/// beside another such heading with no replies (`（一）强化组织领导。`),
/// each reply led by the number of the finding it answers (`关于第1项问题。`)
/// or by its words in quotes (`关于“储备项目未纳入计划”问题。`): the
/// findings take their states, the replies are no problems; `均已明确整改
/// 时限` sets the work out, it does not finish it.
#[test]
fn replies_by_number_or_quoted_words_beside_a_heading_of_the_work() {
    let text = "\
某某市土地储备中心关于审计调查发现问题整改情况的公告
一、审计调查发现的问题
1.土地储备专项债券资金闲置。有1.37亿元未形成实际支出。
2.超范围列支土地储备资金。列支日常公用经费48.6万元。
3.部分储备项目未纳入年度储备计划。涉及2个项目。
二、对账销号推进情况
（一）强化组织领导。中心成立审计整改工作领导小组，制定整改方案。
（二）逐项推进整改。
关于第1项问题。已支出闲置债券资金1.02亿元，剩余资金调整手续正在审核，均已明确整改时限和责任人。
关于第2项问题。已将48.6万元从土地储备资金中调出，已整改到位。
关于“储备项目未纳入年度计划”问题。已将2个项目补充纳入年度计划，已整改完成。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("土地储备专项", InProgress),
            ("超范围列支土", Done),
            ("部分储备项目", Done),
        ],
    );
    assert_eq!(problems(&r).len(), 3, "{:?}", problems(&r));
    assert_accounted(text, &r);
}

/// A first section that gives an account of the work, its headings lines
/// of the work and, last, how the work stands as a whole (`（四）整改总体
/// 进展。检查组反馈问题共3项，…`): no problems; the totals are read there.
#[test]
fn an_account_of_the_work_ending_with_how_it_stands() {
    let text = "\
某某公司关于专项检查反馈问题整改情况的报告
一、整改工作总体情况
（一）强化组织领导。公司成立整改工作领导小组。
（二）压实整改责任。制定整改方案，细化整改任务12项。
（三）整改总体进展。检查组反馈问题共3项，截至12月25日，已完成整改2项，正在整改1项。
二、反馈问题整改情况
问题一：部分服务区卫生间保洁不及时。
整改进展：已完成。
问题二：部分服务区价格公示不规范。
整改进展：已完成。
问题三：部分服务区充电桩数量不足。
整改进展：正在整改，计划明年6月底前完成。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("部分服务区卫", Done),
            ("部分服务区价", Done),
            ("部分服务区充", InProgress),
        ],
    );
    assert_eq!(problems(&r).len(), 3, "{:?}", problems(&r));
    let t = r.stated_totals.as_ref().expect("totals");
    assert_eq!(
        (t.total, t.done, t.in_progress),
        (Some(3), Some(2), Some(1))
    );
    assert_accounted(text, &r);
}

/// Paragraphs under an area's heading, each quoting a finding in its first
/// sentence (`巡察指出“…偏少”。…`, `对“…不够严谨…”问题，…已整改完成。`) and
/// going on with the work on it: each is a problem. A field's paragraph
/// that quotes a phrase (`现在怎样：…“一次不用跑”…`) is none.
#[test]
fn paragraphs_each_quoting_a_finding_are_problems() {
    let text = "\
中共某某报业集团委员会关于巡察反馈意见整改进展情况的通报
一、反馈问题整改落实情况
（一）锻造“硬队伍”，在干部队伍建设上精准发力
巡察指出，集团“干部队伍年龄结构老化，年轻干部培养储备不足”。集团党委建立年轻干部人才库，首批纳入38人。年轻干部培养是一项长期任务，将常态化推进。
对“选人用人程序不够严谨，个别干部任职前考察不全面”问题，集团党委逐一复查干部档案，补齐考察材料7份，已整改完成。
（二）守住“生命线”，在经营管理上持续攻坚
关于“财务报销审核把关不严”问题，集团上线财务共享平台，纠正不规范报销事项21笔。该问题已整改完成。
巡察反馈的“部分经营性房产长期闲置”问题，集团已盘活2处，另1处正在办理产权手续。
二、下一步工作打算
持续深化巡察整改。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("巡察指出，集", LongTerm),
            ("对“选人用人", Done),
            ("关于“财务报", Done),
            ("巡察反馈的“", InProgress),
        ],
    );
    assert_eq!(problems(&r).len(), 4, "{:?}", problems(&r));
    assert_accounted(text, &r);
}

/// A notice written to put this session's shapes side by side: portal
/// chrome; totals, then the rest counted in the next sentence; units one
/// level under an area, each counting the hazards it lists (`1.…有限公司
/// （属地：…）。检查发现隐患2处：①…；②…。`: the count before the colon says
/// the numbered findings are the problems, the unit their group); quoted
/// findings answered by number; a one-cell-per-line table opening with a
/// group row; next steps led by a manner (`坚定不移…`).
#[test]
fn this_sessions_shapes_side_by_side() {
    let text = "\
首页 > 政务公开 > 通知公告
栖梧县应急管理局关于2026年汛前安全生产综合检查发现问题整改情况的通报
发布时间：2026-05-20　来源：县应急管理局
各乡镇人民政府，县安委会有关成员单位：
4月下旬，县安委会办公室组织对全县重点行业领域开展汛前安全生产综合检查，共发现问题隐患11个。截至5月15日，11个问题中已整改到位8个。
其余3个问题均已明确整改措施和完成时限，正在按计划推进。
一、检查发现的问题隐患及整改情况
（一）重点企业
1.栖梧县青石建材有限公司（属地：青石镇）。检查发现隐患2处：①破碎机皮带防护罩缺失；②配电房未配备绝缘垫。上述2处隐患已整改完毕。
2.栖梧县鸿运物流有限公司（属地：城关镇）。检查发现隐患3处：①危险货物运输车辆卫星定位装置离线；②驾驶员安全教育记录缺失；③停车场消防通道被占用。整改情况：第①③项已整改到位。第②项正在整改，计划5月底前补齐记录。
（二）行业监管部门
巡察组在这一方面指出了“县交通运输局对货运源头企业检查频次不足”“县住建局在建工地防汛预案演练流于形式”2个问题。针对第一个问题，县交通运输局已制定年度检查计划，已整改完成。
针对第二个问题，县住建局组织在建工地开展防汛演练12场，目前正在对演练效果进行评估。
（三）乡镇属地管理
序号
问题描述
整改措施
整改状态
（一）山洪灾害防御（2个）
1
青石镇2处山洪预警广播无法正常播放。
更换故障广播终端2台。
已完成
2
城关镇转移避险预案未更新。
1.重新修订转移避险预案。
2.组织群众开展转移演练。
已完成
（二）地质灾害防治（2个）
3
3处地质灾害隐患点未设置警示牌。
设置警示牌6块。
已完成
4
1处地质灾害隐患点监测设备损坏。
设备正在采购中。
整改中
二、下一步工作要求
（一）坚定不移抓好剩余问题整改。各责任单位要对未完成的问题紧盯时限，确保按期完成。
（二）进一步压实属地管理责任。
栖梧县应急管理局
2026年5月18日
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("破碎机皮带防", Done),
            ("配电房未配备", Done),
            ("危险货物运输", Done),
            ("驾驶员安全教", InProgress),
            ("停车场消防通", Done),
            ("“县交通运输", Done),
            ("“县住建局在", InProgress),
            ("青石镇2处山", Done),
            ("城关镇转移避", Done),
            ("3处地质灾害", Done),
            ("1处地质灾害", InProgress),
        ],
    );
    let t = r.stated_totals.as_ref().expect("totals");
    assert_eq!(
        (t.total, t.done, t.in_progress),
        (Some(11), Some(8), Some(3))
    );
    assert_accounted(text, &r);
}
