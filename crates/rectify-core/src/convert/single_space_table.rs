//! A table copied as text whose cells are set apart by single spaces
//! (`序号 反馈问题 整改措施 整改情况`, then `1 台账不清 建立台账，规范管理
//! 已完成`), as a portal's text export of a narrow table prints it. A
//! single space parts no cells anywhere else (`space_table` and
//! `aligned_table` need a tab, an ideographic space or a run of spaces),
//! so what marks this table is its header: every cell a column a ledger
//! names (`ledger::ColumnMap`, the problem's among them), then rows of as
//! many cells or fewer (three at least), each opening with its serial
//! number. Those lines are
//! written with tabs between the cells, which `cell_table` reads as any
//! tab table.

use super::lines::Line;
use crate::ledger::ColumnMap;
use crate::text::norm_char;

/// A table has at least this many columns.
const MIN_COLUMNS: usize = 3;

/// A longer line (bytes) is no table row.
const MAX_LINE_BYTES: usize = 4000;

/// The longest serial number, in digits.
const MAX_SERIAL_DIGITS: usize = 4;

/// The line's cells, when it has three or more parted by single spaces
/// and no other whitespace between them.
fn cells(text: &str) -> Option<Vec<&str>> {
    let t = crate::text::trim(text);
    let other_gap = t.contains(['\t', '\u{3000}']) || t.contains("  ");
    if t.len() > MAX_LINE_BYTES || other_gap {
        return None;
    }
    let cells: Vec<&str> = t.split(' ').collect();
    (cells.len() >= MIN_COLUMNS).then_some(cells)
}

/// Every cell names one of the ledger's `columns`, the problem's among them.
fn is_header(cells: &[&str], columns: &ColumnMap) -> bool {
    let headers: Vec<String> = cells.iter().map(|c| c.to_string()).collect();
    columns.is_header(&headers) && columns.map_headers(&headers).iter().all(Option::is_some)
}

/// A row of the table: as many cells as its header or fewer (a cell left
/// empty), the first a serial number.
fn is_row(cells: &[&str], width: usize) -> bool {
    let serial = cells[0];
    cells.len() <= width
        && (1..=MAX_SERIAL_DIGITS).contains(&serial.chars().count())
        && serial.chars().all(|c| norm_char(c).is_ascii_digit())
}

/// Rewrites every such table's header and rows with tabs between cells.
pub(crate) fn join(mut lines: Vec<Line<'_>>) -> Vec<Line<'_>> {
    let columns = ColumnMap::default();
    let mut at = 0;
    while at < lines.len() {
        let width = cells(&lines[at].text)
            .filter(|c| is_header(c, &columns))
            .map(|c| c.len());
        let Some(width) = width else {
            at += 1;
            continue;
        };
        let mut end = at + 1;
        while end < lines.len() && cells(&lines[end].text).is_some_and(|c| is_row(&c, width)) {
            end += 1;
        }
        if end > at + 1 {
            for line in &mut lines[at..end] {
                line.text = crate::text::trim(&line.text).replace(' ', "\t");
            }
        }
        at = end;
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::join;

    fn texts(text: &str) -> Vec<String> {
        super::super::lines::texts_after(join, text)
    }

    #[test]
    fn a_header_of_column_names_and_numbered_rows_become_tab_rows() {
        let t = texts(
            "整改情况如下：\n序号 反馈问题 整改措施 整改情况\n1 台账不清 建立台账，规范管理 已完成\n\
             2 档案不全 补齐档案 正在整改\n某某社区党委\n",
        );
        assert_eq!(
            t,
            [
                "整改情况如下：",
                "序号\t反馈问题\t整改措施\t整改情况",
                "1\t台账不清\t建立台账，规范管理\t已完成",
                "2\t档案不全\t补齐档案\t正在整改",
                "某某社区党委",
            ]
        );
    }

    #[test]
    fn words_that_name_no_columns_or_rows_of_other_widths_stay() {
        // A menu; a sentence; a header with no row of its width.
        for text in [
            "首页 新闻中心 政务公开\n1 台账 不清\n",
            "序号 反馈问题 整改措施 整改情况\n1 台账不清 建立台账 规范 管理\n",
            "反馈问题 整改 情况 好\n1 a b c\n",
        ] {
            assert!(texts(text).iter().all(|l| !l.contains('\t')), "{text}");
        }
    }
}
