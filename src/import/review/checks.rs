//! The consistency checks, with their count and a link to each place.

use rectify_core::locale::Lang;
use rectify_core::review::{Finding, ReviewMsg};
use yew::prelude::*;

/// The element id of a problem's row in the table.
pub fn row_anchor(id: &str) -> String {
    format!("imp-row-{id}")
}

/// The checks, the first `shown` of them listed (the rest counted).
pub fn checks_view(findings: &[Finding], shown: usize, lang: Lang) -> Html {
    let more = findings.len().saturating_sub(shown);
    let t = |m: ReviewMsg| m.text(lang);
    html! {
        <div class="imp-checks" aria-labelledby="imp-checks-title">
            <h3 id="imp-checks-title">{ t(ReviewMsg::ChecksTitle) }</h3>
            if findings.is_empty() {
                <p class="imp-checks-count">{ t(ReviewMsg::ChecksNone) }</p>
            } else {
                <p class="imp-checks-count">{ ReviewMsg::ChecksCount.fill(lang, &[&findings.len().to_string()]) }</p>
                <ol>
                    { for findings.iter().take(shown).map(|f| {
                        let href = match &f.id {
                            Some(id) => format!("#{}", row_anchor(id)),
                            None => "#imp-totals".to_string(),
                        };
                        html! {
                            <li>
                                <bdi>{ f.message(lang) }</bdi>{ " " }
                                <a href={href} class="imp-jump">{ t(ReviewMsg::JumpTo) }</a>
                            </li>
                        }
                    }) }
                </ol>
                if more > 0 {
                    <p>{ ReviewMsg::MoreWarnings.fill(lang, &[&more.to_string()]) }</p>
                }
            }
        </div>
    }
}
