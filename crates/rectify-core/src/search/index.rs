//! The search index: for every problem and long-term item, its fields as
//! displayed and as compared, and the area it is listed under.

use super::normalize::normalize;
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

struct Text {
    field: Field,
    shown: String,
    /// The text as compared, kept only where it differs from `shown`
    /// (most Chinese text folds to itself).
    folded: Option<String>,
}

impl Text {
    fn new(field: Field, shown: String) -> Text {
        let folded = normalize(&shown);
        Text {
            field,
            folded: (folded != shown).then_some(folded),
            shown,
        }
    }

    fn folded(&self) -> &str {
        self.folded.as_deref().unwrap_or(&self.shown)
    }
}

/// Id, label and title of a node.
struct Names {
    id: String,
    label: String,
    title: String,
}

impl Names {
    fn of(node: &Node) -> Names {
        Names {
            id: node.id.clone(),
            label: node.label.clone(),
            title: node.title.clone(),
        }
    }
}

struct Entry {
    node: Names,
    area: Option<Names>,
    texts: Vec<Text>,
}

/// Every problem and long-term item of a report, ready to search. Owns
/// what it shows, so that it can be kept beside the report it was made of.
pub struct SearchIndex {
    entries: Vec<Entry>,
}

impl SearchIndex {
    /// Indexes `report` (linear in its text).
    pub fn new(report: &Report) -> SearchIndex {
        let mut entries = Vec::new();
        let mut above = Vec::new();
        for top in &report.nodes {
            collect(top, &mut above, &mut entries);
        }
        SearchIndex { entries }
    }

    /// Problems matching every word of `query`, at most `limit` of them
    /// listed. An empty query finds nothing.
    pub fn search(&self, query: &str, limit: usize) -> Results {
        let terms = terms(query);
        if terms.is_empty() {
            return Results::default();
        }
        let mut results = Results::default();
        for entry in self.entries.iter().filter(|e| e.matches(&terms)) {
            results.total += 1;
            if results.total > limit {
                continue;
            }
            push_hit(&mut results.groups, entry, &terms);
        }
        results.more = results.total.saturating_sub(limit);
        results
    }
}

impl Entry {
    fn matches(&self, terms: &[String]) -> bool {
        terms
            .iter()
            .all(|t| self.texts.iter().any(|x| x.folded().contains(t.as_str())))
    }

    fn hit(&self, terms: &[String]) -> Hit {
        let fields = self
            .texts
            .iter()
            .filter_map(|x| {
                Snippet::of(&x.shown, x.folded(), terms).map(|snippet| FieldHit {
                    field: x.field.clone(),
                    snippet,
                })
            })
            .collect();
        Hit {
            node_id: self.node.id.clone(),
            label: self.node.label.clone(),
            title: self.node.title.clone(),
            fields,
        }
    }
}

/// Adds `entry`'s hit under its area, starting a group when the area changes.
fn push_hit(groups: &mut Vec<HitGroup>, entry: &Entry, terms: &[String]) {
    let area = entry.area.as_ref();
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
        group.hits.push(entry.hit(terms));
    }
}

/// Walks `node` in printed order; `above` holds the nodes above it.
fn collect<'a>(node: &'a Node, above: &mut Vec<&'a Node>, out: &mut Vec<Entry>) {
    if matches!(node.kind, NodeKind::Problem | NodeKind::LongTerm) {
        out.push(Entry {
            node: Names::of(node),
            area: listing_area(above).map(Names::of),
            texts: texts_of(node),
        });
        return;
    }
    above.push(node);
    for child in &node.children {
        collect(child, above, out);
    }
    above.pop();
}

fn texts_of(node: &Node) -> Vec<Text> {
    let text = Text::new;
    let mut texts = vec![text(Field::Title, node.title.clone())];
    if !node.body.trim().is_empty() {
        texts.push(text(Field::Body, node.body.clone()));
    }
    let measures = node.children.iter().filter(|c| c.kind == NodeKind::Measure);
    for (index, m) in measures.enumerate() {
        let shown = [m.title.as_str(), m.body.as_str()].join(" ");
        let label = m.label.clone();
        texts.push(text(
            Field::Measure { index, label },
            shown.trim().to_string(),
        ));
    }
    if !node.owners.is_empty() {
        texts.push(text(Field::Owners, node.owners.join("、")));
    }
    for (key, value) in &node.extra {
        texts.push(text(Field::Extra(key.clone()), value.clone()));
    }
    texts
}
