use super::{present_keys, StatusFilter, StatusKey};
use crate::locale::{status_label, Lang};
use crate::stats::StatusCounts;

/// A legend entry, which is also the status's filter toggle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LegendEntry {
    pub status: StatusKey,
    pub label: &'static str,
    pub count: usize,
    pub shown: bool,
}

/// One entry per status present, in display order.
pub fn legend_entries(
    counts: &StatusCounts,
    filter: &StatusFilter,
    lang: Lang,
) -> Vec<LegendEntry> {
    present_keys(counts)
        .into_iter()
        .map(|(status, count)| LegendEntry {
            status,
            label: status_label(status, lang),
            count,
            shown: filter.is_shown(status),
        })
        .collect()
}
