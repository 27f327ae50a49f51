use super::ChartId;
use crate::chart::Table;
use crate::locale::{Lang, Msg};

/// The text of a chart besides its marks: title, the `<desc>` sentence, and
/// its data table with caption.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartText {
    pub title: &'static str,
    /// The counts in words, then how to use the keyboard.
    pub desc: String,
    pub table: Table,
    pub table_caption: String,
}

impl ChartText {
    pub(super) fn new(chart: ChartId, sentence: &str, table: Table, lang: Lang) -> ChartText {
        let title = chart.title().text(lang);
        ChartText {
            title,
            desc: format!("{sentence} {}", Msg::ChartKeys.text(lang)),
            table,
            table_caption: Msg::TableCaption.fill(lang, &[title]),
        }
    }
}
