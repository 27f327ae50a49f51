use std::fs;
use std::io::{Read, Write};

use rectify_core::convert::{convert_notice, ConvertOptions, StatusRules};
use rectify_core::load;
use rectify_core::locale::{describe_counts, percent, status_label, Lang};
use rectify_core::model::{Report, Status};
use rectify_core::stats::Summary;

use crate::args::Args;
use crate::exit;

const HELP: &str = "\
rectify — 整改看板 (Rectify Board) data tool

USAGE:
    rectify convert <notice.txt | -> [-o report.json] [--rules rules.json]
    rectify validate <report.json>
    rectify stats <report.json> [--json]
    rectify schema
    rectify sample --problems N [--areas K]

COMMANDS:
    convert   Convert the text of a published notice (巡察整改进展情况的通报)
              to the JSON data format. `-` reads standard input. Warnings go
              to standard error as file:line:column: message.
    validate  Check a JSON report against the format; errors name the JSON
              path and what was expected.
    stats     Print the counts the widget would show.
    schema    Print the JSON Schema of the data format.
    sample    Print a generated report with N problems (for load tests).

EXAMPLES:
    rectify convert data/source/zhongshan-finance-2025-09.txt -o report.json
    rectify validate report.json && rectify stats report.json

EXIT CODES:
    0 success · 1 invalid input · 2 wrong arguments · 3 file not readable/writable
";

pub fn run(argv: &[String]) -> u8 {
    let Some((cmd, rest)) = argv.split_first() else {
        eprint!("{HELP}");
        return exit::USAGE;
    };
    let args = match Args::parse(rest, &["rules", "output", "problems", "areas"]) {
        Ok(a) => a,
        Err(e) => return usage(&e),
    };
    if args.has("help") {
        print!("{HELP}");
        return exit::OK;
    }
    match cmd.as_str() {
        "convert" => convert(&args),
        "validate" => validate(&args),
        "stats" => stats(&args),
        "schema" => schema(),
        "sample" => sample(&args),
        "help" | "--help" | "-h" => {
            print!("{HELP}");
            exit::OK
        }
        "--version" | "-V" => {
            println!("rectify {}", env!("CARGO_PKG_VERSION"));
            exit::OK
        }
        other => usage(&format!("unknown command `{other}`")),
    }
}

fn usage(msg: &str) -> u8 {
    eprintln!("error: {msg}\n\nRun `rectify --help` for usage.");
    exit::USAGE
}

fn read_input(path: &str) -> Result<String, u8> {
    let mut text = String::new();
    let result = if path == "-" {
        std::io::stdin().read_to_string(&mut text).map(|_| ())
    } else {
        fs::read(path).and_then(|bytes| {
            text = String::from_utf8(bytes).map_err(|e| {
                std::io::Error::new(
                    std::io::ErrorKind::InvalidData,
                    format!(
                        "not UTF-8 text (byte {}); save the file as UTF-8",
                        e.utf8_error().valid_up_to()
                    ),
                )
            })?;
            Ok(())
        })
    };
    match result {
        Ok(()) => Ok(text
            .strip_prefix('\u{feff}')
            .map(str::to_string)
            .unwrap_or(text)),
        Err(e) => {
            eprintln!("error: {path}: {e}");
            Err(exit::IO)
        }
    }
}

fn write_output(args: &Args, text: &str) -> u8 {
    match args.value("output") {
        Some(path) => match fs::write(path, text) {
            Ok(()) => exit::OK,
            Err(e) => {
                eprintln!("error: {path}: {e}");
                exit::IO
            }
        },
        None => {
            let _ = std::io::stdout().write_all(text.as_bytes());
            exit::OK
        }
    }
}

fn one_file(args: &Args) -> Result<&str, u8> {
    match args.positional.as_slice() {
        [one] => Ok(one),
        [] => Err(usage("missing input file")),
        _ => Err(usage("expected one input file")),
    }
}

fn convert(args: &Args) -> u8 {
    let path = match one_file(args) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let text = match read_input(path) {
        Ok(t) => t,
        Err(code) => return code,
    };
    let mut opts = ConvertOptions {
        source_name: (path != "-").then(|| {
            std::path::Path::new(path)
                .file_name()
                .map(|f| f.to_string_lossy().into_owned())
                .unwrap_or_else(|| path.to_string())
        }),
        ..ConvertOptions::default()
    };
    if let Some(rules_path) = args.value("rules") {
        let rules = match read_input(rules_path) {
            Ok(t) => t,
            Err(code) => return code,
        };
        match serde_json::from_str::<StatusRules>(&rules) {
            Ok(r) => opts.rules = r,
            Err(e) => {
                eprintln!("error: {rules_path}:{}:{}: {e}", e.line(), e.column());
                return exit::INVALID;
            }
        }
    }
    let conversion = convert_notice(&text, &opts);
    for w in &conversion.warnings {
        eprintln!("{path}:{}:{}: warning: {}", w.line, w.column, w.message);
    }
    let mut json = serde_json::to_string_pretty(&conversion.report).expect("a report serialises");
    json.push('\n');
    write_output(args, &json)
}

fn load_report(path: &str) -> Result<Report, u8> {
    let text = read_input(path)?;
    load::from_json_str(&text).map_err(|e| {
        let at = match (e.line, e.column) {
            (Some(l), Some(c)) => format!("{path}:{l}:{c}"),
            _ => path.to_string(),
        };
        eprintln!("{at}: {}: {}", e.path, e.message_zh);
        eprintln!("{at}: {}: {}", e.path, e.message_en);
        exit::INVALID
    })
}

fn validate(args: &Args) -> u8 {
    let path = match one_file(args) {
        Ok(p) => p,
        Err(code) => return code,
    };
    match load_report(path) {
        Ok(r) => {
            println!(
                "{path}: valid {} report, {} nodes",
                r.format,
                r.walk().count()
            );
            exit::OK
        }
        Err(code) => code,
    }
}

fn stats(args: &Args) -> u8 {
    let path = match one_file(args) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let report = match load_report(path) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let s = Summary::of(&report);
    if args.has("json") {
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
        });
        println!("{}", serde_json::to_string_pretty(&v).expect("json"));
    } else {
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

fn sample(args: &Args) -> u8 {
    let parse = |name: &str, default: usize| -> Result<usize, u8> {
        match args.value(name) {
            None => Ok(default),
            Some(v) => v
                .parse()
                .map_err(|_| usage(&format!("--{name} expects a number, got `{v}`"))),
        }
    };
    let (problems, areas) = match (parse("problems", 0), parse("areas", 8)) {
        (Ok(p), Ok(a)) if p > 0 && a > 0 => (p, a),
        (Ok(_), Ok(_)) => return usage("--problems and --areas must be at least 1"),
        (Err(c), _) | (_, Err(c)) => return c,
    };
    let report = rectify_core::sample::generate(problems, areas);
    let json = serde_json::to_string(&report).expect("a report serialises");
    write_output(args, &(json + "\n"))
}
