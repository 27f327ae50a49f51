use std::rc::Rc;

use rectify_core::chart::num;
use rectify_core::stats::{Group, GroupId};
use rectify_core::view::{
    bars_view, status_class, BarRowView, ChartId, SegmentView, CAPTION_FONT, CAPTION_LINE,
};
use yew::prelude::*;

use crate::components::{
    chart_extras, mark_events, pattern_defs, pattern_id, svg_labels, svg_tooltip, ChartCommon,
    Extras, MarkContext, MarkEvents,
};
use crate::hooks::use_layout;

#[derive(Properties, PartialEq)]
pub struct StackedBarsProps {
    pub groups: Vec<Group>,
    pub common: ChartCommon,
    pub elderly: bool,
    /// A segment opened: list its area's problems.
    pub on_open: Callback<GroupId>,
}

/// Stacked bars of problem status per focus area. One segment is in the tab
/// order (roving tabindex); arrow keys move between segments (←→ along the
/// marks, ↑↓ between areas); Enter or a click opens the area.
#[function_component(StackedBarsChart)]
pub fn stacked_bars_chart(props: &StackedBarsProps) -> Html {
    let common = &props.common;
    let container = use_node_ref();
    let svg_ref = use_node_ref();
    let active = use_state(|| 0usize);
    // Lay out in CSS pixels, with text that follows the font size (portal
    // zoom, large-text tools, elderly mode): the viewBox is the width divided
    // by the font scale.
    let (width, em) = use_layout(container.clone(), 360.0, props.elderly);
    let scale = (em / 16.0).clamp(0.75, 4.0);
    let width = width.max(200.0);
    let vb_width = width / scale;
    let model = use_memo(
        (
            props.groups.clone(),
            vb_width,
            common.filter.clone(),
            common.lang,
        ),
        |(groups, w, filter, lang)| bars_view(groups, *w, filter, *lang),
    );
    let layout: Rc<[usize]> = model.rows.iter().map(|r| r.segments.len()).collect();
    let total_marks: usize = layout.iter().sum();
    let current = (*active).min(total_marks.saturating_sub(1));
    let (title_id, desc_id, prefix) = common.ids(ChartId::Bars);
    let cx = MarkContext {
        on_tip: &common.on_tip,
        active: &active,
        svg: &svg_ref,
        layout,
    };
    let mut first = 0usize;
    let rows = model
        .rows
        .iter()
        .map(|row| {
            let marks = Marks {
                cx: &cx,
                first,
                current,
                prefix: &prefix,
                on_open: &props.on_open,
            };
            first += row.segments.len();
            bar_row(row, &marks)
        })
        .collect::<Html>();
    html! {
        <figure class="rb-chart rb-bars">
            <figcaption class="rb-chart-title">{ model.text.title }</figcaption>
            <div class="rb-canvas" ref={container}>
            <svg ref={svg_ref.clone()} viewBox={format!("0 0 {} {}", num(vb_width), num(model.height))} width={num(width)}
                height={num(model.height * scale)} role="group" class="rb-svg"
                aria-labelledby={title_id.clone()} aria-describedby={desc_id.clone()}>
                { svg_labels(&model.text, title_id, desc_id) }
                { pattern_defs(&prefix) }
                { rows }
                if let Some(tip) = &common.tip {
                    { svg_tooltip(tip, vb_width, model.height) }
                }
            </svg>
            </div>
            { chart_extras(Extras { common, chart: ChartId::Bars, text: &model.text, svg: &svg_ref }) }
        </figure>
    }
}

/// What the segments of one row need to become marks.
struct Marks<'a> {
    cx: &'a MarkContext<'a>,
    /// Index of the row's first segment among all the chart's marks.
    first: usize,
    /// The roving tab stop.
    current: usize,
    prefix: &'a str,
    on_open: &'a Callback<GroupId>,
}

fn bar_row(row: &BarRowView, marks: &Marks) -> Html {
    let segments = row
        .segments
        .iter()
        .enumerate()
        .map(|(j, seg)| segment(row, seg, marks.first + j, marks))
        .collect::<Html>();
    html! {
        <g class="rb-bar-row">
            { for row.caption.iter().enumerate().map(|(i, line)| html! {
                <text class="rb-bar-caption" x="0" y={num(row.caption_y + i as f64 * CAPTION_LINE)}
                    font-size={num(CAPTION_FONT)} aria-hidden="true">{ line.clone() }</text>
            }) }
            { segments }
            <text class="rb-bar-total" x={num(row.total_x)} y={num(row.y + row.bar_height / 2.0)}
                dominant-baseline="central" aria-hidden="true">{ row.total }</text>
        </g>
    }
}

fn segment(row: &BarRowView, seg: &SegmentView, i: usize, marks: &Marks) -> Html {
    let group = row.group.clone();
    let open = marks.on_open.reform(move |_: ()| group.clone());
    let MarkEvents {
        onmouseenter,
        onmouseleave,
        onfocus,
        onblur,
        onclick,
        onkeydown,
    } = mark_events(marks.cx, i, seg.tip.clone(), open);
    let (x, y, w, h) = (num(seg.x), num(row.y), num(seg.width), num(row.bar_height));
    html! {
        // Keyed by status: hiding one in the legend removes its segment
        // rather than rewriting every segment after it.
        <g class={classes!("rb-seg", status_class(seg.status))} key={status_class(seg.status)}>
            <rect class="rb-mark" x={x.clone()} y={y.clone()} width={w.clone()} height={h.clone()}
                tabindex={if i == marks.current { "0" } else { "-1" }} role="button" aria-label={seg.aria.clone()}
                {onmouseenter} {onmouseleave} {onfocus} {onblur} {onclick} {onkeydown} />
            if let Some(p) = pattern_id(marks.prefix, seg.status) {
                <rect class="rb-hatch" {x} {y} width={w} height={h} fill={format!("url(#{p})")} pointer-events="none" aria-hidden="true" />
            }
            if seg.label_fits {
                <text class="rb-seg-label" x={num(seg.x + seg.width / 2.0)}
                    y={num(row.y + row.bar_height / 2.0)} text-anchor="middle"
                    dominant-baseline="central" aria-hidden="true">{ seg.value }</text>
            }
        </g>
    }
}
