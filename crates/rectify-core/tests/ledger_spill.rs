//! A ledger converted straight to JSON text through a spill
//! (`ledger::spill_row_stream`) gives the bytes serde_json writes for the
//! report `ledger::from_row_stream` makes, and the same warnings: on the
//! sample ledger and on random tables (groups interleaved, numbers printed
//! twice, labels that are not numbers, headings, notes, extra columns).

#![cfg(feature = "ledger")]

use std::io::Cursor;

use proptest::prelude::*;
use rectify_core::ledger::{
    from_csv, from_rows, spill_csv, spill_row_stream, LedgerError, LedgerOptions, Row,
};

/// The JSON and warnings of the spilled conversion.
fn spilled(rows: &[Row], opts: &LedgerOptions) -> Result<(Vec<u8>, Vec<String>), String> {
    let stream = rows.iter().cloned().map(Ok::<Row, LedgerError>);
    let mut ledger =
        spill_row_stream(stream, opts, Cursor::new(Vec::new())).map_err(|e| format!("{e:?}"))?;
    let warnings = ledger.warnings().iter().map(|w| format!("{w:?}")).collect();
    let mut json = Vec::new();
    ledger.write_json(&mut json).unwrap();
    Ok((json, warnings))
}

/// The JSON and warnings of the conversion held in memory.
fn held(rows: &[Row], opts: &LedgerOptions) -> Result<(Vec<u8>, Vec<String>), String> {
    let c = from_rows(rows, opts).map_err(|e| format!("{:?}", SpillErr(e)))?;
    let warnings = c.warnings.iter().map(|w| format!("{w:?}")).collect();
    Ok((serde_json::to_vec_pretty(&c.report).unwrap(), warnings))
}

/// A ledger error as the spill reports it.
struct SpillErr(LedgerError);

impl std::fmt::Debug for SpillErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Ledger({:?})", self.0)
    }
}

fn text(json: &[u8]) -> String {
    String::from_utf8_lossy(json).into_owned()
}

#[test]
fn the_sample_ledger_spills_to_the_same_bytes() {
    let csv = std::fs::read("../../data/samples/ledgers/county-ledger.csv").unwrap();
    let opts = LedgerOptions {
        source_name: Some("county-ledger.csv".into()),
        ..LedgerOptions::default()
    };
    let c = from_csv(&csv, &opts).unwrap();
    let mut ledger = spill_csv(&csv, &opts, Cursor::new(Vec::new())).unwrap();
    let mut json = Vec::new();
    ledger.write_json(&mut json).unwrap();
    assert_eq!(
        text(&json),
        serde_json::to_string_pretty(&c.report).unwrap()
    );
    assert_eq!(ledger.warnings(), c.warnings.as_slice());
}

fn table(lines: &[&[&str]]) -> Vec<Row> {
    lines
        .iter()
        .enumerate()
        .map(|(i, cells)| Row {
            line: i as u32 + 1,
            cells: cells.iter().map(|s| s.to_string()).collect(),
        })
        .collect()
}

#[test]
fn interleaved_groups_numbers_printed_twice_and_running_counts() {
    let rows = table(&[
        &["某局整改台账"],
        &["序号", "问题来源", "问题", "整改措施", "是否整改完成", "id"],
        &["1", "甲方面", "问题一。说明", "1.措施；2.措施", "是", ""],
        &["1", "乙方面", "问题二", "措施", "否", "x"],
        &["一", "甲方面", "问题三", "", "长期坚持", ""],
        &["", "", "", "3.再一项", "", "续"],
        &["1", "甲方面", "问题四", "措施", "", ""],
        &["二、"],
        &["2", "", "问题五", "", "见附件", ""],
        &["合计：共反馈问题5个，已完成整改1个"],
    ]);
    let opts = LedgerOptions::default();
    let (want, want_warnings) = held(&rows, &opts).unwrap();
    let (got, got_warnings) = spilled(&rows, &opts).unwrap();
    assert_eq!(text(&got), text(&want));
    assert_eq!(got_warnings, want_warnings);
    assert!(text(&got).contains("\"a1-p1-2\""), "{}", text(&got));
}

#[test]
fn top_level_problems_and_no_problems() {
    let opts = LedgerOptions::default();
    for rows in [
        table(&[
            &["序号", "问题", "整改措施"],
            &["1", "问题一", "1.甲；2.乙"],
            &["A", "问题二", ""],
        ]),
        table(&[&["序号", "问题", "整改措施"]]),
        table(&[&["序号", "问题", "整改措施"], &["说明"]]),
    ] {
        let (want, _) = held(&rows, &opts).unwrap();
        let (got, _) = spilled(&rows, &opts).unwrap();
        assert_eq!(text(&got), text(&want));
    }
}

const HEADERS: &[&[&str]] = &[
    &[
        "序号",
        "问题来源",
        "问题",
        "整改措施",
        "是否整改完成",
        "备注",
    ],
    &[
        "序号",
        "问题简述",
        "整改措施",
        "责任单位",
        "完成时限",
        "整改完成时间",
        "id",
    ],
    &["问题", "整改措施", "整改状态", "整改进展"],
];

const CELLS: &[&str] = &[
    "",
    "",
    "1",
    "1",
    "2",
    "(3)",
    "一",
    "A",
    "甲方面",
    "乙方面",
    "一、党建方面",
    "问题甲。详情",
    "问题\"乙\"\n第二行",
    "1.甲；2.乙",
    "措施",
    "是",
    "否",
    "长期坚持",
    "见附件",
    "45838",
    "2025/3/31",
    "2025年6月底前",
    "已完成整改",
    "正在推进",
    "某局",
    "合计：共反馈问题2个，已完成整改1个",
    "\t",
    "问题",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    /// Random tables: the spill writes the bytes serde writes, with the
    /// same warnings (or fails with the same error).
    #[test]
    fn spilled_json_is_serde_json(
        header in prop::sample::select(HEADERS),
        before in prop::collection::vec(prop::collection::vec(prop::sample::select(CELLS), 0..3), 0..3),
        body in prop::collection::vec(prop::collection::vec(prop::sample::select(CELLS), 0..7), 0..24),
    ) {
        let mut lines: Vec<Vec<&str>> = before;
        lines.push(header.to_vec());
        lines.extend(body);
        let refs: Vec<&[&str]> = lines.iter().map(Vec::as_slice).collect();
        let rows = table(&refs);
        let opts = LedgerOptions::default();
        match (held(&rows, &opts), spilled(&rows, &opts)) {
            (Ok((want, want_w)), Ok((got, got_w))) => {
                prop_assert_eq!(text(&got), text(&want));
                prop_assert_eq!(got_w, want_w);
            }
            (Err(want), Err(got)) => prop_assert_eq!(got, want),
            (want, got) => prop_assert!(false, "held {:?}, spilled {:?}", want.is_ok(), got.is_ok()),
        }
    }
}
