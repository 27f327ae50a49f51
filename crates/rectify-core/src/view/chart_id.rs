use crate::locale::Msg;

/// One of the widget's charts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChartId {
    /// The completion donut.
    Donut,
    /// Stacked bars per focus area.
    Bars,
}

impl ChartId {
    /// The identifier in element ids and export file names (`donut`, `bars`).
    pub fn key(self) -> &'static str {
        match self {
            ChartId::Donut => "donut",
            ChartId::Bars => "bars",
        }
    }

    /// The chart's title.
    pub fn title(self) -> Msg {
        match self {
            ChartId::Donut => Msg::DonutTitle,
            ChartId::Bars => Msg::BarsTitle,
        }
    }
}
