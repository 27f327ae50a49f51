//! The 公示期 (the window in which the public may comment) as a reader sees
//! it on the day the page is viewed: upcoming, open (and how many days are
//! left) or closed.

use crate::calendar::day_number;
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
