//! Shapes met in session 64. Every notice here is my own, and each test
//! fails on the converter of the session's start (2f0074f).

mod common;

use common::{assert_accounted, assert_states, convert, problem, problems};
use rectify_core::model::Status;

use Status::*;

/// A problem's state given as the answer to a key asking whether it is
/// done (`是否完成：是`, `是否整改到位：否（已完成70%）`): yes is done even
/// with a deadline still ahead; no is under way, whatever the measures
/// say; no with words of work not begun is not started.
#[test]
fn a_yes_or_no_answer_states_the_problem() {
    let text = "\
某县卫生健康局关于巡察整改落实情况的公示

（2025年7月10日）

问题一：基层医疗机构药品采购台账不全。
整改措施：
1.对全县卫生院药品采购台账开展清查，补齐记录。
2.建立月度对账制度。
责任人：王某某（医政股股长）
整改时限：2025年9月底前
是否完成：是

问题二：村卫生室人员培训覆盖面不足。
整改措施：
1.制定年度培训计划，已完成首轮培训。
责任人：李某某（基层卫生股股长）
整改时限：2025年12月底前
是否整改到位：否（已完成70%）

问题三：医疗废物暂存点建设不规范。
整改措施：
1.已完成选址论证。
是否完成：否，尚未启动建设

本次巡察反馈问题共3个，已完成1个，正在整改1个，尚未启动1个。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("基层医疗机构", Done),
            ("村卫生室人员", InProgress),
            ("医疗废物暂存", NotStarted),
        ],
    );
    let rule = |o: &str| {
        problem(&r, o)
            .status_evidence
            .as_ref()
            .map(|e| e.rule.clone())
    };
    assert_eq!(rule("基层医疗机构").as_deref(), Some("report_yes_no"));
}

/// Areas `（1）` over findings `①`, each finding's measures one paragraph
/// `一是…；二是…；三是…。（整改中）`: the `①` items are the problems, the
/// paragraph their text (not a third level of measures), and the rest
/// counted again in the same sentence (`其余3个中2个正在整改、1个需长期
/// 坚持`) counts two in progress, not five; the one whose note says it
/// goes on (`（持续推进）`) is the one the totals count long-term.
#[test]
fn circled_findings_with_their_measures_in_one_paragraph() {
    let text = "\
中共某某市农业农村局委员会关于巡察整改进展情况的通报

对照巡察反馈的2个方面5个问题，截至2025年3月31日，5个问题已整改完成2个，其余3个中2个正在整改、1个需长期坚持。

（1）关于贯彻落实决策部署方面
①高标准农田建设项目推进缓慢，部分项目未按期开工。
一是召开专题会议研究部署；二是对6个滞后项目实行挂图作战；三是建立周调度机制。责任处室：农田建设管理科。（整改中）
②农业产业化龙头企业培育力度不够。
一是出台扶持办法；二是新认定市级龙头企业5家。（已完成）
（2）关于落实全面从严治党责任方面
③党组主体责任落实不够到位。
一是修订责任清单；二是党组每半年专题研究一次。（已完成）
④涉农资金监管存在薄弱环节。
一是开展涉农资金专项检查；二是计划2025年9月底前完成全部核查。（整改中）
⑤干部作风建设仍有差距。
一是开展作风专项整治；二是常态化开展明察暗访。（持续推进）
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("高标准农田建", InProgress),
            ("农业产业化龙", Done),
            ("党组主体责任", Done),
            ("涉农资金监管", InProgress),
            ("干部作风建设", LongTerm),
        ],
    );
    assert_eq!(
        problem(&r, "高标准农田建").owners,
        ["农田建设管理科"],
        "the owners of the finding, not of a measure"
    );
    let stated = r.stated_totals.as_ref().expect("stated totals");
    assert_eq!(
        (
            stated.total,
            stated.done,
            stated.in_progress,
            stated.long_term
        ),
        (Some(5), Some(2), Some(2), Some(1))
    );
}

/// A 督查 bulletin's findings numbered anew under each township, reported
/// further on by the township's name run on into the number (`青石镇第2个
/// 问题：正在整改。`, `桃源镇第1、2个问题：已整改。`): each report is on
/// that township's problem, not on the nearest list's of that number.
#[test]
fn reports_by_a_townships_name_and_the_number() {
    let text = "\
某县人民政府办公室关于防汛安全专项督查发现问题整改情况的通报

二、发现的问题
（一）青石镇
1.防汛物资储备不足。限青石镇人民政府15个工作日内整改到位。
2.转移预案未及时更新。限青石镇人民政府10个工作日内整改到位。
（二）桃源镇
1.河道清障不彻底。限桃源镇人民政府1个月内整改到位。
2.值班值守制度落实不到位。限桃源镇人民政府立即整改。

三、整改落实情况
截至7月15日，督查发现的4个问题中，已整改到位3个，正在整改1个。
青石镇第1个问题：已整改。已补充采购救生衣120件。
青石镇第2个问题：正在整改。预案修订稿正在征求意见。
桃源镇第1、2个问题：已整改。养殖棚已全部拆除，值班制度已落实。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("防汛物资储备", Done),
            ("转移预案未及", InProgress),
            ("河道清障不彻", Done),
            ("值班值守制度", Done),
        ],
    );
}

/// An audit's findings as keyed paragraphs in turn (`审计发现：…` then
/// `整改情况：…`), no numbers: a finding's line broken mid-word (`…部分
/// 款项已无法` / `查明原因，涉及金额118.6万元。`) is one paragraph, so its
/// area keeps both findings; a report that opens by calling the work
/// long-term (`因涉及历史遗留问题，需长期整改。…已完成3处…`) is long-term.
#[test]
fn keyed_audit_findings_with_a_line_broken_mid_word() {
    let text = "\
某县审计局关于县水利局预算执行情况审计发现问题整改情况的公告

审计发现问题4个，已整改2个，正在整改1个，需长期整改1个。

一、财务管理方面

审计发现：无依据发放津补贴，涉及金额23.8万元。

整改情况：已整改。已全额追回并缴回县财政。

审计发现：往来款项长期挂账未及时清理，其他应收款中部分款项已无法
查明原因，涉及金额118.6万元。

整改情况：部分整改。已整改金额71.3万元，剩余47.3万元计划于2026年3月底前清理完毕。

二、国有资产管理方面

审计发现：工程结算审核把关不严，多结算工程款96.2万元。

整改情况：已整改。已在工程结算中全额扣减。

审计发现：部分已建成水利工程形成的资产未及时入账，涉及金额197.4万元。

整改情况：因涉及历史遗留问题，需长期整改。县水利局已会同县财政局对相关工程资产进行全面清查，已完成3处提灌站的竣工决算，其余资产将逐步办理入账手续。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("无依据发放津", Done),
            ("往来款项长期", InProgress),
            ("工程结算审核", Done),
            ("部分已建成水", LongTerm),
        ],
    );
    assert!(
        problem(&r, "往来款项长期").title.contains("无法查明原因"),
        "the finding's two lines are one paragraph"
    );
}

/// Cards of keyed lines (`序号：` `反馈问题：` `整改措施：` …), one card's
/// finding wrapped onto a second line: the card stays one problem, no
/// heading over the cards after it.
#[test]
fn a_card_with_a_wrapped_finding_stays_one_problem() {
    let text = "\
某市住房和城乡建设局关于巡察整改进展情况的通报

巡察反馈问题3个，已完成2个，正在整改1个。

序号：1
反馈问题：保障性住房分配管理不够规范，部分公租房承租户未及时动态复核退出。
整改措施：开展公租房在保家庭资格年审，建立季度数据比对机制。
责任单位：住房保障科
整改时限：2025年11月30日
完成情况：已完成

序号：2
反馈问题：老旧小区改造项目推进缓慢，2024年度计划改造的
23个小区中仍有5个未完成竣工验收。
整改措施：实行包保推进，倒排工期、挂图作战。
责任单位：城市更新科
整改时限：2025年12月31日
完成情况：正在整改

序号：3
反馈问题：建筑市场监管存在薄弱环节，对转包、违法分包行为查处不够及时。
整改措施：开展建筑市场违法违规行为专项整治，立案查处12起。
责任单位：建筑市场监管科
整改时限：2025年11月30日
完成情况：已完成
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("保障性住房分", Done),
            ("老旧小区改造", InProgress),
            ("建筑市场监管", Done),
        ],
    );
}

/// Problems grouped by where they stand, each group's title a slogan and a
/// count with the state (`一、立行立改，2项已全部办结`, `三、久久为功，1项持续
/// 深化`): every problem takes its group's state when the count is the
/// group's; a planned completion (`预计完成时间：2025年12月底`) is the
/// deadline.
#[test]
fn groups_by_state_with_counts_in_their_titles() {
    let text = "\
中共某某镇委员会关于巡察整改进展情况的通报

反馈的5个问题中，已完成整改2个，正在整改2个，需长期坚持的1个。

一、立行立改，2项已全部办结
（一）村级财务台账登记不规范。
主要做法：组织镇财政所对全镇村级台账逐一核对，补登固定资产37项。
责任单位：镇财政所
（二）公务用车管理不严格。
主要做法：规范派车审批流程，车辆统一安装定位。
责任单位：镇党政办

二、攻坚突破，2项正在加紧推进
（一）人居环境整治存在薄弱环节。
主要做法：开展专项行动，新增垃圾转运车2台。
目前进展：已完成9个村河道清淤，剩余5个村正在施工。
预计完成时间：2025年12月底
责任单位：镇村镇建设办
（二）历史遗留项目结算滞后。
主要做法：梳理未决算项目清单，委托第三方审计。
目前进展：已完成审计5个，3个项目正在审计中。
预计完成时间：2026年3月底
责任单位：镇财政所

三、久久为功，1项持续深化
（一）作风建设仍有差距。
主要做法：推行马上办、网上办，常态化开展明察暗访。
责任单位：镇纪委
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("村级财务台账", Done),
            ("公务用车管理", Done),
            ("人居环境整治", InProgress),
            ("历史遗留项目", InProgress),
            ("作风建设仍有", LongTerm),
        ],
    );
    assert_eq!(
        problem(&r, "人居环境整治").deadline.as_deref(),
        Some("2025-12-31")
    );
    assert_eq!(
        problem(&r, "历史遗留项目").deadline.as_deref(),
        Some("2026-03-31")
    );
}

/// A problem's paragraph of measures in prose that ends on a short verdict
/// of a stage reached (`目前取得阶段性成效。`), after a plan (`二期工程预计
/// 2025年12月底前整改到位`) and steps done on the way: under way, as the
/// notice counts it (`取得阶段性成效1个`).
#[test]
fn a_paragraph_ending_on_a_stage_reached_is_under_way() {
    let text = "\
中共某某市委关于巡视整改进展情况的通报

二、巡视反馈问题的整改落实情况

巡视反馈的2个问题，已完成整改1个，取得阶段性成效1个。

1.关于“人才引进培养机制不够健全”的问题。市委出台人才计划及配套实施细则，2024年引进各类高层次人才312名，人才公寓一期已建成投用，二期工程预计2025年12月底前整改到位。目前取得阶段性成效。

2.关于“基层减负不到位”的问题。市委精简文件会议，全市发文数量同比下降28%。该问题已整改到位。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(&r, &[("关于“人才引", InProgress), ("关于“基层减", Done)]);
}

/// A notice whose body is a short summary, signed and dated, with the
/// problems only in an attachment below the signature, as cards of keyed
/// lines (`附件：…整改台账` › `序号：1` `反馈问题：…` … `完成情况：…`): the
/// first card is a problem like the rest (its `序号：1` no attachment's
/// file name), and the issuer is the one who signed above the attachment.
#[test]
fn cards_attached_below_the_signature() {
    let text = "\
某市住房和城乡建设局关于巡察整改进展情况的通报

截至目前，巡察反馈的3个问题中，已完成整改2个，需长期坚持的1个。整改具体情况详见附件。

中共某市住房和城乡建设局党组
2025年12月15日

附件：巡察反馈问题整改台账

序号：1
反馈问题：党组理论学习中心组学习存在以读代学现象。
整改措施：修订学习制度，每季度开展专题研讨。
责任单位：办公室
整改时限：2025年10月31日
完成情况：已完成

序号：2
反馈问题：公租房承租户未及时动态复核退出。
整改措施：开展资格年审，建立季度数据比对机制。
责任单位：住房保障科
整改时限：2025年11月30日
完成情况：已完成

序号：3
反馈问题：窗口服务存在门难进、脸难看现象。
整改措施：推行首问负责、限时办结制度。
责任单位：政务服务科
整改时限：长期坚持
完成情况：长期坚持
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("党组理论学习", Done),
            ("公租房承租户", Done),
            ("窗口服务存在", LongTerm),
        ],
    );
    assert_eq!(
        r.meta.issuer.as_deref(),
        Some("中共某市住房和城乡建设局党组")
    );
    assert_eq!(problem(&r, "党组理论学习").owners, ["办公室"]);
}

/// Findings numbered after a word of the notice's own (`风险点1：`), one
/// printed with a stray space (`风险点 3：`), each followed by its keyed
/// measures and report: every one is a problem, the keyed measures their
/// text; a report that opens on long-term work (`该项工作需长期坚持。议事
/// 规则已完成修订…`) is long-term; a bare `时限：` keys the deadline.
#[test]
fn word_numbered_findings_with_a_stray_space() {
    let text = "\
某县纪委监委派驻纪检组关于以案促改整改情况的通报

共查摆风险点3个，已整改1个，正在整改1个，需长期坚持整改1个。

二、查摆的风险隐患及整改情况

风险点1：项目申报审核把关不严。个别项目存在先定后评的问题。
防控措施：①制定申报审核管理办法；②建立评审专家随机抽取机制。
落实情况：已完成整改。
时限：2024年5月底

风险点2：公务用车管理不规范。车辆派遣登记不完整。
防控措施：①推行一车一卡一档管理；②安装北斗定位终端。
落实情况：正在整改，已安装定位终端12台。
时限：2024年12月底

风险点 3：领导班子权力运行制约不足。个别事项会前酝酿不充分。
防控措施：①修订党组议事规则；②推行分管领域定期轮岗。
落实情况：该项工作需长期坚持。议事规则已完成修订，轮岗按年度计划推进。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("项目申报审核", Done),
            ("公务用车管理", InProgress),
            ("领导班子权力", LongTerm),
        ],
    );
    assert_eq!(
        problem(&r, "公务用车管理").deadline.as_deref(),
        Some("2024-12-31")
    );
}

/// A title printed on two lines that ends `…情况的公开`, and problems each
/// one line of fields apart by `；` with a bare `时限：` key.
#[test]
fn a_two_line_title_ending_in_gongkai_over_one_line_problems() {
    let text = "\
中共某区市场监督管理局党组关于区委第三巡察组
巡察反馈意见整改进展情况的公开

反馈的2个问题中，已完成整改1个，正在整改1个。

一、党的领导方面
1.问题：食品安全监管责任落实不到位；措施：开展专项检查；责任科室：食品安全协调科；时限：2025年10月底；进展：已完成。
2.存在问题：执法案卷评查整改不及时；整改措施：建立评查台账；责任科室：法规科；时限：2025年12月31日；进展情况：正在推进，已完成60%。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(
        r.meta.title,
        "中共某区市场监督管理局党组关于区委第三巡察组巡察反馈意见整改进展情况的公开"
    );
    assert_eq!(
        problem(&r, "食品安全监管").deadline.as_deref(),
        Some("2025-10-31")
    );
}

/// A ledger drawn with full-width bars, a rule of dashes under its header,
/// one row's measures wrapped onto a line whose first cells are empty, and
/// a row of totals: the rule is formatting, the wrapped words go on in
/// their cell, and every row after them is still a problem with its cells.
#[test]
fn a_bar_table_with_a_rule_and_a_wrapped_row() {
    let text = "\
某市医疗保障局关于巡察反馈问题整改进展情况的公告

截至2024年4月30日，3个问题中已完成整改2个，正在整改1个。

序号｜问题描述｜整改措施｜责任处室｜整改时限｜整改进展
----｜--------｜--------｜--------｜--------｜--------
1｜党组专题研究党风廉政建设次数偏少｜将党风廉政建设列为党组会议固定议题｜机关党委｜2024年3月底｜已完成整改
2｜带量采购政策落实不到位｜建立月通报制度，同时加强对医疗机构｜医药服务管理科｜2024年6月30日｜正在推进
｜　　｜非中选药品采购行为的监测分析。｜｜｜
3｜窗口服务效能不高｜推行一窗通办｜市医疗保障事务中心｜2024年3月31日｜已完成整改
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("党组专题研究", Done),
            ("带量采购政策", InProgress),
            ("窗口服务效能", Done),
        ],
    );
    assert_eq!(problem(&r, "窗口服务效能").owners, ["市医疗保障事务中心"]);
    assert_eq!(
        problem(&r, "窗口服务效能").deadline.as_deref(),
        Some("2024-03-31")
    );
    // A row of totals whose last cells are empty (`｜｜｜｜` at its end) is
    // the table's: its totals, not text.
    let with_sum = format!("{text}合计｜共3个问题，已完成整改2个，正在整改1个｜｜｜｜\n");
    let r = convert(&with_sum);
    assert_eq!(problems(&r).len(), 3);
    let stated = r.stated_totals.as_ref().expect("stated totals");
    assert_eq!(stated.source_line, Some(11));
}
