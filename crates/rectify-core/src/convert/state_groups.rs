//! Problems grouped by where their work stands: `一、已完成整改的问题（6个）`
//! › `1.…` `2.…`, `二、正在整改的问题（3个）` › `7.…`. The group's title
//! states the state of every problem under it that does not state its own
//! (stated, rule `section_state`, the title's words as the phrase).
//! A long-term group (`三、需长期坚持整改的问题（1个）`) among such groups
//! holds problems too (`roles`), long-term by the group's title; a
//! long-term section on its own holds long-term items (`roles`). A group
//! whose first paragraph counts its problems and says they all stand so
//! (`以下7处问题均在督查当日立行立改完毕。`) states their state the same way.

use super::status::{decision, Decision};
use super::tree::Tree;
use super::StatusRules;
use crate::model::{Node, NodeKind, Status, StatusBasis, StatusEvidence};

/// The state a group's title gives its problems: a title that names
/// problems (`…的问题`, `…问题（3个）`, `…事项`, `…的任务`, `…的工作任务`,
/// `…的项目`) after a status phrase.
pub(crate) fn state_of_group(title: &str, rules: &StatusRules) -> Option<(Status, String)> {
    let t = super::shape::without_trailing_note(title.trim()).trim_end();
    let before = t
        .strip_suffix("问题")
        .or_else(|| t.strip_suffix("事项"))
        .or_else(|| t.strip_suffix("任务"))
        .or_else(|| t.strip_suffix("项目"))
        .or_else(|| bare_state(t))?;
    // `进度滞后的重点工作任务`: what kind of task, before the noun.
    let before = before.trim_end_matches("工作").trim_end_matches("重点");
    // `关于“落实责任不到位”问题`: the words quoted are the finding's;
    // `进度滞后的任务`: the state's words alone once `的` is off.
    let before = &unquoted(before);
    let before = before.trim_end_matches('的');
    if let Some(k) = long_term_word(before, rules) {
        return Some((Status::LongTerm, k));
    }
    // `逾期未整改的问题`, `尚未启动的事项`: no work begun.
    if let Some(w) = not_begun_word(before) {
        return Some((Status::NotStarted, w.to_string()));
    }
    // `尚未完成整改的事项`: a completion denied, not a phrase of progress.
    if let Some(w) = ["尚未", "未完成"].iter().find(|w| before.contains(*w)) {
        return Some((Status::InProgress, (*w).to_string()));
    }
    let phrases = rules.phrases();
    if let Some(p) = phrases.find_in_progress(before) {
        return Some((Status::InProgress, p));
    }
    phrases
        .find_done(before)
        .or_else(|| completion_word(before))
        .map(|p| (Status::Done, p))
}

/// Words of a group's title that say no work has begun (`逾期未整改`,
/// `尚未启动`); `未整改到位`, `未整改完成` deny a completion only.
fn not_begun_word(before: &str) -> Option<&'static str> {
    if let Some(w) = ["未启动", "未开始", "未开展"]
        .into_iter()
        .find(|w| before.contains(w))
    {
        return Some(w);
    }
    let unrectified = before.match_indices("未整改").any(|(at, w)| {
        !["到位", "完", "销号"]
            .iter()
            .any(|e| before[at + w.len()..].starts_with(e))
    });
    unrectified.then_some("未整改")
}

/// A word of completion in a group's title that no phrase names
/// (`已经整改完成的`); a denied one was ruled out above, and one after
/// 不 is a shortcoming (`管护不到位`).
fn completion_word(before: &str) -> Option<String> {
    ["完成", "到位", "完毕", "办结", "销号"]
        .iter()
        .find(|w| {
            before
                .match_indices(*w)
                .any(|(at, _)| !before[..at].ends_with('不'))
        })
        .map(|w| (*w).to_string())
}

/// A title's words outside quotation marks.
fn unquoted(title: &str) -> String {
    let mut depth = 0u32;
    title
        .chars()
        .filter(|&c| {
            match c {
                '“' => depth += 1,
                '”' => depth = depth.saturating_sub(1),
                _ => return depth == 0,
            }
            false
        })
        .collect()
}

/// The longest title that is a state alone (`已整改销号`, characters).
const MAX_BARE_STATE_CHARS: usize = 6;
/// The longest title that is a state as a clause (`需要长期坚持的`).
const MAX_STATE_CLAUSE_CHARS: usize = 10;

/// Words a state opens with.
const STATE_OPENINGS: &[&str] = &["已", "正在", "尚未", "未", "需", "仍", "长期", "持续"];

/// A title that names no problems but is their state alone: a clause
/// (`第二，正在加紧推进的`) or a short phrase (`（一）已整改销号（15个）`),
/// not a report's own heading (`已完成整改情况`).
fn bare_state(t: &str) -> Option<&str> {
    // A state opens the title (`已…`, `正在…`, `需要长期…`); `下一步打算`
    // names a section's role.
    if !STATE_OPENINGS.iter().any(|w| t.starts_with(w)) {
        return None;
    }
    if let Some(clause) = t.strip_suffix('的') {
        return (crate::text::char_len(clause) < MAX_STATE_CLAUSE_CHARS).then_some(clause);
    }
    let report_heading = ["情况", "工作", "进展", "成效", "措施"]
        .iter()
        .any(|e| t.ends_with(e));
    (crate::text::char_len(t) <= MAX_BARE_STATE_CHARS && !report_heading).then_some(t)
}

/// The long-term keyword in a group's title (`需长期坚持整改的`).
fn long_term_word(before: &str, rules: &StatusRules) -> Option<String> {
    rules
        .long_term_sections
        .iter()
        .find(|k| !k.is_empty() && before.contains(k.as_str()))
        .cloned()
}

/// The state a group's first paragraph gives all the problems it counts
/// (`以下7处问题均在督查当日立行立改完毕。` over `①…` … `⑦…`).
fn state_of_counted(tree: &Tree, i: usize, rules: &StatusRules) -> Option<(Status, String)> {
    let n = &tree.nodes[i];
    let first = n.body.split("\n\n").next().unwrap_or("");
    if let Some(s) = super::shape::body_counts(n)
        .then(|| all_stand(first, rules))
        .flatten()
    {
        return Some(s);
    }
    // A paragraph after the items that points back at exactly as many
    // (`目前，上述4个问题均已整改到位。` after four findings and the work).
    let problems = n
        .children
        .iter()
        .filter(|&&c| tree.nodes[c].kind == NodeKind::Problem)
        .count();
    // Not one that goes on to parts of them (`上述4个问题中，第一…`).
    let of_all = |p: &str| {
        let n: String = crate::text::norm_chars(p).into_iter().collect();
        !n.contains("个问题中") && !n.contains("项问题中")
    };
    n.body
        .split("\n\n")
        .filter(|p| super::tree::pointed_back(p).is_some_and(|k| k as usize == problems && k >= 2))
        .filter(|p| of_all(p))
        .find_map(|p| {
            let d = super::status::by_report(p, rules)?;
            Some((d.status, d.evidence.phrase.unwrap_or_default()))
        })
}

/// The state a group's title note gives all its problems
/// (`（三）内部控制方面（共4个问题，已全部完成整改）`).
pub(crate) fn state_in_note(title: &str, rules: &StatusRules) -> Option<(Status, String)> {
    let note = super::shape::trailing_note(title.trim().trim_end_matches('。'))?;
    all_stand(note, rules).or_else(|| all_counted(note, rules))
}

/// A group's title whose last clause counts exactly its problems and says
/// where they stand (`一、立行立改，4项已全部办结`, `二、攻坚突破，3项正在加紧
/// 推进`, `三、久久为功，2项持续深化`): that state, the clause as the
/// phrase. Work said only to go on (`持续…`) is long-term: the groups
/// sort problems by how their work stands, and that one has no end.
fn state_of_counted_title(tree: &Tree, i: usize, rules: &StatusRules) -> Option<(Status, String)> {
    let n = &tree.nodes[i];
    let t = n.title.trim().trim_end_matches(['。', '：', ':']);
    let clause = t.rsplit(['，', ',']).next()?.trim();
    let digits = clause.chars().take_while(char::is_ascii_digit).count();
    let state = clause[digits..].strip_prefix(['项', '个', '条', '件'])?;
    let problems = n
        .children
        .iter()
        .filter(|&&c| tree.nodes[c].kind == NodeKind::Problem)
        .count();
    if digits == 0 || clause[..digits].parse::<usize>().ok()? != problems {
        return None;
    }
    let phrases = rules.phrases();
    let status = if super::report_text::long_term_clause(state).is_some() {
        Status::LongTerm
    } else if phrases.find_in_progress(state).is_some() {
        Status::InProgress
    } else if state.starts_with("持续") {
        Status::LongTerm
    } else if phrases
        .find_done(state)
        .or_else(|| completion_word(state))
        .is_some()
    {
        Status::Done
    } else {
        return None;
    };
    Some((status, clause.to_string()))
}

/// A note that counts the group's problems, then as many in one state
/// (`（3项，已整改到位3项）`, `（共2个问题，已完成整改2个）`): that state, the
/// note as the phrase.
fn all_counted(note: &str, rules: &StatusRules) -> Option<(Status, String)> {
    let inner = note.trim_matches(['（', '）', '(', ')']);
    let [count, state] = inner.split(['，', ',', '；']).collect::<Vec<_>>()[..] else {
        return None;
    };
    let bare = count.trim().trim_start_matches('共').replace("问题", "");
    let n = bare.trim().strip_suffix(['项', '个', '件', '处', '条'])?;
    // `（共2项，需长期坚持）`: a state with no count of its own is all of them.
    let counted: String = state.chars().filter(char::is_ascii_digit).collect();
    if n.is_empty()
        || !n.bytes().all(|b| b.is_ascii_digit())
        || !(counted == n || counted.is_empty())
    {
        return None;
    }
    let phrases = rules.phrases();
    let status = if phrases.find_in_progress(state).is_some() {
        Status::InProgress
    } else if super::report_text::long_term_clause(state).is_some() {
        Status::LongTerm
    } else if phrases.find_done(state).is_some() {
        Status::Done
    } else {
        return None;
    };
    Some((status, crate::text::trim(note).to_string()))
}

/// The state a sentence says all the items it speaks of stand in
/// (`…均已整改完成`, `…全部在推进中`).
fn all_stand(sentence: &str, rules: &StatusRules) -> Option<(Status, String)> {
    if !["均", "全部", "都已"].iter().any(|w| sentence.contains(w)) {
        return None;
    }
    let phrases = rules.phrases();
    if let Some(p) = phrases.find_in_progress(sentence) {
        return Some((Status::InProgress, p));
    }
    let done = phrases
        .find_done(sentence)
        .or_else(|| completion_word(sentence));
    done.map(|p| (Status::Done, p))
}

/// The state the paragraph right below a table gives its rows: a sentence
/// that looks back at exactly as many items as the table has problems and
/// says they all stand so (`以上2项均已整改完成。` after a table of two
/// rows).
pub(crate) fn state_of_rows(
    below: &str,
    rows: usize,
    rules: &StatusRules,
) -> Option<(Status, String)> {
    below
        .split(['。', '\n'])
        .map(crate::text::trim)
        .filter(|s| s.starts_with("以上") || s.starts_with("上述"))
        .filter(|s| {
            let t = crate::text::norm_chars(s);
            (1..t.len()).any(|at| super::shape::count_before(&t, at) == Some(rows))
        })
        .find_map(|s| all_stand(s, rules))
}

/// Whether a title groups problems by a state other than the long term
/// (`已完成整改的问题（9个）`, `正在整改的问题`).
pub(crate) fn is_progress_group(title: &str, rules: &StatusRules) -> bool {
    state_of_group(title, rules).is_some_and(|(s, _)| s != Status::LongTerm)
}

/// Words that make what is done a stage of the work (`已完成第一阶段…`,
/// `阶段性成效`), not all of it.
const STAGE_WORDS: &[&str] = &["阶段", "初步", "部分完成", "基本完成"];

/// Words that say some of the work is still to come (`剩余区域…分步实施`,
/// `持续推进`).
const GOES_ON_WORDS: &[&str] = &["剩余", "其余", "分步", "逐步", "持续", "继续", "分年度"];

/// A group's state and the words it was read from.
type GroupState = (Status, String);

/// Gives each problem under a state group, whose status was only
/// inferred or read in its statement's own words, the group's state.
pub(crate) fn apply(tree: &Tree, rules: &StatusRules, out: &mut [Option<Decision>]) {
    let mut stack: Vec<(usize, Option<GroupState>, bool)> =
        tree.roots.iter().rev().map(|&r| (r, None, false)).collect();
    while let Some((i, group, counted)) = stack.pop() {
        let n = &tree.nodes[i];
        let grouping = matches!(
            n.kind,
            NodeKind::Section | NodeKind::FocusArea | NodeKind::Category
        );
        let titled = grouping.then(|| state_of_group(&n.title, rules)).flatten();
        let (group, counted) = match titled {
            Some(g) => {
                let counted = counts_its_problems(tree, i) && one_state(&n.title);
                (Some(g), counted)
            }
            None if grouping => {
                let own = state_of_counted(tree, i, rules)
                    .or_else(|| state_in_note(&n.title, rules))
                    .or_else(|| state_of_counted_title(tree, i, rules));
                match own {
                    Some(g) => (Some(g), false),
                    None => (group, counted),
                }
            }
            None => (group, counted),
        };
        if n.kind == NodeKind::Problem {
            let inferred = out[i]
                .as_ref()
                .is_none_or(|d| d.evidence.basis == StatusBasis::Inferred);
            // A state read in the finding's own words only (`…“文山会海”
            // 问题仍有反弹`, no text of its own): what the finding says
            // was so, not where the work stands.
            let in_statement = n.body.trim().is_empty()
                && n.children.is_empty()
                && out[i]
                    .as_ref()
                    .is_some_and(|d| d.evidence.rule == "in_progress_phrase");
            // `（二）已取得阶段性成效、正在持续推进的问题` › `…已完成第一阶段
            // 专项整治。`: a stage done, as the group says; not the whole.
            let stage_done = group.as_ref().is_some_and(|g| g.0 == Status::InProgress)
                && out[i].as_ref().is_some_and(|d| d.status == Status::Done)
                && STAGE_WORDS
                    .iter()
                    .any(|w| n.title.contains(w) || n.body.contains(w));
            // `（五）生态保护修复方面（共2项，需长期坚持）` › `…已完成修复面积
            // 600亩，剩余区域按年度计划分步实施。`: a part done, the rest
            // going on, as the group says; not the whole.
            let part_of_long_term = group.as_ref().is_some_and(|g| g.0 == Status::LongTerm)
                && out[i].as_ref().is_some_and(|d| d.status == Status::Done)
                && !super::report_text::states_completed(&n.body)
                && GOES_ON_WORDS.iter().any(|w| n.body.contains(w));
            // A group that counts its problems sorts each of them: its
            // state beats an item's words that say otherwise.
            let sorted_otherwise = counted
                && group
                    .as_ref()
                    .zip(out[i].as_ref())
                    .is_some_and(|(g, d)| g.0 != d.status);
            if let (true, Some((status, phrase))) = (
                inferred || in_statement || stage_done || part_of_long_term || sorted_otherwise,
                &group,
            ) {
                out[i] = Some(decision(
                    *status,
                    StatusBasis::Stated,
                    "section_state",
                    Some(phrase.clone()),
                ));
            }
            continue;
        }
        for &c in n.children.iter().rev() {
            stack.push((c, group.clone(), counted));
        }
    }
}

/// Whether a group's title counts exactly the problems (and long-term
/// items) under it (`二、正在推进整改的问题（4个）` over four): then it
/// sorts each of them, and its state beats the words of an item's report
/// (`正在聘请第三方机构…，已完成3个社区的清查工作`).
pub(crate) fn counts_its_problems(tree: &Tree, i: usize) -> bool {
    let count = super::shape::note_count(&tree.nodes[i].title);
    count.is_some_and(|c| c > 0 && c == items_below(tree, i))
}

/// The problems and long-term items under a node.
pub(crate) fn items_below(tree: &Tree, i: usize) -> usize {
    tree.nodes[i]
        .children
        .iter()
        .map(|&c| match tree.nodes[c].kind {
            NodeKind::Problem | NodeKind::LongTerm => 1,
            _ => items_below(tree, c),
        })
        .sum()
}

/// A title that names one state, not two joined (`已完成和基本完成整改的
/// 问题`, `正在整改及需长期坚持的问题`).
fn one_state(title: &str) -> bool {
    let t = super::shape::without_trailing_note(title.trim());
    !t.contains(['和', '及', '、', '或', '与', '/'])
}

/// Gives each problem among a table's rows whose status is not stated
/// the state a sentence about them gave (`state_of_rows`).
pub(crate) fn give_rows(rows: &mut [Node], (status, phrase): &(Status, String)) {
    for row in rows {
        if row.kind != NodeKind::Problem {
            give_rows(&mut row.children, &(*status, phrase.clone()));
            continue;
        }
        let stated = row
            .status_evidence
            .as_ref()
            .is_some_and(|e| e.basis == StatusBasis::Stated);
        if !stated {
            let evidence = StatusEvidence {
                basis: StatusBasis::Stated,
                rule: "section_state".to_string(),
                phrase: Some(phrase.clone()),
            };
            crate::ledger::restate_row(row, *status, evidence);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_counting_all_in_one_state_gives_it() {
        let r = StatusRules::default();
        let s = |t: &str| state_in_note(t, &r).map(|(s, _)| s);
        assert_eq!(s("三、教育过程（3项，已整改到位3项）"), Some(Status::Done));
        assert_eq!(s("二、保育与安全（3项，已整改到位2项，正在整改1项）"), None);
        assert_eq!(
            s("（五）生态保护修复方面（共2项，需长期坚持）"),
            Some(Status::LongTerm)
        );
        assert_eq!(
            s("（二）要素保障（共3项，正在推进）"),
            Some(Status::InProgress)
        );
        assert_eq!(s("（二）要素保障（共3项，已完成1项）"), None);
        assert_eq!(
            s("（四）内部控制方面（共4个问题，已全部完成整改）"),
            Some(Status::Done)
        );
    }

    #[test]
    fn titles_that_group_problems_by_state() {
        let rules = StatusRules::default();
        let s = |t: &str| state_of_group(t, &rules).map(|(s, _)| s);
        assert_eq!(s("已完成整改的问题（6个）"), Some(Status::Done));
        assert_eq!(s("正在整改的问题"), Some(Status::InProgress));
        assert_eq!(s("尚未完成整改的事项"), Some(Status::InProgress));
        assert_eq!(s("需长期坚持整改的问题（1个）"), Some(Status::LongTerm));
        assert!(!is_progress_group("需长期坚持整改的问题（1个）", &rules));
        assert!(is_progress_group("正在整改的问题（2个）", &rules));
        // A kind of problems, a heading that names no problems.
        assert_eq!(s("党的建设方面的问题"), None);
        assert_eq!(s("已完成整改情况"), None);
        // A state alone, as a clause or a short phrase.
        assert_eq!(s("已经整改完成的"), Some(Status::Done));
        assert_eq!(s("正在加紧推进的"), Some(Status::InProgress));
        assert_eq!(s("需要长期坚持的"), Some(Status::LongTerm));
        assert_eq!(s("已整改销号（15个）"), Some(Status::Done));
        assert_eq!(s("整改工作开展情况"), None);
        assert_eq!(s("整改进展"), None);
        assert_eq!(s("下一步打算"), None);
        // A finding named as a problem: a shortcoming, not a state.
        assert_eq!(s("关于“落实安全责任不到位”问题"), None);
        assert_eq!(s("关于“工作未完成”的问题"), None);
        assert_eq!(s("管护不到位的问题"), None);
    }
}
