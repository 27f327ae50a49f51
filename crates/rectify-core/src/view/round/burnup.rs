//! A department's burn-up chart: one stacked column per as-of date (done at
//! the bottom, then in progress, long-term, not started, not stated), and
//! the total each report states where it states one, as a line. Drawn from
//! the collection's totals, so no report is fetched for it.

use crate::chart::{fixed, Table};
use crate::history::BurnupPoint;
use crate::locale::{status_label, Lang, Msg, RoundMsg};
use crate::model::Status;
use crate::view::StatusKey;

/// One status's part of a column.
#[derive(Debug, Clone, PartialEq)]
pub struct BurnupSegment {
    pub status: StatusKey,
    pub count: u32,
    pub y: f64,
    pub height: f64,
}

/// The column of one as-of date.
#[derive(Debug, Clone, PartialEq)]
pub struct BurnupColumn {
    pub as_of: String,
    pub x: f64,
    pub width: f64,
    /// The x of the column's centre (date label, stated-total point).
    pub centre: f64,
    pub segments: Vec<BurnupSegment>,
    /// The baseline of the date under the column: every other one a line
    /// lower where the columns are too narrow for their dates.
    pub label_y: f64,
    /// The stated total's point, where the report states one.
    pub stated_y: Option<f64>,
    /// The column in words (done, in progress, long-term, total, stated).
    pub label: String,
}

/// The chart laid out in `width` × `height` pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct BurnupView {
    pub title: &'static str,
    pub columns: Vec<BurnupColumn>,
    pub width: f64,
    pub height: f64,
    pub baseline: f64,
    /// SVG path data of the stated-total line (`None` when no report
    /// states a total).
    pub stated_path: Option<String>,
    /// The largest count, labelled at the top of the axis.
    pub max: u32,
    pub summary: String,
    pub table: Table,
}

const ORDER: [StatusKey; 5] = [
    Some(Status::Done),
    Some(Status::InProgress),
    Some(Status::LongTerm),
    Some(Status::NotStarted),
    None,
];

fn count_of(p: &BurnupPoint, s: StatusKey) -> u32 {
    let t = &p.totals;
    match s {
        Some(Status::Done) => t.done,
        Some(Status::InProgress) => t.in_progress,
        Some(Status::LongTerm) => t.long_term,
        Some(Status::NotStarted) => t.not_started,
        None => t
            .problems
            .saturating_sub(t.done + t.in_progress + t.long_term + t.not_started),
    }
}

fn point_label(p: &BurnupPoint, lang: Lang) -> String {
    let t = &p.totals;
    let mut s = RoundMsg::PointLabel.fill(
        lang,
        &[
            &p.as_of,
            &t.done.to_string(),
            &t.in_progress.to_string(),
            &t.long_term.to_string(),
            &t.problems.to_string(),
        ],
    );
    if let Some(stated) = t.stated_total {
        s.push_str(&RoundMsg::PointStated.fill(lang, &[&stated.to_string()]));
    }
    s
}

fn table(points: &[BurnupPoint], lang: Lang) -> Table {
    let mut head = vec![Msg::AsOf.text(lang).to_string()];
    head.extend(ORDER.iter().map(|&s| status_label(s, lang).to_string()));
    head.push(RoundMsg::Total.text(lang).to_string());
    head.push(RoundMsg::StatedTotal.text(lang).to_string());
    let rows = points
        .iter()
        .map(|p| {
            let mut row = vec![p.as_of.clone()];
            row.extend(ORDER.iter().map(|&s| count_of(p, s).to_string()));
            row.push(p.totals.problems.to_string());
            row.push(p.totals.stated_total.map_or("—".into(), |v| v.to_string()));
            row
        })
        .collect();
    Table { head, rows }
}

fn summary(points: &[BurnupPoint], lang: Lang) -> String {
    let (Some(first), Some(last)) = (points.first(), points.last()) else {
        return RoundMsg::NoReport.text(lang).to_string();
    };
    RoundMsg::HistorySummary.fill(
        lang,
        &[
            &points.len().to_string(),
            &first.as_of,
            &last.as_of,
            &first.totals.done.to_string(),
            &last.totals.done.to_string(),
            &last.totals.problems.to_string(),
        ],
    )
}

/// The burn-up chart of `points` (oldest first) in a chart `width` pixels
/// wide for text of `em` pixels.
pub fn burnup_view(points: &[BurnupPoint], width: f64, em: f64, lang: Lang) -> BurnupView {
    let width = width.max(12.0 * em);
    let left = 2.5 * em;
    let slot = (width - left) / points.len().max(1) as f64;
    // A date (`2025-06-30`, about 5.5 em at the axis text size) that does
    // not fit its column is staggered with its neighbours.
    let stagger = slot < 6.0 * em;
    let (top, axis) = (1.5 * em, if stagger { 3.2 * em } else { 2.0 * em });
    let height = 10.0 * em + axis;
    let baseline = height - axis;
    let max = points
        .iter()
        .map(|p| p.totals.problems.max(p.totals.stated_total.unwrap_or(0)))
        .max()
        .unwrap_or(0);
    let scale = (baseline - top) / f64::from(max.max(1));
    let columns: Vec<BurnupColumn> = points
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let x = left + slot * i as f64 + slot * 0.2;
            let mut y = baseline;
            let segments = ORDER
                .iter()
                .map(|&status| {
                    let count = count_of(p, status);
                    let h = f64::from(count) * scale;
                    y -= h;
                    BurnupSegment {
                        status,
                        count,
                        y,
                        height: h,
                    }
                })
                .filter(|s| s.count > 0)
                .collect();
            BurnupColumn {
                as_of: p.as_of.clone(),
                x,
                width: slot * 0.6,
                centre: x + slot * 0.3,
                segments,
                label_y: baseline + if stagger && i % 2 == 1 { 2.5 } else { 1.3 } * em,
                stated_y: p
                    .totals
                    .stated_total
                    .map(|t| baseline - f64::from(t) * scale),
                label: point_label(p, lang),
            }
        })
        .collect();
    let stated: Vec<String> = columns
        .iter()
        .filter_map(|c| {
            Some(format!(
                "{} {}",
                fixed(c.centre, 1, true),
                fixed(c.stated_y?, 1, true)
            ))
        })
        .collect();
    let stated_path = (!stated.is_empty()).then(|| format!("M{}", stated.join("L")));
    BurnupView {
        title: RoundMsg::HistoryTitle.text(lang),
        columns,
        width,
        height,
        baseline,
        stated_path,
        max,
        summary: summary(points, lang),
        table: table(points, lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::collection::EntryTotals;

    fn point(as_of: &str, done: u32, in_progress: u32, stated: Option<u32>) -> BurnupPoint {
        BurnupPoint {
            as_of: as_of.into(),
            totals: EntryTotals {
                problems: done + in_progress,
                done,
                in_progress,
                stated_total: stated,
                ..EntryTotals::default()
            },
        }
    }

    #[test]
    fn columns_stack_done_first_and_the_stated_line_joins_stated_points() {
        let points = [
            point("2025-03-31", 1, 4, Some(5)),
            point("2025-06-30", 3, 3, None),
            point("2025-12-31", 6, 0, Some(6)),
        ];
        let v = burnup_view(&points, 480.0, 16.0, Lang::ZhHans);
        assert_eq!(v.max, 6);
        let first = &v.columns[0];
        assert_eq!(first.segments[0].status, Some(Status::Done));
        // Done sits on the baseline; in progress above it.
        let done = &first.segments[0];
        assert!((done.y + done.height - v.baseline).abs() < 1e-9);
        assert!(first.segments[1].y < done.y);
        // The 6 of the last column reach the top margin.
        let top: f64 = v.columns[2]
            .segments
            .iter()
            .map(|s| s.y)
            .fold(f64::MAX, f64::min);
        assert!((top - 24.0).abs() < 1e-9);
        let path = v.stated_path.unwrap();
        assert_eq!(path.matches('L').count(), 1, "two stated points: {path}");
        assert_eq!(v.columns[1].stated_y, None);
        assert_eq!(
            first.label,
            "2025-03-31：已完成 1，正在整改 4，长期整改 0，共 5 个问题；通报所述 5 个"
        );
        assert_eq!(
            v.summary,
            "3 期报告（2025-03-31 至 2025-12-31）：已完成从 1 个变为 6 个，最近一期共 6 个问题。"
        );
        assert_eq!(v.table.rows[1].last().unwrap(), "—");
        assert_eq!(v.table.rows[2][1], "6");
    }

    #[test]
    fn narrow_columns_stagger_their_dates() {
        let points: Vec<BurnupPoint> = ["2025-03-31", "2025-06-30", "2025-09-30", "2025-12-31"]
            .iter()
            .map(|d| point(d, 1, 1, None))
            .collect();
        let wide = burnup_view(&points, 1200.0, 16.0, Lang::En);
        assert!(wide
            .columns
            .iter()
            .all(|c| c.label_y == wide.columns[0].label_y));
        let narrow = burnup_view(&points, 300.0, 16.0, Lang::En);
        assert!(narrow.columns[1].label_y > narrow.columns[0].label_y);
        assert!(narrow.columns.iter().all(|c| c.label_y < narrow.height));
    }

    #[test]
    fn no_stated_totals_no_line() {
        let v = burnup_view(&[point("2025-03-31", 1, 1, None)], 300.0, 16.0, Lang::En);
        assert_eq!(v.stated_path, None);
        assert_eq!(v.table.head.len(), 8);
    }
}
