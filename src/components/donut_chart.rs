use std::rc::Rc;

use rectify_core::chart::num;
use rectify_core::locale::Lang;
use rectify_core::stats::StatusCounts;
use rectify_core::view::{
    donut_view, status_key, ArcView, ChartId, DonutView, StatusFilter, StatusKey,
};
use yew::prelude::*;

use crate::components::{
    chart_extras, mark_events, pattern_defs, pattern_id, svg_labels, svg_tooltip, ChartCommon,
    Extras, MarkContext, MarkEvents,
};

/// The donut's state, kept by the board: its view model (remade only when
/// the counts, the filter or the language change), the roving tab stop and
/// its `<svg>`. The donut itself is a plain function: a Yew component costs
/// ~0.75 KB gzip of lifecycle code.
pub struct DonutState {
    model: Rc<DonutView>,
    svg: NodeRef,
    active: UseStateHandle<usize>,
}

#[hook]
pub fn use_donut(counts: StatusCounts, filter: &StatusFilter, lang: Lang) -> DonutState {
    let model = use_memo((counts, filter.clone(), lang), |(c, f, l)| {
        donut_view(c, f, *l)
    });
    DonutState {
        model,
        svg: use_node_ref(),
        active: use_state(|| 0usize),
    }
}

/// The completion donut. One arc is in the tab order (roving tabindex);
/// arrow keys move between arcs, focus or hover shows the value (also
/// announced in the live region), Enter or a click (`on_open`) lists every
/// problem with that status.
pub fn donut_chart(
    state: &DonutState,
    common: &ChartCommon,
    on_open: &Callback<StatusKey>,
) -> Html {
    let DonutState { model, svg, active } = state;
    let svg_ref = svg;
    let n = model.arcs.len();
    let current = (**active).min(n.saturating_sub(1));
    let (title_id, desc_id, prefix) = common.ids(ChartId::Donut);
    let cx = MarkContext {
        on_tip: &common.on_tip,
        active,
        svg: svg_ref,
        layout: Rc::from([n]),
    };
    let arcs = model
        .arcs
        .iter()
        .enumerate()
        .map(|(i, arc)| arc_mark(arc, i, i == current, &cx, &prefix, on_open));
    let size = num(model.size);
    html! {
        <figure class="rb-chart rb-donut">
            <figcaption class="rb-chart-title" id={format!("{title_id}-cap")}>{ model.text.title }</figcaption>
            <div class="rb-canvas">
            <svg ref={svg_ref.clone()} viewBox={format!("0 0 {size} {size}")} role="group"
                aria-labelledby={title_id.clone()} aria-describedby={desc_id.clone()} class="rb-svg">
                { svg_labels(&model.text, title_id, desc_id) }
                { pattern_defs(&prefix) }
                <circle class="rb-donut-track" cx={num(model.cx)} cy={num(model.cy)}
                    r={num(model.track_radius)}
                    stroke-width={num(model.track_width)} fill="none" aria-hidden="true" />
                { for arcs }
                <text class="rb-donut-rate" x={num(model.cx)} y={num(model.cy - 4.0)}
                    text-anchor="middle" aria-hidden="true">{ model.rate.clone() }</text>
                <text class="rb-donut-caption" x={num(model.cx)} y={num(model.cy + 20.0)}
                    text-anchor="middle" aria-hidden="true">{ model.rate_caption }</text>
                if let Some(tip) = &common.tip {
                    { svg_tooltip(tip, model.size, model.size) }
                }
            </svg>
            </div>
            { chart_extras(Extras { common, chart: ChartId::Donut, text: &model.text, svg: svg_ref }) }
        </figure>
    }
}

fn arc_mark(
    arc: &ArcView,
    i: usize,
    tab_stop: bool,
    cx: &MarkContext,
    prefix: &str,
    on_open: &Callback<StatusKey>,
) -> Html {
    let status = arc.status;
    let MarkEvents {
        onmouseenter,
        onmouseleave,
        onfocus,
        onblur,
        onclick,
        onkeydown,
    } = mark_events(cx, i, arc.tip.clone(), on_open.reform(move |_: ()| status));
    html! {
        <g class="rb-arc" data-status={status_key(arc.status)} data-dimmed={arc.dimmed.then_some("")}>
            <path class="rb-mark" d={arc.path.clone()} tabindex={if tab_stop { "0" } else { "-1" }} role="button"
                aria-label={arc.aria.clone()}
                {onmouseenter} {onmouseleave} {onfocus} {onblur} {onclick} {onkeydown} />
            if let Some(p) = pattern_id(prefix, arc.status) {
                <path class="rb-hatch" d={arc.path.clone()} fill={format!("url(#{p})")} pointer-events="none" aria-hidden="true" />
            }
            if arc.label_fits {
                <text class="rb-arc-label" x={num(arc.label_x)} y={num(arc.label_y)}
                    text-anchor="middle" dominant-baseline="central" aria-hidden="true">{ arc.value }</text>
            }
        </g>
    }
}
