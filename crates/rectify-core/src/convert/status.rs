//! Status rules. Statuses go to measures, problems and long-term items; the
//! app aggregates the other kinds.
//!
//! - `long_term_section`: long-term items and their measures are
//!   [`Status::LongTerm`] (inferred; the phrase is the section keyword).
//! - `in_progress_phrase`: a measure whose text contains an in-progress
//!   phrase (`下一步`, `正在`, …) is in progress (stated). In-progress phrases
//!   are searched in the body only — the title (`逐步规范…`) is the plan, not
//!   a report — unless the node has no body (a bracketed note that only
//!   states owners or a deadline does not count as body). Which occurrences
//!   count is decided in [`crate::text::phrases`]: not those that describe
//!   the problem or a condition rather than the state of the work.
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

/// The phrase rules on a node's own text.
fn by_phrases(title: &str, body: &str, rules: &StatusRules) -> Option<Decision> {
    let body = crate::text::owners::strip_notes(body);
    let ip_text = if body.trim().is_empty() { title } else { &body };
    if let Some(p) = rules.phrases().find_in_progress(ip_text) {
        return Some(decision(
            Status::InProgress,
            StatusBasis::Stated,
            "in_progress_phrase",
            Some(p),
        ));
    }
    let all = format!("{title}\n{body}");
    rules
        .phrases()
        .find_done(&all)
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
                .then(|| rules.phrases().find_in_progress(&n.body))
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
