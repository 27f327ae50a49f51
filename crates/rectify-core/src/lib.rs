//! # rectify-core
//!
//! The pure logic of 整改看板 (Rectify Board), with no web dependencies:
//!
//! - [`model`]: the versioned JSON data format (report, metadata, node tree).
//! - [`load`]: parsing and validating a JSON report, with located errors.
//! - [`stats`]: the counts the widget shows (totals, per focus area).
//! - [`chart`]: charts as functions from data to a small geometry model.
//! - [`convert`]: the notice-text converter (text in, [`model::Report`] out).
//!
//! Everything here runs natively (`cargo test -p rectify-core`) and in wasm.

pub mod chart;
pub mod convert;
pub mod load;
pub mod locale;
pub mod model;
pub mod sample;
pub mod stats;
