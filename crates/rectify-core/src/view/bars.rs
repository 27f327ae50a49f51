use super::mark::MarkWords;
use super::{ChartId, ChartText, MarkKey, StatusFilter, StatusKey, Tip};
use crate::chart::{bars_table, truncate_to_width, BarRow, StackedBars};
use crate::locale::{describe_counts, Lang, Msg};
use crate::stats::{Group, GroupId};

/// Font size of the area names above the bars, in viewBox units.
pub const CAPTION_FONT: f64 = 14.0;

/// Stacked bars per focus area, ready to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct BarsView {
    /// viewBox width and height.
    pub width: f64,
    pub height: f64,
    pub text: ChartText,
    pub rows: Vec<BarRowView>,
}

/// One area's bar.
#[derive(Debug, Clone, PartialEq)]
pub struct BarRowView {
    pub group: GroupId,
    /// The area's name, shortened with `…` to fit the width.
    pub caption: String,
    pub caption_y: f64,
    pub y: f64,
    pub bar_height: f64,
    /// The total of the shown statuses, written right of the bar.
    pub total: usize,
    pub total_x: f64,
    pub segments: Vec<SegmentView>,
}

/// One status's part of a bar.
#[derive(Debug, Clone, PartialEq)]
pub struct SegmentView {
    pub status: StatusKey,
    pub value: usize,
    pub x: f64,
    pub width: f64,
    /// Whether the count is written inside.
    pub label_fits: bool,
    pub aria: String,
    pub tip: Tip,
}

/// The bars of `groups` laid out `width` viewBox units wide, with only the
/// statuses the legend `filter` shows.
pub fn bars_view(groups: &[Group], width: f64, filter: &StatusFilter, lang: Lang) -> BarsView {
    let visible = filter.visible_statuses();
    let bars = StackedBars::new(groups, width, visible.as_deref());
    let rows = bars
        .rows
        .iter()
        .zip(groups)
        .map(|(row, group)| row_view(row, &group.name(lang), width, lang))
        .collect();
    let colon = Msg::Colon.text(lang);
    let sentence = groups
        .iter()
        .map(|g| {
            format!(
                "{}{colon}{}",
                g.name(lang),
                describe_counts(&g.counts, lang)
            )
        })
        .collect::<Vec<_>>()
        .join(" ");
    let table = bars_table(groups, &|s| filter.is_shown(s), lang, Msg::Area.text(lang));
    BarsView {
        width,
        height: bars.height,
        text: ChartText::new(ChartId::Bars, &sentence, table, lang),
        rows,
    }
}

fn row_view(row: &BarRow, name: &str, width: f64, lang: Lang) -> BarRowView {
    let colon = Msg::Colon.text(lang);
    let segments = row
        .segments
        .iter()
        .map(|seg| {
            let share = if row.total > 0 {
                seg.value as f64 / row.total as f64
            } else {
                0.0
            };
            let words = MarkWords::new(seg.status, seg.value, share, lang);
            SegmentView {
                status: seg.status,
                value: seg.value,
                x: seg.x,
                width: seg.width,
                label_fits: seg.label_fits,
                aria: format!("{name}{colon}{}", words.aria),
                tip: Tip {
                    mark: MarkKey::Segment(row.group_id.clone(), seg.status),
                    lines: vec![
                        name.to_string(),
                        format!("{} {}", words.status, words.count_share),
                    ],
                    x: seg.x + seg.width / 2.0,
                    y: row.y + row.bar_height,
                },
            }
        })
        .collect();
    BarRowView {
        group: row.group_id.clone(),
        caption: truncate_to_width(name, width - 8.0, CAPTION_FONT),
        caption_y: row.caption_y,
        y: row.y,
        bar_height: row.bar_height,
        total: row.total,
        total_x: row.total_x,
        segments,
    }
}
