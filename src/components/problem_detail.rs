use rectify_core::locale::{Lang, Msg};
use rectify_core::model::{Figure, Node, NodeKind};
use rectify_core::view::{duty_view, evidence_view, figure_change, figures_caption, DeadlineBadge};
use yew::prelude::*;

use crate::components::status_badge;

#[derive(Properties, PartialEq)]
pub struct ProblemDetailProps {
    pub lang: Lang,
    pub problem: Node,
    /// The report's as-of date, which deadlines are judged against.
    pub as_of: Option<AttrValue>,
}

/// A problem's full text, its measures with their status, and the figures.
#[function_component(ProblemDetail)]
pub fn problem_detail(props: &ProblemDetailProps) -> Html {
    let lang = props.lang;
    let p = &props.problem;
    let as_of = props.as_of.as_deref();
    let measures: Vec<&Node> = p
        .children
        .iter()
        .filter(|c| c.kind == NodeKind::Measure)
        .collect();
    html! {
        <div class="rb-detail">
            { evidence(p, lang) }
            { duty(p, as_of, lang) }
            { paragraphs(&p.body) }
            { figures(&p.figures, lang) }
            <h4 class="rb-detail-heading">{ Msg::Measures.text(lang) }</h4>
            if measures.is_empty() {
                <p class="rb-empty">{ Msg::NoMeasures.text(lang) }</p>
            } else {
                <ol class="rb-measures">
                    { for measures.iter().map(|m| html! {
                        <li class="rb-measure" key={m.id.clone()}>
                            <p class="rb-measure-head">
                                <span class="rb-measure-label">{ m.label.clone() }</span>
                                <span class="rb-measure-title">{ m.title.clone() }</span>
                                { status_badge(m.status, lang) }
                            </p>
                            { paragraphs(&m.body) }
                            { evidence(m, lang) }
                            { duty(m, as_of, lang) }
                            { figures(&m.figures, lang) }
                        </li>
                    }) }
                </ol>
            }
        </div>
    }
}

fn paragraphs(text: &str) -> Html {
    html! {
        { for text.split("\n\n").filter(|s| !s.trim().is_empty()).map(|para| html! {
            <p class="rb-text">{ para.to_string() }</p>
        }) }
    }
}

/// Owners, deadline, completion date and ledger columns, with the deadline
/// judged on the as-of date.
fn duty(node: &Node, as_of: Option<&str>, lang: Lang) -> Html {
    let Some(v) = duty_view(node, as_of, lang) else {
        return Html::default();
    };
    html! {
        <div class="rb-duty">
            { for v.badge.as_ref().map(deadline_badge) }
            <dl class="rb-duty-fields">
                { for v.fields.iter().map(|f| html! {
                    <div class="rb-duty-field"><dt>{ f.label.clone() }</dt><dd>{ f.value.clone() }</dd></div>
                }) }
            </dl>
        </div>
    }
}

/// A deadline state in words, with a glyph and a border pattern beside the colour.
pub fn deadline_badge(b: &DeadlineBadge) -> Html {
    html! {
        <span class="rb-dl" data-deadline={b.mark}>
            <span class="rb-badge-glyph" aria-hidden="true">{ b.glyph }</span>
            { b.text.clone() }
        </span>
    }
}

fn evidence(node: &Node, lang: Lang) -> Html {
    let Some(ev) = evidence_view(node, lang) else {
        return Html::default();
    };
    html! {
        <p class="rb-evidence">
            { ev.lead }
            if let Some((open, phrase, close)) = ev.phrase {
                { open }<mark class="rb-phrase">{ phrase }</mark>{ close }
            }
        </p>
    }
}

fn figures(figs: &[Figure], lang: Lang) -> Html {
    if figs.is_empty() {
        return Html::default();
    }
    html! {
        <details class="rb-figures-list">
            <summary>{ figures_caption(figs.len(), lang) }</summary>
            <ul>
                { for figs.iter().map(|f| html! {
                    <li>
                        if let Some(period) = &f.period { <span class="rb-fig-period">{ period.clone() }</span>{ " " } }
                        <span class="rb-fig-label">{ f.label.clone() }</span>{ " " }
                        <strong class="rb-fig-value">{ f.text.clone() }</strong>
                        if let Some(c) = f.change_percent {
                            { figure_change(c, lang) }
                        }
                    </li>
                }) }
            </ul>
        </details>
    }
}
