//! Shapes met in session 31. Set 26 (91 problems in 6 notices), written by
//! writers who had read neither the converter nor its samples, scored
//! 75 / 64 / 13 / 1 (problems found / with the writer's status / extra /
//! notices exact) on the converter of the session's start.
//!
//! Every notice here is my own, one per shape.

mod common;

use common::{assert_accounted, assert_states, convert, problems, stated_triple, states};
use rectify_core::model::{NodeKind, Status};

use Status::*;

/// Sections whose problems have no numbers: each a finding of one
/// sentence, then a paragraph of the work done on it, keyed by nothing
/// (`对此，…`, `针对这一问题，…`, or the work itself). The last finding's
/// words name no shortcoming a rule knows.
#[test]
fn unnumbered_findings_each_before_the_work_done_on_it() {
    let text = "\
某某区水务局党组关于区委巡察反馈意见整改情况的通报
一、在基层党组织建设上
支部组织生活制度执行不够严格，部分支部主题党日活动流于形式。
针对这一问题，局党组对7个支部逐一开展督导，制定主题党日活动清单，建立季度检查机制。该问题已整改完成。
党员发展工作程序不规范，个别发展对象培养考察材料缺失。
对此，局机关党委对近三年发展的12名党员档案逐一复核，补齐材料8份。该问题已整改到位。
小型水利工程验收资料归档率偏低。
局党组组织对2022年以来实施的46个项目开展资料清查，已补充归档38个，其余8个正在补充，计划年底前完成。
二、下一步工作打算
局党组将持续巩固整改成果。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("支部组织生活", Done),
            ("党员发展工作", Done),
            ("小型水利工程", InProgress),
        ],
    );
    assert_eq!(problems(&r).len(), 3, "{:?}", problems(&r));
    assert_accounted(text, &r);
}

/// Findings each before a keyed report, only one of them in a finding's
/// words (`部分…未…`); the others open plainly (`违规…`, `…不准确`) or
/// with words of a result in a shortcoming (`已完工项目未及时…`).
#[test]
fn findings_before_keyed_reports_in_any_words() {
    let text = "\
某某集团关于审计发现问题整改情况的报告
一、财务管理方面
部分应收款项长期挂账未清理。截至2024年末，3年以上应收款共计2100万元。
整改情况：已收回860万元，其余正在通过诉讼追收。
违规向关联企业拆借资金。2023年5月，所属公司出借资金500万元。
整改情况：已全额收回本金及利息。该问题已整改完成。
已完工项目未及时办理竣工决算。超过1年未办理决算的项目共6个。
整改情况：已完成决算6个。该问题已整改完成。
二、下一步安排
集团将持续抓好整改。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("部分应收款项", InProgress),
            ("违规向关联企", Done),
            ("已完工项目未", Done),
        ],
    );
    assert_eq!(problems(&r).len(), 3, "{:?}", problems(&r));
    assert_accounted(text, &r);
}

/// A 督查 bulletin whose dispositions demand the work by a date
/// (`【处置】限期于…前…`, `责令…限期于…前完成整改`): in progress, though
/// the demand holds words of completion; its count's breakdown in
/// brackets is no more of the count.
#[test]
fn dispositions_that_set_a_deadline_are_under_way() {
    let text = "\
某某市政府督查室关于第三季度安全生产督查情况的通报
本次督查共发现问题3个，已整改到位1个，其余2个正在整改（其中限期整改1个、移交有关部门处理1个）。
一、督查发现的问题
1.【问题】某工地塔吊司机无证上岗。【处置】责令施工单位立即停工整顿，限期于2025年12月31日前完成整改。
2.【问题】某市场燃气报警装置缺失。【处置】已整改。已安装报警装置12台。
3.【问题】某中转站防渗设施破损。【处置】限期于2025年11月15日前全部整改销号，整改结果报备案。
二、有关要求
各单位要举一反三。
";
    let r = convert(text);
    assert_eq!(states(&r), [InProgress, Done, InProgress]);
    assert_eq!(stated_triple(&r), Some((3, 1, 2)));
    assert_accounted(text, &r);
}

/// Problems numbered `1.` indented, each with its report line, then its
/// measures numbered `1.` again without indentation; a measure opening as
/// its problem does (`局党组…`) still continues the measures.
#[test]
fn measures_numbered_again_after_a_problems_report() {
    let text = "\
中共某某县林业局党组关于巡察整改进展情况的通报
一、落实全面从严治党责任方面
　　1.局党组落实主体责任不够有力，压力传导层层递减。
　　整改进展：已完成。
1.制定主体责任清单，细化班子成员责任。
2.局党组书记与二级单位负责人逐一开展提醒谈话。
　　2.廉政风险排查不全面，重点环节防控措施不完善。
　　整改进展：正在整改。
1.组织重点环节风险排查，已排查风险点42个。
2.修订内控制度，正在征求意见。
二、下一步工作打算
局党组将持续抓好整改。
";
    let r = convert(text);
    assert_eq!(problems(&r).len(), 2, "{:?}", problems(&r));
    assert_states(&r, &[("局党组落实主", Done), ("廉政风险排查", InProgress)]);
    assert_accounted(text, &r);
}

/// A report that plans the rest by a date (`其余…预计…前全部完成`) and then
/// names one more measure taken (`；修订《…》`): the rest is still open.
#[test]
fn the_rest_planned_before_a_last_measure_is_open() {
    let text = "\
某某镇党委关于巡察整改情况的通报
一、整改落实情况
1.问题：村级工程项目管理不规范，部分项目未进行决算审计。整改情况：已完成12个项目的补充审计，其余5个项目已委托第三方开展审计，预计2025年11月底前全部完成；修订《村级工程项目管理办法》。
2.问题：村务公开不及时。整改情况：已完成整改，建立村务公开月报制度。
";
    let r = convert(text);
    assert_eq!(states(&r), [InProgress, Done]);
    assert_accounted(text, &r);
}

/// Groups titled with their count (`第一类　督察反馈问题（2个）`) over
/// items numbered as measures are (`①…`), each with its keyed report and
/// a state tag: each report is its item's, not the group's.
#[test]
fn circled_items_under_a_counted_group_keep_their_reports() {
    let text = "\
某某镇人民政府关于督察反馈问题整改进展情况的公示
第二部分　具体问题整改进展情况
第一类　督察反馈问题（2个）
①河道沿线约120户生活污水直排。
整改情况：一是建设污水处理设施2座；二是铺设管网3.6公里。【已完成】
②垃圾中转站渗滤液收集设施不完善。
整改情况：新建收集池1座，目前正在调试。【整改中】
第二类　交办信访件（1件）
①群众反映一餐饮店油烟直排。
整改情况：督促安装油烟净化设施，经检测达标。【已完成】
";
    let r = convert(text);
    assert_eq!(states(&r), [Done, InProgress, Done]);
    let first = r
        .walk()
        .find(|n| n.title.starts_with("河道沿线"))
        .expect("the first item");
    assert!(first.body.contains("污水处理设施"), "{:?}", first.body);
    assert_accounted(text, &r);
}

/// A section whose text counts the problems (`…反馈的3个具体问题，已完成
/// 整改2个，正在推进1个`) right before a table of 3 rows: the table is the
/// section's, and its count is the report's stated totals.
#[test]
fn a_section_counting_the_rows_of_the_table_below_it() {
    let text = "\
某某集团党委关于巡视整改进展情况的通报
一、加强组织领导
集团党委成立整改领导小组，对照巡视反馈的3个具体问题制定整改方案。
二、聚焦反馈问题，推进整改落地
截至2025年9月30日，巡视组反馈的3个具体问题，已完成整改2个，正在推进1个。
序号\t反馈问题\t整改措施\t整改状态
1\t理论学习不够深入系统\t修订学习规则\t已完成
2\t主业投资占比偏低\t制定主业投资管理办法\t推进中
3\t公务用车管理不规范\t加装定位终端\t已完成
三、下一步工作打算
集团党委将持续抓好整改。
";
    let r = convert(text);
    assert_eq!(states(&r), [Done, InProgress, Done]);
    assert_eq!(stated_triple(&r), Some((3, 2, 1)));
    let section = r
        .nodes
        .iter()
        .find(|n| n.title.starts_with("聚焦反馈问题"))
        .expect("section 二");
    assert_eq!(section.kind, NodeKind::Section);
    assert_accounted(text, &r);
}

/// A problem table whose cells are divided by bars without bars around the
/// rows, with group rows between them (`一、…方面`), then a section about
/// the problems left (`三、尚未完成整改问题的情况说明`) that is no problem.
#[test]
fn a_table_divided_by_bars_with_group_rows() {
    let text = "\
某某集团党委关于巡察整改进展情况的通报
一、整改工作开展情况
截至2024年12月31日，巡察反馈的3个问题中，已完成整改2个，正在整改1个。
二、巡察反馈问题整改进展情况
具体整改进展情况见下表：
序号｜反馈问题｜主要整改措施｜责任部门｜进展情况
一、党的建设方面
1｜理论学习不够深入｜修订学习规则｜党委办公室｜已完成
2｜基层党组织建设薄弱｜开展支部标准化建设｜组织部｜已完成
二、经营管理方面
3｜应收账款清收不力｜建立清收台账，已清收126万元｜财务部｜正在整改
三、尚未完成整改问题的情况说明
对正在整改的1个问题，集团党委已明确整改路线图和时间表，计划2025年6月底前完成。
四、下一步工作打算
集团党委将持续抓好整改。
";
    let r = convert(text);
    assert_eq!(states(&r), [Done, Done, InProgress]);
    assert_eq!(stated_triple(&r), Some((3, 2, 1)));
    assert_accounted(text, &r);
}

/// Sections with no keyword (`（一）关于立德树人根本任务落实`) over
/// paragraphs without numbers that each open with a finding and go on
/// with the work; a report that ordered others to act by a date (`督促
/// 限期整改`) and concludes its problem done (`该问题已整改完成。`) is done.
#[test]
fn unnumbered_paragraphs_under_headings_without_keywords() {
    let text = "\
中共某某学院委员会关于巡视整改进展情况的通报
一、对照反馈意见，逐项推进整改落实
（一）关于立德树人根本任务落实
思政课专职教师配备不足，师生比未达到要求。学校新引进思政课专职教师12名，师生比已达到1:340，该问题已整改完成。
课程思政建设推进不平衡，部分专业示范课程偏少。学校立项建设示范课程30门，目前正在推进，计划2024年底前完成。
（二）关于管党治党政治责任
基层党组织建设存在薄弱环节，个别党支部组织生活流于形式。学校约谈6个党支部，督促限期整改，开展标准化建设提升行动。该问题已整改完成。
作风建设存在薄弱环节，个别单位公务接待审批不规范。学校修订公务接待管理办法，开展专项检查。该问题已整改完成。
二、下一步工作打算
学校党委将持续巩固整改成果。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("思政课专职教", Done),
            ("课程思政建设", InProgress),
            ("基层党组织建", Done),
            ("作风建设存在", Done),
        ],
    );
    assert_eq!(problems(&r).len(), 4, "{:?}", problems(&r));
    assert_accounted(text, &r);
}

/// A finding with its description, then its report introducing a list
/// (`整改情况：已整改。该局采取了以下整改措施：`) numbered `1.` again: the
/// list is its measures; a section planning what is left (`二、尚未完成问题
/// 的推进安排`) is no problem.
#[test]
fn measures_listed_after_a_report_that_introduces_them() {
    let text = "\
某某县审计局关于审计查出问题整改情况的公告
一、审计查出问题的整改情况
（一）县教育局预算执行审计
1.结余资金未按规定收回。
2023年末，该局3个项目结余资金合计186万元未收回。
整改情况：已整改。结余资金已全部上缴县财政。
2.政府采购程序不规范。
2023年，该局将同一品目项目拆分采购。
整改情况：已整改。该局采取了以下整改措施：
1.对负有直接责任的2名工作人员进行了批评教育；
2.修订政府采购内部控制管理制度；
3.组织财务人员开展政府采购业务培训2期。
3.公务卡使用不规范。
整改情况：正在整改，计划年底前完成。
二、尚未完成问题的推进安排
公务卡问题，县教育局正在完善制度，计划年底前完成。
";
    let r = convert(text);
    assert_eq!(states(&r), [Done, Done, InProgress]);
    assert_eq!(problems(&r).len(), 3, "{:?}", problems(&r));
    assert_accounted(text, &r);
}

/// Written after the last change (a notice of my own): a measure that
/// opens with a year right after its number (`2.2026年交流…`) is a
/// measure, not a decimal; the next problem (`2.专业技术人才储备不足。`)
/// states a shortcoming as the problems do, so it goes on with them, not
/// with the measures numbered alike.
#[test]
fn a_shortcoming_after_measures_numbered_alike_goes_on_with_the_problems() {
    let text = "\
某某局党组关于巡察整改进展情况的通报
一、在干部队伍建设上
1.干部交流轮岗不够。
整改情况：已整改。局党组采取了以下措施：
1.制定干部交流轮岗办法；
2.2026年交流轮岗科级干部11名。
2.专业技术人才储备不足。
整改情况：正在整改，其余2名计划2027年6月底前引进。
3.年轻干部培养不够。
整改情况：已完成整改。
";
    let r = convert(text);
    assert_eq!(states(&r), [Done, InProgress, Done]);
    let first = r
        .walk()
        .find(|n| n.title.starts_with("干部交流轮岗"))
        .expect("the first problem");
    assert_eq!(first.children.len(), 2);
    assert_accounted(text, &r);
}

/// Problems listed in one paragraph (`督查发现两方面问题：一是…；二是…。`)
/// whose last item goes on with a demand for them all (`对上述问题，…限期于
/// …前整改到位`): every item is under way, not only the last.
#[test]
fn a_demand_for_a_whole_inline_list_is_each_items() {
    let text = "\
某某市政府督查室关于专项督查情况的通报
一、督查发现的问题
（一）市卫生健康委员会
督查发现两方面问题：一是家庭医生签约服务履约不到位，随访率仅为54.3%；二是部分基层医疗机构医疗废物暂存间管理不规范。对上述问题，督查组已责令市卫生健康委员会督促相关单位限期于2025年11月30日前整改到位。
（二）市城市管理局
1.【问题】部分路段井盖缺失。【处置】已整改。已补设井盖23处。
2.【问题】中转站防渗设施破损。【处置】限期于2025年12月20日前完成防渗设施改造。
";
    let r = convert(text);
    assert_eq!(states(&r), [InProgress, InProgress, Done, InProgress]);
    assert_accounted(text, &r);
}

/// Problems as unnumbered one-line headings, each followed by its
/// measures (`整改措施：…`) and its report (`整改成效：…`); under one group
/// the findings open with words of the process (`上轮巡察整改成果巩固不
/// 到位`), under another with a verb (`落实…还需持续深化`).
#[test]
fn one_line_findings_each_with_measures_and_a_report() {
    let text = "\
中共某某学院委员会关于巡察反馈意见整改进展情况的通报
一、巡察反馈问题的整改落实情况
（一）落实全面从严治党战略部署方面
科研经费报销审核把关不严
整改措施：一是全面自查科研经费报销情况；二是修订报销审核办法。
整改成效：违规资金已全部追回，该问题已完成整改。
落实中央八项规定精神还需持续深化
整改措施：一是组织专题学习；二是开展专项检查。
整改成效：作风建设持续加强，该项工作需长期坚持。
（二）落实巡视巡察、审计等监督发现问题整改方面
上轮巡察整改成果巩固不到位
整改措施：一是开展整改“回头看”；二是修订相关制度。
整改成效：该问题已完成整改。
二、下一步工作打算
学院党委将持续推动整改。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("科研经费报销", Done),
            ("落实中央八项", LongTerm),
            ("上轮巡察整改", Done),
        ],
    );
    assert_eq!(problems(&r).len(), 3, "{:?}", problems(&r));
    assert_accounted(text, &r);
}

/// A section recalling the last round, whose text counts more problems
/// than it lists (`反馈了17个问题` over three examples), beside this round's
/// problems: its items are examples, not problems of this notice; a count
/// of the towns visited (`共发现7个乡镇…问题15个`) is no total.
#[test]
fn a_recap_of_the_last_round_lists_examples_not_problems() {
    let text = "\
中共某某镇委员会关于巡察反馈意见整改进展情况的通报
此次巡察共发现3个村（社区）各类问题2个。截至11月15日，已完成整改1个，正在整改1个。
一、上一轮巡察反馈问题整改情况
2021年9月，县委巡察组反馈了3个方面17个问题。
1.部分村集体经济薄弱问题。全镇11个行政村集体经营性收入均超过10万元，该问题已整改到位。
2.镇区污水管网覆盖不全问题。累计新建管网8.6公里，该问题已整改到位。
至此，上一轮巡察反馈的17个问题已全部完成整改。
二、本轮巡察反馈问题整改进展情况
1.村级“三资”管理不规范。整改情况：已完成整改。
2.耕地保护责任落实不到位。整改情况：正在整改，计划年底前完成。
";
    let r = convert(text);
    assert_eq!(states(&r), [Done, InProgress]);
    assert_eq!(stated_triple(&r), Some((2, 1, 1)));
    assert_accounted(text, &r);
}
