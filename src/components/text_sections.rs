use rectify_core::locale::{Lang, Msg};
use rectify_core::view::TextSection;
use yew::prelude::*;

/// The parts of the notice that are not problems, each collapsed under its
/// heading (the page stays short; the text is one click away).
pub fn text_sections(sections: &[TextSection], lang: Lang) -> Html {
    if sections.is_empty() {
        return Html::default();
    }
    let title = Msg::OtherParts.text(lang);
    html! {
        <section class="rb-texts" aria-label={title}>
            <h3 class="rb-areas-title">{ title }</h3>
            { for sections.iter().map(|s| html! {
                <details class="rb-text-part">
                    <summary>{ s.heading.clone() }</summary>
                    { paragraphs(&s.paragraphs) }
                    { for s.items.iter().map(|i| html! {
                        <>
                            <h4 class="rb-text-item"><span class="rb-measure-label">{ i.label.clone() }</span>{ i.title.clone() }</h4>
                            { paragraphs(&i.paragraphs) }
                        </>
                    }) }
                </details>
            }) }
        </section>
    }
}

fn paragraphs(ps: &[String]) -> Html {
    html! { { for ps.iter().map(|p| html! { <p class="rb-text">{ p.clone() }</p> }) } }
}
