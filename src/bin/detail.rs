//! The detail bundle's entry point (the `rectify-detail` binary, built with
//! the `detail` feature into `dist/detail/`): the drill-down listing and a
//! problem's detail, which most readers never open. The embed loads it on
//! the first drill-down or deep link (`components/detail_slot.rs` →
//! `web/extras/detail.js`), hands it the report's bytes once and the view
//! state at each change (`rectify_core::view::ListingRequest` on the wire),
//! and this bundle mounts its own Yew app in the container the embed
//! reserved, inside the widget's shadow root.
//!
//! Two copies of Yew on one page number their apps from 1 each, and mark
//! DOM elements and events with that number: an app of this bundle inside
//! the embed's app must not share its number, or the embed's Yew would run
//! its own handlers for this bundle's clicks. So the embed tells how many
//! apps it has rendered, and this bundle numbers its apps after them.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::{Array, Function, Uint32Array, Uint8Array};
use rectify_board::detail::{DetailApp, DetailProps};
use rectify_board::hooks::{give_table, read_report, table_given, Loaded};
use rectify_core::load::Texts;
use rectify_core::stats::Summary;
use rectify_core::view::{DetailAction, DetailRequest, Wire};
use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::prelude::*;
use yew::AppHandle;

thread_local! {
    /// How many Yew apps this module has made (its next app's number is one more).
    static ROOTS: Cell<u32> = const { Cell::new(0) };
}

/// One report's drill-downs: the report read once from the embed's bytes,
/// and the apps mounted in the embed's containers.
#[wasm_bindgen]
pub struct Detail {
    loaded: Rc<Loaded>,
    base: String,
    apps: RefCell<Vec<Mounted>>,
    /// The embed's focus request last seen (see `ListingRequest::focus`).
    seen_focus: Cell<u32>,
}

struct Mounted {
    root: Element,
    app: AppHandle<DetailApp>,
    focus: Rc<Cell<bool>>,
}

/// Reads the report the embed fetched (`bytes`, with the same reader, so
/// the same report, but all of it: the embed holds only its outline, without
/// the problems' texts this bundle shows). `base` is the embed bundle's folder.
#[wasm_bindgen]
pub fn open_detail(bytes: Uint8Array, base: String) -> Result<Detail, JsValue> {
    // This bundle keeps every language compiled in (the embed fetches its
    // 繁體 and English words with the language).
    rectify_core::locale::Msg::install_compiled();
    let report =
        read_report(&bytes.to_vec(), Texts::All).map_err(|e| JsValue::from_str(&e.message_en))?;
    let summary = Summary::of(&report);
    Ok(Detail {
        loaded: Rc::new(Loaded {
            report,
            summary,
            bytes: Default::default(),
        }),
        base,
        apps: RefCell::new(Vec::new()),
        seen_focus: Cell::new(0),
    })
}

#[wasm_bindgen]
impl Detail {
    /// Shows `nums`/`texts` (a `DetailRequest` on the wire: the drill-down
    /// or search) in `root`, mounting an app there the first time.
    /// `on_action(nums, texts)` is told what the reader does (a
    /// `DetailAction` on the wire); `roots` is how many Yew apps the embed
    /// has rendered; `table`, the 繁體 table's text if the embed has it;
    /// `typed` and `focused`, the search box stand-in's text and focus as
    /// they are now (they win over the request's, made a little earlier).
    // A wasm-bindgen export called positionally by `extras/detail.js`.
    #[allow(clippy::too_many_arguments)]
    pub fn show(
        &self,
        root: Element,
        nums: Uint32Array,
        texts: Array,
        on_action: Function,
        roots: u32,
        table: Option<js_sys::JsString>,
        typed: Option<String>,
        focused: bool,
    ) -> Result<(), JsValue> {
        if let Some(table) = &table {
            give_table(table);
        }
        let wire = Wire {
            nums: nums.to_vec(),
            texts: texts.iter().filter_map(|t| t.as_string()).collect(),
        };
        let mut request =
            DetailRequest::from_wire(&wire).ok_or_else(|| JsValue::from_str("bad request"))?;
        if let (DetailRequest::Search(s), Some(typed)) = (&mut request, typed) {
            s.typed = typed;
            s.focused = focused;
        }
        let focus_now = match &request {
            DetailRequest::Listing(r) => {
                r.focus != 0 && r.focus != self.seen_focus.replace(r.focus)
            }
            DetailRequest::Search(_) => false,
        };
        let on_action = Callback::from(move |a: DetailAction| {
            let w = a.to_wire();
            let texts: Array = w.texts.iter().map(|t| JsValue::from_str(t)).collect();
            let _ = on_action.call2(&JsValue::NULL, &Uint32Array::from(&w.nums[..]), &texts);
        });
        let mut apps = self.apps.borrow_mut();
        if let Some(m) = apps.iter_mut().find(|m| m.root == root) {
            m.focus.set(m.focus.get() || focus_now);
            let props = self.props(request, on_action, m.focus.clone());
            m.app.update(props);
            return Ok(());
        }
        let focus = Rc::new(Cell::new(focus_now));
        let props = self.props(request, on_action, focus.clone());
        number_after(roots);
        ROOTS.with(|r| r.set(r.get() + 1));
        let app = yew::Renderer::<DetailApp>::with_root_and_props(root.clone(), props).render();
        apps.push(Mounted { root, app, focus });
        Ok(())
    }

    /// Unmounts the app in `root` (the embed's container is going).
    pub fn hide(&self, root: Element) {
        let mut apps = self.apps.borrow_mut();
        if let Some(i) = apps.iter().position(|m| m.root == root) {
            apps.swap_remove(i).app.destroy();
        }
    }
}

impl Detail {
    fn props(
        &self,
        request: DetailRequest,
        on_action: Callback<DetailAction>,
        focus: Rc<Cell<bool>>,
    ) -> DetailProps {
        DetailProps {
            loaded: self.loaded.clone(),
            base: self.base.clone().into(),
            request,
            on_action,
            focus,
            hant_table: table_given(),
        }
    }
}

/// Spends app numbers on empty apps until this module's next app is
/// numbered after the embed's `roots` (see the module's documentation).
fn number_after(roots: u32) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    while ROOTS.with(Cell::get) < roots {
        ROOTS.with(|r| r.set(r.get() + 1));
        if let Ok(el) = document.create_element("div") {
            yew::Renderer::<Empty>::with_root(el).render().destroy();
        }
    }
}

#[function_component(Empty)]
fn empty() -> Html {
    Html::default()
}

fn main() {}
