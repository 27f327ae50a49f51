//! Work put off until the frame in hand has been painted.

use gloo::timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Runs `f` after the next frame has been painted: an animation frame,
/// then a task after it. (A hidden page gets no frames: `f` runs when it
/// is shown.)
pub fn after_paint(f: impl FnOnce() + 'static) {
    let next = Closure::once_into_js(move || Timeout::new(0, f).forget());
    if let Some(window) = web_sys::window() {
        let _ = window.request_animation_frame(next.unchecked_ref());
    }
}
