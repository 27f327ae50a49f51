//! Shapes met in session 33. Every notice here is my own, one per shape,
//! and each test failed on the converter of the session's start (a36bf8d).

mod common;

use common::{assert_accounted, assert_states, convert, problems};
use rectify_core::model::{NodeKind, Status};

use Status::*;

/// A problem printed without its number after the numbered problems of a
/// section, each of them one paragraph with its own report.
#[test]
fn an_unnumbered_problem_after_the_numbered_ones() {
    let text = "\
某县交通运输局关于县委第一巡察组反馈意见整改进展情况的通报
一、工程建设管理方面
1.农村公路养护资金拨付滞后。部分乡镇养护资金未按季度拨付到位。县局已建立按季拨付台账，资金已全部拨付，该问题已整改完成。
2、工程变更审批不规范。个别项目存在先施工后审批现象。县局已修订变更管理办法，补办手续3项，目前已整改完成。
客运站安全检查记录不全，存在漏检漏记等问题。县局已督促企业完善检查台账，开展复查2次，该问题已整改完成。
二、行业监管方面
1.超限超载治理力度不够。县局已联合公安开展联合执法42次，目前正在持续推进。
2.出租车投诉处理不及时。县局已建立投诉限时办结制度，该问题已整改完成。
联系电话：0000-1234567
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("农村公路养护", Done),
            ("工程变更审批", Done),
            ("客运站安全检", Done),
            ("超限超载治理", InProgress),
            ("出租车投诉处", Done),
        ],
    );
    assert_eq!(problems(&r).len(), 5, "{:?}", problems(&r));
    assert_accounted(text, &r);
}

/// A portal page whose sidebar lists links to other notices above the
/// title, each opening with `·`: the title is the page's own line.
#[test]
fn links_above_the_title_are_not_the_title() {
    let text = "\
某县人民政府
热点推荐
· 中共某某镇委员会关于2021年县委巡察反馈意见整改进展情况的通报
· 某县2025年第二季度安全生产督查发现问题整改情况的通报
中共某某镇委员会关于县委第二巡察组巡察反馈意见整改进展情况的通报
发布时间：2025-11-03 09:12　　来源：某某镇人民政府
一、巡察反馈问题整改情况
1.问题：村级财务管理不规范。
整改情况：已完成清查，该问题已整改完成。
2.问题：产业发展谋划不足。
整改情况：正在推进，计划2026年6月底前完成。
";
    let r = convert(text);
    assert_eq!(
        r.meta.title,
        "中共某某镇委员会关于县委第二巡察组巡察反馈意见整改进展情况的通报"
    );
    assert_states(&r, &[("村级财务管理", Done), ("产业发展谋划", InProgress)]);
    assert_accounted(text, &r);
}

/// The document-information block of a 政府信息公开 page names the
/// document with `名　　称：`; the title is the line printed below it.
#[test]
fn the_name_field_of_the_information_block_is_not_the_title() {
    let text = "\
索引号：11350000MB0000000X/2025-00012　　主题分类：审计
发布机构：某某市档案馆　　成文日期：2025-12-01
名　　称：某某市档案馆关于市审计局审计发现问题整改情况的报告
某某市档案馆关于市审计局审计发现问题整改情况的报告
一、审计发现问题的整改情况
1.关于档案数字化经费结余未及时清理的问题。整改情况：已上缴财政，该问题已整改完成。
2.关于固定资产账实不符的问题。整改情况：正在清查，预计2026年3月底前完成。
";
    let r = convert(text);
    assert_eq!(
        r.meta.title,
        "某某市档案馆关于市审计局审计发现问题整改情况的报告"
    );
    assert_eq!(problems(&r).len(), 2, "{:?}", problems(&r));
    assert_accounted(text, &r);
}

/// A report to a 人大 ends with `意见和建议`, numbered like the problems'
/// categories: advice, not problems.
#[test]
fn an_advice_section_holds_no_problems() {
    let text = "\
某市人大常委会预算工作委员会关于审计查出突出问题整改情况跟踪监督的报告
一、突出问题整改情况
1.关于部分专项资金闲置的问题。审计指出，3个部门专项资金结存超过两年。目前已收回统筹1200万元，该问题已整改完成。
2.关于公租房分配管理不规范的问题。审计指出，有52户不再符合条件仍在租住。目前已清退38户，其余正在清退中。
二、意见和建议
（一）持续推动未完成问题整改到位。市政府要督促有关部门对正在整改和尚未启动整改的问题明确时限，逐项跟踪。
（二）着力健全长效机制。对屡审屡犯的问题，要从制度层面加以规范。
以上报告，请予审议。
";
    let r = convert(text);
    assert_states(&r, &[("关于部分专项", Done), ("关于公租房分", InProgress)]);
    assert_eq!(problems(&r).len(), 2, "{:?}", problems(&r));
    assert_accounted(text, &r);
}

/// A table pasted one cell per line whose measures cell is a numbered list
/// printed one item a line: a row has more lines than the table columns.
#[test]
fn a_table_cell_may_be_a_list_one_item_a_line() {
    let text = "\
某县人民医院关于医疗质量专项检查发现问题整改情况的公示
序号
存在问题
整改措施
责任科室
整改状态
1
病历书写不规范，部分病程记录不及时。
1.修订病历书写质控办法；
2.开展全员培训2次。
医务科
已完成
2
抗菌药物使用强度偏高。
1.实行分级管理；
2.每月点评处方；
3.对超标科室约谈。
药剂科
正在整改
3
危急值报告记录不全。
在信息系统中嵌入强制提醒。
检验科
已完成
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("病历书写不规", Done),
            ("抗菌药物使用", InProgress),
            ("危急值报告记", Done),
        ],
    );
    assert_eq!(problems(&r).len(), 3, "{:?}", problems(&r));
    assert_accounted(text, &r);
}

/// Topic headings whose words name another kind of section elsewhere
/// (`主体责任`), over findings each followed by the work on it.
#[test]
fn a_topic_heading_with_a_work_word_over_findings_holds_problems() {
    let text = "\
中共某县民政局党组关于县委巡察反馈意见整改进展情况的通报
一、关于落实全面从严治党主体责任
（一）党组研究党风廉政建设频次偏少，压力传导不够。
局党组修订党组工作规则，2024年以来专题研究党风廉政建设4次，该问题已整改完成。
（二）对下属事业单位监管偏松，个别单位考勤流于形式。
局党组制定监管办法，推行线上考勤，该问题已整改完成。
二、关于干部队伍建设
（三）干部年龄结构老化，年轻干部储备不足。
通过公开招聘补充年轻干部5名，目前正在持续推进。
三、关于下一步工作
局党组将持续巩固整改成果。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("党组研究党风", Done),
            ("对下属事业单", Done),
            ("干部年龄结构", InProgress),
        ],
    );
    assert_eq!(problems(&r).len(), 3, "{:?}", problems(&r));
    assert_accounted(text, &r);
}

/// An `一是` list that goes on in the next paragraph (`三是…。四是…。`),
/// and one more item alone in the paragraph after that.
#[test]
fn an_ordinal_list_goes_on_in_the_next_paragraphs() {
    let text = "\
某街道关于区委巡察反馈问题整改进展情况的通报
一、基层治理方面
一是网格管理不够扎实，部分网格员身兼多职。已完成整改，新招录专职网格员6名。二是安全生产责任落实有差距，2个小区消防通道被占用。目前1个小区已清理，另1个仍在推进中。
三是为民办实事推进不力，社区食堂未按期开业。食堂已于9月开业，该问题已整改完成。四是流动党员底数不清。目前正在推进一人一档建设。
五是文明创建长效机制不健全。已建立月检查制度，该问题已整改完成。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("网格管理不够", Done),
            ("安全生产责任", InProgress),
            ("为民办实事推", Done),
            ("流动党员底数", InProgress),
            ("文明创建长效", Done),
        ],
    );
    assert_eq!(problems(&r).len(), 5, "{:?}", problems(&r));
    assert_accounted(text, &r);
}

/// Complaint cases handed over by an inspection, each a card of keyed
/// lines opening with its 受理编号, the state in `是否办结`.
#[test]
fn complaint_cases_as_cards() {
    let text = "\
某县生态环境保护督察整改办关于督察交办信访件办理情况的公示
受理编号：X1AA202505110001
被投诉对象：某某建材有限公司
问题类型：大气、噪音
调查核实情况：经查，反映问题部分属实。
处理和整改情况：已责令改正并处罚款3万元。
是否办结：已办结
受理编号：D1AA202505130002
被投诉对象：某某砂石场
问题类型：生态
调查核实情况：经查，反映问题属实。
处理和整改情况：已罚款32万元，生态修复正在实施。
是否办结：阶段性办结
";
    let r = convert(text);
    let found: Vec<(String, Option<Status>)> = r
        .walk()
        .filter(|n| n.kind == NodeKind::Problem)
        .map(|n| (n.label.clone(), n.status))
        .collect();
    assert_eq!(
        found,
        [
            ("X1AA202505110001".to_string(), Some(Done)),
            ("D1AA202505130002".to_string(), Some(InProgress)),
        ]
    );
    assert_accounted(text, &r);
}

/// The preamble states each problem's state by its number, the problems
/// numbered on across their headings; their own reports state none.
#[test]
fn the_preamble_names_the_problems_states_by_number() {
    let text = "\
某市公共资源交易中心关于审计发现问题整改情况的报告
审计指出的5个问题中，已整改到位3个，正在整改1个，需长期坚持1个。其中，第1至2项和第4项问题已整改到位；第3项问题已完成阶段性整改，剩余事项正在推进；第5项问题需长期坚持。
一、平台运行管理方面
1.关于电子档案归档不完整的问题
整改情况：补齐电子档案120份。
2.关于评标专家动态管理不到位的问题
整改情况：清理评标专家41名。
二、资金管理方面
3.关于沉淀保证金清理不彻底的问题
整改情况：已退还143笔，其余在市政府网站公告。
4.关于交易服务费收取不规范的问题
整改情况：多收费用8.42万元全部退还。
5.关于交易监督机制不健全的问题
整改情况：制定线索移交办法。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("关于电子档案", Done),
            ("关于评标专家", Done),
            ("关于沉淀保证", InProgress),
            ("关于交易服务", Done),
            ("关于交易监督", LongTerm),
        ],
    );
    assert_accounted(text, &r);
}

/// An audit report to a 人大 lists a category's findings in one paragraph,
/// `一是…；二是…`, each ending with its state in a long clause.
#[test]
fn findings_in_a_paragraph_each_ending_with_a_long_state_clause() {
    let text = "\
关于某区2024年度审计查出问题整改情况的报告
二、审计查出问题的整改情况
（一）区级财政管理审计查出问题整改情况
1.关于部分非税收入未及时缴库的问题。审计指出，3个单位滞留非税收入2316.42万元。目前上述资金已全部缴入国库，该问题已整改到位。
（二）部门预算执行审计查出问题整改情况
审计抽查了11个部门，发现的问题及整改情况主要是：一是无预算支出，涉及3个部门41.75万元，相关部门已通过完善预算调整审批程序等方式整改到位；二是公务卡结算目录执行不严格，相关部门已修订内部财务管理制度，整改到位；三是固定资产账实不符，目前已完成资产清查，正在按程序办理报废核销手续。
（三）其他方面
2.关于专项资金结存的问题。审计指出，结存资金1.2亿元。目前正在统筹盘活。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("关于部分非税", Done),
            ("无预算支出，", Done),
            ("公务卡结算目", Done),
            ("固定资产账实", InProgress),
            ("关于专项资金", InProgress),
        ],
    );
    assert_eq!(problems(&r).len(), 5, "{:?}", problems(&r));
    assert_accounted(text, &r);
}

/// A question-and-answer notice: the questions that state a finding are
/// the problems; a question about the work in general is text.
#[test]
fn questions_that_state_no_finding_are_not_problems() {
    let text = "\
某学院党委负责人就巡察整改进展情况答问
问：学院党委是如何组织推进巡察整改工作的？
答：学院党委成立整改工作领导小组，召开专题会议5次。
问：理论学习中心组学习制度执行不够严格，学院采取了哪些措施？
答：学院修订了学习实施细则，该问题已整改完成。
问：目前整改工作总体进展如何？
答：截至6月30日，巡察反馈的3个问题中，已完成整改2个，另有1个需长期坚持。
问：科研经费报销审核不严，学院是如何处理的？
答：学院开展专项检查，清退不合规费用3.15万元，该问题已整改完成。
问：青年教师培养机制不健全，学院有什么考虑？
答：学院已制定成长助力计划，这项工作需长期坚持。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("问：理论学习", Done),
            ("问：科研经费", Done),
            ("问：青年教师", LongTerm),
        ],
    );
    assert_eq!(problems(&r).len(), 3, "{:?}", problems(&r));
    let t = r.stated_totals.as_ref().expect("totals");
    assert_eq!((t.total, t.done, t.long_term), (Some(3), Some(2), Some(1)));
    assert_accounted(text, &r);
}

/// A `整改进度：70%` line beside a report of results: in progress.
#[test]
fn a_progress_percentage_below_a_hundred_beside_the_report() {
    let text = "\
某港务集团党委关于市委巡察反馈意见整改进展情况的通报
一、巡察反馈问题整改情况
1.工程结算超付问题整改不到位。
整改进度：70%
整改情况：已追回超付款270.5万元，剩余115.9万元已向法院提起诉讼。
2.合同管理不规范。
整改进度：100%
整改情况：已修订合同管理办法，该问题已整改完成。
";
    let r = convert(text);
    assert_states(&r, &[("工程结算超付", InProgress), ("合同管理不规", Done)]);
    assert_accounted(text, &r);
}

/// Short title lines without numbers over paragraphs: the finding again,
/// the work, where it stands; the section opens with a summary that counts
/// them, and the notice's preamble recalls an earlier round's counts.
#[test]
fn title_lines_over_paragraphs_on_a_second_look() {
    let text = "\
某中心党总支关于巡察整改“回头看”情况的通报
截至2025年12月，巡察反馈的5个方面18个问题已完成整改17个。
一、“回头看”发现的短板弱项及改进情况
经过集中攻坚，3项短板弱项中，已改进到位2项，正在推进1项。具体情况如下：
监测预警信息化支撑能力不足
“回头看”发现，系统与医疗机构数据尚未实现互联互通，预警能力不足。
中心投入资金186万元建设监测预警平台。
该平台已于9月通过项目验收。
检验检测收费项目标准陈旧
“回头看”中了解到，部分收费仍执行2012年标准。
中心委托第三方开展成本测算，形成调整方案。
目前方案已报市发展改革委初审，尚需省级部门批复后方能完成。
疫苗冷链运输监管存在盲区
“回头看”发现，配送环节缺少温度实时监测。
中心加装温度监测终端，目前该项目已投入使用，该问题已整改到位。
二、下一步工作打算
持续推进未完成事项。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("监测预警信息", Done),
            ("检验检测收费", InProgress),
            ("疫苗冷链运输", Done),
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

/// A table pasted one cell per line whose category cell was merged into
/// its group's first row: the rows below leave it out.
#[test]
fn a_merged_category_cell_is_printed_once_per_group() {
    let text = "\
某街道党工委巡察反馈问题整改落实情况一览表
序号
问题类别
问题表现
整改措施
责任领导
整改进展
1
党的建设方面
网格化管理工作落实不够到位，部分网格员职责不清。
修订网格化管理细则。
党工委副书记
已完成。
2
意识形态工作责任制落实不够严格，宣传阵地管理薄弱。
制定意识形态工作责任清单。
党工委副书记
正在整改。
3
作风建设方面
个别社区违规发放加班补贴。
全部清退。
纪工委书记
已完成。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("网格化管理工", Done),
            ("意识形态工作", InProgress),
            ("个别社区违规", Done),
        ],
    );
    assert_eq!(problems(&r).len(), 3, "{:?}", problems(&r));
    assert_accounted(text, &r);
}

/// A notice copied from a PDF whose line at the page width ends with `；`
/// in the middle of a paragraph.
#[test]
fn a_wrapped_line_ending_with_a_semicolon_goes_on() {
    let text = "\
某县教育局党组关于县委巡察反馈意见整改进展情况的通报
二、巡察反馈问题整改进展情况
（一）关于落实各类监督发现问题整改工作方面存在的问题
1.上轮巡察反馈的校外培训机构监管问题整改不到位。
整改进展：联合县市场监管局等部门开展校外培训机构专项治
理，全面排查校外培训机构97家，依法查处无证办学机构11家，
已全部整改到位。该问题已完成整改。
2.审计指出的学校基建项目超概算问题未整改到位。
整改进展：对审计指出的县第二中学综合楼等2个项目超概算
问题，已按程序完成概算调整审批手续，对相关责任人进行了
批评教育，对施工单位进行了约谈，对监理单位进行了通报；
出台《县教育系统基本建设项目管理办法》，严格执行概算控
制。该问题已完成整改。
3.部分学校营养改善计划资金结余较大。
整改进展：督促9所学校将结余资金全部用于改善学生膳食营
养，建立营养改善计划资金季度通报制度，正在推进绩效评价，
计划2026年3月底前完成。
三、下一步工作打算
继续实行台账管理。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("上轮巡察反馈", Done),
            ("审计指出的学", Done),
            ("部分学校营养", InProgress),
        ],
    );
    assert_eq!(problems(&r).len(), 3, "{:?}", problems(&r));
    // The paragraph goes on past the `；`: its rest is the second problem's.
    let second = r
        .walk()
        .filter(|n| n.kind == NodeKind::Problem)
        .nth(1)
        .unwrap();
    assert!(second.body.contains("出台《县教育系统"), "{}", second.body);
    assert_accounted(text, &r);
}

/// Findings labelled `问题1：` … under two headings, with no state of
/// their own (one reads as one in its finding's words); a later section
/// gives the states naming them `问题1、2、4…`.
#[test]
fn a_later_section_names_the_problems_by_their_labels() {
    let text = "\
某区民政局关于养老机构安全专项检查发现问题整改情况的通报
一、检查发现的主要问题
（一）消防安全方面
问题1：某某敬老院消防控制室无人值守。
问题2：某某安养院疏散通道堆放杂物。
（二）食品安全方面
问题3：某某中心食堂未落实留样制度。
问题4：部分机构厨师健康证过期。
问题5：某某养老院1部电梯超期未检验仍在使用。
二、问题整改情况
截至2026年3月31日，问题1、2、4、5已整改完成并经复查销号。
问题3正在整改，计划于2026年6月底前完成。
三、下一步工作要求
压实安全责任。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("某某敬老院消", Done),
            ("某某安养院疏", Done),
            ("某某中心食堂", InProgress),
            ("部分机构厨师", Done),
            // Its own words (`仍在使用`) describe the finding.
            ("某某养老院1", Done),
        ],
    );
    assert_accounted(text, &r);
}
