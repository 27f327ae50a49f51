//! The embed reads the report's outline (`load::Texts::Outline`: the
//! problems' long texts left out) and draws everything before the
//! drill-down from it. Every view model it makes from the report must be
//! the same as from the full report: headline, provenance, stated totals,
//! contact, deadline filter and its narrowed reports, texts, 主要数据,
//! timeline, the summary behind the charts, legend and area list, the
//! print table and CSV for every scope, and where every deep link leads.

use std::path::Path;

use rectify_core::bidi::isolate_report;
use rectify_core::chart::problems_table;
use rectify_core::convert::{convert_notice, ConvertOptions};
use rectify_core::link::{fragment_for, resolve};
use rectify_core::load::{from_json_bytes_texts, Texts};
use rectify_core::locale::Lang;
use rectify_core::model::{Report, Status};
use rectify_core::stats::{GroupId, Summary};
use rectify_core::view::{
    contact_view, deadline_filter_view, deadline_words, headline, key_figures, narrow_to_deadline,
    overdue_figure, overview, provenance, stated_view, text_sections, timeline_view, Drill,
    StatusFilter, DEADLINE_STATES,
};

const LANGS: [Lang; 3] = [Lang::ZhHans, Lang::ZhHant, Lang::En];

/// The report as the embed reads it and as the detail bundle does.
fn both(json: &[u8]) -> (Report, Report) {
    let read = |texts| {
        let mut r = from_json_bytes_texts(json, texts).expect("loads");
        isolate_report(&mut r);
        r
    };
    (read(Texts::Outline), read(Texts::All))
}

/// `{:?}` of what `f` makes of each, compared.
fn same<T: std::fmt::Debug>(what: &str, full: &Report, outline: &Report, f: impl Fn(&Report) -> T) {
    assert_eq!(
        format!("{:?}", f(outline)),
        format!("{:?}", f(full)),
        "{what} differs for {}",
        full.meta.title
    );
}

fn check_report(full: &Report, outline: &Report) {
    assert_ne!(full, outline, "the outline leaves texts out");
    same("summary", full, outline, Summary::of);
    let summary = Summary::of(full);
    let mut drills = vec![Drill::Overview];
    drills.extend(
        summary
            .groups
            .iter()
            .chain(&summary.long_term_groups)
            .map(|g| Drill::Area(g.id.clone())),
    );
    drills.push(Drill::Area(GroupId::TopLevel));
    drills.push(Drill::Status(None));
    drills.extend(Status::ALL.map(|s| Drill::Status(Some(s))));
    for lang in LANGS {
        same("headline", full, outline, |r| {
            (
                headline(&r.meta, &Summary::of(r), lang),
                overdue_figure(r, lang),
            )
        });
        same("provenance", full, outline, |r| provenance(r, lang));
        same("stated", full, outline, |r| {
            stated_view(r, &Summary::of(r), lang)
        });
        same("contact", full, outline, |r| {
            contact_view(&r.meta, "2025-10-01", lang)
        });
        same("deadlines", full, outline, |r| {
            deadline_filter_view(r, lang)
        });
        same("texts", full, outline, |r| text_sections(r, lang));
        same("key figures", full, outline, |r| key_figures(r, lang));
        same("timeline", full, outline, |r| timeline_view(r, lang));
        same("area list", full, outline, |r| {
            overview(&Summary::of(r), &StatusFilter::default(), lang)
        });
        for drill in &drills {
            same("print table and CSV", full, outline, |r| {
                problems_table(r, drill.table_scope(), &|_| true, lang)
            });
        }
        for state in DEADLINE_STATES {
            same("narrowed", full, outline, |r| {
                let narrowed = narrow_to_deadline(r, state);
                (
                    Summary::of(&narrowed),
                    deadline_words(state, r, lang),
                    problems_table(&narrowed, Drill::Overview.table_scope(), &|_| true, lang),
                )
            });
        }
    }
    for node in full.walk() {
        same("deep link", full, outline, |r| {
            resolve(&fragment_for(&node.id), r)
        });
    }
}

#[test]
fn the_embed_shows_the_same_from_the_outline_as_from_the_full_report() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut jsons: Vec<Vec<u8>> = Vec::new();
    let reports = std::fs::read_dir(root.join("data/reports")).unwrap();
    let department = ["education", "health", "water"]
        .map(|d| root.join("data/collections/county-round").join(d));
    for dir in department {
        for f in std::fs::read_dir(dir).unwrap() {
            jsons.push(std::fs::read(f.unwrap().path()).unwrap());
        }
    }
    for f in reports {
        jsons.push(std::fs::read(f.unwrap().path()).unwrap());
    }
    for f in std::fs::read_dir(root.join("data/samples/notices")).unwrap() {
        let path = f.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            let text = std::fs::read_to_string(&path).unwrap();
            let report = convert_notice(&text, &ConvertOptions::default()).report;
            jsons.push(serde_json::to_vec(&report).unwrap());
        }
    }
    jsons.push(serde_json::to_vec(&rectify_core::sample::generate(300, 8)).unwrap());
    assert!(jsons.len() > 10, "{} reports", jsons.len());
    for json in &jsons {
        let (outline, full) = both(json);
        check_report(&full, &outline);
    }
}
