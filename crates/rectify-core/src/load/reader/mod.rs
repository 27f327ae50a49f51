//! A hand-written JSON reader for the report format: bytes → `Report` in
//! one pass, with the located errors of serde_json + `deny_unknown_fields`
//! (JSON path, line and column, Chinese and English) and no monomorphised
//! serde code, which was the largest part of the widget's wasm after Yew.
//! The serde derives stay for writing JSON, the schema and collections.
//!
//! `cursor` (position, path, the failure), `scalar` (strings, numbers,
//! literals, skipping), `number` (text → f64/u32), `shape` (objects with
//! known fields, arrays, typed values), `model` (the format's types),
//! `head` (the `format` field alone), `message` (the words).

mod cursor;
mod head;
mod message;
mod model;
mod number;
mod scalar;
mod shape;

#[cfg(test)]
mod tests;

pub use head::format_field;

use super::{LoadError, Texts};
use crate::model::Report;

/// The report in `text`, typed but not yet validated; the first failure
/// as a located error.
#[cfg(test)]
pub fn read_report(text: &str) -> Result<Report, LoadError> {
    read_report_texts(text, Texts::All)
}

/// The same with only `texts` stored (the outline leaves problems' texts
/// out; the same checks, the same errors).
pub fn read_report_texts(text: &str, texts: Texts) -> Result<Report, LoadError> {
    let mut r = cursor::Reader::new(text);
    match model::report(&mut r, texts).and_then(|report| r.end().map(|()| report)) {
        Ok(report) => Ok(report),
        Err(_) => Err(r.into_error()),
    }
}
