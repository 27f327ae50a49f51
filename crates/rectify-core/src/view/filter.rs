use super::{Drill, StatusKey};
use crate::chart::KEYS;
use crate::locale::{status_label, vocab, Lang, Msg};
use crate::model::Status;
use crate::stats::StatusCounts;

/// The legend's status filter: which statuses the charts and lists hide.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StatusFilter {
    hidden: Vec<StatusKey>,
}

impl StatusFilter {
    /// The hidden statuses, in the order they were hidden.
    pub fn hidden(&self) -> &[StatusKey] {
        &self.hidden
    }

    pub fn is_shown(&self, status: StatusKey) -> bool {
        !self.hidden.contains(&status)
    }

    /// Hides a shown status, shows a hidden one.
    pub fn toggle(&mut self, status: StatusKey) {
        match self.hidden.iter().position(|h| *h == status) {
            Some(i) => {
                self.hidden.remove(i);
            }
            None => self.hidden.push(status),
        }
    }

    /// The statuses visible in the charts, for the geometry model; `None`
    /// when nothing is hidden ("not stated" is then shown too).
    pub fn visible_statuses(&self) -> Option<Vec<Status>> {
        if self.hidden.is_empty() {
            None
        } else {
            Some(
                Status::ALL
                    .into_iter()
                    .filter(|s| self.is_shown(Some(*s)))
                    .collect(),
            )
        }
    }
}

/// What is filtered, said (`已筛选：正在整改 · 共11项`): the deadline state
/// chosen (`deadline`, in words with its date), the statuses shown and how
/// many of `counts` (the listed scope's, already narrowed to the deadline
/// state) they are; `None` when nothing is filtered (no deadline state, the
/// legend hides nothing and the drill-down is not by status).
pub fn filter_note(
    counts: &StatusCounts,
    drill: &Drill,
    filter: &StatusFilter,
    deadline: Option<&str>,
    lang: Lang,
) -> Option<String> {
    let by_status = match drill {
        Drill::Status(s) => Some(*s),
        _ => None,
    };
    let by_legend = !filter.hidden.is_empty() || by_status.is_some();
    if !by_legend && deadline.is_none() {
        return None;
    }
    let count = |k: StatusKey| k.map_or(counts.unknown, |s| counts.get(s));
    let shown: Vec<StatusKey> = KEYS
        .into_iter()
        .filter(|&k| filter.is_shown(k) && by_status.is_none_or(|s| s == k) && count(k) > 0)
        .collect();
    let n: usize = shown.iter().map(|&k| count(k)).sum();
    let mut parts: Vec<&str> = deadline.into_iter().collect();
    let names: Vec<&str> = shown.iter().map(|&k| status_label(k, lang)).collect();
    let names = names.join(Msg::NameSeparator.text(lang));
    if by_legend && !names.is_empty() {
        parts.push(&names);
    }
    let total = Msg::ItemTotal.fill(lang, &[&n.to_string()]);
    parts.push(&total);
    Some(vocab::with_colon(Msg::Filtered.text(lang), lang) + &parts.join(" · "))
}
