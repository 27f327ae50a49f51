//! The import page: an editor pastes a notice or drops a CSV/XLSX ledger,
//! sees the converter's warnings and a preview of the widget, and downloads
//! the JSON. Everything happens in this browser tab; nothing is uploaded.
//! Built only with the `import` feature (the embed widget does not carry the
//! converter or the ledger readers).

mod blob;
mod page;
mod read_file;

pub use page::{ImportPage, ImportPageProps};
