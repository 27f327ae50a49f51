//! Writes `data/samples/ledgers/county-ledger.xlsx` from the CSV sample next
//! to it: the same ledger as an Excel user keeps it (numbers in 序号, real
//! dates in the date columns), plus a second worksheet of filling notes.
//!
//! ```sh
//! cargo run -p rectify-core --features ledger --example make_sample_xlsx
//! ```
//!
//! A test checks that the committed file is what this writes.

#[path = "../tests/common/xlsx.rs"]
mod xlsx;

use rectify_core::ledger::read_csv;

const CSV: &[u8] = include_bytes!("../../../data/samples/ledgers/county-ledger.csv");
const OUT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/samples/ledgers/county-ledger.xlsx"
);

fn main() {
    let bytes = sample_xlsx();
    std::fs::write(OUT, &bytes).expect("write the sample");
    println!("wrote {OUT} ({} bytes)", bytes.len());
}

/// The sample workbook's bytes.
pub fn sample_xlsx() -> Vec<u8> {
    let rows: Vec<Vec<String>> = read_csv(CSV)
        .expect("the CSV sample reads")
        .into_iter()
        .map(|r| r.cells)
        .collect();
    let notes = vec![
        vec![xlsx::XCell::Text("填表说明".into())],
        vec![xlsx::XCell::Text(
            "1.是否整改完成填“是”或“否”；2.日期列填日期格式。".into(),
        )],
    ];
    xlsx::workbook(&[
        ("整改台账", xlsx::typed_rows(&rows, &[7, 9], &[0])),
        ("填表说明", notes),
    ])
}
