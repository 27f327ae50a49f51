//! Status phrases in a text: the first in-progress phrase that reports the
//! state of the work, and the first done phrase that is not negated. The
//! notice converter and the ledger both decide statuses with these.
//!
//! - An in-progress phrase (`下一步`, `正在`, …) does not count when it
//!   describes the problem or a condition rather than the state of the
//!   work: its clause starts with 针对/对于/如/若/凡, the rest of its clause
//!   mentions 问题 without 解决/整改/处理/化解 (`评审标准尚未统一等问题`
//!   describes the problem; `逐步解决…问题` still counts), or the rest of its
//!   sentence reports completion (`仍有少部分…,均及时整改完毕`).
//! - A done phrase (`已完成`, `均已`, …) does not count after 未/不/没/待,
//!   nor in a clause that plans it (`计划于2026年6月底前全部完成`: a plan
//!   word — 计划, 预计, 力争, 争取, 确保, 拟, 将于, 将在, or 底前 without 已
//!   before it — earlier in its clause), which also leaves an in-progress
//!   phrase before it counting.
//!
//! Both run in linear time on any input.

use super::{is_clause_end, is_sentence_end, norm_chars, starts_at};

/// Positions in a text, precomputed once so that judging each occurrence
/// of a phrase costs constant time (linear time on any input).
struct Index {
    clause_start: Vec<usize>,
    clause_end: Vec<usize>,
    sentence_end: Vec<usize>,
    /// Next start of 问题 at or after each position.
    next_wenti: Vec<usize>,
    /// Next start of 解决/整改/处理/化解.
    next_solve: Vec<usize>,
    /// Next start of a done phrase, with the shortest length starting there.
    next_done: Vec<(usize, usize)>,
    /// Next start of a word that plans (`计划`, `预计`, `力争`, …).
    next_plan: Vec<usize>,
}

/// Words that make the rest of their clause a plan, not a result; a
/// deadline set (`限期于11月30日前完成整改`) demands it.
const PLAN_WORDS: &[&str] = &[
    "计划",
    "预计",
    "力争",
    "争取",
    "确保",
    "拟",
    "将于",
    "将在",
    "限期",
    "要求于",
    "要求在",
    "应于",
    "须于",
];

/// A deadline (`6月底前全部完成`) plans the rest of its clause unless the
/// clause already said 已 (`已于6月底前全部完成`).
const DEADLINE_WORD: &str = "底前";

/// Words between a negation and what it negates (`尚未全部完成`,
/// `未能按期完成整改任务`).
const NEGATED_ADVERBS: &[&str] = &[
    "全部", "完全", "彻底", "全面", "真正", "能", "按期", "按时", "如期", "及时",
];

/// Results that, negated, report the work not done, beside the done
/// phrases (`未按时整改到位`, `未能如期完成`: a bare `整改到位` or `完成`
/// is no done phrase).
const NEGATED_RESULTS: &[&str] = &["整改到位", "整改完成", "完成"];

/// The most adverbs read between a negation and its phrase (`未能按期`).
const MAX_NEGATED_ADVERBS: usize = 2;

/// The phrase at `i` is negated: 未/不/没/待 right before it, or before
/// adverbs right before it (`尚未全部完成`, `没有彻底整改到位`,
/// `未能按期完成整改`).
fn negated(t: &[char], i: usize) -> bool {
    negation_start(t, i).is_some()
}

/// Where the negation of the phrase at `i` starts (the 未 of `未能按期完成`),
/// if it is negated.
fn negation_start(t: &[char], i: usize) -> Option<usize> {
    let negation = |k: usize| matches!(t[k], '未' | '不' | '没' | '待');
    let mut at = i;
    for _ in 0..=MAX_NEGATED_ADVERBS {
        if at > 0 && negation(at - 1) {
            return Some(at - 1);
        }
        let adverb = NEGATED_ADVERBS.iter().find(|a| {
            let len = a.chars().count();
            at > len && starts_at(t, at - len, a)
        })?;
        at -= adverb.chars().count();
    }
    None
}

/// For each position, whether a plan word starts earlier in its clause.
fn planned(t: &[char]) -> Vec<bool> {
    let mut out = vec![false; t.len() + 1];
    let (mut plan, mut already) = (false, false);
    for i in 0..t.len() {
        // `制定公益性公墓建设计划（已完成）`: a bracket that opens with 已
        // reports on what came before it, the plan's noun among it.
        if t[i] == '已' && i > 0 && matches!(t[i - 1], '（' | '(') {
            plan = false;
        }
        out[i] = plan;
        if is_clause_end(t[i]) {
            (plan, already) = (false, false);
        } else if PLAN_WORDS.iter().any(|w| starts_at(t, i, w))
            || (!already && starts_at(t, i, DEADLINE_WORD))
        {
            plan = true;
        } else if t[i] == '已' {
            already = true;
        }
    }
    out
}

fn next_of(t: &[char], words: &[&str]) -> Vec<usize> {
    let mut out = vec![usize::MAX; t.len() + 1];
    for i in (0..t.len()).rev() {
        out[i] = if words.iter().any(|w| starts_at(t, i, w)) {
            i
        } else {
            out[i + 1]
        };
    }
    out
}

impl Index {
    fn new(t: &[char], done: &[String]) -> Index {
        let n = t.len();
        let mut clause_start = vec![0; n + 1];
        let mut cs = 0;
        for i in 0..n {
            clause_start[i] = cs;
            if is_clause_end(t[i]) {
                cs = i + 1;
            }
        }
        clause_start[n] = cs;
        let mut clause_end = vec![n; n + 1];
        let mut sentence_end = vec![n; n + 1];
        let mut next_done = vec![(usize::MAX, 0); n + 1];
        let planned = planned(t);
        for i in (0..n).rev() {
            clause_end[i] = if is_clause_end(t[i]) {
                i
            } else {
                clause_end[i + 1]
            };
            sentence_end[i] = if is_sentence_end(t[i]) {
                i
            } else {
                sentence_end[i + 1]
            };
            let here = done
                .iter()
                .filter(|p| {
                    !p.is_empty()
                        && !planned[i]
                        && starts_at(t, i, p)
                        && !sets_out(t, i + p.chars().count())
                })
                .map(|p| p.chars().count())
                .min()
                .filter(|_| !negated(t, i));
            next_done[i] = match here {
                Some(len) => (i, len),
                None => next_done[i + 1],
            };
        }
        Index {
            clause_start,
            clause_end,
            sentence_end,
            next_wenti: next_of(t, &["问题"]),
            next_solve: next_of(t, &["解决", "整改", "处理", "化解"]),
            next_done,
            next_plan: next_of(t, PLAN_WORDS),
        }
    }
}

fn counts_as_in_progress(t: &[char], ix: &Index, at: usize, len: usize) -> bool {
    let cs = ix.clause_start[at];
    if check_to_come(t, ix, at, cs) {
        return false;
    }
    let clause_start: String = t[cs..at].iter().take(2).collect();
    if ["针对", "对于"].iter().any(|p| clause_start.starts_with(p))
        || ["如", "若", "凡"]
            .iter()
            .any(|p| clause_start.starts_with(p))
    {
        return false;
    }
    let after = (at + len).min(t.len());
    if leads_in(t, ix, cs, at, after) {
        return false;
    }
    // `分批次推进中层干部交流`: `中` opens the next word (`中层`), no state.
    if t[after - 1] == '中' && t.get(after).is_some_and(|&c| MID_WORD_STARTS.contains(&c)) {
        return false;
    }
    // `均已当场或限期整改完成`: the deadline's words run on into a
    // completion.
    let completed = ["完成", "到位", "完毕"]
        .iter()
        .any(|w| starts_at(t, after, w));
    if starts_at(t, at, "限期整改") && completed {
        return false;
    }
    let stage = starts_at(t, at, "完成阶段性") || starts_at(t, at, "阶段性");
    if stage && made_routine(t, after, ix.sentence_end[after]) {
        return false;
    }
    let ce = ix.clause_end[after];
    // `项目建设进度滞后`: a finding's words, not a state, unless the
    // clause is the phrase alone (`…，进度滞后。`, `（进度滞后）`).
    if starts_at(t, at, "进度滞后") && !behind_alone(t, cs, at, after, ce) {
        return false;
    }
    let wenti = ix.next_wenti[after];
    let keyed = wenti < ce && keys_a_list(t, wenti + 2, ce);
    if wenti < ce && ix.next_solve[after] >= ce && !keyed {
        return false;
    }
    if describes_a_noun(&t[after..ce]) && !keyed {
        return false;
    }
    let se = ix.sentence_end[after];
    let (d, dlen) = ix.next_done[after];
    // `正在推进，计划于6月底前全部完成`: a completion planned, not reported;
    // also after a part done when the state is a clause of its own
    // (`正在推进，已完成绩效评价，改革预计2027年6月完成`).
    let alone = states_alone(t, ix.clause_start[at], at, after, ce);
    let planned = PLAN_WORDS.iter().any(|w| starts_at(t, at, w))
        || ix.next_plan[after] < d
        || (alone && ix.next_plan[after] < se);
    !(d < se && d + dlen <= se)
        || planned
        || partial_result(t, ix, d, se)
        || completes_a_step(t, d + dlen, ix.clause_end[d])
}

/// The words after `问题` (from `at`) to the clause's end `ce` make the
/// clause the key of a list of the problems in that state
/// (`正在推进的问题（2个）：第3、7项`): perhaps a count in brackets, then the
/// colon.
fn keys_a_list(t: &[char], at: usize, ce: usize) -> bool {
    if t.get(ce) != Some(&':') {
        return false;
    }
    let note: String = t[at.min(ce)..ce].iter().collect();
    note.is_empty() || (note.starts_with('(') && note.ends_with(')') && note.chars().count() <= 8)
}

/// Words after `已完成` that make it the whole work's completion
/// (`已完成整改`, `已完成全部任务`), not a step's (`已完成征求意见`).
const WHOLE_WORK_WORDS: &[&str] = &[
    "整改", "销号", "验收", "办结", "全部", "所有", "各项", "任务",
];

/// The done phrase ending at `at` completes a step of the work it names
/// (`正在修订办法，目前已完成征求意见`, `正在协调推进中，已完成土地权属
/// 调查`): `完成` followed in its clause by what was completed, and that is
/// not the rectification as a whole. The work stays under way.
fn completes_a_step(t: &[char], at: usize, ce: usize) -> bool {
    if at < 2 || t[at - 2..at] != ['完', '成'] || at >= ce {
        return false;
    }
    let rest: String = t[at..ce].iter().filter(|c| !c.is_whitespace()).collect();
    let named = rest
        .chars()
        .next()
        .is_some_and(|c| !c.is_ascii_digit() && c != '%');
    named && !WHOLE_WORK_WORDS.iter().any(|w| rest.contains(w))
}

/// Words that make the work routine (`已纳入长效机制`, `转入常态化管理`).
const ROUTINE: &[&str] = &["长效", "常态"];

/// `已完成阶段性目标，已纳入长效机制`: a stage done and the rest made
/// routine in the same sentence closes the rectification (done), where a
/// stage done alone (`已完成阶段性任务。`) is work under way.
fn made_routine(t: &[char], from: usize, to: usize) -> bool {
    (from..to.min(t.len())).any(|i| ROUTINE.iter().any(|w| starts_at(t, i, w)))
}

/// Characters after `中` that make it the first of a word (`中层`,
/// `中心`, `中小学`, `中央`, `中期`), not the end of `推进中`.
const MID_WORD_STARTS: &[char] = &['层', '心', '小', '央', '期', '间', '型', '学', '医', '介'];

/// `已整改待验收`, `已完成整改，待销号`: the work done, only its check
/// (`待…`) to come, as a ledger's state cell says it: done, not in
/// progress. Not when part is done and the rest waits (`已完成3项，其余
/// 待验收`: a count in the done clause, or the rest named).
fn check_to_come(t: &[char], ix: &Index, at: usize, cs: usize) -> bool {
    if t[at] != '待' {
        return false;
    }
    // `已完成，待验收`, `已完成（待验收）`: the clause before too.
    let from = match cs.checked_sub(1) {
        Some(k) if matches!(t[k], ',' | '(') => ix.clause_start[k],
        _ => cs,
    };
    let (d, dlen) = ix.next_done[from];
    let done_before = d < at && d + dlen <= at;
    let counted = t[from..at].iter().any(|c| c.is_ascii_digit());
    done_before && !counted && !names_remainder(&t[cs..at])
}

/// `整改中，团市委修订了…`: `整改中` alone as the first clause of its
/// sentence, a comma after it, sets the scene (in the course of the
/// rectification) for what was done; it states no work under way.
fn leads_in(t: &[char], ix: &Index, cs: usize, at: usize, after: usize) -> bool {
    let sentence_start = cs == 0
        || t[..cs]
            .iter()
            .rev()
            .find(|c| !c.is_whitespace())
            .is_none_or(|&c| is_sentence_end(c) || matches!(c, '：' | ':'));
    sentence_start
        && t[cs..at].iter().all(|c| c.is_whitespace())
        && starts_at(t, at, "整改中")
        && ix.clause_end[after] == after
        && matches!(t.get(after), Some('，' | ','))
}

/// The longest words between an in-progress phrase and the `的` that makes
/// it describe a noun (characters).
const MAX_ATTRIBUTE_CHARS: usize = 6;

/// The words after an in-progress phrase make it describe a noun named
/// later in its clause (`对仍在出租期内的14处房产…招租`): not the state of
/// the work. Not when what is left of a partial result comes first: the
/// `的` is then its own (`目前正在推进剩余2户的退出工作`).
fn describes_a_noun(rest: &[char]) -> bool {
    rest.iter()
        .take(MAX_ATTRIBUTE_CHARS + 1)
        .position(|&c| c == '的')
        .is_some_and(|k| rest.len() > k + 1 && !names_remainder(&rest[..k]))
}

/// The words name what is left after a partial result (`推进剩余2户`).
fn names_remainder(words: &[char]) -> bool {
    let s: String = words.iter().collect();
    REMAINDER_WORDS.iter().any(|w| s.contains(w))
}

/// The clause `cs..ce` is only the in-progress phrase at `at..after` and
/// a verb (`正在推进`, `正在办理中`), with at most a word of time before it
/// (`目前`, `现`, `仍`).
fn states_alone(t: &[char], cs: usize, at: usize, after: usize, ce: usize) -> bool {
    let before: String = t[cs..at].iter().filter(|c| !c.is_whitespace()).collect();
    let rest = t[after..ce].iter().filter(|c| !c.is_whitespace()).count();
    LEAD_TIME_WORDS.contains(&before.as_str()) && rest <= MAX_STATE_VERB_CHARS
}

/// What may come before a state that is a clause of its own: nothing, or a
/// word of time (`目前`, `现`, `仍`, `当前`).
const LEAD_TIME_WORDS: &[&str] = &["", "目前", "现", "仍", "当前"];

/// `进度滞后` is its clause alone, perhaps in brackets or after a word of
/// time (`目前进度滞后`, `（进度滞后）`).
fn behind_alone(t: &[char], cs: usize, at: usize, after: usize, ce: usize) -> bool {
    let unbracketed = |r: std::ops::Range<usize>| -> String {
        t[r].iter()
            .filter(|c| !c.is_whitespace() && !matches!(c, '(' | ')'))
            .collect()
    };
    LEAD_TIME_WORDS.contains(&unbracketed(cs..at).as_str()) && unbracketed(after..ce).is_empty()
}

/// The longest verb read after an in-progress phrase in a clause of its
/// own (`推进中`; characters).
const MAX_STATE_VERB_CHARS: usize = 3;

/// Words that name what is left after a partial result (`剩余18个`).
const REMAINDER_WORDS: &[&str] = &["剩余", "其余", "尚有", "还有", "余下"];

/// `已完成编制42个，剩余18个…`: a done phrase whose clause counts part of
/// the work, with the rest named later in the sentence, reports progress,
/// not completion.
fn partial_result(t: &[char], ix: &Index, d: usize, se: usize) -> bool {
    let ce = ix.clause_end[d];
    let counts = t[d..ce].iter().any(|c| c.is_ascii_digit());
    // `已完成5个支部中的3个`: a part of a whole named in the clause itself.
    let part_of = (d..ce).any(|i| starts_at(t, i, "中的"));
    let named_rest = || (ce..se).any(|i| REMAINDER_WORDS.iter().any(|w| starts_at(t, i, w)));
    counts && (part_of || part_percent(&t[d..ce]) || named_rest())
}

/// A clause that gives the share done as a percentage below 100
/// (`已完成80%`, `已完成总工程量的65%`): part of the work, not all of it.
pub(crate) fn part_percent(clause: &[char]) -> bool {
    (0..clause.len()).any(|i| {
        clause[i] == '%' && super::chars::percent_before(clause, i).is_some_and(|(_, v)| v < 100.0)
    })
}

/// The phrase lists of one set of status rules.
#[derive(Debug, Clone, Copy)]
pub(crate) struct StatusPhrases<'a> {
    pub done: &'a [String],
    pub in_progress: &'a [String],
}

impl StatusPhrases<'_> {
    /// The first in-progress phrase (by position) that counts.
    pub(crate) fn find_in_progress(&self, text: &str) -> Option<String> {
        let t = norm_chars(text);
        let firsts: Vec<char> = self
            .in_progress
            .iter()
            .filter_map(|p| p.chars().next())
            .collect();
        let mut index: Option<Index> = None;
        for i in 0..t.len() {
            if !firsts.contains(&t[i]) {
                continue;
            }
            for p in self.in_progress {
                if !p.is_empty() && starts_at(&t, i, p) {
                    let len = p.chars().count();
                    let ix = index.get_or_insert_with(|| Index::new(&t, self.done));
                    if counts_as_in_progress(&t, ix, i, len) {
                        return Some(p.clone());
                    }
                }
            }
        }
        None
    }

    /// The first done phrase (by position) not negated by 未/不/没/待 before
    /// it nor planned earlier in its clause.
    pub(crate) fn find_done(&self, text: &str) -> Option<String> {
        let t = norm_chars(text);
        let firsts: Vec<char> = self.done.iter().filter_map(|p| p.chars().next()).collect();
        let planned = planned(&t);
        // Made once, when a done phrase is first met.
        let mut part_done: Option<Vec<bool>> = None;
        for i in 0..t.len() {
            if !firsts.contains(&t[i]) || planned[i] {
                continue;
            }
            if negated(&t, i) {
                continue;
            }
            for p in self.done {
                if !p.is_empty()
                    && starts_at(&t, i, p)
                    && !sets_out(&t, i + p.chars().count())
                    && !names_a_kind(&t, i + p.chars().count())
                    && !part_done.get_or_insert_with(|| part_of_work_clauses(&t))[i]
                {
                    return Some(p.clone());
                }
            }
        }
        None
    }

    /// The first done phrase negated before it (`未按时整改到位`,
    /// `未全部完成`), with its negation: read where no done phrase stands
    /// unnegated, the work reported as not done. Not in a clause that
    /// plans it.
    pub(crate) fn find_negated_done(&self, text: &str) -> Option<String> {
        let t = norm_chars(text);
        let planned = planned(&t);
        (0..t.len()).filter(|&i| !planned[i]).find_map(|i| {
            let from = negation_start(&t, i)?;
            let words = self
                .done
                .iter()
                .map(String::as_str)
                .chain(NEGATED_RESULTS.iter().copied());
            let p = words
                .filter(|p| !p.is_empty())
                .find(|p| starts_at(&t, i, p))?;
            Some(t[from..i + p.chars().count()].iter().collect())
        })
    }
}

/// For each position, whether what is done from there reads as part of
/// the work, not all of it, read in one pass from the end:
/// - the rest of its clause gives a share done below 100 %
///   ([`part_percent`]), or a later clause of its sentence gives the share
///   completed (`已完成审计12个村，完成总任务的75%`, `…，完成率80%`);
/// - the rest of its clause counts what was done and a later clause of its
///   sentence, or after a `；`, counts what is left (`已完成12间门面的公开
///   招租，剩余3间合同到期后公开招租`, `已收回资金12.2万元；剩余3.4万元…`;
///   not `剩余部分…`, which counts nothing).
pub(crate) fn part_of_work_clauses(t: &[char]) -> Vec<bool> {
    let mut out = vec![false; t.len()];
    // The current clause, from `i` to its end: a share below 100 %, a
    // figure; the whole clause: words of completion or progress (`完成`,
    // `进度`), a count of what is left (`剩余3间`).
    let (mut part, mut counts) = (false, false);
    let (mut names_share, mut counts_rest) = (false, false);
    // Later clauses of the sentence: the share completed, a count left.
    let (mut share_later, mut rest_later) = (false, false);
    for i in (0..t.len()).rev() {
        if is_clause_end(t[i]) {
            let sentence_goes_on = !is_sentence_end(t[i]);
            share_later = sentence_goes_on && (share_later || (part && names_share));
            // `已收回资金12.2万元；剩余3.4万元…`: what is left, counted
            // after a semicolon, is the rest of the same work.
            let rest_goes_on = sentence_goes_on || t[i] == ';';
            rest_later = rest_goes_on && (rest_later || counts_rest);
            (part, counts, names_share, counts_rest) = (false, false, false, false);
        } else if t[i] == '%' {
            part |= super::chars::percent_before(t, i).is_some_and(|(_, v)| v < 100.0);
        } else {
            counts |= t[i].is_ascii_digit();
            names_share |= SHARE_WORDS.iter().any(|w| starts_at(t, i, w));
            counts_rest |= counted_remainder_at(t, i);
        }
        out[i] = part || share_later || (counts && rest_later);
    }
    out
}

/// The most characters of a counted remainder's unit (`处`, `万元`).
const MAX_REMAINDER_UNIT_CHARS: usize = 2;

/// The most characters of a clause naming a counted remainder, with the
/// punctuation before it (`，剩余12.5万元`).
const MAX_REMAINDER_CLAUSE_CHARS: usize = 16;

/// The words of a clause that `t[..end]` ends with name only what is left
/// and its count (`，其余5处` before `2025年10月底前全部完成`).
pub(crate) fn counted_remainder_before(t: &[char], end: usize) -> bool {
    // Looked back a few characters only: the words, a count, a unit.
    let lo = end.saturating_sub(MAX_REMAINDER_CLAUSE_CHARS);
    let start = match t[lo..end].iter().rposition(|&c| is_clause_end(c)) {
        Some(k) => lo + k + 1,
        None if lo == 0 => 0,
        None => return false,
    };
    let Some(word) = REMAINDER_WORDS.iter().find(|w| starts_at(t, start, w)) else {
        return false;
    };
    let from = start + word.chars().count();
    from < end && counted_remainder_at(t, start) && {
        let rest = &t[from..end];
        let figures = rest
            .iter()
            .take_while(|&&c| c.is_ascii_digit() || c == '.' || super::is_cn_numeral(c))
            .count();
        rest.len() - figures <= MAX_REMAINDER_UNIT_CHARS
    }
}

/// A word naming what is left, then its count, at `i` (`剩余3间`, `其余
/// 两个`).
fn counted_remainder_at(t: &[char], i: usize) -> bool {
    REMAINDER_WORDS.iter().any(|w| {
        starts_at(t, i, w)
            && t.get(i + w.chars().count())
                .is_some_and(|&c| c.is_ascii_digit() || super::is_cn_numeral(c))
    })
}

/// Words that make a later clause's percentage the share of the work
/// completed (not a rate of something else, `满意率95%`).
const SHARE_WORDS: &[&str] = &["完成", "进度"];

/// Words after `已` that set the work out rather than finish it
/// (`均已明确整改时限和责任人`); `已制定…办法`, `已纳入长效机制` are
/// results.
const SETTING_OUT: &[&str] = &["明确"];

/// The words at `after` set the work out (a done phrase before them says
/// the plan is made, not the work), or name its preparation within a few
/// characters (`已完成项目前期调研`: the work begun, not done).
pub(crate) fn sets_out(t: &[char], after: usize) -> bool {
    let prepared = (after..t.len().min(after + MAX_OBJECT_CHARS + 1))
        .take_while(|&i| !is_clause_end(t[i]))
        .any(|i| PREPARATION.iter().any(|w| starts_at(t, i, w)));
    prepared || SETTING_OUT.iter().any(|w| starts_at(t, after, w))
}

/// Nouns of the things a phrase may describe (`已销号问题`, `已完成的民生
/// 实事项目`).
const KINDS: &[&str] = &["问题", "事项", "项目", "任务"];

/// The most characters between `的` and the noun it qualifies.
const MAX_KIND_GAP_CHARS: usize = 8;

/// The words at `after` make the done phrase before them describe a kind
/// of things (`对已销号问题开展“回头看”`, `对已完成整改的事项适时开展…`,
/// `部分已完成的民生实事项目后续管护缺位`), not say the work is done.
fn names_a_kind(t: &[char], after: usize) -> bool {
    if KINDS.iter().any(|k| starts_at(t, after, k)) {
        return true;
    }
    t.get(after) == Some(&'的')
        && (after + 1..t.len().min(after + 2 + MAX_KIND_GAP_CHARS))
            .take_while(|&i| !is_clause_end(t[i]))
            .any(|i| KINDS.iter().any(|k| starts_at(t, i, k)))
}

/// What is done before the work itself (`前期工作`, `前期调研`, `招标`).
pub(crate) const PREPARATION: &[&str] = &[
    "前期工作",
    "前期准备",
    "前期调研",
    "前期手续",
    "前期论证",
    "前期摸排",
    "前期摸底",
    "前期设计",
    "前期勘察",
    "前期勘测",
    // `已完成招标，即将开工`, `已完成立项`: the works not yet begun.
    "招标",
    "立项",
    "可研",
    // `已完成整改方案制定`: the plan made, not the work.
    "方案制定",
    "方案编制",
];

/// The most characters between a done phrase and the preparation it
/// names (`已完成该项目前期调研`).
const MAX_OBJECT_CHARS: usize = 4;

#[cfg(test)]
mod tests {
    use crate::convert::StatusRules;

    #[test]
    fn rectification_in_course_leading_a_sentence_states_nothing() {
        let rules = StatusRules::default();
        let p = |t: &str| rules.phrases().find_in_progress(t);
        assert_eq!(p("整改中，党组修订了学习制度，该问题已整改完成。"), None);
        assert_eq!(p("问题不少。整改中，已修订制度。"), None);
        assert_eq!(p("目前整改中，预计6月完成。").as_deref(), Some("整改中"));
        assert_eq!(p("整改情况：整改中。").as_deref(), Some("整改中"));
    }

    #[test]
    fn a_step_done_after_work_under_way_leaves_it_under_way() {
        let rules = StatusRules::default();
        let p = |t: &str| rules.phrases().find_in_progress(t);
        assert_eq!(
            p("正在修订管理办法，目前已完成征求意见，待党组会议审议。").as_deref(),
            Some("正在")
        );
        assert_eq!(
            p("另1个问题目前正在协调推进中，已完成土地权属调查。").as_deref(),
            Some("正在")
        );
        // The whole work completed after it was under way: done.
        assert_eq!(p("经过正在推进的专项治理，已完成整改。"), None);
    }

    #[test]
    fn the_key_of_a_list_of_problems_in_a_state_states_it() {
        let rules = StatusRules::default();
        let p = rules.phrases();
        assert_eq!(
            p.find_in_progress("正在推进的问题（2个）：第3、7项。")
                .as_deref(),
            Some("正在")
        );
        assert_eq!(
            p.find_in_progress("正在整改的问题：第3项。").as_deref(),
            Some("正在")
        );
        // Problems of that state named as a kind, not listed: no state.
        assert_eq!(p.find_in_progress("对正在推进的问题，将加快进度。"), None);
        assert_eq!(
            p.find_in_progress("正在推进的问题（共2个）较为复杂。"),
            None
        );
    }

    #[test]
    fn a_stage_done_is_under_way_unless_the_rest_is_made_routine() {
        let rules = StatusRules::default();
        let p = rules.phrases();
        assert_eq!(
            p.find_in_progress("已完成阶段性任务。").as_deref(),
            Some("完成阶段性")
        );
        assert_eq!(
            p.find_in_progress("已完成阶段性目标，已纳入长效机制。"),
            None
        );
        assert_eq!(
            p.find_in_progress("已完成阶段性整改，转入常态化管理。"),
            None
        );
    }

    #[test]
    fn a_later_clause_giving_the_share_completed_makes_the_work_partial() {
        let rules = StatusRules::default();
        let p = rules.phrases();
        assert_eq!(p.find_done("已完成审计12个村，完成总任务的75%。"), None);
        assert_eq!(p.find_done("已完成清查，整体进度达60%。"), None);
        assert!(p.find_done("已完成整改，完成率100%。").is_some());
        assert!(p.find_done("已完成整改，群众满意率95%。").is_some());
        assert!(p.find_done("已完成整改。完成率80%的是另一项。").is_some());
    }

    #[test]
    fn a_count_done_with_a_counted_rest_is_part_of_the_work() {
        let rules = StatusRules::default();
        let p = rules.phrases();
        assert_eq!(
            p.find_done("已完成12间门面的公开招租，剩余3间合同到期后公开招租。"),
            None
        );
        assert!(p
            .find_done("已完成12间门面的公开招租，剩余部分纳入常态管理。")
            .is_some());
        assert!(p.find_done("已完成整改，其余3项制度同步修订。").is_some());
        assert!(p.find_done("已完成12间。剩余3间另行处理。").is_some());
        assert_eq!(
            p.find_done("已收回资金12.20万元，上缴区财政；剩余3.40万元正协调追回。"),
            None
        );
    }

    #[test]
    fn behind_schedule_is_a_state_only_in_a_clause_of_its_own() {
        let rules = StatusRules::default();
        let p = rules.phrases();
        assert!(p.find_in_progress("目前仅完成2个，进度滞后。").is_some());
        assert!(p.find_in_progress("社区食堂建设。（进度滞后）").is_some());
        assert_eq!(p.find_in_progress("项目建设进度滞后，现已完工。"), None);
        assert_eq!(p.find_in_progress("针对进度滞后问题，已完成整改。"), None);
        // A plan's noun before a bracket reporting it done plans nothing.
        assert!(p.find_done("制定公益性公墓建设计划（已完成）。").is_some());
        assert!(p.find_done("计划于6月底前完成整改。").is_none());
    }

    #[test]
    fn work_done_with_its_check_to_come_is_done() {
        let rules = StatusRules::default();
        let p = rules.phrases();
        assert_eq!(p.find_in_progress("已整改待验收。"), None);
        assert_eq!(p.find_in_progress("已完成整改，待验收销号。"), None);
        assert_eq!(p.find_in_progress("已完成（待验收）"), None);
        assert_eq!(p.find_in_progress("分批次推进中层干部交流轮岗。"), None);
        assert!(p.find_in_progress("目前推进中。").is_some());
        assert_eq!(p.find_in_progress("已完成(待验收)"), None);
        assert!(p.find_in_progress("已完成3项（其余待验收）").is_some());
        assert!(p.find_in_progress("已完成3项，其余待验收。").is_some());
        assert!(p.find_in_progress("待验收。").is_some());
    }

    #[test]
    fn a_phrase_describing_a_kind_of_things_is_not_done() {
        let rules = StatusRules::default();
        let p = rules.phrases();
        assert_eq!(
            p.find_done("对已销号问题开展“回头看”，发现反弹的重新纳入整改。"),
            None
        );
        assert_eq!(p.find_done("部分已完成的民生实事项目后续管护缺位。"), None);
        assert!(p.find_done("该问题已销号。").is_some());
        assert!(p.find_done("已完成整改，问题已销号。").is_some());
    }

    #[test]
    fn work_set_out_is_not_done() {
        let rules = StatusRules::default();
        let p = rules.phrases();
        assert_eq!(
            p.find_done("2个问题正在整改中，均已明确整改时限和责任人。"),
            None
        );
        assert_eq!(
            p.find_in_progress("2个问题正在整改中，均已明确整改时限和责任人。")
                .as_deref(),
            Some("正在")
        );
        assert!(p.find_done("均已整改到位，已纳入长效机制。").is_some());
    }

    #[test]
    fn a_completion_negated_across_an_adverb_is_none() {
        let rules = StatusRules::default();
        let p = rules.phrases();
        assert_eq!(
            p.find_in_progress("案件正在调查处理中，相关整改尚未全部完成。")
                .as_deref(),
            Some("正在")
        );
        assert_eq!(p.find_done("相关整改尚未全部完成。"), None);
        assert!(p.find_done("相关整改已全部完成。").is_some());
    }

    #[test]
    fn a_partial_result_with_a_remainder_does_not_cancel_work_under_way() {
        let rules = StatusRules::default();
        let p = rules.phrases();
        let found = |t: &str| p.find_in_progress(t);
        assert_eq!(
            found("目前正在整改，已完成编制42个，剩余18个计划年底前完成。").as_deref(),
            Some("正在")
        );
        // Work under way on what is left: its `的` is the remainder's.
        assert_eq!(
            found("清理退出非主业企业6户。目前正在推进剩余2户的退出工作。").as_deref(),
            Some("正在")
        );
        // Under way, then done: the later completion decides.
        assert_eq!(found("正在整改，现已完成整改。"), None);
        assert_eq!(found("正在整改，已完成42个。"), None);
        // A state alone in its clause, then a part done and the rest planned,
        // or a part of a whole.
        assert_eq!(
            found("正在推进，已完成绩效评价，改革预计2027年6月完成。").as_deref(),
            Some("正在")
        );
        assert_eq!(
            found("正在推进，已完成5个支部中的3个。").as_deref(),
            Some("正在")
        );
        // A deadline's words running on into a completion.
        assert_eq!(found("以上2项均已当场或限期整改完成。"), None);
        assert_eq!(
            found("已下达通知书，限期整改。").as_deref(),
            Some("限期整改")
        );
    }
}
