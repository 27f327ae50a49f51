use rectify_core::view::Headline;
use yew::prelude::*;

/// Title, dates and the headline figures.
pub fn headline_header(h: &Headline) -> Html {
    html! {
        <header class="rb-head">
            <h2 class="rb-title">{ h.title.clone() }</h2>
            if !h.facts.is_empty() {
                <p class="rb-facts">
                    { for h.facts.iter().map(|f| html! {
                        <span class="rb-fact"><span class="rb-fact-label">{ f.label.clone() }</span>{ f.value.clone() }</span>
                    }) }
                </p>
            }
            <dl class="rb-figures">
                { for h.figures.iter().map(|f| html! {
                    <div class={classes!("rb-figure", f.kind.class())}>
                        <dt class="rb-figure-label">{ f.label.clone() }</dt>
                        <dd class="rb-figure-value">{ f.value.clone() }</dd>
                    </div>
                }) }
            </dl>
        </header>
    }
}
