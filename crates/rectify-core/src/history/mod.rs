//! A department's reports over time: what changed between two reports
//! ([`diff`]) and the burn-up series over all of them ([`burnup`]).

mod burnup;
mod describe;
mod diff;

pub use burnup::{burnup, burnup_from_entries, BurnupPoint};
pub use describe::{describe_diff, status_change_line};
pub use diff::{diff, MatchedProblem, MergedProblems, ProblemRef, ReportDiff, SplitProblem};
