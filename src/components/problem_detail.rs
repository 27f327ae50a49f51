use rectify_core::locale::Lang;
use rectify_core::model::{Figure, Node, NodeKind, StatusBasis};
use yew::prelude::*;

use crate::components::StatusBadge;
use crate::i18n::{t, T};

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
            <h4 class="rb-detail-heading">{ t(lang, T::Measures) }</h4>
            if measures.is_empty() {
                <p class="rb-empty">{ t(lang, T::NoMeasures) }</p>
            } else {
                <ol class="rb-measures">
                    { for measures.iter().map(|m| html! {
                        <li class="rb-measure" key={m.id.clone()}>
                            <p class="rb-measure-head">
                                <span class="rb-measure-label">{ m.label.clone() }</span>
                                <span class="rb-measure-title">{ m.title.clone() }</span>
                                <StatusBadge status={m.status} lang={lang} />
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
    let Some(ev) = &node.status_evidence else {
        return Html::default();
    };
    let basis = match ev.basis {
        StatusBasis::Stated => t(lang, T::Stated),
        StatusBasis::Inferred => t(lang, T::Inferred),
        StatusBasis::Editor => t(lang, T::Editor),
    };
    html! {
        <p class="rb-evidence">
            { t(lang, T::Evidence) }{ "：" }{ basis }
            if let Some(phrase) = &ev.phrase {
                { "（“" }<mark class="rb-phrase">{ phrase.clone() }</mark>{ "”）" }
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
            <summary>{ t(lang, T::Figures) }{ format!("（{}）", figs.len()) }</summary>
            <ul>
                { for figs.iter().map(|f| html! {
                    <li>
                        if let Some(period) = &f.period { <span class="rb-fig-period">{ period.clone() }</span>{ " " } }
                        <span class="rb-fig-label">{ f.label.clone() }</span>{ " " }
                        <strong class="rb-fig-value">{ f.text.clone() }</strong>
                        if let Some(c) = f.change_percent {
                            { format!("（{}{}%）", if c >= 0.0 { "+" } else { "" }, c) }
                        }
                    </li>
                }) }
            </ul>
        </details>
    }
}
