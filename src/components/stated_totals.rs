use std::rc::Rc;

use rectify_core::locale::Lang;
use rectify_core::view::stated_view;
use yew::prelude::*;

use crate::hooks::Loaded;

#[derive(Properties, PartialEq)]
pub struct StatedTotalsProps {
    pub lang: Lang,
    pub loaded: Rc<Loaded>,
}

/// Totals the report states in words (`共反馈问题25个，已完成整改19个…`)
/// beside what the widget counts from its nodes; a disagreement is flagged
/// in words, not only in colour. Nothing is shown when nothing is stated.
#[function_component(StatedTotals)]
pub fn stated_totals(props: &StatedTotalsProps) -> Html {
    let Some(v) = stated_view(&props.loaded.report, &props.loaded.summary, props.lang) else {
        return Html::default();
    };
    html! {
        <section class={classes!("rb-stated", v.mismatch.then_some("rb-stated-mismatch"))}
            role={if v.mismatch { "alert" } else { "note" }} aria-label={v.title}>
            <p class="rb-stated-title">{ v.title }</p>
            <blockquote class="rb-stated-text">{ v.text.clone() }</blockquote>
            <ul class="rb-stated-rows">
                { for v.rows.iter().map(|r| html! {
                    <li class={classes!("rb-stated-row", (!r.matches).then_some("rb-mismatch"))}>
                        <span class="rb-stated-field">{ r.label }</span>
                        { r.values.clone() }
                        <strong>{ r.verdict.clone() }</strong>
                    </li>
                }) }
            </ul>
        </section>
    }
}
