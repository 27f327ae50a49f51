use crate::locale::{Lang, Msg};
use crate::model::Report;
use crate::stats::{compare_stated, Summary};

/// The totals a report states in words beside what the widget counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatedView {
    pub title: &'static str,
    /// The report's sentence, as printed.
    pub text: String,
    pub rows: Vec<StatedRow>,
    /// Whether any figure differs.
    pub mismatch: bool,
}

/// `已完成` `：通报口径 19 · 看板列示 19 — ` `✓ 一致` (or `口径不同`,
/// neutrally: a notice may detail only its typical problems).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatedRow {
    pub label: &'static str,
    /// Both values, starting with the language's colon.
    pub values: String,
    pub verdict: String,
    pub matches: bool,
}

/// `None` when the report states no totals that can be compared.
pub fn stated_view(report: &Report, summary: &Summary, lang: Lang) -> Option<StatedView> {
    let totals = report.stated_totals.as_ref()?;
    let rows: Vec<StatedRow> = compare_stated(report, summary)
        .into_iter()
        .map(|c| StatedRow {
            label: c.field.label(lang),
            values: format!(
                "{}{} {} · {} {} — ",
                Msg::Colon.text(lang),
                Msg::StatedSays.text(lang),
                c.field.format_value(c.stated),
                Msg::StatedCounted.text(lang),
                c.field.format_value(c.counted)
            ),
            verdict: if c.matches {
                format!("✓ {}", Msg::StatedAgrees.text(lang))
            } else {
                Msg::StatedMismatch.text(lang).to_string()
            },
            matches: c.matches,
        })
        .collect();
    if rows.is_empty() {
        return None;
    }
    Some(StatedView {
        title: Msg::StatedTitle.text(lang),
        text: totals.text.clone(),
        mismatch: rows.iter().any(|r| !r.matches),
        rows,
    })
}
