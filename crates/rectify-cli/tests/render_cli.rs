//! `rectify render` on the bundled report: the fragment read structurally
//! (host element, declarative shadow root, headline, one SVG per chart,
//! tables, the copy for browsers without declarative shadow DOM), and what
//! it must never hold (scripts, style attributes, event handlers).

mod common;
use common::{rectify, root};

fn tmp_dir(name: &str) -> std::path::PathBuf {
    common::tmp("render-test", name)
}

use rectify_core::fingerprint::Fingerprint;
use rectify_core::locale::rate_text;
use rectify_core::stats::Summary;

const REPORT: &str = "data/reports/zhongshan-finance-2025-09.json";
/// The size the fragment of the bundled report must stay within (before gzip).
const MAX_BYTES: usize = 60 * 1024;

/// The fragment of the bundled report, written with `-o`.
fn fragment(extra: &[&str]) -> String {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let out = tmp_dir(&format!("fragment-{n}")).join("board.html");
    let mut args = vec!["render", REPORT, "-o", out.to_str().unwrap()];
    args.extend_from_slice(extra);
    let o = rectify(&args);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(o.stdout.is_empty(), "-o writes nothing to standard output");
    std::fs::read_to_string(out).unwrap()
}

/// The text between `open` (its first occurrence) and the next `close`.
fn between<'a>(text: &'a str, open: &str, close: &str) -> &'a str {
    let start = text.find(open).unwrap_or_else(|| panic!("no {open}")) + open.len();
    let len = text[start..]
        .find(close)
        .unwrap_or_else(|| panic!("no {close} after {open}"));
    &text[start..start + len]
}

/// The headline figure labelled `label`.
fn figure(html: &str, label: &str) -> String {
    let dt = format!("<dt class=\"rb-figure-label\">{label}</dt><dd class=\"rb-figure-value\">");
    between(html, &dt, "</dd>").to_string()
}

fn summary() -> Summary {
    let bytes = std::fs::read(root().join(REPORT)).unwrap();
    Summary::of(&rectify_core::load::from_json_bytes(&bytes).unwrap())
}

#[test]
fn the_fragment_is_the_host_with_a_declarative_shadow_root() {
    let html = fragment(&["--src", "/reports/2025-09.json", "--base", "/rb"]);
    let bytes = std::fs::read(root().join(REPORT)).unwrap();
    let host = between(&html, "<div ", ">");
    assert!(html.starts_with("<div data-rectify-board=\"\""), "{host}");
    assert!(
        host.contains("data-src=\"/reports/2025-09.json\""),
        "{host}"
    );
    assert!(host.contains("data-lang=\"zh-Hans\""), "{host}");
    let recorded = between(host, "data-prerendered=\"", "\"");
    assert_eq!(Fingerprint::parse(recorded), Some(Fingerprint::of(&bytes)));
    assert!(
        host.contains("data-prerendered-format=\"rectify-board/1\""),
        "{host}"
    );
    assert!(
        host.contains("data-prerendered-as-of=\"2025-06-30\""),
        "{host}"
    );
    assert_eq!(html.matches("<template").count(), 1);
    let shadow = between(&html, "<template shadowrootmode=\"open\">", "</template>");
    assert!(shadow.starts_with("<link rel=\"stylesheet\" href=\"/rb/board.css\">"));
    assert!(html.trim_end().ends_with("</div>"));
}

#[test]
fn the_shadow_root_holds_the_board_as_it_first_appears() {
    let html = fragment(&[]);
    let shadow = between(&html, "<template shadowrootmode=\"open\">", "</template>");
    let s = summary();
    let p = &s.problems;
    // The bundled report's counts, from the core (and what they are today).
    assert_eq!((p.total(), p.done, p.in_progress), (31, 24, 7));
    assert!(shadow.contains("<h2 class=\"rb-title\">中共中山市财政局党组关于十五届市委第六轮巡察整改进展情况的通报</h2>"));
    assert_eq!(figure(shadow, "问题总数"), p.total().to_string());
    assert_eq!(figure(shadow, "已完成"), p.done.to_string());
    assert_eq!(figure(shadow, "正在整改"), p.in_progress.to_string());
    assert_eq!(figure(shadow, "完成率"), rate_text(p.completion_rate()));
    // One SVG per chart, each inside its figure.
    // (The timeline's strips are decorative SVGs of their own.)
    assert_eq!(shadow.matches("class=\"rb-svg\"").count(), 2);
    assert!(between(shadow, "class=\"rb-chart rb-donut\">", "</figure>").contains("<svg"));
    assert!(between(shadow, "class=\"rb-chart rb-bars\">", "</figure>").contains("<svg"));
    // Both charts' data tables, open; the area table has a row per area.
    let donut = between(shadow, "class=\"rb-chart rb-donut\">", "</figure>");
    let bars = between(shadow, "class=\"rb-chart rb-bars\">", "</figure>");
    for chart in [donut, bars] {
        assert_eq!(chart.matches("<table class=\"rb-table\">").count(), 1);
        assert!(chart.contains("class=\"rb-table-wrap\""), "open");
    }
    assert!(!shadow.contains("data-closed"));
    assert_eq!(
        between(bars, "<tbody>", "</tbody>").matches("<tr>").count(),
        s.groups.len()
    );
    // The area list: one entry per area and long-term section.
    let areas = between(shadow, "<ul class=\"rb-area-list\">", "</ul>");
    assert_eq!(
        areas.matches("<li>").count(),
        s.groups.len() + s.long_term_groups.len()
    );
    assert!(shadow.contains("<noscript><p class=\"rb-note rb-noscript\">"));
}

#[test]
fn without_declarative_shadow_dom_the_light_copy_reads() {
    let html = fragment(&[]);
    let light = between(&html, "</template>", "</div>\n");
    let p = summary().problems;
    assert!(light.starts_with("<div lang=\"zh-Hans\" class=\"rb-light-copy\">"));
    assert!(light.contains("中共中山市财政局党组关于十五届市委第六轮巡察整改进展情况的通报"));
    assert_eq!(figure(light, "问题总数"), p.total().to_string());
    assert_eq!(figure(light, "完成率"), rate_text(p.completion_rate()));
    assert_eq!(light.matches("<table class=\"rb-table\">").count(), 2);
    assert!(!light.contains("<svg"), "the copy is text and tables only");
    // Without the stylesheet the facts still read apart (no flex gap there).
    assert!(
        !light.contains("</span><span class=\"rb-fact\">"),
        "facts run together: {light}"
    );
}

#[test]
fn the_fragment_holds_no_script_no_style_attribute_no_handler_and_stays_small() {
    for lang in ["zh-Hans", "en"] {
        let html = fragment(&["--lang", lang]);
        assert!(html.len() <= MAX_BYTES, "{lang}: {} bytes", html.len());
        assert!(!html.contains("<script"), "{lang}");
        assert!(!html.contains(" style="), "{lang}");
        assert!(!html.contains("style=\""), "{lang}");
        for handler in [
            " onclick=",
            " onload=",
            " onerror=",
            " onkeydown=",
            " onfocus=",
        ] {
            assert!(!html.contains(handler), "{lang}: {handler}");
        }
        assert!(!html.contains("javascript:"), "{lang}");
    }
    let en = fragment(&["--lang", "en"]);
    assert!(en.contains("data-lang=\"en\""));
    assert_eq!(figure(&en, "Problems"), "31");
}

#[test]
fn an_invalid_report_is_located_and_nothing_is_written() {
    let dir = tmp_dir("invalid");
    let bad = dir.join("bad.json");
    std::fs::write(&bad, "{\"format\": \"rectify-board/1\", \"meta\": 3}").unwrap();
    let out = dir.join("board.html");
    let o = rectify(&["render", bad.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("bad.json:1:") && err.contains("$.meta"),
        "{err}"
    );
    assert!(!out.exists());
    let o = rectify(&["render", REPORT, "--lang", "zh-Hant"]);
    assert_eq!(o.status.code(), Some(2), "繁體 needs the conversion table");
}
