//! While a report downloads: how long the widget waits for the next bytes
//! before it gives up ([`StallTimeout`]), and what the loading panel says
//! about the bytes received so far ([`Progress`]). A slow download that
//! keeps making progress is never cut off; one that stops is.

use crate::locale::{Lang, Msg};

/// How long a fetch may go without any progress (no response headers, or
/// no new bytes of the body) before it ends in the error panel with a retry
/// button. Set per widget with `data-timeout` (seconds).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StallTimeout {
    millis: u32,
}

impl StallTimeout {
    /// 30 seconds.
    pub const DEFAULT: StallTimeout = StallTimeout { millis: 30_000 };
    /// The shortest accepted: 0.1 s (for tests; a page should not go below seconds).
    const MIN_MILLIS: u32 = 100;
    /// The longest accepted: one hour.
    const MAX_MILLIS: u32 = 3_600_000;

    /// From `data-timeout`: seconds, with up to three decimals (`45`,
    /// `0.5`); `None` for anything else, so the default applies. Values
    /// outside 0.1 s … 1 h are brought within it.
    pub fn from_seconds(text: &str) -> Option<StallTimeout> {
        let (whole, fraction) = text.trim().split_once('.').unwrap_or((text.trim(), ""));
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty() || !digits(whole) || !digits(fraction) || fraction.len() > 3 {
            return None;
        }
        let seconds: u64 = whole.get(..7).unwrap_or(whole).parse().ok()?;
        let fraction_ms = fraction
            .bytes()
            .chain(std::iter::repeat(b'0'))
            .take(3)
            .fold(0, |ms, b| ms * 10 + u64::from(b - b'0'));
        let millis = (seconds * 1000 + fraction_ms)
            .clamp(u64::from(Self::MIN_MILLIS), u64::from(Self::MAX_MILLIS));
        Some(StallTimeout {
            millis: u32::try_from(millis).ok()?,
        })
    }

    pub fn millis(self) -> u32 {
        self.millis
    }

    /// Whole seconds, rounded up, for the error message.
    pub fn seconds(self) -> u32 {
        self.millis.div_ceil(1000)
    }
}

impl Default for StallTimeout {
    fn default() -> Self {
        StallTimeout::DEFAULT
    }
}

/// Bytes of a report received so far, and its size when the server said
/// it (`Content-Length`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Progress {
    pub received: u64,
    pub total: Option<u64>,
}

const KB: u64 = 1024;
const MB: u64 = 1024 * 1024;

impl Progress {
    /// Nothing received yet; `content_length` the header's value, if any.
    pub fn start(content_length: Option<&str>) -> Progress {
        let total = content_length
            .and_then(|v| v.trim().parse::<u64>().ok())
            .filter(|&n| n > 0);
        Progress { received: 0, total }
    }

    /// The capacity a buffer of `capacity` bytes should grow to so that it
    /// holds `needed`: the stated size when it covers `needed` and is no
    /// more than doubling would reserve (so the last growth leaves no slack,
    /// and a lying header can never make the widget reserve more than it
    /// would have anyway), else double (at least `needed`).
    pub fn capacity_for(&self, needed: usize, capacity: usize) -> usize {
        let doubled = needed.max(capacity.saturating_mul(2));
        match self.total.and_then(|t| usize::try_from(t).ok()) {
            Some(total) if total >= needed && total <= doubled => total,
            _ => doubled,
        }
    }

    /// The size when it is known and still true: a compressed response
    /// states its compressed size, and then more bytes than that arrive.
    fn known_total(&self) -> Option<u64> {
        self.total.filter(|&t| self.received <= t)
    }

    /// What the loading panel shows beside its sentence: `None` before the
    /// first bytes; else `已接收 3.2 MB / 10.0 MB（32%）`, or without a
    /// known size `已接收 3.2 MB`.
    pub fn text(&self, lang: Lang) -> Option<String> {
        if self.received == 0 {
            return None;
        }
        let mut amount = size_text(self.received);
        if let Some(total) = self.known_total() {
            let percent = self.received * 100 / total;
            amount += &format!(" / {}", size_text(total));
            amount += Msg::ParenOpen.text(lang);
            amount += &format!("{percent}%");
            amount += Msg::ParenClose.text(lang);
        }
        Some(Msg::Received.fill(lang, &[&amount]))
    }

    /// Whether `next` would read differently from this: the widget
    /// re-renders the loading panel only then, not for every chunk.
    pub fn shows_differently(&self, next: &Progress) -> bool {
        self.shown_units() != next.shown_units()
    }

    fn shown_units(&self) -> (bool, u64, Option<u64>) {
        let percent = self.known_total().map(|t| self.received * 100 / t);
        (self.received == 0, self.received / (MB / 10), percent)
    }
}

/// A size as `640 KB` below a megabyte, else `3.2 MB` (one decimal, no
/// floating point).
pub fn size_text(bytes: u64) -> String {
    if bytes < MB {
        return format!("{} KB", bytes.div_ceil(KB));
    }
    let tenths = bytes * 10 / MB;
    format!("{}.{} MB", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_timeout_is_read_in_seconds_and_kept_within_bounds() {
        assert_eq!(StallTimeout::default().millis(), 30_000);
        assert_eq!(StallTimeout::from_seconds("45").unwrap().millis(), 45_000);
        assert_eq!(StallTimeout::from_seconds(" 1.5 ").unwrap().millis(), 1_500);
        assert_eq!(StallTimeout::from_seconds("0.25").unwrap().millis(), 250);
        assert_eq!(StallTimeout::from_seconds("0").unwrap().millis(), 100);
        assert_eq!(
            StallTimeout::from_seconds("99999999999").unwrap().millis(),
            3_600_000
        );
        for bad in ["", "abc", "-5", "1e3", "1.2345", ".5", "30s", "１０"] {
            assert_eq!(StallTimeout::from_seconds(bad), None, "{bad}");
        }
        assert_eq!(StallTimeout::from_seconds("0.25").unwrap().seconds(), 1);
        assert_eq!(StallTimeout::DEFAULT.seconds(), 30);
    }

    #[test]
    fn progress_is_shown_in_bytes_and_percent_when_the_size_is_known() {
        let start = Progress::start(Some("10485760"));
        assert_eq!(start.text(Lang::ZhHans), None);
        let part = Progress {
            received: 3_355_443,
            ..start
        };
        assert_eq!(
            part.text(Lang::ZhHans).unwrap(),
            "已接收 3.1 MB / 10.0 MB（31%）"
        );
        assert_eq!(
            part.text(Lang::En).unwrap(),
            "3.1 MB / 10.0 MB (31%) received"
        );
        let unknown = Progress {
            received: 500,
            total: None,
        };
        assert_eq!(unknown.text(Lang::ZhHant).unwrap(), "已接收 1 KB");
        assert_eq!(Progress::start(Some("x")).total, None);
        assert_eq!(Progress::start(Some("0")).total, None);
    }

    #[test]
    fn a_compressed_size_is_not_shown_as_over_one_hundred_percent() {
        let p = Progress {
            received: 3 * MB,
            total: Some(MB),
        };
        assert_eq!(p.text(Lang::En).unwrap(), "3.0 MB received");
    }

    #[test]
    fn the_buffer_grows_to_the_stated_size_but_never_past_doubling() {
        let mb = 1 << 20;
        let stated = Progress::start(Some("5452595"));
        // Far from the end: doubling, as without a size.
        assert_eq!(stated.capacity_for(mb + 1, mb), 2 * mb);
        // The growth that would pass the end reserves the size exactly.
        assert_eq!(stated.capacity_for(4 * mb + 1, 4 * mb), 5_452_595);
        // A compressed size (smaller than what arrives) is ignored.
        assert_eq!(stated.capacity_for(6 * mb, 4 * mb), 8 * mb);
        // A size far beyond what arrives is never reserved up front.
        let lying = Progress::start(Some("4000000000"));
        assert_eq!(lying.capacity_for(65_536, 0), 65_536);
        assert_eq!(lying.capacity_for(65_537, 65_536), 131_072);
        assert_eq!(Progress::default().capacity_for(10, 0), 10);
    }

    #[test]
    fn the_panel_is_redrawn_only_when_its_text_changes() {
        let a = Progress {
            received: 10,
            total: None,
        };
        let b = Progress {
            received: 20,
            total: None,
        };
        assert!(!a.shows_differently(&b));
        assert!(Progress::default().shows_differently(&a));
        let c = Progress {
            received: MB,
            total: None,
        };
        assert!(a.shows_differently(&c));
        let of = |received| Progress {
            received,
            total: Some(1000),
        };
        assert!(of(10).shows_differently(&of(20)));
        assert!(!of(10).shows_differently(&of(11)));
    }

    #[test]
    fn sizes() {
        assert_eq!(size_text(1), "1 KB");
        assert_eq!(size_text(1024 * 640), "640 KB");
        assert_eq!(size_text(MB), "1.0 MB");
        assert_eq!(size_text(200 * MB + MB / 2), "200.5 MB");
    }
}
