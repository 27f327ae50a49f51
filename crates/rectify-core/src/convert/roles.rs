//! Kinds and ids. The kind of a node depends on the role of its section:
//!
//! - a section whose title contains a long-term keyword (`需长期整改`) holds
//!   [`NodeKind::LongTerm`] items, and their children are measures;
//! - a section about feedback problems (title contains `问题`, `反馈` or
//!   `整改落实`) holds problems: a heading whose children are all
//!   measure-style (`一是`, `①`, `第一,`) or that has no children is a
//!   [`NodeKind::Problem`], the headings above it are a focus area (first
//!   level) and categories (further levels). A heading titled `关于…问题` is
//!   always a problem. Children of a problem are measures;
//! - any other section holds [`NodeKind::Item`]s.
//!
//! Without any `一、` level the whole text is one implicit problem section.
//!
//! Ids are built from kind prefixes and printed numbers: `s2-a1-c1-p16-m2`,
//! `s1-i1`, `s3-l1-m1`; a clash gets `-2`, `-3`… and a warning.

use std::collections::HashSet;

use super::label::{is_about_title, LabelStyle};
use super::tree::Tree;
use super::{StatusRules, Warning};
use crate::model::NodeKind;

#[derive(Debug, Clone)]
enum Role {
    Problems,
    LongTerm(String),
    Other,
}

fn section_role(title: &str, rules: &StatusRules) -> Role {
    if let Some(k) = rules
        .long_term_sections
        .iter()
        .find(|k| !k.is_empty() && title.contains(k.as_str()))
    {
        return Role::LongTerm(k.clone());
    }
    if rules
        .problem_sections
        .iter()
        .any(|k| !k.is_empty() && title.contains(k.as_str()))
    {
        return Role::Problems;
    }
    Role::Other
}

fn is_measure_style(tree: &Tree, i: usize) -> bool {
    tree.nodes[i].style.is_some_and(LabelStyle::is_measure)
}

fn set_subtree(tree: &mut Tree, i: usize, kind: NodeKind) {
    tree.nodes[i].kind = kind;
    for c in tree.nodes[i].children.clone() {
        set_subtree(tree, c, kind);
    }
}

fn make_problem(tree: &mut Tree, i: usize) {
    tree.nodes[i].kind = NodeKind::Problem;
    for c in tree.nodes[i].children.clone() {
        set_subtree(tree, c, NodeKind::Item);
        tree.nodes[c].kind = NodeKind::Measure;
    }
}

fn problem_level(tree: &mut Tree, i: usize, depth: usize) {
    if is_about_title(&tree.nodes[i].title) {
        return make_problem(tree, i);
    }
    if is_measure_style(tree, i) {
        return set_subtree(tree, i, NodeKind::Item);
    }
    let children = tree.nodes[i].children.clone();
    let has_headings = children.iter().any(|&c| !is_measure_style(tree, c));
    if !has_headings {
        return make_problem(tree, i);
    }
    tree.nodes[i].kind = if depth <= 1 {
        NodeKind::FocusArea
    } else {
        NodeKind::Category
    };
    for c in children {
        problem_level(tree, c, depth + 1);
    }
}

fn long_term_item(tree: &mut Tree, i: usize, keyword: &str) {
    set_subtree(tree, i, NodeKind::Item);
    tree.nodes[i].kind = NodeKind::LongTerm;
    tree.nodes[i].long_term = Some(keyword.to_string());
    for c in tree.nodes[i].children.clone() {
        tree.nodes[c].kind = NodeKind::Measure;
        tree.nodes[c].long_term = Some(keyword.to_string());
    }
}

/// Assigns kinds to every node.
pub(crate) fn assign_kinds(tree: &mut Tree, rules: &StatusRules) {
    for r in tree.roots.clone() {
        if tree.nodes[r].style != Some(LabelStyle::ChineseDun) {
            problem_level(tree, r, 1);
            continue;
        }
        tree.nodes[r].kind = NodeKind::Section;
        let role = section_role(&tree.nodes[r].title, rules);
        for c in tree.nodes[r].children.clone() {
            match &role {
                Role::Problems => problem_level(tree, c, 1),
                Role::LongTerm(k) => long_term_item(tree, c, k),
                Role::Other => set_subtree(tree, c, NodeKind::Item),
            }
        }
    }
}

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

/// Reserves `base` or the first free `base-2`, `base-3`…
pub(crate) fn unique(used: &mut HashSet<String>, base: String) -> (String, bool) {
    if used.insert(base.clone()) {
        return (base, false);
    }
    let mut k = 2u32;
    loop {
        let cand = format!("{base}-{k}");
        if used.insert(cand.clone()) {
            return (cand, true);
        }
        k = k.saturating_add(1);
    }
}

fn assign_ids_in(
    tree: &mut Tree,
    siblings: &[usize],
    parent_id: &str,
    used: &mut HashSet<String>,
    warnings: &mut Vec<Warning>,
) {
    let mut prev: Option<usize> = None;
    for (pos, &i) in siblings.iter().enumerate() {
        let kind = tree.nodes[i].kind;
        let number = match tree.nodes[i].number {
            0 => {
                let same = siblings[..pos]
                    .iter()
                    .filter(|&&s| tree.nodes[s].kind == kind)
                    .count();
                same as u32 + 1
            }
            n => n,
        };
        let base = if parent_id.is_empty() {
            format!("{}{}", prefix(kind), number)
        } else {
            format!("{}-{}{}", parent_id, prefix(kind), number)
        };
        let (id, clash) = unique(used, base);
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
    let mut used: HashSet<String> = ["preamble", "closing"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let roots = tree.roots.clone();
    assign_ids_in(tree, &roots, "", &mut used, warnings);
}
