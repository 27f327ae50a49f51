//! Reading the text of notices and ledgers: the layer the notice converter
//! ([`crate::convert`]) and the ledger converter ([`crate::ledger`]) share.
//!
//! - [`chars`]: normalisation of full-width forms (one char to one char, so
//!   indices into the normalised text are indices into the printed text),
//!   whitespace, sentence and clause ends, searching in `[char]`.
//! - [`numerals`]: Chinese and ASCII numbers.
//! - [`dates`]: dates, ranges and as-of phrases (`截至2025年6月底`).
//! - [`label`]: numbering labels (`一、`, `(一)`, `1.`, `①`, `一是`, …) and
//!   the title of a numbered paragraph.
//! - [`owners`]: owners, deadlines and completion dates stated in a text.
//! - [`phrases`]: status phrases (in progress, done) and when they count.
//! - [`results`]: past-tense results (`已…`) before continuing work.
//! - [`figures`]: the figures a text states (`176.1亿元,增长3.36%`).
//! - [`totals`]: a summary sentence of counts (`共反馈问题25个，已完成19个`).
//! - [`totals_choice`]: which summary sentence is the report's.
//! - [`ids`]: unique node ids from printed numbers.
//!
//! Nothing here knows whether the text came from a notice or a ledger.

pub(crate) mod chars;
pub(crate) mod dates;
pub(crate) mod figures;
pub(crate) mod ids;
pub(crate) mod label;
pub(crate) mod numerals;
pub(crate) mod owners;
pub(crate) mod phrases;
pub(crate) mod plans;
pub(crate) mod results;
pub(crate) mod simplified;
pub(crate) mod table_totals;
pub(crate) mod totals;
pub(crate) mod totals_choice;

pub(crate) use chars::*;
pub(crate) use numerals::*;
