//! The round overview: filters (round, name search), the departments as a
//! sortable table or as small multiples, and the distribution of their
//! completion rates. Drawn from the collection's stated totals alone.

use std::rc::Rc;

use rectify_core::collection::Collection;
use rectify_core::locale::{Lang, RoundMsg};
use rectify_core::view::round::{
    round_table, rounds, ColumnHead, DepartmentRow, RoundLink, RoundQuery, RoundTable, SortKey,
};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::batches::use_drawn;
use super::distribution_chart::DistributionChart;

#[derive(Properties, PartialEq)]
pub struct RoundOverviewProps {
    pub collection: Rc<Collection>,
    pub lang: Lang,
    pub elderly: bool,
    /// With links off: opens a department on a click (not by the fragment).
    pub on_open: Option<Callback<Option<RoundLink>>>,
}

/// How the departments are shown.
#[derive(Clone, Copy, PartialEq)]
enum Layout {
    Table,
    SmallMultiples,
}

#[function_component(RoundOverview)]
pub fn round_overview(props: &RoundOverviewProps) -> Html {
    let lang = props.lang;
    let query = use_state(RoundQuery::default);
    let layout = use_state(|| Layout::Table);
    let table: Rc<RoundTable> = use_memo(
        (props.collection.clone(), (*query).clone(), lang),
        |(c, q, lang)| round_table(c, q, *lang),
    );
    let rates: Rc<Vec<f64>> = use_memo(table.clone(), |t| {
        t.rows.iter().filter_map(|r| r.rate).collect()
    });
    // The first screenful in the first frame, the rest in later ones.
    let drawn = use_drawn(table.rows.len());
    let all_rounds = use_memo(props.collection.clone(), |c| rounds(c));
    let on_sort = {
        let query = query.clone();
        Callback::from(move |key: SortKey| query.set(query.sorted_by(key)))
    };
    let on_search = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            query.set(RoundQuery {
                search: input.value(),
                ..(*query).clone()
            });
        })
    };
    let on_round = {
        let query = query.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let v = select.value();
            query.set(RoundQuery {
                round: (!v.is_empty()).then_some(v),
                ..(*query).clone()
            });
        })
    };
    let layout_button = |l: Layout, msg: RoundMsg| {
        let pressed = (*layout == l).to_string();
        let layout = layout.clone();
        let onclick = Callback::from(move |_: MouseEvent| layout.set(l));
        html! {
            <button type="button" class="rb-tool" aria-pressed={pressed} {onclick}>
                { msg.text(lang) }
            </button>
        }
    };
    html! {
        <section class="rb-round-overview">
            <div class="rb-round-filters">
                if all_rounds.len() > 1 {
                    <label class="rb-round-field">
                        <span>{ RoundMsg::Round.text(lang) }</span>
                        <select class="rb-round-select" onchange={on_round}>
                            <option value="" selected={query.round.is_none()}>{ RoundMsg::AllRounds.text(lang) }</option>
                            { for all_rounds.iter().map(|r| html! {
                                <option value={r.clone()} selected={query.round.as_ref() == Some(r)}>{ r.clone() }</option>
                            }) }
                        </select>
                    </label>
                }
                <label class="rb-round-field">
                    <span>{ RoundMsg::SearchDepartments.text(lang) }</span>
                    <input type="search" class="rb-round-search" value={query.search.clone()} oninput={on_search} />
                </label>
                <div class="rb-round-layout" role="group" aria-label={RoundMsg::Layout.text(lang)}>
                    { layout_button(Layout::Table, RoundMsg::AsTable) }
                    { layout_button(Layout::SmallMultiples, RoundMsg::AsSmallMultiples) }
                </div>
            </div>
            <p class="rb-round-note" role="status">{ table.note.clone() }</p>
            if *layout == Layout::Table {
                { department_table(&table, drawn, &on_sort, &props.on_open) }
            } else {
                { small_multiples(&table.rows[..drawn], &props.on_open) }
            }
            <DistributionChart {rates} {lang} elderly={props.elderly} />
        </section>
    }
}

fn sort_head(h: &ColumnHead, on_sort: &Callback<SortKey>) -> Html {
    let key = h.key;
    let onclick = on_sort.reform(move |_: MouseEvent| key);
    let aria_sort = match h.sorted {
        Some(true) => "descending",
        Some(false) => "ascending",
        None => "none",
    };
    let arrow = match h.sorted {
        Some(true) => "▼",
        Some(false) => "▲",
        None => "",
    };
    html! {
        <th scope="col" aria-sort={aria_sort}>
            <button type="button" class="rb-sort" title={h.button.clone()} {onclick}>
                { h.label }<span aria-hidden="true">{ arrow }</span>
            </button>
        </th>
    }
}

/// The table with its first `drawn` rows.
fn department_table(
    t: &RoundTable,
    drawn: usize,
    on_sort: &Callback<SortKey>,
    on_open: &Option<Callback<Option<RoundLink>>>,
) -> Html {
    html! {
        <div class="rb-round-table-wrap" tabindex="0" role="region" aria-label={t.caption}>
            <table class="rb-table rb-round-table">
                <caption>{ t.caption }</caption>
                <thead><tr>{ for t.heads.iter().map(|h| sort_head(h, on_sort)) }</tr></thead>
                <tbody>
                    { for t.rows[..drawn].iter().map(|r| html! {
                        <tr key={r.id.clone()}>
                            <th scope="row">{ department_link(r, on_open) }</th>
                            { for r.cells.iter().map(|c| html! { <td>{ c.clone() }</td> }) }
                            <td>{ r.last_report.clone() }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

/// One small card per department: its name (a link), a bar of its
/// completion rate and its figures in words.
fn small_multiples(rows: &[DepartmentRow], on_open: &Option<Callback<Option<RoundLink>>>) -> Html {
    html! {
        <ul class="rb-multiples">
            { for rows.iter().map(|r| {
                let pct = r.rate.unwrap_or(0.0).clamp(0.0, 1.0) * 100.0;
                html! {
                    <li key={r.id.clone()} class="rb-multiple">
                        { department_link(r, on_open) }
                        <svg class="rb-multiple-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                            <rect class="rb-multiple-track" x="0" y="0" width="100" height="8" />
                            <rect data-status="done" x="0" y="0" width={format!("{pct:.1}")} height="8" />
                        </svg>
                        <p class="rb-multiple-text">{ r.label.clone() }</p>
                    </li>
                }
            }) }
        </ul>
    }
}

/// A department's name as a link to it: its fragment, or with links off a
/// click that opens it without touching the fragment.
fn department_link(r: &DepartmentRow, on_open: &Option<Callback<Option<RoundLink>>>) -> Html {
    let link = RoundLink {
        department: r.id.clone(),
        node: None,
    };
    let href = link.fragment();
    let onclick = on_open.as_ref().map(|go| {
        go.reform(move |e: MouseEvent| {
            e.prevent_default();
            Some(link.clone())
        })
    });
    html! { <a class="rb-dept-link" {href} {onclick}>{ r.name.clone() }</a> }
}
