//! The embed widget's entry point (the `rectify-board` binary).
//!
//! Entry: `web/boot.js` (a static module, so no inline script is needed under
//! a strict CSP) initialises the wasm and calls [`mount_all`].

use wasm_bindgen::prelude::*;

/// Mounts a widget on every element with a `data-rectify-board` attribute.
/// `default_src` is the URL of the bundled report, used where an element has
/// no `data-src`; `base` is the URL of the bundle's folder (ending in `/`),
/// where `board.css` and `i18n/s2t.txt` are; `exporter(kind, name, payload)`
/// makes the downloads (see `export.rs`); `take_prefetched(src)` hands over
/// the response `boot.js` has already requested for a report (once), or
/// undefined (`mount::take_prefetched`); `hand_off(element, src, text)`
/// loads the overview bundle for a `data-src` that is a collection
/// (`mount::hand_off`); `detail()` imports the drill-down's loader
/// (`extras/detail.js`, `mount::detail_module`).
/// Returns how many were mounted.
#[wasm_bindgen]
pub fn mount_all(
    default_src: String,
    base: String,
    exporter: Option<js_sys::Function>,
    take_prefetched: Option<js_sys::Function>,
    hand_off: Option<js_sys::Function>,
    detail: Option<js_sys::Function>,
) -> usize {
    if let Some(f) = exporter {
        rectify_board::export::set_exporter(f);
    }
    rectify_board::mount::mount_all(&default_src, &base, take_prefetched, (hand_off, detail))
}

fn main() {}
