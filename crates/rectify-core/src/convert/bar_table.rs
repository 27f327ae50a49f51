//! A table whose cells are divided by bars without bars around the row
//! (`序号｜反馈问题｜整改措施｜进展情况`, `1｜…｜…｜已完成`), as a portal's
//! text export or an editor typing a table prints it; Markdown's `|…|`
//! rows, with bars around them, are `markup`'s. Each row is written as its
//! cells separated by tabs, which [`super::cell_table`] reads as any tab
//! table; lines between the rows without bars (`一、…方面`) stay as they
//! are, headings or notes between rows. What marks a table is its rows:
//! a header of short cells without figures, then lines with the same
//! number of cells, at least three, close together.

use super::lines::Line;

/// A table row has at least this many cells.
const MIN_COLUMNS: usize = 3;

/// A table has at least this many rows, its header among them.
const MIN_ROWS: usize = 2;

/// Lines without bars between two rows of one table (group headings).
const MAX_LINES_BETWEEN: usize = 2;

/// A line divided by bars is at most this long (bytes); a longer one is
/// left as it is.
const MAX_LINE_BYTES: usize = 4000;

fn is_bar(c: char) -> bool {
    matches!(c, '｜' | '|')
}

/// The line's cells when bars divide it into three or more and none stands
/// at its start (Markdown's rows have one at each end); bars at its end
/// close empty cells (`合计｜共11个问题…｜｜｜｜`).
fn cells(text: &str) -> Option<Vec<&str>> {
    let t = text.trim();
    if t.len() > MAX_LINE_BYTES || t.starts_with(is_bar) {
        return None;
    }
    let cells: Vec<&str> = t.split(is_bar).map(str::trim).collect();
    (cells.len() >= MIN_COLUMNS).then_some(cells)
}

/// The longest cell of a header row (characters).
const MAX_HEADER_CELL_CHARS: usize = 10;

/// The row names columns: short cells without figures (`序号｜反馈问题｜
/// 整改措施｜进展情况`), not a problem's parts (`【JC-01】…｜已责令整改…｜
/// 【已办结】`).
fn is_header(text: &str) -> bool {
    cells(text).is_some_and(|cells| {
        cells.iter().all(|c| {
            !c.is_empty()
                && c.chars().count() <= MAX_HEADER_CELL_CHARS
                && !c.chars().any(|ch| ch.is_ascii_digit())
        })
    })
}

/// Rewrites the rows of every such table as tab-separated cells.
pub(crate) fn join(mut lines: Vec<Line<'_>>) -> Vec<Line<'_>> {
    let widths: Vec<Option<usize>> = lines
        .iter()
        .map(|l| cells(&l.text).map(|c| c.len()))
        .collect();
    let mut at = 0;
    while at < lines.len() {
        let Some(width) = widths[at] else {
            at += 1;
            continue;
        };
        let rows = rows_from(&widths, at, width);
        if rows.len() >= MIN_ROWS && is_header(&lines[at].text) {
            continue_rows(&mut lines, &rows, width);
            for &k in &rows {
                let text = cells(&lines[k].text).map(|c| c.join("\t"));
                if let Some(text) = text {
                    lines[k].text = text;
                }
            }
        }
        at = rows.last().map_or(at + 1, |&k| k + 1);
    }
    lines
}

/// A row's cells wrapped onto a line of their own, the cells before them
/// left empty (`｜　　｜…防止“中选不用”问题反弹。｜｜｜` under row 4): their
/// text goes on in the row above's cells, and the line is left empty.
fn continue_rows(lines: &mut [Line<'_>], rows: &[usize], width: usize) {
    for pair in rows.windows(2) {
        for k in pair[0] + 1..pair[1] {
            let t = lines[k].text.trim();
            let parts: Vec<String> = t.split(is_bar).map(|c| c.trim().to_string()).collect();
            let continues = t.starts_with(is_bar) && parts.len() == width && parts[0].is_empty();
            let Some(mut above) = cells(&lines[pair[0]].text)
                .filter(|_| continues)
                .map(|c| c.iter().map(|c| c.to_string()).collect::<Vec<_>>())
            else {
                continue;
            };
            for (cell, more) in above.iter_mut().zip(&parts) {
                cell.push_str(more);
            }
            lines[pair[0]].text = above.join("｜");
            lines[k].text.clear();
        }
    }
}

/// The rows of the table that starts at `at`: lines of `width` cells, each
/// at most [`MAX_LINES_BETWEEN`] lines without bars after the last.
fn rows_from(widths: &[Option<usize>], at: usize, width: usize) -> Vec<usize> {
    let mut rows = vec![at];
    let mut k = at + 1;
    while k < widths.len() && k - rows[rows.len() - 1] <= MAX_LINES_BETWEEN + 1 {
        match widths[k] {
            Some(w) if w == width => rows.push(k),
            Some(_) => break,
            None => {}
        }
        k += 1;
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::super::lines::split_lines;
    use super::*;

    #[test]
    fn rows_divided_by_bars_become_tab_rows_with_headings_between() {
        let text = "\
具体整改进展情况见下表：
序号｜反馈问题｜主要整改措施｜进展情况
一、党的建设方面
1｜理论学习不深入｜修订学习规则｜已完成
2｜主业投资占比偏低｜制定管理办法｜推进中
三、下一步工作打算
";
        let lines = join(split_lines(text));
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "具体整改进展情况见下表：",
                "序号\t反馈问题\t主要整改措施\t进展情况",
                "一、党的建设方面",
                "1\t理论学习不深入\t修订学习规则\t已完成",
                "2\t主业投资占比偏低\t制定管理办法\t推进中",
                "三、下一步工作打算",
            ]
        );
    }

    #[test]
    fn a_rows_cells_wrapped_onto_a_line_of_their_own_go_on_in_the_row() {
        let text = "\
序号｜反馈问题｜整改措施｜进展情况
1｜带量采购落实不到位｜建立月通报制度，同时加强对医疗机构｜正在推进
｜　　｜非中选药品采购行为的监测分析。｜
2｜窗口服务效能不高｜推行一窗通办｜已完成
";
        let lines = join(split_lines(text));
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "序号\t反馈问题\t整改措施\t进展情况",
                "1\t带量采购落实不到位\t建立月通报制度，同时加强对医疗机构非中选药品采购行为的监测分析。\t正在推进",
                "",
                "2\t窗口服务效能不高\t推行一窗通办\t已完成",
            ]
        );
    }

    #[test]
    fn lines_of_parts_divided_by_bars_without_a_header_stay() {
        let text = "【JC-01】茶具未消毒。｜已责令整改。｜【已办结】\n【JC-02】通风设施损坏。｜已更换。｜【整改中】\n";
        let lines = join(split_lines(text));
        assert!(lines.iter().all(|l| !l.text.contains('\t')));
    }

    #[test]
    fn one_line_with_bars_or_markdown_rows_stay() {
        let one = "联系人｜电话｜地址\n正文。\n";
        let lines = join(split_lines(one));
        assert_eq!(lines[0].text, "联系人｜电话｜地址");
        let markdown = "| 序号 | 问题 | 状态 |\n| 1 | 台账不全 | 已完成 |\n";
        let lines = join(split_lines(markdown));
        assert!(lines.iter().all(|l| !l.text.contains('\t')));
    }
}
