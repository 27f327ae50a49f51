//! Ledgers (整改台账): a table with one problem per row, from CSV or XLSX,
//! into the same [`Report`] as a notice.
//!
//! - The header row is the first of the first 30 rows that names the problem
//!   column and at least one other known column ([`ColumnMap`]), or the row
//!   given in [`LedgerOptions::header_row`]. A single-cell row before it is
//!   the title; other rows before it go to `report.skipped` (a `截至…` date in
//!   them becomes `meta.as_of`, a summary sentence `stated_totals`).
//! - Each row with a problem is a `problem` node: 序号 is its label, the
//!   problem text its title (first sentence) and body, 整改进展 more body,
//!   整改措施 its `measure` children (one per line or numbered item),
//!   责任单位/责任领导/责任人 its owners, 完成时限 its deadline (ISO date where
//!   it is one, Excel serial dates included, else the phrase), 整改完成时间 its
//!   completed_on, 整改状态/是否整改完成 its status (是/已完成 → done,
//!   否/正在整改 → in progress, 长期坚持 → long-term, 未开始 → not started).
//!   Every other column is kept in `extra` under its header.
//! - A row without a problem but with measures continues the problem above
//!   (cells merged in Excel). A row with a single filled cell is a group
//!   heading (`一、党的领导方面`); rows repeating the header are skipped.
//! - Problems are grouped into focus areas by the 问题来源 (category) column,
//!   or by group-heading rows; without either they stand at the top level.
//!
//! Reading CSV and XLSX needs the `ledger` feature ([`from_csv`],
//! [`from_xlsx`]); [`from_rows`] works on rows from anywhere.

mod columns;
mod excel_date;
#[cfg(feature = "ledger")]
mod read;

pub use columns::{ColumnMap, Field};
#[cfg(feature = "ledger")]
pub use read::{
    decode_text, from_csv, from_xlsx, read_csv, read_xlsx, XlsxSheet, MAX_CELLS, MAX_COLUMNS,
};

use std::collections::{HashMap, HashSet};

use crate::convert::{Conversion, StatusRules, Warning};
use crate::model::{Node, NodeKind, Report, Skipped, Source, Status, StatusBasis, StatusEvidence};
use crate::text::dates::{date_at, find_as_of};
use crate::text::ids::IdSet;
use crate::text::label::{recognise, split_title};
use crate::text::owners::{deadline_value, split_owners};
use crate::text::{figures, is_ws, norm_chars, totals};
use excel_date::excel_serial;

/// One row of a table: its 1-based line (CSV) or row number (XLSX), and cells as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub line: u32,
    pub cells: Vec<String>,
}

/// Options for ledger conversion.
#[derive(Debug, Clone, Default)]
pub struct LedgerOptions {
    /// File name, recorded in `meta.source.document` (and the title's fallback).
    pub source_name: Option<String>,
    pub columns: ColumnMap,
    /// 1-based row of the header, when detection should not guess.
    pub header_row: Option<u32>,
    /// XLSX: the worksheet to read (default: the first with data).
    pub sheet: Option<String>,
    /// Phrases for statuses written as sentences in the status or progress columns.
    pub rules: StatusRules,
}

/// Why a ledger could not be converted at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LedgerError {
    pub line: Option<u32>,
    pub column: Option<u32>,
    /// In Chinese, what is wrong and what to do.
    pub message: String,
}

impl std::fmt::Display for LedgerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for LedgerError {}

/// Rows searched for the header.
const HEADER_SEARCH: usize = 30;

fn trimmed(s: &str) -> &str {
    s.trim_matches(is_ws)
}

fn is_blank(row: &Row) -> bool {
    row.cells.iter().all(|c| trimmed(c).is_empty())
}

fn filled(row: &Row) -> usize {
    row.cells.iter().filter(|c| !trimmed(c).is_empty()).count()
}

fn find_header(rows: &[Row], opts: &LedgerOptions) -> Result<usize, LedgerError> {
    if let Some(h) = opts.header_row {
        return rows.iter().position(|r| r.line == h).ok_or(LedgerError {
            line: Some(h),
            column: None,
            message: format!("第{h}行不存在，无法作为表头"),
        });
    }
    rows.iter()
        .take(HEADER_SEARCH)
        .position(|r| {
            let fields = opts.columns.map_headers(&r.cells);
            fields.contains(&Some(Field::Problem)) && fields.iter().flatten().count() >= 2
        })
        .ok_or(LedgerError {
            line: None,
            column: None,
            message: format!(
                "找不到表头：前{HEADER_SEARCH}行中没有同时包含问题列（如“问题简述”“问题”）和其他已知列（如“序号”“整改措施”“责任单位”）的行。\
                 可用 --header-row 指定表头所在行，或用 --columns 提供列名映射"
            ),
        })
}

/// A date cell: ISO, Chinese, or an Excel serial number.
fn date_cell(v: &str) -> Option<String> {
    let t = trimmed(v);
    if let Ok(serial) = t.parse::<f64>() {
        if t.chars().all(|c| c.is_ascii_digit() || c == '.') && (20000.0..80000.0).contains(&serial)
        {
            return excel_serial(serial);
        }
    }
    let n = norm_chars(t);
    date_at(&n, 0).and_then(|(p, _)| p.iso())
}

fn deadline_cell(v: &str) -> Option<String> {
    date_cell(v).or_else(|| deadline_value(v))
}

/// The status a cell states, if it is one of the known words.
pub fn status_word(v: &str) -> Option<Status> {
    let s: String = norm_chars(v)
        .into_iter()
        .filter(|c| !is_ws(*c) && !matches!(c, '。' | '.'))
        .collect();
    let s = s.to_lowercase();
    const DONE: &[&str] = &[
        "是",
        "已完成",
        "完成",
        "已整改",
        "已整改到位",
        "整改到位",
        "整改完成",
        "已完成整改",
        "已销号",
        "销号",
        "已办结",
        "办结",
        "√",
        "✓",
        "y",
        "yes",
        "done",
    ];
    const IN_PROGRESS: &[&str] = &[
        "否",
        "未完成",
        "正在整改",
        "整改中",
        "推进中",
        "进行中",
        "部分整改",
        "基本完成",
        "持续推进",
        "正在推进",
        "阶段性完成",
        "n",
        "no",
        "in_progress",
    ];
    const LONG_TERM: &[&str] = &[
        "长期坚持",
        "长期整改",
        "长期",
        "持续整改",
        "需长期整改",
        "long_term",
    ];
    const NOT_STARTED: &[&str] = &["未开始", "未启动", "未整改", "尚未整改", "not_started"];
    let is = |list: &[&str]| list.contains(&s.as_str());
    if is(DONE) {
        Some(Status::Done)
    } else if is(IN_PROGRESS) {
        Some(Status::InProgress)
    } else if is(LONG_TERM) {
        Some(Status::LongTerm)
    } else if is(NOT_STARTED) {
        Some(Status::NotStarted)
    } else {
        None
    }
}

fn evidence(basis: StatusBasis, rule: &str, phrase: Option<String>) -> StatusEvidence {
    StatusEvidence {
        basis,
        rule: rule.to_string(),
        phrase,
    }
}

/// Splits a measures cell into items: one per line, and within a line at
/// each numbering label that follows a sentence end (`1.…;2.…`).
fn measure_items(cell: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for line in cell.lines() {
        let line = trimmed(line);
        if line.is_empty() {
            continue;
        }
        let chars: Vec<char> = line.chars().collect();
        let n = norm_chars(line);
        let mut starts = vec![0usize];
        for i in 1..chars.len() {
            if matches!(n[i - 1], ';' | '。') {
                // A label is short: look at a few characters only.
                let head: String = chars[i..]
                    .iter()
                    .skip_while(|c| is_ws(**c))
                    .take(12)
                    .collect();
                if recognise(&head).is_some() {
                    starts.push(i);
                }
            }
        }
        for (k, &s) in starts.iter().enumerate() {
            let e = starts.get(k + 1).copied().unwrap_or(chars.len());
            let seg: String = chars[s..e].iter().collect();
            let seg = trimmed(&seg).to_string();
            match recognise(&seg) {
                Some(l) => out.push((l.text, l.rest)),
                None => out.push((String::new(), seg)),
            }
        }
    }
    out
}

/// One problem row while building.
struct Pending {
    node: Node,
    group: Option<String>,
}

/// Converts rows of a ledger. Fails only when no header row can be found.
pub fn from_rows(rows: &[Row], opts: &LedgerOptions) -> Result<Conversion, LedgerError> {
    let h = find_header(rows, opts)?;
    let headers: Vec<String> = rows[h]
        .cells
        .iter()
        .map(|c| trimmed(c).to_string())
        .collect();
    let fields = opts.columns.map_headers(&headers);
    let col = |f: Field| fields.iter().position(|x| *x == Some(f));
    let header_key: Vec<String> = headers.iter().map(|h| columns::squash(h)).collect();
    let mut warnings = Vec::new();
    let mut skipped = Vec::new();
    let mut title: Option<String> = None;
    let mut as_of: Option<(String, String)> = None;
    let mut notes: Vec<(u32, String)> = Vec::new();

    // Rows before the header: the title, then notes.
    for row in &rows[..h] {
        if is_blank(row) {
            continue;
        }
        let text: Vec<&str> = row
            .cells
            .iter()
            .map(|c| trimmed(c))
            .filter(|c| !c.is_empty())
            .collect();
        let joined = text.join(" ");
        if title.is_none() && text.len() == 1 && skipped.is_empty() {
            title = Some(joined);
            continue;
        }
        if as_of.is_none() {
            let n = norm_chars(&joined);
            if let Some(a) = find_as_of(&n).into_iter().next() {
                let orig: Vec<char> = joined.chars().collect();
                as_of = Some((a.date, orig[a.start..a.end].iter().collect()));
            }
        }
        notes.push((row.line, joined.clone()));
        skipped.push(Skipped {
            line: row.line,
            text: joined,
            reason: "表头之前".into(),
        });
    }

    let cell = |row: &Row, c: Option<usize>| -> String {
        c.and_then(|c| row.cells.get(c))
            .map(|s| trimmed(s).to_string())
            .unwrap_or_default()
    };
    let (c_num, c_src, c_prob, c_meas, c_prog) = (
        col(Field::Number),
        col(Field::Source),
        col(Field::Problem),
        col(Field::Measures),
        col(Field::Progress),
    );
    let (c_unit, c_lead, c_pers, c_dead, c_stat, c_done) = (
        col(Field::Unit),
        col(Field::Leader),
        col(Field::Person),
        col(Field::Deadline),
        col(Field::Status),
        col(Field::CompletedOn),
    );

    let mut problems: Vec<Pending> = Vec::new();
    let mut heading: Option<(String, u32)> = None;
    let mut headings: Vec<(String, u32)> = Vec::new();
    let mut last_source: Option<String> = None;
    let mut trailing: Vec<(u32, String)> = Vec::new();

    for row in &rows[h + 1..] {
        if is_blank(row) {
            continue;
        }
        let keys: Vec<String> = row.cells.iter().map(|c| columns::squash(c)).collect();
        if keys
            .iter()
            .zip(&header_key)
            .filter(|(a, b)| !a.is_empty() && a == b)
            .count()
            >= 2
        {
            skipped.push(Skipped {
                line: row.line,
                text: row
                    .cells
                    .iter()
                    .map(|c| trimmed(c))
                    .filter(|c| !c.is_empty())
                    .collect::<Vec<_>>()
                    .join(" "),
                reason: "重复的表头".into(),
            });
            continue;
        }
        let problem = cell(row, c_prob);
        let measures = cell(row, c_meas);
        if problem.is_empty() && filled(row) == 1 && measures.is_empty() {
            // A group heading (or a note below the table, if nothing follows it).
            let text = row
                .cells
                .iter()
                .map(|c| trimmed(c))
                .find(|c| !c.is_empty())
                .unwrap_or_default()
                .to_string();
            trailing.push((row.line, text.clone()));
            heading = Some((text, row.line));
            continue;
        }
        let continues = problem.is_empty() && !problems.is_empty();
        if !continues && problem.is_empty() {
            warnings.push(Warning {
                line: row.line,
                column: c_prob.map_or(1, |c| c as u32 + 1),
                message: "此行没有问题内容，其他列已保留在 extra 中".into(),
            });
        }
        trailing.clear();
        if let Some(hd) = heading.take() {
            headings.push(hd);
        }

        let mut node = if continues {
            None
        } else {
            let label = cell(row, c_num);
            let (t, b) = split_title(&problem);
            let mut node = Node::new(String::new(), NodeKind::Problem, t);
            node.body = b;
            node.label = label;
            node.source_line = Some(row.line);
            Some(node)
        };
        let target: &mut Node = match (&mut node, problems.last_mut()) {
            (Some(n), _) => n,
            (None, Some(p)) => &mut p.node,
            (None, None) => unreachable!("continues implies a previous problem"),
        };
        let progress = cell(row, c_prog);
        if !progress.is_empty() {
            if !target.body.is_empty() {
                target.body.push_str("\n\n");
            }
            target.body.push_str(&progress);
        }
        for (label, text) in measure_items(&measures) {
            let (t, b) = split_title(&text);
            let mut m = Node::new(String::new(), NodeKind::Measure, t);
            m.label = label;
            m.body = b;
            m.source_line = Some(row.line);
            m.figures = figures::extract(&m.title, &m.body);
            target.children.push(m);
        }
        for c in [c_unit, c_lead, c_pers] {
            for o in split_owners(&cell(row, c)) {
                if !target.owners.contains(&o) {
                    target.owners.push(o);
                }
            }
        }
        let deadline = cell(row, c_dead);
        if !deadline.is_empty() && target.deadline.is_none() {
            target.deadline = deadline_cell(&deadline);
        }
        let done_on = cell(row, c_done);
        if !done_on.is_empty() {
            match date_cell(&done_on) {
                Some(d) => target.completed_on = Some(d),
                None => {
                    let c = c_done.unwrap_or(0);
                    target.extra.insert(headers[c].clone(), done_on.clone());
                    warnings.push(Warning {
                        line: row.line,
                        column: c as u32 + 1,
                        message: format!("整改完成时间“{done_on}”不是日期，已保留在 extra 中"),
                    });
                }
            }
        }
        let status = cell(row, c_stat);
        if !status.is_empty() {
            let decided = status_word(&status)
                .map(|s| (s, "ledger_status_column"))
                .or_else(|| {
                    opts.rules
                        .phrases()
                        .find_in_progress(&status)
                        .map(|_| (Status::InProgress, "ledger_status_phrase"))
                        .or_else(|| {
                            opts.rules
                                .phrases()
                                .find_done(&status)
                                .map(|_| (Status::Done, "ledger_status_phrase"))
                        })
                });
            match decided {
                Some((s, rule)) => {
                    target.status = Some(s);
                    target.status_evidence =
                        Some(evidence(StatusBasis::Stated, rule, Some(status.clone())));
                }
                None => {
                    let c = c_stat.unwrap_or(0);
                    target.extra.insert(headers[c].clone(), status.clone());
                    warnings.push(Warning {
                        line: row.line,
                        column: c as u32 + 1,
                        message: format!("无法识别的整改状态“{status}”，已保留在 extra 中"),
                    });
                }
            }
        }
        // Everything else, under its header.
        for (c, value) in row.cells.iter().enumerate() {
            let value = trimmed(value);
            if value.is_empty() || fields.get(c).is_some_and(|f| f.is_some()) {
                continue;
            }
            let key = match headers.get(c).filter(|h| !h.is_empty()) {
                Some(h) => h.clone(),
                None => format!("第{}列", c + 1),
            };
            match target.extra.get_mut(&key) {
                Some(v) if v != value => {
                    v.push('\n');
                    v.push_str(value);
                }
                Some(_) => {}
                None => {
                    target.extra.insert(key, value.to_string());
                }
            }
        }
        if continues {
            // A continued source cell is the same group: nothing to do.
            continue;
        }
        let mut node = node.expect("a new problem");
        let src = cell(row, c_src);
        if !src.is_empty() {
            last_source = Some(src);
        }
        let group = last_source
            .clone()
            .or_else(|| headings.last().map(|(t, _)| t.clone()));
        node.figures = figures::extract(&node.title, &node.body);
        problems.push(Pending { node, group });
    }

    // Notes below the table (single-cell rows with no problem after them),
    // and group headings no problem is grouped under.
    let trailing_lines: HashSet<u32> = trailing.iter().map(|(l, _)| *l).collect();
    headings.retain(|(_, l)| !trailing_lines.contains(l));
    for (line, text) in &trailing {
        notes.push((*line, text.clone()));
        skipped.push(Skipped {
            line: *line,
            text: text.clone(),
            reason: "表格之后".into(),
        });
    }
    let groups_used: HashSet<&str> = problems.iter().filter_map(|p| p.group.as_deref()).collect();
    let mut unused = Vec::new();
    headings.retain(|(t, line)| {
        let used = groups_used.contains(t.as_str());
        if !used {
            unused.push(Skipped {
                line: *line,
                text: t.clone(),
                reason: "分组标题".into(),
            });
        }
        used
    });
    drop(groups_used);
    skipped.extend(unused);

    // Statuses not stated: from the completion date, the deadline or the progress text.
    for p in &mut problems {
        let n = &mut p.node;
        if n.status.is_none() {
            let inferred = if n.completed_on.is_some() {
                Some((
                    Status::Done,
                    StatusBasis::Inferred,
                    "ledger_completed_on",
                    None,
                ))
            } else if n.deadline.as_deref().is_some_and(|d| d.contains("长期")) {
                Some((
                    Status::LongTerm,
                    StatusBasis::Inferred,
                    "ledger_deadline_long_term",
                    n.deadline.clone(),
                ))
            } else if let Some(ph) = opts.rules.phrases().find_in_progress(&n.body) {
                Some((
                    Status::InProgress,
                    StatusBasis::Stated,
                    "in_progress_phrase",
                    Some(ph),
                ))
            } else {
                opts.rules
                    .phrases()
                    .find_done(&n.body)
                    .map(|ph| (Status::Done, StatusBasis::Stated, "done_phrase", Some(ph)))
            };
            if let Some((s, basis, rule, phrase)) = inferred {
                n.status = Some(s);
                n.status_evidence = Some(evidence(basis, rule, phrase));
            }
        }
        if let Some(s) = n.status {
            for m in &mut n.children {
                m.status = Some(s);
                m.status_evidence =
                    Some(evidence(StatusBasis::Inferred, "ledger_row_status", None));
            }
        }
    }

    // Groups and ids.
    let mut used = IdSet::new();
    // Groups in order of first appearance, each with its members.
    let heading_line: HashMap<&str, u32> = headings.iter().map(|(t, l)| (t.as_str(), *l)).collect();
    let mut order: Vec<(Option<String>, u32, Vec<usize>)> = Vec::new();
    let mut group_of: HashMap<Option<String>, usize> = HashMap::new();
    for (k, p) in problems.iter().enumerate() {
        let g = *group_of.entry(p.group.clone()).or_insert_with(|| {
            let line = p.node.source_line.unwrap_or(0);
            let line = p
                .group
                .as_deref()
                .and_then(|t| heading_line.get(t).copied())
                .unwrap_or(line);
            order.push((p.group.clone(), line, Vec::new()));
            order.len() - 1
        });
        order[g].2.push(k);
    }
    let mut nodes = Vec::new();
    let mut seq = 0u32;
    let mut area_no = 0u32;
    for (group, line, members) in order {
        let members: Vec<&Pending> = members.iter().map(|&k| &problems[k]).collect();
        let (mut container, prefix) = match &group {
            Some(title) => {
                area_no += 1;
                let (id, _) = used.unique(format!("a{area_no}"));
                let mut a = Node::new(id.clone(), NodeKind::FocusArea, title.clone());
                a.source_line = Some(line);
                (Some(a), format!("{id}-"))
            }
            None => (None, String::new()),
        };
        for p in members {
            seq += 1;
            let mut n = p.node.clone();
            let number = n
                .label
                .trim_matches(|c: char| !c.is_ascii_digit())
                .parse::<u32>()
                .ok()
                .filter(|_| {
                    n.label
                        .chars()
                        .all(|c| c.is_ascii_digit() || !c.is_alphanumeric())
                })
                .unwrap_or(seq);
            let (id, clash) = used.unique(format!("{prefix}p{number}"));
            if clash {
                warnings.push(Warning {
                    line: n.source_line.unwrap_or(1),
                    column: c_num.map_or(1, |c| c as u32 + 1),
                    message: format!("序号重复：{}", n.label),
                });
            }
            n.id = id.clone();
            for (k, m) in n.children.iter_mut().enumerate() {
                m.id = format!("{id}-m{}", k + 1);
                used.reserve(&m.id);
            }
            match &mut container {
                Some(a) => a.children.push(n),
                None => nodes.push(n),
            }
        }
        nodes.extend(container);
    }

    let mut report = Report::new(title.clone().unwrap_or_else(|| {
        opts.source_name
            .as_deref()
            .map(|s| s.rsplit_once('.').map_or(s, |(a, _)| a).to_string())
            .unwrap_or_else(|| "整改台账".into())
    }));
    if let Some((d, t)) = as_of {
        report.meta.as_of = Some(d);
        report.meta.as_of_text = Some(t);
    }
    report.meta.source = Some(Source {
        document: opts.source_name.clone(),
        publisher: None,
        generator: Some(crate::convert::GENERATOR.to_string()),
    });
    report.nodes = nodes;
    let note_refs: Vec<(u32, &str)> = notes.iter().map(|(l, t)| (*l, t.as_str())).collect();
    report.stated_totals = totals::find(&note_refs);
    skipped.sort_by_key(|s| s.line);
    report.skipped = skipped;
    warnings.sort_by_key(|w| (w.line, w.column));
    Ok(Conversion { report, warnings })
}

#[cfg(test)]
mod tests;
