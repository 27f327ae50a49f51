use rectify_core::locale::{Lang, Msg};
use rectify_core::stats::StatusCounts;
use rectify_core::view::{legend_entries, status_class, StatusFilter, StatusKey};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LegendProps {
    pub lang: Lang,
    pub counts: StatusCounts,
    pub filter: StatusFilter,
    pub on_toggle: Callback<StatusKey>,
}

/// The legend doubles as the status filter: each entry is a toggle button.
#[function_component(Legend)]
pub fn legend(props: &LegendProps) -> Html {
    let title = Msg::Legend.text(props.lang);
    html! {
        <div class="rb-legend" role="group" aria-label={title}>
            <span class="rb-legend-title">{ title }</span>
            { for legend_entries(&props.counts, &props.filter, props.lang).into_iter().map(|e| {
                let status = e.status;
                let onclick = props.on_toggle.reform(move |_: MouseEvent| status);
                html! {
                    <button type="button" class={classes!("rb-legend-item", status_class(e.status), (!e.shown).then_some("rb-off"))}
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
