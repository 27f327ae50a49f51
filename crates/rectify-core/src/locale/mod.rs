//! Interface vocabulary and number formatting, per language.

use crate::model::Status;

pub mod format;
pub mod hant;

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
    use Status::*;
    match (status, lang) {
        (Some(Done), Lang::ZhHans) => "已完成",
        (Some(Done), Lang::ZhHant) => "已完成",
        (Some(Done), Lang::En) => "Done",
        (Some(InProgress), Lang::ZhHans) => "正在整改",
        (Some(InProgress), Lang::ZhHant) => "正在整改",
        (Some(InProgress), Lang::En) => "In progress",
        (Some(LongTerm), Lang::ZhHans) => "长期整改",
        (Some(LongTerm), Lang::ZhHant) => "長期整改",
        (Some(LongTerm), Lang::En) => "Long-term",
        (Some(NotStarted), Lang::ZhHans) => "未开始",
        (Some(NotStarted), Lang::ZhHant) => "未開始",
        (Some(NotStarted), Lang::En) => "Not started",
        (None, Lang::ZhHans) => "未标明",
        (None, Lang::ZhHant) => "未標明",
        (None, Lang::En) => "Not stated",
    }
}

/// A share as a percentage with up to two decimals, trailing zeros dropped:
/// `0.9524` → `95.24%`, `0.5` → `50%`.
pub fn percent(share: f64) -> String {
    format!("{}%", crate::chart::fixed(share * 100.0, 2, true))
}

/// Counts of problems in words, for headings and screen readers:
/// `共31个问题，已完成20个（64.52%），正在整改11个`.
pub fn describe_counts(counts: &crate::stats::StatusCounts, lang: Lang) -> String {
    let parts: Vec<String> = counts
        .present()
        .into_iter()
        .map(|(s, n)| match lang {
            Lang::En => format!("{} {n}", status_label(Some(s), lang).to_lowercase()),
            _ => format!("{}{n}个", status_label(Some(s), lang)),
        })
        .chain((counts.unknown > 0).then(|| match lang {
            Lang::En => format!("not stated {}", counts.unknown),
            _ => format!("{}{}个", status_label(None, lang), counts.unknown),
        }))
        .collect();
    let total = counts.total();
    let rate = counts
        .completion_rate()
        .map(percent)
        .unwrap_or_else(|| "—".into());
    match lang {
        Lang::En => format!(
            "{total} problems: {}; {rate} complete.",
            if parts.is_empty() {
                "none".into()
            } else {
                parts.join(", ")
            }
        ),
        _ if total == 0 => match lang {
            Lang::ZhHant => "沒有問題記錄。".to_string(),
            _ => "没有问题记录。".to_string(),
        },
        Lang::ZhHant => {
            format!("共{total}個問題，{}，完成率{rate}。", parts.join("，")).replace('个', "個")
        }
        Lang::ZhHans => format!("共{total}个问题，{}，完成率{rate}。", parts.join("，")),
    }
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
    }

    #[test]
    fn parses_language_tags() {
        assert_eq!(Lang::parse("zh-TW"), Lang::ZhHant);
        assert_eq!(Lang::parse("en-GB"), Lang::En);
        assert_eq!(Lang::parse(""), Lang::ZhHans);
    }
}
