use std::f64::consts::PI;

use super::path::{annular_sector, polar};
use crate::model::Status;
use crate::stats::StatusCounts;

/// A completion donut: one arc per status with a non-zero count.
#[derive(Debug, Clone, PartialEq)]
pub struct Donut {
    /// The square viewBox side.
    pub size: f64,
    pub cx: f64,
    pub cy: f64,
    pub r_outer: f64,
    pub r_inner: f64,
    pub arcs: Vec<DonutArc>,
    /// Sum of the counts shown.
    pub total: usize,
}

/// One status's share of the donut.
#[derive(Debug, Clone, PartialEq)]
pub struct DonutArc {
    /// `None` stands for "status not stated".
    pub status: Option<Status>,
    pub value: usize,
    /// Share of the total, 0..=1.
    pub share: f64,
    /// Angles in radians, clockwise from 12 o'clock.
    pub start: f64,
    pub end: f64,
    /// SVG path data of the sector.
    pub path: String,
    /// Where a direct label (the count) sits: the middle of the ring.
    pub label_x: f64,
    pub label_y: f64,
}

impl Donut {
    /// Lays out `counts` in a `size`×`size` box. No arc is pulled out;
    /// emphasis (the legend filter's dimming) is the view's job.
    pub fn new(counts: &StatusCounts, size: f64) -> Donut {
        let cx = size / 2.0;
        let cy = size / 2.0;
        let r_outer = size / 2.0 - 2.0;
        let r_inner = r_outer * 0.62;
        let total = counts.total();
        let mut arcs = Vec::new();
        if total > 0 {
            let mut at = 0.0;
            let values: Vec<(Option<Status>, usize)> = counts
                .present()
                .into_iter()
                .map(|(s, n)| (Some(s), n))
                .chain((counts.unknown > 0).then_some((None, counts.unknown)))
                .collect();
            for (status, value) in values {
                let share = value as f64 / total as f64;
                let start = at;
                let end = at + share * 2.0 * PI;
                at = end;
                let (lx, ly) = polar(cx, cy, (r_outer + r_inner) / 2.0, (start + end) / 2.0);
                arcs.push(DonutArc {
                    status,
                    value,
                    share,
                    start,
                    end,
                    path: annular_sector(cx, cy, r_outer, r_inner, start, end),
                    label_x: lx,
                    label_y: ly,
                });
            }
        }
        Donut {
            size,
            cx,
            cy,
            r_outer,
            r_inner,
            arcs,
            total,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arcs_cover_the_full_turn_in_order() {
        let c = StatusCounts {
            done: 3,
            in_progress: 1,
            ..Default::default()
        };
        let d = Donut::new(&c, 200.0);
        assert_eq!(d.arcs.len(), 2);
        assert_eq!(d.arcs[0].status, Some(Status::Done));
        assert!((d.arcs[0].share - 0.75).abs() < 1e-12);
        assert_eq!(d.arcs[0].start, 0.0);
        assert!((d.arcs[1].end - 2.0 * PI).abs() < 1e-9);
        // 270°: the large-arc flag is set on the first arc.
        assert!(d.arcs[0].path.contains(" 0 1 1 "), "{}", d.arcs[0].path);
        assert!(d.arcs[1].path.contains(" 0 0 1 "), "{}", d.arcs[1].path);
        // Starts at 12 o'clock on the outer radius.
        assert!(
            d.arcs[0].path.starts_with("M100 2A98 98"),
            "{}",
            d.arcs[0].path
        );
    }

    #[test]
    fn a_single_status_is_a_closed_ring() {
        let c = StatusCounts {
            done: 5,
            ..Default::default()
        };
        let d = Donut::new(&c, 100.0);
        assert_eq!(d.arcs.len(), 1);
        assert_eq!(
            d.arcs[0].path.matches('M').count(),
            2,
            "drawn as two halves"
        );
    }

    #[test]
    fn nothing_to_show_gives_no_arcs() {
        let d = Donut::new(&StatusCounts::default(), 100.0);
        assert!(d.arcs.is_empty());
        assert_eq!(d.total, 0);
    }

    #[test]
    fn unknown_status_gets_its_own_arc() {
        let c = StatusCounts {
            done: 1,
            unknown: 1,
            ..Default::default()
        };
        let d = Donut::new(&c, 100.0);
        assert_eq!(d.arcs.last().unwrap().status, None);
    }

    #[test]
    fn labels_sit_on_the_ring() {
        let c = StatusCounts {
            done: 1,
            in_progress: 1,
            ..Default::default()
        };
        let d = Donut::new(&c, 200.0);
        let r = ((d.arcs[0].label_x - 100.0).powi(2) + (d.arcs[0].label_y - 100.0).powi(2)).sqrt();
        assert!((r - (d.r_outer + d.r_inner) / 2.0).abs() < 1e-9);
        // Half-way through the first half: 3 o'clock.
        assert!(d.arcs[0].label_x > 100.0 && (d.arcs[0].label_y - 100.0).abs() < 1e-9);
    }
}
