//! How much a ledger may hold before it is refused. An XLSX file is a zip:
//! 1 MB on disk can inflate to gigabytes (a "zip bomb"), so every part is
//! inflated into a counter, within its limit, before the reader sees it.
//! The defaults are far above any real 整改台账 (hundreds to a few thousand
//! rows of text); the CLI can raise each one.

// Without the `ledger` feature only the limits themselves are used (by the
// options); the checks run in the readers.
#![cfg_attr(not(feature = "ledger"), allow(dead_code))]

use super::LedgerError;

/// The limits of one ledger. See [`LedgerLimits::default`] for the values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LedgerLimits {
    /// Inflated bytes of one part of an XLSX file (a worksheet's XML, the
    /// shared strings).
    pub part_bytes: u64,
    /// Inflated bytes of all parts of an XLSX file together.
    pub total_bytes: u64,
    /// Characters in one cell (Excel itself allows 32,767).
    pub cell_chars: usize,
    /// Rows read from a worksheet or a CSV file.
    pub rows: usize,
}

/// Megabytes, as the CLI's flags count them.
pub const MB: u64 = 1024 * 1024;

impl Default for LedgerLimits {
    fn default() -> Self {
        LedgerLimits {
            part_bytes: 100 * MB,
            total_bytes: 300 * MB,
            cell_chars: 32_767,
            rows: 200_000,
        }
    }
}

/// Which limit a ledger went over, for the message and the flag to raise it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    PartBytes,
    TotalBytes,
    CellChars,
    Rows,
}

impl Limit {
    /// The CLI flag that raises this limit.
    pub fn flag(self) -> &'static str {
        match self {
            Limit::PartBytes => "--max-xlsx-part-mb",
            Limit::TotalBytes => "--max-xlsx-total-mb",
            Limit::CellChars => "--max-cell-chars",
            Limit::Rows => "--max-rows",
        }
    }
}

/// The error for a ledger over `limit`: what was found, the limit, and the
/// flag that raises it.
pub fn over_limit(limit: Limit, what: &str, value: u64, line: Option<u32>) -> LedgerError {
    let (unit_zh, shown) = match limit {
        Limit::PartBytes | Limit::TotalBytes => ("MB", value / MB),
        Limit::CellChars => ("个字符", value),
        Limit::Rows => ("行", value),
    };
    LedgerError {
        line,
        column: None,
        message: format!(
            "台账超出限制：{what}超过 {shown} {unit_zh}（上限），已拒绝读取。\
             如确需读取，可在命令行用 {} 提高上限。",
            limit.flag()
        ),
    }
}

/// Inflates every part of an XLSX (zip) file into a counter and refuses the
/// file when a part, or all of them together, is larger than the limits.
/// Memory stays constant; work stops at the first limit passed. A file that
/// is not a readable zip passes: the XLSX reader reports it.
#[cfg(feature = "ledger")]
pub fn check_xlsx_size(bytes: &[u8], limits: &LedgerLimits) -> Result<(), LedgerError> {
    use std::io::Read;
    let Ok(mut archive) = zip::ZipArchive::new(std::io::Cursor::new(bytes)) else {
        return Ok(());
    };
    let mut total = 0u64;
    for i in 0..archive.len() {
        let Ok(part) = archive.by_index(i) else {
            continue;
        };
        let name = part.name().to_string();
        let inflated =
            std::io::copy(&mut part.take(limits.part_bytes + 1), &mut std::io::sink()).unwrap_or(0);
        if inflated > limits.part_bytes {
            let what = format!("XLSX 文件中的部件“{name}”解压后");
            return Err(over_limit(Limit::PartBytes, &what, limits.part_bytes, None));
        }
        total += inflated;
        if total > limits.total_bytes {
            let what = "XLSX 文件解压后的总大小";
            return Err(over_limit(
                Limit::TotalBytes,
                what,
                limits.total_bytes,
                None,
            ));
        }
    }
    Ok(())
}

/// Refuses a cell longer than the limit (`line` is the row, 1-based).
pub fn check_cell(text: &str, line: u32, limits: &LedgerLimits) -> Result<(), LedgerError> {
    // Bytes first: a cell within the limit in bytes is within it in characters.
    if text.len() > limits.cell_chars && text.chars().count() > limits.cell_chars {
        let what = format!("第 {line} 行有一个单元格的长度");
        return Err(over_limit(
            Limit::CellChars,
            &what,
            limits.cell_chars as u64,
            Some(line),
        ));
    }
    Ok(())
}

/// Refuses a table with more rows than the limit.
pub fn check_rows(rows: usize, line: u32, limits: &LedgerLimits) -> Result<(), LedgerError> {
    if rows > limits.rows {
        return Err(over_limit(
            Limit::Rows,
            "表格的行数",
            limits.rows as u64,
            Some(line),
        ));
    }
    Ok(())
}
