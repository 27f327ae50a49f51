use rectify_core::locale::{status_label, Lang};
use rectify_core::view::{status_glyph, status_key, StatusKey};
use yew::prelude::*;

/// A status as a word in a coloured pill, with a shape as a second cue.
pub fn status_badge(status: StatusKey, lang: Lang) -> Html {
    html! {
        <span class="rb-badge" data-status={status_key(status)}>
            <span class="rb-badge-glyph" aria-hidden="true">{ status_glyph(status) }</span>
            { status_label(status, lang) }
        </span>
    }
}
