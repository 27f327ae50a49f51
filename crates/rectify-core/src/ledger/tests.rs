use super::*;
use crate::model::Status;

fn rows(lines: &[&[&str]]) -> Vec<Row> {
    lines
        .iter()
        .enumerate()
        .map(|(i, cells)| Row {
            line: i as u32 + 1,
            cells: cells.iter().map(|s| s.to_string()).collect(),
        })
        .collect()
}

/// Each problem's status, its rule and its phrase.
fn states_rules_phrases(r: &crate::model::Report) -> Vec<(Option<Status>, &str, Option<&str>)> {
    r.nodes
        .iter()
        .map(|n| {
            let e = n.status_evidence.as_ref().unwrap();
            (n.status, e.rule.as_str(), e.phrase.as_deref())
        })
        .collect()
}

/// Each problem's status and its rule.
fn states_and_rules(r: &crate::model::Report) -> Vec<(Option<Status>, &str)> {
    states_rules_phrases(r)
        .into_iter()
        .map(|(s, rule, _)| (s, rule))
        .collect()
}

#[test]
fn statuses_from_words() {
    assert_eq!(status_word("是"), Some(Status::Done));
    assert_eq!(status_word(" 已完成 "), Some(Status::Done));
    assert_eq!(status_word("否"), Some(Status::InProgress));
    assert_eq!(status_word("长期坚持"), Some(Status::LongTerm));
    assert_eq!(status_word("未启动"), Some(Status::NotStarted));
    assert_eq!(status_word("见备注"), None);
    assert_eq!(status_word("常态化推进"), Some(Status::LongTerm));
    assert_eq!(status_word("已纳入长效机制"), Some(Status::LongTerm));
    assert_eq!(status_word("未到期"), Some(Status::InProgress));
    assert_eq!(status_word("长期推进"), Some(Status::LongTerm));
    for w in [
        "尚未开始",
        "暂未启动",
        "未开展",
        "尚未开展",
        "未实施",
        "暂未实施",
    ] {
        assert_eq!(status_word(w), Some(Status::NotStarted), "{w}");
    }
}

#[test]
fn header_not_on_the_first_row_and_continuations() {
    let r = rows(&[
        &["某局巡察整改台账", "", ""],
        &["截至2025年6月30日", "", ""],
        &["序号", "问题", "整改措施", "是否整改完成", "备注"],
        &["1", "制度不健全。", "1.修订制度；2.开展培训", "是", ""],
        &["", "", "3.建立台账", "", "补充"],
        &["2", "台账不规范", "规范台账", "否", ""],
    ]);
    let c = from_rows(&r, &LedgerOptions::default()).unwrap();
    let rep = &c.report;
    assert_eq!(rep.meta.title, "某局巡察整改台账");
    assert_eq!(rep.meta.as_of.as_deref(), Some("2025-06-30"));
    assert_eq!(rep.skipped.len(), 1);
    assert_eq!(rep.nodes.len(), 2);
    let p1 = &rep.nodes[0];
    assert_eq!(
        (p1.id.as_str(), p1.label.as_str(), p1.title.as_str()),
        ("p1", "1", "制度不健全。")
    );
    let m: Vec<(&str, &str)> = p1
        .children
        .iter()
        .map(|m| (m.label.as_str(), m.title.as_str()))
        .collect();
    assert_eq!(
        m,
        [("1.", "修订制度；"), ("2.", "开展培训"), ("3.", "建立台账")]
    );
    assert_eq!(p1.extra.get("备注").map(String::as_str), Some("补充"));
    assert_eq!(p1.status, Some(Status::Done));
    assert_eq!(rep.nodes[1].status, Some(Status::InProgress));
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
}

#[test]
fn no_header_is_an_error() {
    let e = from_rows(
        &rows(&[&["a", "b"], &["c", "d"]]),
        &LedgerOptions::default(),
    )
    .unwrap_err();
    assert!(e.message.contains("找不到表头"), "{}", e.message);
}

#[test]
fn row_kinds_headings_notes_and_numbers() {
    let r = rows(&[
        &["序号", "问题", "整改措施"],
        &["", "", "1.措施在任何问题之前"],
        &["一、党的领导方面", "", ""],
        &["1", "甲问题。", "措施甲"],
        &["序号", "问题", "整改措施"],
        &["1", "乙问题。", "措施乙"],
        &["二、未用的分组", "", ""],
        &["", "", ""],
        &["表格说明", "", ""],
    ]);
    let c = from_rows(&r, &LedgerOptions::default()).unwrap();
    let rep = &c.report;
    // The row without problem text and no problem above is a problem of its own.
    assert_eq!(rep.nodes[0].id, "p1");
    assert_eq!(rep.nodes[0].title, "");
    let area = &rep.nodes[1];
    assert_eq!(
        (area.id.as_str(), area.title.as_str()),
        ("a1", "一、党的领导方面")
    );
    let ids: Vec<&str> = area.children.iter().map(|n| n.id.as_str()).collect();
    assert_eq!(ids, ["a1-p1", "a1-p1-2"]);
    let skipped: Vec<(u32, &str)> = rep
        .skipped
        .iter()
        .map(|s| (s.line, s.reason.as_str()))
        .collect();
    assert_eq!(
        skipped,
        [(5, "重复的表头"), (7, "表格之后"), (9, "表格之后")]
    );
    let warnings: Vec<(u32, u32, &str)> = c
        .warnings
        .iter()
        .map(|w| (w.line, w.column, w.message.as_str()))
        .collect();
    assert_eq!(
        warnings,
        [
            (2, 2, "此行没有问题内容，其他列已保留在 extra 中"),
            (6, 1, "序号重复：1")
        ]
    );
}

#[test]
fn headings_in_a_row_are_all_kept() {
    let r = rows(&[
        &["序号", "问题", "整改措施"],
        &["一、党的建设方面", "", ""],
        &["（一）组织建设", "", ""],
        &["1", "甲问题。", "措施甲"],
    ]);
    let rep = from_rows(&r, &LedgerOptions::default()).unwrap().report;
    assert_eq!(rep.nodes.len(), 1);
    assert_eq!(rep.nodes[0].title, "（一）组织建设");
    let skipped: Vec<(u32, &str, &str)> = rep
        .skipped
        .iter()
        .map(|s| (s.line, s.text.as_str(), s.reason.as_str()))
        .collect();
    assert_eq!(skipped, [(2, "一、党的建设方面", "分组标题")]);
}

/// Issue 11, item 11: a problem's vectors hold no spare room once it is
/// complete (a vector of one measure grew room for four, 1.2 KB a problem:
/// most of a million-row ledger's memory), also after continuation rows.
#[test]
fn problems_keep_no_spare_room() {
    let r = rows(&[
        &["序号", "问题", "整改措施", "责任单位"],
        &["1", "制度不健全。", "修订制度", "甲局"],
        &["", "", "开展培训", ""],
        &["2", "台账不规范", "规范台账", "乙局、丙局"],
    ]);
    let c = from_rows(&r, &LedgerOptions::default()).unwrap();
    let problems: Vec<_> = c
        .report
        .walk()
        .filter(|n| n.kind == crate::model::NodeKind::Problem)
        .collect();
    assert_eq!(problems.len(), 2);
    assert_eq!(problems[0].children.len(), 2);
    for p in problems {
        assert_eq!(p.children.capacity(), p.children.len(), "{}", p.id);
        assert_eq!(p.owners.capacity(), p.owners.len(), "{}", p.id);
    }
}

#[test]
fn ticks_under_status_headers_state_the_status() {
    let r = rows(&[
        &["序号", "问题", "整改措施", "已完成", "推进中", "长期坚持"],
        &["1", "制度不健全", "修订制度", "√", "", ""],
        &["2", "台账不规范", "规范台账", "", "√", ""],
        &["3", "作风不实", "常态督查", "", "", "✓"],
    ]);
    let c = from_rows(&r, &LedgerOptions::default()).unwrap();
    let got: Vec<_> = c.report.nodes.iter().map(|n| n.status).collect();
    use Status::*;
    assert_eq!(got, [Some(Done), Some(InProgress), Some(LongTerm)]);
    let e = c.report.nodes[1].status_evidence.as_ref().unwrap();
    assert_eq!(
        (e.rule.as_str(), e.phrase.as_deref()),
        ("ledger_status_mark", Some("推进中"))
    );
    // The tick is kept under its header: nothing the user gave is lost.
    assert_eq!(
        c.report.nodes[0].extra.get("已完成").map(String::as_str),
        Some("√")
    );
}

#[test]
fn a_problem_over_several_rows_takes_their_states_together() {
    let r = rows(&[
        &["序号", "问题", "整改措施", "整改状态"],
        &["1", "甲问题", "措施一", "正在实施"],
        &["", "", "措施二", "已完成"],
        &["2", "乙问题", "措施一", "已完成"],
        &["", "", "措施二", "长期坚持"],
        &["3", "丙问题", "措施一", "已完成"],
        &["", "", "措施二", "已完成"],
        &["4", "丁问题", "措施一", "尚未启动"],
        &["5", "戊问题", "措施一", "已完成"],
        &["", "", "措施二", "尚未启动"],
        &["", "", "措施三", "已完成"],
        &["", "", "措施四", "正在整改"],
    ]);
    let c = from_rows(&r, &LedgerOptions::default()).unwrap();
    let got: Vec<_> = states_rules_phrases(&c.report)
        .into_iter()
        .map(|(s, rule, phrase)| (s.unwrap(), rule, phrase))
        .collect();
    assert_eq!(
        got,
        [
            (
                Status::InProgress,
                "ledger_status_rows",
                Some("正在实施；已完成")
            ),
            (
                Status::LongTerm,
                "ledger_status_rows",
                Some("已完成；长期坚持")
            ),
            (Status::Done, "ledger_status_column", Some("已完成")),
            (Status::NotStarted, "ledger_status_column", Some("尚未启动")),
            (
                Status::InProgress,
                "ledger_status_rows",
                Some("已完成；尚未启动")
            ),
        ]
    );
    // Measures take their own row's state.
    let measures = |i: usize| -> Vec<Option<Status>> {
        c.report.nodes[i]
            .children
            .iter()
            .map(|m| m.status)
            .collect()
    };
    assert_eq!(measures(0), [Some(Status::InProgress), Some(Status::Done)]);
    assert_eq!(
        measures(4),
        [
            Some(Status::Done),
            Some(Status::NotStarted),
            Some(Status::Done),
            Some(Status::InProgress)
        ]
    );
}

#[test]
fn rows_of_one_problem_keep_their_progress_words_and_deadlines() {
    // No status column: the progress cells say the states.
    let r = rows(&[
        &["序号", "问题描述", "整改措施", "完成时限", "整改进展"],
        &["1", "甲问题", "修订制度", "2025-08-31", "已完成"],
        &["", "", "纳入考核", "2025-12-31", "正在推进"],
        &["2", "乙问题", "建立台账", "2025-09-30", "已完成"],
        &["", "", "开展检查", "2025-09-30", "已完成"],
    ]);
    let c = from_rows(&r, &LedgerOptions::default()).unwrap();
    assert_eq!(
        states_rules_phrases(&c.report),
        [
            (
                Some(Status::InProgress),
                "ledger_status_rows",
                Some("已完成；正在推进")
            ),
            (Some(Status::Done), "ledger_status_column", Some("已完成")),
        ]
    );
    let first = &c.report.nodes[0];
    let measures: Vec<_> = first
        .children
        .iter()
        .map(|m| (m.status, m.deadline.as_deref()))
        .collect();
    assert_eq!(
        measures,
        [
            (Some(Status::Done), Some("2025-08-31")),
            (Some(Status::InProgress), Some("2025-12-31"))
        ]
    );
    // The problem is due when its last row is.
    assert_eq!(first.deadline.as_deref(), Some("2025-12-31"));
    // Rows with one deadline leave it the problem's alone.
    assert!(c.report.nodes[1]
        .children
        .iter()
        .all(|m| m.deadline.is_none()));
}

#[test]
fn a_step_done_and_the_rest_planned_or_going_on_is_under_way() {
    let r = rows(&[
        &["序号", "问题", "整改措施", "整改进展"],
        &[
            "1",
            "甲问题",
            "措施一",
            "已完成管材招标，计划2026年9月底前完成更换",
        ],
        &["2", "乙问题", "措施一", "已完成，室温达标"],
        &["3", "丙问题", "措施一", "换热站已完成改造，室温达标"],
        &["4", "丁问题", "措施一", "已清理菜地42处，持续整改"],
        &["5", "戊问题", "措施一", "持续整改"],
        &["6", "己问题", "措施一", "需与省级平台对接，长期推进"],
    ]);
    let c = from_rows(&r, &LedgerOptions::default()).unwrap();
    assert_eq!(
        states_and_rules(&c.report),
        [
            // `已完成管材招标`: the works not yet begun (`招标`, a preparation).
            (Some(Status::InProgress), "in_progress_phrase"),
            (Some(Status::Done), "ledger_status_column"),
            (Some(Status::Done), "done_phrase"),
            (Some(Status::InProgress), "report_continuing"),
            (Some(Status::LongTerm), "ledger_status_column"),
            (Some(Status::LongTerm), "ledger_status_column"),
        ]
    );
    let r = rows(&[
        &["序号", "问题", "整改状态"],
        &["1", "甲问题", "已完成招标，预计2026年10月底前上线"],
    ]);
    let c = from_rows(&r, &LedgerOptions::default()).unwrap();
    assert_eq!(c.report.nodes[0].status, Some(Status::InProgress));
}

#[test]
fn sums_rows_state_totals_and_are_no_problems() {
    let r = from_rows(
        &rows(&[
            &["序号", "问题", "整改措施", "完成情况"],
            &["1", "档案管理不规范", "建立台账", "已完成"],
            &["2", "经费报销不及时", "修订制度", "正在整改"],
            &["小计", "共2个问题", "—", "已完成1个，正在整改1个"],
            &["3", "合同审核不严", "逐一审核", "已完成"],
            &["合　计", "共3个问题", "—", "已完成2个，正在整改1个"],
        ]),
        &LedgerOptions::default(),
    )
    .unwrap()
    .report;
    assert_eq!(r.nodes.len(), 3);
    let t = r.stated_totals.unwrap();
    assert_eq!(
        (t.total, t.done, t.in_progress),
        (Some(3), Some(2), Some(1))
    );
    let reasons: Vec<&str> = r.skipped.iter().map(|s| s.reason.as_str()).collect();
    assert_eq!(reasons, ["小计行", "合计行"]);
}

/// A progress cell giving the share done below 100 % (`已完成80%`), alone
/// or after work under way, is in progress; `已完成` alone is done.
#[test]
fn a_share_done_below_all_is_in_progress() {
    let r = rows(&[
        &["序号", "问题", "整改措施", "整改进展"],
        &["1", "资金拨付不及时。", "建立台账", "已完成"],
        &["2", "资产底数不清。", "开展清查", "已完成80%"],
        &["3", "采购监管不严。", "修订办法", "正在开展清查，已完成60%"],
        &["4", "档案管理混乱。", "整理档案", "已完成总工作量的100%"],
    ]);
    let rep = from_rows(&r, &LedgerOptions::default()).unwrap().report;
    let states: Vec<Option<Status>> = rep.nodes.iter().map(|n| n.status).collect();
    assert_eq!(
        states,
        [
            Some(Status::Done),
            Some(Status::InProgress),
            Some(Status::InProgress),
            Some(Status::Done)
        ]
    );
}

#[test]
fn a_groups_row_numbered_in_words_is_its_heading() {
    // With a category column: the group is its problems' category.
    let r = rows(&[
        &["序号", "问题类别", "问题", "整改措施", "整改进度"],
        &["一", "预算管理", "", "", ""],
        &["1", "预算管理", "年初预算编制不细化", "细化预算", "已完成"],
        &["二", "资产管理", "", "", ""],
        &["2", "资产管理", "部分资产闲置", "盘活利用", "正在推进"],
    ]);
    let c = from_rows(&r, &LedgerOptions::default()).unwrap();
    let areas: Vec<(&str, usize)> = c
        .report
        .nodes
        .iter()
        .map(|n| (n.title.as_str(), n.children.len()))
        .collect();
    assert_eq!(areas, [("预算管理", 1), ("资产管理", 1)]);
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
    // Without one: the number and the name, as a heading in one cell.
    let r = rows(&[
        &["序号", "问题", "整改措施", "备注"],
        &["（一）", "", "", "党的建设方面"],
        &["1", "学习制度不健全", "修订制度", ""],
    ]);
    let c = from_rows(&r, &LedgerOptions::default()).unwrap();
    assert_eq!(c.report.nodes[0].title, "（一）党的建设方面");
    assert_eq!(c.report.nodes[0].children[0].title, "学习制度不健全");
}

#[test]
fn a_header_on_two_rows_under_an_attachment_mark() {
    let r = rows(&[
        &["附件1", "", "", "", "", ""],
        &["某某镇党委巡察反馈问题整改清单", "", "", "", "", ""],
        &["序号", "反馈问题", "整改措施", "责任主体", "", "完成情况"],
        &["", "", "", "责任领导", "责任单位", ""],
        &[
            "1",
            "村级组织培训不到位",
            "开展轮训",
            "张某",
            "组织办",
            "已完成",
        ],
        &["2", "集体经济薄弱", "发展产业", "李某", "经发办", "推进中"],
    ]);
    let c = from_rows(&r, &LedgerOptions::default()).unwrap();
    let rep = &c.report;
    assert_eq!(rep.meta.title, "某某镇党委巡察反馈问题整改清单");
    let owners: Vec<&[String]> = rep.nodes.iter().map(|n| n.owners.as_slice()).collect();
    assert_eq!(owners, [["组织办", "张某"], ["经发办", "李某"]]);
    assert!(rep.nodes.iter().all(|n| n.extra.is_empty()));
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
    let skipped: Vec<(u32, &str)> = rep
        .skipped
        .iter()
        .map(|s| (s.line, s.reason.as_str()))
        .collect();
    assert_eq!(skipped, [(1, "附件")]);
}

/// The unit that filled the ledger in and when, in the rows above the
/// header (`填报单位（盖章）：…`, `填报时间：…`): the report's issuer and,
/// without a `截至…` date, its as-of date; `责任股室` names owners.
#[test]
fn who_filled_it_in_and_when() {
    let r = rows(&[
        &["某某县市场监督管理局巡察反馈问题整改台账", "", ""],
        &[
            "填报单位（盖章）：某某县市场监督管理局",
            "",
            "填报时间：2025年11月28日",
        ],
        &["序号", "反馈问题", "责任股室", "整改状态"],
        &["1", "食品抽检覆盖面不足", "食品股", "已完成"],
    ]);
    let rep = from_rows(&r, &LedgerOptions::default()).unwrap().report;
    assert_eq!(rep.meta.issuer.as_deref(), Some("某某县市场监督管理局"));
    assert_eq!(rep.meta.as_of.as_deref(), Some("2025-11-28"));
    assert_eq!(
        rep.meta.as_of_text.as_deref(),
        Some("填报时间：2025年11月28日")
    );
    assert_eq!(rep.nodes[0].owners, ["食品股"]);
    // A seal's place after the name; a `截至` date wins over the filling's.
    let r = rows(&[
        &[
            "填报单位：县行政审批局（盖章）",
            "填报日期：2025-07-05",
            "截至2025年6月30日",
        ],
        &["序号", "反馈问题", "整改状态"],
        &["1", "审批时限过长", "已完成"],
    ]);
    let rep = from_rows(&r, &LedgerOptions::default()).unwrap().report;
    assert_eq!(rep.meta.issuer.as_deref(), Some("县行政审批局"));
    assert_eq!(rep.meta.as_of.as_deref(), Some("2025-06-30"));
}

/// `是否完成整改：否` says only that the work is not done: beside a
/// long-term deadline or a remark that the work is for the long term, the
/// row is long-term; beside anything else it stays in progress.
#[test]
fn not_done_for_the_long_term_is_long_term() {
    let r = rows(&[
        &["序号", "存在问题", "整改时限", "是否完成整改", "备注"],
        &["1", "甲问题", "长期", "否", ""],
        &["2", "乙问题", "2025年12月31日", "否", "需长期坚持"],
        &["3", "丙问题", "2025年12月31日", "否", "正在推进"],
        &["4", "丁问题", "长期", "正在整改", ""],
    ]);
    let c = from_rows(&r, &LedgerOptions::default()).unwrap();
    assert_eq!(
        states_and_rules(&c.report),
        [
            (Some(Status::LongTerm), "ledger_deadline_long_term"),
            (Some(Status::LongTerm), "ledger_status_column"),
            (Some(Status::InProgress), "ledger_status_column"),
            (Some(Status::InProgress), "ledger_status_column"),
        ]
    );
}

#[test]
fn a_problem_printed_again_on_each_of_its_rows_is_one_problem() {
    // Merged cells filled in: the number and problem on every row.
    let r = rows(&[
        &["序号", "问题类别", "问题描述", "整改措施", "整改进展"],
        &["1", "党建", "甲问题", "措施一", "已完成"],
        &["1", "党建", "甲问题", "措施二", "正在推进"],
        &["2", "党建", "乙问题", "措施一", "已完成"],
        // The same words under another category are another problem.
        &["2", "业务", "乙问题", "措施一", "已完成"],
    ]);
    let c = from_rows(&r, &LedgerOptions::default()).unwrap();
    let problems: Vec<_> = c
        .report
        .walk()
        .filter(|n| n.kind == crate::model::NodeKind::Problem)
        .map(|n| (n.title.as_str(), n.children.len(), n.status))
        .collect();
    assert_eq!(
        problems,
        [
            ("甲问题", 2, Some(Status::InProgress)),
            ("乙问题", 1, Some(Status::Done)),
            ("乙问题", 1, Some(Status::Done)),
        ]
    );
}

#[test]
fn a_share_done_alone_in_its_cell_states_the_status() {
    assert_eq!(status_word("100%"), Some(Status::Done));
    assert_eq!(status_word("８０％"), Some(Status::InProgress));
    assert_eq!(status_word("0%"), Some(Status::NotStarted));
    assert_eq!(status_word("120%"), None);
    assert_eq!(status_word("nan%"), None);
    // A progress column of shares only, no status column.
    let r = rows(&[
        &["序号", "反馈问题", "整改措施", "完成进度"],
        &["1", "甲问题", "措施一", "100%"],
        &["2", "乙问题", "措施一", "80%"],
        &["3", "丙问题", "措施一", "0%"],
    ]);
    let c = from_rows(&r, &LedgerOptions::default()).unwrap();
    assert_eq!(
        states_and_rules(&c.report),
        [
            (Some(Status::Done), "ledger_status_column"),
            (Some(Status::InProgress), "ledger_status_column"),
            (Some(Status::NotStarted), "ledger_status_column"),
        ]
    );
}

#[test]
fn a_completion_time_of_work_not_done_is_its_deadline() {
    let r = rows(&[
        &["编号", "存在问题", "具体整改措施", "完成时间", "是否销号"],
        &["1", "甲问题", "措施一", "2025-08-31", "是"],
        &["2", "乙问题", "措施一", "2025-12-31", "否"],
        &["3", "丙问题", "措施一", "2025年12月底前", "否"],
    ]);
    let c = from_rows(&r, &LedgerOptions::default()).unwrap();
    let got: Vec<_> = c
        .report
        .nodes
        .iter()
        .map(|n| (n.status, n.deadline.as_deref(), n.completed_on.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            (Some(Status::Done), None, Some("2025-08-31")),
            (Some(Status::InProgress), Some("2025-12-31"), None),
            (Some(Status::InProgress), Some("2025-12-31"), None),
        ]
    );
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
}
