//! `rectify diff`: what changed between two reports of the same department.

use std::path::PathBuf;

use clap::Args;
use rectify_core::history::{describe_diff, diff as diff_reports};

use crate::commands::load_report;
use crate::error::CliError;
use crate::exit;
use crate::output::Stdout;

pub const HELP: &str = "\
Matches the problems of the two reports (by id when stable, else by label
and area, else by title similarity, with a confidence) and prints status
changes (`(14) 正在整改 → 已完成，2025-06-30 → 2025-12-31`), added, removed,
merged, split and reworded problems. Problems that match nothing are
reported as added or removed, never guessed.

EXAMPLES:
  rectify diff water/2025-06-30.json water/2025-12-31.json
  rectify diff old.json new.json --json | jq '.status_changes[].new.id'";

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The earlier report.
    #[arg(value_name = "OLD.json")]
    pub old: PathBuf,
    /// The later report.
    #[arg(value_name = "NEW.json")]
    pub new: PathBuf,
    /// Print JSON: status_changes, reworded, added, removed, merged, split,
    /// unchanged and matched (each match with its basis and confidence).
    #[arg(long)]
    pub json: bool,
}

pub fn diff(a: &DiffArgs, out: &mut Stdout) -> Result<u8, CliError> {
    let old = load_report(&a.old)?;
    let new = load_report(&a.new)?;
    let d = diff_reports(&old, &new);
    if a.json {
        out.json_pretty(&d)?;
    } else {
        for line in describe_diff(&d) {
            out.line(&line)?;
        }
    }
    Ok(exit::OK)
}
