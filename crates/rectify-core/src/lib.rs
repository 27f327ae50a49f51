//! # rectify-core
//!
//! The pure logic of 整改看板 (Rectify Board), with no web dependencies:
//!
//! - [`model`]: the versioned JSON data format (report, metadata, node tree).
//! - [`load`]: parsing and validating a JSON report, with located errors.
//! - [`stats`]: the counts the widget shows (totals, per focus area).
//! - [`chart`]: charts as functions from data to a small geometry model.
//! - [`view`]: what the widget shows, per language (headline, marks with
//!   their text, listings): the widget's components only map it to elements.
//! - [`convert`]: the notice-text converter (text in, [`model::Report`] out).
//! - [`ledger`]: rectification ledgers (整改台账) as tables, CSV and XLSX
//!   (the readers need the `ledger` feature), into the same report.
//! - [`collection`]: reports of many departments at several dates;
//!   [`matching`] problems between two reports, [`history`] (diff, burn-up)
//!   and [`deadline`] judgements.
//! - [`input`]: which kind of input a file is, and converting any of them;
//!   [`binary`]: refusing files that are not text.
//! - `text` (internal): reading Chinese administrative text (dates, labels,
//!   owners, status phrases, figures), shared by `convert` and `ledger`.
//!
//! Everything here runs natively (`cargo test -p rectify-core`) and in wasm.

pub mod bidi;
pub mod binary;
pub mod cache;
pub mod calendar;
pub mod chart;
pub mod collection;
pub mod contact;
pub mod convert;
pub mod deadline;
pub mod disclosure;
pub mod fingerprint;
pub mod history;
pub mod input;
pub mod ledger;
pub mod link;
pub mod load;
pub mod locale;
pub mod matching;
pub mod model;
pub mod review;
pub mod sample;
pub mod search;
pub mod stats;
pub(crate) mod text;
pub mod view;

#[cfg(test)]
mod test_support;
