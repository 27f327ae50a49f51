use rectify_core::locale::{Lang, Msg};
use yew::prelude::*;

/// Shown while the report is fetched and parsed.
pub fn loading_panel(lang: Lang) -> Html {
    html! {
        <div class="rb-loading" role="status" aria-live="polite">
            <span class="rb-spinner" aria-hidden="true"></span>
            { Msg::Loading.text(lang) }
        </div>
    }
}
