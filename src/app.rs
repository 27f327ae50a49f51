//! The root component: loading state, then the board.

use rectify_core::locale::Lang;
use yew::prelude::*;

use crate::components::{Board, ErrorPanel, LoadingPanel};
use crate::hooks::{use_report, LoadState};

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// URL of the JSON report.
    pub src: AttrValue,
    pub lang: Lang,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = use_report(props.src.clone());
    let lang = props.lang;
    let body = match &*state {
        LoadState::Loading => html! { <LoadingPanel {lang} /> },
        LoadState::FetchFailed { src, reason } => html! {
            <ErrorPanel {lang} src={src.clone()} location={None::<String>} message={reason.clone()} detail={None::<String>} />
        },
        LoadState::Invalid { src, error } => {
            let location = match (error.line, error.column) {
                (Some(l), Some(c)) => format!("{}（第 {l} 行，第 {c} 列）", error.path),
                _ => error.path.clone(),
            };
            let (message, detail) = match lang {
                Lang::En => (error.message_en.clone(), None),
                _ => (error.message_zh.clone(), Some(error.message_en.clone())),
            };
            html! { <ErrorPanel {lang} src={src.clone()} location={Some(location)} {message} {detail} /> }
        }
        LoadState::Ready(loaded) => html! { <Board {lang} loaded={loaded.clone()} /> },
    };
    html! {
        <div class="rb" lang={lang.tag()}>{ body }</div>
    }
}
