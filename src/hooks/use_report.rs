//! Fetching and loading the report named by `data-src` (or an allowed `?src=`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::Promise;
use rectify_core::fingerprint::Fingerprint;
use rectify_core::load::{self, LoadError, Texts};
use rectify_core::model::Report;
use rectify_core::stats::Summary;
use rectify_core::view::{FetchFailure, Progress, StallTimeout};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use super::fetch::fetch_bytes;
use crate::source::{Address, Source};

/// A loaded report and its summary (computed once per load).
pub struct Loaded {
    /// In the embed, the report's outline (see `BOARD_TEXTS`); in the
    /// detail bundle and where the board draws the drill-down, all of it.
    pub report: Report,
    pub summary: Summary,
    /// The report's bytes as fetched, copied into JS memory for the detail
    /// bundle, which reads its own copy of the report from them (the embed
    /// only, once the first frame is painted: the copy of 5 MB at 10,000
    /// problems is not on the way to the first chart; empty where the
    /// board draws the drill-down itself). Shared by the reports made from
    /// this one (繁體, a deadline state), which may be made before it is set.
    pub bytes: Rc<std::cell::OnceCell<js_sys::Uint8Array>>,
}

/// Identity, not content: a report is only replaced by a new load, and a deep
/// comparison of 10,000 problems on every render would cost more than it saves.
impl PartialEq for Loaded {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

#[derive(Clone, PartialEq)]
pub enum LoadState {
    /// Bytes received so far (the loading panel shows them for large files).
    Loading(Progress),
    /// The file could not be fetched (network, HTTP status, stalled), or the
    /// page address named one that may not be shown.
    FetchFailed {
        src: String,
        reason: FetchFailure,
    },
    /// The file is not a valid report.
    Invalid {
        src: String,
        error: Rc<LoadError>,
    },
    Ready(Rc<Loaded>),
}

/// The report's state, and a callback that fetches it again (the error
/// panel's retry button).
pub struct UseReport {
    pub state: UseStateHandle<LoadState>,
    pub retry: Callback<()>,
    /// The fingerprint of the bytes of the report last fetched (a page with a
    /// pre-rendered copy compares it with the copy's own).
    pub fingerprint: Option<Fingerprint>,
    /// Whether the first frame showing the report (`Ready`) has been
    /// painted: the board draws its headline, legend and charts first, and
    /// what is below them after that frame (~0.3 of the first chart's time
    /// for the bundled report went to building the rest).
    pub painted: bool,
}

/// What is known of the last fetch besides its state.
#[derive(Default)]
struct Landed {
    fingerprint: Option<Fingerprint>,
    painted: bool,
}

/// Fetches `source` whenever it changes (or the reader asks to retry), and
/// loads it. Only the latest fetch's result is applied: when `source`
/// changes (or the widget unmounts) before a fetch finishes, the effect's
/// destructor marks that fetch as stale and its result is dropped, so a slow
/// older report cannot replace a newer one.
#[hook]
///
/// A collection (`rectify-board-collection/…`) is handed, with the element
/// behind `root`, to the overview bundle (`mount::hand_off`); the state stays
/// `Loading` until that bundle takes the widget's place.
///
/// `preloaded` is a report already loaded, shown from the first render:
/// pre-rendering only (`rectify render`), where effects never run, so
/// nothing is fetched.
///
/// With `fingerprinted` (a page with a pre-rendered copy) the fetched
/// bytes' fingerprint is taken; otherwise not (a pass over every byte:
/// ~8 ms of a 10,000-problem load).
pub fn use_report(
    source: Source,
    root: NodeRef,
    preloaded: Option<Rc<Loaded>>,
    fingerprinted: bool,
) -> UseReport {
    let state =
        use_state(|| preloaded.map_or(LoadState::Loading(Progress::default()), LoadState::Ready));
    let attempt = use_state(|| 0u32);
    let landed = use_mut_ref(Landed::default);
    {
        let state = state.clone();
        let landed = landed.clone();
        use_effect_with((source, *attempt), move |(source, _)| {
            let current = Rc::new(Cell::new(true));
            state.set(LoadState::Loading(Progress::default()));
            landed.borrow_mut().painted = false;
            match &source.address {
                Address::Refused { given, why } => state.set(LoadState::FetchFailed {
                    src: given.to_string(),
                    reason: FetchFailure::Refused(why.clone()),
                }),
                Address::Url(url) => spawn_fetch(
                    url.to_string(),
                    source.timeout,
                    Landing {
                        state,
                        landed,
                        current: current.clone(),
                        root: root.clone(),
                        fingerprinted,
                    },
                ),
            }
            move || current.set(false)
        });
    }
    let retry = Callback::from(move |()| attempt.set(attempt.wrapping_add(1)));
    let Landed {
        fingerprint,
        painted,
    } = *landed.borrow();
    UseReport {
        state,
        retry,
        fingerprint,
        painted,
    }
}

/// Where a fetch's result lands, while `current` holds.
struct Landing {
    state: UseStateHandle<LoadState>,
    landed: Rc<RefCell<Landed>>,
    current: Rc<Cell<bool>>,
    root: NodeRef,
    fingerprinted: bool,
}

/// Fetches and loads `src` into `state` while `current` holds, telling the
/// loading panel of progress whenever its text would change.
fn spawn_fetch(src: String, timeout: StallTimeout, landing: Landing) {
    let Landing {
        state,
        landed,
        current,
        root,
        fingerprinted,
    } = landing;
    wasm_bindgen_futures::spawn_local(async move {
        let mut shown = Progress::default();
        let fetched = fetch_bytes(&src, timeout, |p| {
            if current.get() && shown.shows_differently(&p) {
                shown = p;
                state.set(LoadState::Loading(p));
            }
        })
        .await;
        // A stale response is not even parsed.
        if !current.get() {
            return;
        }
        if fingerprinted {
            landed.borrow_mut().fingerprint = fetched.as_deref().ok().map(Fingerprint::of);
        }
        let next = report_state(src, fetched.as_deref().map_err(Clone::clone), Some(&root));
        let ready = match &next {
            LoadState::Ready(loaded) => Some(loaded.clone()),
            _ => None,
        };
        state.set(next);
        if let Some(loaded) = ready {
            next_paint().await;
            if current.get() {
                if let Ok(bytes) = &fetched {
                    keep_bytes(&loaded, bytes);
                }
                landed.borrow_mut().painted = true;
                state.set(LoadState::Ready(loaded));
            }
        }
    });
}

/// Resolves once the frame in hand has been painted: an animation frame,
/// then a task after it. (A hidden page gets no frames: it waits until the
/// page is shown.)
pub(crate) async fn next_paint() {
    let Some(w) = web_sys::window() else {
        return;
    };
    let _ = JsFuture::from(Promise::new(&mut |resolve, _| {
        let _ = w.request_animation_frame(&resolve);
    }))
    .await;
    let _ = JsFuture::from(Promise::new(&mut |resolve, _| {
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    }))
    .await;
}

/// The bytes at `url` with the default stall timeout and no progress (the
/// collection views' lazily fetched reports).
#[cfg(feature = "overview")]
pub(crate) async fn fetch_report_bytes(url: &str) -> Result<Vec<u8>, FetchFailure> {
    fetch_bytes(url, StallTimeout::DEFAULT, |_| {}).await
}

/// Keeps the bytes the detail bundle will read (see [`Loaded::bytes`]).
#[cfg(not(feature = "inline-detail"))]
fn keep_bytes(loaded: &Loaded, bytes: &[u8]) {
    let _ = loaded.bytes.set(js_sys::Uint8Array::from(bytes));
}

#[cfg(feature = "inline-detail")]
fn keep_bytes(_: &Loaded, _: &[u8]) {}

/// The texts the board's report holds. The embed reads the outline: the
/// problems' long texts are only shown by the drill-down, a problem's detail
/// and search, which are the detail bundle's, and it reads the full report
/// from [`Loaded::bytes`] (`load::outline` says what is left out; core's
/// `tests/outline_views.rs` checks every view model the embed makes is the
/// same from it). Where the board draws those itself, everything.
#[cfg(not(feature = "inline-detail"))]
const BOARD_TEXTS: Texts = Texts::Outline;
#[cfg(feature = "inline-detail")]
const BOARD_TEXTS: Texts = Texts::All;

/// A report read from its bytes as the widget shows it (bidi isolated),
/// with `texts`: the embed's load (its outline), and the detail bundle's
/// full copy.
pub fn read_report(bytes: &[u8], texts: Texts) -> Result<Report, LoadError> {
    let mut report = load::from_json_bytes_texts(bytes, texts)?;
    // A bidi override in one field must not reorder the next.
    rectify_core::bidi::isolate_report(&mut report);
    Ok(report)
}

/// The state after a fetch: ready, or why not. With `hand_off`, a
/// collection is handed to the overview bundle instead of refused.
pub(crate) fn report_state(
    src: String,
    fetched: Result<&[u8], FetchFailure>,
    hand_off: Option<&NodeRef>,
) -> LoadState {
    match fetched {
        Err(reason) => LoadState::FetchFailed { src, reason },
        // Bytes, not text: invalid UTF-8 is a located error, as in the CLI,
        // never silently replaced by U+FFFD.
        Ok(bytes) => match read_report(bytes, BOARD_TEXTS) {
            Ok(report) => {
                let summary = Summary::of(&report);
                LoadState::Ready(Rc::new(Loaded {
                    report,
                    summary,
                    bytes: Default::default(),
                }))
            }
            Err(error) => {
                let text = std::str::from_utf8(bytes).ok();
                let collection = text.filter(|t| rectify_core::collection::is_collection_json(t));
                if let (Some(text), Some(el)) = (collection, hand_off.and_then(NodeRef::cast)) {
                    crate::mount::hand_off(&el, &src, text);
                    return LoadState::Loading(Progress::default());
                }
                LoadState::Invalid {
                    src,
                    error: Rc::new(error),
                }
            }
        },
    }
}
