//! Benchmark: converts about 1 MB of notice text and prints the median time.
//!
//! The text is the bundled real notice with its body (sections 一 to 四)
//! repeated until the whole is at least 1 MiB, so that every part of the
//! converter — labels, tree, kinds, statuses, figures, owners, metadata — runs
//! on realistic paragraphs.
//!
//! ```sh
//! cargo run --release -p rectify-core --example bench_convert            # 15 runs
//! cargo run --release -p rectify-core --example bench_convert -- 31 2    # 31 runs, 2 MiB
//! ```

use std::time::{Duration, Instant};

use rectify_core::convert::{convert_notice, ConvertOptions};

const NOTICE: &str = include_str!("../../../data/source/zhongshan-finance-2025-09.txt");

/// The notice with its body repeated to at least `bytes` bytes.
fn big_notice(bytes: usize) -> String {
    let lines: Vec<&str> = NOTICE.lines().collect();
    let start = lines
        .iter()
        .position(|l| l.trim_start().starts_with("一、"))
        .expect("section 一");
    let end = lines
        .iter()
        .position(|l| l.contains("欢迎广大"))
        .expect("closing");
    let head = lines[..start].join("\n");
    let body = lines[start..end].join("\n");
    let tail = lines[end..].join("\n");
    let mut text = head;
    while text.len() + tail.len() < bytes {
        text.push('\n');
        text.push_str(&body);
    }
    text.push('\n');
    text.push_str(&tail);
    text
}

fn main() {
    let mut args = std::env::args().skip(1);
    let runs: usize = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(15)
        .max(1);
    let mib: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1).max(1);
    let text = big_notice(mib << 20);
    let opts = ConvertOptions::default();

    // One warm-up run, which also reports the size of the result.
    let c = convert_notice(&text, &opts);
    let nodes = c.report.walk().count();
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            let c = convert_notice(&text, &opts);
            let e = t.elapsed();
            std::hint::black_box(c);
            e
        })
        .collect();
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let median = times[runs / 2];
    println!(
        "convert_notice: {:.2} MB ({} chars, {} lines) -> {nodes} nodes, {} warnings",
        text.len() as f64 / 1e6,
        text.chars().count(),
        text.lines().count(),
        c.warnings.len()
    );
    println!(
        "median {:.1} ms over {runs} runs (min {:.1} ms, max {:.1} ms); {:.1} MB/s",
        ms(median),
        ms(times[0]),
        ms(times[runs - 1]),
        text.len() as f64 / 1e6 / median.as_secs_f64()
    );
}
