//! A ledger copied from Excel as tab-separated text: a cell that holds
//! line breaks comes wrapped in double quotes, its breaks kept
//! (`3⇥"1.修订…` / `2.开展…"⇥办公室⇥…`), and a quote inside it doubled
//! (`""一张图""`). The lines of such a cell are one row: the lines below
//! are joined to the first after a space (their text kept, in order) and
//! left empty, and
//! each quoted cell of a row with tabs loses its wrapping quotes, its
//! doubled ones read as one.

use super::lines::Line;

/// The most lines one row is split over.
const MAX_ROW_LINES: usize = 12;

/// Whether a quoted cell is still open at the end of `text`, given whether
/// it was open at its start: cells part at tabs, a cell opens quoted with
/// `"` and closes with an odd run of `"` at its end.
fn open_at_end(text: &str, mut open: bool) -> bool {
    for (k, cell) in text.split('\t').enumerate() {
        let cell = if k == 0 && open { cell } else { cell.trim() };
        if k > 0 || !open {
            open = cell.starts_with('"');
            if !open {
                continue;
            }
            let inner = &cell[1..];
            open = !closes(inner);
        } else {
            open = !closes(cell);
        }
    }
    open
}

/// The text ends a quoted cell: an odd run of quotes at its end.
fn closes(text: &str) -> bool {
    let run = text.chars().rev().take_while(|&c| c == '"').count();
    run % 2 == 1
}

/// A cell without its wrapping quotes, doubled quotes read as one.
fn unquoted(cell: &str) -> String {
    let t = cell.trim();
    match t.strip_prefix('"').and_then(|c| c.strip_suffix('"')) {
        Some(inner) => inner.replace("\"\"", "\""),
        None => cell.to_string(),
    }
}

/// The lines with each row whose quoted cells span lines joined on its
/// first line, and the quoted cells of tab-separated rows unwrapped.
pub(crate) fn join(mut lines: Vec<Line<'_>>) -> Vec<Line<'_>> {
    let mut i = 0;
    while i < lines.len() {
        let t = &lines[i].text;
        if !t.contains('\t') || !t.contains('"') {
            i += 1;
            continue;
        }
        let mut end = i;
        if open_at_end(t, false) {
            let mut open = true;
            let mut j = i + 1;
            while open && j < lines.len().min(i + MAX_ROW_LINES) {
                open = open_at_end(&lines[j].text, true);
                j += 1;
            }
            if !open {
                end = j - 1;
            }
        }
        // A line break inside a cell parts what it lists (`耕地保护股` /
        // `执法监察大队`): a space, as a Markdown cell's `<br>` leaves.
        super::lines::join_onto(&mut lines, i, end, " ");
        let cells: Vec<String> = lines[i].text.split('\t').map(unquoted).collect();
        lines[i].text = cells.join("\t");
        i = end + 1;
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<String> {
        super::super::lines::texts_after(join, text)
    }

    #[test]
    fn a_quoted_cell_over_lines_is_one_row() {
        let got = texts(
            "序号\t问题\t整改措施\t责任部门\n1\t学习不深入\t\"1.修订制度；\n2.开展研讨。\"\t办公室\n2\t台账不全\t补齐台账\t财务股",
        );
        assert_eq!(
            got,
            [
                "序号\t问题\t整改措施\t责任部门",
                "1\t学习不深入\t1.修订制度； 2.开展研讨。\t办公室",
                "",
                "2\t台账不全\t补齐台账\t财务股",
            ]
        );
    }

    #[test]
    fn doubled_quotes_are_one_and_unclosed_quotes_stay() {
        let got = texts("1\t\"完善\"\"一张图\"\"数据\"\t已完成");
        assert_eq!(got, ["1\t完善\"一张图\"数据\t已完成"]);
        // A quote that never closes within the row's reach joins nothing.
        let got = texts("1\t\"未闭合\n下一行");
        assert_eq!(got, ["1\t\"未闭合", "下一行"]);
    }
}
