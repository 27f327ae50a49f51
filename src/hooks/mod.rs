mod use_hant;
mod use_layout;
mod use_report;

pub use use_hant::{use_hant, Hant};
pub use use_layout::use_layout;
pub use use_report::{use_report, LoadState, Loaded};
