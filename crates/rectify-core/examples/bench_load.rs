//! Benchmark: loads a generated report of 10,000 problems (about 5 MB of
//! JSON) with the hand-written reader (`load::from_json_bytes`, what the
//! detail bundle runs; the outline, `Texts::Outline`, is what the embed
//! runs) and, for comparison, with serde_json into the same types, and
//! prints the medians.
//!
//! ```sh
//! cargo run --release -p rectify-core --example bench_load            # 10,000 problems, 15 runs
//! cargo run --release -p rectify-core --example bench_load -- 100000 5
//! ```

use std::time::{Duration, Instant};

use rectify_core::load::{from_json_bytes, from_json_bytes_texts, Texts};
use rectify_core::model::Report;
use rectify_core::sample::generate;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let mut args = std::env::args().skip(1);
    let problems: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let runs: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(15);
    let report = generate(problems, 8);
    let json = serde_json::to_vec(&report).expect("serialises");
    // Alternating runs, so that a loaded machine slows both alike.
    let once = |f: &dyn Fn()| {
        let t = Instant::now();
        f();
        t.elapsed()
    };
    let read = || {
        let r = from_json_bytes(&json).expect("loads");
        assert_eq!(r.nodes.len(), report.nodes.len());
    };
    let outline = || {
        let r = from_json_bytes_texts(&json, Texts::Outline).expect("loads");
        assert_eq!(r.nodes.len(), report.nodes.len());
    };
    let by_serde = || {
        let r: Report = serde_json::from_slice(&json).expect("loads");
        assert_eq!(r.nodes.len(), report.nodes.len());
    };
    let validate = || rectify_core::load::validate(&report).expect("valid");
    let (mut readers, mut serdes, mut validations) = (Vec::new(), Vec::new(), Vec::new());
    let mut outlines = Vec::new();
    for _ in 0..runs {
        readers.push(once(&read));
        outlines.push(once(&outline));
        serdes.push(once(&by_serde));
        validations.push(once(&validate));
    }
    let (reader, serde, validation) = (median(readers), median(serdes), median(validations));
    let outline = median(outlines);
    let mb = json.len() as f64 / 1e6;
    println!(
        "{problems} problems, {mb:.1} MB: reader (with validation) {reader:?} ({:.0} MB/s), \
         of which validation {validation:?}; the outline (the embed's read) {outline:?}; \
         serde_json (types only) {serde:?}",
        mb / reader.as_secs_f64()
    );
}
