//! What kind of input a file is, and converting any of them: notice text,
//! CSV ledger or XLSX ledger. The CLI and an import page use this, so that
//! both detect and convert the same way.

use crate::convert::{ConvertOptions, StatusRules};
use crate::ledger::{ColumnMap, LedgerLimits, LedgerOptions, HEADER_SEARCH};

/// The kinds of input the converter reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InputFormat {
    /// The text of a published notice (`.txt`).
    Notice,
    /// A ledger as comma-, semicolon- or tab-separated values (`.csv`, `.tsv`).
    Csv,
    /// A ledger as an Excel workbook (`.xlsx`, `.xlsm`).
    Xlsx,
}

impl InputFormat {
    /// From a name given on the command line: `notice` (or `txt`), `csv`, `xlsx`.
    pub fn parse(name: &str) -> Option<InputFormat> {
        match name.trim().to_ascii_lowercase().as_str() {
            "notice" | "txt" | "text" => Some(InputFormat::Notice),
            "csv" | "tsv" => Some(InputFormat::Csv),
            "xlsx" | "xlsm" | "excel" => Some(InputFormat::Xlsx),
            _ => None,
        }
    }

    /// The name used in messages and `--from`.
    pub fn name(self) -> &'static str {
        match self {
            InputFormat::Notice => "notice",
            InputFormat::Csv => "csv",
            InputFormat::Xlsx => "xlsx",
        }
    }

    /// From a file name's extension, if it is one the converter knows.
    pub fn from_extension(file_name: &str) -> Option<InputFormat> {
        let ext = file_name.rsplit_once('.')?.1.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" | "md" => Some(InputFormat::Notice),
            "csv" | "tsv" => Some(InputFormat::Csv),
            "xlsx" | "xlsm" => Some(InputFormat::Xlsx),
            _ => None,
        }
    }

    /// From the content: a ZIP container is XLSX; text with a ledger header
    /// row (a problem column and another known column, separated by commas,
    /// semicolons or tabs: [`ColumnMap::is_header`]) within its first
    /// `HEADER_SEARCH` (30) lines, the rows a ledger's header is searched
    /// in, is CSV; anything else is a notice.
    pub fn sniff(bytes: &[u8]) -> InputFormat {
        if bytes.starts_with(b"PK\x03\x04") {
            return InputFormat::Xlsx;
        }
        let head = &bytes[..bytes.len().min(64 * 1024)];
        let text = String::from_utf8_lossy(head);
        let map = ColumnMap::default();
        for line in text.lines().take(HEADER_SEARCH) {
            for sep in [',', '\t', ';'] {
                let cells: Vec<String> = line
                    .split(sep)
                    .map(|c| c.trim().trim_matches('"').to_string())
                    .collect();
                if cells.len() >= 3 && map.is_header(&cells) {
                    return InputFormat::Csv;
                }
            }
        }
        InputFormat::Notice
    }

    /// By extension when the name has a known one, else by content.
    pub fn detect(file_name: Option<&str>, bytes: &[u8]) -> InputFormat {
        file_name
            .and_then(InputFormat::from_extension)
            .unwrap_or_else(|| InputFormat::sniff(bytes))
    }
}

/// Options for any input.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// File name, recorded in `meta.source.document`.
    pub source_name: Option<String>,
    /// Status phrases (notices; ledgers whose status column holds sentences).
    pub rules: StatusRules,
    /// Ledgers: column names per field.
    pub columns: ColumnMap,
    /// Ledgers: the 1-based header row, if detection should not guess.
    pub header_row: Option<u32>,
    /// XLSX: the worksheet.
    pub sheet: Option<String>,
    /// Ledgers: sizes past which the file is refused.
    pub limits: LedgerLimits,
    /// Notices: an editor's kind per numbering level (review choices).
    pub levels: Vec<crate::convert::LevelKind>,
}

impl ImportOptions {
    /// The options of the notice converter.
    pub fn notice(&self) -> ConvertOptions {
        ConvertOptions {
            source_name: self.source_name.clone(),
            rules: self.rules.clone(),
            levels: self.levels.clone(),
        }
    }

    /// The options of the ledger converter.
    pub fn ledger(&self) -> LedgerOptions {
        LedgerOptions {
            source_name: self.source_name.clone(),
            columns: self.columns.clone(),
            header_row: self.header_row,
            sheet: self.sheet.clone(),
            rules: self.rules.clone(),
            limits: self.limits,
        }
    }
}

/// Converts the bytes of an input of the given format. Notice text may be
/// UTF-8, UTF-16 (with BOM) or GB18030/GBK. Never panics; fails for a file
/// that is not text where text is expected (a PDF, a program, random bytes:
/// the message says what it seems to be), and for a ledger that cannot be
/// read or has no header row.
#[cfg(feature = "ledger")]
pub fn convert_bytes(
    bytes: &[u8],
    format: InputFormat,
    opts: &ImportOptions,
) -> Result<crate::convert::Conversion, crate::ledger::LedgerError> {
    if format != InputFormat::Xlsx {
        refuse_binary(bytes)?;
    }
    match format {
        InputFormat::Notice => {
            let (text, _) = crate::ledger::decode(bytes);
            Ok(crate::convert::convert_notice(&text, &opts.notice()))
        }
        InputFormat::Csv => crate::ledger::from_csv(bytes, &opts.ledger()),
        InputFormat::Xlsx => crate::ledger::from_xlsx(bytes, &opts.ledger()),
    }
}

/// Converts a CSV ledger straight to JSON text, each problem written to
/// `spill` as it is complete (see [`crate::ledger::spill_row_stream`]): the
/// same report as [`convert_bytes`], in a few bytes of memory per problem.
#[cfg(feature = "ledger")]
pub fn spill_csv_bytes<S: std::io::Read + std::io::Write + std::io::Seek>(
    bytes: &[u8],
    opts: &ImportOptions,
    spill: S,
) -> Result<crate::ledger::SpilledLedger<S>, crate::ledger::SpillError> {
    refuse_binary(bytes)?;
    crate::ledger::spill_csv(bytes, &opts.ledger(), spill)
}

/// A file that is not text (a PDF, a program, random bytes), refused with
/// what it seems to be.
#[cfg(feature = "ledger")]
fn refuse_binary(bytes: &[u8]) -> Result<(), crate::ledger::LedgerError> {
    match crate::binary::binary_kind(bytes) {
        Some(kind) => Err(crate::ledger::LedgerError {
            line: None,
            column: None,
            message: format!("{}（{}）", kind.message_zh(), kind.message_en()),
        }),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detection() {
        assert_eq!(InputFormat::detect(Some("a.TXT"), b""), InputFormat::Notice);
        assert_eq!(InputFormat::detect(Some("a.csv"), b""), InputFormat::Csv);
        assert_eq!(
            InputFormat::detect(None, b"PK\x03\x04..."),
            InputFormat::Xlsx
        );
        let csv = "台账\n序号,问题简述,整改措施\n1,甲,乙\n".as_bytes();
        assert_eq!(InputFormat::detect(Some("-"), csv), InputFormat::Csv);
        let notice = "关于巡察整改情况的通报\n一、整改情况，问题，措施\n".as_bytes();
        assert_eq!(InputFormat::detect(None, notice), InputFormat::Notice);
        assert_eq!(InputFormat::parse("Notice"), Some(InputFormat::Notice));
        assert_eq!(InputFormat::parse("pdf"), None);
    }
}
