//! The rendered width of an element, in CSS pixels, kept current on resize.
//! Charts lay out in real pixels so their text is never scaled down on a
//! phone or blown up on a wide screen.

use gloo::events::EventListener;
use web_sys::Element;
use yew::prelude::*;

/// The width of the element behind `node` and its font size, in CSS pixels,
/// kept current on resize and whenever `key` changes (e.g. elderly mode).
/// Charts scale their text with the font size, so they follow the portal's
/// own zoom and large-text tools (which change rem/em).
#[hook]
pub fn use_layout(node: NodeRef, fallback: f64, key: bool) -> (f64, f64) {
    let layout = use_state(|| (prerender_width().unwrap_or(fallback), 16.0));
    {
        let layout = layout.clone();
        use_effect_with((node, key), move |(node, _)| {
            let measure = {
                let node = node.clone();
                let layout = layout.clone();
                move || {
                    let Some(el) = node.cast::<Element>() else {
                        return;
                    };
                    let w = el.client_width() as f64;
                    let em = web_sys::window()
                        .and_then(|win| win.get_computed_style(&el).ok().flatten())
                        .and_then(|s| s.get_property_value("font-size").ok())
                        .map(|v| js_sys::parse_float(&v))
                        .filter(|v| v.is_finite() && *v > 0.0)
                        .unwrap_or(16.0);
                    let (ow, oe) = *layout;
                    if w > 0.0 && ((w - ow).abs() >= 1.0 || (em - oe).abs() >= 0.1) {
                        layout.set((w, em));
                    }
                }
            };
            measure();
            let again = measure.clone();
            // Once more after the stylesheet (linked in the shadow root) applies.
            let timer = gloo::timers::callback::Timeout::new(300, again);
            let listener =
                web_sys::window().map(|w| EventListener::new(&w, "resize", move |_| measure()));
            move || {
                drop(listener);
                drop(timer);
            }
        });
    }
    *layout
}

#[cfg(feature = "ssr")]
thread_local! {
    /// The width pre-rendering lays charts out at (nothing is measured then).
    static PRERENDER_WIDTH: std::cell::Cell<Option<f64>> = const { std::cell::Cell::new(None) };
}

/// Sets the width that charts are laid out at while pre-rendering on this
/// thread (`None`: each chart's own fallback).
#[cfg(feature = "ssr")]
pub fn set_prerender_width(width: Option<f64>) {
    PRERENDER_WIDTH.with(|w| w.set(width));
}

#[cfg(feature = "ssr")]
fn prerender_width() -> Option<f64> {
    PRERENDER_WIDTH.with(std::cell::Cell::get)
}

#[cfg(not(feature = "ssr"))]
fn prerender_width() -> Option<f64> {
    None
}
