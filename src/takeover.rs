//! Taking over a board pre-rendered into the page by `rectify render`
//! (`prerender.rs`): the live widget renders out of sight beside the copy
//! and replaces it in one step once its first state with data is drawn, so
//! nothing flashes, and the content is never shown twice.
//!
//! Where the browser made the declarative shadow root, the copy is in it,
//! styled; it is taken over as it is (`attachShadow` would empty it). Where
//! it did not, the copy is the host's light children: a new shadow root
//! shows them through a `<slot>` until the swap. If the report cannot be
//! loaded, the copy stays.

use std::cell::Cell;
use std::rc::Rc;

use rectify_core::fingerprint::Fingerprint;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement, Node, ShadowRoot};
use yew::Callback;

use crate::app::Prerendered;

/// The host attribute `rectify render` writes: the report file's fingerprint.
pub const PRERENDERED_ATTR: &str = "data-prerendered";

/// A pre-rendered host made ready for the live widget.
pub struct TakeOver {
    /// Where the live widget renders (out of sight until the swap).
    pub root: Element,
    pub prerendered: Prerendered,
}

/// `None` unless `host` holds a pre-rendered copy (and a shadow root).
pub fn prepare(document: &Document, host: &Element, base: &str) -> Option<TakeOver> {
    let recorded = host.get_attribute(PRERENDERED_ATTR)?;
    let shadow = match host.shadow_root() {
        Some(shadow) => shadow,
        None => shadow_showing_light_copy(document, host, base)?,
    };
    let root = document.create_element("div").ok()?;
    root.set_attribute("class", "rb-root").ok()?;
    set_out_of_sight(&root, true);
    shadow.append_child(&root).ok()?;
    let on_ready = swap_once(shadow, host.clone(), root.clone());
    Some(TakeOver {
        root,
        prerendered: Prerendered {
            fingerprint: Fingerprint::parse(&recorded),
            on_ready,
        },
    })
}

/// A new shadow root that links the stylesheet and shows the host's light
/// children (the copy for browsers without declarative shadow DOM).
fn shadow_showing_light_copy(
    document: &Document,
    host: &Element,
    base: &str,
) -> Option<ShadowRoot> {
    let (shadow, _) = crate::mount::styled_shadow_root(document, host, base)?;
    let slot = document.create_element("slot").ok()?;
    shadow.append_child(&slot).ok()?;
    Some(shadow)
}

/// Laid out at the host's width (charts measure it) but taking no height
/// and not seen, nor read, nor focused; or (`hidden` false) shown again.
/// CSSOM, not the style attribute (which the strict CSP refuses to change):
/// allowed, and in force before `board.css` loads.
fn set_out_of_sight(root: &Element, hidden: bool) {
    let Some(style) = root.dyn_ref::<HtmlElement>().map(HtmlElement::style) else {
        return;
    };
    for (property, value) in [
        ("height", "0"),
        ("overflow", "hidden"),
        ("visibility", "hidden"),
    ] {
        let _ = match hidden {
            true => style.set_property(property, value),
            false => style.remove_property(property).map(drop),
        };
    }
}

/// The callback that puts the live board in the copy's place, the first
/// time it is ready with data.
fn swap_once(shadow: ShadowRoot, host: Element, live: Element) -> Callback<bool> {
    let done = Rc::new(Cell::new(false));
    Callback::from(move |ready: bool| {
        if ready && !done.replace(true) {
            remove_copy(&shadow, &host, &live);
            set_out_of_sight(&live, false);
        }
    })
}

/// Removes the copy: in the shadow root everything but its stylesheet links
/// and the live board; the host's light children.
fn remove_copy(shadow: &ShadowRoot, host: &Element, live: &Element) {
    let children = shadow.child_nodes();
    let copy: Vec<Node> = (0..children.length())
        .filter_map(|i| children.item(i))
        .filter(|n| n.node_name() != "LINK" && !n.is_same_node(Some(live)))
        .collect();
    for node in copy.iter().chain(&light_children(host)) {
        if let Some(parent) = node.parent_node() {
            let _ = parent.remove_child(node);
        }
    }
}

fn light_children(host: &Element) -> Vec<Node> {
    let children = host.child_nodes();
    (0..children.length())
        .filter_map(|i| children.item(i))
        .collect()
}
