use serde::{Deserialize, Serialize};

use crate::deadline::overdue_count;
use crate::model::Report;
use crate::stats::Summary;

/// A report's counts, as a collection entry carries them: problems by
/// status, long-term items, overdue problems against the report's as-of
/// date, and the total the report states about itself.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct EntryTotals {
    /// Problems (`kind: "problem"` nodes).
    pub problems: u32,
    pub done: u32,
    pub in_progress: u32,
    /// Problems whose status is long-term rectification.
    pub long_term: u32,
    pub not_started: u32,
    /// Long-term items (`kind: "long_term"` nodes), counted apart.
    #[serde(default)]
    pub long_term_items: u32,
    /// Problems not done whose deadline (an ISO date) is before `as_of`.
    #[serde(default)]
    pub overdue: u32,
    /// The total of problems the report states (`共反馈问题25个`), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stated_total: Option<u32>,
}

impl EntryTotals {
    /// The counts of `report`, overdue judged against its `meta.as_of`
    /// (none without one).
    pub fn of(report: &Report) -> EntryTotals {
        let summary = Summary::of(report);
        let p = &summary.problems;
        let n = |v: usize| u32::try_from(v).unwrap_or(u32::MAX);
        let overdue = report
            .meta
            .as_of
            .as_deref()
            .map_or(0, |as_of| overdue_count(report, as_of));
        EntryTotals {
            problems: n(p.total()),
            done: n(p.done),
            in_progress: n(p.in_progress),
            long_term: n(p.long_term),
            not_started: n(p.not_started),
            long_term_items: n(summary.long_term_items),
            overdue: n(overdue),
            stated_total: report.stated_totals.as_ref().and_then(|t| t.total),
        }
    }

    /// Done as a share of all problems; `None` without problems.
    pub fn completion_rate(&self) -> Option<f64> {
        (self.problems > 0).then(|| f64::from(self.done) / f64::from(self.problems))
    }
}
