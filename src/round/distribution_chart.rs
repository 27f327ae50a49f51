//! The distribution of completion rates (columns), with keyboard access,
//! a data table on request and a text summary.

use std::rc::Rc;

use rectify_core::chart::fixed;
use rectify_core::locale::Lang;
use rectify_core::view::round::distribution;
use yew::prelude::*;

use super::chart_bits::{on_mark_key, table_toggle};
use crate::hooks::use_layout;

#[derive(Properties, PartialEq)]
pub struct DistributionProps {
    /// One completion rate (0 to 1) per department shown.
    pub rates: Rc<Vec<f64>>,
    pub lang: Lang,
    pub elderly: bool,
}

fn px(v: f64) -> String {
    fixed(v, 1, true)
}

#[function_component(DistributionChart)]
pub fn distribution_chart(props: &DistributionProps) -> Html {
    let lang = props.lang;
    let node = use_node_ref();
    let (width, em) = use_layout(node.clone(), 640.0, props.elderly);
    let view = use_memo(
        (props.rates.clone(), width as i64, em as i64, lang),
        |(r, w, e, l)| distribution(r, *w as f64, *e as f64, *l),
    );
    let table_open = use_state(|| props.elderly);
    let on_toggle = {
        let t = table_open.clone();
        Callback::from(move |_: MouseEvent| t.set(!*t))
    };
    let title_id = "rb-dist-title";
    html! {
        <figure class="rb-chart rb-distribution" ref={node}>
            <figcaption id={title_id} class="rb-chart-title">{ view.title }</figcaption>
            <svg width={px(view.width)} height={px(view.height)} viewBox={format!("0 0 {} {}", px(view.width), px(view.height))}
                role="group" aria-labelledby={title_id} onkeydown={Callback::from(on_mark_key)}>
                <line class="rb-axis" x1="0" x2={px(view.width)} y1={px(view.baseline)} y2={px(view.baseline)} />
                { for view.bars.iter().enumerate().map(|(i, b)| html! {
                    <g class="rb-round-mark" tabindex={if i == 0 { "0" } else { "-1" }} role="img" aria-label={b.label.clone()}>
                        <rect data-status="done" x={px(b.x)} y={px(b.y)} width={px(b.width)} height={px(b.height.max(0.0))} />
                        <text class="rb-value" x={px(b.x + b.width / 2.0)} y={px(b.y - 0.3 * em)} text-anchor="middle" aria-hidden="true">{ b.count }</text>
                        <text class="rb-axis-label" x={px(b.x + b.width / 2.0)} y={px(b.label_y)} text-anchor="middle" aria-hidden="true">{ b.range.clone() }</text>
                    </g>
                }) }
            </svg>
            <p class="rb-chart-summary">{ view.summary.clone() }</p>
            { table_toggle(lang, *table_open, on_toggle, view.title, &view.table) }
        </figure>
    }
}
