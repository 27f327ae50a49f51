//! A department of the collection: its latest report as today's board
//! (opened at a problem for `#<department>/<node>`), its burn-up chart from
//! the collection's totals, and the changes between two of its reports.

use std::rc::Rc;

use rectify_core::collection::Collection;
use rectify_core::history::burnup_from_entries;
use rectify_core::locale::{Lang, RoundMsg};
use rectify_core::stats::Summary;
use rectify_core::view::round::RoundLink;
use rectify_core::view::{error_location, error_message};
use yew::prelude::*;

use super::burnup_chart::BurnupChart;
use super::changes_panel::{ChangesPanel, Dated};
use super::entry_url::resolve_entry;
use super::fetch::{cached_reports, use_entry_report};
use crate::components::{error_panel, loading_panel, Board, ErrorPanelProps};
use crate::hooks::{Hant, LoadState, Loaded};
use crate::links::LinkPlace;

#[derive(Properties, PartialEq)]
pub struct DepartmentProps {
    pub collection: Rc<Collection>,
    /// The collection's URL, which report URLs are relative to.
    pub src: AttrValue,
    pub id: AttrValue,
    /// A node of the latest report to open (`#<department>/<node>`).
    pub node: Option<AttrValue>,
    /// Told the node the reader opened in the board (`None`: its overview).
    pub on_link: Callback<Option<String>>,
    /// Given exactly when links are off (`data-links="off"`): where the
    /// back link goes instead of the fragment; the board then has no links.
    pub on_open: Option<Callback<Option<RoundLink>>>,
    pub lang: Lang,
    pub elderly: bool,
    pub hant: Hant,
}

/// Back to the overview: the fragment `#`, or with links off a click.
fn back_link(lang: Lang, on_open: &Option<Callback<Option<RoundLink>>>) -> Html {
    let onclick = on_open.as_ref().map(|go| {
        go.reform(|e: MouseEvent| {
            e.prevent_default();
            None
        })
    });
    html! { <p class="rb-back-row"><a class="rb-back-link" href="#" {onclick}>{ "← " }{ RoundMsg::BackToList.text(lang) }</a></p> }
}

#[function_component(Department)]
pub fn department(props: &DepartmentProps) -> Html {
    let lang = props.lang;
    let c = &props.collection;
    let reports: Rc<Vec<Dated>> = use_memo(
        (c.clone(), props.id.clone(), props.src.clone()),
        |(c, id, src)| {
            c.history(id)
                .into_iter()
                .map(|e| Dated {
                    as_of: e.as_of.clone().into(),
                    url: resolve_entry(src, &e.report).map(AttrValue::from),
                })
                .collect()
        },
    );
    let points = use_memo((c.clone(), props.id.clone()), |(c, id)| {
        burnup_from_entries(&c.history(id))
    });
    let latest = reports.last().cloned();
    let state = use_entry_report(latest.as_ref().and_then(|d| d.url.clone()));
    let shown = use_memo(
        ((*state).clone(), props.hant.clone()),
        |(state, hant)| match (state, hant) {
            (LoadState::Ready(l), Hant::Ready(conv)) => {
                let mut report = l.report.clone();
                conv.convert_report(&mut report);
                let summary = Summary::of(&report);
                Some(Rc::new(Loaded {
                    report,
                    summary,
                    bytes: Default::default(),
                }))
            }
            (LoadState::Ready(l), _) => Some(l.clone()),
            _ => None,
        },
    );
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with(props.id.clone(), move |_| {
            if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        });
    }
    let Some(dept) = c.department(&props.id) else {
        return html! {
            <section class="rb-department">
                { back_link(lang, &props.on_open) }
                <p class="rb-note" role="alert">{ RoundMsg::UnknownDepartment.fill(lang, &[&props.id]) }</p>
            </section>
        };
    };
    let board = match (&latest, &*state, &*shown) {
        (None, _, _) => html! { <p class="rb-note">{ RoundMsg::NoReport.text(lang) }</p> },
        (Some(Dated { url: None, .. }), _, _) => {
            html! { <p class="rb-note" role="alert">{ RoundMsg::EntryRefused.text(lang) }</p> }
        }
        (Some(d), _, Some(loaded)) => html! {
            <section class="rb-latest">
                <h3>{ RoundMsg::LatestBoard.fill(lang, &[&d.as_of]) }</h3>
                <Board {lang} loaded={loaded.clone()} elderly={props.elderly}
                    links={if props.on_open.is_some() { LinkPlace::Off } else { LinkPlace::Department(props.id.clone()) }}
                    at={props.node.clone()}
                    on_link={props.on_link.clone()} />
            </section>
        },
        (Some(_), LoadState::FetchFailed { src, reason }, _) => error_panel(ErrorPanelProps {
            lang,
            src: src.clone(),
            location: None,
            message: reason.message(lang),
            detail: None,
            on_retry: None,
        }),
        (Some(_), LoadState::Invalid { src, error }, _) => {
            let (message, detail) = error_message(error, lang);
            error_panel(ErrorPanelProps {
                lang,
                src: src.clone(),
                location: Some(error_location(error, lang)),
                message,
                detail,
                on_retry: None,
            })
        }
        _ => loading_panel(lang, &Default::default()),
    };
    html! {
        <section class="rb-department" data-cached-reports={cached_reports().to_string()}>
            { back_link(lang, &props.on_open) }
            <h2 class="rb-dept-title" tabindex="-1" ref={heading}>{ dept.name.clone() }</h2>
            <BurnupChart {points} {lang} elderly={props.elderly} />
            if reports.len() > 1 {
                <ChangesPanel reports={reports.clone()} {lang} hant={props.hant.clone()} />
            } else {
                <p class="rb-note">{ RoundMsg::OneReport.text(lang) }</p>
            }
            { board }
        </section>
    }
}
