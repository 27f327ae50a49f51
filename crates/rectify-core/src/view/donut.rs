use super::mark::MarkWords;
use super::{ChartId, ChartText, MarkKey, StatusFilter, StatusKey, Tip};
use crate::chart::{donut_table, Donut};
use crate::locale::{describe_counts, rate_text, Lang, Msg};
use crate::stats::StatusCounts;

/// The donut's viewBox side.
pub const DONUT_SIZE: f64 = 220.0;

/// An arc with less than this share of the ring has no count written on it
/// (it would not fit); its value is in the tooltip, aria label and table.
pub const MIN_LABEL_SHARE: f64 = 0.06;

/// The completion donut, ready to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct DonutView {
    pub size: f64,
    pub cx: f64,
    pub cy: f64,
    /// The grey ring behind the arcs: radius and width.
    pub track_radius: f64,
    pub track_width: f64,
    /// The completion rate in the hole (`64.52%`, `—`) and its caption.
    pub rate: String,
    pub rate_caption: &'static str,
    pub text: ChartText,
    pub arcs: Vec<ArcView>,
}

/// One arc.
#[derive(Debug, Clone, PartialEq)]
pub struct ArcView {
    pub status: StatusKey,
    pub value: usize,
    /// SVG path data.
    pub path: String,
    /// Where the count is written, and whether it is ([`MIN_LABEL_SHARE`]).
    pub label_x: f64,
    pub label_y: f64,
    pub label_fits: bool,
    /// Hidden by the legend filter (drawn faded).
    pub dimmed: bool,
    pub aria: String,
    pub tip: Tip,
}

/// The donut of `counts` in `lang`; the legend `filter` fades arcs and
/// filters the data table.
pub fn donut_view(counts: &StatusCounts, filter: &StatusFilter, lang: Lang) -> DonutView {
    let donut = Donut::new(counts, DONUT_SIZE);
    let arcs = donut
        .arcs
        .iter()
        .map(|arc| {
            let words = MarkWords::new(arc.status, arc.value, arc.share, lang);
            ArcView {
                status: arc.status,
                value: arc.value,
                path: arc.path.clone(),
                label_x: arc.label_x,
                label_y: arc.label_y,
                label_fits: arc.share >= MIN_LABEL_SHARE,
                dimmed: !filter.is_shown(arc.status),
                aria: words.aria,
                tip: Tip {
                    mark: MarkKey::Arc(arc.status),
                    lines: vec![words.status.to_string(), words.count_share],
                    x: arc.label_x,
                    y: arc.label_y,
                },
            }
        })
        .collect();
    let table = donut_table(counts, &|s| filter.is_shown(s), lang);
    DonutView {
        size: donut.size,
        cx: donut.cx,
        cy: donut.cy,
        track_radius: (donut.r_outer + donut.r_inner) / 2.0,
        track_width: donut.r_outer - donut.r_inner,
        rate: rate_text(counts.completion_rate()),
        rate_caption: Msg::CompletionRate.text(lang),
        text: ChartText::new(ChartId::Donut, &describe_counts(counts, lang), table, lang),
        arcs,
    }
}
