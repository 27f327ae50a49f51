//! A problem in progress only by a word of near completion (`基本完成整改`,
//! `基本整改到位`: the phrase its status was read from opens with `基本`)
//! is done when the notice's own totals say so: they count exactly as many
//! more done, and as many fewer in progress, as there are such problems.
//! The notice counted them done (stated, rule `near_done_counted_done`,
//! the phrase kept). Without stated parts to check against, nothing moves:
//! a ledger's `基本完成` is work not yet complete.

use crate::model::{Node, NodeKind, StatedTotals, Status, StatusBasis, StatusEvidence};

/// The rule recorded for a problem so moved.
const RULE: &str = "near_done_counted_done";

fn near_done(n: &Node) -> bool {
    n.kind == NodeKind::Problem
        && n.status == Some(Status::InProgress)
        && n.status_evidence
            .as_ref()
            .is_some_and(|e| e.phrase.as_deref().is_some_and(|p| p.starts_with("基本")))
}

fn count_near_done(nodes: &[Node]) -> usize {
    nodes
        .iter()
        .map(|n| usize::from(near_done(n)) + count_near_done(&n.children))
        .sum()
}

fn mark_done(nodes: &mut [Node]) {
    for n in nodes {
        if near_done(n) {
            let phrase = n.status_evidence.as_ref().and_then(|e| e.phrase.clone());
            let evidence = StatusEvidence {
                basis: StatusBasis::Stated,
                rule: RULE.to_string(),
                phrase,
            };
            // Its measures in progress by the same word, or as its row's.
            for m in n
                .children
                .iter_mut()
                .filter(|m| m.status == Some(Status::InProgress))
            {
                m.status = Some(Status::Done);
                m.status_evidence = Some(evidence.clone());
            }
            n.status = Some(Status::Done);
            n.status_evidence = Some(evidence);
        } else {
            mark_done(&mut n.children);
        }
    }
}

/// Moves the problems near done to done where the stated totals count
/// them so.
pub(crate) fn apply(nodes: &mut [Node], stated: Option<&StatedTotals>) {
    let Some(t) = stated else { return };
    let (Some(done), Some(open)) = (t.done, t.in_progress) else {
        return;
    };
    let read = |s| super::deadline_ahead::problems_with(nodes, s);
    let (read_done, read_open) = (read(Status::Done), read(Status::InProgress));
    let near = count_near_done(nodes);
    let (done, open) = (done as usize, open as usize);
    if near > 0 && done == read_done + near && open + near == read_open {
        mark_done(nodes);
    }
}
