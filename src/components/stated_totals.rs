use rectify_core::view::StatedView;
use yew::prelude::*;

/// Totals the report states in words (`共反馈问题25个，已完成整改19个…`)
/// beside what the widget lists from its nodes; a difference is worded
/// neutrally for the public (no alert: a notice may detail only typical
/// problems), in words, not only in colour.
pub fn stated_totals(v: &StatedView) -> Html {
    html! {
        <section class="rb-stated" data-mismatch={v.mismatch.then_some("")}
            role="note" aria-label={v.title}>
            <p class="rb-stated-title">{ v.title }</p>
            <blockquote class="rb-stated-text">{ v.text.clone() }</blockquote>
            <ul class="rb-stated-rows">
                { for v.rows.iter().map(|r| html! {
                    <li class="rb-stated-row" data-mismatch={(!r.matches).then_some("")}>
                        <span class="rb-stated-field">{ r.label }</span>
                        { r.values.clone() }
                        <strong>{ r.verdict.clone() }</strong>
                    </li>
                }) }
            </ul>
        </section>
    }
}
