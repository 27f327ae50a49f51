//! The changes between two reports of one department, in words: status
//! changes (`(14) 正在整改 → 已完成，2025-06-30 → 2025-12-31`), new and
//! no-longer-listed problems, merged, split and reworded ones.

use crate::history::{ProblemRef, ReportDiff};
use crate::locale::{percent, status_label, Lang, RoundMsg};

/// One kind of change and its items: each a lead (labels, statuses,
/// dates: interface words) and the report's own text (titles).
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeSection {
    pub title: &'static str,
    pub items: Vec<(String, String)>,
}

/// The diff in words: a summary sentence and the sections that are not
/// empty.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangesView {
    pub summary: String,
    pub sections: Vec<ChangeSection>,
}

fn label(p: &ProblemRef) -> String {
    if p.label.is_empty() {
        "—".into()
    } else {
        p.label.clone()
    }
}

fn labels(ps: &[ProblemRef]) -> String {
    ps.iter().map(label).collect::<Vec<_>>().join(" + ")
}

/// The changes from the older to the newer report of `diff`.
pub fn changes_view(diff: &ReportDiff, lang: Lang) -> ChangesView {
    let date = |d: &Option<String>| d.clone().unwrap_or_else(|| "—".into());
    let (old, new) = (date(&diff.old_as_of), date(&diff.new_as_of));
    let status_changes = diff
        .status_changes
        .iter()
        .map(|c| {
            let l = if c.new.label.is_empty() {
                label(&c.old)
            } else {
                label(&c.new)
            };
            let lead = RoundMsg::ChangeLine.fill(
                lang,
                &[
                    &l,
                    status_label(c.old.status, lang),
                    status_label(c.new.status, lang),
                    &old,
                    &new,
                ],
            );
            (lead, c.new.title.clone())
        })
        .collect();
    let plain = |ps: &[ProblemRef]| ps.iter().map(|p| (label(p), p.title.clone())).collect();
    let merged = diff
        .merged
        .iter()
        .map(|g| {
            (
                format!("{} ⇒ {}", labels(&g.old), label(&g.new)),
                g.new.title.clone(),
            )
        })
        .collect();
    let split = diff
        .split
        .iter()
        .map(|g| {
            (
                format!("{} ⇒ {}", label(&g.old), labels(&g.new)),
                g.old.title.clone(),
            )
        })
        .collect();
    let reworded = diff
        .reworded
        .iter()
        .map(|c| {
            let similarity = RoundMsg::Similarity.fill(lang, &[&percent(c.confidence)]);
            (
                format!("{} → {} ({similarity})", label(&c.old), label(&c.new)),
                format!("{} → {}", c.old.title, c.new.title),
            )
        })
        .collect();
    let sections = [
        (RoundMsg::StatusChanges, status_changes),
        (RoundMsg::Added, plain(&diff.added)),
        (RoundMsg::Removed, plain(&diff.removed)),
        (RoundMsg::Merged, merged),
        (RoundMsg::Split, split),
        (RoundMsg::Reworded, reworded),
    ]
    .into_iter()
    .filter(|(_, items): &(RoundMsg, Vec<(String, String)>)| !items.is_empty())
    .map(|(msg, items)| ChangeSection {
        title: msg.text(lang),
        items,
    })
    .collect();
    let summary = RoundMsg::ChangesSummary.fill(
        lang,
        &[
            &old,
            &new,
            &diff.status_changes.len().to_string(),
            &diff.added.len().to_string(),
            &diff.removed.len().to_string(),
        ],
    );
    ChangesView { summary, sections }
}
