use std::rc::Rc;

use rectify_core::chart::num;
use rectify_core::locale::Lang;
use rectify_core::stats::{Group, GroupId};
use rectify_core::view::{
    bars_view, status_key, BarRowView, BarsView, ChartId, SegmentView, StatusFilter, CAPTION_FONT,
    CAPTION_LINE,
};
use yew::prelude::*;

use crate::components::{
    chart_extras, mark_events, pattern_defs, pattern_id, svg_labels, svg_tooltip, ChartCommon,
    Extras, MarkContext, MarkEvents,
};
use crate::hooks::use_layout;

/// The bars' state, kept by the board: the measured width and font size of
/// their box, the view model laid out for it (remade only when the areas,
/// the width, the filter or the language change), the roving tab stop and
/// the `<svg>`. The chart itself is a plain function: a Yew component costs
/// ~0.75 KB gzip of lifecycle code.
pub struct BarsState {
    container: NodeRef,
    svg: NodeRef,
    active: UseStateHandle<usize>,
    /// CSS pixels.
    width: f64,
    /// The font's size over 16 px: the viewBox is the width divided by it.
    scale: f64,
    model: Rc<BarsView>,
}

/// Lays out in CSS pixels, with text that follows the font size (portal
/// zoom, large-text tools, elderly mode).
#[hook]
pub fn use_bars(groups: &[Group], filter: &StatusFilter, lang: Lang, elderly: bool) -> BarsState {
    let container = use_node_ref();
    let svg = use_node_ref();
    let active = use_state(|| 0usize);
    let (width, em) = use_layout(container.clone(), 360.0, elderly);
    let scale = (em / 16.0).clamp(0.75, 4.0);
    let width = width.max(200.0);
    let model = use_memo(
        (groups.to_vec(), width / scale, filter.clone(), lang),
        |(groups, w, filter, lang)| bars_view(groups, *w, filter, *lang),
    );
    BarsState {
        container,
        svg,
        active,
        width,
        scale,
        model,
    }
}

/// Stacked bars of problem status per focus area. One segment is in the tab
/// order (roving tabindex); arrow keys move between segments (←→ along the
/// marks, ↑↓ between areas); Enter or a click (`on_open`) opens the area.
pub fn stacked_bars_chart(
    state: &BarsState,
    common: &ChartCommon,
    on_open: &Callback<GroupId>,
) -> Html {
    let BarsState {
        container,
        svg: svg_ref,
        active,
        width,
        scale,
        model,
    } = state;
    let (width, scale) = (*width, *scale);
    let vb_width = width / scale;
    let layout: Rc<[usize]> = model.rows.iter().map(|r| r.segments.len()).collect();
    let total_marks: usize = layout.iter().sum();
    let current = (**active).min(total_marks.saturating_sub(1));
    let (title_id, desc_id, prefix) = common.ids(ChartId::Bars);
    let cx = MarkContext {
        on_tip: &common.on_tip,
        active,
        svg: svg_ref,
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
                on_open,
            };
            first += row.segments.len();
            bar_row(row, &marks)
        })
        .collect::<Html>();
    html! {
        <figure class="rb-chart rb-bars">
            <figcaption class="rb-chart-title">{ model.text.title }</figcaption>
            <div class="rb-canvas" ref={container.clone()}>
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
            { chart_extras(Extras { common, chart: ChartId::Bars, text: &model.text, svg: svg_ref }) }
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
        <g class="rb-seg" data-status={status_key(seg.status)} key={status_key(seg.status)}>
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
