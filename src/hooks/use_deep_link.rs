use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use rectify_core::link::{resolve, LinkTarget};
use rectify_core::model::Report;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::address;
use crate::hooks::Loaded;
use crate::state::{Action, ViewState};

/// Where the page's fragment leads in `report`, if it names one of its nodes.
pub fn linked_target(report: &Report) -> Option<LinkTarget> {
    resolve(&address::fragment(), report)
}

/// What the hook remembers between renders.
struct Memory {
    /// Focus moves to the target after a link was followed.
    focus_pending: bool,
    /// The node the state named at the last render.
    last: Option<String>,
}

/// Deep links for a board whose state was made with [`ViewState::linked`]
/// when the page's fragment named a node: follows back/forward and fragment
/// changes that name a node of this report (or no node at all: the
/// overview), pushes a fragment when the reader drills (never for the state
/// a fragment led to), and moves focus to `focus` after a link was followed.
#[hook]
pub fn use_deep_link(
    loaded: &Rc<Loaded>,
    view: &UseReducerHandle<ViewState>,
    focus: NodeRef,
    enabled: bool,
) {
    let link = view.link_id().map(str::to_string);
    let memory = use_mut_ref(|| Memory {
        focus_pending: link.is_some(),
        last: link.clone(),
    });
    {
        let (memory, dispatch) = (memory.clone(), view.dispatcher());
        use_effect_with((loaded.clone(), enabled), move |(loaded, enabled)| {
            let stop = enabled.then(|| follow_address(loaded.clone(), dispatch, memory));
            move || stop.into_iter().for_each(|f| f())
        });
    }
    let loaded = loaded.clone();
    use_effect(move || {
        let mut m = memory.borrow_mut();
        if enabled && m.last != link {
            m.last = link.clone();
            let shown = linked_target(&loaded.report).and_then(|t| t.problem.or(t.area));
            if shown != link && (link.is_some() || shown.is_some()) {
                address::push(link.as_deref());
            }
        }
        if m.focus_pending {
            if let Some(el) = focus.cast::<HtmlElement>() {
                m.focus_pending = false;
                let _ = el.focus();
            }
        }
    });
}

/// Listens for fragment changes while the report is shown (`popstate` comes
/// with back/forward and with every fragment navigation); the returned
/// closure stops listening.
fn follow_address(
    loaded: Rc<Loaded>,
    dispatch: UseReducerDispatcher<ViewState>,
    memory: Rc<RefCell<Memory>>,
) -> impl FnOnce() {
    let listener = web_sys::window().map(|w| {
        EventListener::new(&w, "popstate", move |_| {
            let fragment = address::fragment();
            let target = match resolve(&fragment, &loaded.report) {
                Some(t) => Some(t),
                None if fragment.len() <= 1 => None,
                None => return, // another widget's node, or the page's own anchor
            };
            memory.borrow_mut().focus_pending = target.is_some();
            dispatch.dispatch(Action::Follow(target));
        })
    });
    move || drop(listener)
}
