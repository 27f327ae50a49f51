//! How many of the overview's departments are drawn: the first batch at
//! once, then a batch after each painted frame until all are drawn
//! (`rectify_core::view::round::next_batch`).

use rectify_core::view::round::{next_batch, FIRST_BATCH};
use yew::prelude::*;

use crate::hooks::after_paint::after_paint;

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
