use super::{effective_status, StatusCounts};
use crate::locale::{Lang, Msg};
use crate::model::{Node, NodeId, NodeKind, Report};

/// Which problems a [`Group`] holds.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GroupId {
    /// The problems (or long-term items) under this node.
    Node(NodeId),
    /// The problems that stand at the top level of the report, under no
    /// section. The interface names it (`全部问题`, `All problems`).
    TopLevel,
}

impl GroupId {
    /// A stable text key: the node's id, or `all` (JSON output, element keys).
    pub fn key(&self) -> &str {
        match self {
            GroupId::Node(id) => id.as_str(),
            GroupId::TopLevel => "all",
        }
    }
}

impl serde::Serialize for GroupId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.key())
    }
}

/// A group of problems shown as one bar: a focus area, or the section (or
/// the whole report) when a notice has no focus areas.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Group {
    /// The node the group stands for (`s2-a1`), or the top level.
    pub id: GroupId,
    /// The label as printed (`(一)`).
    pub label: String,
    pub title: String,
    #[serde(flatten)]
    pub counts: StatusCounts,
}

impl Group {
    /// The group's name as shown: the label and title as printed, or for
    /// the top-level problems a name in the interface language.
    pub fn name(&self, lang: Lang) -> String {
        match self.id {
            GroupId::Node(_) => format!("{}{}", self.label, self.title),
            GroupId::TopLevel => Msg::AllProblems.text(lang).to_string(),
        }
    }
}

/// Problems grouped by the nearest focus area above them; where there is
/// none, by the top-level node holding them; problems at the top level form
/// the group [`GroupId::TopLevel`] (with an empty label and title). Groups without problems are left out.
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
            id: GroupId::TopLevel,
            label: String::new(),
            title: String::new(),
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
            id: GroupId::Node(NodeId::new(&node.id)),
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
                id: GroupId::Node(NodeId::new(&top.id)),
                label: top.label.clone(),
                title: top.title.clone(),
                counts,
            })
        })
        .collect()
}
