//! Reading ledgers: CSV (UTF-8, UTF-16 or GB18030/GBK as Excel writes it;
//! comma, semicolon or tab separated) and XLSX (calamine).

use std::borrow::Cow;
use std::io::Cursor;

use std::collections::BTreeMap;

use calamine::{DataRef, Reader, Xlsx};

use super::excel_date::excel_serial;
use super::limits::{check_cell, check_rows, check_xlsx_size, LedgerLimits};
use super::{from_row_stream, LedgerError, LedgerOptions, Row};
use crate::convert::Conversion;

/// Text from bytes: UTF-8 (a BOM is dropped), UTF-16 with a BOM, otherwise
/// GB18030 (a superset of GBK, what Chinese Excel saves CSV as). Returns the
/// text and the encoding's name.
pub fn decode_text(bytes: &[u8]) -> (String, &'static str) {
    let (text, encoding) = decode(bytes);
    (text.into_owned(), encoding)
}

/// As [`decode_text`], borrowing the bytes when they are UTF-8 already (a
/// 100 MB file is not copied).
pub fn decode(bytes: &[u8]) -> (Cow<'_, str>, &'static str) {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return (String::from_utf8_lossy(rest), "UTF-8");
    }
    if let Some((enc, _)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _, _) = enc.decode(bytes);
        return (text, enc.name());
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => (Cow::Borrowed(s), "UTF-8"),
        Err(_) => {
            let (text, _, _) = encoding_rs::GB18030.decode(bytes);
            (text, "GB18030")
        }
    }
}

fn delimiter(text: &str) -> u8 {
    let head: String = text.lines().take(10).collect::<Vec<_>>().join("\n");
    let count = |c: char| head.chars().filter(|&x| x == c).count();
    let (commas, tabs, semis) = (count(',') + count('，') / 4, count('\t'), count(';'));
    if tabs > commas && tabs >= semis {
        b'\t'
    } else if semis > commas {
        b';'
    } else {
        b','
    }
}

/// The rows of a CSV file, within the default [`LedgerLimits`].
pub fn read_csv(bytes: &[u8]) -> Result<Vec<Row>, LedgerError> {
    read_csv_within(bytes, &LedgerLimits::default())
}

/// The rows of a CSV file; refused past `limits` (cell length, rows).
pub fn read_csv_within(bytes: &[u8], limits: &LedgerLimits) -> Result<Vec<Row>, LedgerError> {
    let (text, _) = decode(bytes);
    csv_rows(&text, limits).collect()
}

/// The rows of CSV text, one at a time as they are parsed; an error (a
/// limit passed, a CSV error) ends them.
pub(super) fn csv_rows<'a>(
    text: &'a str,
    limits: &'a LedgerLimits,
) -> impl Iterator<Item = Result<Row, LedgerError>> + 'a {
    let reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter(text))
        .from_reader(text.as_bytes());
    let mut count = 0usize;
    reader.into_records().map(move |record| {
        let record = record.map_err(|e| {
            let line = e
                .position()
                .map(|p| u32::try_from(p.line()).unwrap_or(u32::MAX));
            LedgerError {
                line,
                column: None,
                message: format!("CSV 无法读取：{e}"),
            }
        })?;
        count += 1;
        let line = record.position().map_or(count as u64, |p| p.line());
        let line = u32::try_from(line).unwrap_or(u32::MAX);
        check_rows(count, line, limits)?;
        for cell in record.iter() {
            check_cell(cell, line, limits)?;
        }
        Ok(Row {
            line,
            cells: record.iter().map(str::to_string).collect(),
        })
    })
}

/// A number as Excel shows it: `3`, `12.5`.
fn number_text(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        format!("{f}")
    }
}

/// Columns read from a worksheet; cells further right are counted and warned about.
pub const MAX_COLUMNS: u32 = 256;
/// Cells (filled, or empty to the left of a filled one) read from a worksheet.
pub const MAX_CELLS: usize = 5_000_000;

fn date_text(dt: &calamine::ExcelDateTime) -> String {
    let v = dt.as_f64();
    if dt.is_datetime() && v.is_finite() && (1.0..2_958_466.0).contains(&v) {
        let (y, m, d, ..) = dt.to_ymd_hms_milli();
        if let Some(iso) = crate::text::dates::iso(i32::from(y), u32::from(m), u32::from(d)) {
            return iso;
        }
    }
    excel_serial(v).unwrap_or_else(|| number_text(v))
}

fn cell_text(d: &DataRef<'_>) -> String {
    match d {
        DataRef::Empty => String::new(),
        DataRef::String(s) => s.clone(),
        DataRef::SharedString(s) => s.to_string(),
        DataRef::Float(f) => number_text(*f),
        DataRef::Int(i) => i.to_string(),
        DataRef::Bool(b) => if *b { "是" } else { "否" }.to_string(),
        DataRef::DateTime(dt) => date_text(dt),
        DataRef::DateTimeIso(s) => s.get(..10).unwrap_or(s).to_string(),
        DataRef::DurationIso(s) => s.clone(),
        DataRef::Error(e) => format!("#{e:?}"),
    }
}

fn xlsx_err(message: String) -> LedgerError {
    LedgerError {
        line: None,
        column: None,
        message,
    }
}

/// Filled cells by row: (column, text), both 0-based.
type SheetCells = BTreeMap<u32, Vec<(u32, String)>>;
/// Cells (row, column) right of [`MAX_COLUMNS`].
type Beyond = Vec<(u32, u32)>;

/// A worksheet read from a workbook.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XlsxSheet {
    /// Its rows (row numbers 1-based, as Excel shows them).
    pub rows: Vec<Row>,
    /// Its name.
    pub name: String,
    /// The other worksheets that have data.
    pub others: Vec<String>,
    /// Cells (row, column; 0-based) right of [`MAX_COLUMNS`], not read.
    pub beyond: Vec<(u32, u32)>,
}

/// The filled cells of a worksheet, read as a stream (a workbook whose
/// dimensions claim millions of cells costs only what it holds).
fn sheet_cells<RS: std::io::Read + std::io::Seek>(
    book: &mut Xlsx<RS>,
    name: &str,
    stop_at_first: bool,
    limits: &LedgerLimits,
) -> Result<(SheetCells, Beyond), LedgerError> {
    let mut reader = book
        .worksheet_cells_reader(name)
        .map_err(|e| xlsx_err(format!("工作表“{name}”无法读取：{e}")))?;
    let mut rows = SheetCells::new();
    let mut beyond = Vec::new();
    let mut cells = 0usize;
    while let Some(cell) = reader
        .next_cell()
        .map_err(|e| xlsx_err(format!("工作表“{name}”无法读取：{e}")))?
    {
        let (r, c) = cell.get_position();
        let text = cell_text(cell.get_value());
        if text.trim().is_empty() {
            continue;
        }
        check_cell(&text, r.saturating_add(1), limits)?;
        if c >= MAX_COLUMNS {
            beyond.push((r, c));
            continue;
        }
        cells += c as usize + 1;
        if cells > MAX_CELLS {
            return Err(xlsx_err(format!(
                "工作表“{name}”过大：超过{MAX_CELLS}个单元格"
            )));
        }
        rows.entry(r).or_default().push((c, text));
        check_rows(rows.len(), r.saturating_add(1), limits)?;
        if stop_at_first {
            break;
        }
    }
    Ok((rows, beyond))
}

/// The names of an XLSX workbook's worksheets, in order (for choosing one).
pub fn xlsx_sheet_names(bytes: &[u8], limits: &LedgerLimits) -> Result<Vec<String>, LedgerError> {
    check_xlsx_size(bytes, limits)?;
    let read = std::panic::catch_unwind(|| {
        Xlsx::new(Cursor::new(bytes))
            .map(|book: Xlsx<_>| book.sheet_names())
            .map_err(|e| xlsx_err(format!("不是可读的 XLSX 文件：{e}")))
    });
    read.unwrap_or_else(|_| Err(xlsx_err("XLSX 文件已损坏，无法读取".into())))
}

/// An XLSX worksheet: `sheet`, or the first with data.
pub fn read_xlsx(
    bytes: &[u8],
    sheet: Option<&str>,
    limits: &LedgerLimits,
) -> Result<XlsxSheet, LedgerError> {
    check_xlsx_size(bytes, limits)?;
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes))
        .map_err(|e| xlsx_err(format!("不是可读的 XLSX 文件：{e}")))?;
    let names = book.sheet_names();
    if let Some(s) = sheet {
        if !names.iter().any(|n| n == s) {
            return Err(xlsx_err(format!(
                "没有名为“{s}”的工作表；工作表有：{}",
                names.join("、")
            )));
        }
    }
    let mut chosen: Option<(String, SheetCells, Beyond)> = None;
    let mut others = Vec::new();
    for name in &names {
        if sheet.is_some_and(|s| s != name) {
            continue;
        }
        if chosen.is_some() {
            let (cells, beyond) = sheet_cells(&mut book, name, true, limits)?;
            if !cells.is_empty() || !beyond.is_empty() {
                others.push(name.clone());
            }
            continue;
        }
        let (cells, beyond) = sheet_cells(&mut book, name, false, limits)?;
        if !cells.is_empty() || sheet.is_some() {
            chosen = Some((name.clone(), cells, beyond));
        }
    }
    let Some((name, cells, beyond)) = chosen else {
        return Err(xlsx_err("工作簿中没有数据".into()));
    };
    let rows = cells
        .into_iter()
        .map(|(r, mut cs)| {
            cs.sort_by_key(|(c, _)| *c);
            let width = cs.last().map_or(0, |(c, _)| *c as usize + 1);
            let mut cells = vec![String::new(); width];
            for (c, t) in cs {
                cells[c as usize] = t;
            }
            Row {
                line: r.saturating_add(1),
                cells,
            }
        })
        .collect();
    Ok(XlsxSheet {
        rows,
        name,
        others,
        beyond,
    })
}

/// Converts a CSV ledger, row by row as it is parsed (never held as a
/// table; UTF-8 bytes are not even copied).
pub fn from_csv(bytes: &[u8], opts: &LedgerOptions) -> Result<Conversion, LedgerError> {
    let (text, _) = decode(bytes);
    from_row_stream(csv_rows(&text, &opts.limits), opts)
}

/// Converts an XLSX ledger (one worksheet; a warning names the others with data).
///
/// A panic inside the XLSX reader on a damaged file (calamine has unchecked
/// arithmetic on cell references, which panics in builds with overflow
/// checks) becomes an error where panics unwind.
pub fn from_xlsx(bytes: &[u8], opts: &LedgerOptions) -> Result<Conversion, LedgerError> {
    let read = std::panic::catch_unwind(|| read_xlsx(bytes, opts.sheet.as_deref(), &opts.limits))
        .unwrap_or_else(|_| Err(xlsx_err("XLSX 文件已损坏，无法读取".into())));
    let XlsxSheet {
        rows,
        name,
        others,
        beyond,
    } = read?;
    let mut c = from_row_stream(rows.into_iter().map(Ok), opts)?;
    if let Some(&(r, col)) = beyond.first() {
        c.warnings.insert(
            0,
            crate::convert::Warning {
                line: r.saturating_add(1),
                column: col.saturating_add(1),
                message: format!(
                    "工作表有{}个单元格在第{MAX_COLUMNS}列之后，未转换",
                    beyond.len()
                ),
            },
        );
    }
    if !others.is_empty() {
        c.warnings.insert(
            0,
            crate::convert::Warning {
                line: 1,
                column: 1,
                message: format!(
                    "只转换了工作表“{name}”；其他有数据的工作表：{}（在导入页的工作表选择框或用命令行的 --sheet 选择）",
                    others.join("、")
                ),
            },
        );
    }
    Ok(c)
}
