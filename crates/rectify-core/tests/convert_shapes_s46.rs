//! Shapes met in session 46. Every notice here is my own, one per shape,
//! and each test failed on the converter of the session's start (534ece2).

mod common;

use common::{assert_accounted, assert_states, convert, focus_areas, problems};
use rectify_core::model::Status;

use Status::*;

const SHORTCOMING_GROUPS: &str = "\
中共某某区卫生健康局委员会关于区委巡察反馈意见整改进展情况的通报
现将整改进展情况公布如下。
一、关于党的领导方面
1.贯彻落实上级决策部署不到位
（1）院长负责制执行走样。
整改措施：修订党委会和院长办公会议事清单。
整改进展：已完成。
（2）推进医联体建设不够有力。
整改措施：出台医联体建设实施方案。
整改进展：正在推进。
二、关于党的建设方面
2.干部队伍建设存在短板
（1）中层干部年龄结构老化。
整改措施：制定中层干部选拔任用计划。
整改进展：正在推进。
（2）干部交流轮岗不够。
整改措施：完成3名科室负责人交流。
整改进展：已完成。
3.作风建设仍需加强
（1）医疗领域不正之风治理不够彻底。
整改措施：开展集中整治。
整改进展：已完成，需长期坚持。
中共某某区卫生健康局委员会
2025年9月30日
";

/// `2.干部队伍建设存在短板` › `（1）…。` › `整改措施：…` › `整改进展：…`:
/// a heading worded as a shortcoming is a group, not one problem, when
/// its items each take keyed measures of their own, whether the item
/// before it in the notice did so under another group, or the item after
/// it under the same one; the numbering may start afresh in each group or
/// run on across them.
#[test]
fn items_that_each_take_keyed_measures_are_problems_under_a_shortcoming_heading() {
    let want = [
        ("院长负责制执", Done),
        ("推进医联体建", InProgress),
        ("中层干部年龄", InProgress),
        ("干部交流轮岗", Done),
        ("医疗领域不正", LongTerm),
    ];
    let run_on = SHORTCOMING_GROUPS
        .replace("（1）中层", "（3）中层")
        .replace("（2）干部交流", "（4）干部交流")
        .replace("（1）医疗", "（5）医疗");
    for text in [SHORTCOMING_GROUPS.to_string(), run_on] {
        let r = convert(&text);
        let areas: Vec<&str> = focus_areas(&r).iter().map(|a| a.0).collect();
        assert_eq!(
            areas,
            [
                "贯彻落实上级决策部署不到位",
                "干部队伍建设存在短板",
                "作风建设仍需加强"
            ]
        );
        assert_states(&r, &want);
        assert_accounted(&text, &r);
    }
}

const AUDIT_ANSWERED_BY_ORDINAL: &str = "\
县审计局关于某某乡财政财务收支审计发现问题整改情况的公告
现将审计发现问题的整改情况公告如下：
一、审计发现的主要问题
（一）财务管理方面
1.部分支出原始凭证不合规，涉及金额12.4万元。
2.固定资产未及时入账，涉及金额86.3万元。
（二）工程项目管理方面
3.2个项目未按规定办理竣工决算。
二、问题整改情况
针对第1个问题，已补齐相关手续，已整改。
针对第2个问题，已入账资产61.2万元，剩余25.1万元正在办理入账手续，部分整改。
针对第3个问题，1个项目已完成竣工决算，另1个正在审核中，部分整改。
县审计局
2025年11月3日
";

/// `3.2个项目未按规定…`: a count of whole things after the dot ends the
/// label (no item is 3.2 projects). `针对第3个问题，1个项目已完成…，另1个
/// 正在审核中`: a sentence pointing at one problem by its ordinal counts
/// that problem's parts, not the report's totals.
#[test]
fn a_count_after_the_label_and_answers_by_ordinal() {
    let r = convert(AUDIT_ANSWERED_BY_ORDINAL);
    assert_eq!(
        focus_areas(&r),
        [("财务管理方面", 2), ("工程项目管理方面", 1)]
    );
    assert_eq!(problems(&r)[2], "2个项目未按规定办理竣工决算。");
    assert_states(
        &r,
        &[
            ("部分支出原始", Done),
            ("固定资产未及", InProgress),
            ("2个项目未按", InProgress),
        ],
    );
    assert_eq!(r.stated_totals, None);
    assert_accounted(AUDIT_ANSWERED_BY_ORDINAL, &r);
}

const NAMED_IN_AREA_PARAGRAPHS: &str = "\
某某镇关于县委巡察反馈问题整改情况的公告
县委第三巡察组于2025年5月对我镇党委开展了巡察，共反馈问题20个。现将整改情况公告如下：
一是关于基层党组织建设方面。针对村级组织活动场所利用率不高的问题，已整合3个村的活动场所，此项已完成。针对软弱涣散村党组织整顿不彻底的问题，已选派第一书记2名，整顿工作正在推进。
二是关于惠民资金管理方面。针对低保动态管理不精准的问题，已清退不符合条件人员16人，已完成整改。针对耕地地力保护补贴发放不及时的问题，已建立发放台账，已完成。
三是关于作风建设方面。针对部分干部工作纪律松散的问题，已开展作风纪律专项整治，此项工作需长期坚持。
截至目前，20个问题已整改完成17个，2个正在整改，1个需长期坚持。
中共某某镇委员会
2025年9月28日
";

/// `一是关于…方面。针对…不高的问题，已…。针对…不彻底的问题，…正在推
/// 进。`: a paragraph naming problems, without quotes, each at the start
/// of a sentence, is one problem per sentence under the area its first
/// words name, alone under its area too; so are such paragraphs printed
/// apart under `（一）关于…方面` headings. A paragraph that points at the
/// problems (`针对上述问题，…`) names none.
#[test]
fn problems_named_first_without_quotes_in_area_paragraphs() {
    let want = [
        ("针对村级组织", Done),
        ("针对软弱涣散", InProgress),
        ("针对低保动态", Done),
        ("针对耕地地力", Done),
        ("针对部分干部", LongTerm),
    ];
    let apart = NAMED_IN_AREA_PARAGRAPHS
        .replace(
            "一是关于基层党组织建设方面。",
            "（一）关于基层党组织建设方面\n",
        )
        .replace("二是关于惠民资金管理方面。", "（二）关于惠民资金管理方面\n")
        .replace("三是关于作风建设方面。", "（三）关于作风建设方面\n")
        .replace("此项已完成。针对", "此项已完成。\n针对")
        .replace("已完成整改。针对", "已完成整改。\n针对");
    for text in [NAMED_IN_AREA_PARAGRAPHS.to_string(), apart] {
        let r = convert(&text);
        assert_eq!(focus_areas(&r).len(), 3, "{text}");
        assert_eq!(
            focus_areas(&r).iter().map(|a| a.1).collect::<Vec<_>>(),
            [2, 2, 1]
        );
        assert_states(&r, &want);
        assert_eq!(common::stated_triple(&r), Some((20, 17, 2)));
        assert_accounted(&text, &r);
    }
    let pointed = NAMED_IN_AREA_PARAGRAPHS
        .replace("针对村级组织活动场所利用率不高的问题", "针对上述问题")
        .replace("针对软弱涣散村党组织整顿不彻底的问题", "针对巡察反馈的问题");
    let r = convert(&pointed);
    assert!(problems(&r)
        .iter()
        .all(|t| !t.starts_with("针对上述") && !t.starts_with("针对巡察反馈")));
    // Right under a numbered problem, such a paragraph is its report.
    let answers = "\
中共某某县统计局党组关于县委巡察反馈问题整改情况的通报
一、反馈问题整改情况
1.统计数据质量管控不严。
针对统计数据质量管控不严的问题，局党组建立数据审核三级把关制度，已完成整改。
2.干部业务培训不足。
针对干部业务培训不足的问题，已组织专题培训4期。针对培训考核缺失的问题，已建立考核制度。此项工作需长期坚持。
";
    let r = convert(answers);
    assert_eq!(
        problems(&r),
        ["统计数据质量管控不严。", "干部业务培训不足。"]
    );
    assert_states(&r, &[("统计数据质量", Done), ("干部业务培训", LongTerm)]);
}

const SHORT_STATES: &str = "\
中共某某县教育局党组关于县委巡察反馈意见整改落实情况的通报
一、整改落实情况
1.民办学校监管不到位。整改进度80%。
2.招生入学工作存在不规范现象。未完成。
3.财务报销审核把关不严。整改进度100%。
4.课后服务经费管理不规范。已整改。
中共某某县教育局党组
2025年12月1日
";

/// A problem's state said in a few words of its own, unkeyed, after its
/// statement: `整改进度80%。` is in progress (100 % done), and `未完成。`
/// is not done, where both fell to `problem_reported_as_taken` (done).
#[test]
fn a_bare_percentage_or_not_done_after_the_statement() {
    let r = convert(SHORT_STATES);
    assert_states(
        &r,
        &[
            ("民办学校监管", InProgress),
            ("招生入学工作", InProgress),
            ("财务报销审核", Done),
            ("课后服务经费", Done),
        ],
    );
    let rules: Vec<String> = r
        .walk()
        .filter_map(|n| n.status_evidence.as_ref().map(|e| e.rule.clone()))
        .collect();
    assert_eq!(rules[0], "report_percent");
    assert_accounted(SHORT_STATES, &r);
}

const ROUND_SUMMARY_BY_UNIT: &str = "\
中共某某市委巡察办
关于市委第七轮巡察整改情况的综合通报
市委第七轮巡察共巡察了4个市直单位，反馈问题98个。截至2025年10月底，被巡察单位已完成整改85个。各单位整改情况如下：
一、市发展改革委：反馈问题24个，已完成22个，正在整改2个。
二、市财政局：反馈问题26个，已完成24个，需长期坚持2个。
三、市人社局：反馈问题23个，已完成20个，正在整改3个。
四、市医保局：反馈问题25个，已完成19个，正在整改6个。
下一步，市委巡察办将持续跟踪督促，确保整改到位。
中共某某市委巡察办
2025年11月12日
";

/// A round's summary across units, each line a unit's name and its counts
/// (`市财政局：反馈问题26个，已完成24个，需长期坚持2个。`): each unit summed
/// up, an area with no problem listed, not one problem; the count's
/// `长期` names no long-term section.
#[test]
fn units_summed_up_by_their_counts_are_no_problems() {
    let r = convert(ROUND_SUMMARY_BY_UNIT);
    assert!(problems(&r).is_empty(), "{:?}", problems(&r));
    assert_eq!(focus_areas(&r).len(), 4);
    assert!(focus_areas(&r).iter().all(|a| a.1 == 0));
    assert_eq!(common::stated_triple(&r), Some((98, 85, 0)));
    assert_accounted(ROUND_SUMMARY_BY_UNIT, &r);
    // A finding that counts what it failed (`…12个问题中仍有3个未整改`)
    // names no unit before a colon: still a problem.
    let finding = ROUND_SUMMARY_BY_UNIT.replace(
        "四、市医保局：反馈问题25个，已完成19个，正在整改6个。",
        "四、上轮巡察整改不彻底，反馈问题12个中仍有3个未整改。已完成整改。",
    );
    assert_eq!(problems(&convert(&finding)).len(), 1);
}

const LOOK_BACK_IMPROVEMENTS: &str = "\
某某区市场监管局关于“回头看”检查发现薄弱环节改进情况的说明
一、基本情况
区委“回头看”检查组共指出我局薄弱环节3项，截至11月底，已改进到位2项，持续改进1项。
二、逐项改进情况
（一）投诉举报处置时效偏低
改进举措：实行投诉举报限时办结制度。
目前进展：平均处置时间由7天缩短至3天，改进到位。
（二）基层所标准化建设滞后
改进举措：分批推进基层所标准化改造。
目前进展：已完成4个基层所改造，剩余2个纳入明年计划。
（三）信用监管手段单一
改进举措：推行信用风险分类管理。
目前进展：已对全区1.2万户企业完成信用风险分类，改进到位。
某某区市场监管局
2025年12月2日
";

/// A `回头看` notice improves what fell short: a report concluding
/// `改进到位` states done, and `持续改进1项` counts work still going on.
#[test]
fn improved_in_a_look_back_notice() {
    let r = convert(LOOK_BACK_IMPROVEMENTS);
    assert_states(
        &r,
        &[
            ("投诉举报处置", Done),
            ("基层所标准化", InProgress),
            ("信用监管手段", Done),
        ],
    );
    let rules: Vec<_> = r
        .walk()
        .filter(|n| n.kind == rectify_core::model::NodeKind::Problem)
        .map(|n| n.status_evidence.as_ref().unwrap().basis)
        .collect();
    assert!(rules
        .iter()
        .all(|b| *b == rectify_core::model::StatusBasis::Stated));
    assert_eq!(common::stated_triple(&r), Some((3, 2, 1)));
    assert_accounted(LOOK_BACK_IMPROVEMENTS, &r);
}

const TOP_NUMBERING_REUSED: &str = "\
中共某某县林业局党组关于县委巡察整改进展情况的通报
一、整改工作开展情况
局党组成立整改工作领导小组，制定整改方案。
二、反馈问题整改落实情况
一、关于理论学习不够深入的问题
整改情况：已开展专题学习6次。已完成整改。
二、关于林长制落实不到位的问题
整改情况：修订林长制工作考核办法。已完成整改。
三、关于森林防火基础设施薄弱的问题
整改情况：新建防火通道12公里，其余设施正在建设中。
三、下一步工作打算
持续巩固整改成果。
中共某某县林业局党组
2025年10月30日
";

/// `二、反馈问题整改落实情况` › `一、关于…的问题`: the top numbering reused
/// one level deeper, as other styles are; `三、下一步工作打算` after the
/// inner `三、` continues the outer list (and after an inner `二、`, where
/// both lists would go on, its words say it is the notice's next part).
#[test]
fn the_top_numbering_reused_under_an_empty_section() {
    let short = TOP_NUMBERING_REUSED.replace(
        "三、关于森林防火基础设施薄弱的问题\n整改情况：新建防火通道12公里，其余设施正在建设中。\n",
        "",
    );
    for (text, count) in [(TOP_NUMBERING_REUSED.to_string(), 3), (short, 2)] {
        let c = rectify_core::convert::convert_notice(&text, &Default::default());
        let r = &c.report;
        let tops: Vec<(&str, rectify_core::model::NodeKind, usize)> = r
            .nodes
            .iter()
            .map(|n| (n.title.as_str(), n.kind, n.children.len()))
            .collect();
        use rectify_core::model::NodeKind::Section;
        assert_eq!(
            tops,
            [
                ("整改工作开展情况", Section, 0),
                ("反馈问题整改落实情况", Section, count),
                ("下一步工作打算", Section, 0),
            ]
        );
        assert_eq!(problems(r).len(), count);
        assert!(c.warnings.is_empty(), "{:?}", c.warnings);
        assert_accounted(&text, r);
    }
}

/// A page copied from the web with zero-width spaces inside its words
/// (`整改\u{200B}措施：`): read without them, so the keys are keys, and a
/// warning says how many were taken out and where the first was.
#[test]
fn invisible_characters_inside_words_are_taken_out_with_a_warning() {
    let text = SHORTCOMING_GROUPS
        .replace("整改措施", "整改\u{200B}措施")
        .replace("已完成", "已\u{200C}完成");
    let c = rectify_core::convert::convert_notice(&text, &Default::default());
    let clean = convert(SHORTCOMING_GROUPS);
    assert_eq!(
        serde_json::to_value(&c.report.nodes).unwrap(),
        serde_json::to_value(&clean.nodes).unwrap()
    );
    let w: Vec<_> = c
        .warnings
        .iter()
        .filter(|w| w.message.contains("不可见字符"))
        .collect();
    assert_eq!(w.len(), 1, "{:?}", c.warnings);
    assert_eq!((w[0].line, w[0].column), (6, 3));
    assert!(w[0].message.contains("8个"), "{}", w[0].message);
}

const NEWS_ITEM_AROUND_THE_NOTICE: &str = "\
巡察整改丨市卫生健康委：聚焦问题抓整改 务求实效见真章
2025-09-03 10:12　来源：市卫生健康委
为深入贯彻落实市委巡察反馈意见，市卫生健康委党组坚持把巡察整改作为重要政治任务。以下为整改进展情况通报原文。
中共某某市卫生健康委员会党组关于巡察整改进展情况的通报
一、巡察反馈问题整改情况
1.公立医院党建工作责任制落实不到位。已建立党建工作考核机制。已完成。
2.医疗卫生资源配置不均衡。正在推进医共体建设。
中共某某市卫生健康委员会党组
2025年9月2日
";

/// A portal's news item around the notice: a headline, a byline, a lead
/// that brings the document in (`以下为…通报原文。`), then the document's
/// own title (`…关于…的通报`). That title is the notice's, not the
/// headline, which names no kind of document; the lead stays the
/// preamble and the headline is listed as skipped.
#[test]
fn the_documents_own_title_below_a_news_headline() {
    let r = convert(NEWS_ITEM_AROUND_THE_NOTICE);
    assert_eq!(
        r.meta.title,
        "中共某某市卫生健康委员会党组关于巡察整改进展情况的通报"
    );
    assert!(r.skipped.iter().any(|s| s.text.starts_with("巡察整改丨")));
    assert_eq!(problems(&r).len(), 2);
    assert_accounted(NEWS_ITEM_AROUND_THE_NOTICE, &r);
    // A headline that names its document keeps the title.
    let named = NEWS_ITEM_AROUND_THE_NOTICE.replace(
        "巡察整改丨市卫生健康委：聚焦问题抓整改 务求实效见真章",
        "市卫生健康委关于巡察整改进展情况的通报",
    );
    assert_eq!(
        convert(&named).meta.title,
        "市卫生健康委关于巡察整改进展情况的通报"
    );
}

const ROUND_ANNOUNCEMENT_BY_UNIT: &str = "\
关于公布县委第四轮巡察整改进展情况的公告
（2025年第3号）
根据《中国共产党巡视工作条例》有关规定，现将县委第四轮巡察被巡察单位整改进展情况予以公布。
县农业农村局党组关于县委巡察反馈问题整改进展情况
一、反馈问题整改情况
1.落实粮食安全责任制不到位。已完成。
2.高标准农田建设管护不力。正在推进。
县水利局党组关于县委巡察反馈问题整改进展情况
一、反馈问题整改情况
1.河长制落实不到位。已完成。
2.水利工程质量监管不严。已完成。
中共某某县委巡察工作领导小组办公室
2025年10月8日
";

/// A round's announcement that prints each unit's report under its own
/// unlabelled title, each restarting at `一、`: each unit's title heads
/// its part (an area), so no unit's problems run into another's text.
/// The bracketed number under the title is the document's number, and
/// the round is named without `公布`.
#[test]
fn a_round_announcement_with_a_part_per_unit() {
    let r = convert(ROUND_ANNOUNCEMENT_BY_UNIT);
    let areas: Vec<&str> = focus_areas(&r).iter().map(|a| a.0).collect();
    assert_eq!(
        areas,
        [
            "县农业农村局党组关于县委巡察反馈问题整改进展情况",
            "县水利局党组关于县委巡察反馈问题整改进展情况"
        ]
    );
    assert_states(
        &r,
        &[
            ("落实粮食安全", Done),
            ("高标准农田建", InProgress),
            ("河长制落实不", Done),
            ("水利工程质量", Done),
        ],
    );
    assert!(r.walk().all(|n| !n.body.contains("县水利局党组")));
    assert_eq!(r.meta.document_number.as_deref(), Some("2025年第3号"));
    assert_eq!(r.meta.inspection_round.as_deref(), Some("县委第四轮巡察"));
    assert_accounted(ROUND_ANNOUNCEMENT_BY_UNIT, &r);
    // The number on its own line without brackets, as audit offices print it.
    let plain = ROUND_ANNOUNCEMENT_BY_UNIT.replace("（2025年第3号）", "2025年第3号");
    let r = convert(&plain);
    assert_eq!(r.meta.document_number.as_deref(), Some("2025年第3号"));
    assert!(r.nodes.iter().all(|n| !n.body.contains("第3号")));
}

const FINDINGS_ANSWERED_BY_LEAD_INS: &str = "\
某某镇党委关于“回头看”情况的报告
一、总体情况
镇党委对照县委巡察“回头看”指出的情况，逐项研究落实。
二、具体事项
村务公开内容更新慢，群众看不到最新信息。
对此，镇党委要求各村每月5日前更新公开栏，已全部落实。
三资管理台账与实际对不上，个别村合同底数模糊。
对此，镇经管站组织逐村清查，重新建立台账，已完成。
村级工程项目结算拖得久，施工方多次上访。
对此，镇党委成立专班逐项清理，已结算6个项目，剩余2个正在审计结算中。
三、下一步
持续巩固成效。
中共某某镇委员会
2025年11月30日
";

/// Findings of one sentence in plain words (`…更新慢，…`, `…拖得久，…`),
/// each answered by a paragraph that opens with a lead-in back to it
/// (`对此，…`), under a heading with no keyword: the pairs are the
/// problems, though only one finding has a finding's words (`个别`).
#[test]
fn findings_in_plain_words_each_answered_after_a_lead_in() {
    let r = convert(FINDINGS_ANSWERED_BY_LEAD_INS);
    assert_states(
        &r,
        &[
            ("村务公开内容", Done),
            ("三资管理台账", Done),
            ("村级工程项目", InProgress),
        ],
    );
    assert_accounted(FINDINGS_ANSWERED_BY_LEAD_INS, &r);
    // Without the lead-ins, one finding's words are not enough.
    let bare = FINDINGS_ANSWERED_BY_LEAD_INS.replace("对此，", "");
    assert!(problems(&convert(&bare)).len() < 3);
}

/// A keyed report of a step done whose rest is planned for the end of
/// the year (`已完成档案数字化80%，剩余部分预计年底完成。`): in progress,
/// where its `已完成` read done.
#[test]
fn the_rest_planned_for_the_end_of_the_year_is_still_open() {
    let text = "\
某某县自然资源局关于审计发现问题整改情况的报告
一、有关情况
1.不动产登记档案管理混乱。
落实进度：已完成档案数字化80%，剩余部分预计年底完成。
2.土地出让金征收不到位。
处理结果：已追缴土地出让金1260万元，已完成。
";
    let r = convert(text);
    assert_states(&r, &[("不动产登记档", InProgress), ("土地出让金征", Done)]);
    assert_accounted(text, &r);
}

/// `反馈了5个问题。其中第一方面涉及问题2个，已完成整改2个。`: the second
/// sentence counts a part of the first's total, not the report's: it is
/// no summary, and no level is read again to fit its 2 (the `一、`
/// headings are not taken for the problems).
#[test]
fn a_part_counted_after_the_total_picks_no_level() {
    let text = "\
关于县委巡察反馈的5个问题整改情况的通报
县委第一巡察组于2025年5月向我局反馈了5个问题。其中第一方面涉及问题2个，已完成整改2个。
一、第一方面
1.学习制度落实不严。已完成。
2.会议记录不规范。已完成。
二、第二方面
3.预算执行进度慢。正在推进。
4.资产管理不到位。已完成。
5.内控制度不健全。已完成。
某某县档案局
2025年10月10日
";
    let c = rectify_core::convert::convert_notice(text, &Default::default());
    assert_eq!(problems(&c.report).len(), 5);
    assert_eq!(common::stated_triple(&c.report), Some((5, 0, 0)));
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
    assert_accounted(text, &c.report);
}

/// `共反馈问题20个，其中我局牵头整改12个，已完成10个，正在整改2个。`: the
/// notice's totals are its own share, 12, not the round's 20, so no other
/// unit's problems are counted as this one's open work.
#[test]
fn the_notices_own_share_is_its_total() {
    let text = "\
关于市委巡察反馈问题整改情况的通报
市委巡察组共反馈问题20个，其中我局牵头整改12个，已完成10个，正在整改2个。
一、整改情况
1.项目审批效率不高。已完成。
2.涉企检查过多过频。正在推进。
";
    let r = convert(text);
    assert_eq!(common::stated_triple(&r), Some((12, 10, 2)));
    assert_accounted(text, &r);
}

/// A title broken inside its last word, as a narrow page prints it
/// (`…整改进展情况的通` / `报`): the lone `报` ends the title; it is no
/// preamble.
#[test]
fn a_title_broken_inside_its_last_word() {
    let text = "\
中共某某县财政局党组关于县委第五轮巡察反馈问题整改进展情况的通
报
根据县委统一部署，现将整改进展情况通报如下。
一、整改情况
1.预算管理不规范。已完成。
2.资金拨付不及时。正在推进。
";
    let r = convert(text);
    assert_eq!(
        r.meta.title,
        "中共某某县财政局党组关于县委第五轮巡察反馈问题整改进展情况的通报"
    );
    assert!(r.nodes.iter().all(|n| n.body.trim() != "报"));
    assert_accounted(text, &r);
}

/// `已按期完成。`, `已如期完成。`, `已全面完成。`: completion said as
/// planned is stated, not inferred from a result; `未按期完成` is not.
#[test]
fn done_as_planned_is_stated() {
    let text = "\
关于巡察整改情况的通报
一、整改情况
1.档案管理不规范。已按期完成。
2.资产登记不及时。已如期完成。
3.内控制度不健全。已全面完成。
4.项目验收滞后。未按期完成，正在推进。
";
    let r = convert(text);
    let got: Vec<_> = r
        .walk()
        .filter(|n| n.kind == rectify_core::model::NodeKind::Problem)
        .map(|n| (n.status, n.status_evidence.as_ref().unwrap().basis))
        .collect();
    use rectify_core::model::StatusBasis::Stated;
    assert_eq!(
        got,
        [
            (Some(Done), Stated),
            (Some(Done), Stated),
            (Some(Done), Stated),
            (Some(InProgress), Stated)
        ]
    );
}

/// States as ledgers' cells say them, in a notice's reports: `待验收`,
/// `初步完成`, `部分落实`, `未销号` are not done yet, where they fell to
/// `problem_reported_as_taken` (done); `持续跟进` after a result is the
/// plan that follows it.
#[test]
fn ledger_words_for_work_not_yet_done() {
    let text = "\
关于巡察整改情况的通报
一、整改情况
1.甲工作不规范。已完工，待验收。
2.乙工作不规范。初步完成。
3.丙工作不规范。部分落实。
4.丁工作不规范。未销号。
5.戊工作不规范。已完成整改，并持续跟进。
6.己工作不规范。持续跟进。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("甲工作不规范", InProgress),
            ("乙工作不规范", InProgress),
            ("丙工作不规范", InProgress),
            ("丁工作不规范", InProgress),
            ("戊工作不规范", Done),
            ("己工作不规范", InProgress),
        ],
    );
}
