//! Statuses of ledger problems: stated in the status column (a known word
//! or a status phrase), else inferred from the completion date, the deadline
//! or the progress text. Measures take their problem's status.

use crate::convert::StatusRules;
use crate::model::{Node, Status, StatusBasis, StatusEvidence};
use crate::text::phrases::StatusPhrases;
use crate::text::{is_ws, norm_chars};

/// The status a cell states, if it is one of the known words.
pub fn status_word(v: &str) -> Option<Status> {
    let s: String = norm_chars(v)
        .into_iter()
        .filter(|c| !is_ws(*c) && !matches!(c, '。' | '.'))
        .collect();
    let s = s.to_lowercase();
    const DONE: &[&str] = &[
        "是",
        "已完成",
        "完成",
        "已整改",
        "已整改到位",
        "整改到位",
        "整改完成",
        "已完成整改",
        "已销号",
        "销号",
        "已办结",
        "办结",
        "已落实",
        "落实到位",
        "已解决",
        // Done, the check of it still to come.
        "已整改待验收",
        "已整改待复核",
        "整改完成待验收",
        "√",
        "✓",
        "y",
        "yes",
        "done",
    ];
    const IN_PROGRESS: &[&str] = &[
        "否",
        "未完成",
        "正在整改",
        "整改中",
        "推进中",
        "进行中",
        "部分整改",
        "基本完成",
        "基本整改到位",
        "基本到位",
        "初步整改",
        "持续推进",
        "正在推进",
        "序时推进",
        "按序时推进",
        // Behind schedule: under way, not done.
        "进度滞后",
        "阶段性完成",
        // A complaint's case (`是否办结`): 已办结, 阶段性办结 or 未办结.
        "阶段性办结",
        "部分办结",
        "未办结",
        // An inspection's problem not yet struck off (`已销号` is done).
        "未销号",
        "持续跟进",
        "跟进中",
        "办理中",
        "实施中",
        "施工中",
        "未到期",
        "n",
        "no",
        "in_progress",
    ];
    const LONG_TERM: &[&str] = &[
        "长期坚持",
        "长期整改",
        "长期",
        "持续整改",
        "需长期整改",
        "需长期坚持",
        "常态化推进",
        "常态化",
        "长期推进",
        "纳入长效机制",
        "已纳入长效机制",
        "long_term",
    ];
    const NOT_STARTED: &[&str] = &[
        "未开始",
        "未启动",
        "尚未启动",
        "未整改",
        "尚未整改",
        "暂未整改",
        "暂缓整改",
        "暂缓实施",
        "未开工",
        "尚未开工",
        "尚未开始",
        "还未开始",
        "暂未启动",
        "未开展",
        "尚未开展",
        "暂未开展",
        "未实施",
        "尚未实施",
        "暂未实施",
        "not_started",
    ];
    if let Some(share) = share_done(&s) {
        return Some(share);
    }
    let is = |list: &[&str]| list.contains(&s.as_str());
    if is(DONE) {
        Some(Status::Done)
    } else if is(IN_PROGRESS) {
        Some(Status::InProgress)
    } else if is(LONG_TERM) {
        Some(Status::LongTerm)
    } else if is(NOT_STARTED) {
        Some(Status::NotStarted)
    } else {
        None
    }
}

/// A cell that is only the share of the work done (`完成进度：80%`):
/// 100 % is done, 0 % not started, anything between under way.
fn share_done(s: &str) -> Option<Status> {
    let n: Vec<char> = s.chars().collect();
    let pct = n.len().checked_sub(1).filter(|&i| n[i] == '%')?;
    let (_, v) = crate::text::chars::percent_before(&n, pct).filter(|&(start, _)| start == 0)?;
    if v >= 100.0 {
        (v == 100.0).then_some(Status::Done)
    } else if v > 0.0 {
        Some(Status::InProgress)
    } else {
        Some(Status::NotStarted)
    }
}

/// The status a status cell states: a known word, else a status phrase;
/// with the rule that decided it.
pub(super) fn stated_status(cell: &str, rules: &StatusRules) -> Option<(Status, &'static str)> {
    // The cell's first clause, when it is a status word (`已纳入长效机制，
    // 正在按时序推进`: the state; the rest is how the work goes on).
    if let Some(s) = status_word(cell) {
        return Some((s, "ledger_status_column"));
    }
    if let Some(s) = status_word(first_clause(cell)) {
        // `未完成（原因：…，整改工作尚未启动）`: unfinished, and the reason
        // says the work has not begun.
        let rest = &cell[first_clause(cell).len()..];
        let unbegun = s == Status::InProgress
            && crate::convert::report_text::not_started_words(rest.trim_end_matches([')', '）']))
                .is_some();
        return Some((
            if unbegun { Status::NotStarted } else { s },
            "ledger_status_column",
        ));
    }
    let phrases = rules.phrases();
    let begun = || crate::convert::report_text::only_prepared(cell, phrases);
    if phrases.find_in_progress(cell).is_some() || handed_on(cell).is_some() || begun().is_some() {
        return Some((Status::InProgress, "ledger_status_phrase"));
    }
    phrases.find_done(cell)?;
    Some((done_unless_planned(cell), "ledger_status_phrase"))
}

/// A text with a done phrase is done, unless its last clause plans the
/// rest of the work by a date ahead (`已完成管材招标，计划2026年9月底前完成
/// 更换`): a step done, the work in progress.
fn done_unless_planned(text: &str) -> Status {
    if crate::text::plans::planned_ahead(text).is_some() {
        Status::InProgress
    } else {
        Status::Done
    }
}

/// A problem without a stated status gets one from its completion date,
/// a long-term deadline, or the phrases of its text; its measures then take
/// the problem's status.
pub(super) fn infer(node: &mut Node, rules: &StatusRules) {
    let only_not_done = node
        .status_evidence
        .as_ref()
        .is_some_and(says_only_not_done);
    if node.status.is_none() || only_not_done {
        // `是否完成整改：否` beside `整改时限：长期` or `备注：需长期坚持`:
        // not done because the work is for the long term.
        let found = inferred(node, rules)
            .filter(|(s, _)| !only_not_done || *s == Status::LongTerm)
            .or_else(|| only_not_done.then(|| long_term_remark(node)).flatten());
        if let Some((status, evidence)) = found {
            node.status = Some(status);
            node.status_evidence = Some(evidence);
        }
    }
    // `完成时间：2025-12-31` on a row whose status says it is not done:
    // the time planned, not the time it was done.
    let open = node.status.is_some_and(|s| s != Status::Done);
    if open && node.deadline.is_none() {
        node.deadline = node.completed_on.take();
    }
    // The measures take their row's state where the rows state different
    // ones (`已完成` then `正在推进`), else the problem's.
    let rows_differ = node
        .status_evidence
        .as_ref()
        .is_some_and(|e| e.rule == super::problem::ROWS);
    // Rows that differ combine as their measures' states do (a row that
    // goes on beside a long-term deadline is for the long term).
    let row_states = node.children.iter().map(|m| m.status);
    if let Some(Some(combined)) = rows_differ
        .then(|| row_states.reduce(|a, b| Some(a?.combined(b?))))
        .flatten()
    {
        node.status = Some(combined);
    }
    if let Some(s) = node.status {
        for m in &mut node.children {
            if !rows_differ || m.status.is_none() {
                m.status = Some(s);
            }
            m.status_evidence = Some(evidence(StatusBasis::Inferred, "ledger_row_status", None));
        }
    }
}

/// A cell kept in `extra` (`备注：需长期坚持`) that states the long term
/// (stated, rule `ledger_status_column`, the cell as the phrase).
fn long_term_remark(node: &Node) -> Option<(Status, StatusEvidence)> {
    let cell = node
        .extra
        .values()
        .find(|v| cell_status_word(v) == Some(Status::LongTerm))?;
    let e = evidence(
        StatusBasis::Stated,
        "ledger_status_column",
        Some(cell.trim().to_string()),
    );
    Some((Status::LongTerm, e))
}

/// A status cell's words that only deny completion (`是否完成：否`), no
/// word of how the work stands.
const NOT_DONE: &[&str] = &["否", "未完成", "n", "no"];

fn says_only_not_done(e: &StatusEvidence) -> bool {
    e.rule == "ledger_status_column"
        && e.phrase.as_deref().is_some_and(|p| {
            let p = p.trim().trim_end_matches('。').to_lowercase();
            NOT_DONE.contains(&p.as_str())
        })
}

/// Gives a table row's problem a state the text around the table states
/// (a mark of a key, a sentence about the rows), and its measures that
/// state too, as a ledger's row status does.
pub(crate) fn restate_row(row: &mut Node, status: Status, stated: StatusEvidence) {
    row.status = Some(status);
    row.status_evidence = Some(stated);
    for m in &mut row.children {
        m.status = Some(status);
        m.status_evidence = Some(evidence(StatusBasis::Inferred, "ledger_row_status", None));
    }
}

/// The state a cell says in a status word of its own: the whole cell, or
/// its first clause before what was done (`长期坚持，已清理…`), or its last
/// after it (`…需与省级平台对接，长期推进`).
pub(super) fn cell_status_word(cell: &str) -> Option<Status> {
    status_word(cell)
        .or_else(|| status_word(first_clause(cell)))
        .or_else(|| status_word(&last_clause(cell)))
        .or_else(|| verdict_clause(cell))
}

/// Words a case's verdict opens with (`该件阶段性办结`).
const VERDICT_SUBJECTS: &[&str] = &["该件", "此件", "本件", "该问题", "此问题", "该项"];

/// A case's verdicts (`阶段性办结`), ending a clause about the work
/// (`…平台建设阶段性办结`).
const CASE_VERDICTS: &[&str] = &["阶段性办结", "部分办结", "未办结", "已办结"];

/// The last clause of a cell that is a status word after the case it
/// speaks of (`…已完成检测。该件阶段性办结，管网预计7月15日前建成。`), or
/// ends with a case's verdict (`…平台建设阶段性办结`).
fn verdict_clause(cell: &str) -> Option<Status> {
    cell.rsplit(['，', ',', '；', ';', '。']).find_map(|c| {
        let c = c.trim();
        let after_subject = VERDICT_SUBJECTS.iter().find_map(|w| c.strip_prefix(w));
        let verdict = CASE_VERDICTS.iter().find(|v| c.ends_with(**v)).copied();
        after_subject
            .and_then(|rest| {
                status_word(rest.trim_start_matches(['已', '为'])).or_else(|| status_word(rest))
            })
            .or_else(|| verdict.and_then(status_word))
    })
}

/// A cell's text up to its first clause end or bracket (`尚未启动（待省院
/// 统一部署）`).
fn first_clause(cell: &str) -> &str {
    cell.split(['，', ',', '；', ';', '。', '（', '('])
        .next()
        .unwrap_or("")
}

/// A cell's last clause, normalised (`…对接，长期推进` → `长期推进`), unless
/// it only says the work goes on (`…，持续整改`: see
/// `continuing_after_result`).
fn last_clause(cell: &str) -> String {
    let n: String = norm_chars(cell).into_iter().collect();
    let last = crate::text::plans::last_clause(&n);
    if crate::text::results::is_continuing(last.trim()) {
        return String::new();
    }
    last
}

fn inferred(node: &Node, rules: &StatusRules) -> Option<(Status, StatusEvidence)> {
    if node.completed_on.is_some() {
        let e = evidence(StatusBasis::Inferred, "ledger_completed_on", None);
        return Some((Status::Done, e));
    }
    if node.deadline.as_deref().is_some_and(|d| d.contains("长期")) {
        let e = evidence(
            StatusBasis::Inferred,
            "ledger_deadline_long_term",
            node.deadline.clone(),
        );
        return Some((Status::LongTerm, e));
    }
    // A progress cell that is only a status word (`推进中`), or opens with
    // one before what was done (`长期坚持，已清理…`), or ends with one
    // after it (`…需与省级平台对接，长期推进`), states it.
    if let Some(stated) = progress_words(&node.body) {
        return Some(stated);
    }
    let phrases = rules.phrases();
    if let Some(phrase) = phrases.find_in_progress(&node.body) {
        if let Some(done) = done_then_plans(&node.body, &phrase, phrases) {
            return Some((
                Status::Done,
                evidence(StatusBasis::Stated, "done_phrase", Some(done)),
            ));
        }
        let e = evidence(StatusBasis::Stated, "in_progress_phrase", Some(phrase));
        return Some((Status::InProgress, e));
    }
    let Some(phrase) = phrases.find_done(&node.body) else {
        return handed_on(&node.body)
            .or_else(|| continuing_after_result(&node.body))
            .or_else(|| work_begun(&node.body, phrases))
            .or_else(|| result_reported(&node.body));
    };
    if let Some(plan) = crate::text::plans::planned_ahead(&node.body) {
        let e = evidence(StatusBasis::Stated, "report_continuing", Some(plan));
        return Some((Status::InProgress, e));
    }
    let e = evidence(StatusBasis::Stated, "done_phrase", Some(phrase));
    Some((Status::Done, e))
}

/// The state the progress cells of a problem's rows (its body's
/// paragraphs) say in status words of their own: one cell's (rule
/// `ledger_status_column`, the cell as the phrase), or, when rows that
/// continue it say another (`已完成` then `正在推进`), their combination as
/// a status column's rows combine (`ledger_status_rows`, the cells joined
/// by `；`).
fn progress_words(body: &str) -> Option<(Status, StatusEvidence)> {
    let mut words = body
        .split("\n\n")
        .filter_map(|p| Some((cell_status_word(p)?, p.trim())));
    let (first, cell) = words.next()?;
    let (mut state, mut phrase, mut rule) = (first, cell.to_string(), "ledger_status_column");
    for (status, cell) in words.filter(|(s, _)| *s != first) {
        let both = state.combined(status);
        if both != state || rule == "ledger_status_column" {
            phrase.push('；');
            phrase.push_str(cell);
        }
        (state, rule) = (both, super::problem::ROWS);
    }
    Some((state, evidence(StatusBasis::Stated, rule, Some(phrase))))
}

/// A disposition that sets a deadline (`限12月5日前整改`), hands the work
/// over (`移交区城管执法局立案查处`) or schedules it (`已纳入年度计划`), with no completion stated: in
/// progress (stated, the clause as the phrase). A status cell saying so
/// (`限12月20日前补报`) states it too (`stated_status`).
fn handed_on(text: &str) -> Option<(Status, StatusEvidence)> {
    use crate::text::plans::{deadline_set, handed_over, scheduled};
    let words = deadline_set(text)
        .or_else(|| handed_over(text))
        .or_else(|| scheduled(text))?;
    let e = evidence(StatusBasis::Stated, "in_progress_phrase", Some(words));
    Some((Status::InProgress, e))
}

/// A progress text whose only work done is the preparation or the start
/// (`已完成管材招标，计划…`, `已进场施工`): in progress (stated, rule
/// `in_progress_phrase`, the clause as the phrase).
fn work_begun(text: &str, phrases: StatusPhrases<'_>) -> Option<(Status, StatusEvidence)> {
    let words = crate::convert::report_text::only_prepared(text, phrases)?;
    let e = evidence(StatusBasis::Stated, "in_progress_phrase", Some(words));
    Some((Status::InProgress, e))
}

/// A progress text that reports a result and ends saying the work goes
/// on (`已清理菜地42处，持续整改`): in progress (`report_continuing`, the
/// last clause as the phrase).
fn continuing_after_result(text: &str) -> Option<(Status, StatusEvidence)> {
    let n: String = crate::text::norm_chars(text).into_iter().collect();
    let last = crate::text::plans::last_clause(&n);
    let last = last.trim();
    if !crate::text::results::is_continuing(last) || crate::text::results::result_in(text).is_none()
    {
        return None;
    }
    let e = evidence(
        StatusBasis::Stated,
        "report_continuing",
        Some(last.to_string()),
    );
    Some((Status::InProgress, e))
}

/// A progress text that calls the work done and only then says what comes
/// next (`…已完成整改，下一步将加强日常巡查。`): done, the next step a
/// plan (stated, `done_phrase`), unless an in-progress phrase of another
/// kind follows (`下一步将…，目前正在…`).
fn done_then_plans(text: &str, phrase: &str, phrases: StatusPhrases<'_>) -> Option<String> {
    if !crate::text::results::is_continuing(phrase) {
        return None;
    }
    let at = text.find(phrase)?;
    let done = phrases.find_done(&text[..at])?;
    let later = phrases.find_in_progress(&text[at + phrase.len()..]);
    later
        .is_none_or(|p| crate::text::results::is_continuing(&p))
        .then_some(done)
}

/// A progress text that reports a result and no status phrase (`已清运
/// 完毕`, `已补设限载、限高标志`): done (inferred, `report_states_result`,
/// the result as the phrase), unless it gives a share of the work below
/// 100 % (`已完成80%`) or its last clause plans the rest by a date ahead.
fn result_reported(text: &str) -> Option<(Status, StatusEvidence)> {
    let result = crate::text::results::result_in(text)?;
    // `已完成80%`: a share of the work done.
    if crate::text::results::is_part_done(text, &result) {
        let e = evidence(StatusBasis::Stated, "in_progress_phrase", Some(result));
        return Some((Status::InProgress, e));
    }
    if let Some(plan) = crate::text::plans::planned_ahead(text) {
        let e = evidence(StatusBasis::Stated, "report_continuing", Some(plan));
        return Some((Status::InProgress, e));
    }
    let e = evidence(StatusBasis::Inferred, "report_states_result", Some(result));
    Some((Status::Done, e))
}

pub(super) fn evidence(basis: StatusBasis, rule: &str, phrase: Option<String>) -> StatusEvidence {
    StatusEvidence {
        basis,
        rule: rule.to_string(),
        phrase,
    }
}
