use rectify_core::chart::{num, text_width};
use rectify_core::view::Tip;
use yew::prelude::*;

const FONT: f64 = 13.0;
const PAD: f64 = 6.0;
const LINE: f64 = 17.0;

/// A tooltip drawn inside the SVG (positioned with a transform attribute, so
/// no inline style is needed under a strict CSP), kept inside the chart's
/// viewBox of `width` × `height`. Screen readers get the same text from the
/// live region, so this is hidden from them. A plain function, not a
/// component: it has no state, and a component costs ~1 KB of wasm.
pub fn svg_tooltip(tip: &Tip, width: f64, height: f64) -> Html {
    let w = tip
        .lines
        .iter()
        .map(|l| text_width(l, FONT))
        .fold(0.0, f64::max)
        + 2.0 * PAD;
    let h = tip.lines.len() as f64 * LINE + PAD;
    let x = (tip.x + 8.0).min(width - w).max(0.0);
    let y = if tip.y + 8.0 + h > height {
        (tip.y - h - 8.0).max(0.0)
    } else {
        tip.y + 8.0
    };
    html! {
        <g class="rb-tip" transform={format!("translate({} {})", num(x), num(y))} aria-hidden="true" pointer-events="none">
            <rect class="rb-tip-box" width={num(w)} height={num(h)} rx="4" />
            { for tip.lines.iter().enumerate().map(|(i, line)| html! {
                <text class="rb-tip-text" x={num(PAD)} y={num((i as f64 + 1.0) * LINE - 2.0)} font-size={num(FONT)}>{ line.clone() }</text>
            }) }
        </g>
    }
}
