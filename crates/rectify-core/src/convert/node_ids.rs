//! Node ids, built from kind prefixes and printed numbers:
//! `s2-a1-c1-p16-m2`, `s1-i1`, `s3-l1-m1`; a clash gets `-2`, `-3`… and a
//! warning, and so does a gap in a list's numbering.

use std::collections::HashMap;

use super::tree::Tree;
use super::Warning;
use crate::model::NodeKind;
use crate::text::ids::IdSet;

fn prefix(kind: NodeKind) -> &'static str {
    match kind {
        NodeKind::Section => "s",
        NodeKind::FocusArea => "a",
        NodeKind::Category => "c",
        NodeKind::Problem => "p",
        NodeKind::Measure => "m",
        NodeKind::LongTerm => "l",
        NodeKind::Item => "i",
        NodeKind::Preamble => "preamble",
        NodeKind::Closing => "closing",
    }
}

fn assign_ids_in(
    tree: &mut Tree,
    siblings: &[usize],
    parent_id: &str,
    used: &mut IdSet,
    warnings: &mut Vec<Warning>,
) {
    let mut prev: Option<usize> = None;
    let mut seen: HashMap<NodeKind, u32> = HashMap::new();
    for &i in siblings {
        let kind = tree.nodes[i].kind;
        let same = seen.entry(kind).or_insert(0);
        *same += 1;
        let number = match tree.nodes[i].number {
            0 => *same,
            n => n,
        };
        let base = if parent_id.is_empty() {
            format!("{}{}", prefix(kind), number)
        } else {
            format!("{}-{}{}", parent_id, prefix(kind), number)
        };
        let (id, clash) = used.unique(base);
        let node = &tree.nodes[i];
        if clash {
            warnings.push(Warning {
                line: node.line,
                column: 1,
                message: format!("编号重复：{}{}", node.label, short(&node.title)),
            });
        }
        if let Some(p) = prev {
            let pn = &tree.nodes[p];
            if pn.style == node.style
                && pn.number > 0
                && node.number > 0
                && node.number != pn.number.saturating_add(1)
            {
                warnings.push(Warning {
                    line: node.line,
                    column: 1,
                    message: format!("编号不连续：{}之后是{}", pn.label, node.label),
                });
            }
        }
        prev = Some(i);
        tree.nodes[i].id = id.clone();
        let children = tree.nodes[i].children.clone();
        assign_ids_in(tree, &children, &id, used, warnings);
    }
}

fn short(s: &str) -> String {
    s.chars().take(12).collect()
}

/// Assigns unique ids (`preamble` and `closing` are reserved).
pub(crate) fn assign_ids(tree: &mut Tree, warnings: &mut Vec<Warning>) {
    let mut used = IdSet::new();
    let roots = tree.roots.clone();
    assign_ids_in(tree, &roots, "", &mut used, warnings);
}
