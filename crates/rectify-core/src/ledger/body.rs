//! The rows below the header, read one by one. Each row is classified
//! ([`RowKind`]); a problem row starts a problem, a row without problem text
//! continues the one above, single-cell rows are group headings (or, when
//! no problem follows them, notes below the table).

use std::collections::{HashMap, HashSet};

use super::layout::Layout;
use super::problem::{add_row, new_problem};
use super::{Field, LedgerError, Row};
use crate::convert::{StatusRules, Warning};
use crate::model::{Node, Skipped};
use crate::text::figures;

/// What a row below the header is.
enum RowKind {
    Blank,
    /// The header printed again (a table pasted from several pages).
    RepeatedHeader,
    /// A single filled cell and no problem: a group heading such as
    /// `一、党的领导方面`, or a note below the table.
    Heading(String),
    /// No problem text: continues the problem above (cells merged in Excel).
    NoProblemText,
    /// A row of sums, `合计`/`总计` (the whole table's) or `小计` (a group's),
    /// in its first filled cell.
    Sums {
        whole: bool,
    },
    /// A new problem.
    Problem(String),
}

fn classify(row: &Row, layout: &Layout) -> RowKind {
    if row.is_blank() {
        return RowKind::Blank;
    }
    if layout.repeats_header(row) {
        return RowKind::RepeatedHeader;
    }
    if let Some(whole) = row.filled_cells().next().and_then(sums_label) {
        return RowKind::Sums { whole };
    }
    let problem = layout.cell(row, Field::Problem);
    if !problem.is_empty() {
        return RowKind::Problem(problem);
    }
    if let Some(name) = group_row(row, layout) {
        return RowKind::Heading(name);
    }
    let single = row.filled_cells().count() == 1;
    if single && layout.cell(row, Field::Measures).is_empty() {
        let text = row.filled_cells().next().unwrap_or_default();
        return RowKind::Heading(text.to_string());
    }
    RowKind::NoProblemText
}

/// A problem row that repeats the problem above it: the same problem
/// text, number and category (`1,甲问题,措施一` then `1,甲问题,措施二`, as a
/// table whose merged cells were filled in prints them).
fn repeats(last: &Node, row: &Row, text: &str, layout: &Layout, source: Option<&str>) -> bool {
    let category = layout.cell(row, Field::Source);
    let same_group = category.is_empty() || source == Some(category.as_str());
    let (title, body) = crate::text::label::split_title(text);
    same_group
        && last.label == layout.cell(row, Field::Number)
        && last.title == title
        && last.body.starts_with(body.as_str())
}

/// A group's row: a number in words in the number column (`一`, `（二）`,
/// `三、`: the problems' are figures) and one other cell, its name
/// (`一,预算管理,,,…`), nothing under measures: the group's heading, not a
/// problem without text.
fn group_row(row: &Row, layout: &Layout) -> Option<String> {
    let number = layout.cell(row, Field::Number);
    if !is_number_in_words(&number) {
        return None;
    }
    let mut others = row.filled_cells().filter(|c| *c != number);
    let name = others.next()?;
    let alone = others.next().is_none() && layout.cell(row, Field::Measures).is_empty();
    if !alone {
        return None;
    }
    // Named in the category column, the group is its problems' category;
    // else its heading reads as a heading in one cell would (`一、…`).
    if layout.cell(row, Field::Source) == name {
        return Some(name.to_string());
    }
    let numbered = number.ends_with(['、', '）', ')', '.', '．']);
    Some(format!(
        "{number}{}{name}",
        if numbered { "" } else { "、" }
    ))
}

/// `一`, `十二`, `（三）`, `四、`: a number in Chinese numerals alone.
fn is_number_in_words(cell: &str) -> bool {
    let core = cell.trim_matches(|c: char| {
        crate::text::is_ws(c) || matches!(c, '（' | '）' | '(' | ')' | '、' | '.' | '．')
    });
    !core.is_empty() && core.chars().all(crate::text::is_cn_numeral)
}

/// A row's first cell naming its sums: `合计`, `总计` (true: the whole
/// table's) or `小计` (false: a group's), spaces inside allowed (`合　计`).
pub(crate) fn sums_label(cell: &str) -> Option<bool> {
    let t: String = cell.chars().filter(|c| !crate::text::is_ws(*c)).collect();
    match t.trim_end_matches([':', '：']) {
        "合计" | "总计" | "共计" => Some(true),
        "小计" => Some(false),
        _ => None,
    }
}

/// The problems read so far, grouped as they are read: each group (the
/// category cell or, without one, the group heading the problems are
/// under; `None`: none) in order of first appearance, with its problems.
/// Grouping as rows come means a million problems are never held twice
/// (once in reading order, once in groups).
#[derive(Default)]
pub(super) struct Grouped {
    pub groups: Vec<(Option<String>, Vec<Node>)>,
    index: HashMap<Option<String>, usize>,
    /// The group of the problem read last.
    last: Option<usize>,
}

/// Where the problems read go: held in groups ([`Grouped`]), or written
/// out as each is complete (`spill`).
pub(super) trait Problems {
    /// A new problem, in the group `group`; the one before it is complete.
    fn push(&mut self, group: Option<String>, node: Node);
    /// The problem read last, which a continuation row adds to.
    fn last_mut(&mut self) -> Option<&mut Node>;
    /// Whether some problem is grouped under `title`.
    fn has_group(&self, title: &str) -> bool;
}

impl Problems for Grouped {
    fn push(&mut self, group: Option<String>, node: Node) {
        let k = match self.index.get(&group) {
            Some(&k) => k,
            None => {
                self.groups.push((group.clone(), Vec::new()));
                self.index.insert(group, self.groups.len() - 1);
                self.groups.len() - 1
            }
        };
        self.groups[k].1.push(node);
        self.last = Some(k);
    }

    fn last_mut(&mut self) -> Option<&mut Node> {
        self.groups.get_mut(self.last?)?.1.last_mut()
    }

    fn has_group(&self, title: &str) -> bool {
        self.index.contains_key(&Some(title.to_string()))
    }
}

impl Grouped {
    /// Every problem, group by group.
    pub fn nodes_mut(&mut self) -> impl Iterator<Item = &mut Node> {
        self.groups
            .iter_mut()
            .flat_map(|(_, nodes)| nodes.iter_mut())
    }
}

/// What the rows below the header hold.
pub(super) struct Body<P> {
    pub problems: P,
    /// Group headings that some problem is grouped under, with their lines.
    pub headings: Vec<(String, u32)>,
    /// Single-cell rows after the last problem: notes below the table.
    pub notes: Vec<(u32, String)>,
    pub skipped: Vec<Skipped>,
    pub warnings: Vec<Warning>,
    /// The group heading read last, until a problem row follows it.
    open_heading: Option<(String, u32)>,
    /// Single-cell rows since the last problem row.
    trailing: Vec<(u32, String)>,
    /// The last category cell, which later rows inherit when theirs is empty.
    last_source: Option<String>,
}

/// Reads the rows below the header, one at a time as they are read (a
/// million-row CSV is never held as a table), into `problems`; the first
/// error ends it.
pub(super) fn read<P: Problems>(
    rows: impl Iterator<Item = Result<Row, LedgerError>>,
    layout: &Layout,
    rules: &StatusRules,
    problems: P,
) -> Result<Body<P>, LedgerError> {
    let mut body = Body {
        problems,
        headings: Vec::new(),
        notes: Vec::new(),
        skipped: Vec::new(),
        warnings: Vec::new(),
        open_heading: None,
        trailing: Vec::new(),
        last_source: None,
    };
    for row in rows {
        body.row(&row?, layout, rules);
    }
    body.finish();
    Ok(body)
}

impl<P: Problems> Body<P> {
    fn row(&mut self, row: &Row, layout: &Layout, rules: &StatusRules) {
        // A row lacking the cells of a merged column, as pasted as text.
        let placed = super::short_rows::placed(row, layout);
        let row = placed.as_ref().unwrap_or(row);
        match classify(row, layout) {
            RowKind::Blank => {}
            RowKind::RepeatedHeader => self.skipped.push(Skipped {
                line: row.line,
                text: row.joined(),
                reason: "重复的表头".into(),
            }),
            RowKind::Heading(text) => {
                self.trailing.push((row.line, text.clone()));
                // Of headings in a row, the last is the group; the earlier
                // ones are kept as headings no problem is under.
                if let Some(earlier) = self.open_heading.replace((text, row.line)) {
                    self.headings.push(earlier);
                }
            }
            RowKind::NoProblemText => {
                self.close_heading();
                match self.problems.last_mut() {
                    // A continued category cell is the same group: only the node grows.
                    Some(last) => add_row(last, row, layout, rules, &mut self.warnings),
                    None => {
                        self.warnings.push(Warning {
                            line: row.line,
                            column: layout.column_no(Field::Problem),
                            message: "此行没有问题内容，其他列已保留在 extra 中".into(),
                        });
                        self.start_problem(row, "", layout, rules);
                    }
                }
            }
            // The whole table's sums state its totals; a group's do not.
            RowKind::Sums { whole } => {
                self.close_heading();
                if whole {
                    self.notes.push((row.line, row.joined()));
                }
                self.skipped.push(Skipped {
                    line: row.line,
                    text: row.joined(),
                    reason: if whole { "合计行" } else { "小计行" }.into(),
                });
            }
            RowKind::Problem(text) => {
                self.close_heading();
                match self.problems.last_mut() {
                    // The problem's cells printed again on each of its
                    // rows (merged cells filled in): the same problem.
                    Some(last)
                        if repeats(last, row, &text, layout, self.last_source.as_deref()) =>
                    {
                        add_row(last, row, layout, rules, &mut self.warnings)
                    }
                    _ => self.start_problem(row, &text, layout, rules),
                }
            }
        }
    }

    /// A row that is not a heading: the headings read since the last such
    /// row are not notes below the table, and the last of them is a group.
    fn close_heading(&mut self) {
        self.trailing.clear();
        if let Some(heading) = self.open_heading.take() {
            self.headings.push(heading);
        }
    }

    fn start_problem(&mut self, row: &Row, text: &str, layout: &Layout, rules: &StatusRules) {
        self.close_problem();
        let mut node = new_problem(row, text, layout);
        add_row(&mut node, row, layout, rules, &mut self.warnings);
        let source = layout.cell(row, Field::Source);
        if !source.is_empty() {
            self.last_source = Some(source);
        }
        let group = self
            .last_source
            .clone()
            .or_else(|| self.headings.last().map(|(t, _)| t.clone()));
        node.figures = figures::extract(&node.title, &node.body);
        self.problems.push(group, node);
    }

    /// The problem above is complete: its vectors give back the room they
    /// grew for (a vector of one measure holds four nodes' room, 1.2 KB, which
    /// for a million problems is most of the memory).
    fn close_problem(&mut self) {
        if let Some(node) = self.problems.last_mut() {
            node.children.shrink_to_fit();
            node.owners.shrink_to_fit();
            node.figures.shrink_to_fit();
        }
    }

    /// Notes below the table (single-cell rows with no problem after them)
    /// and group headings no problem is grouped under go to `skipped`.
    fn finish(&mut self) {
        self.close_problem();
        let trailing = std::mem::take(&mut self.trailing);
        let trailing_lines: HashSet<u32> = trailing.iter().map(|(line, _)| *line).collect();
        self.headings
            .retain(|(_, line)| !trailing_lines.contains(line));
        for (line, text) in trailing {
            self.notes.push((line, text.clone()));
            self.skipped.push(Skipped {
                line,
                text,
                reason: "表格之后".into(),
            });
        }
        let problems = &self.problems;
        let (used, unused): (Vec<_>, Vec<_>) = std::mem::take(&mut self.headings)
            .into_iter()
            .partition(|(title, _)| problems.has_group(title));
        self.headings = used;
        self.skipped
            .extend(unused.into_iter().map(|(text, line)| Skipped {
                line,
                text,
                reason: "分组标题".into(),
            }));
    }
}
