//! States the notice's own totals settle, where a problem's words leave
//! two readings and the totals count exactly the problems so worded on
//! one side.
//!
//! A problem in progress only by a word of near completion (`基本完成整改`,
//! `基本整改到位`: the phrase its status was read from opens with `基本`)
//! is done when the notice's own totals say so: they count exactly as many
//! more done, and as many fewer in progress, as there are such problems.
//! The notice counted them done (stated, rule `near_done_counted_done`,
//! the phrase kept). Without stated parts to check against, nothing moves:
//! a ledger's `基本完成` is work not yet complete.
//!
//! A problem in progress whose report ends saying the work is of the long
//! term (`县民政局正在研究制定…，属持续性工作，需长期坚持`, a cell `持续推进，
//! 需长期坚持`) or on a clause that it goes on (`（持续推进）`), or whose
//! state was read from such words (`整改进展：持续推进。已完成…`), is long-term when the totals count exactly as many more
//! long-term, and as many fewer in progress, as there are such problems
//! (stated, rule `long_term_counted`).
//!
//! A problem done whose report ends saying the work goes on (`整改进展：
//! 已建立长效机制，持续推进。`, `…已全部建立联系点，将持续跟踪`; with no
//! text of its own, its last measure's: `一是…；三是…。上述措施已形成制度性
//! 安排，建立长效机制并长期坚持。`) is
//! long-term when the totals count exactly as many more long-term, and as
//! many fewer done, as there are such problems (stated, rule
//! `goes_on_counted_long_term`): readers differ on such words, the
//! notice's own count does not.
//!
//! A problem read as long-term (`此项工作需长期坚持`) is done when the
//! totals count no long-term problems and exactly as many more done as
//! there are such problems, the ones in progress as read: the notice
//! counted the work that goes on as done (stated, rule
//! `long_term_counted_done`; its measures keep their states).

use crate::model::{Node, NodeKind, StatedTotals, Status, StatusBasis, StatusEvidence};

/// The rules recorded for a problem so moved.
const RULE: &str = "near_done_counted_done";
const LONG_TERM_RULE: &str = "long_term_counted";
const COUNTED_DONE_RULE: &str = "long_term_counted_done";
const GOES_ON_RULE: &str = "goes_on_counted_long_term";

fn near_done(n: &Node) -> bool {
    n.kind == NodeKind::Problem
        && n.status == Some(Status::InProgress)
        && n.status_evidence
            .as_ref()
            .is_some_and(|e| e.phrase.as_deref().is_some_and(|p| p.starts_with("基本")))
}

/// The last sentence of a node's text: its body's, else its last
/// child's (`（一）关于“…”的问题` › `一是…；三是…。上述措施…长期坚持。`: the
/// measures run on in one paragraph end its text), else its title's.
fn last_sentence(n: &Node) -> &str {
    let own = |n: &'_ Node| !n.body.trim().is_empty();
    let text = match n.children.last() {
        _ if own(n) => &n.body,
        Some(c) if own(c) => &c.body,
        Some(c) => &c.title,
        None => &n.title,
    };
    text.trim_end()
        .trim_end_matches(['。', '）', ')'])
        .rsplit(['。', '（', '(', '\n'])
        .next()
        .unwrap_or("")
}

/// The last clause of a sentence, after its key if any (`【整改状态】持续
/// 推进`, `完成情况：持续推进`).
fn last_clause(sentence: &str) -> &str {
    sentence
        .rsplit(['，', ',', '；', ';', '】', '：', ':'])
        .next()
        .unwrap_or("")
}

/// In progress, and the last sentence of its text says the work is of
/// the long term, or its last clause that it goes on (`（持续推进）`,
/// `…，持续深化`).
fn ends_long_term(n: &Node) -> bool {
    let last = last_sentence(n);
    n.kind == NodeKind::Problem
        && n.status == Some(Status::InProgress)
        && (super::report_text::long_term_clause(last).is_some()
            || last_clause(last).trim().starts_with("持续")
            || read_from_going_on(n))
}

/// Its state was read from words that the work goes on (`整改进展：持续
/// 推进。已完成…`: the phrase `持续推进`).
fn read_from_going_on(n: &Node) -> bool {
    n.status_evidence
        .as_ref()
        .and_then(|e| e.phrase.as_deref())
        .is_some_and(|p| p.trim().starts_with("持续"))
}

/// Done, and the last clause of its text says the work is of the long
/// term or goes on (`持续推进`, `将持续跟踪`).
fn done_going_on(n: &Node) -> bool {
    let last = last_sentence(n);
    let clause = last_clause(last);
    n.kind == NodeKind::Problem
        && n.status == Some(Status::Done)
        && (super::report_text::long_term_clause(last).is_some()
            || crate::text::results::CONTINUING
                .iter()
                .any(|w| clause.contains(w)))
}

/// The evidence of a state the totals settle: stated, by `rule`, the
/// phrase it was read from kept.
fn restated(n: &Node, rule: &str) -> StatusEvidence {
    StatusEvidence {
        basis: StatusBasis::Stated,
        rule: rule.to_string(),
        phrase: n.status_evidence.as_ref().and_then(|e| e.phrase.clone()),
    }
}

fn long_term_problem(n: &Node) -> bool {
    n.kind == NodeKind::Problem && n.status == Some(Status::LongTerm)
}

fn count(nodes: &[Node], which: fn(&Node) -> bool) -> usize {
    nodes
        .iter()
        .map(|n| usize::from(which(n)) + count(&n.children, which))
        .sum()
}

fn mark(nodes: &mut [Node], which: fn(&Node) -> bool, (to, rule): (Status, &str)) {
    for n in nodes {
        if which(n) {
            let evidence = restated(n, rule);
            // Its measures in progress by the same word, or as its row's.
            for m in n
                .children
                .iter_mut()
                .filter(|m| m.status == Some(Status::InProgress))
            {
                m.status = Some(to);
                m.status_evidence = Some(evidence.clone());
            }
            n.status = Some(to);
            n.status_evidence = Some(evidence);
        } else {
            mark(&mut n.children, which, (to, rule));
        }
    }
}

/// A move: the stated counts of the state moved to and of the state
/// moved from, those states, which problems move, and the rule recorded.
type Move = (
    (Option<u32>, Option<u32>),
    (Status, Status),
    fn(&Node) -> bool,
    &'static str,
);

/// Moves the problems near done to done, those ending long-term to
/// long-term, and those done ending on work that goes on to long-term,
/// where the stated totals count them so.
pub(crate) fn apply(nodes: &mut [Node], stated: Option<&StatedTotals>) {
    let Some(t) = stated else { return };
    let read = |nodes: &[Node], s| super::deadline_ahead::problems_with(nodes, s);
    use Status::{Done, InProgress, LongTerm};
    let moves: [Move; 3] = [
        ((t.done, t.in_progress), (Done, InProgress), near_done, RULE),
        (
            (t.long_term, t.in_progress),
            (LongTerm, InProgress),
            ends_long_term,
            LONG_TERM_RULE,
        ),
        (
            (t.long_term, t.done),
            (LongTerm, Done),
            done_going_on,
            GOES_ON_RULE,
        ),
    ];
    for ((stated_to, stated_from), (to, from), which, rule) in moves {
        let (Some(stated_to), Some(stated_from)) = (stated_to, stated_from) else {
            continue;
        };
        let (read_to, read_from) = (read(nodes, to), read(nodes, from));
        let k = count(nodes, which);
        let (stated_to, stated_from) = (stated_to as usize, stated_from as usize);
        if k > 0 && stated_to == read_to + k && stated_from + k == read_from {
            mark(nodes, which, (to, rule));
        }
    }
    long_term_counted_done(nodes, t, t.in_progress.unwrap_or(0) as usize);
}

/// Long-term problems to done where the totals count them done.
fn long_term_counted_done(nodes: &mut [Node], t: &StatedTotals, open: usize) {
    let read = |nodes: &[Node], s| super::deadline_ahead::problems_with(nodes, s);
    let (Some(done), None | Some(0)) = (t.done, t.long_term) else {
        return;
    };
    let k = count(nodes, long_term_problem);
    let settles = k > 0
        && done as usize == read(nodes, Status::Done) + k
        && open == read(nodes, Status::InProgress);
    if settles {
        set_done(nodes);
    }
}

fn set_done(nodes: &mut [Node]) {
    for n in nodes {
        if long_term_problem(n) {
            n.status_evidence = Some(restated(n, COUNTED_DONE_RULE));
            n.status = Some(Status::Done);
        } else {
            set_done(&mut n.children);
        }
    }
}
