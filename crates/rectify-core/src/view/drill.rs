use super::StatusKey;
use crate::chart::TableScope;
use crate::stats::{GroupId, Listing};

/// Where the reader has drilled to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Drill {
    /// The charts and the list of areas.
    #[default]
    Overview,
    /// A group's problems (a bar or an area button).
    Area(GroupId),
    /// Every problem with a status (a donut arc).
    Status(StatusKey),
}

impl Drill {
    /// What the drill-down lists; `None` on the overview.
    pub fn listing(&self) -> Option<Listing<'_>> {
        match self {
            Drill::Overview => None,
            Drill::Area(group) => Some(Listing::Group(group)),
            Drill::Status(status) => Some(Listing::Status(*status)),
        }
    }

    /// Which problems the problem table (print, CSV) holds: everything on
    /// the overview, a group's node, else every problem.
    pub fn table_scope(&self) -> TableScope<'_> {
        match self {
            Drill::Overview => TableScope::Report,
            Drill::Area(GroupId::Node(id)) => TableScope::Node(id.as_str()),
            Drill::Area(GroupId::TopLevel) | Drill::Status(_) => TableScope::Problems,
        }
    }
}
