//! Chinese date phrases: `2025年9月12日`, `二〇二五年九月十二日`, `2025-09-12`,
//! ranges (`2024年9月23日至12月20日`, the end inherits year and month) and
//! as-of phrases (`截至2025年6月底`, where 月底 is the last day of the month).
//!
//! All functions take normalised chars (see `text::norm_chars`).

use super::{ascii_number, cn_digits, cn_number, is_cn_numeral, run_end, slice, starts_at};
use crate::model::DateRange;

/// A possibly partial date as printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PartDate {
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

impl PartDate {
    /// ISO date if all parts are present and valid.
    pub(crate) fn iso(&self) -> Option<String> {
        iso(self.year?, self.month?, self.day?)
    }
}

pub(crate) use crate::calendar::days_in_month;

/// `YYYY-MM-DD` for a valid date.
pub(crate) fn iso(y: i32, m: u32, d: u32) -> Option<String> {
    if !(1000..=9999).contains(&y) || d == 0 || d > days_in_month(y, m) {
        return None;
    }
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

/// Reads a month or day number (ASCII digits or a Chinese numeral) at `i`.
fn small_number(n: &[char], i: usize) -> Option<(u32, usize)> {
    let e = run_end(n, i, |c| c.is_ascii_digit());
    if e > i {
        if e - i > 2 {
            return None;
        }
        return Some((ascii_number(&n[i..e])?, e));
    }
    let e = run_end(n, i, is_cn_numeral);
    if e > i && e - i <= 3 {
        return Some((cn_number(&n[i..e])?, e));
    }
    None
}

/// Reads a four-digit year (ASCII or Chinese digits) at `i`, not preceded by a digit.
fn year_at(n: &[char], i: usize) -> Option<(i32, usize)> {
    if i > 0 && (n[i - 1].is_ascii_digit() || is_cn_numeral(n[i - 1])) {
        return None;
    }
    let e = run_end(n, i, |c| c.is_ascii_digit());
    if e - i == 4 {
        return Some((ascii_number(&n[i..e])? as i32, e));
    }
    if e > i {
        return None;
    }
    let e = run_end(n, i, |c| {
        matches!(
            c,
            '〇' | '零' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九'
        )
    });
    if e - i == 4 {
        return Some((cn_digits(&n[i..e])? as i32, e));
    }
    None
}

/// Parses a date at `i`: `2025年9月12日`, `2025年9月`, `2025年`, `9月12日`,
/// `12日`, `2025-09-12`, `2025/9/12`, `2025.09.12`. Returns the parts and the
/// end index. Month and day are range-checked; `1-6月` is not a date.
pub(crate) fn date_at(n: &[char], i: usize) -> Option<(PartDate, usize)> {
    if i >= n.len() {
        return None;
    }
    if let Some((y, e)) = year_at(n, i) {
        return date_from_year(n, i, y, e);
    }
    if i > 0 && n[i - 1].is_ascii_digit() {
        return None;
    }
    if let Some((month, day, end)) = month_and_day(n, i, None) {
        let p = PartDate {
            year: None,
            month: Some(month),
            day,
        };
        return Some((p, end));
    }
    let (day, end) = day_at(n, i, 31)?;
    let p = PartDate {
        year: None,
        month: None,
        day: Some(day),
    };
    Some((p, end))
}

/// A date whose year `y` is printed at `n[i..e]`: numeric (`2025-09-12`) or
/// `2025年` with an optional month and day.
fn date_from_year(n: &[char], i: usize, y: i32, e: usize) -> Option<(PartDate, usize)> {
    if e - i == 4 {
        if let Some(found) = numeric_date(n, y, e) {
            return Some(found);
        }
    }
    if n.get(e) != Some(&'年') {
        return None;
    }
    let after_year = e + 1;
    let (month, day, end) = match month_and_day(n, after_year, Some(y)) {
        Some((month, day, end)) => (Some(month), day, end),
        None => (None, None, after_year),
    };
    let p = PartDate {
        year: Some(y),
        month,
        day,
    };
    Some((p, end))
}

/// The month and day of `2025-09-12`, `2025/9/12` or `2025.09.12` after the
/// year ending at `e`: the same separator twice, a valid date, no digit after.
fn numeric_date(n: &[char], y: i32, e: usize) -> Option<(PartDate, usize)> {
    let sep = *n.get(e)?;
    if !matches!(sep, '-' | '/' | '.') {
        return None;
    }
    let (m, e2) = small_number(n, e + 1)?;
    if n.get(e2) != Some(&sep) {
        return None;
    }
    let (d, e3) = small_number(n, e2 + 1)?;
    if n.get(e3).is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    iso(y, m, d)?;
    let p = PartDate {
        year: Some(y),
        month: Some(m),
        day: Some(d),
    };
    Some((p, e3))
}

/// `9月` at `i`, optionally followed by `12日`/`12号` (a day that exists in
/// that month of `year`, or at most 31 without a year): month, day, end.
fn month_and_day(n: &[char], i: usize, year: Option<i32>) -> Option<(u32, Option<u32>, usize)> {
    let (m, e) = small_number(n, i)?;
    if n.get(e) != Some(&'月') || !(1..=12).contains(&m) {
        return None;
    }
    let after_month = e + 1;
    let last_day = year.map_or(31, |y| days_in_month(y, m));
    Some(match day_at(n, after_month, last_day) {
        Some((d, end)) => (m, Some(d), end),
        None => (m, None, after_month),
    })
}

/// `12日` or `12号` at `i` with the day in `1..=last_day`: the day and the end.
fn day_at(n: &[char], i: usize, last_day: u32) -> Option<(u32, usize)> {
    let (d, e) = small_number(n, i)?;
    (matches!(n.get(e), Some('日' | '号')) && (1..=last_day).contains(&d)).then_some((d, e + 1))
}

/// A full date that fills a whole string (`2025年9月12日`, `二〇二五年九月十二日`).
pub(crate) fn whole_date(n: &[char]) -> Option<String> {
    let (p, e) = date_at(n, 0)?;
    let rest = slice(n, e, n.len());
    if !rest.trim().is_empty() {
        return None;
    }
    p.iso()
}

fn skip_spaces(n: &[char], i: usize) -> usize {
    run_end(n, i, |c| c == ' ' || c == '\t')
}

/// The first date range in `n[from..]`: a full date, `至`/`到`/`-`/`—`/`~`,
/// then a date whose missing year and month come from the first.
/// Returns the range and the char span.
pub(crate) fn find_range(n: &[char], from: usize) -> Option<(DateRange, usize, usize)> {
    let mut i = from;
    while i < n.len() {
        if let Some((a, e)) = date_at(n, i) {
            if let Some(start) = a.iso() {
                let k = skip_spaces(n, e);
                let sep_len = if matches!(n.get(k), Some('至' | '到' | '-' | '—' | '~' | '–'))
                {
                    if starts_at(n, k, "——") {
                        2
                    } else {
                        1
                    }
                } else {
                    0
                };
                if sep_len > 0 {
                    let k = skip_spaces(n, k + sep_len);
                    if let Some((b, e2)) = date_at(n, k) {
                        let y = b.year.or(a.year);
                        let m = b.month.or(if b.year.is_none() { a.month } else { None });
                        if let (Some(y), Some(m), Some(d)) = (y, m, b.day) {
                            if let Some(end) = iso(y, m, d) {
                                if end >= start {
                                    return Some((DateRange { start, end }, i, e2));
                                }
                            }
                        }
                    }
                }
                i = e;
                continue;
            }
            i = e.max(i + 1);
            continue;
        }
        i += 1;
    }
    None
}

/// An as-of phrase (`截至2025年6月底`) found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct AsOf {
    pub start: usize,
    pub end: usize,
    pub date: String,
}

/// Parses an as-of phrase starting at `i` (`截至`/`截止` [`到`] date [`底`/`末`]).
/// `截至2025年6月底` and `截至2025年6月` are the last day of June, `截至2024年底`
/// is 31 December, `截至2025年6月15日` is that day. `截至目前` has no date.
pub(crate) fn as_of_at(n: &[char], i: usize) -> Option<AsOf> {
    as_of_in_year(n, i, &|_, _| None)
}

/// The year of a date printed without one, from its month and day (the
/// last of the month when it names none).
pub(crate) type YearOf<'a> = dyn Fn(u32, u32) -> Option<i32> + 'a;

/// [`as_of_at`], a phrase without a year (`截至11月30日`) dated in the
/// year `year_of` gives.
pub(crate) fn as_of_in_year(n: &[char], i: usize, year_of: &YearOf) -> Option<AsOf> {
    if !(starts_at(n, i, "截至") || starts_at(n, i, "截止")) {
        return None;
    }
    let mut k = i + 2;
    if n.get(k) == Some(&'到') {
        k += 1;
    }
    let (p, mut e) = date_at(n, k)?;
    let y = match (p.year, p.month) {
        (Some(y), _) => y,
        (None, Some(m)) => year_of(m, p.day.unwrap_or(days_in_month(2001, m)))?,
        (None, None) => return None,
    };
    let end_mark = matches!(n.get(e), Some('底' | '末'));
    let date = match (p.month, p.day) {
        (Some(m), Some(d)) => iso(y, m, d)?,
        (Some(m), None) => iso(y, m, days_in_month(y, m))?,
        (None, _) if end_mark => iso(y, 12, 31)?,
        _ => return None,
    };
    if end_mark && p.day.is_none() {
        e += 1;
    }
    Some(AsOf {
        start: i,
        end: e,
        date,
    })
}

/// All as-of phrases in `n`.
pub(crate) fn find_as_of(n: &[char]) -> Vec<AsOf> {
    find_as_of_in_year(n, &|_, _| None)
}

/// All as-of phrases in `n`, those without a year dated by `year_of`.
pub(crate) fn find_as_of_in_year(n: &[char], year_of: &YearOf) -> Vec<AsOf> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < n.len() {
        if let Some(a) = as_of_in_year(n, i, year_of) {
            i = a.end.max(i + 1);
            out.push(a);
        } else {
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::norm_chars;
    use super::*;

    #[test]
    fn dates_and_ranges() {
        let n = norm_chars("2025年9月12日");
        assert_eq!(whole_date(&n).as_deref(), Some("2025-09-12"));
        assert_eq!(
            whole_date(&norm_chars("二〇二五年九月十二日")).as_deref(),
            Some("2025-09-12")
        );
        let n = norm_chars("根据部署,2024年9月23日至12月20日,巡察");
        let (r, _, _) = find_range(&n, 0).unwrap();
        assert_eq!(
            (r.start.as_str(), r.end.as_str()),
            ("2024-09-23", "2024-12-20")
        );
        let n = norm_chars("公开期限:2025年9月12日至26日");
        let (r, _, _) = find_range(&n, 0).unwrap();
        assert_eq!(r.end, "2025-09-26");
        assert!(find_range(&norm_chars("2025年1-6月"), 0).is_none());
        let n = norm_chars("截至2025年6月底,共");
        let a = as_of_at(&n, 0).unwrap();
        assert_eq!(a.date, "2025-06-30");
        assert_eq!(slice(&n, a.start, a.end), "截至2025年6月底");
        let n = norm_chars("截至2024年底未完成");
        assert_eq!(as_of_at(&n, 0).unwrap().date, "2024-12-31");
        assert_eq!(
            date_at(&norm_chars("2025-09-12"), 0)
                .unwrap()
                .0
                .iso()
                .as_deref(),
            Some("2025-09-12")
        );
        assert!(date_at(&norm_chars("2024年2月30日"), 0)
            .unwrap()
            .0
            .day
            .is_none());
        let parts = |s: &str| date_at(&norm_chars(s), 0).map(|(p, e)| (p.year, p.month, p.day, e));
        assert_eq!(parts("2025年9月"), Some((Some(2025), Some(9), None, 7)));
        assert_eq!(parts("2025年13月"), Some((Some(2025), None, None, 5)));
        assert_eq!(parts("9月12号前"), Some((None, Some(9), Some(12), 5)));
        assert_eq!(parts("9月32日"), Some((None, Some(9), None, 2)));
        assert_eq!(parts("12日"), Some((None, None, Some(12), 3)));
        assert_eq!(parts("2025/9/12"), Some((Some(2025), Some(9), Some(12), 9)));
        assert_eq!(parts("2025.09.123"), None);
        assert_eq!(parts("2025-02-30"), None);
        assert_eq!(parts("2025-09/12"), None);
        assert_eq!(parts("1-6月"), None);
    }
}
