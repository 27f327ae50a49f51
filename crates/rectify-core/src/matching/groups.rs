//! Merged and split problems. A problem is split when several new problems
//! each take most of their text from it and together cover much more of it
//! than any one of them does; merged is the same seen from the other side.
//! Such a problem is reported as merged or split, never as a guessed 1:1
//! match with its largest piece.

use std::collections::{BTreeMap, HashSet};

use super::Problem;

/// A piece takes at least this share of its own bigrams from the whole.
pub const PART_CONTAINMENT: f64 = 0.6;
/// Each piece covers at least this share of the whole's bigrams.
pub const MIN_PART_SHARE: f64 = 0.15;
/// The pieces together cover at least this share of the whole.
pub const MIN_COVERAGE: f64 = 0.6;
/// …and this much more than the largest piece alone.
pub const MIN_GAIN: f64 = 0.15;

/// One problem (`whole`) and the problems it became or came from (`parts`),
/// as indices into the whole's and the parts' problem lists.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub whole: usize,
    pub parts: Vec<usize>,
    /// Share of the whole's bigrams the parts cover together.
    pub coverage: f64,
}

/// Groups among `pairs` of (whole, part, shared bigrams).
pub fn find_groups(
    wholes: &[Problem],
    parts: &[Problem],
    pairs: impl Iterator<Item = (usize, usize, usize)>,
) -> Vec<Group> {
    // Each part goes to the whole it takes the largest share of its text from.
    let mut best: BTreeMap<usize, (f64, usize, usize)> = BTreeMap::new();
    for (w, p, shared) in pairs {
        let size = parts[p].bigrams.len();
        if size < 3 {
            continue;
        }
        let contained = shared as f64 / size as f64;
        let share = shared as f64 / wholes[w].bigrams.len().max(1) as f64;
        if contained < PART_CONTAINMENT || share < MIN_PART_SHARE {
            continue;
        }
        let better = best.get(&p).is_none_or(|&(c, s, bw)| {
            (contained, shared, usize::MAX - w) > (c, s, usize::MAX - bw)
        });
        if better {
            best.insert(p, (contained, shared, w));
        }
    }
    let mut by_whole: BTreeMap<usize, Vec<(usize, usize)>> = BTreeMap::new();
    for (p, (_, shared, w)) in best {
        by_whole.entry(w).or_default().push((p, shared));
    }
    by_whole
        .into_iter()
        .filter(|(_, ps)| ps.len() >= 2)
        .filter_map(|(w, ps)| group_if_covering(&wholes[w], parts, w, &ps))
        .collect()
}

fn group_if_covering(
    whole: &Problem,
    parts: &[Problem],
    w: usize,
    pieces: &[(usize, usize)],
) -> Option<Group> {
    let size = whole.bigrams.len().max(1) as f64;
    let union: HashSet<u64> = pieces
        .iter()
        .flat_map(|&(p, _)| parts[p].bigrams.iter())
        .collect();
    let covered = whole.bigrams.iter().filter(|g| union.contains(g)).count();
    let coverage = covered as f64 / size;
    let largest = pieces.iter().map(|&(_, s)| s).max().unwrap_or(0) as f64 / size;
    (coverage >= MIN_COVERAGE && coverage - largest >= MIN_GAIN).then(|| Group {
        whole: w,
        parts: pieces.iter().map(|&(p, _)| p).collect(),
        coverage,
    })
}
