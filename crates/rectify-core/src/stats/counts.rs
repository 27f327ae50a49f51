use crate::model::Status;

/// How many nodes have each status. `unknown` counts nodes with no status
/// and nothing to derive one from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct StatusCounts {
    pub done: usize,
    pub in_progress: usize,
    pub long_term: usize,
    pub not_started: usize,
    pub unknown: usize,
}

impl StatusCounts {
    pub fn add(&mut self, status: Option<Status>) {
        match status {
            Some(Status::Done) => self.done += 1,
            Some(Status::InProgress) => self.in_progress += 1,
            Some(Status::LongTerm) => self.long_term += 1,
            Some(Status::NotStarted) => self.not_started += 1,
            None => self.unknown += 1,
        }
    }

    pub fn get(&self, status: Status) -> usize {
        match status {
            Status::Done => self.done,
            Status::InProgress => self.in_progress,
            Status::LongTerm => self.long_term,
            Status::NotStarted => self.not_started,
        }
    }

    pub fn total(&self) -> usize {
        self.done + self.in_progress + self.long_term + self.not_started + self.unknown
    }

    /// Done as a share of the total, `None` when there is nothing to count.
    pub fn completion_rate(&self) -> Option<f64> {
        let total = self.total();
        (total > 0).then(|| self.done as f64 / total as f64)
    }

    /// The statuses with a non-zero count, in display order.
    pub fn present(&self) -> Vec<(Status, usize)> {
        Status::ALL
            .into_iter()
            .map(|s| (s, self.get(s)))
            .filter(|&(_, n)| n > 0)
            .collect()
    }
}
