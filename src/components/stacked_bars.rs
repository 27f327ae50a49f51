use std::rc::Rc;

use rectify_core::chart::{bars_table, num, truncate_to_width, StackedBars};
use rectify_core::locale::{describe_counts, percent, status_label, Lang};
use rectify_core::stats::Group;
use yew::prelude::*;

use crate::components::{
    chart_extras, mark_events, pattern_defs, pattern_id, status_class, Extras, MarkEvents,
    SvgTooltip,
};
use crate::hooks::use_layout;
use crate::i18n::{t, T};
use crate::state::{Action, Tip, ViewState};

#[derive(Properties, PartialEq)]
pub struct StackedBarsProps {
    pub lang: Lang,
    pub groups: Vec<Group>,
    pub view: ViewState,
    pub dispatch: Callback<Action>,
    pub uid: AttrValue,
    pub elderly: bool,
}

const CAPTION_FONT: f64 = 14.0;

/// Stacked bars of problem status per focus area. One segment is in the tab
/// order (roving tabindex); arrow keys move between segments (←→ along the
/// marks, ↑↓ between areas); Enter or a click opens the area.
#[function_component(StackedBarsChart)]
pub fn stacked_bars_chart(props: &StackedBarsProps) -> Html {
    let lang = props.lang;
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
    let visible = props.view.visible_statuses();
    let bars = StackedBars::new(&props.groups, vb_width, visible.as_deref());
    let layout: Rc<[usize]> = bars.rows.iter().map(|r| r.segments.len()).collect();
    let total_marks: usize = layout.iter().sum();
    let current = (*active).min(total_marks.saturating_sub(1));
    let title_id = format!("{}-bars-title", props.uid);
    let desc_id = format!("{}-bars-desc", props.uid);
    let prefix = format!("{}-bars", props.uid);
    let desc: String = props
        .groups
        .iter()
        .map(|g| {
            format!(
                "{}{}：{}",
                g.label,
                g.title,
                describe_counts(&g.counts, lang)
            )
        })
        .collect::<Vec<_>>()
        .join(" ");
    let mut flat = 0usize;
    let rows = bars.rows.iter().map(|row| {
        let caption = truncate_to_width(&format!("{}{}", row.label, row.title), vb_width - 8.0, CAPTION_FONT);
        let segments = row.segments.iter().map(|seg| {
            let i = flat;
            flat += 1;
            let label = status_label(seg.status, lang);
            let share = if row.total > 0 { seg.value as f64 / row.total as f64 } else { 0.0 };
            let mark = format!("bar:{}:{}", row.group_id.key(), seg.status.map(|s| s.key()).unwrap_or("unknown"));
            let tip = Tip {
                mark,
                lines: vec![
                    format!("{}{}", row.label, row.title),
                    format!("{label} {}{} · {}", seg.value, t(lang, T::Unit), percent(share)),
                ],
                x: seg.x + seg.width / 2.0,
                y: row.y + row.bar_height,
                chart: "bars",
            };
            let aria = format!("{}{}：{label} {}{}，{}", row.label, row.title, seg.value, t(lang, T::Unit), percent(share));
            let MarkEvents { onmouseenter, onmouseleave, onfocus, onblur, onclick, onkeydown } = mark_events(
                &props.dispatch,
                tip,
                &active,
                i,
                Action::OpenArea(row.group_id.key().to_string()),
                &svg_ref,
                layout.clone(),
            );
            let (x, y, w, h) = (
                num(seg.x),
                num(row.y),
                num(seg.width),
                num(row.bar_height),
            );
            html! {
                <g class={classes!("rb-seg", status_class(seg.status))}>
                    <rect class="rb-mark" x={x.clone()} y={y.clone()} width={w.clone()} height={h.clone()}
                        tabindex={if i == current { "0" } else { "-1" }} role="button" aria-label={aria}
                        {onmouseenter} {onmouseleave} {onfocus} {onblur} {onclick} {onkeydown} />
                    if let Some(p) = pattern_id(&prefix, seg.status) {
                        <rect class="rb-hatch" {x} {y} width={w} height={h} fill={format!("url(#{p})")} pointer-events="none" aria-hidden="true" />
                    }
                    if seg.label_fits {
                        <text class="rb-seg-label" x={num(seg.x + seg.width / 2.0)}
                            y={num(row.y + row.bar_height / 2.0)} text-anchor="middle"
                            dominant-baseline="central" aria-hidden="true">{ seg.value }</text>
                    }
                </g>
            }
        }).collect::<Html>();
        html! {
            <g class="rb-bar-row">
                <text class="rb-bar-caption" x="0" y={num(row.caption_y)} font-size={num(CAPTION_FONT)} aria-hidden="true">{ caption }</text>
                { segments }
                <text class="rb-bar-total" x={num(row.total_x)} y={num(row.y + row.bar_height / 2.0)}
                    dominant-baseline="central" aria-hidden="true">{ row.total }</text>
            </g>
        }
    }).collect::<Html>();
    let tip = props.view.tip_for("bars", props.elderly);
    let view = props.view.clone();
    let table = bars_table(&props.groups, &|s| view.is_shown(s), lang, t(lang, T::Area));
    html! {
        <figure class="rb-chart rb-bars">
            <figcaption class="rb-chart-title">{ t(lang, T::BarsTitle) }</figcaption>
            <div class="rb-canvas" ref={container}>
            <svg ref={svg_ref.clone()} viewBox={format!("0 0 {} {}", num(vb_width), num(bars.height))} width={num(width)}
                height={num(bars.height * scale)} role="group" class="rb-svg"
                aria-labelledby={title_id.clone()} aria-describedby={desc_id.clone()}>
                <title id={title_id}>{ t(lang, T::BarsTitle) }</title>
                <desc id={desc_id}>{ format!("{desc} {}", t(lang, T::ChartKeys)) }</desc>
                { pattern_defs(&prefix) }
                { rows }
                if let Some(tip) = tip {
                    <SvgTooltip {tip} width={vb_width} height={bars.height} />
                }
            </svg>
            </div>
            { chart_extras(Extras { lang, chart: "bars", title: t(lang, T::BarsTitle), table: &table, svg: &svg_ref,
                id: format!("{}-bars-table", props.uid), open: props.elderly != props.view.toggled_tables.contains(&"bars"), dispatch: &props.dispatch }) }
        </figure>
    }
}
