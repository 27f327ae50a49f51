//! Fetching and loading the report named by `data-src`.

use std::cell::Cell;
use std::rc::Rc;

use rectify_core::load::{self, LoadError};
use rectify_core::model::Report;
use rectify_core::stats::Summary;
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
        reason: String,
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
pub fn use_report(src: AttrValue) -> UseStateHandle<LoadState> {
    let state = use_state(|| LoadState::Loading);
    {
        let state = state.clone();
        use_effect_with(src, move |src| {
            let current = Rc::new(Cell::new(true));
            let src = src.to_string();
            state.set(LoadState::Loading);
            let still_current = current.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let fetched = fetch_text(&src).await;
                // A stale response is not even parsed.
                if still_current.get() {
                    state.set(load_state(src, fetched));
                }
            });
            move || current.set(false)
        });
    }
    state
}

fn load_state(src: String, fetched: Result<String, String>) -> LoadState {
    match fetched {
        Err(reason) => LoadState::FetchFailed { src, reason },
        Ok(text) => match load::from_json_str(&text) {
            Ok(report) => {
                let summary = Summary::of(&report);
                LoadState::Ready(Rc::new(Loaded { report, summary }))
            }
            Err(error) => LoadState::Invalid {
                src,
                error: Rc::new(error),
            },
        },
    }
}

pub(crate) async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    // The first load of a widget's report takes the response web/boot.js
    // started before the wasm had loaded (once), instead of fetching again.
    let pending = crate::mount::take_prefetched(url).unwrap_or_else(|| window.fetch_with_str(url));
    let response = JsFuture::from(pending)
        .await
        .map_err(|e| describe_js_error(&e, "网络错误，无法连接"))?;
    let response: Response = response
        .dyn_into()
        .map_err(|_| "not a Response".to_string())?;
    if !response.ok() {
        let text = response.status_text();
        return Err(format!("HTTP {} {}", response.status(), text)
            .trim()
            .to_string());
    }
    let promise = response
        .text()
        .map_err(|e| describe_js_error(&e, "无法读取响应"))?;
    let text = JsFuture::from(promise)
        .await
        .map_err(|e| describe_js_error(&e, "无法读取响应"))?;
    let text = text.as_string().ok_or("响应不是文本")?;
    Ok(text
        .strip_prefix('\u{feff}')
        .map(str::to_string)
        .unwrap_or(text))
}

fn describe_js_error(e: &wasm_bindgen::JsValue, fallback: &str) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|err| format!("{fallback}（{}）", String::from(err.message())))
        .unwrap_or_else(|| fallback.to_string())
}
