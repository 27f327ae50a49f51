use rectify_core::locale::{status_label, Lang};
use rectify_core::model::Status;
use yew::prelude::*;

/// The CSS class that colours a status (`rb-s-done`...).
pub fn status_class(status: Option<Status>) -> &'static str {
    match status {
        Some(Status::Done) => "rb-s-done",
        Some(Status::InProgress) => "rb-s-in_progress",
        Some(Status::LongTerm) => "rb-s-long_term",
        Some(Status::NotStarted) => "rb-s-not_started",
        None => "rb-s-unknown",
    }
}

#[derive(Properties, PartialEq)]
pub struct StatusBadgeProps {
    pub status: Option<Status>,
    pub lang: Lang,
}

/// A status as a word in a coloured pill, with a shape as a second cue.
#[function_component(StatusBadge)]
pub fn status_badge(props: &StatusBadgeProps) -> Html {
    let glyph = match props.status {
        Some(Status::Done) => "✓",
        Some(Status::InProgress) => "◔",
        Some(Status::LongTerm) => "∞",
        Some(Status::NotStarted) => "○",
        None => "?",
    };
    html! {
        <span class={classes!("rb-badge", status_class(props.status))}>
            <span class="rb-badge-glyph" aria-hidden="true">{ glyph }</span>
            { status_label(props.status, props.lang) }
        </span>
    }
}
