//! The converter's warnings, at most `SHOWN_WARNINGS` listed ("and N
//! more"), with the full list as a download.

use rectify_core::convert::Warning;
use rectify_core::locale::Lang;
use rectify_core::review::ReviewMsg;
use yew::prelude::*;

use super::limits::SHOWN_WARNINGS;

/// All warnings as text lines (`file:line:column: message`).
pub fn warnings_text(source: &str, warnings: &[Warning]) -> String {
    warnings
        .iter()
        .map(|w| format!("{source}:{}:{}: {}\n", w.line, w.column, w.message))
        .collect()
}

pub fn warnings_view(
    source: &str,
    warnings: &[Warning],
    all_url: Option<&str>,
    lang: Lang,
) -> Html {
    let t = |m: ReviewMsg| m.text(lang);
    let more = warnings.len().saturating_sub(SHOWN_WARNINGS);
    html! {
        <div class="imp-warnings">
            <h3>{ ReviewMsg::WarningsTitle.fill(lang, &[&warnings.len().to_string()]) }</h3>
            if warnings.is_empty() {
                <p>{ t(ReviewMsg::NoWarnings) }</p>
            } else {
                <ul>
                    { for warnings.iter().take(SHOWN_WARNINGS).map(|w| html! {
                        <li><code>{ format!("{source}:{}:{}", w.line, w.column) }</code>{ " " }<bdi>{ w.message.clone() }</bdi></li>
                    }) }
                </ul>
            }
            if more > 0 {
                <p class="imp-more-warnings">{ ReviewMsg::MoreWarnings.fill(lang, &[&more.to_string()]) }</p>
            }
            if let (true, Some(url)) = (more > 0, all_url) {
                <p><a class="imp-download-warnings" href={url.to_string()} download="warnings.txt">{ t(ReviewMsg::DownloadWarnings) }</a></p>
            }
        </div>
    }
}
