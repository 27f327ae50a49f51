use rectify_core::locale::{Lang, Msg};
use rectify_core::view::Progress;
use yew::prelude::*;

/// Shown while the report is fetched and parsed; for a large file, how
/// much of it has arrived.
pub fn loading_panel(lang: Lang, progress: &Progress) -> Html {
    html! {
        <div class="rb-loading" role="status" aria-live="polite">
            <span class="rb-spinner" aria-hidden="true"></span>
            { Msg::Loading.text(lang) }
            if let Some(text) = progress.text(lang) {
                <span class="rb-loading-progress">{ text }</span>
            }
        </div>
    }
}
