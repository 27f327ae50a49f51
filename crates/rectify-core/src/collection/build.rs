//! Building collection entries from reports found in a folder.

use super::{CollectionEntry, EntryTotals};
use crate::model::Report;

/// The department of a report found at `relative` (its path inside the
/// collected folder, `/`-separated): the first folder of the path
/// (`finance/2025-06-30.json` → `finance`), else the report's issuer, else
/// the file name without its extension.
pub fn department_id_for(relative: &str, report: &Report) -> String {
    if let Some((folder, _)) = relative.split_once('/') {
        return folder.to_string();
    }
    if let Some(issuer) = report.meta.issuer.as_deref().map(str::trim) {
        if !issuer.is_empty() {
            return issuer.to_string();
        }
    }
    let name = relative.rsplit('/').next().unwrap_or(relative);
    name.rsplit_once('.')
        .map_or(name, |(stem, _)| stem)
        .to_string()
}

/// The entry for `report` of `department` at `url`; `None` when the report
/// states no as-of date (`meta.as_of`), which an entry needs.
pub fn entry_for(report: &Report, department: &str, url: &str) -> Option<CollectionEntry> {
    Some(CollectionEntry {
        department: department.to_string(),
        report: url.to_string(),
        as_of: report.meta.as_of.clone()?,
        inspection_round: report.meta.inspection_round.clone(),
        totals: Some(EntryTotals::of(report)),
    })
}
