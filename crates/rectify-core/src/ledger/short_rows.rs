//! A row with fewer cells than the header, as a table pasted as text prints
//! the rows under a merged cell (`问题类别` printed on the first row of its
//! group only): the cells are placed under the columns they fit. Each way
//! of leaving one or two columns out is scored by how well the cells fit
//! the columns whose contents have a shape — a number under `序号`, a date
//! or deadline under `整改时限`, a state under `完成情况`, a name under
//! `责任领导` — and the best wins; on a tie the row stays as it is (its
//! last cells left out, as a row whose last cells are empty is pasted).

use super::cells::date_cell;
use super::columns::Field;
use super::layout::Layout;
use super::status::status_word;
use super::Row;
use crate::text::{char_len, is_ws};

/// The most cells a row may lack to be placed so.
const MAX_MISSING: usize = 2;
/// The most columns of a table whose short rows are placed so.
const MAX_COLUMNS: usize = 20;
/// The longest name of a leader or person (characters).
const MAX_NAME_CHARS: usize = 12;
/// The longest unit's name (characters).
const MAX_UNIT_CHARS: usize = 30;

/// The row with its cells under the columns they fit best.
pub(super) fn placed(row: &Row, layout: &Layout) -> Option<Row> {
    let columns = layout.len();
    let missing = columns.checked_sub(row.cells.len())?;
    if !(1..=MAX_MISSING).contains(&missing) || columns > MAX_COLUMNS {
        return None;
    }
    let as_is = fit(&row.cells, layout);
    let mut best: Option<(i32, Vec<String>)> = None;
    for gaps in gap_sets(row.cells.len(), missing) {
        let cells = with_gaps(&row.cells, &gaps);
        let score = fit(&cells, layout);
        if score > as_is && best.as_ref().is_none_or(|(b, _)| score > *b) {
            best = Some((score, cells));
        }
    }
    best.map(|(_, cells)| Row {
        line: row.line,
        cells,
    })
}

/// Every way of placing `missing` empty cells among `len` cells (the
/// indices the empty cells take, ascending), but at the end.
fn gap_sets(len: usize, missing: usize) -> Vec<Vec<usize>> {
    let total = len + missing;
    let mut out = Vec::new();
    for a in 0..total {
        if missing == 1 {
            out.push(vec![a]);
            continue;
        }
        for b in a + 1..total {
            out.push(vec![a, b]);
        }
    }
    // Gaps at the end are the row as it is.
    out.retain(|g| g.iter().enumerate().any(|(k, &i)| i != len + k));
    out
}

/// The cells with empty ones at `gaps` (indices in the result).
fn with_gaps(cells: &[String], gaps: &[usize]) -> Vec<String> {
    let mut out = Vec::with_capacity(cells.len() + gaps.len());
    let mut rest = cells.iter();
    for i in 0..cells.len() + gaps.len() {
        if gaps.contains(&i) {
            out.push(String::new());
        } else if let Some(c) = rest.next() {
            out.push(c.clone());
        }
    }
    out
}

/// How well the cells fit their columns: one for each cell of a shaped
/// column that has its shape, less one for each that has not (a unit's
/// column counts a unit's name as fitting, other short names as neither); less two
/// when the problem's column is empty or holds a date or a state, less one
/// when the measures' is empty.
fn fit(cells: &[String], layout: &Layout) -> i32 {
    let mut score = 0;
    for (c, cell) in cells.iter().enumerate() {
        let v = cell.trim_matches(is_ws);
        let Some(field) = layout.field_at(c) else {
            continue;
        };
        score += match field {
            Field::Problem if v.is_empty() || is_date_or_state(v) => -2,
            Field::Measures if v.is_empty() => -1,
            _ if v.is_empty() => 0,
            Field::Number => sign(v.chars().all(|c| c.is_ascii_digit()) && v.len() <= 4),
            Field::Deadline | Field::CompletedOn => sign(is_deadline(v)),
            Field::Status => sign(states(v)),
            Field::Leader | Field::Person => sign(is_name(v, MAX_NAME_CHARS)),
            Field::Unit if is_unit(v) => 1,
            Field::Unit => i32::from(is_name(v, MAX_UNIT_CHARS)) - 1,
            _ => 0,
        };
    }
    score
}

fn sign(fits: bool) -> i32 {
    if fits {
        1
    } else {
        -1
    }
}

/// A state (`已完成`), or a state and a note on it (`正在整改（已完成18个…）`).
fn states(v: &str) -> bool {
    let first = v
        .split(['（', '(', '，', ',', '；', '。'])
        .next()
        .unwrap_or(v);
    status_word(first).is_some()
}

/// Words of a deadline that is no date (`长期坚持`, `立行立改`, `2025年底前`).
const DEADLINE_WORDS: &[&str] = &[
    "长期",
    "立行立改",
    "立即",
    "持续",
    "年",
    "月",
    "日",
    "前",
    "底",
];
/// The longest deadline (characters).
const MAX_DEADLINE_CHARS: usize = 16;

/// A date, or a short deadline phrase without a sentence in it.
fn is_deadline(v: &str) -> bool {
    date_cell(v).is_some()
        || (char_len(v) <= MAX_DEADLINE_CHARS
            && !v.contains(['。', '，', ','])
            && DEADLINE_WORDS.iter().any(|w| v.contains(w)))
}

/// Endings of a unit inside an organisation (`办公室`, `财务科`), beside
/// those of a place or an organisation.
const SUB_UNIT_ENDINGS: &[&str] = &["室", "科", "处", "部", "所", "站", "队", "会", "组"];

/// Units' names, one or more (`县总工会办公室、财务室`), each ending as a
/// unit's does.
fn is_unit(v: &str) -> bool {
    is_name(v, MAX_UNIT_CHARS)
        && v.split(['、', '/', '／', ' '])
            .filter(|p| !p.is_empty())
            .all(|p| {
                crate::convert::shape::ends_as_unit(p)
                    || SUB_UNIT_ENDINGS.iter().any(|e| p.ends_with(e))
            })
}

fn is_date_or_state(v: &str) -> bool {
    is_deadline(v) || states(v)
}

/// A name: short, no sentence in it, neither a date nor a state.
fn is_name(v: &str, max: usize) -> bool {
    char_len(v) <= max && !v.contains(['。', '，', ',', '；']) && !is_date_or_state(v)
}

#[cfg(test)]
mod tests {
    use super::super::columns::ColumnMap;
    use super::*;

    fn row(cells: &[&str]) -> Row {
        Row {
            line: 1,
            cells: cells.iter().map(|c| c.to_string()).collect(),
        }
    }

    fn layout(headers: &[&str]) -> Layout {
        Layout::new(&row(headers), &ColumnMap::default())
    }

    const HEADER: &[&str] = &[
        "序号",
        "问题类别",
        "具体问题",
        "主要整改措施",
        "责任领导",
        "整改时限",
        "完成情况",
    ];

    #[test]
    fn a_row_under_a_merged_category_lacks_that_cell() {
        let l = layout(HEADER);
        let r = row(&[
            "2",
            "帮扶档案更新滞后",
            "全面复核档案",
            "分管副主席",
            "2024年8月",
            "已完成",
        ]);
        let p = placed(&r, &l).unwrap();
        assert_eq!(p.cells[1], "");
        assert_eq!(p.cells[2], "帮扶档案更新滞后");
        assert_eq!(p.cells[6], "已完成");
    }

    #[test]
    fn a_row_whose_last_cells_are_empty_stays() {
        let l = layout(&["序号", "问题", "整改措施", "完成情况", "备注"]);
        let r = row(&["1", "档案管理不规范", "建立台账", "已完成"]);
        assert!(placed(&r, &l).is_none());
        // Full rows and rows short of more than two cells stay too.
        let full = row(&["1", "类别", "问题", "措施", "张三", "2024年8月", "已完成"]);
        assert!(placed(&full, &layout(HEADER)).is_none());
        assert!(placed(&row(&["1", "问题", "措施"]), &layout(HEADER)).is_none());
    }

    #[test]
    fn a_merged_unit_between_measures_and_deadline() {
        let l = layout(&[
            "序号",
            "问题",
            "整改措施",
            "责任单位",
            "整改时限",
            "整改状态",
        ]);
        let r = row(&[
            "3",
            "台账不全",
            "补齐台账",
            "2025年6月底前",
            "正在整改（已补齐8本）",
        ]);
        let p = placed(&r, &l).unwrap();
        assert_eq!(p.cells[3], "");
        assert_eq!(p.cells[4], "2025年6月底前");
    }
}
