//! The `rectify` binary end to end: conversion of every input kind, folders,
//! standard input, exit codes, warning format.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The command `rectify args…`, run from the repository's root, its
/// standard input empty and its output captured.
fn command(args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_rectify"));
    cmd.args(args)
        .current_dir(root())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    cmd
}

fn rectify(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut cmd = command(args);
    if stdin.is_some() {
        cmd.stdin(Stdio::piped());
    }
    let mut child = cmd.spawn().expect("run rectify");
    if let Some(input) = stdin {
        use std::io::Write;
        child.stdin.take().unwrap().write_all(input).unwrap();
    }
    child.wait_with_output().unwrap()
}

fn code(o: &Output) -> i32 {
    o.status.code().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("rectify-cli-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn converts_each_kind_to_a_valid_report() {
    for (input, problems) in [
        ("data/samples/notices/portal-page-metadata.txt", 3),
        ("data/samples/ledgers/county-ledger.csv", 8),
        ("data/samples/ledgers/county-ledger.xlsx", 8),
    ] {
        let o = rectify(&["convert", input], None);
        assert!(code(&o) == 0, "{input}: {}", stderr(&o));
        let report =
            rectify_core::load::from_json_str(std::str::from_utf8(&o.stdout).unwrap()).unwrap();
        let s = rectify_core::stats::Summary::of(&report);
        assert_eq!(s.problems.total(), problems, "{input}");
    }
}

#[test]
fn standard_input_with_and_without_from() {
    let csv = std::fs::read(root().join("data/samples/ledgers/county-ledger.csv")).unwrap();
    let o = rectify(&["convert", "-"], Some(&csv));
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let json = String::from_utf8(o.stdout).unwrap();
    assert!(json.contains("\"county-ledger\"") || json.contains("整改台账"));
    assert!(!json.contains("\"document\""), "no file name for stdin");
    // Forced as a notice, the CSV is converted as text (and nothing is lost).
    let o = rectify(&["convert", "-", "--from", "notice"], Some(&csv));
    assert_eq!(code(&o), 0);
    assert!(!String::from_utf8(o.stdout)
        .unwrap()
        .contains("\"focus_area\""));
}

/// The files under `dir` that `convert` reads from a folder.
fn sample_inputs(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| {
            if p.is_dir() {
                sample_inputs(&p)
            } else {
                let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("");
                usize::from(["txt", "csv", "tsv", "xlsx", "xlsm"].contains(&ext))
            }
        })
        .sum()
}

#[test]
fn folders_warnings_and_exit_codes() {
    let out = tmp("folder");
    let o = rectify(
        &["convert", "data/samples", "-o", out.to_str().unwrap()],
        None,
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains(
            "data/samples/notices/cut-off.txt:6:27: warning: 文本在（二）处中断，可能不完整"
        ),
        "{err}"
    );
    let n = sample_inputs(&root().join("data/samples"));
    assert!(
        err.contains(&format!("converted {n} of {n} files (")) && err.contains(", 0 failed)"),
        "{err}"
    );
    assert!(
        !err.contains('\r'),
        "no progress line when stderr is not a terminal"
    );
    for f in [
        "notices/audit-report.json",
        "ledgers/county-ledger.json",
        "ledgers/county-ledger.xlsx.json",
    ] {
        assert!(out.join(f).is_file(), "{f}");
    }
    let o = rectify(
        &[
            "convert",
            "data/samples/notices",
            "-o",
            out.to_str().unwrap(),
            "--deny-warnings",
            "-q",
        ],
        None,
    );
    assert_eq!(code(&o), 4);
    assert_eq!(stderr(&o), "");
    std::fs::remove_dir_all(&out).unwrap();
}

#[test]
fn errors_have_codes() {
    // Wrong arguments.
    assert_eq!(code(&rectify(&["convert"], None)), 2);
    assert_eq!(
        code(&rectify(&["convert", "a.txt", "--from", "pdf"], None)),
        2
    );
    assert_eq!(code(&rectify(&["frobnicate"], None)), 2);
    assert_eq!(code(&rectify(&["--help"], None)), 0);
    assert_eq!(code(&rectify(&["convert", "--help"], None)), 0);
    // Unreadable file.
    let o = rectify(&["convert", "no/such/file.txt"], None);
    assert_eq!(code(&o), 3);
    assert!(
        stderr(&o).starts_with("error: no/such/file.txt:"),
        "{}",
        stderr(&o)
    );
    // A ledger without a header row.
    let o = rectify(
        &["convert", "-", "--from", "csv"],
        Some("a,b\nc,d\n".as_bytes()),
    );
    assert_eq!(code(&o), 1);
    assert!(
        stderr(&o).starts_with("<stdin>: error: 找不到表头"),
        "{}",
        stderr(&o)
    );
    // An invalid report names the JSON path.
    let o = rectify(&["validate", "-"], Some(br#"{"format":"rectify-board/1","meta":{"title":"t"},"nodes":[{"id":"p","kind":"problem","title":"x","stauts":"done"}]}"#));
    assert_eq!(code(&o), 1);
    assert!(stderr(&o).contains("$.nodes[0]"), "{}", stderr(&o));
    // A bad column map is located.
    let dir = tmp("columns");
    let map = dir.join("columns.json");
    std::fs::write(&map, "{\n  \"problme\": []\n}").unwrap();
    let o = rectify(
        &[
            "convert",
            "data/samples/ledgers/county-ledger.csv",
            "--columns",
            map.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(code(&o), 1);
    assert!(stderr(&o).contains("columns.json:2:"), "{}", stderr(&o));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn stats_show_stated_totals_beside_counts() {
    let o = rectify(&["convert", "data/samples/notices/audit-report.txt"], None);
    let o = rectify(&["stats", "-"], Some(&o.stdout));
    assert_eq!(code(&o), 0);
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.contains("问题总数  所述 32  统计 6  ≠ 不一致"), "{out}");
    let o = rectify(&["convert", "data/samples/ledgers/county-ledger.csv"], None);
    let o = rectify(&["stats", "-", "--json"], Some(&o.stdout));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["problems"]["total"], 8);
    assert!(v["stated"]
        .as_array()
        .unwrap()
        .iter()
        .all(|c| c["matches"] == true));
}

/// Issue 11, item 12: a huge stated completion rate is an error at its
/// path, and the number in it is short (`1e308`, not 309 digits).
#[test]
fn a_huge_completion_rate_is_refused_and_printed_short() {
    let o = rectify(&["convert", "data/samples/notices/audit-report.txt"], None);
    let mut report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    report["stated_totals"]["completion_rate"] = serde_json::json!(1e308);
    let json = serde_json::to_vec(&report).unwrap();
    for command in ["validate", "stats"] {
        let o = rectify(&[command, "-"], Some(&json));
        assert_eq!(code(&o), 1, "{command}");
        let err = stderr(&o);
        assert!(err.contains("$.stated_totals.completion_rate"), "{err}");
        assert!(err.contains("1e308"), "{err}");
        assert!(!err.contains("0000000000"), "{err}");
    }
}

/// Runs rectify with its standard output going to `stdout`.
fn rectify_to(args: &[&str], stdout: Stdio) -> Output {
    command(args).stdout(stdout).output().expect("run rectify")
}

/// Runs rectify with its standard output a pipe whose reader has gone
/// (as in `rectify … | head -1` once head has exited).
fn rectify_into_closed_pipe(args: &[&str]) -> Output {
    let mut child = command(args).spawn().expect("run rectify");
    drop(child.stdout.take());
    child.wait_with_output().unwrap()
}

fn dev_full() -> Stdio {
    Stdio::from(
        std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap(),
    )
}

const REPORT: &str = "data/reports/zhongshan-finance-2025-09.json";

/// A command of each kind that prints to standard output.
const PRINTING: [&[&str]; 6] = [
    &["sample", "--problems", "100000"],
    &["stats", REPORT],
    &["stats", REPORT, "--json"],
    &["validate", REPORT, REPORT],
    &["schema"],
    &["convert", "data/samples/notices/audit-report.txt"],
];

#[test]
fn a_closed_pipe_ends_quietly() {
    for args in PRINTING {
        let o = rectify_into_closed_pipe(args);
        assert_eq!(code(&o), 0, "{args:?}: {}", stderr(&o));
        assert_eq!(stderr(&o), "", "{args:?}");
    }
}

#[test]
fn a_full_disk_is_an_io_error() {
    for args in PRINTING {
        let o = rectify_to(args, dev_full());
        assert_eq!(code(&o), 3, "{args:?}: {}", stderr(&o));
        assert!(
            stderr(&o).starts_with("error: standard output: No space left on device"),
            "{args:?}: {}",
            stderr(&o)
        );
    }
}

/// Runs rectify under `sh` with `ulimit -f 1` (files of at most 512 bytes;
/// SIGXFSZ ignored, so a longer write fails with EFBIG, as a full disk
/// would fail it, also for root).
fn rectify_with_small_file_limit(args: &str) -> Output {
    Command::new("sh")
        .arg("-c")
        .arg(format!(
            "trap '' XFSZ; ulimit -f 1; exec {} {args}",
            env!("CARGO_BIN_EXE_rectify")
        ))
        .current_dir(root())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .expect("run sh")
}

#[test]
fn a_failed_write_leaves_no_truncated_file() {
    let dir = tmp("atomic");
    let report = dir.join("report.json");
    std::fs::write(&report, "old\n").unwrap();
    for command in [
        "sample --problems 200",
        "convert data/samples/notices/audit-report.txt",
    ] {
        // With -o: exit 3, and the old file is untouched, with no
        // temporary file left beside it.
        let o = rectify_with_small_file_limit(&format!("{command} -o {}", report.display()));
        assert_eq!(code(&o), 3, "{command}: {}", stderr(&o));
        assert!(
            stderr(&o).starts_with(&format!("error: {}: File too large", report.display())),
            "{command}: {}",
            stderr(&o)
        );
        assert_eq!(std::fs::read_to_string(&report).unwrap(), "old\n");
        let names: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["report.json"], "{command}");
        // Redirected: the file is cut short, but the exit code says so.
        let o = rectify_with_small_file_limit(&format!(
            "{command} > {}/redirected.json",
            dir.display()
        ));
        assert_eq!(code(&o), 3, "{command}: {}", stderr(&o));
        assert!(
            stderr(&o).starts_with("error: standard output: File too large"),
            "{}",
            stderr(&o)
        );
        std::fs::remove_file(dir.join("redirected.json")).unwrap();
    }
    // A file that cannot be created at all.
    let o = rectify(&["sample", "--problems", "1", "-o", "/dev/full/x"], None);
    assert_eq!(code(&o), 3, "{}", stderr(&o));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn output_to_a_device_or_pipe_is_written_directly() {
    let o = rectify(&["sample", "--problems", "2", "-o", "/dev/stdout"], None);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let report = rectify_core::load::from_json_str(std::str::from_utf8(&o.stdout).unwrap());
    assert!(report.is_ok());
}

#[test]
fn stats_json_has_every_count() {
    let o = rectify(&["stats", REPORT, "--json"], None);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let groups = v["groups"].as_array().unwrap();
    let long_term_groups = v["long_term_groups"].as_array().unwrap();
    assert!(!groups.is_empty() && !long_term_groups.is_empty());
    let counts = [&v["problems"], &v["measures"]];
    for c in counts.into_iter().chain(groups).chain(long_term_groups) {
        for key in [
            "total",
            "done",
            "in_progress",
            "long_term",
            "not_started",
            "unknown",
            "completion_rate",
        ] {
            assert!(c.get(key).is_some(), "{key} missing in {c}");
        }
    }
    for g in groups.iter().chain(long_term_groups) {
        for key in ["id", "label", "title"] {
            assert!(g[key].is_string(), "{key} missing in {g}");
        }
    }
    assert_eq!(v["measures"]["total"], 106);
    assert!(v["long_term_items"].is_u64());
    for c in v["stated"].as_array().unwrap() {
        for key in ["field", "stated", "counted", "matches"] {
            assert!(c.get(key).is_some(), "{key} missing in {c}");
        }
    }
}

/// Clear screen, OSC 0 (window title), OSC 52 (clipboard), a carriage
/// return, cursor-up + erase-line + green "✓ 一致", an 8-bit CSI (C1), DEL
/// and bidi overrides.
const HOSTILE: &str = "\u{1b}[2J\u{1b}[H\u{1b}]0;pwned\u{7}\u{1b}]52;c;cHduZWQ=\u{7}\r\u{1b}[1A\u{1b}[2K\u{1b}[32m✓ 一致\u{1b}[0m\u{9b}31m\u{7f}\u{202e}告报\u{202c}\u{2066}\u{2069}\u{0}";

/// Whether `bytes` hold a character a terminal would act on rather than
/// show: C0 controls but newline, DEL, C1 controls, bidi overrides.
fn terminal_controls(bytes: &[u8]) -> Vec<char> {
    String::from_utf8_lossy(bytes)
        .chars()
        .filter(|&c| {
            (c.is_control() && c != '\n')
                || ('\u{202a}'..='\u{202e}').contains(&c)
                || ('\u{2066}'..='\u{2069}').contains(&c)
        })
        .collect()
}

fn assert_shown_safely(o: &Output, what: &str) {
    for (name, bytes) in [("stdout", &o.stdout), ("stderr", &o.stderr)] {
        let found = terminal_controls(bytes);
        assert!(found.is_empty(), "{what}: {name} holds {found:?}");
    }
    let all = [&o.stdout[..], &o.stderr[..]].concat();
    assert!(
        String::from_utf8_lossy(&all).contains("\\u{1b}[2J"),
        "{what}: ESC is shown escaped:\n{}",
        String::from_utf8_lossy(&all)
    );
}

/// A report with [`HOSTILE`] in its texts, and problems with these ids.
fn hostile_report(ids: [&str; 2]) -> String {
    let text = |s: &str| format!("{s}{HOSTILE}尾");
    serde_json::json!({
        "format": "rectify-board/1",
        "meta": { "title": text("标题") },
        "nodes": [
            { "id": "s1", "kind": "focus_area", "label": text("(一)"), "title": text("领域"),
              "children": [
                { "id": ids[0], "kind": "problem", "label": "(1)", "title": "问题",
                  "status": "done" },
                { "id": ids[1], "kind": "problem", "label": "(2)", "title": "问题",
                  "status": "done" } ] } ],
        "stated_totals": { "total": 2, "text": text("共2个") }
    })
    .to_string()
}

#[test]
fn control_characters_from_data_are_shown_escaped() {
    let unique = hostile_report(["p1", "p2"]);
    let o = rectify(&["stats", "-"], Some(unique.as_bytes()));
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_shown_safely(&o, "stats");
    // An id holding escapes is refused, and named by its code point only.
    let duplicate = "p\u{1b}[2J\u{1b}]0;pwned\u{7}";
    let report = hostile_report([duplicate, duplicate]);
    let o = rectify(&["validate", "-"], Some(report.as_bytes()));
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert!(terminal_controls(&o.stdout).is_empty() && terminal_controls(&o.stderr).is_empty());
    assert!(stderr(&o).contains("U+001B"), "{}", stderr(&o));
    // File names are data too.
    let dir = tmp("escapes");
    let file_name = HOSTILE.replace('\0', "");
    let named = dir.join(format!("r{file_name}.json"));
    std::fs::write(&named, &unique).unwrap();
    let o = rectify(&["validate", named.to_str().unwrap()], None);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_shown_safely(&o, "validate's file name");
    let notice = dir.join(format!("n{file_name}.txt"));
    std::fs::copy(root().join("data/samples/notices/cut-off.txt"), &notice).unwrap();
    let o = rectify(
        &["convert", notice.to_str().unwrap(), "-o", "/dev/null"],
        None,
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_shown_safely(&o, "convert's warnings");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn bidi_overrides_in_report_text_are_warned_about() {
    let notice = std::fs::read_to_string(root().join("data/samples/notices/problems-top.txt"))
        .unwrap()
        .replacen("落实意识形态", "落实\u{202e}态形识意\u{202c}", 1);
    let o = rectify(
        &["convert", "-", "--from", "notice"],
        Some(notice.as_bytes()),
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let warning = stderr(&o);
    assert!(
        warning.starts_with("<stdin>: warning: $.nodes[")
            && warning.contains("].title: 含双向文本控制字符 U+202E"),
        "{warning}"
    );
    let o = rectify(
        &["convert", "-", "--from", "notice", "--deny-warnings"],
        Some(notice.as_bytes()),
    );
    assert_eq!(code(&o), 4, "{}", stderr(&o));
    let report = hostile_report(["p1", "p2"]);
    let o = rectify(&["validate", "-"], Some(report.as_bytes()));
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let err = stderr(&o);
    for path in ["$.meta.title", "$.nodes[0].label", "$.stated_totals.text"] {
        assert!(
            err.contains(&format!("-: warning: {path}: 含双向文本控制字符 U+202E")),
            "{path}: {err}"
        );
    }
}

#[test]
fn files_that_are_not_text_are_refused_with_what_they_seem_to_be() {
    let dir = tmp("binary");
    let pdf = dir.join("通报.txt");
    std::fs::write(&pdf, b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n").unwrap();
    let o = rectify(&["convert", pdf.to_str().unwrap()], None);
    assert_eq!(code(&o), 1);
    assert!(stderr(&o).contains("PDF"), "{}", stderr(&o));
    assert!(o.stdout.is_empty());
    let exe = std::fs::read(env!("CARGO_BIN_EXE_rectify")).unwrap();
    let o = rectify(&["convert", "-", "--from", "notice"], Some(&exe[..4096]));
    assert_eq!(code(&o), 1);
    assert!(stderr(&o).contains("程序文件"), "{}", stderr(&o));
    let noise: Vec<u8> = (0..65536u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let o = rectify(&["convert", "-"], Some(&noise));
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert!(stderr(&o).contains("不是文本文件"), "{}", stderr(&o));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn ledger_limits_are_flags() {
    let mut csv = String::from("序号,问题,整改措施\n");
    for i in 1..=30 {
        csv.push_str(&format!("{i},问题{i},措施{i}\n"));
    }
    let args = ["convert", "-", "--from", "csv", "--max-rows", "20"];
    let o = rectify(&args, Some(csv.as_bytes()));
    assert_eq!(code(&o), 1);
    assert!(stderr(&o).contains("--max-rows"), "{}", stderr(&o));
    // Problems are spilled as rows are read, but nothing is written before
    // every row is: no partial JSON.
    assert!(
        o.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );
    let o = rectify(&["convert", "-", "--from", "csv"], Some(csv.as_bytes()));
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let o = rectify(&["convert", "-", "--max-xlsx-part-mb", "0"], Some(b""));
    assert_eq!(code(&o), 2);
}

#[test]
fn invalid_utf8_is_located_as_the_widget_locates_it() {
    let bytes = [
        "{\"format\":\"rectify-board/1\",\n\"meta\":{\"title\":\"标题".as_bytes(),
        b"\xFF",
        b"\"},\"nodes\":[]}",
    ]
    .concat();
    let o = rectify(&["validate", "-"], Some(&bytes));
    assert_eq!(code(&o), 1);
    assert!(
        stderr(&o).starts_with("-:2:20: $: 文件不是有效的 UTF-8"),
        "{}",
        stderr(&o)
    );
}
