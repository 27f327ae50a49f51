//! Reports that answer findings grouped by unit (`unit_lists`) by the
//! unit's name, then the item's number: a paragraph further on opened by
//! the name (`鹊桥镇：第1、3、4个问题已整改到位…；第2个问题正在整改…`)
//! states the state of that unit's problems so numbered; one that names
//! no number (`梅岭镇：3个问题已全部整改到位。`) states the state of all of
//! them when it counts them all or says `全部`/`均`. It decides an open
//! problem (`reports_by_number::is_open`: stated, rule
//! `reported_by_unit`, the clause as the phrase). It runs before
//! `reports_by_number`, which would read the numbers as the nearest list's.

use super::reports_by_number::{clauses, is_open, label_number, node_at};
use super::StatusRules;
use crate::model::{Node, NodeKind, StatusBasis, StatusEvidence};
use std::collections::HashMap;

/// A unit's problems by their number (paths from the roots).
type Group = HashMap<u32, Vec<usize>>;

/// Gives the problems of a unit's group the states a paragraph opened by
/// the unit's name reports.
/// The paragraphs read so, as printed.
pub(crate) fn apply(nodes: &mut [Node], rules: &StatusRules) -> Vec<String> {
    let mut groups = HashMap::new();
    collect_groups(nodes, &mut Vec::new(), &mut groups);
    // A name printed over two groups names neither.
    groups.retain(|_, g| g.is_some());
    if groups.is_empty() {
        return Vec::new();
    }
    let mut decided = Vec::new();
    let mut read = Vec::new();
    visit_texts(nodes, &mut |paragraph| {
        let text = paragraph;
        // A numbered paragraph (`（一）…有限公司：…`) without its label.
        let text = crate::text::label::recognise(text).map_or(text, |l| {
            let skip = text.chars().count() - l.rest.chars().count();
            let at = text.char_indices().nth(skip).map_or(text.len(), |(b, _)| b);
            &text[at..]
        });
        // `整改情况：已全部整改到位` under `一、整改情况`: a report's key,
        // however a heading is titled, names no unit.
        if super::report_text::opens_with_report_key(text) || super::tree::opens_measures(text) {
            return;
        }
        let Some((name, len)) =
            super::unit_lists::opening_name(text).or_else(|| name_before_number(text, &groups))
        else {
            return;
        };
        let Some(Some(group)) = groups.get(super::unit_lists::unit_name(&name)) else {
            return;
        };
        let rest: String = text.chars().skip(len).collect();
        decided.extend(states_of(&rest, group, rules));
        read.push(paragraph.to_string());
    });
    for (path, status, clause) in decided {
        let Some(n) = node_at(nodes, &path) else {
            continue;
        };
        if is_open(n) {
            n.status = Some(status);
            n.status_evidence = Some(StatusEvidence {
                basis: StatusBasis::Stated,
                rule: "reported_by_unit".to_string(),
                phrase: Some(clause),
            });
        }
    }
    read
}

/// A group's name run on into the number of its item (`青石镇第1个问题：
/// 已整改。`, `桃源镇第1、2个问题：…`): the name, and its length in
/// characters (the report is the text from `第`).
fn name_before_number(
    text: &str,
    groups: &HashMap<String, Option<Group>>,
) -> Option<(String, usize)> {
    let at = text.find('第')?;
    let name = &text[..at];
    groups
        .contains_key(name)
        .then(|| (name.to_string(), name.chars().count()))
}

/// The nodes with numbered problems under them: by their name
/// (`unit_lists::unit_name`; None when a name is printed over two).
fn collect_groups(nodes: &[Node], path: &mut Vec<usize>, out: &mut HashMap<String, Option<Group>>) {
    for (i, n) in nodes.iter().enumerate() {
        path.push(i);
        let mut group = Group::new();
        let problems = n
            .children
            .iter()
            .enumerate()
            .filter(|(_, c)| c.kind == NodeKind::Problem);
        // A unit's one finding, printed without a number, is its first.
        for ((k, c), place) in problems.zip(1..) {
            let unnumbered = c.label.trim().is_empty().then_some(place);
            if let Some(number) = label_number(&c.label, true).or(unnumbered) {
                group
                    .entry(number)
                    .or_insert_with(|| [&path[..], &[k]].concat());
            }
        }
        if !group.is_empty() {
            let name = super::unit_lists::unit_name(&n.title).to_string();
            out.entry(name)
                .and_modify(|g| *g = None)
                .or_insert(Some(group));
        }
        collect_groups(&n.children, path, out);
        path.pop();
    }
}

/// Each paragraph of every node's text, in order (a numbered report on a
/// unit, `（一）…有限公司：第①项，…`, is its section's text: `tree`).
fn visit_texts(nodes: &[Node], f: &mut impl FnMut(&str)) {
    for n in nodes {
        n.body.split("\n\n").for_each(&mut *f);
        visit_texts(&n.children, f);
    }
}

/// What a unit's report (its text after the name) decides: (problem,
/// state, clause).
fn states_of(
    rest: &str,
    group: &Group,
    rules: &StatusRules,
) -> Vec<(Vec<usize>, crate::model::Status, String)> {
    let named = clauses(rest);
    if named.is_empty() {
        return all_of(rest, group, rules);
    }
    let all_named: Vec<u32> = named.iter().flat_map(|c| c.0.clone()).collect();
    let mut out = Vec::new();
    for (numbers, clause) in &named {
        let Some(d) = state_of(clause, rules) else {
            continue;
        };
        // `其余问题…`: the ones not named.
        let targets: Vec<u32> = if numbers.is_empty() {
            group
                .keys()
                .filter(|k| !all_named.contains(k))
                .copied()
                .collect()
        } else {
            numbers.clone()
        };
        for path in targets.iter().filter_map(|k| group.get(k)) {
            out.push((path.clone(), d.status, clause.clone()));
        }
    }
    out
}

/// The state a clause that names items reports: the one its first part
/// states (`第2个问题正在整改，新设备已完成招标…`), else the whole's. A
/// step done in the first part while the whole says the work goes on
/// (`第3项…工程已完成设计招标，施工图设计正在审查，计划…`) is no verdict.
fn state_of(clause: &str, rules: &StatusRules) -> Option<super::status::Decision> {
    use crate::model::Status;
    let first = clause.split(['，', ',']).next().unwrap_or(clause);
    let whole = || super::status::by_report(clause, rules);
    match super::status::by_report(first, rules) {
        Some(f) if f.status == Status::Done => match whole() {
            Some(w) if w.status != Status::Done => Some(w),
            _ => Some(f),
        },
        Some(f) => Some(f),
        None => whole(),
    }
}

/// Words that say a report is on all of a unit's problems.
const ALL_WORDS: &[&str] = &["全部", "均已", "均"];

/// A report that names no number (`3个问题已全部整改到位。…`): its first
/// sentence's state for all the unit's problems, when it counts them all
/// or says it is on all; nothing otherwise.
fn all_of(
    rest: &str,
    group: &Group,
    rules: &StatusRules,
) -> Vec<(Vec<usize>, crate::model::Status, String)> {
    let first = rest.split_inclusive(['。', '；']).next().unwrap_or(rest);
    let count = group.len().to_string();
    let counted = first.contains(&format!("{count}个")) || first.contains(&format!("{count}项"));
    let all = ALL_WORDS.iter().any(|w| first.contains(w));
    if !(counted || all || group.len() == 1) {
        return Vec::new();
    }
    let Some(d) = super::status::by_report(first, rules) else {
        return Vec::new();
    };
    group
        .values()
        .map(|path| (path.clone(), d.status, first.to_string()))
        .collect()
}
