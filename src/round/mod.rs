//! The collection views: the round overview and a department's history
//! (board, burn-up chart, changes between two reports). Built only into the
//! overview bundle (`src/bin/overview.rs`, feature `overview`), which the
//! embed hands a collection to; the embed bundle never carries them.
//! Components only map `rectify_core::view::round` view models to elements.

mod app;
mod batches;
mod burnup_chart;
mod changes_panel;
mod chart_bits;
mod department;
mod distribution_chart;
mod entry_url;
mod fetch;
mod hash;
mod neighbours;
mod overview;

pub use app::{RoundApp, RoundAppProps};
