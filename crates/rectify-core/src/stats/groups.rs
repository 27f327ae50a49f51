use super::{effective_status, StatusCounts};
use crate::model::{Node, NodeKind, Report};

/// A group of problems shown as one bar: a focus area, or the section (or
/// the whole report) when a notice has no focus areas.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Group {
    /// Id of the node the group stands for (`s2-a1`), or `all`.
    pub id: String,
    /// The label as printed (`(一)`).
    pub label: String,
    pub title: String,
    #[serde(flatten)]
    pub counts: StatusCounts,
}

/// Problems grouped by the nearest focus area above them; where there is
/// none, by the top-level node holding them; problems at the top level form
/// a group `all`. Groups without problems are left out.
pub fn groups(report: &Report) -> Vec<Group> {
    let mut out: Vec<Group> = Vec::new();
    let mut loose = StatusCounts::default();
    for top in &report.nodes {
        if top.kind == NodeKind::Problem {
            loose.add(effective_status(top));
            continue;
        }
        let areas: Vec<&Node> = top.descendants_of_kind(NodeKind::FocusArea).collect();
        if areas.is_empty() {
            push(&mut out, top);
        } else {
            for area in areas {
                push(&mut out, area);
            }
        }
    }
    if loose.total() > 0 {
        out.push(Group {
            id: "all".into(),
            label: String::new(),
            title: "全部问题".into(),
            counts: loose,
        });
    }
    out
}

fn push(out: &mut Vec<Group>, node: &Node) {
    let mut counts = StatusCounts::default();
    for p in node.descendants_of_kind(NodeKind::Problem) {
        counts.add(effective_status(p));
    }
    if counts.total() > 0 {
        out.push(Group {
            id: node.id.clone(),
            label: node.label.clone(),
            title: node.title.clone(),
            counts,
        });
    }
}

/// Long-term items grouped by the top-level node (section) holding them, so
/// that readers can open them like a focus area.
pub fn long_term_groups(report: &Report) -> Vec<Group> {
    report
        .nodes
        .iter()
        .filter_map(|top| {
            let mut counts = StatusCounts::default();
            for item in top.descendants_of_kind(NodeKind::LongTerm) {
                counts.add(effective_status(item));
            }
            (counts.total() > 0).then(|| Group {
                id: top.id.clone(),
                label: top.label.clone(),
                title: top.title.clone(),
                counts,
            })
        })
        .collect()
}
