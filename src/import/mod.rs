//! The import page: an editor pastes a notice, drops a CSV/XLSX ledger or
//! re-opens a report JSON, reviews and corrects it (numbering levels,
//! statuses with reasons, owners and dates, the stated totals, consistency
//! checks), sees a preview of the widget, and downloads the JSON and the
//! review choices. Everything happens in this browser tab; nothing is
//! uploaded. Built only with the `import` feature (the embed widget does
//! not carry the converter or the ledger readers).

mod blob;
mod downloads;
mod draft;
mod limits;
mod page;
mod read_file;
mod review;
mod session;
mod state;
mod warnings;

pub use page::{ImportPage, ImportPageProps};
