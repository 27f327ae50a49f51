//! Areas and their problems numbered in one style (`1.贯彻落实上级决策部署
//! 方面` › `1.…` `2.…` `3.…`, then `2.全面从严治党方面`, `4.…` … `7.…`,
//! `3.…方面`, `8.…`): the first area holds its problems (the numbering
//! restarts), but each later area is read as their sibling, its problems
//! after it. When the areas number on among themselves and the problems
//! number on across them, each problem goes under the area before it.

use super::shape::names_domain;
use super::tree::Tree;

/// Moves the problems that number on after an area into it, in every list.
pub(crate) fn regroup(tree: &mut Tree) {
    let roots = std::mem::take(&mut tree.roots);
    tree.roots = regroup_list(tree, roots);
    for i in 0..tree.nodes.len() {
        let children = std::mem::take(&mut tree.nodes[i].children);
        tree.nodes[i].children = regroup_list(tree, children);
    }
}

/// One list of siblings, regrouped when its areas and the problems
/// between them each number on.
fn regroup_list(tree: &mut Tree, list: Vec<usize>) -> Vec<usize> {
    if !numbered_on(tree, &list) {
        return list;
    }
    let mut out: Vec<usize> = Vec::with_capacity(list.len());
    let mut area: Option<usize> = None;
    for i in list {
        if names_domain(&tree.nodes[i].title) {
            area = Some(i);
            out.push(i);
        } else if let Some(a) = area {
            tree.nodes[a].children.push(i);
        } else {
            out.push(i);
        }
    }
    out
}

/// The list holds two areas or more of one style, the first with children
/// of that style numbered from 1, the later ones without children; the
/// areas number on among themselves (1, 2, 3, …), and the other siblings
/// number on from the first area's last child across the areas.
fn numbered_on(tree: &Tree, list: &[usize]) -> bool {
    let areas: Vec<usize> = list
        .iter()
        .copied()
        .filter(|&i| names_domain(&tree.nodes[i].title))
        .collect();
    let (Some(&first), true) = (areas.first(), areas.len() >= 2) else {
        return false;
    };
    let style = tree.nodes[first].style;
    let kids = &tree.nodes[first].children;
    let held_from_one = kids
        .first()
        .is_some_and(|&c| tree.nodes[c].style == style && tree.nodes[c].number == 1);
    let later_bare = areas[1..]
        .iter()
        .all(|&a| tree.nodes[a].children.is_empty());
    let areas_on = areas
        .iter()
        .enumerate()
        .all(|(k, &a)| tree.nodes[a].style == style && tree.nodes[a].number as usize == k + 1);
    let Some(mut last) = kids.last().map(|&c| tree.nodes[c].number) else {
        return false;
    };
    let mut problems = 0;
    for &i in list.iter().skip_while(|&&i| i != first).skip(1) {
        let n = &tree.nodes[i];
        if names_domain(&n.title) {
            continue;
        }
        if n.style != style || Some(n.number) != last.checked_add(1) {
            return false;
        }
        last = n.number;
        problems += 1;
    }
    held_from_one && later_bare && areas_on && problems > 0
}
