//! A long list drawn in two frames: the first rows at once, the rest once
//! that frame is painted (`DrillListing::first_drawn` says how many first).

use yew::prelude::*;

/// How many of `total` rows to draw now: `first` until the frame that
/// shows them is painted, then all. Rendered natively (pre-rendering: no
/// frames, no effects), all at once.
#[hook]
pub fn use_drawn_rows(first: usize, total: usize) -> usize {
    let all = use_state(|| cfg!(not(target_arch = "wasm32")));
    {
        let all = all.clone();
        use_effect_with((), move |_| {
            super::after_paint::after_paint(move || all.set(true));
        });
    }
    if *all {
        total
    } else {
        first.min(total)
    }
}
