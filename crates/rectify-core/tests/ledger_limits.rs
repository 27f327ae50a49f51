//! Ledgers past their limits are refused, quickly and in bounded memory:
//! an XLSX "zip bomb" (a small file whose worksheet inflates to hundreds of
//! megabytes), overlong cells and too many rows. The bombs are built here,
//! at test time; no big file is committed.

#![cfg(feature = "ledger")]

#[path = "common/xlsx.rs"]
#[allow(dead_code)]
mod xlsx;

use std::io::{Cursor, Read, Write};

use rectify_core::ledger::{from_csv, from_xlsx, LedgerLimits, LedgerOptions, Limit, MB};
use xlsx::{workbook, XCell};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

const SHEET: &str = "xl/worksheets/sheet1.xml";

/// A one-sheet workbook whose only cell holds `cell_bytes` spaces and an
/// `x`, deflated: a few hundred KB on disk for 100 MB inflated.
fn bomb(cell_bytes: usize) -> Vec<u8> {
    let small = workbook(&[("台账", vec![vec![XCell::Text("问题".into())]])]);
    let mut source = ZipArchive::new(Cursor::new(small)).unwrap();
    let mut out = ZipWriter::new(Cursor::new(Vec::new()));
    for i in 0..source.len() {
        let part = source.by_index(i).unwrap();
        if part.name() != SHEET {
            out.raw_copy_file(part).unwrap();
        }
    }
    let deflated = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .large_file(cell_bytes > u32::MAX as usize / 2);
    out.start_file(SHEET, deflated).unwrap();
    out.write_all(
        br#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">"#,
    )
    .unwrap();
    let chunk = vec![b' '; MB as usize];
    let mut left = cell_bytes;
    while left > 0 {
        let n = left.min(chunk.len());
        out.write_all(&chunk[..n]).unwrap();
        left -= n;
    }
    out.write_all(b"x</t></is></c></row></sheetData></worksheet>")
        .unwrap();
    out.finish().unwrap().into_inner()
}

fn with_limits(limits: LedgerLimits) -> LedgerOptions {
    LedgerOptions {
        limits,
        ..LedgerOptions::default()
    }
}

#[test]
fn an_xlsx_bomb_is_refused_before_it_is_inflated() {
    let bytes = bomb(101 * MB as usize);
    assert!(
        bytes.len() < 2 * MB as usize,
        "the bomb is small on disk: {}",
        bytes.len()
    );
    let err = from_xlsx(&bytes, &LedgerOptions::default()).unwrap_err();
    assert!(
        err.message.contains("xl/worksheets/sheet1.xml"),
        "{}",
        err.message
    );
    assert!(err.message.contains("100 MB"), "{}", err.message);
    assert!(
        err.message.contains(Limit::PartBytes.flag()),
        "{}",
        err.message
    );
}

#[test]
fn the_total_of_all_parts_is_limited_too() {
    let bytes = bomb(3 * MB as usize);
    let limits = LedgerLimits {
        total_bytes: 2 * MB,
        ..LedgerLimits::default()
    };
    let err = from_xlsx(&bytes, &with_limits(limits)).unwrap_err();
    assert!(
        err.message.contains(Limit::TotalBytes.flag()),
        "{}",
        err.message
    );
}

#[test]
fn an_overlong_cell_is_refused_with_its_row() {
    let bytes = bomb(40_000);
    let err = from_xlsx(&bytes, &LedgerOptions::default()).unwrap_err();
    assert_eq!(err.line, Some(1));
    assert!(err.message.contains("32767"), "{}", err.message);
    assert!(
        err.message.contains(Limit::CellChars.flag()),
        "{}",
        err.message
    );
    let csv = format!("问题,整改措施\n{},措施\n", "长".repeat(40_000));
    let err = from_csv(csv.as_bytes(), &LedgerOptions::default()).unwrap_err();
    assert_eq!(err.line, Some(2));
}

#[test]
fn raising_a_limit_lets_a_large_file_through() {
    let bytes = bomb(40_000);
    let limits = LedgerLimits {
        cell_chars: 50_000,
        ..LedgerLimits::default()
    };
    let err = from_xlsx(&bytes, &with_limits(limits))
        .err()
        .map(|e| e.message)
        .unwrap_or_default();
    assert!(!err.contains("超出限制"), "{err}");
}

#[test]
fn too_many_rows_are_refused_in_csv_and_xlsx() {
    let limits = LedgerLimits {
        rows: 50,
        ..LedgerLimits::default()
    };
    let mut csv = String::from("序号,问题,整改措施\n");
    for i in 1..=60 {
        csv.push_str(&format!("{i},问题{i},措施{i}\n"));
    }
    let err = from_csv(csv.as_bytes(), &with_limits(limits)).unwrap_err();
    assert!(err.message.contains(Limit::Rows.flag()), "{}", err.message);
    let rows: Vec<Vec<XCell>> = (1..=60)
        .map(|i| vec![XCell::Text(format!("问题{i}")), XCell::Text("措施".into())])
        .collect();
    let err = from_xlsx(&workbook(&[("台账", rows)]), &with_limits(limits)).unwrap_err();
    assert!(err.message.contains(Limit::Rows.flag()), "{}", err.message);
}

#[test]
fn the_bomb_really_inflates_past_the_limit() {
    // Guards the fixture itself: the sheet part inflates to what it claims.
    let bytes = bomb(3 * MB as usize);
    let mut zip = ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut n = 0u64;
    let mut buf = vec![0u8; 1 << 16];
    let mut part = zip.by_name(SHEET).unwrap();
    loop {
        let k = part.read(&mut buf).unwrap();
        if k == 0 {
            break;
        }
        n += k as u64;
    }
    assert!(n > 3 * MB);
}
