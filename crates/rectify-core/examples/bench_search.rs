//! Times search on generated reports: building the index, and each
//! keystroke of typing a query (the widget lists 20 hits). Run with
//! `cargo run --release -p rectify-core --example bench_search [problems…]`.

use std::time::Instant;

use rectify_core::sample::generate;
use rectify_core::search::SearchIndex;

fn main() {
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    for n in if sizes.is_empty() {
        vec![10_000, 100_000]
    } else {
        sizes
    } {
        let report = generate(n, 8);
        let t = Instant::now();
        let index = SearchIndex::new(&report);
        println!("{n} problems: index {:.1} ms", ms(t));
        for typed in ["第", "第9", "第99", "第999", "第99", "整改 问题", "xyz"] {
            let t = Instant::now();
            let r = index.search(&report, typed, 20);
            println!("  {typed:<10} {:>7.2} ms  {} found", ms(t), r.total);
        }
    }
}

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1000.0
}
