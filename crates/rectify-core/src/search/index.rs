//! The search index: the folded text of every problem and long-term item in
//! one string, where each one is in the report, and the area it is listed
//! under. What a hit shows (names, snippets) is read from the report when
//! the hit is listed, so the index holds one copy of the text and no
//! allocation per field.

use std::cell::RefCell;

use super::narrowing::Narrowing;
use super::normalize::{fold_into, normalize};
use super::snippet::Snippet;
use super::{terms, FieldHit, Hit, HitGroup, Results};
use crate::link::listing_area;
use crate::model::{Node, NodeKind, Report};

/// Where in a problem a match was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field {
    Title,
    Body,
    /// A measure, by its position among the problem's measures (0-based),
    /// with its label (`一是`).
    Measure {
        index: usize,
        label: String,
    },
    Owners,
    /// A ledger column kept in `extra`, by its header.
    Extra(String),
}

/// Candidates fewer than one in this many entries are looked at one by
/// one; more, by a pass over the whole text (a searcher per entry costs
/// more than reading the text between them).
const FEW: usize = 8;

/// Between two fields of an entry's folded text. Terms are split at white
/// space, so no term holds it and no match runs from one field into the next.
const SEPARATOR: char = '\n';

/// A problem or long-term item: where its folded text ends in the index's
/// text, where it is in the report, and the area it is listed under.
struct Entry {
    end: usize,
    /// Child positions from the report's top level down to the node.
    path: Box<[u32]>,
    /// The area, by its position in `SearchIndex::areas`.
    area: Option<u32>,
}

/// Every problem and long-term item of a report, ready to search. Searching
/// reads the report it was made of for what a hit shows (pass the same
/// report to [`SearchIndex::search`]).
pub struct SearchIndex {
    /// The folded text of every entry, one after another.
    text: String,
    entries: Vec<Entry>,
    /// The paths of the areas entries are listed under.
    areas: Vec<Box<[u32]>>,
    /// The last query's terms and every entry they matched: a query that
    /// narrows it (a keystroke more) only looks at those.
    last: RefCell<Option<Narrowing>>,
}

impl SearchIndex {
    /// Indexes `report` (linear in its text).
    pub fn new(report: &Report) -> SearchIndex {
        let mut index = SearchIndex {
            text: String::new(),
            entries: Vec::new(),
            areas: Vec::new(),
            last: RefCell::new(None),
        };
        let mut walk = IndexWalk {
            path: Vec::new(),
            above: Vec::new(),
        };
        for (i, top) in report.nodes.iter().enumerate() {
            walk.node(top, i, &mut index);
        }
        index.text.shrink_to_fit();
        index
    }

    /// Problems matching every word of `query` in `report` (the report the
    /// index was made of), at most `limit` of them listed. An empty query
    /// finds nothing.
    pub fn search(&self, report: &Report, query: &str, limit: usize) -> Results {
        let terms = terms(query);
        let matched = self.matching(&terms);
        let mut results = Results {
            total: matched.len(),
            more: matched.len().saturating_sub(limit),
            ..Results::default()
        };
        for &i in matched.iter().take(limit) {
            self.push_hit(report, &mut results.groups, i as usize, &terms);
        }
        *self.last.borrow_mut() = (!terms.is_empty()).then(|| Narrowing::new(terms, matched));
        results
    }

    /// The entries that contain every term, in printed order: among the
    /// last query's matches when this query narrows it, else in the whole
    /// text; the longest (most telling) term first.
    fn matching(&self, terms: &[String]) -> Vec<u32> {
        let mut by_length: Vec<&String> = terms.iter().collect();
        by_length.sort_by_key(|t| std::cmp::Reverse(t.len()));
        let last = self.last.borrow();
        let mut found: Option<Vec<u32>> = last
            .as_ref()
            .filter(|l| !terms.is_empty() && l.is_narrowed_by(terms))
            .map(|l| l.matched.clone());
        for term in by_length {
            found = Some(self.containing(term, found.as_deref()));
        }
        found.unwrap_or_default()
    }

    /// The entries containing `term`, among `among` (sorted) when given.
    /// A few are looked at one by one; many, by one pass over the text.
    fn containing(&self, term: &str, among: Option<&[u32]>) -> Vec<u32> {
        match among {
            Some(few) if few.len() * FEW < self.entries.len() => few
                .iter()
                .copied()
                .filter(|&i| self.entry_text(i as usize).contains(term))
                .collect(),
            Some(many) => intersect(&self.scan(term), many),
            None => self.scan(term),
        }
    }

    /// The entries whose text contains `term`, in one pass over the text
    /// with one searcher.
    fn scan(&self, term: &str) -> Vec<u32> {
        let mut found = Vec::new();
        let mut entry = 0;
        for (at, _) in self.text.match_indices(term) {
            if found.last() == Some(&(entry as u32)) && at < self.entries[entry].end {
                continue;
            }
            while self.entries.get(entry).is_some_and(|e| e.end <= at) {
                entry += 1;
            }
            if entry < self.entries.len() {
                found.push(entry as u32);
            }
        }
        found
    }

    fn entry_text(&self, i: usize) -> &str {
        let start = i.checked_sub(1).map_or(0, |p| self.entries[p].end);
        &self.text[start..self.entries[i].end]
    }

    /// Adds entry `i`'s hit under its area, starting a group when the area
    /// changes. An entry not found in `report` (not the one indexed) is
    /// left out.
    fn push_hit(&self, report: &Report, groups: &mut Vec<HitGroup>, i: usize, terms: &[String]) {
        let entry = &self.entries[i];
        let Some(node) = node_at(report, &entry.path) else {
            return;
        };
        let area = entry
            .area
            .and_then(|a| node_at(report, &self.areas[a as usize]));
        let area_id = area.map(|a| a.id.clone());
        if groups.last().is_none_or(|g| g.area_id != area_id) {
            groups.push(HitGroup {
                area_id,
                area_label: area.map(|a| a.label.clone()).unwrap_or_default(),
                area_title: area.map(|a| a.title.clone()).unwrap_or_default(),
                hits: Vec::new(),
            });
        }
        if let Some(group) = groups.last_mut() {
            group.hits.push(hit(node, terms));
        }
    }
}

/// The values in both sorted lists.
fn intersect(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    while let (Some(&x), Some(&y)) = (a.get(i), b.get(j)) {
        if x <= y {
            i += 1;
        }
        if y <= x {
            j += 1;
        }
        if x == y {
            out.push(x);
        }
    }
    out
}

/// The node at `path` in `report`.
fn node_at<'a>(report: &'a Report, path: &[u32]) -> Option<&'a Node> {
    let (first, rest) = path.split_first()?;
    let mut node = report.nodes.get(*first as usize)?;
    for &i in rest {
        node = node.children.get(i as usize)?;
    }
    Some(node)
}

/// A node's hit: where the terms are found, with snippets.
fn hit(node: &Node, terms: &[String]) -> Hit {
    let mut fields = Vec::new();
    each_text(node, |field, shown| {
        let folded = normalize(shown);
        if let Some(snippet) = Snippet::of(shown, &folded, terms) {
            fields.push(FieldHit {
                field: field(),
                snippet,
            });
        }
    });
    Hit {
        node_id: node.id.clone(),
        label: node.label.clone(),
        title: node.title.clone(),
        fields,
    }
}

/// Walks the report in printed order, indexing problems and long-term items.
struct IndexWalk<'a> {
    /// Child positions down to the current node.
    path: Vec<u32>,
    /// The nodes above the current one, with their paths.
    above: Vec<&'a Node>,
}

impl<'a> IndexWalk<'a> {
    fn node(&mut self, node: &'a Node, position: usize, index: &mut SearchIndex) {
        self.path.push(position as u32);
        if matches!(node.kind, NodeKind::Problem | NodeKind::LongTerm) {
            self.entry(node, index);
        } else {
            self.above.push(node);
            for (i, child) in node.children.iter().enumerate() {
                self.node(child, i, index);
            }
            self.above.pop();
        }
        self.path.pop();
    }

    fn entry(&self, node: &Node, index: &mut SearchIndex) {
        let area = listing_area(&self.above).map(|a| {
            let depth = self
                .above
                .iter()
                .position(|n| std::ptr::eq(*n, a))
                .unwrap_or(0);
            let path = &self.path[..=depth];
            match index.areas.last() {
                Some(last) if **last == *path => index.areas.len() - 1,
                _ => {
                    index.areas.push(path.into());
                    index.areas.len() - 1
                }
            }
        });
        each_text(node, |_, shown| {
            fold_into(&mut index.text, shown);
            index.text.push(SEPARATOR);
        });
        index.entries.push(Entry {
            end: index.text.len(),
            path: self.path.as_slice().into(),
            area: area.map(|a| a as u32),
        });
    }
}

/// Each searched text of a problem, in order, with its field (made only
/// when asked for).
fn each_text(node: &Node, mut f: impl FnMut(&dyn Fn() -> Field, &str)) {
    f(&|| Field::Title, &node.title);
    if !node.body.trim().is_empty() {
        f(&|| Field::Body, &node.body);
    }
    let measures = node.children.iter().filter(|c| c.kind == NodeKind::Measure);
    for (index, m) in measures.enumerate() {
        let shown = [m.title.as_str(), m.body.as_str()].join(" ");
        f(
            &|| Field::Measure {
                index,
                label: m.label.clone(),
            },
            shown.trim(),
        );
    }
    if !node.owners.is_empty() {
        f(&|| Field::Owners, &node.owners.join("、"));
    }
    for (key, value) in &node.extra {
        f(&|| Field::Extra(key.clone()), value);
    }
}
