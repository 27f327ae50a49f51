//! Judging a problem's deadline (整改时限) against a date: 按期完成,
//! 逾期完成, 未到期, 即将到期 (within [`DUE_SOON_DAYS`]), 已逾期. Deadlines
//! that are phrases (`长期坚持`, `立行立改`) are not dates and are not judged.

use serde::Serialize;

use crate::calendar::day_number;
use crate::locale::Msg;
use crate::model::{Node, NodeKind, Report, Status};
use crate::stats::effective_status;

/// A deadline this many days away or fewer is "due soon".
pub const DUE_SOON_DAYS: i64 = 30;

/// Where a problem stands against its deadline on a given date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineState {
    /// 按期完成: done, on or before the deadline.
    DoneOnTime,
    /// 逾期完成: done, after the deadline.
    DoneLate,
    /// 已完成 with no completion date, past the deadline: on time or late
    /// cannot be told.
    DoneUndated,
    /// 未到期: not done, the deadline more than [`DUE_SOON_DAYS`] away.
    NotDue,
    /// 即将到期: not done, the deadline within [`DUE_SOON_DAYS`].
    DueSoon,
    /// 已逾期: not done, the deadline passed.
    Overdue,
}

impl DeadlineState {
    /// The state's phrase in the interface vocabulary.
    pub fn msg(self) -> Msg {
        match self {
            DeadlineState::DoneOnTime => Msg::DeadlineDoneOnTime,
            DeadlineState::DoneLate => Msg::DeadlineDoneLate,
            DeadlineState::DoneUndated => Msg::DeadlineDoneUndated,
            DeadlineState::NotDue => Msg::DeadlineNotDue,
            DeadlineState::DueSoon => Msg::DeadlineDueSoon,
            DeadlineState::Overdue => Msg::DeadlineOverdue,
        }
    }
}

/// The state of a problem with `status`, `deadline` and `completed_on` on
/// the date `as_of`. `None` when the deadline is absent or not a date, or
/// `as_of` is not a date.
pub fn judge(
    status: Option<Status>,
    deadline: Option<&str>,
    completed_on: Option<&str>,
    as_of: &str,
) -> Option<DeadlineState> {
    let due = day_number(deadline?)?;
    let today = day_number(as_of)?;
    if status == Some(Status::Done) {
        return Some(match completed_on.and_then(day_number) {
            Some(done) if done <= due => DeadlineState::DoneOnTime,
            Some(_) => DeadlineState::DoneLate,
            None if today <= due => DeadlineState::DoneOnTime,
            None => DeadlineState::DoneUndated,
        });
    }
    Some(if today > due {
        DeadlineState::Overdue
    } else if due - today <= DUE_SOON_DAYS {
        DeadlineState::DueSoon
    } else {
        DeadlineState::NotDue
    })
}

/// [`judge`] for a node, with its effective status.
pub fn judge_node(node: &Node, as_of: &str) -> Option<DeadlineState> {
    judge(
        effective_status(node),
        node.deadline.as_deref(),
        node.completed_on.as_deref(),
        as_of,
    )
}

/// Problems of `report` that are overdue on `as_of`: not done, with a
/// deadline date before it.
pub fn overdue_count(report: &Report, as_of: &str) -> usize {
    report
        .walk()
        .filter(|n| n.kind == NodeKind::Problem)
        .filter(|n| judge_node(n, as_of) == Some(DeadlineState::Overdue))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use DeadlineState::*;

    #[test]
    fn states() {
        let j = |s, d, c, a| judge(Some(s), Some(d), c, a);
        assert_eq!(
            j(Status::Done, "2025-06-30", Some("2025-06-01"), "2025-12-31"),
            Some(DoneOnTime)
        );
        assert_eq!(
            j(Status::Done, "2025-06-30", Some("2025-07-01"), "2025-12-31"),
            Some(DoneLate)
        );
        assert_eq!(
            j(Status::Done, "2025-06-30", None, "2025-06-30"),
            Some(DoneOnTime)
        );
        assert_eq!(
            j(Status::Done, "2025-06-30", None, "2025-07-01"),
            Some(DoneUndated)
        );
        assert_eq!(
            j(Status::InProgress, "2025-06-30", None, "2025-07-01"),
            Some(Overdue)
        );
        assert_eq!(
            j(Status::InProgress, "2025-06-30", None, "2025-06-30"),
            Some(DueSoon)
        );
        assert_eq!(
            j(Status::NotStarted, "2025-06-30", None, "2025-05-31"),
            Some(DueSoon)
        );
        assert_eq!(
            j(Status::NotStarted, "2025-06-30", None, "2025-05-30"),
            Some(NotDue)
        );
        assert_eq!(
            j(Status::LongTerm, "2025-06-30", None, "2025-12-31"),
            Some(Overdue)
        );
    }

    #[test]
    fn phrases_are_not_dates() {
        for phrase in ["长期坚持", "立行立改", "持续整改"] {
            assert_eq!(
                judge(Some(Status::InProgress), Some(phrase), None, "2030-01-01"),
                None
            );
        }
        assert_eq!(
            judge(Some(Status::InProgress), None, None, "2030-01-01"),
            None
        );
        assert_eq!(
            judge(
                Some(Status::InProgress),
                Some("2025-01-01"),
                None,
                "截至目前"
            ),
            None
        );
        use crate::locale::Lang;
        assert_eq!(DeadlineState::DueSoon.msg().text(Lang::ZhHans), "即将到期");
        assert_eq!(DeadlineState::DueSoon.msg().text(Lang::ZhHant), "即將到期");
        assert_eq!(DeadlineState::Overdue.msg().text(Lang::En), "Overdue");
    }

    #[test]
    fn overdue_problems_are_counted_against_the_date() {
        let mut report = crate::sample::generate(4, 1);
        for (i, p) in report.nodes[0].children[0].children.iter_mut().enumerate() {
            p.deadline = Some(["2025-03-31", "2025-12-31", "长期坚持", "2025-01-01"][i].into());
        }
        // Statuses cycle done, done, in progress, not started.
        assert_eq!(overdue_count(&report, "2025-06-30"), 1);
        assert_eq!(overdue_count(&report, "2024-06-30"), 0);
    }
}
