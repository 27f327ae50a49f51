//! The interface's words in 繁體 or English, fetched with the language
//! (`i18n/zh-Hant.txt`, `i18n/en.txt`, written by the build from `Msg`),
//! once per page: the embed has only 简体 compiled in. Until they arrive the
//! widget reads in 简体; if they cannot be loaded it says so in the chosen
//! language (`Msg`'s resident messages) with a retry.

use std::cell::Cell;
use std::rc::Rc;

use rectify_core::locale::{Lang, Msg};
use yew::prelude::*;

use super::fetch::fetch_text;

/// Where the chosen language's words are.
#[derive(Clone, Copy, PartialEq)]
pub enum Vocab {
    /// There (简体, or fetched and installed).
    Ready,
    Loading,
    Failed,
}

/// What `use_vocab` tells the widget.
pub struct UseVocab {
    pub vocab: Vocab,
    /// The language the widget's words are shown in now: the chosen one
    /// once its words are there, 简体 until then (so that every view model
    /// made in 简体 is made again when they arrive).
    pub shown: Lang,
    /// Fetches the words again after a failure.
    pub retry: Callback<()>,
}

#[hook]
pub fn use_vocab(lang: Lang, base: AttrValue) -> UseVocab {
    // The last fetch's outcome for a language; re-renders when it ends.
    let failed = use_state(|| None::<Lang>);
    let attempt = use_state(|| 0u32);
    {
        let failed = failed.clone();
        use_effect_with((lang, base, *attempt), move |(lang, base, _)| {
            let current = Rc::new(Cell::new(true));
            if !Msg::installed(*lang) {
                let (lang, current) = (*lang, current.clone());
                let url = format!("{base}i18n/{}.txt", lang.tag());
                wasm_bindgen_futures::spawn_local(async move {
                    let ok = match fetch_text(&url).await {
                        Ok(text) => Msg::install(lang, text),
                        Err(_) => false,
                    };
                    if current.get() {
                        failed.set((!ok).then_some(lang));
                    }
                });
            }
            move || current.set(false)
        });
    }
    let retry = {
        let (failed, attempt) = (failed.clone(), attempt.clone());
        Callback::from(move |_: ()| {
            failed.set(None);
            attempt.set(*attempt + 1);
        })
    };
    let vocab = if Msg::installed(lang) {
        Vocab::Ready
    } else if *failed == Some(lang) {
        Vocab::Failed
    } else {
        Vocab::Loading
    };
    let shown = if vocab == Vocab::Ready {
        lang
    } else {
        Lang::ZhHans
    };
    UseVocab {
        vocab,
        shown,
        retry,
    }
}
