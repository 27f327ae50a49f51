//! Finding problems by what they say: titles, text, measures, owners,
//! figures and a ledger's extra columns. The index is built once per report
//! (in the language displayed: a 繁體 report is indexed after conversion);
//! each keystroke then scans its text once, or only the problems the last
//! query matched when the new one narrows it (`narrowing.rs`). Results are grouped by area, in
//! printed order, with the matched characters marked for highlighting.

mod index;
mod narrowing;
mod normalize;
mod snippet;

pub use index::{Field, SearchIndex};
pub use normalize::normalize;
pub use snippet::Snippet;

/// The longest query read, in characters; the rest is ignored.
pub const MAX_QUERY_CHARS: usize = 100;
/// The most search terms (words separated by spaces) used.
pub const MAX_TERMS: usize = 8;

/// The words of a query, normalised; every one must match.
pub fn terms(query: &str) -> Vec<String> {
    let query: String = query.chars().take(MAX_QUERY_CHARS).collect();
    let mut out: Vec<String> = Vec::new();
    for t in normalize(&query).split_whitespace() {
        if !out.iter().any(|o| o == t) {
            out.push(t.to_string());
        }
    }
    out.truncate(MAX_TERMS);
    out
}

/// One place in a problem where the query matched.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldHit {
    pub field: Field,
    pub snippet: Snippet,
}

/// A problem (or long-term item) that matched every term.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub node_id: String,
    pub label: String,
    pub title: String,
    /// Where the terms were found, in the order of the problem's fields.
    pub fields: Vec<FieldHit>,
}

/// Hits under one area (the nearest focus area, else the top-level
/// section; `None` for problems at the top level).
#[derive(Debug, Clone, PartialEq)]
pub struct HitGroup {
    pub area_id: Option<String>,
    pub area_label: String,
    pub area_title: String,
    pub hits: Vec<Hit>,
}

/// What a search found.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Results {
    pub groups: Vec<HitGroup>,
    /// Problems that matched, including those past the limit.
    pub total: usize,
    /// Problems that matched but are not listed (past the limit).
    pub more: usize,
}

#[cfg(test)]
mod tests;
