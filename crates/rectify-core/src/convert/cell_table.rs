//! A table copied from a page one cell per line: a run of short header
//! lines that name a ledger's columns (`序号` `反馈问题` `整改措施` `责任单位`
//! `整改时限` `整改进展`), then rows of as many lines, each opening with its
//! serial number (`1`, `2`, …). Its rows are read as a ledger's
//! ([`crate::ledger`]: the same columns, statuses, owners and deadlines),
//! and the problems they make stand where the table stood.
//!
//! Every cell stays in the report: the number is the problem's label, the
//! problem cell its title, the measures its measures, and the other cells
//! its body, one paragraph each in column order (the owners and deadline
//! are read from them as well). The header's cells are `skipped` (`表头`).

use super::tree::Para;
use super::Warning;
use crate::ledger::{self, ColumnMap, Field, LedgerOptions, Row};
use crate::model::{Node, NodeKind, Skipped};
use crate::text::char_len;
use crate::text::label::LabelStyle;

/// A header cell is at most this long.
const MAX_HEADER_CHARS: usize = 12;
/// A header has at least this many cells, and at most that many.
const MIN_COLUMNS: usize = 3;
const MAX_COLUMNS: usize = 15;
/// A table has more rows than this, its header included (two rows of data
/// at least).
const MIN_ROWS: usize = 2;

/// The reason recorded in `skipped` for the header's cells.
pub(crate) const HEADER_REASON: &str = "表头";

/// A table found among the paragraphs: the paragraphs it spans and its rows
/// (the header first).
pub(crate) struct CellTable {
    pub span: std::ops::Range<usize>,
    pub rows: Vec<Row>,
    /// The line of each header cell.
    pub header_lines: Vec<u32>,
    /// Every row prints its cells' keys (`card_table`): per row (the
    /// header's empty), each cell's key as printed (`【责任单位】`), which
    /// stays with the cell it names; the header is not printed on its own.
    pub printed_keys: Vec<Vec<String>>,
    /// Per row, whether its second cell was left out under a merged cell
    /// and taken from the row above (empty: none was): read by the ledger,
    /// not printed again in the row's body.
    pub inherited: Vec<bool>,
    /// The keys of the cells that do not go to a body (`【问题描述】`), on
    pub key_lines: Vec<(u32, String)>,
}

fn serial(text: &str) -> Option<u32> {
    let t = text.trim_end_matches(['.', '、', '．']);
    (t.len() <= 4 && !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()))
        .then(|| t.parse().ok())
        .flatten()
}

/// A header's cell: short, no sentence, no serial number, and no group's
/// label (`（一）重复收费（3个）` right below the header opens its rows).
fn header_cell(text: &str) -> bool {
    char_len(text) <= MAX_HEADER_CHARS
        && !text.contains(['。', '；', '，'])
        && serial(text).is_none()
        && group_line_text(text).is_none()
}

/// The first table among `paras`, if any: one cell per line, or one row
/// per line with its cells separated by tabs.
pub(crate) fn find(paras: &[Para]) -> Option<CellTable> {
    let columns = ColumnMap::default();
    (0..paras.len()).find_map(|s| {
        table_at(paras, s, &columns)
            .or_else(|| row_table_at(paras, s, &columns, tab_cells))
            .or_else(|| row_table_at(paras, s, &columns, pipe_cells))
            .or_else(|| row_table_at(paras, s, &columns, space_cells))
            .or_else(|| super::card_table::card_table_at(paras, s))
            .or_else(|| unnumbered_table_at(paras, s, &columns))
    })
}

/// Every table among `paras`, in order, none inside another.
pub(crate) fn find_all(paras: &[Para]) -> Vec<CellTable> {
    let mut out: Vec<CellTable> = Vec::new();
    let mut from = 0;
    while let Some(t) = find(&paras[from..]) {
        let span = from + t.span.start..from + t.span.end;
        from = span.end;
        out.push(CellTable { span, ..t });
    }
    out
}

/// A line that heads a table copied one row per line (`序号⇥问题⇥整改措施
/// ⇥…`): its cells name a ledger's columns, the problem's among them.
pub(crate) fn is_header_line(text: &str) -> bool {
    let columns = ColumnMap::default();
    tab_cells(text)
        .or_else(|| pipe_cells(text))
        .or_else(|| space_cells(text))
        .is_some_and(|cells| cells.iter().all(|c| header_cell(c)) && columns.is_header(&cells))
}

/// Lines (trimmed, in order) that open a table one cell per line: header
/// cells that name a ledger's columns, `序号` first, then the first row's
/// serial `1`.
pub(crate) fn opens_cell_header<'a>(mut lines: impl Iterator<Item = &'a str>) -> bool {
    let header: Vec<String> = lines
        .by_ref()
        .take_while(|t| header_cell(t))
        .take(MAX_COLUMNS + 1)
        .map(str::to_string)
        .collect();
    let columns = ColumnMap::default();
    (MIN_COLUMNS..=MAX_COLUMNS).contains(&header.len())
        && columns.map_headers(&header).first() == Some(&Some(Field::Number))
        && columns.is_header(&header)
}

/// The lines (indices into `texts`, trimmed content lines in order) of
/// each table printed one cell per line: from its header (`opens_cell_header`)
/// past its last row, the serials numbering on 1, 2, … each within a few
/// rows' lines of the one before. A wrapped cell's line there is never
/// prose run on (`wrapped`): the rows are read by their lines.
pub(crate) fn cell_table_lines(texts: &[&str]) -> Vec<bool> {
    let mut inside = vec![false; texts.len()];
    let mut i = 0;
    while i < texts.len() {
        let header = texts[i..]
            .iter()
            .take(MAX_COLUMNS + 1)
            .take_while(|t| header_cell(t))
            .count();
        if !opens_cell_header(texts[i..].iter().copied()) {
            i += 1;
            continue;
        }
        // Each row within twice the header's lines, wrapped cells allowed.
        let reach = 2 * header;
        let (mut at, mut number) = (i + header, 1);
        while let Some(k) =
            (at..texts.len().min(at + reach + 1)).find(|&k| serial(texts[k]) == Some(number))
        {
            at = k + 1;
            number += 1;
        }
        // The last row's cells may wrap too.
        let end = texts.len().min(at + 2 * (header - 1));
        inside[i..end].iter_mut().for_each(|b| *b = true);
        i = end.max(i + 1);
    }
    inside
}

/// The cells of a one-line paragraph whose cells are separated by runs of
/// spaces (two at least, or an ideographic space: `space_table`), trimmed;
/// three at least.
fn space_cells(text: &str) -> Option<Vec<String>> {
    if text.contains('\n') {
        return None;
    }
    let cells: Vec<String> = super::space_table::cells(text)
        .into_iter()
        .map(|c| c.trim().to_string())
        .collect();
    (cells.len() >= MIN_COLUMNS).then_some(cells)
}

/// The cells of a one-line Markdown table row (`| 1 | 东城区 | … |`),
/// trimmed; three at least.
fn pipe_cells(text: &str) -> Option<Vec<String>> {
    let t = text.trim();
    if text.contains('\n') || !t.starts_with('|') {
        return None;
    }
    let inner = t.trim_start_matches('|').trim_end_matches('|');
    let cells: Vec<String> = inner.split('|').map(|c| c.trim().to_string()).collect();
    (cells.len() >= MIN_COLUMNS).then_some(cells)
}

/// The cells of a one-line paragraph whose cells are separated by tabs
/// (two tabs at least), trimmed.
fn tab_cells(text: &str) -> Option<Vec<String>> {
    (!text.contains('\n') && text.matches('\t').count() >= MIN_COLUMNS - 1)
        .then(|| text.split('\t').map(|c| c.trim().to_string()).collect())
}

/// A group's line numbered right after the line over the table
/// (`1.县自然资源局（4件）` over the header, `2.县市场监督管理局` among the
/// rows): the next of the headings each table stands under, not a group
/// of this table's rows.
fn numbered_after(over: Option<&Para>, line: &str) -> bool {
    let label = |t: &str| crate::text::label::recognise(t.trim());
    let (Some(over), Some(this)) = (over.and_then(|p| label(&p.text)), label(line)) else {
        return false;
    };
    over.style == this.style && this.number == over.number + 1
}

/// The cells of a line name a ledger's columns, the problem's among them.
fn names_columns(cells: &[String], columns: &ColumnMap) -> bool {
    cells.len() <= MAX_COLUMNS && cells.iter().all(|c| header_cell(c)) && columns.is_header(cells)
}

/// A table copied one row per line, tabs (or runs of spaces) between its
/// cells (`问题⇥整改措施⇥责任单位⇥完成时限⇥进展情况`): a header that names a
/// ledger's columns, the problem's among them, then two rows at least of
/// no more cells than the header has, group rows (`（一）…方面`) among them.
/// A serial-number column is not needed: each line is a row.
fn row_table_at(
    paras: &[Para],
    s: usize,
    columns: &ColumnMap,
    split: fn(&str) -> Option<Vec<String>>,
) -> Option<CellTable> {
    let header = split(&paras[s].text).filter(|h| names_columns(h, columns))?;
    let header_lines = vec![paras[s].line; header.len()];
    let mut rows = vec![Row {
        line: paras[s].line,
        cells: header,
    }];
    let width = rows[0].cells.len();
    let mut k = s + 1;
    while let Some(p) = paras.get(k) {
        // Another header (`序号⇥承办单位⇥反映事项⇥办理情况`): another table,
        // with the group line over it, if any, its heading.
        let other_header =
            split(&p.text).is_some_and(|h| h != rows[0].cells && names_columns(&h, columns));
        if other_header {
            if rows.len() > 1 && rows.last().is_some_and(|r| r.cells.len() == 1) {
                rows.pop();
                k -= 1;
            }
            break;
        }
        let cells = split(&p.text)
            .map(|cells| names_fitted(cells, &rows[0].cells, columns))
            .filter(|cells| cells.len() <= width)
            .or_else(|| group_row(paras, k, split));
        let Some(mut cells) = cells else { break };
        if cells.len() == 1 && numbered_after(paras.get(s.wrapping_sub(1)), &p.text) {
            break;
        }
        let taken = if let Some(rest) = wrapped_rest(paras.get(k + 1), &cells, width, split) {
            joined_cells(&mut cells, rest);
            2
        } else {
            1
        };
        rows.push(Row {
            line: p.line,
            cells,
        });
        k += taken;
    }
    (rows.len() > MIN_ROWS).then_some(CellTable {
        span: s..k,
        rows,
        header_lines,
        printed_keys: Vec::new(),
        inherited: Vec::new(),
        key_lines: Vec::new(),
    })
}

/// The longest name a surplus cell may be (characters).
const MAX_NAME_CELL_CHARS: usize = 16;

/// A row with more cells than its header where names in the owners'
/// column were set apart as cells are (`党委办公室  校长办公室`): the
/// surplus, names alone (short, no sentence's punctuation), joined by a space
/// into that column; any other row as it is.
fn names_fitted(mut cells: Vec<String>, header: &[String], columns: &ColumnMap) -> Vec<String> {
    let surplus = cells.len().saturating_sub(header.len());
    let owners = header.iter().position(|h| {
        matches!(
            columns.field_of(h),
            Some(Field::Unit | Field::Leader | Field::Person)
        )
    });
    let Some(o) = owners.filter(|_| surplus > 0) else {
        return cells;
    };
    let names = &cells[o..=o + surplus];
    let name = |c: &String| {
        char_len(c) <= MAX_NAME_CELL_CHARS && !c.contains(['。', '，', ',', '；', ';', '：', ':'])
    };
    if !names.iter().all(name) {
        return cells;
    }
    let joined = names.join(" ");
    cells.splice(o..=o + surplus, [joined]);
    cells
}

/// The rest of a row whose cell wrapped onto the next line, as a page
/// copied from a PDF breaks it (`4⇥部分固定资产…⇥…其余正在履行评估和报批程序`
/// / `，预计2027年1月底前完成。⇥财务资产部⇥整改中`): a row short of the
/// header's cells, and a next line, not opening with a serial number, whose
/// cells make up the rest with the wrapped cell counted once.
fn wrapped_rest(
    next: Option<&Para>,
    cells: &[String],
    width: usize,
    split: fn(&str) -> Option<Vec<String>>,
) -> Option<Vec<String>> {
    let next = next?;
    // The rest of a quoted cell copied from a spreadsheet (`"建立…，` /
    // `覆盖全区…。"⇥已销号`): one tab may be all it has.
    let rest = split(&next.text).or_else(|| {
        let quoted = cells
            .last()
            .is_some_and(|c| c.starts_with('"') && !c.ends_with('"'));
        (quoted && next.text.contains('\t')).then(|| {
            next.text
                .split('\t')
                .map(|c| c.trim().to_string())
                .collect()
        })
    })?;
    let opens_row = serial(rest.first()?).is_some();
    (cells.len() > 1 && cells.len() < width && cells.len() + rest.len() - 1 == width && !opens_row)
        .then_some(rest)
}

/// `cells` with the wrapped cell joined to its rest (the first of `rest`)
/// and the cells after it.
fn joined_cells(cells: &mut Vec<String>, rest: Vec<String>) {
    let mut rest = rest.into_iter();
    if let (Some(last), Some(first)) = (cells.last_mut(), rest.next()) {
        last.push_str(&first);
    }
    cells.extend(rest);
}

/// The longest line read as a group's row inside a table (characters).
const MAX_GROUP_ROW_CHARS: usize = 40;

/// A line without tabs between rows of a tab table, naming the group of
/// the rows below it (`（一）党的领导方面`): a row of one cell, which the
/// ledger reads as a group heading. Short, one sentence at most, and
/// followed by a row.
fn group_row(
    paras: &[Para],
    k: usize,
    split: fn(&str) -> Option<Vec<String>>,
) -> Option<Vec<String>> {
    let t = paras[k].text.trim();
    // `二、…` over a table of its own (its header next) is a section of
    // the notice: the table ends above it.
    let top = crate::text::label::recognise(t).is_some_and(|l| {
        matches!(
            l.style,
            crate::text::label::LabelStyle::ChineseDun | crate::text::label::LabelStyle::Part
        )
    });
    if top && paras.get(k + 1).is_some_and(|q| is_header_line(&q.text)) {
        return None;
    }
    let next_is_row = paras.get(k + 1).is_some_and(|q| split(&q.text).is_some())
        || drawn_group_next(paras, k, split);
    let short = !t.is_empty()
        && !t.contains('\n')
        && char_len(t) <= MAX_GROUP_ROW_CHARS
        && !t.trim_end_matches('。').contains('。');
    (next_is_row && short).then(|| vec![t.to_string()])
}

/// A note row of a drawn table (`本类检视问题3项，已完成1项`, a row of
/// one cell) before the next group's heading row and that group's rows:
/// the table goes on past it.
fn drawn_group_next(paras: &[Para], k: usize, split: fn(&str) -> Option<Vec<String>>) -> bool {
    let line_after = |d: usize| paras.get(k + d).map(|q| q.line);
    let adjacent = line_after(1).is_some_and(|l| Some(l) < line_after(2));
    let group = paras.get(k + 1).is_some_and(|q| {
        crate::text::label::recognise(q.text.trim()).is_some() && split(&q.text).is_none()
    });
    adjacent && group && paras.get(k + 2).is_some_and(|q| split(&q.text).is_some())
}

fn table_at(paras: &[Para], s: usize, columns: &ColumnMap) -> Option<CellTable> {
    let k = paras[s..]
        .iter()
        .take(MAX_COLUMNS + 1)
        .take_while(|p| header_cell(&p.text))
        .count();
    if !(MIN_COLUMNS..=MAX_COLUMNS).contains(&k) {
        return None;
    }
    let header: Vec<String> = paras[s..s + k].iter().map(|p| p.text.clone()).collect();
    let header_lines = paras[s..s + k].iter().map(|p| p.line).collect();
    let fields = columns.map_headers(&header);
    if fields.first() != Some(&Some(Field::Number)) || !columns.is_header(&header) {
        return None;
    }
    let mut rows = vec![Row {
        line: paras[s].line,
        cells: header,
    }];
    let mut at = s + k;
    let mut number = 1u32;
    let mut inherited = vec![false];
    let mut key_lines = Vec::new();
    // A category or unit column right after the serial may be printed only
    // on its group's first row (a merged cell): the rows below it leave it
    // out (`2` › `存在捆绑销售…行为，…` under `1` › `市殡仪馆`).
    let merged = matches!(fields.get(1), Some(Some(Field::Source | Field::Unit)));
    loop {
        // The header printed again at the top of the next page (the page's
        // number line skipped): the rows go on below it.
        if number > 1
            && repeats_header(paras, at, &rows[0].cells)
            && cell_row(paras, at + k, &fields, number, merged).is_some()
        {
            key_lines.extend(paras[at..at + k].iter().map(|p| (p.line, p.text.clone())));
            at += k;
        }
        if let Some((mut cells, taken)) = cell_row(paras, at, &fields, number, merged) {
            let omitted = merged && cells[1].is_empty();
            if omitted {
                cells[1] = rows
                    .last()
                    .and_then(|r| r.cells.get(1))
                    .cloned()
                    .unwrap_or_default();
            }
            inherited.push(omitted);
            rows.push(Row {
                line: paras[at].line,
                cells,
            });
            at += taken;
            number += 1;
            continue;
        }
        // `一、落实…方面（3个）` between rows: a row of one cell naming the
        // group of the rows below it, which the ledger reads as a heading.
        match group_line(paras, at) {
            Some(name) if cell_row(paras, at + 1, &fields, number, merged).is_some() => {
                inherited.push(false);
                rows.push(Row {
                    line: paras[at].line,
                    cells: vec![name],
                });
                at += 1;
            }
            _ => break,
        }
    }
    (rows.len() > MIN_ROWS).then_some(CellTable {
        span: s..at,
        rows,
        header_lines,
        printed_keys: Vec::new(),
        inherited,
        key_lines,
    })
}

/// The lines from `at` print `header` again, cell for cell.
fn repeats_header(paras: &[Para], at: usize, header: &[String]) -> bool {
    paras.get(at..at + header.len()).is_some_and(|lines| {
        lines
            .iter()
            .zip(header)
            .all(|(p, cell)| crate::text::trim(&p.text) == crate::text::trim(cell))
    })
}

/// A table one cell per line without a serial-number column (`存在不足`
/// `采取措施` `责任部门` `完成时限` `目前进度`, then five lines a row): its
/// rows are read by count alone, so every row must be whole. Each row's
/// lines follow one another; rows may be set apart by a blank line; no
/// cell is a numbered heading (`三、下一步…` ends the table); and the
/// table ends where its lines do (a blank line, a heading or the end),
/// never inside a row.
fn unnumbered_table_at(paras: &[Para], s: usize, columns: &ColumnMap) -> Option<CellTable> {
    let k = paras[s..]
        .iter()
        .take(MAX_COLUMNS + 1)
        .enumerate()
        .take_while(|&(j, p)| {
            header_cell(&p.text)
                && crate::text::label::recognise(&p.text).is_none()
                && p.line == paras[s].line + j as u32
        })
        .count();
    if !(MIN_COLUMNS..=MAX_COLUMNS).contains(&k) {
        return None;
    }
    let header: Vec<String> = paras[s..s + k].iter().map(|p| p.text.clone()).collect();
    let fields = columns.map_headers(&header);
    if fields.first() == Some(&Some(Field::Number)) || !columns.is_header(&header) {
        return None;
    }
    let whole_row = |at: usize| {
        let row = paras.get(at..at + k)?;
        let joined = row
            .iter()
            .enumerate()
            .all(|(j, p)| p.line == row[0].line + j as u32 && !p.text.contains('\n'));
        let no_heading = row.iter().all(|p| {
            !crate::text::label::recognise(&p.text)
                .is_some_and(|l| matches!(l.style, LabelStyle::ChineseDun | LabelStyle::Part))
        });
        (joined && no_heading).then(|| row.iter().map(|p| p.text.clone()).collect::<Vec<_>>())
    };
    let mut rows = vec![Row {
        line: paras[s].line,
        cells: header,
    }];
    let mut at = s + k;
    while let Some(cells) = whole_row(at) {
        rows.push(Row {
            line: paras[at].line,
            cells,
        });
        at += k;
    }
    // The lines after the last row do not go on: the count never split one.
    let ends_clean = paras.get(at).is_none_or(|p| {
        paras[at - 1].apart_from(p) || crate::text::label::recognise(&p.text).is_some()
    });
    (rows.len() > MIN_ROWS && ends_clean).then_some(CellTable {
        span: s..at,
        header_lines: (0..k).map(|j| paras[s + j].line).collect(),
        rows,
        printed_keys: Vec::new(),
        inherited: Vec::new(),
        key_lines: Vec::new(),
    })
}

/// A line between the rows of a table one cell per line that names a
/// group of them: labelled `一、` or `（一）`, short, not a sentence.
fn group_line(paras: &[Para], at: usize) -> Option<String> {
    group_line_text(&paras.get(at)?.text)
}

/// The text of a line that names a group of rows (`group_line`).
fn group_line_text(text: &str) -> Option<String> {
    let t = text.trim();
    let label = crate::text::label::recognise(t)?;
    let style = label.style;
    let heading = matches!(
        style,
        crate::text::label::LabelStyle::ChineseDun | crate::text::label::LabelStyle::ParenChinese
    );
    let short = char_len(t) <= MAX_GROUP_ROW_CHARS && !t.trim_end_matches('。').contains('。');
    (heading && short && !t.contains('\n')).then(|| t.to_string())
}

/// The row of `k` cells that opens at paragraph `at` with serial number
/// `number`, and how many paragraphs it takes. A cell's column is its line
/// below the serial's, so an empty line is an empty cell (`2` `涉农资金…`
/// `简化…` `` `2026年12月` `正在推进`); the row ends before the first line
/// past its `k` columns. None when `at` opens no such row, or the next
/// serial comes inside it (a cell missing without its empty line).
/// With `merged`, the category column (the second) may be left out of a
/// row whose group's first row printed it: when the line after the serial
/// is no group's name but a sentence, the row's lines fill the other
/// columns and the category cell stays empty.
fn cell_row(
    paras: &[Para],
    at: usize,
    fields: &[Option<Field>],
    number: u32,
    merged: bool,
) -> Option<(Vec<String>, usize)> {
    let k = fields.len();
    let first = paras.get(at)?;
    if serial(&first.text) != Some(number) {
        return None;
    }
    let skipped = usize::from(merged && paras.get(at + 1).is_some_and(|p| omits_category(&p.text)));
    if let Some(row) = listed_cell_row(paras, at, fields, number, skipped) {
        return Some(row);
    }
    let mut cells = vec![String::new(); k];
    let mut taken = 0;
    let mut last: Option<(u32, usize)> = None;
    for p in &paras[at..] {
        // Pieces of one line (a notice that lost its line breaks, cut
        // back) share its number: one column each, in order.
        let col = match last {
            Some((line, col)) if p.line <= line => col + 1,
            _ => usize::try_from(p.line - first.line).ok()?,
        };
        let col = if col >= 1 { col + skipped } else { col };
        last = Some((p.line, col));
        if col >= k {
            break;
        }
        if col > 0 && serial(&p.text) == Some(number + 1) {
            return None;
        }
        cells[col] = p.text.clone();
        taken += 1;
    }
    Some((cells, taken))
}

/// A row one of whose cells is a numbered list printed one item a line
/// (`1` `…不规范。` `1.修订…；` `2.对…回溯检查。` `党委办公室` `2025年12月`
/// `已完成`): more lines than columns, read as `k` cells once each list
/// (items numbered 1, 2, … in one numbering) is one cell. The row's lines
/// follow one another up to the next row's serial or a group's row, where
/// the cells must come out exactly `k`; at the table's end (a gap, a
/// heading or the end of the text) the first `k` cells are the row. A row
/// that leaves out a merged category cell (`skipped`, 1) has one cell
/// fewer, and an empty one in its place.
fn listed_cell_row(
    paras: &[Para],
    at: usize,
    fields: &[Option<Field>],
    number: u32,
    skipped: usize,
) -> Option<(Vec<String>, usize)> {
    let printed: Vec<Option<Field>> = fields
        .iter()
        .enumerate()
        .filter(|&(i, _)| !(skipped == 1 && i == 1))
        .map(|(_, f)| *f)
        .collect();
    let mut row = printed_cells(paras, at, &printed, number)?;
    if skipped == 1 {
        row.0.insert(1, String::new());
    }
    Some(row)
}

/// The cells of a row printed from `at`, one for each of `fields`, whose
/// cells may be lists of numbered lines (`listed_cell_row`) or wrap onto
/// more lines ([`super::wrapped_cells`]), and how many lines they take.
fn printed_cells(
    paras: &[Para],
    at: usize,
    fields: &[Option<Field>],
    number: u32,
) -> Option<(Vec<String>, usize)> {
    let k = fields.len();
    let mut end = at + 1;
    let mut bounded = false;
    while let Some(p) = paras.get(end) {
        let adjacent = paras[end - 1].right_above(p) && !p.text.contains('\n');
        if serial(&p.text) == Some(number + 1) || group_line(paras, end).is_some() {
            bounded = true;
            break;
        }
        if !adjacent || is_top_heading(&p.text) {
            break;
        }
        end += 1;
    }
    if end - at <= k {
        return None;
    }
    let mut cells: Vec<(String, usize)> = Vec::new();
    let mut j = at;
    while j < end {
        let run = numbered_run(&paras[j..end]);
        let text: Vec<&str> = paras[j..j + run].iter().map(|p| p.text.as_str()).collect();
        j += run;
        let text = text.join("\n");
        // `固定资产管理不规范，资产账实不符：` › `（1）…` `（2）…`: a line
        // that brings in the list below it is that list's cell.
        match cells.last_mut() {
            Some(open) if run >= 2 && open.0.trim_end().ends_with(['：', ':']) => {
                open.0 = format!("{}\n{text}", open.0);
                open.1 = j - at;
            }
            _ => cells.push((text, j - at)),
        }
    }
    // `特种设备安全监管存在盲区，` `部分乡镇…覆盖不全` `开展…`: cells wrapped
    // onto more lines than the row has columns, joined where they fit.
    if bounded && cells.len() > k {
        cells = super::wrapped_cells::join(&cells, k, fields)?;
    } else if !bounded && cells.len() > k {
        cells = super::wrapped_cells::join_last(&cells, k, fields)?;
    }
    let fits = if bounded {
        cells.len() == k
    } else {
        cells.len() >= k
    };
    if !fits || cells.len() == end - at {
        return None;
    }
    let taken = cells[k - 1].1;
    Some((cells.into_iter().take(k).map(|c| c.0).collect(), taken))
}

/// How many lines from the first of `lines` make one cell: a list of items
/// numbered 1, 2, … in one numbering (two at least), else one line.
fn numbered_run(lines: &[Para]) -> usize {
    use crate::text::label::recognise;
    let Some(first) = recognise(&lines[0].text).filter(|l| l.number == 1) else {
        return 1;
    };
    let run = lines
        .iter()
        .zip(1u32..)
        .take_while(|(p, n)| {
            recognise(&p.text).is_some_and(|l| l.style == first.style && l.number == *n)
        })
        .count();
    if run >= 2 {
        run
    } else {
        1
    }
}

/// `三、下一步…` or `第二部分`: a heading of the notice, where a table ends.
fn is_top_heading(text: &str) -> bool {
    crate::text::label::recognise(text)
        .is_some_and(|l| matches!(l.style, LabelStyle::ChineseDun | LabelStyle::Part))
}

/// The longest category cell (characters).
const MAX_CATEGORY_CHARS: usize = 40;

/// A row's second line that is no category's name but the problem's
/// sentence (`个别社区违规发放加班补贴，以会议名义列支餐费。`): the category
/// cell was merged into the row above.
fn omits_category(text: &str) -> bool {
    let t = crate::text::trim(text);
    t.contains('。') || t.contains('，') || char_len(t) > MAX_CATEGORY_CHARS
}

/// The table's problems (read as a ledger's rows), the header's cells as
/// skipped, and the ledger's warnings.
pub(crate) fn convert(
    table: &CellTable,
    rules: &super::StatusRules,
) -> (Vec<Node>, Vec<Skipped>, Vec<Warning>) {
    let columns = if !table.printed_keys.is_empty() {
        super::card_table::card_columns()
    } else {
        ColumnMap::default()
    };
    let opts = LedgerOptions {
        columns: columns.clone(),
        rules: rules.clone(),
        header_row: Some(1),
        ..LedgerOptions::default()
    };
    let header = &table.rows[0];
    let skipped: Vec<Skipped> = table
        .header_lines
        .iter()
        .zip(&header.cells)
        .chain(table.key_lines.iter().map(|(line, key)| (line, key)))
        .map(|(&line, cell)| Skipped {
            line,
            text: cell.clone(),
            reason: HEADER_REASON.to_string(),
        })
        .collect();
    let numbered: Vec<Row> = table
        .rows
        .iter()
        .enumerate()
        .map(|(i, r)| Row {
            line: u32::try_from(i + 1).unwrap_or(u32::MAX),
            cells: r.cells.clone(),
        })
        .collect();
    let Ok(c) = ledger::from_rows(&numbered, &opts) else {
        return (Vec::new(), skipped, Vec::new());
    };
    let fields = columns.map_headers(&header.cells);
    let line_of = |l: u32| {
        let i = usize::try_from(l).ok()?.checked_sub(1)?;
        table.rows.get(i).map(|r| r.line)
    };
    // The rows the ledger skips (a header printed again over each group's
    // rows), on the text's lines.
    let skipped = skipped
        .into_iter()
        .chain(c.report.skipped.into_iter().map(|s| Skipped {
            line: line_of(s.line).unwrap_or(header.line),
            ..s
        }))
        .collect();
    let mut nodes = c.report.nodes;
    for n in nodes.iter_mut() {
        place_cells(n, table, &fields);
        measures_still_open(n, rules);
    }
    let warnings = c
        .warnings
        .into_iter()
        .map(|w| Warning {
            line: line_of(w.line).unwrap_or(header.line),
            ..w
        })
        .collect();
    (nodes, skipped, warnings)
}

/// Every id under `nodes`, prefixed with `t` (`t2`, … for the notice's
/// second table and on) when one of them is already taken by the notice's
/// own nodes or an earlier table's.
pub(crate) fn keep_ids_apart(nodes: &mut [Node], taken: &[&str], table: usize) {
    fn ids<'a>(n: &'a Node, out: &mut Vec<&'a str>) {
        out.push(&n.id);
        n.children.iter().for_each(|c| ids(c, out));
    }
    let mut mine = Vec::new();
    nodes.iter().for_each(|n| ids(n, &mut mine));
    let taken: std::collections::HashSet<&str> = taken.iter().copied().collect();
    if !mine.iter().any(|id| taken.contains(id)) {
        return;
    }
    // `t` for the notice's first table, `t2`, `t3`, … for the next ones;
    // more `t`s in the unlikely case that the text's own ids take those.
    let mut prefix = match table {
        0 => "t".to_string(),
        k => format!("t{}", k + 1),
    };
    while mine
        .iter()
        .any(|id| taken.contains(format!("{prefix}{id}").as_str()))
    {
        prefix.insert(0, 't');
    }
    prefix_ids(nodes, &prefix);
}

/// Every id under `nodes` with `prefix` before it.
pub(crate) fn prefix_ids(nodes: &mut [Node], prefix: &str) {
    for n in nodes {
        n.id.insert_str(0, prefix);
        prefix_ids(&mut n.children, prefix);
    }
}

/// A problem's line back to the text's and its body to the row's other
/// cells, verbatim.
fn place_cells(node: &mut Node, table: &CellTable, fields: &[Option<Field>]) {
    let row_of = |l: Option<u32>| usize::try_from(l?).ok()?.checked_sub(1);
    let cells_of = |i: usize| {
        let keys = table.printed_keys.get(i).map(Vec::as_slice);
        table.rows.get(i).map(|row| {
            // A cell taken from the merged one above is printed there only.
            let mut own = row.clone();
            if table.inherited.get(i) == Some(&true) {
                own.cells[1].clear();
            }
            (row, other_cells(&own, fields, keys))
        })
    };
    let own = node.source_line;
    let problem = node.kind == NodeKind::Problem;
    for c in node.children.iter_mut() {
        let line = c.source_line;
        place_cells(c, table, fields);
        // A measure on a row of its own (its first cells merged with the
        // problem's row above): that row's other cells are its text.
        if problem && c.kind == NodeKind::Measure && line != own {
            if let Some((_, body)) = row_of(line).and_then(cells_of) {
                c.body = body;
            }
        }
    }
    let Some((row, body)) = row_of(own).and_then(cells_of) else {
        return;
    };
    node.source_line = Some(row.line);
    if problem {
        node.body = body;
    }
}

/// A problem whose own row says done while a measure on a row of its own
/// says its work is under way (`⇥⇥上线收费审核系统⇥2026年9月⇥…⇥正在实施`)
/// is in progress.
fn measures_still_open(node: &mut Node, rules: &super::StatusRules) {
    for c in node.children.iter_mut() {
        measures_still_open(c, rules);
    }
    if node.kind != NodeKind::Problem || node.status != Some(crate::model::Status::Done) {
        return;
    }
    let phrases = rules.phrases();
    let open = node
        .children
        .iter()
        .filter(|c| c.kind == NodeKind::Measure)
        .find_map(|c| phrases.find_in_progress(&c.body));
    if let Some(phrase) = open {
        let d = super::status::decision(
            crate::model::Status::InProgress,
            crate::model::StatusBasis::Inferred,
            "measure_in_progress",
            Some(phrase),
        );
        node.status = Some(d.status);
        node.status_evidence = Some(d.evidence);
    }
}

/// Cells that are the problem's label, title or measures, not its body
/// (the category cell is the title of the group the row sits in).
pub(crate) fn kept_out_of_body(f: Field) -> bool {
    matches!(
        f,
        Field::Number | Field::Problem | Field::Measures | Field::Source
    )
}

/// A row's cells other than its number, problem, measures and category,
/// one paragraph each in column order, each after its key as printed when
/// the rows print them (`进度：已完成`, `【责任单位】财务科`).
fn other_cells(row: &Row, fields: &[Option<Field>], keys: Option<&[String]>) -> String {
    row.cells
        .iter()
        .zip(fields.iter().chain(std::iter::repeat(&None)))
        .enumerate()
        .filter(|(_, (cell, f))| !cell.is_empty() && !f.is_some_and(kept_out_of_body))
        .map(|(i, (cell, _))| match keys.and_then(|k| k.get(i)) {
            Some(key) => format!("{key}{cell}"),
            None => cell.clone(),
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}
