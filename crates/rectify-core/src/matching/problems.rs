//! The problems of a report as matching sees them: the node, the area it
//! sits in, and its title's normalised text and bigrams.

use super::text::{normalise, Bigrams};
use crate::model::{Node, NodeKind, Report};

/// A problem (`kind: "problem"` node) of a report, prepared for matching.
#[derive(Debug, Clone)]
pub struct Problem<'a> {
    pub node: &'a Node,
    /// The normalised title of the nearest focus area above the problem,
    /// else of the top-level node holding it; empty at the top level.
    pub area: String,
    /// The normalised title.
    pub text: String,
    pub bigrams: Bigrams,
}

impl<'a> Problem<'a> {
    /// `area` is already normalised.
    fn new(node: &'a Node, area: &str) -> Problem<'a> {
        let text = normalise(&node.title);
        Problem {
            node,
            area: area.to_string(),
            bigrams: Bigrams::of(&text),
            text,
        }
    }
}

/// The problems of `report` in printed order (depth first). Problems
/// nested in problems are problems too.
pub fn problems(report: &Report) -> Vec<Problem<'_>> {
    let mut out = Vec::new();
    for top in &report.nodes {
        let area = match top.kind {
            NodeKind::Problem => String::new(),
            _ => normalise(&top.title),
        };
        collect(top, &area, &mut out);
    }
    out
}

/// Problems at and below `node`; `area` is the normalised area title above.
fn collect<'a>(node: &'a Node, area: &str, out: &mut Vec<Problem<'a>>) {
    let own;
    let area = if node.kind == NodeKind::FocusArea {
        own = normalise(&node.title);
        own.as_str()
    } else {
        area
    };
    if node.kind == NodeKind::Problem {
        out.push(Problem::new(node, area));
    }
    for child in &node.children {
        collect(child, area, out);
    }
}
