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
    let r = index.search("代理记账", 100);
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
    let both = index.search("代理记账　协会", 100);
    assert_eq!(labels(&both), ["(13)", "(14)", "(19)"]);
    let narrower = index.search("代理记账 无证经营", 100);
    assert_eq!(labels(&narrower), ["(13)"]);
    assert_eq!(index.search("", 100), Results::default());
    assert_eq!(index.search("   ", 100).total, 0);
    assert_eq!(index.search("没有这个词语", 100).total, 0);
}

#[test]
fn the_limit_lists_the_first_and_counts_the_rest() {
    let report = bundled();
    let index = SearchIndex::new(&report);
    let all = index.search("财政", 1000).total;
    assert!(all > 5, "{all}");
    let r = index.search("财政", 5);
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
    let r = index.search("财务股", 10);
    assert_eq!(r.groups[0].hits[0].fields[0].field, Field::Owners);
    assert_eq!(r.groups[0].area_id, None, "a top-level problem has no area");
    let r = index.search("立行立改", 10);
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
    let r = index.search("问题", 100);
    assert_eq!(r.total, 10_000);
    assert_eq!(labels(&r).len(), 100);
}
