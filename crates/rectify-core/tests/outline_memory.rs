//! The embed's read of a report (its outline, `load::Texts::Outline`)
//! holds less than the full report: a problem's measures keep their ids,
//! kinds and statuses, not their texts. Checked by the most bytes
//! allocated at once while reading. One test in this file: the counting allocator
//! sees the whole process.

use rectify_core::load::{from_json_bytes_texts, Texts};
use rectify_core::sample::generate;

#[path = "common/counting.rs"]
mod counting;
use counting::{peak_allocated, Counting};

#[global_allocator]
static ALLOCATOR: Counting = Counting;

#[test]
fn the_outline_holds_far_less_than_the_full_report() {
    let json = serde_json::to_vec(&generate(2000, 8)).unwrap();
    let held = |texts| peak_allocated(|| from_json_bytes_texts(&json, texts).unwrap()).1;
    let (full, outline) = (held(Texts::All), held(Texts::Outline));
    eprintln!(
        "JSON {} B: full report {} B at its peak, outline {} B",
        json.len(),
        full,
        outline
    );
    // Natively a node is 280 bytes whatever it holds (160 in wasm32, where
    // the texts weigh more): measured 2.50 MB full, 2.15 MB outline.
    assert!(
        outline * 100 < full * 90,
        "outline {outline} B, full {full} B"
    );
}
