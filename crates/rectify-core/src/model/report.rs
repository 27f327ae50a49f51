use serde::{Deserialize, Serialize};

use super::{Meta, Node};

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

impl Report {
    /// Every node of the tree, depth first, in printed order.
    pub fn walk(&self) -> impl Iterator<Item = &Node> {
        self.nodes.iter().flat_map(|n| n.walk())
    }

    /// Finds a node by its id.
    pub fn find(&self, id: &str) -> Option<&Node> {
        self.walk().find(|n| n.id == id)
    }
}
