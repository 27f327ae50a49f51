//! Applying review choices to a report: statuses set by the editor (with
//! the reason as `status_evidence {basis: "editor", rule: reason}`), owners
//! and dates, and the chosen stated totals. All choices are checked first;
//! any error leaves the report as it was.

use super::choices::{NodeEdit, ReviewChoices, TotalsChoice, REVIEW_FORMAT};
use super::words::ReviewMsg;
use crate::load::is_iso_date;
use crate::locale::Lang;
use crate::model::{Node, NodeKind, Report, StatedTotals, StatusBasis, StatusEvidence};

/// A review choice that cannot be applied, located in the choices file
/// (`$.edits[2].status.reason`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewError {
    pub path: String,
    pub problem: ReviewProblem,
}

/// What is wrong with a choice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReviewProblem {
    Format(String),
    UnknownId(String),
    NoStatusHere(String),
    MissingReason,
    BadDate(String),
    NoCandidate(u32),
}

impl ReviewError {
    /// The message in `lang`, without the path.
    pub fn message(&self, lang: Lang) -> String {
        match &self.problem {
            ReviewProblem::Format(f) => ReviewMsg::ChoicesFormat.fill(lang, &[f]),
            ReviewProblem::UnknownId(id) => ReviewMsg::UnknownId.fill(lang, &[id]),
            ReviewProblem::NoStatusHere(id) => ReviewMsg::NoStatusHere.fill(lang, &[id]),
            ReviewProblem::MissingReason => ReviewMsg::MissingReason.text(lang).to_string(),
            ReviewProblem::BadDate(d) => ReviewMsg::BadDate.fill(lang, &[d]),
            ReviewProblem::NoCandidate(l) => ReviewMsg::NoCandidate.fill(lang, &[&l.to_string()]),
        }
    }
}

fn err(path: String, problem: ReviewProblem) -> ReviewError {
    ReviewError { path, problem }
}

/// Nodes that carry a status of their own.
pub fn has_own_status(kind: NodeKind) -> bool {
    matches!(
        kind,
        NodeKind::Problem | NodeKind::Measure | NodeKind::LongTerm
    )
}

fn check_edit(report: &Report, i: usize, e: &NodeEdit, out: &mut Vec<ReviewError>) {
    let path = format!("$.edits[{i}]");
    let Some(node) = report.find(&e.id) else {
        out.push(err(
            format!("{path}.id"),
            ReviewProblem::UnknownId(e.id.clone()),
        ));
        return;
    };
    if let Some(s) = &e.status {
        if !has_own_status(node.kind) {
            out.push(err(
                format!("{path}.status"),
                ReviewProblem::NoStatusHere(e.id.clone()),
            ));
        } else if s.reason.trim().is_empty() {
            out.push(err(
                format!("{path}.status.reason"),
                ReviewProblem::MissingReason,
            ));
        }
    }
    if let Some(d) = e.completed_on.as_deref().filter(|d| !d.is_empty()) {
        if !is_iso_date(d) {
            out.push(err(
                format!("{path}.completed_on"),
                ReviewProblem::BadDate(d.to_string()),
            ));
        }
    }
}

/// The candidates a report offers (the chosen one's list, or itself).
pub fn candidates(totals: Option<&StatedTotals>) -> Vec<StatedTotals> {
    match totals {
        None => Vec::new(),
        Some(t) if t.candidates.is_empty() => vec![t.clone()],
        Some(t) => t.candidates.clone(),
    }
}

/// Every error in `choices` against `report` (empty: they apply).
pub fn check(report: &Report, choices: &ReviewChoices) -> Vec<ReviewError> {
    let mut out = Vec::new();
    if choices.format != REVIEW_FORMAT {
        out.push(err(
            "$.format".into(),
            ReviewProblem::Format(choices.format.clone()),
        ));
    }
    for (i, e) in choices.edits.iter().enumerate() {
        check_edit(report, i, e, &mut out);
    }
    if let TotalsChoice::Line(line) = choices.stated_totals {
        let found = candidates(report.stated_totals.as_ref())
            .iter()
            .any(|c| c.source_line == Some(line));
        if !found {
            out.push(err(
                "$.stated_totals.line".into(),
                ReviewProblem::NoCandidate(line),
            ));
        }
    }
    out
}

fn find_mut<'a>(nodes: &'a mut [Node], id: &str) -> Option<&'a mut Node> {
    for n in nodes {
        if n.id == id {
            return Some(n);
        }
        if let Some(found) = find_mut(&mut n.children, id) {
            return Some(found);
        }
    }
    None
}

fn edit_node(node: &mut Node, e: &NodeEdit) {
    if let Some(s) = &e.status {
        node.status = Some(s.status);
        node.status_evidence = Some(StatusEvidence {
            basis: StatusBasis::Editor,
            rule: s.reason.trim().to_string(),
            phrase: None,
        });
    }
    if let Some(owners) = &e.owners {
        node.owners = owners
            .iter()
            .map(|o| o.trim().to_string())
            .filter(|o| !o.is_empty())
            .collect();
    }
    let set = |v: &str| (!v.trim().is_empty()).then(|| v.trim().to_string());
    if let Some(d) = &e.deadline {
        node.deadline = set(d);
    }
    if let Some(d) = &e.completed_on {
        node.completed_on = set(d);
    }
}

fn choose_totals(report: &mut Report, choice: TotalsChoice) {
    match choice {
        TotalsChoice::Auto => {}
        TotalsChoice::None => report.stated_totals = None,
        TotalsChoice::Line(line) => {
            let all = candidates(report.stated_totals.as_ref());
            if let Some(chosen) = all.iter().find(|c| c.source_line == Some(line)) {
                let mut chosen = chosen.clone();
                chosen.candidates = if all.len() > 1 { all } else { Vec::new() };
                report.stated_totals = Some(chosen);
            }
        }
    }
}

/// Applies `choices` (levels aside: they are the converter's) to `report`,
/// or returns every error and leaves it unchanged.
pub fn apply(report: &mut Report, choices: &ReviewChoices) -> Result<(), Vec<ReviewError>> {
    let errors = check(report, choices);
    if !errors.is_empty() {
        return Err(errors);
    }
    for e in &choices.edits {
        if let Some(node) = find_mut(&mut report.nodes, &e.id) {
            edit_node(node, e);
        }
    }
    choose_totals(report, choices.stated_totals);
    Ok(())
}
