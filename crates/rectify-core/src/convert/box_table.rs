//! A table drawn with box-drawing rules, as a text export prints it
//! (`┌──┬──┐` `│序号│问题│` `├──┼──┤`; Markdown's `|…|` tables are
//! `markup`'s): each
//! row runs from one rule line to the next, a cell too long for its column
//! wrapped onto the row's next lines in that column. Each row is rejoined
//! column by column and written as one line of cells separated by tabs on
//! its first line, which [`super::cell_table`] reads as any tab table. A
//! row of one cell across the table (`│一、执法规范化方面          │`) is
//! written as that cell's text alone: a heading or a note between rows.
//! The rule lines hold no text: each is left empty, its rules listed as
//! markup taken out (`skipped`, `格式标记`); a wrapped line's text joins its
//! row's cell, so nothing is lost.

use super::lines::Line;

/// A table has at least this many columns in one of its rows.
const MIN_COLUMNS: usize = 3;
/// A line drawn as a table's line is at most this long (bytes); a longer
/// one is left as it is.
const MAX_LINE_BYTES: usize = 2000;

/// Rule lines that frame a table without dividing its rows: above and
/// below it and under its header.
const MAX_FRAME_RULES: usize = 3;

/// The characters that divide cells (and open a drawn table's text lines).
fn is_vertical(c: char) -> bool {
    matches!(c, '│' | '┃' | '║')
}

/// A character of a rule line: box drawing, or the ASCII of `+--+` and
/// `|---|:--:|`.
fn is_rule_char(c: char) -> bool {
    matches!(
        c,
        '\u{2500}'..='\u{257F}' | '+' | '-' | '=' | ':' | '|' | '｜'
    ) || c.is_whitespace()
}

/// A line of rules only (`├────┼────┤`, `+----+----+`, `|---|---|`).
fn is_rule(raw: &str) -> bool {
    let t = raw.trim();
    let across = t.chars().any(|c| matches!(c, '─' | '━' | '═' | '-' | '='));
    across && t.chars().all(is_rule_char)
}

/// A line of a drawn table: a rule line, or one that opens with a cell
/// divider.
pub(crate) fn is_drawn(raw: &str) -> bool {
    raw.len() <= MAX_LINE_BYTES && (is_rule(raw) || raw.trim_start().starts_with(is_vertical))
}

/// The cells of a text line of a drawn table, trimmed.
fn cells(raw: &str) -> Vec<String> {
    let t = raw.trim();
    let t = t.strip_prefix(is_vertical).unwrap_or(t);
    let t = t.strip_suffix(is_vertical).unwrap_or(t);
    t.split(is_vertical).map(|c| c.trim().to_string()).collect()
}

/// One row being rejoined: its first line's index and its cells so far.
struct Row {
    first: usize,
    cells: Vec<String>,
}

impl Row {
    /// Adds a wrapped line's cells to the row's, column by column.
    fn extend(&mut self, more: Vec<String>) {
        for (cell, piece) in self.cells.iter_mut().zip(more) {
            cell.push_str(&piece);
        }
    }
}

/// Rewrites the lines of every drawn table as rows of tab-separated cells.
pub(crate) fn join(lines: Vec<Line<'_>>) -> Vec<Line<'_>> {
    let drawn: Vec<bool> = lines.iter().map(|l| is_drawn(l.raw)).collect();
    let wide = |at: usize| !is_rule(lines[at].raw) && cells(lines[at].raw).len() >= MIN_COLUMNS;
    if !(0..lines.len()).any(|at| drawn[at] && wide(at)) {
        return lines;
    }
    let mut texts: Vec<Option<String>> = vec![None; lines.len()];
    let mut keep = vec![true; lines.len()];
    let mut rules = vec![false; lines.len()];
    let mut at = 0;
    while at < lines.len() {
        if !drawn[at] {
            at += 1;
            continue;
        }
        let end = (at..lines.len())
            .find(|&k| !drawn[k])
            .unwrap_or(lines.len());
        if (at..end).any(wide) {
            rejoin(&lines, at..end, &mut texts, &mut keep);
            for k in at..end {
                rules[k] = is_rule(lines[k].raw);
            }
        }
        at = end;
    }
    lines
        .into_iter()
        .zip(texts)
        .zip(keep.into_iter().zip(rules))
        .filter(|(_, (keep, rule))| *keep || *rule)
        .map(|((mut line, text), (_, rule))| {
            if let Some(text) = text {
                line.text = text;
            }
            // A rule line is layout: kept as markup taken out (`skipped`).
            if rule {
                line.markup = vec![std::mem::take(&mut line.text)];
            }
            line
        })
        .collect()
}

/// Rejoins the rows of one drawn table (lines `range`): each row's text goes
/// on its first line, its other lines and the rule lines are dropped.
fn rejoin(
    lines: &[Line<'_>],
    range: std::ops::Range<usize>,
    texts: &mut [Option<String>],
    keep: &mut [bool],
) {
    // Rules between the rows, not only around the header and the table: a
    // row's lines run to the next rule. Otherwise a line is a row of its
    // own unless its first cell is empty (`│    │分资料缺失  │`).
    let ruled = range.clone().filter(|&at| is_rule(lines[at].raw)).count() > MAX_FRAME_RULES;
    let mut row: Option<Row> = None;
    let close = |row: Option<Row>, texts: &mut [Option<String>]| {
        if let Some(r) = row {
            texts[r.first] = Some(r.cells.join("\t"));
        }
    };
    for at in range {
        if is_rule(lines[at].raw) {
            close(row.take(), texts);
            keep[at] = false;
            continue;
        }
        let more = cells(lines[at].raw);
        match row.as_mut() {
            // A wrapped line of the same row: as many cells.
            Some(r) if r.cells.len() == more.len() && (ruled || more[0].is_empty()) => {
                r.extend(more);
                keep[at] = false;
            }
            _ => {
                close(row.take(), texts);
                row = Some(Row {
                    first: at,
                    cells: more,
                });
            }
        }
    }
    close(row, texts);
}

#[cfg(test)]
mod tests {
    use super::super::lines::split_lines;
    use super::*;

    /// The lines' texts, the emptied rule lines left out.
    fn texts_of<'a>(lines: &'a [Line<'_>]) -> Vec<&'a str> {
        lines
            .iter()
            .map(|l| l.text.as_str())
            .filter(|t| !t.is_empty())
            .collect()
    }

    #[test]
    fn drawn_rows_are_rejoined_by_column() {
        let text = "\
二、整改清单
┌──┬────────┬──────┬────┐
│序号│问题            │措施        │状态    │
├──┼────────┼──────┼────┤
│一、管理方面                                │
├──┼────────┼──────┼────┤
│1   │台账登记不全，部│补登台账    │已完成  │
│    │分资料缺失      │            │        │
├──┼────────┼──────┼────┤
│2   │制度未更新      │修订制度    │推进中  │
└──┴────────┴──────┴────┘
注：以上为主要问题。
";
        let lines = join(split_lines(text));
        let texts = texts_of(&lines);
        assert_eq!(
            texts,
            [
                "二、整改清单",
                "序号\t问题\t措施\t状态",
                "一、管理方面",
                "1\t台账登记不全，部分资料缺失\t补登台账\t已完成",
                "2\t制度未更新\t修订制度\t推进中",
                "注：以上为主要问题。",
            ]
        );
        let row = lines.iter().find(|l| l.text.starts_with("1\t")).unwrap();
        assert_eq!(row.no, 7);
        // The rules are kept as markup taken out, the lines empty.
        assert_eq!(lines[1].markup, ["┌──┬────────┬──────┬────┐"]);
    }

    #[test]
    fn rows_without_rules_between_them() {
        let text = "\
┌──┬────┬────┐
│序号│问题    │措施    │
├──┼────┼────┤
│1   │台账不全│补登    │
│    │，资料缺│        │
│2   │制度未更│修订    │
└──┴────┴────┘
";
        let lines = join(split_lines(text));
        let texts = texts_of(&lines);
        assert_eq!(
            texts,
            [
                "序号\t问题\t措施",
                "1\t台账不全，资料缺\t补登",
                "2\t制度未更\t修订"
            ]
        );
    }

    #[test]
    fn text_without_a_drawn_table_is_left_alone() {
        let text = "一、情况\n│只是一条竖线\n正文。\n";
        let lines = join(split_lines(text));
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[1].text, "│只是一条竖线");
    }
}
