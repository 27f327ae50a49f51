//! The review step before publishing: an editor's choices about a
//! conversion ([`ReviewChoices`], a `rectify-review/1` JSON file) and
//! applying them, the same in the import page and in
//! `rectify convert --review`:
//!
//! - numbering levels: the kind of each level (`convert::LevelKind`),
//!   applied by the converter, which re-derives the tree;
//! - statuses set by the editor with a reason (`basis: "editor"`), owners,
//!   deadlines and completion dates ([`apply`]);
//! - which summary sentence holds the stated totals, or none.
//!
//! Also what the review shows: the problems table ([`problem_rows`], with
//! the phrase each status rests on), the consistency checks ([`checks`]),
//! the download's file name ([`download_name`]) and the import page's
//! vocabulary ([`ReviewMsg`]).

mod apply;
mod change;
mod checks;
mod choices;
mod name;
mod rows;
mod words;

pub use apply::{apply, candidates, check, has_own_status, ReviewError, ReviewProblem};
pub use change::{parse_owners, Change, ReviewHistory};
pub use checks::{checks, Finding, FindingKind};
pub use choices::{NodeEdit, ReviewChoices, StatusEdit, TotalsChoice, REVIEW_FORMAT};
pub use name::download_name;
pub use rows::{highlight, problem_rows, Highlight, ProblemRow};
pub use words::ReviewMsg;

use crate::convert::{convert_notice, Conversion, ConvertOptions};
#[cfg(feature = "ledger")]
use crate::input::{convert_bytes, ImportOptions, InputFormat};
use crate::model::Report;

/// Converts a notice's text with the levels of `choices`, then applies the
/// rest of them.
pub fn review_notice(
    text: &str,
    opts: &ConvertOptions,
    choices: &ReviewChoices,
) -> Result<Conversion, Vec<ReviewError>> {
    let opts = ConvertOptions {
        levels: choices.levels.clone(),
        ..opts.clone()
    };
    let mut conversion = convert_notice(text, &opts);
    apply(&mut conversion.report, choices)?;
    Ok(conversion)
}

/// Why a reviewed conversion failed: the input, or the choices.
#[cfg(feature = "ledger")]
#[derive(Debug, Clone)]
pub enum ReviewFailure {
    Input(crate::ledger::LedgerError),
    Choices(Vec<ReviewError>),
}

/// Converts `bytes` (any input format) with the levels of `choices`, then applies the rest of
/// them. The one path of the import page and `rectify convert --review`.
#[cfg(feature = "ledger")]
pub fn convert_reviewed(
    bytes: &[u8],
    format: InputFormat,
    opts: &ImportOptions,
    choices: &ReviewChoices,
) -> Result<Reviewed, ReviewFailure> {
    let opts = ImportOptions {
        levels: choices.levels.clone(),
        ..opts.clone()
    };
    let mut conversion = convert_bytes(bytes, format, &opts).map_err(ReviewFailure::Input)?;
    let offered = candidates(conversion.report.stated_totals.as_ref());
    apply(&mut conversion.report, choices).map_err(ReviewFailure::Choices)?;
    Ok(Reviewed {
        conversion,
        candidates: offered,
    })
}

/// A conversion with review choices applied, and the stated-totals
/// sentences the editor can choose from (before the choice).
#[derive(Debug, Clone)]
pub struct Reviewed {
    pub conversion: Conversion,
    pub candidates: Vec<crate::model::StatedTotals>,
}

/// The report as the CLI and the import page write it: pretty JSON and a
/// final newline.
pub fn report_json(report: &Report) -> String {
    serde_json::to_string_pretty(report).unwrap_or_default() + "\n"
}

#[cfg(test)]
mod tests;
