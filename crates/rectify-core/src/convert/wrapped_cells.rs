//! A row of a table copied one cell per line with more lines than columns
//! because some cells wrapped (`2` `特种设备安全监管存在盲区，` `部分乡镇电梯
//! 维保检查覆盖不全` `开展…专项行动` `特种设备安全监察股` `2025年10月底`
//! `已完成整改`): which lines join, found from the shape of the whole row.
//! Each way of cutting the lines into the header's columns, in order, is
//! scored, and the best kept:
//! - a short column's cell (owners, deadline, state) rarely wraps, and its
//!   text should look like one (a date or a word of time for a deadline,
//!   no sentence for owners, a word of state for a state);
//! - a line that ends on a comma, a 顿号 or a colon goes on in the next
//!   line; one that ends a sentence (`。`) rarely does.
//!
//! The first line (the serial number) is always a cell of its own.

use crate::ledger::Field;
use crate::text::char_len;

/// A line of a row: its text, and how many lines of the row end with it.
pub(crate) type Piece = (String, usize);

/// The longest row read so (lines): longer rows are left as they are.
const MAX_PIECES: usize = 40;

/// `pieces` cut into `k` cells, the lines of each cell joined by a line
/// break, each cell with the end of its last line; None when there are
/// not more lines than cells, or too many.
pub(crate) fn join(pieces: &[Piece], k: usize, fields: &[Option<Field>]) -> Option<Vec<Piece>> {
    if pieces.len() <= k {
        return None;
    }
    cut(pieces, k, fields).map(|(_, cells)| cells)
}

/// The last row of a table, whose end no next serial marks: of its first
/// `k` lines and up to `k` more, the ones that cut into `k` cells best
/// (fewer lines on a tie: what follows a table is usually prose).
pub(crate) fn join_last(
    pieces: &[Piece],
    k: usize,
    fields: &[Option<Field>],
) -> Option<Vec<Piece>> {
    let most = pieces.len().min(2 * k);
    (k..=most)
        .filter_map(|n| cut(&pieces[..n], k, fields))
        .rev()
        .max_by_key(|(score, _)| *score)
        .map(|(_, cells)| cells)
}

/// `pieces` (`k` or more) cut into `k` cells, with the cut's score.
fn cut(pieces: &[Piece], k: usize, fields: &[Option<Field>]) -> Option<(i32, Vec<Piece>)> {
    let n = pieces.len();
    if n < k || k < 2 || n > MAX_PIECES {
        return None;
    }
    let (score, ends) = best_cut(pieces, k, fields)?;
    let mut out = vec![pieces[0].clone()];
    let mut from = 1;
    for end in ends {
        let text: Vec<&str> = pieces[from..end].iter().map(|p| p.0.as_str()).collect();
        out.push((text.join("\n"), pieces[end - 1].1));
        from = end;
    }
    Some((score, out))
}

/// The ends (exclusive) of the cells after the serial's, cut for the best
/// score, and that score: a dynamic programme over (lines placed, cells
/// made).
fn best_cut(pieces: &[Piece], k: usize, fields: &[Option<Field>]) -> Option<(i32, Vec<usize>)> {
    let n = pieces.len();
    // best[i][c]: the best score of lines 1..i cut into cells 1..c.
    let mut best = vec![vec![None::<(i32, usize)>; k]; n + 1];
    best[1][0] = Some((0, 0));
    for c in 1..k {
        let field = fields.get(c).copied().flatten();
        for i in (c + 1)..=n {
            best[i][c] = (c..i)
                .filter_map(|j| {
                    let (score, _) = best[j][c - 1]?;
                    Some((score + cell_score(&pieces[j..i], field), j))
                })
                // Ties go to the earlier cut (the later cell takes the lines).
                .max_by_key(|&(score, j)| (score, std::cmp::Reverse(j)));
        }
    }
    let (total, _) = best[n][k - 1]?;
    let mut ends = Vec::with_capacity(k - 1);
    let (mut i, mut c) = (n, k - 1);
    while c > 0 {
        ends.push(i);
        let (_, j) = best[i][c]?;
        i = j;
        c -= 1;
    }
    ends.reverse();
    Some((total, ends))
}

/// How well `lines`, joined, make one cell of `field`.
fn cell_score(lines: &[Piece], field: Option<Field>) -> i32 {
    let short = field.is_some_and(is_short);
    let joins: i32 = lines[..lines.len() - 1]
        .iter()
        .map(|p| goes_on(&p.0) - if short { 3 } else { 0 })
        .sum();
    let text: String = lines.iter().map(|p| p.0.as_str()).collect();
    joins + fits(&text, field)
}

/// Columns whose cells are a name, a date or a state: short, rarely
/// wrapped.
fn is_short(field: Field) -> bool {
    matches!(
        field,
        Field::Number
            | Field::Unit
            | Field::Leader
            | Field::Person
            | Field::Deadline
            | Field::Status
            | Field::CompletedOn
    )
}

/// A line that ends so goes on in the next (+1), one that ends a sentence
/// seldom does (−1).
fn goes_on(line: &str) -> i32 {
    match crate::text::trim(line).chars().last() {
        Some('，' | ',' | '、' | '：' | ':' | '；' | ';' | '（' | '(' | '“') => 1,
        Some('。' | '！' | '？') => -1,
        _ => 0,
    }
}

/// A cell over this many characters is no name, date or state.
const MAX_SHORT_CELL_CHARS: usize = 40;

/// How much `text` looks like a cell of `field`.
fn fits(text: &str, field: Option<Field>) -> i32 {
    let long = char_len(text) > MAX_SHORT_CELL_CHARS;
    match field {
        Some(Field::Deadline | Field::CompletedOn) => {
            if names_time(text) {
                2
            } else if long {
                -2
            } else {
                0
            }
        }
        Some(Field::Unit | Field::Leader | Field::Person) if long || text.contains('。') => -2,
        Some(Field::Status) => i32::from(names_state(text)),
        _ => 0,
    }
}

/// Words of time a deadline cell gives besides a date.
const TIME_WORDS: &[&str] = &[
    "立行立改",
    "长期",
    "持续",
    "常态",
    "即知即改",
    "底前",
    "月底",
];

/// A date (a figure before `年`, `月` or `日`) or a word of time.
fn names_time(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let dated = chars
        .windows(2)
        .any(|w| w[0].is_ascii_digit() && matches!(w[1], '年' | '月' | '日' | '-' | '.' | '/'));
    dated || TIME_WORDS.iter().any(|w| text.contains(w))
}

/// Words of state a state cell holds.
const STATE_WORDS: &[&str] = &[
    "完成",
    "整改中",
    "正在",
    "长期",
    "持续",
    "已整改",
    "销号",
    "推进",
    "未",
];

fn names_state(text: &str) -> bool {
    STATE_WORDS.iter().any(|w| text.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use Field::*;

    fn pieces(lines: &[&str]) -> Vec<Piece> {
        lines
            .iter()
            .enumerate()
            .map(|(i, l)| (l.to_string(), i + 1))
            .collect()
    }

    const FIELDS: &[Option<Field>] = &[
        Some(Number),
        Some(Problem),
        Some(Measures),
        Some(Unit),
        Some(Deadline),
        Some(Status),
    ];

    #[test]
    fn a_problem_wrapped_on_a_comma_joins() {
        let row = join(
            &pieces(&[
                "2",
                "特种设备安全监管存在盲区，",
                "部分乡镇电梯维保检查覆盖不全",
                "开展特种设备隐患排查专项行动，检查电梯412台",
                "特种设备安全监察股、各市场监管所",
                "2025年10月底",
                "已完成整改",
            ]),
            6,
            FIELDS,
        )
        .unwrap();
        assert_eq!(
            row[1].0,
            "特种设备安全监管存在盲区，\n部分乡镇电梯维保检查覆盖不全"
        );
        assert_eq!(row[3].0, "特种设备安全监察股、各市场监管所");
        assert_eq!(row[4], ("2025年10月底".to_string(), 6));
    }

    #[test]
    fn measures_wrapped_before_the_owners_join() {
        let row = join(
            &pieces(&[
                "4",
                "执法办案程序不规范，部分案卷文书制作粗糙",
                "开展案卷评查，组织执法人员培训2期，",
                "评查发现的问题案卷19件均已补正",
                "法规股、执法稽查大队",
                "立行立改",
                "已完成整改",
            ]),
            6,
            FIELDS,
        )
        .unwrap();
        assert_eq!(row[1].0, "执法办案程序不规范，部分案卷文书制作粗糙");
        assert_eq!(
            row[2].0,
            "开展案卷评查，组织执法人员培训2期，\n评查发现的问题案卷19件均已补正"
        );
        assert_eq!(row[5].0, "已完成整改");
    }

    #[test]
    fn a_last_row_takes_the_lines_that_fit() {
        let lines = pieces(&[
            "3",
            "执法办案程序不规范",
            "开展案卷评查，组织执法人员培训2期，",
            "评查发现的问题案卷19件均已补正",
            "法规股",
            "2026年6月30日",
            "正在整改",
            "欢迎广大干部群众监督。联系电话：0000-6123456。",
        ]);
        let row = join_last(&lines, 6, FIELDS).unwrap();
        assert_eq!(row[4].0, "2026年6月30日");
        assert_eq!(row[5], ("正在整改".to_string(), 7));
    }

    #[test]
    fn as_many_lines_as_cells_are_left_alone() {
        assert!(join(&pieces(&["1", "a", "b", "c", "d", "e"]), 6, FIELDS).is_none());
    }
}
