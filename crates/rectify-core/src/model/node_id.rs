use std::rc::Rc;

/// The id of a node (`s2-a1-p3`) where the interface refers to one: a
/// drill-down, an opened problem. Cheap to clone (shared text).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(Rc<str>);

impl NodeId {
    pub fn new(id: &str) -> NodeId {
        NodeId(Rc::from(id))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<&str> for NodeId {
    fn from(id: &str) -> NodeId {
        NodeId::new(id)
    }
}
