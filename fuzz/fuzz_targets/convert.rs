//! The notice converter never panics, and what it returns serialises and
//! loads back as a valid report.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rectify_core::convert::{convert_notice, ConvertOptions};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let c = convert_notice(&text, &ConvertOptions::default());
    let json = serde_json::to_string(&c.report).expect("a report serialises");
    let back = rectify_core::load::from_json_str(&json).expect("a converted report loads");
    assert_eq!(back, c.report);
});
