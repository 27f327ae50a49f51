//! The data format, version 1. See `docs/data-format.md` for the prose
//! description and `schema/report.v1.schema.json` for the generated schema.

mod figure;
mod meta;
mod node;
mod node_id;
mod report;
mod status;
mod walk;

pub use figure::Figure;
pub use meta::{Contact, DateRange, Meta, Source};
pub use node::{Node, NodeKind};
pub use node_id::NodeId;
pub use report::{Report, Skipped, StatedTotals, FORMAT, FORMAT_MAJOR};
pub use status::{Status, StatusBasis, StatusEvidence};
pub use walk::{each_node_mut, Walk};
