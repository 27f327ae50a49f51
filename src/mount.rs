//! Finding the host elements and reading their `data-*` attributes.

use rectify_core::locale::Lang;
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::app::{App, AppProps};

/// The attribute that marks a host element.
pub const HOST_ATTR: &str = "data-rectify-board";

pub fn mount_all(default_src: &str) -> usize {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return 0;
    };
    let Ok(hosts) = document.query_selector_all(&format!("[{HOST_ATTR}]")) else {
        return 0;
    };
    let mut mounted = 0;
    for i in 0..hosts.length() {
        let Some(host) = hosts.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        if host.get_attribute(HOST_ATTR).as_deref() == Some("mounted") {
            continue; // mount_all may be called again; never mount twice
        }
        let _ = host.set_attribute(HOST_ATTR, "mounted");
        let props = props_for(&host, default_src);
        yew::Renderer::<App>::with_root_and_props(host, props).render();
        mounted += 1;
    }
    mounted
}

fn props_for(host: &Element, default_src: &str) -> AppProps {
    let attr = |name: &str| host.get_attribute(name).filter(|v| !v.trim().is_empty());
    AppProps {
        src: attr("data-src")
            .unwrap_or_else(|| default_src.to_string())
            .into(),
        lang: attr("data-lang")
            .or_else(|| attr("lang"))
            .map(|l| Lang::parse(&l))
            .unwrap_or_default(),
    }
}
