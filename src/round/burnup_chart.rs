//! A department's burn-up chart: a stacked column per as-of date and the
//! stated totals as a line; keyboard access, a data table on request and a
//! text summary.

use std::rc::Rc;

use rectify_core::chart::fixed;
use rectify_core::history::BurnupPoint;
use rectify_core::locale::{Lang, RoundMsg};
use rectify_core::view::round::burnup_view;
use yew::prelude::*;

use super::chart_bits::{on_mark_key, status_key, table_toggle};
use crate::hooks::use_layout;
use rectify_core::model::Status;

#[derive(Properties, PartialEq)]
pub struct BurnupProps {
    pub points: Rc<Vec<BurnupPoint>>,
    pub lang: Lang,
    pub elderly: bool,
}

fn px(v: f64) -> String {
    fixed(v, 1, true)
}

#[function_component(BurnupChart)]
pub fn burnup_chart(props: &BurnupProps) -> Html {
    let lang = props.lang;
    let node = use_node_ref();
    let (width, em) = use_layout(node.clone(), 640.0, props.elderly);
    let view = use_memo(
        (props.points.clone(), width as i64, em as i64, lang),
        |(p, w, e, l)| burnup_view(p, *w as f64, *e as f64, *l),
    );
    let table_open = use_state(|| props.elderly);
    let on_toggle = {
        let t = table_open.clone();
        Callback::from(move |_: MouseEvent| t.set(!*t))
    };
    let title_id = "rb-burnup-title";
    html! {
        <figure class="rb-chart rb-burnup" ref={node}>
            <figcaption id={title_id} class="rb-chart-title">{ view.title }</figcaption>
            <svg width={px(view.width)} height={px(view.height)} viewBox={format!("0 0 {} {}", px(view.width), px(view.height))}
                role="group" aria-labelledby={title_id} onkeydown={Callback::from(on_mark_key)}>
                <line class="rb-axis" x1="0" x2={px(view.width)} y1={px(view.baseline)} y2={px(view.baseline)} />
                <text class="rb-axis-label" x="0" y={px(em)} aria-hidden="true">{ view.max }</text>
                { for view.columns.iter().enumerate().map(|(i, c)| html! {
                    <g class="rb-round-mark" tabindex={if i == 0 { "0" } else { "-1" }} role="img" aria-label={c.label.clone()}>
                        { for c.segments.iter().map(|s| html! {
                            <rect data-status={rectify_core::view::status_key(s.status)} x={px(c.x)} y={px(s.y)} width={px(c.width)} height={px(s.height)} />
                        }) }
                        <text class="rb-axis-label" x={px(c.centre)} y={px(c.label_y)} text-anchor="middle" aria-hidden="true">{ c.as_of.clone() }</text>
                    </g>
                }) }
                if let Some(d) = &view.stated_path {
                    <path class="rb-stated-line" d={d.clone()} aria-hidden="true" />
                    { for view.columns.iter().filter_map(|c| c.stated_y.map(|y| html! {
                        <circle class="rb-stated-point" cx={px(c.centre)} cy={px(y)} r={px(0.25 * em)} aria-hidden="true" />
                    })) }
                }
            </svg>
            { status_key(lang, &[Some(Status::Done), Some(Status::InProgress), Some(Status::LongTerm), Some(Status::NotStarted)]) }
            if view.stated_path.is_some() {
                <p class="rb-chart-key"><span class="rb-stated-key" aria-hidden="true">{ "- - " }</span>{ RoundMsg::StatedTotal.text(lang) }</p>
            }
            <p class="rb-chart-summary">{ view.summary.clone() }</p>
            { table_toggle(lang, *table_open, on_toggle, view.title, &view.table) }
        </figure>
    }
}
