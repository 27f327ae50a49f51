//! Small view pieces. Each maps a view model of `rectify_core::view` to
//! elements; state lives in `state.rs` and is changed only through the
//! specific callbacks each piece is given.

mod area_list;
mod area_view;
mod board;
mod chart_extras;
mod donut_chart;
mod error_panel;
mod headline;
mod legend;
mod loading_panel;
mod mark_events;
mod patterns;
mod problem_detail;
mod settings;
mod stacked_bars;
mod stated_totals;
mod status_badge;
mod svg_tooltip;

pub use area_list::AreaList;
pub use area_view::{missing_group, AreaView};
pub use board::Board;
pub use chart_extras::{chart_extras, data_table, svg_labels, ChartCommon, Extras};
pub use donut_chart::DonutChart;
pub use error_panel::ErrorPanel;
pub use headline::Headline;
pub use legend::Legend;
pub use loading_panel::LoadingPanel;
pub use mark_events::{mark_events, MarkContext, MarkEvents};
pub use patterns::{pattern_defs, pattern_id};
pub use problem_detail::ProblemDetail;
pub use settings::Settings;
pub use stacked_bars::StackedBarsChart;
pub use stated_totals::StatedTotals;
pub use status_badge::StatusBadge;
pub use svg_tooltip::SvgTooltip;
