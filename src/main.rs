//! 整改看板 (Rectify Board): the Yew widget. A thin layer over rectify-core:
//! it fetches a JSON report, loads it with `rectify_core::load`, and renders
//! the summary and chart geometry that rectify-core computes.
//!
//! Entry: `web/boot.js` (a static module, so no inline script is needed under
//! a strict CSP) initialises the wasm and calls [`mount_all`].

mod app;
mod components;
mod hooks;
mod i18n;
mod mount;
mod state;

use wasm_bindgen::prelude::*;

/// Mounts a widget on every element with a `data-rectify-board` attribute.
/// `default_src` is the URL of the bundled report, used where an element has
/// no `data-src`. Returns how many widgets were mounted.
#[wasm_bindgen]
pub fn mount_all(default_src: String) -> usize {
    mount::mount_all(&default_src)
}

fn main() {}
