//! The command line, declared with clap.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use rectify_core::ledger::{LedgerLimits, MB};

const EXIT_CODES: &str = "\
EXIT CODES:
  0  success
  1  an input is not a valid report, or could not be converted
  2  wrong arguments
  3  a file could not be read or written
  4  converted with warnings, and --deny-warnings was given
  With several files the worst outcome counts (3 > 1 > 4 > 0).
  A write that fails (a full disk) is 3; output to a closed pipe
  (`rectify … | head -1`) stops quietly, as ripgrep does.";

/// 整改看板 (Rectify Board) data tool: converts rectification notices and
/// ledgers (整改台账) to the report JSON the widget shows, checks reports,
/// and prints their counts.
#[derive(Debug, Parser)]
#[command(
    name = "rectify",
    version,
    propagate_version = true,
    after_help = format!("EXAMPLES:
  rectify convert notice.txt -o report.json
  rectify convert ledger.xlsx -o report.json
  rectify convert notices/ -o reports/
  rectify validate report.json && rectify stats report.json
  rectify collect reports/ -o reports/collection.json
  rectify diff old.json new.json
  rectify render report.json -o board.html

{EXIT_CODES}")
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Convert notices (.txt) and ledgers (.csv, .xlsx) to report JSON.
    #[command(after_help = format!("\
Input formats are told by extension (.txt, .csv/.tsv, .xlsx/.xlsm), else by
content; `--from` overrides. Text may be UTF-8, UTF-16 or GBK/GB18030.

A folder is converted file by file (recursively: .txt .csv .tsv .xlsx .xlsm),
each to <name>.json next to it, or under the folder given with -o. A progress
line is shown on standard error when it is a terminal.

Warnings go to standard error as `file:line:column: warning: message`
(for XLSX, line is the spreadsheet row). Text holding bidi controls
(U+202A–U+202E, U+2066–U+2069), which can reorder how it is displayed, is
warned about as `file: warning: $.json.path: message`.

Files that are not text (PDF, Word, images, programs, random bytes) are
refused with what they seem to be. Ledgers are refused past their limits
(--max-xlsx-part-mb, --max-xlsx-total-mb, --max-cell-chars, --max-rows):
an XLSX file is a zip, and each part is inflated into a counter first, so
a small file that inflates to gigabytes costs neither time nor memory.

EXAMPLES:
  rectify convert data/source/zhongshan-finance-2025-09.txt -o report.json
  rectify convert 台账.xlsx --sheet 整改台账 -o report.json
  rectify convert ledger.csv --columns columns.json --header-row 3
  rectify convert notice.txt --review notice.review.json -o report.json
  cat notice.txt | rectify convert - --from notice > report.json
  rectify convert notices/ ledgers/ -o reports/ --deny-warnings

{EXIT_CODES}"))]
    Convert(ConvertArgs),
    /// Check report JSON files against the format; errors name the JSON path.
    #[command(after_help = format!("\
Errors are printed as `file:line:column: $.json.path: message`, in Chinese
and in English. Text holding bidi controls (U+202A–U+202E, U+2066–U+2069) is
warned about as `file: warning: $.json.path: message` (the exit code stays 0).

EXAMPLES:
  rectify validate report.json
  rectify validate data/reports/*.json

{EXIT_CODES}"))]
    Validate {
        /// Report files (`-` for standard input).
        #[arg(required = true, value_name = "REPORT.json")]
        files: Vec<PathBuf>,
    },
    /// Print the counts the widget would show, and stated totals beside them.
    #[command(after_help = format!("\
Given a collection (rectify-board-collection/1), prints one line per
department from its latest report: problems, done, in progress, completion
rate, overdue problems (deadline before the report's as-of date) and the
date of that report. A report that cannot be read is reported, and the
totals the collection holds for it are shown instead.

EXAMPLES:
  rectify stats report.json
  rectify stats report.json --json | jq .problems
  rectify stats collection.json

{EXIT_CODES}"))]
    Stats {
        /// A report or collection file (`-` for standard input: a report).
        #[arg(value_name = "REPORT.json")]
        file: PathBuf,
        /// Print JSON instead of text: problems, measures and each group by
        /// status, with total and completion_rate, and the stated totals.
        #[arg(long)]
        json: bool,
    },
    /// Print the JSON Schema of the data format.
    Schema {
        /// The schema of the collection format instead of the report format.
        #[arg(long)]
        collection: bool,
    },
    /// Print a generated report with N problems, or write a generated
    /// collection (for load tests).
    #[command(after_help = "\
With --collection, writes a generated collection into the folder given with
-o: collection.json and each department's reports as <id>/<date>.json.

EXAMPLES:
  rectify sample --problems 500 -o big.json
  rectify sample --collection --departments 300 --reports 4 -o sample-collection/")]
    Sample {
        /// Number of problems.
        #[arg(long, value_parser = clap::value_parser!(u32).range(1..),
            required_unless_present = "collection")]
        problems: Option<u32>,
        #[command(flatten)]
        collection: crate::collection_sample::SampleCollectionArgs,
        /// Number of focus areas.
        #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u32).range(1..))]
        areas: u32,
        /// Write to this file instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Build a collection (reports by department and date) from a folder of reports.
    #[command(after_help = crate::collect::HELP)]
    Collect(crate::collect::CollectArgs),
    /// Print what changed between two reports of the same department.
    #[command(after_help = crate::diff::HELP)]
    Diff(crate::diff::DiffArgs),
    /// Write the board as an HTML fragment for a portal article, readable
    /// before and without scripts; the widget takes it over.
    #[command(after_help = crate::render::HELP)]
    Render(crate::render::RenderArgs),
}

/// `--from`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum From {
    /// The text of a published notice.
    Notice,
    /// A ledger as CSV (also semicolon- or tab-separated).
    Csv,
    /// A ledger as an Excel workbook.
    Xlsx,
}

#[derive(Debug, Args)]
pub struct ConvertArgs {
    /// Files or folders to convert; `-` reads standard input.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Output: a file for one input (default: standard output), a folder
    /// for several inputs or a folder (default: next to each input).
    #[arg(short, long, value_name = "PATH")]
    pub output: Option<PathBuf>,
    /// Input format, instead of detecting it.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub from: Option<From>,
    /// Status phrases, as JSON: {"done": […], "in_progress": […], …}.
    #[arg(long, value_name = "rules.json")]
    pub rules: Option<PathBuf>,
    /// Ledger column names per field, as JSON: {"problem": ["问题描述"], …}.
    #[arg(long, value_name = "columns.json")]
    pub columns: Option<PathBuf>,
    /// Review choices made in the import page (rectify-review/1): kinds of
    /// numbering levels, statuses set with a reason, owners, dates, the
    /// stated-totals sentence. The same input and choices give the same
    /// JSON as the import page.
    #[arg(long, value_name = "choices.json")]
    pub review: Option<PathBuf>,
    /// Ledger: the 1-based row of the header (default: detected).
    #[arg(long, value_name = "N")]
    pub header_row: Option<u32>,
    /// XLSX: the worksheet to convert (default: the first with data).
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// Ledger: refuse an XLSX file with a part larger than this when
    /// inflated (a zip bomb guard).
    #[arg(long, value_name = "MB", default_value_t = LedgerLimits::default().part_bytes / MB,
        value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    pub max_xlsx_part_mb: u64,
    /// Ledger: refuse an XLSX file larger than this when inflated.
    #[arg(long, value_name = "MB", default_value_t = LedgerLimits::default().total_bytes / MB,
        value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    pub max_xlsx_total_mb: u64,
    /// Ledger: refuse a cell longer than this many characters.
    #[arg(long, value_name = "N", default_value_t = LedgerLimits::default().cell_chars)]
    pub max_cell_chars: usize,
    /// Ledger: refuse a table with more rows than this.
    #[arg(long, value_name = "N", default_value_t = LedgerLimits::default().rows)]
    pub max_rows: usize,
    /// Exit with code 4 when there are warnings.
    #[arg(long)]
    pub deny_warnings: bool,
    /// Print no warnings and no progress.
    #[arg(short, long)]
    pub quiet: bool,
}
