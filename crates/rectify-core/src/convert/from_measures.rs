//! A problem whose own text sets no deadline, or names no owner, while its
//! measures do (`（二）关于…不规范的问题` › `三是…剩余10个项目正在整改中，
//! 计划于2024年6月底前全部完成。`; `整改措施：…（责任单位：镇党政办）`): its
//! deadline is when the last of its work is due, the latest of its
//! measures' dates — as a ledger's problem over several rows takes the
//! latest of its rows' — and its owners are its measures', in order, each
//! once. A measure's phrase (`长期坚持`) sets no date and gives none —
//! unless that measure is the problem's only one, printed after its key
//! (`（四）问题：…。整改措施：…。完成时限：立行立改。`): the fields after it
//! are the problem's, and so is the phrase.

use crate::model::{each_node_mut, Node, NodeKind};

/// Gives each problem without a deadline the latest date of its measures,
/// and one without owners its measures' owners.
pub(super) fn apply(nodes: &mut [Node]) {
    each_node_mut(nodes, |n| {
        if n.kind == NodeKind::Problem && n.deadline.is_none() {
            n.deadline = latest_measure_date(n).or_else(|| only_measures_deadline(n));
        }
        if n.kind == NodeKind::Problem && n.owners.is_empty() {
            n.owners = measure_owners(n);
        }
    });
}

/// The owners its measures name, in order, each once.
fn measure_owners(n: &Node) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let named = n
        .children
        .iter()
        .filter(|m| m.kind == NodeKind::Measure)
        .flat_map(|m| &m.owners);
    for o in named {
        if !out.contains(o) {
            out.push(o.clone());
        }
    }
    out
}

/// The deadline of a node's only measure, printed after its key
/// (`整改措施：`), whatever it says.
fn only_measures_deadline(n: &Node) -> Option<String> {
    let mut measures = n.children.iter().filter(|m| m.kind == NodeKind::Measure);
    let keyed = |m: &Node| m.label.ends_with(['：', ':']);
    match (measures.next(), measures.next()) {
        (Some(m), None) if keyed(m) => m.deadline.clone(),
        _ => None,
    }
}

/// The latest ISO date among a node's measures' deadlines.
fn latest_measure_date(n: &Node) -> Option<String> {
    n.children
        .iter()
        .filter(|m| m.kind == NodeKind::Measure)
        .filter_map(|m| m.deadline.as_deref())
        .filter(|d| crate::calendar::ymd(d).is_some())
        .max()
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(kind: NodeKind, deadline: Option<&str>, children: Vec<Node>) -> Node {
        let mut n = Node::new("x", kind, "");
        n.deadline = deadline.map(str::to_string);
        n.children = children;
        n
    }

    #[test]
    fn a_problem_without_a_deadline_takes_its_measures_latest_date() {
        let measures = vec![
            node(NodeKind::Measure, Some("2024-06-30"), vec![]),
            node(NodeKind::Measure, Some("长期坚持"), vec![]),
            node(NodeKind::Measure, Some("2024-09-30"), vec![]),
            node(NodeKind::Measure, None, vec![]),
        ];
        let mut nodes = vec![node(
            NodeKind::Section,
            None,
            vec![node(NodeKind::Problem, None, measures)],
        )];
        apply(&mut nodes);
        let p = &nodes[0].children[0];
        assert_eq!(p.deadline.as_deref(), Some("2024-09-30"));
        assert_eq!(nodes[0].deadline, None);
    }

    #[test]
    fn a_problem_without_owners_takes_its_measures_each_once() {
        let owned = |names: &[&str]| {
            let mut m = node(NodeKind::Measure, None, vec![]);
            m.owners = names.iter().map(|s| s.to_string()).collect();
            m
        };
        let measures = vec![owned(&["镇党政办"]), owned(&["镇纪委", "镇党政办"])];
        let mut own = node(NodeKind::Problem, None, vec![owned(&["镇财政所"])]);
        own.owners = vec!["镇组织办".to_string()];
        let mut nodes = vec![node(NodeKind::Problem, None, measures), own];
        apply(&mut nodes);
        assert_eq!(nodes[0].owners, ["镇党政办", "镇纪委"]);
        assert_eq!(nodes[1].owners, ["镇组织办"]);
    }

    #[test]
    fn a_problem_keeps_its_own_deadline_and_phrases_give_none() {
        let own = vec![node(NodeKind::Measure, Some("2025-12-31"), vec![])];
        let phrase = vec![node(NodeKind::Measure, Some("长期坚持"), vec![])];
        let mut nodes = vec![
            node(NodeKind::Problem, Some("2025-06-30"), own),
            node(NodeKind::Problem, None, phrase),
        ];
        apply(&mut nodes);
        assert_eq!(nodes[0].deadline.as_deref(), Some("2025-06-30"));
        assert_eq!(nodes[1].deadline, None);
    }

    #[test]
    fn the_only_measure_printed_after_its_key_gives_its_phrase() {
        let mut keyed = node(NodeKind::Measure, Some("立行立改"), vec![]);
        keyed.label = "整改措施：".to_string();
        let mut nodes = vec![node(NodeKind::Problem, None, vec![keyed])];
        apply(&mut nodes);
        assert_eq!(nodes[0].deadline.as_deref(), Some("立行立改"));
    }
}
