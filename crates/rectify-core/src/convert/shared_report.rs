//! Problems listed in one paragraph (`督查发现两方面问题：一是…；二是…。`)
//! whose last item goes on with a sentence about them all (`对上述问题，
//! 督查组已责令…限期于11月30日前整改到位。`): that sentence is the report of
//! every item of the list, not only of the last one. Each item whose status
//! was inferred without a word of its own state takes the state the
//! sentence gives (its basis and the sentence as the phrase, rule
//! `list_report`).

use super::status::by_report;
use super::StatusRules;
use crate::model::{Node, NodeKind, StatusEvidence};

/// Words that point back at the whole list.
const BACK_WORDS: &[&str] = &["上述", "以上", "前述"];

/// The sentence of the text, from the first one that points back at the
/// whole list to the end.
fn back_report(text: &str) -> Option<&str> {
    let at = text
        .split_inclusive('。')
        .scan(0, |start, s| {
            let here = *start;
            *start += s.len();
            Some((here, s))
        })
        .find(|(_, s)| BACK_WORDS.iter().any(|w| s.contains(w)))?
        .0;
    Some(&text[at..])
}

fn silent(n: &Node) -> bool {
    n.kind == NodeKind::Problem && super::deadline_ahead::inferred_silently(n)
}

/// Gives each list printed in one paragraph the report its last item
/// carries for them all.
pub(crate) fn apply(nodes: &mut [Node], rules: &StatusRules) {
    let mut start = 0;
    while start < nodes.len() {
        let line = nodes[start].source_line;
        let end = (start..nodes.len())
            .find(|&k| nodes[k].source_line != line || nodes[k].kind != NodeKind::Problem)
            .unwrap_or(nodes.len())
            .max(start + 1);
        if end - start >= 2 && line.is_some() {
            give(&mut nodes[start..end], rules);
        }
        start = end;
    }
    for n in nodes.iter_mut() {
        apply(&mut n.children, rules);
    }
}

/// The list's last item's report for them all, given to the silent ones.
fn give(list: &mut [Node], rules: &StatusRules) {
    let Some(last) = list.last() else { return };
    let Some(report) = back_report(&last.body).map(str::to_string) else {
        return;
    };
    let Some(d) = by_report(&report, rules) else {
        return;
    };
    for n in list.iter_mut().filter(|n| silent(n)) {
        n.status = Some(d.status);
        n.status_evidence = Some(StatusEvidence {
            basis: d.evidence.basis,
            rule: "list_report".to_string(),
            phrase: Some(report.trim().to_string()),
        });
    }
}
