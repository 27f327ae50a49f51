use super::*;
use crate::model::{Node, NodeKind, Report};

use crate::test_support::bundled_report as bundled;

fn labels(r: &Results) -> Vec<String> {
    r.groups
        .iter()
        .flat_map(|g| g.hits.iter().map(|h| h.label.clone()))
        .collect()
}

#[test]
fn finds_every_problem_that_mentions_a_phrase_with_its_measures() {
    let report = bundled();
    let index = SearchIndex::new(&report);
    let r = index.search(&report, "代理记账", 100);
    // (15) speaks of 注册会计师 only; (19)'s second measure names 市代理记账协会.
    assert_eq!(labels(&r), ["(13)", "(14)", "(19)"]);
    assert_eq!(r.total, 3);
    let p13 = &r.groups[0].hits[0];
    let measures: Vec<&str> = p13
        .fields
        .iter()
        .filter_map(|f| match &f.field {
            Field::Measure { label, .. } => Some(label.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(measures, ["一是", "二是", "三是", "四是"]);
    for f in &p13.fields {
        assert!(
            f.snippet.matched().iter().all(|m| *m == "代理记账"),
            "{:?}",
            f.snippet
        );
    }
    // Grouped by area in printed order: all three are in focus area (二).
    assert_eq!(r.groups.len(), 1);
    assert_eq!(r.groups[0].hits.len(), 3);
    assert_eq!(r.groups[0].area_id.as_deref(), Some("s2-a2"));
}

#[test]
fn every_word_must_match_and_width_and_case_do_not_matter() {
    let report = bundled();
    let index = SearchIndex::new(&report);
    let both = index.search(&report, "代理记账　协会", 100);
    assert_eq!(labels(&both), ["(13)", "(14)", "(19)"]);
    let narrower = index.search(&report, "代理记账 无证经营", 100);
    assert_eq!(labels(&narrower), ["(13)"]);
    assert_eq!(index.search(&report, "", 100), Results::default());
    assert_eq!(index.search(&report, "   ", 100).total, 0);
    assert_eq!(index.search(&report, "没有这个词语", 100).total, 0);
}

#[test]
fn the_limit_lists_the_first_and_counts_the_rest() {
    let report = bundled();
    let index = SearchIndex::new(&report);
    let all = index.search(&report, "财政", 1000).total;
    assert!(all > 5, "{all}");
    let r = index.search(&report, "财政", 5);
    assert_eq!(labels(&r).len(), 5);
    assert_eq!((r.total, r.more), (all, all - 5));
}

#[test]
fn owners_and_ledger_columns_are_searched() {
    let mut p = Node::new("p1", NodeKind::Problem, "资金拨付偏慢");
    p.owners = vec!["计划财务股".into()];
    p.extra.insert("整改类型".into(), "立行立改".into());
    let mut report = Report::new("台账");
    report.nodes.push(p);
    let index = SearchIndex::new(&report);
    let r = index.search(&report, "财务股", 10);
    assert_eq!(r.groups[0].hits[0].fields[0].field, Field::Owners);
    assert_eq!(r.groups[0].area_id, None, "a top-level problem has no area");
    let r = index.search(&report, "立行立改", 10);
    assert_eq!(
        r.groups[0].hits[0].fields[0].field,
        Field::Extra("整改类型".into())
    );
}

#[test]
fn queries_are_bounded() {
    let long = "代".repeat(10_000);
    assert_eq!(terms(&long)[0].chars().count(), MAX_QUERY_CHARS);
    let many: String = (0..50).map(|i| format!("w{i} ")).collect();
    assert_eq!(terms(&many).len(), MAX_TERMS);
    assert_eq!(terms("a A ａ"), ["a"]);
}

#[test]
fn ten_thousand_problems_are_searched_in_one_pass() {
    let report = crate::sample::generate(10_000, 12);
    let index = SearchIndex::new(&report);
    let r = index.search(&report, "问题", 100);
    assert_eq!(r.total, 10_000);
    assert_eq!(labels(&r).len(), 100);
}

/// Every problem's id that matches every term, by looking at each field of
/// each problem on its own (the index's text and paths left aside).
fn reference(report: &Report, query: &str) -> Vec<String> {
    let terms = terms(query);
    let mut out = Vec::new();
    if terms.is_empty() {
        return out;
    }
    for node in report.walk() {
        if !matches!(node.kind, NodeKind::Problem | NodeKind::LongTerm) {
            continue;
        }
        let mut texts = vec![node.title.clone(), node.body.clone()];
        for m in node.children.iter().filter(|c| c.kind == NodeKind::Measure) {
            texts.push(format!("{} {}", m.title, m.body));
        }
        texts.push(node.owners.join("、"));
        texts.extend(node.extra.values().cloned());
        let texts: Vec<String> = texts.iter().map(|t| normalize(t)).collect();
        if terms
            .iter()
            .all(|t| texts.iter().any(|x| x.contains(t.as_str())))
        {
            out.push(node.id.clone());
        }
    }
    out
}

fn ids(r: &Results) -> Vec<String> {
    r.groups
        .iter()
        .flat_map(|g| g.hits.iter().map(|h| h.node_id.clone()))
        .collect()
}

#[test]
fn finds_what_a_field_by_field_search_finds() {
    let report = bundled();
    let index = SearchIndex::new(&report);
    for q in [
        "代理记账",
        "财政 资金",
        "局",
        "（",
        "2025",
        "整改 落实 到位",
        "ＡＢＣ",
    ] {
        let r = index.search(&report, q, usize::MAX);
        assert_eq!(ids(&r), reference(&report, q), "{q}");
        assert_eq!(r.total, ids(&r).len());
    }
}

#[test]
fn a_narrowing_keystroke_looks_only_at_the_last_matches_and_finds_the_same() {
    let report = crate::sample::generate(2_000, 6);
    let index = SearchIndex::new(&report);
    let mut typed = String::new();
    for c in "第19 问题".chars() {
        typed.push(c);
        let fresh = SearchIndex::new(&report).search(&report, &typed, 20);
        assert_eq!(index.search(&report, &typed, 20), fresh, "{typed}");
    }
    // Deleting characters widens the search again.
    for q in ["第1", "第", "", "第2"] {
        let fresh = SearchIndex::new(&report).search(&report, q, 20);
        assert_eq!(index.search(&report, q, 20), fresh, "{q}");
    }
    assert_eq!(
        index.search(&report, "第2", 5).total,
        reference(&report, "第2").len()
    );
}

#[test]
fn a_report_other_than_the_indexed_one_lists_nothing_wrong() {
    let report = bundled();
    let index = SearchIndex::new(&report);
    let other = Report::new("空");
    let r = index.search(&other, "财政", 10);
    assert!(r.groups.is_empty(), "{r:?}");
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Texts made of a few characters, so that queries often match.
    fn text() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop_oneof![
                Just('财'),
                Just('政'),
                Just('局'),
                Just('Ａ'),
                Just('a'),
                Just(' '),
                Just('\n'),
                Just('，')
            ],
            0..12,
        )
        .prop_map(|v| v.into_iter().collect())
    }

    fn report() -> impl Strategy<Value = Report> {
        proptest::collection::vec(
            (
                text(),
                text(),
                proptest::collection::vec(text(), 0..3),
                0..3usize,
            ),
            1..25,
        )
        .prop_map(|problems| {
            let mut report = Report::new("随机");
            for (i, (title, body, measures, area)) in problems.into_iter().enumerate() {
                let mut p = Node::new(format!("p{i}"), NodeKind::Problem, &title);
                p.body = body;
                for (k, m) in measures.into_iter().enumerate() {
                    p.children
                        .push(Node::new(format!("p{i}-m{k}"), NodeKind::Measure, &m));
                }
                let area_id = format!("a{area}");
                if report.nodes.last().is_none_or(|a| a.id != area_id) {
                    report
                        .nodes
                        .push(Node::new(&area_id, NodeKind::FocusArea, "方面"));
                }
                if let Some(a) = report.nodes.last_mut() {
                    a.children.push(p);
                }
            }
            report
        })
    }

    fn queries() -> impl Strategy<Value = Vec<String>> {
        proptest::collection::vec(text(), 1..8)
    }

    proptest! {
        #[test]
        fn one_index_over_many_queries_finds_what_a_fresh_one_and_the_reference_find(report in report(), qs in queries()) {
            let index = SearchIndex::new(&report);
            for q in &qs {
                // Each query, then each of its prefixes' extension, in order.
                let kept = index.search(&report, q, 3);
                let fresh = SearchIndex::new(&report).search(&report, q, 3);
                prop_assert_eq!(&kept, &fresh, "{:?}", q);
                let all = index.search(&report, q, usize::MAX);
                prop_assert_eq!(ids(&all), reference(&report, q), "{:?}", q);
            }
        }

        #[test]
        fn typing_a_query_character_by_character_finds_the_same(report in report(), q in text()) {
            let index = SearchIndex::new(&report);
            let mut typed = String::new();
            for c in q.chars() {
                typed.push(c);
                let kept = index.search(&report, &typed, usize::MAX);
                prop_assert_eq!(ids(&kept), reference(&report, &typed), "{:?}", typed);
            }
        }
    }
}
