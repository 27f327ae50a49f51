//! Shapes met in session 71. Every notice here is my own, and each test
//! fails on the converter of the session's start (5fae542).

mod common;

use common::{
    assert_accounted, assert_owners, assert_states, convert, problem, problems, stated_triple,
};
use rectify_core::model::Status;

use Status::*;

/// A table typed with two spaces between its cells, in no column of its
/// header's, whose problem cells wrap onto an indented line that goes on
/// with the rest of the row: every row is a problem with its owners and
/// state, the wrapped ones too.
#[test]
fn a_space_table_whose_cells_wrap_with_the_rest_of_the_row() {
    let text = "\
青溪区审计局关于预算执行审计查出问题整改情况的公告

一、总体情况
审计共发现问题4个，已整改3个，部分整改1个。

二、具体整改情况

序号  审计发现问题  涉及金额（万元）  整改责任单位  整改情况  整改状态
1    区财政局未及时清理收回存量资金  326.40  区财政局  已收回结转资金326.40万元，统筹用于教育支出  已整改
2    区教育局挤占学生营养改善计划专项资金用于学校
      日常公用经费支出  45.30  区教育局  已归垫45.30万元，建立专账核算制度  已整改
3    区城市管理局政府采购项目化整为零，部分项目
      未签订书面合同  212.60  区城市管理局  补签合同6份，修订内部控制管理办法  已整改
4    老旧小区改造项目结算审核不严  87.15  区住房和城乡建设局  已追回62.30万元，剩余款项正在追缴  部分整改

青溪区审计局
2025年7月18日
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 4, "{:#?}", problems(&r));
    assert_states(
        &r,
        &[
            ("区财政局未及", Done),
            ("区教育局挤占", Done),
            ("区城市管理局", Done),
            ("老旧小区改造", InProgress),
        ],
    );
    assert_owners(
        &r,
        &[
            ("区教育局挤占", &["区教育局"]),
            ("区城市管理局", &["区城市管理局"]),
        ],
    );
}

/// A report that states the problem's rectification complete and then
/// names a measure as what is kept up over the long term (`学习制度长期坚持
/// 执行`) is done; the work named as needing the long term is not.
#[test]
fn done_with_a_measure_kept_up() {
    let text = "\
中共某区住建局党组关于巡察整改进展情况的通报

一、整改落实情况
（一）关于理论学习方面
1.学习贯彻党的创新理论不够深入，以学促干成效不明显。
整改情况：修订《党组理论学习中心组学习制度》，开展专题研讨4次。该问题已完成整改，学习制度长期坚持执行。
2.干部队伍年龄结构不合理。
整改情况：制定年轻干部培养计划，选派6名干部到基层锻炼。该问题已完成整改，该项工作需长期坚持。
3.财务报销审核不严。
整改情况：对2023年以来的凭证逐笔核查，补齐手续。该问题已整改完成。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("学习贯彻党的", Done),
            ("干部队伍年龄", LongTerm),
            ("财务报销审核", Done),
        ],
    );
}

/// A document copied from a PDF whose pages are headed, after the first,
/// by its letterhead (`中共某某局党组文件`) under the page's number: the head
/// is no part of the sentence it falls in, which reads as a whole.
#[test]
fn the_letterhead_as_a_running_head_after_a_page_number() {
    let text = "\
中共青溪县水利局党组文件

中共青溪县水利局党组关于巡察反馈意见整改进展情况的报告

县委巡察工作领导小组：
　　现将整改进展情况报告如下。
　　（一）农村供水工程管护不到位，部分水厂未按规定开展水质检测。
　　整改情况：已完成。已委托第三方检测机构对12座水厂开展全覆盖检测。
责任单位：农村水利股。
　　（二）专项资金使用管理不规范，部分资金结余未及时清理。
　　整改情况：已完成。计划财务股会同项目建设单位对2023年以来水利

— 2 —

中共青溪县水利局党组文件
专项资金进行全面清理，结余资金43.5万元已按规定上缴县财政。责任单位：
计划财务股。

中共青溪县水利局党组
2025年6月20日
";
    let r = convert(text);
    assert_accounted(text, &r);
    let fund = problem(&r, "专项资金使用");
    assert!(!fund.body.contains("党组文件"), "{:?}", fund.body);
    assert!(fund.body.contains("水利专项资金"), "{:?}", fund.body);
    assert_states(&r, &[("农村供水工程", Done), ("专项资金使用", Done)]);
}

/// Prose with no numbering, each problem a paragraph opened by its area
/// and what the inspection found there (`在…方面，巡察指出…。对此，我院…`),
/// one opened by the finding alone (`巡察还指出，…`), the counts in a
/// closing paragraph: every paragraph is a problem, the counts are the
/// report's, and the departments the hospital names for itself
/// (`我院设备科会同药剂科`, `我院由党委办公室牵头`) are the owners.
#[test]
fn prose_paragraphs_opened_by_what_the_inspection_found() {
    let text = "\
中共青溪县人民医院委员会关于巡察反馈意见整改进展情况的通报

　　根据县委巡察工作统一部署，县委第三巡察组对医院党委开展了巡察。现将整改进展情况通报如下。

　　在落实党委领导下的院长负责制方面，巡察指出医院党委议事规则不够健全，重大事项集体决策程序执行不严。对此，我院由党委办公室牵头，修订完善《党委会议事规则》，明确“三重一大”事项清单。目前，该问题已整改到位。

　　在药品和医用耗材管理方面，巡察指出高值医用耗材二级库管理不规范，部分科室出入库登记不及时。对此，我院设备科会同药剂科对全院二级库开展全面盘点，建立耗材追溯台账。目前，该问题已整改到位。

　　巡察还指出，医院固定资产管理较为粗放，部分设备报废处置不规范。对此，我院财务科、设备科共同负责，组织对全院固定资产开展全面清查。目前仍在推进，预计2025年12月底前完成。

　　截至2025年8月15日，巡察反馈的3个问题中，已整改到位2个，正在推进1个。

　　欢迎广大干部群众对巡察整改落实情况进行监督。

中共青溪县人民医院委员会
2025年8月20日
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 3, "{:?}", problems(&r));
    assert_states(
        &r,
        &[
            ("在落实党委领", Done),
            ("在药品和医用", Done),
            ("巡察还指出，", InProgress),
        ],
    );
    assert_eq!(stated_triple(&r), Some((3, 2, 1)));
    assert_owners(
        &r,
        &[
            ("在落实党委领", &["党委办公室"]),
            ("在药品和医用", &["设备科", "药剂科"]),
            ("巡察还指出，", &["财务科", "设备科"]),
        ],
    );
}

/// A `回头看` notice whose problems are the earlier round's, under a
/// heading that says so (`二、上轮巡察反馈问题核查及整改情况`), with the
/// counts of now under it and the re-check's counts in the opening: the
/// heading holds every problem, so its counts are the report's.
#[test]
fn a_look_back_whose_problems_are_the_earlier_rounds() {
    let text = "\
中共青溪县农业农村局党组关于巡察整改“回头看”反馈问题整改进展情况的通报

　　县委第三巡察组对我局开展了巡察整改“回头看”。回头看共核查上轮问题3个，其中整改到位1个。

一、上轮巡察反馈问题核查及整改情况
　　截至2025年6月20日，3个问题中已完成整改2个，正在整改1个。
　　问题1：高标准农田建设任务完成率偏低。
　　本次整改情况：已完成年度建设任务，该问题已整改到位。
　　问题2：农村集体“三资”管理不规范。
　　本次整改情况：已完成清产核资，该问题已整改到位。
　　问题3：农业执法案卷制作不规范。
　　本次整改情况：正在开展案卷评查，计划2025年9月底前完成。

中共青溪县农业农村局党组
2025年6月27日
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 3, "{:?}", problems(&r));
    assert_eq!(stated_triple(&r), Some((3, 2, 1)));
}

/// Four levels: areas counting their problems, categories named as
/// classes of problems (`1.…不够有力类问题`), some over one problem only,
/// and the problems `（1）` each with its report and owners: the `（1）`
/// items are the problems, however many a category holds.
#[test]
fn categories_named_as_classes_of_problems_over_one_or_more() {
    let text = "\
中共云岭市水务局党组关于省委巡视组巡视反馈意见整改落实情况的报告

　　省委巡视组反馈3个方面5类5个问题。截至2025年6月30日，5个问题中已完成整改4个，正在推进1个。

二、巡视反馈问题整改落实情况
（一）落实全面从严治党战略部署方面（共3个问题）
1.履行管党治党主体责任不够有力类问题
（1）局党组对下属事业单位党建工作指导不够。
整改情况：已完成整改。局党组专题研究基层党建工作2次。
责任单位：机关党委。
2.重点领域廉洁风险防控不到位类问题
（1）水利工程招投标监管存在薄弱环节。
整改情况：已完成整改。对46个水利工程项目开展专项排查。
责任科室：建设与管理科、监督科；整改时限：2025年4月30日。
（2）公务用车管理不严，存在公车私用问题。
整改情况：已完成整改。全部公务用车安装北斗定位系统。
责任科室：办公室。
（二）落实新时代党的组织路线方面（共2个问题）
1.干部队伍建设统筹谋划不够类问题
（1）干部交流轮岗不够规范。
整改情况：正在推进。计划2025年9月底前完成轮岗。
责任科室：人事科。
2.落实巡视巡察等监督整改不到位类问题
（1）上轮巡察反馈的个别问题整改不彻底。
整改情况：已完成整改。对上轮反馈的问题逐一开展“回头看”。
责任单位：局办公室。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 5, "{:?}", problems(&r));
    assert_states(
        &r,
        &[
            ("局党组对下属", Done),
            ("水利工程招投", Done),
            ("公务用车管理", Done),
            ("干部交流轮岗", InProgress),
            ("上轮巡察反馈", Done),
        ],
    );
    assert_owners(
        &r,
        &[
            ("局党组对下属", &["机关党委"]),
            ("水利工程招投", &["建设与管理科", "监督科"]),
            ("干部交流轮岗", &["人事科"]),
        ],
    );
}
