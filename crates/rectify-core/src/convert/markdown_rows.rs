//! A Markdown table row (`| 6 | … | … |`) that a line break inside a cell
//! split over two lines or more: its first line opens with a bar and does
//! not end with one, and a line below ends with one without opening with
//! one. They are one row: the lines below are joined to the first (their
//! text kept, in order) and left empty, so that the table reads on.

use super::lines::Line;

/// The most lines one row is split over.
const MAX_ROW_LINES: usize = 6;

fn opens(t: &str) -> bool {
    t.starts_with(['|', '｜'])
}

fn closes(t: &str) -> bool {
    t.ends_with(['|', '｜'])
}

/// The lines with each split row joined on its first line.
pub(crate) fn join(mut lines: Vec<Line<'_>>) -> Vec<Line<'_>> {
    let mut i = 0;
    while i < lines.len() {
        let t = lines[i].text.trim();
        if !opens(t) || closes(t) {
            i += 1;
            continue;
        }
        let end = (i + 1..lines.len().min(i + MAX_ROW_LINES))
            .take_while(|&j| {
                let u = lines[j].text.trim();
                !u.is_empty() && !opens(u)
            })
            .find(|&j| closes(lines[j].text.trim()));
        let Some(end) = end else {
            i += 1;
            continue;
        };
        super::lines::join_onto(&mut lines, i, end, "");
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
    fn a_row_split_in_a_cell_is_joined() {
        assert_eq!(
            texts("| 1 | 一是排查电梯；\n二是立案查处。 | 监察股 |\n| 2 | 台账 | 办公室 |"),
            [
                "| 1 | 一是排查电梯；二是立案查处。 | 监察股 |",
                "",
                "| 2 | 台账 | 办公室 |"
            ]
        );
    }

    #[test]
    fn lines_that_close_no_row_stay() {
        let text = "| 1 | 一是排查电梯；\n二是立案查处。\n| 2 | 台账 | 办公室 |";
        assert_eq!(
            texts(text),
            [
                "| 1 | 一是排查电梯；",
                "二是立案查处。",
                "| 2 | 台账 | 办公室 |"
            ]
        );
    }
}
