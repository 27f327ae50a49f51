//! Choosing which summary sentence holds the report's stated totals, or
//! none.

use rectify_core::locale::Lang;
use rectify_core::model::StatedTotals;
use rectify_core::review::{Change, ReviewMsg, TotalsChoice};
use yew::prelude::*;

pub fn totals_view(
    candidates: &[StatedTotals],
    current: Option<&StatedTotals>,
    lang: Lang,
    on_change: &Callback<Change>,
) -> Html {
    let t = |m: ReviewMsg| m.text(lang);
    let chosen = current.and_then(|c| c.source_line);
    let radio = |choice: TotalsChoice, checked: bool, text: String, key: String| {
        let on_change = on_change.clone();
        let id = format!("imp-totals-{key}");
        html! {
            <li>
                <input type="radio" name="imp-totals" id={id.clone()} {checked}
                    onchange={Callback::from(move |_: Event| on_change.emit(Change::Totals(choice)))} />
                <label for={id}><bdi>{ text }</bdi></label>
            </li>
        }
    };
    html! {
        <fieldset class="imp-totals" id="imp-totals" tabindex="-1">
            <legend>{ t(ReviewMsg::TotalsTitle) }</legend>
            if candidates.is_empty() {
                <p>{ t(ReviewMsg::TotalsNoCandidates) }</p>
            }
            <ul>
                { for candidates.iter().filter_map(|c| {
                    let line = c.source_line?;
                    let text = ReviewMsg::TotalsCandidate.fill(lang, &[&line.to_string(), &c.text]);
                    Some(radio(TotalsChoice::Line(line), chosen == Some(line) && current.is_some(), text, line.to_string()))
                }) }
                { radio(TotalsChoice::None, current.is_none(), t(ReviewMsg::TotalsNone).to_string(), "none".into()) }
            </ul>
        </fieldset>
    }
}
