//! Why a data file could not be fetched, worded in the reader's language.

use super::loading::StallTimeout;
use super::source::RefusedSource;
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
    /// The page address named a data file it may not (`?src=`): refused
    /// before any request, and never replaced by another report.
    Refused(RefusedSource),
    /// Nothing arrived (headers or more of the body) within the timeout.
    Stalled(StallTimeout),
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
            FetchFailure::Refused(why) => Msg::SourceRefused.fill(lang, &[why.shown()]),
            FetchFailure::Stalled(timeout) => {
                Msg::FetchStalled.fill(lang, &[&timeout.seconds().to_string()])
            }
        }
    }

    /// Whether trying again may help (the error panel then has a retry
    /// button): not for a refused source or a redirect to another site.
    pub fn retryable(&self) -> bool {
        !matches!(
            self,
            FetchFailure::Refused(_) | FetchFailure::RedirectedAway { .. }
        )
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

    #[test]
    fn refused_sources_and_stalls_are_worded_and_only_stalls_retried() {
        let other = FetchFailure::Refused(RefusedSource::OtherSite("https://evil.example".into()));
        assert_eq!(
            other.message(Lang::ZhHans),
            "页面地址指定的数据文件（https://evil.example）不在本网站，已拒绝显示"
        );
        let data = FetchFailure::Refused(RefusedSource::Scheme("data:".into()));
        assert!(data.message(Lang::ZhHant).contains("（data:）"));
        assert!(data.message(Lang::En).contains("(data:)"));
        assert!(!other.retryable() && !data.retryable());
        let stalled = FetchFailure::Stalled(StallTimeout::DEFAULT);
        assert_eq!(
            stalled.message(Lang::En),
            "Nothing arrived for 30 s; stopped waiting"
        );
        assert!(stalled.retryable());
        assert!(FetchFailure::Network(String::new()).retryable());
    }
}
