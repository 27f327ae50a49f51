//! The board pre-rendered to an HTML fragment (`rectify render`), natively,
//! by the widget's own components (Yew's server renderer, feature `ssr`).
//!
//! The fragment is the host element, with:
//! - a declarative shadow root (`<template shadowrootmode="open">`) linking
//!   `board.css` and holding the [`App`] as it first appears with the report
//!   loaded, data tables open, and a `<noscript>` note: styled, and out of
//!   the portal CSS's reach, with or without scripts;
//! - light-DOM children read only where a browser has no declarative shadow
//!   DOM (elsewhere a shadow root without `<slot>` hides them): the headline
//!   and the charts' data tables, unstyled, so the numbers are still there;
//! - `data-prerendered` (the fingerprint of the report file) and the
//!   report's format and as-of date, so the live widget can tell when the
//!   data it fetches differs (`takeover.rs`).

use std::rc::Rc;

use rectify_core::fingerprint::Fingerprint;
use rectify_core::load::{self, LoadError};
use rectify_core::locale::{Lang, Msg};
use rectify_core::stats::Summary;
use rectify_core::view::{bars_view, donut_view, headline, overdue_figure, StatusFilter};
use yew::prelude::*;
use yew::LocalServerRenderer;

use crate::app::{App, AppProps};
use crate::components::{data_table, headline_header};
use crate::hooks::{set_prerender_width, Loaded};
use crate::source::Source;

/// How the fragment is made.
#[derive(Clone, Debug, PartialEq)]
pub struct FragmentOptions {
    /// The host's `data-src`: the report's URL as the portal serves it
    /// (`None`: the bundle's own report).
    pub src: Option<String>,
    /// The URL of the bundle's folder, ending in `/` (or empty: relative to
    /// the page), where `board.css` is.
    pub base: String,
    pub lang: Lang,
    /// The width, in CSS pixels, the bar chart is laid out at (the live
    /// widget lays it out at its measured width).
    pub width: f64,
}

impl Default for FragmentOptions {
    fn default() -> FragmentOptions {
        FragmentOptions {
            src: None,
            base: String::new(),
            lang: Lang::ZhHans,
            width: 640.0,
        }
    }
}

/// The fragment for the report file `bytes`, or why they are not a report
/// (located, as the widget and `rectify validate` locate it).
pub fn render_fragment(bytes: &[u8], options: &FragmentOptions) -> Result<String, LoadError> {
    let mut report = load::from_json_bytes(bytes)?;
    rectify_core::bidi::isolate_report(&mut report);
    let summary = Summary::of(&report);
    let props = FragmentProps {
        loaded: Rc::new(Loaded {
            report,
            summary,
            bytes: Default::default(),
        }),
        fingerprint: Fingerprint::of(bytes).to_text().into(),
        options: options.clone(),
    };
    set_prerender_width(Some(options.width));
    let renderer = LocalServerRenderer::<Fragment>::with_props(props).hydratable(false);
    let html = futures::executor::block_on(renderer.render());
    set_prerender_width(None);
    Ok(html)
}

#[derive(Properties, PartialEq)]
struct FragmentProps {
    loaded: Rc<Loaded>,
    fingerprint: AttrValue,
    options: FragmentOptions,
}

#[function_component(Fragment)]
fn fragment(props: &FragmentProps) -> Html {
    let FragmentOptions {
        src, base, lang, ..
    } = &props.options;
    let lang = *lang;
    let meta = &props.loaded.report.meta;
    let app = AppProps {
        src: Source::from(src.clone().unwrap_or_default()),
        lang,
        elderly: false,
        height: None,
        base: base.clone().into(),
        prerendered: None,
        preloaded: Some(props.loaded.clone()),
        // No page address natively: the live board's links take over.
        links: crate::links::LinkPlace::Off,
    };
    html! {
        <div data-rectify-board="" data-src={src.clone()} data-lang={lang.tag()}
            data-prerendered={props.fingerprint.clone()}
            data-prerendered-format={props.loaded.report.format.clone()}
            data-prerendered-as-of={meta.as_of.clone()}>
            <template shadowrootmode="open">
                <link rel="stylesheet" href={format!("{base}board.css")} />
                <div class="rb-root">
                    <App ..app />
                    <noscript><p class="rb-note rb-noscript">{ Msg::NoScript.text(lang) }</p></noscript>
                </div>
            </template>
            { light_copy(&props.loaded, lang, props.options.width) }
        </div>
    }
}

/// What a browser without declarative shadow DOM shows: the headline and
/// the charts' data tables, by the same pieces as the board.
fn light_copy(loaded: &Loaded, lang: Lang, width: f64) -> Html {
    let mut head = headline(&loaded.report.meta, &loaded.summary, lang);
    head.figures.extend(overdue_figure(&loaded.report, lang));
    let all = StatusFilter::default();
    let donut = donut_view(&loaded.summary.problems, &all, lang);
    let bars = bars_view(&loaded.summary.groups, width, &all, lang);
    html! {
        <div class="rb-light-copy" lang={lang.tag()}>
            { headline_header(&head, None) }
            { data_table(&donut.text.table_caption, &donut.text.table) }
            { data_table(&bars.text.table_caption, &bars.text.table) }
        </div>
    }
}
