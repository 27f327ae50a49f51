//! Candidate pairs for similarity without comparing every old problem with
//! every new one: an inverted index from bigram to old problems. Bigrams
//! that many problems share (`整改`, `不到`) say little and would make the
//! work quadratic, so postings longer than [`COMMON_POSTING`] are skipped;
//! a problem made only of such bigrams looks at the first
//! [`COMMON_POSTING`] entries of its rarest one. Each new problem keeps its
//! [`CANDIDATES_PER_PROBLEM`] best candidates, scored exactly.

use std::collections::HashMap;

use super::Problem;

/// Postings longer than this are not followed.
pub const COMMON_POSTING: usize = 64;
/// Candidates kept per new problem.
pub const CANDIDATES_PER_PROBLEM: usize = 12;

/// An old and a new problem sharing `shared` bigrams.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Candidate {
    pub old: usize,
    pub new: usize,
    pub shared: usize,
}

/// Pairs of `old_live` × `new_live` problems (indices into `old` and `new`)
/// that share bigrams, with the exact number they share.
pub fn candidates(
    old: &[Problem],
    old_live: &[usize],
    new: &[Problem],
    new_live: &[usize],
) -> Vec<Candidate> {
    let mut index: HashMap<u64, Vec<usize>> = HashMap::new();
    for &o in old_live {
        for g in old[o].bigrams.iter() {
            index.entry(g).or_default().push(o);
        }
    }
    let mut out = Vec::new();
    let mut votes: HashMap<usize, usize> = HashMap::new();
    for &n in new_live {
        votes.clear();
        let mut rarest: Option<&Vec<usize>> = None;
        for g in new[n].bigrams.iter() {
            let Some(posting) = index.get(&g) else {
                continue;
            };
            if rarest.is_none_or(|r| posting.len() < r.len()) {
                rarest = Some(posting);
            }
            if posting.len() <= COMMON_POSTING {
                for &o in posting {
                    *votes.entry(o).or_default() += 1;
                }
            }
        }
        if votes.is_empty() {
            for &o in rarest.into_iter().flatten().take(COMMON_POSTING) {
                votes.insert(o, 1);
            }
        }
        let mut ranked: Vec<(usize, usize)> = votes.iter().map(|(&o, &v)| (o, v)).collect();
        ranked.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        for &(o, _) in ranked.iter().take(CANDIDATES_PER_PROBLEM) {
            let shared = old[o].bigrams.shared(&new[n].bigrams);
            out.push(Candidate {
                old: o,
                new: n,
                shared,
            });
        }
    }
    out
}
