//! The numbering levels of the part of a notice that holds the problems
//! (`一、 → （一） → 1. → (1) → 一是`), with the kind the converter gave
//! each, and an editor's choice of kind per level applied to the tree.
//!
//! The scope is the top-level parts that hold focus areas, categories or
//! problems; when the converter found none, every top-level part whose
//! title does not name another role (`下一步…`, `需长期整改…`). A level is a
//! numbering style: a style reused at several depths is one level, listed at
//! the shallowest. A chosen kind applies to every node of that style in the
//! scope; below a problem, nodes that are not measures become measures
//! (children) or items (deeper), so a problem never holds problems.

use serde::{Deserialize, Serialize};

use super::roles::{section_role, Role};
use super::tree::Tree;
use super::StatusRules;

/// A plain heading's example: its first characters.
const PLAIN_EXAMPLE_CHARS: usize = 6;
use crate::model::NodeKind;
use crate::text::label::LabelStyle;

/// A numbering style, as review choices name it.
pub use crate::text::label::LabelStyle as Numbering;

/// A detected level: its style, the first label printed in it, the
/// shallowest depth it is used at (0: top level), how many nodes use it and
/// the kind the converter gave most of them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Level {
    pub numbering: Numbering,
    pub example: String,
    pub depth: u32,
    pub count: u32,
    pub kind: NodeKind,
}

/// An editor's choice: nodes of this numbering are of this kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelKind {
    pub numbering: Numbering,
    pub kind: NodeKind,
}

fn subtree_has(tree: &Tree, i: usize, kinds: &[NodeKind]) -> bool {
    let n = &tree.nodes[i];
    kinds.contains(&n.kind) || n.children.iter().any(|&c| subtree_has(tree, c, kinds))
}

/// The top-level nodes whose subtrees the levels describe.
fn scope(tree: &Tree, rules: &StatusRules) -> Vec<usize> {
    let problem_kinds = [NodeKind::FocusArea, NodeKind::Category, NodeKind::Problem];
    let with_problems: Vec<usize> = tree
        .roots
        .iter()
        .copied()
        .filter(|&r| subtree_has(tree, r, &problem_kinds))
        .collect();
    if !with_problems.is_empty() {
        return with_problems;
    }
    tree.roots
        .iter()
        .copied()
        .filter(|&r| {
            !matches!(
                tree.nodes[r].style,
                Some(LabelStyle::ChineseDun | LabelStyle::Part)
            ) || matches!(
                section_role(&tree.nodes[r].title, rules),
                Role::Problems | Role::Unknown
            )
        })
        .collect()
}

fn walk(tree: &Tree, i: usize, depth: u32, visit: &mut impl FnMut(usize, u32)) {
    visit(i, depth);
    for &c in &tree.nodes[i].children {
        walk(tree, c, depth + 1, visit);
    }
}

/// The levels of the scope, shallowest first (then in printed order).
pub(crate) fn detect(tree: &Tree, rules: &StatusRules) -> Vec<Level> {
    // Per numbering: the level and its kinds with counts.
    let mut found: Vec<(Level, Vec<(NodeKind, u32)>)> = Vec::new();
    for r in scope(tree, rules) {
        walk(tree, r, 0, &mut |i, depth| {
            let n = &tree.nodes[i];
            let Some(numbering) = n.style else { return };
            let pos = match found.iter().position(|(l, _)| l.numbering == numbering) {
                Some(p) => p,
                None => {
                    let example = match numbering {
                        LabelStyle::About => "关于…".to_string(),
                        LabelStyle::Plain => {
                            let head: String = n.title.chars().take(PLAIN_EXAMPLE_CHARS).collect();
                            format!("{head}…")
                        }
                        _ => n.label.trim().to_string(),
                    };
                    let level = Level {
                        numbering,
                        example,
                        depth,
                        count: 0,
                        kind: n.kind,
                    };
                    found.push((level, Vec::new()));
                    found.len() - 1
                }
            };
            let (level, kinds) = &mut found[pos];
            level.depth = level.depth.min(depth);
            level.count += 1;
            match kinds.iter_mut().find(|(k, _)| *k == n.kind) {
                Some((_, c)) => *c += 1,
                None => kinds.push((n.kind, 1)),
            }
        });
    }
    let mut levels: Vec<Level> = found
        .into_iter()
        .map(|(mut level, kinds)| {
            if let Some(&(k, _)) = kinds.iter().max_by_key(|(_, c)| *c) {
                level.kind = k;
            }
            level
        })
        .collect();
    levels.sort_by_key(|l| l.depth);
    levels
}

/// Applies the editor's kinds to the nodes of the scope.
pub(crate) fn apply(tree: &mut Tree, rules: &StatusRules, choices: &[LevelKind]) {
    if choices.is_empty() {
        return;
    }
    for r in scope(tree, rules) {
        set_kinds(tree, r, choices, false);
    }
}

fn set_kinds(tree: &mut Tree, i: usize, choices: &[LevelKind], under_problem: bool) {
    let chosen = tree.nodes[i]
        .style
        .and_then(|n| choices.iter().find(|c| c.numbering == n))
        .map(|c| c.kind);
    if let Some(kind) = chosen {
        tree.nodes[i].kind = kind;
    }
    if under_problem
        && matches!(
            tree.nodes[i].kind,
            NodeKind::Problem | NodeKind::FocusArea | NodeKind::Category | NodeKind::Section
        )
    {
        tree.nodes[i].kind = NodeKind::Measure;
    }
    let kind = tree.nodes[i].kind;
    if kind != NodeKind::LongTerm && tree.nodes[i].long_term.is_some() && chosen.is_some() {
        tree.nodes[i].long_term = None;
    }
    let below = under_problem || matches!(kind, NodeKind::Problem | NodeKind::LongTerm);
    for c in tree.nodes[i].children.clone() {
        if below && matches!(kind, NodeKind::Measure | NodeKind::Item) {
            // Deeper than a measure: plain items.
            set_subtree_item(tree, c);
        } else {
            set_kinds(tree, c, choices, below);
        }
    }
}

fn set_subtree_item(tree: &mut Tree, i: usize) {
    tree.nodes[i].kind = NodeKind::Item;
    for c in tree.nodes[i].children.clone() {
        set_subtree_item(tree, c);
    }
}

/// `一、 → （一） → 1. → (1) → 一是`: the levels as printed.
pub fn describe(levels: &[Level]) -> String {
    levels
        .iter()
        .map(|l| l.example.as_str())
        .collect::<Vec<_>>()
        .join(" → ")
}
