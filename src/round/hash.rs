//! The collection views' deep link (`#water`, `#water/s1-p2`): read from
//! the page's fragment and followed on back/forward (`hashchange`), pushed
//! when the reader opens a problem; or, with `data-links="off"`, kept in
//! the widget alone (the fragment is never read or written).

use gloo::events::EventListener;
use rectify_core::view::round::RoundLink;
use yew::prelude::*;

use crate::address;
use crate::links::LinkPlace;

fn current() -> Option<RoundLink> {
    RoundLink::parse(&address::fragment())
}

/// Where the collection views are, and how to move.
#[derive(Clone, PartialEq)]
pub struct RoundNav {
    /// `None`: the overview.
    pub link: Option<RoundLink>,
    /// Moves to a link and, unless links are off, adds a history entry.
    pub go: Callback<Option<RoundLink>>,
    /// Links are off: links inside the views are followed by their clicks
    /// (`go`), never by the fragment.
    pub off: bool,
}

/// The collection views' place; see [`RoundNav`].
#[hook]
pub fn use_round_nav(place: LinkPlace) -> RoundNav {
    let off = place == LinkPlace::Off;
    let link = use_state(|| (!off).then(current).flatten());
    {
        let link = link.clone();
        use_effect_with(off, move |off| {
            let listener = (!off).then(|| {
                web_sys::window()
                    .map(|w| EventListener::new(&w, "hashchange", move |_| link.set(current())))
            });
            move || drop(listener)
        });
    }
    let go = {
        let link = link.clone();
        Callback::from(move |to: Option<RoundLink>| {
            if !off {
                address::push_fragment(&to.as_ref().map(RoundLink::fragment).unwrap_or_default());
            }
            link.set(to);
        })
    };
    RoundNav {
        link: (*link).clone(),
        go,
        off,
    }
}
