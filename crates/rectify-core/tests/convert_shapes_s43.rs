//! Shapes met in session 43. Every notice here is my own, one per shape,
//! and each test failed on the converter of the session's start (327db8b)
//! unless it says it is a guard.

mod common;

use common::{assert_accounted, assert_states, convert, problems};
use rectify_core::model::Status;

use Status::*;

/// `一、检查发现的问题` over four numbered findings: a title naming the
/// findings as a class, not one problem with four measures; and a count
/// that names the one left without `共` (`…已完成整改3个，特种设备定期检验
/// 问题1个，…正在整改中`).
#[test]
fn a_heading_naming_found_problems_lists_them_and_a_named_count_settles_them() {
    let text = "\
关于市场监管领域专项检查问题整改进展的通报

按照市局工作安排，现将2025年第二季度专项检查发现问题整改进展通报如下。

一、检查发现的问题
1.部分农贸市场快检室未正常运行，检测记录不完整。
2.个别食品经营户未落实进货查验制度，索证索票不全。
3.特种设备使用单位未按期申报定期检验。
4.价格公示牌信息更新不及时，明码标价不规范。
二、整改进展
检查发现问题4个，已完成整改3个，特种设备定期检验问题1个，因检验机构排期原因正在整改中。
三、下一步打算
加强日常监管，防止问题反弹。

某某县市场监督管理局
2025年7月20日
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("部分农贸市场", Done),
            ("个别食品经营", Done),
            ("特种设备使用", InProgress),
            ("价格公示牌信", Done),
        ],
    );
    assert_eq!(problems(&r).len(), 4, "{:?}", problems(&r));
    assert_accounted(text, &r);
}

/// Findings under domain headings and a report section without problems
/// that excepts two of them by name (`除甲问题和乙问题外，其余问题均已整改
/// 到位`): the two are in progress, the rest done.
#[test]
fn an_exception_naming_two_problems_in_a_report_section_settles_all() {
    let text = "\
关于2025年文旅行业安全专项检查发现问题整改情况的通报

根据县安委会统一部署，县文化广电旅游体育局于2025年4月至5月对全县A级旅游景区、星级饭店和娱乐场所开展安全专项检查，现将检查发现问题的整改情况通报如下。

一、检查发现的具体情形
（一）景区管理
1.部分景区消防器材过期未更换，灭火器压力不足。
2.玻璃栈道日常巡检记录缺失，无法追溯。
3.游客高峰期未落实限流措施，入口处人员聚集。
（二）饭店管理
1.个别饭店疏散通道堆放杂物，安全出口指示灯损坏。
2.厨房燃气管道未安装泄漏报警装置。
（三）娱乐场所
1.KTV包厢内装修材料不符合防火要求。
2.从业人员未按规定开展消防培训。
二、整改落实情况
对检查发现的7个问题，局党组逐一建立台账，明确责任人和整改时限。截至2025年8月底，除玻璃栈道巡检记录问题和KTV装修材料问题外，其余问题均已整改到位。玻璃栈道巡检记录已建立电子台账，正在补录历史数据；KTV装修材料更换工程已完成60%，预计10月底前完成。
三、下一步工作
持续开展安全隐患排查，建立长效机制。

县文化广电旅游体育局
2025年9月5日
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("部分景区消防", Done),
            ("玻璃栈道日常", InProgress),
            ("游客高峰期未", Done),
            ("个别饭店疏散", Done),
            ("厨房燃气管道", Done),
            ("KTV包厢内", InProgress),
            ("从业人员未按", Done),
        ],
    );
    assert_eq!(problems(&r).len(), 7, "{:?}", problems(&r));
    assert_accounted(text, &r);
}

/// Work under way said without `在` (`目前正按照规划分步推进`) after a step
/// done (`已制定三年改造方案`): in progress, not a result.
#[test]
fn work_under_way_without_zai_is_in_progress() {
    let text = "\
关于某某县住建局巡察整改进展情况的通报

一、巡察反馈问题整改情况
（一）老旧小区改造推进缓慢。整改情况：已制定三年改造方案，目前正按照规划分步推进。
（二）质量监督检查流于形式。整改情况：修订检查办法，完成整改。
（三）燃气管网老化。整改情况：已完成管网普查，正抓紧开展改造施工。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("老旧小区改造", InProgress),
            ("质量监督检查", Done),
            ("燃气管网老化", InProgress),
        ],
    );
    assert_accounted(text, &r);
}

/// An audit announcement whose title line opens with its number
/// (`2025年第5号：某某市审计局关于…的公告`) under a portal's chrome: the
/// title without it, the number as the document number.
#[test]
fn an_announcement_number_before_the_title_is_the_document_number() {
    let text = "\
无障碍 | 长者模式 | 繁體版
某某市人民政府门户网站
首页 政务公开 政务服务 互动交流 走进某某
您现在的位置：首页 >> 部门信息 >> 市审计局 >> 审计结果公告
2025年第5号：某某市审计局关于2024年度市本级预算执行审计查出问题整改情况的公告
来源：市审计局 发布时间：2025-11-20 分享：
根据《中华人民共和国审计法》和《某某市审计整改工作办法》，现将2024年度市本级预算执行和其他财政收支审计查出问题的整改情况公告如下：
一、审计查出问题整改总体情况
审计工作报告反映的4大类18个问题，截至2025年10月底，已整改到位15个，部分整改2个，尚未整改1个，整改率为83.3%。
二、审计查出问题具体整改情况
（一）财政管理审计方面
1.部分非税收入未及时缴入国库，涉及金额2360万元。已全部缴入国库。
2.预算编制不够精准，年初预算调整率偏高。已修订预算编制办法，整改到位。
3.国有资本经营预算收入征缴不到位。已征缴1200万元，剩余380万元正在催缴。
（二）部门预算执行审计方面
1.3个部门超范围列支会议费18.6万元。已追回资金并调整账目。
2.5个部门政府采购程序不规范。已修订内控制度，整改完成。
3.2个部门资产未入账。已完成资产登记入账。
（三）重点民生资金审计方面
1.养老服务补贴发放不精准，向12名不符合条件人员发放补贴3.6万元。已追回全部资金。
2.保障性住房分配管理不规范。已清退违规占用住房8套，整改到位。
3.就业补助资金结余较大。因项目调整尚未整改，计划2026年统筹使用。
（四）政府投资项目审计方面
1.4个项目超概算。已按程序调整概算。
2.2个项目未按期竣工决算。已完成竣工决算1个，另1个正在办理。
3.工程结算多计工程款45万元。已核减工程款。
4.项目前期工作不扎实。已完善项目储备库，整改到位。
5.部分项目建设资金拨付滞后。已拨付到位。
6.工程质量监管不到位。已开展质量专项检查，整改到位。
7.招标文件设置不合理条件。已修订招标文件范本，整改完毕。
8.施工合同管理不规范。已规范合同管理。
9.监理单位履职不到位。已约谈监理单位，并扣减监理费，整改到位。
三、下一步工作
对尚未整改到位的问题，市审计局将持续跟踪督促。
相关附件：
附件1：审计查出问题整改清单.xlsx
【打印】【关闭】
";
    let r = convert(text);
    assert_eq!(
        r.meta.title,
        "某某市审计局关于2024年度市本级预算执行审计查出问题整改情况的公告"
    );
    assert_eq!(r.meta.document_number.as_deref(), Some("2025年第5号"));
    assert_eq!(problems(&r).len(), 18, "{:?}", problems(&r));
    let t = r.stated_totals.as_ref().expect("stated totals");
    assert_eq!(
        (t.total, t.done, t.in_progress, t.not_started),
        (Some(18), Some(15), Some(2), Some(1))
    );
    assert_accounted(text, &r);
}

/// A 督查 bulletin whose summary counts the problems fixed on the spot and
/// those given a deadline, then counts the latter again as they stand now
/// (`…限期整改7个。截至10月31日，限期整改的7个问题中，已整改5个，其余2个
/// 正在整改。`): the stated totals are 11, 9 done and 2 in progress.
#[test]
fn an_open_part_counted_again_updates_the_stated_totals() {
    let text = "\
县政府督查室关于2025年第三季度重点工作督查情况的通报
各乡镇人民政府，县直各单位：
为推动县委、县政府重点工作落地见效，9月中旬，县政府督查室会同县发改局、县财政局组成3个督查组，对全县重点项目建设、民生实事推进和安全生产工作开展了专项督查。现将有关情况通报如下：
一、总体情况
从督查情况看，各地各部门认真贯彻落实县委、县政府决策部署，重点工作总体推进有序，但也发现一些不容忽视的问题。本次督查共发现问题11个，已当场整改4个，限期整改7个。截至10月31日，限期整改的7个问题中，已整改5个，其余2个正在整改。
二、存在的主要问题
（一）重点项目建设方面
1.县城污水管网改造项目进度滞后，完成投资仅占年度计划的45%。（责任单位：县住建局）已调整施工方案，增加施工班组，目前完成投资68%，正在加快推进。
2.工业园区标准厂房项目未按期开工。（责任单位：工业园区管委会）已于10月8日开工建设。
3.个别项目档案资料不全。（责任单位：县发改局）已督促补齐资料。
（二）民生实事方面
4.城南农贸市场改造提升工程停工。（责任单位：城关镇）已协调解决资金问题，于10月15日复工，计划年底前完工。
5.部分村级日间照料中心未正常运行。（责任单位：县民政局）已全部恢复运行。
6.农村公路养护不到位，部分路段路肩杂草丛生。（责任单位：县交通运输局）已当场整改。
7.学校周边交通安全设施缺失。（责任单位：县公安局）已当场整改。
（三）安全生产方面
8.2家企业危化品仓库未设置防爆设施。（责任单位：县应急管理局）已当场整改。
9.部分小区消防通道被占用。（责任单位：县消防救援大队）已当场整改。
10.建筑工地特种作业人员无证上岗。（责任单位：县住建局）已清退无证人员3名，整改到位。
11.燃气企业隐患排查台账不规范。（责任单位：县城管局）已规范台账管理。
三、工作要求
各责任单位要对照问题清单，逐项抓好整改。
县政府督查室
2025年11月3日
";
    let r = convert(text);
    let t = r.stated_totals.as_ref().expect("stated totals");
    assert_eq!(
        (t.total, t.done, t.in_progress),
        (Some(11), Some(9), Some(2))
    );
    assert_eq!(problems(&r).len(), 11, "{:?}", problems(&r));
    let open = r
        .walk()
        .filter(|n| {
            n.kind == rectify_core::model::NodeKind::Problem && n.status == Some(InProgress)
        })
        .count();
    assert_eq!(open, 2);
    assert_accounted(text, &r);
}

/// A portal's information block with keys not met before (`信息名称：`,
/// `信息索引：`, `生成日期：`, `公开方式：`), the title printed again below; a
/// fourth aspect whose findings speak of earlier rectification
/// (`审计指出的项目资金闲置问题整改不彻底。` › `整改情况：…`), each with its
/// own report: problems, not remarks on the work; and `1.上轮巡察反馈的…`
/// names no round.
#[test]
fn findings_on_earlier_rectification_with_reports_are_problems() {
    let text = "\
信息名称：中共某某县自然资源局党组关于巡察整改进展情况的通报
信息索引：520123-0815-2025-0042
生成日期：2025-08-26
公开方式：主动公开
公开范围：面向社会

中共某某县自然资源局党组关于巡察整改进展情况的通报

根据县委统一部署，2025年3月至4月，县委第一巡察组对县自然资源局党组开展了巡察。5月22日，巡察组向局党组反馈了巡察意见，指出了4个方面10个问题。截至2025年8月20日，10个问题已完成整改8个，其余2个正在推进，整改完成率80%。

一、关于贯彻落实党的路线方针政策和上级决策部署方面
1.耕地保护责任落实不到位，部分乡镇存在违法占用耕地现象。
整改情况：开展耕地保护专项执法行动，立案查处违法占地案件14宗，拆除复耕土地86亩。已完成整改。
2.国土空间规划编制进度滞后。
整改情况：已完成县级国土空间总体规划报批，12个乡镇级规划正在编制中，预计年底前全部完成。
二、关于落实全面从严治党责任方面
1.“一岗双责”落实不到位。
整改情况：制定班子成员“一岗双责”责任清单，开展廉政谈话32人次。已完成整改。
2.违反中央八项规定精神问题仍有发生。
整改情况：对2名违规人员给予党纪处分，开展警示教育3次。已完成整改。
3.不动产登记窗口存在“吃拿卡要”现象。
整改情况：开展作风纪律专项整治，设立“办不成事”反映窗口。已完成整改。
三、关于落实新时代党的组织路线方面
1.干部交流轮岗不及时。
整改情况：对在同一岗位任职满10年的7名干部进行了交流轮岗。已完成整改。
2.党支部组织生活不规范。
整改情况：修订“三会一课”制度，开展支部书记培训。已完成整改。
四、关于巡察、审计等监督发现问题整改方面
1.上轮巡察反馈的土地出让金欠缴问题未整改到位。
整改情况：已追缴土地出让金2860万元，剩余1200万元因企业经营困难，已签订分期缴纳协议，正在推进。
2.审计指出的项目资金闲置问题整改不彻底。
整改情况：已将闲置资金860万元统筹用于高标准农田建设。已完成整改。
3.矿山地质环境恢复治理滞后。
整改情况：完成3座废弃矿山生态修复，已完成整改。

中共某某县自然资源局党组
2025年8月26日
";
    let r = convert(text);
    assert_eq!(
        r.meta.title,
        "中共某某县自然资源局党组关于巡察整改进展情况的通报"
    );
    assert_eq!(
        r.meta.index_number.as_deref(),
        Some("520123-0815-2025-0042")
    );
    assert_eq!(r.meta.inspection_round, None);
    assert_eq!(problems(&r).len(), 10, "{:?}", problems(&r));
    assert_states(
        &r,
        &[
            ("耕地保护责任", Done),
            ("国土空间规划", InProgress),
            ("“一岗双责”", Done),
            ("违反中央八项", Done),
            ("不动产登记窗", Done),
            ("干部交流轮岗", Done),
            ("党支部组织生", Done),
            ("上轮巡察反馈", InProgress),
            ("审计指出的项", Done),
            ("矿山地质环境", Done),
        ],
    );
    assert_accounted(text, &r);
}
