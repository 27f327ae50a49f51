use serde::{Deserialize, Serialize};

use super::{Meta, Node, NodeId};

/// The value of [`Report::format`] written by this version.
pub const FORMAT: &str = "rectify-board/1";
/// Reports whose `format` has this major version are understood.
pub const FORMAT_MAJOR: u32 = 1;

/// A rectification progress report: metadata plus a tree of nodes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// Format identifier and major version, `rectify-board/1`.
    pub format: String,
    /// What the report is about, who issued it, and when.
    pub meta: Meta,
    /// The top-level nodes (sections in a typical notice), in printed order.
    pub nodes: Vec<Node>,
    /// Totals the source states about itself (`共反馈问题25个，已完成整改19个…`),
    /// shown beside the counts of the nodes; absent when the source states none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stated_totals: Option<StatedTotals>,
    /// Input text that is in no node and no metadata field (page clutter such
    /// as breadcrumbs), kept so that nothing the user provided is dropped.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skipped: Vec<Skipped>,
}

/// A piece of the source that the converter did not place in the tree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Skipped {
    /// 1-based line number in the source.
    pub line: u32,
    /// The text as it appeared.
    pub text: String,
    /// Why it was not placed in a node, e.g. `page navigation`.
    pub reason: String,
}

/// Totals stated in a summary sentence of the source, e.g.
/// `共反馈问题25个，已完成整改19个，正在整改6个，完成率76%`. Every count is
/// optional: a notice states what it states. Counts are of problems.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StatedTotals {
    /// Problems in all (`共反馈问题25个`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<u32>,
    /// Rectified (`已完成整改19个`, `已整改到位76个`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done: Option<u32>,
    /// Being rectified (`正在整改6个`, `部分整改3个`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_progress: Option<u32>,
    /// Needing long-term work (`需长期坚持整改2个`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub long_term: Option<u32>,
    /// Not yet started (`尚未整改1个`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_started: Option<u32>,
    /// Stated completion rate as a fraction: `完成率76%` is 0.76.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completion_rate: Option<f64>,
    /// The counting unit as printed (`个`, `项`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// The sentence the totals come from, as printed.
    pub text: String,
    /// 1-based line of that sentence in the source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_line: Option<u32>,
    /// Every summary sentence the converter found, this one included, in
    /// printed order, so that an editor can choose another (each without
    /// candidates of its own). Empty when only one was found.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub candidates: Vec<StatedTotals>,
}

impl Report {
    /// Every node of the tree, depth first, in printed order.
    pub fn walk(&self) -> super::Walk<'_> {
        super::Walk::over(&self.nodes)
    }

    /// Finds a node by its id.
    pub fn find(&self, id: &str) -> Option<&Node> {
        self.walk().find(|n| n.id == id)
    }

    /// Finds a node by its typed id.
    pub fn node(&self, id: &NodeId) -> Option<&Node> {
        self.find(id.as_str())
    }

    /// An empty report of the current format with the given title.
    pub fn new(title: impl Into<String>) -> Report {
        Report {
            format: FORMAT.to_string(),
            meta: Meta {
                title: title.into(),
                language: "zh-Hans".to_string(),
                ..Meta::default()
            },
            nodes: Vec::new(),
            stated_totals: None,
            skipped: Vec::new(),
        }
    }
}
