//! Where a widget's report comes from, as the host element and the page
//! address decided it (`mount.rs`), and how long its fetch may stall.

use rectify_core::view::{RefusedSource, StallTimeout};
use yew::AttrValue;

/// The report a widget shows.
#[derive(Clone, PartialEq)]
pub struct Source {
    pub address: Address,
    /// `data-timeout`: how long the fetch may go without progress.
    pub timeout: StallTimeout,
}

/// The report's address, or why the one the page address gave is refused.
#[derive(Clone, PartialEq)]
pub enum Address {
    Url(AttrValue),
    /// A `?src=` that may not be shown: an error, never another report.
    Refused {
        given: AttrValue,
        why: RefusedSource,
    },
}

/// A plain URL with the default timeout (the import page's preview).
impl From<String> for Source {
    fn from(url: String) -> Source {
        Source {
            address: Address::Url(url.into()),
            timeout: StallTimeout::DEFAULT,
        }
    }
}
