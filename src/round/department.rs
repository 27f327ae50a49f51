//! A department of the collection: its latest report as today's board
//! (opened at a problem for `#<department>/<node>`), its burn-up chart from
//! the collection's totals, and the changes between two of its reports.

use std::rc::Rc;

use rectify_core::collection::Collection;
use rectify_core::history::burnup_from_entries;
use rectify_core::link;
use rectify_core::locale::{Lang, RoundMsg};
use rectify_core::model::{NodeId, Report};
use rectify_core::stats::{GroupId, Summary};
use rectify_core::view::{error_location, error_message};
use yew::prelude::*;
use yew::Reducible;

use super::burnup_chart::BurnupChart;
use super::changes_panel::{ChangesPanel, Dated};
use super::entry_url::resolve_entry;
use super::fetch::{cached_reports, use_entry_report};
use crate::components::{error_panel, loading_panel, Board, ErrorPanelProps, InitialView};
use crate::hooks::{Hant, LoadState, Loaded};
use crate::state::{Action, ViewState};

#[derive(Properties, PartialEq)]
pub struct DepartmentProps {
    pub collection: Rc<Collection>,
    /// The collection's URL, which report URLs are relative to.
    pub src: AttrValue,
    pub id: AttrValue,
    /// A node of the latest report to open (`#<department>/<node>`).
    pub node: Option<AttrValue>,
    pub lang: Lang,
    pub elderly: bool,
    pub hant: Hant,
}

/// The board's state opened at `node`, when the report has it.
fn opened_at(report: &Report, node: &str) -> Option<InitialView> {
    let target = link::resolve(node, report)?;
    let area = target
        .area
        .map_or(GroupId::TopLevel, |a| GroupId::Node(NodeId::new(&a)));
    let view = Rc::new(ViewState::default());
    Some(InitialView(match target.problem {
        Some(p) => view.reduce(Action::OpenProblem(area, NodeId::new(&p))),
        None => view.reduce(Action::OpenArea(area)),
    }))
}

fn back_link(lang: Lang) -> Html {
    html! { <p class="rb-back-row"><a class="rb-back-link" href="#">{ "← " }{ RoundMsg::BackToList.text(lang) }</a></p> }
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
                Some(Rc::new(Loaded { report, summary }))
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
                { back_link(lang) }
                <p class="rb-note" role="alert">{ RoundMsg::UnknownDepartment.fill(lang, &[&props.id]) }</p>
            </section>
        };
    };
    let board = match (&latest, &*state, &*shown) {
        (None, _, _) => html! { <p class="rb-note">{ RoundMsg::NoReport.text(lang) }</p> },
        (Some(Dated { url: None, .. }), _, _) => {
            html! { <p class="rb-note" role="alert">{ RoundMsg::EntryRefused.text(lang) }</p> }
        }
        (Some(d), _, Some(loaded)) => {
            let initial = props
                .node
                .as_ref()
                .and_then(|n| opened_at(&loaded.report, n));
            html! {
                <section class="rb-latest">
                    <h3>{ RoundMsg::LatestBoard.fill(lang, &[&d.as_of]) }</h3>
                    <Board key={props.node.as_deref().unwrap_or("").to_string()} {lang} loaded={loaded.clone()} elderly={props.elderly} {initial} follows_address={false} />
                </section>
            }
        }
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
            { back_link(lang) }
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
