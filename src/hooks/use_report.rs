//! Fetching and loading the report named by `data-src`.

use std::cell::Cell;
use std::rc::Rc;

use rectify_core::load::{self, LoadError};
use rectify_core::model::Report;
use rectify_core::stats::Summary;
use rectify_core::view::FetchFailure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;
use yew::prelude::*;

/// A loaded report and its summary (computed once per load).
pub struct Loaded {
    pub report: Report,
    pub summary: Summary,
}

/// Identity, not content: a report is only replaced by a new load, and a deep
/// comparison of 10,000 problems on every render would cost more than it saves.
impl PartialEq for Loaded {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

#[derive(Clone, PartialEq)]
pub enum LoadState {
    Loading,
    /// The file could not be fetched (network, HTTP status).
    FetchFailed {
        src: String,
        reason: FetchFailure,
    },
    /// The file is not a valid report.
    Invalid {
        src: String,
        error: Rc<LoadError>,
    },
    Ready(Rc<Loaded>),
}

/// Fetches `src` whenever it changes, and loads it. Only the latest `src`'s
/// result is applied: when `src` changes (or the widget unmounts) before a
/// fetch finishes, the effect's destructor marks that fetch as stale and its
/// result is dropped, so a slow older report cannot replace a newer one.
#[hook]
///
/// A collection (`rectify-board-collection/…`) is handed, with the element
/// behind `root`, to the overview bundle (`mount::hand_off`); the state stays
/// `Loading` until that bundle takes the widget's place.
pub fn use_report(src: AttrValue, root: NodeRef) -> UseStateHandle<LoadState> {
    let state = use_state(|| LoadState::Loading);
    {
        let state = state.clone();
        use_effect_with(src, move |src| {
            let root = root.clone();
            let current = Rc::new(Cell::new(true));
            let src = src.to_string();
            state.set(LoadState::Loading);
            let still_current = current.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let fetched = fetch_bytes(&src).await;
                // A stale response is not even parsed.
                if still_current.get() {
                    state.set(report_state(src, fetched, Some(&root)));
                }
            });
            move || current.set(false)
        });
    }
    state
}

/// The state after a fetch: ready, or why not. With `hand_off`, a
/// collection is handed to the overview bundle instead of refused.
pub(crate) fn report_state(
    src: String,
    fetched: Result<Vec<u8>, FetchFailure>,
    hand_off: Option<&NodeRef>,
) -> LoadState {
    match fetched {
        Err(reason) => LoadState::FetchFailed { src, reason },
        // Bytes, not text: invalid UTF-8 is a located error, as in the CLI,
        // never silently replaced by U+FFFD.
        Ok(bytes) => match load::from_json_bytes(&bytes) {
            Ok(mut report) => {
                // A bidi override in one field must not reorder the next.
                rectify_core::bidi::isolate_report(&mut report);
                let summary = Summary::of(&report);
                LoadState::Ready(Rc::new(Loaded { report, summary }))
            }
            Err(error) => {
                let text = std::str::from_utf8(&bytes).ok();
                let collection = text.filter(|t| rectify_core::collection::is_collection_json(t));
                if let (Some(text), Some(el)) = (collection, hand_off.and_then(NodeRef::cast)) {
                    crate::mount::hand_off(&el, &src, text);
                    return LoadState::Loading;
                }
                LoadState::Invalid {
                    src,
                    error: Rc::new(error),
                }
            }
        },
    }
}

/// The response for `url`, once its headers are in: an error status, or a
/// redirect to another site, is a failure.
async fn fetch_response(url: &str) -> Result<Response, FetchFailure> {
    let window = web_sys::window().ok_or(FetchFailure::Network(String::new()))?;
    // The first load of a widget's report takes the response web/boot.js
    // started before the wasm had loaded (once), instead of fetching again.
    let pending = crate::mount::take_prefetched(url).unwrap_or_else(|| window.fetch_with_str(url));
    let response: Response = JsFuture::from(pending)
        .await
        .map_err(|e| FetchFailure::Network(js_message(&e)))?
        .dyn_into()
        .map_err(|_| FetchFailure::Network(String::new()))?;
    check_not_redirected_away(url, &response, &window)?;
    if !response.ok() {
        return Err(FetchFailure::Http {
            status: response.status(),
            text: response.status_text(),
        });
    }
    Ok(response)
}

/// A fetch that was redirected must end on the origin it was sent to: an
/// open redirect on a portal would otherwise let a link show another site's
/// report on an official page.
fn check_not_redirected_away(
    url: &str,
    response: &Response,
    window: &web_sys::Window,
) -> Result<(), FetchFailure> {
    if !response.redirected() {
        return Ok(());
    }
    let origin = |u: &str, base: &str| web_sys::Url::new_with_base(u, base).map(|u| u.origin());
    let page = window.location().href().unwrap_or_default();
    let asked = origin(url, &page).unwrap_or_default();
    let landed = origin(&response.url(), &page).unwrap_or_default();
    if asked == landed {
        Ok(())
    } else {
        Err(FetchFailure::RedirectedAway { origin: landed })
    }
}

/// The bytes of the report at `url`.
pub(crate) async fn fetch_bytes(url: &str) -> Result<Vec<u8>, FetchFailure> {
    let response = fetch_response(url).await?;
    let unreadable = |e: wasm_bindgen::JsValue| FetchFailure::Unreadable(js_message(&e));
    let buffer = JsFuture::from(response.array_buffer().map_err(unreadable)?)
        .await
        .map_err(unreadable)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The text at `url` (a byte-order mark dropped), for the 繁體 table.
pub(crate) async fn fetch_text(url: &str) -> Result<String, FetchFailure> {
    let response = fetch_response(url).await?;
    let unreadable = |e: wasm_bindgen::JsValue| FetchFailure::Unreadable(js_message(&e));
    let text = JsFuture::from(response.text().map_err(unreadable)?)
        .await
        .map_err(unreadable)?
        .as_string()
        .ok_or(FetchFailure::Unreadable(String::new()))?;
    Ok(text
        .strip_prefix('\u{feff}')
        .map(str::to_string)
        .unwrap_or(text))
}

/// A JavaScript error's message (empty when it is not an `Error`).
fn js_message(e: &wasm_bindgen::JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|err| String::from(err.message()))
        .unwrap_or_default()
}
