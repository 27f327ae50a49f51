use rectify_core::view::ContactView;
use yew::prelude::*;

/// 联系我们 / 公示期: labelled rows, phone and email as links (shown on
/// screen and in print).
pub fn contact_panel(v: &ContactView) -> Html {
    html! {
        <section class="rb-contact" aria-label={v.heading}>
            <h3 class="rb-contact-title">{ v.heading }</h3>
            <dl class="rb-contact-rows">
                { for v.rows.iter().map(|r| html! {
                    <div class="rb-contact-row">
                        <dt>{ r.label.clone() }</dt>
                        <dd>{ for r.values.iter().map(|l| match &l.href {
                            Some(href) => html! { <a class="rb-contact-link" href={href.clone()}>{ l.text.clone() }</a> },
                            None => html! { <span>{ l.text.clone() }</span> },
                        }) }</dd>
                    </div>
                }) }
            </dl>
        </section>
    }
}
