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

/// Categories named in words of their own (`1.干部队伍建设统筹谋划不够`):
/// one over two `（1）` items reads as a category, one over a single
/// `（1）` as a problem with its measure, and the count the notice states
/// (8) is what the `（1）` level holds: that level is the problems, with a
/// warning to review.
#[test]
fn the_stated_count_settles_a_level_read_two_ways() {
    assert_level_read_as_problems(&without_second_area(), 8);
}

/// The same in a whole report, where the `1.` level is read as categories
/// and the `（1）` level, the problems' own, holds the 12 the notice states
/// though some of its items were read as measures: all of it is the
/// problems.
#[test]
fn the_stated_count_settles_the_problems_own_level() {
    assert_level_read_as_problems(FOUR_LEVELS, 12);
}

/// A copy from a web page that sets every sentence apart, a report key
/// alone on its line over them (`整改情况：` › `…。` › `下一步将…。` ›
/// `该问题已整改到位。`): the sentences below the key are one report, its
/// last word the state.
#[test]
fn a_report_key_alone_over_sentences_set_apart() {
    let text = "\
某县水利局党组关于巡察整改情况的通报

一、具体整改情况

1.干部队伍结构不合理，专业技术人才断档。

整改情况：

制定人才队伍建设三年行动方案。

2024年引进专业人才7名。

下一步将结合年度招聘计划继续补充专业技术力量。

该问题已整改到位。

责任单位：局人事股

2.工程质量监管存在薄弱环节。

整改情况：

已对在建项目开展质量巡查。

目前仍在推进，计划2025年12月底前完成。

责任单位：局建设管理股
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(&r, &[("干部队伍结构", Done), ("工程质量监管", InProgress)]);
}

/// A 镇纪委 notice by village: each finding, then a paragraph opened by
/// the village body that did the work (`柳湾村村委会已…`, `村“两委”已…`),
/// and after the last one the next steps for all the villages above
/// (`下一步，镇纪委将…对上述3个村…`): the bodies are the owners, and the
/// next steps are the closing, not the last problem's text.
#[test]
fn village_bodies_doing_the_work_and_next_steps_for_all() {
    let text = "\
石岭镇纪委关于村级巡察反馈问题整改情况的通报

　　镇党委第一巡察组对柳湾村、石桥村开展了巡察，共反馈问题3个，已整改3个。

一、柳湾村（反馈问题2个，已整改2个）

　　1.村务公开不及时、不规范。巡察发现，该村2024年第三季度财务收支未按时公开。

　　柳湾村村委会已对2024年下半年财务收支情况进行全面梳理并补充公开。该问题已整改完成。

　　2.集体资产资源管理不规范。村集体所有的32亩鱼塘承包合同到期未重新发包。

　　村“两委”已召开村民代表会议，决定收回该鱼塘并公开发包。该问题已整改完成。

二、石桥村（反馈问题1个，已整改1个）

　　1.移风易俗推进不力。红白事大操大办现象仍有发生。

　　石桥村党支部已修订村规民约，明确婚事新办、丧事简办标准。该问题已整改完成。

　　下一步，镇纪委将持续加强对上述2个村巡察整改的日常监督，全镇各村要以此为鉴，举一反三。

　　欢迎广大干部群众对巡察整改情况进行监督。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_owners(
        &r,
        &[
            ("村务公开不及", &["柳湾村村委会"]),
            ("集体资产资源", &["村“两委”"]),
            ("移风易俗推进", &["石桥村党支部"]),
        ],
    );
    let last = problem(&r, "移风易俗推进");
    assert!(!last.body.contains("下一步"), "{:?}", last.body);
}

/// Findings closed off (`销号`): each problem's `销号情况：` line is its
/// report, after its measures and notes (`销号情况：阶段性销号，需长期坚持`
/// is long-term work, not a measure's words).
#[test]
fn a_closing_off_line_reports_the_problems_state() {
    let text = "\
中共青溪县委巡察工作领导小组办公室关于石门镇党委巡察整改情况的通报

（一）落实全面从严治党“两个责任”方面
1.党委主体责任落实不够有力，压力传导存在层层递减现象。
整改措施：制定党委落实全面从严治党主体责任清单，开展廉政谈话共38人次。
责任人：张某某（镇党委书记）
整改时限：长期坚持
销号情况：阶段性销号，需长期坚持
2.村级财务管理不规范，部分村存在白条入账现象。
整改措施：对12个村2023年以来的财务凭证逐一核查。
责任人：李某某
销号情况：已销号（销号时间：2025年4月25日）
3.农村人居环境整治不彻底。
整改措施：开展村庄清洁行动。
责任人：王某某
销号情况：未销号，正在整改，计划2025年7月底前完成
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("党委主体责任", LongTerm),
            ("村级财务管理", Done),
            ("农村人居环境", InProgress),
        ],
    );
}

/// Problems each ending with a mark of their state, the key to the marks
/// printed once below the list: the key is the section's text, not the
/// last measure's (whose state it would read as `正在整改`).
#[test]
fn the_key_of_marks_below_the_list() {
    let text = "\
中共某街道工作委员会关于巡察整改进展情况的通报

一、巡察反馈问题整改进展情况
（一）财务管理方面
1.专项资金结余未及时清理上缴。√
整改措施：已将结余资金28.4万元全部清理上缴。（责任科室：财政所）
整改措施：建立专项资金使用进度季度通报制度。（责任科室：财政所）
2.公务接待审批不规范。○
整改措施：修订公务接待管理办法，正在组织培训。（责任科室：党政办）

注：“√”表示已完成整改，“○”表示正在整改，“△”表示需长期坚持。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(&r, &[("专项资金结余", Done), ("公务接待审批", InProgress)]);
    let last = problem(&r, "公务接待审批");
    let measure = last.children.last().expect("its measure");
    assert!(!measure.body.contains("表示"), "{:?}", measure.body);
}

/// A report of four levels (`二、` › `（一）…方面（共5个问题）` › `1.…` ›
/// `（1）…`) whose categories are named in words of their own.
const FOUR_LEVELS: &str = "\
中共云岭市水务局党组
关于省委第三巡视组巡视反馈意见整改落实情况的报告

根据省委统一部署，2024年10月12日至12月20日，省委第三巡视组对云岭市进行了常规巡视，并对市水务局开展了下沉了解。2025年3月21日，省委第三巡视组向云岭市委反馈了巡视意见，其中涉及市水务局的反馈3个方面6类12个问题。按照党务公开原则和巡视工作有关要求，现将巡视整改落实情况予以公布。

一、提高政治站位，扎实推进巡视整改工作
局党组始终把抓好巡视整改作为增强“四个意识”、坚定“四个自信”、做到“两个维护”的具体行动，坚持问题导向、目标导向、结果导向，以严的标准、实的举措推动整改落地见效。
（一）加强组织领导，压实整改责任。收到反馈意见后，局党组第一时间召开专题会议，成立由党组书记、局长陈某某任组长，其他班子成员任副组长的巡视整改工作领导小组，下设办公室具体负责日常调度。党组书记切实履行第一责任人责任，先后主持召开整改专题会议6次，班子成员对分管领域问题认领销号。
（二）细化整改措施，建立工作台账。对照反馈的3个方面6类12个问题，逐条制定整改措施48项，明确责任领导、责任科室和完成时限，实行清单化管理、销号式推进，做到问题不解决不松手、整改不到位不销号。
（三）强化督导检查，确保整改实效。领导小组办公室每半月调度一次整改进度，对进度滞后的事项实行督办提醒；主动接受驻局纪检监察组监督，对整改成效开展“回头看”，防止问题反弹回潮。
截至2025年6月30日，12个问题中已完成整改9个，正在推进整改2个，需长期坚持的1个；建立完善制度14项，追缴各类资金231.9万元，给予党纪政务处分2人，组织处理5人。

二、巡视反馈问题整改落实情况
（一）贯彻落实党中央决策部署和省委、市委工作要求方面（共5个问题）
1.落实水资源刚性约束制度不到位
（1）用水总量和强度双控执行不严，部分县（市、区）年度用水计划下达滞后。
整改情况：已完成整改。制定印发《云岭市年度用水计划管理办法（试行）》，明确每年1月底前下达各县（市、区）年度用水计划并同步报省水利厅备案；2025年度用水计划已于1月24日全部下达。对超计划用水的2家企业依法征收超计划累进加价水费18.6万元，并在局门户网站公开通报。
责任科室：水资源管理科；责任人：李某某。
（2）取水许可审批把关不严，个别项目未按规定开展水资源论证即批准取水。
整改情况：已完成整改。一是对2021年以来审批的137个取水许可项目逐一复核，督促3个项目补充开展水资源论证，并重新核定许可取水量；二是修订《取水许可审批工作规程》，将水资源论证报告书（表）审查作为受理前置条件；三是实行论证评审专家“双随机”抽取，评审意见全程留痕。
责任科室：行政审批科、水资源管理科；整改时限：2025年5月底前。
（3）地下水超采区治理推进缓慢，部分应关闭的自备井未按期封填。
整改情况：正在推进。会同各县（市、区）全面排查城区公共供水管网覆盖范围内自备井412眼，已封填386眼。剩余26眼因涉及企业生产用水替代水源建设，需待配套供水管网接通后实施封填，目前管网工程已完成总工程量的70%，计划于2025年12月底前全部完成封填。
责任单位：市水资源服务中心、局水资源管理科；责任人：李某某。

2.重大水利工程建设推进不力
（1）云岭水库灌区续建配套与节水改造项目进度滞后，年度投资完成率仅为61%。
整改情况：已完成整改。成立由分管副局长任组长的项目建设工作专班，实行“周调度、月通报”，倒排工期、挂图作战。截至2025年5月底，项目累计完成投资2.36亿元，占年度计划的103%；对进度滞后的2家施工单位进行约谈，并将相关情况记入水利建设市场主体信用档案。
牵头科室：规划建设科；配合单位：市水利工程建设服务中心；整改时限：2025年5月31日。
（2）部分中小河流治理项目前期工作粗糙，设计变更频繁。
整改情况：已完成整改。对近三年实施的18个中小河流治理项目设计变更情况开展专项检查，对设计深度不足、变更次数较多的2家设计单位予以全市通报；出台《云岭市水利工程设计变更管理办法》，明确重大设计变更一律提交局党组会议集体研究，一般设计变更实行备案审查。
责任科室：规划建设科、建设与管理科。

（二）落实全面从严治党战略部署方面（共4个问题）
1.履行管党治党主体责任不够有力
（1）局党组对下属事业单位党建工作指导不够，个别单位“三会一课”制度落实不经常。
整改情况：已完成整改。局党组专题研究基层党建工作2次，制定《局属单位党建工作责任清单》，明确党组织书记抓党建“第一责任人”职责；机关党委对6个局属事业单位党支部组织生活开展全覆盖检查，督促2个党支部补齐会议记录、规范组织生活，对相关党支部书记进行了提醒谈话。
责任单位：机关党委；责任人：王某某。

2.重点领域廉洁风险防控不到位
（1）水利工程招投标监管存在薄弱环节，个别项目存在围标串标迹象。
整改情况：已完成整改。对2022年以来招标的46个水利工程项目开展专项排查，将发现的2条问题线索移交驻局纪检监察组依规依纪处理；建立招标文件“事前审查、事中监督、事后评估”全流程监管机制，推行远程异地评标，从源头防范围标串标。
责任科室：建设与管理科、监督科；整改时限：2025年4月30日。
（2）水资源费（税）征收管理不规范，存在少征、缓征现象。
整改情况：已完成整改。会同市税务局对全市1,286户取用水户开展比对核查，追缴少征水资源税213.3万元；建立水务、税务部门取用水信息按季度交换机制，杜绝人情征收、随意缓征。
责任单位：局水资源管理科、市水资源服务中心；整改时限：2025年6月底前。
（3）公务用车管理不严，存在公车私用问题。
整改情况：已完成整改。对2023年以来公务用车使用情况进行全面清查，对公车私用的1名干部给予党内警告处分，对负有管理责任的1名干部进行诫勉谈话；全部公务用车安装北斗定位系统，实行“一车一档、定点停放、审批派车”管理。
责任科室：办公室；责任人：赵某某。

（三）落实新时代党的组织路线方面（共3个问题）
1.干部队伍建设统筹谋划不够
（1）干部年龄结构老化，水利专业技术人才断档。
整改情况：已取得阶段性成效，需长期坚持。制定《云岭市水务系统2025—2027年人才队伍建设规划》，2025年通过公开招聘、选调等方式引进水利工程、水文水资源等专业人才9名；建立“师带徒”结对培养机制，选派12名青年干部到重点水利工程一线跟班学习。下一步将持续优化干部队伍结构，久久为功抓好人才梯队建设。
责任科室：人事科；整改时限：长期坚持。
（2）干部交流轮岗不够规范，个别重点岗位人员任职时间过长。
整改情况：正在推进。梳理出在审批、项目管理、资金管理等重点岗位任职超过5年的干部10名，已完成首批7名干部交流轮岗；剩余3名干部拟结合局属事业单位机构编制调整一并实施，计划于2025年9月底前完成。
责任科室：人事科；责任人：孙某某。

2.落实巡视巡察、审计等监督整改不到位
（1）上轮市委巡察反馈的个别问题整改不彻底，存在“表面整改”现象。
整改情况：已完成整改。对上轮市委巡察反馈的23个问题逐一开展“回头看”，对整改不彻底的2个问题重新制定整改措施，目前均已整改到位；建立巡视巡察、审计监督发现问题整改“月报告、季评估”制度，对整改成效进行跟踪问效。
责任单位：局巡视巡察整改工作领导小组办公室。

三、下一步工作打算
目前，我局巡视整改工作取得了阶段性成效，但与省委、市委的要求相比还有差距。下一步，局党组将坚持目标不变、标准不降、力度不减，持续抓好后续整改工作。一是紧盯未完成事项。对正在推进的2个问题，按照既定时限倒排工期，确保按期整改到位；对需长期坚持的问题，建立长效机制，定期跟踪评估。二是巩固整改成果。对已完成整改的问题适时开展“回头看”，坚决防止问题反弹。三是推动成果转化。把巡视整改与推进水利高质量发展结合起来，统筹抓好水资源节约集约利用、水旱灾害防御和重大水利工程建设，以整改实效推动各项工作再上新台阶。

欢迎广大干部群众对巡视整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0871-6638XXXX；邮政信箱：云岭市水务局办公室（邮编：650XXX）；电子邮箱：ylswj_xszg@163.com。

中共云岭市水务局党组
2025年7月10日
";

/// [`FOUR_LEVELS`] with its second area left out, its areas' counts not
/// printed and a total of 8 stated.
fn without_second_area() -> String {
    let lines: Vec<&str> = FOUR_LEVELS.lines().collect();
    let mut out: Vec<&str> = lines[..3].to_vec();
    out.push("截至2025年6月30日，反馈的8个问题中已完成整改6个，正在推进整改1个，需长期坚持1个。");
    out.push("");
    out.extend(&lines[12..33]);
    out.extend(&lines[50..63]);
    out.join("\n")
        .replace("（共5个问题）", "")
        .replace("（共3个问题）", "")
        + "\n"
}

/// The notice converts to `count` problems, with the warning that a level
/// was read as the problems by the count stated.
fn assert_level_read_as_problems(text: &str, count: usize) {
    let c = rectify_core::convert::convert_notice(
        text,
        &rectify_core::convert::ConvertOptions::default(),
    );
    assert_accounted(text, &c.report);
    assert_eq!(
        problems(&c.report).len(),
        count,
        "{:?}",
        problems(&c.report)
    );
    assert!(
        c.warnings
            .iter()
            .any(|w| w.message.contains("已将该级读作问题")),
        "{:?}",
        c.warnings
    );
}

/// A phone article's state lines, a pictograph before the state's words
/// (`🔄 长期坚持`, `✅ 已完成`) right after a problem's title: each is the
/// problem's state, as a tag in brackets is.
#[test]
fn a_pictograph_before_the_state_words() {
    let text = "\
某局党委关于巡察整改进展情况的通报

📌 一、理论学习方面

01
落实行动部署不够有力，部分年度指标完成滞后
🔄 长期坚持
整改举措：重新梳理年度任务清单。
责任科室：规划股

02
基层服务能力提升推进缓慢
✅ 已完成
整改举措：制定能力提升方案。
责任科室：基层股
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(&r, &[("落实行动部署", LongTerm), ("基层服务能力", Done)]);
}
