//! The rendered width of an element, in CSS pixels, kept current on resize.
//! Charts lay out in real pixels so their text is never scaled down on a
//! phone or blown up on a wide screen.

use gloo::events::EventListener;
use web_sys::Element;
use yew::prelude::*;

/// Returns the width of the element behind `node` (or `fallback` before the
/// first layout).
#[hook]
pub fn use_width(node: NodeRef, fallback: f64) -> f64 {
    let width = use_state(|| fallback);
    {
        let width = width.clone();
        use_effect_with(node, move |node| {
            let measure = {
                let node = node.clone();
                let width = width.clone();
                move || {
                    if let Some(el) = node.cast::<Element>() {
                        let w = el.client_width() as f64;
                        if w > 0.0 && (w - *width).abs() >= 1.0 {
                            width.set(w);
                        }
                    }
                }
            };
            measure();
            let listener =
                web_sys::window().map(|w| EventListener::new(&w, "resize", move |_| measure()));
            move || drop(listener)
        });
    }
    *width
}
