//! The burn-up series of a department: per as-of date, problems done, in
//! progress, long-term and in all, overdue problems, and the total the
//! report states where it states one.

use serde::Serialize;

use crate::collection::{CollectionEntry, EntryTotals};
use crate::model::Report;

/// One date of the series.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BurnupPoint {
    pub as_of: String,
    #[serde(flatten)]
    pub totals: EntryTotals,
}

/// The series of `reports`, oldest first. A report without `meta.as_of`
/// cannot be placed in time and is left out (`rectify collect` refuses
/// such reports).
pub fn burnup(reports: &[&Report]) -> Vec<BurnupPoint> {
    let mut points: Vec<BurnupPoint> = reports
        .iter()
        .filter_map(|r| {
            Some(BurnupPoint {
                as_of: r.meta.as_of.clone()?,
                totals: EntryTotals::of(r),
            })
        })
        .collect();
    points.sort_by(|a, b| a.as_of.cmp(&b.as_of));
    points
}

/// The series from a collection's entries alone (their `totals`), without
/// fetching the reports; entries without totals are left out.
pub fn burnup_from_entries(entries: &[&CollectionEntry]) -> Vec<BurnupPoint> {
    let mut points: Vec<BurnupPoint> = entries
        .iter()
        .filter_map(|e| {
            Some(BurnupPoint {
                as_of: e.as_of.clone(),
                totals: e.totals.clone()?,
            })
        })
        .collect();
    points.sort_by(|a, b| a.as_of.cmp(&b.as_of));
    points
}
