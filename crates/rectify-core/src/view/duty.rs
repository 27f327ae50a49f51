//! Responsibility and deadlines of a problem or measure: owners, deadline,
//! completion date and a ledger's other columns, labelled in the reader's
//! language, and the deadline judged against the report's as-of date (never
//! against today), said in words with that date.

use super::headline::{FigureKind, HeadlineFigure};
use crate::deadline::{judge_node, overdue_count, DeadlineState};
use crate::locale::format::date;
use crate::locale::{vocab, Lang, Msg};
use crate::model::{Node, Report};

/// A labelled field: `整改时限：` `2025年9月30日`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DutyField {
    /// The label with the language's colon.
    pub label: String,
    pub value: String,
}

/// A deadline state as a badge: mark (its `data-deadline`: colour and
/// border pattern), glyph
/// and words with the date judged against (`已逾期 · 截至2025-06-30`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeadlineBadge {
    pub state: DeadlineState,
    pub mark: &'static str,
    pub glyph: &'static str,
    pub text: String,
}

/// What a node says about who does what by when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DutyView {
    pub fields: Vec<DutyField>,
    pub badge: Option<DeadlineBadge>,
}

/// The mark of a deadline state, the `data-deadline` its badge is styled
/// by.
pub fn deadline_mark(state: DeadlineState) -> &'static str {
    match state {
        DeadlineState::DoneOnTime | DeadlineState::DoneUndated => "done",
        DeadlineState::DoneLate => "late",
        DeadlineState::NotDue => "notdue",
        DeadlineState::DueSoon => "soon",
        DeadlineState::Overdue => "overdue",
    }
}

/// A shape for the state, so that it is not told by colour only.
pub fn deadline_glyph(state: DeadlineState) -> &'static str {
    match state {
        DeadlineState::DoneOnTime | DeadlineState::DoneUndated => "✓",
        DeadlineState::DoneLate => "✓!",
        DeadlineState::NotDue => "○",
        DeadlineState::DueSoon => "◷",
        DeadlineState::Overdue => "!",
    }
}

/// The badge of `node`'s deadline on `as_of`; `None` without a dated
/// deadline or as-of date.
pub fn deadline_badge(node: &Node, as_of: Option<&str>, lang: Lang) -> Option<DeadlineBadge> {
    let as_of = as_of?;
    let state = judge_node(node, as_of)?;
    Some(DeadlineBadge {
        state,
        mark: deadline_mark(state),
        glyph: deadline_glyph(state),
        text: format!(
            "{} · {}",
            state.msg().text(lang),
            Msg::DeadlineAsOf.fill(lang, &[as_of])
        ),
    })
}

/// Owners, deadline, completion date and `extra` columns of `node`, and its
/// deadline badge; `None` when it has none of them.
pub fn duty_view(node: &Node, as_of: Option<&str>, lang: Lang) -> Option<DutyView> {
    let field = |msg: Msg, value: String| DutyField {
        label: vocab::with_colon(msg.text(lang), lang),
        value,
    };
    let mut fields = Vec::new();
    if !node.owners.is_empty() {
        let names = node.owners.join(Msg::NameSeparator.text(lang));
        fields.push(field(Msg::Owners, names));
    }
    if let Some(d) = &node.deadline {
        fields.push(field(Msg::Deadline, date(d, lang)));
    }
    if let Some(d) = &node.completed_on {
        fields.push(field(Msg::CompletedOn, date(d, lang)));
    }
    fields.extend(node.extra.iter().map(|(k, v)| DutyField {
        label: vocab::with_colon(k, lang),
        value: v.clone(),
    }));
    let badge = deadline_badge(node, as_of, lang);
    (!fields.is_empty() || badge.is_some()).then_some(DutyView { fields, badge })
}

/// The headline's overdue figure (`已逾期（截至2025-06-30）` `2`), only when a
/// problem is overdue on the report's as-of date.
pub fn overdue_figure(report: &Report, lang: Lang) -> Option<HeadlineFigure> {
    let as_of = report.meta.as_of.as_deref()?;
    let n = overdue_count(report, as_of);
    (n > 0).then(|| HeadlineFigure {
        kind: FigureKind::Overdue,
        label: format!(
            "{}{}{}{}",
            Msg::DeadlineOverdue.text(lang),
            Msg::ParenOpen.text(lang),
            Msg::DeadlineAsOf.fill(lang, &[as_of]),
            Msg::ParenClose.text(lang)
        ),
        value: n.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{NodeKind, Status};

    fn problem(deadline: &str, status: Status, completed: Option<&str>) -> Node {
        let mut n = crate::sample::generate(1, 1).nodes[0].children[0].children[0].clone();
        n.kind = NodeKind::Problem;
        n.children.clear();
        n.status = Some(status);
        n.deadline = Some(deadline.into());
        n.completed_on = completed.map(str::to_string);
        n.owners = vec!["财务科".into(), "赵某".into()];
        n.extra.insert("备注".into(), "清查已完成80%".into());
        n
    }

    #[test]
    fn fields_are_labelled_in_each_language() {
        let n = problem("2025-09-30", Status::InProgress, None);
        let v = duty_view(&n, Some("2025-06-30"), Lang::ZhHans).unwrap();
        let fields: Vec<(&str, &str)> = v
            .fields
            .iter()
            .map(|f| (f.label.as_str(), f.value.as_str()))
            .collect();
        assert_eq!(
            fields,
            [
                ("责任单位/责任人：", "财务科、赵某"),
                ("整改时限：", "2025年9月30日"),
                ("备注：", "清查已完成80%"),
            ]
        );
        let badge = v.badge.unwrap();
        assert_eq!(badge.text, "未到期 · 截至2025-06-30");
        assert_eq!((badge.mark, badge.glyph), ("notdue", "○"));
        let hant = duty_view(&n, Some("2025-09-01"), Lang::ZhHant).unwrap();
        assert_eq!(hant.fields[0].label, "責任單位/責任人：");
        assert_eq!(hant.badge.unwrap().text, "即將到期 · 截至2025-09-01");
        let en = duty_view(&n, Some("2025-10-01"), Lang::En).unwrap();
        assert_eq!(en.fields[0].label, "Responsible: ");
        assert_eq!(en.fields[0].value, "财务科, 赵某");
        assert_eq!(en.fields[1].value, "30 September 2025");
        assert_eq!(en.badge.unwrap().text, "Overdue · as of 2025-10-01");
    }

    #[test]
    fn phrases_and_missing_dates_have_no_badge() {
        let n = problem("长期坚持", Status::LongTerm, None);
        let v = duty_view(&n, Some("2025-06-30"), Lang::ZhHans).unwrap();
        assert_eq!(v.fields[1].value, "长期坚持");
        assert_eq!(v.badge, None);
        let dated = problem("2025-06-30", Status::Done, Some("2025-07-02"));
        assert_eq!(deadline_badge(&dated, None, Lang::ZhHans), None);
        let late = deadline_badge(&dated, Some("2025-12-31"), Lang::ZhHans).unwrap();
        assert_eq!((late.state, late.glyph), (DeadlineState::DoneLate, "✓!"));
        assert_eq!(late.text, "逾期完成 · 截至2025-12-31");
        let mut bare = problem("x", Status::Done, None);
        bare.deadline = None;
        bare.owners.clear();
        bare.extra.clear();
        assert_eq!(duty_view(&bare, Some("2025-06-30"), Lang::ZhHans), None);
    }

    #[test]
    fn the_headline_counts_overdue_problems_only_when_there_are_some() {
        let mut report = crate::sample::generate(4, 1);
        report.meta.as_of = Some("2025-06-30".into());
        assert_eq!(overdue_figure(&report, Lang::ZhHans), None);
        for p in report.nodes[0].children[0].children.iter_mut() {
            p.deadline = Some("2025-03-31".into());
        }
        // Statuses cycle done, done, in progress, not started.
        let f = overdue_figure(&report, Lang::ZhHans).unwrap();
        assert_eq!(
            (f.label.as_str(), f.value.as_str()),
            ("已逾期（截至2025-06-30）", "2")
        );
        assert_eq!(f.kind.mark(), "overdue");
        let en = overdue_figure(&report, Lang::En).unwrap();
        assert_eq!(en.label, "Overdue (as of 2025-06-30)");
        report.meta.as_of = None;
        assert_eq!(overdue_figure(&report, Lang::En), None);
    }
}
