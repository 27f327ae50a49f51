use std::rc::Rc;

use rectify_core::input::InputFormat;
use rectify_core::locale::{describe_counts, Lang};
use rectify_core::review::{Change, ReviewMsg};
use rectify_core::stats::Summary;
use wasm_bindgen::JsCast;
use web_sys::{DragEvent, Element, File, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::downloads::Downloads;
use super::limits::{human_size, MAX_INPUT_BYTES};
use super::review::review_section;
use super::session::{derive, source_of, Derived, Failure, Source};
use super::state::{Action, Notice, PageState};
use super::warnings::warnings_view;
use super::{draft, read_file};
use crate::app::AppProps;

#[derive(Properties, PartialEq)]
pub struct ImportPageProps {
    /// URL of the widget bundle's folder (for board.css and the 繁體 table).
    pub base: AttrValue,
}

/// The page's language: `?lang=` (zh-Hans, zh-Hant, en), else 简体.
fn page_lang() -> Lang {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|s| web_sys::UrlSearchParams::new_with_str(&s).ok())
        .and_then(|p| p.get("lang"))
        .map_or(Lang::ZhHans, |l| Lang::parse(&l))
}

type Result2 = Option<Result<Derived, Failure>>;

/// The page: input, result with downloads and warnings, the review step,
/// and a live preview of the widget.
// About 90 lines: a function component's hooks and the callbacks that use
// them must be made in its body; the work is in the section functions.
#[function_component(ImportPage)]
pub fn import_page(props: &ImportPageProps) -> Html {
    let lang = *use_memo((), |_| page_lang());
    let state = use_reducer(PageState::default);
    let textarea = use_node_ref();
    let dragging = use_state(|| false);

    {
        let state = state.clone();
        use_effect_with((), move |_| {
            if let Some((source, choices)) = draft::load() {
                state.dispatch(Action::Restore(source, choices));
            }
        });
    }
    let derived: Rc<Result2> = {
        let st = state.clone();
        use_memo(state.revision, move |_| {
            st.source.as_ref().map(|s| derive(s, &st.history.choices))
        })
    };
    let downloads: Rc<Option<Downloads>> = {
        let (st, derived) = (state.clone(), derived.clone());
        use_memo(state.revision, move |_| match (&st.source, &*derived) {
            (Some(s), Some(Ok(d))) => Downloads::new(s, d, &st.history.choices),
            _ => None,
        })
    };
    {
        let st = state.clone();
        use_effect_with(state.revision, move |_| {
            if let Some(s) = &st.source {
                draft::save(s, &st.history.choices);
            }
        });
    }

    let run = {
        let state = state.clone();
        Callback::from(move |(name, bytes): (String, Vec<u8>)| {
            match source_of(name.clone(), bytes) {
                Ok(source) => state.dispatch(Action::Load(source)),
                Err(f) => state.dispatch(Action::LoadFailed(name, f)),
            }
        })
    };
    let on_change = {
        let state = state.clone();
        Callback::from(move |c: Change| state.dispatch(Action::Change(c)))
    };
    let on_undo = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Undo))
    };
    let on_clear = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            draft::clear();
            state.dispatch(Action::Clear)
        })
    };
    let too_large = {
        let state = state.clone();
        Callback::from(move |size: f64| state.dispatch(Action::TooLarge(size)))
    };
    let on_sheet = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            state.dispatch(Action::Sheet(select.value()))
        })
    };
    let handlers = Handlers::new(&textarea, &run, &too_large, &dragging);

    html! {
        <main class={classes!("imp", (*dragging).then_some("imp-dragging"))} lang={lang.tag()}
            ondrop={handlers.on_drop} ondragover={handlers.on_drag_over} ondragleave={handlers.on_drag_leave}>
            <h1>{ ReviewMsg::PageTitle.text(lang) }</h1>
            <p class="imp-lead">
                { ReviewMsg::PageLead.text(lang) }
                <strong>{ ReviewMsg::PageLocal.text(lang) }</strong>
            </p>
            { input_section(&textarea, handlers.convert_text, handlers.on_file, lang) }
            { notice(&state, lang, on_clear.clone()) }
            if let Some(source) = &state.source {
                { sheet_selector(source, lang, on_sheet) }
            }
            { failure(&state, &derived, lang, on_undo.clone(), on_clear) }
            if let (Some(source), Some(Ok(d))) = (&state.source, &*derived) {
                { result(source, d, downloads.as_ref().as_ref(), lang) }
                { review_section(d, lang, state.history.can_undo(), &on_change, on_undo) }
                { preview(downloads.as_ref().as_ref(), state.revision, &props.base, lang) }
            }
        </main>
    }
}

/// The input callbacks: paste, choose or drop a file (refused unread above
/// the limit).
struct Handlers {
    convert_text: Callback<MouseEvent>,
    on_file: Callback<Event>,
    on_drop: Callback<DragEvent>,
    on_drag_over: Callback<DragEvent>,
    on_drag_leave: Callback<DragEvent>,
}

impl Handlers {
    fn new(
        textarea: &NodeRef,
        run: &Callback<(String, Vec<u8>)>,
        too_large: &Callback<f64>,
        dragging: &UseStateHandle<bool>,
    ) -> Handlers {
        let convert_text = {
            let (run, too_large, textarea) = (run.clone(), too_large.clone(), textarea.clone());
            Callback::from(move |_: MouseEvent| {
                let Some(t) = textarea.cast::<HtmlTextAreaElement>() else {
                    return;
                };
                let text = t.value();
                if text.len() as f64 > MAX_INPUT_BYTES {
                    too_large.emit(text.len() as f64);
                } else if !text.trim().is_empty() {
                    run.emit(("粘贴的通报.txt".to_string(), text.into_bytes()));
                }
            })
        };
        let on_file = {
            let (run, too_large) = (run.clone(), too_large.clone());
            Callback::from(move |e: Event| {
                let input: HtmlInputElement = e.target_unchecked_into();
                if let Some(file) = input.files().and_then(|f| f.get(0)) {
                    read(file, run.clone(), too_large.clone());
                }
                input.set_value("");
            })
        };
        let on_drop = {
            let (run, too_large, dragging) = (run.clone(), too_large.clone(), dragging.clone());
            Callback::from(move |e: DragEvent| {
                e.prevent_default();
                dragging.set(false);
                let file = e
                    .data_transfer()
                    .and_then(|d| d.files())
                    .and_then(|f| f.get(0));
                if let Some(file) = file {
                    read(file, run.clone(), too_large.clone());
                }
            })
        };
        let on_drag_over = {
            let dragging = dragging.clone();
            Callback::from(move |e: DragEvent| {
                e.prevent_default();
                if !*dragging {
                    dragging.set(true);
                }
            })
        };
        let on_drag_leave = {
            let dragging = dragging.clone();
            Callback::from(move |_: DragEvent| dragging.set(false))
        };
        Handlers {
            convert_text,
            on_file,
            on_drop,
            on_drag_over,
            on_drag_leave,
        }
    }
}

/// Reads a file the editor chose or dropped, unless it is above the limit.
fn read(file: File, run: Callback<(String, Vec<u8>)>, too_large: Callback<f64>) {
    if file.size() > MAX_INPUT_BYTES {
        too_large.emit(file.size());
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        if let Ok(pair) = read_file::read(file).await {
            run.emit(pair);
        }
    });
}

fn input_section(
    textarea: &NodeRef,
    convert_text: Callback<MouseEvent>,
    on_file: Callback<Event>,
    lang: Lang,
) -> Html {
    let t = |m: ReviewMsg| m.text(lang);
    html! {
        <section class="imp-input" aria-labelledby="imp-input-title">
            <h2 id="imp-input-title">{ t(ReviewMsg::InputTitle) }</h2>
            <label for="imp-text">{ t(ReviewMsg::PasteLabel) }</label>
            <textarea id="imp-text" ref={textarea.clone()} rows="10"
                placeholder={t(ReviewMsg::PastePlaceholder)} />
            <div class="imp-actions">
                <button type="button" class="imp-button" onclick={convert_text}>{ t(ReviewMsg::ConvertPasted) }</button>
                <label class="imp-file">
                    <span>{ t(ReviewMsg::ChooseFile) }</span>
                    <input type="file" accept=".txt,.csv,.tsv,.xlsx,.xlsm,.json,text/plain,text/csv,application/json" onchange={on_file} />
                </label>
            </div>
            <p class="imp-hint">{ ReviewMsg::SizeLimit.fill(lang, &[&human_size(MAX_INPUT_BYTES)]) }</p>
        </section>
    }
}

/// The notice above the result: a restored draft (with "clear"), a
/// re-opened JSON, or a refused file.
fn notice(state: &PageState, lang: Lang, on_clear: Callback<MouseEvent>) -> Html {
    let t = |m: ReviewMsg| m.text(lang);
    match &state.notice {
        None => Html::default(),
        Some(Notice::TooLarge { size }) => html! {
            <div class="imp-error imp-too-large" role="alert">
                <p>{ ReviewMsg::TooLarge.fill(lang, &[&human_size(*size), &human_size(MAX_INPUT_BYTES)]) }</p>
            </div>
        },
        Some(Notice::Restored) => html! {
            <div class="imp-notice" role="status">
                <p>{ t(ReviewMsg::DraftRestored) }</p>
                <button type="button" class="imp-button imp-clear" onclick={on_clear}>{ t(ReviewMsg::ClearDraft) }</button>
            </div>
        },
        Some(Notice::Reopened) => html! {
            <div class="imp-notice" role="status">
                <p>{ t(ReviewMsg::ReopenedJson) }</p>
                <button type="button" class="imp-button imp-clear" onclick={on_clear}>{ t(ReviewMsg::ClearDraft) }</button>
            </div>
        },
    }
}

fn failure_body(f: &Failure, name: &str, lang: Lang) -> Html {
    match f {
        Failure::Input(message) => html! {
            <>
                <p><strong>{ ReviewMsg::CannotConvert.fill(lang, &[name]) }</strong></p>
                <p>{ message.clone() }</p>
            </>
        },
        Failure::Load(e) => {
            let at = match (e.line, e.column) {
                (Some(l), Some(c)) => {
                    ReviewMsg::LineColumn.fill(lang, &[&l.to_string(), &c.to_string()])
                }
                _ => String::new(),
            };
            let message = if lang == Lang::En {
                &e.message_en
            } else {
                &e.message_zh
            };
            html! {
                <>
                    <p><strong>{ ReviewMsg::CannotLoad.fill(lang, &[name]) }</strong></p>
                    <p class="imp-located"><code>{ e.path.clone() }</code>{ " " }{ at }</p>
                    <p>{ message.clone() }</p>
                </>
            }
        }
        Failure::Choices(errors) => html! {
            <>
                <p><strong>{ ReviewMsg::ChoicesStale.fill(lang, &[name]) }</strong></p>
                <ul>
                    { for errors.iter().map(|e| html! {
                        <li><code>{ e.path.clone() }</code>{ " " }{ e.message(lang) }</li>
                    }) }
                </ul>
            </>
        },
    }
}

fn failure(
    state: &PageState,
    derived: &Result2,
    lang: Lang,
    on_undo: Callback<MouseEvent>,
    on_clear: Callback<MouseEvent>,
) -> Html {
    let (body, stale) = match (&state.failure, derived, &state.source) {
        (Some((name, f)), _, _) => (failure_body(f, name, lang), false),
        (None, Some(Err(f)), Some(s)) => (
            failure_body(f, s.name(), lang),
            matches!(f, Failure::Choices(_)),
        ),
        _ => return Html::default(),
    };
    html! {
        <section class="imp-result" aria-labelledby="imp-result-title">
            <h2 id="imp-result-title">{ ReviewMsg::ResultTitle.text(lang) }</h2>
            <div class="imp-error" role="alert">
                { body }
                if stale {
                    <p class="imp-actions">
                        <button type="button" class="imp-button" disabled={!state.history.can_undo()} onclick={on_undo}>{ ReviewMsg::Undo.text(lang) }</button>
                        <button type="button" class="imp-button" onclick={on_clear}>{ ReviewMsg::ClearDraft.text(lang) }</button>
                    </p>
                }
            </div>
        </section>
    }
}

fn format_msg(source: &Source) -> ReviewMsg {
    match source {
        Source::Report { .. } => ReviewMsg::FormatJson,
        Source::Input { format, .. } => match format {
            InputFormat::Notice => ReviewMsg::FormatNotice,
            InputFormat::Csv => ReviewMsg::FormatCsv,
            InputFormat::Xlsx => ReviewMsg::FormatXlsx,
        },
    }
}

fn result(source: &Source, derived: &Derived, downloads: Option<&Downloads>, lang: Lang) -> Html {
    let summary = Summary::of(&derived.report);
    let counts = describe_counts(&summary.problems, lang);
    let kind = format_msg(source).text(lang);
    html! {
        <section class="imp-result" aria-labelledby="imp-result-title">
            <h2 id="imp-result-title">{ ReviewMsg::ResultTitle.text(lang) }</h2>
            <p class="imp-summary" role="status">
                { ReviewMsg::Summary.fill(lang, &[source.name(), kind, &counts]) }
            </p>
            if let Some(d) = downloads {
                <p class="imp-actions">
                    <a class="imp-button imp-download" href={d.json_url.clone()} download={d.json_name.clone()}>
                        { ReviewMsg::DownloadJson.fill(lang, &[&d.json_name]) }
                    </a>
                    <a class="imp-download-choices" href={d.choices_url.clone()} download={d.choices_name.clone()}>
                        { ReviewMsg::DownloadChoices.text(lang) }
                    </a>
                </p>
            } else {
                <p class="imp-error" role="alert">{ ReviewMsg::BlobFailed.text(lang) }</p>
            }
            { warnings_view(source.name(), &derived.warnings, downloads.and_then(|d| d.warnings_url.as_deref()), lang) }
            { skipped(derived, lang) }
        </section>
    }
}

/// XLSX with several worksheets: which one to convert.
fn sheet_selector(source: &Source, lang: Lang, on_sheet: Callback<Event>) -> Html {
    let Source::Input { sheets, sheet, .. } = source else {
        return Html::default();
    };
    if sheets.len() < 2 {
        return Html::default();
    }
    let current = sheet.clone().unwrap_or_default();
    html! {
        <p class="imp-sheet">
            <label for="imp-sheet">{ ReviewMsg::SheetLabel.text(lang) }</label>{ " " }
            <select id="imp-sheet" onchange={on_sheet}>
                if sheet.is_none() {
                    <option value="" selected=true disabled=true>{ "—" }</option>
                }
                { for sheets.iter().map(|s| html! {
                    <option value={s.clone()} selected={*s == current}>{ s.clone() }</option>
                }) }
            </select>
        </p>
    }
}

fn skipped(derived: &Derived, lang: Lang) -> Html {
    let skipped = &derived.report.skipped;
    if skipped.is_empty() {
        return Html::default();
    }
    html! {
        <details class="imp-skipped">
            <summary>{ ReviewMsg::SkippedTitle.fill(lang, &[&skipped.len().to_string()]) }</summary>
            <ul>
                { for skipped.iter().map(|s| html! {
                    <li><code>{ ReviewMsg::LineNo.fill(lang, &[&s.line.to_string()]) }</code>{ format!(" {}：", s.reason) }<bdi>{ s.text.clone() }</bdi></li>
                }) }
            </ul>
        </details>
    }
}

fn preview(downloads: Option<&Downloads>, revision: u32, base: &AttrValue, lang: Lang) -> Html {
    let Some(d) = downloads else {
        return Html::default();
    };
    html! {
        <section class="imp-preview" aria-labelledby="imp-preview-title">
            <h2 id="imp-preview-title">{ ReviewMsg::PreviewTitle.text(lang) }</h2>
            <PreviewHost key={revision} src={d.json_url.clone()} base={base.clone()} {lang} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct PreviewHostProps {
    src: String,
    base: AttrValue,
    lang: Lang,
}

/// A host element for the real widget, mounted (in its shadow root) on the
/// converted report's blob URL, exactly as a portal page would show it.
#[function_component(PreviewHost)]
fn preview_host(props: &PreviewHostProps) -> Html {
    let host = use_node_ref();
    {
        let host = host.clone();
        let src = props.src.clone();
        let base = props.base.to_string();
        let lang = props.lang;
        use_effect_with((), move |_| {
            if let (Some(el), Some(doc)) = (
                host.cast::<Element>(),
                web_sys::window().and_then(|w| w.document()),
            ) {
                let props = AppProps {
                    src: src.into(),
                    lang,
                    elderly: false,
                    height: None,
                    base: base.clone().into(),
                    prerendered: None,
                    preloaded: None,
                    links: crate::links::LinkPlace::Page,
                };
                crate::mount::mount_host(&doc, el.unchecked_into(), props, &base);
            }
        });
    }
    html! { <div class="imp-preview-host" data-rectify-board="mounted" ref={host}></div> }
}
