//! The 简体 → 繁體 table, fetched only when a reader chooses 繁體 (it is a
//! static file next to the bundle, `i18n/s2t.txt`), once per page.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use rectify_core::locale::hant::Converter;
use rectify_core::locale::{Lang, Msg};
use yew::prelude::*;

use super::fetch::fetch_text;

#[derive(Clone)]
pub enum Hant {
    Off,
    Loading,
    Ready(Rc<Converter>),
    Failed,
}

impl Hant {
    /// What the reader is told while the 繁體 table loads or when it failed.
    pub fn note(&self, lang: Lang) -> Option<&'static str> {
        match self {
            Hant::Loading => Some(Msg::HantLoading.text(lang)),
            Hant::Failed => Some(Msg::HantFailed.text(lang)),
            _ => None,
        }
    }
}

impl PartialEq for Hant {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Hant::Ready(a), Hant::Ready(b)) => Rc::ptr_eq(a, b),
            (Hant::Off, Hant::Off)
            | (Hant::Loading, Hant::Loading)
            | (Hant::Failed, Hant::Failed) => true,
            _ => false,
        }
    }
}

thread_local! {
    static TABLE: RefCell<Option<Rc<Converter>>> = const { RefCell::new(None) };
    /// The table's text as fetched, kept in JS memory for the detail bundle
    /// (which would otherwise fetch it again; the embed only).
    #[cfg(not(feature = "inline-detail"))]
    static TABLE_TEXT: RefCell<Option<js_sys::JsString>> = const { RefCell::new(None) };
}

/// The parsed table, parsed once per page even when two fetches finish.
fn cache(text: &str) -> Rc<Converter> {
    #[cfg(not(feature = "inline-detail"))]
    TABLE_TEXT.with(|t| *t.borrow_mut() = Some(text.into()));
    TABLE.with(|t| {
        t.borrow_mut()
            .get_or_insert_with(|| Rc::new(Converter::parse(text)))
            .clone()
    })
}

/// The 繁體 table's text, if this module has fetched it (the embed hands it
/// to the detail bundle with each request).
#[cfg(not(feature = "inline-detail"))]
pub fn table_text() -> Option<js_sys::JsString> {
    TABLE_TEXT.with(|t| t.borrow().clone())
}

/// Whether this module has the 繁體 table (fetched or given).
pub fn table_given() -> bool {
    TABLE.with(|t| t.borrow().is_some())
}

/// The 繁體 table, given by the module that fetched it (the detail bundle
/// from the embed): `use_hant` then fetches nothing.
pub fn give_table(text: &js_sys::JsString) {
    if TABLE.with(|t| t.borrow().is_none()) {
        if let Some(text) = text.as_string() {
            TABLE.with(|t| *t.borrow_mut() = Some(Rc::new(Converter::parse(&text))));
        }
    }
}

/// `Hant::Off` whenever `enabled` is false, whatever is stored: a table that
/// arrives after the reader has left 繁體 is cached for later but never
/// applied (the effect's destructor marks its fetch as stale).
#[hook]
pub fn use_hant(enabled: bool, base: AttrValue) -> Hant {
    let state = use_state(|| Hant::Off);
    {
        let state = state.clone();
        use_effect_with((enabled, base), move |(enabled, base)| {
            // Cleared when `enabled` or `base` changes, or on unmount.
            let current = Rc::new(Cell::new(true));
            if !*enabled {
                state.set(Hant::Off);
            } else if let Some(c) = TABLE.with(|t| t.borrow().clone()) {
                state.set(Hant::Ready(c));
            } else {
                state.set(Hant::Loading);
                let url = format!("{base}i18n/s2t.txt");
                let current = current.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let next = match fetch_text(&url).await {
                        Ok(text) => Hant::Ready(cache(&text)),
                        Err(_) => Hant::Failed,
                    };
                    if current.get() {
                        state.set(next);
                    }
                });
            }
            move || current.set(false)
        });
    }
    if enabled {
        (*state).clone()
    } else {
        Hant::Off
    }
}
