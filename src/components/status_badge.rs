use rectify_core::locale::{status_label, Lang};
use rectify_core::view::{status_class, status_glyph, StatusKey};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StatusBadgeProps {
    pub status: StatusKey,
    pub lang: Lang,
}

/// A status as a word in a coloured pill, with a shape as a second cue.
#[function_component(StatusBadge)]
pub fn status_badge(props: &StatusBadgeProps) -> Html {
    html! {
        <span class={classes!("rb-badge", status_class(props.status))}>
            <span class="rb-badge-glyph" aria-hidden="true">{ status_glyph(props.status) }</span>
            { status_label(props.status, props.lang) }
        </span>
    }
}
