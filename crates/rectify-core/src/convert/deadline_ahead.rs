//! A problem that reports nothing of its state (its status was inferred
//! from its measures or its own text, `all_measures_done` or
//! `problem_reported_as_taken`, and no text of it reports a result), and
//! whose deadline falls after the date the notice reports as of
//! (`整改时限：2026年12月底` in a notice of September 2026), is work under
//! way: in progress (inferred, rule `deadline_ahead`, the deadline as the
//! phrase). A notice without a date decides nothing. Where the notice
//! states its totals, no more problems are moved than it leaves room for:
//! while it counts fewer done, or more in progress, than are read.

use crate::calendar::day_number;
use crate::model::{Meta, Node, NodeKind, StatedTotals, Status, StatusBasis, StatusEvidence};
use crate::text::results::result_in;

/// Rules of a status inferred without any word of the problem's state.
const SILENT_RULES: &[&str] = &["all_measures_done", "problem_reported_as_taken"];

/// The day the notice reports its states on: as of, else written, else
/// published.
fn reported_on(meta: &Meta) -> Option<i64> {
    [&meta.as_of, &meta.written_date, &meta.published]
        .into_iter()
        .flatten()
        .find_map(|d| day_number(d))
}

/// The node's status was inferred without any word of its state.
pub(crate) fn inferred_silently(n: &Node) -> bool {
    n.status_evidence.as_ref().is_some_and(|e| {
        e.basis == StatusBasis::Inferred && SILENT_RULES.contains(&e.rule.as_str())
    })
}

fn silent_done(n: &Node) -> bool {
    n.status == Some(Status::Done) && inferred_silently(n)
}

/// A text that reports work done: `已…`, or a clause opening `完成…`
/// (`1.完成全镇12个村集体资产清查`).
fn reports_result(text: &str) -> bool {
    result_in(text).is_some()
        || text.split(['。', '；', '，', '\n']).any(|c| {
            crate::text::trim(c)
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .starts_with("完成")
        })
}

/// Neither the problem nor any of its measures reports a result or states
/// its own state.
fn silent(n: &Node) -> bool {
    !reports_result(&n.title)
        && !reports_result(&n.body)
        && n.children.iter().all(|m| {
            let stated = m
                .status_evidence
                .as_ref()
                .is_some_and(|e| e.basis == StatusBasis::Stated);
            !stated && !reports_result(&m.title) && !reports_result(&m.body)
        })
}

/// The problems (paths of child indices) silent on their state whose
/// deadline is after `today`, in printed order.
fn find(nodes: &[Node], today: i64, path: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
    for (i, n) in nodes.iter().enumerate() {
        path.push(i);
        let due = n.deadline.as_deref().and_then(day_number);
        if n.kind == NodeKind::Problem
            && silent_done(n)
            && silent(n)
            && due.is_some_and(|d| d > today)
        {
            out.push(path.clone());
        }
        find(&n.children, today, path, out);
        path.pop();
    }
}

fn node_at<'a>(nodes: &'a mut [Node], path: &[usize]) -> &'a mut Node {
    let (first, rest) = path.split_first().expect("a path has a first index");
    rest.iter()
        .fold(&mut nodes[*first], |n, &i| &mut n.children[i])
}

/// How many problems under `nodes` have the status `s`.
pub(crate) fn problems_with(nodes: &[Node], s: Status) -> usize {
    let mut k = 0;
    let mut stack: Vec<&Node> = nodes.iter().collect();
    while let Some(n) = stack.pop() {
        k += usize::from(n.kind == NodeKind::Problem && n.status == Some(s));
        stack.extend(n.children.iter());
    }
    k
}

/// How many problems the stated totals leave room to move from done to in
/// progress (unbounded without stated parts).
fn room(nodes: &[Node], stated: Option<&StatedTotals>) -> usize {
    let count = |s: Status| problems_with(nodes, s);
    let Some(t) = stated else { return usize::MAX };
    let as_usize = |v: u32| usize::try_from(v).unwrap_or(usize::MAX);
    let by_done = t
        .done
        .map(|d| count(Status::Done).saturating_sub(as_usize(d)));
    let by_open = t
        .in_progress
        .map(|p| as_usize(p).saturating_sub(count(Status::InProgress)));
    match (by_done, by_open) {
        (Some(a), Some(b)) => a.min(b),
        (Some(a), None) | (None, Some(a)) => a,
        (None, None) => usize::MAX,
    }
}

/// Marks the problems silent on their state whose deadline is still ahead.
pub(crate) fn apply(nodes: &mut [Node], meta: &Meta, stated: Option<&StatedTotals>) {
    let Some(today) = reported_on(meta) else {
        return;
    };
    let mut found = Vec::new();
    find(nodes, today, &mut Vec::new(), &mut found);
    let room = room(nodes, stated);
    for path in found.into_iter().take(room) {
        let n = node_at(nodes, &path);
        n.status = Some(Status::InProgress);
        n.status_evidence = Some(StatusEvidence {
            basis: StatusBasis::Inferred,
            rule: "deadline_ahead".to_string(),
            phrase: n.deadline.clone(),
        });
    }
}
