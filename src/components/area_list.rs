use rectify_core::locale::Lang;
use rectify_core::stats::GroupId;
use rectify_core::view::Overview;
use yew::prelude::*;

use crate::components::status_badge;

/// The overview's list of areas (and long-term sections): each a button
/// that opens its problems. A function, not a component: a handful of rows,
/// cheaper to redraw than a component costs in the bundle.
pub fn area_list(o: &Overview, lang: Lang, on_open: &Callback<GroupId>) -> Html {
    html! {
        <section class="rb-areas" aria-label={o.label}>
            <h3 class="rb-areas-title">{ o.heading }</h3>
            <ul class="rb-area-list">
                { for o.rows.iter().map(|row| {
                    let group = row.group.clone();
                    let onclick = on_open.reform(move |_: MouseEvent| group.clone());
                    html! {
                        <li key={row.group.key()}>
                            <button type="button" class="rb-area-button" {onclick}>
                                <span class="rb-area-name">{ row.name.clone() }</span>
                                <span class="rb-area-counts">
                                    <span class="rb-count">{ row.total.clone() }</span>
                                    { for row.counts.iter().map(|&(s, n)| html! {
                                        <span class="rb-area-count">{ status_badge(Some(s), lang) }{ n }</span>
                                    }) }
                                </span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
