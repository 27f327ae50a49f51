//! Changes an editor makes one at a time, with undo: each change records
//! the choices before it.

use super::choices::{ReviewChoices, StatusEdit, TotalsChoice};
use crate::convert::{Level, LevelKind, Numbering};
use crate::model::{NodeKind, Status};

/// One change of the review.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// Nodes of `numbering` are of `kind`; `levels` are the levels shown
    /// (their current kinds are kept for the others).
    Level {
        numbering: Numbering,
        kind: NodeKind,
        levels: Vec<Level>,
    },
    Status {
        id: String,
        status: Status,
        reason: String,
    },
    /// Owners as typed (`甲、乙`).
    Owners {
        id: String,
        text: String,
    },
    Deadline {
        id: String,
        value: String,
    },
    CompletedOn {
        id: String,
        value: String,
    },
    Totals(TotalsChoice),
    /// The inferred statuses of these problems, confirmed with `reason`.
    Accept {
        items: Vec<(String, Status)>,
        reason: String,
    },
}

/// Owners typed as one text: split at 、 , ， ; ； and new lines.
pub fn parse_owners(text: &str) -> Vec<String> {
    text.split(['、', ',', '，', ';', '；', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// The choices of a review and the choices before each change.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReviewHistory {
    pub choices: ReviewChoices,
    undo: Vec<ReviewChoices>,
}

/// Changes kept for undo.
const UNDO_DEPTH: usize = 100;

impl ReviewHistory {
    /// A history starting at `choices` (nothing to undo).
    pub fn new(choices: ReviewChoices) -> ReviewHistory {
        ReviewHistory {
            choices,
            undo: Vec::new(),
        }
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Applies `change`; a change that changes nothing is not recorded.
    pub fn change(&mut self, change: Change) {
        let before = self.choices.clone();
        apply_change(&mut self.choices, change);
        if self.choices != before {
            if self.undo.len() == UNDO_DEPTH {
                self.undo.remove(0);
            }
            self.undo.push(before);
        }
    }

    /// Goes back one change; false when there is none.
    pub fn undo(&mut self) -> bool {
        match self.undo.pop() {
            Some(c) => {
                self.choices = c;
                true
            }
            None => false,
        }
    }
}

fn apply_change(choices: &mut ReviewChoices, change: Change) {
    match change {
        Change::Level {
            numbering,
            kind,
            levels,
        } => {
            choices.levels = levels
                .iter()
                .map(|l| LevelKind {
                    numbering: l.numbering,
                    kind: if l.numbering == numbering {
                        kind
                    } else {
                        l.kind
                    },
                })
                .collect();
            // Ids follow the tree: edits made before may no longer apply.
            choices.edits.clear();
        }
        Change::Status { id, status, reason } => {
            choices.edit_mut(&id).status = Some(StatusEdit {
                status,
                reason: reason.trim().to_string(),
            });
        }
        Change::Owners { id, text } => choices.edit_mut(&id).owners = Some(parse_owners(&text)),
        Change::Deadline { id, value } => {
            choices.edit_mut(&id).deadline = Some(value.trim().to_string())
        }
        Change::CompletedOn { id, value } => {
            choices.edit_mut(&id).completed_on = Some(value.trim().to_string())
        }
        Change::Totals(t) => choices.stated_totals = t,
        Change::Accept { items, reason } => {
            for (id, status) in items {
                choices.edit_mut(&id).status = Some(StatusEdit {
                    status,
                    reason: reason.clone(),
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owners_split_at_list_marks() {
        assert_eq!(parse_owners("甲、乙，丙; 丁\n"), ["甲", "乙", "丙", "丁"]);
        assert!(parse_owners(" 、 ").is_empty());
    }

    #[test]
    fn undo_goes_back_one_change_at_a_time() {
        let mut h = ReviewHistory::default();
        assert!(!h.can_undo());
        h.change(Change::Totals(TotalsChoice::None));
        h.change(Change::Status {
            id: "p1".into(),
            status: Status::Done,
            reason: " 确认 ".into(),
        });
        h.change(Change::Totals(TotalsChoice::None));
        let edit = h.choices.edit("p1").and_then(|e| e.status.clone());
        assert_eq!(edit.map(|s| s.reason), Some("确认".to_string()));
        assert!(h.undo());
        assert_eq!(h.choices.edit("p1"), None);
        assert_eq!(h.choices.stated_totals, TotalsChoice::None);
        assert!(h.undo());
        assert_eq!(h.choices, ReviewChoices::default());
        assert!(!h.undo());
    }

    #[test]
    fn a_level_change_keeps_the_other_levels_and_drops_stale_edits() {
        let level = |numbering, kind| Level {
            numbering,
            example: String::new(),
            depth: 0,
            count: 1,
            kind,
        };
        let mut h = ReviewHistory::default();
        h.change(Change::Owners {
            id: "p1".into(),
            text: "甲".into(),
        });
        h.change(Change::Level {
            numbering: Numbering::Arabic,
            kind: NodeKind::Problem,
            levels: vec![
                level(Numbering::ChineseDun, NodeKind::Section),
                level(Numbering::Arabic, NodeKind::Category),
            ],
        });
        let kinds: Vec<NodeKind> = h.choices.levels.iter().map(|l| l.kind).collect();
        assert_eq!(kinds, [NodeKind::Section, NodeKind::Problem]);
        assert!(h.choices.edits.is_empty());
        h.undo();
        assert_eq!(h.choices.edits.len(), 1);
    }
}
