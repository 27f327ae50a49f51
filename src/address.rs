//! The page's address as deep links use it: the fragment read (hostile: it
//! is only ever resolved against the report, never shown or parsed as
//! markup), fragments pushed onto the history (no reload), and the full
//! link to a node for copying.

use rectify_core::link::fragment_for;
use wasm_bindgen_futures::JsFuture;
use web_sys::Location;

fn location() -> Option<Location> {
    web_sys::window().map(|w| w.location())
}

/// The page's fragment with its `#`, or empty.
pub fn fragment() -> String {
    location().and_then(|l| l.hash().ok()).unwrap_or_default()
}

/// The page's address without its fragment.
fn page() -> Option<String> {
    let l = location()?;
    Some(l.pathname().ok()? + &l.search().ok()?)
}

thread_local! {
    /// How many times the page's address has moved by back, forward or a
    /// followed fragment (`popstate`), as the boards heard it.
    static MOVES: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// The page's address moved (a `popstate`).
pub fn moved() {
    MOVES.with(|m| m.set(m.get().wrapping_add(1)));
}

/// How many times the page's address has moved (see [`moved`]).
pub fn moves() -> u32 {
    MOVES.with(std::cell::Cell::get)
}

/// Adds a history entry whose fragment names `id`, or that has no fragment
/// for `None` (the overview), without reloading.
pub fn push(id: Option<&str>) {
    push_fragment(&id.map(fragment_for).unwrap_or_default());
}

/// The page's full address without its fragment.
pub fn page_href() -> String {
    let href = location().and_then(|l| l.href().ok()).unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// Adds a history entry with the fragment `fragment` (`#…`), or with none
/// for an empty one, without reloading.
pub fn push_fragment(fragment: &str) {
    let (Some(window), Some(page)) = (web_sys::window(), page()) else {
        return;
    };
    let url = if fragment.is_empty() {
        page
    } else {
        fragment.to_string()
    };
    if let Ok(history) = window.history() {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Copies `text` to the clipboard; false if the browser refused.
pub async fn copy(text: &str) -> bool {
    match web_sys::window() {
        Some(w) => JsFuture::from(w.navigator().clipboard().write_text(text))
            .await
            .is_ok(),
        None => false,
    }
}
