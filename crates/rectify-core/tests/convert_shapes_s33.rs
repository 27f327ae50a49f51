//! Shapes met in session 33. Every notice here is my own, one per shape,
//! and each test failed on the converter of the session's start (a36bf8d).

mod common;

use common::{assert_accounted, assert_states};
use rectify_core::convert::{convert_notice, ConvertOptions};
use rectify_core::model::{NodeKind, Report, Status};

fn convert(text: &str) -> Report {
    convert_notice(text, &ConvertOptions::default()).report
}

use Status::*;

fn problems(r: &Report) -> Vec<&str> {
    r.walk()
        .filter(|n| n.kind == NodeKind::Problem)
        .map(|n| n.title.as_str())
        .collect()
}

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
