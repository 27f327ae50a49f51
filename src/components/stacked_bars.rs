use rectify_core::chart::{truncate_to_width, StackedBars};
use rectify_core::locale::{describe_counts, percent, status_label, Lang};
use rectify_core::stats::Group;
use yew::prelude::*;

use crate::components::{status_class, SvgTooltip};
use crate::hooks::use_width;
use crate::i18n::{t, T};
use crate::state::{Action, Tip, ViewState};

#[derive(Properties, PartialEq)]
pub struct StackedBarsProps {
    pub lang: Lang,
    pub groups: Vec<Group>,
    pub view: ViewState,
    pub dispatch: Callback<Action>,
    pub uid: AttrValue,
}

const CAPTION_FONT: f64 = 14.0;

/// Stacked bars of problem status per focus area. Each segment is focusable
/// (tooltip on focus or hover); Enter or a click opens the area.
#[function_component(StackedBarsChart)]
pub fn stacked_bars_chart(props: &StackedBarsProps) -> Html {
    let lang = props.lang;
    let container = use_node_ref();
    // Lay out in CSS pixels: text keeps its size on any screen.
    let width = use_width(container.clone(), 360.0).max(200.0);
    let visible = props.view.visible_statuses();
    let bars = StackedBars::new(&props.groups, width, visible.as_deref());
    let title_id = format!("{}-bars-title", props.uid);
    let desc_id = format!("{}-bars-desc", props.uid);
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
    let rows = bars.rows.iter().map(|row| {
        let caption = truncate_to_width(&format!("{}{}", row.label, row.title), width - 8.0, CAPTION_FONT);
        let segments = row.segments.iter().map(|seg| {
            let label = status_label(seg.status, lang);
            let share = if row.total > 0 { seg.value as f64 / row.total as f64 } else { 0.0 };
            let mark = format!("bar:{}:{}", row.group_id, seg.status.map(|s| s.key()).unwrap_or("unknown"));
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
            let d = props.dispatch.clone();
            let show = Callback::from(move |_: ()| d.emit(Action::ShowTip(tip.clone())));
            let d = props.dispatch.clone();
            let hide = Callback::from(move |_: ()| d.emit(Action::HideTip));
            let d = props.dispatch.clone();
            let id = row.group_id.clone();
            let open = Callback::from(move |_: MouseEvent| d.emit(Action::OpenArea(id.clone())));
            let d = props.dispatch.clone();
            let id = row.group_id.clone();
            let onkeydown = Callback::from(move |e: KeyboardEvent| {
                if e.key() == "Enter" || e.key() == " " {
                    e.prevent_default();
                    d.emit(Action::OpenArea(id.clone()));
                }
            });
            html! {
                <g class={classes!("rb-seg", status_class(seg.status))}>
                    <rect class="rb-mark" x={format!("{:.2}", seg.x)} y={format!("{:.2}", row.y)}
                        width={format!("{:.2}", seg.width)} height={format!("{:.2}", row.bar_height)}
                        tabindex="0" role="button" aria-label={aria}
                        onmouseenter={show.reform(|_: MouseEvent| ())} onmouseleave={hide.reform(|_: MouseEvent| ())}
                        onfocus={show.reform(|_: FocusEvent| ())} onblur={hide.reform(|_: FocusEvent| ())}
                        onclick={open} {onkeydown} />
                    if seg.label_fits {
                        <text class="rb-seg-label" x={format!("{:.2}", seg.x + seg.width / 2.0)}
                            y={format!("{:.2}", row.y + row.bar_height / 2.0)} text-anchor="middle"
                            dominant-baseline="central" aria-hidden="true">{ seg.value }</text>
                    }
                </g>
            }
        });
        html! {
            <g class="rb-bar-row">
                <text class="rb-bar-caption" x="0" y={format!("{:.2}", row.caption_y)} font-size={CAPTION_FONT.to_string()} aria-hidden="true">{ caption }</text>
                { for segments }
                <text class="rb-bar-total" x={format!("{:.2}", row.total_x)} y={format!("{:.2}", row.y + row.bar_height / 2.0)}
                    dominant-baseline="central" aria-hidden="true">{ row.total }</text>
            </g>
        }
    });
    let tip = props
        .view
        .tip
        .as_ref()
        .filter(|t| t.chart == "bars")
        .cloned();
    html! {
        <figure class="rb-chart rb-bars">
            <figcaption class="rb-chart-title" id={title_id.clone()}>{ t(lang, T::BarsTitle) }</figcaption>
            <div class="rb-canvas" ref={container}>
            <svg viewBox={format!("0 0 {width:.0} {:.0}", bars.height)} width={format!("{width:.0}")} height={format!("{:.0}", bars.height)} role="group" class="rb-svg"
                aria-labelledby={title_id} aria-describedby={desc_id.clone()}>
                <desc id={desc_id}>{ desc }</desc>
                { for rows }
                if let Some(tip) = tip {
                    <SvgTooltip {tip} {width} height={bars.height} />
                }
            </svg>
            </div>
        </figure>
    }
}
