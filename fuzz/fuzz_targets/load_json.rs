//! Loading JSON never panics: any input is a report or a located error.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(report) = rectify_core::load::from_json_str(text) {
            // A loaded report can be summarised and compared with its stated totals.
            let s = rectify_core::stats::Summary::of(&report);
            let _ = rectify_core::stats::stated_vs_counted(&report, &s);
        }
    }
});
