//! Small view pieces. Each renders data it is given; state lives in
//! `state.rs` and is changed only through `Action`s.

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
mod stacked_bars;
mod stated_totals;
mod status_badge;
mod svg_tooltip;

pub use area_view::AreaView;
pub use board::Board;
pub use chart_extras::{chart_extras, data_table, Extras};
pub use donut_chart::DonutChart;
pub use error_panel::ErrorPanel;
pub use headline::Headline;
pub use legend::Legend;
pub use loading_panel::LoadingPanel;
pub use mark_events::{mark_events, MarkEvents};
pub use patterns::{pattern_defs, pattern_id};
pub use problem_detail::ProblemDetail;
pub use stacked_bars::StackedBarsChart;
pub use stated_totals::StatedTotals;
pub use status_badge::{status_class, StatusBadge};
pub use svg_tooltip::SvgTooltip;
