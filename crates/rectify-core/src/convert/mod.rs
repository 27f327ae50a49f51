//! The notice converter: the text of a published notice in, a [`Report`] out.
//!
//! The text is split into lines ([`lines`]), with formatting left over from
//! copying removed first ([`markup`]) and a notice that lost its line
//! breaks cut back into its lines ([`reflow`]): page clutter, publication info
//! and the signature go to `report.skipped` (and into the metadata), the
//! line that scores most like a title ([`title`]) into `meta.title`. Each remaining line is a paragraph
//! (one that lists problems inside it, `巡察指出：①…；②…`, is cut into
//! pieces: [`inline_items`]; one that holds `整改措施：`/`整改情况：` keys
//! after its first sentence is cut before them: [`inline_keys`]). Paragraphs
//! with a numbering label (`text::label`) become nodes nested by
//! label style ([`tree`]); kinds and ids follow the role of their section
//! ([`roles`]), by keywords in its title or else by its shape ([`shape`]);
//! measures, problems and long-term items get a status with evidence
//! ([`status`], a problem's own `整改情况` report first: [`report_text`]);
//! every node gets the figures of its text (`text::figures`). Of the
//! summary sentences the report-wide one is the stated totals
//! (`text::totals_choice`).
//! Before the first label is the preamble, after the sections the closing
//! paragraph; both are nodes and both feed the metadata ([`meta`]).
//!
//! The converter never panics and never drops text: every content line ends
//! up in a node or in `report.skipped`.

mod about_leads;
mod aligned_table;
mod all_but;
mod answered;
mod appendix;
mod appendix_table;
mod bar_table;
mod bare_numbers;
mod box_table;
mod bracket_headings;
mod bullets;
mod card_table;
mod cell_table;
mod contents;
mod count_notes;
mod counted_levels;
mod covering_notes;
mod deadline_ahead;
mod decimal_labels;
mod demotions;
mod field_titles;
mod from_measures;
mod glued_items;
mod inline_items;
mod inline_keys;
mod invisible;
mod keyed_bars;
mod keyed_fields;
mod keyed_lists;
mod lead_keys;
mod leading_marks;
mod levels;
mod lines;
mod list_reports;
mod markdown_rows;
mod markup;
/// An HTML entity at the start of a text and the character it stands for
/// (the converter reads `&ldquo;` as `“`), for callers that account for it.
pub use markup::entity_at as html_entity_at;
mod group_totals;
mod meta;
mod node_ids;
mod not_counted;
mod outline_labels;
mod own_sentence;
mod parallel_lists;
mod parts;
mod plain_headings;
mod plain_problems;
mod quoted_cells;
mod quoted_items;
mod references;
mod reflow;
mod relative_deadlines;
pub(crate) mod report_text;
mod reported_paragraphs;
mod reported_runs;
mod reports_by_number;
mod reports_by_unit;
mod restated;
mod roles;
mod settled_by_totals;
pub(crate) mod shape;
mod shared_numbering;
mod shared_report;
mod single_space_table;
mod space_table;
mod spaced_figures;
mod spaced_words;
mod speaker;
mod state_groups;
mod status;
mod status_marks;
mod title;
mod titled_paragraphs;
mod tree;
mod unit_groups;
mod unit_leads;
mod unit_lists;
mod unnumbered_items;
mod word_numbered;
mod wrapped;
mod wrapped_cells;

use serde::{Deserialize, Serialize};

pub use levels::{describe as describe_levels, Level, LevelKind, Numbering};
pub(crate) use meta::GENERATOR;

use crate::model::{Node, NodeKind, Report, Skipped, StatedTotals, FORMAT};
use crate::text::phrases::StatusPhrases;
use crate::text::{figures, owners, totals, totals_choice};
use lines::LineRole;
use tree::{Para, Tree};

/// A problem found while converting, located in the source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    /// 1-based line.
    pub line: u32,
    /// 1-based column, in characters.
    pub column: u32,
    /// What is wrong, in Chinese (`文本在(12)处中断，可能不完整`).
    pub message: String,
}

/// Phrases that decide a node's status. A JSON file of this shape overrides
/// the defaults; missing fields keep their defaults.
///
/// Defaults:
/// - `done`: 已完成, 均已, 全部完成, 已全部, 整改完毕, 完成整改, 已整改到位,
///   已整改完成, 已办结, 办理完毕, 已销号, 已整改, 已按期完成, 已按时完成,
///   已如期完成, 已全面完成, 已彻底整改
/// - `in_progress`: 下一步, 正在, 逐步, 后续将, 将继续, 持续推动整改, 继续整改, 尚未, 仍有,
///   仍在, 尚在, 尚需, 计划于, 将于 (`将于12月底前完成`: completion planned, not reported), 未办结, 未完成,
///   基本完成 (as in ledgers: not yet complete), 部分整改, 部分完成,
///   阶段性完成, 完成阶段性 (`已完成阶段性任务`: a stage done), 推进中, 整改中, 按计划推进, 序时推进, 时序推进, 序时进度 (`达到序时进度`:
///   on schedule), 施工中, 责令限期, 限期整改
///   (work ordered with a deadline), 持续跟进, 未销号, 待销号, 待验收, 初步完成,
///   部分落实 (as ledgers' state cells say it), 进度滞后 (behind schedule,
///   only in a clause of its own: `目前仅完成2个，进度滞后。`)
/// - `long_term_sections`: 需长期整改, 长期整改, 长期 (a section whose title
///   contains one holds long-term items; the matched keyword is the evidence)
/// - `problem_sections`: 问题, 反馈, 整改落实, 隐患 (hazards, as a safety
///   inspection calls its findings; a section whose title contains
///   one holds focus areas, categories and problems)
/// - `other_sections`: 下一步, 下步, 打算, 工作安排, 主体责任, 部署, 原因, 体会,
///   情况说明, 推进安排 (a section whose title contains one holds plain
///   items, even if it mentions 问题: `三、整改中存在的主要问题及原因`,
///   `三、尚未完成整改问题的情况说明`)
///
/// In-progress phrases win over done phrases within one node. See the
/// `status` module for where phrases are searched and which occurrences do
/// not count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct StatusRules {
    pub done: Vec<String>,
    pub in_progress: Vec<String>,
    pub long_term_sections: Vec<String>,
    pub problem_sections: Vec<String>,
    pub other_sections: Vec<String>,
}

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

impl Default for StatusRules {
    fn default() -> Self {
        StatusRules {
            done: strings(&[
                "已完成",
                "均已",
                "全部完成",
                "已全部",
                "整改完毕",
                "完成整改",
                "已整改到位",
                "已整改完成",
                "已办结",
                "办理完毕",
                "已销号",
                "已整改",
                // `已按期完成。`: done as planned (with `已`: a checklist's
                // `排查…按期完成结账…等情况` says what was checked).
                "已按期完成",
                "已按时完成",
                "已如期完成",
                "已全面完成",
                "已彻底整改",
                // A 专项整治's words: `已整治到位`, `整治完毕`.
                "已整治到位",
                "已整治完成",
                "整治完毕",
                "完成整治",
            ]),
            in_progress: strings(&[
                "下一步",
                "正在",
                "逐步",
                "后续将",
                "将继续",
                "持续推动整改",
                // `复查时仍未整改到位，…并责令继续整改`: ordered to go on.
                "继续整改",
                "尚未",
                "仍有",
                "仍在",
                "尚在",
                // `尚需省级部门批复后方能完成`: what is still needed.
                "尚需",
                "计划于",
                "将于",
                "未办结",
                // `未完成。`: not yet done, however far it went.
                "未完成",
                "基本完成",
                "未到期",
                // `整改期限未到`: the deadline not yet come.
                "期限未到",
                "时限未到",
                "部分整改",
                "部分完成",
                "阶段性完成",
                // `阶段性整改完成`: a stage of the rectification.
                "阶段性整改",
                // `已完成阶段性任务`: a stage done, not the work.
                "完成阶段性",
                "推进中",
                "整改中",
                "按计划推进",
                // `目前正按照规划分步推进`, `正抓紧施工`: work under way,
                // said without `在`.
                "正按照",
                "正加紧",
                "正抓紧",
                "正有序",
                "正稳步",
                "正全力",
                // `已拟定方案，正报批`: waiting for approval.
                "正报批",
                "报批中",
                "审批中",
                "加紧推进",
                "序时推进",
                // `按时序推进`: on schedule, the same words the other way.
                "时序推进",
                "序时进度",
                "施工中",
                "责令限期",
                "限期整改",
                // As ledgers' state cells say it (`未销号`, `待验收`): not
                // yet done. (Not `落实中` nor `进行中`, which run on into
                // other words: `贯彻落实中央…`, `进行中期评估`.)
                "持续跟进",
                "未销号",
                "待销号",
                "待验收",
                "初步完成",
                // `已初步整改`, `基本整改到位`: most of it, not all.
                "初步整改",
                "基本整改",
                "基本到位",
                "部分落实",
                // `目前仅完成2个，进度滞后。`, `（进度滞后）`: behind
                // schedule, in a clause of its own (not a finding's words:
                // `项目建设进度滞后`).
                "进度滞后",
            ]),
            long_term_sections: strings(&["需长期整改", "长期整改", "长期"]),
            problem_sections: strings(&["问题", "反馈", "整改落实", "隐患"]),
            other_sections: strings(&[
                "下一步",
                "下步",
                "打算",
                "工作安排",
                "主体责任",
                "部署",
                "原因",
                "体会",
                "情况说明",
                "推进安排",
            ]),
        }
    }
}

impl StatusRules {
    /// The done and in-progress phrases, for searching a text.
    pub(crate) fn phrases(&self) -> StatusPhrases<'_> {
        StatusPhrases {
            done: &self.done,
            in_progress: &self.in_progress,
        }
    }
}

/// Options for [`convert_notice`].
#[derive(Debug, Clone, Default)]
pub struct ConvertOptions {
    /// Name of the source file, recorded in `meta.source.document`.
    pub source_name: Option<String>,
    pub rules: StatusRules,
    /// An editor's kind per numbering level (review choices); empty: the
    /// converter decides.
    pub levels: Vec<LevelKind>,
}

/// The result of a conversion: the report and what the converter noticed.
#[derive(Debug, Clone)]
pub struct Conversion {
    pub report: Report,
    pub warnings: Vec<Warning>,
    /// The numbering levels of the part that holds the problems, with the
    /// kinds they were given (empty for ledgers).
    pub levels: Vec<Level>,
}

/// A heading with nothing under it right before a table
/// (`二、巡察反馈问题整改进展情况表`), or whose text introduces it (`…具体
/// 如下：`): the table is its content.
fn heads_the_table(n: &Node, below: &TextBelow) -> bool {
    // A note on the table printed below it (`注：第3项…`), or a note in
    // brackets above it (`（本部分为…转办事项，供参考）`), is read as the
    // heading's text too; so is any text below the table (`below`).
    let bracketed = |p: &str| p.starts_with(['（', '(']) && p.ends_with(['）', ')']);
    let note = |p: &&str| p.starts_with("注") || p.starts_with("备注") || bracketed(p);
    let intro = || {
        n.body
            .rsplit("\n\n")
            .skip(below.of(n))
            .map(crate::text::trim)
            .find(|p| !note(p))
    };
    n.children.is_empty()
        && !matches!(n.kind, NodeKind::Preamble | NodeKind::Closing)
        && intro().is_none_or(|p| p.is_empty() || p.ends_with(['：', ':']))
}

/// The paragraphs printed below a table that went to the heading above it
/// (`以上2项均已整改完成。`, `下一步，…`): the heading's id and how many of
/// its last paragraphs they are, and the first of them.
#[derive(Debug, Default)]
struct TextBelow(Option<(String, usize)>, Option<String>);

impl TextBelow {
    /// How many of a node's last paragraphs are below the table.
    fn of(&self, n: &Node) -> usize {
        match &self.0 {
            Some((id, below)) if *id == n.id => *below,
            _ => 0,
        }
    }
}

/// The text below each table (at `table_lines`, ascending), as the tree
/// placed it; and for each paragraph, whether it is the text, above or
/// below a table, of a heading that has nothing else under it (read for
/// stated totals). One pass over the paragraphs, whatever the number of
/// tables.
fn text_below_tables(
    tree: &Tree,
    paras: &[Para],
    table_lines: &[u32],
) -> (Vec<TextBelow>, Vec<bool>) {
    // Each paragraph's rank among its node's paragraphs, their counts, and
    // each node's first paragraph.
    let mut count = vec![0usize; tree.nodes.len()];
    let mut first_of = vec![usize::MAX; tree.nodes.len()];
    let rank: Vec<usize> = tree
        .placed
        .iter()
        .enumerate()
        .map(|(k, place)| match *place {
            tree::Place::Node(i) => {
                first_of[i] = first_of[i].min(k);
                count[i] += 1;
                count[i] - 1
            }
            _ => 0,
        })
        .collect();
    // The first paragraph below a table, per bare heading.
    let mut bare_from = vec![usize::MAX; tree.nodes.len()];
    let below = table_lines
        .iter()
        .map(|&line| {
            let Some(before) = paras.partition_point(|p| p.line < line).checked_sub(1) else {
                return TextBelow::default();
            };
            let Some(&tree::Place::Node(i)) = tree.placed.get(before) else {
                return TextBelow::default();
            };
            // A bare heading's text above the table too (`截至9月30日，…反馈
            // 的12个具体问题，已完成整改9个…` right before a table of 12).
            if tree.nodes[i].children.is_empty() {
                bare_from[i] = bare_from[i].min(first_of[i]);
            }
            let first = paras
                .get(before + 1)
                .filter(|_| tree.placed.get(before + 1) == Some(&tree::Place::Node(i)))
                .map(|p| p.text.clone());
            let id = tree.nodes[i].id.clone();
            TextBelow(Some((id, count[i] - rank[before] - 1)), first)
        })
        .collect();
    let in_bare = tree
        .placed
        .iter()
        .enumerate()
        .map(|(k, place)| matches!(*place, tree::Place::Node(i) if k >= bare_from[i]))
        .collect();
    (below, in_bare)
}

/// Puts a table's rows where the table stood: under the heading right
/// before it when that heading introduces it (a top-level one, or one
/// under a section: `heading_before`), else among the top-level nodes by
/// its line.
fn place_table(
    nodes: &mut Vec<Node>,
    mut rows: Vec<Node>,
    (line, below): (u32, &TextBelow),
    table: usize,
    rules: &StatusRules,
) {
    let at = nodes
        .iter()
        .position(|n| n.kind == NodeKind::Closing || n.source_line.is_some_and(|l| l > line))
        .unwrap_or(nodes.len());
    let nested = at
        .checked_sub(1)
        .filter(|&h| !nodes[h].children.is_empty())
        .and_then(|h| Some((h, heading_before(&nodes[h], line)?)))
        .filter(|&(h, g)| heads_the_table(&nodes[h].children[g], below));
    if let Some((h, g)) = nested {
        // `二、…` › `（四）…方面` with `…具体如下：`, then the table.
        let mut siblings = rows_of_siblings(&mut rows, &nodes[h].children[g]);
        cell_table::prefix_ids(&mut siblings, &format!("{}-", nodes[h].id));
        let taken: Vec<&str> = nodes
            .iter()
            .flat_map(|n| n.walk().map(|x| x.id.as_str()))
            .collect();
        cell_table::keep_ids_apart(&mut siblings, &taken, table);
        let group = &mut nodes[h].children[g];
        // `2.县市场监督管理局（3件，已全部办结）` over its table.
        if let Some(state) = state_groups::state_in_note(&group.title, rules) {
            state_groups::give_rows(&mut rows, &state);
        }
        group.kind = NodeKind::FocusArea;
        group.status = None;
        group.status_evidence = None;
        cell_table::prefix_ids(&mut rows, &format!("{}-", group.id));
        // The table's group rows (`（一）山洪灾害防御（2个）`) one level down.
        for row in rows.iter_mut().filter(|r| r.kind == NodeKind::FocusArea) {
            row.kind = NodeKind::Category;
        }
        group.children = rows;
        nodes[h].children.splice(g + 1..g + 1, siblings);
        return;
    }
    // `三、职工群众反映问题（4个）` over a table of 4 rows, or a heading
    // whose text after the table looks back at its 2 rows (`以上2项均已整改
    // 完成。`): it holds them, whatever other text follows the table.
    let problems = count_problems(&rows);
    let rows_state = |n: &Node| {
        let first = below.1.as_deref().filter(|_| below.of(n) > 0)?;
        state_groups::state_of_rows(first, problems, rules)
    };
    let counted = |n: &Node| {
        n.children.is_empty()
            && !matches!(n.kind, NodeKind::Preamble | NodeKind::Closing)
            && (shape::note_count(&n.title) == Some(problems)
                || rows_state(n).is_some()
                || counts_rows(n, problems, below))
    };
    match at
        .checked_sub(1)
        .filter(|&h| heads_the_table(&nodes[h], below) || counted(&nodes[h]))
    {
        Some(h) => {
            let noted = |n: &Node| state_groups::state_in_note(&n.title, rules);
            if let Some(state) = rows_state(&nodes[h]).or_else(|| noted(&nodes[h])) {
                state_groups::give_rows(&mut rows, &state);
            }
            let section_id = section_id_for(&nodes[h].id, nodes);
            hold_table(&mut nodes[h], rows, section_id);
        }
        None => {
            let taken: Vec<&str> = nodes
                .iter()
                .flat_map(|n| n.walk().map(|x| x.id.as_str()))
                .collect();
            cell_table::keep_ids_apart(&mut rows, &taken, table);
            nodes.splice(at..at, rows);
        }
    }
}

/// The paragraphs right above a table read for a count of its rows, and
/// the longest of them read (characters): a bounded cost per table.
const MAX_COUNTING_PARAS: usize = 3;
const MAX_COUNTING_CHARS: usize = 1000;

/// The heading's text right above the table counts its problems
/// (`截至9月30日，…反馈的12个具体问题，已完成整改9个…` over a table of 12
/// rows): the table is its content.
fn counts_rows(n: &Node, problems: usize, below: &TextBelow) -> bool {
    let line = n.source_line.unwrap_or(0);
    n.body
        .rsplit("\n\n")
        .skip(below.of(n))
        .take(MAX_COUNTING_PARAS)
        .filter(|p| p.chars().count() <= MAX_COUNTING_CHARS)
        .any(|p| {
            crate::text::totals::find_all(&[(line, p)])
                .iter()
                .any(|t| t.total.is_some_and(|v| v as usize == problems))
        })
}

/// The problems among a table's rows (group rows hold theirs).
fn count_problems(rows: &[Node]) -> usize {
    rows.iter()
        .map(|r| match r.kind {
            NodeKind::Problem | NodeKind::LongTerm => 1,
            _ => count_problems(&r.children),
        })
        .sum()
}

/// The heading under a section right before the table's line (`二、…` ›
/// `（四）…`, the last one, or `（一）城区片` before `（二）…`), when it is a
/// problem read from a heading one level down.
fn heading_before(section: &Node, line: u32) -> Option<usize> {
    if section.kind != NodeKind::Section {
        return None;
    }
    // `（三）乡镇属地管理` with nothing under it but the table, beside
    // groups of problems: read as an item, for it held nothing when the
    // kinds were given.
    let holds_problems = section.children.iter().any(|c| {
        matches!(
            c.kind,
            NodeKind::FocusArea | NodeKind::Category | NodeKind::Problem
        )
    });
    let at = section
        .children
        .iter()
        .rposition(|c| c.source_line.is_some_and(|l| l < line))?;
    let before = &section.children[at];
    let bare = before.kind == NodeKind::Item && before.body.trim().is_empty() && holds_problems;
    (before.kind == NodeKind::Problem || bare).then_some(at)
}

/// The table's rows from its first group row numbered right after the
/// heading that holds the table (`（一）立行立改问题` › the table, whose
/// rows go on `（二）长期整改问题` › `6 …`): taken out of `rows`, that group
/// and what follows are the heading's siblings, not its content.
fn rows_of_siblings(rows: &mut Vec<Node>, heading: &Node) -> Vec<Node> {
    let Some((style, number)) = crate::text::label::style_at(&heading.label) else {
        return Vec::new();
    };
    let next = Some((style, number.saturating_add(1)));
    let from = rows.iter().position(|r| {
        r.kind == NodeKind::FocusArea
            && r.label.is_empty()
            && crate::text::label::style_at(&r.title) == next
    });
    from.map_or_else(Vec::new, |k| rows.split_off(k))
}

/// The table's rows under the heading that names it, which is then a
/// section: its status was decided without them.
fn hold_table(heading: &mut Node, mut rows: Vec<Node>, section_id: Option<String>) {
    heading.kind = NodeKind::Section;
    heading.status = None;
    heading.status_evidence = None;
    if let Some(id) = section_id {
        heading.id = id;
    }
    cell_table::prefix_ids(&mut rows, &format!("{}-", heading.id));
    heading.children = rows;
}

/// The id a heading read as a problem at first (`p2`) takes as the section
/// it is (`s2`), unless another node has that id already (then it keeps
/// its own).
fn section_id_for(id: &str, nodes: &[Node]) -> Option<String> {
    let n = id
        .strip_prefix('p')
        .filter(|n| n.bytes().all(|b| b.is_ascii_digit()))?;
    let section = format!("s{n}");
    let taken = nodes.iter().any(|r| r.walk().any(|x| x.id == section));
    (!taken).then_some(section)
}

fn para_node(id: &str, kind: NodeKind, paras: &[Para]) -> Option<Node> {
    let first = paras.first()?;
    let mut node = Node::new(id, kind, "");
    node.body = paras
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    node.source_line = Some(first.line);
    node.figures = figures::extract(&node.title, &node.body);
    Some(node)
}

/// The work told in a problem's title after the words naming it and a
/// colon (`关于高标准农田建设项目进度滞后的问题：…，剩余工程计划于2025年
/// 6月底前完工。`): where its plan is read, as in a report.
fn work_after_name(title: &str) -> Option<&str> {
    let at = title.find("问题：").map(|k| k + "问题：".len());
    let at = at.or_else(|| title.find("问题:").map(|k| k + "问题:".len()))?;
    Some(&title[at..]).filter(|w| !w.trim().is_empty())
}

/// The date in a cell after a tab at the end of an item's line
/// (`3.…不规范⇥整改中⇥2025年3月底`): its deadline, as a ledger's
/// deadline cell gives it.
fn cell_deadline(title: &str) -> Option<String> {
    title
        .split('\t')
        .skip(1)
        .filter_map(|c| owners::deadline_value(c.trim()))
        .find(|d| crate::calendar::ymd(d).is_some())
}

/// The report's node for tree node `i` and its subtree. The tree's text
/// is moved, not copied: the tree is not used after.
fn to_node(tree: &mut Tree, i: usize, decisions: &mut [Option<status::Decision>]) -> Node {
    let t = &mut tree.nodes[i];
    let report_in_title = t.report_in_title.and_then(|at| t.title.get(at as usize..));
    // `第2项问题正在整改，计划2026年1月底前完成。` speaking for it.
    // `问题3：…风险（正在整改，限12月底前完成）`: the state's note ending
    // the title sets it.
    let planned = report_in_title
        .and_then(owners::planned_deadline)
        .or_else(|| t.spoken_for.as_deref().and_then(owners::planned_deadline))
        .or_else(|| {
            // `…形成资产未入账（正在整改，计划2026年3月底前完成）。`
            let title = t.title.trim_end_matches(['。', '；', ';']);
            shape::trailing_note(title).and_then(owners::planned_deadline)
        })
        .or_else(|| work_after_name(&t.title).and_then(owners::planned_deadline))
        .or_else(|| cell_deadline(&t.title));
    let figures = figures::extract(&t.title, &t.body);
    let stated = owners::extract(&format!("{}\n{}", t.title, t.body));
    let mut node = Node::new(
        std::mem::take(&mut t.id),
        t.kind,
        std::mem::take(&mut t.title),
    );
    node.label = std::mem::take(&mut t.label);
    node.body = std::mem::take(&mut t.body);
    node.source_line = Some(t.line);
    if let Some(d) = decisions[i].take() {
        node.status = Some(d.status);
        node.status_evidence = Some(d.evidence);
    }
    node.figures = figures;
    node.owners = stated.owners;
    // A finding answered apart (`针对…的问题，…（责任科室：…）`): the owners
    // its answer names.
    if node.owners.is_empty() {
        if let Some(words) = t.spoken_for.as_deref() {
            node.owners = owners::extract(words).owners;
        }
    }
    // A measure that opens with the department doing it (`人事科制定…`).
    if node.owners.is_empty() && node.kind == NodeKind::Measure {
        node.owners = owners::measure_doers(&node.title);
    }
    // A report whose sentence opens with the units that did the work
    // (`整改情况：区财政局已将…`) names its owners.
    if node.owners.is_empty() && node.kind == NodeKind::Problem {
        node.owners = match report_text::report_on_state(&node.body) {
            Some(report) => owners::report_subjects(&report),
            // A plain paragraph's problem (no label): the units its
            // report opens with.
            None => {
                let readers: [fn(&str) -> Vec<String>; 3] = [
                    owners::current_subjects,
                    owners::opening_subjects,
                    owners::later_paragraph_subjects,
                ];
                readers
                    .iter()
                    .map(|read| read(&node.body))
                    .find(|names| !names.is_empty())
                    .unwrap_or_default()
            }
        };
    }
    // A measure is often one sentence, its plan inside its title
    // (`上线…系统，预计2026年1月底前投入使用。`).
    node.deadline = stated.deadline.or(planned).or_else(|| match node.kind {
        // A finding in one line plans its work in its own words
        // (`…，县教育局已启动专项招录，计划2026年2月底前完成；`).
        NodeKind::Problem if node.body.trim().is_empty() && node.children.is_empty() => {
            owners::planned_deadline(&node.title)
        }
        NodeKind::Problem => owners::planned_deadline(&node.body),
        NodeKind::Measure => {
            owners::measure_deadline(&node.body).or_else(|| owners::measure_deadline(&node.title))
        }
        _ => None,
    });
    node.completed_on = stated.completed_on;
    let children = std::mem::take(&mut t.children);
    node.children = children
        .iter()
        .map(|&c| to_node(tree, c, decisions))
        .collect();
    node
}

/// The warning for a text that stops mid-sentence.
fn cut_off_warning(tree: &Tree, last: &Para, raw: &str) -> Option<Warning> {
    let end = crate::text::norm_chars(&last.text).last().copied()?;
    let complete = matches!(
        end,
        '。' | '!' | '?' | ';' | '…' | '”' | '’' | '」' | '』' | ')' | '】' | '"' | '.'
    );
    // A closing paragraph ending in a contact entry (`联系电话：0898-12345678`,
    // an e-mail address) is complete.
    // So is one ending in any keyed entry of the contacts
    // (`通信地址：…综合办公室`).
    let in_closing = tree.closing.last().is_some_and(|c| c.line == last.line);
    let contact_end = in_closing
        && (end.is_ascii_alphanumeric() || keyed_entry(&last.text, MAX_CONTACT_VALUE_CHARS));
    // `…【责任部门】办公室`, `…责任单位：办公室`: a note that ends with
    // its value is complete.
    let tail = last
        .text
        .rsplit(['。', '；', ';'])
        .next()
        .unwrap_or(&last.text);
    let note_end = {
        let s = crate::text::owners::extract(tail);
        !s.owners.is_empty() || s.deadline.is_some() || is_keyed_entry(tail)
    };
    if complete || contact_end || note_end {
        return None;
    }
    let place = tree
        .nodes
        .iter()
        .filter(|n| n.line <= last.line && !n.label.is_empty())
        .max_by_key(|n| n.line)
        .filter(|_| tree.closing.last().is_none_or(|c| c.line < last.line))
        .map(|n| n.label.clone())
        .unwrap_or_else(|| format!("第{}行", last.line));
    let column = raw
        .trim_end_matches(crate::text::is_ws)
        .chars()
        .count()
        .max(1);
    Some(Warning {
        line: last.line,
        column: u32::try_from(column).unwrap_or(u32::MAX),
        message: format!("文本在{place}处中断，可能不完整"),
    })
}

/// The longest key (characters) and value (characters) of an entry such as
/// `整改状态：长期坚持`.
const MAX_ENTRY_KEY_CHARS: usize = 8;
const MAX_ENTRY_VALUE_CHARS: usize = 20;

/// A short keyed entry (`整改状态：长期坚持`, `完成时限：2026年3月`): complete
/// without an end mark, as a form's line is.
fn is_keyed_entry(text: &str) -> bool {
    keyed_entry(text, MAX_ENTRY_VALUE_CHARS)
}

/// The longest value of a contact entry (`通信地址：…`; characters).
const MAX_CONTACT_VALUE_CHARS: usize = 60;

/// A keyed entry whose value is at most `max_value` characters.
fn keyed_entry(text: &str, max_value: usize) -> bool {
    let n = crate::text::norm_chars(crate::text::trim(text));
    let Some(colon) = n.iter().position(|&c| c == ':') else {
        return false;
    };
    let key = &n[..colon];
    let value = n.len() - colon - 1;
    (2..=MAX_ENTRY_KEY_CHARS).contains(&key.len())
        && key.iter().all(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
        && (1..=max_value).contains(&value)
}

/// The lines the metadata reads besides the paragraphs, by role.
#[derive(Default)]
struct MetaLines {
    title: Vec<String>,
    pubinfo: Vec<String>,
    signature: Vec<String>,
    docinfo: Vec<String>,
    /// Chrome above the title.
    masthead: Vec<String>,
}

impl MetaLines {
    fn input(&self) -> meta::MetaInput<'_> {
        fn strs(v: &[String]) -> Vec<&str> {
            v.iter().map(String::as_str).collect()
        }
        meta::MetaInput {
            title_lines: strs(&self.title),
            pubinfo: strs(&self.pubinfo),
            signature: strs(&self.signature),
            docinfo: strs(&self.docinfo),
            masthead: strs(&self.masthead),
            ..Default::default()
        }
    }
}

/// The reason recorded in `skipped` for the site's name after a title
/// copied from the browser's page title (`_某某县人民政府`).
pub(crate) const SITE_NAME_REASON: &str = "网站名称";

/// Each line by its role: skipped (with its reason), into the metadata's
/// lines, or a content paragraph. The lines' text is moved, so the lines
/// can go (their raw text is borrowed from the input).
fn sort_lines(
    all_lines: Vec<lines::Line<'_>>,
    line_roles: &[LineRole],
) -> (MetaLines, Vec<Para>, Vec<Skipped>) {
    let mut skipped = Vec::new();
    let mut meta_lines = MetaLines::default();
    let mut paras: Vec<Para> = Vec::new();
    let runs_on = wrapped::continuations(&all_lines, line_roles);
    for ((line, role), runs_on) in all_lines.into_iter().zip(line_roles).zip(runs_on) {
        if !line.markup.is_empty() {
            skipped.push(Skipped {
                line: line.no,
                text: line.markup.join(" "),
                reason: markup::MARKUP_REASON.to_string(),
            });
        }
        if let Some(reason) = lines::skip_reason(*role) {
            skipped.push(Skipped {
                line: line.no,
                text: line.text.clone(),
                reason: reason.to_string(),
            });
        }
        match role {
            LineRole::Clutter if meta_lines.title.is_empty() => meta_lines.masthead.push(line.text),
            LineRole::Title => match title::split_site_name(&line.text) {
                // `…的通报_某某县人民政府`: the site's name kept apart.
                Some((title, site)) => {
                    skipped.push(Skipped {
                        line: line.no,
                        text: site.to_string(),
                        reason: SITE_NAME_REASON.to_string(),
                    });
                    meta_lines.title.push(title.to_string());
                }
                None => meta_lines.title.push(line.text),
            },
            LineRole::PubInfo => meta_lines.pubinfo.push(line.text),
            LineRole::Signature => meta_lines.signature.push(line.text),
            LineRole::DocInfo => meta_lines.docinfo.push(line.text),
            // A line of a paragraph wrapped as on a page (`wrapped`).
            LineRole::Content if runs_on && !paras.is_empty() => {
                if let Some(p) = paras.last_mut() {
                    p.text.push_str(&line.text);
                    p.last_line = line.no;
                }
            }
            LineRole::Content => paras.push(Para::new(line.no, line.text)),
            LineRole::Empty
            | LineRole::Clutter
            | LineRole::TitleRepeat
            | LineRole::Attachment
            | LineRole::Contents
            | LineRole::PageNumber
            | LineRole::RunningHead => {}
        }
    }
    (meta_lines, paras, skipped)
}

/// The report's stated totals: of the summary sentences in the preamble,
/// the closing or a node outside problems, measures and long-term items, the one that
/// reads as report-wide (`totals_choice`), with all of them as candidates.
fn stated_totals(
    tree: &Tree,
    paras: &[Para],
    table_text: &[bool],
    table_rows: usize,
    sum_rows: &[(u32, String)],
) -> StatedOrLone {
    // `其中●5个，◐4个`: counts by the marks of the notice's key are read
    // as its words, their text then given back as printed.
    let worded: Vec<Option<(String, Vec<usize>)>> = paras
        .iter()
        .map(|p| status_marks::worded_counts(&p.text, &tree.marks))
        .collect();
    if worded.iter().all(Option::is_none) {
        return stated_totals_in(tree, paras, table_text, table_rows, sum_rows);
    }
    let worded_paras: Vec<Para> = paras
        .iter()
        .zip(&worded)
        .map(|(p, w)| Para {
            text: w.as_ref().map_or_else(|| p.text.clone(), |w| w.0.clone()),
            ..p.clone()
        })
        .collect();
    // The worded paragraphs by line, looked up once per total.
    let by_line: std::collections::HashMap<u32, (&Para, &(String, Vec<usize>))> = paras
        .iter()
        .zip(&worded)
        .filter_map(|(p, w)| Some((p.line, (p, w.as_ref()?))))
        .collect();
    let printed = |t: &mut StatedTotals| {
        let at = t.source_line.and_then(|l| {
            let (p, (text, from)) = by_line.get(&l)?;
            status_marks::as_printed(&t.text, text, from, &p.text)
        });
        if let Some(p) = at {
            t.text = p;
        }
    };
    match stated_totals_in(tree, &worded_paras, table_text, table_rows, sum_rows) {
        StatedOrLone::Stated(mut t) => {
            printed(&mut t);
            StatedOrLone::Stated(t)
        }
        StatedOrLone::Lone(mut lone) => {
            lone.iter_mut().for_each(printed);
            StatedOrLone::Lone(lone)
        }
    }
}

fn stated_totals_in(
    tree: &Tree,
    paras: &[Para],
    table_text: &[bool],
    table_rows: usize,
    sum_rows: &[(u32, String)],
) -> StatedOrLone {
    let mut outside = vec![false; tree.nodes.len()];
    fn mark(tree: &Tree, i: usize, inside: bool, out: &mut [bool]) {
        let n = &tree.nodes[i];
        let inside = inside
            || matches!(
                n.kind,
                NodeKind::Problem | NodeKind::Measure | NodeKind::LongTerm
            );
        out[i] = !inside;
        for &c in &n.children {
            mark(tree, c, inside, out);
        }
    }
    for &r in &tree.roots {
        mark(tree, r, false, &mut outside);
    }
    let first_problem = tree
        .nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Problem)
        .map(|n| n.line)
        .min()
        .unwrap_or(u32::MAX);
    let problems = problems_under(tree);
    let all_problems = tree.roots.iter().map(|&r| problems[r]).sum::<usize>();
    // Lines in a heading that holds some of the problems but not all: a
    // part's subtotal (`一、党的建设方面` › `该方面问题3个，…`). A line
    // with paragraphs placed elsewhere too (a notice printed on one line)
    // is not one.
    let mut in_part: Vec<u32> = Vec::new();
    let mut elsewhere: Vec<u32> = Vec::new();
    for (p, place) in paras.iter().zip(&tree.placed) {
        let part =
            matches!(place, tree::Place::Node(i) if (1..all_problems).contains(&problems[*i]));
        if part { &mut in_part } else { &mut elsewhere }.push(p.line);
    }
    in_part.retain(|l| !elsewhere.contains(l));
    let sentences: Vec<(u32, &str)> = paras
        .iter()
        .zip(&tree.placed)
        .zip(table_text)
        .filter(|((_, place), &of_table)| match place {
            tree::Place::Preamble => true,
            tree::Place::Node(i) => outside[*i] || of_table,
            // `截至10月底，…已全部整改完毕。欢迎…监督`: a notice may sum up
            // in its closing paragraph.
            tree::Place::Closing => true,
        })
        .map(|((p, _), _)| (p.line, p.text.as_str()))
        .chain(sum_rows.iter().map(|(l, t)| (*l, t.as_str())))
        .collect();
    let found = table_rows
        + tree
            .nodes
            .iter()
            .filter(|n| matches!(n.kind, NodeKind::Problem | NodeKind::LongTerm))
            .count();
    // Lines under a heading about an earlier round, unless it holds every
    // problem listed (`二、上轮巡察反馈问题核查及整改情况` in a `回头看`
    // notice: the earlier round's problems are the ones reported on).
    let earlier: Vec<u32> = paras
        .iter()
        .zip(&tree.placed)
        .filter(|(_, place)| {
            matches!(place, tree::Place::Node(i)
                if totals_choice::heads_earlier_round(&tree.nodes[*i].title)
                    && !(all_problems > 0 && problems[*i] == all_problems))
        })
        .map(|(p, _)| p.line)
        .collect();
    let (summaries, lone) = totals::find_with_lone(&sentences);
    let report_wide_lone: Vec<StatedTotals> = lone
        .into_iter()
        .filter(|t| {
            t.source_line
                .is_some_and(|l| l < first_problem && !in_part.contains(&l))
        })
        .collect();
    let mut candidates: Vec<totals_choice::Candidate> = summaries
        .into_iter()
        .map(|t| totals_choice::Candidate {
            before_problems: t.source_line.is_some_and(|l| l < first_problem),
            // `截至…，13个问题中已完成整改11个。` printed under the last
            // group counts them all, not the group's.
            in_part: t.source_line.is_some_and(|l| in_part.contains(&l))
                && t.total.and_then(|v| usize::try_from(v).ok()) != Some(found),
            earlier_section: t
                .source_line
                .is_some_and(|l| earlier.binary_search(&l).is_ok()),
            found,
            totals: t,
        })
        .collect();
    candidates.extend(
        whole_counts_in_problems(tree, paras, found)
            .into_iter()
            .map(|t| totals_choice::Candidate {
                before_problems: false,
                in_part: false,
                earlier_section: false,
                found,
                totals: t,
            }),
    );
    // `反馈的3个方面问题` when the parts' own counts add up to more
    // (`针对本方面6个问题，…` `针对本方面4个问题，…`): the kinds, not the
    // problems.
    let part_texts: Vec<(u32, &str)> = paras
        .iter()
        .filter(|p| in_part.contains(&p.line))
        .map(|p| (p.line, p.text.as_str()))
        .collect();
    let parts_total: u32 = totals::find_all(&part_texts)
        .iter()
        .filter_map(|t| t.total)
        .sum();
    let outnumbered = |t: &StatedTotals| {
        totals::total_counts_kinds(t) && t.total.is_some_and(|v| parts_total > v)
    };
    let report_wide_lone: Vec<StatedTotals> = report_wide_lone
        .into_iter()
        .filter(|t| !outnumbered(t))
        .collect();
    match totals_choice::choose(candidates) {
        Some(mut t) if !counts_tasks_instead(&t, &report_wide_lone, found) => {
            if outnumbered(&t) {
                t.total = None;
            }
            if totals::parts_sum(&t) == 0 && t.total.is_none() {
                return StatedOrLone::Lone(report_wide_lone);
            }
            StatedOrLone::Stated(t)
        }
        _ => StatedOrLone::Lone(report_wide_lone),
    }
}

/// The summary counts the tasks the problems were broken into (`27项整改
/// 任务中已完成22项`), not as many as the notice lists, while a total
/// stated alone before the problems counts them (`共反馈问题9个`): the
/// tasks' states are not the problems', so that total is the report's.
fn counts_tasks_instead(t: &StatedTotals, lone: &[StatedTotals], found: usize) -> bool {
    let counts = |t: &StatedTotals| t.total.and_then(|v| usize::try_from(v).ok()) == Some(found);
    t.text.contains("任务")
        && !t.text.contains("问题")
        && !counts(t)
        && lone.iter().any(|l| counts(l) && l.text.contains("问题"))
}

/// Counts of every problem the notice lists printed in a problem's text
/// after its first paragraph, where a closing sentence with no heading of
/// its own runs on from the last problem (`截至4月30日，11个问题中已整改到位
/// 8个，其余3个正在持续整改`): no one problem's, when the count is the
/// whole notice's.
fn whole_counts_in_problems(tree: &Tree, paras: &[Para], found: usize) -> Vec<StatedTotals> {
    if found < 2 {
        return Vec::new();
    }
    let mut opened = vec![false; tree.nodes.len()];
    let later: Vec<(u32, &str)> = paras
        .iter()
        .zip(&tree.placed)
        .filter_map(|(p, place)| match place {
            tree::Place::Node(i)
                if matches!(tree.nodes[*i].kind, NodeKind::Problem | NodeKind::Measure) =>
            {
                let first = !std::mem::replace(&mut opened[*i], true);
                (!first).then_some((p.line, p.text.as_str()))
            }
            _ => None,
        })
        .collect();
    // The notice's last paragraph counting problems in all and their
    // states (`截至10月31日，4个问题中已完成整改2个，…`) is the notice's,
    // whatever the count (a level read wrong counts otherwise).
    let last = paras.last().map(|p| p.line);
    let closes = |t: &StatedTotals| {
        t.source_line == last
            && t.text.contains("问题")
            && t.total.is_some_and(|v| v >= 2)
            && (t.done.is_some() || t.in_progress.is_some())
    };
    totals::find_all(&later)
        .into_iter()
        .filter(|t| t.total.and_then(|v| usize::try_from(v).ok()) == Some(found) || closes(t))
        .collect()
}

/// The report's stated totals, or, when it states none, the totals stated
/// alone before the first problem in report-wide words (`本次共检视问题
/// 11个。`), which [`lone_total`] reads once the problems are counted.
enum StatedOrLone {
    Stated(StatedTotals),
    Lone(Vec<StatedTotals>),
}

/// A notice that states only how many problems it has (`共发现问题11个`,
/// no parts), before its first problem and in report-wide words, states
/// its totals when that is the number of problems and long-term items it
/// lists: alone, a total is as often a part's or a count of something
/// else.
fn lone_total(nodes: &[Node], lone: Vec<StatedTotals>) -> Option<StatedTotals> {
    let listed = counted_levels::listed(nodes);
    // Two sentences that say so say the same (`共反馈问题9个。` … `将9个问题
    // 细化分解为…`): the first.
    lone.into_iter()
        .find(|t| t.total.and_then(|v| usize::try_from(v).ok()) == Some(listed) && listed > 0)
}

/// How many problems each node holds (itself included).
fn problems_under(tree: &Tree) -> Vec<usize> {
    fn count(tree: &Tree, i: usize, out: &mut [usize]) -> usize {
        let own = usize::from(tree.nodes[i].kind == NodeKind::Problem);
        let below: usize = tree.nodes[i]
            .children
            .iter()
            .map(|&c| count(tree, c, out))
            .sum();
        out[i] = own + below;
        out[i]
    }
    let mut out = vec![0; tree.nodes.len()];
    for &r in &tree.roots {
        count(tree, r, &mut out);
    }
    out
}

/// A table below an attachment key (`附件：…清单`).
fn is_appended(t: &cell_table::CellTable, skipped: &[Skipped]) -> bool {
    let header = t.rows[0].line;
    skipped
        .iter()
        .any(|s| s.line < header && s.reason == lines::ATTACHMENT_REASON)
}

/// A table appended below an attachment key (`附件：…清单`) to a notice
/// whose prose lists the problems: a summary of them, skipped as the
/// attachment it is (`appendix_table` reads owners and deadlines from it).
/// Appended to prose without problems, or with far fewer than the table's
/// rows (`二、存在的不足` read as one problem above a table of seven), it is
/// where the problems are.
fn is_summary_table(t: &cell_table::CellTable, tree: &Tree, skipped: &[Skipped]) -> bool {
    let appended = is_appended(t, skipped);
    let problems = tree
        .nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Problem)
        .count();
    let rows = t.rows.len().saturating_sub(1);
    appended && problems > 0 && problems * 2 >= rows
}

/// The warning on a notice read in simplified characters.
pub const TRADITIONAL_WARNING: &str =
    "原文为繁體字（可能复制自网站的繁體版），已逐字转为简体读取；请核对转换后的文字";

/// Converts the text of a notice. Never panics.
pub fn convert_notice(text: &str, opts: &ConvertOptions) -> Conversion {
    let mut conversion = read_notice(text, opts);
    if let Some(w) = no_problems_warning(&conversion.report) {
        conversion.warnings.insert(0, w);
    }
    conversion
}

/// A notice with text in which nothing reads as a problem (nor as a
/// long-term item): the board can only show its paragraphs, and its editor
/// should know. (A text with nothing in it, or only a page's clutter, has
/// no nodes at all and is no notice to warn about.)
fn no_problems_warning(report: &Report) -> Option<Warning> {
    let any = crate::model::Walk::over(&report.nodes)
        .any(|n| matches!(n.kind, NodeKind::Problem | NodeKind::LongTerm));
    (!any && !report.nodes.is_empty()).then(|| Warning {
        line: 1,
        column: 1,
        message: "未识别出任何问题条目，看板将只显示原文各段；请核对文本是否完整，\
                  或在审核步骤中指定问题所在的编号层级"
            .to_string(),
    })
}

/// The notice read, a second time with the levels its stated count
/// points to when that reading agrees with it (see [`counted_levels`]).
fn read_notice(text: &str, opts: &ConvertOptions) -> Conversion {
    let first = convert_once(text, opts);
    if !opts.levels.is_empty() {
        return first;
    }
    let Some(levels) = counted_levels::choices(&first) else {
        return first;
    };
    let chosen = ConvertOptions {
        levels,
        ..opts.clone()
    };
    counted_levels::settle(convert_once(text, &chosen)).unwrap_or(first)
}

/// One reading of a notice with the given options (see [`convert_notice`]).
fn convert_once(text: &str, opts: &ConvertOptions) -> Conversion {
    // A copy of a portal's 繁體 version is read in the characters it was
    // written in (`text::simplified`), and the warnings say so.
    let visible = invisible::without(text);
    let removed = visible.as_ref().map(|v| v.1);
    let text = visible.as_ref().map_or(text, |v| v.0.as_str());
    let simplified = crate::text::simplified::simplified(text);
    let text = simplified.as_deref().unwrap_or(text);
    let laid_out = aligned_table::join(bar_table::join(box_table::join(reflow::split(
        markdown_rows::join(quoted_cells::join(keyed_bars::split(lines::split_lines(
            text,
        )))),
    ))));
    // Words a PDF sets apart are closed up once the tables parted by single
    // spaces have their tabs.
    let all_lines = spaced_words::join(single_space_table::join(laid_out));
    let line_roles = lines::classify(&all_lines);
    // The last paragraph's line as printed, for the cut-off warning.
    let last_raw = all_lines
        .iter()
        .zip(&line_roles)
        .rev()
        .find(|(_, role)| **role == LineRole::Content)
        .map(|(l, _)| l.raw);
    let (meta_lines, paras, mut skipped) = sort_lines(all_lines, &line_roles);
    let marks = status_marks::key(paras.iter().map(|p| p.text.as_str()));
    let paras = leading_marks::moved(paras, &marks);
    let mut paras = reported_paragraphs::named_apart(inline_keys::split(inline_items::split(
        count_notes::join(paras),
    )));
    let tables = cell_table::find_all(&paras);
    // A text that ends with a table ends with a row, not a sentence.
    let ends_with_table = tables.last().is_some_and(|t| t.span.end == paras.len());
    let mut table_paras: Vec<Vec<Para>> = tables
        .iter()
        .rev()
        .map(|t| paras.drain(t.span.clone()).collect())
        .collect();
    table_paras.reverse();
    // Cut after the tables are out: a cell may list its own `①…；②…`.
    let mut paras = glued_items::split(paras);
    paras.shrink_to_fit();

    let mut warnings: Vec<Warning> = simplified
        .is_some()
        .then(|| Warning {
            line: 1,
            column: 1,
            message: TRADITIONAL_WARNING.to_string(),
        })
        .into_iter()
        .chain(removed.map(invisible::warning))
        .collect();
    let mut tree = tree::build(&paras);
    tree.nodes.shrink_to_fit();
    shared_numbering::regroup(&mut tree);
    keyed_fields::fold(&mut tree);
    parallel_lists::merge(&mut tree, &opts.rules);
    list_reports::apply(&mut tree, &opts.rules);
    roles::assign_kinds(&mut tree, &opts.rules);
    let mut kept = Vec::with_capacity(tables.len());
    for (t, t_paras) in tables.into_iter().zip(table_paras) {
        if !is_summary_table(&t, &tree, &skipped) {
            kept.push(t);
            continue;
        }
        skipped.extend(t_paras.into_iter().map(|p| Skipped {
            line: p.line,
            text: p.text,
            reason: lines::ATTACHMENT_REASON.to_string(),
        }));
    }
    skipped.sort_by_key(|s| s.line);
    if let Some(t) = kept.iter().find(|t| is_appended(t, &skipped)) {
        demotions::demote_strays_beside_table(&mut tree);
        demotions::demote_prose_above_appended_table(&mut tree, t.rows[0].line);
    }
    if let Some(t) = kept.first() {
        demotions::demote_general_remarks_below_table(&mut tree, t.rows[0].line);
    }

    levels::apply(&mut tree, &opts.rules, &opts.levels);
    own_sentence::mark(&mut tree);
    let levels = levels::detect(&tree, &opts.rules);
    node_ids::assign_ids(&mut tree, &mut warnings);
    let mut decisions = status::decide_all(&tree, &opts.rules);

    if let Some(last) = paras.last().filter(|_| !ends_with_table) {
        let raw = last_raw.unwrap_or(last.text.as_str());
        warnings.extend(cut_off_warning(&tree, last, raw));
    }

    let table_lines: Vec<u32> = kept.iter().map(|t| t.rows[0].line).collect();
    // The text below a table that went to a heading read as a problem
    // while the table's rows were apart (`截至…，8项检视问题中已完成整改5项…`):
    // no problem's own.
    let (below, table_text) = text_below_tables(&tree, &paras, &table_lines);
    // A table's rows are problems too (its header, group and sums rows
    // aside); its `合计` row states the totals as the text would.
    let sums = |r: &&crate::ledger::Row| {
        let first = r.cells.iter().map(|c| c.trim()).find(|c| !c.is_empty());
        first.and_then(crate::ledger::sums_label).is_some()
    };
    let sum_rows: Vec<(u32, String)> = kept
        .iter()
        .flat_map(|t| t.rows.iter().skip(1).filter(sums))
        .map(|r| (r.line, r.cells.join(" ")))
        .collect();
    let table_rows: usize = kept
        .iter()
        .map(|t| t.rows.iter().skip(1).filter(|r| r.cells.len() > 1).count())
        .sum::<usize>()
        - sum_rows.len();
    let stated_or_lone = stated_totals(&tree, &paras, &table_text, table_rows, &sum_rows);
    let in_group_titles = (table_rows == 0)
        .then(|| group_totals::totals(&tree, &opts.rules))
        .flatten();

    let mut input = meta_lines.input();
    input.preamble = tree.preamble.iter().map(|p| p.text.as_str()).collect();
    input.closing = tree.closing.iter().map(|p| p.text.as_str()).collect();
    input.content = paras.iter().map(|p| p.text.as_str()).collect();
    let meta = meta::extract(&input, opts.source_name.as_deref());
    // The lines and paragraphs are not needed any more: a large notice's
    // text is not held three times beside the report made from it.
    drop(input);
    drop(paras);

    let mut nodes = Vec::new();
    nodes.extend(para_node("preamble", NodeKind::Preamble, &tree.preamble));
    let roots = std::mem::take(&mut tree.roots);
    nodes.extend(roots.iter().map(|&r| to_node(&mut tree, r, &mut decisions)));
    nodes.extend(para_node("closing", NodeKind::Closing, &tree.closing));
    for (k, t) in kept.iter().enumerate() {
        let (mut rows, header, table_warnings) = cell_table::convert(t, &opts.rules);
        status_marks::give_rows(&mut rows, &tree.marks);
        place_table(
            &mut nodes,
            rows,
            (t.rows[0].line, &below[k]),
            k,
            &opts.rules,
        );
        skipped.extend(header);
        warnings.extend(table_warnings);
    }
    skipped.sort_by_key(|s| s.line);
    field_titles::apply(&mut nodes);
    unit_groups::apply(&mut nodes);
    unit_groups::apply_tags(&mut nodes);
    unit_groups::apply_owned(&mut nodes);
    not_counted::apply(&mut nodes);
    appendix_table::apply(&mut nodes, &skipped);
    let read_by_unit = reports_by_unit::apply(&mut nodes, &opts.rules);
    reports_by_number::apply(&mut nodes, &opts.rules, &read_by_unit);
    all_but::apply(&mut nodes, &opts.rules);
    shared_report::apply(&mut nodes, &opts.rules);
    covering_notes::apply(&mut nodes);
    covering_notes::apply_throughout(&mut nodes);
    relative_deadlines::resolve(&mut nodes, &meta);
    from_measures::apply(&mut nodes);
    let stated_totals = match stated_or_lone {
        StatedOrLone::Stated(t) => Some(t),
        StatedOrLone::Lone(lone) => lone_total(&nodes, lone),
    }
    .or(in_group_titles);
    settled_by_totals::apply(&mut nodes, stated_totals.as_ref());
    deadline_ahead::apply(&mut nodes, &meta, stated_totals.as_ref());

    warnings.sort_by_key(|w| (w.line, w.column));
    Conversion {
        report: Report {
            format: FORMAT.to_string(),
            meta,
            nodes,
            stated_totals,
            skipped,
        },
        warnings,
        levels,
    }
}
