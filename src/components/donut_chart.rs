use rectify_core::chart::Donut;
use rectify_core::locale::{describe_counts, percent, status_label, Lang};
use rectify_core::stats::StatusCounts;
use yew::prelude::*;

use crate::components::{status_class, SvgTooltip};
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
}

const SIZE: f64 = 220.0;

/// The completion donut. Each arc is focusable: focus or hover shows its
/// tooltip; Enter or a click shows only that status.
#[function_component(DonutChart)]
pub fn donut_chart(props: &DonutChartProps) -> Html {
    let lang = props.lang;
    let donut = Donut::new(&props.counts, SIZE);
    let title_id = format!("{}-donut-title", props.uid);
    let desc_id = format!("{}-donut-desc", props.uid);
    let rate = props
        .counts
        .completion_rate()
        .map(percent)
        .unwrap_or_else(|| "—".into());
    let arcs = donut.arcs.iter().map(|arc| {
        let label = status_label(arc.status, lang);
        let key = arc.status;
        let mark = format!("donut:{}", arc.status.map(|s| s.key()).unwrap_or("unknown"));
        let lines = vec![label.to_string(), format!("{}{} · {}", arc.value, t(lang, T::Unit), percent(arc.share))];
        let aria = format!("{label} {}{}，{}", arc.value, t(lang, T::Unit), percent(arc.share));
        let tip = Tip { mark: mark.clone(), lines, x: arc.label_x, y: arc.label_y, chart: "donut" };
        let show = {
            let d = props.dispatch.clone();
            let tip = tip.clone();
            Callback::from(move |_| d.emit(Action::ShowTip(tip.clone())))
        };
        let hide = {
            let d = props.dispatch.clone();
            Callback::from(move |_| d.emit(Action::HideTip))
        };
        let isolate = {
            let d = props.dispatch.clone();
            Callback::from(move |_: MouseEvent| d.emit(Action::Isolate(key)))
        };
        let onkeydown = {
            let d = props.dispatch.clone();
            Callback::from(move |e: KeyboardEvent| {
                if e.key() == "Enter" || e.key() == " " {
                    e.prevent_default();
                    d.emit(Action::Isolate(key));
                }
            })
        };
        let dimmed = !props.view.is_shown(key);
        html! {
            <g class={classes!("rb-arc", status_class(arc.status), dimmed.then_some("rb-dimmed"))}>
                <path class="rb-mark" d={arc.path.clone()} tabindex="0" role="button"
                    aria-label={aria} aria-pressed={(!dimmed && !props.view.hidden.is_empty()).to_string()}
                    onmouseenter={show.reform(|_: MouseEvent| ())} onmouseleave={hide.reform(|_: MouseEvent| ())}
                    onfocus={show.reform(|_: FocusEvent| ())} onblur={hide.reform(|_: FocusEvent| ())}
                    onclick={isolate} {onkeydown} />
                if arc.share >= 0.06 {
                    <text class="rb-arc-label" x={format!("{:.1}", arc.label_x)} y={format!("{:.1}", arc.label_y)}
                        text-anchor="middle" dominant-baseline="central" aria-hidden="true">{ arc.value }</text>
                }
            </g>
        }
    });
    let tip = props
        .view
        .tip
        .as_ref()
        .filter(|t| t.chart == "donut")
        .cloned();
    html! {
        <figure class="rb-chart rb-donut">
            <figcaption class="rb-chart-title" id={title_id.clone()}>{ t(lang, T::DonutTitle) }</figcaption>
            <svg viewBox={format!("0 0 {SIZE} {SIZE}")} role="group"
                aria-labelledby={title_id} aria-describedby={desc_id.clone()} class="rb-svg">
                <desc id={desc_id}>{ describe_counts(&props.counts, lang) }</desc>
                <circle class="rb-donut-track" cx={donut.cx.to_string()} cy={donut.cy.to_string()}
                    r={((donut.r_outer + donut.r_inner) / 2.0).to_string()}
                    stroke-width={(donut.r_outer - donut.r_inner).to_string()} fill="none" aria-hidden="true" />
                { for arcs }
                <text class="rb-donut-rate" x={donut.cx.to_string()} y={(donut.cy - 4.0).to_string()}
                    text-anchor="middle" aria-hidden="true">{ rate }</text>
                <text class="rb-donut-caption" x={donut.cx.to_string()} y={(donut.cy + 20.0).to_string()}
                    text-anchor="middle" aria-hidden="true">{ t(lang, T::CompletionRate) }</text>
                if let Some(tip) = tip {
                    <SvgTooltip {tip} width={SIZE} height={SIZE} />
                }
            </svg>
        </figure>
    }
}
