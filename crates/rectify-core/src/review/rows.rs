//! The review table: one row per problem with its status, the evidence
//! (stated, inferred or set by the editor) and the phrase shown in its
//! text, owners and dates.

use crate::model::{Node, NodeKind, Report, Status, StatusBasis};

/// A phrase in the text around it: `before` + `phrase` + `after`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Highlight {
    pub before: String,
    pub phrase: String,
    pub after: String,
}

/// One problem of the table.
#[derive(Debug, Clone, PartialEq)]
pub struct ProblemRow {
    pub id: String,
    pub label: String,
    pub title: String,
    pub status: Option<Status>,
    pub basis: Option<StatusBasis>,
    /// The editor's reason (basis editor).
    pub reason: Option<String>,
    /// The phrase the status rests on, in its text.
    pub highlight: Option<Highlight>,
    pub owners: Vec<String>,
    pub deadline: Option<String>,
    pub completed_on: Option<String>,
}

/// Characters of context on each side of a highlighted phrase.
const CONTEXT: usize = 24;

fn tail(s: &str, n: usize) -> String {
    let count = s.chars().count();
    let skip = count.saturating_sub(n);
    let t: String = s.chars().skip(skip).collect();
    if skip > 0 {
        format!("…{t}")
    } else {
        t
    }
}

fn head(s: &str, n: usize) -> String {
    let t: String = s.chars().take(n).collect();
    if s.chars().count() > n {
        format!("{t}…")
    } else {
        t
    }
}

/// The first place `phrase` occurs in the node or its descendants.
pub fn highlight(node: &Node, phrase: &str) -> Option<Highlight> {
    if phrase.is_empty() {
        return None;
    }
    node.walk().find_map(|n| {
        [n.title.as_str(), n.body.as_str()]
            .into_iter()
            .find_map(|t| {
                let at = t.find(phrase)?;
                Some(Highlight {
                    before: tail(&t[..at], CONTEXT),
                    phrase: phrase.to_string(),
                    after: head(&t[at + phrase.len()..], CONTEXT),
                })
            })
    })
}

fn row(n: &Node) -> ProblemRow {
    let evidence = n.status_evidence.as_ref();
    let basis = evidence.map(|e| e.basis);
    ProblemRow {
        id: n.id.clone(),
        label: n.label.trim().to_string(),
        title: n.title.clone(),
        status: n.status,
        basis,
        reason: evidence
            .filter(|e| e.basis == StatusBasis::Editor)
            .map(|e| e.rule.clone()),
        highlight: evidence
            .and_then(|e| e.phrase.as_deref())
            .and_then(|p| highlight(n, p)),
        owners: n.owners.clone(),
        deadline: n.deadline.clone(),
        completed_on: n.completed_on.clone(),
    }
}

/// Every problem of the report, in printed order.
pub fn problem_rows(report: &Report) -> Vec<ProblemRow> {
    report
        .walk()
        .filter(|n| n.kind == NodeKind::Problem)
        .map(row)
        .collect()
}
