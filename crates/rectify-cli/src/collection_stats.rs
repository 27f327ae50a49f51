//! `rectify stats collection.json`: one line per department, from its
//! latest report.

use std::path::{Path, PathBuf};

use rectify_core::collection::{self, Collection, CollectionEntry, EntryTotals};
use rectify_core::locale::percent;
use serde::Serialize;

use crate::commands::{is_stdin, load_report, located, read_text};
use crate::error::{eprint_line, report_and_go_on, CliError};
use crate::exit;
use crate::output::Stdout;
use crate::report_url::from_url;

/// Whether `path` is a collection file (standard input is read as a report).
pub fn is_collection_file(path: &Path) -> bool {
    !is_stdin(path)
        && std::fs::read_to_string(path).is_ok_and(|t| collection::is_collection_json(&t))
}

/// A department's line.
#[derive(Debug, Serialize)]
struct DepartmentStats<'a> {
    id: &'a str,
    name: &'a str,
    /// Reports of the department in the collection.
    reports: usize,
    /// The as-of date of the latest report, if there is one.
    last_report: Option<&'a str>,
    /// Counts of the latest report (overdue against its as-of date).
    #[serde(flatten)]
    totals: Option<EntryTotals>,
    completion_rate: Option<f64>,
    /// `report` when counted from the report file, `collection` when taken
    /// from the totals the collection holds (the report could not be read).
    counted_from: Option<&'static str>,
}

pub fn stats(path: &Path, json: bool, out: &mut Stdout) -> Result<u8, CliError> {
    let collection = located(path, collection::from_json_str(&read_text(path)?))?;
    let folder = path.parent().unwrap_or(Path::new("."));
    let mut code = exit::OK;
    let mut rows = Vec::new();
    for department in collection.departments_in_order() {
        let history = collection.history(&department.id);
        let latest = history.last().copied();
        let (totals, counted_from) = match latest {
            None => (None, None),
            Some(entry) => match latest_totals(folder, entry) {
                Ok(t) => (Some(t), Some("report")),
                Err(e) => {
                    report_and_go_on(e, &mut code, eprint_line)?;
                    (
                        entry.totals.clone(),
                        entry.totals.as_ref().map(|_| "collection"),
                    )
                }
            },
        };
        rows.push(DepartmentStats {
            id: &department.id,
            name: &department.name,
            reports: history.len(),
            last_report: latest.map(|e| e.as_of.as_str()),
            completion_rate: totals.as_ref().and_then(EntryTotals::completion_rate),
            totals,
            counted_from,
        });
    }
    if json {
        out.json_pretty(&rows)?;
    } else {
        print_text(&collection, &rows, out)?;
    }
    Ok(code)
}

fn latest_totals(folder: &Path, entry: &CollectionEntry) -> Result<EntryTotals, CliError> {
    let Some(relative) = from_url(&entry.report) else {
        return Err(CliError::invalid(format!(
            "error: {}: not a relative URL; only reports beside the collection can be read",
            entry.report
        )));
    };
    let path: PathBuf = folder.join(relative);
    Ok(EntryTotals::of(&load_report(&path)?))
}

fn print_text(
    collection: &Collection,
    rows: &[DepartmentStats],
    out: &mut Stdout,
) -> Result<(), CliError> {
    out.line(&collection.title)?;
    out.line("部门\t问题\t已完成\t正在整改\t完成率\t逾期\t最近报告")?;
    for row in rows {
        let counts = match &row.totals {
            Some(t) => format!(
                "{}\t{}\t{}\t{}\t{}",
                t.problems,
                t.done,
                t.in_progress,
                row.completion_rate
                    .map(percent)
                    .unwrap_or_else(|| "—".into()),
                t.overdue
            ),
            None => "—\t—\t—\t—\t—".into(),
        };
        let note = if row.counted_from == Some("collection") {
            "（报告集所载）"
        } else {
            ""
        };
        out.line(&format!(
            "{}\t{counts}\t{}{note}",
            row.name,
            row.last_report.unwrap_or("无报告")
        ))?;
    }
    Ok(())
}
