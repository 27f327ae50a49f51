//! Stated totals beside counted ones: a notice that says
//! `共反馈问题25个，已完成整改19个` can be checked against its own nodes.

use super::Summary;
use crate::locale::{percent, status_msg, Lang, Msg};
use crate::model::{Report, Status};

/// A field of [`crate::model::StatedTotals`] that can be compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StatedField {
    Total,
    Done,
    InProgress,
    LongTerm,
    NotStarted,
    CompletionRate,
}

impl StatedField {
    /// All fields in display order.
    pub const ALL: [StatedField; 6] = [
        StatedField::Total,
        StatedField::Done,
        StatedField::InProgress,
        StatedField::LongTerm,
        StatedField::NotStarted,
        StatedField::CompletionRate,
    ];

    /// The JSON field name (`total`, `done`, …, `completion_rate`).
    pub fn key(self) -> &'static str {
        match self {
            StatedField::Total => "total",
            StatedField::Done => "done",
            StatedField::InProgress => "in_progress",
            StatedField::LongTerm => "long_term",
            StatedField::NotStarted => "not_started",
            StatedField::CompletionRate => "completion_rate",
        }
    }

    /// The field's name in the interface language.
    pub fn label(self, lang: Lang) -> &'static str {
        self.msg().text(lang)
    }

    /// The vocabulary key of the field's name.
    pub fn msg(self) -> Msg {
        match self {
            StatedField::Total => Msg::Problems,
            StatedField::Done => status_msg(Some(Status::Done)),
            StatedField::InProgress => status_msg(Some(Status::InProgress)),
            StatedField::LongTerm => status_msg(Some(Status::LongTerm)),
            StatedField::NotStarted => status_msg(Some(Status::NotStarted)),
            StatedField::CompletionRate => Msg::CompletionRateField,
        }
    }

    /// A value of this field as text: a count (`25`), or for the completion
    /// rate a percentage (`76%`).
    pub fn format_value(self, value: f64) -> String {
        if self == StatedField::CompletionRate {
            percent(value)
        } else {
            crate::chart::num(value)
        }
    }
}

/// One stated figure next to what the nodes count.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Comparison {
    pub field: StatedField,
    /// As stated: a count, or for [`StatedField::CompletionRate`] a fraction.
    pub stated: f64,
    /// As counted from the nodes (same units; a rate of 0 when there are no problems).
    pub counted: f64,
    /// Whether they agree: counts exactly, rates within half a percentage
    /// point (a notice prints `76%` for 75.8%).
    pub matches: bool,
}

/// A stated figure that disagrees with the count; see [`stated_vs_counted`].
pub type Mismatch = Comparison;

/// Every stated total next to its count, in display order; empty when the
/// report states no totals.
///
/// What each is compared with (problems are `kind: "problem"` nodes, by
/// effective status): `total` – all problems; `done`, `in_progress`,
/// `not_started` – problems with that status (`in_progress` with the
/// long-term problems too when no `long_term` is stated: such a notice
/// counts them as still being pushed); `long_term` – problems with
/// status long-term plus long-term items (`kind: "long_term"`);
/// `completion_rate` – done ÷ all problems.
pub fn compare_stated(report: &Report, summary: &Summary) -> Vec<Comparison> {
    let Some(t) = &report.stated_totals else {
        return Vec::new();
    };
    let p = &summary.problems;
    StatedField::ALL
        .into_iter()
        .filter_map(|field| {
            let (stated, counted) = match field {
                StatedField::Total => (f64::from(t.total?), p.total() as f64),
                StatedField::Done => (f64::from(t.done?), p.done as f64),
                StatedField::InProgress => {
                    // A count without a long-term class (`其余3个正在按时序
                    // 推进`) counts long-term problems as still being pushed.
                    let pushed = p.in_progress
                        + if t.long_term.is_none() {
                            p.long_term
                        } else {
                            0
                        };
                    (f64::from(t.in_progress?), pushed as f64)
                }
                StatedField::LongTerm => (
                    f64::from(t.long_term?),
                    (p.long_term + summary.long_term_items) as f64,
                ),
                StatedField::NotStarted => (f64::from(t.not_started?), p.not_started as f64),
                StatedField::CompletionRate => {
                    (t.completion_rate?, p.completion_rate().unwrap_or(0.0))
                }
            };
            let matches = if field == StatedField::CompletionRate {
                (stated - counted).abs() <= 0.005 + 1e-9
            } else {
                stated == counted
            };
            Some(Comparison {
                field,
                stated,
                counted,
                matches,
            })
        })
        .collect()
}

/// The stated totals that disagree with the counts (empty when all agree or
/// nothing is stated). The widget shows these as a warning.
pub fn stated_vs_counted(report: &Report, summary: &Summary) -> Vec<Mismatch> {
    compare_stated(report, summary)
        .into_iter()
        .filter(|c| !c.matches)
        .collect()
}
