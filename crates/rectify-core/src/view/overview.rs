use super::StatusFilter;
use crate::locale::{vocab, Lang, Msg};
use crate::model::Status;
use crate::stats::{GroupId, Summary};

/// The overview's list of areas (and long-term sections), each opening its
/// problems.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overview {
    pub heading: &'static str,
    /// The list's accessible name.
    pub label: &'static str,
    pub rows: Vec<AreaRow>,
}

/// An area button: its name, total and counts per status present.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AreaRow {
    pub group: GroupId,
    pub name: String,
    /// The total as the language writes a count (`9个`).
    pub total: String,
    pub counts: Vec<(Status, usize)>,
}

/// The areas with the counts of the statuses the legend `filter` shows.
pub fn overview(summary: &Summary, filter: &StatusFilter, lang: Lang) -> Overview {
    let rows = summary
        .groups
        .iter()
        .chain(&summary.long_term_groups)
        .map(|g| {
            let mut counts = g.counts.present();
            counts.retain(|&(s, _)| filter.is_shown(Some(s)));
            let unknown = if filter.is_shown(None) {
                g.counts.unknown
            } else {
                0
            };
            let total = counts.iter().map(|&(_, n)| n).sum::<usize>() + unknown;
            AreaRow {
                group: g.id.clone(),
                name: g.name(lang),
                total: vocab::count(total, lang),
                counts,
            }
        })
        .collect();
    Overview {
        heading: Msg::BarsHint.text(lang),
        label: Msg::AllAreas.text(lang),
        rows,
    }
}
