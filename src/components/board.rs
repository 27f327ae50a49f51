use std::rc::Rc;

use rectify_core::chart::{problems_table, to_csv, Table};
use rectify_core::deadline::DeadlineState;
use rectify_core::locale::{Lang, Msg};
use rectify_core::model::NodeId;
use rectify_core::stats::GroupId;
use rectify_core::stats::Summary;
use rectify_core::view::{
    contact_view, deadline_filter_view, deadline_words, filter_note, headline, legend_entries,
    narrow_to_deadline, overdue_figure, overview, stated_view, ChartId, ContactView,
    DeadlineFilterView, Drill, KeyFigures, Overview, StatedView, StatusFilter, StatusKey,
    TextSection, Tip,
};
use yew::prelude::*;

use crate::components::{
    area_list, contact_panel, data_table, deadline_filter, donut_chart, headline_header, legend,
    stacked_bars_chart, stated_totals, use_bars, use_donut, ChartCommon,
};
#[cfg(feature = "inline-detail")]
use crate::components::{missing_group, AreaView, SearchBox};
use crate::hooks::{use_deep_link, DeepLinks, Loaded};
use crate::links::LinkPlace;
use crate::state::{Action, Copied, ViewState};
use crate::{address, export};
#[cfg(feature = "inline-detail")]
use rectify_core::view::{drill_listing, DrillListing};
#[cfg(not(feature = "inline-detail"))]
use rectify_core::view::{DetailAction, ListingRequest};

#[derive(Properties, PartialEq)]
pub struct BoardProps {
    pub lang: Lang,
    pub loaded: Rc<Loaded>,
    /// 适老化 mode: larger text and targets, no pop-ups, tables shown.
    pub elderly: bool,
    /// Where the board's deep links live: the page's fragment (the embed),
    /// a department's part of it (the collection views), or nowhere.
    #[prop_or_default]
    pub links: LinkPlace,
    /// In a department (`LinkPlace::Department`): the node the page's
    /// fragment names now; the board opens it, and follows when it changes.
    #[prop_or_default]
    pub at: Option<AttrValue>,
    /// In a department: told the node the reader opened (`None`: the
    /// board's overview), for the collection views to put in the fragment.
    #[prop_or_default]
    pub on_link: Option<Callback<Option<String>>>,
    /// Whether the charts' data tables open shown (a pre-rendered board, and
    /// the live board that takes its place); the reader can still hide them.
    #[prop_or_default]
    pub tables_open: bool,
    /// Rendered natively to static HTML (`rectify render`): the print-only
    /// problems table is left out (the fragment must stay small).
    #[prop_or_default]
    pub static_html: bool,
    /// Only the headline, legend and charts: the first frame of a load
    /// (what is below them comes once it is painted; nothing above moves).
    #[prop_or_default]
    pub first_frame: bool,
}

/// Above this many problems the print-only full table is left out (the CSV
/// export has them all).
const PRINT_ROWS: usize = 2000;

/// What each child may ask the reducer for. Made once (stable across
/// renders), so that a child whose data did not change is not re-rendered.
struct Handlers {
    back: Callback<()>,
    #[cfg(feature = "inline-detail")]
    more: Callback<()>,
    #[cfg(feature = "inline-detail")]
    toggle_problem: Callback<NodeId>,
    clear_filter: Callback<MouseEvent>,
    #[cfg(feature = "inline-detail")]
    open_problem: Callback<(GroupId, NodeId)>,
    open_area: Callback<GroupId>,
    open_status: Callback<StatusKey>,
    toggle_status: Callback<StatusKey>,
    tip: Callback<Option<Tip>>,
    toggle_table: Callback<ChartId>,
    #[cfg(feature = "inline-detail")]
    copy: Callback<NodeId>,
    choose_deadline: Callback<Option<DeadlineState>>,
    /// What the reader did in the detail bundle's drill-down.
    #[cfg(not(feature = "inline-detail"))]
    detail: Callback<DetailAction>,
}

impl Handlers {
    /// Made once per widget (memoised on the dispatcher, which never
    /// changes, and the place of its links).
    fn new((d, place): &(UseReducerDispatcher<ViewState>, LinkPlace)) -> Handlers {
        let (d, place) = (d.clone(), place.clone());
        let emit = move |a: Action| d.dispatch(a);
        #[cfg(not(feature = "inline-detail"))]
        let detail = {
            let (emit, place) = (emit.clone(), place.clone());
            Callback::from(move |a: DetailAction| match a {
                DetailAction::Back => emit(Action::Back),
                DetailAction::ShowMore => emit(Action::ShowMore),
                DetailAction::ToggleProblem(id) => emit(Action::ToggleProblem(id)),
                DetailAction::Copy(id) => copy_link(id, &place, emit.clone()),
                DetailAction::Open(area, id) => emit(Action::OpenProblem(area, id)),
            })
        };
        Handlers {
            #[cfg(not(feature = "inline-detail"))]
            detail,
            back: with(&emit, |_: ()| Action::Back),
            #[cfg(feature = "inline-detail")]
            more: with(&emit, |_: ()| Action::ShowMore),
            #[cfg(feature = "inline-detail")]
            toggle_problem: with(&emit, Action::ToggleProblem),
            clear_filter: with(&emit, |_: MouseEvent| Action::ClearFilter),
            #[cfg(feature = "inline-detail")]
            open_problem: with(&emit, |(area, id)| Action::OpenProblem(area, id)),
            open_area: with(&emit, Action::OpenArea),
            open_status: with(&emit, Action::DrillStatus),
            toggle_status: with(&emit, Action::ToggleStatus),
            tip: with(&emit, |tip: Option<Tip>| {
                tip.map_or(Action::HideTip, Action::ShowTip)
            }),
            toggle_table: with(&emit, Action::ToggleTable),
            choose_deadline: with(&emit, Action::ChooseDeadline),
            #[cfg(feature = "inline-detail")]
            copy: Callback::from(move |id: NodeId| copy_link(id, &place, emit.clone())),
        }
    }
}

/// Copies the link to `id` (where links live), and says how it went.
fn copy_link(id: NodeId, place: &LinkPlace, emit: impl Fn(Action) + 'static) {
    let Some(url) = place.link_to(id.as_str()) else {
        return; // links are off: no copy button is shown
    };
    wasm_bindgen_futures::spawn_local(async move {
        let refused = (!address::copy(&url).await).then_some(url);
        emit(Action::Copied(Copied { id, refused }));
    });
}

/// A callback that dispatches the action `f` makes of its argument.
fn with<T: 'static>(
    emit: &(impl Fn(Action) + Clone + 'static),
    f: impl Fn(T) -> Action + 'static,
) -> Callback<T> {
    let emit = emit.clone();
    Callback::from(move |x: T| emit(f(x)))
}

/// The headline and stated totals: they change with the report and the
/// language only.
struct FixedModels {
    headline: rectify_core::view::Headline,
    /// Where the completion rate comes from (stated, inferred, editor).
    provenance: Option<rectify_core::view::Provenance>,
    stated: Option<StatedView>,
    /// 联系我们 / 公示期 on the day the page is viewed.
    contact: Option<ContactView>,
    /// The deadline-state filter, when problems have dated deadlines.
    deadlines: Option<DeadlineFilterView>,
    /// The parts of the notice that are not problems.
    texts: Vec<TextSection>,
    /// 主要数据.
    figures: Option<KeyFigures>,
    /// The dates the notice states, on one scale.
    timeline: Option<rectify_core::view::TimelineView>,
}

/// The view models of the board, each remade only when what it shows
/// changes (never on a hover).
struct Models {
    /// What depends only on the report and the language.
    fixed: Rc<FixedModels>,
    /// The area list and what is filtered, in words.
    filtered: Rc<(Overview, Option<String>)>,
    /// `None` on the overview, or when the drilled group is not in the data.
    #[cfg(feature = "inline-detail")]
    listing: Rc<Option<Rc<DrillListing>>>,
    /// The print-only table of the problems (small reports only).
    print_table: Rc<Option<Table>>,
}

/// The report as the deadline filter narrows it (itself when no state is
/// chosen): the charts, lists, tables, CSV, print and search are made of it.
#[hook]
fn use_shown(loaded: &Rc<Loaded>, deadline: Option<DeadlineState>) -> Rc<Loaded> {
    let shown = use_memo((loaded.clone(), deadline), |(l, d)| match d {
        None => l.clone(),
        Some(state) => {
            let report = narrow_to_deadline(&l.report, *state);
            let summary = Summary::of(&report);
            let bytes = l.bytes.clone();
            Rc::new(Loaded {
                report,
                summary,
                bytes,
            })
        }
    });
    (*shown).clone()
}

#[hook]
fn use_models(
    loaded: &Rc<Loaded>,
    shown: &Rc<Loaded>,
    view: &ViewState,
    lang: Lang,
    painted: bool,
) -> Models {
    let fixed = use_memo((loaded.clone(), lang), |(l, lang)| FixedModels {
        provenance: rectify_core::view::provenance(&l.report, *lang),
        headline: {
            let mut h = headline(&l.report.meta, &l.summary, *lang);
            h.figures.extend(overdue_figure(&l.report, *lang));
            h
        },
        stated: stated_view(&l.report, &l.summary, *lang),
        contact: contact_view(&l.report.meta, &today(), *lang),
        deadlines: deadline_filter_view(&l.report, *lang),
        texts: rectify_core::view::text_sections(&l.report, *lang),
        figures: rectify_core::view::key_figures(&l.report, *lang),
        timeline: rectify_core::view::timeline_view(&l.report, *lang),
    });
    // The area list and the filter note follow the legend filter.
    let filtered = use_memo(
        (
            shown.clone(),
            view.drill.clone(),
            view.filter.clone(),
            view.deadline,
            lang,
        ),
        |(l, drill, filter, deadline, lang)| {
            let s = &l.summary;
            let counts = match drill {
                Drill::Area(id) => s
                    .groups
                    .iter()
                    .chain(&s.long_term_groups)
                    .find(|g| g.id == *id)
                    .map_or(s.problems, |g| g.counts),
                _ => s.problems,
            };
            (
                overview(s, filter, *lang),
                filter_note(
                    &counts,
                    drill,
                    filter,
                    deadline
                        .and_then(|d| deadline_words(d, &l.report, *lang))
                        .as_deref(),
                    *lang,
                ),
            )
        },
    );
    let drill = view.drill.clone();
    let filter = view.filter.clone();
    #[cfg(feature = "inline-detail")]
    let listing = use_memo(
        (
            shown.clone(),
            drill.clone(),
            filter.clone(),
            view.page_limit,
            lang,
        ),
        |(l, drill, filter, limit, lang)| {
            drill_listing(&l.report, drill, filter, *limit, *lang).map(Rc::new)
        },
    );
    let print_table = use_memo(
        (shown.clone(), drill, filter, lang, painted),
        |(l, drill, filter, lang, painted)| {
            (*painted && l.summary.problems.total() <= PRINT_ROWS)
                .then(|| problem_table(l, drill, filter, *lang))
        },
    );
    Models {
        fixed,
        filtered,
        #[cfg(feature = "inline-detail")]
        listing,
        print_table,
    }
}

/// The loaded widget: headline, charts, legend filter and the drill-down.
/// Escape anywhere in the widget goes up one level.
#[function_component(Board)]
pub fn board(props: &BoardProps) -> Html {
    let lang = props.lang;
    let elderly = props.elderly;
    let loaded = &props.loaded;
    // Where the board opens: the node the page's fragment names in this
    // report (its own fragment, or the department's part of it), else the
    // overview.
    let links = DeepLinks {
        place: props.links.clone(),
        at: props.at.clone(),
        on_link: props.on_link.clone(),
    };
    let view = use_reducer({
        let linked = links.target(&loaded.report);
        let open = props.tables_open && !elderly;
        move || {
            let mut state = linked.map_or_else(ViewState::default, ViewState::linked);
            if open {
                state.toggled_tables = vec![ChartId::Donut, ChartId::Bars];
            }
            state
        }
    });
    let focus = use_node_ref();
    let focus_seq = use_deep_link(loaded, &view, focus.clone(), links);
    let on = use_memo((view.dispatcher(), props.links.clone()), Handlers::new);
    let follow = {
        let (dispatch, loaded) = (view.dispatcher(), loaded.clone());
        Callback::from(move |href: String| {
            let target = rectify_core::link::resolve(&href, &loaded.report);
            dispatch.dispatch(Action::Follow(target));
        })
    };
    let uid = use_memo((), |_| next_uid());
    let shown = &use_shown(loaded, view.deadline);
    let painted = !props.first_frame;
    let models = use_models(loaded, shown, &view, lang, painted);
    let onkeydown = {
        let back = on.back.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                back.emit(());
            }
        })
    };
    let csv = {
        // Made on the click only: the table may have 10,000 rows.
        let loaded = shown.clone();
        let view = view.clone();
        Callback::from(move |_: MouseEvent| {
            let table = problem_table(&loaded, &view.drill, &view.filter, lang);
            export::export("csv", "rectify-problems.csv", &to_csv(&table).into());
        })
    };
    let announce = view
        .tip
        .as_ref()
        .map(|t| t.spoken(lang))
        .unwrap_or_default();
    #[cfg(feature = "inline-detail")]
    let main = {
        let _ = focus_seq;
        match (&view.drill, &*models.listing) {
            (Drill::Overview, _) => html! {
                { area_list(&models.filtered.0, lang, &on.open_area) }
            },
            (_, None) => missing_group(lang, &on.back),
            (drill, Some(listing)) => html! {
                <AreaView {lang} listing={listing.clone()} loaded={shown.clone()} open={view.problem.clone()}
                    area_id={area_id(drill)} focus={focus.clone()} copied={view.copied.clone()} on_copy={(props.links != LinkPlace::Off).then(|| on.copy.clone())}
                    on_back={on.back.clone()} on_more={on.more.clone()} on_toggle_problem={on.toggle_problem.clone()} />
            },
        }
    };
    // The drill-down is the detail bundle's (loaded on the first one).
    #[cfg(not(feature = "inline-detail"))]
    let main = {
        // Drawn (and asked of the bundle) below the charts, once painted.
        let drilled = painted && !matches!(view.drill, Drill::Overview);
        let request = drilled.then(|| ListingRequest {
            lang,
            deadline: view.deadline,
            drill: view.drill.clone(),
            filter: view.filter.clone(),
            problem: view.problem.clone(),
            page_limit: view.page_limit,
            copied: view
                .copied
                .as_ref()
                .map(|c| (c.id.clone(), c.refused.clone())),
            links: props.links != LinkPlace::Off,
            focus: focus_seq,
        });
        let slot = crate::components::use_detail_slot(request, shown, &on.detail);
        match &view.drill {
            Drill::Overview => area_list(&models.filtered.0, lang, &on.open_area),
            _ => slot,
        }
    };
    let search = use_search(lang, &uid, shown, view.deadline, &on);
    let summary = &shown.summary;
    let donut = use_donut(summary.problems, &view.filter, lang);
    let bars = use_bars(&summary.groups, &view.filter, lang, elderly);
    let common = |id: ChartId| ChartCommon {
        lang,
        filter: view.filter.clone(),
        tip: view.tip_for(id, elderly),
        table_open: view.table_open(id, elderly),
        uid: (*uid).clone(),
        on_tip: on.tip.clone(),
        on_toggle_table: on.toggle_table.clone(),
    };
    html! {
        <div class="rb-board" {onkeydown}>
            { headline_header(&models.fixed.headline, models.fixed.provenance.as_ref()) }
            { for models.fixed.stated.as_ref().map(stated_totals) }
            { search }
            { legend(&legend_entries(&summary.problems, &view.filter, lang), lang, &on.toggle_status) }
            { for models.fixed.deadlines.as_ref().map(|d| deadline_filter(d, view.deadline, &on.choose_deadline)) }
            <div class="rb-charts">
                { donut_chart(&donut, &common(ChartId::Donut), &on.open_status) }
                { stacked_bars_chart(&bars, &common(ChartId::Bars), &on.open_area) }
            </div>
            <p class="rb-sr-only rb-announce" aria-live="polite">{ announce }</p>
            if let Some(note) = &models.filtered.1 {
                <p class="rb-filter-note">{ note.clone() }
                    <span class="rb-clear">{ " · " }<button type="button" onclick={on.clear_filter.clone()}>{ Msg::ClearFilter.text(lang) }</button></span>
                </p>
            }
            // Below the charts: drawn once they are painted.
            if painted {
                { main }
                { for models.fixed.figures.as_ref().map(|k| crate::components::key_figures(k, &props.links, &follow)) }
                { for models.fixed.timeline.as_ref().map(crate::components::timeline) }
                { crate::components::text_sections(&models.fixed.texts, lang) }
                { for models.fixed.contact.as_ref().map(contact_panel) }
                <p class="rb-exports">
                    <button type="button" class="rb-tool rb-export-csv" onclick={csv}>{ Msg::DownloadCsv.text(lang) }</button>
                </p>
                if let (false, Some(table)) = (props.static_html, &*models.print_table) {
                    <div class="rb-print-only">{ data_table(Msg::ProblemsIn.text(lang), table) }</div>
                }
            }
        </div>
    }
}

/// The search box, drawn here (inline) or by the detail bundle.
#[cfg(feature = "inline-detail")]
#[hook]
fn use_search(
    lang: Lang,
    uid: &AttrValue,
    shown: &Rc<Loaded>,
    _deadline: Option<DeadlineState>,
    on: &Handlers,
) -> Html {
    html! { <SearchBox {lang} loaded={shown.clone()} uid={uid.clone()} on_open={on.open_problem.clone()} /> }
}

#[cfg(not(feature = "inline-detail"))]
#[hook]
fn use_search(
    lang: Lang,
    uid: &AttrValue,
    shown: &Rc<Loaded>,
    deadline: Option<DeadlineState>,
    on: &Handlers,
) -> Html {
    crate::components::use_search_slot(crate::components::SearchSlotProps {
        lang,
        deadline,
        uid: uid.clone(),
        loaded: shown.clone(),
        on_action: on.detail.clone(),
    })
}

/// The problems of the drill-down (everything on the overview), as the
/// legend filters them: the print table and the CSV export.
fn problem_table(loaded: &Loaded, drill: &Drill, filter: &StatusFilter, lang: Lang) -> Table {
    problems_table(
        &loaded.report,
        drill.table_scope(),
        &|s| filter.is_shown(s),
        lang,
    )
}

/// The node of a drill-down by area, for its link.
#[cfg(feature = "inline-detail")]
fn area_id(drill: &Drill) -> Option<NodeId> {
    match drill {
        Drill::Area(GroupId::Node(id)) => Some(id.clone()),
        _ => None,
    }
}

/// The reader's day (ISO), for the 公示期.
#[cfg(target_arch = "wasm32")]
fn today() -> String {
    let d = js_sys::Date::new_0();
    let (y, m, day) = (d.get_full_year(), d.get_month() + 1, d.get_date());
    format!("{y:04}-{m:02}-{day:02}")
}

/// The day of pre-rendering (natively), in China Standard Time.
#[cfg(not(target_arch = "wasm32"))]
fn today() -> String {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    rectify_core::calendar::iso_date((seconds as i64 + 8 * 3600).div_euclid(86_400))
}

fn next_uid() -> AttrValue {
    thread_local! {
        static NEXT: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    }
    let n = NEXT.with(|c| {
        let n = c.get() + 1;
        c.set(n);
        n
    });
    format!("rb{n}").into()
}
