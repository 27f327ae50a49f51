use super::{ChartId, MarkKey};
use crate::locale::{Lang, Msg};

/// A tooltip: which mark, the lines it shows, and its anchor in the chart's
/// viewBox units.
#[derive(Debug, Clone, PartialEq)]
pub struct Tip {
    pub mark: MarkKey,
    pub lines: Vec<String>,
    pub x: f64,
    pub y: f64,
}

impl Tip {
    /// The chart the anchor refers to.
    pub fn chart(&self) -> ChartId {
        self.mark.chart()
    }

    /// The lines as one phrase, for the live region.
    pub fn spoken(&self, lang: Lang) -> String {
        self.lines.join(Msg::ListSeparator.text(lang))
    }
}
