//! Ledger import never panics on any bytes, as CSV or as XLSX.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rectify_core::input::{convert_bytes, ImportOptions, InputFormat};

fuzz_target!(|data: &[u8]| {
    let opts = ImportOptions::default();
    for format in [InputFormat::Csv, InputFormat::Xlsx] {
        if let Ok(c) = convert_bytes(data, format, &opts) {
            let json = serde_json::to_string(&c.report).expect("a report serialises");
            rectify_core::load::from_json_str(&json).expect("a converted ledger loads");
        }
    }
});
