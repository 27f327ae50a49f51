//! `rectify convert`: files, folders or standard input to report JSON.

use std::fs;
use std::path::{Path, PathBuf};

use rectify_core::convert::{StatusRules, Warning};
use rectify_core::input::{spill_csv_bytes, ImportOptions, InputFormat};
use rectify_core::ledger::{ColumnMap, LedgerLimits, SpillError, SpilledLedger, MB};
use rectify_core::locale::Lang;
use rectify_core::review::{convert_reviewed, ReviewChoices, ReviewFailure};

use crate::bidi::{bidi_warnings, may_hold_bidi_control, BidiPaths};
use crate::cli::{ConvertArgs, From};
use crate::commands::{is_stdin, read_bytes, read_json};
use crate::error::{eprint_line, report_and_go_on, CliError};
use crate::exit;
use crate::output::{write_json, write_to, Stdout};
use crate::progress::Progress;

/// One file to convert and where its JSON goes (`None`: standard output).
struct Job {
    input: PathBuf,
    output: Option<PathBuf>,
}

const EXTENSIONS: &[&str] = &["txt", "csv", "tsv", "xlsx", "xlsm"];

/// The files under `dir` (recursively, sorted) whose extension is one of
/// `extensions` (lower case; matched in any case).
pub fn walk(dir: &Path, extensions: &[&str], out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, extensions, out)?;
        } else if p
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| extensions.contains(&e.to_ascii_lowercase().as_str()))
        {
            out.push(p);
        }
    }
    Ok(())
}

/// `name.json` for `name.ext`; `name.ext.json` when another input already
/// takes `name.json`.
fn json_name(rel: &Path, taken: &mut Vec<PathBuf>) -> PathBuf {
    let mut out = rel.with_extension("json");
    if taken.contains(&out) {
        let mut s = rel.as_os_str().to_owned();
        s.push(".json");
        out = PathBuf::from(s);
    }
    taken.push(out.clone());
    out
}

fn plan(a: &ConvertArgs) -> Result<Vec<Job>, CliError> {
    let single = a.inputs.len() == 1 && !a.inputs[0].is_dir();
    if single {
        let input = a.inputs[0].clone();
        let output = match &a.output {
            Some(o) if o.is_dir() && !is_stdin(&input) => Some(
                o.join(
                    input
                        .file_name()
                        .map_or(PathBuf::from("report"), PathBuf::from)
                        .with_extension("json"),
                ),
            ),
            Some(o) if o.is_dir() => Some(o.join("report.json")),
            other => other.clone(),
        };
        return Ok(vec![Job { input, output }]);
    }
    if a.inputs.iter().any(|p| is_stdin(p)) {
        return Err(CliError::usage(
            "`-` (standard input) cannot be combined with other inputs",
        ));
    }
    if let Some(o) = &a.output {
        if o.is_file() {
            return Err(CliError::usage(format!(
                "-o {} is a file; with several inputs or a folder, -o names a folder",
                o.display()
            )));
        }
    }
    let mut jobs = Vec::new();
    let mut taken = Vec::new();
    for input in &a.inputs {
        if input.is_dir() {
            let mut files = Vec::new();
            walk(input, EXTENSIONS, &mut files).map_err(|e| CliError::io(input.display(), e))?;
            if files.is_empty() {
                eprint_line(&format!(
                    "warning: {}: no .txt, .csv, .tsv, .xlsx or .xlsm files",
                    input.display()
                ));
            }
            for f in files {
                let rel = f.strip_prefix(input).unwrap_or(&f).to_path_buf();
                let output = match &a.output {
                    Some(o) => o.join(json_name(&rel, &mut taken)),
                    None => input.join(json_name(&rel, &mut taken)),
                };
                jobs.push(Job {
                    input: f,
                    output: Some(output),
                });
            }
        } else {
            let name = PathBuf::from(input.file_name().unwrap_or(input.as_os_str()));
            let output = match &a.output {
                Some(o) => o.join(json_name(&name, &mut taken)),
                None => json_name(input, &mut taken),
            };
            jobs.push(Job {
                input: input.clone(),
                output: Some(output),
            });
        }
    }
    Ok(jobs)
}

/// The options every input is converted with (`--rules`, `--columns`, …).
fn import_options(a: &ConvertArgs) -> Result<ImportOptions, CliError> {
    let mut opts = ImportOptions {
        header_row: a.header_row,
        sheet: a.sheet.clone(),
        limits: LedgerLimits {
            part_bytes: a.max_xlsx_part_mb * MB,
            total_bytes: a.max_xlsx_total_mb * MB,
            cell_chars: a.max_cell_chars,
            rows: a.max_rows,
        },
        ..ImportOptions::default()
    };
    if let Some(p) = &a.rules {
        opts.rules = read_json::<StatusRules>(p)?;
    }
    if let Some(p) = &a.columns {
        opts.columns = read_json::<ColumnMap>(p)?;
    }
    Ok(opts)
}

pub fn convert(a: ConvertArgs, out: &mut Stdout) -> Result<u8, CliError> {
    let opts = import_options(&a)?;
    let choices = match &a.review {
        Some(p) => read_json::<ReviewChoices>(p)?,
        None => ReviewChoices::default(),
    };
    let jobs = plan(&a)?;
    let mut progress = Progress::new(jobs.len(), a.quiet);
    let mut code = exit::OK;
    let (mut converted, mut with_warnings, mut failed) = (0usize, 0usize, 0usize);
    for job in &jobs {
        let shown = if is_stdin(&job.input) {
            "<stdin>".to_string()
        } else {
            job.input.display().to_string()
        };
        progress.start(&shown);
        let outcome = convert_one(job, &a, (&opts, &choices), &shown, &mut progress, out);
        progress.finish_one();
        match outcome {
            Ok(warnings) => {
                converted += 1;
                if warnings > 0 {
                    with_warnings += 1;
                    if a.deny_warnings {
                        code = exit::worst(code, exit::WARNINGS);
                    }
                }
            }
            Err(e) => {
                failed += 1;
                report_and_go_on(e, &mut code, |line| progress.message(line))?;
            }
        }
    }
    progress.finish();
    if jobs.len() > 1 && !a.quiet {
        progress.message(&format!(
            "converted {converted} of {} files ({with_warnings} with warnings, {failed} failed)",
            jobs.len()
        ));
    }
    Ok(code)
}

/// Converts one file and writes its JSON: the number of warnings.
fn convert_one(
    job: &Job,
    a: &ConvertArgs,
    (opts, choices): (&ImportOptions, &ReviewChoices),
    shown: &str,
    progress: &mut Progress,
    out: &mut Stdout,
) -> Result<usize, CliError> {
    let bytes = read_bytes(&job.input)?;
    let name = (!is_stdin(&job.input)).then(|| {
        job.input
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_else(|| job.input.display().to_string())
    });
    let format = match a.from {
        Some(From::Notice) => InputFormat::Notice,
        Some(From::Csv) => InputFormat::Csv,
        Some(From::Xlsx) => InputFormat::Xlsx,
        None => InputFormat::detect(name.as_deref(), &bytes),
    };
    let streams = format == InputFormat::Csv && a.review.is_none();
    let may_hold_bidi = may_hold_bidi_control(&bytes, name.as_deref());
    let opts = ImportOptions {
        source_name: name,
        ..opts.clone()
    };
    // Without a temporary file (none can be made, or the disk is full), the
    // report is held.
    let spilled = match streams.then(tempfile::tempfile) {
        Some(Ok(spill)) => spill_ledger(&bytes, &opts, spill, shown)?,
        _ => None,
    };
    if let Some(mut ledger) = spilled {
        drop(bytes);
        let bidi = if may_hold_bidi {
            spilled_bidi_warnings(&mut ledger, shown)?
        } else {
            Vec::new()
        };
        print_warnings(a.quiet, progress, shown, ledger.warnings(), &bidi);
        write_to(job.output.as_deref(), out, |w| {
            ledger.write_json(w)?;
            w.write_all(b"\n")
        })?;
        return Ok(ledger.warnings().len() + bidi.len());
    }
    let conversion = convert_reviewed(&bytes, format, &opts, choices)
        .map(|r| r.conversion)
        .map_err(|e| failure(e, shown, a.review.as_deref()))?;
    // The input is not needed any more: a large one is not held beside the report.
    drop(bytes);
    let bidi = bidi_warnings(&conversion.report);
    print_warnings(a.quiet, progress, shown, &conversion.warnings, &bidi);
    write_to(job.output.as_deref(), out, |w| {
        write_json(w, &conversion.report, true)
    })?;
    Ok(conversion.warnings.len() + bidi.len())
}

/// The bidi warnings of a spilled ledger: its JSON is assembled once more,
/// into the path scanner only (nothing of it is held).
fn spilled_bidi_warnings(
    ledger: &mut SpilledLedger<std::fs::File>,
    shown: &str,
) -> Result<Vec<String>, CliError> {
    let mut scan = BidiPaths::default();
    ledger
        .write_json(&mut scan)
        .map_err(|e| CliError::io(shown, e))?;
    Ok(scan.warnings())
}

/// A CSV ledger converted straight to JSON text: each problem is written to
/// `spill` (a temporary file) when complete, and the JSON is assembled from
/// it once every row is read (the same bytes as the report's; 830 MB of
/// JSON from a 1M-row CSV is never held in memory). Used without
/// `--review`. `None` when the temporary file cannot be written.
fn spill_ledger(
    bytes: &[u8],
    opts: &ImportOptions,
    spill: std::fs::File,
    shown: &str,
) -> Result<Option<SpilledLedger<std::fs::File>>, CliError> {
    match spill_csv_bytes(bytes, opts, spill) {
        Ok(ledger) => Ok(Some(ledger)),
        Err(SpillError::Ledger(e)) => Err(failure(ReviewFailure::Input(e), shown, None)),
        Err(SpillError::Io(_)) => Ok(None),
    }
}

/// The warnings, one line at a time (a notice with 600,000 warnings does
/// not hold them as text beside the report), unless `quiet`.
fn print_warnings(
    quiet: bool,
    progress: &mut Progress,
    shown: &str,
    located: &[Warning],
    bidi: &[String],
) {
    if quiet {
        return;
    }
    for w in located {
        progress.message(&format!(
            "{shown}:{}:{}: warning: {}",
            w.line, w.column, w.message
        ));
    }
    for w in bidi {
        progress.message(&format!("{shown}: warning: {w}"));
    }
}

/// The error of a failed conversion: located in the input, or every error
/// of the review choices located in their file.
fn failure(e: ReviewFailure, shown: &str, review: Option<&Path>) -> CliError {
    match e {
        ReviewFailure::Input(e) => {
            let at = match (e.line, e.column) {
                (Some(l), Some(c)) => format!("{shown}:{l}:{c}"),
                (Some(l), None) => format!("{shown}:{l}"),
                _ => shown.to_string(),
            };
            CliError::invalid(format!("{at}: error: {}", e.message))
        }
        ReviewFailure::Choices(errors) => {
            let file = review.map_or_else(String::new, |p| p.display().to_string());
            let lines: Vec<String> = errors
                .iter()
                .map(|e| {
                    format!(
                        "{file}: error: {}: {} ({})",
                        e.path,
                        e.message(Lang::ZhHans),
                        e.message(Lang::En)
                    )
                })
                .collect();
            CliError::invalid(format!(
                "{shown}: error: the review choices do not apply\n{}",
                lines.join("\n")
            ))
        }
    }
}
