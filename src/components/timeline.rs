use rectify_core::view::TimelineView;
use yew::prelude::*;

/// The timeline strip: a row per dated event, its words and date as text,
/// and its marker on the shared scale (drawn only; the words say it).
pub fn timeline(t: &TimelineView) -> Html {
    html! {
        <section class="rb-timeline" aria-label={t.title}>
            <h3 class="rb-areas-title">{ t.title }</h3>
            <ol class="rb-tl-rows">
                { for t.rows.iter().map(|r| html! {
                    <li class="rb-tl-row">
                        <span class="rb-tl-label">{ r.label.clone() }</span>
                        <span class="rb-tl-when">{ r.when.clone() }</span>
                        <svg class="rb-tl-strip" viewBox="0 0 1000 12" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                            <rect class="rb-tl-track" y="5" width="1000" height="2" />
                            <rect class="rb-tl-mark" data-range={r.range.then_some("")} x={r.x.clone()} width={r.width.clone()} height="12" />
                        </svg>
                    </li>
                }) }
            </ol>
        </section>
    }
}
