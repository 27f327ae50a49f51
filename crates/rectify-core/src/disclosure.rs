//! The 公示期 (the window in which the public may comment) as a reader sees
//! it on the day the page is viewed: upcoming, open (and how many days are
//! left) or closed.

use crate::model::DateRange;

/// Where the viewing day lies in the disclosure window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Window {
    /// Starts in this many days.
    Upcoming {
        days: u32,
    },
    /// Open; this many days left including today (1 on the last day).
    Open {
        days_left: u32,
    },
    Closed,
}

/// The window's state on `today` (ISO dates), or `None` when a date is not
/// a valid ISO date or the window ends before it starts.
pub fn window_on(range: &DateRange, today: &str) -> Option<Window> {
    let (start, end, today) = (
        day_number(&range.start)?,
        day_number(&range.end)?,
        day_number(today)?,
    );
    if end < start {
        return None;
    }
    Some(if today < start {
        Window::Upcoming {
            days: (start - today) as u32,
        }
    } else if today <= end {
        Window::Open {
            days_left: (end - today + 1) as u32,
        }
    } else {
        Window::Closed
    })
}

/// Days since 1970-01-01 of an ISO date (`2025-09-12`).
pub fn day_number(iso: &str) -> Option<i64> {
    if !crate::load::is_iso_date(iso) {
        return None;
    }
    let y: i64 = iso[0..4].parse().ok()?;
    let m: i64 = iso[5..7].parse().ok()?;
    let d: i64 = iso[8..10].parse().ok()?;
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range(a: &str, b: &str) -> DateRange {
        DateRange {
            start: a.into(),
            end: b.into(),
        }
    }

    #[test]
    fn counts_days() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2000-03-01"), Some(11_017));
        assert_eq!(day_number("2025-02-29"), None);
        assert_eq!(
            day_number("2024-02-29").map(|d| d + 1),
            day_number("2024-03-01")
        );
    }

    #[test]
    fn the_window_on_a_day() {
        let r = range("2025-09-12", "2025-09-26");
        assert_eq!(
            window_on(&r, "2025-09-01"),
            Some(Window::Upcoming { days: 11 })
        );
        assert_eq!(
            window_on(&r, "2025-09-12"),
            Some(Window::Open { days_left: 15 })
        );
        assert_eq!(
            window_on(&r, "2025-09-26"),
            Some(Window::Open { days_left: 1 })
        );
        assert_eq!(window_on(&r, "2025-09-27"), Some(Window::Closed));
        assert_eq!(window_on(&r, "not a date"), None);
        assert_eq!(
            window_on(&range("2025-09-26", "2025-09-12"), "2025-09-20"),
            None
        );
    }
}
