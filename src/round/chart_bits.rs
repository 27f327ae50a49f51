//! What the collection charts share: moving the focus between marks with
//! the arrow keys (roving tabindex), and the data table shown on request.

use rectify_core::chart::NavKey;
use rectify_core::chart::Table;
use rectify_core::locale::{Lang, Msg};
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent, SvgElement};
use yew::prelude::*;

use crate::components::data_table;

/// Moves the focus between the `.rb-round-mark`s of the chart whose key
/// event this is (←/→/↑/↓, Home, End); the focused mark gets tabindex 0,
/// the others -1, so the chart is one tab stop.
pub fn on_mark_key(e: KeyboardEvent) {
    let Some(key) = NavKey::from_key(&e.key()) else {
        return;
    };
    let Some(chart) = e
        .current_target()
        .and_then(|t| t.dyn_into::<Element>().ok())
    else {
        return;
    };
    let Ok(marks) = chart.query_selector_all(".rb-round-mark") else {
        return;
    };
    let n = marks.length();
    if n == 0 {
        return;
    }
    let focused = e.target().and_then(|t| t.dyn_into::<Element>().ok());
    let at = (0..n)
        .find(|&i| {
            marks
                .item(i)
                .zip(focused.as_ref())
                .is_some_and(|(m, f)| m.is_same_node(Some(f)))
        })
        .unwrap_or(0);
    let next = match key {
        NavKey::Prev | NavKey::Up => at.saturating_sub(1),
        NavKey::Next | NavKey::Down => (at + 1).min(n - 1),
        NavKey::First => 0,
        NavKey::Last => n - 1,
    };
    e.prevent_default();
    for i in 0..n {
        if let Some(m) = marks.item(i).and_then(|m| m.dyn_into::<Element>().ok()) {
            let _ = m.set_attribute("tabindex", if i == next { "0" } else { "-1" });
        }
    }
    if let Some(m) = marks
        .item(next)
        .and_then(|m| m.dyn_into::<SvgElement>().ok())
    {
        let _ = m.focus();
    }
}

/// A key to the statuses' colours (the marks' labels and the data table
/// carry the same in words).
pub fn status_key(lang: Lang, statuses: &[rectify_core::view::StatusKey]) -> Html {
    use rectify_core::locale::status_label;
    html! {
        <ul class="rb-status-key" aria-hidden="true">
            { for statuses.iter().map(|&s| html! {
                <li><span class="rb-key-swatch" data-status={rectify_core::view::status_key(s)}></span>{ status_label(s, lang) }</li>
            }) }
        </ul>
    }
}

/// The toggle of a chart's data table and, when open, the table.
pub fn table_toggle(
    lang: Lang,
    open: bool,
    on_toggle: Callback<MouseEvent>,
    caption: &str,
    table: &Table,
) -> Html {
    html! {
        <div class="rb-extras">
            <button type="button" class="rb-tool rb-table-toggle" aria-expanded={open.to_string()} onclick={on_toggle}>
                { if open { Msg::HideTable.text(lang) } else { Msg::ShowTable.text(lang) } }
            </button>
            if open {
                <div class="rb-table-wrap" tabindex="0" role="region" aria-label={caption.to_string()}>
                    { data_table(caption, table) }
                </div>
            }
        </div>
    }
}
