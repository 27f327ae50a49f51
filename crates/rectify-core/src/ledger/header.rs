//! Which row is the header.

use super::{LedgerError, LedgerOptions, Row};

/// Rows searched for the header (also by [`crate::input::InputFormat::sniff`],
/// which looks for a header row among a text's first lines).
pub(crate) const HEADER_SEARCH: usize = 30;

/// The rows above the header, the header row and the row after it when
/// that is no part of the header, read from `rows` (the rest is left in
/// it): the row given in the options, or the first of the first
/// [`HEADER_SEARCH`] rows that names the problem column and at least one
/// other known column; with the row of sub-headers under it, if any
/// ([`with_sub_header`]).
pub(super) fn find_header(
    rows: &mut impl Iterator<Item = Result<Row, LedgerError>>,
    opts: &LedgerOptions,
) -> Result<(Vec<Row>, Row, Option<Row>), LedgerError> {
    let mut above = Vec::new();
    for row in rows.by_ref() {
        let row = row?;
        let is_header = match opts.header_row {
            Some(h) => row.line == h,
            None => opts.columns.is_header(&row.cells),
        };
        if is_header {
            return with_sub_header(row, rows, opts).map(|(h, next)| (above, h, next));
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

/// A header printed on two rows, a merged cell over the columns it groups
/// (`责任主体` over `责任领导` `责任单位`): the row under the header whose
/// every filled cell names a known column is its second row, and each of
/// its cells names its column. Otherwise that row is the first of the
/// body, handed back.
fn with_sub_header(
    mut header: Row,
    rows: &mut impl Iterator<Item = Result<Row, LedgerError>>,
    opts: &LedgerOptions,
) -> Result<(Row, Option<Row>), LedgerError> {
    let Some(next) = rows.next().transpose()? else {
        return Ok((header, None));
    };
    let names_columns = next.filled_cells().next().is_some()
        && next
            .filled_cells()
            .all(|c| opts.columns.field_of(c).is_some());
    if !names_columns || opts.header_row.is_some() {
        return Ok((header, Some(next)));
    }
    for (i, cell) in next.cells.iter().enumerate() {
        if crate::text::trim(cell).is_empty() {
            continue;
        }
        match header.cells.get_mut(i) {
            Some(h) => *h = cell.clone(),
            None => header.cells.push(cell.clone()),
        }
    }
    Ok((header, None))
}
