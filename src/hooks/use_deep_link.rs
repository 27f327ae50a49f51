use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use rectify_core::link::{resolve, LinkTarget};
use rectify_core::model::Report;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::address;
use crate::hooks::Loaded;
use crate::links::LinkPlace;
use crate::state::{Action, ViewState};

/// A board's deep links: where they live, and in a department of the
/// collection views the node the fragment names and whom to tell of the
/// reader's moves (see `BoardProps`).
#[derive(Clone, PartialEq)]
pub struct DeepLinks {
    pub place: LinkPlace,
    pub at: Option<AttrValue>,
    pub on_link: Option<Callback<Option<String>>>,
}

impl DeepLinks {
    /// Where the page's fragment leads in `report`, if it names one of its
    /// nodes (never with links off).
    pub fn target(&self, report: &Report) -> Option<LinkTarget> {
        match &self.place {
            LinkPlace::Page => resolve(&address::fragment(), report),
            LinkPlace::Department(_) => resolve(self.at.as_deref()?, report),
            LinkPlace::Off => None,
        }
    }
}

/// What the hook remembers between renders.
struct Memory {
    /// Focus moves to the target after a link was followed.
    focus_pending: bool,
    /// How many times a followed link asked for focus (the detail bundle
    /// moves it when this changes: its elements are not the board's).
    focus_seq: u32,
    /// The node the state named at the last render.
    last: Option<String>,
    /// In a department: the node the fragment named at the last render.
    at: Option<AttrValue>,
}

/// Deep links for a board whose state was made with [`ViewState::linked`]
/// when the fragment named a node: follows back/forward and fragment
/// changes that name a node of this report (or no node at all: the
/// overview), tells of the reader's drilling (a pushed fragment; never for
/// the state a fragment led to), and moves focus to `focus` after a link
/// was followed. With links off, none of it. Returns how many times a
/// followed link has asked for focus (see `Memory::focus_seq`).
#[hook]
pub fn use_deep_link(
    loaded: &Rc<Loaded>,
    view: &UseReducerHandle<ViewState>,
    focus: NodeRef,
    links: DeepLinks,
) -> u32 {
    let link = view.link_id().map(str::to_string);
    let memory = use_mut_ref(|| Memory {
        focus_pending: link.is_some(),
        focus_seq: u32::from(link.is_some()),
        last: link.clone(),
        at: links.at.clone(),
    });
    let focus_seq = memory.borrow().focus_seq;
    {
        let (memory, dispatch) = (memory.clone(), view.dispatcher());
        let page = links.place == LinkPlace::Page;
        use_effect_with((loaded.clone(), page), move |(loaded, page)| {
            let stop = page.then(|| follow_address(loaded.clone(), dispatch, memory));
            move || stop.into_iter().for_each(|f| f())
        });
    }
    let (loaded, dispatch) = (loaded.clone(), view.dispatcher());
    use_effect(move || {
        let mut m = memory.borrow_mut();
        if matches!(links.place, LinkPlace::Department(_)) && m.at != links.at {
            // The collection views' fragment moved (back/forward, a link).
            m.at = links.at.clone();
            let target = links.target(&loaded.report);
            let named = target
                .as_ref()
                .and_then(|t| t.problem.clone().or(t.area.clone()));
            if named != link {
                m.last = named;
                m.ask_focus(target.is_some());
                dispatch.dispatch(Action::Follow(target));
                return;
            }
        }
        if m.last != link {
            m.last = link.clone();
            tell(&links, &loaded, link);
        }
        if m.focus_pending {
            if let Some(el) = focus.cast::<HtmlElement>() {
                m.focus_pending = false;
                let _ = el.focus();
            }
        }
    });
    focus_seq
}

impl Memory {
    /// Focus is to move to the target (`wanted`), or not.
    fn ask_focus(&mut self, wanted: bool) {
        self.focus_pending = wanted;
        if wanted {
            self.focus_seq = self.focus_seq.wrapping_add(1).max(1);
        }
    }
}

/// The reader opened `link` (`None`: the board's overview): a history entry
/// for the page, the collection views told for a department.
///
/// The page's entry is pushed once the frame showing the new state is
/// painted: Chromium takes milliseconds for a `pushState`, which the reader
/// would otherwise wait for before seeing the drill-down. Whether one is
/// needed is decided then, against the fragment of that moment (so drilling
/// in and back within one frame pushes both, in order); none is pushed when
/// the page's address moved meanwhile (back or forward: the entry would be
/// stale).
fn tell(links: &DeepLinks, loaded: &Rc<Loaded>, link: Option<String>) {
    match &links.place {
        LinkPlace::Page => {
            let (links, loaded) = (links.clone(), loaded.clone());
            let moves = address::moves();
            wasm_bindgen_futures::spawn_local(async move {
                super::use_report::next_paint().await;
                let shown = links
                    .target(&loaded.report)
                    .and_then(|t| t.problem.or(t.area));
                let wanted = shown != link && (link.is_some() || shown.is_some());
                if wanted && address::moves() == moves {
                    address::push(link.as_deref());
                }
            });
        }
        LinkPlace::Department(_) => {
            if let Some(on_link) = &links.on_link {
                on_link.emit(link);
            }
        }
        LinkPlace::Off => {}
    }
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
            address::moved();
            let fragment = address::fragment();
            let target = match resolve(&fragment, &loaded.report) {
                Some(t) => Some(t),
                None if fragment.len() <= 1 => None,
                None => return, // another widget's node, or the page's own anchor
            };
            memory.borrow_mut().ask_focus(target.is_some());
            dispatch.dispatch(Action::Follow(target));
        })
    });
    move || drop(listener)
}
