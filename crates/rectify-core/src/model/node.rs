use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{Figure, Status, StatusEvidence};

/// What a node is in the report's structure. The depth of the tree varies by
/// notice; the kind says what a level means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum NodeKind {
    /// Opening paragraph before the first section.
    Preamble,
    /// Top-level part (`一、`).
    Section,
    /// A focus area of the inspection feedback (`(一)聚焦…`).
    FocusArea,
    /// A category of problems (`1.`).
    Category,
    /// A problem the inspection found: what completion is counted over.
    Problem,
    /// A measure taken for a problem (`一是`).
    Measure,
    /// A matter that needs long-term rectification (需长期整改事项).
    LongTerm,
    /// Any other numbered item (e.g. parts of 主体责任 or 下一步工作打算).
    Item,
    /// Closing paragraph (disclosure window, contact details).
    Closing,
}

/// One node of the report tree.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Node {
    /// Stable id, unique in the report, built from the printed numbers
    /// (`s2-a1-c1-p3-m2`). Links and filters refer to it.
    pub id: String,
    pub kind: NodeKind,
    /// The label as printed: `二、`, `(一)`, `1.`, `(1)`, `16)`, `一是`, or empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
    /// The heading (for measures: the first sentence after `一是`).
    pub title: String,
    /// The rest of the text, paragraphs separated by a blank line.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub body: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// Why the node has its status: stated or inferred, and from which phrase.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_evidence: Option<StatusEvidence>,
    /// Responsible units or people (责任单位 / 责任人).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub owners: Vec<String>,
    /// Deadline (整改时限), ISO date or the phrase (`长期坚持`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<String>,
    /// Completion date, ISO.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed_on: Option<String>,
    /// Figures stated in the title and body.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<Figure>,
    /// 1-based line of the source where the node starts, when converted
    /// (for a ledger: the row of the spreadsheet).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_line: Option<u32>,
    /// Other fields of the source, by their printed name: ledger columns the
    /// converter has no field for (`{"备注": "已报市纪委备案"}`). Kept, never dropped.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub extra: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<Node>,
}

impl Node {
    /// A node with only the required fields set.
    pub fn new(id: impl Into<String>, kind: NodeKind, title: impl Into<String>) -> Node {
        Node {
            id: id.into(),
            kind,
            label: String::new(),
            title: title.into(),
            body: String::new(),
            status: None,
            status_evidence: None,
            owners: Vec::new(),
            deadline: None,
            completed_on: None,
            figures: Vec::new(),
            source_line: None,
            extra: BTreeMap::new(),
            children: Vec::new(),
        }
    }

    /// This node and all its descendants, depth first.
    pub fn walk(&self) -> super::Walk<'_> {
        super::Walk::over(std::slice::from_ref(self))
    }

    /// Descendants (and self) of the given kind.
    pub fn descendants_of_kind(&self, kind: NodeKind) -> impl Iterator<Item = &Node> {
        self.walk().filter(move |n| n.kind == kind)
    }
}
