//! A table copied as text whose cells are separated by spaces rather than
//! tabs (`1　部分项目资金结余未上缴　已上缴县财政，整改完毕。`): two or more
//! consecutive paragraphs numbered in sequence (`1`, `2`, …), each with its
//! serial-number cell and at least two more cells, separated by an
//! ideographic space, a tab or two or more spaces. Such a row is a
//! numbered item like a tab-separated one (`text::label`), its cells
//! joined by tabs.

use super::tree::Para;
use crate::text::norm_char;

/// A separator between cells: a run of whitespace with a tab, an
/// ideographic space or at least two spaces.
fn is_cell_gap(run: &[char]) -> bool {
    run.iter().any(|&c| c == '\t' || c == '\u{3000}') || run.len() >= 2
}

/// The cells of a paragraph, split at cell gaps.
pub(crate) fn cells(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.trim().chars().collect();
    let mut out = Vec::new();
    let mut cell = String::new();
    let mut i = 0;
    while i < chars.len() {
        let ws = chars[i..].iter().take_while(|c| c.is_whitespace()).count();
        if ws > 0 && is_cell_gap(&chars[i..i + ws]) {
            out.push(std::mem::take(&mut cell));
            i += ws;
            continue;
        }
        cell.extend(&chars[i..i + ws.max(1)]);
        i += ws.max(1);
    }
    out.push(cell);
    out
}

/// The serial number of a row: its first cell is digits only, and at
/// least two more cells follow.
pub(crate) fn row_number(text: &str) -> Option<u32> {
    let first = text.chars().next()?;
    if !norm_char(first).is_ascii_digit() {
        return None;
    }
    let cells = cells(text);
    let serial: String = cells.first()?.chars().map(norm_char).collect();
    if cells.len() < 3 || serial.is_empty() || serial.len() > 4 {
        return None;
    }
    if !serial.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    serial.parse().ok()
}

/// The paragraphs (indices, ascending) that are rows of such a table, with
/// their serial numbers.
pub(crate) fn rows(paras: &[Para]) -> Vec<(usize, u32)> {
    let numbers: Vec<Option<u32>> = paras.iter().map(|p| row_number(&p.text)).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < paras.len() {
        let mut j = i + 1;
        if numbers[i].is_some() {
            while j < paras.len()
                && numbers[j].is_some()
                && numbers[j] == numbers[j - 1].map(|n| n + 1)
            {
                j += 1;
            }
            if j - i >= 2 {
                out.extend((i..j).map(|k| (k, numbers[k].unwrap_or(0))));
            }
        }
        i = j;
    }
    out
}

/// A row's serial-number cell as printed and its other cells joined by tabs.
pub(crate) fn split_row(text: &str) -> (String, String) {
    let mut cells = cells(text).into_iter();
    let serial = cells.next().unwrap_or_default();
    (serial, cells.collect::<Vec<_>>().join("\t"))
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::convert::tree::paras;

    #[test]
    fn rows_in_sequence_with_three_cells() {
        let p = paras(&[
            "序号　问题　整改情况",
            "1　甲问题　已整改。",
            "2  乙问题  正在整改。",
            "说明。",
            "1 某项 工作",
            "3　丙　丁",
        ]);
        assert_eq!(rows(&p), [(1, 1), (2, 2)]);
        assert_eq!(
            split_row("2  乙问题  正在整改。"),
            ("2".to_string(), "乙问题\t正在整改。".to_string())
        );
        // Two cells, or a lone row, are no table.
        assert!(rows(&paras(&["1　甲", "2　乙"])).is_empty());
        assert!(rows(&paras(&["1　甲　乙", "说明。"])).is_empty());
    }
}
