//! The root component: settings (language, elderly mode), loading state,
//! then the board.

use std::rc::Rc;

use rectify_core::fingerprint::Fingerprint;
use rectify_core::locale::{Lang, Msg};
use rectify_core::stats::Summary;
use rectify_core::view::{error_location, error_message, Progress};
use yew::prelude::*;

use crate::components::{
    error_panel, loading_panel, settings, Board, ErrorPanelProps, SettingsProps,
};
use crate::hooks::{
    use_hant, use_report, use_vocab, Hant, LoadState, Loaded, UseReport, UseVocab, Vocab,
};
use crate::links::LinkPlace;
use crate::source::Source;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The JSON report (or why the one the page address named is refused),
    /// and how long its fetch may stall.
    pub src: Source,
    pub lang: Lang,
    /// 适老化 mode, from `data-mode="elderly"`.
    pub elderly: bool,
    /// A height set by the host page (`data-height`): the widget scrolls inside.
    pub height: Option<String>,
    /// URL of the bundle's folder, ending in `/`.
    pub base: AttrValue,
    /// The page holds a copy of this board pre-rendered by `rectify render`,
    /// which this widget takes over.
    pub prerendered: Option<Prerendered>,
    /// Pre-rendering only: the report, already loaded (nothing is fetched).
    pub preloaded: Option<Rc<Loaded>>,
    /// Where deep links live: the page's fragment, or nowhere
    /// (`data-links="off"`).
    pub links: LinkPlace,
}

/// A pre-rendered copy of the board in the page (see `mount.rs`).
#[derive(PartialEq, Clone)]
pub struct Prerendered {
    /// The fingerprint of the report the copy was made from.
    pub fingerprint: Option<Fingerprint>,
    /// Told once the first state is rendered: `true` with the board (it takes
    /// the copy's place), `false` when the report could not be loaded (the
    /// copy stays).
    pub on_ready: Callback<bool>,
}

/// Whether this board is pre-rendered (natively) or takes a pre-rendered
/// copy's place (in the browser).
#[derive(Clone, Copy, PartialEq)]
enum Prerendering {
    Server,
    TakingOver,
}

/// Whether the first state worth showing in place of a pre-rendered copy is
/// rendered: `Some(true)` the board (in 繁體 once converted or given up),
/// `Some(false)` an error, `None` still loading.
fn settled(state: &LoadState, hant: &Hant, vocab: Vocab) -> Option<bool> {
    match state {
        LoadState::Loading(_) => None,
        LoadState::Ready(_) if *hant == Hant::Loading || vocab == Vocab::Loading => None,
        LoadState::Ready(_) => Some(true),
        LoadState::FetchFailed { .. } | LoadState::Invalid { .. } => Some(false),
    }
}

/// A state set from a host attribute that the reader may also change:
/// whenever the attribute's value changes, it wins again.
#[hook]
pub(crate) fn use_following<T: PartialEq + Copy + 'static>(value: T) -> UseStateHandle<T> {
    let state = use_state(|| value);
    {
        let state = state.clone();
        use_effect_with(value, move |v| {
            if *state != *v {
                state.set(*v);
            }
        });
    }
    state
}

/// What the loading state shows: the loading panel, an error panel, or the
/// board (on the 繁體 copy of the report once it is converted).
/// The loading panel while the first words are on their way, in the
/// chosen language (its sentence is resident in every build).
fn waiting_panel(state: &LoadState, lang: Lang) -> Html {
    match state {
        LoadState::Loading(progress) => loading_panel(lang, progress),
        _ => loading_panel(lang, &Progress::default()),
    }
}

fn load_view(
    state: &LoadState,
    converted: &Option<Rc<Loaded>>,
    (lang, elderly): (Lang, bool),
    retry: &Callback<()>,
    prerendering: Option<Prerendering>,
    links: &LinkPlace,
    first_frame: bool,
) -> Html {
    match state {
        LoadState::Loading(progress) => loading_panel(lang, progress),
        LoadState::FetchFailed { src, reason } => error_panel(ErrorPanelProps {
            lang,
            src: src.clone(),
            location: None,
            message: reason.message(lang),
            detail: None,
            on_retry: reason.retryable().then(|| retry.clone()),
        }),
        LoadState::Invalid { src, error } => {
            let location = error_location(error, lang);
            let (message, detail) = error_message(error, lang);
            error_panel(ErrorPanelProps {
                lang,
                src: src.clone(),
                location: Some(location),
                message,
                detail,
                on_retry: None,
            })
        }
        LoadState::Ready(loaded) => {
            let loaded = converted.clone().unwrap_or_else(|| loaded.clone());
            // A pre-rendered board opens with its data tables shown (it must
            // read without scripts), and so does the live board taking its place.
            // Pre-rendering has no page address to follow or link to.
            let server = prerendering == Some(Prerendering::Server);
            let links = if server {
                LinkPlace::Off
            } else {
                links.clone()
            };
            html! { <Board {lang} {loaded} {elderly} tables_open={prerendering.is_some()}
            {links} static_html={server} {first_frame} /> }
        }
    }
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    // The host page may change data-lang / data-mode later (a portal's
    // 繁体版 or 长者助手 button): follow it; the reader's own switches win
    // until the page changes the attribute again.
    let lang_state = use_following(props.lang);
    let elderly = use_following(props.elderly);
    let chosen = *lang_state;
    // The words in 繁體 or English are fetched with the language: the
    // widget reads in 简体 (`lang`) until they are there.
    let UseVocab {
        vocab,
        shown: lang,
        retry: retry_vocab,
    } = use_vocab(chosen, props.base.clone());
    // A collection is handed to the overview bundle with this element.
    let root = use_node_ref();
    let UseReport {
        state,
        retry,
        fingerprint,
        painted,
    } = use_report(
        props.src.clone(),
        root.clone(),
        props.preloaded.clone(),
        props.prerendered.is_some(),
    );
    let hant = use_hant(chosen == Lang::ZhHant, props.base.clone());
    // In 繁體 the report's own text is converted too, once per load.
    let converted = use_memo(((*state).clone(), hant.clone()), |(state, hant)| {
        match (state, hant) {
            (LoadState::Ready(loaded), Hant::Ready(conv)) => {
                let mut report = loaded.report.clone();
                conv.convert_report(&mut report);
                let summary = Summary::of(&report);
                let bytes = loaded.bytes.clone();
                Some(Rc::new(Loaded {
                    report,
                    summary,
                    bytes,
                }))
            }
            _ => None,
        }
    });
    {
        let prerendered = props.prerendered.clone();
        use_effect_with(settled(&state, &hant, vocab), move |settled| {
            if let (Some(ok), Some(p)) = (settled, prerendered) {
                p.on_ready.emit(*ok);
            }
        });
    }
    let prerendering = match (&props.preloaded, &props.prerendered) {
        (Some(_), _) => Some(Prerendering::Server),
        (None, Some(_)) => Some(Prerendering::TakingOver),
        (None, None) => None,
    };
    // A widget that starts in 繁體 or English waits for its words (requested
    // with the report) rather than showing the board in 简体 first; after a
    // reader's own switch the board stays, in 简体 with a note, until they
    // arrive, and a failed load shows it in 简体 with a retry.
    let words_seen = use_mut_ref(|| false);
    if vocab != Vocab::Loading {
        *words_seen.borrow_mut() = true;
    }
    let waiting = !*words_seen.borrow();
    let body = if waiting {
        waiting_panel(&state, chosen)
    } else {
        load_view(
            &state,
            &converted,
            (lang, *elderly),
            &retry,
            prerendering,
            &props.links,
            // In place of a pre-rendered copy (which has it all): all at once.
            !painted && prerendering.is_none(),
        )
    };
    let note = match vocab {
        _ if waiting => None,
        Vocab::Failed => Some(Msg::VocabFailed.text(chosen)),
        _ => hant
            .note(chosen)
            .or((vocab == Vocab::Loading).then(|| Msg::VocabLoading.text(chosen))),
    };
    let retry_vocab = (vocab == Vocab::Failed).then(|| retry_vocab.reform(|_: MouseEvent| ()));
    // The live data won over a pre-rendered copy made from another version.
    let newer = matches!(*state, LoadState::Ready(_))
        && fingerprint.is_some()
        && props
            .prerendered
            .as_ref()
            .is_some_and(|p| p.fingerprint != fingerprint);
    let on_lang = {
        let lang_state = lang_state.clone();
        Callback::from(move |l: Lang| lang_state.set(l))
    };
    let on_toggle_elderly = {
        let elderly = elderly.clone();
        Callback::from(move |_: ()| elderly.set(!*elderly))
    };
    let fixed = props.height.is_some();
    html! {
        <div ref={root} class="rb" data-elderly={elderly.then_some("")} data-fixed-height={fixed.then_some("")}
            lang={if waiting { chosen } else { lang }.tag()} tabindex={fixed.then_some("0")} role={fixed.then_some("region")}
            aria-label={fixed.then(|| Msg::Scroll.text(lang))}>
            { settings(SettingsProps { lang: chosen, elderly: *elderly, on_lang, on_toggle_elderly }) }
            if let Some(note) = note {
                <p class="rb-note" role="status">{ note }
                    if let Some(onclick) = retry_vocab {
                        { " " }<button type="button" class="rb-tool" {onclick}>{ Msg::Retry.text(chosen) }</button>
                    }
                </p>
            }
            if newer {
                <p class="rb-note rb-live-newer" role="status">{ Msg::LiveNewer.text(lang) }</p>
            }
            { body }
        </div>
    }
}
