use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

/// `/` anywhere on the page focuses the element of `target` (the search
/// box), unless the reader is typing in a field or another widget took the
/// key first.
#[hook]
pub fn use_slash_focus(target: NodeRef) {
    use_effect_with((), move |_| {
        let listener = web_sys::window().and_then(|w| w.document()).map(|doc| {
            // Not passive (gloo's default): the `/` must not be typed into the box.
            let options = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(&doc, "keydown", options, move |e| {
                let Some(e) = e.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                if e.key() != "/" || e.default_prevented() || e.ctrl_key() || e.alt_key() {
                    return;
                }
                let typing = e
                    .composed_path()
                    .get(0)
                    .dyn_into::<HtmlElement>()
                    .is_ok_and(|t| {
                        t.is_content_editable()
                            || matches!(t.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                    });
                if let (false, Some(input)) = (typing, target.cast::<HtmlElement>()) {
                    e.prevent_default();
                    let _ = input.focus();
                }
            })
        });
        move || drop(listener)
    });
}
