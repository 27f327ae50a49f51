//! `rectify collect`: a collection (`rectify-board-collection/1`) from a
//! folder of reports, and `rectify schema --collection`.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use clap::Args;
use rectify_core::collection::{
    check_department_id, department_id_for, entry_for, is_collection_json, validate, Collection,
    CollectionEntry, Department,
};
use rectify_core::model::Report;

use crate::commands::{is_stdin, located, parse_report, read_text};
use crate::convert::walk;
use crate::departments_csv::read_departments;
use crate::error::{eprint_line, report_and_go_on, CliError};
use crate::exit;
use crate::output::{write_json, write_to, Stdout};
use crate::report_url::{relative_path, to_url};

pub const HELP: &str = "\
Reads every report JSON (.json) in FOLDER and below, validates each (errors
are located as by `rectify validate`), and writes a collection that points
to them by URL relative to the collection file. A report that is invalid,
states no as-of date (meta.as_of), or repeats a department and date is an
error (exit 1): it is named on standard error, the others are still
collected and written. Collection files in the folder are skipped, with a
note.

A report's department is the first folder of its path inside FOLDER
(water/2025-06-30.json → water), else its issuer (meta.issuer), else its
file name. With --departments, a CSV of id,name[,order] gives names and
order; a report belongs to the department whose id is as above or whose
name is its issuer, and one that belongs to none is an error.

EXAMPLES:
  rectify collect reports/ -o reports/collection.json
  rectify collect reports/ --departments departments.csv -o site/collection.json
  rectify sample --collection --departments 300 --reports 4 -o big/ && rectify collect big/ -o big/collection.json";

#[derive(Debug, Args)]
pub struct CollectArgs {
    /// The folder of reports (searched recursively).
    #[arg(value_name = "FOLDER")]
    pub folder: PathBuf,
    /// Write the collection to this file (default: standard output; report
    /// URLs are then relative to the current folder).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Departments as CSV lines id,name[,order].
    #[arg(long, value_name = "departments.csv")]
    pub departments: Option<PathBuf>,
    /// The collection's title (default: from the inspection round).
    #[arg(long)]
    pub title: Option<String>,
}

pub fn collect(a: &CollectArgs, out: &mut Stdout) -> Result<u8, CliError> {
    let output = a.output.as_deref().filter(|p| !is_stdin(p));
    let base = base_folder(output)?;
    let skip = output.and_then(|p| fs::canonicalize(p).ok());
    let mut files = Vec::new();
    walk(&a.folder, &["json"], &mut files).map_err(|e| CliError::io(a.folder.display(), e))?;
    let known = a.departments.as_deref().map(read_departments).transpose()?;
    let mut builder = Builder::new(known);
    let mut code = exit::OK;
    for path in files {
        let absolute = fs::canonicalize(&path).map_err(|e| CliError::io(path.display(), e))?;
        if skip.as_ref() == Some(&absolute) {
            continue;
        }
        let result = read_text(&path).and_then(|text| {
            if is_collection_json(&text) {
                eprint_line(&format!(
                    "{}: note: a collection, not a report; skipped",
                    path.display()
                ));
                return Ok(());
            }
            let report = parse_report(&path, &text)?;
            let url = to_url(&relative_path(&base, &absolute));
            builder.add(&a.folder, &path, &report, url)
        });
        if let Err(e) = result {
            report_and_go_on(e, &mut code, eprint_line)?;
        }
    }
    let collection = builder.finish(a.title.clone());
    let what = output.map_or("standard output".into(), |p| p.display().to_string());
    located(Path::new(&what), validate(&collection))?;
    write_to(output, out, |w| write_json(w, &collection, true))?;
    Ok(code)
}

/// The folder report URLs are relative to: the output file's (created if
/// need be), or the current one.
fn base_folder(output: Option<&Path>) -> Result<PathBuf, CliError> {
    let folder = match output.and_then(Path::parent) {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&folder).map_err(|e| CliError::io(folder.display(), e))?;
    fs::canonicalize(&folder).map_err(|e| CliError::io(folder.display(), e))
}

/// The collection as reports are added.
struct Builder {
    /// From `--departments`: only these, in this order.
    known: Option<Vec<Department>>,
    departments: Vec<Department>,
    entries: Vec<CollectionEntry>,
    /// (department, as_of) → the file that has it.
    seen: HashMap<(String, String), PathBuf>,
}

impl Builder {
    fn new(known: Option<Vec<Department>>) -> Builder {
        Builder {
            departments: known.clone().unwrap_or_default(),
            known,
            entries: Vec::new(),
            seen: HashMap::new(),
        }
    }

    fn add(
        &mut self,
        folder: &Path,
        path: &Path,
        report: &Report,
        url: String,
    ) -> Result<(), CliError> {
        let inside = path.strip_prefix(folder).unwrap_or(path);
        let relative: Vec<String> = inside
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        let relative = relative.join("/");
        let department = self.department_of(&relative, report, path)?;
        if let Err(e) = check_department_id(&department, "$.meta.issuer") {
            return Err(CliError::invalid(format!(
                "{0}: error: department id \"{department}\" (from the folder, issuer or file name): {1}\n{0}: error: 部门 id \"{department}\"（取自文件夹、发文单位或文件名）：{2}",
                path.display(),
                e.message_en,
                e.message_zh
            )));
        }
        let Some(entry) = entry_for(report, &department, &url) else {
            return Err(CliError::invalid(format!(
                "{}: $.meta.as_of: 报告没有截至日期，报告集按截至日期排列报告\n{}: $.meta.as_of: the report states no as-of date, which a collection entry needs",
                path.display(),
                path.display()
            )));
        };
        let key = (department.clone(), entry.as_of.clone());
        if let Some(first) = self.seen.get(&key) {
            return Err(CliError::invalid(format!(
                "{}: error: department \"{}\" already has a report as of {}: {} (同一部门同一日期只能有一份报告)",
                path.display(),
                department,
                entry.as_of,
                first.display()
            )));
        }
        self.seen.insert(key, path.to_path_buf());
        if self.known.is_none() && !self.departments.iter().any(|d| d.id == department) {
            let name = report.meta.issuer.clone().filter(|n| !n.trim().is_empty());
            self.departments.push(Department {
                name: name.unwrap_or_else(|| department.clone()),
                id: department,
                order: None,
            });
        }
        self.entries.push(entry);
        Ok(())
    }

    /// The department id of a report (see [`HELP`]).
    fn department_of(
        &self,
        relative: &str,
        report: &Report,
        path: &Path,
    ) -> Result<String, CliError> {
        let id = department_id_for(relative, report);
        let Some(known) = &self.known else {
            return Ok(id);
        };
        let issuer = report.meta.issuer.as_deref().unwrap_or_default();
        known
            .iter()
            .find(|d| d.id == id)
            .or_else(|| known.iter().find(|d| !issuer.is_empty() && d.name == issuer))
            .map(|d| d.id.clone())
            .ok_or_else(|| {
                CliError::invalid(format!(
                    "{}: error: department \"{id}\" (issuer \"{issuer}\") is not in --departments (部门不在部门列表中)",
                    path.display()
                ))
            })
    }

    fn finish(mut self, title: Option<String>) -> Collection {
        let rounds: Vec<&Option<String>> =
            self.entries.iter().map(|e| &e.inspection_round).collect();
        let common = rounds
            .first()
            .filter(|first| first.is_some() && rounds.iter().all(|r| r == *first))
            .and_then(|r| (*r).clone());
        if common.is_some() {
            self.entries
                .iter_mut()
                .for_each(|e| e.inspection_round = None);
        }
        self.entries
            .sort_by(|a, b| (&a.department, &a.as_of).cmp(&(&b.department, &b.as_of)));
        let title = title.unwrap_or_else(|| match &common {
            Some(round) => format!("{round}整改进展"),
            None => "整改进展报告集".into(),
        });
        let mut collection = Collection::new(title);
        collection.inspection_round = common;
        collection.departments = self.departments;
        collection.entries = self.entries;
        collection
    }
}

/// `rectify schema --collection`.
pub fn schema(out: &mut Stdout) -> Result<u8, CliError> {
    out.json_pretty(&schemars::schema_for!(Collection))?;
    Ok(exit::OK)
}
