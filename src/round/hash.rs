//! The page's fragment as a deep link into the collection (`#water`,
//! `#water/s1-p2`), followed on back/forward (`hashchange`).

use gloo::events::EventListener;
use rectify_core::view::round::RoundLink;
use yew::prelude::*;

fn current() -> Option<RoundLink> {
    let hash = web_sys::window()?.location().hash().ok()?;
    RoundLink::parse(&hash)
}

/// The link the page's fragment names now (`None`: the overview).
#[hook]
pub fn use_hash_link() -> UseStateHandle<Option<RoundLink>> {
    let link = use_state(current);
    {
        let link = link.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window()
                .map(|w| EventListener::new(&w, "hashchange", move |_| link.set(current())));
            move || drop(listener)
        });
    }
    link
}
