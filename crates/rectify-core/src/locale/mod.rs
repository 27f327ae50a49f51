//! Interface vocabulary and number formatting, per language.

use crate::model::Status;

pub mod format;
pub mod hant;
pub mod round_vocab;
pub mod vocab;

pub use round_vocab::RoundMsg;
pub use vocab::Msg;

/// Interface language.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// 简体中文 (default).
    #[default]
    ZhHans,
    /// 繁體中文.
    ZhHant,
    /// English.
    En,
}

impl Lang {
    /// From a BCP 47 tag or a short name (`zh-Hant`, `zh-TW`, `en`, `tc`...).
    pub fn parse(tag: &str) -> Lang {
        let t = tag.trim().to_ascii_lowercase();
        if t.starts_with("en") {
            Lang::En
        } else if t.contains("hant") || t.ends_with("-tw") || t.ends_with("-hk") || t == "tc" {
            Lang::ZhHant
        } else {
            Lang::ZhHans
        }
    }

    pub fn tag(self) -> &'static str {
        match self {
            Lang::ZhHans => "zh-Hans",
            Lang::ZhHant => "zh-Hant",
            Lang::En => "en",
        }
    }
}

/// The name of a status (`已完成`); `None` means no status stated.
pub fn status_label(status: Option<Status>, lang: Lang) -> &'static str {
    status_msg(status).text(lang)
}

/// The vocabulary key of a status's name.
pub fn status_msg(status: Option<Status>) -> Msg {
    match status {
        Some(Status::Done) => Msg::StatusDone,
        Some(Status::InProgress) => Msg::StatusInProgress,
        Some(Status::LongTerm) => Msg::StatusLongTerm,
        Some(Status::NotStarted) => Msg::StatusNotStarted,
        None => Msg::StatusNotStated,
    }
}

/// A share as a percentage with up to two decimals, trailing zeros dropped:
/// `0.9524` → `95.24%`, `0.5` → `50%`.
pub fn percent(share: f64) -> String {
    format!("{}%", crate::chart::fixed(share * 100.0, 2, true))
}

/// A completion rate, or `—` when there is nothing to count.
pub fn rate_text(rate: Option<f64>) -> String {
    rate.map(percent).unwrap_or_else(|| "—".into())
}

/// Counts of problems in words, for headings and screen readers:
/// `共31个问题，已完成20个，正在整改11个，完成率64.52%。`
/// (`31 problems: done 20, in progress 11; 64.52% complete.`).
pub fn describe_counts(counts: &crate::stats::StatusCounts, lang: Lang) -> String {
    let total = counts.total();
    if total == 0 {
        return Msg::NoProblemsRecorded.text(lang).to_string();
    }
    let parts: Vec<String> = counts
        .present()
        .into_iter()
        .map(|(s, n)| (Some(s), n))
        .chain((counts.unknown > 0).then_some((None, counts.unknown)))
        .map(|(s, n)| {
            // Status names are ASCII in English and have no case in Chinese.
            let name = status_label(s, lang).to_ascii_lowercase();
            Msg::StatusCount.fill(lang, &[&name, &n.to_string()])
        })
        .collect();
    let rate = rate_text(counts.completion_rate());
    let parts = parts.join(Msg::ListSeparator.text(lang));
    Msg::CountsSentence.fill(lang, &[&total.to_string(), &parts, &rate])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::StatusCounts;

    #[test]
    fn percent_formats_like_a_report() {
        assert_eq!(percent(0.9524), "95.24%");
        assert_eq!(percent(0.5), "50%");
        assert_eq!(percent(1.0), "100%");
        assert_eq!(percent(2.0 / 3.0), "66.67%");
        assert_eq!(percent(0.0), "0%");
    }

    #[test]
    fn describes_counts_in_chinese() {
        let c = StatusCounts {
            done: 20,
            in_progress: 11,
            ..Default::default()
        };
        assert_eq!(
            describe_counts(&c, Lang::ZhHans),
            "共31个问题，已完成20个，正在整改11个，完成率64.52%。"
        );
        assert!(describe_counts(&c, Lang::En).starts_with("31 problems: done 20"));
        assert_eq!(
            describe_counts(&StatusCounts::default(), Lang::ZhHans),
            "没有问题记录。"
        );
        let unknown = StatusCounts {
            done: 1,
            unknown: 2,
            ..Default::default()
        };
        assert_eq!(
            describe_counts(&unknown, Lang::ZhHant),
            "共3個問題，已完成1個，未標明2個，完成率33.33%。"
        );
        assert_eq!(
            describe_counts(&unknown, Lang::En),
            "3 problems: done 1, not stated 2; 33.33% complete."
        );
    }

    #[test]
    fn parses_language_tags() {
        assert_eq!(Lang::parse("zh-TW"), Lang::ZhHant);
        assert_eq!(Lang::parse("en-GB"), Lang::En);
        assert_eq!(Lang::parse(""), Lang::ZhHans);
    }
}
