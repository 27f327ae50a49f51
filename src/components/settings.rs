use rectify_core::locale::{Lang, Msg};
use yew::prelude::*;

/// What the settings bar shows and reports to.
pub struct SettingsProps {
    pub lang: Lang,
    pub elderly: bool,
    pub on_lang: Callback<Lang>,
    pub on_toggle_elderly: Callback<()>,
}

/// Each language by its own name, in its own script.
const LANGS: [(Lang, &str); 3] = [
    (Lang::ZhHans, "简体"),
    (Lang::ZhHant, "繁體"),
    (Lang::En, "English"),
];

/// The reader's switches: interface language and elderly mode. A function,
/// not a component (a component costs more in the bundle than it saves).
pub fn settings(props: SettingsProps) -> Html {
    let lang = props.lang;
    let toggle_elderly = props.on_toggle_elderly.reform(|_: MouseEvent| ());
    html! {
        <div class="rb-settings" role="group" aria-label={Msg::Settings.text(lang)}>
            <div class="rb-langs" role="group" aria-label={Msg::Language.text(lang)}>
                { for LANGS.into_iter().map(|(l, name)| {
                    let onclick = props.on_lang.reform(move |_: MouseEvent| l);
                    html! {
                        <button type="button" class="rb-lang" lang={l.tag()} aria-pressed={(l == lang).to_string()} {onclick}>{ name }</button>
                    }
                }) }
            </div>
            <button type="button" class="rb-mode" aria-pressed={props.elderly.to_string()} onclick={toggle_elderly}>
                <span class="rb-mode-box" aria-hidden="true"></span>{ Msg::Elderly.text(lang) }
            </button>
        </div>
    }
}
