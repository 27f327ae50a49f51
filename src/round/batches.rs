//! How many of the overview's departments are drawn: the first batch at
//! once, then a batch after each painted frame until all are drawn
//! (`rectify_core::view::round::next_batch`).

use gloo::timers::callback::Timeout;
use rectify_core::view::round::{next_batch, FIRST_BATCH};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Runs `f` after the next frame has been painted: an animation frame,
/// then a task after it. (A hidden page gets no frames: the rest is drawn
/// when it is shown.)
fn after_paint(f: impl FnOnce() + 'static) {
    let next = Closure::once_into_js(move || Timeout::new(0, f).forget());
    if let Some(window) = web_sys::window() {
        let _ = window.request_animation_frame(next.unchecked_ref());
    }
}

/// The number of the `total` departments to draw now.
#[hook]
pub fn use_drawn(total: usize) -> usize {
    let drawn = use_state(|| FIRST_BATCH);
    {
        let drawn = drawn.clone();
        use_effect_with((*drawn, total), move |(now, total)| {
            if let Some(n) = next_batch(*now, *total) {
                after_paint(move || drawn.set(n));
            }
        });
    }
    (*drawn).min(total)
}
