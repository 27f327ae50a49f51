//! Ledgers (整改台账): a table with one problem per row, from CSV or XLSX,
//! into the same [`Report`] as a notice.
//!
//! - The header row is the first of the first 30 rows that names the problem
//!   column and at least one other known column ([`ColumnMap::is_header`]), or the row
//!   given in [`LedgerOptions::header_row`]. A single-cell row before it is
//!   the title; other rows before it go to `report.skipped` (a `截至…` date in
//!   them becomes `meta.as_of`, else the date it was filled in, `填报时间：…`;
//!   the unit that filled it in, `填报单位：…`, `meta.issuer`; a summary
//!   sentence `stated_totals`).
//! - Each row with a problem is a `problem` node: 序号 is its label, the
//!   problem text its title (first sentence) and body, 整改进展 more body,
//!   整改措施 its `measure` children (one per line or numbered item),
//!   责任单位/责任领导/责任人 its owners, 完成时限 its deadline (ISO date where
//!   it is one, Excel serial dates included, else the phrase), 整改完成时间 its
//!   completed_on, 整改状态/是否整改完成 its status (是/已完成 → done,
//!   否/正在整改 → in progress, 长期坚持 → long-term, 未开始 → not started).
//!   Every other column is kept in `extra` under its header.
//! - A row without a problem but with measures continues the problem above
//!   (cells merged in Excel). A row with a single filled cell is a group
//!   heading (`一、党的领导方面`); rows repeating the header are skipped.
//! - Problems are grouped into focus areas by the 问题来源 (category) column,
//!   or by group-heading rows; without either they stand at the top level.
//!
//! Reading CSV and XLSX needs the `ledger` feature ([`from_csv`],
//! [`from_xlsx`]); [`from_rows`] works on rows from anywhere.

mod body;
pub(crate) use body::sums_label;
mod cells;
mod columns;
mod excel_date;
mod groups;
mod header;
mod layout;
mod limits;
mod preamble;
mod problem;
#[cfg(feature = "ledger")]
mod read;
mod short_rows;
mod spill;
mod status;

pub use columns::{ColumnMap, Field};
pub(crate) use header::HEADER_SEARCH;
pub use limits::{LedgerLimits, Limit, MB};
#[cfg(feature = "ledger")]
pub use read::{
    decode, decode_text, from_csv, from_xlsx, read_csv, read_csv_within, read_xlsx,
    xlsx_sheet_names, XlsxSheet, MAX_CELLS, MAX_COLUMNS,
};
#[cfg(feature = "ledger")]
pub use spill::spill_csv;
pub use spill::{spill_row_stream, SpillError, SpilledLedger};
pub(crate) use status::restate_row;
pub use status::status_word;

use crate::convert::{Conversion, StatusRules};
use crate::model::{Report, Skipped, Source};
use crate::text::{is_ws, totals};

/// One row of a table: its 1-based line (CSV) or row number (XLSX), and cells as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub line: u32,
    pub cells: Vec<String>,
}

/// Options for ledger conversion.
#[derive(Debug, Clone, Default)]
pub struct LedgerOptions {
    /// File name, recorded in `meta.source.document` (and the title's fallback).
    pub source_name: Option<String>,
    pub columns: ColumnMap,
    /// 1-based row of the header, when detection should not guess.
    pub header_row: Option<u32>,
    /// XLSX: the worksheet to read (default: the first with data).
    pub sheet: Option<String>,
    /// Phrases for statuses written as sentences in the status or progress columns.
    pub rules: StatusRules,
    /// Sizes past which a ledger is refused (XLSX parts, cells, rows).
    pub limits: LedgerLimits,
}

/// Why a ledger could not be converted at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LedgerError {
    pub line: Option<u32>,
    pub column: Option<u32>,
    /// In Chinese, what is wrong and what to do.
    pub message: String,
}

impl std::fmt::Display for LedgerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for LedgerError {}

impl Row {
    /// The filled cells, trimmed, in order.
    pub(crate) fn filled_cells(&self) -> impl Iterator<Item = &str> {
        self.cells
            .iter()
            .map(|c| c.trim_matches(is_ws))
            .filter(|c| !c.is_empty())
    }

    /// The filled cells joined with spaces: the row as one line of text.
    pub(crate) fn joined(&self) -> String {
        self.filled_cells().collect::<Vec<_>>().join(" ")
    }

    pub(crate) fn is_blank(&self) -> bool {
        self.filled_cells().next().is_none()
    }
}

/// Converts rows of a ledger. Fails only when no header row can be found.
pub fn from_rows(rows: &[Row], opts: &LedgerOptions) -> Result<Conversion, LedgerError> {
    from_row_stream(rows.iter().cloned().map(Ok), opts)
}

/// Converts a ledger's rows as they are read, one at a time: only the rows
/// down to the header are kept, so memory grows with the report made, not
/// with the table read. Fails when no header row can be found, or at the
/// first row that `rows` fails to read (a limit passed, a CSV error).
///
/// The phases: the header row (`header`) and where each field is
/// (`layout`); the rows above it (`preamble`); the rows below it, one by
/// one (`body`); statuses not stated (`status`); focus areas and ids
/// (`groups`).
pub fn from_row_stream(
    mut rows: impl Iterator<Item = Result<Row, LedgerError>>,
    opts: &LedgerOptions,
) -> Result<Conversion, LedgerError> {
    let (above, header, first) = header::find_header(&mut rows, opts)?;
    let rows = first.map(Ok).into_iter().chain(rows);
    let layout = layout::Layout::new(&header, &opts.columns);
    let preamble = preamble::read(&above);
    let mut body = body::read(rows, &layout, &opts.rules, body::Grouped::default())?;
    for node in body.problems.nodes_mut() {
        status::infer(node, &opts.rules);
    }
    let mut warnings = body.warnings;
    let nodes = groups::arrange(
        body.problems.groups,
        &body.headings,
        layout.column_no(Field::Number),
        &mut warnings,
    );
    let mut report = report_head(preamble, body.notes, body.skipped, opts);
    report.nodes = nodes;
    warnings.sort_by_key(|w| (w.line, w.column));
    Ok(Conversion {
        report,
        warnings,
        levels: Vec::new(),
    })
}

/// The report without its nodes: the title, the as-of date and the stated
/// totals (from the rows above the header and the notes below the table),
/// the source, and the rows skipped by line.
fn report_head(
    preamble: preamble::Preamble,
    body_notes: Vec<(u32, String)>,
    body_skipped: Vec<Skipped>,
    opts: &LedgerOptions,
) -> Report {
    let mut notes = preamble.notes;
    notes.extend(body_notes);
    let mut skipped = preamble.skipped;
    skipped.extend(body_skipped);

    let mut report = Report::new(preamble.title.unwrap_or_else(|| title_from_file(opts)));
    if let Some(as_of) = preamble.as_of {
        report.meta.as_of = Some(as_of.date);
        report.meta.as_of_text = Some(as_of.text);
    }
    report.meta.issuer = preamble.issuer;
    report.meta.source = Some(Source {
        document: opts.source_name.clone(),
        publisher: None,
        generator: Some(crate::convert::GENERATOR.to_string()),
        url: None,
    });
    let note_refs: Vec<(u32, &str)> = notes.iter().map(|(l, t)| (*l, t.as_str())).collect();
    report.stated_totals = totals::find(&note_refs);
    skipped.sort_by_key(|s| s.line);
    report.skipped = skipped;
    report
}

/// The title of a ledger without a title row: its file name without the
/// extension, or 整改台账.
fn title_from_file(opts: &LedgerOptions) -> String {
    opts.source_name
        .as_deref()
        .map(|s| s.rsplit_once('.').map_or(s, |(a, _)| a).to_string())
        .unwrap_or_else(|| "整改台账".into())
}

#[cfg(test)]
mod tests;
