//! Which row is the header.

use super::{LedgerError, LedgerOptions, Row};

/// Rows searched for the header (also by [`crate::input::InputFormat::sniff`],
/// which looks for a header row among a text's first lines).
pub(crate) const HEADER_SEARCH: usize = 30;

/// The rows above the header and the header row, read from `rows` (the rest
/// is left in it): the row given in the options, or the first of the first
/// [`HEADER_SEARCH`] rows that names the problem column and at least one
/// other known column.
pub(super) fn find_header(
    rows: &mut impl Iterator<Item = Result<Row, LedgerError>>,
    opts: &LedgerOptions,
) -> Result<(Vec<Row>, Row), LedgerError> {
    let mut above = Vec::new();
    for row in rows.by_ref() {
        let row = row?;
        let is_header = match opts.header_row {
            Some(h) => row.line == h,
            None => opts.columns.is_header(&row.cells),
        };
        if is_header {
            return Ok((above, row));
        }
        above.push(row);
        if opts.header_row.is_none() && above.len() == HEADER_SEARCH {
            break;
        }
    }
    Err(match opts.header_row {
        Some(h) => LedgerError {
            line: Some(h),
            column: None,
            message: format!("第{h}行不存在，无法作为表头"),
        },
        None => LedgerError {
            line: None,
            column: None,
            message: format!(
                "找不到表头：前{HEADER_SEARCH}行中没有同时包含问题列（如“问题简述”“问题”）和其他已知列（如“序号”“整改措施”“责任单位”）的行。\
                 可用 --header-row 指定表头所在行，或用 --columns 提供列名映射"
            ),
        },
    })
}
