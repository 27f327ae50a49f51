//! The import page's entry point (the `rectify-import` binary, built with
//! the `import` feature). Loaded by `web/import/boot.js`.

use rectify_board::import::{ImportPage, ImportPageProps};
use wasm_bindgen::prelude::*;

/// Mounts the import page on `#import-root`. `base` is the URL of the widget
/// bundle's folder (where board.css is); `exporter` makes the preview's
/// downloads (as in the embed, see `export.rs`).
#[wasm_bindgen]
pub fn mount_import(base: String, exporter: Option<js_sys::Function>) -> bool {
    // Every language compiled in (the embed fetches its 繁體 and English words).
    rectify_core::locale::Msg::install_compiled();
    if let Some(f) = exporter {
        rectify_board::export::set_exporter(f);
    }
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("import-root"))
    else {
        return false;
    };
    yew::Renderer::<ImportPage>::with_root_and_props(root, ImportPageProps { base: base.into() })
        .render();
    true
}

fn main() {}
