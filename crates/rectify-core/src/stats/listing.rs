use super::{effective_status, GroupId};
use crate::model::{Node, NodeKind, Report, Status};

/// What a drill-down lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Listing<'a> {
    /// A group from [`super::groups`] or [`super::long_term_groups`].
    Group(&'a GroupId),
    /// Every problem with this effective status (`None`: not stated).
    Status(Option<Status>),
}

/// The nodes a drill-down lists, in printed order: a group's problems (a
/// long-term section's items when it has no problems; the top-level
/// problems for [`GroupId::TopLevel`]), or every problem with a status.
/// `None` when the group's node is not in the report (the data changed
/// under a drill-down): never another group's problems instead.
pub fn listing<'a>(report: &'a Report, what: Listing<'_>) -> Option<Vec<&'a Node>> {
    match what {
        Listing::Status(status) => Some(
            report
                .walk()
                .filter(|n| n.kind == NodeKind::Problem && effective_status(n) == status)
                .collect(),
        ),
        Listing::Group(GroupId::TopLevel) => Some(
            report
                .nodes
                .iter()
                .filter(|n| n.kind == NodeKind::Problem)
                .collect(),
        ),
        Listing::Group(GroupId::Node(id)) => {
            let node = report.node(id)?;
            let problems: Vec<&Node> = node.descendants_of_kind(NodeKind::Problem).collect();
            Some(if problems.is_empty() {
                node.descendants_of_kind(NodeKind::LongTerm).collect()
            } else {
                problems
            })
        }
    }
}
