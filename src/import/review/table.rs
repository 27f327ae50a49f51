//! The problems table: every problem with its status and evidence, a
//! filter for inferred statuses and "accept all inferred".

use rectify_core::locale::Lang;
use rectify_core::model::StatusBasis;
use rectify_core::review::{Change, ProblemRow, ReviewMsg};
use yew::prelude::*;

use super::row::ProblemRowView;

#[derive(Properties, PartialEq)]
pub struct TableProps {
    pub rows: Vec<ProblemRow>,
    /// Rows always rendered (the consistency checks link to them).
    pub pinned: Vec<String>,
    pub lang: Lang,
    pub on_change: Callback<Change>,
}

/// Rows rendered at first and added per "show more": a ledger of thousands
/// of problems stays responsive.
const PAGE_ROWS: usize = 200;

#[function_component(ProblemTable)]
pub fn problem_table(props: &TableProps) -> Html {
    let lang = props.lang;
    let t = |m: ReviewMsg| m.text(lang);
    let only_inferred = use_state(|| false);
    let limit = use_state(|| PAGE_ROWS);
    let inferred = |r: &&ProblemRow| r.basis == Some(StatusBasis::Inferred);
    let shown: Vec<&ProblemRow> = props
        .rows
        .iter()
        .filter(|r| !*only_inferred || inferred(r))
        .collect();
    let rendered: Vec<&ProblemRow> = shown
        .iter()
        .enumerate()
        .filter(|(i, r)| *i < *limit || props.pinned.contains(&r.id))
        .map(|(_, r)| *r)
        .collect();
    let more = shown.len().saturating_sub(*limit).min(PAGE_ROWS);
    let show_more = {
        let limit = limit.clone();
        Callback::from(move |_: MouseEvent| limit.set(*limit + PAGE_ROWS))
    };
    let toggle = {
        let only_inferred = only_inferred.clone();
        Callback::from(move |_: Event| only_inferred.set(!*only_inferred))
    };
    let accept = {
        let on_change = props.on_change.clone();
        let items: Vec<_> = props
            .rows
            .iter()
            .filter(|r| r.basis == Some(StatusBasis::Inferred))
            .filter_map(|r| Some((r.id.clone(), r.status?)))
            .collect();
        let reason = t(ReviewMsg::AcceptedReason).to_string();
        Callback::from(move |_: MouseEvent| {
            on_change.emit(Change::Accept {
                items: items.clone(),
                reason: reason.clone(),
            })
        })
    };
    let any_inferred = props.rows.iter().any(|r| inferred(&r));
    html! {
        <div class="imp-table-wrap">
            <h3 id="imp-table-title">{ t(ReviewMsg::TableTitle) }</h3>
            <div class="imp-actions">
                <label class="imp-check">
                    <input type="checkbox" id="imp-only-inferred" checked={*only_inferred} onchange={toggle} />
                    { t(ReviewMsg::OnlyInferred) }
                </label>
                <button type="button" class="imp-button imp-accept" disabled={!any_inferred} onclick={accept}>
                    { t(ReviewMsg::AcceptInferred) }
                </button>
            </div>
            <p class="imp-table-count" role="status">
                { ReviewMsg::TableCount.fill(lang, &[&rendered.len().to_string(), &props.rows.len().to_string()]) }
            </p>
            <div class="imp-scroll">
                <table class="imp-table" aria-labelledby="imp-table-title">
                    <thead>
                        <tr>
                            <th scope="col">{ t(ReviewMsg::ColLabel) }</th>
                            <th scope="col">{ t(ReviewMsg::ColTitle) }</th>
                            <th scope="col">{ t(ReviewMsg::ColStatus) }</th>
                            <th scope="col">{ t(ReviewMsg::ColEvidence) }</th>
                            <th scope="col">{ t(ReviewMsg::ColOwners) }</th>
                            <th scope="col">{ t(ReviewMsg::ColDeadline) }</th>
                            <th scope="col">{ t(ReviewMsg::ColCompleted) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for rendered.into_iter().map(|r| html! {
                            <ProblemRowView key={r.id.clone()} row={r.clone()} {lang} on_change={props.on_change.clone()} />
                        }) }
                    </tbody>
                </table>
            </div>
            if more > 0 {
                <button type="button" class="imp-button imp-more-rows" onclick={show_more}>
                    { ReviewMsg::ShowMoreRows.fill(lang, &[&more.to_string()]) }
                </button>
            }
        </div>
    }
}
