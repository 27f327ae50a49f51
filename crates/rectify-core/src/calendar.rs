//! The Gregorian calendar facts the converter, the loader and the formatter
//! share.

/// Whether `y` is a leap year.
pub fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Days in month `m` of year `y` (0 for an invalid month).
pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

/// The year, month and day of an ISO date `YYYY-MM-DD` with a real month
/// and day; `None` for anything else (a phrase such as `长期坚持`).
pub fn ymd(iso: &str) -> Option<(i32, u32, u32)> {
    let b = iso.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| {
        let s = &iso[r];
        s.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| s.parse::<u32>().ok())?
    };
    let (y, m, d) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
    let y = y as i32;
    ((1..=12).contains(&m) && d != 0 && d <= days_in_month(y, m)).then_some((y, m, d))
}

/// Days since 1970-01-01 of an ISO date `YYYY-MM-DD` with a real month and
/// day; `None` for anything else (a phrase such as `长期坚持`).
pub fn day_number(iso: &str) -> Option<i64> {
    let (y, m, d) = ymd(iso)?;
    // Howard Hinnant's days_from_civil.
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (i64::from(m) + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// The ISO date `YYYY-MM-DD` of day `n` since 1970-01-01 (years 0 to 9999);
/// the inverse of [`day_number`].
pub fn iso_date(n: i64) -> String {
    // Howard Hinnant's civil_from_days.
    let z = n + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = (yoe + era * 400 + i64::from(m <= 2)).clamp(0, 9999);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_are_days_since_1970() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2000-03-01"), Some(11_017));
        assert_eq!(
            day_number("2024-02-29").unwrap() + 1,
            day_number("2024-03-01").unwrap()
        );
        for bad in [
            "2025-02-29",
            "2025-13-01",
            "2025-6-30",
            "长期坚持",
            "+025-01-01",
            "",
        ] {
            assert_eq!(day_number(bad), None, "{bad}");
        }
    }

    #[test]
    fn iso_dates_invert_day_numbers() {
        assert_eq!(iso_date(0), "1970-01-01");
        assert_eq!(iso_date(11_017), "2000-03-01");
        assert_eq!(iso_date(-1), "1969-12-31");
        for n in (-719_528..2_932_896).step_by(997) {
            assert_eq!(day_number(&iso_date(n)), Some(n), "{n}");
        }
        assert_eq!(iso_date(day_number("2024-02-29").unwrap()), "2024-02-29");
    }

    #[test]
    fn months() {
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(1900, 2), 28);
        assert_eq!(days_in_month(2000, 2), 29);
        assert_eq!(days_in_month(2025, 6), 30);
        assert_eq!(days_in_month(2025, 13), 0);
    }
}
