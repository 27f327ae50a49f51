//! One problem of the review table: its status with the evidence, and
//! inputs for status (a changed status needs a reason before it counts; a
//! reason alone confirms the shown status as the editor's),
//! owners, deadline and completion date. Changes are committed on `change`
//! (leaving the field or pressing Enter).

use rectify_core::locale::{status_label, Lang};
use rectify_core::model::{Status, StatusBasis};
use rectify_core::review::{Change, ProblemRow, ReviewMsg};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::checks::row_anchor;

#[derive(Properties, PartialEq)]
pub struct RowProps {
    pub row: ProblemRow,
    pub lang: Lang,
    pub on_change: Callback<Change>,
}

fn basis_msg(basis: Option<StatusBasis>) -> ReviewMsg {
    match basis {
        Some(StatusBasis::Stated) => ReviewMsg::BasisStated,
        Some(StatusBasis::Inferred) => ReviewMsg::BasisInferred,
        Some(StatusBasis::Editor) => ReviewMsg::BasisEditor,
        None => ReviewMsg::BasisNone,
    }
}

#[function_component(ProblemRowView)]
pub fn problem_row(props: &RowProps) -> Html {
    let RowProps {
        row,
        lang,
        on_change,
    } = props;
    let lang = *lang;
    // A status chosen but not yet given a reason.
    let pending = use_state(|| None::<Status>);
    let id = row.id.clone();
    let name = if row.label.is_empty() {
        row.title.chars().take(12).collect()
    } else {
        row.label.clone()
    };
    let field = |m: ReviewMsg| format!("{} {}", m.text(lang), name);

    let on_status = {
        let (pending, on_change, id) = (pending.clone(), on_change.clone(), id.clone());
        let reason = row.reason.clone().unwrap_or_default();
        let current = row.status;
        let editor = row.basis == Some(StatusBasis::Editor);
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let Some(status) = Status::from_key(&select.value()) else {
                return;
            };
            if Some(status) == current && !editor {
                pending.set(None);
            } else if editor && !reason.is_empty() {
                on_change.emit(Change::Status {
                    id: id.clone(),
                    status,
                    reason: reason.clone(),
                });
            } else {
                pending.set(Some(status));
            }
        })
    };
    // A reason given sets the chosen status, or confirms the shown one, as
    // the editor's.
    let on_reason = {
        let (pending, on_change, id) = (pending.clone(), on_change.clone(), id.clone());
        let current = row.status;
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let reason = input.value();
            if reason.trim().is_empty() {
                return;
            }
            if let Some(status) = (*pending).or(current) {
                pending.set(None);
                on_change.emit(Change::Status {
                    id: id.clone(),
                    status,
                    reason,
                });
            }
        })
    };
    let text_change = |make: fn(String, String) -> Change| {
        let (on_change, id) = (on_change.clone(), id.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_change.emit(make(id.clone(), input.value()));
        })
    };
    let shown = (*pending).or(row.status);
    let needs_reason = pending.is_some();
    let reason_id = format!("imp-reason-{}", row.id);
    let reason_err = format!("imp-reason-err-{}", row.id);
    html! {
        <tr id={row_anchor(&row.id)} tabindex="-1"
            class={classes!(needs_reason.then_some("imp-row-pending"))}>
            <th scope="row"><bdi>{ row.label.clone() }</bdi></th>
            <td class="imp-title"><bdi>{ row.title.clone() }</bdi></td>
            <td>
                <select class="imp-status" aria-label={field(ReviewMsg::ColStatus)} onchange={on_status}>
                    { for Status::ALL.iter().map(|s| html! {
                        <option value={s.key()} selected={Some(*s) == shown}>{ status_label(Some(*s), lang) }</option>
                    }) }
                </select>
                <input type="text" id={reason_id} class="imp-reason"
                    aria-label={field(ReviewMsg::ColReason)}
                    placeholder={ReviewMsg::ColReason.text(lang)}
                    value={row.reason.clone().unwrap_or_default()}
                    aria-invalid={needs_reason.then_some("true")}
                    aria-describedby={needs_reason.then(|| reason_err.clone())}
                    onchange={on_reason} />
                if needs_reason {
                    <p class="imp-field-error" id={reason_err} role="alert">{ ReviewMsg::ReasonNeeded.text(lang) }</p>
                }
            </td>
            <td class="imp-evidence">{ evidence(row, lang) }</td>
            <td>
                <input type="text" class="imp-owners" aria-label={field(ReviewMsg::ColOwners)}
                    title={ReviewMsg::OwnersHint.text(lang)}
                    value={row.owners.join("、")}
                    onchange={text_change(|id, text| Change::Owners { id, text })} />
            </td>
            <td>
                <input type="text" class="imp-deadline" aria-label={field(ReviewMsg::ColDeadline)}
                    value={row.deadline.clone().unwrap_or_default()}
                    onchange={text_change(|id, value| Change::Deadline { id, value })} />
            </td>
            <td>
                <input type="date" class="imp-completed" aria-label={field(ReviewMsg::ColCompleted)}
                    value={row.completed_on.clone().unwrap_or_default()}
                    onchange={text_change(|id, value| Change::CompletedOn { id, value })} />
            </td>
        </tr>
    }
}

/// The basis in words, and the phrase in its text (or the editor's reason).
fn evidence(row: &ProblemRow, lang: Lang) -> Html {
    let basis = basis_msg(row.basis).text(lang);
    html! {
        <>
            <span class={classes!("imp-basis", basis_class(row.basis))}>{ basis }</span>
            if let Some(h) = &row.highlight {
                <q class="imp-phrase"><bdi>{ h.before.clone() }<mark>{ h.phrase.clone() }</mark>{ h.after.clone() }</bdi></q>
            }
        </>
    }
}

fn basis_class(basis: Option<StatusBasis>) -> &'static str {
    match basis {
        Some(StatusBasis::Stated) => "imp-basis-stated",
        Some(StatusBasis::Inferred) => "imp-basis-inferred",
        Some(StatusBasis::Editor) => "imp-basis-editor",
        None => "imp-basis-none",
    }
}
