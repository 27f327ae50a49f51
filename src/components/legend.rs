use rectify_core::locale::{Lang, Msg};
use rectify_core::view::{status_key, LegendEntry, StatusKey};
use yew::prelude::*;

/// The legend doubles as the status filter: each entry is a toggle button.
pub fn legend(entries: &[LegendEntry], lang: Lang, on_toggle: &Callback<StatusKey>) -> Html {
    let title = Msg::Legend.text(lang);
    html! {
        <div class="rb-legend" role="group" aria-label={title}>
            <span class="rb-legend-title">{ title }</span>
            { for entries.iter().map(|e| {
                let status = e.status;
                let onclick = on_toggle.reform(move |_: MouseEvent| status);
                html! {
                    <button type="button" class="rb-legend-item" data-status={status_key(e.status)} data-off={(!e.shown).then_some("")}
                        aria-pressed={e.shown.to_string()} {onclick}>
                        <span class="rb-swatch" aria-hidden="true"></span>
                        { e.label }
                        <span class="rb-legend-count">{ e.count }</span>
                    </button>
                }
            }) }
        </div>
    }
}
