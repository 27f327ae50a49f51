//! A notice that lists its problems in one section and reports on them,
//! numbered the same, in the next (`一、巡察反馈的问题` › `1.` … `4.`,
//! `二、整改落实情况` › `1.` … `4.`). Item k of the second list is the
//! report on item k of the first: its text moves there (label and all,
//! nothing dropped), so that each problem has its title from the first
//! list and its state from the second, and is counted once.
//!
//! Read so only by shape: two neighbouring headings of one numbering, each
//! holding a list of one numbering that runs 1, 2, … n (n ≥ 2, the same n),
//! the first list's items bare (a title, no text, nothing under them) and
//! stating no state, and most of the second's stating one (a status phrase
//! or a result). A second list under a heading that names another role
//! (`二、下一步工作打算`) is plans, not reports.

use super::tree::{Place, TNode, Tree};
use super::StatusRules;
use crate::text::results;

/// The items of a list under `parent` that run 1, 2, … n in one numbering
/// (n ≥ 2), or None.
pub(crate) fn numbered_list(tree: &Tree, parent: usize) -> Option<&[usize]> {
    let items = &tree.nodes[parent].children;
    let style = tree.nodes[*items.first()?].style?;
    let runs = items.iter().enumerate().all(|(k, &i)| {
        let n = &tree.nodes[i];
        n.style == Some(style) && n.number as usize == k + 1
    });
    (runs && items.len() >= 2).then_some(items)
}

fn states(n: &TNode, rules: &StatusRules) -> bool {
    let text = format!("{}{}", n.title, n.body);
    let phrases = rules.phrases();
    phrases.find_done(&text).is_some()
        || phrases.find_in_progress(&text).is_some()
        || results::result_in(&text).is_some()
}

fn bare(n: &TNode) -> bool {
    n.body.is_empty() && n.children.is_empty()
}

/// Whether the list under `b` reports on the list under `a`.
fn reports_on(tree: &Tree, a: usize, b: usize, rules: &StatusRules) -> bool {
    let (Some(problems), Some(reports)) = (numbered_list(tree, a), numbered_list(tree, b)) else {
        return false;
    };
    let node = |i: usize| &tree.nodes[i];
    let stating = reports.iter().filter(|&&i| states(node(i), rules)).count();
    // `二、下一步整改措施` › `1.将于6月底前完成…`: plans, not reports.
    let plans = rules
        .other_sections
        .iter()
        .any(|k| !k.is_empty() && node(b).title.contains(k.as_str()));
    !plans
        && problems.len() == reports.len()
        && node(problems[0]).style == node(reports[0]).style
        && problems
            .iter()
            .all(|&i| bare(node(i)) && !states(node(i), rules))
        && stating * 2 > reports.len()
}

/// Neighbouring headings of one numbering: (first, second).
fn neighbours(tree: &Tree) -> Vec<(usize, usize)> {
    let groups = std::iter::once(&tree.roots).chain(tree.nodes.iter().map(|n| &n.children));
    groups
        .flat_map(|g| g.windows(2).map(|w| (w[0], w[1])))
        .filter(|&(a, b)| tree.nodes[a].style == tree.nodes[b].style)
        .collect()
}

/// Moves each report item's text into its problem.
pub(crate) fn merge(tree: &mut Tree, rules: &StatusRules) {
    let mut moved: Vec<Option<usize>> = Vec::new();
    for (a, b) in neighbours(tree) {
        if !reports_on(tree, a, b, rules) {
            continue;
        }
        moved.resize(tree.nodes.len(), None);
        let reports = std::mem::take(&mut tree.nodes[b].children);
        for (k, r) in reports.into_iter().enumerate() {
            let p = tree.nodes[a].children[k];
            move_into(tree, r, p);
            moved[r] = Some(p);
        }
    }
    if moved.is_empty() {
        return;
    }
    for place in &mut tree.placed {
        if let Place::Node(r) = *place {
            if let Some(p) = moved[r] {
                *place = Place::Node(p);
            }
        }
    }
}

/// Item `r`'s label, title and text become the text of item `p`.
fn move_into(tree: &mut Tree, r: usize, p: usize) {
    let from = &mut tree.nodes[r];
    let mut text = std::mem::take(&mut from.label);
    text.push_str(&std::mem::take(&mut from.title));
    let body = std::mem::take(&mut from.body);
    // The body opens with the rest of the heading's own line (split off
    // as its title's sentence) when it has one more part than the
    // paragraphs added after that line.
    let rest_of_line = body.split("\n\n").count() > from.paragraphs as usize;
    if !body.is_empty() && !rest_of_line {
        text.push_str("\n\n");
    }
    text.push_str(&body);
    let children = std::mem::take(&mut from.children);
    let paragraphs = from.paragraphs;
    let to = &mut tree.nodes[p];
    to.body = text;
    to.children = children;
    to.paragraphs = paragraphs + 1;
    to.reported = true;
}

#[cfg(test)]
mod tests {
    use super::super::tree::{build, paras};
    use super::*;

    fn merged(lines: &[&str]) -> Tree {
        let mut t = build(&paras(lines));
        merge(&mut t, &StatusRules::default());
        t
    }

    #[test]
    fn reports_numbered_as_the_problems_join_them() {
        let t = merged(&[
            "一、巡察反馈的问题",
            "1.数据审核流于形式。",
            "2.执法检查力度不够。",
            "二、整改落实情况",
            "1.建立三级审核制度，已整改到位。",
            "2.立案查处3起。正在推进。",
            "剩余1起移送处理。",
        ]);
        let a = &t.nodes[t.roots[0]];
        let bodies: Vec<&str> = a
            .children
            .iter()
            .map(|&i| t.nodes[i].body.as_str())
            .collect();
        assert_eq!(
            bodies,
            [
                "1.建立三级审核制度，已整改到位。",
                "2.立案查处3起。正在推进。\n\n剩余1起移送处理。"
            ]
        );
        assert!(t.nodes[t.roots[1]].children.is_empty());
        assert!(t
            .placed
            .iter()
            .all(|p| *p != Place::Node(4) && *p != Place::Node(5)));
        assert_eq!(t.placed[6], Place::Node(2));
    }

    #[test]
    fn a_list_of_plans_is_not_a_list_of_reports() {
        let t = merged(&[
            "一、巡察反馈的问题",
            "1.数据审核流于形式。",
            "2.执法检查力度不够。",
            "二、下一步工作打算",
            "1.将于6月底前完成审核制度修订。",
            "2.将于年底前完成执法检查。",
        ]);
        assert_eq!(t.nodes[t.roots[1]].children.len(), 2);
        assert!(t.nodes[t.roots[0]]
            .children
            .iter()
            .all(|&i| t.nodes[i].body.is_empty()));
    }

    #[test]
    fn two_lists_of_problems_stay_apart() {
        let t = merged(&[
            "一、上轮巡察问题",
            "1.数据审核流于形式。",
            "2.执法检查力度不够。",
            "二、本轮巡察问题",
            "1.学习不规范。",
            "2.资产管理混乱。",
        ]);
        assert_eq!(t.nodes[t.roots[1]].children.len(), 2);
    }
}
