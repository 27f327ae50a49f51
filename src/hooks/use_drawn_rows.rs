//! A long list drawn over several frames: the first rows at once, then a
//! chunk more each time the frame before is painted
//! (`DrillListing::first_drawn` says how many first), so that no frame has
//! more than a chunk of rows to make.

use rectify_core::view::FIRST_ROWS;
use yew::prelude::*;

/// How many of `total` rows to draw now: `first`, then [`FIRST_ROWS`] more
/// after each painted frame until all are drawn. Rendered natively
/// (pre-rendering: no frames, no effects), all at once.
#[hook]
pub fn use_drawn_rows(first: usize, total: usize) -> usize {
    let drawn = use_state(|| {
        if cfg!(target_arch = "wasm32") {
            0
        } else {
            usize::MAX
        }
    });
    let now = (*drawn).max(first).min(total);
    {
        let drawn = drawn.clone();
        use_effect_with((now, total), move |&(now, total)| {
            if now < total {
                super::after_paint::after_paint(move || drawn.set(now + FIRST_ROWS));
            }
        });
    }
    now
}
