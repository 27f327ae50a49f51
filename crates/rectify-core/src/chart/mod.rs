//! Charts as functions from data to a small geometry model ("marks"), in the
//! spirit of Observable Plot. The app renders the marks as SVG elements; the
//! geometry is computed (and tested) here, natively.
//!
//! Coordinates are in SVG user units of the chart's `viewBox`; the browser
//! scales the viewBox to the available width, so no pixel sizes live here.

mod bars;
mod donut;
mod nav;
mod number;
mod path;
mod table;
mod text;
mod trig;

pub use bars::{BarRow, BarSegment, StackedBars};
pub use donut::{Donut, DonutArc};
pub use nav::{flat_index, position, step, NavKey};
pub use number::{fixed, n as num};
pub use table::{bars_table, donut_table, problems_table, to_csv, Table, TableScope, KEYS};
pub use text::{text_width, truncate_to_width};
