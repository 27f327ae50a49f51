//! 整改看板 (Rectify Board): the Yew widget. A thin layer over rectify-core:
//! it fetches a JSON report, loads it with `rectify_core::load`, and renders
//! the summary and chart geometry that rectify-core computes.
//!
//! Entry: `web/boot.js` (a static module, so no inline script is needed under
//! a strict CSP) initialises the wasm and calls [`mount_all`].

mod app;
mod components;
mod export;
mod hooks;
mod i18n;
mod mount;
mod state;

use wasm_bindgen::prelude::*;

/// Mounts a widget on every element with a `data-rectify-board` attribute.
/// `default_src` is the URL of the bundled report, used where an element has
/// no `data-src`; `base` is the URL of the bundle's folder (ending in `/`),
/// where `board.css` and `i18n/s2t.txt` are; `exporter(kind, name, payload)`
/// makes the downloads (see `export.rs`). Returns how many were mounted.
#[wasm_bindgen]
pub fn mount_all(default_src: String, base: String, exporter: Option<js_sys::Function>) -> usize {
    if let Some(f) = exporter {
        export::set_exporter(f);
    }
    mount::mount_all(&default_src, &base)
}

fn main() {}
