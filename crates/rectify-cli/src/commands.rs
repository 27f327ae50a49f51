//! The subcommands other than `convert`, and the reading and writing they
//! share with it.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use rectify_core::load;
use rectify_core::locale::{describe_counts, percent, status_label, Lang};
use rectify_core::model::{Report, Status};
use rectify_core::stats::{compare_stated, StatedField, Summary};

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
        Command::Stats { file, json } => stats(&file, json, &mut out),
        Command::Schema => schema(&mut out),
        Command::Sample {
            problems,
            areas,
            output,
        } => sample(problems, areas, output.as_deref(), &mut out),
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

/// UTF-8 text of a JSON file (a BOM is dropped).
fn read_text(path: &Path) -> Result<String, CliError> {
    let bytes = read_bytes(path)?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    String::from_utf8(bytes.to_vec()).map_err(|e| {
        CliError::invalid(format!(
            "error: {}: not UTF-8 text (byte {}); save the file as UTF-8",
            path.display(),
            e.utf8_error().valid_up_to()
        ))
    })
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

fn load_report(path: &Path) -> Result<Report, CliError> {
    let text = read_text(path)?;
    load::from_json_str(&text).map_err(|e| {
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
            Ok(r) => out.line(&format!(
                "{}: valid {} report, {} nodes",
                path.display(),
                r.format,
                r.walk().count()
            ))?,
            Err(e) => report_and_go_on(e, &mut code, eprint_line)?,
        }
    }
    Ok(code)
}

fn stated_value(field: StatedField, v: f64) -> String {
    if field == StatedField::CompletionRate {
        percent(v)
    } else {
        format!("{v}")
    }
}

fn stats(path: &Path, json: bool, out: &mut Stdout) -> Result<u8, CliError> {
    let report = load_report(path)?;
    let s = Summary::of(&report);
    let comparisons = compare_stated(&report, &s);
    if json {
        let groups: Vec<serde_json::Value> = s
            .groups
            .iter()
            .map(|g| {
                serde_json::json!({
                    "id": g.id, "label": g.label, "title": g.title,
                    "total": g.counts.total(), "done": g.counts.done,
                    "in_progress": g.counts.in_progress, "long_term": g.counts.long_term,
                    "not_started": g.counts.not_started, "unknown": g.counts.unknown,
                })
            })
            .collect();
        let stated: Vec<serde_json::Value> = comparisons
            .iter()
            .map(|c| {
                serde_json::json!({
                    "field": c.field.key(), "stated": c.stated,
                    "counted": c.counted, "matches": c.matches,
                })
            })
            .collect();
        let v = serde_json::json!({
            "problems": {
                "total": s.problems.total(), "done": s.problems.done,
                "in_progress": s.problems.in_progress, "long_term": s.problems.long_term,
                "not_started": s.problems.not_started, "unknown": s.problems.unknown,
                "completion_rate": s.problems.completion_rate(),
            },
            "measures": { "total": s.measures.total(), "done": s.measures.done,
                "in_progress": s.measures.in_progress, "long_term": s.measures.long_term },
            "long_term_items": s.long_term_items,
            "groups": groups,
            "stated": stated,
        });
        out.json_pretty(&v)?;
        return Ok(exit::OK);
    }
    out.line(&report.meta.title)?;
    out.line(&describe_counts(&s.problems, Lang::ZhHans))?;
    out.line(&format!(
        "需长期整改事项 {} 项；整改措施 {} 条",
        s.long_term_items,
        s.measures.total()
    ))?;
    for g in &s.groups {
        let rate = g.counts.completion_rate().map(percent).unwrap_or_default();
        let parts: Vec<String> = Status::ALL
            .into_iter()
            .filter(|&st| g.counts.get(st) > 0)
            .map(|st| {
                format!(
                    "{}{}",
                    status_label(Some(st), Lang::ZhHans),
                    g.counts.get(st)
                )
            })
            .collect();
        out.line(&format!(
            "  {}{}  {}个  {}  {}",
            g.label,
            g.title,
            g.counts.total(),
            parts.join(" "),
            rate
        ))?;
    }
    if let Some(t) = &report.stated_totals {
        out.line(&format!("原文所述：{}", t.text))?;
        for c in &comparisons {
            out.line(&format!(
                "  {}  所述 {}  统计 {}{}",
                c.field.label(Lang::ZhHans),
                stated_value(c.field, c.stated),
                stated_value(c.field, c.counted),
                if c.matches { "" } else { "  ≠ 不一致" }
            ))?;
        }
    }
    Ok(exit::OK)
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
