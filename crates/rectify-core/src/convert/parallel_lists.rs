//! A notice that lists its problems in one section and reports on them,
//! numbered the same, in the next (`一、巡察反馈的问题` › `1.` … `4.`,
//! `二、整改落实情况` › `1.` … `4.`). Item k of the second list is the
//! report on item k of the first: its text moves there (label and all,
//! nothing dropped), so that each problem has its title from the first
//! list and its state from the second, and is counted once.
//!
//! Read so only by shape: two neighbouring headings of one numbering (or
//! with a heading of another role between them, `三、问题产生的原因`, or
//! one of text only, `二、整改工作组织开展情况`), each
//! holding a list of one numbering that runs 1, 2, … n (n ≥ 2, the same n),
//! item k of each a leaf or a heading over lists of one shape again
//! (`1.…弱化。` › `（1）…` `（2）…` and `1.关于…问题` › `（1）…` `（2）…`:
//! the second heading's words go to the first), the first list's leaves
//! bare (a title, no text, nothing under them) and stating no state, and
//! most of the second's stating one (a status phrase or a result). A
//! second list under a heading that names another role (`二、下一步工作
//! 打算`) is plans, not reports.

use super::tree::{Place, TNode, Tree};

/// The fewest problems two lists numbered otherwise are joined with.
const MIN_RENUMBERED: usize = 4;
use super::StatusRules;
use crate::text::results;

/// The items of a list under `parent` that run 1, 2, … n in one numbering
/// (n ≥ 2), or None.
pub(crate) fn numbered_list(tree: &Tree, parent: usize) -> Option<&[usize]> {
    let items = &tree.nodes[parent].children;
    let style = tree.nodes[*items.first()?].style?;
    let runs = items.iter().enumerate().all(|(k, &i)| {
        let n = &tree.nodes[i];
        n.style == Some(style) && n.number as usize == k + 1
    });
    (runs && items.len() >= 2).then_some(items)
}

/// The item states where its work stands: done, a result, or under way,
/// in its own text or its measures' (`（一）关于“…”的问题。` › `一是…已…`).
pub(super) fn states(tree: &Tree, i: usize, rules: &StatusRules) -> bool {
    let n = &tree.nodes[i];
    let text = format!("{}{}", n.title, n.body);
    let own = reports_done(n, rules) || rules.phrases().find_in_progress(&text).is_some();
    own || n.children.iter().any(|&c| {
        let m = &tree.nodes[c];
        m.style.is_some_and(|s| s.is_measure()) && m.children.is_empty() && states(tree, c, rules)
    })
}

fn reports_done(n: &TNode, rules: &StatusRules) -> bool {
    let text = format!("{}{}", n.title, n.body);
    rules.phrases().find_done(&text).is_some() || results::result_in(&text).is_some()
}

fn bare(n: &TNode) -> bool {
    n.body.is_empty() && n.children.is_empty()
}

/// The items under `parent` in one numbering whose numbers run on one by
/// one from any start (`5.` `6.` … under the second group of a list
/// numbered across its groups), two or more.
fn consecutive_list(tree: &Tree, parent: usize) -> Option<&[usize]> {
    let items = &tree.nodes[parent].children;
    let first = &tree.nodes[*items.first()?];
    let style = first.style?;
    let runs = items.iter().enumerate().all(|(k, &i)| {
        let n = &tree.nodes[i];
        n.style == Some(style) && n.number as usize == first.number as usize + k
    });
    (runs && items.len() >= 2).then_some(items)
}

/// The lists under `a` and `b` have one shape: the same count, and item k
/// of each either a leaf or a heading over lists of one shape again
/// (`1.…弱化。` › `（1）…` `（2）…`, then `1.关于…问题` › `（1）针对…：…`).
/// Pushes the leaf pairs (problem, report); counts the levels whose two
/// numberings differ (`1.…方面` › `一是…` against `（一）…方面` › `1.…`).
fn same_shape(
    tree: &Tree,
    a: usize,
    b: usize,
    leaves: &mut Vec<(usize, usize)>,
    renumbered: &mut usize,
) -> bool {
    let (Some(problems), Some(reports)) = (consecutive_list(tree, a), consecutive_list(tree, b))
    else {
        return false;
    };
    let node = |i: usize| &tree.nodes[i];
    if problems.len() != reports.len() {
        return false;
    }
    if node(problems[0]).style != node(reports[0]).style {
        *renumbered += 1;
    }
    problems.iter().zip(reports).all(|(&p, &r)| {
        if node(p).children.is_empty() {
            leaves.push((p, r));
            true
        } else {
            node(p).body.is_empty() && same_shape(tree, p, r, leaves, renumbered)
        }
    })
}

/// The leaf pairs (problem, report) when the list under `b` reports on
/// the list under `a`: one shape, the problems (numbered from 1) bare and
/// stating no state, most reports stating one — three in four when the
/// second list is numbered otherwise (`二、查摆问题清单` › `1.…方面` › `一是…`, then
/// `三、整改落实情况` › `（一）…方面` › `1.关于…的问题。…已完成整改。`).
fn reports_on(tree: &Tree, a: usize, b: usize, rules: &StatusRules) -> Option<Vec<(usize, usize)>> {
    let node = |i: usize| &tree.nodes[i];
    // `二、下一步整改措施` › `1.将于6月底前完成…`: plans, not reports.
    let plans = rules
        .other_sections
        .iter()
        .any(|k| !k.is_empty() && node(b).title.contains(k.as_str()));
    let mut leaves = Vec::new();
    let mut renumbered = 0;
    if plans
        || numbered_list(tree, a).is_none()
        || !same_shape(tree, a, b, &mut leaves, &mut renumbered)
    {
        return None;
    }
    let stating = leaves
        .iter()
        .filter(|&&(_, r)| states(tree, r, rules))
        .count();
    // A finding may say what is still so (`…现象仍有发生`): only a result
    // or a word of completion makes it a report.
    let bare_problems = leaves
        .iter()
        .all(|&(p, _)| bare(node(p)) && !reports_done(node(p), rules));
    // Numbered otherwise, the first list must be one of findings, not of a
    // problem's measures (`一、…不到位的问题` › `（一）召开专题会议…`), and
    // hold a few of them.
    let findings =
        super::shape::mostly_findings(leaves.iter().map(|&(p, _)| node(p).title.as_str()));
    let enough = if renumbered > 0 {
        findings && leaves.len() >= MIN_RENUMBERED && stating * 4 >= leaves.len() * 3
    } else {
        stating * 2 > leaves.len()
    };
    (bare_problems && enough).then_some(leaves)
}

/// Headings of one numbering, neighbours or with a heading of another
/// role between them (`二、巡察反馈的主要问题`, `三、问题产生的原因`,
/// `四、整改措施及进展情况`): (first, second).
fn neighbours(tree: &Tree, rules: &StatusRules) -> Vec<(usize, usize)> {
    let other = |i: usize| {
        let title = &tree.nodes[i].title;
        rules
            .other_sections
            .iter()
            .any(|k| !k.is_empty() && title.contains(k.as_str()))
    };
    let groups = std::iter::once(&tree.roots).chain(tree.nodes.iter().map(|n| &n.children));
    groups
        .flat_map(|g| {
            let next = g.windows(2).map(|w| (w[0], w[1]));
            // Across a heading of another role, or one of text only
            // (`二、整改工作组织开展情况` with paragraphs and no items).
            let between = |i: usize| other(i) || tree.nodes[i].children.is_empty();
            let across = g.windows(3).filter(|w| between(w[1])).map(|w| (w[0], w[2]));
            next.chain(across).collect::<Vec<_>>()
        })
        .filter(|&(a, b)| tree.nodes[a].style == tree.nodes[b].style)
        .filter(|&(_, b)| !is_statement(&tree.nodes[b].title))
        .collect()
}

/// A title that is a sentence (`（4）党建与业务融合不够，…进展不大。`) states a
/// problem of its own: the list under it is its measures, not reports on
/// the list under the heading before it.
fn is_statement(title: &str) -> bool {
    crate::text::trim(title).ends_with(['。', '.', '；', ';'])
}

/// Moves each report item's text into its problem; a heading over
/// reports leaves its own words in the heading over the problems.
pub(crate) fn merge(tree: &mut Tree, rules: &StatusRules) {
    let mut moved: Vec<Option<usize>> = Vec::new();
    for (a, b) in neighbours(tree, rules) {
        if !tree.nodes[b].children.is_empty() {
            if let Some(leaves) = reports_on(tree, a, b, rules) {
                moved.resize(tree.nodes.len(), None);
                move_headings(tree, a, b, &mut moved);
                for (p, r) in leaves {
                    move_into(tree, r, p);
                    moved[r] = Some(p);
                }
            }
        }
    }
    if moved.is_empty() {
        return;
    }
    for place in &mut tree.placed {
        if let Place::Node(r) = *place {
            if let Some(p) = moved[r] {
                *place = Place::Node(p);
            }
        }
    }
}

/// Below `b`, the headings over reports (`1.关于…问题` › `（1）…`): their
/// words move to the heading over the same problems, and `b` keeps none
/// of its items.
fn move_headings(tree: &mut Tree, a: usize, b: usize, moved: &mut [Option<usize>]) {
    let reports = std::mem::take(&mut tree.nodes[b].children);
    let problems = tree.nodes[a].children.clone();
    for (&p, r) in problems.iter().zip(reports) {
        if tree.nodes[p].children.is_empty() {
            // A leaf's pair: its text moves by `move_into`.
            continue;
        }
        let text = take_text(&mut tree.nodes[r]);
        let to = &mut tree.nodes[p];
        to.body = text;
        to.paragraphs += 1;
        moved[r] = Some(p);
        move_headings(tree, p, r, moved);
    }
}

/// A node's label, title and text, as printed, taken out of it.
fn take_text(from: &mut TNode) -> String {
    let mut text = std::mem::take(&mut from.label);
    text.push_str(&std::mem::take(&mut from.title));
    let body = std::mem::take(&mut from.body);
    // The body opens with the rest of the heading's own line (split off
    // as its title's sentence) when it has one more part than the
    // paragraphs added after that line.
    let rest_of_line = body.split("\n\n").count() > from.paragraphs as usize;
    if !body.is_empty() && !rest_of_line {
        text.push_str("\n\n");
    }
    text.push_str(&body);
    text
}

/// Item `r`'s label, title and text become the text of item `p`.
fn move_into(tree: &mut Tree, r: usize, p: usize) {
    let text = take_text(&mut tree.nodes[r]);
    let from = &mut tree.nodes[r];
    let children = std::mem::take(&mut from.children);
    let paragraphs = from.paragraphs;
    let to = &mut tree.nodes[p];
    to.body = text;
    to.children = children;
    to.paragraphs = paragraphs + 1;
    to.reported = true;
}

#[cfg(test)]
mod tests {
    use super::super::tree::{build, paras};
    use super::*;

    fn merged(lines: &[&str]) -> Tree {
        let mut t = build(&paras(lines));
        merge(&mut t, &StatusRules::default());
        t
    }

    #[test]
    fn reports_numbered_as_the_problems_join_them() {
        let t = merged(&[
            "一、巡察反馈的问题",
            "1.数据审核流于形式。",
            "2.执法检查力度不够。",
            "二、整改落实情况",
            "1.建立三级审核制度，已整改到位。",
            "2.立案查处3起。正在推进。",
            "剩余1起移送处理。",
        ]);
        let a = &t.nodes[t.roots[0]];
        let bodies: Vec<&str> = a
            .children
            .iter()
            .map(|&i| t.nodes[i].body.as_str())
            .collect();
        assert_eq!(
            bodies,
            [
                "1.建立三级审核制度，已整改到位。",
                "2.立案查处3起。正在推进。\n\n剩余1起移送处理。"
            ]
        );
        assert!(t.nodes[t.roots[1]].children.is_empty());
        assert!(t
            .placed
            .iter()
            .all(|p| *p != Place::Node(4) && *p != Place::Node(5)));
        assert_eq!(t.placed[6], Place::Node(2));
    }

    #[test]
    fn nested_lists_of_one_shape_across_a_section_of_reasons() {
        let t = merged(&[
            "一、巡察反馈的主要问题",
            "1.主责主业有所弱化。",
            "（1）网点覆盖不足；",
            "（2）冷链设施利用率低。",
            "2.上轮问题整改不彻底。",
            "二、问题产生的原因",
            "一是思想认识不到位。",
            "三、整改措施及进展情况",
            "1.关于主责主业弱化问题",
            "（1）新建网点4个，已完成整改。",
            "（2）冷库利用率提升至68%，正在推进。",
            "2.已重新制定措施，现已整改到位。",
        ]);
        let body = |i: usize| t.nodes[i].body.as_str();
        let first = &t.nodes[t.roots[0]];
        let area = first.children[0];
        assert_eq!(body(area), "1.关于主责主业弱化问题");
        assert_eq!(
            t.nodes[area]
                .children
                .iter()
                .map(|&c| body(c))
                .collect::<Vec<_>>(),
            [
                "（1）新建网点4个，已完成整改。",
                "（2）冷库利用率提升至68%，正在推进。"
            ]
        );
        assert_eq!(body(first.children[1]), "2.已重新制定措施，现已整改到位。");
        assert!(t.nodes[t.roots[2]].children.is_empty());
        // The reasons stay where they are.
        assert_eq!(t.nodes[t.roots[1]].children.len(), 1);
    }

    #[test]
    fn lists_numbered_otherwise_join_in_order() {
        let t = merged(&[
            "二、查摆问题清单",
            "1.理论学习方面",
            "一是甲学习不系统；",
            "二是乙研讨质量不高。",
            "2.作风建设方面",
            "一是丙调研不深入；",
            "二是丁文风不精简。",
            "三、整改落实情况",
            "（一）理论学习方面",
            "1.关于甲的问题。已制定学习计划，已完成整改。",
            "2.关于乙的问题。已建立点评制度。",
            "（二）作风建设方面",
            "3.关于丙的问题。已开展蹲点调研27次。",
            "4.关于丁的问题。已压减发文，已完成整改。",
        ]);
        let first = &t.nodes[t.roots[0]];
        let leaf = t.nodes[first.children[1]].children[1];
        assert_eq!(
            t.nodes[leaf].body,
            "4.关于丁的问题。已压减发文，已完成整改。"
        );
        assert!(t.nodes[t.roots[1]].children.is_empty());
        // Under headings that each name one problem, the items are its
        // measures: not joined.
        let t = merged(&[
            "一、主体责任不到位的问题",
            "（一）召开专题会议研究部署。",
            "（二）修订议事规则。",
            "（三）开展警示教育。",
            "（四）建立督办台账。",
            "二、项目管理不规范的问题",
            "1.开展自查，目前正在整改。",
            "2.修订审核办法，正在推进。",
            "3.完成整改5项，正在推进。",
            "4.约谈相关人员，正在推进。",
        ]);
        assert_eq!(t.nodes[t.roots[1]].children.len(), 4);
    }

    #[test]
    fn a_list_of_plans_is_not_a_list_of_reports() {
        let t = merged(&[
            "一、巡察反馈的问题",
            "1.数据审核流于形式。",
            "2.执法检查力度不够。",
            "二、下一步工作打算",
            "1.将于6月底前完成审核制度修订。",
            "2.将于年底前完成执法检查。",
        ]);
        assert_eq!(t.nodes[t.roots[1]].children.len(), 2);
        assert!(t.nodes[t.roots[0]]
            .children
            .iter()
            .all(|&i| t.nodes[i].body.is_empty()));
    }

    #[test]
    fn two_lists_of_problems_stay_apart() {
        let t = merged(&[
            "一、上轮巡察问题",
            "1.数据审核流于形式。",
            "2.执法检查力度不够。",
            "二、本轮巡察问题",
            "1.学习不规范。",
            "2.资产管理混乱。",
        ]);
        assert_eq!(t.nodes[t.roots[1]].children.len(), 2);
    }
}
