use rectify_core::view::{Headline, Provenance};
use yew::prelude::*;

/// Title, dates, the headline figures and where the rate comes from.
pub fn headline_header(h: &Headline, provenance: Option<&Provenance>) -> Html {
    html! {
        <header class="rb-head">
            <h2 class="rb-title">{ h.title.clone() }</h2>
            if !h.facts.is_empty() {
                <p class="rb-facts">
                    // A space between facts (a flex gap is not text): read
                    // apart without the stylesheet, in copies and by tools.
                    { for h.facts.iter().map(|f| html! { <>
                        <span class="rb-fact"><span class="rb-fact-label">{ f.label.clone() }</span>{ f.value.clone() }</span>
                        { " " }
                    </> }) }
                </p>
            }
            <dl class="rb-figures">
                { for h.figures.iter().map(|f| html! {
                    <div class="rb-figure" data-figure={f.kind.mark()}>
                        <dt class="rb-figure-label">{ f.label.clone() }</dt>
                        <dd class="rb-figure-value">{ f.value.clone() }</dd>
                    </div>
                }) }
            </dl>
            if let Some(p) = provenance {
                <p class="rb-provenance">{ p.sentence }<span class="rb-provenance-counts">{ p.counts.clone() }</span></p>
            }
        </header>
    }
}
