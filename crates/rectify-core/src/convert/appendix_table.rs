//! A summary table appended below the prose (`附件：…汇总表`, one row per
//! problem: `序号⇥问题⇥责任部门⇥整改时限⇥整改状态`). Its rows are skipped
//! (reason `附件`): the problems are the prose's, never listed twice. A
//! row that names a problem of the prose (its problem cell opens the
//! problem's title, or the title opens the cell) gives that problem the
//! owners and the deadline the prose does not state; the prose wins where
//! it states them. A state column (`整改状态`, `完成情况`) in a known word
//! (`已完成`, `整改中`, `长期坚持`) gives the problem its state where the
//! prose only let it be inferred (stated, rule `appended_table_state`).
//! Rows copied without tabs (`1 …不够深入 已完成`, one space between the
//! cells) are cut at runs of spaces, the problem cell taking what the
//! header's other columns leave.

use crate::model::{Node, NodeKind, Skipped, Status, StatusBasis, StatusEvidence};
use crate::text::owners;

/// The shortest problem cell matched to a title, in characters.
const MIN_MATCH_CHARS: usize = 6;

/// Column positions of a summary table, read from its header row.
struct Columns {
    count: usize,
    problem: usize,
    owner: Option<usize>,
    deadline: Option<usize>,
    state: Option<usize>,
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
    let state =
        find(&["整改状态", "完成情况", "整改进度", "整改进展", "状态"]).filter(|&i| i != problem);
    (owner.is_some() || deadline.is_some() || state.is_some()).then_some(Columns {
        count: cells.len(),
        problem,
        owner,
        deadline,
        state,
    })
}

/// A row's cells: by tabs, or, copied without them, by runs of spaces,
/// the problem cell (at `problem` of `count` columns) taking the words the
/// other columns leave.
fn cells_of(text: &str, cols: Option<&Columns>) -> Vec<String> {
    let tabbed: Vec<String> = text
        .split('\t')
        .map(|c| crate::text::trim(c).to_string())
        .collect();
    if tabbed.len() >= 3 {
        return tabbed;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let Some(c) = cols.filter(|c| words.len() > c.count && c.problem + 1 < c.count) else {
        return words.into_iter().map(str::to_string).collect();
    };
    let after = c.count - c.problem - 1;
    let end = words.len() - after;
    let mut out: Vec<String> = words[..c.problem].iter().map(|w| w.to_string()).collect();
    out.push(words[c.problem..end].join(" "));
    out.extend(words[end..].iter().map(|w| w.to_string()));
    out
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
    /// The row's number, when its first cell is one (`序号`).
    number: Option<u32>,
    problem: String,
    stated: owners::Stated,
    state: Option<(Status, String)>,
}

/// The rows of the attachment table among the skipped lines.
fn rows(skipped: &[Skipped]) -> Vec<Row> {
    let mut out = Vec::new();
    let mut cols: Option<Columns> = None;
    for s in skipped
        .iter()
        .filter(|s| s.reason == super::lines::ATTACHMENT_REASON)
    {
        let owned = cells_of(&s.text, cols.as_ref());
        let cells: Vec<&str> = owned.iter().map(String::as_str).collect();
        if cells.len() < 3 {
            continue;
        }
        let Some(c) = &cols else {
            cols = columns(&cells);
            continue;
        };
        let cell = |i: Option<usize>| i.and_then(|i| cells.get(i)).copied().unwrap_or("");
        let state_cell = cell(c.state);
        let state = crate::ledger::status_word(state_cell).map(|st| (st, state_cell.to_string()));
        let note = format!(
            "责任单位：{}；整改时限：{}",
            cell(c.owner),
            cell(c.deadline)
        );
        let problem = key(cell(Some(c.problem)));
        let number = cells[0].parse::<u32>().ok().filter(|_| c.problem > 0);
        if problem.chars().count() >= MIN_MATCH_CHARS || number.is_some() {
            out.push(Row {
                number,
                problem,
                stated: owners::extract(&note),
                state,
            });
        }
    }
    out
}

/// Gives a problem (the `k`-th in order, counting from 1, when the rows
/// are numbered as the problems are) what its row states.
fn fill(node: &mut Node, rows: &[Row], by_number: bool, k: &mut u32) {
    if node.kind == NodeKind::Problem {
        *k += 1;
        let title = key(&node.title);
        let named = |r: &&Row| {
            r.problem.chars().count() >= MIN_MATCH_CHARS
                && (title.starts_with(&r.problem)
                    || (title.chars().count() >= MIN_MATCH_CHARS && r.problem.starts_with(&title)))
        };
        // `5⇥主体责任落实不到位⇥长期坚持`: a short name of the fifth
        // problem, numbered as the prose's problems are, one row each.
        let numbered = |r: &&Row| by_number && r.number == Some(*k);
        let row = rows
            .iter()
            .find(named)
            .or_else(|| rows.iter().find(numbered));
        if let Some(r) = row {
            if node.owners.is_empty() {
                node.owners = r.stated.owners.clone();
            }
            if node.deadline.is_none() {
                node.deadline = r.stated.deadline.clone();
            }
            let inferred = node
                .status_evidence
                .as_ref()
                .is_none_or(|e| e.basis == StatusBasis::Inferred);
            if let (true, Some((status, word))) = (inferred, &r.state) {
                node.status = Some(*status);
                node.status_evidence = Some(StatusEvidence {
                    basis: StatusBasis::Stated,
                    rule: "appended_table_state".to_string(),
                    phrase: Some(word.clone()),
                });
            }
        }
    }
    for c in &mut node.children {
        fill(c, rows, by_number, k);
    }
}

/// Gives the problems the owners and deadlines the appended table states.
/// Rows numbered 1 to N, one per problem of the prose (N of them), are
/// the problems in order where their cells name them too briefly to match.
pub(crate) fn apply(nodes: &mut [Node], skipped: &[Skipped]) {
    let rows = rows(skipped);
    if rows.is_empty() {
        return;
    }
    let problems = crate::model::Walk::over(nodes)
        .filter(|n| n.kind == NodeKind::Problem)
        .count();
    let by_number =
        rows.len() == problems && rows.iter().zip(1..).all(|(r, k)| r.number == Some(k));
    let mut k = 0;
    for n in nodes {
        fill(n, &rows, by_number, &mut k);
    }
}
