use std::rc::Rc;

use rectify_core::locale::{Lang, Msg};
use rectify_core::model::NodeId;
use rectify_core::search::SearchIndex;
use rectify_core::stats::GroupId;
use rectify_core::view::search_view;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::hooks::{use_slash_focus, Loaded};

/// The most problems listed; the rest are counted ("and N more").
const LIMIT: usize = 20;

#[derive(Properties, PartialEq)]
pub struct SearchBoxProps {
    pub lang: Lang,
    /// The displayed report (converted in 繁體): the index is made of it.
    pub loaded: Rc<Loaded>,
    /// The widget's id prefix, for element ids.
    pub uid: AttrValue,
    pub on_open: Callback<(GroupId, NodeId)>,
    /// What was typed before this box was drawn (the embed's stand-in,
    /// when this box is the detail bundle's).
    #[prop_or_default]
    pub typed: AttrValue,
    /// Take the focus when first drawn (the stand-in had it).
    #[prop_or_default]
    pub take_focus: bool,
}

/// A search box over the displayed text (a combobox: ↑/↓ move through the
/// results, Enter opens one, `/` focuses it), results grouped by area with
/// the matched text marked, and the count announced politely.
#[function_component(SearchBox)]
pub fn search_box(props: &SearchBoxProps) -> Html {
    let lang = props.lang;
    // The index is made when the box is first focused or typed in, not
    // with the board: it holds a folded copy of the report's text, which
    // most readers never search (at 10,000 problems it cost the first
    // chart tens of ms and the wasm memory megabytes).
    let wanted = use_state(|| props.take_focus || !props.typed.is_empty());
    let index = use_memo((props.loaded.clone(), *wanted), |(l, wanted)| {
        wanted.then(|| SearchIndex::new(&l.report))
    });
    let query = use_state(|| props.typed.to_string());
    let active = use_state(|| 0usize);
    let input = use_node_ref();
    use_slash_focus(input.clone());
    {
        let (input, take) = (input.clone(), props.take_focus);
        use_effect_with((), move |_| {
            if let (true, Some(i)) = (take, input.cast::<HtmlInputElement>()) {
                let _ = i.focus();
                let end = i.value().encode_utf16().count() as u32;
                let _ = i.set_selection_range(end, end);
            }
        });
    }
    // Keyed on the report the index was made of.
    let view = use_memo(
        (props.loaded.clone(), (*query).clone(), lang, *wanted),
        |(l, q, lang, _)| {
            let results = index
                .as_ref()
                .as_ref()
                .map(|i| i.search(&l.report, q, LIMIT));
            search_view(&results.unwrap_or_default(), *lang)
        },
    );
    let onfocus = {
        let wanted = wanted.clone();
        Callback::from(move |_: FocusEvent| wanted.set(true))
    };
    let hits: Rc<Vec<(GroupId, NodeId)>> = Rc::new(
        view.groups
            .iter()
            .flat_map(|g| g.hits.iter().map(|h| (h.area.clone(), h.problem.clone())))
            .collect(),
    );
    let open = {
        let (query, on_open) = (query.clone(), props.on_open.clone());
        Callback::from(move |hit: (GroupId, NodeId)| {
            query.set(String::new());
            on_open.emit(hit);
        })
    };
    let oninput = {
        let (query, active, wanted) = (query.clone(), active.clone(), wanted.clone());
        Callback::from(move |e: InputEvent| {
            wanted.set(true);
            query.set(e.target_unchecked_into::<HtmlInputElement>().value());
            active.set(0);
        })
    };
    let onkeydown = {
        let (query, active, hits, open) =
            (query.clone(), active.clone(), hits.clone(), open.clone());
        Callback::from(move |e: KeyboardEvent| {
            let last = hits.len().saturating_sub(1);
            match e.key().as_str() {
                "ArrowDown" => active.set((*active + 1).min(last)),
                "ArrowUp" => active.set(active.saturating_sub(1)),
                "Enter" => match hits.get(*active) {
                    Some(hit) => open.emit(hit.clone()),
                    None => return,
                },
                "Escape" if !query.is_empty() => {
                    e.stop_propagation();
                    query.set(String::new());
                }
                _ => return,
            }
            e.prevent_default();
        })
    };
    let uid = &props.uid;
    let (input_id, list_id, hint_id) = (
        format!("{uid}-q"),
        format!("{uid}-hits"),
        format!("{uid}-keys"),
    );
    let shown = !query.is_empty();
    let option_id = |n: usize| format!("{uid}-hit{n}");
    let mut n = 0;
    html! {
        <div class="rb-search" role="search">
            <label class="rb-search-label" for={input_id.clone()}>{ Msg::Search.text(lang) }</label>
            <input ref={input} id={input_id} type="search" class="rb-search-input" value={(*query).clone()}
                role="combobox" aria-autocomplete="list" aria-expanded={shown.to_string()} aria-controls={list_id.clone()}
                aria-describedby={hint_id.clone()} autocomplete="off"
                aria-activedescendant={(shown && !hits.is_empty()).then(|| option_id(*active))}
                {oninput} {onkeydown} {onfocus} />
            <p id={hint_id} class="rb-search-keys">{ Msg::SearchKeys.text(lang) }</p>
            <p class="rb-sr-only rb-search-status" aria-live="polite">{ if shown { view.count.clone() } else { String::new() } }</p>
            <div id={list_id} role="listbox" class="rb-hits" hidden={!shown} aria-label={Msg::Search.text(lang)}>
                if shown {
                    <p class="rb-hits-count" aria-hidden="true">{ view.count.clone() }</p>
                    { for view.groups.iter().map(|g| html! {
                        <div role="group" class="rb-hit-group" aria-label={g.heading.clone()}>
                            <p class="rb-hit-area" aria-hidden="true">{ g.heading.clone() }</p>
                            { for g.hits.iter().map(|h| {
                                let i = n;
                                n += 1;
                                let onclick = open.reform({
                                    let hit = (h.area.clone(), h.problem.clone());
                                    move |_: MouseEvent| hit.clone()
                                });
                                html! {
                                    <div role="option" id={option_id(i)} class="rb-hit" aria-selected={(i == *active).to_string()} {onclick}>
                                        <p class="rb-hit-title"><span class="rb-problem-label">{ h.label.clone() }</span>{ marked(&h.title) }</p>
                                        { for h.fields.iter().map(|f| html! {
                                            <p class="rb-hit-field"><span class="rb-hit-field-label">{ f.label.clone() }</span>{ marked(&f.parts) }</p>
                                        }) }
                                    </div>
                                }
                            }) }
                        </div>
                    }) }
                }
            </div>
            if let (true, Some(more)) = (shown, &view.more) {
                <p class="rb-more">{ more.clone() }</p>
            }
        </div>
    }
}

/// Text with its matched parts in `<mark>` (text nodes only).
fn marked(parts: &[(String, bool)]) -> Html {
    html! {
        { for parts.iter().map(|(t, m)| if *m {
            html! { <mark class="rb-hit-mark">{ t.clone() }</mark> }
        } else {
            html! { { t.clone() } }
        }) }
    }
}
