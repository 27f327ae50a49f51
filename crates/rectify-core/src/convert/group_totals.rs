//! Totals a notice states only in the titles of its groups by state:
//! `一、已完成整改的问题（5个）` over five, `二、正在推进整改的问题（4个）`
//! over four, `三、需长期坚持整改的问题（2个）` over two, and no sentence
//! that counts them all. Each title counts its problems and says where
//! they stand, so together they state the totals: 11 problems, 5 done,
//! 4 in progress, 2 long-term (the titles, joined by `；`, as the text).
//! Read only when the titles count every problem of the notice, in two
//! groups at least, each its own problems exactly.

use super::state_groups::{counts_its_problems, items_below, state_of_group};
use super::tree::Tree;
use super::StatusRules;
use crate::model::{NodeKind, StatedTotals, Status};

/// The totals the state groups' titles state, if they count every
/// problem.
pub(crate) fn totals(tree: &Tree, rules: &StatusRules) -> Option<StatedTotals> {
    let mut groups = Vec::new();
    for &r in &tree.roots {
        find_groups(tree, r, rules, &mut groups);
    }
    let all: usize = tree.roots.iter().map(|&r| items_in(tree, r)).sum();
    let counted: usize = groups.iter().map(|g| g.count).sum();
    if groups.len() < 2 || counted != all {
        return None;
    }
    let mut t = StatedTotals {
        total: u32::try_from(counted).ok(),
        text: groups
            .iter()
            .map(|g| g.title.as_str())
            .collect::<Vec<_>>()
            .join("；"),
        source_line: groups.first().map(|g| g.line),
        unit: groups.first().and_then(|g| g.unit.clone()),
        ..StatedTotals::default()
    };
    for g in &groups {
        let slot = match g.status {
            Status::Done => &mut t.done,
            Status::InProgress => &mut t.in_progress,
            Status::LongTerm => &mut t.long_term,
            Status::NotStarted => &mut t.not_started,
        };
        *slot = Some(slot.unwrap_or(0) + u32::try_from(g.count).ok()?);
    }
    Some(t)
}

/// A group by state that counts its problems.
struct Group {
    status: Status,
    count: usize,
    title: String,
    line: u32,
    unit: Option<String>,
}

/// The outermost state groups that count their problems under node `i`.
fn find_groups(tree: &Tree, i: usize, rules: &StatusRules, out: &mut Vec<Group>) {
    let n = &tree.nodes[i];
    if !matches!(
        n.kind,
        NodeKind::Section | NodeKind::FocusArea | NodeKind::Category
    ) {
        return;
    }
    if let Some((status, _)) = state_of_group(&n.title, rules) {
        if counts_its_problems(tree, i) {
            out.push(Group {
                status,
                count: items_below(tree, i),
                title: format!("{}{}", n.label, n.title.trim()),
                line: n.line,
                unit: unit_of(&n.title),
            });
        }
        return;
    }
    for &c in &n.children {
        find_groups(tree, c, rules, out);
    }
}

/// The problems and long-term items at or under node `i`.
fn items_in(tree: &Tree, i: usize) -> usize {
    match tree.nodes[i].kind {
        NodeKind::Problem | NodeKind::LongTerm => 1,
        _ => items_below(tree, i),
    }
}

/// The counting unit of a title's note (`（5个）` → `个`).
fn unit_of(title: &str) -> Option<String> {
    let note = super::shape::trailing_note(title.trim())?;
    note.chars()
        .find(|c| ['个', '项', '条', '件'].contains(c))
        .map(String::from)
}
