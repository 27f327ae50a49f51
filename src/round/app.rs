//! The root of the collection views: settings, then the round overview, or
//! a department when the page's fragment names one (`#water`,
//! `#water/s1-p2`; with `data-links="off"` the widget keeps its place
//! itself). Language and mode follow the host's `data-lang` / `data-mode`.

use std::rc::Rc;

use rectify_core::collection::{self, Collection};
use rectify_core::load::LoadError;
use rectify_core::locale::{Lang, RoundMsg};
use rectify_core::view::round::{convert_collection, RoundLink};
use rectify_core::view::{error_location, error_message};
use yew::prelude::*;

use super::department::Department;
use super::hash::{use_round_nav, RoundNav};
use super::neighbours::{elsewhere, use_shown};
use super::overview::RoundOverview;
use crate::app::use_following;
use crate::components::{error_panel, settings, ErrorPanelProps, SettingsProps};
use crate::hooks::{use_hant, Hant};
use crate::links::LinkPlace;

#[derive(Properties, PartialEq, Clone)]
pub struct RoundAppProps {
    /// URL of the collection (report URLs are relative to it).
    pub src: AttrValue,
    /// The collection's JSON text, as the embed fetched it.
    pub text: Rc<str>,
    pub lang: Lang,
    pub elderly: bool,
    /// URL of the embed bundle's folder (board.css, i18n/).
    pub base: AttrValue,
    /// `LinkPlace::Off` (`data-links="off"`): the fragment is left alone.
    pub links: LinkPlace,
}

type Parsed = Result<Rc<Collection>, Rc<LoadError>>;

#[function_component(RoundApp)]
pub fn round_app(props: &RoundAppProps) -> Html {
    // The reader's switches win until the host page changes the attribute.
    let lang_state = use_following(props.lang);
    let elderly = use_following(props.elderly);
    let lang = *lang_state;
    let parsed: Rc<Parsed> = use_memo(props.text.clone(), |text| {
        collection::from_json_str(text)
            .map(Rc::new)
            .map_err(Rc::new)
    });
    let hant = use_hant(lang == Lang::ZhHant, props.base.clone());
    // In 繁體 the collection's own names are converted too.
    let shown: Rc<Parsed> = use_memo((parsed.clone(), hant.clone()), |(parsed, hant)| {
        match (&**parsed, hant) {
            (Ok(c), Hant::Ready(conv)) => Ok(Rc::new(convert_collection(conv, c))),
            (other, _) => other.clone(),
        }
    });
    let nav = use_round_nav(props.links.clone());
    use_shown((*parsed).as_ref().ok().cloned());
    let body = match &*shown {
        Err(error) => {
            let (message, detail) = error_message(error, lang);
            error_panel(ErrorPanelProps {
                lang,
                src: props.src.to_string(),
                location: Some(error_location(error, lang)),
                message,
                detail,
                on_retry: None,
            })
        }
        Ok(c) => views(c, &parsed, &nav, props, lang, *elderly, &hant),
    };
    let note = hant.note(lang);
    let on_lang = {
        let lang_state = lang_state.clone();
        Callback::from(move |l: Lang| lang_state.set(l))
    };
    let on_toggle_elderly = {
        let elderly = elderly.clone();
        Callback::from(move |_: ()| elderly.set(!*elderly))
    };
    let title = match &*shown {
        Ok(c) => c.title.clone(),
        Err(_) => RoundMsg::TableCaption.text(lang).to_string(),
    };
    html! {
        <div class="rb rb-round" data-elderly={elderly.then_some("")} lang={lang.tag()}>
            { settings(SettingsProps { lang, elderly: *elderly, on_lang, on_toggle_elderly }) }
            if let Some(note) = note {
                <p class="rb-note" role="status">{ note }</p>
            }
            <h2 class="rb-round-title">{ title }</h2>
            { body }
        </div>
    }
}

/// The overview, or the department the link names. A link to a department
/// that another collection widget of the page shows is that widget's: this
/// one stays on its overview.
fn views(
    c: &Rc<Collection>,
    parsed: &Parsed,
    nav: &RoundNav,
    props: &RoundAppProps,
    lang: Lang,
    elderly: bool,
    hant: &Hant,
) -> Html {
    let mine = |id: &str| match parsed {
        Ok(p) => p.department(id).is_some() || !elsewhere(p, id),
        Err(_) => true,
    };
    let on_open = nav.off.then(|| nav.go.clone());
    match &nav.link {
        Some(l) if mine(&l.department) => {
            let on_link = {
                let (go, department) = (nav.go.clone(), l.department.clone());
                Callback::from(move |node: Option<String>| {
                    go.emit(Some(RoundLink {
                        department: department.clone(),
                        node,
                    }))
                })
            };
            html! {
                <Department key={l.department.clone()} collection={c.clone()} src={props.src.clone()}
                    id={AttrValue::from(l.department.clone())} node={l.node.clone().map(AttrValue::from)}
                    {lang} {elderly} hant={hant.clone()} {on_link} {on_open} />
            }
        }
        _ => html! { <RoundOverview collection={c.clone()} {lang} {elderly} {on_open} /> },
    }
}
