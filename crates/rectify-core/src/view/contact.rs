//! The 联系我们 / 公示期 panel: how to reach the issuer (phone as `tel:`,
//! email as `mailto:` links, made only from safe characters), the postal
//! address, the comment period and whether it is open on the viewing day,
//! and a link to the original notice when `meta.source.url` gives a plain
//! web address. (The inspection's dates and feedback date are in the
//! timeline; its round and team did not fit the bundle budget.)

use crate::contact::{email_link, is_web_url, phone_links, ContactLink};
use crate::disclosure::{window_on, Window};
use crate::locale::format::date;
use crate::locale::{vocab, Lang, Msg};
use crate::model::{DateRange, Meta};

/// The panel: a heading and labelled rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactView {
    pub heading: &'static str,
    pub rows: Vec<ContactRow>,
}

/// A labelled row; each value is text, with a link when it can be one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactRow {
    /// The label with the language's colon.
    pub label: String,
    pub values: Vec<ContactLink>,
}

/// The panel of `meta` on `today` (ISO, the reader's day); `None` when the
/// report states none of it.
pub fn contact_view(meta: &Meta, today: &str, lang: Lang) -> Option<ContactView> {
    let text = |t: String| ContactLink {
        text: t,
        href: None,
    };
    let mut rows: Vec<(Msg, Vec<ContactLink>)> = Vec::new();
    if let Some(c) = &meta.contact {
        rows.push((Msg::Phone, phone_links(c)));
        rows.push((Msg::Email, email_link(c).into_iter().collect()));
        rows.push((
            Msg::Address,
            c.address.clone().map(text).into_iter().collect(),
        ));
        rows.push((
            Msg::Postcode,
            c.postcode.clone().map(text).into_iter().collect(),
        ));
    }
    if let Some(d) = &meta.disclosure {
        let state = match window_on(d, today) {
            Some(Window::Open { days_left }) => {
                Msg::DisclosureOpen.fill(lang, &[&days_left.to_string()])
            }
            Some(Window::Upcoming { days }) => {
                Msg::DisclosureUpcoming.fill(lang, &[&days.to_string()])
            }
            Some(Window::Closed) => Msg::DisclosureClosed.text(lang).to_string(),
            None => String::new(),
        };
        let period = range(d, lang);
        let sep = Msg::ListSeparator.text(lang);
        rows.push((Msg::Disclosure, vec![text(format!("{period}{sep}{state}"))]));
    }
    // The original notice, when the report gives a plain web address
    // (loading refuses others; checked again here for reports made in code).
    if let Some(url) = meta.source.as_ref().and_then(|s| s.url.clone()) {
        if is_web_url(&url) {
            rows.push((
                Msg::OriginalNotice,
                vec![ContactLink {
                    text: Msg::ReadOriginal.text(lang).to_string(),
                    href: Some(url),
                }],
            ));
        }
    }
    let rows: Vec<ContactRow> = rows
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(msg, values)| ContactRow {
            label: vocab::with_colon(msg.text(lang), lang),
            values,
        })
        .collect();
    (!rows.is_empty()).then_some(ContactView {
        heading: Msg::ContactTitle.text(lang),
        rows,
    })
}

fn range(r: &DateRange, lang: Lang) -> String {
    Msg::DateRange.fill(lang, &[&date(&r.start, lang), &date(&r.end, lang)])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundled() -> Meta {
        crate::test_support::bundled_report().meta
    }

    fn row<'a>(v: &'a ContactView, label: &str) -> &'a [ContactLink] {
        &v.rows.iter().find(|r| r.label == label).unwrap().values
    }

    #[test]
    fn the_bundled_contact_panel() {
        let v = contact_view(&bundled(), "2025-09-20", Lang::ZhHans).unwrap();
        assert_eq!(v.heading, "联系我们 · 公示期");
        let phone = &row(&v, "电话：")[0];
        assert_eq!(phone.text, "0760-88266496");
        assert!(phone.href.as_deref().unwrap().starts_with("tel:"));
        let email = &row(&v, "电子邮箱：")[0];
        assert_eq!(email.href.as_deref(), Some("mailto:czrs406@163.com"));
        assert_eq!(row(&v, "通信地址：")[0].text, "中山市兴中道63号406室");
        assert_eq!(row(&v, "邮政编码：")[0].text, "528403");
        assert_eq!(
            row(&v, "公示期：")[0].text,
            "2025年9月12日至2025年9月26日，公示中，还剩7天"
        );
        let closed = contact_view(&bundled(), "2026-01-01", Lang::ZhHant).unwrap();
        assert_eq!(
            row(&closed, "公示期：")[0].text,
            "2025年9月12日至2025年9月26日，已結束"
        );
        let en = contact_view(&bundled(), "2025-09-01", Lang::En).unwrap();
        assert_eq!(
            row(&en, "Comment period: ")[0].text,
            "12 September 2025 to 26 September 2025, starts in 11 days"
        );
        let mut bare = bundled();
        bare.contact = None;
        bare.disclosure = None;
        assert_eq!(contact_view(&bare, "2025-09-20", Lang::ZhHans), None);
    }

    #[test]
    fn a_web_address_of_the_original_is_a_link_and_others_are_left_out() {
        let mut meta = Meta {
            source: Some(crate::model::Source {
                url: Some("https://www.example.gov.cn/a.html".into()),
                ..Default::default()
            }),
            ..Default::default()
        };
        let v = contact_view(&meta, "2025-09-20", Lang::ZhHans).unwrap();
        assert_eq!(v.rows[0].label, "通报原文：");
        assert_eq!(v.rows[0].values[0].text, "查看通报原文");
        assert_eq!(
            v.rows[0].values[0].href.as_deref(),
            Some("https://www.example.gov.cn/a.html")
        );
        meta.source.as_mut().unwrap().url = Some("javascript:alert(1)".into());
        assert_eq!(contact_view(&meta, "2025-09-20", Lang::ZhHans), None);
    }
}
