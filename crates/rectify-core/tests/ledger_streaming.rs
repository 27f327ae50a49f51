//! A CSV ledger is converted row by row as it is parsed, never held as a
//! table (issue 11, item 11: a 1M-row CSV took 5.8 GB). Checked by what is
//! allocated, not by time: a table of 200,000 rows that add nothing to the
//! report (cells of spaces only) must convert within a small multiple of
//! its size, where holding its rows as a table would take over 20 times.
//! One test in this file: the counting allocator sees the whole process.

#![cfg(feature = "ledger")]

use rectify_core::ledger::{from_csv, LedgerLimits, LedgerOptions};

#[path = "common/counting.rs"]
mod counting;
use counting::{peak_allocated, Counting};

#[global_allocator]
static ALLOCATOR: Counting = Counting;

#[test]
fn rows_that_add_nothing_cost_nothing() {
    const ROWS: usize = 200_000;
    let mut csv = String::from("序号,问题简述,整改措施,责任单位\n1,制度执行不到位,完善制度,某局\n");
    for _ in 0..ROWS {
        csv.push_str(" , , , \n");
    }
    let opts = LedgerOptions {
        limits: LedgerLimits {
            rows: ROWS + 10,
            ..LedgerLimits::default()
        },
        ..LedgerOptions::default()
    };
    let (conversion, peak) = peak_allocated(|| from_csv(csv.as_bytes(), &opts).unwrap());
    assert_eq!(
        conversion.report.walk().count(),
        2,
        "one problem, one measure"
    );
    // A table of these rows would hold 800,000 strings: over 20 × the input.
    assert!(
        peak < 2 * csv.len(),
        "converting {} bytes allocated {peak} bytes at the peak",
        csv.len()
    );
}
