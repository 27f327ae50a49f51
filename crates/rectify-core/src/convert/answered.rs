//! A section that lists findings with no word of their state, answered
//! one by one in a later section (`一、“回头看”发现的问题` › `1.部分反馈问题
//! 整改不彻底。…` and then `二、整改进展` › `（一）关于部分反馈问题整改不
//! 彻底的问题。已逐一督办，目前已整改到位。`): the later heading is the
//! problem, with its report; the finding listed first is the same problem,
//! not one more. It stays in the report as the notice's text (an item), so
//! nothing is counted twice and nothing is lost. A finding no later
//! heading names stays a problem.

use super::report_text;
use super::restated::{compared, heading_pairs, names_again};
use super::tree::Tree;
use crate::model::NodeKind;
use crate::text::results;

/// The most findings a section answered later may list, and the most
/// headings of a later section matched against them: a constant bound on
/// the pairs compared, whatever the notice. A longer list stays as it is.
const MAX_ANSWERED: usize = 64;
/// The most top sections after the findings looked at for the headings
/// that answer them, and the most nodes looked at under each.
const MAX_LATER_SECTIONS: usize = 4;
const MAX_LOOKED_AT: usize = 512;

/// Each finding of a top section whose problems are all findings with no
/// report, named again by a problem of a later top section, is that
/// problem: it becomes the notice's text (an item). A finding no later
/// heading names stays a problem. A group of findings (`（一）预算编制
/// 方面` › `1.…`) all named again is the notice's text too.
pub(super) fn demote_answered_findings(tree: &mut Tree, roots: &[usize]) {
    for (k, &r) in roots.iter().enumerate() {
        let Some(findings) = bare_findings(tree, r) else {
            continue;
        };
        let headings: Vec<Vec<[char; 2]>> = roots[k + 1..]
            .iter()
            .take(MAX_LATER_SECTIONS)
            .flat_map(|&later| problem_headings(tree, later))
            .take(MAX_ANSWERED)
            .collect();
        for (c, f) in findings {
            if headings.iter().any(|h| names_again(h, &f)) {
                tree.nodes[c].kind = NodeKind::Item;
            }
        }
        for g in tree.nodes[r].children.clone() {
            if is_group(&tree.nodes[g].kind) && !holds_problems(tree, g) {
                super::roles::set_subtree(tree, g, NodeKind::Item);
            }
        }
    }
}

fn is_group(kind: &NodeKind) -> bool {
    matches!(kind, NodeKind::FocusArea | NodeKind::Category)
}

fn holds_problems(tree: &Tree, g: usize) -> bool {
    tree.nodes[g]
        .children
        .iter()
        .any(|&c| tree.nodes[c].kind == NodeKind::Problem || holds_problems(tree, c))
}

/// The problems of a section, its children or its groups' (`（一）…方面`
/// › `1.…`, two levels at most), with the titles (as compared) they would
/// be named again by, when they are leaves and none reports: no report
/// key, no result (`已…`), no report placed after it.
fn bare_findings(tree: &Tree, r: usize) -> Option<Vec<(usize, Vec<char>)>> {
    let n = &tree.nodes[r];
    if n.kind == NodeKind::Problem || n.children.is_empty() {
        return None;
    }
    let mut listed = Vec::new();
    for &c in &n.children {
        let m = &tree.nodes[c];
        if is_group(&m.kind) && !m.children.is_empty() {
            listed.extend(m.children.iter().copied());
        } else {
            listed.push(c);
        }
        if listed.len() > MAX_ANSWERED {
            return None;
        }
    }
    listed
        .into_iter()
        .map(|c| {
            let m = &tree.nodes[c];
            let text = format!("{}\n{}", m.title, m.body);
            let bare = m.kind == NodeKind::Problem
                && m.children.is_empty()
                && !m.reported
                && m.spoken_for.is_none()
                && report_text::report_on_state(&text).is_none()
                && results::result_in(&text).is_none();
            bare.then(|| (c, compared(&m.title)))
        })
        .collect()
}

/// The headings of the problems under a later section, at any depth (its
/// own `（一）…`, or `（一）…方面` › `1.关于…的问题`), as [`names_again`]
/// takes them; at most [`MAX_LOOKED_AT`] nodes looked at.
fn problem_headings(tree: &Tree, later: usize) -> Vec<Vec<[char; 2]>> {
    let mut out = Vec::new();
    let mut stack = vec![later];
    let mut looked = 0;
    while let Some(i) = stack.pop() {
        looked += 1;
        if looked > MAX_LOOKED_AT || out.len() == MAX_ANSWERED {
            break;
        }
        let n = &tree.nodes[i];
        if n.kind == NodeKind::Problem && i != later {
            out.push(heading_pairs(&n.title));
        } else {
            stack.extend(n.children.iter().rev());
        }
    }
    out
}
