//! A table laid out in columns with spaces, as a PDF or a plain-text page
//! prints it: a header line naming a ledger's columns (`序号  问题描述
//! 所在位置  责任单位  整改时限  整改进展`), then its rows, each opening with
//! its serial number under the first column, and a cell too long for its
//! column wrapped onto the next lines under that same column (`      300立
//! 方米                        左岸`). Each row is rejoined from its lines
//! by the columns the header sets, and written as one line of cells
//! separated by tabs, which [`super::cell_table`] reads as any tab table; a
//! wrapped line's text joins its row's cell, so nothing is lost.
//!
//! The table ends at an empty line, at a line with text under the first
//! column that is not the next serial number (`  二、水质…问题`), at an
//! indented line that opens with a label (`    三、下一步工作`), or at one
//! whose text runs past its column (a sentence after the table). Lines with
//! tabs are left alone: their cells are already apart.

use super::lines::Line;
use crate::ledger::{ColumnMap, Field};

/// A cell of a header is at most this long (characters).
const MAX_HEADER_CHARS: usize = 12;
/// A table has at least this many columns and this many rows.
const MIN_COLUMNS: usize = 3;
const MIN_ROWS: usize = 2;
/// A line laid out in columns is at most this long (bytes: about 300
/// Chinese characters); a longer one is prose.
const MAX_LINE_BYTES: usize = 900;
/// A piece of text belongs to the column starting at most this many
/// full-width characters to its right (pieces are not always flush: rows
/// typed a few columns left of their header).
const SLACK_CHARS: usize = 2;

/// How a text measures its columns: a full-width character two columns
/// wide, as a monospaced font prints it, or one, as a PDF's text
/// extraction places each character in one cell of its grid. A table is
/// read by the measure under which its rows stay in their columns.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Grid {
    Wide,
    Narrow,
}

/// How wide a character prints, in half-width columns.
fn width(c: char, grid: Grid) -> usize {
    if c == '\t' {
        return 4;
    }
    if grid == Grid::Narrow {
        return 1;
    }
    // Quotation marks, dashes and the ellipsis print wide in Chinese text.
    let wide = matches!(c, '\u{2014}' | '\u{2018}' | '\u{2019}' | '\u{201c}' | '\u{201d}' | '\u{2026}' | '\u{1100}'..='\u{115f}' | '\u{2e80}'..='\u{a4cf}' | '\u{ac00}'..='\u{d7a3}' | '\u{f900}'..='\u{faff}' | '\u{fe30}'..='\u{fe4f}' | '\u{ff00}'..='\u{ff60}' | '\u{ffe0}'..='\u{ffe6}');
    if wide {
        2
    } else {
        1
    }
}

/// The pieces of text of a line and the column each starts at, split at
/// runs of whitespace two columns wide or more.
fn pieces(raw: &str, grid: Grid) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    let (mut col, mut gap) = (0, 0);
    for c in raw.chars() {
        if c.is_whitespace() {
            gap += width(c, grid);
        } else {
            match out.last_mut() {
                Some(last) if gap < 2 => {
                    if gap > 0 {
                        last.1.push(' ');
                    }
                    last.1.push(c);
                }
                _ => out.push((col + gap, c.to_string())),
            }
            col += gap;
            gap = 0;
        }
        if !c.is_whitespace() {
            col += width(c, grid);
        }
    }
    out
}

/// The columns (start, header) of a header line, if it is one.
fn header(raw: &str, columns: &ColumnMap, grid: Grid) -> Option<Columns> {
    if raw.contains('\t') || raw.len() > MAX_LINE_BYTES {
        return None;
    }
    let cols = pieces(raw, grid);
    let names: Vec<String> = cols.iter().map(|c| c.1.clone()).collect();
    let short = names
        .iter()
        .all(|n| n.chars().count() <= MAX_HEADER_CHARS && !n.contains(['。', '；', '，']));
    (cols.len() >= MIN_COLUMNS && short && columns.is_header(&names)).then_some(cols)
}

/// How far a piece may stand left of its column, in the grid's columns.
fn slack(grid: Grid) -> usize {
    SLACK_CHARS * width('中', grid)
}

/// The column a piece starting at `col` is under.
fn column_of(starts: &[usize], col: usize, grid: Grid) -> usize {
    starts
        .iter()
        .rposition(|&s| s <= col + slack(grid))
        .unwrap_or(0)
}

/// Every piece of a wrapped line fits in its column (a sentence running
/// across the columns, `　　截至2026年11月20日，…`, is prose after the table).
fn fits(starts: &[usize], pieces: &[(usize, String)], grid: Grid) -> bool {
    pieces.iter().all(|(col, text)| {
        let j = column_of(starts, *col, grid);
        let wide: usize = text.chars().map(|c| width(c, grid)).sum();
        starts
            .get(j + 1)
            .is_none_or(|&next| col + wide <= next + slack(grid))
    })
}

/// How many pieces of lines `from..to` start where a column does (within
/// the slack): read by the wrong grid, most fall between the columns.
fn aligned_pieces(
    lines: &[Line<'_>],
    from: usize,
    to: usize,
    starts: &[usize],
    grid: Grid,
) -> usize {
    let near = |col: usize| starts.iter().any(|&s| col.abs_diff(s) <= slack(grid));
    lines[from..to]
        .iter()
        .map(|l| pieces(l.raw, grid).iter().filter(|p| near(p.0)).count())
        .sum()
}

fn serial(text: &str) -> Option<u32> {
    let t = text.trim_end_matches(['.', '、', '．']);
    (!t.is_empty() && t.len() <= 4 && t.bytes().all(|b| b.is_ascii_digit()))
        .then(|| t.parse().ok())
        .flatten()
}

/// A table's columns: where each starts and its header.
type Columns = Vec<(usize, String)>;

/// A table found at line `h`: its rows (the first line of each and its
/// cells), the page numbers printed between its rows (kept as lines of
/// their own), and the index after its last line.
struct Found {
    rows: Vec<(usize, Vec<String>)>,
    page_numbers: Vec<usize>,
    end: usize,
}

/// The lines from `k` on that a page break leaves between two rows (empty
/// lines and a page's number) when the row numbered `next` follows them,
/// its cells in their columns: the index of that row's line.
fn after_page_break(
    lines: &[Line<'_>],
    k: usize,
    starts: &[usize],
    grid: Grid,
    next: u32,
) -> Option<usize> {
    let skipped = |l: &Line<'_>| l.text.is_empty() || super::lines::is_page_number(&l.text);
    let resumed = (k..lines.len()).find(|&j| !skipped(&lines[j]))?;
    let ps = pieces(lines[resumed].raw, grid);
    let first = ps.first()?;
    let opens = column_of(starts, first.0, grid) == 0 && serial(&first.1) == Some(next);
    (opens && fits(starts, &ps, grid)).then_some(resumed)
}

/// The cells of a row whose line stops inside a cell and whose next line
/// goes on with that cell and then the rest of the row's (`3    区教育局挤占…
/// 用于学校` / `      日常公用经费支出  45.30  区教育局  已归垫…  已整改`),
/// told by their number whatever the columns they stand in (a row typed
/// with two spaces between its cells stands in none): the row's pieces
/// and the next line's, the wrapped cell counted once, are as many as the
/// header's, and the next line is no row or heading of its own.
fn completed_row(
    row: &str,
    next: &[(usize, String)],
    columns: usize,
    grid: Grid,
) -> Option<Vec<String>> {
    let first = pieces(row, grid);
    let (_, opening) = next.first()?;
    let own_line = serial(opening).is_some() || crate::text::label::recognise(opening).is_some();
    if own_line || first.len() < 2 || next.len() < 2 || first.len() + next.len() - 1 != columns {
        return None;
    }
    let mut cells: Vec<String> = first.into_iter().map(|p| p.1).collect();
    let mut rest = next.iter().map(|p| p.1.clone());
    if let (Some(last), Some(wrapped)) = (cells.last_mut(), rest.next()) {
        last.push_str(&wrapped);
    }
    cells.extend(rest);
    Some(cells)
}

/// The rows of the table whose header is line `h`.
fn rows_after(
    lines: &[Line<'_>],
    h: usize,
    cols: &[(usize, String)],
    numbered: bool,
    grid: Grid,
) -> Found {
    let starts: Vec<usize> = cols.iter().map(|c| c.0).collect();
    let mut rows: Vec<(usize, Vec<String>)> = Vec::new();
    let mut page_numbers = Vec::new();
    // The serial the next row opens with (the first may go on from an
    // earlier table's: `8`).
    let mut next: Option<u32> = None;
    let mut end = h + 1;
    let mut k = h + 1;
    while k < lines.len() {
        let line = &lines[k];
        let in_cells = line.raw.contains('\t') || line.text.contains('\t');
        if line.text.is_empty() || super::lines::is_page_number(&line.text) {
            // A page break inside a numbered table: it goes on below.
            let Some(resumed) = next.and_then(|n| after_page_break(lines, k, &starts, grid, n))
            else {
                break;
            };
            page_numbers.extend((k..resumed).filter(|&j| !lines[j].text.is_empty()));
            k = resumed;
            continue;
        }
        if in_cells || line.raw.len() > MAX_LINE_BYTES {
            break;
        }
        let ps = pieces(line.raw, grid);
        if let Some(row) = rows.last_mut().filter(|r| r.0 + 1 == k) {
            if let Some(cells) = completed_row(lines[row.0].raw, &ps, cols.len(), grid) {
                row.1 = cells;
                k += 1;
                end = k;
                continue;
            }
        }
        let opens = ps
            .first()
            .is_some_and(|p| column_of(&starts, p.0, grid) == 0);
        if opens && numbered {
            let number = ps.first().and_then(|p| serial(&p.1));
            if number.is_none() || (next.is_some() && number != next) {
                break;
            }
            next = number.map(|n| n.saturating_add(1));
        }
        // A heading indented into a later column (`    三、下一步工作`,
        // `    1. 对…`) is no wrapped cell.
        let labelled = crate::text::label::recognise(&line.text).is_some();
        if !opens && (rows.is_empty() || labelled || !fits(&starts, &ps, grid)) {
            break;
        }
        if opens {
            rows.push((k, vec![String::new(); cols.len()]));
        }
        // A row with a piece for every column has its cells in order,
        // though one is set a little off its column.
        let full = opens && ps.len() == starts.len();
        let cells = &mut rows.last_mut().expect("a row is open").1;
        for (j, (col, text)) in ps.into_iter().enumerate() {
            let c = if full {
                j
            } else {
                column_of(&starts, col, grid)
            };
            cells[c].push_str(&text);
        }
        k += 1;
        end = k;
    }
    // Page numbers after the last row are the text's, not the table's.
    page_numbers.retain(|&j| j < end);
    Found {
        rows,
        page_numbers,
        end,
    }
}

/// The table whose header is line `h`, read by `grid`: its columns and
/// rows, when it has enough rows and some need its columns to be read (a
/// wrapped line or an empty cell).
/// A table read at a header line: its columns, its rows, and whether it
/// needs its columns to be read (else its lines are left as they are).
struct Read {
    cols: Columns,
    found: Found,
    needed: bool,
}

fn table_at(lines: &[Line<'_>], h: usize, columns: &ColumnMap, grid: Grid) -> Option<Read> {
    let cols = header(lines[h].raw, columns, grid)?;
    let names: Vec<String> = cols.iter().map(|c| c.1.clone()).collect();
    let numbered = columns.map_headers(&names).first() == Some(&Some(Field::Number));
    let found = rows_after(lines, h, &cols, numbered, grid);
    let wrapped = found.end - h - 1 > found.rows.len() + found.page_numbers.len();
    // A row with an empty cell (a merged cell printed on the group's
    // first row only) has fewer pieces than the header: its cells are
    // told apart by their columns too.
    let gapped = found
        .rows
        .iter()
        .any(|(at, _)| pieces(lines[*at].raw, grid).len() < cols.len());
    let needed = found.rows.len() >= MIN_ROWS && (wrapped || gapped);
    Some(Read {
        cols,
        found,
        needed,
    })
}

/// Whether the table at `h` read by the narrow grid (`n`) is better read
/// than by the wide one (`w`): more of the lines both read start where its
/// columns do, or as many and it reads more lines.
fn narrow_reads_better(lines: &[Line<'_>], h: usize, w: &Read, n: &Read) -> bool {
    let to = w.found.end.min(n.found.end);
    let score = |t: &Read, grid| {
        let starts: Vec<usize> = t.cols.iter().map(|c| c.0).collect();
        aligned_pieces(lines, h + 1, to, &starts, grid)
    };
    let (sw, sn) = (score(w, Grid::Wide), score(n, Grid::Narrow));
    sn > sw || (sn == sw && n.found.end > w.found.end)
}

/// The lines with each aligned table's rows rejoined, one line of
/// tab-separated cells each; other lines as they were. Only a table with
/// a wrapped line or an empty cell is rejoined: one full row per line is
/// read as it is.
pub(crate) fn join(lines: Vec<Line<'_>>) -> Vec<Line<'_>> {
    // A text that lost its line breaks was cut back into pieces of one
    // printed line (`reflow`), each with that whole line as printed: no
    // layout to read.
    if lines.windows(2).any(|w| w[0].no == w[1].no) {
        return lines;
    }
    let columns = ColumnMap::default();
    let mut tables: Vec<(usize, Columns, Found)> = Vec::new();
    let mut h = 0;
    while h < lines.len() {
        // A line already in cells (a drawn table's, `box_table`) is no header.
        if lines[h].text.contains('\t') {
            h += 1;
            continue;
        }
        // The measure that reads more of the table; the wide one when both
        // read as much.
        let read = |grid| table_at(&lines, h, &columns, grid);
        let (wide, narrow) = (read(Grid::Wide), read(Grid::Narrow));
        // Lines read as a table's rows open no other table (and are read
        // once), whether or not the table needs its columns read.
        let end = [&wide, &narrow]
            .iter()
            .filter_map(|r| r.as_ref().map(|r| r.found.end))
            .max()
            .unwrap_or(0)
            .max(h + 1);
        let (wide, narrow) = (wide.filter(|r| r.needed), narrow.filter(|r| r.needed));
        let table = match (wide, narrow) {
            (Some(w), Some(n)) => Some(if narrow_reads_better(&lines, h, &w, &n) {
                n
            } else {
                w
            }),
            (w, n) => w.or(n),
        };
        let Some(Read { cols, found, .. }) = table else {
            h = end;
            continue;
        };
        let end = found.end.max(h + 1);
        tables.push((h, cols, found));
        h = end;
    }
    if tables.is_empty() {
        return lines;
    }
    let mut lines: Vec<Option<Line<'_>>> = lines.into_iter().map(Some).collect();
    let mut out = Vec::with_capacity(lines.len());
    let mut tables = tables.into_iter().peekable();
    let mut i = 0;
    while i < lines.len() {
        let Some((_, cols, found)) = tables.next_if(|t| t.0 == i) else {
            out.extend(lines[i].take());
            i += 1;
            continue;
        };
        if let Some(mut head) = lines[i].take() {
            head.text = cols.into_iter().map(|c| c.1).collect::<Vec<_>>().join("\t");
            out.push(head);
        }
        let mut page_numbers = found.page_numbers.into_iter().peekable();
        for (at, cells) in found.rows {
            while let Some(p) = page_numbers.next_if(|&p| p < at) {
                out.extend(lines[p].take());
            }
            if let Some(mut row) = lines[at].take() {
                row.text = cells.join("\t");
                out.push(row);
            }
        }
        i = found.end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::lines::split_lines;
    use super::*;

    #[test]
    fn rows_wrapped_under_their_columns_are_rejoined() {
        let text = "\
序号  问题描述                  所在位置      整改进展
1     河道内堆放建筑垃圾约      清溪河        已清运，
      300立方米                 左岸          已整改销号
2     违规种植高秆作物          白沙河        已整改销号
  二、其他问题
";
        let lines = join(split_lines(text));
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "序号\t问题描述\t所在位置\t整改进展",
                "1\t河道内堆放建筑垃圾约300立方米\t清溪河左岸\t已清运，已整改销号",
                "2\t违规种植高秆作物\t白沙河\t已整改销号",
                "二、其他问题",
            ]
        );
        assert_eq!(lines[1].no, 2);
        assert_eq!(lines[3].no, 5);
    }

    #[test]
    fn rows_set_a_few_columns_left_of_their_header() {
        // The rows' cells start three columns before the header's.
        let text = "\
序号  问题描述            责任单位     完成时限     整改进展
1  维修资金余额不足    归集科       长期         已纳入长效机制，
   未按规定续筹                                  正在按时序推进
2  档案管理不规范      办公室       2026年5月    已整改销号
";
        let lines = join(split_lines(text));
        assert_eq!(
            lines[1].text,
            "1\t维修资金余额不足未按规定续筹\t归集科\t长期\t已纳入长效机制，正在按时序推进"
        );
    }

    #[test]
    fn an_empty_cell_keeps_the_columns_apart() {
        let text = "\
编号  整治重点    问题表现                  责任部门    进度
1     票务预约    预约名额被抢占            票务中心    已落实
2                 团体预约审核标准不公开    票务中心    进行中
";
        let lines = join(split_lines(text));
        assert_eq!(
            lines[2].text,
            "2\t\t团体预约审核标准不公开\t票务中心\t进行中"
        );
    }

    #[test]
    fn a_pdf_grid_of_one_column_per_character() {
        // Laid out as a PDF's text extraction does: each character one
        // column, so a Chinese cell is half as wide as a terminal prints it;
        // a page's number and an empty line between two rows.
        let text = "\
序号  问题          责任单位  整改进展
1   河道堆放垃圾，  区水务局  已完成。已清运
    清运不及时。    、街道    完毕。

           - 2 -

2   排污口未登记。  区环境局  正在推进。
    已登记一半。              
";
        let lines = join(split_lines(text));
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "序号\t问题\t责任单位\t整改进展",
                "1\t河道堆放垃圾，清运不及时。\t区水务局、街道\t已完成。已清运完毕。",
                "- 2 -",
                "2\t排污口未登记。已登记一半。\t区环境局\t正在推进。",
            ]
        );
    }

    #[test]
    fn a_table_ends_at_an_empty_line_not_followed_by_its_next_row() {
        let text = "\
序号  问题                责任单位    整改进展
1     河道堆放垃圾，      区水务局    已完成。
      清运不及时。
2     排污口未登记。      区环境局    正在推进。

3     这是正文的一句话，不是表格的行。
";
        let lines = join(split_lines(text));
        assert_eq!(lines[2].text, "2\t排污口未登记。\t区环境局\t正在推进。");
        assert_eq!(lines[3].text, "");
    }

    #[test]
    fn a_wrapped_cell_going_on_with_the_rest_of_its_row() {
        // Cells parted by two spaces, in no column of the header's; the
        // third row's problem wraps and the rest of its cells follow it.
        for wrap in ["      ", ""] {
            let text = format!(
                "\
序号  审计发现问题  涉及金额（万元）  整改责任单位  整改情况  整改状态
1    区财政局未及时清理存量资金  326.40  区财政局  已收回  已整改
2    非税收入未及时缴库  158.72  区自然资源局  已缴入国库  已整改
3    区教育局挤占专项资金用于学校
{wrap}日常公用经费支出  45.30  区教育局  已归垫45.30万元  已整改
4    部分单位未使用公务卡结算  —  区财政局  已开展专项检查  已整改
"
            );
            let lines = join(split_lines(&text));
            let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
            assert_eq!(
                texts[3],
                "3\t区教育局挤占专项资金用于学校日常公用经费支出\t45.30\t区教育局\t已归垫45.30万元\t已整改",
                "{wrap:?}"
            );
            assert_eq!(texts.len(), 5, "{texts:?}");
        }
    }

    #[test]
    fn a_table_without_wrapped_lines_is_left_alone() {
        let text = "序号  问题  整改进展\n1  甲  已完成\n2  乙  正在推进\n";
        let lines = join(split_lines(text));
        assert_eq!(lines[1].text, "1  甲  已完成");
    }
}
