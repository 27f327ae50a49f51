use super::effective_status;
use crate::model::{Node, NodeKind, Report, Status};

/// What a drill-down lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Listing<'a> {
    /// A group from [`super::groups`] or [`super::long_term_groups`], by id.
    Group(&'a str),
    /// Every problem with this effective status (`None`: not stated).
    Status(Option<Status>),
}

/// The nodes a drill-down lists, in printed order: a group's problems (a
/// long-term section's items when it has no problems; the top-level
/// problems for the group `all`), or every problem with a status.
pub fn listing<'a>(report: &'a Report, what: Listing<'_>) -> Vec<&'a Node> {
    match what {
        Listing::Status(status) => report
            .walk()
            .filter(|n| n.kind == NodeKind::Problem && effective_status(n) == status)
            .collect(),
        Listing::Group(id) => match report.find(id) {
            Some(node) => {
                let problems: Vec<&Node> = node.descendants_of_kind(NodeKind::Problem).collect();
                if problems.is_empty() {
                    node.descendants_of_kind(NodeKind::LongTerm).collect()
                } else {
                    problems
                }
            }
            None => report
                .nodes
                .iter()
                .filter(|n| n.kind == NodeKind::Problem)
                .collect(),
        },
    }
}
