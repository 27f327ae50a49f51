//! Shapes met in session 47. Every notice here is my own, one per shape,
//! and each test failed on the converter of the session's start (dacd4e2).

mod common;

use common::{assert_states, convert, focus_areas};
use rectify_core::model::Status;

use Status::*;

const STAGES_AND_STARTS: &str = "\
某某市住房和城乡建设局关于市委第一巡察组反馈意见整改情况的通报
一、关于城市更新项目推进不力的问题
（一）老旧小区改造进度缓慢。
整改情况：已完成阶段性任务。
（二）保障性住房分配管理不规范。
整改情况：已启动问责程序，对2名责任人进行诫勉谈话。
（三）建筑工地扬尘治理不到位。
整改情况：已开工建设智慧监管平台，目前正处于调试阶段。
（四）物业服务监管缺位。
整改情况：已着手修订物业管理办法。
（五）燃气管道老化更新滞后。
整改情况：已完成阶段性整改，需长期坚持。
（六）建筑市场信用体系不健全。
整改情况：信用评价办法已印发实施，整改完成。
（七）城建档案管理不规范。
整改情况：档案数字化工作处于收尾阶段。
（八）城市照明设施维护不及时。
整改情况：目前处于整改阶段。
";

/// A report that says a stage is done (`已完成阶段性任务`), that the work
/// has begun (`已启动…`, `已着手…`) or that it is at a stage of its course
/// (`处于收尾阶段`) reports work under way, not a finished rectification;
/// a stage done and work called long-term stays long-term.
#[test]
fn a_stage_reached_or_work_begun_is_under_way() {
    assert_states(
        &convert(STAGES_AND_STARTS),
        &[
            ("老旧小区改造", InProgress),
            ("保障性住房分", InProgress),
            ("建筑工地扬尘", InProgress),
            ("物业服务监管", InProgress),
            ("燃气管道老化", LongTerm),
            ("建筑市场信用", Done),
            ("城建档案管理", InProgress),
            ("城市照明设施", InProgress),
        ],
    );
}

const BARE_VERDICT: &str = "\
中共某某区市场监督管理局党组关于巡察整改情况的通报
二、巡察反馈问题的整改情况
（一）在落实党中央决策部署方面
1.食品安全监管存在盲区。建立网格化监管机制，开展专项检查3轮。已完成整改。
2.特种设备安全隐患排查不彻底。开展隐患大排查，已整改30处，其余4处正在督促整改。
3.基层党支部组织生活不规范。开展支部规范化建设，整改完成。
";

/// A problem's text that ends with a bare verdict (`…，整改完成。`) states
/// its state, as a keyed report does: done, stated, the clause as the
/// phrase.
#[test]
fn a_bare_verdict_ending_a_problems_text_is_stated() {
    let r = convert(BARE_VERDICT);
    assert_states(
        &r,
        &[
            ("食品安全监管", Done),
            ("特种设备安全", InProgress),
            ("基层党支部组", Done),
        ],
    );
    let last = r
        .walk()
        .find(|n| n.title.starts_with("基层党支部"))
        .unwrap();
    let e = last.status_evidence.as_ref().unwrap();
    assert_eq!(e.basis, rectify_core::model::StatusBasis::Stated);
    assert_eq!(e.phrase.as_deref(), Some("整改完成"));
}

const SHARE_DONE: &str = "\
关于市委第二巡察组巡察反馈问题整改进展情况的公示
序号\t反馈问题\t整改措施\t责任单位\t完成时限\t整改进展
1\t财政资金拨付不及时\t建立资金拨付台账\t预算科\t2025年6月\t已完成
2\t国有资产底数不清\t开展资产清查\t资产科\t2025年12月\t正在开展清查，已完成80%
3\t内控制度执行不到位\t完善内控手册\t办公室\t2025年9月\t已完成
二、其他问题
1.档案管理不规范。整改情况：已完成档案整理总量的65%。
2.公车管理不严。整改情况：已完成整改。
";

/// A share of the work done below 100 % (`已完成80%`) is no completion,
/// after work under way in a table's progress cell or alone in a report.
#[test]
fn a_share_done_below_all_is_under_way() {
    assert_states(
        &convert(SHARE_DONE),
        &[
            ("财政资金拨付", Done),
            ("国有资产底数", InProgress),
            ("内控制度执行", Done),
            ("档案管理不规", InProgress),
            ("公车管理不严", Done),
        ],
    );
}

const OUTLINE_IN_ARABIC: &str = "\
某某市生态环境局关于省级生态环境保护督察反馈问题整改情况的公示
1.总体情况
督察组反馈我市问题共6个，已完成整改4个，达到序时进度2个。
2.具体问题整改情况
1.大气污染防治工作不力
（1）部分工业企业违规排放挥发性有机物。
整改情况：已对23家企业完成治理设施改造，整改完成。
（2）建筑工地扬尘管控不到位。
整改情况：已完成整改。
（3）秸秆露天焚烧时有发生。
整改情况：达到序时进度。
2.水污染防治存在短板
（1）城镇污水处理厂超负荷运行。
整改情况：扩建工程正在施工，达到序时进度。
（2）黑臭水体整治成效不稳固。
整改情况：已完成整改。
（3）农村生活污水治理滞后。
整改情况：已完成整改。
3.下一步工作
1.持续跟踪督办。
2.强化监督问责。
";

/// The notice's outline numbered `1.` (or `（一）`) as others number it
/// `一、`, the same `1.` reused one level down for the areas: the outline's
/// accounts (`总体情况`, `具体问题整改情况`) are sections, the headings
/// under them the focus areas, with or without a `下一步` part.
#[test]
fn an_outline_numbered_as_areas_are_is_read_as_sections() {
    let want = [
        ("部分工业企业", Done),
        ("建筑工地扬尘", Done),
        ("秸秆露天焚烧", InProgress),
        ("城镇污水处理", InProgress),
        ("黑臭水体整治", Done),
        ("农村生活污水", Done),
    ];
    let no_plans: String = OUTLINE_IN_ARABIC
        .split_inclusive('\n')
        .take_while(|l| !l.starts_with("3."))
        .collect();
    let brackets = OUTLINE_IN_ARABIC
        .replace("1.总体", "（一）总体")
        .replace("2.具体", "（二）具体")
        .replace("3.下一步", "（三）下一步");
    for text in [OUTLINE_IN_ARABIC.to_string(), no_plans, brackets] {
        let r = convert(&text);
        let areas: Vec<&str> = focus_areas(&r).iter().map(|a| a.0).collect();
        assert_eq!(
            areas,
            ["大气污染防治工作不力", "水污染防治存在短板"],
            "{text}"
        );
        assert_states(&r, &want);
    }
}

const HEADLINE_BYLINE_TITLE: &str = "\
当前位置：首页 > 政务公开 > 巡察整改
县文广旅体局关于巡察整改情况的公示
时间：2025-11-21 16:02:11 来源：县文广旅体局 作者：办公室
分享到：
县文化广电旅游体育局党组关于县委第三巡察组巡察反馈意见整改进展情况的通报
　　按照县委巡察工作统一部署，县委第三巡察组对县文广旅体局党组开展了巡察。现将整改进展情况予以公布。
　　一、巡察反馈问题整改落实情况
　　（一）落实意识形态工作责任制不到位
　　整改情况：修订意识形态工作责任制实施细则，已完成整改。
　　（二）体育场馆免费开放不到位
　　整改情况：正在制定场馆开放管理办法。
　　中共某某县文化广电旅游体育局党组
　　2025年11月20日
";

/// A page's headline over its byline, then the document's own title
/// before the text: the document's title is the notice's, and the
/// headline is kept among the skipped lines.
#[test]
fn the_documents_own_title_below_a_byline() {
    let r = convert(HEADLINE_BYLINE_TITLE);
    assert_eq!(
        r.meta.title,
        "县文化广电旅游体育局党组关于县委第三巡察组巡察反馈意见整改进展情况的通报"
    );
    assert!(r
        .skipped
        .iter()
        .any(|s| s.text == "县文广旅体局关于巡察整改情况的公示"));
    assert_states(&r, &[("落实意识形态", Done), ("体育场馆免费", InProgress)]);
    common::assert_accounted(HEADLINE_BYLINE_TITLE, &r);
}

const FINDINGS_AT_LARGE: &str = "\
某某区审计局关于2024年度区本级预算执行审计查出问题整改结果的公告
一、审计发现的主要问题
审计共发现问题金额8650.2万元，提出审计建议12条。
二、整改情况
（一）财政管理方面
1.超收收入未按规定用于弥补赤字，涉及金额3200万元。已按规定调整预算，整改完成。
2.专项资金拨付滞后，涉及金额2000万元。已拨付1600万元，剩余400万元正在按项目进度拨付。
（二）部门预算执行方面
1.3个部门无预算支出，涉及金额450.2万元。相关部门已整改。
三、审计建议落实情况
12条审计建议均已采纳。
";

/// A `一、` heading that only says who found what (`审计发现的主要问题`,
/// `巡察反馈问题`, `存在的问题`) over an account of amounts names the
/// findings at large: a section, not one more problem (it was read as a
/// problem not started, so the board counted four problems for three).
#[test]
fn a_heading_naming_the_findings_at_large_is_no_problem() {
    for heading in ["审计发现的主要问题", "存在的问题", "巡察反馈问题"] {
        let text = FINDINGS_AT_LARGE.replace("审计发现的主要问题", heading);
        assert_states(
            &convert(&text),
            &[
                ("超收收入未按", Done),
                ("专项资金拨付", InProgress),
                ("3个部门无预", Done),
            ],
        );
    }
}

/// A page's column tag before the title (`【巡察整改】`) is no part of the
/// title nor of the issuer named by the title's words before `关于`.
#[test]
fn a_column_tag_before_the_title_is_dropped_from_title_and_issuer() {
    let text = "【巡察整改】中共某某县商务局党组关于巡察整改情况的通报
根据县委部署，现将整改情况通报如下。
一、巡察反馈问题整改情况
1.外贸服务不到位。已完成整改。
2.电商培训不足。正在推进。
";
    let r = convert(text);
    assert_eq!(r.meta.title, "中共某某县商务局党组关于巡察整改情况的通报");
    assert_eq!(r.meta.issuer.as_deref(), Some("中共某某县商务局党组"));
    // A bracketed part that is the title's own words stays.
    let own = text.replace("【巡察整改】", "【关于巡察】");
    assert!(convert(&own).meta.title.starts_with("【关于巡察】"));
}

const UNITS_WITH_DOTTED_LISTS: &str = "\
关于全县农村饮水安全工作督查情况的通报
县政府督查室对全县农村饮水安全工作开展了督查，共发现问题9个，已整改到位6个，正在整改3个。
一、督查发现的问题及整改情况
（一）城关镇。1.部分供水站消毒设备未正常运行（已整改）；2.水源地保护标识缺失（已整改）；3.管网漏损率偏高（正在整改）。
（二）河口乡。1.水质检测不及时（已整改）；2.应急备用水源未落实（正在整改）；3.管护人员未培训（已整改）。
（三）石门镇。1.水费收缴率低（已整改）；2.入户管道老化（正在整改）；3.水池按1.5米标准加盖不到位（已整改）。
二、下一步要求
各地要举一反三，建立长效机制。
";

/// A unit's findings numbered `1.…；2.…` in its paragraph after its name
/// (`（一）城关镇。`), each with its state in brackets: the unit is the
/// area and each finding a problem, as with `①…；②…` (the units were
/// read as three problems for nine). `1.5米` inside an item is no mark.
#[test]
fn a_units_findings_numbered_1_dot_in_its_paragraph_are_its_problems() {
    let r = convert(UNITS_WITH_DOTTED_LISTS);
    let areas: Vec<(&str, usize)> = focus_areas(&r);
    assert_eq!(areas, [("城关镇。", 3), ("河口乡。", 3), ("石门镇。", 3)]);
    assert_states(
        &r,
        &[
            ("部分供水站消", Done),
            ("水源地保护标", Done),
            ("管网漏损率偏", InProgress),
            ("水质检测不及", Done),
            ("应急备用水源", InProgress),
            ("管护人员未培", Done),
            ("水费收缴率低", Done),
            ("入户管道老化", InProgress),
            ("水池按1.5", Done),
        ],
    );
}

const FINDINGS_KEYED_IN_DOTTED_LISTS: &str = "\
中共某某镇党委关于巡察整改情况的通报
一、巡察反馈问题整改情况
（一）基层党建方面
巡察指出：1.村级党组织书记队伍老化；2.党员发展不规范；3.“三会一课”落实不到位。整改情况：1.已调整村党组织书记3名，整改完成；2.已规范党员发展程序，整改完成；3.正在开展专项督查。
（二）统计工作方面
（1）统计数据质量管控不严。
整改措施：1.建立数据质量审核制度；2.开展统计执法检查。
整改情况：已完成整改。
";

/// `巡察指出：1.…；2.…；3.…。整改情况：1.…；2.…；3.…`: a list numbered
/// `1.` in a paragraph is read as `①…` is, each report going to its item;
/// a problem's own measures listed so under their key stay its measures.
#[test]
fn findings_and_reports_numbered_1_dot_in_one_paragraph() {
    let r = convert(FINDINGS_KEYED_IN_DOTTED_LISTS);
    assert_states(
        &r,
        &[
            ("村级党组织书", Done),
            ("党员发展不规", Done),
            ("“三会一课”", InProgress),
            ("统计数据质量", Done),
        ],
    );
}

/// `整改结果：已整改待验收。` reports the work done with its check to
/// come: done, as a ledger's state cell `已整改待验收` is; a part done and
/// the rest waiting (`已完成3项，其余待验收`) is not.
#[test]
fn work_done_with_its_check_to_come_is_done() {
    let text = "\
某某市审计局关于2024年度审计查出问题整改情况的报告
一、审计查出问题的整改情况
（一）公务卡结算执行不到位。整改结果：已整改待验收。
（二）无预算支出。整改结果：已完成整改，待验收销号。
（三）国库资金管理不规范。整改结果：已完成3项，其余待验收。
（四）往来款项清理不及时。整改结果：待验收。
";
    assert_states(
        &convert(text),
        &[
            ("公务卡结算执", Done),
            ("无预算支出。", Done),
            ("国库资金管理", InProgress),
            ("往来款项清理", InProgress),
        ],
    );
}
