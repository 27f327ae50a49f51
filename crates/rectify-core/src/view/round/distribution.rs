//! The distribution of completion rates over the departments shown: six
//! columns (0–20%, …, 80–100%, and 100% apart), with a data table and a
//! text summary (median, all done, below half).

use crate::chart::Table;
use crate::locale::{rate_text, Lang, RoundMsg};

/// The bins' lower bounds in percent; the last bin is exactly 100%.
const BINS: [(u32, u32); 6] = [(0, 20), (20, 40), (40, 60), (60, 80), (80, 100), (100, 100)];

/// One column.
#[derive(Debug, Clone, PartialEq)]
pub struct DistributionBar {
    /// `0–20%`, `100%`.
    pub range: String,
    pub count: usize,
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    /// The baseline of the range label under the column: every other one
    /// a line lower where the columns are too narrow for their labels.
    pub label_y: f64,
    /// `Completion 0–20%: 3 departments`.
    pub label: String,
}

/// The chart, laid out in `width` × `height` pixels (the bottom `axis`
/// pixels hold the range labels).
#[derive(Debug, Clone, PartialEq)]
pub struct DistributionView {
    pub title: &'static str,
    pub bars: Vec<DistributionBar>,
    pub width: f64,
    pub height: f64,
    /// The y of the baseline.
    pub baseline: f64,
    pub summary: String,
    pub table: Table,
}

fn bin_of(rate: f64) -> usize {
    if rate >= 1.0 {
        return 5;
    }
    ((rate.max(0.0) * 5.0) as usize).min(4)
}

fn range_text(bin: usize) -> String {
    match BINS[bin] {
        (a, b) if a == b => format!("{a}%"),
        (a, b) => format!("{a}–{b}%"),
    }
}

/// The median of sorted rates.
fn median(sorted: &[f64]) -> Option<f64> {
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2]),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2.0),
    }
}

fn summary(rates: &[f64], lang: Lang) -> String {
    let mut sorted = rates.to_vec();
    sorted.sort_by(|a, b| a.total_cmp(b));
    let Some(m) = median(&sorted) else {
        return RoundMsg::NoRates.text(lang).to_string();
    };
    let all_done = sorted.iter().filter(|&&r| r >= 1.0).count();
    let below_half = sorted.iter().filter(|&&r| r < 0.5).count();
    RoundMsg::DistributionSummary.fill(
        lang,
        &[
            &sorted.len().to_string(),
            &all_done.to_string(),
            &below_half.to_string(),
            &rate_text(Some(m)),
        ],
    )
}

/// The distribution of `rates` (0 to 1, one per department with problems)
/// in a chart `width` pixels wide for text of `em` pixels.
pub fn distribution(rates: &[f64], width: f64, em: f64, lang: Lang) -> DistributionView {
    let mut counts = [0usize; 6];
    for &r in rates.iter().filter(|r| r.is_finite()) {
        counts[bin_of(r)] += 1;
    }
    let width = width.max(12.0 * em);
    let slot = width / BINS.len() as f64;
    // A label (`80–100%`, about 4 em at the axis text size) that does not
    // fit its column is staggered with its neighbours.
    let stagger = slot < 4.5 * em;
    let axis = if stagger { 3.2 * em } else { 2.0 * em };
    let top = 1.5 * em;
    let height = 8.0 * em + axis;
    let baseline = height - axis;
    let max = counts.iter().copied().max().unwrap_or(0).max(1) as f64;
    let bars = counts
        .iter()
        .enumerate()
        .map(|(i, &count)| {
            let h = (baseline - top) * count as f64 / max;
            let range = range_text(i);
            DistributionBar {
                label: RoundMsg::BinLabel.fill(lang, &[&range, &count.to_string()]),
                range,
                count,
                x: slot * i as f64 + slot * 0.15,
                y: baseline - h,
                width: slot * 0.7,
                height: h,
                label_y: baseline + if stagger && i % 2 == 1 { 2.5 } else { 1.3 } * em,
            }
        })
        .collect::<Vec<_>>();
    let table = Table {
        head: vec![
            RoundMsg::RateRange.text(lang).to_string(),
            RoundMsg::Departments.text(lang).to_string(),
        ],
        rows: bars
            .iter()
            .map(|b| vec![b.range.clone(), b.count.to_string()])
            .collect(),
    };
    DistributionView {
        title: RoundMsg::DistributionTitle.text(lang),
        bars,
        width,
        height,
        baseline,
        summary: summary(rates, lang),
        table,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_fall_into_their_bins() {
        let v = distribution(
            &[0.0, 0.19, 0.2, 0.5, 0.99, 1.0, 1.0],
            600.0,
            16.0,
            Lang::En,
        );
        let counts: Vec<usize> = v.bars.iter().map(|b| b.count).collect();
        assert_eq!(counts, [2, 1, 1, 0, 1, 2]);
        assert_eq!(v.bars[5].range, "100%");
        assert_eq!(v.bars[0].label, "Completion 0–20%: 2 departments");
        assert_eq!(v.table.rows[4], ["80–100%", "1"]);
        // The tallest bars reach the top margin, empty ones have no height.
        assert_eq!(v.bars[3].height, 0.0);
        assert!((v.bars[0].y - 24.0).abs() < 1e-9);
        assert!(v
            .bars
            .iter()
            .all(|b| b.x >= 0.0 && b.x + b.width <= v.width));
        // Wide enough: the range labels on one line.
        assert!(v.bars.iter().all(|b| b.label_y == v.bars[0].label_y));
    }

    #[test]
    fn narrow_columns_stagger_their_labels_inside_the_chart() {
        let v = distribution(&[0.5], 290.0, 16.0, Lang::En);
        assert!(v.bars[1].label_y > v.bars[0].label_y);
        assert_eq!(v.bars[2].label_y, v.bars[0].label_y);
        assert!(v.bars.iter().all(|b| b.label_y < v.height));
    }

    #[test]
    fn the_summary_names_the_median_and_the_extremes() {
        let v = distribution(&[0.25, 0.5, 1.0, 1.0], 600.0, 16.0, Lang::ZhHans);
        assert_eq!(
            v.summary,
            "4 个部门中，2 个已全部完成，1 个完成率低于一半；完成率中位数为 75%。"
        );
        assert_eq!(
            distribution(&[], 600.0, 16.0, Lang::En).summary,
            "No completion rates to show yet."
        );
    }
}
