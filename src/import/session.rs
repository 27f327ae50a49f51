//! What the editor loaded and what it becomes with the review choices: a
//! notice or ledger is converted again on every change (so a level's kind
//! re-derives the tree), a re-opened report JSON has the choices applied.

use std::rc::Rc;

use rectify_core::convert::{Level, Warning};
use rectify_core::input::{ImportOptions, InputFormat};
use rectify_core::ledger::{xlsx_sheet_names, LedgerLimits};
use rectify_core::load::{from_json_bytes, LoadError};
use rectify_core::model::{Report, StatedTotals};
use rectify_core::review::{
    apply, candidates, convert_reviewed, ReviewChoices, ReviewError, ReviewFailure,
};

/// What the editor loaded.
#[derive(Clone, PartialEq)]
pub enum Source {
    /// A notice or ledger, kept as bytes.
    Input {
        name: String,
        bytes: Rc<[u8]>,
        format: InputFormat,
        /// XLSX: the worksheet chosen (`None`: the first with data), and all.
        sheet: Option<String>,
        sheets: Vec<String>,
    },
    /// A report JSON opened again.
    Report { name: String, report: Rc<Report> },
}

impl Source {
    pub fn name(&self) -> &str {
        match self {
            Source::Input { name, .. } | Source::Report { name, .. } => name,
        }
    }
}

/// What a source becomes with the choices.
pub struct Derived {
    pub report: Report,
    pub warnings: Vec<Warning>,
    pub levels: Vec<Level>,
    /// The stated-totals sentences to choose from.
    pub candidates: Vec<StatedTotals>,
}

/// Why there is nothing to show.
pub enum Failure {
    /// The input cannot be converted (the converter's message).
    Input(String),
    /// The JSON does not load.
    Load(LoadError),
    /// The review choices do not apply (a stale draft).
    Choices(Vec<ReviewError>),
}

/// A report JSON: by its name, or text that starts with `{`.
pub fn looks_like_json(name: &str, bytes: &[u8]) -> bool {
    let first = bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .unwrap_or(bytes)
        .iter()
        .find(|b| !b.is_ascii_whitespace());
    name.to_ascii_lowercase().ends_with(".json") || first == Some(&b'{')
}

/// The source of a file's bytes: a report JSON (which must load), or an
/// input to convert.
pub fn source_of(name: String, bytes: Vec<u8>) -> Result<Source, Failure> {
    if looks_like_json(&name, &bytes) {
        let report = from_json_bytes(&bytes).map_err(Failure::Load)?;
        return Ok(Source::Report {
            name,
            report: Rc::new(report),
        });
    }
    let format = InputFormat::detect(Some(&name), &bytes);
    let sheets = match format {
        InputFormat::Xlsx => xlsx_sheet_names(&bytes, &LedgerLimits::default()).unwrap_or_default(),
        _ => Vec::new(),
    };
    Ok(Source::Input {
        name,
        bytes: bytes.into(),
        format,
        sheet: None,
        sheets,
    })
}

/// The source with the choices applied.
pub fn derive(source: &Source, choices: &ReviewChoices) -> Result<Derived, Failure> {
    match source {
        Source::Input {
            name,
            bytes,
            format,
            sheet,
            ..
        } => {
            let opts = ImportOptions {
                source_name: Some(name.clone()),
                sheet: sheet.clone(),
                ..ImportOptions::default()
            };
            let reviewed =
                convert_reviewed(bytes, *format, &opts, choices).map_err(|e| match e {
                    ReviewFailure::Input(e) => Failure::Input(e.message),
                    ReviewFailure::Choices(e) => Failure::Choices(e),
                })?;
            let c = reviewed.conversion;
            Ok(Derived {
                report: c.report,
                warnings: c.warnings,
                levels: c.levels,
                candidates: reviewed.candidates,
            })
        }
        Source::Report { report, .. } => {
            let mut report = (**report).clone();
            let offered = candidates(report.stated_totals.as_ref());
            apply(&mut report, choices).map_err(Failure::Choices)?;
            Ok(Derived {
                report,
                warnings: Vec::new(),
                levels: Vec::new(),
                candidates: offered,
            })
        }
    }
}
