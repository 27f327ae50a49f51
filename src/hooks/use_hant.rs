//! The 简体 → 繁體 table, fetched only when a reader chooses 繁體 (it is a
//! static file next to the bundle, `i18n/s2t.txt`), once per page.

use std::cell::RefCell;
use std::rc::Rc;

use rectify_core::locale::hant::Converter;
use yew::prelude::*;

use super::use_report::fetch_text;

#[derive(Clone)]
pub enum Hant {
    Off,
    Loading,
    Ready(Rc<Converter>),
    Failed,
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
}

#[hook]
pub fn use_hant(enabled: bool, base: AttrValue) -> Hant {
    let state = use_state(|| Hant::Off);
    {
        let state = state.clone();
        use_effect_with((enabled, base), move |(enabled, base)| {
            if !*enabled {
                state.set(Hant::Off);
            } else if let Some(c) = TABLE.with(|t| t.borrow().clone()) {
                state.set(Hant::Ready(c));
            } else {
                state.set(Hant::Loading);
                let url = format!("{base}i18n/s2t.txt");
                wasm_bindgen_futures::spawn_local(async move {
                    match fetch_text(&url).await {
                        Ok(text) => {
                            let c = Rc::new(Converter::parse(&text));
                            TABLE.with(|t| *t.borrow_mut() = Some(c.clone()));
                            state.set(Hant::Ready(c));
                        }
                        Err(_) => state.set(Hant::Failed),
                    }
                });
            }
        });
    }
    (*state).clone()
}
