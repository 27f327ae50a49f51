//! Ledgers (整改台账): the invented sample under `data/samples/ledgers/` as
//! CSV (UTF-8 with BOM, and GBK as older Excel saves it) and as XLSX, plus
//! edge cases. Needs the `ledger` feature (on in `cargo test --workspace`;
//! alone: `cargo test -p rectify-core --features ledger`).

#![cfg(feature = "ledger")]

mod common;

use rectify_core::ledger::{
    from_csv, from_rows, from_xlsx, read_csv, ColumnMap, LedgerOptions, Row,
};
use rectify_core::load;
use rectify_core::model::{NodeKind, Report, Status};
use rectify_core::stats::{stated_vs_counted, Summary};

const CSV: &[u8] = include_bytes!("../../../data/samples/ledgers/county-ledger.csv");
const XLSX: &[u8] = include_bytes!("../../../data/samples/ledgers/county-ledger.xlsx");

fn opts(name: &str) -> LedgerOptions {
    LedgerOptions {
        source_name: Some(name.into()),
        ..LedgerOptions::default()
    }
}

/// All strings of the report's JSON, without whitespace, joined.
fn all_strings(r: &Report) -> String {
    fn collect(v: &serde_json::Value, out: &mut String) {
        match v {
            serde_json::Value::String(s) => {
                out.extend(s.chars().filter(|c| !c.is_whitespace()));
                out.push('\u{1}');
            }
            serde_json::Value::Array(a) => a.iter().for_each(|v| collect(v, out)),
            serde_json::Value::Object(o) => o.values().for_each(|v| collect(v, out)),
            _ => {}
        }
    }
    let mut out = String::new();
    collect(&serde_json::to_value(r).unwrap(), &mut out);
    out
}

/// Every non-empty cell is somewhere in the report (a node field, `extra`,
/// the metadata or `skipped`), except date and status cells, which become
/// ISO dates and statuses, and repeated group and header cells.
fn assert_cells_accounted(rows: &[Row], r: &Report) {
    // Nodes' printed text in document order (so that a cell split into
    // several measures reads as one), then every other string.
    let squash = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let mut text: String = r
        .walk()
        .map(|n| squash(&format!("{}{}{}", n.label, n.title, n.body)))
        .collect();
    text.push('\u{1}');
    text.push_str(&all_strings(r));
    let header = rows
        .iter()
        .find(|row| row.cells.iter().any(|c| c == "问题简述"))
        .unwrap();
    let skip_cols: Vec<usize> = header
        .cells
        .iter()
        .enumerate()
        .filter(|(_, h)| ["目标设定完成时间", "是否整改完成", "整改完成时间"].contains(&h.as_str()))
        .map(|(i, _)| i)
        .collect();
    let mut checked = 0;
    for row in rows {
        for (c, cell) in row.cells.iter().enumerate() {
            let squashed: String = cell.chars().filter(|c| !c.is_whitespace()).collect();
            if squashed.is_empty() || skip_cols.contains(&c) {
                continue;
            }
            assert!(
                text.contains(&squashed),
                "row {} column {}: {cell}",
                row.line,
                c + 1
            );
            checked += 1;
        }
    }
    assert!(checked > 60, "{checked}");
}

/// The report as JSON without `source_line` and `line` fields.
fn without_lines(r: &Report) -> serde_json::Value {
    fn strip(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(o) => {
                o.remove("source_line");
                o.remove("line");
                o.values_mut().for_each(strip);
            }
            serde_json::Value::Array(a) => a.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut v = serde_json::to_value(r).unwrap();
    strip(&mut v);
    v
}

#[test]
fn csv_ledger_converts_every_column() {
    let c = from_csv(CSV, &opts("county-ledger.csv")).unwrap();
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
    let r = &c.report;
    assert_eq!(r.meta.title, "某县行政审批局巡察、审计发现问题整改台账");
    assert_eq!(r.meta.as_of.as_deref(), Some("2025-06-30"));
    assert_eq!(
        r.meta.source.as_ref().unwrap().document.as_deref(),
        Some("county-ledger.csv")
    );

    // 问题来源 → focus areas, in order of first appearance.
    let areas: Vec<(&str, &str, usize)> = r
        .nodes
        .iter()
        .map(|a| (a.id.as_str(), a.title.as_str(), a.children.len()))
        .collect();
    assert_eq!(
        areas,
        [
            ("a1", "县委巡察", 3),
            ("a2", "审计发现", 3),
            ("a3", "群众信访", 2)
        ]
    );
    assert!(r.nodes.iter().all(|a| a.kind == NodeKind::FocusArea));

    let p1 = r.find("a1-p1").unwrap();
    assert_eq!((p1.label.as_str(), p1.source_line), ("1", Some(5)));
    assert_eq!(p1.title, "党组理论学习中心组学习计划性不强，专题研讨偏少。");
    assert_eq!(p1.owners, ["办公室", "张某某", "李某"]);
    assert_eq!(p1.deadline.as_deref(), Some("2025-03-31"));
    assert_eq!(p1.completed_on.as_deref(), Some("2025-03-20"));
    assert_eq!(p1.status, Some(Status::Done));
    let e = p1.status_evidence.as_ref().unwrap();
    assert_eq!(
        (e.rule.as_str(), e.phrase.as_deref()),
        ("ledger_status_column", Some("是"))
    );
    let m: Vec<(&str, &str, &str)> = p1
        .children
        .iter()
        .map(|m| (m.id.as_str(), m.label.as_str(), m.title.as_str()))
        .collect();
    assert_eq!(
        m,
        [
            ("a1-p1-m1", "1.", "制定年度学习计划；"),
            ("a1-p1-m2", "2.", "每季度开展专题研讨不少于1次")
        ]
    );
    assert_eq!(
        p1.extra.get("佐证材料").map(String::as_str),
        Some("学习计划、会议记录")
    );

    // Excel serial dates typed as numbers.
    let p2 = r.find("a1-p2").unwrap();
    assert_eq!(p2.deadline.as_deref(), Some("2025-06-30"));
    assert_eq!(p2.completed_on.as_deref(), Some("2025-05-23"));

    // A row without a problem continues the one above (merged cells).
    let p3 = r.find("a1-p3").unwrap();
    assert_eq!(p3.children.len(), 2);
    assert_eq!(p3.children[1].title, "（续）第二批轮岗于2025年10月启动");
    assert_eq!(p3.deadline.as_deref(), Some("2025-12-31"));
    assert_eq!(p3.status, Some(Status::InProgress));
    assert_eq!(
        p3.extra.get("备注").map(String::as_str),
        Some("已完成第一批轮岗6人")
    );

    let p6 = r.find("a2-p6").unwrap();
    assert_eq!(p6.children.len(), 2, "one measure per line of the cell");
    assert_eq!(p6.status, Some(Status::InProgress));
    assert_eq!(
        r.find("a2-p5").unwrap().deadline.as_deref(),
        Some("立行立改")
    );
    // No status: long-term deadline, or a completion date.
    let p7 = r.find("a3-p7").unwrap();
    assert_eq!(p7.status, Some(Status::LongTerm));
    assert_eq!(
        p7.status_evidence.as_ref().unwrap().rule,
        "ledger_deadline_long_term"
    );
    let p8 = r.find("a3-p8").unwrap();
    assert_eq!(p8.status, Some(Status::Done));
    assert_eq!(
        p8.status_evidence.as_ref().unwrap().rule,
        "ledger_completed_on"
    );
    // Measures take the row's status.
    assert!(p6
        .children
        .iter()
        .all(|m| m.status == Some(Status::InProgress)));

    // Skipped: notes above the header, the repeated header, the footer.
    let skipped = common::skipped_reasons(r);
    assert_eq!(
        skipped,
        [
            (2, "表头之前"),
            (11, "重复的表头"),
            (17, "表格之后"),
            (18, "表格之后")
        ]
    );
    // The footer's summary is the stated totals, and it agrees.
    let t = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (t.total, t.done, t.in_progress, t.long_term),
        (Some(8), Some(5), Some(2), Some(1))
    );
    assert_eq!(t.source_line, Some(17));
    let s = Summary::of(r);
    assert_eq!((s.problems.total(), s.problems.done), (8, 5));
    assert!(stated_vs_counted(r, &s).is_empty());

    assert_cells_accounted(&read_csv(CSV).unwrap(), r);
    let back = load::from_json_str(&serde_json::to_string(r).unwrap()).unwrap();
    assert_eq!(&back, r);
}

#[test]
fn gbk_csv_is_the_same_ledger() {
    let text = std::str::from_utf8(&CSV[3..]).unwrap();
    let (gbk, _, unmappable) = encoding_rs::GBK.encode(text);
    assert!(!unmappable);
    let a = from_csv(CSV, &opts("x.csv")).unwrap().report;
    let b = from_csv(&gbk, &opts("x.csv")).unwrap().report;
    assert_eq!(a, b);
}

#[test]
fn xlsx_sample_is_current_and_converts_like_the_csv() {
    #[path = "../examples/make_sample_xlsx.rs"]
    #[allow(dead_code)]
    mod make;
    assert!(
        make::sample_xlsx() == XLSX,
        "data/samples/ledgers/county-ledger.xlsx is stale: cargo run -p rectify-core --features ledger --example make_sample_xlsx"
    );
    let x = from_xlsx(XLSX, &opts("county-ledger.xlsx")).unwrap();
    assert_eq!(x.warnings.len(), 1, "{:?}", x.warnings);
    assert!(
        x.warnings[0].message.contains("填表说明"),
        "{}",
        x.warnings[0].message
    );
    // The same report, but for where things are: CSV lines count the line
    // breaks inside cells, XLSX rows do not.
    let c = from_csv(CSV, &opts("county-ledger.xlsx")).unwrap();
    assert_eq!(without_lines(&x.report), without_lines(&c.report));
    assert_eq!(x.report.find("a2-p6").unwrap().source_line, Some(11));
    // The second worksheet on request.
    let notes = LedgerOptions {
        sheet: Some("不存在".into()),
        ..opts("x.xlsx")
    };
    let e = from_xlsx(XLSX, &notes).unwrap_err();
    assert!(e.message.contains("整改台账、填表说明"), "{}", e.message);
    // The import page's worksheet selector lists them all.
    let names = rectify_core::ledger::xlsx_sheet_names(XLSX, &Default::default()).unwrap();
    assert_eq!(names, ["整改台账", "填表说明"]);
    assert!(
        rectify_core::ledger::xlsx_sheet_names(b"PK\x03\x04 broken", &Default::default()).is_err()
    );
}

#[test]
fn column_names_can_be_mapped() {
    let rows = |cells: &[&[&str]]| -> Vec<Row> {
        cells
            .iter()
            .enumerate()
            .map(|(i, c)| Row {
                line: i as u32 + 1,
                cells: c.iter().map(|s| s.to_string()).collect(),
            })
            .collect()
    };
    let table = rows(&[
        &["编号", "群众来信", "办理情况", "办结"],
        &["A-1", "路灯不亮", "已维修", "√"],
    ]);
    assert!(from_rows(&table, &LedgerOptions::default()).is_err());
    let columns: ColumnMap = serde_json::from_str(
        r#"{"problem": ["群众来信"], "progress": ["办理情况"], "status": ["办结"]}"#,
    )
    .unwrap();
    let o = LedgerOptions {
        columns,
        ..LedgerOptions::default()
    };
    let r = from_rows(&table, &o).unwrap().report;
    let p = &r.nodes[0];
    assert_eq!(
        (
            p.id.as_str(),
            p.label.as_str(),
            p.title.as_str(),
            p.body.as_str()
        ),
        ("p1", "A-1", "路灯不亮", "已维修")
    );
    assert_eq!(p.status, Some(Status::Done));
    // The header row can be given.
    let o = LedgerOptions {
        header_row: Some(1),
        ..o
    };
    assert_eq!(from_rows(&table, &o).unwrap().report, r);
}

#[test]
fn unreadable_status_and_dates_are_kept_and_warned() {
    let csv = "序号,问题,整改状态,整改完成时间,\n1,甲问题,见附件,上半年,附加\n";
    let c = from_csv(csv.as_bytes(), &LedgerOptions::default()).unwrap();
    let p = &c.report.nodes[0];
    assert_eq!(p.status, None);
    assert_eq!(p.extra.get("整改状态").map(String::as_str), Some("见附件"));
    assert_eq!(
        p.extra.get("整改完成时间").map(String::as_str),
        Some("上半年")
    );
    assert_eq!(p.extra.get("第5列").map(String::as_str), Some("附加"));
    let w: Vec<(u32, u32)> = c.warnings.iter().map(|w| (w.line, w.column)).collect();
    assert_eq!(w, [(2, 3), (2, 4)]);
}

#[test]
fn ledgers_never_panic_on_odd_tables() {
    for csv in [
        "",
        "\n\n",
        "问题\n",
        "序号,问题\n,\n,,,,\n",
        "序号,问题,整改措施\n,,1.甲\n",
        "序号,问题\n1,\"未闭合",
        "序号,问题,问题来源\n1,甲,\n2,乙,丙\n",
        "序号;问题;整改措施\n1;甲;乙\n",
        "序号\t问题\t整改状态\n1\t甲\t否\n1\t乙\t是\n",
    ] {
        let _ = from_csv(csv.as_bytes(), &LedgerOptions::default());
    }
    assert!(from_xlsx(b"PK\x03\x04not a zip", &LedgerOptions::default()).is_err());
    // Found by `cargo fuzz run ledger`: a cell reference whose column letters
    // overflow in calamine (a panic with overflow checks on).
    let damaged = include_bytes!("regressions/xlsx-column-overflow.xlsx");
    let _ = from_xlsx(damaged, &LedgerOptions::default());
}

mod props {
    use proptest::prelude::*;
    use rectify_core::ledger::{from_rows, LedgerOptions, Row};

    const CELLS: &[&str] = &[
        "",
        "序号",
        "问题",
        "问题简述",
        "整改措施",
        "问题来源",
        "责任单位",
        "整改责任人",
        "完成时限",
        "是否整改完成",
        "整改完成时间",
        "备注",
        "是",
        "否",
        "长期坚持",
        "见附件",
        "45838",
        "2025/3/31",
        "2025年6月底前",
        "1.甲；2.乙",
        "1",
        "甲问题。乙。",
        "巡察",
        "合计：共反馈问题2个，已完成整改1个",
        "\n",
        "一、党建方面",
    ];

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

        /// Any table converts without panicking to a report that loads back.
        #[test]
        fn any_table(rows in prop::collection::vec(
            prop::collection::vec(prop::sample::select(CELLS), 0..8), 0..12)
        ) {
            let rows: Vec<Row> = rows
                .into_iter()
                .enumerate()
                .map(|(i, c)| Row { line: i as u32 + 1, cells: c.into_iter().map(str::to_string).collect() })
                .collect();
            if let Ok(c) = from_rows(&rows, &LedgerOptions::default()) {
                let json = serde_json::to_string(&c.report).unwrap();
                let back = rectify_core::load::from_json_str(&json).unwrap();
                prop_assert_eq!(back, c.report);
            }
        }
    }
}

#[test]
fn large_tables_convert_in_linear_time() {
    // 20 000 rows, each its own group, then 20 000 notes below the table:
    // a quadratic grouping would take minutes here.
    let mut csv = String::from("序号,问题来源,问题,整改措施,是否整改完成\n");
    for i in 0..20_000 {
        csv.push_str(&format!("{i},来源{i},问题{i}。,措施{i},是\n"));
    }
    for i in 0..20_000 {
        csv.push_str(&format!("说明{i}\n"));
    }
    let c = from_csv(csv.as_bytes(), &LedgerOptions::default()).unwrap();
    assert_eq!(c.report.nodes.len(), 20_000);
    assert_eq!(c.report.skipped.len(), 20_000);
}
