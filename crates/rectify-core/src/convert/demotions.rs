//! The last pass over kinds: headings read as problems, or sections read
//! as holding them, that the notice's text shows are something else —
//! remarks on the problems in general, questions that state nothing, an
//! earlier round recalled by examples, and stray headings beside the ones
//! that hold the problems. Each becomes the text it is: a section at the
//! top, items below.

use super::roles::{lists_its_own_items, reports_itself, set_subtree};
use super::shape;
use super::tree::states_shortcoming;
use super::tree::{names_problem, Tree};
use crate::model::NodeKind;
use crate::text::label::LabelStyle;

/// The longest title of a section of general remarks on the problems.
const MAX_REMARKS_TITLE_CHARS: usize = 10;

/// A `一、` heading with nothing under it (or only a list its own words
/// bring in, printed in one paragraph) after a section that holds the
/// problems, whose short title only names problems in general
/// (`三、存在的共性问题` › `从督查和复核情况看，部分学校仍存在…倾向`; `三、存在
/// 的问题` › `…个别单位仍存在以下问题：一是…；二是…`): remarks on what the
/// problems have in common, no problem of its own. A title
/// that states a finding (`三、台账管理不规范问题`) stays a problem. A table
/// of the problems (its first line `held_above`) counts as such a section.
pub(super) fn demote_general_remarks(tree: &mut Tree, roots: &[usize], held_above: Option<u32>) {
    let mut after_problems = false;
    for &r in roots {
        let n = &tree.nodes[r];
        after_problems |= held_above.is_some_and(|l| n.line > l);
        let t = crate::text::trim(&n.title).trim_end_matches(['。', '：', ':']);
        // Its own words may bring in a one-paragraph list (`从本期督办情况看，
        // 个别单位仍存在以下问题：一是…；二是…`).
        let childless = n.kind == NodeKind::Problem && n.children.is_empty();
        let listed = matches!(n.kind, NodeKind::Section) && lists_its_own_items(tree, r);
        let remarks = (childless || listed)
            && n.style == Some(LabelStyle::ChineseDun)
            && t.chars().count() <= MAX_REMARKS_TITLE_CHARS
            // `三、存在的不足`, `三、存在的主要问题分析`: only words naming
            // a kind of section.
            && (only_generic_words(t)
                || (t.ends_with("问题")
                    && !shape::states_shortcoming(t)
                    && !shape::says_something_failed(t)));
        // With a table of the problems, a paragraph of remarks above it is
        // remarks too (`一、检查发现的主要问题` › `从检查情况看，…` before
        // `二、…` › the table); a list there (`一是…；二是…`) may be the
        // findings the table does not hold.
        // `三、存在的突出问题` › `（一）企业主体责任落实不到位。部分企业…`
        // after the problems: what they have in common, heading by heading.
        let generic_list =
            matches!(n.kind, NodeKind::Section) && only_generic_words(t) && leaf_problems(tree, r);
        let on_the_work =
            matches!(n.kind, NodeKind::Section) && (remarks_on_the_work(tree, r) || generic_list);
        if (remarks && (after_problems || (held_above.is_some() && childless)))
            || (on_the_work && after_problems)
        {
            set_subtree(tree, r, NodeKind::Item);
            tree.nodes[r].kind = NodeKind::Section;
            continue;
        }
        let holds = n.kind == NodeKind::Section && !n.children.is_empty();
        after_problems |=
            holds && (shape::holds_problems(tree, r) || holds_problems_below(tree, r));
    }
}

/// A section's headings (two at least, all read as problems with nothing
/// under them) most of which speak of the rectification itself
/// (`（一）个别单位整改进度滞后。`) or name listed problems by number
/// (`…对需长期坚持的第4项、第10项问题，…`): remarks on how the work on the
/// problems goes, after them, not more problems. A heading with a report
/// of its own (`1.审计指出的资金闲置问题整改不彻底。` › `整改情况：…`) is a
/// finding on the earlier work, reported like the others: a problem. So
/// are the headings of a section named as a domain of findings, as the
/// sections of problems are (`四、落实巡视巡察、审计等监督发现问题整改方面`
/// › `上轮巡察整改不彻底。`).
fn remarks_on_the_work(tree: &Tree, r: usize) -> bool {
    if shape::names_domain(&tree.nodes[r].title) {
        return false;
    }
    let children = &tree.nodes[r].children;
    let on_work = children
        .iter()
        .filter(|&&c| !super::roles::reports_itself(tree, c))
        .filter(|&&c| {
            let m = &tree.nodes[c];
            m.title.contains("整改")
                || super::references::cites_by_ordinal(&m.title)
                || super::references::cites_by_ordinal(&m.body)
        })
        .count();
    leaf_problems(tree, r) && on_work * 2 > children.len()
}

/// The node's headings, two at least, are all problems with nothing
/// under them.
fn leaf_problems(tree: &Tree, r: usize) -> bool {
    let children = &tree.nodes[r].children;
    children.len() >= 2
        && children.iter().all(|&c| {
            let m = &tree.nodes[c];
            m.kind == NodeKind::Problem && m.children.is_empty()
        })
}

/// The fewest unnumbered items in a list for [`demote_leads_stating_nothing`].
const MIN_LEADS: usize = 3;

/// Unnumbered items led by a repeated key (`问：…` › `答：…`), most of
/// which state a finding (`问：科研经费报销审核不严，…学院是如何处理的？`):
/// a question that states none (`问：目前整改工作总体进展如何？`) is the
/// notice's own text, not a problem. Looked at in every list of siblings.
pub(super) fn demote_leads_stating_nothing(tree: &mut Tree, siblings: &[usize]) {
    let leads: Vec<usize> = siblings
        .iter()
        .copied()
        .filter(|&s| {
            let n = &tree.nodes[s];
            n.style == Some(LabelStyle::Lead) && n.kind == NodeKind::Problem
        })
        .collect();
    // A question that states no finding asks about the work in general.
    let stating: Vec<bool> = leads
        .iter()
        .map(|&s| {
            let t = tree.nodes[s].title.trim_end();
            !t.ends_with(['？', '?']) || shape::states_finding(t)
        })
        .collect();
    let found = stating.iter().filter(|&&f| f).count();
    if leads.len() >= MIN_LEADS && found * 2 > leads.len() {
        for (&s, _) in leads.iter().zip(&stating).filter(|(_, &f)| !f) {
            set_subtree(tree, s, NodeKind::Item);
        }
    }
    for &s in siblings {
        let children = tree.nodes[s].children.clone();
        demote_leads_stating_nothing(tree, &children);
    }
}

/// Leaves read as problems with no text of their own whose titles each
/// say what people may report (`一、反映被巡察党组织领导班子及其成员的
/// 问题；` `二、反映…方面的问题；`, as a 巡察 公告 lists what it accepts),
/// two or more, all the bare problems among their siblings: kinds of
/// problems, none found, so the notice's own text. Looked at in every list
/// of siblings.
pub(super) fn demote_classes_of_findings(tree: &mut Tree, siblings: &[usize]) {
    let bare: Vec<usize> = siblings
        .iter()
        .copied()
        .filter(|&s| {
            let n = &tree.nodes[s];
            n.kind == NodeKind::Problem && n.children.is_empty() && n.body.trim().is_empty()
        })
        .collect();
    // `反映…的问题`: what people may report, whatever its words name (a
    // bare heading naming a class, `（一）立行立改问题`, may hold a table).
    let class = |s: usize| {
        let t = tree.nodes[s].title.trim_end_matches(['；', ';', '。', ' ']);
        t.starts_with("反映") && t.ends_with("问题")
    };
    if bare.len() >= 2 && bare.iter().all(|&s| class(s)) {
        for s in bare {
            tree.nodes[s].kind = NodeKind::Item;
        }
    }
    for &s in siblings {
        let children = tree.nodes[s].children.clone();
        demote_classes_of_findings(tree, &children);
    }
}

/// A top-level section about an earlier round (`二、上一轮巡察反馈问题整改
/// 情况`) whose text counts more problems than it lists (`反馈了3个方面17个
/// 问题` over three examples), beside a section that holds this round's
/// problems, recalls the last round: its items are examples, not problems
/// of this notice. An earlier round's problems still open and listed in
/// full (`上一轮遗留的这2个问题` over two) stay problems.
pub(super) fn demote_earlier_round(tree: &mut Tree, roots: &[usize]) {
    // Each root: whether it recalls an earlier round, and whether it holds
    // problems (found once per root).
    let roots: Vec<(usize, bool, bool)> = roots
        .iter()
        .map(|&r| {
            let earlier = crate::text::totals_choice::heads_earlier_round(&tree.nodes[r].title)
                && !finds_fault_with_earlier_work(tree, r)
                && counts_more_than_it_lists(tree, r);
            let holds = tree.nodes[r].kind == NodeKind::Problem || holds_problems_below(tree, r);
            (r, earlier, holds)
        })
        .collect();
    if !roots.iter().any(|&(_, earlier, holds)| !earlier && holds) {
        return;
    }
    for (r, earlier, holds) in roots {
        if earlier && holds {
            set_subtree(tree, r, NodeKind::Item);
            tree.nodes[r].kind = NodeKind::Section;
        }
    }
}

/// A top section (`一、`, or `（一）` where the notice's top level is that)
/// before one that holds the problems, whose own
/// headings (two at least) were read as problems by shape only: none
/// states a finding, names a problem or a domain, reports a state of its
/// own, opens its text with a finding (`督导指出：…`) or carries measures (`一、提高政治站位，扎实推进巡视整改工作` ›
/// `（一）压紧压实整改主体责任。巡视反馈会后，…`; `一、总体情况` › `（一）溪口
/// 县推行“民生项目群众评”机制，…`). It tells how the work was done; its
/// headings are items.
pub(super) fn demote_accounts_before_problems(tree: &mut Tree, roots: &[usize]) {
    let states_finding = |tree: &Tree, i: usize| {
        let t = tree.nodes[i].title.as_str();
        shape::states_finding(t) || t.contains("问题")
    };
    let holds_findings = |tree: &Tree, r: usize| {
        let mut stack = tree.nodes[r].children.clone();
        while let Some(c) = stack.pop() {
            if tree.nodes[c].kind == NodeKind::Problem && states_finding(tree, c) {
                return true;
            }
            stack.extend(tree.nodes[c].children.iter().copied());
        }
        false
    };
    for (k, &r) in roots.iter().enumerate() {
        let n = &tree.nodes[r];
        // `一、…` or, where the notice's top level is `（一）`, a first area.
        // `二、进度滞后的任务` names its items' state: they are the
        // problems in that state, whatever their words.
        let tells = matches!(n.kind, NodeKind::Section | NodeKind::FocusArea)
            && tree.names_state_group.get(r) != Some(&true)
            && !n.style.is_some_and(LabelStyle::is_measure)
            && leaf_problems(tree, r)
            && n.children.iter().all(|&c| {
                let m = &tree.nodes[c];
                !states_finding(tree, c)
                    && !shape::names_domain(&m.title)
                    && !reports_itself(tree, c)
                    // `（一）预约挂号` › `督导指出：…`: its finding in its text.
                    && !shape::opens_with_finding(&m.body)
            });
        if tells
            && roots[k + 1..]
                .iter()
                .any(|&later| holds_findings(tree, later))
        {
            set_subtree(tree, r, NodeKind::Item);
            tree.nodes[r].kind = NodeKind::Section;
        }
    }
}

/// Demotes the stray problems among the top headings when a table
/// appended below the text holds the notice's problems (`二、存在的不足`
/// above `附件` › `序号` `问题` `整改措施` … one cell per line).
pub(crate) fn demote_strays_beside_table(tree: &mut Tree) {
    let roots = tree.roots.clone();
    demote_strays(tree, &roots, true, true);
}

/// Demotes the prose's problems above a table appended after the notice
/// (below its attachment key `附件：…清单`; its header at `table_line`)
/// that lists the problems: the prose, reading as at most half as many,
/// only sums up the table's rows by area (`针对…等问题，局党组…。上述问题均
/// 已整改到位。`), each of its sections the text it is. (Prose that lists
/// about as many problems is the notice's list, and the table a summary
/// of it, skipped: `is_summary_table`.)
pub(crate) fn demote_prose_above_appended_table(tree: &mut Tree, table_line: u32) {
    for r in tree.roots.clone() {
        let holds = tree.nodes[r].kind == NodeKind::Problem || holds_problems_below(tree, r);
        if tree.nodes[r].line < table_line && holds {
            set_subtree(tree, r, NodeKind::Item);
            tree.nodes[r].kind = NodeKind::Section;
        }
    }
}

/// Demotes remarks on the problems in general (`二、存在的主要问题` ›
/// `从督查情况看，…仍存在一些薄弱环节：一是…`) below a table that holds the
/// notice's problems, its first line `table_line`.
pub(crate) fn demote_general_remarks_below_table(tree: &mut Tree, table_line: u32) {
    let roots = tree.roots.clone();
    demote_general_remarks(tree, &roots, Some(table_line));
}

/// Words of a title that names a kind of section, not a finding
/// (`三、存在的不足`, `存在的主要问题和困难`).
const GENERIC_TITLE_WORDS: &[&str] = &[
    "存在",
    "主要",
    "突出",
    "问题",
    "不足",
    "困难",
    "差距",
    "短板",
    "工作中",
    // `三、整改工作存在的不足`, `三、整改工作中存在的差距`: the work's own.
    "整改",
    "工作",
    "方面",
    // `三、存在的主要问题分析`
    "分析",
    "的",
    "和",
    "与",
    "及",
    "、",
];

/// The title names no finding of its own: only a kind of section
/// (`存在的不足`), or no shortcoming at all (`摸清底数，建立问题清单`).
fn states_no_finding(title: &str) -> bool {
    let t = title.trim_end_matches(['。', '.', '：', ':']);
    only_generic_words(t) || !states_shortcoming(t)
}

/// The title is only words that name a kind of section (`存在的困难和问题`).
fn only_generic_words(title: &str) -> bool {
    let mut rest = title.trim_end_matches(['。', '.', '：', ':']).to_string();
    for w in GENERIC_TITLE_WORDS {
        rest = rest.replace(w, "");
    }
    rest.is_empty()
}

/// The node is no problem and holds problems below it.
fn holds_problems_below(tree: &Tree, i: usize) -> bool {
    let n = &tree.nodes[i];
    n.kind != NodeKind::Problem
        && n.children
            .iter()
            .any(|&c| tree.nodes[c].kind == NodeKind::Problem || holds_problems_below(tree, c))
}

/// A problem by shape only among siblings that hold the problems below
/// them (`1.摸清底数，建立问题清单` beside `2.设施维护管理方面` › `1.…`;
/// `三、存在的不足` or `二、分类施策，推动问题见底清零` beside the sections
/// that list the problems): a part of the notice's own text, not one more
/// problem — when it reports no state of its own, names no problem and
/// states no finding.
fn is_stray_problem(tree: &Tree, i: usize, beside_holders: bool, slogan: bool) -> bool {
    let n = &tree.nodes[i];
    // A text that holds a problem's keys (a table pasted into it: `问题`
    // `整改措施` `整改进展` one cell per line) is more than the notice's own.
    // The key opens a paragraph (`整改情况：…`, a cell `整改措施`), not
    // words in a sentence (`从整改情况看，…`).
    let keyed = || {
        n.body.lines().any(|l| {
            let l = l.trim_start_matches(|c: char| c.is_whitespace() || c == '【');
            ["整改措施", "整改进展", "整改情况", "整改结果"]
                .iter()
                .any(|k| l.starts_with(k))
        })
    };
    n.kind == NodeKind::Problem
        && beside_holders
        && !keyed()
        && !reports_itself(tree, i)
        && (!names_problem(n) || (only_generic_words(&n.title) && !n.reported))
        && !shape::is_group_title(&n.title)
        && (states_no_finding(&n.title) || (slogan && n.children.is_empty()))
}

/// Turns the stray problems (`is_stray_problem`) among `siblings`, and
/// below them, into the text they are: a section at the top, items below.
pub(super) fn demote_strays(tree: &mut Tree, siblings: &[usize], top: bool, held_elsewhere: bool) {
    // Which siblings hold problems below them, found once per list so
    // that a long list costs linear time.
    let holds: Vec<bool> = siblings
        .iter()
        .map(|&s| holds_problems_below(tree, s))
        .collect();
    let holders = holds.iter().filter(|&&h| h).count();
    // `一、正视差距，迅速行动` beside `二、对标对表，精准施策` › the problems
    // and `三、巩固成果，久久为功`: the notice's lines of work, one form.
    let slogans = siblings
        .iter()
        .zip(&holds)
        .filter(|&(&s, _)| shape::is_slogan(&tree.nodes[s].title))
        .collect::<Vec<_>>();
    let lines_of_work = slogans.len() >= 3 && slogans.iter().any(|&(_, &h)| h);
    for (k, &i) in siblings.iter().enumerate() {
        let beside_holders = held_elsewhere || holders > usize::from(holds[k]);
        let slogan = lines_of_work && shape::is_slogan(&tree.nodes[i].title);
        if is_stray_problem(tree, i, beside_holders, slogan) {
            set_subtree(tree, i, NodeKind::Item);
            if top {
                tree.nodes[i].kind = NodeKind::Section;
            }
            continue;
        }
        let children = tree.nodes[i].children.clone();
        demote_strays(tree, &children, false, false);
    }
}

/// A heading read as a problem that names an area (`（一）市级财政管理审计
/// 方面`) and whose own text only counts its problems, more than one,
/// with nothing listed under it (`审计指出的问题共9个，已整改到位8个，部分
/// 整改1个。`), or whose title names a unit and counts them so
/// (`市发展改革委：反馈问题24个，已完成22个…`): an area summed up, not one
/// problem. It becomes the area (the category under one), its text the
/// count.
pub(super) fn demote_counted_areas(tree: &mut Tree, nodes: &[usize], depth: usize) {
    for &i in nodes {
        let n = &tree.nodes[i];
        let summed = n.kind == NodeKind::Problem
            && n.children.is_empty()
            && !n.body.contains("\n\n")
            && ((shape::is_group_title(&n.title) && counts_many(n))
                || shape::counted_name(&n.title).is_some());
        if summed {
            tree.nodes[i].kind = if depth <= 1 {
                NodeKind::FocusArea
            } else {
                NodeKind::Category
            };
            continue;
        }
        let children = tree.nodes[i].children.clone();
        demote_counted_areas(tree, &children, depth + 1);
    }
}

/// The node's one paragraph counts two or more problems in all: stated
/// totals, or its first sentence naming them so (`针对政策落实中存在的4个
/// 问题，已全部整改到位。`, which counts nothing done as totals do).
fn counts_many(n: &super::tree::TNode) -> bool {
    crate::text::totals::find(&[(n.line, &n.body)])
        .is_some_and(|t| t.total.is_some_and(|v| v >= 2) && t.text.contains("问题"))
        || names_problems_counted(&n.body)
}

/// The first sentence names two or more problems by their count (`4个问题`,
/// `12项问题`, `发现问题3个`).
fn names_problems_counted(body: &str) -> bool {
    let first = body.split('。').next().unwrap_or_default();
    let n = crate::text::norm_chars(first);
    crate::text::totals::counts(&n).iter().any(|&(v, _, s, e)| {
        v >= 2
            && (crate::text::starts_at(&n, e, "问题")
                || (s >= 2 && crate::text::starts_at(&n, s - 2, "问题")))
    })
}

/// The node's own text counts more problems than it holds.
/// A problem that finds fault with how an earlier round was rectified
/// (`问题十：…上轮巡察反馈的3个问题整改未完全到位。` › `（1）…` `（2）…`):
/// a finding over its measures, not a section recalling that round.
fn finds_fault_with_earlier_work(tree: &Tree, r: usize) -> bool {
    let n = &tree.nodes[r];
    n.kind == NodeKind::Problem
        && !n.children.is_empty()
        && n.children
            .iter()
            .all(|&c| tree.nodes[c].kind == NodeKind::Measure)
        && shape::states_finding(&n.title)
}

fn counts_more_than_it_lists(tree: &Tree, r: usize) -> bool {
    let n = &tree.nodes[r];
    let mut listed = 0usize;
    let mut stack = n.children.clone();
    while let Some(c) = stack.pop() {
        listed += usize::from(tree.nodes[c].kind == NodeKind::Problem);
        stack.extend(tree.nodes[c].children.iter().copied());
    }
    let (summaries, lone) = crate::text::totals::find_with_lone(&[(n.line, &n.body)]);
    summaries
        .iter()
        .chain(&lone)
        .filter_map(|t| t.total)
        .any(|total| total as usize > listed)
}
