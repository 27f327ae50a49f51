//! A summary table appended below the prose (`附件：…汇总表`, one row per
//! problem: `序号⇥问题⇥责任部门⇥整改时限⇥整改状态`). Its rows are skipped
//! (reason `附件`): the problems are the prose's, never listed twice. A
//! row that names a problem of the prose (its problem cell opens the
//! problem's title, or the title opens the cell) gives that problem the
//! owners and the deadline the prose does not state; the prose wins where
//! it states them.

use crate::model::{Node, NodeKind, Skipped};
use crate::text::owners;

/// The shortest problem cell matched to a title, in characters.
const MIN_MATCH_CHARS: usize = 6;

/// Column positions of a summary table, read from its header row.
struct Columns {
    problem: usize,
    owner: Option<usize>,
    deadline: Option<usize>,
}

fn columns(cells: &[&str]) -> Option<Columns> {
    let find = |words: &[&str]| {
        cells
            .iter()
            .position(|c| words.iter().any(|w| c.contains(w)))
    };
    let problem = find(&["问题", "事项"])?;
    let owner = find(&["责任单位", "责任部门", "责任科室", "牵头单位"]);
    let deadline = find(&["时限", "期限", "完成时间"]);
    (owner.is_some() || deadline.is_some()).then_some(Columns {
        problem,
        owner,
        deadline,
    })
}

/// Text without whitespace and a closing full stop, for matching.
fn key(s: &str) -> String {
    s.chars()
        .filter(|c| !crate::text::is_ws(*c))
        .collect::<String>()
        .trim_end_matches(['。', '.', '；', ';'])
        .to_string()
}

/// What one row says about a problem: its cell and the notes it gives.
struct Row {
    problem: String,
    stated: owners::Stated,
}

/// The rows of the attachment table among the skipped lines.
fn rows(skipped: &[Skipped]) -> Vec<Row> {
    let mut out = Vec::new();
    let mut cols: Option<Columns> = None;
    for s in skipped
        .iter()
        .filter(|s| s.reason == super::lines::ATTACHMENT_REASON)
    {
        let cells: Vec<&str> = s.text.split('\t').map(crate::text::trim).collect();
        if cells.len() < 3 {
            continue;
        }
        let Some(c) = &cols else {
            cols = columns(&cells);
            continue;
        };
        let cell = |i: Option<usize>| i.and_then(|i| cells.get(i)).copied().unwrap_or("");
        let note = format!(
            "责任单位：{}；整改时限：{}",
            cell(c.owner),
            cell(c.deadline)
        );
        let problem = key(cell(Some(c.problem)));
        if problem.chars().count() >= MIN_MATCH_CHARS {
            out.push(Row {
                problem,
                stated: owners::extract(&note),
            });
        }
    }
    out
}

fn fill(node: &mut Node, rows: &[Row]) {
    if node.kind == NodeKind::Problem {
        let title = key(&node.title);
        let row = rows.iter().find(|r| {
            title.starts_with(&r.problem)
                || (title.chars().count() >= MIN_MATCH_CHARS && r.problem.starts_with(&title))
        });
        if let Some(r) = row {
            if node.owners.is_empty() {
                node.owners = r.stated.owners.clone();
            }
            if node.deadline.is_none() {
                node.deadline = r.stated.deadline.clone();
            }
        }
    }
    for c in &mut node.children {
        fill(c, rows);
    }
}

/// Gives the problems the owners and deadlines the appended table states.
pub(crate) fn apply(nodes: &mut [Node], skipped: &[Skipped]) {
    let rows = rows(skipped);
    if rows.is_empty() {
        return;
    }
    for n in nodes {
        fill(n, &rows);
    }
}
