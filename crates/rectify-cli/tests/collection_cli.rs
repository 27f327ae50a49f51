//! `rectify collect`, `diff`, `stats` on a collection and `sample
//! --collection`, end to end on the invented departments under
//! `data/samples/collection/`.

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

mod common;
use common::{code, rectify, stderr, stdout};

fn tmp(name: &str) -> PathBuf {
    common::tmp("collection", name)
}

/// The fixture notices converted to `<dir>/reports/<dept>/<date>.json`.
fn converted_fixtures(name: &str) -> PathBuf {
    let dir = tmp(name);
    let reports = dir.join("reports");
    let o = rectify(&[
        "convert",
        "data/samples/collection",
        "-o",
        reports.to_str().unwrap(),
        "-q",
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    dir
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn read_json(p: &Path) -> Value {
    serde_json::from_str(&fs::read_to_string(p).unwrap()).unwrap()
}

#[test]
fn collect_diff_and_stats_on_the_fixtures() {
    let dir = converted_fixtures("fixtures");
    let reports = dir.join("reports");
    let out = dir.join("site/collection.json");
    let o = rectify(&["collect", s(&reports), "-o", s(&out)]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let c = read_json(&out);
    assert_eq!(c["format"], "rectify-board-collection/1");
    assert_eq!(c["inspection_round"], "县委第七轮巡察");
    let ids: Vec<&str> = c["departments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["education", "health", "water"]);
    assert_eq!(c["entries"].as_array().unwrap().len(), 8);
    assert_eq!(
        c["entries"][0]["report"],
        "../reports/education/2025-06-30.json"
    );
    assert_eq!(c["entries"][0]["totals"]["stated_total"], 5);

    let o = rectify(&["stats", s(&out)]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let text = stdout(&o);
    assert!(
        text.contains("中共青禾县水务局党组\t7\t6\t1\t85.71%\t0\t2025-12-31"),
        "{text}"
    );
    let o = rectify(&["stats", s(&out), "--json"]);
    let rows: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(rows[0]["overdue"], 1);
    assert_eq!(rows[0]["counted_from"], "report");

    let old = reports.join("water/2025-03-31.json");
    let new = reports.join("water/2025-06-30.json");
    let o = rectify(&["diff", s(&old), s(&new)]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(
        stdout(&o).contains("四、 正在整改 → 已完成，2025-03-31 → 2025-06-30"),
        "{}",
        stdout(&o)
    );
    let o = rectify(&["diff", s(&old), s(&new), "--json"]);
    let d: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(d["split"][0]["old"]["id"], "p2");
    assert_eq!(d["reworded"][0]["basis"], "similarity");

    // A report that cannot be read: reported, the collection's totals shown.
    fs::remove_file(reports.join("water/2025-12-31.json")).unwrap();
    let o = rectify(&["stats", s(&out)]);
    assert_eq!(code(&o), 3, "{}", stderr(&o));
    assert!(
        stderr(&o).contains("water/2025-12-31.json"),
        "{}",
        stderr(&o)
    );
    assert!(
        stdout(&o).contains("2025-12-31（报告集所载）"),
        "{}",
        stdout(&o)
    );
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn collect_reports_each_bad_report_and_keeps_the_others() {
    let dir = converted_fixtures("bad");
    let reports = dir.join("reports");
    fs::write(
        reports.join("water/2026-03-31.json"),
        "{\"format\": \"rectify-board/1\",\n  \"meta\": {\"title\": 3}}",
    )
    .unwrap();
    let mut no_date = read_json(&reports.join("health/2025-12-31.json"));
    no_date["meta"].as_object_mut().unwrap().remove("as_of");
    fs::write(reports.join("health/undated.json"), no_date.to_string()).unwrap();
    fs::copy(
        reports.join("health/2025-12-31.json"),
        reports.join("health/copy.json"),
    )
    .unwrap();
    let out = reports.join("collection.json");
    let o = rectify(&["collect", s(&reports), "-o", s(&out)]);
    assert_eq!(code(&o), 1);
    let err = stderr(&o);
    assert!(
        err.contains("water/2026-03-31.json:2:21: $.meta.title"),
        "{err}"
    );
    assert!(err.contains("health/undated.json: $.meta.as_of"), "{err}");
    assert!(
        err.contains(
            "health/copy.json: error: department \"health\" already has a report as of 2025-12-31"
        ),
        "{err}"
    );
    let c = read_json(&out);
    assert_eq!(
        c["entries"].as_array().unwrap().len(),
        8,
        "the valid reports are all there"
    );
    assert_eq!(c["entries"][0]["report"], "education/2025-06-30.json");
    // Collecting again into the same file skips that file silently.
    let o = rectify(&["collect", s(&reports), "-o", s(&out)]);
    assert!(!stderr(&o).contains("collection.json"), "{}", stderr(&o));
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn collect_with_a_departments_csv() {
    let dir = converted_fixtures("csv");
    let reports = dir.join("reports");
    let csv = dir.join("departments.csv");
    fs::write(&csv, "id,name,order\nwater,县水务局,1\nhealth,县卫生健康局,2\neducation,县教育局,3\nroads,县交通运输局,4\n").unwrap();
    let o = rectify(&["collect", s(&reports), "--departments", s(&csv)]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let c: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(c["departments"][0]["name"], "县水务局");
    assert_eq!(c["departments"][3]["id"], "roads");
    assert_eq!(c["departments"].as_array().unwrap().len(), 4);

    fs::write(&csv, "water,县水务局\nhealth,县卫生健康局,second\n").unwrap();
    let o = rectify(&["collect", s(&reports), "--departments", s(&csv)]);
    assert_eq!(code(&o), 1);
    assert!(
        stderr(&o).contains("departments.csv:2: error: order \"second\""),
        "{}",
        stderr(&o)
    );

    fs::write(&csv, "water,县水务局\nwater,县卫生健康局\n").unwrap();
    let o = rectify(&["collect", s(&reports), "--departments", s(&csv)]);
    assert_eq!(code(&o), 1);
    assert!(
        stderr(&o).contains("departments.csv:2: error: department id \"water\" is listed twice"),
        "{}",
        stderr(&o)
    );

    fs::write(&csv, "water,县水务局\nhealth,县卫生健康局\n").unwrap();
    let o = rectify(&["collect", s(&reports), "--departments", s(&csv)]);
    assert_eq!(code(&o), 1);
    assert!(
        stderr(&o).contains(
            "department \"education\" (issuer \"中共兰溪县教育局党组\") is not in --departments"
        ),
        "{}",
        stderr(&o)
    );
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn sample_collections_are_deterministic_and_collect_back() {
    let dir = tmp("sample");
    let (a, b) = (dir.join("a"), dir.join("b"));
    for d in [&a, &b] {
        let o = rectify(&[
            "sample",
            "--collection",
            "--departments",
            "5",
            "--reports",
            "3",
            "-o",
            s(d),
        ]);
        assert_eq!(code(&o), 0, "{}", stderr(&o));
    }
    let generated = fs::read_to_string(a.join("collection.json")).unwrap();
    assert_eq!(
        generated,
        fs::read_to_string(b.join("collection.json")).unwrap()
    );
    assert_eq!(
        fs::read_to_string(a.join("d003/2025-09-30.json")).unwrap(),
        fs::read_to_string(b.join("d003/2025-09-30.json")).unwrap()
    );
    let o = rectify(&["collect", s(&a), "-o", s(&dir.join("again.json"))]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(
        stderr(&o).contains("a/collection.json: note: a collection, not a report; skipped"),
        "{}",
        stderr(&o)
    );
    let again = read_json(&dir.join("again.json"));
    assert_eq!(again["entries"].as_array().unwrap().len(), 15);
    assert_eq!(again["entries"][0]["report"], "a/d001/2025-03-31.json");

    let o = rectify(&["sample", "--collection"]);
    assert_eq!(code(&o), 2);
    let o = rectify(&["sample", "--departments", "3"]);
    assert_eq!(code(&o), 2);
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_department_id_with_a_hidden_character_refuses_that_report_only() {
    let dir = converted_fixtures("hidden");
    let reports = dir.join("reports");
    let mut report = read_json(&reports.join("water/2025-03-31.json"));
    report["meta"]["issuer"] = Value::String("县水务\u{202e}局".into());
    fs::write(reports.join("loose.json"), report.to_string()).unwrap();
    let o = rectify(&["collect", s(&reports)]);
    assert_eq!(code(&o), 1);
    assert!(
        stderr(&o).contains("loose.json: error: department id"),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).contains("U+202E"), "{}", stderr(&o));
    let c: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(c["entries"].as_array().unwrap().len(), 8);
    fs::remove_dir_all(&dir).unwrap();
}
