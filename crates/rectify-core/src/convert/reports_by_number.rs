//! Reports that answer the problems of a list by their numbers, in one
//! paragraph after the list (`截至目前，清单所列第1、2、3、5项问题已全部整改
//! 到位；第4项…剩余项目正在加快推进；第6项属长期性任务…`) or in the report
//! of the list's last problem (`整改进展：第2项已对当事人进行诫勉谈话…；
//! 第3项已…`). Each clause that opens by naming items (`第1、2项`,
//! `第（三）项`, `第4个问题`) states the state of the problems so numbered
//! in the nearest list before it that has them all, as a report would
//! (stated, rule `reported_by_number`, the clause as the phrase). It
//! decides a problem that had no status, one whose status was only
//! inferred, and the problem whose own report the clause is.

use super::references::numbers_at;
use super::StatusRules;
use crate::model::{Node, NodeKind, StatusBasis, StatusEvidence};
use crate::text::norm_chars;
use std::collections::HashMap;

/// The most lists looked back at for a clause's numbers.
const MAX_LISTS_BACK: usize = 8;
/// The most numbers one reference names (`第1、2、…项`).
const MAX_NUMBERS: usize = 100;

/// A numbered list of problems: where each number's problem is (the
/// first, when a number is printed twice).
type List = HashMap<u32, Vec<usize>>;

/// What the walk finds, in printed order: lists of problems and texts.
enum Found {
    List(List),
    Text {
        path: Vec<usize>,
        clauses: Vec<(Vec<u32>, String)>,
    },
}

/// Gives the problems named by number in a later clause that clause's state.
/// `read` are the paragraphs a unit's report was read from
/// (`reports_by_unit`): their numbers are that unit's problems', not the
/// nearest list's.
pub(crate) fn apply(nodes: &mut [Node], rules: &StatusRules, read: &[String]) {
    demote_notes(nodes);
    let mut found: Vec<Found> = numbered_problems(nodes, &[])
        .map(Found::List)
        .into_iter()
        .collect();
    walk(nodes, &mut Vec::new(), &mut found, read);
    // A text before every list (`其中，第1至5项已整改到位；第6项…`, in the
    // preamble), or one whose numbers no one list has all of, names the
    // problems of the whole notice, numbered on across its headings.
    let whole = numbered_throughout(nodes);
    let mut lists: Vec<&List> = Vec::new();
    let mut decided = Vec::new();
    for f in &found {
        match f {
            Found::List(list) => lists.push(list),
            Found::Text { path, clauses } => {
                // The numbers the text names; `其余3项` names the others.
                let all_named: Vec<u32> = clauses.iter().flat_map(|c| c.0.clone()).collect();
                let mut last_list: Option<&List> = None;
                for (numbers, clause) in clauses {
                    let rest = numbers.is_empty();
                    let named = |l: &&&List| numbers.iter().all(|k| l.contains_key(k));
                    let list = if rest {
                        last_list
                    } else {
                        // Numbers that no one list has all of (`问题1、2、4`
                        // over three headings) name the notice's problems.
                        lists
                            .iter()
                            .rev()
                            .take(MAX_LISTS_BACK)
                            .find(named)
                            .copied()
                            .or_else(|| whole.as_ref().filter(|l| named(&l)))
                    };
                    let Some(list) = list else {
                        continue;
                    };
                    last_list = Some(list);
                    let Some(d) = super::status::by_report(clause, rules) else {
                        continue;
                    };
                    let mut targets: Vec<u32> = if rest {
                        list.keys()
                            .filter(|k| !all_named.contains(k))
                            .copied()
                            .collect()
                    } else {
                        numbers.clone()
                    };
                    targets.sort_unstable();
                    for target in targets.iter().filter_map(|k| list.get(k)) {
                        decided.push((target.clone(), path.clone(), d.clone(), clause.clone()));
                    }
                }
            }
        }
    }
    for (target, source, d, clause) in decided {
        let Some(n) = node_at(nodes, &target) else {
            continue;
        };
        // A state read for the whole list's report (`list_report`) or its
        // section's text (`section_state`) yields to the clause that names
        // the item, where they differ.
        let list_read = n.status != Some(d.status)
            && n.status_evidence
                .as_ref()
                .is_some_and(|e| e.rule == "list_report" || e.rule == "section_state");
        if is_open(n) || target == source || list_read {
            // `第3项正在整改，计划2026年1月底前完成`: the clause's plan is
            // the problem's deadline when it states none.
            if n.deadline.is_none() {
                n.deadline = crate::text::owners::planned_deadline(&clause);
            }
            n.status = Some(d.status);
            n.status_evidence = Some(evidence(
                StatusBasis::Stated,
                "reported_by_number",
                Some(clause),
            ));
            // A table row's measures take their row's state, as in a ledger.
            for m in n.children.iter_mut().filter(|m| m.status.is_none()) {
                m.status = Some(d.status);
                m.status_evidence =
                    Some(evidence(StatusBasis::Inferred, "ledger_row_status", None));
            }
        }
    }
}

/// A problem whose state a later report may decide: one with no status,
/// one whose status was only inferred, or one that is only its statement
/// (`…超期未检验仍在使用。`, no text of its own) and read a state from the
/// words of its finding: a report naming it says more.
pub(crate) fn is_open(n: &Node) -> bool {
    let only_statement = n.body.trim().is_empty()
        && n.children.is_empty()
        && n.status_evidence
            .as_ref()
            .and_then(|e| e.phrase.as_deref())
            .is_some_and(|p| n.title.contains(p));
    only_statement
        || n.status_evidence
            .as_ref()
            .is_none_or(|e| e.basis == StatusBasis::Inferred)
}

fn evidence(basis: StatusBasis, rule: &str, phrase: Option<String>) -> StatusEvidence {
    StatusEvidence {
        basis,
        rule: rule.to_string(),
        phrase,
    }
}

/// Lists and texts under `nodes`, in printed order: the numbered problems
/// among `nodes` as one list (so that a problem's report may name the
/// others), then each node's text before its children's. A node's own
/// problems are listed before its text: a report printed after the list
/// may have been taken for the heading's text.
fn walk(nodes: &[Node], path: &mut Vec<usize>, out: &mut Vec<Found>, read: &[String]) {
    for (i, n) in nodes.iter().enumerate() {
        path.push(i);
        out.extend(numbered_problems(&n.children, path).map(Found::List));
        let body = if read.is_empty() {
            std::borrow::Cow::Borrowed(n.body.as_str())
        } else {
            let unread: Vec<&str> = n
                .body
                .split("\n\n")
                .filter(|p| !read.iter().any(|r| r == p))
                .collect();
            std::borrow::Cow::Owned(unread.join("\n\n"))
        };
        // A note's own words name the items (`1.第3项已于12月…`).
        let clauses = if n.kind == NodeKind::Item && opens_naming_items(&n.title) {
            items_named_in(&format!("{}\n{}", n.title, body))
        } else {
            items_named_in(&body)
        };
        if !clauses.is_empty() {
            out.push(Found::Text {
                path: path.clone(),
                clauses,
            });
        }
        walk(&n.children, path, out, read);
        path.pop();
    }
}

/// Every problem of the notice by its number, when each number is
/// printed once (`1.`–`9.` under three headings); none otherwise.
fn numbered_throughout(nodes: &[Node]) -> Option<List> {
    fn visit(nodes: &[Node], path: &mut Vec<usize>, list: &mut List) -> bool {
        for (i, n) in nodes.iter().enumerate() {
            path.push(i);
            if n.kind == NodeKind::Problem {
                if let Some(number) = label_number(&n.label, false) {
                    if list.insert(number, path.clone()).is_some() {
                        return false;
                    }
                }
            }
            if !visit(&n.children, path, list) {
                return false;
            }
            path.pop();
        }
        true
    }
    let mut list = List::new();
    (visit(nodes, &mut Vec::new(), &mut list) && !list.is_empty()).then_some(list)
}

/// The problems among `nodes` that print a number, if any.
fn numbered_problems(nodes: &[Node], path: &[usize]) -> Option<List> {
    let mut list = List::new();
    for (i, n) in nodes.iter().enumerate() {
        if n.kind != NodeKind::Problem {
            continue;
        }
        // `一是…` problems (findings listed in a paragraph) are numbered
        // too, at the top or under an area (`存在以下问题：一是…` answered
        // `目前，第一、二项问题已整改完成，第三项…`).
        if let Some(number) = label_number(&n.label, true) {
            list.entry(number).or_insert_with(|| [path, &[i]].concat());
        }
    }
    (!list.is_empty()).then_some(list)
}

/// The number a label prints (`1`, `2.`, `（三）`, `④`, `十二、`, `第一，`).
pub(crate) fn label_number(label: &str, ordinal: bool) -> Option<u32> {
    let n = norm_chars(crate::text::trim(label));
    // `第一，`: a list numbered in words after `第`; `问题7：` after `问题`.
    let n = n.strip_prefix(&['第']).unwrap_or(&n);
    let n = n.strip_prefix(&['问', '题']).unwrap_or(n);
    let (k, end) = super::references::number_at(n, 0)?;
    let rest = &n[end..];
    let rest = if ordinal && rest.first() == Some(&'是') {
        &rest[1..]
    } else {
        rest
    };
    rest.iter()
        .all(|c| matches!(c, '.' | '、' | ',' | ' ' | ')' | ':'))
        .then_some(k)
}

/// The clauses of a text that name items by number (none, cheaply, when
/// it has no `第`).
fn items_named_in(text: &str) -> Vec<(Vec<u32>, String)> {
    if text.contains('第') || text.contains('前') || text.contains("问题") {
        clauses(text)
    } else {
        Vec::new()
    }
}

/// The clauses of a text that open by naming items by number, each with the
/// numbers: a clause runs from its reference to the next clause end
/// (`；`, `。`) or the next reference; after a reference with a colon
/// (`针对第3项：`), to its paragraph's end or the next reference.
pub(crate) fn clauses(text: &str) -> Vec<(Vec<u32>, String)> {
    let n = norm_chars(text);
    let orig: Vec<char> = text.chars().collect();
    let mut refs = Vec::new();
    let mut i = 0;
    while i < n.len() {
        // `前三项问题已全部整改到位`: the first n items.
        if let Some((numbers, end)) = first_items_at(&n, i) {
            refs.push((i, numbers, false));
            i = end;
            continue;
        }
        // `问题1、2、4已整改完成` at a clause start, as `第1、2、4项` anywhere;
        // or after the clause whose state they are (`已整改完成的有6个，分别
        // 是问题1、问题2、问题4`), from that clause on.
        let listed = listed_after_state(&n, i).or_else(|| listed_after_key(&n, i));
        // `针对问题1，…`, `关于问题2：…`: after an opener at a clause start.
        let opened =
            super::references::reply_opened_before(&n, i).is_some_and(|s| clause_start(&n, s));
        let named = n[i] == '第'
            || (crate::text::starts_at(&n, i, "问题")
                && (clause_start(&n, i) || listed.is_some() || opened));
        match named.then(|| numbers_at(&n, i)).flatten() {
            Some((numbers, end))
                if !cites_a_rule(&n, i)
                    && names_an_item(&n, end)
                    && numbers.len() <= MAX_NUMBERS =>
            {
                // `第3项：…`, `第5个问题：…`: the reference keys its text.
                let key = end
                    + if crate::text::starts_at(&n, end, "问题") {
                        2
                    } else {
                        0
                    };
                let from = listed
                    .filter(|&s| {
                        refs.last()
                            .is_none_or(|r: &(usize, Vec<u32>, bool)| r.0 < s)
                    })
                    .unwrap_or(i);
                refs.push((from, numbers, n.get(key) == Some(&':')));
                i = end;
            }
            _ => i += 1,
        }
    }
    // `…，其余3项均已完成整改`: the rest of the list, after a reference.
    if !refs.is_empty() {
        let first = refs[0].0;
        // The nearest reference before each candidate, walked in step
        // (refs are in printed order): linear in the text.
        let mut k = 0;
        let rests: Vec<usize> = (first..n.len())
            .filter(|&i| i > 0 && matches!(n[i - 1], ',' | ';' | '。') && names_the_rest(&n, i))
            .filter(|&i| {
                while k + 1 < refs.len() && refs[k + 1].0 < i {
                    k += 1;
                }
                !rest_of_things_counted(&n, refs[k].0, i)
            })
            .collect();
        refs.extend(rests.into_iter().map(|i| (i, Vec::new(), false)));
        refs.sort_by_key(|r| r.0);
    }
    let mut out = Vec::with_capacity(refs.len());
    for (k, (start, numbers, keyed)) in refs.iter().enumerate() {
        let next = refs.get(k + 1).map_or(n.len(), |r| r.0);
        let keyed = &(*keyed || opens_its_paragraph_alone(&n, *start, next));
        // `针对第3项：…。目前已完成6个…，剩余3个…。正在整改。`: a reference
        // that keys its text answers with the whole paragraph.
        let end = (*start..next)
            .find(|&j| n[j] == '\n' || (!keyed && matches!(n[j], ';' | '。')))
            .unwrap_or(next);
        out.push((numbers.clone(), orig[*start..end].iter().collect()));
    }
    out
}

/// The longest opener before a paragraph's first reference (`针对`).
const MAX_OPENER_CHARS: usize = 2;

/// The reference at `start` opens its paragraph, perhaps after an opener
/// (`关于第4项问题，…。该项问题需长期坚持。`), and the next reference, at
/// `next`, is in another: the paragraph answers for it throughout.
fn opens_its_paragraph_alone(n: &[char], start: usize, next: usize) -> bool {
    // Looked at only as far as an opener reaches, and up to the next
    // reference: linear over a text of many references.
    let window = start.saturating_sub(MAX_OPENER_CHARS + 2);
    let para_start = match n[window..start].iter().rposition(|&c| c == '\n') {
        Some(j) => window + j + 1,
        None if window == 0 => 0,
        None => return false,
    };
    let before: String = n[para_start..start].iter().collect();
    let before = before.trim();
    let opens = before.is_empty() || super::references::REPORT_OPENERS.contains(&before);
    opens && (next >= n.len() || n[start..next].contains(&'\n'))
}

/// Words that list, after a clause of state, the items it counts
/// (`已整改完成的有6个，分别是问题1、问题2…`).
const LISTING_WORDS: &[&str] = &["分别是", "分别为", "具体为", "包括"];

/// The reference at `i` follows a listing word that opens a clause
/// (`，分别是问题1、…`): where the clause before that one starts, whose
/// state the items listed share.
fn listed_after_state(n: &[char], i: usize) -> Option<usize> {
    let word = LISTING_WORDS.iter().find(|w| {
        let l = w.chars().count();
        i > l && crate::text::starts_at(n, i - l, w) && n[i - l - 1] == ','
    })?;
    let comma = i - word.chars().count() - 1;
    let start = (0..comma)
        .rev()
        .find(|&j| matches!(n[j], ',' | ';' | '。' | ':' | '\n'))
        .map_or(0, |j| j + 1);
    Some(start)
}

/// The reference at `i` is the value of a key that states what it lists
/// (`已完成整改的问题（10个）：第1、2、4项。`, `需长期坚持的：第5项`): where
/// that key starts, so that the items share its state.
fn listed_after_key(n: &[char], i: usize) -> Option<usize> {
    let colon = i.checked_sub(1).filter(|&c| n[c] == ':')?;
    let start = (0..colon)
        .rev()
        .find(|&j| matches!(n[j], ',' | ';' | '。' | ':' | '\n'))
        .map_or(0, |j| j + 1);
    (start < colon).then_some(start)
}

/// The text opens by naming items by number (`第3项已于12月…`,
/// `第4、5项…`).
fn opens_naming_items(text: &str) -> bool {
    let n = norm_chars(crate::text::trim(text));
    n.first() == Some(&'第')
        && numbers_at(&n, 0).is_some_and(|(_, end)| names_an_item(&n, end) && end < n.len())
}

/// Problems read from the numbered notes under a table (`说明：` › `1.第3项
/// 已于12月增设爱心窗口…` `2.第5项…`) whose words open by naming other
/// items by number, beside two or more numbered problems before them: notes
/// on those items, not problems; their clauses then report on them.
fn demote_notes(nodes: &mut [Node]) {
    let problems = nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Problem && !opens_naming_items(&n.title))
        .count();
    if problems < 2 {
        return;
    }
    for n in nodes.iter_mut() {
        if n.kind == NodeKind::Problem && n.children.is_empty() && opens_naming_items(&n.title) {
            n.kind = NodeKind::Item;
            n.status = None;
            n.status_evidence = None;
        }
    }
}

/// The most items `前N项` is read as naming.
const MAX_FIRST_ITEMS: u32 = 20;

/// `前三项…`, `前2个问题…` at a clause start (not `目前`, `此前`): the
/// first N items, and where the reference ends.
fn first_items_at(n: &[char], i: usize) -> Option<(Vec<u32>, usize)> {
    if n[i] != '前' || !clause_start(n, i) {
        return None;
    }
    let (k, end) = super::references::number_at(n, i + 1)?;
    let unit = matches!(n.get(end), Some('项' | '个' | '条'));
    (unit && (2..=MAX_FIRST_ITEMS).contains(&k)).then(|| ((1..=k).collect(), end + 1))
}

/// Words that name the items a text has not named (`其余3项`).
const REST_WORDS: &[&str] = &["其余", "剩余", "余下"];

/// `其余3项…`, `其余问题…`, `其余需长期坚持` at `i`: the rest of the list.
fn names_the_rest(n: &[char], i: usize) -> bool {
    if !REST_WORDS.iter().any(|w| crate::text::starts_at(n, i, w)) {
        return false;
    }
    let after = i + 2;
    if crate::text::starts_at(n, after, "问题") {
        return true;
    }
    // `其余需长期坚持`, `其余均已整改`: the state right after.
    let states = |c: char| "均已正尚需属仍为".contains(c);
    if n.get(after).is_some_and(|&c| states(c)) {
        return true;
    }
    // `其余3项均已…`, not `剩余3个区县…`: a count of items, then their state.
    let digits = n[after..].iter().take_while(|c| c.is_ascii_digit()).count();
    let unit = n.get(after + digits).copied();
    let next = n.get(after + digits + 1).copied();
    digits > 0
        && matches!(unit, Some('项' | '个' | '条' | '件'))
        && next.is_none_or(|c| !('\u{4e00}'..='\u{9fff}').contains(&c) || states(c) || c == '问')
}

/// `其余2个` at `i` counts the rest of things its item's own words count
/// in the same unit since `from` (`第11项，6个监测点已修复4个，其余2个需更换
/// 传感设备`): part of that item's report, not the rest of the list.
fn rest_of_things_counted(n: &[char], from: usize, i: usize) -> bool {
    let after = i + 2;
    let digits = n[after..].iter().take_while(|c| c.is_ascii_digit()).count();
    let Some(&unit) = n.get(after + digits).filter(|_| digits > 0) else {
        return false;
    };
    // After the reference's own clause (`第11项，`), which counts items, and
    // within a short reach before `其余` (constant work per candidate).
    let from = from.max(i.saturating_sub(MAX_THINGS_REACH));
    let Some(start) = (from..i).find(|&j| matches!(n[j], ',' | ';')) else {
        return false;
    };
    (start + 1..i).any(|j| n[j] == unit && n[j - 1].is_ascii_digit())
}

/// How far before `其余` the things it is the rest of are looked for
/// (characters).
const MAX_THINGS_REACH: usize = 120;

/// After `第3项` or `第3件`, or `第3个`/`第3条` that goes on with `问题`
/// (not `第三个星期六`), or `问题3`, `问题三` (a count, `问题3个`, names
/// none).
fn names_an_item(n: &[char], end: usize) -> bool {
    matches!(n[end - 1], '项' | '件')
        || crate::text::starts_at(n, end, "问题")
        || n[end - 1].is_ascii_digit()
        || crate::text::is_cn_numeral(n[end - 1])
}

/// `i` opens a clause: the text's start or right after a clause's end.
fn clause_start(n: &[char], i: usize) -> bool {
    i == 0 || matches!(n[i - 1], ',' | ';' | '。' | ':' | '\n' | ' ')
}

/// `《…条例》第十二条`, `…法第3条`: an article of a rule, not an item.
fn cites_a_rule(n: &[char], i: usize) -> bool {
    i > 0 && matches!(n[i - 1], '》' | '法' | '例' | '定' | '则')
}

/// The node at a path of child indices.
pub(crate) fn node_at<'a>(nodes: &'a mut [Node], path: &[usize]) -> Option<&'a mut Node> {
    let (first, rest) = path.split_first()?;
    let n = nodes.get_mut(*first)?;
    if rest.is_empty() {
        Some(n)
    } else {
        node_at(&mut n.children, rest)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rest_of_things_an_item_counts_is_no_rest_of_the_list() {
        let n = norm_chars("第11项，6个监测点已修复4个，其余2个需更换传感设备");
        let i = n.iter().position(|&c| c == '其').unwrap();
        assert!(rest_of_things_counted(&n, 0, i));
        let n = norm_chars("第1项已完成，其余2项正在整改");
        let i = n.iter().position(|&c| c == '其').unwrap();
        assert!(!rest_of_things_counted(&n, 0, i));
    }

    #[test]
    fn items_listed_after_the_clause_whose_state_they_share() {
        let found = clauses("截至2月底，9个问题中，已整改完成的有6个，分别是问题1、问题2、问题4。");
        assert_eq!(
            found,
            [(
                vec![1, 2, 4],
                "已整改完成的有6个，分别是问题1、问题2、问题4".to_string()
            )]
        );
        // Not after a word that lists nothing (`涉及问题3的…`).
        assert!(clauses("已修订制度，涉及问题3的整改正在推进。").is_empty());
    }
}
