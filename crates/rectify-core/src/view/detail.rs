use crate::locale::{vocab, Lang, Msg};
use crate::model::{Node, StatusBasis};

/// Why a node has its status: `状态依据：原文表述（“已完成整改”）`.
#[derive(Debug, Clone, PartialEq)]
pub struct EvidenceView {
    /// The label, colon and basis (`状态依据：原文表述`).
    pub lead: String,
    /// The phrase of the report, with the quotes around it.
    pub phrase: Option<(&'static str, String, &'static str)>,
}

pub fn evidence_view(node: &Node, lang: Lang) -> Option<EvidenceView> {
    let ev = node.status_evidence.as_ref()?;
    let basis = match ev.basis {
        StatusBasis::Stated => Msg::Stated,
        StatusBasis::Inferred => Msg::Inferred,
        StatusBasis::Editor => Msg::Editor,
    };
    Some(EvidenceView {
        lead: format!(
            "{}{}",
            vocab::with_colon(Msg::Evidence.text(lang), lang),
            basis.text(lang)
        ),
        phrase: ev
            .phrase
            .clone()
            .map(|p| (Msg::QuoteOpen.text(lang), p, Msg::QuoteClose.text(lang))),
    })
}

/// The caption of a node's figures: `文中数据（3）`.
pub fn figures_caption(n: usize, lang: Lang) -> String {
    format!("{}{}", Msg::Figures.text(lang), aside(&n.to_string(), lang))
}

/// A stated change after a figure: `（+3.36%）`, ` (-50%)`.
pub fn figure_change(change_percent: f64, lang: Lang) -> String {
    let sign = if change_percent >= 0.0 { "+" } else { "" };
    let value = crate::chart::fixed(change_percent, 2, true);
    aside(&format!("{sign}{value}%"), lang)
}

fn aside(text: &str, lang: Lang) -> String {
    format!(
        "{}{text}{}",
        Msg::ParenOpen.text(lang),
        Msg::ParenClose.text(lang)
    )
}
