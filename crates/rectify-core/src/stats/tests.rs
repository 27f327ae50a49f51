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
        stated_totals: None,
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
    assert_eq!(s.groups[0].id.key(), "a1");
    assert_eq!(s.groups[0].counts.total(), 2);
    assert!((s.problems.completion_rate().unwrap() - 1.0 / 3.0).abs() < 1e-9);
    assert_eq!(s.long_term_groups.len(), 1);
    assert_eq!(s.long_term_groups[0].id.key(), "s3");
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
    assert_eq!(s.groups[0].id, GroupId::TopLevel);
    assert_eq!(s.groups[0].title, "", "the view names it, per language");
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
    assert_eq!(g[0].id.key(), "s1");
}

fn with_totals(nodes: Vec<Node>, totals: crate::model::StatedTotals) -> Report {
    let mut r = report(nodes);
    r.stated_totals = Some(totals);
    r
}

#[test]
fn stated_totals_beside_counts() {
    use crate::model::StatedTotals;
    use Status::*;
    let nodes = vec![
        problem("p1", Some(Done), &[]),
        problem("p2", Some(Done), &[]),
        problem("p3", Some(Done), &[]),
        problem("p4", Some(InProgress), &[]),
    ];
    let agree = StatedTotals {
        total: Some(4),
        done: Some(3),
        in_progress: Some(1),
        completion_rate: Some(0.75),
        text: "共4个，已完成3个，正在整改1个，完成率75%".into(),
        ..StatedTotals::default()
    };
    let r = with_totals(nodes.clone(), agree.clone());
    let s = Summary::of(&r);
    let c = compare_stated(&r, &s);
    let fields: Vec<&str> = c.iter().map(|c| c.field.key()).collect();
    assert_eq!(fields, ["total", "done", "in_progress", "completion_rate"]);
    assert!(c.iter().all(|c| c.matches), "{c:?}");
    assert!(stated_vs_counted(&r, &s).is_empty());

    // 76% printed for 75%: more than half a point off.
    let r = with_totals(
        nodes,
        StatedTotals {
            total: Some(5),
            completion_rate: Some(0.76),
            ..agree
        },
    );
    let s = Summary::of(&r);
    let m = stated_vs_counted(&r, &s);
    assert_eq!(m.len(), 2, "{m:?}");
    assert_eq!(
        (m[0].field, m[0].stated, m[0].counted),
        (StatedField::Total, 5.0, 4.0)
    );
    assert_eq!(m[1].field, StatedField::CompletionRate);
    assert_eq!(
        StatedField::Total.label(crate::locale::Lang::ZhHans),
        "问题总数"
    );
    // 繁體 has its own words (it showed 简体 问题总数 before).
    assert_eq!(
        StatedField::Total.label(crate::locale::Lang::ZhHant),
        "問題總數"
    );
    assert_eq!(StatedField::CompletionRate.format_value(0.758), "75.8%");
    assert_eq!(StatedField::Done.format_value(19.0), "19");
}

#[test]
fn no_stated_totals_no_comparison() {
    let r = report(vec![problem("p", Some(Status::Done), &[])]);
    assert!(compare_stated(&r, &Summary::of(&r)).is_empty());
}

#[test]
fn long_term_counts_items_and_long_term_problems() {
    use crate::model::StatedTotals;
    let mut s3 = Node::new("s3", NodeKind::Section, "三");
    let mut l1 = Node::new("s3-l1", NodeKind::LongTerm, "长期");
    l1.status = Some(Status::LongTerm);
    s3.children = vec![l1];
    let r = with_totals(
        vec![problem("p1", Some(Status::LongTerm), &[]), s3],
        StatedTotals {
            long_term: Some(2),
            text: "需长期整改2个".into(),
            ..StatedTotals::default()
        },
    );
    let c = compare_stated(&r, &Summary::of(&r));
    assert_eq!(c.len(), 1);
    assert!(c[0].matches, "{c:?}");
}

#[test]
fn listings_of_groups_sections_and_statuses() {
    use Status::*;
    let mut s2 = Node::new("s2", NodeKind::Section, "二");
    s2.children = vec![
        area(
            "a1",
            vec![
                problem("p1", None, &[Done]),
                problem("p2", None, &[InProgress]),
            ],
        ),
        area("a2", vec![problem("p3", Some(Done), &[])]),
    ];
    let mut s3 = Node::new("s3", NodeKind::Section, "三");
    s3.children = vec![
        Node::new("l1", NodeKind::LongTerm, "长期一"),
        Node::new("l2", NodeKind::LongTerm, "长期二"),
    ];
    let loose = problem("p9", Some(NotStarted), &[]);
    let r = report(vec![s2, s3, loose]);
    let ids = |v: Option<Vec<&Node>>| {
        v.expect("a known group")
            .into_iter()
            .map(|n| n.id.clone())
            .collect::<Vec<_>>()
    };
    let group = |id: &str| GroupId::Node(id.into());
    assert_eq!(ids(listing(&r, Listing::Group(&group("a1")))), ["p1", "p2"]);
    assert_eq!(
        ids(listing(&r, Listing::Group(&group("s2")))),
        ["p1", "p2", "p3"]
    );
    assert_eq!(ids(listing(&r, Listing::Group(&group("s3")))), ["l1", "l2"]);
    assert_eq!(ids(listing(&r, Listing::Group(&GroupId::TopLevel))), ["p9"]);
    assert_eq!(ids(listing(&r, Listing::Status(Some(Done)))), ["p1", "p3"]);
    assert_eq!(ids(listing(&r, Listing::Status(Some(InProgress)))), ["p2"]);
    assert!(ids(listing(&r, Listing::Status(None))).is_empty());
    // An unknown id is not silently another group.
    assert_eq!(listing(&r, Listing::Group(&group("gone"))), None);
}

mod one_pass_equals_the_walks {
    use super::*;
    use proptest::prelude::*;

    const KINDS: [NodeKind; 6] = [
        NodeKind::Section,
        NodeKind::FocusArea,
        NodeKind::Category,
        NodeKind::Problem,
        NodeKind::Measure,
        NodeKind::LongTerm,
    ];

    fn leaf() -> impl Strategy<Value = Node> {
        (
            0..KINDS.len(),
            proptest::option::of(0..Status::ALL.len()),
            0..1000u32,
        )
            .prop_map(|(kind, status, n)| {
                let mut node = Node::new(format!("n{n}"), KINDS[kind], format!("t{n}"));
                node.label = format!("({n})");
                node.status = status.map(|s| Status::ALL[s]);
                node
            })
    }

    fn tree() -> impl Strategy<Value = Node> {
        leaf().prop_recursive(5, 64, 6, |inner| {
            (leaf(), proptest::collection::vec(inner, 0..6)).prop_map(|(mut n, children)| {
                n.children = children;
                n
            })
        })
    }

    /// The summary as the three walks made it before the one pass.
    fn walked(report: &Report) -> Summary {
        let mut problems = StatusCounts::default();
        let mut measures = StatusCounts::default();
        let mut long_term_items = 0;
        for node in report.walk() {
            match node.kind {
                NodeKind::Problem => {
                    problems.add(effective_status(node));
                    for m in node.children.iter().filter(|c| c.kind == NodeKind::Measure) {
                        measures.add(effective_status(m));
                    }
                }
                NodeKind::LongTerm => long_term_items += 1,
                _ => {}
            }
        }
        Summary {
            problems,
            measures,
            long_term_items,
            groups: groups(report),
            long_term_groups: long_term_groups(report),
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]
        #[test]
        fn on_random_trees(nodes in proptest::collection::vec(tree(), 0..6)) {
            let report = report(nodes);
            prop_assert_eq!(Summary::of(&report), walked(&report));
        }
    }

    #[test]
    fn on_the_bundled_report_and_a_generated_one() {
        for r in [
            crate::load::from_json_str(include_str!(
                "../../../../data/reports/zhongshan-finance-2025-09.json"
            ))
            .unwrap(),
            crate::sample::generate(3000, 12),
        ] {
            assert_eq!(Summary::of(&r), walked(&r));
        }
    }
}
