//! Consistency checks before publishing, each located at the node to look
//! at (or at the stated totals): a problem marked done with a measure still
//! in progress, and the reverse; stated totals that differ from the counts;
//! problems' deadlines before the feedback date; problems with the same
//! title.

use super::words::ReviewMsg;
use crate::locale::Lang;
use crate::model::{Node, NodeKind, Report, Status};
use crate::stats::{compare_stated, effective_status, StatedField, Summary};

/// One thing to check.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// The node to jump to (`None`: the stated totals).
    pub id: Option<String>,
    pub kind: FindingKind,
}

/// What the check found.
#[derive(Debug, Clone, PartialEq)]
pub enum FindingKind {
    /// Problem done, `measure` (label) still in progress or not started.
    DoneWithOpenMeasure { problem: String, measure: String },
    /// Problem not done, every measure done.
    OpenWithMeasuresDone { problem: String },
    /// A stated total differs from the count.
    StatedDiffers {
        field: StatedField,
        stated: f64,
        counted: f64,
    },
    /// A deadline (ISO) before the feedback date.
    DeadlineBeforeFeedback {
        item: String,
        deadline: String,
        feedback: String,
    },
    /// Problems with the same title (their labels).
    DuplicateTitle { items: Vec<String>, title: String },
}

/// The label a person sees for a node: `(14)`, or its title's start.
fn name(n: &Node) -> String {
    if n.label.trim().is_empty() {
        n.title.chars().take(12).collect()
    } else {
        n.label.trim().to_string()
    }
}

impl Finding {
    /// The finding in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match &self.kind {
            FindingKind::DoneWithOpenMeasure { problem, measure } => {
                ReviewMsg::CheckDoneOpenMeasure.fill(lang, &[problem, measure])
            }
            FindingKind::OpenWithMeasuresDone { problem } => {
                ReviewMsg::CheckOpenAllDone.fill(lang, &[problem])
            }
            FindingKind::StatedDiffers {
                field,
                stated,
                counted,
            } => ReviewMsg::CheckStated.fill(
                lang,
                &[
                    field.label(lang),
                    &field.format_value(*stated),
                    &field.format_value(*counted),
                ],
            ),
            FindingKind::DeadlineBeforeFeedback {
                item,
                deadline,
                feedback,
            } => ReviewMsg::CheckDeadline.fill(lang, &[item, deadline, feedback]),
            FindingKind::DuplicateTitle { items, title } => {
                let sep = ReviewMsg::ListSeparator.text(lang);
                ReviewMsg::CheckDuplicate.fill(lang, &[&items.join(sep), title])
            }
        }
    }
}

fn measure_checks(p: &Node, out: &mut Vec<Finding>) {
    let measures: Vec<&Node> = p
        .children
        .iter()
        .filter(|c| c.kind == NodeKind::Measure)
        .collect();
    let status = effective_status(p);
    let open = |s: Option<Status>| matches!(s, Some(Status::InProgress | Status::NotStarted));
    if status == Some(Status::Done) {
        if let Some(m) = measures.iter().find(|m| open(m.status)) {
            out.push(Finding {
                id: Some(p.id.clone()),
                kind: FindingKind::DoneWithOpenMeasure {
                    problem: name(p),
                    measure: name(m),
                },
            });
        }
    } else if open(status)
        && !measures.is_empty()
        && measures.iter().all(|m| m.status == Some(Status::Done))
    {
        out.push(Finding {
            id: Some(p.id.clone()),
            kind: FindingKind::OpenWithMeasuresDone { problem: name(p) },
        });
    }
}

fn deadline_checks(report: &Report, problems: &[&Node], out: &mut Vec<Finding>) {
    let Some(feedback) = report.meta.feedback_date.as_deref() else {
        return;
    };
    for n in problems {
        let Some(d) = n.deadline.as_deref() else {
            continue;
        };
        if crate::load::is_iso_date(d) && d < feedback {
            out.push(Finding {
                id: Some(n.id.clone()),
                kind: FindingKind::DeadlineBeforeFeedback {
                    item: name(n),
                    deadline: d.to_string(),
                    feedback: feedback.to_string(),
                },
            });
        }
    }
}

fn duplicate_checks(problems: &[&Node], out: &mut Vec<Finding>) {
    let key = |n: &Node| {
        crate::text::norm_chars(n.title.trim())
            .into_iter()
            .collect::<String>()
    };
    let mut seen: Vec<(String, Vec<&Node>)> = Vec::new();
    for p in problems.iter().filter(|p| !p.title.trim().is_empty()) {
        let k = key(p);
        match seen.iter_mut().find(|(t, _)| *t == k) {
            Some((_, group)) => group.push(p),
            None => seen.push((k, vec![p])),
        }
    }
    for (_, group) in seen.into_iter().filter(|(_, g)| g.len() > 1) {
        out.push(Finding {
            id: Some(group[0].id.clone()),
            kind: FindingKind::DuplicateTitle {
                items: group.iter().map(|n| name(n)).collect(),
                title: group[0].title.trim().to_string(),
            },
        });
    }
}

/// Every finding, in the order: stated totals, then the tree in printed
/// order per check.
pub fn checks(report: &Report) -> Vec<Finding> {
    let mut out = Vec::new();
    let summary = Summary::of(report);
    for c in compare_stated(report, &summary)
        .into_iter()
        .filter(|c| !c.matches)
    {
        out.push(Finding {
            id: None,
            kind: FindingKind::StatedDiffers {
                field: c.field,
                stated: c.stated,
                counted: c.counted,
            },
        });
    }
    let problems: Vec<&Node> = report
        .walk()
        .filter(|n| n.kind == NodeKind::Problem)
        .collect();
    for p in &problems {
        measure_checks(p, &mut out);
    }
    deadline_checks(report, &problems, &mut out);
    duplicate_checks(&problems, &mut out);
    out
}
