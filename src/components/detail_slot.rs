//! The places of the detail bundle in the embed. The drill-down (the
//! listing of problems, a problem's detail) and search are a second bundle
//! (`dist/detail/`, `src/bin/detail.rs`) that most readers never load.
//! [`use_detail_slot`] reserves the drill-down's place and says that it is
//! loading, in the reader's language; [`use_search_slot`] draws a stand-in search
//! box whose first focus loads the bundle, which then takes its place with
//! what was typed. Both ask `extras/detail.js` to show what the view state
//! names (a [`DetailRequest`]) in their container, and pass what the reader
//! does there ([`DetailAction`]) to the reducer. When the bundle cannot be
//! loaded they say so, calmly, with a retry.

use js_sys::{Array, Uint32Array, Uint8Array};
use rectify_core::locale::{Lang, Msg};
use rectify_core::view::{DetailAction, DetailRequest, ListingRequest, SearchRequest, Wire};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlInputElement};
use yew::prelude::*;

use std::cell::OnceCell;
use std::rc::Rc;

use crate::hooks::{use_slash_focus, Loaded};

fn same_bytes(bytes: &Option<Uint8Array>) -> Option<JsValue> {
    bytes.clone().map(JsValue::from)
}

#[derive(Clone, Copy, PartialEq)]
enum Shown {
    /// Nothing asked yet (search before its first focus).
    Idle,
    Loading,
    Ready,
    Failed,
}

/// What `extras/detail.js` calls back with: an action on the wire, and
/// whether a request was shown.
struct Sinks {
    action: Closure<dyn Fn(Uint32Array, Array)>,
    done: Closure<dyn Fn(bool)>,
}

/// The container, how far the bundle got, and a retry.
struct UseDetail {
    root: NodeRef,
    shown: Shown,
    retry: Callback<MouseEvent>,
}

/// Shows `request` (once there is one) in the container `root`, through
/// the detail bundle; unmounts the bundle's app with the container.
#[hook]
fn use_detail(
    request: Option<DetailRequest>,
    bytes: &OnceCell<Uint8Array>,
    on_action: &Callback<DetailAction>,
    stand_in: &NodeRef,
) -> UseDetail {
    let stand_in = stand_in.get().map_or(JsValue::UNDEFINED, JsValue::from);
    let root = use_node_ref();
    let shown = use_state(|| Shown::Idle);
    let attempt = use_state(|| 0u32);
    // The latest callback, for the one closure handed to JS.
    let latest = use_mut_ref(|| on_action.clone());
    *latest.borrow_mut() = on_action.clone();
    let sinks = {
        let shown = shown.clone();
        use_memo((), move |_| Sinks {
            action: Closure::new(move |nums: Uint32Array, texts: Array| {
                let wire = Wire {
                    nums: nums.to_vec(),
                    texts: texts.iter().filter_map(|t| t.as_string()).collect(),
                };
                if let Some(action) = DetailAction::from_wire(&wire) {
                    latest.borrow().emit(action);
                }
            }),
            done: Closure::new(move |ok: bool| {
                shown.set(if ok { Shown::Ready } else { Shown::Failed })
            }),
        })
    };
    {
        // The kept bytes (see `Loaded::bytes`), once they are there.
        let (root, shown, bytes) = (root.clone(), shown.clone(), bytes.get().cloned());
        // Sent again once the embed has the 繁體 table, which goes with it.
        let table = crate::hooks::table_text().is_some();
        use_effect_with(
            (request, same_bytes(&bytes), table, *attempt),
            move |(request, _, _, _)| {
                if let (Some(el), Some(bytes), Some(request)) =
                    (root.cast::<Element>(), bytes, request)
                {
                    if *shown != Shown::Ready {
                        shown.set(Shown::Loading);
                    }
                    show(&el, &bytes, &request.to_wire(), &sinks, &stand_in);
                }
            },
        );
    }
    {
        // The bundle's app leaves with this container.
        let root = root.clone();
        use_effect_with((), move |_| {
            let el = root.cast::<Element>();
            move || {
                if let Some(el) = el {
                    crate::mount::call_detail("hide", &[el.into()]);
                }
            }
        });
    }
    let retry = Callback::from(move |_: MouseEvent| attempt.set(*attempt + 1));
    UseDetail {
        root,
        shown: *shown,
        retry,
    }
}

/// The drill-down's place while the view state names one (`request`;
/// `None` on the overview: nothing is drawn): the loading line until the
/// bundle shows it there. A hook that draws, called by the board whether or
/// not it is drilled down (a Yew component costs ~0.75 KB gzip of lifecycle
/// code); the bundle's app leaves with the place when the reader goes back.
#[hook]
pub fn use_detail_slot(
    request: Option<ListingRequest>,
    loaded: &Rc<Loaded>,
    on_action: &Callback<DetailAction>,
) -> Html {
    let lang = request.as_ref().map(|r| r.lang);
    let open = lang.is_some();
    let d = use_detail(
        request.map(DetailRequest::Listing),
        &loaded.bytes,
        on_action,
        &NodeRef::default(),
    );
    {
        // Back on the overview: the bundle's app leaves with the place.
        let root = d.root.clone();
        use_effect_with(open, move |open| {
            let el = open.then(|| root.cast::<Element>()).flatten();
            move || {
                if let Some(el) = el {
                    crate::mount::call_detail("hide", &[el.into()]);
                }
            }
        });
    }
    let Some(lang) = lang else {
        return Html::default();
    };
    let waiting = d.shown != Shown::Ready;
    html! {
        <div class="rb-detail-slot" data-waiting={waiting.then_some("")}>
            if d.shown == Shown::Loading || d.shown == Shown::Idle {
                <p class="rb-detail-loading" role="status">{ Msg::DetailLoading.text(lang) }</p>
            }
            if d.shown == Shown::Failed {
                { failed(Msg::DetailFailed, lang, d.retry) }
            }
            <div class="rb-detail-root" ref={d.root}></div>
        </div>
    }
}

/// What the search slot shows and reports to.
pub struct SearchSlotProps {
    pub lang: Lang,
    pub deadline: Option<rectify_core::deadline::DeadlineState>,
    /// The widget's id prefix, for element ids.
    pub uid: AttrValue,
    /// The report shown (see `DetailSlotProps::loaded`).
    pub loaded: Rc<Loaded>,
    pub on_action: Callback<DetailAction>,
}

/// The search box: a stand-in (label, field, keys) whose first focus loads
/// the bundle; once it is there, the bundle's box takes the stand-in's
/// place, with what was typed meanwhile and the focus (read from the
/// stand-in at that moment: no keystroke comes in between). A hook that
/// draws, called by the board, rather than a component of its own (a Yew
/// component costs ~0.75 KB gzip of lifecycle code); the bundle's box
/// only reads what was typed and the focus when it is first drawn.
#[hook]
pub fn use_search_slot(props: SearchSlotProps) -> Html {
    let lang = props.lang;
    let bundle = use_state(|| Shown::Idle);
    let input = use_node_ref();
    use_slash_focus(input.clone());
    let loaded = {
        let bundle = bundle.clone();
        use_memo((), move |_| {
            Closure::<dyn Fn(bool)>::new(move |ok: bool| {
                bundle.set(if ok { Shown::Ready } else { Shown::Failed })
            })
        })
    };
    let request = (*bundle == Shown::Ready).then(|| {
        let stand_in = input.cast::<HtmlInputElement>();
        let focused = stand_in.as_ref().is_some_and(|i| {
            let root = i.get_root_node().dyn_into::<web_sys::ShadowRoot>().ok();
            let active = root.and_then(|r| r.active_element()).map(JsValue::from);
            active == Some(JsValue::from(i.clone()))
        });
        DetailRequest::Search(SearchRequest {
            lang,
            deadline: props.deadline,
            uid: props.uid.to_string(),
            typed: stand_in.map(|i| i.value()).unwrap_or_default(),
            focused,
        })
    });
    let d = use_detail(request, &props.loaded.bytes, &props.on_action, &input);
    let start = {
        let bundle = bundle.clone();
        Callback::from(move |_: ()| {
            if matches!(*bundle, Shown::Idle | Shown::Failed) {
                bundle.set(Shown::Loading);
                let done: &JsValue = (*loaded).as_ref();
                crate::mount::call_detail("warm", std::slice::from_ref(done));
            }
        })
    };
    let onfocus = start.reform(|_: FocusEvent| ());
    let retry = {
        let d_retry = d.retry.clone();
        Callback::from(move |e: MouseEvent| {
            start.emit(());
            d_retry.emit(e);
        })
    };
    let failed_now = *bundle == Shown::Failed || d.shown == Shown::Failed;
    let input_id = format!("{}-q", props.uid);
    let hint_id = format!("{}-keys", props.uid);
    html! {
        <>
            if d.shown != Shown::Ready {
                <div class="rb-search" role="search">
                    <label class="rb-search-label" for={input_id.clone()}>{ Msg::Search.text(lang) }</label>
                    <input ref={input} id={input_id} type="search" class="rb-search-input" autocomplete="off"
                        aria-describedby={hint_id.clone()} {onfocus} />
                    <p id={hint_id} class="rb-search-keys">{ Msg::SearchKeys.text(lang) }</p>
                    if failed_now {
                        { failed(Msg::SearchFailed, lang, retry) }
                    }
                </div>
            }
            <div class="rb-detail-root" ref={d.root}></div>
        </>
    }
}

/// The calm error with its retry.
fn failed(msg: Msg, lang: Lang, retry: Callback<MouseEvent>) -> Html {
    html! {
        <div class="rb-detail-error" role="alert">
            <p>{ msg.text(lang) }</p>
            <button type="button" class="rb-retry" onclick={retry}>{ Msg::Retry.text(lang) }</button>
        </div>
    }
}

/// Asks the detail bundle to show `wire` in `el` (`extras/detail.js`
/// loads it first, and tells `sinks.done` whether it could). `stand_in`,
/// the search box's stand-in: its text and focus at the moment the box is
/// mounted are the box's (read then, in one task with the mounting).
fn show(el: &Element, bytes: &Uint8Array, wire: &Wire, sinks: &Sinks, stand_in: &JsValue) {
    let nums = Uint32Array::from(&wire.nums[..]);
    let texts: Array = wire.texts.iter().map(|t| JsValue::from_str(t)).collect();
    let table = crate::hooks::table_text().map_or(JsValue::UNDEFINED, JsValue::from);
    let args = [
        el.clone().into(),
        bytes.clone().into(),
        nums.into(),
        texts.into(),
        sinks.action.as_ref().clone(),
        JsValue::from(crate::mount::yew_roots()),
        table,
        stand_in.clone(),
        sinks.done.as_ref().clone(),
    ];
    crate::mount::call_detail("show", &args);
}
