use rectify_core::locale::format::{as_of_date, date};
use rectify_core::locale::{percent, status_label, Lang};
use rectify_core::model::{Meta, Status};
use rectify_core::stats::Summary;
use std::rc::Rc;

use yew::prelude::*;

use crate::components::status_class;
use crate::hooks::Loaded;
use crate::i18n::{t, T};

#[derive(Properties, PartialEq)]
pub struct HeadlineProps {
    pub lang: Lang,
    pub loaded: Rc<Loaded>,
}

/// Title, dates and the headline figures.
#[function_component(Headline)]
pub fn headline(props: &HeadlineProps) -> Html {
    let lang = props.lang;
    let meta: &Meta = &props.loaded.report.meta;
    let s: &Summary = &props.loaded.summary;
    let rate = s
        .problems
        .completion_rate()
        .map(percent)
        .unwrap_or_else(|| "—".into());
    let figure = |class: &'static str, label: String, value: String| {
        html! {
            <div class={classes!("rb-figure", class)}>
                <dt class="rb-figure-label">{ label }</dt>
                <dd class="rb-figure-value">{ value }</dd>
            </div>
        }
    };
    let mut figures = vec![figure(
        "rb-figure-total",
        t(lang, T::Problems).into(),
        s.problems.total().to_string(),
    )];
    for st in [
        Status::Done,
        Status::InProgress,
        Status::LongTerm,
        Status::NotStarted,
    ] {
        let n = s.problems.get(st);
        if n > 0 || matches!(st, Status::Done | Status::InProgress) {
            figures.push(figure(
                status_class(Some(st)),
                status_label(Some(st), lang).into(),
                n.to_string(),
            ));
        }
    }
    if s.problems.unknown > 0 {
        figures.push(figure(
            status_class(None),
            status_label(None, lang).into(),
            s.problems.unknown.to_string(),
        ));
    }
    if s.long_term_items > 0 {
        figures.push(figure(
            "rb-figure-longterm",
            t(lang, T::LongTermItems).into(),
            s.long_term_items.to_string(),
        ));
    }
    figures.push(figure(
        "rb-figure-rate",
        t(lang, T::CompletionRate).into(),
        rate,
    ));
    let facts: Vec<(T, String)> = [
        (T::Issuer, meta.issuer.clone()),
        (
            T::AsOf,
            // The report's own wording in Chinese; the date in English.
            match (lang, &meta.as_of, &meta.as_of_text) {
                (Lang::En, Some(d), _) => Some(as_of_date(d, lang)),
                (_, _, Some(text)) => Some(text.trim_start_matches("截至").to_string()),
                (_, d, None) => d.as_deref().map(|d| as_of_date(d, lang)),
            },
        ),
        (
            T::Published,
            meta.published.as_deref().map(|d| date(d, lang)),
        ),
    ]
    .into_iter()
    .filter_map(|(k, v)| v.map(|v| (k, v)))
    .collect();
    html! {
        <header class="rb-head">
            <h2 class="rb-title">{ meta.title.clone() }</h2>
            if !facts.is_empty() {
                <p class="rb-facts">
                    { for facts.into_iter().map(|(k, v)| html! {
                        <span class="rb-fact"><span class="rb-fact-label">{ t(lang, k) }{"："}</span>{ v }</span>
                    }) }
                </p>
            }
            <dl class="rb-figures">{ for figures }</dl>
        </header>
    }
}
