//! The collection views' entry point (the `rectify-overview` binary, built
//! with the `overview` feature). The embed hands a collection to it
//! (`mount::hand_off` → `web/extras/overview.js`), which mounts it in the
//! widget's shadow root.

use rectify_board::round::{RoundApp, RoundAppProps};
use wasm_bindgen::prelude::*;

/// Mounts the collection views in `root` for the widget on `host` (whose
/// `data-*` attributes give language and mode). `src` is the collection's
/// URL, `text` its JSON as the embed fetched it, `base` the embed bundle's
/// folder; `exporter` makes the board's downloads (as in the embed).
#[wasm_bindgen]
pub fn mount_overview(
    host: web_sys::Element,
    root: web_sys::Element,
    src: String,
    text: String,
    base: String,
    exporter: Option<js_sys::Function>,
) {
    if let Some(f) = exporter {
        rectify_board::export::set_exporter(f);
    }
    let p = rectify_board::mount::props_for(&host, &src, &base);
    let props = RoundAppProps {
        src: src.into(),
        text: text.into(),
        lang: p.lang,
        elderly: p.elderly,
        base: base.into(),
    };
    yew::Renderer::<RoundApp>::with_root_and_props(root, props).render();
}

fn main() {}
