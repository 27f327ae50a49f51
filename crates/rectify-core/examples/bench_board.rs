//! Times, natively, each step between a report's bytes and the board's
//! first view models at 10,000 problems (what the widget does before its
//! first chart): reading, the summary, and each view model. Wasm is slower,
//! but the shares show where the time goes.
//! `cargo run --release -p rectify-core --example bench_board [problems] [runs]`

use std::time::{Duration, Instant};

use rectify_core::load::from_json_bytes;
use rectify_core::locale::Lang;
use rectify_core::sample::generate;
use rectify_core::stats::Summary;
use rectify_core::view;

/// A named step, run once per round.
type Step<'a> = (&'static str, Box<dyn Fn() + 'a>);

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let mut args = std::env::args().skip(1);
    let problems: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let runs: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(9);
    let json = serde_json::to_vec(&generate(problems, 8)).expect("serialises");
    let report = from_json_bytes(&json).expect("loads");
    let summary = Summary::of(&report);
    let lang = Lang::ZhHans;
    let filter = view::StatusFilter::default();
    let steps: Vec<Step> = vec![
        (
            "read (with validation)",
            Box::new(|| drop(from_json_bytes(&json))),
        ),
        ("Summary::of", Box::new(|| drop(Summary::of(&report)))),
        (
            "provenance",
            Box::new(|| drop(view::provenance(&report, lang))),
        ),
        (
            "headline",
            Box::new(|| drop(view::headline(&report.meta, &summary, lang))),
        ),
        (
            "overdue_figure",
            Box::new(|| drop(view::overdue_figure(&report, lang))),
        ),
        (
            "stated_view",
            Box::new(|| drop(view::stated_view(&report, &summary, lang))),
        ),
        (
            "deadline_filter_view",
            Box::new(|| drop(view::deadline_filter_view(&report, lang))),
        ),
        (
            "text_sections",
            Box::new(|| drop(view::text_sections(&report, lang))),
        ),
        (
            "key_figures",
            Box::new(|| drop(view::key_figures(&report, lang))),
        ),
        (
            "timeline_view",
            Box::new(|| drop(view::timeline_view(&report, lang))),
        ),
        (
            "overview",
            Box::new(|| drop(view::overview(&summary, &filter, lang))),
        ),
    ];
    let mut times: Vec<Vec<Duration>> = vec![Vec::new(); steps.len()];
    for _ in 0..runs {
        for (i, (_, f)) in steps.iter().enumerate() {
            let t = Instant::now();
            f();
            times[i].push(t.elapsed());
        }
    }
    println!(
        "{problems} problems, {:.1} MB of JSON, medians of {runs}:",
        json.len() as f64 / 1e6
    );
    for ((name, _), t) in steps.iter().zip(times) {
        println!("  {name:<24} {:>8.2} ms", median(t).as_secs_f64() * 1000.0);
    }
}
