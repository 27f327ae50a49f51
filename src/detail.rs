//! The detail bundle's app (`src/bin/detail.rs`): the drill-down the
//! embed's view state names, or the search box (a [`DetailRequest`]), drawn
//! by the same components as the board draws them inline elsewhere
//! (`AreaView`, `ProblemDetail`, `SearchBox`), in the embed's language, on
//! the bundle's own copy of the report; what the reader does goes back as a
//! [`DetailAction`].

use std::cell::Cell;
use std::rc::Rc;

use rectify_core::locale::Lang;
use rectify_core::model::NodeId;
use rectify_core::stats::{GroupId, Summary};
use rectify_core::view::{
    drill_listing, narrow_to_deadline, DetailAction, DetailRequest, Drill, ListingRequest,
    SearchRequest,
};
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::components::{missing_group, AreaView, SearchBox};
use crate::hooks::{use_hant, Hant, Loaded};
use crate::state::Copied;

#[derive(Properties, Clone)]
pub struct DetailProps {
    /// The report as the bundle read it from the embed's bytes (简体).
    pub loaded: Rc<Loaded>,
    /// The embed bundle's folder (for the 繁體 table).
    pub base: AttrValue,
    pub request: DetailRequest,
    pub on_action: Callback<DetailAction>,
    /// Set when focus is to move into the listing at the next render.
    pub focus: Rc<Cell<bool>>,
    /// Whether the embed has handed over the 繁體 table (this bundle never
    /// fetches it: the embed does, once, and says so while it loads).
    pub hant_table: bool,
}

impl PartialEq for DetailProps {
    fn eq(&self, other: &Self) -> bool {
        self.loaded == other.loaded
            && self.base == other.base
            && self.request == other.request
            && self.hant_table == other.hant_table
    }
}

/// The report as shown: in 繁體 once the table is there, narrowed to the
/// deadline state the embed's filter chose.
#[hook]
fn use_shown(props: &DetailProps) -> Rc<Loaded> {
    let (lang, deadline) = match &props.request {
        DetailRequest::Listing(r) => (r.lang, r.deadline),
        DetailRequest::Search(r) => (r.lang, r.deadline),
    };
    let hant = use_hant(lang == Lang::ZhHant && props.hant_table, props.base.clone());
    let shown = use_memo(
        (props.loaded.clone(), hant, deadline),
        |(loaded, hant, deadline)| {
            let mut report = match hant {
                Hant::Ready(conv) => {
                    let mut r = loaded.report.clone();
                    conv.convert_report(&mut r);
                    r
                }
                _ if deadline.is_none() => return loaded.clone(),
                _ => loaded.report.clone(),
            };
            if let Some(state) = deadline {
                report = narrow_to_deadline(&report, *state);
            }
            let summary = Summary::of(&report);
            Rc::new(Loaded {
                report,
                summary,
                bytes: Default::default(),
            })
        },
    );
    (*shown).clone()
}

#[function_component(DetailApp)]
pub fn detail_app(props: &DetailProps) -> Html {
    let shown = use_shown(props);
    let on_action = props.on_action.clone();
    match &props.request {
        DetailRequest::Listing(request) => html! {
            <Listing {shown} request={request.clone()} {on_action} focus={props.focus.clone()} />
        },
        DetailRequest::Search(request) => search(shown, request, on_action),
    }
}

#[derive(Properties, PartialEq)]
struct ListingProps {
    shown: Rc<Loaded>,
    request: ListingRequest,
    on_action: Callback<DetailAction>,
    focus: Rc<Cell<bool>>,
}

/// The drill-down: the listing, a problem opened in it.
#[function_component(Listing)]
fn listing(props: &ListingProps) -> Html {
    let r = &props.request;
    let lang = r.lang;
    let shown = props.shown.clone();
    let listing = use_memo(
        (
            shown.clone(),
            r.drill.clone(),
            r.filter.clone(),
            r.page_limit,
            lang,
        ),
        |(l, drill, filter, limit, lang)| {
            drill_listing(&l.report, drill, filter, *limit, *lang).map(Rc::new)
        },
    );
    let focus = use_node_ref();
    {
        let (focus, wanted) = (focus.clone(), props.focus.clone());
        use_effect(move || {
            if wanted.get() {
                if let Some(el) = focus.cast::<HtmlElement>() {
                    wanted.set(false);
                    let _ = el.focus();
                }
            }
        });
    }
    let act = |f: fn(()) -> DetailAction| props.on_action.reform(f);
    let on_back = act(|_| DetailAction::Back);
    let on_more = act(|_| DetailAction::ShowMore);
    let on_toggle_problem = props.on_action.reform(DetailAction::ToggleProblem);
    let on_copy = r.links.then(|| props.on_action.reform(DetailAction::Copy));
    let onkeydown = escape_goes_back(&props.on_action);
    let body = match &*listing {
        None => missing_group(lang, &on_back),
        Some(listing) => {
            let copied = r.copied.as_ref().map(|(id, refused)| Copied {
                id: id.clone(),
                refused: refused.clone(),
            });
            html! {
                <AreaView {lang} listing={listing.clone()} loaded={shown.clone()} open={r.problem.clone()}
                    area_id={area_id(&r.drill)} focus={focus.clone()} {copied} {on_copy}
                    {on_back} {on_more} {on_toggle_problem} />
            }
        }
    };
    html! { <div class="rb-detail-view" {onkeydown}>{ body }</div> }
}

/// The search box, with what was typed into the embed's stand-in.
fn search(shown: Rc<Loaded>, r: &SearchRequest, on_action: Callback<DetailAction>) -> Html {
    let onkeydown = escape_goes_back(&on_action);
    let on_open = on_action.reform(|(area, id)| DetailAction::Open(area, id));
    html! {
        <div class="rb-detail-view" {onkeydown}>
            <SearchBox lang={r.lang} loaded={shown} uid={AttrValue::from(r.uid.clone())} {on_open}
                typed={AttrValue::from(r.typed.clone())} take_focus={r.focused} />
        </div>
    }
}

/// Escape goes up one level, as anywhere in the board (whose own handler
/// does not see this bundle's events).
fn escape_goes_back(on_action: &Callback<DetailAction>) -> Callback<KeyboardEvent> {
    let on_action = on_action.clone();
    Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Escape" {
            on_action.emit(DetailAction::Back);
        }
    })
}

/// The node of a drill-down by area, for its link.
fn area_id(drill: &Drill) -> Option<NodeId> {
    match drill {
        Drill::Area(GroupId::Node(id)) => Some(id.clone()),
        _ => None,
    }
}
