//! Matching the problems of two reports of the same department (an earlier
//! and a later notice). Printed numbers change between notices, and
//! problems get merged, split or reworded, so matching goes in stages,
//! surest first, each on what the earlier ones left:
//!
//! 1. the same id and the same normalised title (confidence 1);
//! 2. the same title, when it is unique on both sides (confidence 1);
//! 3. merged and split problems ([`groups`]): reported as such, never as
//!    a 1:1 match with the largest piece;
//! 4. the same id, the titles at least [`STABLE_ID_SIMILARITY`] alike;
//! 5. the same printed label in the same area, at least
//!    [`LABEL_AREA_SIMILARITY`] alike;
//! 6. title similarity (Dice over character bigrams) of at least
//!    [`SIMILAR_TITLE`], one to one, greedily by best score.
//!
//! What is left is added or removed, never guessed. Greedy assignment (best
//! pair first) rather than an optimal one (Hungarian, O(n³)): above the
//! threshold, conflicts are rare, the best pair is what a reader would pick,
//! and it runs in n log n over the candidate pairs, which an inverted index
//! keeps linear in the number of problems ([`candidates`]).

mod candidates;
mod groups;
mod problems;
mod stages;
mod text;

pub use candidates::{Candidate, CANDIDATES_PER_PROBLEM, COMMON_POSTING};
pub use groups::{MIN_COVERAGE, MIN_GAIN, MIN_PART_SHARE, PART_CONTAINMENT};
pub use problems::{problems, Problem};
pub use text::{dice, normalise, Bigrams};

use serde::Serialize;

/// Stage 4: the same id counts when the titles are at least this alike.
pub const STABLE_ID_SIMILARITY: f64 = 0.5;
/// Stage 5: the same label in the same area counts from this similarity.
pub const LABEL_AREA_SIMILARITY: f64 = 0.3;
/// Stage 6: titles at least this alike are the same problem reworded.
pub const SIMILAR_TITLE: f64 = 0.5;

/// Why two problems were matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchBasis {
    /// The same id (and a similar or the same title).
    Id,
    /// The same title, unique on both sides.
    Title,
    /// The same printed label in the same area.
    LabelArea,
    /// Similar titles.
    Similarity,
}

/// A problem of the old report matched with one of the new, as indices
/// into the two [`problems`] lists.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Pair {
    pub old: usize,
    pub new: usize,
    pub basis: MatchBasis,
    /// How alike the normalised titles are (Dice over bigrams, 0 to 1).
    pub confidence: f64,
}

/// Several old problems that became one new problem.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Merged {
    pub old: Vec<usize>,
    pub new: usize,
    /// Share of the new problem's text the old ones cover.
    pub confidence: f64,
}

/// One old problem that became several new ones.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Split {
    pub old: usize,
    pub new: Vec<usize>,
    /// Share of the old problem's text the new ones cover.
    pub confidence: f64,
}

/// Every problem of both reports, in exactly one place.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Matching {
    /// One-to-one matches, in the new report's order.
    pub pairs: Vec<Pair>,
    pub merged: Vec<Merged>,
    pub split: Vec<Split>,
    /// New problems with no counterpart, in order.
    pub added: Vec<usize>,
    /// Old problems with no counterpart, in order.
    pub removed: Vec<usize>,
}

/// Matches the problems of an old and a new report (see the module
/// documentation for the stages).
pub fn match_problems(old: &[Problem], new: &[Problem]) -> Matching {
    stages::run(old, new)
}

#[cfg(test)]
mod tests;
