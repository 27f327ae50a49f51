//! A problem node from its rows: the problem cell gives the title and body,
//! every other mapped cell a field (progress, measures, owners, deadline,
//! completion date, status), and unmapped cells go to `extra`.

use super::cells::{date_cell, deadline_cell, measure_items};
use super::layout::Layout;
use super::status::{cell_status_word, evidence, stated_status, status_word};
use super::{Field, Row};
use crate::convert::{StatusRules, Warning};
use crate::model::{Node, NodeKind, Status, StatusBasis};
use crate::text::figures;
use crate::text::label::split_title;
use crate::text::owners::split_owners;

/// A problem node from the problem cell and the number cell of its first row.
pub(super) fn new_problem(row: &Row, problem: &str, layout: &Layout) -> Node {
    let (title, body) = split_title(problem);
    let mut node = Node::new(String::new(), NodeKind::Problem, title);
    node.body = body;
    node.label = layout.cell(row, Field::Number);
    node.source_line = Some(row.line);
    node
}

/// Adds what a row states to its problem (the problem cell aside): the
/// first row of a problem, or a row that continues it.
pub(super) fn add_row(
    node: &mut Node,
    row: &Row,
    layout: &Layout,
    rules: &StatusRules,
    warnings: &mut Vec<Warning>,
) {
    let progress = layout.cell(row, Field::Progress);
    add_progress(node, &progress);
    let first_new = node.children.len();
    add_measures(node, &layout.cell(row, Field::Measures), row.line);
    let owner_fields = [Field::Unit, Field::Leader, Field::Person];
    for field in owner_fields {
        add_owners(node, &layout.cell(row, field));
    }
    // No owners' column: those the progress names as doing the work.
    if node.owners.is_empty() && owner_fields.iter().all(|&f| layout.column(f).is_none()) {
        node.owners = owners_in_progress(&progress);
    }
    let deadline = layout.cell(row, Field::Deadline);
    if !deadline.is_empty() {
        add_deadline(node, deadline_cell(&deadline), first_new);
    } else if node.deadline.is_none() {
        node.deadline = planned_in_cells(row, layout);
    }
    warnings.extend(read_completed_on(node, row, layout));
    // The row's own state (its status cell's, else its progress cell's
    // status word), for its measures.
    let row_state = match read_status(node, row, layout, rules) {
        Ok(Some(stated)) => Some(stated),
        Ok(None) => cell_status_word(&progress),
        Err(warning) => {
            warnings.push(warning);
            None
        }
    };
    let row_state = row_state.map(|s| for_the_long_term(s, row, layout));
    for m in &mut node.children[first_new..] {
        m.status = row_state;
    }
    keep_other_cells(node, row, layout);
}

/// A row's state that the work goes on (`持续推进`) beside a long-term
/// deadline (`长期坚持`): the long term, not work under way to an end.
fn for_the_long_term(status: Status, row: &Row, layout: &Layout) -> Status {
    let goes_on = [Field::Status, Field::Progress]
        .into_iter()
        .any(|f| crate::text::results::is_continuing(&layout.cell(row, f)));
    let long_term = crate::text::owners::is_long_term(&layout.cell(row, Field::Deadline));
    if status == Status::InProgress && goes_on && long_term {
        Status::LongTerm
    } else {
        status
    }
}

/// A row's deadline: the problem's, from its first row. A row that
/// continues it with another deadline gives it to its own measures (and
/// the earlier rows' measures keep the earlier one); the problem's is then
/// the latest date of its rows, when they are dates.
fn add_deadline(node: &mut Node, deadline: Option<String>, first_new: usize) {
    let Some(earlier) = node.deadline.clone() else {
        node.deadline = deadline;
        return;
    };
    let Some(this) = deadline.filter(|d| *d != earlier) else {
        return;
    };
    let (old, new) = node.children.split_at_mut(first_new);
    for m in old.iter_mut().filter(|m| m.deadline.is_none()) {
        m.deadline = Some(earlier.clone());
    }
    for m in new {
        m.deadline = Some(this.clone());
    }
    if crate::calendar::ymd(&this).is_some()
        && crate::calendar::ymd(&earlier).is_some()
        && this > earlier
    {
        node.deadline = Some(this);
    }
}

/// Progress text is more body.
fn add_progress(node: &mut Node, progress: &str) {
    if progress.is_empty() {
        return;
    }
    if !node.body.is_empty() {
        node.body.push_str("\n\n");
    }
    node.body.push_str(progress);
}

/// Each item of a measures cell is a measure child.
fn add_measures(node: &mut Node, measures: &str, line: u32) {
    for (label, text) in measure_items(measures) {
        let (title, body) = split_title(&text);
        let mut m = Node::new(String::new(), NodeKind::Measure, title);
        m.label = label;
        m.body = body;
        m.source_line = Some(line);
        m.figures = figures::extract(&m.title, &m.body);
        node.children.push(m);
    }
}

/// The units a progress cell names as doing the work: those it says lead
/// it (`县水利局牵头制定…`), else those its first sentence that opens so
/// opens with (`县生态环境局已对该公司立案调查`).
fn owners_in_progress(progress: &str) -> Vec<String> {
    let led = crate::text::owners::extract(progress).owners;
    if led.is_empty() {
        crate::text::owners::report_subjects(progress)
    } else {
        led
    }
}

fn add_owners(node: &mut Node, cell: &str) {
    for owner in split_owners(cell) {
        if !node.owners.contains(&owner) {
            node.owners.push(owner);
        }
    }
}

/// Words of a time to come (`底前`, `长期坚持`).
const TO_COME: &[&str] = &["前", "长期", "持续"];

/// The completion date cell: a date, or kept in `extra` with a warning.
fn read_completed_on(node: &mut Node, row: &Row, layout: &Layout) -> Option<Warning> {
    let done_on = layout.cell(row, Field::CompletedOn);
    if done_on.is_empty() {
        return None;
    }
    match date_cell(&done_on) {
        Some(date) => {
            node.completed_on = Some(date);
            None
        }
        // `完成时间：2025年12月底前`, `长期坚持`: a time to come, which
        // the column gives where the ledger has no deadline column (not
        // `上半年`, which may be past).
        None if layout.column(Field::Deadline).is_none()
            && TO_COME.iter().any(|w| done_on.contains(w))
            && deadline_cell(&done_on).is_some() =>
        {
            if node.deadline.is_none() {
                node.deadline = deadline_cell(&done_on);
            }
            None
        }
        None => {
            let message = format!("整改完成时间“{done_on}”不是日期，已保留在 extra 中");
            Some(keep_unreadable(
                node,
                row,
                layout,
                Field::CompletedOn,
                done_on,
                message,
            ))
        }
    }
}

/// The status cell: a status word or phrase (the row's state, given to the
/// problem with its rows above), or kept in `extra` with a warning. `None`
/// for an empty cell.
fn read_status(
    node: &mut Node,
    row: &Row,
    layout: &Layout,
    rules: &StatusRules,
) -> Result<Option<Status>, Warning> {
    let status = layout.cell(row, Field::Status);
    if status.is_empty() {
        read_marked_status(node, row, layout);
        return Ok(None);
    }
    match stated_status(&status, rules) {
        Some((stated, rule)) => {
            let (s, rule, phrase) = with_rows_above(node, stated, rule, status);
            node.status = Some(s);
            node.status_evidence = Some(evidence(StatusBasis::Stated, rule, Some(phrase)));
            Ok(Some(stated))
        }
        None => {
            let message = format!("无法识别的整改状态“{status}”，已保留在 extra 中");
            Err(keep_unreadable(
                node,
                row,
                layout,
                Field::Status,
                status,
                message,
            ))
        }
    }
}

/// A status stated on a row that continues a problem whose rows above
/// stated another: the problem's state is their combination
/// (`ledger_status_rows`, the cells that made it joined by `；` as the
/// phrase; once combined, only a row that changes the state adds its cell,
/// so the phrase stays short whatever the number of rows).
fn with_rows_above(
    node: &mut Node,
    status: Status,
    rule: &'static str,
    cell: String,
) -> (Status, &'static str, String) {
    let mixed_already = node
        .status_evidence
        .as_ref()
        .is_some_and(|e| e.rule == ROWS);
    let Some(earlier) = node.status.filter(|s| *s != status || mixed_already) else {
        return (status, rule, cell);
    };
    let e = node.status_evidence.take();
    let both = earlier.combined(status);
    let mut phrase = e.and_then(|e| e.phrase).unwrap_or_default();
    if !(mixed_already && both == earlier) {
        phrase.push('；');
        phrase.push_str(&cell);
    }
    (both, ROWS, phrase)
}

pub(super) const ROWS: &str = "ledger_status_rows";

/// A tick in a column headed by a status (`已完成`, `推进中`, `长期坚持`
/// with `√` in one of them): that status (stated, rule
/// `ledger_status_mark`, the header as the phrase). The first marked one
/// counts.
fn read_marked_status(node: &mut Node, row: &Row, layout: &Layout) {
    let marked = layout.other_cells(row).find_map(|(header, value)| {
        let status = is_mark(value).then(|| status_word(&header))??;
        Some((status, header))
    });
    if let Some((status, header)) = marked {
        node.status = Some(status);
        node.status_evidence = Some(evidence(
            StatusBasis::Stated,
            "ledger_status_mark",
            Some(header),
        ));
    }
}

/// A cell that only ticks its column.
fn is_mark(value: &str) -> bool {
    matches!(
        value.trim(),
        "√" | "✓" | "✔" | "☑" | "●" | "■" | "★" | "是" | "Y" | "y"
    )
}

/// Keeps a cell the converter cannot read in the node's `extra`, under its
/// header; the warning points at the cell.
fn keep_unreadable(
    node: &mut Node,
    row: &Row,
    layout: &Layout,
    field: Field,
    value: String,
    message: String,
) -> Warning {
    let column = layout.column(field).unwrap_or(0);
    node.extra.insert(layout.header(column).to_string(), value);
    Warning {
        line: row.line,
        column: column as u32 + 1,
        message,
    }
}

/// Cells of columns that map to no field, in `extra` under their header;
/// a continued row adds its different values on new lines.
/// A deadline planned in a row without a deadline cell, in its measures'
/// or another cell (`整改要求`: `…，2024年6月30日前全面落实到位`).
fn planned_in_cells(row: &Row, layout: &Layout) -> Option<String> {
    let measures = layout.cell(row, Field::Measures);
    let progress = layout.cell(row, Field::Progress);
    crate::text::owners::planned_deadline(&measures)
        .or_else(|| crate::text::owners::planned_deadline(&progress))
        .or_else(|| {
            layout
                .other_cells(row)
                .into_iter()
                .find_map(|(_, v)| crate::text::owners::planned_deadline(v))
        })
}

fn keep_other_cells(node: &mut Node, row: &Row, layout: &Layout) {
    for (key, value) in layout.other_cells(row) {
        match node.extra.get_mut(&key) {
            Some(v) if v != value => {
                v.push('\n');
                v.push_str(value);
            }
            Some(_) => {}
            None => {
                node.extra.insert(key, value.to_string());
            }
        }
    }
}
