//! The timeline strip for notices that state dates: the inspection period,
//! the feedback date, the problems' deadlines, the as-of date, the
//! publication date and the 公示期, each a row with its words and date and
//! a marker on one shared time scale (drawn, and hidden from screen readers:
//! the words say it all).

use crate::calendar::day_number;
use crate::chart::num;
use crate::locale::format::date;
use crate::locale::{Lang, Msg};
use crate::model::{NodeKind, Report};

/// The width of the scale, in SVG user units.
pub const TIMELINE_WIDTH: f64 = 1000.0;
/// The narrowest marker, so that a single day shows.
const MIN_MARK: f64 = 8.0;

/// One dated event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineRow {
    pub label: String,
    /// The date or the range in words.
    pub when: String,
    /// The marker's start and width on the scale (SVG numbers).
    pub x: String,
    pub width: String,
    /// A range (a bar) or a day (a tick).
    pub range: bool,
}

/// The strip: its title and rows in date order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineView {
    pub title: &'static str,
    pub rows: Vec<TimelineRow>,
}

/// A dated event before it is placed: words, first and last day.
struct Event {
    label: String,
    start: String,
    end: String,
}

/// The strip for `report`; `None` unless at least two events have dates.
pub fn timeline_view(report: &Report, lang: Lang) -> Option<TimelineView> {
    let m = &report.meta;
    let mut events = Vec::new();
    let mut push = |msg: Msg, start: Option<&String>, end: Option<&String>| {
        if let Some(start) = start {
            events.push(Event {
                label: msg.text(lang).to_string(),
                start: start.clone(),
                end: end.unwrap_or(start).clone(),
            });
        }
    };
    let p = m.inspection_period.as_ref();
    push(
        Msg::TimelineInspection,
        p.map(|p| &p.start),
        p.map(|p| &p.end),
    );
    push(Msg::TimelineFeedback, m.feedback_date.as_ref(), None);
    push(Msg::AsOf, m.as_of.as_ref(), None);
    push(Msg::Published, m.published.as_ref(), None);
    let d = m.disclosure.as_ref();
    push(Msg::Disclosure, d.map(|d| &d.start), d.map(|d| &d.end));
    events.extend(deadlines(report, lang));
    let mut dated: Vec<(i64, i64, Event)> = events
        .into_iter()
        .filter_map(|e| {
            let (s, t) = (day_number(&e.start)?, day_number(&e.end)?);
            (s <= t).then_some((s, t, e))
        })
        .collect();
    if dated.len() < 2 {
        return None;
    }
    dated.sort_by_key(|(s, t, _)| (*s, *t));
    let first = dated[0].0;
    let last = dated.iter().map(|(_, t, _)| *t).max()?;
    let scale = TIMELINE_WIDTH / ((last - first).max(1) as f64);
    let rows = dated
        .into_iter()
        .map(|(s, t, e)| {
            let x = ((s - first) as f64 * scale).min(TIMELINE_WIDTH - MIN_MARK);
            let width = ((t - s) as f64 * scale).max(MIN_MARK);
            let range = t > s;
            TimelineRow {
                label: e.label,
                when: if range {
                    Msg::DateRange.fill(lang, &[&date(&e.start, lang), &date(&e.end, lang)])
                } else {
                    date(&e.start, lang)
                },
                x: num(x),
                width: num(width.min(TIMELINE_WIDTH - x)),
                range,
            }
        })
        .collect();
    Some(TimelineView {
        title: Msg::Timeline.text(lang),
        rows,
    })
}

/// The problems' dated deadlines as one event, from the first to the last.
fn deadlines(report: &Report, lang: Lang) -> Option<Event> {
    let mut dates: Vec<&str> = report
        .walk()
        .filter(|n| n.kind == NodeKind::Problem)
        .filter_map(|n| n.deadline.as_deref())
        .filter(|d| day_number(d).is_some())
        .collect();
    let n = dates.len();
    dates.sort_unstable();
    Some(Event {
        label: Msg::TimelineDeadlines.fill(lang, &[&n.to_string()]),
        start: dates.first()?.to_string(),
        end: dates.last()?.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::test_support::bundled_report as bundled;

    #[test]
    fn the_bundled_notice_in_date_order_on_one_scale() {
        let t = timeline_view(&bundled(), Lang::ZhHans).unwrap();
        assert_eq!(t.title, "时间线");
        let rows: Vec<(&str, &str)> = t
            .rows
            .iter()
            .map(|r| (r.label.as_str(), r.when.as_str()))
            .collect();
        assert_eq!(
            rows,
            [
                ("巡察", "2024年9月23日至2024年12月20日"),
                ("反馈巡察意见", "2025年1月10日"),
                ("数据截至", "2025年6月30日"),
                ("发布日期", "2025年9月12日"),
                ("公示期", "2025年9月12日至2025年9月26日"),
            ]
        );
        assert_eq!((t.rows[0].x.as_str(), t.rows[0].range), ("0", true));
        // The last day ends the scale.
        let last = &t.rows[4];
        let end: f64 = last.x.parse::<f64>().unwrap() + last.width.parse::<f64>().unwrap();
        assert!((end - TIMELINE_WIDTH).abs() < 0.5, "{end}");
        assert!(!t.rows[1].range);
        assert_eq!(t.rows[1].width, "8");
    }

    #[test]
    fn deadlines_join_in_and_one_date_is_no_timeline() {
        let mut r = crate::sample::generate(3, 1);
        r.meta.as_of = Some("2025-06-30".into());
        assert_eq!(timeline_view(&r, Lang::En), None);
        for (i, p) in r.nodes[0].children[0].children.iter_mut().enumerate() {
            p.deadline = Some(["2025-09-30", "长期坚持", "2025-12-31"][i].into());
        }
        let t = timeline_view(&r, Lang::En).unwrap();
        assert_eq!(t.title, "Timeline");
        assert_eq!(t.rows[1].label, "Deadlines (2)");
        assert_eq!(t.rows[1].when, "30 September 2025 to 31 December 2025");
        assert_eq!(t.rows[0].label, "As of");
    }
}
