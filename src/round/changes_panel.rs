//! The changes between two reports of a department: two date choices, then
//! status changes, new, no-longer-listed, merged, split and reworded
//! problems. Both reports are fetched (through the cache) only here.

use std::rc::Rc;

use rectify_core::history::diff;
use rectify_core::locale::{Lang, RoundMsg};
use rectify_core::view::round::{changes_view, ChangesView};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::fetch::use_entry_report;
use crate::components::loading_panel;
use crate::hooks::{Hant, LoadState};

/// One report the reader may choose: its as-of date and resolved URL
/// (`None`: refused).
#[derive(Clone, PartialEq)]
pub struct Dated {
    pub as_of: AttrValue,
    pub url: Option<AttrValue>,
}

#[derive(Properties, PartialEq)]
pub struct ChangesProps {
    /// The department's reports, oldest first (at least two).
    pub reports: Rc<Vec<Dated>>,
    pub lang: Lang,
    /// In 繁體, the reports' titles are converted too.
    pub hant: Hant,
}

fn date_select(label: &str, reports: &[Dated], chosen: usize, on: Callback<usize>) -> Html {
    let onchange = on.reform(|e: Event| {
        let s: HtmlSelectElement = e.target_unchecked_into();
        s.value().parse().unwrap_or(0)
    });
    html! {
        <label class="rb-round-field">
            <span>{ label.to_string() }</span>
            <select class="rb-date-select" {onchange}>
                { for reports.iter().enumerate().map(|(i, r)| html! {
                    <option value={i.to_string()} selected={i == chosen}>{ r.as_of.clone() }</option>
                }) }
            </select>
        </label>
    }
}

fn changes_list(v: &ChangesView) -> Html {
    html! {
        <div class="rb-changes-list">
            <p class="rb-changes-summary">{ v.summary.clone() }</p>
            { for v.sections.iter().map(|s| html! {
                <section class="rb-changes-section">
                    <h4>{ s.title }</h4>
                    <ul>
                        { for s.items.iter().map(|(lead, title)| html! {
                            <li><span class="rb-change-lead">{ lead.clone() }</span>{ " " }<span class="rb-change-title">{ title.clone() }</span></li>
                        }) }
                    </ul>
                </section>
            }) }
        </div>
    }
}

#[function_component(ChangesPanel)]
pub fn changes_panel(props: &ChangesProps) -> Html {
    let lang = props.lang;
    let n = props.reports.len();
    let from = use_state(|| n.saturating_sub(2));
    let to = use_state(|| n.saturating_sub(1));
    let url = |i: usize| props.reports.get(i).and_then(|r| r.url.clone());
    let old = use_entry_report(url(*from));
    let new = use_entry_report(url(*to));
    let view = use_memo(
        ((*old).clone(), (*new).clone(), lang),
        |(old, new, lang)| match (old, new) {
            (LoadState::Ready(a), LoadState::Ready(b)) => {
                Some(changes_view(&diff(&a.report, &b.report), *lang))
            }
            _ => None,
        },
    );
    let set = |s: &UseStateHandle<usize>| {
        let s = s.clone();
        Callback::from(move |i: usize| s.set(i))
    };
    let body = if *from == *to {
        html! { <p class="rb-note">{ RoundMsg::SameDate.text(lang) }</p> }
    } else if url(*from).is_none() || url(*to).is_none() {
        html! { <p class="rb-note" role="alert">{ RoundMsg::EntryRefused.text(lang) }</p> }
    } else {
        match (&*view, &*old, &*new) {
            (Some(v), _, _) => changes_list(v),
            (None, LoadState::Loading(_), _) | (None, _, LoadState::Loading(_)) => {
                loading_panel(lang, &Default::default())
            }
            _ => {
                html! { <p class="rb-note" role="alert">{ rectify_core::locale::Msg::ErrorTitle.text(lang) }</p> }
            }
        }
    };
    html! {
        <section class="rb-changes">
            <h3>{ RoundMsg::ChangesTitle.text(lang) }</h3>
            <div class="rb-round-filters">
                { date_select(RoundMsg::From.text(lang), &props.reports, *from, set(&from)) }
                { date_select(RoundMsg::To.text(lang), &props.reports, *to, set(&to)) }
            </div>
            { body }
        </section>
    }
}
