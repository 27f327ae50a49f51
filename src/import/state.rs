//! The import page's state: what was loaded, the review (choices with
//! undo), and a notice for the editor. Every change bumps `revision`, which
//! keys the derived report and its downloads.

use std::rc::Rc;

use rectify_core::review::{Change, ReviewChoices, ReviewHistory};
use yew::Reducible;

use super::session::{Failure, Source};

/// A line for the editor above the result.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// A draft from an earlier visit was restored.
    Restored,
    /// A report JSON was opened again.
    Reopened,
    /// A file above the page's limit was refused unread.
    TooLarge { size: f64 },
}

#[derive(Default)]
pub struct PageState {
    pub source: Option<Source>,
    pub history: ReviewHistory,
    pub notice: Option<Notice>,
    /// A file that could not be opened (its name and why).
    pub failure: Option<(String, Rc<Failure>)>,
    pub revision: u32,
}

pub enum Action {
    Load(Source),
    LoadFailed(String, Failure),
    Restore(Source, ReviewChoices),
    Change(Change),
    Undo,
    /// XLSX: convert this worksheet.
    Sheet(String),
    TooLarge(f64),
    /// Start again (the draft is cleared by the page).
    Clear,
}

impl Reducible for PageState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let revision = self.revision + 1;
        let next = match action {
            Action::Load(source) => PageState {
                notice: matches!(source, Source::Report { .. }).then_some(Notice::Reopened),
                source: Some(source),
                history: ReviewHistory::default(),
                failure: None,
                revision,
            },
            Action::LoadFailed(name, failure) => PageState {
                failure: Some((name, Rc::new(failure))),
                revision,
                ..PageState::default()
            },
            Action::Restore(source, choices) => PageState {
                source: Some(source),
                history: ReviewHistory::new(choices),
                notice: Some(Notice::Restored),
                failure: None,
                revision,
            },
            Action::TooLarge(size) => PageState {
                notice: Some(Notice::TooLarge { size }),
                revision,
                ..PageState::default()
            },
            Action::Clear => PageState {
                revision,
                ..PageState::default()
            },
            Action::Change(change) => {
                let mut history = self.history.clone();
                history.change(change);
                self.with(history, self.source.clone(), revision)
            }
            Action::Undo => {
                let mut history = self.history.clone();
                history.undo();
                self.with(history, self.source.clone(), revision)
            }
            Action::Sheet(name) => {
                let source = match self.source.clone() {
                    Some(Source::Input {
                        name: file,
                        bytes,
                        format,
                        sheets,
                        ..
                    }) => Some(Source::Input {
                        name: file,
                        bytes,
                        format,
                        sheet: Some(name),
                        sheets,
                    }),
                    other => other,
                };
                self.with(ReviewHistory::default(), source, revision)
            }
        };
        Rc::new(next)
    }
}

impl PageState {
    fn with(&self, history: ReviewHistory, source: Option<Source>, revision: u32) -> PageState {
        PageState {
            source,
            history,
            notice: self.notice.clone(),
            failure: None,
            revision,
        }
    }
}
