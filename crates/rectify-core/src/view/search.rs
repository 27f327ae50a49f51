//! Search results as the widget lists them: grouped by area, each problem
//! with the places it matched, labelled in the reader's language, matched
//! text marked; the count and the "and N more" line.

use crate::locale::{vocab, Lang, Msg};
use crate::model::NodeId;
use crate::search::{Field, Results, Snippet};
use crate::stats::GroupId;

/// A search's results, ready to list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchView {
    /// `找到3个问题`, announced politely.
    pub count: String,
    pub groups: Vec<SearchGroupView>,
    /// `另有5个未列出…` past the limit.
    pub more: Option<String>,
}

/// The hits under one area, with the area's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchGroupView {
    pub heading: String,
    pub hits: Vec<SearchHitView>,
}

/// A problem found: where it is listed, its label and title, and the other
/// fields that matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchHitView {
    pub area: GroupId,
    pub problem: NodeId,
    pub label: String,
    /// The title, matched parts marked.
    pub title: Vec<(String, bool)>,
    pub fields: Vec<SearchFieldView>,
}

/// A matched field other than the title: `整改措施 一是：` and the snippet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchFieldView {
    pub label: String,
    /// The snippet, with `…` where it was cut.
    pub parts: Vec<(String, bool)>,
}

/// The view of `results` in `lang`.
pub fn search_view(results: &Results, lang: Lang) -> SearchView {
    let groups = results
        .groups
        .iter()
        .map(|g| {
            let area = match &g.area_id {
                Some(id) => GroupId::Node(NodeId::new(id)),
                None => GroupId::TopLevel,
            };
            SearchGroupView {
                heading: match &g.area_id {
                    Some(_) => format!("{}{}", g.area_label, g.area_title),
                    None => Msg::AllProblems.text(lang).to_string(),
                },
                hits: g
                    .hits
                    .iter()
                    .map(|h| {
                        let mut title = vec![(h.title.clone(), false)];
                        let mut fields = Vec::new();
                        for f in &h.fields {
                            let label = match &f.field {
                                Field::Title => {
                                    title = parts(&f.snippet);
                                    continue;
                                }
                                Field::Body => Msg::FieldBody.text(lang).to_string(),
                                Field::Measure { label, .. } => {
                                    format!("{} {label}", Msg::Measures.text(lang))
                                }
                                Field::Owners => Msg::Owners.text(lang).to_string(),
                                Field::Extra(k) => k.clone(),
                            };
                            fields.push(SearchFieldView {
                                label: vocab::with_colon(label.trim_end(), lang),
                                parts: parts(&f.snippet),
                            });
                        }
                        SearchHitView {
                            area: area.clone(),
                            problem: NodeId::new(&h.node_id),
                            label: h.label.clone(),
                            title,
                            fields,
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    let n = |k: usize| k.to_string();
    SearchView {
        count: Msg::SearchFound.fill(lang, &[&n(results.total)]),
        groups,
        more: (results.more > 0).then(|| Msg::SearchMore.fill(lang, &[&n(results.more)])),
    }
}

fn parts(s: &Snippet) -> Vec<(String, bool)> {
    let dots = || ("…".to_string(), false);
    let mut out = Vec::with_capacity(s.parts.len() + 2);
    if s.cut_start {
        out.push(dots());
    }
    out.extend(s.parts.iter().cloned());
    if s.cut_end {
        out.push(dots());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::SearchIndex;

    fn text(parts: &[(String, bool)]) -> String {
        parts.iter().map(|(t, _)| t.as_str()).collect()
    }

    #[test]
    fn results_for_a_phrase_grouped_with_their_measures() {
        let report = crate::test_support::bundled_report();
        let index = SearchIndex::new(&report);
        let v = search_view(&index.search(&report, "代理记账", 100), Lang::ZhHans);
        assert_eq!(v.count, "找到3个问题");
        assert_eq!(v.more, None);
        assert_eq!(v.groups.len(), 1);
        let g = &v.groups[0];
        assert!(g.heading.starts_with("(二)聚焦"), "{}", g.heading);
        let labels: Vec<&str> = g.hits.iter().map(|h| h.label.as_str()).collect();
        assert_eq!(labels, ["(13)", "(14)", "(19)"]);
        let p13 = &g.hits[0];
        assert_eq!(p13.area, GroupId::Node(NodeId::new("s2-a2")));
        assert_eq!(p13.problem.as_str(), "s2-a2-c6-p13");
        let fields: Vec<&str> = p13.fields.iter().map(|f| f.label.as_str()).collect();
        assert!(fields.contains(&"整改措施 一是："), "{fields:?}");
        for f in &p13.fields {
            assert!(f.parts.iter().any(|(t, m)| *m && t == "代理记账"));
        }
        let en = search_view(&index.search(&report, "代理记账", 2), Lang::En);
        assert_eq!(en.count, "3 problems found");
        assert_eq!(
            en.more.as_deref(),
            Some("and 1 more not listed; type more words")
        );
        assert_eq!(en.groups[0].hits[0].fields[0].label, "Measures 一是: ");
        assert!(!text(&en.groups[0].hits[0].title).is_empty());
    }
}
