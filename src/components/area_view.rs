use std::rc::Rc;

use rectify_core::locale::{Lang, Msg};
use rectify_core::model::NodeId;
use rectify_core::view::{DrillListing, ProblemRow, FIRST_ROWS};
use yew::prelude::*;

use crate::components::{copy_link, deadline_badge, status_badge, ProblemDetail};
use crate::hooks::{use_drawn_rows, Loaded};
use crate::state::Copied;

#[derive(Properties, PartialEq)]
pub struct AreaViewProps {
    pub lang: Lang,
    pub listing: Rc<DrillListing>,
    /// The report, to show the open problem's full text.
    pub loaded: Rc<Loaded>,
    pub open: Option<NodeId>,
    /// The area's node, when the listing is one (for its link).
    pub area_id: Option<NodeId>,
    /// Given to the open problem's button, else to the heading: where focus
    /// goes when a link opens this view.
    pub focus: NodeRef,
    pub copied: Option<Copied>,
    /// `None`: links are off, no 复制链接 button.
    pub on_copy: Option<Callback<NodeId>>,
    pub on_back: Callback<()>,
    pub on_more: Callback<()>,
    pub on_toggle_problem: Callback<NodeId>,
}

/// Drill-down level 2 and 3: the problems of an area (or with a status),
/// filtered by the legend, each opening to its measures and full text.
#[function_component(AreaView)]
pub fn area_view(props: &AreaViewProps) -> Html {
    let lang = props.lang;
    let l = &props.listing;
    let more = props.on_more.reform(|_: MouseEvent| ());
    let open_listed = l.rows.iter().any(|r| props.open.as_ref() == Some(&r.id));
    // The first screenful in the frame that opens the listing, the rest of
    // the page a chunk a frame after it.
    let drawn = use_drawn_rows(l.first_drawn(props.open.as_ref()), l.rows.len());
    let heading_ref = if open_listed {
        NodeRef::default()
    } else {
        props.focus.clone()
    };
    html! {
        <section class="rb-area" aria-label={l.heading.clone()}>
            { back_nav(lang, &props.on_back) }
            <h3 class="rb-area-title" tabindex="-1" ref={heading_ref}>{ l.heading.clone() }</h3>
            if let Some(id) = &props.area_id {
                { for props.on_copy.as_ref().map(|c| copy_link(lang, id, props.copied.as_ref(), c)) }
            }
            <p class="rb-area-summary">{ l.summary.clone() }</p>
            if let Some(empty) = l.empty {
                <p class="rb-empty">{ empty }</p>
            }
            <ol class="rb-problems">
                { chunks(l, drawn, props) }
            </ol>
            if let Some(shown) = &l.more {
                <p class="rb-more">
                    <span>{ shown.clone() }</span>
                    <button type="button" class="rb-more-button" onclick={more}>{ Msg::ShowMore.text(lang) }</button>
                </p>
            }
        </section>
    }
}

/// Instead of a listing, when the drilled group is not in the data any more
/// (the page changed `data-src`): say so, with the way back.
pub fn missing_group(lang: Lang, on_back: &Callback<()>) -> Html {
    html! {
        <section class="rb-area" aria-label={Msg::ProblemsIn.text(lang)}>
            { back_nav(lang, on_back) }
            <p class="rb-empty" role="status">{ Msg::GroupMissing.text(lang) }</p>
        </section>
    }
}

fn back_nav(lang: Lang, on_back: &Callback<()>) -> Html {
    let back = on_back.reform(|_: MouseEvent| ());
    html! {
        <nav class="rb-crumbs" aria-label={Msg::Back.text(lang)}>
            <button type="button" class="rb-back" onclick={back}>{ "← " }{ Msg::Back.text(lang) }</button>
        </nav>
    }
}

/// A chunk of the listing's rows (`rows[start..end]`): its own component, so
/// that drawing the next chunk leaves the chunks already drawn alone (their
/// props compare equal; Yew diffs no element of them). What only an open
/// row uses is `None` for a chunk without it.
#[derive(Properties, PartialEq)]
struct RowsProps {
    lang: Lang,
    listing: Rc<DrillListing>,
    start: usize,
    end: usize,
    /// The open problem, when it is in this chunk.
    open: Option<NodeId>,
    loaded: Rc<Loaded>,
    focus: Option<NodeRef>,
    copied: Option<Copied>,
    on_copy: Option<Callback<NodeId>>,
    on_toggle_problem: Callback<NodeId>,
}

/// The rows drawn, in chunks of [`FIRST_ROWS`] (the first chunk through the
/// open problem).
fn chunks(l: &Rc<DrillListing>, drawn: usize, props: &AreaViewProps) -> Html {
    let mut ends = vec![l.first_drawn(props.open.as_ref()).min(drawn)];
    while let Some(&last) = ends.last().filter(|&&e| e < drawn) {
        ends.push((last + FIRST_ROWS).min(drawn));
    }
    let mut start = 0;
    let mut html = Vec::with_capacity(ends.len());
    for end in ends.into_iter().filter(|&e| e > 0) {
        let rows = &l.rows[start..end];
        let open = props
            .open
            .clone()
            .filter(|id| rows.iter().any(|r| r.id == *id));
        let has_open = open.is_some();
        html.push(html! {
            <Rows key={start} lang={props.lang} listing={l.clone()} {start} {end} {open}
                loaded={props.loaded.clone()} focus={has_open.then(|| props.focus.clone())}
                copied={props.copied.clone().filter(|_| has_open)} on_copy={props.on_copy.clone().filter(|_| has_open)}
                on_toggle_problem={props.on_toggle_problem.clone()} />
        });
        start = end;
    }
    html.into_iter().collect()
}

#[function_component(Rows)]
fn rows(props: &RowsProps) -> Html {
    props.listing.rows[props.start..props.end]
        .iter()
        .map(|row| problem_item(row, props))
        .collect()
}

fn problem_item(row: &ProblemRow, props: &RowsProps) -> Html {
    let open = props.open.as_ref() == Some(&row.id);
    let id = row.id.clone();
    let onclick = props
        .on_toggle_problem
        .reform(move |_: MouseEvent| id.clone());
    let detail_id = format!("rb-detail-{}", row.id.as_str());
    let node = open.then(|| props.loaded.report.node(&row.id)).flatten();
    let focus = props.focus.clone().filter(|_| open).unwrap_or_default();
    html! {
        <li class="rb-problem" data-open={open.then_some("")} key={row.id.as_str()}>
            <button type="button" ref={focus} class="rb-problem-button" aria-expanded={open.to_string()}
                aria-controls={detail_id.clone()} {onclick}>
                <span class="rb-problem-label">{ row.label.clone() }</span>
                <span class="rb-problem-title">{ row.title.clone() }</span>
                <span class="rb-problem-meta">
                    { status_badge(row.status, props.lang) }
                    { for row.deadline.as_ref().map(deadline_badge) }
                    if let Some(measures) = &row.measures {
                        <span class="rb-count">{ measures.clone() }</span>
                    }
                </span>
            </button>
            if let Some(node) = node {
                <div id={detail_id}>
                    { for props.on_copy.as_ref().map(|c| copy_link(props.lang, &row.id, props.copied.as_ref(), c)) }
                    <ProblemDetail lang={props.lang} problem={node.clone()}
                        as_of={props.loaded.report.meta.as_of.clone().map(AttrValue::from)} />
                </div>
            }
        </li>
    }
}
