//! Status rules. Statuses go to measures, problems and long-term items; the
//! app aggregates the other kinds.
//!
//! - `long_term_section`: long-term items and their measures are
//!   [`Status::LongTerm`] (inferred; the phrase is the section keyword).
//! - `in_progress_phrase`: a measure whose text contains an in-progress
//!   phrase (`下一步`, `正在`, …) is in progress (stated). In-progress phrases
//!   are searched in the body only — the title (`逐步规范…`) is the plan, not
//!   a report — unless the node has no body (a bracketed note that only
//!   states owners or a deadline does not count as body). An occurrence does not count
//!   when it describes the problem or a condition rather than the state of
//!   the work: its clause starts with 针对/对于/如/若/凡, the rest of its
//!   clause mentions 问题 without 解决/整改/处理/化解 (`评审标准尚未统一等问题`
//!   describes the problem; `逐步解决…问题` still counts), or the rest of its
//!   sentence reports completion (`仍有少部分…,均及时整改完毕`).
//! - `done_phrase`: otherwise a done phrase (`已完成`, `均已`, …, not after
//!   未/不/没/待) in title or body makes it done (stated).
//! - `measure_reported_as_taken`: otherwise a measure is done (inferred): a
//!   measure in a progress notice describes action taken.
//! - Problems: `measure_in_progress` if a measure is in progress (the phrase
//!   is the measure's); else the problem's own body is checked like a
//!   measure; else `all_measures_done` (inferred), or for a problem without
//!   measures `problem_reported_as_taken`.
//!
//! In-progress wins over done within one node.

use super::text::{is_clause_end, is_sentence_end, norm_chars, starts_at};
use super::tree::Tree;
use super::StatusRules;
use crate::model::{NodeKind, Status, StatusBasis, StatusEvidence};

/// A decided status with its evidence.
#[derive(Debug, Clone)]
pub(crate) struct Decision {
    pub status: Status,
    pub evidence: StatusEvidence,
}

fn decision(status: Status, basis: StatusBasis, rule: &str, phrase: Option<String>) -> Decision {
    Decision {
        status,
        evidence: StatusEvidence {
            basis,
            rule: rule.to_string(),
            phrase,
        },
    }
}

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
    fn new(t: &[char], rules: &StatusRules) -> Index {
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
            let here = rules
                .done
                .iter()
                .filter(|p| !p.is_empty() && starts_at(t, i, p))
                .map(|p| p.chars().count())
                .min();
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
        }
    }
}

fn counts_as_in_progress(t: &[char], ix: &Index, at: usize, len: usize) -> bool {
    let cs = ix.clause_start[at];
    let clause_start: String = t[cs..at].iter().take(2).collect();
    if ["针对", "对于"].iter().any(|p| clause_start.starts_with(p))
        || ["如", "若", "凡"]
            .iter()
            .any(|p| clause_start.starts_with(p))
    {
        return false;
    }
    let after = (at + len).min(t.len());
    let ce = ix.clause_end[after];
    if ix.next_wenti[after] < ce && ix.next_solve[after] >= ce {
        return false;
    }
    let se = ix.sentence_end[after];
    let (d, dlen) = ix.next_done[after];
    !(d < se && d + dlen <= se)
}

/// The first in-progress phrase (by position) that counts.
pub(crate) fn find_in_progress(text: &str, rules: &StatusRules) -> Option<String> {
    let t = norm_chars(text);
    let firsts: Vec<char> = rules
        .in_progress
        .iter()
        .filter_map(|p| p.chars().next())
        .collect();
    let mut index: Option<Index> = None;
    for i in 0..t.len() {
        if !firsts.contains(&t[i]) {
            continue;
        }
        for p in &rules.in_progress {
            if !p.is_empty() && starts_at(&t, i, p) {
                let len = p.chars().count();
                let ix = index.get_or_insert_with(|| Index::new(&t, rules));
                if counts_as_in_progress(&t, ix, i, len) {
                    return Some(p.clone());
                }
            }
        }
    }
    None
}

/// The first done phrase (by position) not negated by 未/不/没/待 before it.
pub(crate) fn find_done(text: &str, rules: &StatusRules) -> Option<String> {
    let t = norm_chars(text);
    let firsts: Vec<char> = rules.done.iter().filter_map(|p| p.chars().next()).collect();
    for i in 0..t.len() {
        if !firsts.contains(&t[i]) {
            continue;
        }
        if i > 0 && matches!(t[i - 1], '未' | '不' | '没' | '待') {
            continue;
        }
        for p in &rules.done {
            if !p.is_empty() && starts_at(&t, i, p) {
                return Some(p.clone());
            }
        }
    }
    None
}

/// The phrase rules on a node's own text.
fn by_phrases(title: &str, body: &str, rules: &StatusRules) -> Option<Decision> {
    let body = super::owners::strip_notes(body);
    let ip_text = if body.trim().is_empty() { title } else { &body };
    if let Some(p) = find_in_progress(ip_text, rules) {
        return Some(decision(
            Status::InProgress,
            StatusBasis::Stated,
            "in_progress_phrase",
            Some(p),
        ));
    }
    let all = format!("{title}\n{body}");
    find_done(&all, rules)
        .map(|p| decision(Status::Done, StatusBasis::Stated, "done_phrase", Some(p)))
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
        NodeKind::Measure => Some(by_phrases(&n.title, &n.body, rules).unwrap_or_else(|| {
            decision(
                Status::Done,
                StatusBasis::Inferred,
                "measure_reported_as_taken",
                None,
            )
        })),
        NodeKind::Problem => {
            let measures: Vec<usize> = n
                .children
                .iter()
                .copied()
                .filter(|&c| tree.nodes[c].kind == NodeKind::Measure)
                .collect();
            let in_progress = measures.iter().find_map(|&c| {
                out[c]
                    .as_ref()
                    .filter(|d| d.status == Status::InProgress)
                    .map(|d| d.evidence.phrase.clone())
            });
            if let Some(phrase) = in_progress {
                Some(decision(
                    Status::InProgress,
                    StatusBasis::Inferred,
                    "measure_in_progress",
                    phrase,
                ))
            } else if let Some(p) = (!n.body.trim().is_empty())
                .then(|| find_in_progress(&n.body, rules))
                .flatten()
            {
                Some(decision(
                    Status::InProgress,
                    StatusBasis::Stated,
                    "in_progress_phrase",
                    Some(p),
                ))
            } else if !measures.is_empty() {
                Some(decision(
                    Status::Done,
                    StatusBasis::Inferred,
                    "all_measures_done",
                    None,
                ))
            } else {
                Some(by_phrases(&n.title, &n.body, rules).unwrap_or_else(|| {
                    decision(
                        Status::Done,
                        StatusBasis::Inferred,
                        "problem_reported_as_taken",
                        None,
                    )
                }))
            }
        }
        _ => None,
    };
}

/// Decides the status of every node (None for kinds that get none).
pub(crate) fn decide_all(tree: &Tree, rules: &StatusRules) -> Vec<Option<Decision>> {
    let mut out = vec![None; tree.nodes.len()];
    for &r in &tree.roots {
        decide(tree, r, rules, &mut out);
    }
    out
}
