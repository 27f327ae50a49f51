//! [`Summary::of`] in one walk over the report: each problem's status is
//! derived once, for the totals and for every group holding it, where
//! [`groups`](super::groups) and [`long_term_groups`](super::long_term_groups)
//! walk the tree again each (a tenth of the embed's work between a
//! 10,000-problem report's arrival and its first chart went to the three
//! walks). The same results: `tests.rs` compares them on random trees.

use super::{effective_status, Group, GroupId, StatusCounts, Summary};
use crate::model::{Node, NodeId, NodeKind, Report};

/// What one walk counts.
#[derive(Default)]
struct Pass {
    problems: StatusCounts,
    measures: StatusCounts,
    long_term_items: usize,
    /// Focus areas met so far, in printed order (a top-level node's own
    /// until it ends), each with its problems counted.
    areas: Vec<Group>,
    /// Which of `areas` hold the node being visited (nested areas all do).
    open: Vec<usize>,
}

/// Counts within the top-level node being walked.
#[derive(Default)]
struct Top {
    problems: StatusCounts,
    long_term: StatusCounts,
}

pub(super) fn summarise(report: &Report) -> Summary {
    let mut pass = Pass::default();
    let mut groups = Vec::new();
    let mut long_term_groups = Vec::new();
    let mut loose = StatusCounts::default();
    for top in &report.nodes {
        let mut within = Top::default();
        // A top-level problem is one of the loose problems, in no group;
        // anything else is grouped by its focus areas, or as a whole.
        let grouped = top.kind != NodeKind::Problem;
        pass.visit(top, grouped, &mut within);
        if !grouped {
            loose.add(effective_status(top));
        } else if pass.areas.is_empty() {
            push_counted(&mut groups, top, within.problems);
        } else {
            groups.extend(pass.areas.drain(..).filter(|g| g.counts.total() > 0));
        }
        push_counted(&mut long_term_groups, top, within.long_term);
        pass.areas.clear();
    }
    if loose.total() > 0 {
        groups.push(Group {
            id: GroupId::TopLevel,
            label: String::new(),
            title: String::new(),
            counts: loose,
        });
    }
    Summary {
        problems: pass.problems,
        measures: pass.measures,
        long_term_items: pass.long_term_items,
        groups,
        long_term_groups,
    }
}

impl Pass {
    /// Counts `node` and its descendants; `grouped`: within a top-level
    /// node that is not a problem (its focus areas are groups).
    fn visit(&mut self, node: &Node, grouped: bool, top: &mut Top) {
        let area = grouped && node.kind == NodeKind::FocusArea;
        if area {
            self.open.push(self.areas.len());
            self.areas.push(group(node, StatusCounts::default()));
        }
        match node.kind {
            NodeKind::Problem => {
                let status = effective_status(node);
                self.problems.add(status);
                for m in node.children.iter().filter(|c| c.kind == NodeKind::Measure) {
                    self.measures.add(effective_status(m));
                }
                for &i in &self.open {
                    self.areas[i].counts.add(status);
                }
                top.problems.add(status);
            }
            NodeKind::LongTerm => {
                self.long_term_items += 1;
                top.long_term.add(effective_status(node));
            }
            _ => {}
        }
        for child in &node.children {
            self.visit(child, grouped, top);
        }
        if area {
            self.open.pop();
        }
    }
}

fn group(node: &Node, counts: StatusCounts) -> Group {
    Group {
        id: GroupId::Node(NodeId::new(&node.id)),
        label: node.label.clone(),
        title: node.title.clone(),
        counts,
    }
}

/// `node`'s group, when it counts anything.
fn push_counted(out: &mut Vec<Group>, node: &Node, counts: StatusCounts) {
    if counts.total() > 0 {
        out.push(group(node, counts));
    }
}
