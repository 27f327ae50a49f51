use rectify_core::view::{FigureGroup, KeyFigures};
use yew::prelude::*;

/// 主要数据: the most telling figures grouped by problem, each linked to
/// where it is stated (a fragment the board follows), and all of them
/// behind a 全部 toggle.
pub fn key_figures(k: &KeyFigures) -> Html {
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

fn groups(groups: &[FigureGroup]) -> Html {
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
                            { " · " }<a class="rb-fig-source" href={r.href.clone()}>{ r.source.clone() }</a>
                        </li>
                    }) }
                </ul>
            </div>
        }) }
    }
}
