use super::{ChartId, StatusKey};
use crate::locale::{percent, vocab, Lang, Msg};
use crate::stats::GroupId;

/// Identifies a chart mark (the tooltip's owner).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MarkKey {
    /// A donut arc: the problems with a status.
    Arc(StatusKey),
    /// A bar segment: a group's problems with a status.
    Segment(GroupId, StatusKey),
}

impl MarkKey {
    pub fn chart(&self) -> ChartId {
        match self {
            MarkKey::Arc(_) => ChartId::Donut,
            MarkKey::Segment(..) => ChartId::Bars,
        }
    }
}

/// The words of one mark: its count and share (`20个 · 64.52%`), and the
/// same for the aria label (`已完成 20个，64.52%`).
pub(super) struct MarkWords {
    pub status: &'static str,
    pub count_share: String,
    pub aria: String,
}

impl MarkWords {
    pub fn new(status: StatusKey, value: usize, share: f64, lang: Lang) -> MarkWords {
        let status = crate::locale::status_label(status, lang);
        let count = vocab::count(value, lang);
        let share = percent(share);
        MarkWords {
            status,
            count_share: format!("{count} · {share}"),
            aria: format!("{status} {count}{}{share}", Msg::ListSeparator.text(lang)),
        }
    }
}
