use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use rectify_core::convert::StatusRules;
use rectify_core::input::{convert_bytes, ImportOptions, InputFormat};
use rectify_core::ledger::ColumnMap;
use rectify_core::load;
use rectify_core::locale::{describe_counts, percent, status_label, Lang};
use rectify_core::model::{Report, Status};
use rectify_core::stats::{compare_stated, StatedField, Summary};

use crate::cli::{Cli, Command, ConvertArgs, From};
use crate::exit;
use crate::progress::Progress;

pub fn run(cli: Cli) -> u8 {
    match cli.command {
        Command::Convert(a) => convert(a),
        Command::Validate { files } => validate(&files),
        Command::Stats { file, json } => stats(&file, json),
        Command::Schema => schema(),
        Command::Sample {
            problems,
            areas,
            output,
        } => sample(problems, areas, output.as_deref()),
    }
}

fn usage(msg: &str) -> u8 {
    eprintln!("error: {msg}\n\nRun `rectify --help` for usage.");
    exit::USAGE
}

fn is_stdin(p: &Path) -> bool {
    p.as_os_str() == "-"
}

fn read_bytes(path: &Path) -> Result<Vec<u8>, u8> {
    let result = if is_stdin(path) {
        let mut b = Vec::new();
        std::io::stdin().read_to_end(&mut b).map(|_| b)
    } else {
        fs::read(path)
    };
    result.map_err(|e| {
        eprintln!("error: {}: {e}", path.display());
        exit::IO
    })
}

/// UTF-8 text of a JSON file (a BOM is dropped).
fn read_text(path: &Path) -> Result<String, u8> {
    let bytes = read_bytes(path)?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    String::from_utf8(bytes.to_vec()).map_err(|e| {
        eprintln!(
            "error: {}: not UTF-8 text (byte {}); save the file as UTF-8",
            path.display(),
            e.utf8_error().valid_up_to()
        );
        exit::INVALID
    })
}

fn write_to(path: Option<&Path>, text: &str) -> u8 {
    match path {
        Some(p) if !is_stdin(p) => {
            if let Some(dir) = p.parent().filter(|d| !d.as_os_str().is_empty()) {
                if let Err(e) = fs::create_dir_all(dir) {
                    eprintln!("error: {}: {e}", dir.display());
                    return exit::IO;
                }
            }
            match fs::write(p, text) {
                Ok(()) => exit::OK,
                Err(e) => {
                    eprintln!("error: {}: {e}", p.display());
                    exit::IO
                }
            }
        }
        _ => {
            let _ = std::io::stdout().write_all(text.as_bytes());
            exit::OK
        }
    }
}

fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, u8> {
    let text = read_text(path)?;
    serde_json::from_str(&text).map_err(|e| {
        eprintln!("{}:{}:{}: error: {e}", path.display(), e.line(), e.column());
        exit::INVALID
    })
}

/// One file to convert and where its JSON goes (`None`: standard output).
struct Job {
    input: PathBuf,
    output: Option<PathBuf>,
}

const EXTENSIONS: &[&str] = &["txt", "csv", "tsv", "xlsx", "xlsm"];

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, out)?;
        } else if p
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
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

fn plan(a: &ConvertArgs) -> Result<Vec<Job>, u8> {
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
        return Err(usage(
            "`-` (standard input) cannot be combined with other inputs",
        ));
    }
    if let Some(o) = &a.output {
        if o.is_file() {
            return Err(usage(&format!(
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
            if let Err(e) = walk(input, &mut files) {
                eprintln!("error: {}: {e}", input.display());
                return Err(exit::IO);
            }
            if files.is_empty() {
                eprintln!(
                    "warning: {}: no .txt, .csv, .tsv, .xlsx or .xlsm files",
                    input.display()
                );
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

fn convert(a: ConvertArgs) -> u8 {
    let mut opts = ImportOptions {
        header_row: a.header_row,
        sheet: a.sheet.clone(),
        ..ImportOptions::default()
    };
    if let Some(p) = &a.rules {
        match read_json::<StatusRules>(p) {
            Ok(r) => opts.rules = r,
            Err(code) => return code,
        }
    }
    if let Some(p) = &a.columns {
        match read_json::<ColumnMap>(p) {
            Ok(c) => opts.columns = c,
            Err(code) => return code,
        }
    }
    let jobs = match plan(&a) {
        Ok(j) => j,
        Err(code) => return code,
    };
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
        let (outcome, warnings) = convert_one(job, &a, &opts, &shown, &mut progress);
        progress.finish_one();
        match outcome {
            exit::OK | exit::WARNINGS => converted += 1,
            _ => failed += 1,
        }
        if warnings > 0 {
            with_warnings += 1;
        }
        code = exit::worst(code, outcome);
    }
    progress.finish();
    if jobs.len() > 1 && !a.quiet {
        eprintln!(
            "converted {converted} of {} files ({with_warnings} with warnings, {failed} failed)",
            jobs.len()
        );
    }
    code
}

/// Converts one file: the exit code of this file alone, and its number of warnings.
fn convert_one(
    job: &Job,
    a: &ConvertArgs,
    opts: &ImportOptions,
    shown: &str,
    progress: &mut Progress,
) -> (u8, usize) {
    let bytes = match read_bytes(&job.input) {
        Ok(b) => b,
        Err(code) => return (code, 0),
    };
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
    let opts = ImportOptions {
        source_name: name,
        ..opts.clone()
    };
    let conversion = match convert_bytes(&bytes, format, &opts) {
        Ok(c) => c,
        Err(e) => {
            let at = match (e.line, e.column) {
                (Some(l), Some(c)) => format!("{shown}:{l}:{c}"),
                (Some(l), None) => format!("{shown}:{l}"),
                _ => shown.to_string(),
            };
            progress.message(&format!("{at}: error: {}", e.message));
            return (exit::INVALID, 0);
        }
    };
    if !a.quiet {
        for w in &conversion.warnings {
            progress.message(&format!(
                "{shown}:{}:{}: warning: {}",
                w.line, w.column, w.message
            ));
        }
    }
    let mut json = serde_json::to_string_pretty(&conversion.report).expect("a report serialises");
    json.push('\n');
    let n = conversion.warnings.len();
    let written = write_to(job.output.as_deref(), &json);
    if written != exit::OK {
        return (written, n);
    }
    if a.deny_warnings && n > 0 {
        (exit::WARNINGS, n)
    } else {
        (exit::OK, n)
    }
}

fn load_report(path: &Path) -> Result<Report, u8> {
    let text = read_text(path)?;
    load::from_json_str(&text).map_err(|e| {
        let at = match (e.line, e.column) {
            (Some(l), Some(c)) => format!("{}:{l}:{c}", path.display()),
            _ => path.display().to_string(),
        };
        eprintln!("{at}: {}: {}", e.path, e.message_zh);
        eprintln!("{at}: {}: {}", e.path, e.message_en);
        exit::INVALID
    })
}

fn validate(files: &[PathBuf]) -> u8 {
    let mut code = exit::OK;
    for path in files {
        match load_report(path) {
            Ok(r) => println!(
                "{}: valid {} report, {} nodes",
                path.display(),
                r.format,
                r.walk().count()
            ),
            Err(c) => code = exit::worst(code, c),
        }
    }
    code
}

fn stated_value(field: StatedField, v: f64) -> String {
    if field == StatedField::CompletionRate {
        percent(v)
    } else {
        format!("{v}")
    }
}

fn stats(path: &Path, json: bool) -> u8 {
    let report = match load_report(path) {
        Ok(r) => r,
        Err(code) => return code,
    };
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
        println!("{}", serde_json::to_string_pretty(&v).expect("json"));
        return exit::OK;
    }
    println!("{}", report.meta.title);
    println!("{}", describe_counts(&s.problems, Lang::ZhHans));
    println!(
        "需长期整改事项 {} 项；整改措施 {} 条",
        s.long_term_items,
        s.measures.total()
    );
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
        println!(
            "  {}{}  {}个  {}  {}",
            g.label,
            g.title,
            g.counts.total(),
            parts.join(" "),
            rate
        );
    }
    if let Some(t) = &report.stated_totals {
        println!("原文所述：{}", t.text);
        for c in &comparisons {
            println!(
                "  {}  所述 {}  统计 {}{}",
                c.field.label(Lang::ZhHans),
                stated_value(c.field, c.stated),
                stated_value(c.field, c.counted),
                if c.matches { "" } else { "  ≠ 不一致" }
            );
        }
    }
    exit::OK
}

fn schema() -> u8 {
    let schema = schemars::schema_for!(Report);
    println!(
        "{}",
        serde_json::to_string_pretty(&schema).expect("schema serialises")
    );
    exit::OK
}

fn sample(problems: u32, areas: u32, output: Option<&Path>) -> u8 {
    let report = rectify_core::sample::generate(problems as usize, areas as usize);
    let json = serde_json::to_string(&report).expect("a report serialises");
    write_to(output, &(json + "\n"))
}
