//! The stages of [`super::match_problems`], each on what the earlier ones
//! left.

use std::collections::HashMap;

use super::candidates::{candidates, Candidate};
use super::groups::find_groups;
use super::text::dice;
use super::{
    MatchBasis, Matching, Merged, Pair, Problem, Split, LABEL_AREA_SIMILARITY, SIMILAR_TITLE,
    STABLE_ID_SIMILARITY,
};

struct State<'p, 'a> {
    old: &'p [Problem<'a>],
    new: &'p [Problem<'a>],
    old_done: Vec<bool>,
    new_done: Vec<bool>,
    out: Matching,
}

pub fn run(old: &[Problem], new: &[Problem]) -> Matching {
    let mut s = State {
        old,
        new,
        old_done: vec![false; old.len()],
        new_done: vec![false; new.len()],
        out: Matching::default(),
    };
    s.same_id_and_title();
    s.same_unique_title();
    let pairs = candidates(old, &s.live_old(), new, &s.live_new());
    s.merged_and_split(&pairs);
    s.stable_ids();
    s.label_and_area();
    s.similar_titles(&pairs);
    s.finish()
}

impl<'p> State<'p, '_> {
    fn live_old(&self) -> Vec<usize> {
        (0..self.old.len()).filter(|&o| !self.old_done[o]).collect()
    }

    fn live_new(&self) -> Vec<usize> {
        (0..self.new.len()).filter(|&n| !self.new_done[n]).collect()
    }

    fn similarity(&self, o: usize, n: usize) -> f64 {
        self.old[o].bigrams.dice(&self.new[n].bigrams)
    }

    fn pair(&mut self, old: usize, new: usize, basis: MatchBasis, confidence: f64) {
        self.old_done[old] = true;
        self.new_done[new] = true;
        self.out.pairs.push(Pair {
            old,
            new,
            basis,
            confidence,
        });
    }

    /// Ids of the old problems not matched yet (borrowed from the list,
    /// not from the state, so that the state can change meanwhile).
    fn old_ids(&self) -> HashMap<&'p str, usize> {
        let old = self.old;
        let mut ids = HashMap::new();
        for o in self.live_old() {
            ids.entry(old[o].node.id.as_str()).or_insert(o);
        }
        ids
    }

    fn same_id_and_title(&mut self) {
        let ids = self.old_ids();
        for n in 0..self.new.len() {
            if let Some(&o) = ids.get(self.new[n].node.id.as_str()) {
                if self.old[o].text == self.new[n].text {
                    self.pair(o, n, MatchBasis::Id, 1.0);
                }
            }
        }
    }

    fn same_unique_title(&mut self) {
        let count = |list: &[Problem], live: Vec<usize>| {
            let mut by_text: HashMap<String, (usize, usize)> = HashMap::new();
            for i in live {
                let e = by_text.entry(list[i].text.clone()).or_insert((0, i));
                e.0 += 1;
            }
            by_text
        };
        let olds = count(self.old, self.live_old());
        let news = count(self.new, self.live_new());
        for n in self.live_new() {
            let text = &self.new[n].text;
            if let (Some(&(1, o)), Some(&(1, _))) = (olds.get(text), news.get(text)) {
                if !text.is_empty() {
                    self.pair(o, n, MatchBasis::Title, 1.0);
                }
            }
        }
    }

    fn merged_and_split(&mut self, pairs: &[Candidate]) {
        let live = |s: &Self| -> Vec<(usize, usize, usize)> {
            pairs
                .iter()
                .filter(|c| !s.old_done[c.old] && !s.new_done[c.new])
                .map(|c| (c.old, c.new, c.shared))
                .collect()
        };
        for g in find_groups(self.old, self.new, live(self).into_iter()) {
            self.claim(&[g.whole], &g.parts);
            self.out.split.push(Split {
                old: g.whole,
                new: g.parts,
                confidence: g.coverage,
            });
        }
        let flipped = live(self).into_iter().map(|(o, n, shared)| (n, o, shared));
        for g in find_groups(self.new, self.old, flipped) {
            self.claim(&g.parts, &[g.whole]);
            self.out.merged.push(Merged {
                old: g.parts,
                new: g.whole,
                confidence: g.coverage,
            });
        }
    }

    /// Marks problems as placed (in a merge or split).
    fn claim(&mut self, olds: &[usize], news: &[usize]) {
        olds.iter().for_each(|&o| self.old_done[o] = true);
        news.iter().for_each(|&n| self.new_done[n] = true);
    }

    fn stable_ids(&mut self) {
        let ids = self.old_ids();
        for n in self.live_new() {
            if let Some(&o) = ids.get(self.new[n].node.id.as_str()) {
                let similarity = self.similarity(o, n);
                if similarity >= STABLE_ID_SIMILARITY {
                    self.pair(o, n, MatchBasis::Id, similarity);
                }
            }
        }
    }

    fn label_and_area(&mut self) {
        let (old, new) = (self.old, self.new);
        let mut by_place: HashMap<(&str, &str), Vec<usize>> = HashMap::new();
        for o in self.live_old() {
            let p = &old[o];
            if !p.node.label.is_empty() {
                by_place
                    .entry((p.node.label.as_str(), p.area.as_str()))
                    .or_default()
                    .push(o);
            }
        }
        for n in self.live_new() {
            let p = &new[n];
            let Some(olds) = by_place.get(&(p.node.label.as_str(), p.area.as_str())) else {
                continue;
            };
            let best = olds
                .iter()
                .filter(|&&o| !self.old_done[o])
                .map(|&o| (self.similarity(o, n), o))
                .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)));
            if let Some((similarity, o)) = best.filter(|b| b.0 >= LABEL_AREA_SIMILARITY) {
                self.pair(o, n, MatchBasis::LabelArea, similarity);
            }
        }
    }

    fn similar_titles(&mut self, pairs: &[Candidate]) {
        let mut scored: Vec<(f64, usize, usize)> = pairs
            .iter()
            .filter(|c| !self.old_done[c.old] && !self.new_done[c.new])
            .map(|c| {
                let size = (self.old[c.old].bigrams.len(), self.new[c.new].bigrams.len());
                (dice(c.shared, size.0, size.1), c.old, c.new)
            })
            .filter(|&(d, _, _)| d >= SIMILAR_TITLE)
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        for (similarity, o, n) in scored {
            if !self.old_done[o] && !self.new_done[n] {
                self.pair(o, n, MatchBasis::Similarity, similarity);
            }
        }
    }

    fn finish(mut self) -> Matching {
        self.out.added = self.live_new();
        self.out.removed = self.live_old();
        self.out.pairs.sort_by_key(|p| p.new);
        self.out.merged.sort_by_key(|m| m.new);
        self.out.split.sort_by_key(|s| s.old);
        self.out
    }
}
