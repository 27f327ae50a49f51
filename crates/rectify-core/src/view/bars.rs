use super::mark::MarkWords;
use super::{ChartId, ChartText, MarkKey, StatusFilter, StatusKey, Tip};
use crate::chart::{bars_table, text_width, truncate_to_width, BarRow, StackedBars};
use crate::locale::{describe_counts, Lang, Msg};
use crate::stats::{Group, GroupId};

/// Font size of the area names above the bars, in viewBox units.
pub const CAPTION_FONT: f64 = 14.0;
/// The height a second caption line adds to a row, in viewBox units.
pub const CAPTION_LINE: f64 = 18.0;

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
    /// The area's name on one line, or two when it does not fit (the
    /// second shortened with `…` if it still does not).
    pub caption: Vec<String>,
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
    // Rows below a two-line caption move down by its second line.
    let mut offset = 0.0;
    let rows = bars
        .rows
        .iter()
        .zip(groups)
        .map(|(row, group)| {
            let view = row_view(row, &group.name(lang), width, offset, lang);
            offset = view.y - row.y;
            view
        })
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
        height: bars.height + offset,
        text: ChartText::new(ChartId::Bars, &sentence, table, lang),
        rows,
    }
}

/// `name` on one line if it fits `width`, else on two.
fn caption_lines(name: &str, width: f64) -> Vec<String> {
    if text_width(name, CAPTION_FONT) <= width {
        return vec![name.to_string()];
    }
    let mut used = 0.0;
    let mut buf = [0u8; 4];
    let cut = name
        .char_indices()
        .find(|(_, c)| {
            used += text_width(c.encode_utf8(&mut buf), CAPTION_FONT);
            used > width
        })
        .map_or(name.len(), |(i, _)| i);
    vec![
        name[..cut].to_string(),
        truncate_to_width(&name[cut..], width, CAPTION_FONT),
    ]
}

fn row_view(row: &BarRow, name: &str, width: f64, offset: f64, lang: Lang) -> BarRowView {
    let colon = Msg::Colon.text(lang);
    let caption = caption_lines(name, width - 8.0);
    let y = row.y + offset + (caption.len() - 1) as f64 * CAPTION_LINE;
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
                    y: y + row.bar_height,
                },
            }
        })
        .collect();
    BarRowView {
        group: row.group_id.clone(),
        caption,
        caption_y: row.caption_y + offset,
        y,
        bar_height: row.bar_height,
        total: row.total,
        total_x: row.total_x,
        segments,
    }
}
