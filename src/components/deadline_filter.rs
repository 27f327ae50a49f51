use rectify_core::deadline::DeadlineState;
use rectify_core::view::DeadlineFilterView;
use yew::prelude::*;

/// The deadline-state filter: one toggle button per state (with its badge:
/// colour, border pattern and glyph), labelled with the as-of date the
/// deadlines are judged against.
pub fn deadline_filter(
    v: &DeadlineFilterView,
    chosen: Option<DeadlineState>,
    on_choose: &Callback<Option<DeadlineState>>,
) -> Html {
    html! {
        <div class="rb-legend rb-dlf" role="group" aria-label={v.label.clone()}>
            <span class="rb-legend-title" aria-hidden="true">{ v.label.clone() }</span>
            { for v.choices.iter().map(|c| {
                let state = c.state;
                let onclick = on_choose.reform(move |_: MouseEvent| state);
                html! {
                    <button type="button" class="rb-legend-item rb-dlf-choice"
                        aria-pressed={(state == chosen).to_string()} {onclick}>
                        if !c.glyph.is_empty() {
                            <span class="rb-dl" data-deadline={c.mark} aria-hidden="true">{ c.glyph }</span>
                        }
                        { c.text.clone() }
                    </button>
                }
            }) }
        </div>
    }
}
