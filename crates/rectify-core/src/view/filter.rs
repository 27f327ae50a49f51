use super::StatusKey;
use crate::model::Status;

/// The legend's status filter: which statuses the charts and lists hide.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StatusFilter {
    hidden: Vec<StatusKey>,
}

impl StatusFilter {
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
