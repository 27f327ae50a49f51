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
use crate::text::norm_chars;

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

/// A sentence naming the problems not done after a count of those done:
/// the names, their count, and the state their part of the sentence ends
/// with; the count done.
struct CountedRest {
    names: String,
    count: usize,
    status: Status,
    done: u32,
}

/// Units of a count of problems (`共2处`, `共3项`).
const COUNT_UNITS: &[char] = &['处', '项', '个', '件', '条'];

/// `…共2处，…正在整改中` in a part of a sentence: names before `共`, the
/// count, the words after.
fn counted_part(part: &[char]) -> Option<(String, usize, String)> {
    let at = part.iter().position(|&c| c == '共')?;
    let digits = part[at + 1..]
        .iter()
        .take_while(|c| c.is_ascii_digit() || crate::text::is_cn_numeral(**c))
        .count();
    let unit_at = at + 1 + digits;
    if digits == 0 || !part.get(unit_at).is_some_and(|c| COUNT_UNITS.contains(c)) {
        return None;
    }
    let number = &part[at + 1..unit_at];
    let count = crate::text::numerals::ascii_number(number)
        .or_else(|| crate::text::numerals::cn_number(number))?;
    let names: String = part[..at].iter().collect();
    let rest: String = part[unit_at + 1..].iter().collect();
    Some((names, count as usize, rest))
}

fn counted_rest(text: &str, rules: &StatusRules) -> Option<CountedRest> {
    text.split(['。', '\n']).find_map(|sentence| {
        let done = crate::text::totals::find(&[(0, sentence)])?.done?;
        let n = norm_chars(sentence);
        n.split(|&c| c == ';').find_map(|part| {
            let (names, count, rest) = counted_part(part)?;
            let status = super::status::by_report(&rest, rules)?.status;
            (status != Status::Done && names.chars().count() >= 4).then_some(CountedRest {
                names,
                count,
                status,
                done,
            })
        })
    })
}

/// Applies a [`CountedRest`]: every named problem found, and the count
/// done the rest of the notice's problems.
fn apply_counted(nodes: &mut [Node], rest: &CountedRest) {
    let mut all = Vec::new();
    all_problems(nodes, &mut Vec::new(), &mut all);
    if all.len() != rest.done as usize + rest.count {
        return;
    }
    let mut named: Vec<usize> = rest
        .names
        .split(NAME_SEPARATORS)
        .filter(|w| w.chars().count() >= 2)
        .filter_map(|name| self::named(nodes, &all, name))
        .collect();
    named.sort_unstable();
    named.dedup();
    if named.len() != rest.count {
        return;
    }
    for (k, path) in all.iter().enumerate() {
        let n = node_at(nodes, path);
        if !inferred(n) {
            continue;
        }
        if named.contains(&k) {
            set(n, rest.status, &rest.names);
        } else {
            set(n, Status::Done, "其余");
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
    let reports = nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Section && !holds_problems(n))
        .map(|n| &n.body);
    if let Some(rest) = text
        .iter()
        .chain(reports)
        .find_map(|t| counted_rest(t, rules))
    {
        return apply_counted(nodes, &rest);
    }
    let Some(words) = text.iter().find_map(|t| exception(t)) else {
        return;
    };
    let mut targets = Vec::new();
    open_problems(nodes, &mut Vec::new(), &mut targets);
    if targets.len() < 2 {
        return;
    }
    let Some(k) = named(nodes, &targets, &words) else {
        return;
    };
    let own = super::status::by_report(&words, rules).map_or(Status::InProgress, |d| d.status);
    for (j, path) in targets.iter().enumerate() {
        let n = node_at(nodes, path);
        if j == k {
            set(n, own, &words);
        } else {
            set(n, Status::Done, "其余");
        }
    }
}
