use rectify_core::locale::{Lang, Msg};
use rectify_core::model::{Figure, Node, NodeKind};
use rectify_core::view::{evidence_view, figure_change, figures_caption};
use yew::prelude::*;

use crate::components::status_badge;

#[derive(Properties, PartialEq)]
pub struct ProblemDetailProps {
    pub lang: Lang,
    pub problem: Node,
}

/// A problem's full text, its measures with their status, and the figures.
#[function_component(ProblemDetail)]
pub fn problem_detail(props: &ProblemDetailProps) -> Html {
    let lang = props.lang;
    let p = &props.problem;
    let measures: Vec<&Node> = p
        .children
        .iter()
        .filter(|c| c.kind == NodeKind::Measure)
        .collect();
    html! {
        <div class="rb-detail">
            { evidence(p, lang) }
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
