//! A report printed once for a whole list of problems: after its last item
//! (`1.…` `2.…` `3.…` then `整改情况：…目前，上述3个问题已全部完成整改。`
//! or `…第1个问题已完成整改，第2个问题正在持续整改中。`), or as the next
//! section (`一、审计查出的主要问题` › `（一）…` … `（六）…`, then `二、整改情况`:
//! `第（一）、（三）项问题已整改完成；第（二）项问题正在整改…`).
//!
//! Read so only by shape: a list under one heading that runs 1, 2, … n
//! (n ≥ 2) in one numbering, its items bare (a title, nothing under them;
//! after its last item only the report, which may be printed on that
//! item's line: `③…淤塞。以上问题均已整改。`). A report after the last item
//! speaks for the list when it names items by number or points back at
//! them all (`上述`, `以上`); the next section's text only when it names
//! items by number. The report after the last item moves to the list's
//! heading (moved, not copied); each item keeps the words that speak for
//! it, from which its state is read (rule `list_report`). The items are
//! then problems, whatever the heading above them says.
//!
//! A next section may also reply heading by heading (`二、整改落实情况` ›
//! `（一）针对第1项问题。…`), to findings numbered on across groups: each
//! reply speaks for the findings it names, and the section holds replies.

use super::parallel_lists::numbered_list;
use super::tree::{Place, Tree};
use super::StatusRules;
use crate::text::label::LabelStyle;
use crate::text::{norm_chars, slice};

/// Words that point back at the whole list.
const BACK_WORDS: &[&str] = &["上述", "以上", "前述", "上列", "这些"];

/// Where each item named in `report` is spoken for: (item number, the
/// words from its reference to the next reference or the sentence's end).
/// Only numbers 1..=`count`; None if any reference names another.
fn by_number(report: &str, count: u32) -> Option<Vec<(u32, String)>> {
    let n = norm_chars(report);
    let orig: Vec<char> = report.chars().collect();
    let mut refs: Vec<(usize, usize, Vec<u32>)> = Vec::new();
    let mut i = 0;
    while i < n.len() {
        match super::references::numbers_at(&n, i) {
            Some((numbers, end)) => {
                refs.push((i, end, numbers));
                i = end;
            }
            None => i += 1,
        }
    }
    let mut out = Vec::new();
    for (j, (start, end, numbers)) in refs.iter().enumerate() {
        if numbers.iter().any(|&k| k == 0 || k > count) {
            return None;
        }
        let sentence_end = (*end..n.len())
            .find(|&e| matches!(n[e], '。' | ';'))
            .map_or(n.len(), |e| e + 1);
        let next = refs.get(j + 1).map_or(n.len(), |r| r.0);
        let words = slice(&orig, *start, sentence_end.min(next));
        out.extend(numbers.iter().map(|&k| (k, words.clone())));
    }
    Some(out)
}

/// The most characters of a report that points back at the whole list
/// given to each item: every item gets its own copy, so the copies cost
/// the items times this, not times the report.
const MAX_BACK_CHARS: usize = 600;

/// The report from the first sentence that points back at the whole list
/// (`针对上述问题，…。目前，已全部完成整改。`) to its paragraph's end, at
/// most [`MAX_BACK_CHARS`].
fn back_sentence(report: &str) -> Option<String> {
    let mut from = 0;
    for s in report.split_inclusive(['。', ';', '；']) {
        if BACK_WORDS.iter().any(|w| s.contains(w)) {
            let rest = &report[from..];
            let paragraph = rest.split("\n\n").next().unwrap_or(rest);
            return Some(paragraph.chars().take(MAX_BACK_CHARS).collect());
        }
        from += s.len();
    }
    None
}

/// What speaks for each of `count` items in a report after the list.
fn speaks_for(report: &str, count: u32, back: bool) -> Option<Vec<(u32, String)>> {
    let named = by_number(report, count)?;
    if !named.is_empty() {
        return Some(named);
    }
    let s = back.then(|| back_sentence(report)).flatten()?;
    Some((1..=count).map(|k| (k, s.clone())).collect())
}

fn give(tree: &mut Tree, items: &[usize], words: Vec<(u32, String)>) {
    for (k, w) in words {
        let i = items[k as usize - 1];
        if tree.nodes[i].spoken_for.is_none() {
            tree.nodes[i].spoken_for = Some(w);
        }
    }
}

/// Some words state a state (a done or in-progress phrase, or the long
/// term: `以上2个问题需长期坚持`): a report that
/// speaks for the list only in plans (`针对以上问题，制定了整改方案`) is
/// left where it is.
fn any_state(words: &[(u32, String)], rules: &StatusRules) -> bool {
    let p = rules.phrases();
    words.iter().any(|(_, w)| {
        p.find_done(w).is_some()
            || p.find_in_progress(w).is_some()
            || super::report_text::long_term_clause(w).is_some()
    })
}

/// A report after the last item of the list under `parent`: moved to the
/// parent, the items spoken for.
fn after_last_item(tree: &mut Tree, parent: usize, rules: &StatusRules) {
    let Some(items) = numbered_list(tree, parent).map(<[usize]>::to_vec) else {
        return;
    };
    let (&last, rest) = items.split_last().expect("a list has items");
    let bare = |i: usize| tree.nodes[i].body.is_empty() && tree.nodes[i].children.is_empty();
    let all_bare = rest.iter().all(|&i| bare(i)) && tree.nodes[last].children.is_empty();
    // Items with text and measures of their own: the report is a paragraph
    // after the last one's last measure (`以上4个问题已全部整改完成。`).
    let holder = if all_bare {
        last
    } else {
        last_descendant(tree, last)
    };
    let body = tree.nodes[holder].body.clone();
    let paras: Vec<&str> = body.split("\n\n").collect();
    // `整改情况：…`, or a sentence pointing back at the list (`以上问题均已
    // 整改。`, printed on the last item's line).
    let opens_back = |p: &str| {
        BACK_WORDS
            .iter()
            .any(|w| crate::text::trim(p).starts_with(w))
    };
    let Some(k) = paras.iter().enumerate().position(|(j, p)| {
        if all_bare {
            super::tree::is_rectification_report(p) || opens_back(p)
        } else {
            // Not the rest of the last item's own line.
            (j > 0 || holder != last) && opens_back(p)
        }
    }) else {
        return;
    };
    let report = paras[k..].join("\n\n");
    let Some(words) = speaks_for(&report, items.len() as u32, true) else {
        return;
    };
    if words.iter().all(|w| w.0 == items.len() as u32) || !any_state(&words, rules) {
        return;
    }
    let moved = (paras.len() - k) as u32;
    let kept = paras[..k].join("\n\n");
    let last_node = &mut tree.nodes[holder];
    // The body may open with the rest of the item's own line, which is
    // placed with the item, not apart.
    let moved_apart = moved.min(last_node.paragraphs);
    last_node.body = kept;
    last_node.paragraphs -= moved_apart;
    let p = &mut tree.nodes[parent];
    if !p.body.is_empty() {
        p.body.push_str("\n\n");
    }
    p.body.push_str(&report);
    p.paragraphs += moved;
    let mut left = moved_apart;
    for place in tree.placed.iter_mut().rev() {
        if left == 0 {
            break;
        }
        if *place == Place::Node(holder) {
            *place = Place::Node(parent);
            left -= 1;
        }
    }
    give(tree, &items, words);
}

/// The last node under `i`, following last children down.
fn last_descendant(tree: &Tree, mut i: usize) -> usize {
    while let Some(&c) = tree.nodes[i].children.last() {
        i = c;
    }
    i
}

/// The next section's text naming the items of the list under `a`.
fn next_section(tree: &mut Tree, a: usize, b: usize, rules: &StatusRules) {
    let Some(items) = numbered_list(tree, a).map(<[usize]>::to_vec) else {
        return;
    };
    // Bare items, or items each answered by a paragraph of its own
    // (`针对第一个问题，…`) and summed up in the next section's text.
    let bare = |i: usize| {
        let n = &tree.nodes[i];
        n.children.is_empty() && (n.body.is_empty() || n.reported)
    };
    let plans = rules
        .other_sections
        .iter()
        .any(|k| !k.is_empty() && tree.nodes[b].title.contains(k.as_str()));
    if plans || !tree.nodes[b].children.is_empty() || !items.iter().all(|&i| bare(i)) {
        return;
    }
    let Some(words) = speaks_for(&tree.nodes[b].body, items.len() as u32, false) else {
        return;
    };
    let mut named: Vec<u32> = words.iter().map(|w| w.0).collect();
    named.dedup();
    if named.len() >= 2 && any_state(&words, rules) {
        give(tree, &items, words);
        tree.nodes[b].speaks_for_list = true;
    }
}

/// The findings under `a` numbered 1…n in one numbering, directly or on
/// across its groups (`（一）…方面` › `1.` `2.` `3.`, `（二）…方面` › `4.` …),
/// none with measures under it nor (when `silent`) a state of its own.
fn findings_numbered_on(
    tree: &Tree,
    a: usize,
    rules: &StatusRules,
    silent: bool,
) -> Option<Vec<usize>> {
    let children = &tree.nodes[a].children;
    let grouped = children.iter().all(|&g| !tree.nodes[g].children.is_empty());
    let items: Vec<usize> = if grouped {
        children
            .iter()
            .flat_map(|&g| tree.nodes[g].children.iter().copied())
            .collect()
    } else {
        children.clone()
    };
    let style = tree.nodes[*items.first()?].style?;
    let runs = items.iter().enumerate().all(|(k, &i)| {
        let n = &tree.nodes[i];
        n.style == Some(style) && n.number as usize == k + 1 && n.children.is_empty()
    });
    let quiet = || {
        !silent
            || items
                .iter()
                .all(|&i| !super::parallel_lists::states(tree, i, rules))
    };
    (runs && items.len() >= 2 && quiet()).then_some(items)
}

/// The section after the findings whose headings each reply to findings
/// it names by number (`二、整改落实情况` › `（一）针对第1项问题。…` …
/// `（五）针对第5项、第6项问题。…`): each reply speaks for the findings it
/// names, and the section holds replies, not problems.
/// `items` are `a`'s findings as [`findings_numbered_on`] finds them
/// without asking them to be silent: replies that name every finding
/// answer them, whatever words of state the findings hold (`…至检查时尚未
/// 装订成册`).
fn replies_by_number(
    tree: &mut Tree,
    (a, items): (usize, Vec<usize>),
    b: usize,
    rules: &StatusRules,
) {
    let replies = tree.nodes[b].children.clone();
    if replies.len() < 2 {
        return;
    }
    let named_by = Findings::of(tree, &items);
    let mut words = Vec::new();
    for &r in &replies {
        // `（一）强化组织领导。…` before `（二）逐项推进整改。` › the replies:
        // a heading of the work, with no replies, beside the group of them.
        let work = |r: usize| {
            let n = &tree.nodes[r];
            n.children.is_empty() && super::own_sentence::opens_with_action_verb(&n.title)
        };
        let Some(texts) = replies_of(tree, r, &named_by) else {
            if work(r) && replies.iter().any(|&o| o != r && !work(o)) {
                continue;
            }
            return;
        };
        for (named, text) in texts {
            if named.iter().any(|&k| k == 0 || k as usize > items.len()) {
                return;
            }
            words.extend(named.into_iter().map(|k| (k, text.clone())));
        }
    }
    let every = (1..=items.len() as u32).all(|k| words.iter().any(|w| w.0 == k));
    let silent = || findings_numbered_on(tree, a, rules, true).is_some();
    if any_state(&words, rules) && (every || silent()) {
        give(tree, &items, words);
        tree.nodes[b].speaks_for_list = true;
    }
}

/// The replies a heading holds, each with the findings it names: itself
/// (`（一）针对第1项问题。…`); each paragraph of its text when each names
/// findings by number (`（一）会计基础工作方面（3个问题，已完成整改2个）` ›
/// `针对第1个问题：…` `针对第2个问题：…`); or, when its title's note names
/// them (`（四）关于医疗质量安全方面的问题（第8、9、10项）`), its items one
/// each in order when there are as many (`1.针对…的问题，…`), else its whole
/// text for all. `None` when it holds other headings or text.
fn replies_of(tree: &Tree, r: usize, findings: &Findings) -> Option<Vec<(Vec<u32>, String)>> {
    let n = &tree.nodes[r];
    if let Some(named) = named_in_note(&n.title) {
        return Some(replies_under_note(tree, r, named));
    }
    if !n.children.is_empty() {
        return replies_below(tree, r, findings);
    }
    let own = format!("{}{}", n.title, n.body);
    if let Some(named) = super::references::opening_numbers(&own) {
        return Some(vec![(named, own)]);
    }
    // Only a group's heading holds replies; a finding's answers are its own.
    if !super::shape::is_group_title(&n.title) {
        return None;
    }
    n.body
        .lines()
        .map(crate::text::trim)
        .filter(|l| !l.is_empty())
        .map(|p| Some((super::references::opening_numbers(p)?, p.to_string())))
        .collect::<Option<Vec<_>>>()
        .filter(|v| !v.is_empty())
}

/// A group's replies printed as paragraphs of their own under it, each
/// opening by naming the findings it answers (`（一）由县畜牧兽医发展中心
/// 牵头整改的问题` › `关于第2项、第4项问题：…` `关于第12项问题：…`): its
/// children, each a leaf without a label of its own; `None` otherwise.
fn replies_below(tree: &Tree, r: usize, findings: &Findings) -> Option<Vec<(Vec<u32>, String)>> {
    let n = &tree.nodes[r];
    if !n.body.trim().is_empty() {
        return None;
    }
    n.children
        .iter()
        .map(|&c| {
            let child = &tree.nodes[c];
            // Unlabelled, or read as led by its key (`关于第12项问题：…`).
            let lead = child.style.is_none_or(|s| s == LabelStyle::Lead);
            if !child.children.is_empty() || !lead {
                return None;
            }
            let own = format!("{}{}", child.title, child.body);
            let named = super::references::opening_numbers(&own)
                .or_else(|| findings.named_in(&child.title).map(|k| vec![k]))?;
            Some((named, own))
        })
        .collect()
}

/// The findings replies answer, by the words of their statements, for a
/// reply that names its finding in words (`关于“储备项目未纳入年度计划”
/// 问题。…`) among replies that name theirs by number.
struct Findings {
    pairs: Vec<super::inline_items::Pairs>,
}

impl Findings {
    fn of(tree: &Tree, items: &[usize]) -> Self {
        let pairs = items
            .iter()
            .map(|&i| super::inline_items::pairs(&crate::text::norm_chars(&tree.nodes[i].title)))
            .collect();
        Findings { pairs }
    }

    /// The finding (from 1) a reply's title names in quotes as the problem
    /// (`关于“…”问题`), sharing more words with it than with any other.
    fn named_in(&self, title: &str) -> Option<u32> {
        let open = title.find('“')?;
        let close = title[open..].find('”')? + open;
        if !title[close..].contains("问题") {
            return None;
        }
        let words = crate::text::norm_chars(&title[open..close]);
        let k = super::inline_items::best_item(&words, &self.pairs)?;
        u32::try_from(k + 1).ok()
    }
}

/// Words before the reference in such a note (`（对应问题1、问题2）`).
const NOTE_LEADS: &[&str] = &["对应", "涉及", "针对", "回应"];

/// The findings a title's trailing note names by number (`（第3、4项）`,
/// `（第1项）`, `（第5个问题）`, `（对应问题1、问题2）`): only a reference,
/// nothing else.
fn named_in_note(title: &str) -> Option<Vec<u32>> {
    let note = super::shape::trailing_note(title.trim())?;
    let n = crate::text::norm_chars(note.trim_matches(['（', '）', '(', ')']));
    let lead = NOTE_LEADS
        .iter()
        .find(|w| crate::text::starts_at(&n, 0, w))
        .map_or(0, |w| w.chars().count());
    let (numbers, end) = super::references::numbers_at(&n, lead)?;
    let rest: String = n[end..].iter().collect();
    (rest.is_empty() || rest == "问题").then_some(numbers)
}

/// The replies under a heading whose note names its findings: its items
/// one each, in order, when there are as many as it names; else its whole
/// text (title, body and items) for every one.
fn replies_under_note(tree: &Tree, r: usize, named: Vec<u32>) -> Vec<(Vec<u32>, String)> {
    let n = &tree.nodes[r];
    if n.children.len() == named.len() && n.body.trim().is_empty() {
        return named
            .into_iter()
            .zip(&n.children)
            .map(|(k, &c)| (vec![k], subtree_text(tree, c)))
            .collect();
    }
    vec![(named, subtree_text(tree, r))]
}

/// A node's title and text and those of everything under it.
fn subtree_text(tree: &Tree, i: usize) -> String {
    let n = &tree.nodes[i];
    std::iter::once(format!("{}{}", n.title, n.body))
        .chain(n.children.iter().map(|&c| subtree_text(tree, c)))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The most sections looked back at from replies for their findings
/// (`一、…问题` › `二、整改工作开展情况` › `三、具体问题整改落实情况`).
const MAX_SECTIONS_BACK: usize = 3;

/// Finds the reports that speak for whole lists.
pub(crate) fn apply(tree: &mut Tree, rules: &StatusRules) {
    for parent in 0..tree.nodes.len() {
        after_last_item(tree, parent, rules);
    }
    let groups: Vec<Vec<usize>> = std::iter::once(tree.roots.clone())
        .chain(tree.nodes.iter().map(|n| n.children.clone()))
        .collect();
    for g in groups {
        for w in g.windows(2) {
            if tree.nodes[w[0]].style == tree.nodes[w[1]].style {
                next_section(tree, w[0], w[1], rules);
            }
        }
        for (j, &b) in g.iter().enumerate().skip(1) {
            // The findings may be a section or two above the replies
            // (`一、巡查反馈的主要问题` › `二、整改工作开展情况` › `三、具体
            // 问题整改落实情况`): the nearest list before them of findings
            // numbered 1…n.
            let found = g[..j]
                .iter()
                .rev()
                .take(MAX_SECTIONS_BACK)
                .filter(|&&a| tree.nodes[a].style == tree.nodes[b].style)
                .find_map(|&a| Some((a, findings_numbered_on(tree, a, rules, false)?)));
            if let Some(found) = found {
                replies_by_number(tree, found, b, rules);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tree::{build, paras};
    use super::*;

    #[test]
    fn a_note_naming_findings_by_number() {
        assert_eq!(
            named_in_note("（一）关于党委会议事规则执行不严格的问题（第1项）"),
            Some(vec![1])
        );
        assert_eq!(
            named_in_note("关于医疗质量安全方面的问题（第8、9、10项）"),
            Some(vec![8, 9, 10])
        );
        assert_eq!(named_in_note("党建引领方面（3项）"), None);
    }

    #[test]
    fn a_report_in_plans_only_stays_with_the_last_item() {
        let mut t = build(&paras(&[
            "一、党的建设方面",
            "1.支部台账不清。",
            "2.党员档案不全。",
            "整改情况：针对以上问题，制定了整改方案。",
        ]));
        let bodies: Vec<String> = t.nodes.iter().map(|n| n.body.clone()).collect();
        apply(&mut t, &StatusRules::default());
        let after: Vec<String> = t.nodes.iter().map(|n| n.body.clone()).collect();
        assert_eq!(after, bodies);
        assert!(t.nodes.iter().all(|n| n.spoken_for.is_none()));
        let mut t = build(&paras(&[
            "一、党的建设方面",
            "1.支部台账不清。",
            "2.党员档案不全。",
            "整改情况：针对以上问题，制定了整改方案，均已完成整改。",
        ]));
        apply(&mut t, &StatusRules::default());
        assert!(t.nodes.iter().any(|n| n.spoken_for.is_some()));
    }

    #[test]
    fn references_name_items_up_to_the_next_reference() {
        let got = by_number(
            "其中，第（一）、（三）项问题已整改完成；第（二）项问题正在整改，预计年底完成。",
            3,
        )
        .unwrap();
        let nums: Vec<u32> = got.iter().map(|g| g.0).collect();
        assert_eq!(nums, [1, 3, 2]);
        assert_eq!(got[0].1, "第（一）、（三）项问题已整改完成；");
        assert_eq!(got[2].1, "第（二）项问题正在整改，预计年底完成。");
        assert!(by_number("第4个问题已完成。", 3).is_none());
        assert_eq!(by_number("反馈问题12个，已完成10个。", 20), Some(vec![]));
    }

    #[test]
    fn a_sentence_pointing_back_speaks_for_all() {
        let got = speaks_for("整改情况：开展排查。目前，上述问题均已完成整改。", 2, true).unwrap();
        assert_eq!(got.len(), 2);
        assert_eq!(got[1].1, "目前，上述问题均已完成整改。");
        let got = speaks_for("整改情况：针对上述问题，开展排查。目前已完成。", 2, true).unwrap();
        assert_eq!(got[0].1, "整改情况：针对上述问题，开展排查。目前已完成。");
        assert!(speaks_for("整改情况：开展排查。目前，上述问题均已完成整改。", 2, false).is_none());
    }
}
