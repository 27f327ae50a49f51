//! 整改看板 (Rectify Board): the Yew widget. A thin layer over rectify-core:
//! it fetches a JSON report, loads it with `rectify_core::load`, and renders
//! the summary and chart geometry that rectify-core computes.
//!
//! Two entry points share this library: the embed widget (`src/main.rs`,
//! loaded by `web/boot.js`) and the import page (`src/bin/import.rs`, loaded
//! by `web/import/boot.js`, built only with the `import` feature); a third,
//! the collection views (`src/bin/overview.rs`, feature `overview`), is
//! loaded by the embed only when its `data-src` is a collection.

pub mod address;
pub mod app;
pub mod components;
pub mod detail;
pub mod export;
pub mod hooks;
#[cfg(feature = "import")]
pub mod import;
pub mod links;
pub mod mount;
#[cfg(feature = "ssr")]
pub mod prerender;
#[cfg(feature = "overview")]
pub mod round;
pub mod source;
pub mod state;
pub mod takeover;
