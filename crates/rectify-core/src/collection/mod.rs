//! The collection format, version 1 (`rectify-board-collection/1`): a list
//! of reports by department and as-of date, for one inspection round or
//! several. A collection only points to reports (by URL, relative to the
//! collection); each report stays a `rectify-board/1` report. See
//! `docs/data-format.md`, "Collections", and
//! `schema/collection.v1.schema.json`.

mod build;
mod load;
mod sample;
mod totals;
mod types;
mod validate;

pub use build::{department_id_for, entry_for};
pub use load::{from_json_str, is_collection_json};
pub use sample::{generate, SampleCollection};
pub use totals::EntryTotals;
pub use types::{
    Collection, CollectionEntry, Department, COLLECTION_FORMAT, COLLECTION_FORMAT_MAJOR,
};
pub use validate::{check_department_id, validate};

#[cfg(test)]
mod tests;
