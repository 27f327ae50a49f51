//! Exports (chart as SVG or PNG, table as CSV) are done by
//! `web/extras/export.js` (served as `extras/export.js`), a module that
//! boot.js imports only when a reader asks for a file, so the code is not in
//! the default bundle. boot.js hands [`mount_all`] a function
//! `(kind, name, payload)`; it is kept here and called on a click.
//!
//! [`mount_all`]: crate::mount_all

use std::cell::RefCell;

use wasm_bindgen::JsValue;

thread_local! {
    static EXPORTER: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
}

pub fn set_exporter(f: js_sys::Function) {
    EXPORTER.with(|e| *e.borrow_mut() = Some(f));
}

/// `kind` is `svg`, `png` (payload: the chart's `<svg>` element) or `csv`
/// (payload: the text, with its byte-order mark).
pub fn export(kind: &str, name: &str, payload: &JsValue) {
    EXPORTER.with(|e| {
        if let Some(f) = &*e.borrow() {
            let _ = f.call3(&JsValue::NULL, &kind.into(), &name.into(), payload);
        }
    });
}
