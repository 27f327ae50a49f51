//! Findings grouped by the unit that answers for them (`【澜西区】` ›
//! `1.…` `2.…`, `【市住建局】` › `1.…`), as a 督查 bulletin lists them: when
//! every group heading among siblings, two or more, names a unit or a
//! governed place alone, each problem under a group that names no owner
//! of its own has the group's unit as its owner.

use crate::model::{Node, NodeKind};

/// Gives the problems of groups named by units their group's unit.
pub(super) fn apply(nodes: &mut [Node]) {
    let groups: Vec<usize> = (0..nodes.len()).filter(|&i| is_group(&nodes[i])).collect();
    let names: Vec<Option<String>> = groups.iter().map(|&i| unit_of(&nodes[i])).collect();
    if groups.len() >= 2 && names.iter().all(Option::is_some) {
        for (&i, name) in groups.iter().zip(names.into_iter().flatten()) {
            give(&mut nodes[i].children, &name);
        }
        return;
    }
    for n in nodes.iter_mut() {
        apply(&mut n.children);
    }
}

/// A heading with problems below it (not `下一步工作要求` over demands).
fn is_group(n: &Node) -> bool {
    matches!(
        n.kind,
        NodeKind::Section | NodeKind::FocusArea | NodeKind::Category
    ) && has_problems(&n.children)
}

fn has_problems(nodes: &[Node]) -> bool {
    nodes.iter().any(|n| {
        matches!(n.kind, NodeKind::Problem | NodeKind::LongTerm) || has_problems(&n.children)
    })
}

/// The unit a group's heading names alone (`【澜西区】（共4个问题）` →
/// `澜西区`).
fn unit_of(n: &Node) -> Option<String> {
    let t = super::unit_lists::unit_name(&n.title);
    let name = t.trim_start_matches('【').trim_end_matches('】').trim();
    crate::text::owners::names_a_unit(name).then(|| name.to_string())
}

/// `name` as the owner of each problem below without owners of its own.
fn give(nodes: &mut [Node], name: &str) {
    crate::model::each_node_mut(nodes, |n| {
        if matches!(n.kind, NodeKind::Problem | NodeKind::LongTerm) && n.owners.is_empty() {
            n.owners = vec![name.to_string()];
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn group(title: &str, problems: &[(&str, &[&str])]) -> Node {
        let mut g = Node::new(String::new(), NodeKind::FocusArea, title.to_string());
        g.children = problems
            .iter()
            .map(|(t, owners)| {
                let mut p = Node::new(String::new(), NodeKind::Problem, t.to_string());
                p.owners = owners.iter().map(|o| o.to_string()).collect();
                p
            })
            .collect();
        g
    }

    fn owners(nodes: &[Node]) -> Vec<Vec<String>> {
        nodes
            .iter()
            .flat_map(|g| g.children.iter().map(|p| p.owners.clone()))
            .collect()
    }

    #[test]
    fn groups_named_by_units_own_their_problems() {
        let mut nodes = vec![
            group(
                "【澜西区】（共2个问题，已整改1个）",
                &[("立管锈蚀。", &[]), ("台账不实。", &["区燃气办"])],
            ),
            group("【市住建局】", &[("监管缺位。", &[])]),
            group("下一步工作要求", &[]),
        ];
        apply(&mut nodes);
        assert_eq!(
            owners(&nodes),
            [
                vec!["澜西区".to_string()],
                vec!["区燃气办".to_string()],
                vec!["市住建局".to_string()]
            ]
        );
    }

    #[test]
    fn a_group_named_otherwise_gives_no_owner() {
        let mut nodes = vec![
            group("【澜西区】", &[("立管锈蚀。", &[])]),
            group("【老旧小区】", &[("管卡脱落。", &[])]),
        ];
        apply(&mut nodes);
        assert!(owners(&nodes).iter().all(Vec::is_empty));
    }
}
