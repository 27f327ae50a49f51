use rectify_core::chart::num;
use rectify_core::locale::{percent, Lang};
use rectify_core::stats::{compare_stated, StatedField};
use std::rc::Rc;
use yew::prelude::*;

use crate::hooks::Loaded;
use crate::i18n::{t, T};

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
    let lang = props.lang;
    let report = &props.loaded.report;
    let rows = compare_stated(report, &props.loaded.summary);
    let Some(totals) = &report.stated_totals else {
        return Html::default();
    };
    if rows.is_empty() {
        return Html::default();
    }
    let show = |field: StatedField, v: f64| {
        if field == StatedField::CompletionRate {
            percent(v)
        } else {
            num(v)
        }
    };
    let any_mismatch = rows.iter().any(|r| !r.matches);
    html! {
        <section class={classes!("rb-stated", any_mismatch.then_some("rb-stated-mismatch"))}
            role={if any_mismatch { "alert" } else { "note" }} aria-label={t(lang, T::StatedTitle)}>
            <p class="rb-stated-title">{ t(lang, T::StatedTitle) }</p>
            <blockquote class="rb-stated-text">{ totals.text.clone() }</blockquote>
            <ul class="rb-stated-rows">
                { for rows.iter().map(|r| html! {
                    <li class={classes!("rb-stated-row", (!r.matches).then_some("rb-mismatch"))}>
                        <span class="rb-stated-field">{ r.field.label(lang) }</span>
                        { format!("：{} {} · {} {} — ", t(lang, T::StatedSays), show(r.field, r.stated),
                            t(lang, T::StatedCounted), show(r.field, r.counted)) }
                        <strong>{ if r.matches { format!("✓ {}", t(lang, T::StatedAgrees)) } else { format!("⚠ {}", t(lang, T::StatedMismatch)) } }</strong>
                    </li>
                }) }
            </ul>
        </section>
    }
}
