//! The counts the widget shows: problems by status, overall and per group.
//!
//! Completion is counted over the nodes the report marks as problems
//! ([`NodeKind::Problem`]). Items that need long-term rectification
//! ([`NodeKind::LongTerm`]) are counted separately.

mod counts;
mod effective;
mod groups;
mod listing;
mod one_pass;
mod stated;

pub use counts::StatusCounts;
pub use effective::effective_status;
pub use groups::{groups, long_term_groups, Group, GroupId};
pub use listing::{listing, Listing};
pub use stated::{compare_stated, stated_vs_counted, Comparison, Mismatch, StatedField};

use crate::model::Report;

/// Everything the headline and the charts need.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Summary {
    /// Problems by (effective) status.
    pub problems: StatusCounts,
    /// Measures by status, over all problems.
    pub measures: StatusCounts,
    /// Number of long-term items (需长期整改事项).
    pub long_term_items: usize,
    /// Problems per group (focus area), in printed order.
    pub groups: Vec<Group>,
    /// Long-term items per section.
    pub long_term_groups: Vec<Group>,
}

impl Summary {
    pub fn of(report: &Report) -> Summary {
        one_pass::summarise(report)
    }
}

#[cfg(test)]
mod tests;
