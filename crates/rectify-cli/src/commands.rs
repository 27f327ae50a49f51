//! The subcommands other than `convert`, and the reading and writing they
//! share with it.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use rectify_core::load;
use rectify_core::model::Report;

use crate::bidi::bidi_warnings;
use crate::cli::{Cli, Command};
use crate::error::{eprint_line, report_and_go_on, CliError};
use crate::exit;
use crate::output::{write_json, write_to, Stdout};

/// Runs a command: its exit code, after any per-input failures were
/// reported, or the error that ended it.
pub fn run(cli: Cli) -> Result<u8, CliError> {
    let mut out = Stdout::new();
    let code = match cli.command {
        Command::Convert(a) => crate::convert::convert(a, &mut out),
        Command::Validate { files } => validate(&files, &mut out),
        Command::Stats { file, json } if crate::collection_stats::is_collection_file(&file) => {
            crate::collection_stats::stats(&file, json, &mut out)
        }
        Command::Stats { file, json } => crate::stats::stats(&file, json, &mut out),
        Command::Schema { collection: false } => schema(&mut out),
        Command::Schema { collection: true } => crate::collect::schema(&mut out),
        Command::Sample {
            collection, output, ..
        } if collection.collection => {
            crate::collection_sample::sample(&collection, output.as_deref())
        }
        Command::Sample {
            problems,
            areas,
            output,
            ..
        } => sample(problems.unwrap_or(1), areas, output.as_deref(), &mut out),
        Command::Collect(a) => crate::collect::collect(&a, &mut out),
        Command::Diff(a) => crate::diff::diff(&a, &mut out),
        Command::Render(a) => crate::render::render(&a, &mut out),
    }?;
    out.finish()?;
    Ok(code)
}

pub fn is_stdin(p: &Path) -> bool {
    p.as_os_str() == "-"
}

pub fn read_bytes(path: &Path) -> Result<Vec<u8>, CliError> {
    let result = if is_stdin(path) {
        let mut b = Vec::new();
        std::io::stdin().read_to_end(&mut b).map(|_| b)
    } else {
        fs::read(path)
    };
    result.map_err(|e| CliError::io(path.display(), e))
}

/// UTF-8 text of a JSON file (a BOM is dropped); invalid bytes are located
/// as the widget locates them.
pub fn read_text(path: &Path) -> Result<String, CliError> {
    let bytes = read_bytes(path)?;
    located(path, load::utf8(&bytes).map(str::to_string))
}

pub fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, CliError> {
    let text = read_text(path)?;
    serde_json::from_str(&text).map_err(|e| {
        CliError::invalid(format!(
            "{}:{}:{}: error: {e}",
            path.display(),
            e.line(),
            e.column()
        ))
    })
}

pub fn load_report(path: &Path) -> Result<Report, CliError> {
    let bytes = read_bytes(path)?;
    located(path, load::from_json_bytes(&bytes))
}

/// A report from the text of the file `path`, errors located in that file.
pub fn parse_report(path: &Path, text: &str) -> Result<Report, CliError> {
    located(path, load::from_json_str(text))
}

/// A loading error as `file:line:column: $.path: message`, in Chinese and
/// in English.
pub fn located<T>(path: &Path, result: Result<T, load::LoadError>) -> Result<T, CliError> {
    result.map_err(|e| {
        let at = match (e.line, e.column) {
            (Some(l), Some(c)) => format!("{}:{l}:{c}", path.display()),
            _ => path.display().to_string(),
        };
        CliError::invalid(format!(
            "{at}: {}: {}\n{at}: {}: {}",
            e.path, e.message_zh, e.path, e.message_en
        ))
    })
}

fn validate(files: &[PathBuf], out: &mut Stdout) -> Result<u8, CliError> {
    let mut code = exit::OK;
    for path in files {
        match load_report(path) {
            Ok(r) => {
                for warning in bidi_warnings(&r) {
                    eprint_line(&format!("{}: warning: {warning}", path.display()));
                }
                out.line(&format!(
                    "{}: valid {} report, {} nodes",
                    path.display(),
                    r.format,
                    r.walk().count()
                ))?
            }
            Err(e) => report_and_go_on(e, &mut code, eprint_line)?,
        }
    }
    Ok(code)
}

fn schema(out: &mut Stdout) -> Result<u8, CliError> {
    out.json_pretty(&schemars::schema_for!(Report))?;
    Ok(exit::OK)
}

fn sample(
    problems: u32,
    areas: u32,
    output: Option<&Path>,
    out: &mut Stdout,
) -> Result<u8, CliError> {
    let report = rectify_core::sample::generate(problems as usize, areas as usize);
    write_to(output, out, |w| write_json(w, &report, false))?;
    Ok(exit::OK)
}
