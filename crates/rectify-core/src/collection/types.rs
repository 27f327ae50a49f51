use serde::{Deserialize, Serialize};

use super::EntryTotals;

/// The value of [`Collection::format`] written by this version.
pub const COLLECTION_FORMAT: &str = "rectify-board-collection/1";
/// Collections whose `format` has this major version are understood.
pub const COLLECTION_FORMAT_MAJOR: u32 = 1;

/// Reports of many departments at several dates: what a round overview and
/// a department's history are drawn from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Collection {
    /// Format identifier and major version, `rectify-board-collection/1`.
    pub format: String,
    /// A heading for the overview (`十五届市委第六轮巡察整改进展`).
    pub title: String,
    /// The inspection round the collection covers, when it covers one
    /// (`十五届市委第六轮巡察`); entries may name their own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inspection_round: Option<String>,
    /// The departments, each once.
    pub departments: Vec<Department>,
    /// One entry per report, any order; at most one per department and date.
    pub entries: Vec<CollectionEntry>,
}

/// A department (an inspected unit) of the collection.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Department {
    /// Unique in the collection; deep links use it (`#finance`).
    pub id: String,
    /// The name as shown (`市财政局`).
    pub name: String,
    /// Position in lists before any sorting by the reader (ascending);
    /// departments without one follow, by name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<u32>,
}

/// One report of one department at one date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CollectionEntry {
    /// The [`Department::id`] the report is of.
    pub department: String,
    /// The report's URL, relative to the collection file (`finance/2025-06-30.json`).
    pub report: String,
    /// The date the report's figures refer to (its `meta.as_of`), ISO.
    pub as_of: String,
    /// The round of this report when it differs from the collection's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inspection_round: Option<String>,
    /// Counts of the report, so that an overview can show the department
    /// without fetching the report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub totals: Option<EntryTotals>,
}

impl Collection {
    /// An empty collection of the current format.
    pub fn new(title: impl Into<String>) -> Collection {
        Collection {
            format: COLLECTION_FORMAT.into(),
            title: title.into(),
            inspection_round: None,
            departments: Vec::new(),
            entries: Vec::new(),
        }
    }

    /// The department with this id.
    pub fn department(&self, id: &str) -> Option<&Department> {
        self.departments.iter().find(|d| d.id == id)
    }

    /// A department's entries, oldest first.
    pub fn history(&self, department: &str) -> Vec<&CollectionEntry> {
        let mut entries: Vec<&CollectionEntry> = self
            .entries
            .iter()
            .filter(|e| e.department == department)
            .collect();
        entries.sort_by(|a, b| a.as_of.cmp(&b.as_of));
        entries
    }

    /// The departments in display order: by `order`, then by name, then id.
    pub fn departments_in_order(&self) -> Vec<&Department> {
        let mut departments: Vec<&Department> = self.departments.iter().collect();
        departments.sort_by(|a, b| {
            (a.order.is_none(), a.order, &a.name, &a.id).cmp(&(
                b.order.is_none(),
                b.order,
                &b.name,
                &b.id,
            ))
        });
        departments
    }
}
