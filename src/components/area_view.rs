use rectify_core::locale::{describe_counts, status_label, Lang};
use rectify_core::model::{Node, NodeKind};
use rectify_core::stats::{effective_status, listing, GroupId, Listing};
use std::rc::Rc;

use yew::prelude::*;

use crate::components::{ProblemDetail, StatusBadge};
use crate::hooks::Loaded;
use crate::i18n::{t, T};
use crate::state::{Action, ViewState, ALL_PROBLEMS};

#[derive(Properties, PartialEq)]
pub struct AreaViewProps {
    pub lang: Lang,
    pub loaded: Rc<Loaded>,
    /// The group drilled into: a node id, or `all` for top-level problems.
    pub area_id: AttrValue,
    pub view: ViewState,
    pub dispatch: Callback<Action>,
}

/// Drill-down level 2 and 3: the problems of one area, filtered by the
/// legend, each opening to its measures and full text.
#[function_component(AreaView)]
pub fn area_view(props: &AreaViewProps) -> Html {
    let lang = props.lang;
    let view = &props.view;
    let report = &props.loaded.report;
    let drill = view
        .status_drill
        .filter(|_| props.area_id.as_str() == ALL_PROBLEMS);
    let area: Option<&Node> = report.find(&props.area_id);
    let group = match props.area_id.as_str() {
        "all" => GroupId::TopLevel,
        id => GroupId::Node(id.into()),
    };
    let problems = listing(
        report,
        match drill {
            Some(status) => Listing::Status(status),
            None => Listing::Group(&group),
        },
    )
    .unwrap_or_default();
    let visible: Vec<&Node> = problems
        .iter()
        .copied()
        .filter(|p| view.is_shown(effective_status(p)))
        .collect();
    let total_visible = visible.len();
    let long_term = problems.iter().all(|p| p.kind == NodeKind::LongTerm) && !problems.is_empty();
    let mut counts = rectify_core::stats::StatusCounts::default();
    for p in &problems {
        counts.add(effective_status(p));
    }
    let back = {
        let d = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| d.emit(Action::Back))
    };
    let more = {
        let d = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| d.emit(Action::ShowMore))
    };
    let heading = match (area, drill) {
        (Some(a), _) => format!("{}{}", a.label, a.title),
        (None, Some(s)) => format!("{} · {}", status_label(s, lang), t(lang, T::ProblemsIn)),
        (None, None) => t(lang, T::ProblemsIn).to_string(),
    };
    html! {
        <section class="rb-area" aria-label={heading.clone()}>
            <nav class="rb-crumbs" aria-label={t(lang, T::Back)}>
                <button type="button" class="rb-back" onclick={back}>{ "← " }{ t(lang, T::Back) }</button>
            </nav>
            <h3 class="rb-area-title">{ heading }</h3>
            <p class="rb-area-summary">
                if long_term {
                    { format!("{} {}{}", t(lang, T::LongTermItems), counts.total(), t(lang, T::Items)) }
                } else {
                    { describe_counts(&counts, lang) }
                }
            </p>
            if total_visible == 0 {
                <p class="rb-empty">{ t(lang, T::FilterEmpty) }</p>
            }
            <ol class="rb-problems">
                { for visible.iter().take(view.shown).map(|p| problem_item(p, props)) }
            </ol>
            if total_visible > view.shown {
                <p class="rb-more">
                    <span>{ format!("{} {} / {}", t(lang, T::ShowingOf), view.shown, total_visible) }</span>
                    <button type="button" class="rb-more-button" onclick={more}>{ t(lang, T::ShowMore) }</button>
                </p>
            }
        </section>
    }
}

fn problem_item(p: &Node, props: &AreaViewProps) -> Html {
    let open = props.view.problem.as_deref() == Some(p.id.as_str());
    let d = props.dispatch.clone();
    let id = p.id.clone();
    let onclick = Callback::from(move |_: MouseEvent| {
        if open {
            d.emit(Action::Back)
        } else {
            d.emit(Action::OpenProblem(id.clone()))
        }
    });
    let measures = p
        .children
        .iter()
        .filter(|c| c.kind == NodeKind::Measure)
        .count();
    let detail_id = format!("rb-detail-{}", p.id);
    html! {
        <li class={classes!("rb-problem", open.then_some("rb-open"))} key={p.id.clone()}>
            <button type="button" class="rb-problem-button" aria-expanded={open.to_string()}
                aria-controls={detail_id.clone()} {onclick}>
                <span class="rb-problem-label">{ p.label.clone() }</span>
                <span class="rb-problem-title">{ p.title.clone() }</span>
                <span class="rb-problem-meta">
                    <StatusBadge status={effective_status(p)} lang={props.lang} />
                    if measures > 0 {
                        <span class="rb-count">{ format!("{measures}{}", t(props.lang, T::Items)) }</span>
                    }
                </span>
            </button>
            if open {
                <div id={detail_id}>
                    <ProblemDetail lang={props.lang} problem={p.clone()} />
                </div>
            }
        </li>
    }
}
