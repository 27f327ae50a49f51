//! How to reach the issuer, as links a reader can use: each phone number
//! as a `tel:` link, an email address as a `mailto:` link. Report text is
//! hostile input: a link is made only from characters that cannot change
//! what it does, and the printed text is always shown as text.

use crate::model::Contact;

/// A contact detail with the link it opens, if it can be one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactLink {
    /// As printed in the report.
    pub text: String,
    /// `tel:+86…` / `mailto:…`, or `None` when the text is not one.
    pub href: Option<String>,
}

/// The phone numbers of a contact (a notice may print several, separated
/// by `、`, `；`, `/` or `或`), each with its `tel:` link.
pub fn phone_links(contact: &Contact) -> Vec<ContactLink> {
    let Some(phone) = &contact.phone else {
        return Vec::new();
    };
    phone
        .split(['、', '；', ';', '/', '，', ',', '或'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| ContactLink {
            text: p.to_string(),
            href: tel_href(p),
        })
        .collect()
}

/// The email address of a contact with its `mailto:` link.
pub fn email_link(contact: &Contact) -> Option<ContactLink> {
    let email = contact.email.as_deref()?.trim();
    (!email.is_empty()).then(|| ContactLink {
        text: email.to_string(),
        href: is_plain_email(email).then(|| format!("mailto:{email}")),
    })
}

/// `tel:` with the digits of a phone number (full-width digits folded,
/// separators kept as `-`), or `None` when it has too few digits or
/// anything but digits, separators, a leading `+` and an extension after
/// `转`.
fn tel_href(printed: &str) -> Option<String> {
    let (number, extension) = match printed.split_once('转') {
        Some((n, e)) => (n, Some(e)),
        None => (printed, None),
    };
    let mut href = String::from("tel:");
    for (i, c) in number.trim().chars().enumerate() {
        match fold_digit(c) {
            Some(d) => href.push(d),
            None if c == '+' && i == 0 => href.push('+'),
            None if matches!(c, '-' | '－' | '—' | ' ' | '(' | ')' | '（' | '）') => {
                if !href.ends_with('-') && href.len() > 4 {
                    href.push('-');
                }
            }
            None => return None,
        }
    }
    let href = href.trim_end_matches('-').to_string();
    let digits = href.chars().filter(char::is_ascii_digit).count();
    if !(5..=15).contains(&digits) {
        return None;
    }
    match extension.map(str::trim) {
        Some(e) if !e.is_empty() && e.chars().all(|c| fold_digit(c).is_some()) => {
            let e: String = e.chars().filter_map(fold_digit).collect();
            Some(format!("{href};ext={e}"))
        }
        Some(_) => None,
        None => Some(href),
    }
}

fn fold_digit(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        '０'..='９' => char::from_u32(u32::from(c) - 0xFEE0),
        _ => None,
    }
}

/// `local@domain.tld` of plain ASCII letters, digits and `._%+-`: nothing
/// that could add headers or a second recipient to a `mailto:` link.
fn is_plain_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    let ok = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-');
    !local.is_empty()
        && local.chars().all(ok)
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && domain
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-'))
}

/// Whether `url` may be a link to the original notice: `http://` or
/// `https://` (any case) and a host, at most 2,048 characters, and only
/// visible ASCII that needs no quoting in a URL (no spaces, quotes, angle
/// brackets, backslashes, control, bidi or other non-ASCII characters:
/// internationalised names must be written in punycode and percent-encoded).
pub fn is_web_url(url: &str) -> bool {
    let lower_scheme = |p: &str| {
        url.get(..p.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(p))
            .then(|| &url[p.len()..])
    };
    let Some(rest) = lower_scheme("https://").or_else(|| lower_scheme("http://")) else {
        return false;
    };
    url.len() <= 2048
        && rest
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'[')
        && url.bytes().all(|b| {
            b.is_ascii_graphic()
                && !matches!(
                    b,
                    b'"' | b'<' | b'>' | b'\\' | b'^' | b'`' | b'{' | b'|' | b'}'
                )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contact(phone: &str, email: &str) -> Contact {
        Contact {
            phone: Some(phone.into()),
            email: Some(email.into()),
            ..Contact::default()
        }
    }

    fn hrefs(c: &Contact) -> Vec<Option<String>> {
        phone_links(c).into_iter().map(|l| l.href).collect()
    }

    #[test]
    fn phone_numbers_become_tel_links() {
        let c = contact("0760-88266496", "czrs406@163.com");
        assert_eq!(hrefs(&c), [Some("tel:0760-88266496".into())]);
        let c = contact("０７６０－８８２６６４９６、12345678", "");
        assert_eq!(
            hrefs(&c),
            [
                Some("tel:0760-88266496".into()),
                Some("tel:12345678".into())
            ]
        );
        let c = contact("+86 (0760) 8826 6496转 123", "");
        assert_eq!(hrefs(&c), [Some("tel:+86-0760-8826-6496;ext=123".into())]);
    }

    #[test]
    fn text_that_is_not_a_number_gets_no_link() {
        for bad in [
            "工作日上午",
            "123",
            "0760-8826649x",
            "javascript:alert(1)",
            "+86+1",
        ] {
            assert_eq!(hrefs(&contact(bad, "")), [None], "{bad}");
        }
        assert_eq!(phone_links(&Contact::default()), []);
    }

    #[test]
    fn only_plain_emails_become_mailto_links() {
        let link = |e: &str| email_link(&contact("", e)).and_then(|l| l.href);
        assert_eq!(
            link("czrs406@163.com"),
            Some("mailto:czrs406@163.com".into())
        );
        for bad in [
            "a@b",
            "a b@c.cn",
            "x@y.cn?bcc=evil@z.cn",
            "x@y.cn&cc=z",
            "<x@y.cn>",
            "邮箱@y.cn",
            "@y.cn",
        ] {
            assert_eq!(link(bad), None, "{bad}");
        }
        assert_eq!(email_link(&contact("", " ")), None);
    }

    #[test]
    fn only_plain_http_and_https_addresses_are_links() {
        for ok in [
            "https://www.example.gov.cn/zwgk/2025/0912.html",
            "HTTP://example.org/a?b=1&c=%E4%B8%AD#x",
            "https://[2001:db8::1]/",
        ] {
            assert!(is_web_url(ok), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            "data:text/html,<b>x</b>",
            "//example.org/",
            "https://",
            "https:///path",
            "https://例子.中国/",
            "https://example.org/a b",
            "https://example.org/\u{202e}gpj.exe",
            "https://example.org/\"><script>",
            "ftp://example.org/",
            "https://example.org/\n",
        ] {
            assert!(!is_web_url(bad), "{bad:?}");
        }
        assert!(!is_web_url(&format!(
            "https://example.org/{}",
            "a".repeat(2100)
        )));
    }
}
