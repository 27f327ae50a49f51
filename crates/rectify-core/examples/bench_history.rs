//! Timings of the history features at scale, in a release build:
//! `cargo run --release -p rectify-core --example bench_history`.
//!
//! - the diff of a 10,000-problem report against itself, and against a
//!   copy whose ids are all renumbered and every fifth title reworded (so
//!   that matching goes through the bigram index);
//! - a generated collection of 300 departments × 4 reports: generation,
//!   JSON, loading back, and the burn-up series of every department.

use std::time::Instant;

use rectify_core::collection::{from_json_str, generate};
use rectify_core::history::{burnup, diff};
use rectify_core::model::Report;

fn median_ms(runs: usize, mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[runs / 2]
}

fn renumbered(report: &Report) -> Report {
    let mut copy = report.clone();
    let mut i = 0;
    for area in &mut copy.nodes[0].children {
        for p in &mut area.children {
            p.id = format!("renumbered-{i}");
            if i % 5 == 0 {
                p.title = p.title.replace("制度执行不到位", "制度执行仍不到位");
            }
            i += 1;
        }
    }
    copy
}

fn main() {
    let big = rectify_core::sample::generate(10_000, 8);
    let moved = renumbered(&big);
    let ms = median_ms(7, || assert_eq!(diff(&big, &big).unchanged, 10_000));
    println!("diff 10k vs itself: {ms:.1} ms (median of 7)");
    let ms = median_ms(7, || {
        let d = diff(&big, &moved);
        assert_eq!(d.matched.len(), 10_000);
    });
    println!("diff 10k vs renumbered copy: {ms:.1} ms (median of 7)");

    let ms = median_ms(5, || {
        let sample = generate(300, 4);
        let json = serde_json::to_string(&sample.collection).unwrap();
        let collection = from_json_str(&json).unwrap();
        for d in &collection.departments {
            let reports: Vec<&Report> = sample
                .reports
                .iter()
                .filter(|(url, _)| url.starts_with(&format!("{}/", d.id)))
                .map(|(_, r)| r)
                .collect();
            assert_eq!(burnup(&reports).len(), 4);
        }
    });
    println!("collection 300 x 4: generate, JSON, load, burn-up of each: {ms:.1} ms (median of 5)");
}
