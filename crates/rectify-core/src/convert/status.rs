//! Status rules. Statuses go to measures, problems and long-term items; the
//! app aggregates the other kinds.
//!
//! - `long_term_section`: long-term items and their measures are
//!   [`Status::LongTerm`] (inferred; the phrase is the section keyword).
//! - `in_progress_phrase`: a measure whose text contains an in-progress
//!   phrase (`下一步`, `正在`, …) is in progress (stated). In-progress phrases
//!   are searched in the body only — the title (`逐步规范…`) is the plan, not
//!   a report — unless the node has no body (a bracketed note that only
//!   states owners or a deadline does not count as body) or is a table row
//!   (its title holds a state cell, `…⇥正在办理。`). Which occurrences
//!   count is decided in [`crate::text::phrases`]: not those that describe
//!   the problem or a condition rather than the state of the work.
//! - `done_phrase`: otherwise a done phrase (`已完成`, `均已`, …, not after
//!   未/不/没/待) in title or body makes it done (stated).
//! - `measure_reported_as_taken`: otherwise a measure is done (inferred): a
//!   measure in a progress notice describes action taken — but where its
//!   problem's own text states the work not done (in progress or not
//!   started) and none of its measures says anything of its own, they take
//!   the problem's state (inferred, `problem_reported_state`).
//! - Problems: `measure_in_progress` if a measure is in progress (the phrase
//!   is the measure's); else the problem's own body is checked like a
//!   measure; else `all_measures_done` (inferred), or for a problem without
//!   measures `problem_reported_as_taken`.
//!
//! - `result_before_continuing_work`: a phrase about continuing work
//!   (`逐步`, `下一步`, `持续`, …) after a past-tense result (`已…`) in the
//!   same text is a plan: done (inferred; the phrase is the result), unless
//!   an in-progress phrase of another kind (`正在`, `尚未`) follows.
//! - A problem whose own text reports its state (`整改情况：已完成整改。`,
//!   `【整改情况】尚未整改`) has the status that report states (stated;
//!   rules `done_phrase`, `in_progress_phrase`, `report_not_started`),
//!   whatever its measures say; a report whose last clause is a bare
//!   `整改到位` (`…，整改到位。`) states done, one whose last clause is
//!   `目前尚未整改` states not started (the clause is the phrase). A report
//!   that only states a result
//!   (`整改情况：已追回资金36.2万元`) makes it done (inferred, rule
//!   `report_states_result`, the phrase is the result) unless a measure
//!   or its body is in progress.
//!
//! - A report that says the work goes on and reports no completion (no
//!   done phrase or `已…` result outside a clause qualified as partial,
//!   `初步`/`部分`/`阶段性`/`基本`) is long-term (`需长期坚持`; rule
//!   `report_long_term`) or in progress (`已初步整改，将持续推进`; rule
//!   `report_continuing`), stated, the clause as the phrase
//!   ([`report_text::work_goes_on`]). Plan wording in a measure is not
//!   read so. A report that concludes, after its results, that the work
//!   needs sustained effort (`…，该项工作需长期坚持。`) is long-term too,
//!   unless it says the work is under way (`正在…`: in progress).
//!
//! - `report_percent`: a problem's report that is only a percentage
//!   (`整改进度：70%`) is done at 100 %, else in progress (stated); a
//!   line so keyed beside the report (`整改进度：70%` then `整改情况：…已追回
//!   …`) makes it in progress below 100 % whatever the report says; a
//!   report (or an unkeyed text) that states nothing else of its state and
//!   ends on the share done in a clause of its own (`加快推进改造，目前
//!   完成率85%。`) has that share's state too.
//!
//! - A problem whose body ends with a bare statement of its state after
//!   its measures (`目前，该问题已完成整改。`, `该问题正在整改中。`: short,
//!   no figures) has the status it states (stated), like a report.
//!
//! - A section whose problems all fell to `problem_reported_as_taken`
//!   without a result lists findings, not progress: all are not started
//!   (inferred, `findings_without_progress`), decided per section. A few
//!   findings marked with their state in brackets (`…（已现场整改）`) keep
//!   it beside them, and one whose last clause plans its completion by a
//!   date is in progress (inferred, `finding_planned`).
//!
//! - `deadline_long_term`: a problem whose stated deadline is the long-term
//!   kind (`整改时限：长期坚持`) and whose report concludes after its
//!   results that the work goes on (`…，持续推进。`) is long-term when
//!   nothing above decided it by a stated phrase or an open measure
//!   (inferred, the clause as the phrase), or when its own report says
//!   only that the work goes on (`完成情况：持续推进`, `report_continuing`).
//!
//! - `list_report`: a problem of a list reported on as a whole, after its
//!   last item or in the next section (`上述问题均已完成整改`, `第1个问题已完成
//!   整改，第2个问题正在…`; [`super::list_reports`]), with no report of its
//!   own, has the state the words that speak for it state (stated; the
//!   words are the phrase).
//!
//! - `same_as_referenced`: a problem whose report only points to another
//!   problem (`与问题（一）一并整改。`) shares that problem's status
//!   (inferred), when nothing stated decided it.
//!
//! In-progress wins over done within one node.

use super::own_sentence;
use super::report_text;
use super::tree::{TNode, Tree};
use super::StatusRules;
use crate::model::{NodeKind, Status, StatusBasis, StatusEvidence};
use crate::text::label::LabelStyle;
use crate::text::{owners, results};

/// A decided status with its evidence.
#[derive(Debug, Clone)]
pub(crate) struct Decision {
    pub status: Status,
    pub evidence: StatusEvidence,
}

pub(crate) fn decision(
    status: Status,
    basis: StatusBasis,
    rule: &str,
    phrase: Option<String>,
) -> Decision {
    Decision {
        status,
        evidence: StatusEvidence {
            basis,
            rule: rule.to_string(),
            phrase,
        },
    }
}

/// The text printed after the last of a problem's measures run on in one
/// paragraph (`一是…；二是…。联农带农是农垦企业的长期使命，集团将常态化
/// 推进。`), read onto that measure, whose last paragraph or sentence calls the
/// work long-term with no result: the problem's conclusion (stated, rule
/// `report_long_term`, the clause as the phrase).
fn concluded_long_term(last_measure_body: &str) -> Option<Decision> {
    let last = last_measure_body.rsplit("\n\n").next().unwrap_or("").trim();
    // `该项工作需长期坚持。（责任人：副镇长 陈某某）`: the note aside.
    let last = crate::text::owners::strip_notes(last);
    let last = last.trim();
    if last.is_empty() || !super::tree::concludes_long_term_work(last) {
        return None;
    }
    let clause = report_text::long_term_clause(last)?;
    Some(decision(
        Status::LongTerm,
        StatusBasis::Stated,
        "report_long_term",
        Some(clause),
    ))
}

/// A last measure's text that may conclude the problem: its body's last
/// paragraph that is no note (or the sentences after a note's), or for a measure of one line its title's
/// last clause (`制定完善制度14项，此项工作需长期坚持。`).
fn last_measure_text(m: &TNode) -> &str {
    // Its text but the notes after it (`责任部门：…`).
    let body = m.body.rsplit("\n\n").find_map(|p| {
        if !crate::text::owners::is_note_paragraph(p) {
            return Some(p).filter(|p| !p.trim().is_empty());
        }
        // `责任单位：…。需长期坚持。`: the sentences after the note's own.
        p.split_once('。')
            .map(|(_, rest)| rest.trim())
            .filter(|r| !r.is_empty())
    });
    if let Some(last) = body {
        return last;
    }
    let t = m.title.trim_end().trim_end_matches(['。', '；', ';']);
    t.rsplit(['，', ',', '。', '；', ';']).next().unwrap_or("")
}

/// The phrase rules on a node's own text.
fn by_phrases(title: &str, body: &str, rules: &StatusRules) -> Option<Decision> {
    let body = crate::text::owners::strip_notes(body);
    // A table row's title holds its state cell (`…⇥市财政局⇥正在办理。`):
    // a report, not a plan, so it is searched too.
    let row = format!("{title}\n{body}");
    let ip_text: &str = if body.trim().is_empty() {
        title
    } else if title.contains('\t') {
        &row
    } else {
        &body
    };
    if let Some(p) = rules.phrases().find_in_progress(ip_text) {
        return Some(
            continuing_after_result(ip_text, &p, rules).unwrap_or_else(|| {
                decision(
                    Status::InProgress,
                    StatusBasis::Stated,
                    "in_progress_phrase",
                    Some(p),
                )
            }),
        );
    }
    let all = format!("{title}\n{body}");
    let done = rules.phrases().find_done(&all);
    if let Some(p) = done {
        return Some(decision(
            Status::Done,
            StatusBasis::Stated,
            "done_phrase",
            Some(p),
        ));
    }
    // `整改进展：管网改造未按时整改到位。`: the work reported as not done.
    // Only in a keyed report: a finding's own words (`部分单位至今未整改
    // 到位`) state the shortcoming, not the work's state.
    let report = report_text::report_on_state(&body)?;
    rules.phrases().find_negated_done(&report).map(|p| {
        decision(
            Status::InProgress,
            StatusBasis::Stated,
            "negated_done_phrase",
            Some(p),
        )
    })
}

/// The state a report on the whole list gives this item (`list_reports`):
/// read from the words that speak for it, which are the phrase.
fn by_list_report(words: &str, rules: &StatusRules) -> Option<Decision> {
    // `以上2个问题需长期坚持，医院将持续抓好落实。`
    let d = declared_long_term(words, rules).or_else(|| by_phrases("", words, rules))?;
    let phrase = Some(crate::text::trim(words).to_string());
    Some(decision(
        d.status,
        StatusBasis::Stated,
        "list_report",
        phrase,
    ))
}

/// `已设立联络处5个，逐步搭建起…`, `已印发实施。下一步，将…`: continuing
/// work after a reported result is a plan, not an open item, unless an
/// in-progress phrase of another kind (`正在`, `尚未`) follows.
fn continuing_after_result(text: &str, phrase: &str, rules: &StatusRules) -> Option<Decision> {
    if !results::is_continuing(phrase) {
        return None;
    }
    let result = results::result_before(text, phrase)?;
    let at = text.find(phrase)? + phrase.len();
    let later = rules.phrases().find_in_progress(&text[at..]);
    if later.is_some_and(|p| !results::is_continuing(&p)) {
        return None;
    }
    // `已召开专题会议部署，下一步将…排查，确保2025年9月30日前完成全面排查。`:
    // a first step, the rest planned by a date ahead.
    if report_text::planned_ahead(&text[at..]).is_some() {
        return None;
    }
    Some(decision(
        Status::Done,
        StatusBasis::Inferred,
        "result_before_continuing_work",
        Some(result),
    ))
}

/// A report or tag whose words say the work has not started (`尚未整改`;
/// rule `report_not_started`) or is only under way (a clause `在办`,
/// `整改中`; rule `in_progress_phrase`), stated.
fn open_or_not_started(text: &str) -> Option<Decision> {
    if let Some(phrase) = report_text::not_started_words(text) {
        return Some(decision(
            Status::NotStarted,
            StatusBasis::Stated,
            "report_not_started",
            Some(phrase),
        ));
    }
    report_text::open_state_clause(text).map(|words| {
        decision(
            Status::InProgress,
            StatusBasis::Stated,
            "in_progress_phrase",
            Some(words),
        )
    })
}

/// The problem's own report (`整改情况：已完成整改。`): a stated status
/// (rules `in_progress_phrase`, `done_phrase`, `report_not_started`), or
/// a result it reports (`已追回资金…`; inferred, `report_states_result`).
fn by_own_report(n: &TNode, rules: &StatusRules) -> Option<Decision> {
    if let Some(report) = n.report_in_title.and_then(|at| n.title.get(at as usize..)) {
        // `（尚未启动整改，已约谈学校负责人）；` is read without its brackets.
        return by_report(super::own_sentence::without_brackets(report), rules);
    }
    let tag = bracket_tag(&n.body).filter(|tag| by_phrases("", tag, rules).is_some());
    if let Some(d) = tag.and_then(|tag| by_report(tag, rules)) {
        return Some(d);
    }
    if let Some(d) = report_text::reports_one_by_one(&n.body).and_then(|r| least_done(&r, rules)) {
        return Some(d);
    }
    let report = report_text::report_on_state(&format!("{}\n{}", n.title, n.body))?;
    by_report(&report, rules)
}

/// The state of a problem whose items are reported one by one: their
/// reports' states combined (`Status::combined`: work going on, or not
/// begun beside work done, is under way; long-term work beside work done
/// is long-term), each read as a report on its own. None when one says
/// nothing of its state.
fn least_done(reports: &[&str], rules: &StatusRules) -> Option<Decision> {
    let decisions: Vec<Decision> = reports
        .iter()
        .map(|r| by_report(r, rules))
        .collect::<Option<_>>()?;
    let status = decisions
        .iter()
        .map(|d| d.status)
        .reduce(Status::combined)?;
    if let Some(d) = decisions.iter().find(|d| d.status == status) {
        return Some(d.clone());
    }
    let open = decisions.iter().find(|d| d.status != Status::Done)?;
    Some(decision(
        status,
        StatusBasis::Stated,
        "in_progress_phrase",
        open.evidence.phrase.clone(),
    ))
}

/// A report that is one bracket after the problem's statement, its state
/// first (`（正在按时序推进，已完成划线标识，…）`): that first clause, as
/// a ledger's status cell is read, when it has a status phrase (not
/// `（已交办，限11月10日前整改）`).
fn bracket_tag(body: &str) -> Option<&str> {
    let inner = crate::text::trim(body)
        .strip_prefix(['（', '('])?
        .strip_suffix(['）', ')'])?;
    if inner.contains(['（', '(', '）', ')', '\n']) {
        return None;
    }
    inner.split(['，', '；', ',', ';', '。']).next()
}

/// A report whose last clause sets the work a deadline (`限6月15日前整改
/// 到位`, `已约谈，限期整改`): what it demands is still to be done, whatever
/// words of completion the demand uses. The clause, if so.
fn concluding_deadline(report: &str) -> Option<String> {
    let last = report
        .trim_end_matches(['。', '；', ';', '.', '）', ')'])
        .rsplit(['，', '。', '；', ',', ';'])
        .next()?;
    report_text::deadline_set(last)
}

/// Orders given to others on the way (`督促限期整改`): in-progress words
/// that a report's own concluding state (`该问题已整改完成。`) outranks.
const ORDERS: &[&str] = &["限期整改", "责令限期"];

/// A text whose only in-progress words are orders given on the way and
/// whose last words are a bare verdict of done (`…逐一反馈、限期整改；…。
/// 目前已整改完成并销号。（牵头单位：…）`): done (stated, `done_phrase`).
fn done_despite_orders(text: &str, rules: &StatusRules) -> Option<Decision> {
    let ordered = rules
        .phrases()
        .find_in_progress(text)
        .is_some_and(|p| ORDERS.contains(&p.as_str()));
    (ordered && open_beyond_orders(text, rules).is_none())
        .then(|| concluded_done(&owners::strip_notes(text)))
        .flatten()
}

/// The first in-progress phrase of the report that is no order given:
/// searched once in the report with its orders set apart (a search after
/// each order took time squared in their number).
fn open_beyond_orders(report: &str, rules: &StatusRules) -> Option<String> {
    if !ORDERS.iter().any(|o| report.contains(o)) {
        return rules.phrases().find_in_progress(report);
    }
    let without = ORDERS
        .iter()
        .fold(report.to_string(), |t, o| t.replace(o, "、"));
    rules.phrases().find_in_progress(&without)
}

/// The longest first sentence read as a report's verdict (characters).
const MAX_VERDICT_CHARS: usize = 8;

/// Words a verdict names the rectification by (`已整改完成`, `已销号`,
/// `正在推进`), not a step of it (`已完成改造4100户`).
const VERDICT_WORDS: &[&str] = &["整改", "销号", "办结", "启动", "推进", "长期"];

/// Words that make a verdict partial (`已基本完成整改。剩余…`): the whole
/// report decides.
const PARTIAL: &[&str] = &["基本", "部分", "阶段", "初步"];

/// A report that opens with a bare verdict, a sentence of its own
/// (`已整改完成。县应急管理局…下达责令限期整改指令书…`, `正在整改。已完工
/// 3个…`): that verdict, whatever orders or steps the sentences after it
/// name — unless work going on is then called long-term.
fn opening_verdict(report: &str, rules: &StatusRules) -> Option<Decision> {
    if let Some(d) = open_verdict_clause(report, rules).or_else(|| opening_long_term(report)) {
        return Some(d);
    }
    let (first, rest) = crate::text::trim(report).split_once('。')?;
    let short =
        first.chars().count() <= MAX_VERDICT_CHARS && !first.contains(|c: char| c.is_ascii_digit());
    let verdict = VERDICT_WORDS.iter().any(|w| first.contains(w));
    if !short || !verdict || rest.trim().is_empty() || PARTIAL.iter().any(|w| first.contains(w)) {
        return None;
    }
    // `持续推进。…此项工作需长期坚持。`: work going on that the report then
    // calls long-term is long-term work.
    by_report(first, rules)
        .filter(|d| d.status != Status::InProgress || report_text::long_term_clause(rest).is_none())
}

/// The most characters of a clause read as a verdict of long-term work
/// (`该项工作需长期坚持`).
const MAX_LONG_TERM_VERDICT_CHARS: usize = 12;

/// A report whose first sentence ends on a short verdict of long-term work
/// (`因涉及历史遗留问题，需长期整改。县水利局已…已完成3处…，其余…`): long-term,
/// whatever steps it then reports done, unless it then calls the problem
/// done by name. Stated, rule `report_long_term`.
fn opening_long_term(report: &str) -> Option<Decision> {
    let (first, rest) = crate::text::trim(report).split_once('。')?;
    let last = first.rsplit(['，', ',']).next().unwrap_or(first).trim();
    let short = last.chars().count() <= MAX_LONG_TERM_VERDICT_CHARS;
    if !short || rest.trim().is_empty() || report_text::concludes_done_by_name(report).is_some() {
        return None;
    }
    let words = report_text::long_term_clause(last)?;
    Some(decision(
        Status::LongTerm,
        StatusBasis::Stated,
        "report_long_term",
        Some(words),
    ))
}

/// The most characters of a bare verdict in a clause of its own
/// (`正在整改`, `整改推进中`).
const MAX_VERDICT_CLAUSE_CHARS: usize = 5;

/// A report that opens with a bare verdict of work under way in a clause
/// of its own, results so far after it (`正在整改，已完成2座水库鉴定。`,
/// `正在推进，已完成排查…`): under way — what is done so far is part of
/// the work, unless the report then calls the problem done by name.
fn open_verdict_clause(report: &str, rules: &StatusRules) -> Option<Decision> {
    let (first, rest) = crate::text::trim(report).split_once(['，', ','])?;
    let first = first.trim();
    let bare = first.chars().count() <= MAX_VERDICT_CLAUSE_CHARS
        && VERDICT_WORDS.iter().any(|w| first.contains(w));
    if !bare || rest.trim().is_empty() || report_text::concludes_done_by_name(report).is_some() {
        return None;
    }
    by_report(first, rules).filter(|d| d.status == Status::InProgress)
}

/// A report that answers whether the work is done (`是否完成：是`): yes is
/// done; no is under way (`否（已完成70%）`) unless what follows says the
/// work has not begun or is of the long term (`否，尚未启动`). Stated, rule
/// `report_yes_no`, the answer as the phrase.
fn yes_no_report(report: &str, rules: &StatusRules) -> Option<Decision> {
    let (yes, rest) = report_text::yes_or_no(report)?;
    if yes {
        return Some(decision(
            Status::Done,
            StatusBasis::Stated,
            "report_yes_no",
            Some("是".into()),
        ));
    }
    let after = by_report(rest, rules)
        .filter(|d| matches!(d.status, Status::NotStarted | Status::LongTerm));
    after.or_else(|| {
        Some(decision(
            Status::InProgress,
            StatusBasis::Stated,
            "report_yes_no",
            Some("否".into()),
        ))
    })
}

/// A report that is only a percentage of the work done (`整改进度：70%`):
/// stated, rule `report_percent`, the percentage as the phrase.
fn percent_report(report: &str) -> Option<Decision> {
    report_text::percent_progress(report)
        .map(|(status, pct)| decision(status, StatusBasis::Stated, "report_percent", Some(pct)))
}

/// A report that says nothing else of its state and ends on the share of
/// the work done in a clause of its own (`加快推进改造，目前完成率85%。`):
/// that share's state (stated, rule `report_percent`).
fn closing_share(report: &str) -> Option<Decision> {
    report_text::closing_percent(report)
        .map(|(status, pct)| decision(status, StatusBasis::Stated, "report_percent", Some(pct)))
}

/// The state a report gives.
pub(crate) fn by_report(report: &str, rules: &StatusRules) -> Option<Decision> {
    if let Some(d) = yes_no_report(report, rules) {
        return Some(d);
    }
    if let Some(d) = percent_report(report) {
        return Some(d);
    }
    // `已整改88.5万元，整改率43%`: the share done says the rest is open,
    // unless the report's verdict names the problem done or calls the
    // work long-term (`完成进度60%，需长期坚持`).
    let long_term = ["长期", "长效", "常态"].iter().any(|w| report.contains(w));
    if let Some(pct) = report_text::share_below_full(report)
        .filter(|_| !long_term && report_text::concludes_done_by_name(report).is_none())
    {
        return Some(decision(
            Status::InProgress,
            StatusBasis::Stated,
            "report_percent",
            Some(pct),
        ));
    }
    if let Some(d) = opening_verdict(report, rules) {
        return Some(d);
    }
    if let Some(d) = open_or_not_started(report) {
        return Some(d);
    }
    if let Some(words) = concluding_deadline(report) {
        return Some(decision(
            Status::InProgress,
            StatusBasis::Stated,
            "in_progress_phrase",
            Some(words),
        ));
    }
    if let Some(words) = report_text::done_but_consolidating(report) {
        return Some(decision(
            Status::Done,
            StatusBasis::Stated,
            "done_phrase",
            Some(words),
        ));
    }
    if let Some(words) = report_text::concludes_done(report) {
        // `该问题已整改完成` names the problem: its verdict outranks what
        // the report said on the way (`剩余1处合同将于12月到期`).
        // So does a verdict in a sentence of its own (`…达到序时进度。已完成
        // 整改。`).
        let by_name = report_text::concludes_done_by_name(report).is_some()
            || report_text::concludes_done_alone(report, &words);
        if by_name || open_beyond_orders(report, rules).is_none() {
            return Some(decision(
                Status::Done,
                StatusBasis::Stated,
                "done_phrase",
                Some(words),
            ));
        }
    }
    if let Some(words) =
        report_text::concludes_open(report).or_else(|| report_text::at_a_stage(report))
    {
        return Some(decision(
            Status::InProgress,
            StatusBasis::Stated,
            "in_progress_phrase",
            Some(words),
        ));
    }
    if let Some(d) =
        concluding_long_term(report, rules).or_else(|| declared_long_term(report, rules))
    {
        return Some(d);
    }
    if let Some(words) = report_text::stage_reached(report) {
        return Some(decision(
            Status::InProgress,
            StatusBasis::Stated,
            "in_progress_phrase",
            Some(words),
        ));
    }
    let stated = by_phrases("", report, rules);
    if let Some(d) = goes_on(report, stated.as_ref(), rules) {
        return Some(d);
    }
    // `目前已完成现场踏勘，计划11月底前出具审计报告。`: a step done, the
    // rest planned ahead.
    if let Some(d) = planned_rest(report, stated.as_ref()) {
        return Some(d);
    }
    if let Some(words) = stated
        .is_none()
        .then(|| report_text::deadline_set(report).or_else(|| report_text::scheduled(report)))
        .flatten()
    {
        return Some(decision(
            Status::InProgress,
            StatusBasis::Stated,
            "in_progress_phrase",
            Some(words),
        ));
    }
    stated
        .or_else(|| rest_of_the_work(report, rules))
        .or_else(|| results::result_in(report).map(|r| result_decision(report, r)))
        .or_else(|| closing_share(report))
}

/// The state a report's first result gives when no phrase decided it:
/// work begun (`已启动…`) or a share of it done (`已完成80%`) is under way
/// (stated); anything else done (inferred, `report_states_result`).
fn result_decision(report: &str, result: String) -> Decision {
    if report_text::only_started(&result) || results::is_part_done(report, &result) {
        return decision(
            Status::InProgress,
            StatusBasis::Stated,
            "in_progress_phrase",
            Some(result),
        );
    }
    decision(
        Status::Done,
        StatusBasis::Inferred,
        "report_states_result",
        Some(result),
    )
}

/// A problem's text that ends on a share of the work done (`开展专项治理，
/// 目前已完成80%。`): under way, as in a keyed report. A verdict after it
/// (`…剩余25户暂未申请。办理结果：已化解。`) is the last word.
fn part_of_the_work(body: &str) -> Option<Decision> {
    let last = body
        .trim_end_matches(|c: char| crate::text::is_ws(c) || c == '。')
        .rsplit(['。', '\n'])
        .next()?;
    results::result_in(last)
        .map(|r| result_decision(last, r))
        .or_else(|| closing_share(last))
        .filter(|d| d.status == Status::InProgress)
}

/// A report or summary that concludes the work needs sustained effort
/// after the results it lists (`已建立台账，完成清理12项，该项工作需长期
/// 坚持。`): long-term (stated, rule `report_long_term`, the clause as the
/// phrase). A report that says the work is under way (`…，剩余40套正在分批
/// 配租，需长期坚持。`) is in progress, as notices count it (`持续整改2个，
/// 其中1个需长期坚持整改`); a plan (`下一步…`) is no such statement.
fn concluding_long_term(report: &str, rules: &StatusRules) -> Option<Decision> {
    let under_way = rules
        .phrases()
        .find_in_progress(report)
        .is_some_and(|p| !results::is_continuing(&p));
    if under_way {
        return None;
    }
    let words = report_text::concludes_long_term(report, rules.phrases())?;
    Some(decision(
        Status::LongTerm,
        StatusBasis::Stated,
        "report_long_term",
        Some(words),
    ))
}

/// A report that says the item is long-term work anywhere in it
/// (`人才队伍建设需长期坚持，将作为长期整改事项常态化推进。2026年已引进…7名。`)
/// and states neither completion nor work under way: long-term (stated,
/// rule `report_long_term`, the clause as the phrase). Results so far do
/// not make it done; `已完成整改，将长期坚持` is done.
fn declared_long_term(report: &str, rules: &StatusRules) -> Option<Decision> {
    let phrases = rules.phrases();
    let open = phrases
        .find_in_progress(report)
        .is_some_and(|p| !results::is_continuing(&p));
    if open || phrases.find_done(report).is_some() || report_text::concludes_done(report).is_some()
    {
        return None;
    }
    let words = report_text::long_term_clause(report)?;
    Some(decision(
        Status::LongTerm,
        StatusBasis::Stated,
        "report_long_term",
        Some(words),
    ))
}

/// A problem's text after its statement, with no report key and no
/// measures, is its report (`针对第二个问题，建立…。该问题列为长期整改事项。`):
/// what it says of the work's state, if it says that it has not started,
/// is under way in a clause of its own, or is long-term work.
fn unkeyed_report(body: &str, rules: &StatusRules) -> Option<Decision> {
    if body.trim().is_empty() {
        return None;
    }
    // `整改进度80%。`: how much is done, unkeyed.
    if let Some(d) = percent_report(body) {
        return Some(d);
    }
    // Right after the statement, as its own words (`（已交办，限期整改）`).
    if own_sentence::opens_with_state(body) {
        return by_report(own_sentence::without_brackets(body), rules);
    }
    done_despite_orders(body, rules)
        .or_else(|| open_or_not_started(body))
        .or_else(|| ends_at_a_stage(body))
        .or_else(|| concluding_long_term(body, rules))
        .or_else(|| declared_long_term(body, rules))
        .or_else(|| planned_rest(body, by_phrases("", body, rules).as_ref()))
}

/// The most characters of a closing sentence read as the text's verdict
/// that the work reached a stage (`目前取得阶段性成效。`).
const MAX_STAGE_VERDICT_CHARS: usize = 16;

/// A text that ends on a short sentence saying the work reached a stage of
/// it (`…二期工程预计2025年12月底前整改到位。目前取得阶段性成效。`): under
/// way, whatever it reported done on the way (stated, rule
/// `in_progress_phrase`, the sentence as the phrase).
fn ends_at_a_stage(body: &str) -> Option<Decision> {
    let last = body
        .trim_end()
        .trim_end_matches('。')
        .rsplit(['。', '\n'])
        .next()?
        .trim();
    if last.chars().count() > MAX_STAGE_VERDICT_CHARS {
        return None;
    }
    let words = report_text::stage_reached(last)?;
    Some(decision(
        Status::InProgress,
        StatusBasis::Stated,
        "in_progress_phrase",
        Some(words),
    ))
}

/// A text whose last clause is a bare verdict that the work is done
/// (`开展支部规范化建设，整改完成。`): done (stated, rule `done_phrase`,
/// the clause as the phrase).
fn concluded_done(text: &str) -> Option<Decision> {
    let words = report_text::concludes_done(text)?;
    Some(decision(
        Status::Done,
        StatusBasis::Stated,
        "done_phrase",
        Some(words),
    ))
}

/// A report whose phrases (`stated`, read once by the caller) find nothing
/// open or a result only, and whose last clause plans the rest by a date
/// ahead (`已启动扩建工程，计划2027年8月底前投入使用。`): in progress
/// (stated, rule `report_continuing`).
fn planned_rest(report: &str, stated: Option<&Decision>) -> Option<Decision> {
    if stated.is_some_and(|d| d.status != Status::Done) {
        return None;
    }
    let words = report_text::planned_ahead(report).or_else(|| {
        // `…其余17个预计11月底前全部完成；修订《…办法》。`: a measure taken
        // after the plan does not end it.
        let (before, after) = report.trim_end_matches(['。', '；']).rsplit_once('；')?;
        let after = after.trim();
        (own_sentence::is_action(after) && !after.contains('，'))
            .then(|| report_text::planned_ahead(before))
            .flatten()
    })?;
    Some(decision(
        Status::InProgress,
        StatusBasis::Stated,
        "report_continuing",
        Some(words),
    ))
}

/// The problem's own closing statement of state after its measures
/// (`目前，该问题已完成整改。`): stated, and it beats what the measures
/// suggest, as a report does.
fn by_own_summary(body: &str, rules: &StatusRules) -> Option<Decision> {
    let last = body.rsplit("\n\n").next()?;
    if super::tree::names_its_problem(last) {
        return by_report(last, rules);
    }
    // `森林防火工作需长期坚持，我镇将常态化抓好…` after the measures: the
    // work called long-term, with no result of its own.
    if super::tree::concludes_long_term_work(last) {
        return concluding_long_term(last, rules).or_else(|| by_report(last, rules));
    }
    if !super::tree::is_state_summary(last) {
        return None;
    }
    // `…，目前尚未启动，待资金落实后实施。`: `尚未` is no work under way.
    if let Some(d) = open_or_not_started(last).filter(|d| d.status == Status::NotStarted) {
        return Some(d);
    }
    // `已责令限期整改，经复查已整改到位。`: an order, then its result.
    if let Some(d) = done_despite_orders(last, rules) {
        return Some(d);
    }
    let stated = by_phrases("", last, rules).filter(|d| d.evidence.basis == StatusBasis::Stated);
    // `该问题需长期坚持。`, `该问题已初步整改，将持续推进。`: the work goes
    // on; a note (`整改时限：长期坚持。`) states a deadline, not the state.
    if super::tree::is_problem_note(last) {
        return stated;
    }
    if let Some(d) = concluding_long_term(last, rules) {
        return Some(d);
    }
    goes_on(last, stated.as_ref(), rules).or(stated)
}

/// A status tag that ends the problem's title (`…不严【已完成】`,
/// `…薄弱——持续推进中`; [`report_text::title_tag`]) states its state, as
/// a report does: the tag's status phrase, or its wording that the work
/// goes on (stated).
fn by_title_tag(title: &str, rules: &StatusRules) -> Option<Decision> {
    by_tag(report_text::title_tag(title)?, rules)
}

/// A status tag in brackets that ends the problem's text, after its report
/// (`…｜已抽排积水。｜【已销号】`, `…纳入长效管理。【长效管理】`, `…限期整改。
/// （已完成）`): the tag is the state the notice gives it, whatever the
/// report's words.
fn by_closing_tag(body: &str, rules: &StatusRules) -> Option<Decision> {
    // `…该问题已完成整改。【牵头部门：…】【完成时限：2025年10月底】`: notes
    // of owners and time allowed are no tag of state.
    let body = crate::text::owners::strip_notes(body);
    let body = crate::text::trim(&body).trim_end_matches(['。', '.']);
    if !body.ends_with(['】', '）', ')']) {
        return None;
    }
    let tag = report_text::title_tag(body)?;
    // `整改状态：已完成（待验收）`: the check to come of the work just said
    // done, no state of its own.
    let before = body[..body.rfind(['（', '(', '【'])?].trim_end();
    let clause = before
        .rsplit(['。', '\n', '：', ':'])
        .next()
        .unwrap_or(before);
    let done_before = rules.done.iter().any(|d| clause.ends_with(d.as_str()));
    if tag.starts_with('待') && done_before {
        return None;
    }
    by_tag(tag, rules)
}

/// A text that is only a status tag in brackets (`（长期坚持）` after a
/// measure's full stop, `7.1 严格控制发文数量。（长期坚持）`): the state it
/// gives, not a date ahead (`（2025年6月底前）` is a deadline), unless a
/// plan opens it (`（计划2026年6月完成）` beside `（2025年2月完成）`: the
/// work is planned, under way).
fn by_tag_alone(body: &str, rules: &StatusRules) -> Option<Decision> {
    // `（牵头：机关党委；时限：长期坚持）【长期坚持】`: the notes aside.
    let body = crate::text::owners::strip_notes(body);
    let t = crate::text::trim(&body).trim_end_matches(['。', '.']);
    let bracketed = || {
        t.strip_prefix(['（', '(', '【'])?
            .strip_suffix(['）', ')', '】'])
    };
    let inner = bracketed().or_else(|| after_pictograph(t))?;
    let alone = !inner.contains(['（', '(', '【', '）', ')', '】']);
    // `（完成时限：长期坚持）`: a note of a deadline, no state.
    let note = crate::text::owners::is_note_paragraph(inner);
    let dated = crate::text::owners::planned_deadline(inner).is_some()
        && !crate::text::plans::opens_a_plan(inner);
    (alone && !note && !dated).then(|| by_tag(inner.to_string(), rules))?
}

/// A line a phone article tags the state with (`🔄 长期坚持`, `✅ 已完成`):
/// the words after the pictograph.
fn after_pictograph(t: &str) -> Option<&str> {
    let mut chars = t.chars();
    let first = chars.next()?;
    if !crate::text::chars::is_pictograph(first) {
        return None;
    }
    let rest = chars.as_str().trim_start_matches(|c: char| {
        crate::text::chars::is_pictograph(c) || crate::text::is_ws(c)
    });
    (!rest.is_empty()).then_some(rest)
}

/// The longest cell read as a state's word (characters).
const MAX_CELL_TAG_CHARS: usize = 8;

/// A short cell after a tab at the end of an item's line that gives its
/// state (`5.…归档不全⇥长期坚持`, `…⇥整改中⇥2025年3月底`), as a ledger's
/// status cell does.
fn by_cell(title: &str, rules: &StatusRules) -> Option<Decision> {
    title
        .split('\t')
        .skip(1)
        .map(|c| crate::text::trim(c).trim_end_matches(['。', '.']))
        .filter(|c| (1..=MAX_CELL_TAG_CHARS).contains(&c.chars().count()))
        .find_map(|c| by_tag(c.to_string(), rules))
}

/// Words a problem's closing verdict opens with (`该问题已完成。`).
const VERDICT_SUBJECTS: &[&str] = &["该问题", "此问题", "本问题", "该项问题", "此项问题", "该项"];

/// A closing sentence that gives the problem's state in a word
/// (`…已全部下发。该问题持续推进。`, `该问题基本完成。`): the state the
/// notice gives it, as a closing tag's, whatever the report's words.
fn by_closing_verdict(body: &str, rules: &StatusRules) -> Option<(Decision, String)> {
    // `该问题已完成整改。（责任单位：产业发展科）`: the note of owners aside.
    let body = crate::text::owners::strip_notes(body);
    let body = crate::text::trim(&body).trim_end_matches(['。', '.']);
    let last = crate::text::trim(body.rsplit(['。', '\n']).next()?);
    let tag = VERDICT_SUBJECTS
        .iter()
        .find_map(|w| last.strip_prefix(w))?
        .trim_start_matches(['为', '：', ':']);
    let short = (1..=MAX_VERDICT_CHARS).contains(&tag.chars().count());
    let d = short.then(|| by_tag(last.to_string(), rules)).flatten()?;
    Some((d, tag.to_string()))
}

/// The state a status tag's words give (`已完成`, `整改中`, `长期坚持`).
fn by_tag(tag: String, rules: &StatusRules) -> Option<Decision> {
    // `…（尚未整改）`, `…盲区（整改中）`
    if let Some(d) = open_or_not_started(&tag) {
        return Some(d);
    }
    let stated = by_phrases("", &tag, rules).filter(|d| d.evidence.basis == StatusBasis::Stated);
    goes_on(&tag, stated.as_ref(), rules)
        .or(stated)
        .or_else(|| declared_long_term(&tag, rules))
        .or_else(|| long_term_tag(&tag))
        .or_else(|| stage_tag(&tag))
        .or_else(|| planned_tag(&tag))
}

/// A tag that sets the work's date ahead (`计划2026年6月底前完成`,
/// `预计9月底前完成`): under way, not yet done.
fn planned_tag(tag: &str) -> Option<Decision> {
    crate::text::owners::planned_deadline(tag)
        .is_some()
        .then(|| {
            decision(
                Status::InProgress,
                StatusBasis::Stated,
                "in_progress_phrase",
                Some(tag.to_string()),
            )
        })
}

/// The longest tag read as a stage of the work by its words (chars).
const MAX_STAGE_TAG_CHARS: usize = 8;

/// A short tag that the work has reached a stage (`阶段性进展`, `取得阶段性
/// 成效`): under way, not done.
fn stage_tag(tag: &str) -> Option<Decision> {
    let short = tag.chars().count() <= MAX_STAGE_TAG_CHARS;
    (short && tag.contains("阶段性")).then(|| {
        decision(
            Status::InProgress,
            StatusBasis::Stated,
            "in_progress_phrase",
            Some(tag.to_string()),
        )
    })
}

/// A tag of its state printed on its own right under the problem's
/// statement (`…偏高。` › `【持续推进】` › `主要措施：…`), or after it in
/// brackets (`…管理。（持续整改）`): the text's first paragraph, a tag alone.
fn by_opening_body_tag(body: &str, rules: &StatusRules) -> Option<Decision> {
    let first = crate::text::trim(body.split("\n\n").next()?);
    let in_brackets = || {
        let tag = [('（', '）'), ('(', ')')]
            .iter()
            .find_map(|&(open, close)| first.strip_prefix(open)?.strip_suffix(close))?;
        // A short tag, not a report in brackets (`（已交办，限…前整改）`).
        let short = tag.chars().count() <= MAX_VERDICT_CHARS && !tag.contains(['，', ',', '；']);
        short.then_some(tag)
    };
    // `🔄 长期坚持`: a phone article's tag line.
    let tag = first
        .strip_prefix('【')
        .and_then(|t| t.strip_suffix('】'))
        .or_else(in_brackets)
        .or_else(|| after_pictograph(first).filter(|t| t.chars().count() <= MAX_VERDICT_CHARS))?;
    (!tag.contains(['【', '】', '（', '）', '(', ')']))
        .then(|| by_tag(tag.to_string(), rules))
        .flatten()
}

/// The longest tag read as a long-term state by its words alone (chars).
const MAX_LONG_TERM_TAG_CHARS: usize = 6;

/// A short tag of the long-term kind alone (`长效管理`, `常态化`, `长期`):
/// in a report those words may describe a measure (`建立长效管理机制`), but a
/// tag is a state.
fn long_term_tag(tag: &str) -> Option<Decision> {
    let short = tag.chars().count() <= MAX_LONG_TERM_TAG_CHARS;
    let words = ["长效", "常态", "长期"].iter().any(|w| tag.contains(w));
    (short && words).then(|| {
        decision(
            Status::LongTerm,
            StatusBasis::Stated,
            "report_long_term",
            Some(tag.to_string()),
        )
    })
}

/// A report or summary that says the work goes on and reports no
/// completion (`report_text::work_goes_on`): long-term, or in progress
/// unless an in-progress phrase already decides (`stated`).
fn goes_on(text: &str, stated: Option<&Decision>, rules: &StatusRules) -> Option<Decision> {
    let (status, words) = report_text::work_goes_on(text, rules.phrases())?;
    let stated_in_progress = stated.is_some_and(|d| d.status == Status::InProgress);
    if status != Status::LongTerm && stated_in_progress {
        return None;
    }
    let rule = match status {
        Status::LongTerm => "report_long_term",
        _ => "report_continuing",
    };
    Some(decision(status, StatusBasis::Stated, rule, Some(words)))
}

fn decide_problem(
    tree: &Tree,
    i: usize,
    rules: &StatusRules,
    out: &[Option<Decision>],
) -> Decision {
    let without_finding = without_finding_paragraph(&tree.nodes[i]);
    let n = without_finding.as_ref().unwrap_or(&tree.nodes[i]);
    if let Some(m) = super::status_marks::item_mark(n, &tree.marks) {
        let phrase = format!("{}（{}）", m.mark, m.word);
        return decision(m.status, StatusBasis::Stated, "status_mark", Some(phrase));
    }
    if let Some(d) = by_closing_tag(&n.body, rules).or_else(|| by_cell(&n.title, rules)) {
        return d;
    }
    if let Some((d, tag)) = by_closing_verdict(&n.body, rules) {
        // `整改时限：长期坚持` … `该问题持续推进。`
        let goes_on = d.status == Status::InProgress && crate::text::results::is_continuing(&tag);
        if goes_on && under_long_term_deadline(&n.title, &n.body) {
            return decision(
                Status::LongTerm,
                StatusBasis::Stated,
                "deadline_long_term",
                Some(tag),
            );
        }
        return d;
    }
    if let Some(d) = part_done(&n.body) {
        return d;
    }
    let report = by_own_report(n, rules);
    if let Some(d) = report
        .clone()
        .filter(|d| d.evidence.basis == StatusBasis::Stated)
    {
        // `整改时限：长期；完成情况：持续推进`: work that goes on under a
        // long-term deadline is the long-term kind.
        // `持续推进中。`: an in-progress phrase after `持续` says so too.
        let goes_on = |p: &String| n.body.contains(&format!("持续{p}"));
        let continuing = d.evidence.rule == "report_continuing"
            || (d.status == Status::InProgress && d.evidence.phrase.as_ref().is_some_and(goes_on));
        return continuing
            .then(|| long_term_deadline(&n.title, &n.body, rules))
            .flatten()
            .unwrap_or(d);
    }
    let label_tag = || {
        by_tag(
            crate::text::label::leading_tag(&n.label)?.to_string(),
            rules,
        )
    };
    // `1.【长期坚持】营商环境评价排名靠后。`: a tag of its state opening
    // the title, after the number.
    let opening_tag = || {
        let tag = crate::text::label::leading_tag(crate::text::trim(&n.title))?;
        by_tag(tag.to_string(), rules)
    };
    if let Some(d) = by_title_tag(&n.title, rules)
        .or_else(label_tag)
        .or_else(opening_tag)
        .or_else(|| by_opening_body_tag(&n.body, rules))
    {
        return d;
    }
    if let Some(d) = by_own_summary(&n.body, rules) {
        return d;
    }
    if let Some(d) = n
        .spoken_for
        .as_deref()
        .and_then(|w| by_list_report(w, rules))
    {
        return d;
    }
    let measures: Vec<usize> = n
        .children
        .iter()
        .copied()
        .filter(|&c| tree.nodes[c].kind == NodeKind::Measure)
        .collect();
    // A table row's title holds its state cell: its phrases decide below.
    let row = n.title.contains('\t');
    if let Some(d) = (report.is_none() && measures.is_empty() && !row)
        .then(|| unkeyed_report(&n.body, rules))
        .flatten()
    {
        return d;
    }
    let in_progress = measures.iter().find_map(|&c| {
        out[c]
            .as_ref()
            .filter(|d| d.status == Status::InProgress)
            .map(|d| d.evidence.phrase.clone())
    });
    if let Some(phrase) = in_progress {
        return decision(
            Status::InProgress,
            StatusBasis::Inferred,
            "measure_in_progress",
            phrase,
        );
    }
    // `该问题涉及整改任务3项，已完成2项，1项需长期坚持。`, in its text or
    // after its last measure.
    let last_body = measures.last().map_or("", |&m| tree.nodes[m].body.as_str());
    if let Some(d) = tasks_tallied(&n.body).or_else(|| tasks_tallied(last_body)) {
        return d;
    }
    if let Some(d) = done_despite_orders(&n.body, rules) {
        return d;
    }
    if let Some(p) = (!n.body.trim().is_empty())
        .then(|| rules.phrases().find_in_progress(&n.body))
        .flatten()
    {
        return continuing_after_result(&n.body, &p, rules).unwrap_or_else(|| {
            decision(
                Status::InProgress,
                StatusBasis::Stated,
                "in_progress_phrase",
                Some(p),
            )
        });
    }
    if let Some(d) = long_term_deadline(&n.title, &n.body, rules) {
        return d;
    }
    if let Some(d) = report {
        return d;
    }
    if let Some(d) = measures
        .last()
        .and_then(|&m| concluded_long_term(last_measure_text(&tree.nodes[m])))
    {
        return d;
    }
    // `2.2 强化考核结果运用。（长期坚持）`: a measure the notice itself
    // tags long-term leaves its problem long-term work.
    let tagged_long_term = measures.iter().find_map(|&c| {
        out[c]
            .as_ref()
            .filter(|d| d.status == Status::LongTerm && d.evidence.basis == StatusBasis::Stated)
            .map(|d| d.evidence.phrase.clone())
    });
    if let Some(phrase) = tagged_long_term {
        return decision(
            Status::LongTerm,
            StatusBasis::Inferred,
            "measure_long_term",
            phrase,
        );
    }
    if !measures.is_empty() {
        return decision(
            Status::Done,
            StatusBasis::Inferred,
            "all_measures_done",
            None,
        );
    }
    by_phrases(&n.title, &n.body, rules)
        .or_else(|| demanded_by_date(&n.body))
        .or_else(|| concluded_done(&n.body))
        .or_else(|| part_of_the_work(&n.body))
        .or_else(|| rest_of_the_work(&n.body, rules))
        .unwrap_or_else(|| {
            decision(
                Status::Done,
                StatusBasis::Inferred,
                "problem_reported_as_taken",
                None,
            )
        })
}

/// Words that bring the finding in at a paragraph's start (`“回头看”发现，`,
/// `巡察指出的…问题`, `…中了解到，`).
const FINDING_LEADS: &[&str] = &["发现", "指出", "了解到", "反映"];

/// The longest key of a field's paragraph (characters).
const FIELD_KEY_CHARS: usize = 8;

/// How far into a paragraph those words bring the finding in (characters).
const FINDING_LEAD_CHARS: usize = 40;

/// A problem whose text opens with a paragraph that states the finding
/// again, at length (`巡察整改期间，中心虽已完成…，但“回头看”发现，系统仍
/// …尚未实现互联互通…。`), and goes on in further paragraphs with the work
/// and where it stands: the problem without that paragraph, whose words
/// of the shortcoming (`尚未`, `仍`) say nothing of the work's state. None
/// for any other problem. A keyed paragraph (`整改情况：`) is never dropped.
fn without_finding_paragraph(n: &TNode) -> Option<TNode> {
    let (first, rest) = n.body.split_once("\n\n")?;
    let head: String = first.chars().take(FINDING_LEAD_CHARS).collect();
    // Or the finding's details under its title, the report keyed after
    // them (`2．…拨付不及时。…截至2023年末仍有18万元未拨付。` › `整改情况：
    // 剩余18万元已…拨付到位`).
    // (Not a field of its own, `整改时限：长期坚持`, nor a tag of the
    // problem's state, `（长期坚持）`, before the report.)
    let keyed_after = || {
        let keyed = crate::text::chars::opens_with_key(first, FIELD_KEY_CHARS);
        let tag = first.trim_start().starts_with(['（', '(', '【', '[']);
        !keyed
            && !tag
            && super::report_text::opens_with_report_key(crate::text::trim(rest))
            && super::shape::states_finding(&n.title)
    };
    let states = (FINDING_LEADS.iter().any(|w| head.contains(w)) || keyed_after())
        && !super::tree::is_rectification_report(first)
        && !super::tree::opens_measures(first)
        && !rest.trim().is_empty();
    states.then(|| TNode {
        body: rest.to_string(),
        ..n.clone()
    })
}

/// A paragraph that counts the problem's tasks by their state, the parts
/// adding up to the total (`该问题涉及整改任务3项，已完成2项，1项需长期坚
/// 持。`): any in progress or not begun make the problem in progress, else
/// any long-term make it long-term, else it is done (stated, rule
/// `tasks_tallied`, the sentence as the phrase).
fn tasks_tallied(text: &str) -> Option<Decision> {
    text.split("\n\n").find_map(|p| {
        if !crate::text::totals_choice::TASK_WORDS
            .iter()
            .any(|w| p.contains(w))
        {
            return None;
        }
        let t = crate::text::totals::find(&[(0, p)])?;
        let total = t
            .total
            .filter(|&v| v > 0 && crate::text::totals::parts_sum(&t) == v)?;
        let open = t.in_progress.unwrap_or(0) + t.not_started.unwrap_or(0);
        let status = if open > 0 {
            Status::InProgress
        } else if t.long_term.unwrap_or(0) > 0 {
            Status::LongTerm
        } else if t.done == Some(total) {
            Status::Done
        } else {
            return None;
        };
        Some(decision(
            status,
            StatusBasis::Stated,
            "tasks_tallied",
            Some(t.text),
        ))
    })
}

/// Keys of a line that gives how much of the work is done in percent.
const PERCENT_KEYS: &[&str] = &["整改进度", "完成进度", "整改完成率", "完成比例", "进度"];

/// A line of the problem's text keyed with how much of its work is done,
/// short of all of it (`整改进度：70%` above its `整改情况：…`): in progress
/// (stated, rule `report_percent`). `100%` decides nothing here: the
/// words after it do (`100%（阶段性任务已完成，需长期坚持）`).
fn part_done(body: &str) -> Option<Decision> {
    body.lines().find_map(|line| {
        let n = crate::text::norm_chars(crate::text::trim(line));
        let key = PERCENT_KEYS
            .iter()
            .find(|k| crate::text::starts_at(&n, 0, k))?;
        let value: String = n[key.chars().count()..].iter().collect();
        let value = value.strip_prefix(':')?;
        match report_text::percent_progress(value)? {
            (Status::InProgress, pct) => Some(decision(
                Status::InProgress,
                StatusBasis::Stated,
                "report_percent",
                Some(pct),
            )),
            _ => None,
        }
    })
}

/// A problem's text that ends on the rest of the work to come (`…已化解
/// 债务120万元，剩余债务分三年化解。`; stated, rule `report_continuing`,
/// the clause as the phrase) or on what it waits for (`已制定方案，待上级
/// 审批`; stated, `in_progress_phrase`), says it goes well (`进展顺利`) or
/// has only prepared it (`已完成前期调研`): under way.
fn rest_of_the_work(body: &str, rules: &StatusRules) -> Option<Decision> {
    if let Some(words) = report_text::rest_to_come(body, rules.phrases()) {
        return Some(decision(
            Status::InProgress,
            StatusBasis::Stated,
            "report_continuing",
            Some(words),
        ));
    }
    // `已制定方案，待上级审批`: the work waits on a step to come.
    // `该问题将结合机构改革统筹解决`: all of it is to come; `…，该问题需持续
    // 推进。`: more of it to do.
    // `整改进展顺利。`: it goes well, so it goes on.
    let words = report_text::awaiting(body, rules.phrases())
        .or_else(|| report_text::only_to_come(body))
        .or_else(|| report_text::concludes_open(body))
        .or_else(|| report_text::going_well(body, rules.phrases()))
        .or_else(|| report_text::only_prepared(body, rules.phrases()))?;
    Some(decision(
        Status::InProgress,
        StatusBasis::Stated,
        "in_progress_phrase",
        Some(words),
    ))
}

/// A problem's text that sets it a deadline and says nothing of its state
/// (`【处置】责令…，限期于2025年12月31日前完成年度改造任务。`): the work is
/// under way (stated, rule `in_progress_phrase`, the clause as the phrase).
fn demanded_by_date(body: &str) -> Option<Decision> {
    let words = report_text::deadline_set(body)?;
    Some(decision(
        Status::InProgress,
        StatusBasis::Stated,
        "in_progress_phrase",
        Some(words),
    ))
}

/// A problem whose deadline is the long-term kind (`整改时限：长期坚持`)
/// and whose report concludes, after its results so far, that the work
/// goes on (`整改进展：已制定权力清单36项，持续推进。`), or opens saying
/// so (`【整改进展】持续推进。已开展…`), is long-term work
/// (inferred, rule `deadline_long_term`, the clause as the phrase), not
/// done. Results alone under such a deadline stay done, as notices count
/// them.
fn long_term_deadline(title: &str, body: &str, rules: &StatusRules) -> Option<Decision> {
    if !under_long_term_deadline(title, body) {
        return None;
    }
    let text = format!("{title}\n{body}");
    let report = report_text::report_on_state(&text)?;
    let words = report_text::concludes_continuing(&report, rules.phrases())
        .or_else(|| report_text::opens_continuing(&report, rules.phrases()))?;
    Some(decision(
        Status::LongTerm,
        StatusBasis::Inferred,
        "deadline_long_term",
        Some(words),
    ))
}

/// The deadline the problem's text sets is long-term (`整改时限：长期坚持`).
fn under_long_term_deadline(title: &str, body: &str) -> bool {
    let text = format!("{title}\n{body}");
    let stated = owners::extract(&text);
    stated.deadline_long_term || stated.deadline.is_some_and(|d| owners::is_long_term(&d))
}

fn decide(tree: &Tree, i: usize, rules: &StatusRules, out: &mut [Option<Decision>]) {
    for &c in &tree.nodes[i].children {
        decide(tree, c, rules, out);
    }
    let n = &tree.nodes[i];
    out[i] = match n.kind {
        NodeKind::LongTerm => Some(decision(
            Status::LongTerm,
            StatusBasis::Inferred,
            "long_term_section",
            n.long_term.clone(),
        )),
        NodeKind::Measure if n.long_term.is_some() => Some(decision(
            Status::LongTerm,
            StatusBasis::Inferred,
            "long_term_section",
            n.long_term.clone(),
        )),
        // `2.推进农村公益性公墓建设（长期坚持）。`: a tag of its state
        // ending the measure.
        NodeKind::Measure => Some(
            by_title_tag(&n.title, rules)
                .or_else(|| by_tag_alone(&n.body, rules))
                .or_else(|| by_phrases(&n.title, &n.body, rules))
                .unwrap_or_else(|| {
                    decision(
                        Status::Done,
                        StatusBasis::Inferred,
                        "measure_reported_as_taken",
                        None,
                    )
                }),
        ),
        NodeKind::Problem => Some(decide_problem(tree, i, rules, out)),
        _ => None,
    };
}

/// A problem whose own text (or its group's title) says its work is not
/// done (`整改进展：…正在推进中`, `尚未完成`; `需长期坚持` with no result of
/// its own) and whose measures
/// say nothing of their own (each only `measure_reported_as_taken`, the
/// plan `整改措施：…` beside the report): its measures take its state
/// (inferred, rule `problem_reported_state`), never done under a problem
/// that is not. Run once every problem's state is decided.
fn measures_take_an_open_report(
    tree: &Tree,
    i: usize,
    d: &Decision,
    rules: &StatusRules,
    out: &mut [Option<Decision>],
) {
    // Long-term with no result of its own (`整改进展：长期坚持`), not one
    // whose report says what was done (`已完成…检查，此项工作长期坚持`).
    let long_term_only = d.status == Status::LongTerm
        && crate::text::results::result_in(&tree.nodes[i].body).is_none();
    let open = (matches!(d.status, Status::InProgress | Status::NotStarted) || long_term_only)
        && d.evidence.basis == StatusBasis::Stated
        && d.evidence.rule != "measure_in_progress";
    let measures: Vec<usize> = tree.nodes[i]
        .children
        .iter()
        .copied()
        .filter(|&c| tree.nodes[c].kind == NodeKind::Measure)
        .collect();
    let silent = |c: usize| {
        out[c]
            .as_ref()
            .is_some_and(|m| m.evidence.rule == "measure_reported_as_taken")
    };
    if !open || measures.is_empty() || !measures.iter().all(|&c| silent(c)) {
        return;
    }
    // `（1）…。` › `整改情况：已完成。` › `（2）…。` › `整改情况：正在推进。`:
    // a report for each measure, in order, is that measure's.
    let reports = report_text::reports_one_by_one(&tree.nodes[i].body)
        .filter(|r| r.len() == measures.len())
        .and_then(|r| {
            r.iter()
                .map(|r| by_report(r, rules))
                .collect::<Option<Vec<_>>>()
        });
    if let Some(reports) = reports {
        for (c, d) in measures.into_iter().zip(reports) {
            out[c] = Some(d);
        }
        return;
    }
    for c in measures {
        out[c] = Some(decision(
            d.status,
            StatusBasis::Inferred,
            "problem_reported_state",
            None,
        ));
    }
}

/// Decides the status of every node (None for kinds that get none).
pub(crate) fn decide_all(tree: &Tree, rules: &StatusRules) -> Vec<Option<Decision>> {
    let mut out = vec![None; tree.nodes.len()];
    for &r in &tree.roots {
        decide(tree, r, rules, &mut out);
    }
    findings_without_progress(tree, &mut out);
    same_as_referenced(tree, rules, &mut out);
    super::state_groups::apply(tree, rules, &mut out);
    for i in 0..tree.nodes.len() {
        if let (NodeKind::Problem, Some(d)) = (tree.nodes[i].kind, out[i].clone()) {
            measures_take_an_open_report(tree, i, &d, rules, &mut out);
        }
    }
    out
}

/// A problem whose report only points to another problem by its number
/// (`整改情况：与问题（一）一并整改。`; [`super::references`]) and that no
/// stated phrase, open measure or result decided shares the state of the
/// problem it names (inferred, rule `same_as_referenced`, the report as
/// the phrase): among the problems of the same parent, else the nearest
/// one before it with that number.
fn same_as_referenced(tree: &Tree, rules: &StatusRules, out: &mut [Option<Decision>]) {
    use std::collections::HashMap;
    let problems: Vec<usize> = (0..tree.nodes.len())
        .filter(|&i| tree.nodes[i].kind == NodeKind::Problem)
        .collect();
    if problems.len() < 2 {
        return;
    }
    let mut parent = vec![usize::MAX; tree.nodes.len()];
    for (i, n) in tree.nodes.iter().enumerate() {
        for &c in &n.children {
            parent[c] = i;
        }
    }
    // The first problem of each number under each parent.
    let mut under: HashMap<(usize, u32), usize> = HashMap::new();
    for &j in &problems {
        under.entry((parent[j], tree.nodes[j].number)).or_insert(j);
    }
    // The last problem of each number before the one being decided.
    let mut before: HashMap<u32, usize> = HashMap::new();
    for &i in &problems {
        let n = &tree.nodes[i];
        let open = out[i].as_ref().is_some_and(|d| {
            matches!(
                d.evidence.rule.as_str(),
                "problem_reported_as_taken" | "all_measures_done"
            )
        });
        let reference = open
            .then(|| report_text::report_on_state(&format!("{}\n{}", n.title, n.body)))
            .flatten()
            .and_then(|report| super::references::only_reference(&report, rules.phrases()));
        if let Some(r) = reference {
            let target = under
                .get(&(parent[i], r.number))
                .filter(|&&j| j != i)
                .or_else(|| before.get(&r.number));
            if let Some(status) = target.and_then(|&j| out[j].as_ref()).map(|d| d.status) {
                out[i] = Some(decision(
                    status,
                    StatusBasis::Inferred,
                    "same_as_referenced",
                    Some(r.phrase),
                ));
            }
        }
        before.insert(n.number, i);
    }
}

/// A section that lists findings and reports no progress on any of them (a
/// 督查通报's problems found, beside a section of demands or of an earlier
/// round's progress): every problem in it was `problem_reported_as_taken`
/// — no measures, no status phrase — and none states a result (`已…`).
/// Its problems are open: not started (inferred, rule
/// `findings_without_progress`). Decided per section (the nearest section
/// over the problems; problems under none are one group), so that a
/// bulletin's findings stay open beside another section's reported
/// progress.
fn findings_without_progress(tree: &Tree, out: &mut [Option<Decision>]) {
    let mut groups = Groups::default();
    for &r in &tree.roots {
        problems_by_section(tree, r, None, &mut groups);
    }
    // A finding read by its shape, a finding and then the work on it
    // (`reported_paragraphs`: style `Lead`), has a paragraph of work as
    // its text (`市残联重新梳理…项目库，…调整预算用途，建立…制度`).
    let work_below = |n: &TNode| {
        let first = n.body.split(['。', '\n']).next().unwrap_or("");
        n.style == Some(LabelStyle::Lead)
            && super::plain_problems::reports_work(&n.body)
            && !super::plain_problems::is_finding(first)
    };
    let bare = |i: &usize, out: &[Option<Decision>]| {
        let n = &tree.nodes[*i];
        out[*i]
            .as_ref()
            .is_some_and(|d| d.evidence.rule == "problem_reported_as_taken")
            && results::result_in(&n.title).is_none()
            && results::result_in(&n.body).is_none()
            && !work_below(n)
    };
    // A finding that describes its own state (`…用地报批手续尚未完成。`)
    // keeps the in-progress status its words give, and does not make the
    // section one of progress: no measures, no report, no result.
    let described = |i: &usize, out: &[Option<Decision>]| {
        let n = &tree.nodes[*i];
        let text = format!("{}\n{}", n.title, n.body);
        out[*i]
            .as_ref()
            .is_some_and(|d| d.evidence.rule == "in_progress_phrase")
            && n.children.is_empty()
            && report_text::report_on_state(&text).is_none()
            && results::result_in(&text).is_none()
    };
    // A finding that plans its completion in its last clause (`…，县教育局
    // 已启动专项招录，计划2026年2月底前完成；`) is under way.
    let planned = |i: &usize, out: &[Option<Decision>]| {
        out[*i]
            .as_ref()
            .is_some_and(|d| d.evidence.rule == "problem_reported_as_taken")
            .then(|| plans_its_completion(&tree.nodes[*i]))
            .flatten()
    };
    for (problems, section) in groups.problems.into_iter().zip(groups.sections) {
        if groups.reported.contains(&section) {
            continue;
        }
        // Findings answered apart (`answered`) leave the others open, and
        // so do the few a bulletin marks with their state (`…（已现场整改）`).
        let answered_apart = |i: &usize| tree.answered_apart.binary_search(i).is_ok();
        let marked = |i: &usize| marked_with_state(&tree.nodes[*i]);
        let findings = problems.iter().all(|i| {
            bare(i, out)
                || described(i, out)
                || answered_apart(i)
                || marked(i)
                || planned(i, out).is_some()
        });
        if !findings || !problems.iter().any(|i| bare(i, out)) {
            continue;
        }
        for &i in &problems {
            if let Some(clause) = planned(&i, out) {
                out[i] = Some(decision(
                    Status::InProgress,
                    StatusBasis::Inferred,
                    "finding_planned",
                    Some(clause),
                ));
            }
        }
        let bare_ones: Vec<usize> = problems.into_iter().filter(|i| bare(i, out)).collect();
        for i in bare_ones {
            out[i] = Some(decision(
                Status::NotStarted,
                StatusBasis::Inferred,
                "findings_without_progress",
                None,
            ));
        }
    }
}

/// The longest state read in brackets at a finding's end (characters).
const MAX_STATE_MARK_CHARS: usize = 8;

/// A finding with no text below it that ends with its state in brackets
/// (`…房间应急呼叫装置有2处无法正常使用（已现场整改）；`), as a bulletin
/// marks the few fixed on the spot.
fn marked_with_state(n: &TNode) -> bool {
    let mark = owners::closing_bracket(&n.title, &['。', '.', '；', ';']).map(|(_, mark)| mark);
    n.children.is_empty()
        && n.body.trim().is_empty()
        && mark.is_some_and(|m| {
            m.chars().count() <= MAX_STATE_MARK_CHARS && own_sentence::is_state_clause(m)
        })
}

/// The last clause of a finding with no text below it, when it plans the
/// work's completion by a date (`计划2026年2月底前完成`).
fn plans_its_completion(n: &TNode) -> Option<String> {
    if !n.children.is_empty() || !n.body.trim().is_empty() {
        return None;
    }
    let title: String = crate::text::norm_chars(&n.title).into_iter().collect();
    let last = crate::text::plans::last_clause(&title);
    owners::planned_deadline(&last).map(|_| last)
}

/// Problems grouped by the nearest section over them, in printed order.
#[derive(Default)]
struct Groups {
    by_section: std::collections::HashMap<Option<usize>, usize>,
    problems: Vec<Vec<usize>>,
    /// The section of each group.
    sections: Vec<Option<usize>>,
    /// Sections whose items of their own text report results.
    reported: std::collections::HashSet<Option<usize>>,
}

/// The problems under node `i`, grouped by the nearest section over them.
fn problems_by_section(tree: &Tree, i: usize, section: Option<usize>, groups: &mut Groups) {
    let n = &tree.nodes[i];
    let section = if n.kind == NodeKind::Section {
        Some(i)
    } else {
        section
    };
    if n.kind == NodeKind::Problem {
        let next = groups.problems.len();
        let g = *groups.by_section.entry(section).or_insert(next);
        if g == next {
            groups.problems.push(Vec::new());
            groups.sections.push(section);
        }
        groups.problems[g].push(i);
        return;
    }
    // Text of the section's own that reports results (`一是修订…，7月以来
    // 开展集中学习12次` › `上述3个问题已全部整改完成。`): progress is
    // reported there.
    if n.kind == NodeKind::Item && results::result_in(&format!("{}\n{}", n.title, n.body)).is_some()
    {
        groups.reported.insert(section);
    }
    for &c in &n.children {
        problems_by_section(tree, c, section, groups);
    }
}

#[cfg(test)]
mod verdict_tests {
    use super::*;

    fn state(report: &str) -> Option<Status> {
        by_report(report, &StatusRules::default()).map(|d| d.status)
    }

    #[test]
    fn an_order_then_the_result_a_check_found() {
        let d = by_report(
            "已责令限期整改，经复查已整改到位。",
            &StatusRules::default(),
        );
        assert_eq!(
            d.map(|d| (d.status, d.evidence.rule)),
            Some((Status::Done, "done_phrase".to_string()))
        );
    }

    #[test]
    fn a_bare_verdict_of_work_under_way_outranks_results_after_it() {
        assert_eq!(
            state("正在整改，已完成2座水库鉴定。"),
            Some(Status::InProgress)
        );
        assert_eq!(state("正在推进，已完成排查。"), Some(Status::InProgress));
        // Done by name at the end: the rule stands aside.
        let rules = StatusRules::default();
        let by_name = "正在整改，已收回资金215万元。该问题已整改完成。";
        assert!(open_verdict_clause(by_name, &rules).is_none());
        // A done verdict first: only work under way is read so.
        assert!(open_verdict_clause("已完成整改，正在巩固成果。", &rules).is_none());
        // Not a bare verdict: a step, not the rectification.
        assert!(open_verdict_clause("正在招录人员，已招录3名。", &rules).is_none());
    }
}
