//! A sentence that states every problem done but the ones it names
//! (`除场馆消防设施改造需纳入明年区级维修计划、持续推进外，其余问题均已整改
//! 到位。`): the problem the exception names, in words it shares with that
//! problem more than with any other, takes the state of the exception's
//! own words (here in progress); every other problem is done. It decides
//! only problems whose status was inferred (stated, rule `all_but_named`,
//! the sentence's part as the phrase). Read in the text before and after
//! the problems and in the text of a heading over them (its problems).
//!
//! The same holds for a sentence that goes through the items by name,
//! clause by clause, and then the rest (`上述事项中，辅助器具适配跟踪服务和
//! “残疾人之家”规范运营两项仍在推进，…；机关干部联系服务残疾人家庭需长期
//! 坚持；其余各项均已完成。`): each name (cut at `和`, `、`, `及`) is the
//! problem it shares the most words with, and takes its clause's state.
//!
//! And for a sentence that counts the done and names the rest
//! (`16处问题隐患中，已整改到位14处；甲公司冷却水系统隐患和乙客运站安检仪
//! 故障问题共2处，…目前正在整改中。`): when the done and the named add up to
//! the problems of the notice and each name is a problem of its own, the
//! named take the state their part ends with, the others are done. The
//! text read here also includes sections without problems
//! (`三、整改落实情况`).

use super::inline_items::{best_item, pairs};
use super::StatusRules;
use crate::model::{Node, NodeKind, Status, StatusBasis, StatusEvidence};
use crate::text::{norm_chars, starts_at};

/// The longest exception read (characters between `除` and `外`).
const MAX_EXCEPTION_CHARS: usize = 40;

/// Words after the exception that state the rest done.
const REST_DONE: &[&str] = &["均已", "全部", "都已", "已全部"];

/// A sentence of the text stating all but an exception done: the
/// exception's words.
fn exception(text: &str) -> Option<String> {
    for sentence in text.split(['。', '\n']) {
        let n: Vec<char> = norm_chars(crate::text::trim(sentence));
        let Some(start) = n.iter().position(|&c| c == '除') else {
            continue;
        };
        let Some(len) = n[start + 1..]
            .iter()
            .take(MAX_EXCEPTION_CHARS + 1)
            .position(|&c| c == '外')
        else {
            continue;
        };
        let words: String = n[start + 1..start + 1 + len].iter().collect();
        let rest: String = n[start + 2 + len..].iter().collect();
        let rest_done = (rest.contains("其余") || rest.contains("其他"))
            && REST_DONE.iter().any(|w| rest.contains(w))
            && (rest.contains("整改到位")
                || rest.contains("完成整改")
                || rest.contains("整改完毕")
                || rest.contains("已完成"));
        if rest_done && words.chars().count() >= 2 {
            return Some(words);
        }
    }
    None
}

fn inferred(n: &Node) -> bool {
    n.kind == NodeKind::Problem
        && n.status_evidence
            .as_ref()
            .is_none_or(|e| e.basis == StatusBasis::Inferred)
}

/// Paths of the problems under `nodes` whose status was inferred.
fn open_problems(nodes: &[Node], path: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
    for (i, n) in nodes.iter().enumerate() {
        path.push(i);
        if inferred(n) {
            out.push(path.clone());
        }
        open_problems(&n.children, path, out);
        path.pop();
    }
}

fn node_at<'a>(nodes: &'a mut [Node], path: &[usize]) -> &'a mut Node {
    let (first, rest) = path.split_first().expect("a path has a first index");
    rest.iter()
        .fold(&mut nodes[*first], |n, &i| &mut n.children[i])
}

/// The problem (index among `targets`) whose title shares two runs or more
/// with the exception, more than any other's.
fn named(nodes: &mut [Node], targets: &[Vec<usize>], words: &str) -> Option<usize> {
    let items: Vec<_> = targets
        .iter()
        .map(|p| pairs(&norm_chars(&node_at(nodes, p).title)))
        .collect();
    best_item(&norm_chars(words), &items)
}

fn set(n: &mut Node, status: Status, phrase: &str) {
    n.status = Some(status);
    n.status_evidence = Some(StatusEvidence {
        basis: StatusBasis::Stated,
        rule: "all_but_named".to_string(),
        phrase: Some(phrase.to_string()),
    });
}

/// The clauses of a sentence naming items (`tree::items_named_after`):
/// each naming clause with its state, and the rest's state.
fn named_clauses(text: &str, rules: &StatusRules) -> Option<(Vec<(String, Status)>, Status)> {
    let after = text
        .split_inclusive('\n')
        .find_map(super::tree::items_named_after)?;
    let mut named = Vec::new();
    let mut rest = None;
    // The sentence that names them, to its end.
    let sentence = after.split('。').next().unwrap_or("");
    for clause in sentence.split(';').map(str::trim).filter(|c| !c.is_empty()) {
        // `…需长期坚持、久久为功`: the kind of work is its state here.
        let long_term = || super::report_text::long_term_clause(clause).map(|_| Status::LongTerm);
        let state = super::status::by_report(clause, rules)
            .map(|d| d.status)
            .or_else(long_term);
        if clause.starts_with("其余") || clause.starts_with("其他") {
            rest = state;
        } else if let Some(s) = state {
            named.push((clause.to_string(), s));
        }
    }
    Some((named, rest?))
}

/// Separators between the names of a clause that names several items.
const NAME_SEPARATORS: &[char] = &['和', '、', '及', '与'];

/// Applies a sentence that names items clause by clause and then the rest.
/// A name is matched against every problem, so that it finds the one it
/// names even where that one stated its own state; only problems whose
/// status was inferred take the sentence's.
fn apply_named(nodes: &mut [Node], named: &[(String, Status)], rest: Status) {
    let mut all = Vec::new();
    all_problems(nodes, &mut Vec::new(), &mut all);
    if all.len() < 2 {
        return;
    }
    let mut states: Vec<Option<(Status, &str)>> = vec![None; all.len()];
    for (clause, status) in named {
        for name in clause
            .split(NAME_SEPARATORS)
            .filter(|w| w.chars().count() >= 2)
        {
            if let Some(k) = self::named(nodes, &all, name) {
                states[k] = Some((*status, clause));
            }
        }
    }
    for (path, state) in all.iter().zip(states) {
        let n = node_at(nodes, path);
        if inferred(n) {
            let (status, phrase) = state.unwrap_or((rest, "其余"));
            set(n, status, phrase);
        }
    }
}

/// Paths of every problem under `nodes`.
fn all_problems(nodes: &[Node], path: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
    for (i, n) in nodes.iter().enumerate() {
        path.push(i);
        if n.kind == NodeKind::Problem {
            out.push(path.clone());
        }
        all_problems(&n.children, path, out);
        path.pop();
    }
}

/// A report naming the problems not done after a count of those done:
/// each name with its state, how many the names are, and the count done.
struct CountedRest {
    names: Vec<(String, Status)>,
    count: usize,
    done: u32,
}

/// Units of a count of problems (`共2处`, `共3项`).
const COUNT_UNITS: &[char] = &['处', '项', '个', '件', '条'];

/// The count printed at `at` (`2处`, `三项`): its value and the position
/// after its unit.
fn count_at(n: &[char], at: usize) -> Option<(usize, usize)> {
    let (count, end) = super::references::number_at(n, at)?;
    n.get(end)
        .is_some_and(|c| COUNT_UNITS.contains(c))
        .then_some((count as usize, end + 1))
}

/// `A和B共2处，…目前正在整改中` in a part of a sentence: the names before
/// `共`, each with the state of the words after the count.
fn counted_part(part: &[char], rules: &StatusRules) -> Option<(Vec<(String, Status)>, usize)> {
    let (names, count, after) = match part.iter().position(|&c| c == '共') {
        Some(at) => {
            let (count, after) = count_at(part, at + 1)?;
            (part[..at].iter().collect::<String>(), count, after)
        }
        None => clause_counted_last(part, rules)?,
    };
    let rest: String = part[after..].iter().collect();
    let status = super::status::by_report(&rest, rules)?.status;
    let named = names
        .split(NAME_SEPARATORS)
        .filter(|w| w.chars().count() >= 2)
        .map(|w| (w.to_string(), status))
        .collect();
    (status != Status::Done && names.chars().count() >= 4).then_some((named, count))
}

/// `…已完成整改3个，特种设备定期检验问题1个，因…正在整改中`: the last
/// clause of the part that is names and a count and no state, with the
/// count and the position after it (the clause after its comma, so that
/// the names are its own).
fn clause_counted_last(part: &[char], rules: &StatusRules) -> Option<(String, usize, usize)> {
    let ends: Vec<usize> = (0..=part.len())
        .filter(|&j| j == part.len() || part[j] == ',')
        .collect();
    let starts = std::iter::once(0).chain(ends.iter().map(|&e| e + 1));
    starts
        .zip(ends.iter().copied())
        .filter_map(|(start, end)| {
            let (at, (count, after)) = (start..end)
                .find_map(|j| count_at(part, j).filter(|c| c.1 == end).map(|c| (j, c)))?;
            let names: String = part[start..at].iter().collect();
            let bare = super::status::by_report(&names, rules).is_none();
            bare.then_some((names, count, after))
        })
        .last()
}

/// Words that open the count of the problems left (`尚有3处隐患未完成整改：`).
const REST_OPENERS: &[&str] = &["尚有", "还有", "仍有", "其余", "剩余"];

/// The most characters between the count of those left and the colon
/// before their list.
const MAX_REST_INTRO_CHARS: usize = 20;

/// `尚有3处隐患未完成整改：甲…，计划于…完成；乙…，正在施工；丙…。`: the
/// clauses of the list, each a name with its own state (else the state of
/// the words before the colon), when there are as many as counted.
fn listed_part(n: &[char], rules: &StatusRules) -> Option<(Vec<(String, Status)>, usize)> {
    // The first count of the rest before a colon, read once: the list runs
    // to the sentence's end, so trying every opener would read it again
    // and again.
    let (i, count, colon) = (0..n.len()).find_map(|i| {
        let opener = REST_OPENERS.iter().find(|w| starts_at(n, i, w))?;
        let (count, after) = count_at(n, i + opener.chars().count())?;
        let colon = (after..n.len().min(after + MAX_REST_INTRO_CHARS)).find(|&j| n[j] == ':')?;
        Some((i, count, colon))
    })?;
    let intro: String = n[i..colon].iter().collect();
    // Left (`尚有…未完成整改`) is in progress unless it says otherwise.
    let open = match super::status::by_report(&intro, rules).map(|d| d.status) {
        Some(Status::Done) => return None,
        Some(s) => s,
        None => Status::InProgress,
    };
    let end = (colon..n.len()).find(|&j| n[j] == '。').unwrap_or(n.len());
    let named: Vec<(String, Status)> = n[colon + 1..end]
        .split(|&c| c == ';')
        .map(|c| c.iter().collect::<String>())
        .filter(|c| !c.trim().is_empty())
        .map(|c| {
            let own = super::status::by_report(&c, rules)
                .map(|d| d.status)
                .filter(|s| *s != Status::Done);
            (c, own.unwrap_or(open))
        })
        .collect();
    (named.len() == count).then_some((named, count))
}

fn counted_rest(text: &str, rules: &StatusRules) -> Option<CountedRest> {
    text.split('\n').find_map(|paragraph| {
        let done = crate::text::totals::find(&[(0, paragraph)])?.done?;
        let n = norm_chars(paragraph);
        let (names, count) = n
            .split(|&c| matches!(c, ';' | '。'))
            .find_map(|part| counted_part(part, rules))
            .or_else(|| listed_part(&n, rules))?;
        Some(CountedRest { names, count, done })
    })
}

/// The most characters of a named clause compared with the problems.
const MAX_NAME_CHARS: usize = 60;

/// Applies a [`CountedRest`]: every named problem found, and the count
/// done the rest of the notice's problems.
fn apply_counted(nodes: &mut [Node], rest: &CountedRest) {
    let mut all = Vec::new();
    all_problems(nodes, &mut Vec::new(), &mut all);
    if all.len() != rest.done as usize + rest.count {
        return;
    }
    let mut named: Vec<(usize, Status, &str)> = Vec::new();
    for (name, status) in &rest.names {
        let words: String = name.chars().take(MAX_NAME_CHARS).collect();
        if let Some(k) = self::named(nodes, &all, &words) {
            if !named.iter().any(|x| x.0 == k) {
                named.push((k, *status, name));
            }
        }
    }
    if named.len() != rest.count {
        return;
    }
    for (k, path) in all.iter().enumerate() {
        let n = node_at(nodes, path);
        if !inferred(n) {
            continue;
        }
        match named.iter().find(|x| x.0 == k) {
            Some(&(_, status, name)) => set(n, status, name),
            None => set(n, Status::Done, "其余"),
        }
    }
}

/// The node or one below it is a problem.
fn holds_problems(n: &Node) -> bool {
    n.kind == NodeKind::Problem || n.children.iter().any(holds_problems)
}

/// Applies a sentence stating all but an exception done, in the text
/// before or after the problems, to the problems of the notice.
pub(crate) fn apply(nodes: &mut [Node], rules: &StatusRules) {
    let text: Vec<String> = nodes
        .iter()
        .filter(|n| matches!(n.kind, NodeKind::Preamble | NodeKind::Closing))
        .map(|n| n.body.clone())
        .collect();
    if let Some((named, rest)) = text.iter().find_map(|t| named_clauses(t, rules)) {
        return apply_named(nodes, &named, rest);
    }
    let reports: Vec<&String> = nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Section && !holds_problems(n))
        .map(|n| &n.body)
        .collect();
    let mut read = text.iter().chain(reports.iter().copied());
    if let Some(rest) = read.clone().find_map(|t| counted_rest(t, rules)) {
        return apply_counted(nodes, &rest);
    }
    let Some(words) = read.find_map(|t| exception(t)) else {
        return;
    };
    let mut targets = Vec::new();
    open_problems(nodes, &mut Vec::new(), &mut targets);
    if targets.len() < 2 {
        return;
    }
    let Some(excepted) = excepted(nodes, &targets, &words) else {
        return;
    };
    let own = super::status::by_report(&words, rules).map_or(Status::InProgress, |d| d.status);
    for (j, path) in targets.iter().enumerate() {
        let n = node_at(nodes, path);
        if excepted.contains(&j) {
            set(n, own, &words);
        } else {
            set(n, Status::Done, "其余");
        }
    }
}

/// The problems (indices among `targets`) an exception names: each of its
/// names (`甲问题和乙问题`) a distinct problem, else the whole as one name.
fn excepted(nodes: &mut [Node], targets: &[Vec<usize>], words: &str) -> Option<Vec<usize>> {
    let names: Vec<&str> = words
        .split(NAME_SEPARATORS)
        .filter(|w| w.chars().count() >= 2)
        .collect();
    if names.len() >= 2 {
        let found: Vec<usize> = names
            .iter()
            .filter_map(|w| named(nodes, targets, w))
            .collect();
        let distinct = found
            .iter()
            .enumerate()
            .all(|(i, k)| !found[..i].contains(k));
        if found.len() == names.len() && distinct {
            return Some(found);
        }
    }
    named(nodes, targets, words).map(|k| vec![k])
}
