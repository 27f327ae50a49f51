use rectify_core::chart::{donut_table, num, Donut};
use rectify_core::locale::{describe_counts, percent, status_label, Lang};
use rectify_core::stats::StatusCounts;
use std::rc::Rc;

use yew::prelude::*;

use crate::components::{
    chart_extras, mark_events, pattern_defs, pattern_id, status_class, Extras, MarkEvents,
    SvgTooltip,
};
use crate::i18n::{t, T};
use crate::state::{Action, Tip, ViewState};

#[derive(Properties, PartialEq)]
pub struct DonutChartProps {
    pub lang: Lang,
    pub counts: StatusCounts,
    pub view: ViewState,
    pub dispatch: Callback<Action>,
    /// Unique per widget on the page, for aria ids.
    pub uid: AttrValue,
    pub elderly: bool,
}

const SIZE: f64 = 220.0;

/// The completion donut. One arc is in the tab order (roving tabindex);
/// arrow keys move between arcs, focus or hover shows the value (also
/// announced in the live region), Enter or a click lists every problem with
/// that status.
#[function_component(DonutChart)]
pub fn donut_chart(props: &DonutChartProps) -> Html {
    let lang = props.lang;
    let donut = Donut::new(&props.counts, SIZE);
    let svg_ref = use_node_ref();
    let active = use_state(|| 0usize);
    let n = donut.arcs.len();
    let current = (*active).min(n.saturating_sub(1));
    let layout: Rc<[usize]> = Rc::from([n]);
    let title_id = format!("{}-donut-title", props.uid);
    let desc_id = format!("{}-donut-desc", props.uid);
    let prefix = format!("{}-donut", props.uid);
    let rate = props
        .counts
        .completion_rate()
        .map(percent)
        .unwrap_or_else(|| "—".into());
    let arcs = donut.arcs.iter().enumerate().map(|(i, arc)| {
        let label = status_label(arc.status, lang);
        let key = arc.status;
        let mark = format!("donut:{}", arc.status.map(|s| s.key()).unwrap_or("unknown"));
        let value = format!("{}{} · {}", arc.value, t(lang, T::Unit), percent(arc.share));
        let lines = vec![label.to_string(), value];
        let aria = format!("{label} {}{}，{}", arc.value, t(lang, T::Unit), percent(arc.share));
        let tip = Tip { mark, lines, x: arc.label_x, y: arc.label_y, chart: "donut" };
        let MarkEvents { onmouseenter, onmouseleave, onfocus, onblur, onclick, onkeydown } =
            mark_events(&props.dispatch, tip, &active, i, Action::DrillStatus(key), &svg_ref, layout.clone());
        let dimmed = !props.view.is_shown(key);
        html! {
            <g class={classes!("rb-arc", status_class(arc.status), dimmed.then_some("rb-dimmed"))}>
                <path class="rb-mark" d={arc.path.clone()} tabindex={if i == current { "0" } else { "-1" }} role="button"
                    aria-label={aria}
                    {onmouseenter} {onmouseleave} {onfocus} {onblur} {onclick} {onkeydown} />
                if let Some(p) = pattern_id(&prefix, arc.status) {
                    <path class="rb-hatch" d={arc.path.clone()} fill={format!("url(#{p})")} pointer-events="none" aria-hidden="true" />
                }
                if arc.share >= 0.06 {
                    <text class="rb-arc-label" x={num(arc.label_x)} y={num(arc.label_y)}
                        text-anchor="middle" dominant-baseline="central" aria-hidden="true">{ arc.value }</text>
                }
            </g>
        }
    });
    let tip = props.view.tip_for("donut", props.elderly);
    let view = props.view.clone();
    let table = donut_table(&props.counts, &|s| view.is_shown(s), lang);
    let sentence = describe_counts(&props.counts, lang);
    html! {
        <figure class="rb-chart rb-donut">
            <figcaption class="rb-chart-title" id={format!("{title_id}-cap")}>{ t(lang, T::DonutTitle) }</figcaption>
            <div class="rb-canvas">
            <svg ref={svg_ref.clone()} viewBox={format!("0 0 {SIZE} {SIZE}")} role="group"
                aria-labelledby={title_id.clone()} aria-describedby={desc_id.clone()} class="rb-svg">
                <title id={title_id}>{ t(lang, T::DonutTitle) }</title>
                <desc id={desc_id}>{ format!("{sentence} {}", t(lang, T::ChartKeys)) }</desc>
                { pattern_defs(&prefix) }
                <circle class="rb-donut-track" cx={num(donut.cx)} cy={num(donut.cy)}
                    r={num((donut.r_outer + donut.r_inner) / 2.0)}
                    stroke-width={num(donut.r_outer - donut.r_inner)} fill="none" aria-hidden="true" />
                { for arcs }
                <text class="rb-donut-rate" x={num(donut.cx)} y={num(donut.cy - 4.0)}
                    text-anchor="middle" aria-hidden="true">{ rate }</text>
                <text class="rb-donut-caption" x={num(donut.cx)} y={num(donut.cy + 20.0)}
                    text-anchor="middle" aria-hidden="true">{ t(lang, T::CompletionRate) }</text>
                if let Some(tip) = tip {
                    <SvgTooltip {tip} width={SIZE} height={SIZE} />
                }
            </svg>
            </div>
            { chart_extras(Extras { lang, chart: "donut", title: t(lang, T::DonutTitle), table: &table, svg: &svg_ref,
                id: format!("{}-donut-table", props.uid), open: props.elderly != props.view.toggled_tables.contains(&"donut"), dispatch: &props.dispatch }) }
        </figure>
    }
}
