//! Loading a collection never panics: any input is a collection or a located
//! error; a loaded collection's burn-up series can be computed.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(collection) = rectify_core::collection::from_json_str(text) {
            let entries: Vec<_> = collection.entries.iter().collect();
            let _ = rectify_core::history::burnup_from_entries(&entries);
        }
    }
});
