//! The collection views as view models: the round overview (a sortable,
//! filterable table of departments, [`round_table`]; the distribution of
//! completion rates, [`distribution`]), a department's history (the
//! burn-up chart from the collection's totals, [`burnup_view`]; the
//! changes between two reports, [`changes_view`]), deep links
//! ([`RoundLink`]), which report URLs a collection may point to
//! ([`entry_url_allowed`]) and how many departments each frame draws
//! ([`next_batch`]). Words from [`crate::locale::RoundMsg`].

mod batches;
mod burnup;
mod changes;
mod distribution;
mod entry_url;
mod hant;
mod link;
mod table;

pub use batches::{next_batch, FIRST_BATCH, NEXT_BATCH};
pub use burnup::{burnup_view, BurnupColumn, BurnupSegment, BurnupView};
pub use changes::{changes_view, ChangeSection, ChangesView};
pub use distribution::{distribution, DistributionBar, DistributionView};
pub use entry_url::entry_url_allowed;
pub use hant::convert_collection;
pub use link::RoundLink;
pub use table::{
    entry_round, round_table, rounds, ColumnHead, DepartmentRow, RoundQuery, RoundTable, SortKey,
};
