mod use_report;
mod use_width;

pub use use_report::{use_report, LoadState, Loaded};
pub use use_width::use_width;
