//! The review step (issue 8): numbering levels, stated totals, consistency
//! checks and the problems table, with undo. Each part maps rectify-core's
//! review view models to elements; every change is a `review::Change`.

mod checks;
mod levels;
mod row;
mod table;
mod totals;

use rectify_core::locale::Lang;
use rectify_core::review::{checks as find_checks, problem_rows, Change, ReviewMsg};
use yew::prelude::*;

use super::session::Derived;
use table::ProblemTable;

/// Checks listed; the rows they link to are rendered even past the
/// table's page.
const PINNED: usize = 100;

pub fn review_section(
    derived: &Derived,
    lang: Lang,
    can_undo: bool,
    on_change: &Callback<Change>,
    on_undo: Callback<MouseEvent>,
) -> Html {
    let report = &derived.report;
    let rows = problem_rows(report);
    let findings = find_checks(report);
    let pinned: Vec<String> = findings
        .iter()
        .take(PINNED)
        .filter_map(|f| f.id.clone())
        .collect();
    html! {
        <section class="imp-review" aria-labelledby="imp-review-title">
            <div class="imp-review-head">
                <h2 id="imp-review-title">{ ReviewMsg::ReviewTitle.text(lang) }</h2>
                <button type="button" class="imp-button imp-undo" disabled={!can_undo} onclick={on_undo}>
                    { ReviewMsg::Undo.text(lang) }
                </button>
            </div>
            { levels::levels_view(&derived.levels, lang, on_change) }
            { totals::totals_view(&derived.candidates, report.stated_totals.as_ref(), lang, on_change) }
            { checks::checks_view(&findings, PINNED, lang) }
            <ProblemTable {rows} {pinned} {lang} on_change={on_change.clone()} />
        </section>
    }
}
