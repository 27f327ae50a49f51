use std::rc::Rc;

use rectify_core::locale::Lang;
use rectify_core::stats::GroupId;
use rectify_core::view::Overview;
use yew::prelude::*;

use crate::components::StatusBadge;

#[derive(Properties, PartialEq)]
pub struct AreaListProps {
    pub overview: Rc<Overview>,
    pub lang: Lang,
    pub on_open: Callback<GroupId>,
}

/// The overview's list of areas (and long-term sections): each a button
/// that opens its problems.
#[function_component(AreaList)]
pub fn area_list(props: &AreaListProps) -> Html {
    let lang = props.lang;
    let o = &props.overview;
    html! {
        <section class="rb-areas" aria-label={o.label}>
            <h3 class="rb-areas-title">{ o.heading }</h3>
            <ul class="rb-area-list">
                { for o.rows.iter().map(|row| {
                    let group = row.group.clone();
                    let onclick = props.on_open.reform(move |_: MouseEvent| group.clone());
                    html! {
                        <li key={row.group.key()}>
                            <button type="button" class="rb-area-button" {onclick}>
                                <span class="rb-area-name">{ row.name.clone() }</span>
                                <span class="rb-area-counts">
                                    <span class="rb-count">{ row.total.clone() }</span>
                                    { for row.counts.iter().map(|&(s, n)| html! {
                                        <span class="rb-area-count"><StatusBadge status={Some(s)} {lang} />{ n }</span>
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
