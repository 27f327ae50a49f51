//! A ledger converted straight to its JSON text (issue 11, item 11: a
//! 1M-row CSV gives 830 MB of JSON, 7 times its size, so the report can be
//! neither held as nodes nor as text within a few times the input).
//!
//! Each problem, once complete, is written as pretty JSON (indented from
//! column 0, its id and its measures' ids left empty) to a spill: a
//! temporary file in the CLI. Only a small record per problem stays in
//! memory (group, line, printed number, where its text is). Groups need not
//! be contiguous in the table, so when the rows are read the problems are
//! ordered by group, given their ids (the same rule as
//! [`super::groups`], whose running count depends on the sizes of the
//! groups before) and the report's JSON is assembled from the spill with
//! exactly the bytes `serde_json::to_writer_pretty` writes for the report
//! [`super::from_row_stream`] makes (property-tested).
//!
//! Nothing is written to the output before every row is read: a row that
//! fails (a limit, a CSV error) leaves no partial JSON.

use std::collections::HashMap;
use std::io::{self, BufWriter, Read, Seek, SeekFrom, Write};

use serde::Serialize;

use super::body::{self, Problems};
use super::groups::printed_number;
use super::{header, layout, preamble, report_head, status, Field, LedgerError};
use super::{LedgerOptions, Row};
use crate::convert::{StatusRules, Warning};
use crate::model::{Node, NodeKind, Report};
use crate::text::ids::IdSet;

/// Why a ledger could not be spilled: the ledger itself, or the spill.
#[derive(Debug)]
pub enum SpillError {
    Ledger(LedgerError),
    Io(io::Error),
}

impl From<LedgerError> for SpillError {
    fn from(e: LedgerError) -> SpillError {
        SpillError::Ledger(e)
    }
}

impl From<io::Error> for SpillError {
    fn from(e: io::Error) -> SpillError {
        SpillError::Io(e)
    }
}

/// A ledger read in full, its problems' JSON in the spill `S`, ready to be
/// written as the report's JSON ([`SpilledLedger::write_json`]).
pub struct SpilledLedger<S> {
    /// The report without its nodes: format, meta, stated totals, skipped.
    head: Report,
    /// Group titles (`None`: the top level), in order of first appearance.
    groups: Vec<GroupHead>,
    /// Every problem, ordered by group (reading order within a group).
    problems: Vec<Spilled>,
    /// The problems' ids, one after another, in the order of `problems`.
    ids: String,
    spill: S,
    warnings: Vec<Warning>,
}

struct GroupHead {
    title: Option<String>,
    /// The line of its heading row, else of its first problem.
    line: u32,
}

/// Where one problem's JSON is, and what its id is made from.
struct Spilled {
    group: u32,
    line: u32,
    /// The printed number of its label, if it is a plain one.
    number: Option<u32>,
    start: u64,
    len: u64,
    /// Where its label starts and ends in the labels read (kept for the
    /// warning about a number printed twice).
    label_start: usize,
    label_end: usize,
    /// Where its id ends in `ids` (after ordering).
    id_end: usize,
}

/// Converts a ledger's rows as they are read, writing each problem's JSON
/// to `spill` (read back by [`SpilledLedger::write_json`]). Fails as
/// [`super::from_row_stream`] does, or when the spill cannot be written.
pub fn spill_row_stream<S: Read + Write + Seek>(
    mut rows: impl Iterator<Item = Result<Row, LedgerError>>,
    opts: &LedgerOptions,
    spill: S,
) -> Result<SpilledLedger<S>, SpillError> {
    let (above, header, first) = header::find_header(&mut rows, opts)?;
    let rows = first.map(Ok).into_iter().chain(rows);
    let layout = layout::Layout::new(&header, &opts.columns);
    let preamble = preamble::read(&above);
    let sink = Sink::new(spill, &opts.rules);
    let body::Body {
        problems: sink,
        headings,
        notes,
        skipped,
        mut warnings,
        ..
    } = body::read(rows, &layout, &opts.rules, sink)?;
    let (spill, groups, mut problems, labels) = sink.finish()?;
    // A stable sort: groups in order of first appearance, rows within each.
    problems.sort_by_key(|p| p.group);
    let groups = group_heads(groups, &problems, &headings);
    let number_column = layout.column_no(Field::Number);
    let ids = give_ids(
        &groups,
        &mut problems,
        &labels,
        number_column,
        &mut warnings,
    );
    drop(labels);
    let head = report_head(preamble, notes, skipped, opts);
    warnings.sort_by_key(|w| (w.line, w.column));
    Ok(SpilledLedger {
        head,
        groups,
        problems,
        ids,
        spill,
        warnings,
    })
}

/// The groups with their lines: the heading row's (for a group named by
/// one), else the first problem's. `problems` are ordered by group.
fn group_heads(
    titles: Vec<Option<String>>,
    problems: &[Spilled],
    headings: &[(String, u32)],
) -> Vec<GroupHead> {
    let heading_line: HashMap<&str, u32> = headings.iter().map(|(t, l)| (t.as_str(), *l)).collect();
    titles
        .into_iter()
        .enumerate()
        .map(|(g, title)| {
            let first = problems.partition_point(|p| (p.group as usize) < g);
            let line = title
                .as_deref()
                .and_then(|t| heading_line.get(t).copied())
                .or_else(|| problems.get(first).map(|p| p.line))
                .unwrap_or(0);
            GroupHead { title, line }
        })
        .collect()
}

/// Reads a CSV ledger into a spill (see [`spill_row_stream`]).
#[cfg(feature = "ledger")]
pub fn spill_csv<S: Read + Write + Seek>(
    bytes: &[u8],
    opts: &LedgerOptions,
    spill: S,
) -> Result<SpilledLedger<S>, SpillError> {
    let (text, _) = super::decode(bytes);
    spill_row_stream(super::read::csv_rows(&text, &opts.limits), opts, spill)
}

/// The ids of the problems (ordered by group), as [`super::groups`] gives
/// them: the printed number or the running count, prefixed with the focus
/// area's id, made unique. Ids of different groups cannot clash (their
/// prefixes differ, and the top level's `p…` is no area's `a…`), so each
/// group has a set of its own. A number printed twice is warned about.
fn give_ids(
    groups: &[GroupHead],
    problems: &mut [Spilled],
    labels: &str,
    number_column: u32,
    warnings: &mut Vec<Warning>,
) -> String {
    let mut ids = String::new();
    let mut seq = 0u32;
    let mut area_no = 0u32;
    let mut start = 0;
    for (g, group) in groups.iter().enumerate() {
        let end = start + problems[start..].partition_point(|p| p.group as usize == g);
        let prefix = match group.title {
            Some(_) => {
                area_no += 1;
                format!("a{area_no}-")
            }
            None => String::new(),
        };
        let mut set = IdSet::new();
        for p in &mut problems[start..end] {
            seq += 1;
            let (id, clash) = set.unique(format!("{prefix}p{}", p.number.unwrap_or(seq)));
            if clash {
                warnings.push(Warning {
                    line: p.line,
                    column: number_column,
                    message: format!("序号重复：{}", &labels[p.label_start..p.label_end]),
                });
            }
            ids.push_str(&id);
            p.id_end = ids.len();
        }
        start = end;
    }
    ids
}

impl<S: Read + Write + Seek> SpilledLedger<S> {
    /// The warnings of the conversion, by line and column.
    pub fn warnings(&self) -> &[Warning] {
        &self.warnings
    }

    /// The report as `serde_json::to_writer_pretty` writes it (no final
    /// newline), its problems copied from the spill.
    pub fn write_json(&mut self, w: &mut dyn Write) -> io::Result<()> {
        let head = &self.head;
        w.write_all(b"{\n  \"format\": ")?;
        serde_json::to_writer(&mut *w, &head.format)?;
        w.write_all(b",\n  \"meta\": ")?;
        pretty_at(w, &head.meta, 2)?;
        w.write_all(b",\n  \"nodes\": [")?;
        self.write_nodes(w)?;
        w.write_all(b"]")?;
        let head = &self.head;
        if let Some(totals) = &head.stated_totals {
            w.write_all(b",\n  \"stated_totals\": ")?;
            pretty_at(w, totals, 2)?;
        }
        if !head.skipped.is_empty() {
            w.write_all(b",\n  \"skipped\": ")?;
            pretty_at(w, &head.skipped, 2)?;
        }
        w.write_all(b"\n}")
    }

    /// The top-level nodes (focus areas with their problems, and problems
    /// of no group), each on its own lines at depth 2, then the indentation
    /// of the closing bracket; nothing for no nodes.
    fn write_nodes(&mut self, w: &mut dyn Write) -> io::Result<()> {
        let mut copier = Copier {
            problems: &self.problems,
            ids: &self.ids,
            spill: &mut self.spill,
            buf: Vec::new(),
        };
        let mut nodes = Reindent { inner: w, pad: 4 };
        let mut first = true;
        let mut start = 0;
        let mut area_no = 0u32;
        for (g, group) in self.groups.iter().enumerate() {
            let end = start + self.problems[start..].partition_point(|p| p.group as usize == g);
            let members = start..end;
            start = end;
            match &group.title {
                Some(title) => {
                    area_no += 1;
                    nodes.write_all(separator(&mut first))?;
                    let mut area = Node::new(format!("a{area_no}"), NodeKind::FocusArea, title);
                    area.source_line = Some(group.line);
                    write_area(&area, members, &mut copier, &mut nodes)?;
                }
                None => {
                    for k in members {
                        nodes.write_all(separator(&mut first))?;
                        copier.copy(k, &mut nodes)?;
                    }
                }
            }
        }
        if !first {
            nodes.inner.write_all(b"\n  ")?;
        }
        Ok(())
    }
}

/// A focus area with its problems `members` as children. The area without
/// children ends in `\n}`; its children go before that, as serde writes them.
fn write_area<S: Read + Seek>(
    area: &Node,
    members: std::ops::Range<usize>,
    copier: &mut Copier<'_, S>,
    w: &mut dyn Write,
) -> io::Result<()> {
    let text = serde_json::to_vec_pretty(area)?;
    w.write_all(&text[..text.len() - 2])?;
    w.write_all(b",\n  \"children\": [")?;
    let mut child = Reindent { inner: w, pad: 4 };
    let mut first = true;
    for k in members {
        child.write_all(separator(&mut first))?;
        copier.copy(k, &mut child)?;
    }
    w.write_all(b"\n  ]\n}")
}

/// Copies problems' JSON from the spill, with their ids.
struct Copier<'a, S> {
    problems: &'a [Spilled],
    ids: &'a str,
    spill: &'a mut S,
    buf: Vec<u8>,
}

impl<S: Read + Seek> Copier<'_, S> {
    /// Problem `k` (of the problems ordered by group).
    fn copy(&mut self, k: usize, w: &mut dyn Write) -> io::Result<()> {
        let p = &self.problems[k];
        let id_start = if k == 0 {
            0
        } else {
            self.problems[k - 1].id_end
        };
        read_spilled(self.spill, p, &mut self.buf)?;
        write_with_ids(&self.buf, &self.ids[id_start..p.id_end], w)
    }
}

/// Before an element of a JSON array: a newline, and a comma after the first.
fn separator(first: &mut bool) -> &'static [u8] {
    if std::mem::take(first) {
        b"\n"
    } else {
        b",\n"
    }
}

fn read_spilled<S: Read + Seek>(spill: &mut S, p: &Spilled, buf: &mut Vec<u8>) -> io::Result<()> {
    buf.clear();
    spill.seek(SeekFrom::Start(p.start))?;
    spill.by_ref().take(p.len).read_to_end(buf)?;
    if buf.len() as u64 != p.len {
        return Err(io::Error::new(
            io::ErrorKind::UnexpectedEof,
            "the spill is shorter than what was written to it",
        ));
    }
    Ok(())
}

/// The problem's id where its JSON (written from column 0) starts with an
/// empty one, and `{id}-m1`, `-m2`… in its measures' empty ids: the only
/// keys at depth 3 (column 6) that are `"id"` (a figure's keys are others;
/// `extra` maps are at depth 2, a measure's at depth 4).
fn write_with_ids(text: &[u8], id: &str, w: &mut dyn Write) -> io::Result<()> {
    const PROBLEM_HOLE: &[u8] = b"{\n  \"id\": \"\"";
    const MEASURE_HOLE: &[u8] = b"\n      \"id\": \"\"";
    let rest = text.strip_prefix(PROBLEM_HOLE).ok_or_else(|| {
        io::Error::new(
            io::ErrorKind::InvalidData,
            "a spilled problem without its id",
        )
    })?;
    write!(w, "{{\n  \"id\": \"{id}\"")?;
    let mut rest = rest;
    let mut k = 0u32;
    while let Some(at) = find(rest, MEASURE_HOLE) {
        k += 1;
        w.write_all(&rest[..at])?;
        write!(w, "\n      \"id\": \"{id}-m{k}\"")?;
        rest = &rest[at + MEASURE_HOLE.len()..];
    }
    w.write_all(rest)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// `value` as pretty JSON whose lines after the first are indented by
/// `pad` more spaces: how serde writes it at that depth.
fn pretty_at(w: &mut dyn Write, value: &impl Serialize, pad: usize) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut Reindent { inner: w, pad }, value)?;
    Ok(())
}

/// Indents every line after the first by `pad` spaces. Pretty JSON holds
/// a newline only between its tokens (one in a string is written `\n`), so
/// this moves a value written from column 0 to any depth.
struct Reindent<'a> {
    inner: &'a mut dyn Write,
    pad: usize,
}

impl Write for Reindent<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        const SPACES: &[u8] = &[b' '; 64];
        let mut rest = buf;
        while let Some(at) = rest.iter().position(|&b| b == b'\n') {
            self.inner.write_all(&rest[..=at])?;
            let mut pad = self.pad;
            while pad > 0 {
                let n = pad.min(SPACES.len());
                self.inner.write_all(&SPACES[..n])?;
                pad -= n;
            }
            rest = &rest[at + 1..];
        }
        self.inner.write_all(rest)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// The problems as they are read: the one read last is held (a row may
/// continue it); the one before it, complete, is given its status and
/// written to the spill.
struct Sink<'r, S: Write> {
    out: Option<BufWriter<S>>,
    written: u64,
    buf: Vec<u8>,
    current: Option<(u32, Node)>,
    titles: Vec<Option<String>>,
    index: HashMap<Option<String>, u32>,
    problems: Vec<Spilled>,
    labels: String,
    rules: &'r StatusRules,
    /// The first failed write; later problems are not written.
    error: Option<io::Error>,
}

impl<'r, S: Write> Sink<'r, S> {
    fn new(spill: S, rules: &'r StatusRules) -> Self {
        Sink {
            out: Some(BufWriter::with_capacity(1 << 16, spill)),
            written: 0,
            buf: Vec::new(),
            current: None,
            titles: Vec::new(),
            index: HashMap::new(),
            problems: Vec::new(),
            labels: String::new(),
            rules,
            error: None,
        }
    }

    /// Writes the problem held, if any, to the spill.
    fn complete(&mut self) {
        let Some((group, mut node)) = self.current.take() else {
            return;
        };
        status::infer(&mut node, self.rules);
        self.buf.clear();
        let written = serde_json::to_writer_pretty(&mut self.buf, &node)
            .map_err(io::Error::from)
            .and_then(|()| match &mut self.out {
                Some(out) if self.error.is_none() => out.write_all(&self.buf),
                _ => Ok(()),
            });
        if let Err(e) = written {
            self.error.get_or_insert(e);
        }
        let len = self.buf.len() as u64;
        let label_start = self.labels.len();
        self.labels.push_str(&node.label);
        self.problems.push(Spilled {
            group,
            line: node.source_line.unwrap_or(0),
            number: printed_number(&node.label),
            start: self.written,
            len,
            label_start,
            label_end: self.labels.len(),
            id_end: 0,
        });
        self.written += len;
    }

    /// The spill, the group titles, the problems and their labels, once
    /// every row is read.
    #[allow(clippy::type_complexity)]
    fn finish(mut self) -> io::Result<(S, Vec<Option<String>>, Vec<Spilled>, String)> {
        self.complete();
        if let Some(e) = self.error.take() {
            return Err(e);
        }
        let out = self
            .out
            .take()
            .ok_or_else(|| io::Error::other("no spill"))?;
        let spill = out.into_inner().map_err(|e| e.into_error())?;
        Ok((spill, self.titles, self.problems, self.labels))
    }
}

impl<S: Write> Problems for Sink<'_, S> {
    fn push(&mut self, group: Option<String>, node: Node) {
        self.complete();
        let g = match self.index.get(&group) {
            Some(&g) => g,
            None => {
                let g = self.titles.len() as u32;
                self.titles.push(group.clone());
                self.index.insert(group, g);
                g
            }
        };
        self.current = Some((g, node));
    }

    fn last_mut(&mut self) -> Option<&mut Node> {
        self.current.as_mut().map(|(_, node)| node)
    }

    fn has_group(&self, title: &str) -> bool {
        self.index.contains_key(&Some(title.to_string()))
    }
}
