//! Why a data file could not be fetched, worded in the reader's language.

use crate::locale::{Lang, Msg};

/// A failed fetch of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchFailure {
    /// No response (offline, refused, blocked by CORS); the browser's words.
    Network(String),
    /// The server answered with an error status.
    Http { status: u16, text: String },
    /// The response could not be read to its end.
    Unreadable(String),
    /// The request was redirected to another site: a link could otherwise
    /// make an official page show someone else's numbers.
    RedirectedAway { origin: String },
}

impl FetchFailure {
    /// What went wrong, for the error panel.
    pub fn message(&self, lang: Lang) -> String {
        let with_detail = |msg: Msg, detail: &str| {
            if detail.is_empty() {
                msg.text(lang).to_string()
            } else {
                Msg::WithDetail.fill(lang, &[msg.text(lang), detail])
            }
        };
        match self {
            FetchFailure::Network(detail) => with_detail(Msg::FetchNetwork, detail),
            FetchFailure::Http { status, text } => {
                format!("HTTP {status} {text}").trim_end().to_string()
            }
            FetchFailure::Unreadable(detail) => with_detail(Msg::FetchUnreadable, detail),
            FetchFailure::RedirectedAway { origin } => Msg::FetchRedirected.fill(lang, &[origin]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failures_are_worded_in_each_language() {
        let net = FetchFailure::Network("Failed to fetch".into());
        assert_eq!(
            net.message(Lang::ZhHans),
            "网络错误，无法连接（Failed to fetch）"
        );
        assert_eq!(
            net.message(Lang::En),
            "Network error: cannot connect (Failed to fetch)"
        );
        let http = FetchFailure::Http {
            status: 404,
            text: "Not Found".into(),
        };
        assert_eq!(http.message(Lang::ZhHant), "HTTP 404 Not Found");
        let away = FetchFailure::RedirectedAway {
            origin: "https://evil.example".into(),
        };
        assert!(away.message(Lang::ZhHans).contains("https://evil.example"));
        assert!(away.message(Lang::En).is_ascii());
        assert_eq!(
            FetchFailure::Unreadable(String::new()).message(Lang::ZhHant),
            "無法讀取回應"
        );
    }
}
