//! The reports of a collection, fetched only when a view needs them and
//! kept in a bounded least-recently-used cache (by count and by bytes), so
//! that opening department after department does not grow the page's
//! memory without bound.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use rectify_core::cache::Lru;
use yew::prelude::*;

use crate::hooks::{fetch_report_bytes, report_state, LoadState, Loaded};

/// At most this many reports are kept …
pub const CACHE_REPORTS: usize = 8;
/// … and at most this many bytes of their JSON.
pub const CACHE_BYTES: usize = 8 * 1024 * 1024;

thread_local! {
    static CACHE: RefCell<Lru<String, Rc<Loaded>>> =
        RefCell::new(Lru::new(CACHE_REPORTS, CACHE_BYTES));
}

/// How many reports the cache holds now (shown to tests as a data attribute).
pub fn cached_reports() -> usize {
    CACHE.with(|c| c.borrow().len())
}

/// The report at `url` (`None`: none wanted), from the cache or fetched.
/// Only the latest `url`'s result is applied.
#[hook]
pub fn use_entry_report(url: Option<AttrValue>) -> UseStateHandle<LoadState> {
    let state = use_state(|| LoadState::Loading(Default::default()));
    {
        let state = state.clone();
        use_effect_with(url, move |url| {
            let current = Rc::new(Cell::new(true));
            if let Some(url) = url.as_ref().map(|u| u.to_string()) {
                match CACHE.with(|c| c.borrow_mut().get(&url)) {
                    Some(hit) => state.set(LoadState::Ready(hit)),
                    None => {
                        state.set(LoadState::Loading(Default::default()));
                        let still_current = current.clone();
                        wasm_bindgen_futures::spawn_local(async move {
                            let fetched = fetch_report_bytes(&url).await;
                            let size = fetched.as_ref().map_or(0, Vec::len);
                            let loaded = report_state(
                                url.clone(),
                                fetched.as_deref().map_err(Clone::clone),
                                None,
                            );
                            if let LoadState::Ready(l) = &loaded {
                                CACHE.with(|c| c.borrow_mut().insert(url, l.clone(), size));
                            }
                            if still_current.get() {
                                state.set(loaded);
                            }
                        });
                    }
                }
            }
            move || current.set(false)
        });
    }
    state
}
