//! What the widget shows, per language, as view models: the headline, the
//! charts' marks with their text, aria labels and tooltips, the overview's
//! area list, drill-down listings, stated totals and problem details.
//! Components in the widget only map these to elements, so everything here
//! is tested natively.
//!
//! Interface words come from [`crate::locale::vocab`]; the report's own
//! text is passed through untouched.

mod bars;
mod chart_id;
mod chart_text;
mod contact;
mod deadline_filter;
mod detail;
mod donut;
mod drill;
mod duty;
mod error;
mod fetch;
mod filter;
mod handover;
mod headline;
mod key_figures;
mod legend;
mod listing;
mod loading;
mod mark;
mod overview;
mod provenance;
pub mod round;
mod search;
mod sections;
mod source;
mod stated;
mod status;
mod timeline;
mod tip;

pub use bars::{bars_view, BarRowView, BarsView, SegmentView, CAPTION_FONT, CAPTION_LINE};
pub use chart_id::ChartId;
pub use chart_text::ChartText;
pub use contact::{contact_view, ContactRow, ContactView};
pub use deadline_filter::{
    deadline_filter_view, deadline_words, narrow_to_deadline, DeadlineChoice, DeadlineFilterView,
    DEADLINE_STATES,
};
pub use detail::{evidence_view, figure_change, figures_caption, EvidenceView};
pub use donut::{donut_view, ArcView, DonutView, DONUT_SIZE, MIN_LABEL_SHARE};
pub use drill::Drill;
pub use duty::{
    deadline_badge, deadline_glyph, deadline_mark, duty_view, overdue_figure, DeadlineBadge,
    DutyField, DutyView,
};
pub use error::{error_location, error_message, source_shown};
pub use fetch::FetchFailure;
pub use filter::{filter_note, StatusFilter};
pub use handover::{DetailAction, DetailRequest, ListingRequest, SearchRequest, Wire};
pub use headline::{headline, Fact, FigureKind, Headline, HeadlineFigure};
pub use key_figures::{key_figures, FigureGroup, FigureRow, KeyFigures, TOP_FIGURES};
pub use legend::{legend_entries, LegendEntry};
pub use listing::{drill_listing, DrillListing, ProblemRow, FIRST_ROWS};
pub use loading::{size_text, Progress, StallTimeout};
pub use mark::MarkKey;
pub use overview::{overview, AreaRow, Overview};
pub use provenance::{provenance, Provenance};
pub use search::{search_view, SearchFieldView, SearchGroupView, SearchHitView, SearchView};
pub use sections::{text_sections, TextItem, TextSection};
pub use source::{check_page_source, RefusedSource};
pub use stated::{stated_view, StatedRow, StatedView};
pub use status::{present_keys, status_glyph, status_key, StatusKey};
pub use timeline::{timeline_view, TimelineRow, TimelineView, TIMELINE_WIDTH};
pub use tip::Tip;

#[cfg(test)]
mod tests;
