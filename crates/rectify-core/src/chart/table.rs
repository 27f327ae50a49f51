//! The data behind each chart as a table: the text alternative shown on
//! request, the print version and the CSV export. Same numbers as the marks,
//! same legend filter.

use crate::locale::{percent, status_label, Lang, Msg};
use crate::model::{Node, NodeKind, Report, Status};
use crate::stats::{effective_status, Group, StatusCounts};

/// A table of text cells; the first column names the row.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    pub head: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// All statuses in display order; `None` is "not stated".
pub const KEYS: [Option<Status>; 5] = [
    Some(Status::Done),
    Some(Status::InProgress),
    Some(Status::LongTerm),
    Some(Status::NotStarted),
    None,
];

fn count(c: &StatusCounts, s: Option<Status>) -> usize {
    match s {
        Some(s) => c.get(s),
        None => c.unknown,
    }
}

fn words(lang: Lang, msgs: &[Msg]) -> Vec<String> {
    msgs.iter().map(|m| m.text(lang).to_string()).collect()
}

/// The donut's data: one row per status present and shown.
pub fn donut_table(
    counts: &StatusCounts,
    shown: &dyn Fn(Option<Status>) -> bool,
    lang: Lang,
) -> Table {
    let total = counts.total();
    let rows = KEYS
        .into_iter()
        .filter(|&s| shown(s) && count(counts, s) > 0)
        .map(|s| {
            let n = count(counts, s);
            let share = if total > 0 {
                n as f64 / total as f64
            } else {
                0.0
            };
            vec![
                status_label(s, lang).to_string(),
                n.to_string(),
                percent(share),
            ]
        })
        .collect();
    Table {
        head: words(
            lang,
            &[Msg::TableStatus, Msg::TableProblemCount, Msg::TableShare],
        ),
        rows,
    }
}

/// The stacked bars' data: one row per area, one column per status that
/// occurs in any area and is shown, and the total of the shown statuses.
pub fn bars_table(
    groups: &[Group],
    shown: &dyn Fn(Option<Status>) -> bool,
    lang: Lang,
    area: &str,
) -> Table {
    let cols: Vec<Option<Status>> = KEYS
        .into_iter()
        .filter(|&s| shown(s) && groups.iter().any(|g| count(&g.counts, s) > 0))
        .collect();
    let mut head = vec![area.to_string()];
    head.extend(cols.iter().map(|&s| status_label(s, lang).to_string()));
    head.push(Msg::TableTotal.text(lang).into());
    let rows = groups
        .iter()
        .map(|g| {
            let mut row = vec![g.name(lang)];
            row.extend(cols.iter().map(|&s| count(&g.counts, s).to_string()));
            row.push(
                cols.iter()
                    .map(|&s| count(&g.counts, s))
                    .sum::<usize>()
                    .to_string(),
            );
            row
        })
        .collect();
    Table { head, rows }
}

/// Which problems a problem table holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableScope<'a> {
    /// Every problem and long-term item of the report.
    Report,
    /// Every problem of the report (long-term items only if it has none).
    Problems,
    /// Under the node with this id: its problems, or a long-term section's
    /// items. An id not in the report gives no rows.
    Node(&'a str),
}

/// The problems (and long-term items) as a table, of the `scope`; only
/// statuses `shown`.
pub fn problems_table(
    report: &Report,
    scope: TableScope<'_>,
    shown: &dyn Fn(Option<Status>) -> bool,
    lang: Lang,
) -> Table {
    fn visit<'a>(n: &'a Node, area: &'a str, out: &mut Vec<(&'a str, &'a Node)>) {
        let area = match n.kind {
            NodeKind::FocusArea | NodeKind::Section => n.title.as_str(),
            _ => area,
        };
        if matches!(n.kind, NodeKind::Problem | NodeKind::LongTerm) {
            out.push((area, n));
        }
        for c in &n.children {
            visit(c, area, out);
        }
    }
    let mut found = Vec::new();
    match scope {
        TableScope::Node(id) => {
            if let Some(a) = report.find(id) {
                visit(a, &a.title, &mut found);
            }
        }
        TableScope::Report | TableScope::Problems => {
            for n in &report.nodes {
                visit(n, "", &mut found);
            }
        }
    }
    // An area lists its problems; a long-term section its items.
    if scope != TableScope::Report && found.iter().any(|(_, n)| n.kind == NodeKind::Problem) {
        found.retain(|(_, n)| n.kind == NodeKind::Problem);
    }
    Table {
        head: words(
            lang,
            &[
                Msg::TableNumber,
                Msg::Area,
                Msg::TableProblem,
                Msg::TableStatus,
                Msg::TableMeasureCount,
            ],
        ),
        rows: found
            .into_iter()
            .filter(|(_, n)| shown(effective_status(n)))
            .map(|(a, n)| {
                let measures = n
                    .children
                    .iter()
                    .filter(|c| c.kind == NodeKind::Measure)
                    .count();
                vec![
                    n.label.clone(),
                    a.to_string(),
                    n.title.clone(),
                    status_label(effective_status(n), lang).to_string(),
                    measures.to_string(),
                ]
            })
            .collect(),
    }
}

/// A table as CSV for spreadsheet programs: a UTF-8 byte-order mark (so
/// Excel reads Chinese correctly), CRLF line ends, fields quoted when needed.
pub fn to_csv(table: &Table) -> String {
    let mut out = String::from('\u{feff}');
    for row in std::iter::once(&table.head).chain(&table.rows) {
        let line: Vec<String> = row.iter().map(|c| csv_field(c)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

fn csv_field(s: &str) -> String {
    // OWASP's CSV-injection rule: a cell that starts with = + - @ TAB or CR
    // could be read as a formula by a spreadsheet, so it is prefixed with a
    // quote and stays text. Negative numbers too (`-2+cmd|…` is a formula).
    let s = if s.starts_with(FORMULA_STARTS) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// The first characters that make a spreadsheet read a cell as a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

#[cfg(test)]
mod tests {
    use super::*;

    fn counts() -> StatusCounts {
        StatusCounts {
            done: 20,
            in_progress: 11,
            ..Default::default()
        }
    }

    #[test]
    fn donut_table_follows_the_filter() {
        let all = donut_table(&counts(), &|_| true, Lang::ZhHans);
        assert_eq!(all.head, ["状态", "问题数", "占比"]);
        assert_eq!(
            all.rows,
            [["已完成", "20", "64.52%"], ["正在整改", "11", "35.48%"]]
        );
        let some = donut_table(&counts(), &|s| s != Some(Status::Done), Lang::En);
        assert_eq!(some.rows, [["In progress", "11", "35.48%"]]);
    }

    #[test]
    fn bars_table_has_a_column_per_shown_status() {
        let g = Group {
            id: crate::stats::GroupId::Node("a1".into()),
            label: "(一)".into(),
            title: "聚焦".into(),
            counts: counts(),
        };
        let t = bars_table(
            &[g],
            &|s| s != Some(Status::InProgress),
            Lang::ZhHans,
            "领域",
        );
        assert_eq!(t.head, ["领域", "已完成", "合计"]);
        assert_eq!(t.rows, [["(一)聚焦", "20", "20"]]);
    }

    #[test]
    fn problems_table_follows_area_and_filter() {
        let r: Report = crate::load::from_json_str(
            r#"{"format":"rectify-board/1","meta":{"title":"t"},"nodes":[
              {"id":"s1","kind":"section","title":"一","children":[
                {"id":"a1","kind":"focus_area","label":"(一)","title":"聚焦甲","children":[
                  {"id":"p1","kind":"problem","label":"(1)","title":"问题一","status":"done",
                   "children":[{"id":"m1","kind":"measure","title":"措施","status":"done"}]},
                  {"id":"p2","kind":"problem","label":"(2)","title":"问题二","status":"in_progress"}]}]},
              {"id":"s2","kind":"section","title":"需长期整改事项","children":[
                {"id":"l1","kind":"long_term","label":"1.","title":"长期一","status":"long_term"}]}]}"#,
        )
        .unwrap();
        let all = problems_table(&r, TableScope::Report, &|_| true, Lang::ZhHans);
        assert_eq!(all.head, ["序号", "领域", "问题", "状态", "措施数"]);
        assert_eq!(all.rows.len(), 3);
        assert_eq!(all.rows[0], ["(1)", "聚焦甲", "问题一", "已完成", "1"]);
        assert_eq!(all.rows[2][1], "需长期整改事项");
        let area = problems_table(
            &r,
            TableScope::Node("a1"),
            &|s| s != Some(Status::Done),
            Lang::En,
        );
        assert_eq!(area.rows, [["(2)", "聚焦甲", "问题二", "In progress", "0"]]);
        let lt = problems_table(&r, TableScope::Node("s2"), &|_| true, Lang::ZhHans);
        assert_eq!(lt.rows.len(), 1);
        let problems = problems_table(&r, TableScope::Problems, &|_| true, Lang::ZhHans);
        assert_eq!(problems.rows.len(), 2, "long-term items left out");
        let gone = problems_table(&r, TableScope::Node("gone"), &|_| true, Lang::ZhHans);
        assert!(gone.rows.is_empty());
    }

    #[test]
    fn csv_has_a_bom_crlf_and_quotes() {
        let t = Table {
            head: vec!["问题".into(), "状态".into()],
            rows: vec![vec!["甲,乙\"丙\"".into(), "=1+1".into()]],
        };
        let csv = to_csv(&t);
        assert!(csv.as_bytes().starts_with(&[0xEF, 0xBB, 0xBF]));
        assert_eq!(&csv[3..], "问题,状态\r\n\"甲,乙\"\"丙\"\"\",'=1+1\r\n");
    }

    #[test]
    fn csv_neutralises_every_formula_start() {
        let cell = |s: &str| {
            let t = Table {
                head: vec!["x".into()],
                rows: vec![vec![s.into()]],
            };
            to_csv(&t)[3..].trim_start_matches("x\r\n").to_string()
        };
        assert_eq!(cell("-2+cmd|' /C calc'!A0"), "'-2+cmd|' /C calc'!A0\r\n");
        assert_eq!(cell("\t=1"), "'\t=1\r\n");
        assert_eq!(cell("\r=1"), "\"'\r=1\"\r\n");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)\r\n");
        assert_eq!(cell("+1"), "'+1\r\n");
        assert_eq!(cell("-5"), "'-5\r\n");
        assert_eq!(cell("问题 -1"), "问题 -1\r\n");
    }
}
