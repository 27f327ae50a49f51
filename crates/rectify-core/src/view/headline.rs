use super::{status_key, StatusKey};
use crate::locale::format::{as_of_date, date};
use crate::locale::{rate_text, status_label, vocab, Lang, Msg};
use crate::model::{Meta, Status};
use crate::stats::Summary;

/// The title, facts (issuer, dates) and headline figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Headline {
    pub title: String,
    pub facts: Vec<Fact>,
    pub figures: Vec<HeadlineFigure>,
}

/// A fact about the report: `数据截至：` `2025年6月底`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    /// The label with the language's colon.
    pub label: String,
    pub value: String,
}

/// What a headline figure counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FigureKind {
    Total,
    Status(StatusKey),
    LongTermItems,
    Rate,
    /// Problems past their deadline on the as-of date.
    Overdue,
}

impl FigureKind {
    /// The figure's mark, the `data-figure` it is styled by (a status's
    /// key for a status).
    pub fn mark(self) -> &'static str {
        match self {
            FigureKind::Total => "total",
            FigureKind::Status(s) => status_key(s),
            FigureKind::LongTermItems => "long_term_items",
            FigureKind::Rate => "rate",
            FigureKind::Overdue => "overdue",
        }
    }
}

/// One headline figure: `已完成` `20`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeadlineFigure {
    pub kind: FigureKind,
    pub label: String,
    pub value: String,
}

/// The headline of a report: the total, done and in progress always, other
/// statuses and long-term items when there are any, and the rate.
pub fn headline(meta: &Meta, summary: &Summary, lang: Lang) -> Headline {
    let p = &summary.problems;
    let figure = |kind: FigureKind, label: &str, value: String| HeadlineFigure {
        kind,
        label: label.to_string(),
        value,
    };
    let mut figures = vec![figure(
        FigureKind::Total,
        Msg::Problems.text(lang),
        p.total().to_string(),
    )];
    let statuses = Status::ALL
        .into_iter()
        .map(|s| (Some(s), p.get(s)))
        .chain(std::iter::once((None, p.unknown)))
        .filter(|&(s, n)| n > 0 || matches!(s, Some(Status::Done | Status::InProgress)));
    for (s, n) in statuses {
        figures.push(figure(
            FigureKind::Status(s),
            status_label(s, lang),
            n.to_string(),
        ));
    }
    if summary.long_term_items > 0 {
        figures.push(figure(
            FigureKind::LongTermItems,
            Msg::LongTermItems.text(lang),
            summary.long_term_items.to_string(),
        ));
    }
    figures.push(figure(
        FigureKind::Rate,
        Msg::CompletionRate.text(lang),
        rate_text(p.completion_rate()),
    ));
    Headline {
        title: meta.title.clone(),
        facts: facts(meta, lang),
        figures,
    }
}

fn facts(meta: &Meta, lang: Lang) -> Vec<Fact> {
    // The report's own as-of wording in Chinese; the date in English.
    let as_of = match (lang, &meta.as_of, &meta.as_of_text) {
        (Lang::En, Some(d), _) => Some(as_of_date(d, lang)),
        (_, _, Some(text)) => Some(text.trim_start_matches("截至").to_string()),
        (_, d, None) => d.as_deref().map(|d| as_of_date(d, lang)),
    };
    [
        (Msg::Issuer, meta.issuer.clone()),
        (Msg::AsOf, as_of),
        (
            Msg::Published,
            meta.published.as_deref().map(|d| date(d, lang)),
        ),
    ]
    .into_iter()
    .filter_map(|(msg, value)| {
        Some(Fact {
            label: vocab::with_colon(msg.text(lang), lang),
            value: value?,
        })
    })
    .collect()
}
