use crate::model::{Node, NodeKind, Status};

/// The status a node counts as: its own if set, otherwise derived from its
/// measures (any in progress → in progress; all done → done; any long-term →
/// long-term; none started → not started). `None` if nothing says.
pub fn effective_status(node: &Node) -> Option<Status> {
    if let Some(s) = node.status {
        return Some(s);
    }
    let mut any = false;
    let (mut done, mut in_progress, mut long_term, mut not_started) = (0, 0, 0, 0);
    for child in node
        .children
        .iter()
        .filter(|c| matches!(c.kind, NodeKind::Measure | NodeKind::Problem))
    {
        match effective_status(child) {
            Some(Status::Done) => done += 1,
            Some(Status::InProgress) => in_progress += 1,
            Some(Status::LongTerm) => long_term += 1,
            Some(Status::NotStarted) => not_started += 1,
            None => continue,
        }
        any = true;
    }
    if !any {
        None
    } else if in_progress > 0 || (done > 0 && not_started > 0) {
        Some(Status::InProgress)
    } else if long_term > 0 {
        Some(Status::LongTerm)
    } else if not_started > 0 {
        Some(Status::NotStarted)
    } else {
        Some(Status::Done)
    }
}
