//! A collection entry's report URL, resolved against the collection's URL
//! under the rules the widget applies to report sources: a relative
//! reference only (no `javascript:`, `data:` or other scheme, no host), and
//! the result on the collection's own origin. Redirects that leave the
//! origin are refused when fetching (`hooks::use_report`).

use rectify_core::view::round::entry_url_allowed;
use web_sys::Url;

/// The absolute URL of `report` (an entry's `report` field) for the
/// collection at `collection_src`, or `None` when it is refused.
pub fn resolve_entry(collection_src: &str, report: &str) -> Option<String> {
    if !entry_url_allowed(report) {
        return None;
    }
    let page = web_sys::window()?.location().href().ok()?;
    let collection = Url::new_with_base(collection_src, &page).ok()?;
    let url = Url::new_with_base(report.trim(), &collection.href()).ok()?;
    (url.origin() == collection.origin() && !url.origin().is_empty() && url.origin() != "null")
        .then(|| url.href())
}
