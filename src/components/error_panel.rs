use rectify_core::locale::{Lang, Msg};
use rectify_core::view::source_shown;
use yew::prelude::*;

/// What the error panel says.
pub struct ErrorPanelProps {
    pub lang: Lang,
    /// The data file that failed.
    pub src: String,
    /// JSON path (and line/column), if the failure has a location.
    pub location: Option<String>,
    /// What went wrong and what was expected, in the interface language.
    pub message: String,
    /// The same in English, for the web editor's search engine.
    pub detail: Option<String>,
    /// Fetches the report again (failures that trying again may mend).
    pub on_retry: Option<Callback<()>>,
}

/// A calm message for the public instead of a blank widget; the located
/// technical details (file, JSON path, what was expected) are behind a
/// toggle for the web editor. The file's address is shown short, as code,
/// after a fixed sentence: a link may have chosen it.
pub fn error_panel(props: ErrorPanelProps) -> Html {
    let lang = props.lang;
    html! {
        <div class="rb-error" role="alert">
            <h2 class="rb-error-title">{ Msg::ErrorTitle.text(lang) }</h2>
            <p class="rb-error-calm">{ Msg::ErrorCalm.text(lang) }</p>
            if let Some(retry) = &props.on_retry {
                <button type="button" class="rb-retry" onclick={retry.reform(|_| ())}>
                    { Msg::Retry.text(lang) }
                </button>
            }
            <details class="rb-error-tech">
                <summary>{ Msg::ErrorTechnical.text(lang) }</summary>
                <p class="rb-error-file">
                    { Msg::ErrorFileSentence.text(lang) }
                    <code class="rb-error-src" translate="no">{ source_shown(&props.src) }</code>
                </p>
                <dl class="rb-error-facts">
                    if let Some(loc) = &props.location {
                        <dt>{ Msg::ErrorWhere.text(lang) }</dt>
                        <dd><code class="rb-error-path">{ loc.clone() }</code></dd>
                    }
                    <dt>{ Msg::ErrorWhat.text(lang) }</dt>
                    <dd class="rb-error-message">{ props.message.clone() }</dd>
                </dl>
                if let Some(detail) = &props.detail {
                    <p class="rb-error-detail" lang="en">{ detail.clone() }</p>
                }
                <p class="rb-error-hint">{ Msg::ErrorHint.text(lang) }</p>
            </details>
        </div>
    }
}
