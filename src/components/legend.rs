use rectify_core::locale::{status_label, Lang};
use rectify_core::model::Status;
use rectify_core::stats::StatusCounts;
use yew::prelude::*;

use crate::components::status_class;
use crate::i18n::{t, T};
use crate::state::{Action, ViewState};

#[derive(Properties, PartialEq)]
pub struct LegendProps {
    pub lang: Lang,
    pub counts: StatusCounts,
    pub view: ViewState,
    pub dispatch: Callback<Action>,
}

/// The legend doubles as the status filter: each entry is a toggle button.
#[function_component(Legend)]
pub fn legend(props: &LegendProps) -> Html {
    let lang = props.lang;
    let entries: Vec<(Option<Status>, usize)> = props
        .counts
        .present()
        .into_iter()
        .map(|(s, n)| (Some(s), n))
        .chain((props.counts.unknown > 0).then_some((None, props.counts.unknown)))
        .collect();
    html! {
        <div class="rb-legend" role="group" aria-label={t(lang, T::Legend)}>
            <span class="rb-legend-title">{ t(lang, T::Legend) }</span>
            { for entries.into_iter().map(|(status, n)| {
                let shown = props.view.is_shown(status);
                let d = props.dispatch.clone();
                let onclick = Callback::from(move |_: MouseEvent| d.emit(Action::ToggleStatus(status)));
                html! {
                    <button type="button" class={classes!("rb-legend-item", status_class(status), (!shown).then_some("rb-off"))}
                        aria-pressed={shown.to_string()} {onclick}>
                        <span class="rb-swatch" aria-hidden="true"></span>
                        { status_label(status, lang) }
                        <span class="rb-legend-count">{ n }</span>
                    </button>
                }
            }) }
        </div>
    }
}
