//! The deadline-state filter (已逾期, 即将到期, …): the choices with their
//! counts, judged on the report's as-of date and labelled with it (never
//! against today), and the report narrowed to the items in the chosen state,
//! from which the charts, lists, tables, CSV and print are all made.

use super::duty::{deadline_glyph, deadline_mark};
use crate::deadline::{judge_node, DeadlineState};
use crate::locale::{Lang, Msg};
use crate::model::{Node, NodeKind, Report};

/// The states in the order they are offered: the urgent first.
pub const DEADLINE_STATES: [DeadlineState; 6] = [
    DeadlineState::Overdue,
    DeadlineState::DueSoon,
    DeadlineState::NotDue,
    DeadlineState::DoneOnTime,
    DeadlineState::DoneLate,
    DeadlineState::DoneUndated,
];

/// One choice: a state (`None`: every problem) with its count, and the
/// badge's mark and glyph (colour, pattern and shape).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeadlineChoice {
    pub state: Option<DeadlineState>,
    pub text: String,
    pub mark: &'static str,
    pub glyph: &'static str,
}

/// The filter: its label (with the as-of date) and its choices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeadlineFilterView {
    pub label: String,
    pub choices: Vec<DeadlineChoice>,
}

fn is_item(node: &Node) -> bool {
    matches!(node.kind, NodeKind::Problem | NodeKind::LongTerm)
}

/// The filter for `report`: `None` without an as-of date or when no
/// problem has a dated deadline (nothing to filter by).
pub fn deadline_filter_view(report: &Report, lang: Lang) -> Option<DeadlineFilterView> {
    let as_of = report.meta.as_of.as_deref()?;
    let mut counts = [0usize; DEADLINE_STATES.len()];
    for node in report.walk().filter(|n| n.kind == NodeKind::Problem) {
        if let Some(state) = judge_node(node, as_of) {
            if let Some(i) = DEADLINE_STATES.iter().position(|s| *s == state) {
                counts[i] += 1;
            }
        }
    }
    if counts.iter().all(|&n| n == 0) {
        return None;
    }
    let all = DeadlineChoice {
        state: None,
        text: Msg::AllDeadlines.text(lang).to_string(),
        mark: "all",
        glyph: "",
    };
    let choices = DEADLINE_STATES
        .iter()
        .zip(counts)
        .filter(|(_, n)| *n > 0)
        .map(|(&state, n)| DeadlineChoice {
            state: Some(state),
            text: Msg::WithDetail.fill(lang, &[state.msg().text(lang), &n.to_string()]),
            mark: deadline_mark(state),
            glyph: deadline_glyph(state),
        });
    Some(DeadlineFilterView {
        label: Msg::DeadlineFilter.fill(lang, &[as_of]),
        choices: std::iter::once(all).chain(choices).collect(),
    })
}

/// The chosen state in words with the date judged against, for the filter
/// note (`已逾期（截至2026-01-15）`); `None` without an as-of date.
pub fn deadline_words(state: DeadlineState, report: &Report, lang: Lang) -> Option<String> {
    let as_of = report.meta.as_of.as_deref()?;
    let as_of = Msg::DeadlineAsOf.fill(lang, &[as_of]);
    Some(Msg::WithDetail.fill(lang, &[state.msg().text(lang), &as_of]))
}

/// `report` with only the problems and long-term items in `state` on its
/// as-of date (everything else kept, so areas keep their ids); unchanged
/// without an as-of date.
pub fn narrow_to_deadline(report: &Report, state: DeadlineState) -> Report {
    let mut out = report.clone();
    if let Some(as_of) = &report.meta.as_of {
        retain(&mut out.nodes, as_of, state);
    }
    out
}

fn retain(nodes: &mut Vec<Node>, as_of: &str, state: DeadlineState) {
    nodes.retain(|n| !is_item(n) || judge_node(n, as_of) == Some(state));
    for node in nodes.iter_mut().filter(|n| !is_item(n)) {
        retain(&mut node.children, as_of, state);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::Summary;

    /// Four problems (done, done, in progress, not started) with deadlines.
    fn report(as_of: &str) -> Report {
        let mut r = crate::sample::generate(4, 1);
        for (i, p) in r.nodes[0].children[0].children.iter_mut().enumerate() {
            p.deadline = Some(["2025-03-31", "2025-12-31", "2025-07-15", "2025-01-01"][i].into());
        }
        r.meta.as_of = Some(as_of.into());
        r
    }

    #[test]
    fn choices_count_the_states_on_the_as_of_date_and_say_that_date() {
        let v = deadline_filter_view(&report("2025-06-30"), Lang::ZhHans).unwrap();
        assert_eq!(v.label, "按整改时限筛选（截至2025-06-30）");
        let texts: Vec<&str> = v.choices.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "全部",
                "已逾期（1）",
                "即将到期（1）",
                "按期完成（1）",
                "已完成（1）"
            ]
        );
        assert_eq!(v.choices[1].mark, "overdue");
        let en = deadline_filter_view(&report("2026-01-15"), Lang::En).unwrap();
        assert_eq!(en.label, "Deadline status (as of 2026-01-15)");
        assert_eq!(en.choices[1].text, "Overdue (2)");
    }

    #[test]
    fn no_filter_without_dated_deadlines_or_as_of() {
        let mut r = report("2025-06-30");
        r.meta.as_of = None;
        assert_eq!(deadline_filter_view(&r, Lang::ZhHans), None);
        let mut r = report("2025-06-30");
        for p in r.nodes[0].children[0].children.iter_mut() {
            p.deadline = Some("长期坚持".into());
        }
        assert_eq!(deadline_filter_view(&r, Lang::ZhHans), None);
    }

    #[test]
    fn narrowing_keeps_only_the_state_and_every_area() {
        let r = report("2025-06-30");
        let overdue = narrow_to_deadline(&r, DeadlineState::Overdue);
        let s = Summary::of(&overdue);
        assert_eq!(s.problems.total(), 1);
        assert_eq!(
            overdue
                .walk()
                .filter(|n| n.kind == NodeKind::Problem)
                .count(),
            1
        );
        assert!(overdue.find(&r.nodes[0].children[0].id).is_some());
        let due_soon = Summary::of(&narrow_to_deadline(&r, DeadlineState::DueSoon));
        assert_eq!(due_soon.problems.total(), 1);
        assert_eq!(due_soon.problems.get(crate::model::Status::InProgress), 1);
        assert_eq!(
            deadline_words(DeadlineState::Overdue, &r, Lang::ZhHans).as_deref(),
            Some("已逾期（截至2025-06-30）")
        );
    }
}
