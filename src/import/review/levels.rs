//! The detected numbering levels (`一、 → （一） → 1. → (1) → 一是`), each
//! with a kind selector; a change converts the notice again.

use rectify_core::convert::{describe_levels, Level};
use rectify_core::locale::Lang;
use rectify_core::model::NodeKind;
use rectify_core::review::{Change, ReviewMsg};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The kinds a level can be, with their words and option values.
pub const KINDS: [(NodeKind, ReviewMsg, &str); 7] = [
    (NodeKind::Section, ReviewMsg::KindSection, "section"),
    (NodeKind::FocusArea, ReviewMsg::KindFocusArea, "focus_area"),
    (NodeKind::Category, ReviewMsg::KindCategory, "category"),
    (NodeKind::Problem, ReviewMsg::KindProblem, "problem"),
    (NodeKind::Measure, ReviewMsg::KindMeasure, "measure"),
    (NodeKind::LongTerm, ReviewMsg::KindLongTerm, "long_term"),
    (NodeKind::Item, ReviewMsg::KindItem, "item"),
];

fn kind_of(value: &str) -> Option<NodeKind> {
    KINDS.iter().find(|(_, _, v)| *v == value).map(|(k, ..)| *k)
}

pub fn levels_view(levels: &[Level], lang: Lang, on_change: &Callback<Change>) -> Html {
    if levels.is_empty() {
        return Html::default();
    }
    let t = |m: ReviewMsg| m.text(lang);
    html! {
        <div class="imp-levels">
            <h3 id="imp-levels-title">{ t(ReviewMsg::LevelsTitle) }</h3>
            <p class="imp-levels-chain"><bdi>{ describe_levels(levels) }</bdi></p>
            <p class="imp-hint">{ t(ReviewMsg::LevelsHint) }</p>
            <ul class="imp-level-list">
                { for levels.iter().enumerate().map(|(i, l)| level_item(i, l, levels, lang, on_change)) }
            </ul>
        </div>
    }
}

fn level_item(
    i: usize,
    level: &Level,
    levels: &[Level],
    lang: Lang,
    on_change: &Callback<Change>,
) -> Html {
    let id = format!("imp-level-{i}");
    let onchange = {
        let on_change = on_change.clone();
        let levels = levels.to_vec();
        let numbering = level.numbering;
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Some(kind) = kind_of(&select.value()) {
                on_change.emit(Change::Level {
                    numbering,
                    kind,
                    levels: levels.clone(),
                });
            }
        })
    };
    html! {
        <li>
            <label for={id.clone()}>
                { ReviewMsg::LevelLabel.fill(lang, &[&level.example, &level.count.to_string()]) }
            </label>
            <select id={id} class="imp-level-kind" data-numbering={numbering_key(level)} {onchange}>
                { for KINDS.iter().map(|(k, m, v)| html! {
                    <option value={*v} selected={*k == level.kind}>{ m.text(lang) }</option>
                }) }
            </select>
        </li>
    }
}

fn numbering_key(level: &Level) -> String {
    serde_json::to_value(level.numbering)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}
