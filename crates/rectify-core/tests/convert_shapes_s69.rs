//! Shapes met in session 69. Every notice here is my own, and each test
//! fails on the converter of the session's start (2caef3d).

mod common;

use common::{assert_accounted, assert_owners, assert_states, convert, focus_areas, problems};
use rectify_core::model::Status;

use Status::*;

/// Careless numbering: `三.` for `三、`, and a `（3）` for the third of
/// `（一）` `(二)`. The `三.` heads an area as `一、` does, and the `（3）`
/// (no `(n)` list before it) is a problem beside the two before, not a
/// measure of the second.
#[test]
fn careless_numbering() {
    let text = "\
某镇党委关于巡察整改进展情况的通报

巡察反馈问题5个，已完成整改4个，正在整改1个。

一、关于落实上级决策部署方面
（一）衔接资金项目推进缓慢。
整改情况：已逐一梳理，目前均已开工建设。
整改状态：已整改
(二)耕地保护责任落实不到位。
整改情况：已复耕98亩，剩余部分正在协调流转。
整改状态：正在整改中
（3）安全生产监管存在薄弱环节。
整改情况：检查小作坊42家次，督促整改隐患57处。
整改状态：已整改
二、关于全面从严治党方面
（一）村级财务管理不规范。
整改情况：已完成12个村的清查。
整改状态：已整改
三.关于基层党组织建设方面
（一）“三会一课”制度落实不到位。
整改情况：已开展专题培训1期。
整改状态：已整改

某镇党委
2025年3月1日
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 5);
    let headings: Vec<(&str, usize)> = r
        .nodes
        .iter()
        .filter(|n| !n.children.is_empty())
        .map(|n| (n.title.as_str(), n.children.len()))
        .collect();
    assert_eq!(
        headings,
        [
            ("关于落实上级决策部署方面", 3),
            ("关于全面从严治党方面", 1),
            ("关于基层党组织建设方面", 1),
        ]
    );
    assert_states(
        &r,
        &[
            ("衔接资金项目", Done),
            ("耕地保护责任", InProgress),
            ("安全生产监管", Done),
            ("村级财务管理", Done),
            ("“三会一课”", Done),
        ],
    );
}

/// Problems under areas worded as shortcomings (`（一）政治监督聚焦不够
/// 精准`), each a finding with its work on its own line, and a verdict
/// (`该问题已完成整改。`) on a line of its own after some of them, with
/// the next problem after it: the verdict is that problem's, not its
/// area's (which stays an area of three problems).
#[test]
fn a_verdict_line_after_a_finding_within_its_list() {
    let text = "\
某县市场监督管理局党组关于巡察整改进展情况的通报

局党组坚持把巡察整改作为重大政治任务，现将整改进展情况通报如下。

二、对标对表、逐条销号

（一）政治监督聚焦不够精准

1. 食品安全包保督导跟进不够及时。修订督导规程，已开展督导检查2次。（责任单位：食品股）该问题已完成整改。

2. 对基层所落实重点工作监督不够有力。制定督办清单，对工作滞后的2个所进行约谈提醒。（责任单位：办公室）
该问题已完成整改。

3. 意识形态阵地管理存在薄弱环节。建立信息发布“三审三校”制度。责任单位：法规股。目前已完成整改。

（二）作风建设仍有差距

1. 政府采购管理不够严格。对2022年以来采购项目全面自查。（责任单位：财务股）
该问题已完成整改。

2. 年轻干部储备不足。已补充35岁以下干部6名，其余招录计划待核定后实施。（责任单位：人事股）该问题正在整改。

某县市场监督管理局党组
2024年11月18日
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(
        focus_areas(&r),
        [("政治监督聚焦不够精准", 3), ("作风建设仍有差距", 2)]
    );
    assert_states(
        &r,
        &[
            ("食品安全包保", Done),
            ("对基层所落实", Done),
            ("意识形态阵地", Done),
            ("政府采购管理", Done),
            ("年轻干部储备", InProgress),
        ],
    );
    assert_owners(&r, &[("对基层所", &["办公室"]), ("政府采购", &["财务股"])]);
}

/// A phone article: `📌` before each area, `🔹` before each problem, its
/// state as `✅已完成` `⏳推进中` at the end of the paragraph, a line broken
/// on a joining word (`外立面及` / `绿化…`). The pictographs mark the
/// items (as `◆` does); a state's mark ends a list of owners; `🔷 01 | …`
/// is a numbered heading and `✅已完成 …` opening a line a state, no item.
#[test]
fn a_phone_article_marked_by_pictographs() {
    let text = "\
中共某街道工作委员会关于巡察反馈意见整改进展情况的通报
原创 某街道发布 2025年04月17日 18:05

点击蓝字
关注我们

区委巡察组共反馈问题4个，已完成整改2个，正在整改1个，需长期坚持1个。

📌贯彻落实上级决策部署方面

🔹理论学习中心组学习计划性不强，研讨交流流于形式。整改措施：制定年度学习计划，已开展专题研讨4次。责任单位：党政办公室 ✅已完成

🔹老旧小区改造项目推进滞后，3个小区中有2个未按期竣工。整改情况：成立改造专班，桂香里小区雨污分流工程已完成，外立面及
绿化提升工程正在施工，计划于2025年6月底前全面完工。责任单位：城建中心、物业科 ⏳推进中

📌落实全面从严治党方面

🔹公务接待管理不规范，5批次接待未附公函。整改情况：已全面清理，补齐手续。责任单位：街道纪工委✅已完成

🔹党工委主体责任压力传导不够。整改情况：建立约谈提醒常态化机制。责任单位：党政办公室 🔄长期坚持

编辑：王某某  审核：李某某
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(
        focus_areas(&r),
        [("贯彻落实上级决策部署方面", 2), ("落实全面从严治党方面", 2)]
    );
    assert_states(
        &r,
        &[
            ("理论学习中心", Done),
            ("老旧小区改造", InProgress),
            ("公务接待管理", Done),
            ("党工委主体责", LongTerm),
        ],
    );
    assert_owners(
        &r,
        &[
            ("理论学习中心", &["党政办公室"]),
            ("老旧小区改造", &["城建中心", "物业科"]),
            ("公务接待管理", &["街道纪工委"]),
            ("党工委主体责", &["党政办公室"]),
        ],
    );
}

/// Inspection tasks as blocks of keyed lines, their state a value
/// (`整改状态：已完成（待验收）`): the work done, its check in brackets to
/// come, is done, as `已完成，待验收` is.
#[test]
fn a_check_to_come_in_brackets_after_done() {
    let text = "\
某市人民政府关于生态环境保护督察反馈问题整改进展情况的公告

督察反馈问题3项，已完成整改2项，达到序时进度1项。

一、大气污染防治
第1项
督察反馈问题：燃煤锅炉淘汰任务滞后。
整改时限：2024年9月底前
责任单位：市发展和改革委员会
整改进展：11台燃煤锅炉已全部拆除，销号材料已报审核。
整改状态：已完成（待验收）
第2项
督察反馈问题：扬尘管控不严。
整改进展：已建立工地扬尘在线监测。
整改状态：已完成并销号
二、水污染防治
第3项
督察反馈问题：城镇污水收集率偏低。
整改时限：2025年12月底前
整改进展：已完成管网改造12公里。
整改状态：达到序时进度

某市人民政府
2024年11月1日
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("督察反馈问题", Done),
            ("督察反馈问题", Done),
            ("督察反馈问题", InProgress),
        ],
    );
}

/// Each area's findings inline in one paragraph opening with `一是`
/// (`一是…；二是…；三是…。`), then one paragraph answering them in order
/// (`针对第一个问题，…。针对第二个问题，…`): each `一是` clause is a
/// problem, with its answer's state and the unit its answer opens with.
#[test]
fn ordinal_findings_answered_by_number_below() {
    let text = "\
中共某县水利局党组关于巡察整改进展情况的通报

县委巡察组反馈问题5个，已完成整改3个，正在整改2个。

（一）贯彻落实上级决策部署方面

一是河长制工作推进不到位，部分村级河长巡河记录流于形式；二是农村饮水安全工程后续管护不到位；三是水土保持监督执法力度不够，对2起违法案件查处滞后。

针对第一个问题，河湖管理股修订巡河工作制度，推行巡河电子打卡，已完成整改。针对第二个问题，农村供水管理站委托第三方开展水质检测，目前正在推进。针对第三个问题，水政监察大队已对2起违法案件依法作出行政处罚，已完成整改。

（二）落实全面从严治党方面

一是公务用车管理不规范，车辆使用登记不全；二是违规发放津补贴1.26万元。

针对第一个问题，局办公室重新制定公务用车管理办法，已完成整改。针对第二个问题，财务股已追回部分资金，剩余资金正在追缴。

中共某县水利局党组
2024年5月6日
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 5);
    assert_states(
        &r,
        &[
            ("河长制工作推", Done),
            ("农村饮水安全", InProgress),
            ("水土保持监督", Done),
            ("公务用车管理", Done),
            ("违规发放津补", InProgress),
        ],
    );
    assert_owners(
        &r,
        &[
            ("河长制工作推", &["河湖管理股"]),
            ("水土保持监督", &["水政监察大队"]),
            ("公务用车管理", &["局办公室"]),
        ],
    );
}

/// An audit's findings with their details on the title's line
/// (`…截至2023年末仍有18万元未拨付。`) and the report keyed after them: the
/// details describe the problem as found, its state is the report's. A
/// report that ends by naming the problem done before a note of owners
/// (`…其余三个项目按序时进度推进。…该问题已完成整改。（责任单位：…）`) is
/// done: the note is no clause of the report.
#[test]
fn the_finding_as_found_and_a_verdict_before_a_note() {
    let text = "\
某区审计局关于某街道办事处财务收支审计整改情况的公告

审计查出问题3个，已整改到位3个。

（一）资金管理方面
1．社区工作经费拨付不及时。街道应拨付社区工作经费共计54万元，截至2023年末仍有18万元未拨付。
整改情况：剩余18万元已于2024年12月全额拨付到位，并明确了按季度拨付的工作流程。
2．挤占医疗救助资金8.5万元。
整改情况：已全额归还原资金渠道，已调整账务。
（二）项目管理方面
1．乡村旅游项目谋划不足，部分项目进展缓慢。
整改情况：已有五个项目完成年度投资计划，其余三个项目按序时进度推进。经研究，该问题已完成整改。（责任单位：产业发展科）

某区审计局
2025年2月10日
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("社区工作经费", Done),
            ("挤占医疗救助", Done),
            ("乡村旅游项目", Done),
        ],
    );
}

/// A problem list printed as one line of keyed fields divided by bars per
/// problem, no header row (`序号1｜问题描述：…｜责任部门：…｜完成时限：…｜
/// 整改状态：…`): each line is a problem with its owners, deadline and
/// state, as the same fields on lines of their own are.
#[test]
fn records_of_keyed_fields_divided_by_bars() {
    let text = "\
某集团有限公司党委关于巡察整改进展情况的通报

巡察反馈问题3个，已完成整改2个，正在整改1个。

一、贯彻落实决策部署方面
序号1｜问题描述：国有资产保值增值责任落实不到位，部分房产长期闲置。｜整改措施：建立闲置资产台账，公开招租。｜责任部门：资产运营部｜完成时限：2024年6月底｜整改状态：已完成
序号2｜问题描述：重点项目前期工作推进缓慢。｜整改措施：建立周调度机制。｜责任部门：工程管理部、计划发展部｜完成时限：2024年12月31日前｜整改状态：正在整改
二、全面从严治党方面
序号3｜问题描述：公务用车管理不规范。｜整改措施：修订车辆管理办法。｜责任部门: 综合办公室｜完成时限：2024年2月底｜整改状态：已完成整改

某集团有限公司党委
2024年8月1日
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 3);
    assert_states(
        &r,
        &[
            ("问题描述：国", Done),
            ("问题描述：重", InProgress),
            ("问题描述：公", Done),
        ],
    );
    assert_owners(
        &r,
        &[
            ("问题描述：国", &["资产运营部"]),
            ("问题描述：重", &["工程管理部", "计划发展部"]),
            ("问题描述：公", &["综合办公室"]),
        ],
    );
}

/// A 督查 bulletin's businesses, each ordered to put things right and
/// checked again (`已责令限期整改，经复查已整改到位。`): the check's result
/// is the state, the order given on the way none; still not right on the
/// check and ordered to go on (`复查时仍未整改到位，…并责令继续整改。`) is
/// under way.
#[test]
fn orders_then_the_result_a_check_found() {
    let text = "\
某市市场监督管理局关于食品经营单位督查问题整改情况的通报

共督查发现问题3个，已整改到位2个，正在整改1个。

（一）东城区
1.东城区某面馆后厨卫生状况差，生熟食品混放。已责令限期整改，经复查已整改到位。
2.东城区某超市过期食品未及时下架。复查时仍未整改到位，已立案查处，并责令继续整改。
（二）西城区
1.西城区某卤味店从业人员无健康证。已当场整改到位。

某市市场监督管理局
2024年12月1日
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("东城区某面馆", Done),
            ("东城区某超市", InProgress),
            ("西城区某卤味", Done),
        ],
    );
}

/// A title wrapped after a word of a document's kind that is not its end
/// (`关于…审计工作报告` / `反映问题整改情况的报告`): the second line, its
/// kind after `的` and no opening of its own, is the title's tail.
#[test]
fn a_title_wrapped_after_an_inner_kind_word() {
    let text = "\
关于2023年度区级预算执行和其他财政收支审计工作报告
反映问题整改情况的报告

区审计局审计指出问题2个，已整改到位2个。

一、区级财政管理审计发现问题的整改情况
（一）部分专项资金未及时分配下达。已全部分配下达，已整改到位。
（二）往来款项长期挂账。已清理完毕，已整改到位。

某区人民政府
2024年11月20日
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(
        r.meta.title,
        "关于2023年度区级预算执行和其他财政收支审计工作报告反映问题整改情况的报告"
    );
}

/// The total and the rate done stated at the opening (`巡察反馈问题4个，
/// 整改完成率达75%`), the counts by state only at the close (`其中已完成3
/// 个，正在推进1个`): the report's totals are the two together, since the
/// parts add up to the total and give its rate.
#[test]
fn a_total_and_its_rate_then_the_parts_at_the_close() {
    let text = "\
中共某县应急管理局党组关于巡察整改进展情况的通报

截至2024年12月20日，巡察反馈问题4个，整改完成率达75%。

一、整改工作开展情况

局党组成立整改工作领导小组，逐项制定整改措施。

二、具体问题整改情况

（一）安全监管方面
1.危化品企业检查不深入。已完成专项检查，已整改到位。
2.应急预案修订滞后。已修订完成，已整改到位。
（二）队伍建设方面
1.执法人员培训不足。已开展轮训2期，已整改到位。
2.执法装备配备不足。已采购部分装备，其余正在推进。

三、下一步工作打算

目前，巡察反馈问题中，其中已完成3个，正在推进1个，局党组将持续抓好整改。

中共某县应急管理局党组
2024年12月25日
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(common::stated_triple(&r), Some((4, 3, 1)));
    let t = r.stated_totals.as_ref().unwrap();
    assert_eq!(t.completion_rate, Some(0.75));
}

/// A title printed over two lines, the first an inspection's and the
/// organisation inspected (`中共某区委第三巡察组巡察区教育局党组`), the
/// second its tail (`反馈意见整改进展情况的通报`): one title, not an
/// organisation's line over a title.
#[test]
fn a_title_opening_with_the_organisation_inspected() {
    let text = "\
中共某区委第三巡察组巡察区教育局党组
反馈意见整改进展情况的通报

巡察反馈问题2个，已完成整改2个。

（一）党的建设方面
1.党支部组织生活不规范。已完成整改。（责任科室：组织人事科）
2.意识形态阵地管理不严。已完成整改。

中共某区教育局党组
2025年3月1日
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(
        r.meta.title,
        "中共某区委第三巡察组巡察区教育局党组反馈意见整改进展情况的通报"
    );
}
