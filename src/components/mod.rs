//! Small view pieces. Each maps a view model of `rectify_core::view` to
//! elements; state lives in `state.rs` and is changed only through the
//! specific callbacks each piece is given. Pieces with state or hooks of
//! their own (charts, the drill-down, the board) are components; pieces that
//! only draw what they are given are plain functions returning `Html`: a
//! component costs a few KB of wasm, and the bundle has a budget.

mod area_list;
mod area_view;
mod board;
mod chart_extras;
mod contact_panel;
mod copy_link;
mod deadline_filter;
#[cfg(not(feature = "inline-detail"))]
mod detail_slot;
mod donut_chart;
mod error_panel;
mod headline;
mod key_figures;
mod legend;
mod loading_panel;
mod mark_events;
mod patterns;
mod problem_detail;
mod search_box;
mod settings;
mod stacked_bars;
mod stated_totals;
mod status_badge;
mod svg_tooltip;
mod text_sections;
mod timeline;

pub use area_list::area_list;
pub use area_view::{missing_group, AreaView};
pub use board::Board;
pub use chart_extras::{chart_extras, data_table, svg_labels, ChartCommon, Extras};
pub use contact_panel::contact_panel;
pub use copy_link::copy_link;
pub use deadline_filter::deadline_filter;
#[cfg(not(feature = "inline-detail"))]
pub use detail_slot::{use_detail_slot, use_search_slot, SearchSlotProps};
pub use donut_chart::{donut_chart, use_donut, DonutState};
pub use error_panel::{error_panel, ErrorPanelProps};
pub use headline::headline_header;
pub use key_figures::key_figures;
pub use legend::legend;
pub use loading_panel::loading_panel;
pub use mark_events::{mark_events, MarkContext, MarkEvents};
pub use patterns::{pattern_defs, pattern_id};
pub use problem_detail::{deadline_badge, ProblemDetail};
pub use search_box::SearchBox;
pub use settings::{settings, SettingsProps};
pub use stacked_bars::{stacked_bars_chart, use_bars, BarsState};
pub use stated_totals::stated_totals;
pub use status_badge::status_badge;
pub use svg_tooltip::svg_tooltip;
pub use text_sections::text_sections;
pub use timeline::timeline;
