use rectify_core::locale::{Lang, Msg};
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
}

/// A located error instead of a blank widget.
pub fn error_panel(props: ErrorPanelProps) -> Html {
    let lang = props.lang;
    html! {
        <div class="rb-error" role="alert">
            <h2 class="rb-error-title">{ Msg::ErrorTitle.text(lang) }</h2>
            <dl class="rb-error-facts">
                <dt>{ Msg::ErrorFile.text(lang) }</dt>
                <dd><code class="rb-error-src">{ props.src }</code></dd>
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
        </div>
    }
}
