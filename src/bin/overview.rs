//! The collection views' entry point (the `rectify-overview` binary, built
//! with the `overview` feature). The embed hands a collection to it
//! (`mount::hand_off` → `web/extras/overview.js`), which mounts it in the
//! widget's shadow root.

use std::cell::RefCell;
use std::rc::Rc;

use rectify_board::round::{RoundApp, RoundAppProps};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::*;
use web_sys::{Element, MutationObserver, MutationObserverInit};
use yew::AppHandle;

/// The mounted views: followed host attributes, and the way to take them
/// down (`web/extras/overview.js` does when the host's `data-src` changes;
/// the embed then reads the new source, and hands it over again if it is a
/// collection).
#[wasm_bindgen]
pub struct Overview {
    app: Rc<RefCell<Option<AppHandle<RoundApp>>>>,
    observer: MutationObserver,
    _on_change: Closure<dyn FnMut()>,
}

#[wasm_bindgen]
impl Overview {
    /// Unmounts the views and stops following the host.
    pub fn destroy(self) {
        self.observer.disconnect();
        if let Some(app) = self.app.borrow_mut().take() {
            app.destroy();
        }
    }
}

/// The views' props from the host's attributes (language, mode, links; as
/// the embed reads them) and the collection.
fn props(host: &Element, src: &str, text: &Rc<str>, base: &str) -> RoundAppProps {
    let p = rectify_board::mount::props_for(host, src, base);
    RoundAppProps {
        src: src.to_string().into(),
        text: text.clone(),
        lang: p.lang,
        elderly: p.elderly,
        base: base.to_string().into(),
        links: p.links,
    }
}

/// Mounts the collection views in `root` for the widget on `host` (whose
/// `data-*` attributes give language, mode and links, followed when the
/// page changes `data-lang` or `data-mode`). `src` is the collection's URL,
/// `text` its JSON as the embed fetched it, `base` the embed bundle's
/// folder; `exporter` makes the board's downloads (as in the embed).
#[wasm_bindgen]
pub fn mount_overview(
    host: Element,
    root: Element,
    src: String,
    text: String,
    base: String,
    exporter: Option<js_sys::Function>,
) -> Result<Overview, JsValue> {
    // Every language compiled in (the embed fetches its 繁體 and English words).
    rectify_core::locale::Msg::install_compiled();
    if let Some(f) = exporter {
        rectify_board::export::set_exporter(f);
    }
    let text: Rc<str> = text.into();
    let first = props(&host, &src, &text, &base);
    let app = Rc::new(RefCell::new(Some(
        yew::Renderer::<RoundApp>::with_root_and_props(root, first).render(),
    )));
    let on_change = {
        let (app, host) = (app.clone(), host.clone());
        Closure::<dyn FnMut()>::new(move || {
            if let Some(app) = app.borrow_mut().as_mut() {
                app.update(props(&host, &src, &text, &base));
            }
        })
    };
    let observer = MutationObserver::new(on_change.as_ref().unchecked_ref())?;
    let options = MutationObserverInit::new();
    options.set_attributes(true);
    options.set_attribute_filter(&js_sys::Array::of2(
        &"data-lang".into(),
        &"data-mode".into(),
    ));
    observer.observe_with_options(&host, &options)?;
    Ok(Overview {
        app,
        observer,
        _on_change: on_change,
    })
}

fn main() {}
