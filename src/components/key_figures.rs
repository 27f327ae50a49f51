use rectify_core::view::{FigureGroup, KeyFigures};
use yew::prelude::*;

use crate::links::LinkPlace;

/// 主要数据: the most telling figures grouped by problem, each linked to
/// where it is stated (a fragment the board follows; with links off, a
/// click that `on_open` follows without touching the fragment), and all of
/// them behind a 全部 toggle.
pub fn key_figures(k: &KeyFigures, place: &LinkPlace, on_open: &Callback<String>) -> Html {
    let link = |href: &str, text: &str| {
        let onclick = (*place == LinkPlace::Off).then(|| {
            let href = href.to_string();
            on_open.reform(move |e: MouseEvent| {
                e.prevent_default();
                href.clone()
            })
        });
        html! { <a class="rb-fig-source" href={place.nest(href)} {onclick}>{ text.to_string() }</a> }
    };
    let groups = |g: &[FigureGroup]| groups(g, &link);
    html! {
        <section class="rb-keyfigs" aria-label={k.title}>
            <h3 class="rb-areas-title">{ k.title }</h3>
            { groups(&k.top) }
            if let Some((label, all)) = &k.all {
                <details class="rb-keyfigs-all">
                    <summary>{ label.clone() }</summary>
                    { groups(all) }
                </details>
            }
        </section>
    }
}

fn groups(groups: &[FigureGroup], link: &dyn Fn(&str, &str) -> Html) -> Html {
    html! {
        { for groups.iter().map(|g| html! {
            <div class="rb-keyfig-group">
                <h4 class="rb-text-item">{ g.heading.clone() }</h4>
                <ul class="rb-keyfig-list">
                    { for g.rows.iter().map(|r| html! {
                        <li class="rb-keyfig">
                            <strong class="rb-fig-value">{ r.value.clone() }</strong>
                            if let Some(c) = &r.change { <span class="rb-fig-change">{ c.clone() }</span> }
                            { " " }<span class="rb-fig-label">{ r.label.clone() }</span>
                            if let Some(p) = &r.period { { " · " }<span class="rb-fig-period">{ p.clone() }</span> }
                            { " · " }{ link(&r.href, &r.source) }
                        </li>
                    }) }
                </ul>
            </div>
        }) }
    }
}
