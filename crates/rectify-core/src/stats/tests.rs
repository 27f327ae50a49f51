use super::*;
use crate::model::{Meta, Node, NodeKind, Report, Status, FORMAT};

fn problem(id: &str, status: Option<Status>, measures: &[Status]) -> Node {
    let mut p = Node::new(id, NodeKind::Problem, id);
    p.status = status;
    for (i, s) in measures.iter().enumerate() {
        let mut m = Node::new(format!("{id}-m{i}"), NodeKind::Measure, "m");
        m.status = Some(*s);
        p.children.push(m);
    }
    p
}

fn area(id: &str, problems: Vec<Node>) -> Node {
    let mut a = Node::new(id, NodeKind::FocusArea, id);
    a.children = problems;
    a
}

fn report(nodes: Vec<Node>) -> Report {
    Report {
        format: FORMAT.into(),
        meta: Meta::default(),
        nodes,
        skipped: vec![],
    }
}

#[test]
fn counts_problems_by_effective_status() {
    use Status::*;
    let mut s2 = Node::new("s2", NodeKind::Section, "二");
    s2.children = vec![
        area(
            "a1",
            vec![
                problem("p1", None, &[Done, Done]),
                problem("p2", None, &[Done, InProgress]),
            ],
        ),
        area("a2", vec![problem("p3", Some(NotStarted), &[])]),
    ];
    let mut s3 = Node::new("s3", NodeKind::Section, "三");
    s3.children = vec![Node::new("l1", NodeKind::LongTerm, "长期")];
    let s = Summary::of(&report(vec![s2, s3]));
    assert_eq!(s.problems.total(), 3);
    assert_eq!(s.problems.done, 1);
    assert_eq!(s.problems.in_progress, 1);
    assert_eq!(s.problems.not_started, 1);
    assert_eq!(s.measures.total(), 4);
    assert_eq!(s.long_term_items, 1);
    assert_eq!(s.groups.len(), 2);
    assert_eq!(s.groups[0].id, "a1");
    assert_eq!(s.groups[0].counts.total(), 2);
    assert!((s.problems.completion_rate().unwrap() - 1.0 / 3.0).abs() < 1e-9);
    assert_eq!(s.long_term_groups.len(), 1);
    assert_eq!(s.long_term_groups[0].id, "s3");
    assert_eq!(s.long_term_groups[0].counts.unknown, 1);
}

#[test]
fn own_status_wins_over_children() {
    let p = problem("p", Some(Status::Done), &[Status::InProgress]);
    assert_eq!(effective_status(&p), Some(Status::Done));
}

#[test]
fn no_status_anywhere_is_unknown() {
    let s = Summary::of(&report(vec![problem("p", None, &[])]));
    assert_eq!(s.problems.unknown, 1);
    assert_eq!(s.groups[0].id, "all");
    assert_eq!(s.problems.completion_rate(), Some(0.0));
}

#[test]
fn empty_report_has_no_rate() {
    let s = Summary::of(&report(vec![]));
    assert_eq!(s.problems.completion_rate(), None);
    assert!(s.groups.is_empty());
}

#[test]
fn sections_without_focus_areas_group_by_section() {
    let mut s1 = Node::new("s1", NodeKind::Section, "一");
    s1.children = vec![problem("p1", Some(Status::Done), &[])];
    let g = groups(&report(vec![s1]));
    assert_eq!(g.len(), 1);
    assert_eq!(g[0].id, "s1");
}
