//! `rectify convert --review choices.json`: the import page's review
//! choices applied on the command line (the browser test compares the two
//! outputs byte for byte).

use std::path::PathBuf;

use rectify_core::model::{NodeKind, Report, Status, StatusBasis};

mod common;
use common::rectify;

fn temp(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("rectify-review-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

const NOTICE: &str = "data/source/zhongshan-finance-2025-09.txt";

fn problem_id(report: &Report, label: &str) -> String {
    report
        .walk()
        .find(|n| n.kind == NodeKind::Problem && n.label.trim() == label)
        .expect("problem")
        .id
        .clone()
}

#[test]
fn review_choices_set_an_editor_status() {
    let plain = rectify(&["convert", NOTICE, "-q"]);
    assert!(plain.status.success());
    let plain: Report = serde_json::from_slice(&plain.stdout).unwrap();
    let id = problem_id(&plain, "(13)");
    let choices = temp(
        "choices.json",
        &format!(
            r#"{{"format":"rectify-review/1","edits":[{{"id":"{id}","status":{{"status":"done","reason":"部门书面确认"}}}}]}}"#
        ),
    );
    let out = rectify(&[
        "convert",
        NOTICE,
        "-q",
        "--review",
        choices.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let reviewed: Report = serde_json::from_slice(&out.stdout).unwrap();
    let n = reviewed.find(&id).unwrap();
    assert_eq!(n.status, Some(Status::Done));
    let e = n.status_evidence.as_ref().unwrap();
    assert_eq!(
        (e.basis, e.rule.as_str()),
        (StatusBasis::Editor, "部门书面确认")
    );
}

#[test]
fn choices_that_do_not_apply_are_located() {
    let choices = temp(
        "bad.json",
        r#"{"format":"rectify-review/1","edits":[{"id":"nope","status":{"status":"done","reason":""}}]}"#,
    );
    let out = rectify(&["convert", NOTICE, "--review", choices.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("$.edits[0].id"), "{err}");
    assert!(err.contains("There is no item with id \"nope\""), "{err}");
    assert!(out.stdout.is_empty());
    let unknown = temp(
        "unknown.json",
        r#"{"format":"rectify-review/1","colour":1}"#,
    );
    let out = rectify(&["convert", NOTICE, "--review", unknown.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown.json:1:"));
}

/// Without `--review` a CSV ledger is spilled (each problem written to a
/// temporary file as it is read); with review choices that change nothing
/// it is held as a report. Both write the same bytes and warnings.
#[test]
fn a_spilled_ledger_is_the_held_one() {
    let mut csv = String::from("某局整改台账\n序号,问题来源,问题,整改措施,是否整改完成,备注\n");
    for i in 1..=40 {
        let area = ["甲方面", "乙方面", "丙方面"][i % 3];
        let label = if i % 7 == 0 {
            "一".to_string()
        } else {
            (i / 2).to_string()
        };
        csv.push_str(&format!(
            "{label},{area},问题{i}。说明,1.措施；2.措施,{},备注{i}\n",
            ["是", "否", "见附件"][i % 3]
        ));
    }
    csv.push_str("合计：共反馈问题40个，已完成整改13个\n");
    let ledger = temp("interleaved.csv", &csv);
    let choices = temp("none.json", r#"{"format":"rectify-review/1"}"#);
    let ledger = ledger.to_str().unwrap();
    let spilled = rectify(&["convert", ledger]);
    let held = rectify(&["convert", ledger, "--review", choices.to_str().unwrap()]);
    assert!(spilled.status.success() && held.status.success());
    assert_eq!(
        String::from_utf8_lossy(&spilled.stdout),
        String::from_utf8_lossy(&held.stdout)
    );
    assert_eq!(
        String::from_utf8_lossy(&spilled.stderr),
        String::from_utf8_lossy(&held.stderr)
    );
    assert!(String::from_utf8_lossy(&spilled.stderr).contains("序号重复"));
}

/// A GBK ledger (as Excel writes CSV on a Chinese system) is spilled too,
/// and so is a ledger with a bidi control (its warnings name JSON paths, found
/// by scanning the JSON as it is assembled once more):
/// each gives what the held conversion gives.
#[test]
fn gbk_and_bidi_ledgers_are_spilled_like_the_held_ones() {
    // 序号,问题来源,问题,整改措施 / 1,甲方面,问题一,措施 / 2,乙方面,问题二,措施 /
    // 1,甲方面,问题三,措施, in GBK.
    let gbk: &[u8] = b"\xd0\xf2\xba\xc5,\xce\xca\xcc\xe2\xc0\xb4\xd4\xb4,\xce\xca\xcc\xe2,\xd5\xfb\xb8\xc4\xb4\xeb\xca\xa9\n1,\xbc\xd7\xb7\xbd\xc3\xe6,\xce\xca\xcc\xe2\xd2\xbb,\xb4\xeb\xca\xa9\n2,\xd2\xd2\xb7\xbd\xc3\xe6,\xce\xca\xcc\xe2\xb6\xfe,\xb4\xeb\xca\xa9\n1,\xbc\xd7\xb7\xbd\xc3\xe6,\xce\xca\xcc\xe2\xc8\xfd,\xb4\xeb\xca\xa9\n";
    let dir = std::env::temp_dir().join(format!("rectify-review-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let gbk_path = dir.join("gbk.csv");
    std::fs::write(&gbk_path, gbk).unwrap();
    let bidi = temp("bidi.csv", "序号,问题,整改措施\n1,问题\u{202E}反,措施\n");
    let choices = temp("none-2.json", r#"{"format":"rectify-review/1"}"#);
    for (ledger, warns) in [(gbk_path, false), (bidi, true)] {
        let ledger = ledger.to_str().unwrap();
        let plain = rectify(&["convert", ledger]);
        let held = rectify(&["convert", ledger, "--review", choices.to_str().unwrap()]);
        assert!(plain.status.success() && held.status.success());
        assert_eq!(plain.stdout, held.stdout);
        assert_eq!(plain.stderr, held.stderr);
        let said = String::from_utf8_lossy(&plain.stderr);
        assert_eq!(said.contains("U+202E"), warns, "{said}");
    }
}

/// Without a temporary folder to spill to, a ledger is held: the same JSON.
#[test]
fn without_a_temporary_folder_a_ledger_is_held() {
    let ledger = temp(
        "plain.csv",
        "序号,问题来源,问题,整改措施\n1,甲,问题一,措施\n2,乙,问题二,措施\n",
    );
    let run = |tmpdir: Option<&str>| {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_rectify"));
        cmd.args(["convert", ledger.to_str().unwrap()]);
        if let Some(dir) = tmpdir {
            cmd.env("TMPDIR", dir);
        }
        cmd.output().unwrap()
    };
    let spilled = run(None);
    let held = run(Some("/nonexistent/rectify-no-such-folder"));
    assert!(
        held.status.success(),
        "{}",
        String::from_utf8_lossy(&held.stderr)
    );
    assert_eq!(held.stdout, spilled.stdout);
    assert!(!held.stdout.is_empty());
}
