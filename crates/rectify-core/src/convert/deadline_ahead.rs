//! A problem inferred done whose deadline is still ahead of the notice's
//! date is in progress: nothing in its text says it is finished, and the
//! department set the work a date that has not come yet
//! (`完成时限：2025年12月底`, published 2025-11-03). Stated statuses stay:
//! a department may report a problem finished early.

use crate::model::{Node, NodeKind, Status, StatusBasis, StatusEvidence};

/// The rule's name in `status_evidence`.
pub(crate) const RULE: &str = "deadline_after_notice";

/// Re-decides the inferred-done problems under `nodes` against `date`
/// (the notice's as-of or publication date, ISO).
pub(crate) fn apply(nodes: &mut [Node], date: &str) {
    for node in nodes {
        if node.kind == NodeKind::Problem && inferred_done(node) && ahead(node, date) {
            node.status = Some(Status::InProgress);
            node.status_evidence = Some(StatusEvidence {
                basis: StatusBasis::Inferred,
                rule: RULE.to_string(),
                phrase: node.deadline.clone(),
            });
        }
        apply(&mut node.children, date);
    }
}

fn inferred_done(node: &Node) -> bool {
    node.status == Some(Status::Done)
        && node
            .status_evidence
            .as_ref()
            .is_some_and(|e| e.basis == StatusBasis::Inferred)
}

/// An ISO deadline (`YYYY-MM-DD`) later than `date`; phrases such as
/// `长期坚持` are not dates.
fn ahead(node: &Node, date: &str) -> bool {
    node.deadline
        .as_deref()
        .is_some_and(|d| is_iso_date(d) && is_iso_date(date) && d > date)
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(status: Status, basis: StatusBasis, deadline: Option<&str>) -> Node {
        let mut n = Node::new("p1".into(), NodeKind::Problem, "问题".into());
        n.status = Some(status);
        n.status_evidence = Some(StatusEvidence {
            basis,
            rule: "all_measures_done".into(),
            phrase: None,
        });
        n.deadline = deadline.map(str::to_string);
        n
    }

    #[test]
    fn an_inferred_done_problem_due_later_is_in_progress() {
        let mut nodes = vec![problem(
            Status::Done,
            StatusBasis::Inferred,
            Some("2025-12-31"),
        )];
        apply(&mut nodes, "2025-11-03");
        assert_eq!(nodes[0].status, Some(Status::InProgress));
        let e = nodes[0].status_evidence.as_ref().unwrap();
        assert_eq!(
            (e.rule.as_str(), e.phrase.as_deref()),
            (RULE, Some("2025-12-31"))
        );
    }

    #[test]
    fn stated_statuses_past_deadlines_and_phrases_stay() {
        for (basis, deadline) in [
            (StatusBasis::Stated, Some("2025-12-31")),
            (StatusBasis::Inferred, Some("2025-10-31")),
            (StatusBasis::Inferred, Some("2025-11-03")),
            (StatusBasis::Inferred, Some("长期坚持")),
            (StatusBasis::Inferred, None),
        ] {
            let mut nodes = vec![problem(Status::Done, basis, deadline)];
            apply(&mut nodes, "2025-11-03");
            assert_eq!(nodes[0].status, Some(Status::Done), "{deadline:?}");
        }
    }

    #[test]
    fn nested_problems_are_reached() {
        let mut area = Node::new("a1".into(), NodeKind::FocusArea, "方面".into());
        area.children.push(problem(
            Status::Done,
            StatusBasis::Inferred,
            Some("2026-01-31"),
        ));
        let mut nodes = vec![area];
        apply(&mut nodes, "2025-11-03");
        assert_eq!(nodes[0].children[0].status, Some(Status::InProgress));
    }
}
