use rectify_core::locale::{Lang, Msg};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LoadingPanelProps {
    pub lang: Lang,
}

/// Shown while the report is fetched and parsed.
#[function_component(LoadingPanel)]
pub fn loading_panel(props: &LoadingPanelProps) -> Html {
    html! {
        <div class="rb-loading" role="status" aria-live="polite">
            <span class="rb-spinner" aria-hidden="true"></span>
            { Msg::Loading.text(props.lang) }
        </div>
    }
}
