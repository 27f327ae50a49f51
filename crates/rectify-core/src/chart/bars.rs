use crate::model::Status;
use crate::stats::{Group, GroupId};

/// Horizontal stacked bars: one row per group, one segment per status.
/// Bars share one scale (the largest group spans the full width), so bar
/// length compares group sizes and segments compare statuses.
#[derive(Debug, Clone, PartialEq)]
pub struct StackedBars {
    /// viewBox width and height.
    pub width: f64,
    pub height: f64,
    pub rows: Vec<BarRow>,
    /// The count that spans the full width.
    pub max_total: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BarRow {
    pub group_id: GroupId,
    pub label: String,
    pub title: String,
    pub total: usize,
    /// Top of the bar.
    pub y: f64,
    pub bar_height: f64,
    /// Baseline of the row's caption text, above the bar.
    pub caption_y: f64,
    /// Where the total is written, right of the bar.
    pub total_x: f64,
    pub segments: Vec<BarSegment>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BarSegment {
    pub status: Option<Status>,
    pub value: usize,
    pub x: f64,
    pub width: f64,
    /// Whether the count fits inside the segment as a direct label.
    pub label_fits: bool,
}

/// Layout constants in viewBox units.
const CAPTION: f64 = 22.0;
const BAR: f64 = 22.0;
const GAP: f64 = 14.0;
const TOTAL_SPACE: f64 = 40.0;
const MIN_LABEL_WIDTH: f64 = 18.0;

impl StackedBars {
    /// Lays out `groups` `width` units wide, keeping only the statuses in
    /// `visible` (the legend filter); `None` keeps all.
    pub fn new(groups: &[Group], width: f64, visible: Option<&[Status]>) -> StackedBars {
        let shown = |s: Option<Status>| match (visible, s) {
            (None, _) => true,
            (Some(v), Some(s)) => v.contains(&s),
            (Some(_), None) => false,
        };
        let totals: Vec<usize> = groups
            .iter()
            .map(|g| {
                Status::ALL
                    .into_iter()
                    .filter(|&s| shown(Some(s)))
                    .map(|s| g.counts.get(s))
                    .sum::<usize>()
                    + if shown(None) { g.counts.unknown } else { 0 }
            })
            .collect();
        let max_total = totals.iter().copied().max().unwrap_or(0);
        let span = width - TOTAL_SPACE;
        let mut rows = Vec::new();
        let mut y = 0.0;
        for (g, &total) in groups.iter().zip(&totals) {
            let caption_y = y + CAPTION - 6.0;
            let bar_y = y + CAPTION;
            let mut x = 0.0;
            let mut segments = Vec::new();
            let values = Status::ALL
                .into_iter()
                .map(|s| (Some(s), g.counts.get(s)))
                .chain(std::iter::once((None, g.counts.unknown)));
            for (status, value) in values {
                if value == 0 || !shown(status) {
                    continue;
                }
                let w = if max_total == 0 {
                    0.0
                } else {
                    span * value as f64 / max_total as f64
                };
                segments.push(BarSegment {
                    status,
                    value,
                    x,
                    width: w,
                    label_fits: w >= MIN_LABEL_WIDTH,
                });
                x += w;
            }
            rows.push(BarRow {
                group_id: g.id.clone(),
                label: g.label.clone(),
                title: g.title.clone(),
                total,
                y: bar_y,
                bar_height: BAR,
                caption_y,
                total_x: x + 6.0,
                segments,
            });
            y = bar_y + BAR + GAP;
        }
        StackedBars {
            width,
            height: y.max(1.0),
            rows,
            max_total,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::StatusCounts;

    fn group(id: &str, done: usize, in_progress: usize) -> Group {
        Group {
            id: GroupId::Node(id.into()),
            label: String::new(),
            title: id.into(),
            counts: StatusCounts {
                done,
                in_progress,
                ..Default::default()
            },
        }
    }

    #[test]
    fn the_largest_group_spans_the_width() {
        let b = StackedBars::new(&[group("a", 2, 2), group("b", 1, 1)], 340.0, None);
        assert_eq!(b.max_total, 4);
        let a = &b.rows[0];
        let end = a.segments.last().map(|s| s.x + s.width).unwrap();
        assert!((end - 300.0).abs() < 1e-9);
        assert!((b.rows[1].segments[1].x - 75.0).abs() < 1e-9);
        assert!(b.rows[1].y > a.y + a.bar_height);
    }

    #[test]
    fn the_filter_hides_statuses_and_rescales() {
        let b = StackedBars::new(&[group("a", 3, 1)], 340.0, Some(&[Status::InProgress]));
        assert_eq!(b.rows[0].segments.len(), 1);
        assert_eq!(b.rows[0].segments[0].status, Some(Status::InProgress));
        assert_eq!(b.rows[0].total, 1);
        assert!((b.rows[0].segments[0].width - 300.0).abs() < 1e-9);
    }

    #[test]
    fn zero_counts_make_no_segments() {
        let b = StackedBars::new(&[group("a", 0, 0)], 340.0, None);
        assert!(b.rows[0].segments.is_empty());
        assert_eq!(b.max_total, 0);
    }

    #[test]
    fn narrow_segments_are_not_labelled_inside() {
        let b = StackedBars::new(&[group("a", 100, 1)], 340.0, None);
        assert!(b.rows[0].segments[0].label_fits);
        assert!(!b.rows[0].segments[1].label_fits);
    }
}
