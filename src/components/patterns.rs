//! SVG hatching per status, so that colour is never the only cue: done is
//! solid, in progress diagonal lines, long-term dots, not started horizontal
//! lines, not stated cross-hatch. Drawn as a see-through overlay on the mark.

use rectify_core::model::Status;
use rectify_core::view::status_key;
use yew::prelude::*;

/// The pattern id of a status in one chart (`None`: solid, no overlay).
pub fn pattern_id(prefix: &str, status: Option<Status>) -> Option<String> {
    (status != Some(Status::Done)).then(|| format!("{prefix}-pat-{}", status_key(status)))
}

/// The `<defs>` with one pattern per status, ids from [`pattern_id`].
pub fn pattern_defs(prefix: &str) -> Html {
    let id = |s: Option<Status>| pattern_id(prefix, s).unwrap_or_default();
    let line = |x1: &str, y1: &str, x2: &str, y2: &str| {
        html! { <line class="rb-pat" x1={x1.to_string()} y1={y1.to_string()} x2={x2.to_string()} y2={y2.to_string()} stroke="#000" stroke-opacity="0.4" stroke-width="2" /> }
    };
    html! {
        <defs>
            <pattern id={id(Some(Status::InProgress))} width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                { line("0", "0", "0", "7") }
            </pattern>
            <pattern id={id(Some(Status::LongTerm))} width="7" height="7" patternUnits="userSpaceOnUse">
                <circle class="rb-pat-dot" cx="3.5" cy="3.5" r="1.6" fill="#000" fill-opacity="0.45" />
            </pattern>
            <pattern id={id(Some(Status::NotStarted))} width="7" height="7" patternUnits="userSpaceOnUse">
                { line("0", "3.5", "7", "3.5") }
            </pattern>
            <pattern id={id(None)} width="7" height="7" patternUnits="userSpaceOnUse">
                { line("0", "0", "7", "7") }
                { line("7", "0", "0", "7") }
            </pattern>
        </defs>
    }
}
