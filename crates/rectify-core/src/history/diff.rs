//! What changed between two reports of the same department: status
//! changes, added, removed, merged, split and reworded problems, by
//! [`crate::matching`].

use serde::Serialize;

use crate::matching::{match_problems, problems, MatchBasis, Problem};
use crate::model::{Report, Status};
use crate::stats::effective_status;

/// A problem as a diff names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProblemRef {
    pub id: String,
    /// The label as printed (`(14)`), possibly empty.
    pub label: String,
    pub title: String,
    /// The effective status (its own, or derived from its measures).
    pub status: Option<Status>,
}

/// A problem of the old report and its counterpart in the new.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MatchedProblem {
    pub old: ProblemRef,
    pub new: ProblemRef,
    pub basis: MatchBasis,
    /// Similarity of the normalised titles, 0 to 1.
    pub confidence: f64,
}

/// Several old problems that the new report treats as one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MergedProblems {
    pub old: Vec<ProblemRef>,
    pub new: ProblemRef,
    pub confidence: f64,
}

/// One old problem that the new report treats as several.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SplitProblem {
    pub old: ProblemRef,
    pub new: Vec<ProblemRef>,
    pub confidence: f64,
}

/// The changes from an old to a new report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReportDiff {
    pub old_as_of: Option<String>,
    pub new_as_of: Option<String>,
    /// Matched problems whose status changed.
    pub status_changes: Vec<MatchedProblem>,
    /// Matched problems whose title changed (beyond punctuation).
    pub reworded: Vec<MatchedProblem>,
    pub added: Vec<ProblemRef>,
    pub removed: Vec<ProblemRef>,
    pub merged: Vec<MergedProblems>,
    pub split: Vec<SplitProblem>,
    /// Matched problems with the same status and title.
    pub unchanged: usize,
    /// All one-to-one matches, in the new report's order.
    pub matched: Vec<MatchedProblem>,
}

impl ProblemRef {
    fn of(p: &Problem) -> ProblemRef {
        ProblemRef {
            id: p.node.id.clone(),
            label: p.node.label.clone(),
            title: p.node.title.clone(),
            status: effective_status(p.node),
        }
    }
}

/// The diff from `old` to `new`.
pub fn diff(old: &Report, new: &Report) -> ReportDiff {
    let (olds, news) = (problems(old), problems(new));
    let m = match_problems(&olds, &news);
    let refs = |list: &[Problem], at: &[usize]| -> Vec<ProblemRef> {
        at.iter().map(|&i| ProblemRef::of(&list[i])).collect()
    };
    let matched: Vec<MatchedProblem> = m
        .pairs
        .iter()
        .map(|p| MatchedProblem {
            old: ProblemRef::of(&olds[p.old]),
            new: ProblemRef::of(&news[p.new]),
            basis: p.basis,
            confidence: p.confidence,
        })
        .collect();
    let reworded_at = |p: &&crate::matching::Pair| olds[p.old].text != news[p.new].text;
    let status_changes: Vec<MatchedProblem> = matched
        .iter()
        .filter(|p| p.old.status != p.new.status)
        .cloned()
        .collect();
    let reworded: Vec<MatchedProblem> = m
        .pairs
        .iter()
        .zip(&matched)
        .filter(|(p, _)| reworded_at(p))
        .map(|(_, mp)| mp.clone())
        .collect();
    let unchanged = m
        .pairs
        .iter()
        .zip(&matched)
        .filter(|(p, mp)| !reworded_at(p) && mp.old.status == mp.new.status)
        .count();
    ReportDiff {
        old_as_of: old.meta.as_of.clone(),
        new_as_of: new.meta.as_of.clone(),
        status_changes,
        reworded,
        added: refs(&news, &m.added),
        removed: refs(&olds, &m.removed),
        merged: m
            .merged
            .iter()
            .map(|g| MergedProblems {
                old: refs(&olds, &g.old),
                new: ProblemRef::of(&news[g.new]),
                confidence: g.confidence,
            })
            .collect(),
        split: m
            .split
            .iter()
            .map(|g| SplitProblem {
                old: ProblemRef::of(&olds[g.old]),
                new: refs(&news, &g.new),
                confidence: g.confidence,
            })
            .collect(),
        unchanged,
        matched,
    }
}
