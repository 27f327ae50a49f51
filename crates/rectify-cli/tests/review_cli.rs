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
