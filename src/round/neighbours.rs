//! The collections shown by all the collection widgets of the page, so that
//! with two of them a fragment naming a department of one leaves the other
//! on its overview (instead of saying the department is unknown).

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use rectify_core::collection::Collection;
use yew::prelude::*;

/// A widget's collection, and how to draw that widget again.
struct Shown {
    collection: Weak<Collection>,
    redraw: Callback<()>,
}

thread_local! {
    static SHOWN: RefCell<Vec<Shown>> = const { RefCell::new(Vec::new()) };
}

/// Draws every widget again but the one showing `except`.
fn redraw_others(except: &Weak<Collection>) {
    let others: Vec<Callback<()>> = SHOWN.with(|s| {
        s.borrow()
            .iter()
            .filter(|o| !o.collection.ptr_eq(except))
            .map(|o| o.redraw.clone())
            .collect()
    });
    others.iter().for_each(|r| r.emit(()));
}

/// Counts `collection` as shown while the calling component shows it; the
/// other widgets are drawn again when it comes or goes.
#[hook]
pub fn use_shown(collection: Option<Rc<Collection>>) {
    let redraw = use_force_update();
    use_effect_with(collection, move |c| {
        let weak = c.as_ref().map(Rc::downgrade);
        if let Some(w) = &weak {
            let redraw = Callback::from(move |()| redraw.force_update());
            SHOWN.with(|s| {
                s.borrow_mut().push(Shown {
                    collection: w.clone(),
                    redraw,
                })
            });
            redraw_others(w);
        }
        move || {
            if let Some(w) = weak {
                SHOWN.with(|s| s.borrow_mut().retain(|o| !o.collection.ptr_eq(&w)));
                redraw_others(&w);
            }
        }
    });
}

/// Whether a collection other than `mine` shown on the page has the
/// department `id`.
pub fn elsewhere(mine: &Rc<Collection>, id: &str) -> bool {
    SHOWN.with(|s| {
        s.borrow()
            .iter()
            .filter_map(|o| o.collection.upgrade())
            .any(|c| !Rc::ptr_eq(&c, mine) && c.department(id).is_some())
    })
}
