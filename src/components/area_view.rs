use std::rc::Rc;

use rectify_core::locale::{Lang, Msg};
use rectify_core::model::NodeId;
use rectify_core::view::{DrillListing, ProblemRow};
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
    // the page in the next.
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
                { for l.rows[..drawn].iter().map(|row| problem_item(row, props)) }
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

fn problem_item(row: &ProblemRow, props: &AreaViewProps) -> Html {
    let open = props.open.as_ref() == Some(&row.id);
    let id = row.id.clone();
    let onclick = props
        .on_toggle_problem
        .reform(move |_: MouseEvent| id.clone());
    let detail_id = format!("rb-detail-{}", row.id.as_str());
    let node = open.then(|| props.loaded.report.node(&row.id)).flatten();
    let focus = if open {
        props.focus.clone()
    } else {
        NodeRef::default()
    };
    html! {
        <li class={classes!("rb-problem", open.then_some("rb-open"))} key={row.id.as_str()}>
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
