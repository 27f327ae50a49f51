//! A section that lists findings with no word of their state, answered
//! one by one in a later section (`一、“回头看”发现的问题` › `1.部分反馈问题
//! 整改不彻底。…` and then `二、整改进展` › `（一）关于部分反馈问题整改不
//! 彻底的问题。已逐一督办，目前已整改到位。`): the later heading is the
//! problem, with its report; the finding listed first is the same problem,
//! not one more. It stays in the report as the notice's text (an item), so
//! nothing is counted twice and nothing is lost. A finding no later
//! heading names stays a problem.

use super::report_text;
use super::restated::{compared, heading_pairs, names_again};
use super::tree::Tree;
use crate::model::NodeKind;
use crate::text::label::LabelStyle;
use crate::text::results;

/// The most findings a section answered later may list, and the most
/// headings of a later section matched against them: a constant bound on
/// the pairs compared, whatever the notice. A longer list stays as it is.
const MAX_ANSWERED: usize = 64;
/// The most top sections after the findings looked at for the headings
/// that answer them, and the most nodes looked at under each.
const MAX_LATER_SECTIONS: usize = 4;
const MAX_LOOKED_AT: usize = 512;

/// Each finding of a top section whose problems are all findings with no
/// report, named again by a problem of a later top section, is that
/// problem: it becomes the notice's text (an item). A finding no later
/// heading names stays a problem. A group of findings (`（一）预算编制
/// 方面` › `1.…`) all named again is the notice's text too.
pub(super) fn demote_answered_findings(tree: &mut Tree, roots: &[usize]) {
    for (k, &r) in roots.iter().enumerate() {
        let Some(findings) = bare_findings(tree, r) else {
            continue;
        };
        let answers: Vec<usize> = roots[k + 1..]
            .iter()
            .take(MAX_LATER_SECTIONS)
            .flat_map(|&later| later_problems(tree, later))
            .take(MAX_ANSWERED)
            .collect();
        let mut answered = vec![false; findings.len()];
        for a in answers {
            answer(tree, a, &findings, &mut answered);
        }
        for g in tree.nodes[r].children.clone() {
            if is_group(&tree.nodes[g].kind) && !holds_problems(tree, g) {
                super::roles::set_subtree(tree, g, NodeKind::Item);
            }
        }
    }
    tree.answered_apart.sort_unstable();
}

/// A later problem `a` that names findings again: a heading that names one
/// is that problem, and the finding becomes the notice's text (an item); a
/// paragraph that names one or more first (`针对…的问题，…`, `针对…不规范和
/// …不到位两个问题，…`) speaks for them, which stay the problems, and
/// becomes the text.
fn answer(tree: &mut Tree, a: usize, findings: &[(usize, Vec<char>)], answered: &mut [bool]) {
    let title = tree.nodes[a].title.clone();
    // A paragraph that names its finding first may name it in other words.
    let n = &tree.nodes[a];
    let lead = n.style == Some(LabelStyle::Lead) && n.children.is_empty();
    let words = format!("{}\n{}", title, n.body);
    if let Some(parts) = super::reported_paragraphs::findings_named_together(&title) {
        let named: Vec<usize> = parts
            .iter()
            .filter_map(|p| named_finding(&heading_pairs(p), findings, answered, lead))
            .collect();
        let distinct = named
            .iter()
            .enumerate()
            .all(|(j, f)| !named[..j].contains(f));
        if named.len() == parts.len() && distinct {
            for f in named {
                answered[f] = true;
                speak_for(tree, findings[f].0, words.clone());
            }
            super::roles::set_subtree(tree, a, NodeKind::Item);
        }
        return;
    }
    let Some(f) = named_finding(&heading_pairs(&title), findings, answered, lead) else {
        return;
    };
    answered[f] = true;
    // A paragraph that names its finding first (`针对…的问题，…已完成整改。`)
    // answers it: the finding stays the problem, as listed and counted.
    if lead {
        speak_for(tree, findings[f].0, words);
        super::roles::set_subtree(tree, a, NodeKind::Item);
    } else {
        tree.nodes[findings[f].0].kind = NodeKind::Item;
    }
}

/// The finding `f` is answered apart by `words`.
fn speak_for(tree: &mut Tree, f: usize, words: String) {
    tree.nodes[f].spoken_for = Some(words);
    tree.answered_apart.push(f);
}

/// The fewest character pairs a heading shares with the finding it names
/// in other words (`家庭医生签约服务重数量轻质量` for `家庭医生签约服务流于形式…`),
/// and the least share of its pairs.
const MIN_SHARED_PAIRS: usize = 4;
const MIN_SHARED_SHARE: f64 = 0.4;

/// Words any finding may say (`落实不到位`, `管理不规范`): pairs of them
/// tell no finding from another.
const COMMON_WORDS: &[&str] = &[
    "落实",
    "不到位",
    "不规范",
    "不严格",
    "不够",
    "不力",
    "不足",
    "不强",
    "不高",
    "不实",
    "管理",
    "工作",
    "制度",
    "问题",
    "存在",
    "部分",
    "个别",
    "情况",
    "机制",
    "责任",
];

/// The finding not yet answered that a heading (its pairs) names again:
/// one whose title holds most of its pairs, else, for a paragraph that
/// names it in other words (`in_words`), the one that shares the most
/// pairs with it besides common words, when it shares enough and no other
/// shares as many.
fn named_finding(
    pairs: &[[char; 2]],
    findings: &[(usize, Vec<char>)],
    answered: &[bool],
    in_words: bool,
) -> Option<usize> {
    let open = || (0..findings.len()).filter(|&f| !answered[f]);
    if let Some(f) = open().find(|&f| names_again(pairs, &findings[f].1)) {
        return Some(f);
    }
    if !in_words {
        return None;
    }
    let common = |p: &[char; 2]| {
        COMMON_WORDS.iter().any(|w| {
            let w: Vec<char> = w.chars().collect();
            w.windows(2).any(|q| q == p)
        })
    };
    let shared = |f: usize| {
        pairs
            .iter()
            .filter(|p| !common(p) && findings[f].1.windows(2).any(|q| q == **p))
            .count()
    };
    let scores: Vec<(usize, usize)> = open().map(|f| (shared(f), f)).collect();
    let most = scores.iter().map(|s| s.0).max()?;
    let mut best = scores.iter().filter(|s| s.0 == most).map(|s| s.1);
    let f = best.next()?;
    let unique = best.next().is_none();
    let enough = most >= MIN_SHARED_PAIRS && most as f64 >= MIN_SHARED_SHARE * pairs.len() as f64;
    (unique && enough).then_some(f)
}

fn is_group(kind: &NodeKind) -> bool {
    matches!(kind, NodeKind::FocusArea | NodeKind::Category)
}

fn holds_problems(tree: &Tree, g: usize) -> bool {
    tree.nodes[g]
        .children
        .iter()
        .any(|&c| tree.nodes[c].kind == NodeKind::Problem || holds_problems(tree, c))
}

/// The problems of a section, its children or its groups' (`（一）…方面`
/// › `1.…`, two levels at most), with the titles (as compared) they would
/// be named again by, when they are leaves and none reports: no report
/// key, no result (`已…`), no report placed after it.
fn bare_findings(tree: &Tree, r: usize) -> Option<Vec<(usize, Vec<char>)>> {
    let n = &tree.nodes[r];
    if n.kind == NodeKind::Problem || n.children.is_empty() {
        return None;
    }
    let mut listed = Vec::new();
    for &c in &n.children {
        let m = &tree.nodes[c];
        if is_group(&m.kind) && !m.children.is_empty() {
            listed.extend(m.children.iter().copied());
        } else {
            listed.push(c);
        }
        if listed.len() > MAX_ANSWERED {
            return None;
        }
    }
    listed
        .into_iter()
        .map(|c| {
            let m = &tree.nodes[c];
            let text = format!("{}\n{}", m.title, m.body);
            let bare = m.kind == NodeKind::Problem
                && m.children.is_empty()
                && !m.reported
                && m.spoken_for.is_none()
                && report_text::report_on_state(&text).is_none()
                && results::result_in(&text).is_none();
            bare.then(|| (c, compared(&m.title)))
        })
        .collect()
}

/// The problems under a later section, at any depth (its own `（一）…`, or
/// `（一）…方面` › `1.关于…的问题`); at most [`MAX_LOOKED_AT`] nodes looked at.
fn later_problems(tree: &Tree, later: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut stack = vec![later];
    let mut looked = 0;
    while let Some(i) = stack.pop() {
        looked += 1;
        if looked > MAX_LOOKED_AT || out.len() == MAX_ANSWERED {
            break;
        }
        let n = &tree.nodes[i];
        if n.kind == NodeKind::Problem && i != later {
            out.push(i);
        } else {
            stack.extend(n.children.iter().rev());
        }
    }
    out
}
