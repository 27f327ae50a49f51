//! Where each field is in one ledger: the header row read with a
//! [`ColumnMap`].

use super::columns::{squash, ColumnMap, Field};
use super::Row;
use crate::text::is_ws;

/// The header row: the headers as printed and the field of each column.
pub(super) struct Layout {
    headers: Vec<String>,
    fields: Vec<Option<Field>>,
    /// The headers squashed, to spot the header printed again below.
    header_keys: Vec<String>,
}

impl Layout {
    pub(super) fn new(header: &Row, columns: &ColumnMap) -> Layout {
        let headers: Vec<String> = header
            .cells
            .iter()
            .map(|c| c.trim_matches(is_ws).to_string())
            .collect();
        let fields = columns.map_headers(&headers);
        let header_keys = headers.iter().map(|h| squash(h)).collect();
        Layout {
            headers,
            fields,
            header_keys,
        }
    }

    /// The 0-based column of a field, if the ledger has one.
    pub(super) fn column(&self, field: Field) -> Option<usize> {
        self.fields.iter().position(|x| *x == Some(field))
    }

    /// The number of columns.
    pub(super) fn len(&self) -> usize {
        self.headers.len()
    }

    /// The field of a column, if it maps to one.
    pub(super) fn field_at(&self, column: usize) -> Option<Field> {
        self.fields.get(column).copied().flatten()
    }

    /// The 1-based column of a field for a warning (1 when it has none).
    pub(super) fn column_no(&self, field: Field) -> u32 {
        self.column(field).map_or(1, |c| c as u32 + 1)
    }

    /// The header of a column as printed (empty when there is none).
    pub(super) fn header(&self, column: usize) -> &str {
        self.headers.get(column).map_or("", String::as_str)
    }

    /// A field's cell in a row, trimmed; empty when the ledger has no such
    /// column or the row is shorter.
    pub(super) fn cell(&self, row: &Row, field: Field) -> String {
        self.column(field)
            .and_then(|c| row.cells.get(c))
            .map(|s| s.trim_matches(is_ws).to_string())
            .unwrap_or_default()
    }

    /// Whether a row repeats the header (two or more cells equal to theirs).
    pub(super) fn repeats_header(&self, row: &Row) -> bool {
        row.cells
            .iter()
            .map(|c| squash(c))
            .zip(&self.header_keys)
            .filter(|(a, b)| !a.is_empty() && a == *b)
            .count()
            >= 2
    }

    /// The filled cells of columns that map to no field, each under its
    /// header (or `第N列` where the header is empty).
    pub(super) fn other_cells<'r>(
        &'r self,
        row: &'r Row,
    ) -> impl Iterator<Item = (String, &'r str)> {
        row.cells.iter().enumerate().filter_map(move |(c, value)| {
            let value = value.trim_matches(is_ws);
            if value.is_empty() || self.fields.get(c).is_some_and(|f| f.is_some()) {
                return None;
            }
            let key = match self.headers.get(c).filter(|h| !h.is_empty()) {
                Some(h) => h.clone(),
                None => format!("第{}列", c + 1),
            };
            Some((key, value))
        })
    }
}
