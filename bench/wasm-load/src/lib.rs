//! Exports for `run.mjs`: a buffer that run.mjs copies a report's bytes
//! into, and the embed's load of them, whole or by stage.

use std::cell::RefCell;

use rectify_core::load::{from_json_bytes_texts, Texts};

thread_local! {
    static BYTES: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// Room for `len` bytes; run.mjs writes the report there.
#[no_mangle]
pub extern "C" fn buffer(len: usize) -> *mut u8 {
    BYTES.with_borrow_mut(|b| {
        *b = vec![0; len];
        b.as_mut_ptr()
    })
}

/// The UTF-8 check alone.
#[no_mangle]
pub extern "C" fn utf8() -> u32 {
    BYTES.with_borrow(|b| std::str::from_utf8(b).map_or(u32::MAX, |s| s.len() as u32))
}

/// Reading and validating the outline (`load::from_json_bytes_texts`).
#[no_mangle]
pub extern "C" fn read() -> u32 {
    BYTES.with_borrow(|b| match from_json_bytes_texts(b, Texts::Outline) {
        Ok(report) => report.nodes.len() as u32,
        Err(_) => u32::MAX,
    })
}

/// What the embed does with the fetched bytes before its first render:
/// read, bidi isolation, the summary.
#[no_mangle]
pub extern "C" fn load() -> u32 {
    BYTES.with_borrow(|b| {
        let Ok(mut report) = from_json_bytes_texts(b, Texts::Outline) else {
            return u32::MAX;
        };
        rectify_core::bidi::isolate_report(&mut report);
        rectify_core::stats::Summary::of(&report).problems.total() as u32
    })
}
