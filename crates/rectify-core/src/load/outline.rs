//! The outline of a report: what the embed's first view reads, without the
//! problems' long texts. The embed draws the headline, charts, legend, area
//! list, deadline figures, stated totals, 主要数据, timeline, texts, contact,
//! the print table and the CSV from it; the drill-down listing, a problem's
//! detail and search are the detail bundle's, which reads the full report.
//!
//! [`Texts::Outline`] has the reader cut each node as it ends (everything
//! is read and checked as before: syntax, types, escapes, the same
//! [`LoadError`] for the same input; what goes is freed at once, so the next
//! nodes reuse its room), and [`outline`] is the same cut on a report
//! already read, the definition the reader is property-tested against:
//!
//! - a problem or long-term item (`kind` `problem`, `long_term`) keeps its
//!   label and title (the print table, the CSV, 主要数据's headings) but not
//!   its `body`, `owners`, `extra`, nor its status evidence's `rule` and
//!   `phrase` (the basis stays: the provenance line counts it);
//! - a measure under one (`kind` `measure`, anywhere below a problem or
//!   long-term item) also loses its `title`, and its `label` unless it states
//!   figures (主要数据 names the measure a figure comes from: `出处：(5)一是`).
//!
//! Everything else is kept: ids (links, validation), kinds, statuses,
//! deadlines and completion dates, figures, the structure, and every text
//! outside problems (areas, sections, the preamble and closing, meta).
//!
//! [`LoadError`]: super::LoadError

use crate::model::{Node, NodeKind, Report};

/// Which of a report's texts loading stores.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Texts {
    /// Everything (the detail bundle, the import page, the CLI).
    All,
    /// The outline (the embed): see the module's documentation.
    Outline,
}

/// Cuts `report` to its outline (see the module's documentation).
pub fn outline(report: &mut Report) {
    for n in &mut report.nodes {
        outline_node(n, false);
    }
}

/// Cuts `n` and its descendants; `in_problem` when `n` is below a problem
/// or long-term item.
pub(crate) fn outline_node(n: &mut Node, in_problem: bool) {
    let cut = NodeCut::of(n.kind, in_problem);
    cut.apply(n);
    for c in &mut n.children {
        outline_node(c, cut.children_in_problem);
    }
}

/// What the outline keeps of one node.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct NodeCut {
    /// `body`, `owners`, `extra` and the evidence's rule and phrase go.
    pub drops_details: bool,
    /// The title goes, and the label unless the node states figures.
    pub drops_heading: bool,
    /// Whether the node's children are below a problem or long-term item.
    pub children_in_problem: bool,
}

impl NodeCut {
    /// The cut of a node of `kind`, below a problem or long-term item or not.
    pub fn of(kind: NodeKind, in_problem: bool) -> NodeCut {
        let problem = matches!(kind, NodeKind::Problem | NodeKind::LongTerm);
        let measure = in_problem && kind == NodeKind::Measure;
        NodeCut {
            drops_details: problem || measure,
            drops_heading: measure,
            children_in_problem: in_problem || problem,
        }
    }

    /// Nothing is cut (the full report, or a node outside problems).
    pub const KEEP: NodeCut = NodeCut {
        drops_details: false,
        drops_heading: false,
        children_in_problem: false,
    };

    /// Whether the label stays, given whether the node states figures.
    pub fn keeps_label(self, has_figures: bool) -> bool {
        !self.drops_heading || has_figures
    }

    /// Cuts what goes from `n` itself (not its children).
    pub fn apply(self, n: &mut Node) {
        if self.drops_details {
            n.body = String::new();
            n.owners = Vec::new();
            n.extra.clear();
            if let Some(e) = &mut n.status_evidence {
                e.rule = String::new();
                e.phrase = None;
            }
        }
        if self.drops_heading {
            n.title = String::new();
        }
        if !self.keeps_label(!n.figures.is_empty()) {
            n.label = String::new();
        }
    }
}
