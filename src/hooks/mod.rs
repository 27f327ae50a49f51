pub(crate) mod after_paint;
mod fetch;
mod use_deep_link;
mod use_drawn_rows;
mod use_hant;
mod use_layout;
mod use_report;
mod use_slash_focus;
mod use_vocab;

pub use use_deep_link::{use_deep_link, DeepLinks};
pub use use_drawn_rows::use_drawn_rows;
#[cfg(not(feature = "inline-detail"))]
pub use use_hant::table_text;
pub use use_hant::{give_table, table_given, use_hant, Hant};
#[cfg(feature = "ssr")]
pub use use_layout::set_prerender_width;
pub use use_layout::use_layout;
#[cfg(feature = "overview")]
pub(crate) use use_report::{fetch_report_bytes, report_state};
pub use use_report::{read_report, use_report, LoadState, Loaded, UseReport};
pub use use_slash_focus::use_slash_focus;
pub use use_vocab::{use_vocab, UseVocab, Vocab};
