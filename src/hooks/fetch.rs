//! Fetching a data file: refused when redirected to another site, given up
//! when it makes no progress for the stall timeout (no headers, or no new
//! bytes of the body), and read chunk by chunk so the loading panel can
//! say how much has arrived.

use js_sys::{Array, Promise, Reflect, Uint8Array};
use rectify_core::view::{FetchFailure, Progress, StallTimeout};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ReadableStreamDefaultReader, Response};

/// `promise`'s value, or `None` when it has not settled within `timeout`.
async fn within(promise: Promise, timeout: StallTimeout) -> Result<Option<JsValue>, JsValue> {
    let ms = i32::try_from(timeout.millis()).unwrap_or(i32::MAX);
    // Resolves with `undefined`, which neither a fetch nor a read does.
    let timer = Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let first = JsFuture::from(Promise::race(&Array::of2(&promise, &timer))).await?;
    Ok((!first.is_undefined()).then_some(first))
}

/// The response for `url`, once its headers are in: an error status, a
/// redirect to another site or no answer within `timeout` is a failure.
pub(crate) async fn fetch_response(
    url: &str,
    timeout: StallTimeout,
) -> Result<Response, FetchFailure> {
    let window = web_sys::window().ok_or(FetchFailure::Network(String::new()))?;
    // The first load of a widget's report takes the response web/boot.js
    // started before the wasm had loaded (once), instead of fetching again.
    let pending = crate::mount::take_prefetched(url).unwrap_or_else(|| window.fetch_with_str(url));
    let response: Response = within(pending, timeout)
        .await
        .map_err(|e| FetchFailure::Network(js_message(&e)))?
        .ok_or(FetchFailure::Stalled(timeout))?
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

/// The bytes of the data file at `url`; `on_progress` hears of each chunk.
pub(crate) async fn fetch_bytes(
    url: &str,
    timeout: StallTimeout,
    mut on_progress: impl FnMut(Progress),
) -> Result<Vec<u8>, FetchFailure> {
    let response = fetch_response(url, timeout).await?;
    let unreadable = |e: JsValue| FetchFailure::Unreadable(js_message(&e));
    let mut progress = Progress::start(
        response
            .headers()
            .get("content-length")
            .ok()
            .flatten()
            .as_deref(),
    );
    let Some(body) = response.body() else {
        return Ok(Vec::new());
    };
    let reader: ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut bytes = Vec::new();
    loop {
        let Some(chunk) = within(reader.read(), timeout).await.map_err(unreadable)? else {
            let _ = reader.cancel();
            return Err(FetchFailure::Stalled(timeout));
        };
        if Reflect::get(&chunk, &"done".into()).is_ok_and(|d| d.is_truthy()) {
            return Ok(bytes);
        }
        let value: Uint8Array = Reflect::get(&chunk, &"value".into())
            .map_err(unreadable)?
            .unchecked_into();
        let start = bytes.len();
        let needed = start + value.length() as usize;
        if needed > bytes.capacity() {
            // Grown to the stated size when near it: the buffer's slack was
            // megabytes of the wasm memory (which never shrinks) at 10k.
            let room = progress.capacity_for(needed, bytes.capacity());
            bytes.reserve_exact(room - start);
        }
        bytes.resize(needed, 0);
        value.copy_to(&mut bytes[start..]);
        progress.received = bytes.len() as u64;
        on_progress(progress);
    }
}

/// The text at `url` (a byte-order mark dropped), for the 繁體 table.
pub(crate) async fn fetch_text(url: &str) -> Result<String, FetchFailure> {
    let response = fetch_response(url, StallTimeout::DEFAULT).await?;
    let unreadable = |e: JsValue| FetchFailure::Unreadable(js_message(&e));
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
fn js_message(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|err| String::from(err.message()))
        .unwrap_or_default()
}
