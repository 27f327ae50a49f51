//! Where a board's deep links live: in the page's fragment (`#<node>`, the
//! embed), in a department's part of it (`#<department>/<node>`: the
//! collection views own the fragment), or nowhere (`data-links="off"`, for
//! portals whose own router uses the fragment).

use rectify_core::link::fragment_for;
use yew::AttrValue;

use crate::address;

#[derive(Clone, PartialEq, Default)]
pub enum LinkPlace {
    /// The page's fragment names a node of this report.
    #[default]
    Page,
    /// The fragment names this department of a collection, then the node.
    Department(AttrValue),
    /// The fragment is never read or written; nothing offers a link.
    Off,
}

impl LinkPlace {
    /// From the host's `data-links` (`off`, any case, turns links off).
    pub fn from_attribute(value: Option<&str>) -> LinkPlace {
        match value {
            Some(v) if v.trim().eq_ignore_ascii_case("off") => LinkPlace::Off,
            _ => LinkPlace::Page,
        }
    }

    /// The fragment that opens node `id`, `#` included; `None` when links
    /// are off.
    pub fn fragment(&self, id: &str) -> Option<String> {
        (*self != LinkPlace::Off).then(|| self.nest(&fragment_for(id)))
    }

    /// A node's fragment (`#s1-p2`, as the view models give it) as this
    /// place's link to it.
    pub fn nest(&self, node_fragment: &str) -> String {
        match self {
            LinkPlace::Department(d) => {
                fragment_for(d) + "/" + node_fragment.trim_start_matches('#')
            }
            _ => node_fragment.to_string(),
        }
    }

    /// The full address that opens node `id` on this page (to copy).
    pub fn link_to(&self, id: &str) -> Option<String> {
        Some(address::page_href() + &self.fragment(id)?)
    }
}
