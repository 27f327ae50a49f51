//! Which row is the header.

use super::{LedgerError, LedgerOptions, Row};

/// Rows searched for the header (also by [`crate::input::InputFormat::sniff`],
/// which looks for a header row among a text's first lines).
pub(crate) const HEADER_SEARCH: usize = 30;

/// The index of the header row: the row given in the options, or the first
/// of the first [`HEADER_SEARCH`] rows that names the problem column and at
/// least one other known column.
pub(super) fn find_header(rows: &[Row], opts: &LedgerOptions) -> Result<usize, LedgerError> {
    if let Some(h) = opts.header_row {
        return rows.iter().position(|r| r.line == h).ok_or(LedgerError {
            line: Some(h),
            column: None,
            message: format!("第{h}行不存在，无法作为表头"),
        });
    }
    rows.iter()
        .take(HEADER_SEARCH)
        .position(|r| opts.columns.is_header(&r.cells))
        .ok_or(LedgerError {
            line: None,
            column: None,
            message: format!(
                "找不到表头：前{HEADER_SEARCH}行中没有同时包含问题列（如“问题简述”“问题”）和其他已知列（如“序号”“整改措施”“责任单位”）的行。\
                 可用 --header-row 指定表头所在行，或用 --columns 提供列名映射"
            ),
        })
}
