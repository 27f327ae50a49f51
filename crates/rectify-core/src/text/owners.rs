//! Owners, deadlines and completion dates stated in a node's text:
//! `责任单位:局办公室、财务科`, `责任领导:张某某`, `责任人:李某`,
//! `完成时限:2025年12月底前`, `整改时限:长期坚持`, `整改完成时间:2025年3月15日`,
//! also inline in brackets (`(责任单位:办公室;完成时限:2025年6月底)`) and the
//! bare phrases `(长期坚持)` / `(立行立改)`.
//!
//! The text stays in the node's body; these fields repeat it in a form the
//! widget can filter and sort on.

use super::dates::{date_at, days_in_month, iso};
use super::{is_ws, norm_chars, run_end, slice, starts_at};

/// Keys whose value names owners, longest first where one ends another.
pub(crate) const OWNER_KEYS: &[&str] = &[
    "整改责任领导",
    "整改责任单位",
    "整改责任人",
    "具体责任人",
    "牵头责任单位",
    "牵头单位",
    "配合单位",
    "责任单位",
    "责任部门",
    "责任科室",
    "责任领导",
    "责任人",
];

/// Keys whose value is a deadline.
pub(crate) const DEADLINE_KEYS: &[&str] = &[
    "目标设定完成时间",
    "计划完成时间",
    "目标完成时间",
    "完成时限",
    "整改时限",
    "整改期限",
    "时限要求",
];

/// Keys whose value is the date the work was completed.
pub(crate) const COMPLETED_KEYS: &[&str] = &["整改完成时间", "实际完成时间", "完成时间"];

/// Bare phrases that are deadlines when bracketed.
const DEADLINE_PHRASES: &[&str] = &["长期坚持", "立行立改", "持续整改", "长期整改"];

/// Whether a stated deadline says the work has no end date (`长期坚持`,
/// `持续整改`, `长期整改`), rather than a date or `立行立改`.
pub(crate) fn is_long_term(deadline: &str) -> bool {
    deadline.contains("长期") || deadline.contains("持续")
}

/// What [`extract`] found.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Stated {
    pub owners: Vec<String>,
    pub deadline: Option<String>,
    pub completed_on: Option<String>,
}

fn all_keys() -> impl Iterator<Item = &'static str> {
    OWNER_KEYS
        .iter()
        .chain(DEADLINE_KEYS)
        .chain(COMPLETED_KEYS)
        .copied()
}

/// The key ending at a `:` at `i`, if any (longest match).
fn key_at(n: &[char], i: usize) -> Option<(&'static str, usize)> {
    let mut best: Option<(&'static str, usize)> = None;
    for k in all_keys() {
        if starts_at(n, i, k) {
            let after = i + k.chars().count();
            let j = after
                + n[after.min(n.len())..]
                    .iter()
                    .take_while(|c| is_ws(**c))
                    .count();
            if n.get(j) == Some(&':')
                && best.is_none_or(|(b, _)| b.chars().count() < k.chars().count())
            {
                best = Some((k, j + 1));
            }
        }
    }
    best
}

/// Splits a list of owners: `办公室、财务科`, `张某某,李某`, `办公室 财务科`.
pub(crate) fn split_owners(v: &str) -> Vec<String> {
    v.split(|c: char| matches!(c, '、' | ',' | '，' | '/' | '／' | ';' | '；') || is_ws(c))
        .map(|s| {
            s.trim_matches(|c: char| is_ws(c) || matches!(c, '。' | '.'))
                .to_string()
        })
        .filter(|s| !s.is_empty() && s != "无" && s != "/" && s != "-")
        .collect()
}

/// A deadline as an ISO date where the text names a day or a month
/// (`2025年6月底前` → `2025-06-30`, `2025年12月31日前` → `2025-12-31`,
/// `2025年底` → `2025-12-31`), otherwise the phrase as printed (`长期坚持`).
pub(crate) fn deadline_value(v: &str) -> Option<String> {
    let v = v.trim_matches(|c: char| is_ws(c) || matches!(c, '。' | '.' | ',' | '，'));
    if v.is_empty() {
        return None;
    }
    let n = norm_chars(v);
    if let Some((p, e)) = date_at(&n, 0) {
        let rest: String = n[e..].iter().collect();
        let rest = rest.trim();
        let tail_ok = |r: &str| {
            [
                "", "前", "之前", "以前", "底", "底前", "末", "末前", "内", "止",
            ]
            .contains(&r)
        };
        if tail_ok(rest) {
            let d = match (p.year, p.month, p.day) {
                (Some(y), Some(m), Some(d)) => iso(y, m, d),
                (Some(y), Some(m), None) => iso(y, m, days_in_month(y, m)),
                (Some(y), None, None) if rest.starts_with('底') || rest.starts_with('末') => {
                    iso(y, 12, 31)
                }
                _ => None,
            };
            if let Some(d) = d {
                return Some(d);
            }
        }
    }
    Some(v.to_string())
}

/// Words that put a date in the future of the report (`计划于…前完成`).
const PLAN_WORDS: &[&str] = &["计划", "预计", "力争", "争取", "确保"];

/// Words after a planned date that make it the date the work is due.
const DUE_WORDS: &[&str] = &[
    "完成",
    "整改到位",
    "办结",
    "全部整改",
    "销号",
    "完工",
    "建成",
];

/// A deadline the text plans rather than keys (`剩余资金正在分批清理，
/// 计划于2026年12月底前完成。` → `2026-12-31`): a plan word, within two
/// characters a year-dated date, then within six characters a word of
/// completion. The first such date; never a date the work was done on
/// (`已于2026年3月底前完成` has no plan word).
pub(crate) fn planned_deadline(text: &str) -> Option<String> {
    let n = norm_chars(text);
    (0..n.len()).find_map(|i| {
        let w = PLAN_WORDS.iter().find(|w| starts_at(&n, i, w))?;
        let after = i + w.chars().count();
        (after..(after + 3).min(n.len())).find_map(|d| {
            let (p, end) = date_at(&n, d)?;
            p.year?;
            let due = (end..(end + 7).min(n.len()))
                .any(|j| DUE_WORDS.iter().any(|w| starts_at(&n, j, w)));
            due.then(|| {
                let printed: String = n[d..end].iter().collect();
                let tail: String = n[end..(end + 2).min(n.len())].iter().collect();
                let tail = if tail.starts_with("底") { "底" } else { "" };
                deadline_value(&format!("{printed}{tail}"))
            })
            .flatten()
        })
    })
}

/// A completion date: only a full date counts.
pub(crate) fn completed_value(v: &str) -> Option<String> {
    let n = norm_chars(v.trim_matches(is_ws));
    date_at(&n, 0).and_then(|(p, _)| p.iso())
}

/// `text` without bracketed notes that only state owners or deadlines
/// (`(责任单位:办公室;完成时限:2025年6月底)`), so that a measure whose body is
/// such a note is judged on its title.
pub(crate) fn strip_notes(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains(['(', '（', '【']) {
        return std::borrow::Cow::Borrowed(text);
    }
    let orig: Vec<char> = text.chars().collect();
    let n = norm_chars(text);
    // The next `)` and `】` at or after each position, so that unclosed
    // brackets cost nothing extra.
    let mut next_close = vec![(usize::MAX, usize::MAX); n.len() + 1];
    for i in (0..n.len()).rev() {
        let (p, b) = next_close[i + 1];
        next_close[i] = match n[i] {
            ')' => (i, b),
            '】' => (p, i),
            _ => (p, b),
        };
    }
    let mut out = String::new();
    let mut i = 0;
    while i < n.len() {
        if matches!(n[i], '(' | '【') {
            let (p, b) = next_close[i + 1];
            let close = if n[i] == '(' { p } else { b };
            if close != usize::MAX {
                let inner = run_end(&n, i + 1, is_ws);
                if key_at(&n, inner).is_some() {
                    i = close + 1;
                    continue;
                }
            }
        }
        out.push(orig[i]);
        i += 1;
    }
    std::borrow::Cow::Owned(out)
}

/// Every `key:` in `n`, in order: (key start, key, value start). Found from
/// the colons backwards, so the text is scanned once.
fn keys_in(n: &[char]) -> Vec<(usize, &'static str, usize)> {
    let mut out = Vec::new();
    for (j, &c) in n.iter().enumerate() {
        if c != ':' {
            continue;
        }
        let mut e = j;
        while e > 0 && is_ws(n[e - 1]) {
            e -= 1;
        }
        let best = all_keys()
            .filter(|k| {
                let l = k.chars().count();
                e >= l && starts_at(n, e - l, k)
            })
            .max_by_key(|k| k.chars().count());
        if let Some(k) = best {
            out.push((e - k.chars().count(), k, j + 1));
        }
    }
    out
}

/// Owners, deadline and completion date stated in `text`.
pub(crate) fn extract(text: &str) -> Stated {
    let n = norm_chars(text);
    let mut out = Stated::default();
    if !n.contains(&':') && !n.contains(&'(') && !n.contains(&'【') {
        return out;
    }
    let orig: Vec<char> = text.chars().collect();
    let keys = keys_in(&n);
    for (k, &(_, key, vs)) in keys.iter().enumerate() {
        // The value runs to the end of the clause, of its table cell
        // (`责任单位:市财政局 | 已完成`, `…⇥已完成`) or to the next key.
        let next = keys.get(k + 1).map_or(n.len(), |x| x.0);
        let ve = (vs..next)
            .find(|&i| matches!(n[i], ';' | '。' | ')' | '\n' | '】' | '|' | '\t'))
            .unwrap_or(next);
        let value = slice(&orig, vs, ve);
        let value = value.trim_matches(|c: char| is_ws(c) || matches!(c, ',' | '，' | '、'));
        if OWNER_KEYS.contains(&key) {
            for o in split_owners(value) {
                if !out.owners.contains(&o) {
                    out.owners.push(o);
                }
            }
        } else if DEADLINE_KEYS.contains(&key) {
            if out.deadline.is_none() {
                out.deadline = deadline_value(value);
            }
        } else if out.completed_on.is_none() {
            out.completed_on = completed_value(value);
        }
    }
    if out.deadline.is_none() {
        'scan: for (i, &c) in n.iter().enumerate() {
            let close = match c {
                '(' => ')',
                '【' => '】',
                _ => continue,
            };
            for p in DEADLINE_PHRASES {
                let l = p.chars().count();
                if starts_at(&n, i + 1, p) && n.get(i + 1 + l) == Some(&close) {
                    out.deadline = Some(p.to_string());
                    break 'scan;
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_planned_date_of_completion_is_a_deadline() {
        let d = |t: &str| planned_deadline(t);
        assert_eq!(
            d("剩余资金正在分批清理，计划于2026年12月底前完成。").as_deref(),
            Some("2026-12-31")
        );
        assert_eq!(
            d("力争2027年6月30日前全部整改到位").as_deref(),
            Some("2027-06-30")
        );
        assert_eq!(d("确保2026年底前办结").as_deref(), Some("2026-12-31"));
        // Done on a date, a plan without a date, a date without completion.
        assert_eq!(d("已于2026年3月底前完成整改。"), None);
        assert_eq!(d("计划尽快完成。"), None);
        assert_eq!(d("计划于2026年12月召开专题会议研究。"), None);
        assert_eq!(d("预计9月底前完成"), None);
    }

    #[test]
    fn keyed_values() {
        let s = extract("一是修订制度。（责任单位：局办公室、财务科；责任领导：张某某；完成时限：2025年12月底前）");
        assert_eq!(s.owners, ["局办公室", "财务科", "张某某"]);
        assert_eq!(s.deadline.as_deref(), Some("2025-12-31"));
        let s = extract("责任单位:办公室 责任人:李某 整改时限:长期坚持");
        assert_eq!(s.owners, ["办公室", "李某"]);
        assert_eq!(s.deadline.as_deref(), Some("长期坚持"));
        let s = extract("整改完成时间：2025年3月15日。整改时限：立行立改");
        assert_eq!(s.completed_on.as_deref(), Some("2025-03-15"));
        assert_eq!(s.deadline.as_deref(), Some("立行立改"));
        assert_eq!(extract("压实责任单位责任，明确责任人。"), Stated::default());
        assert_eq!(
            extract("建立长效机制（长期坚持）。").deadline.as_deref(),
            Some("长期坚持")
        );
    }

    #[test]
    fn notes_are_stripped() {
        assert_eq!(strip_notes("（责任单位：办公室；完成时限：2025年3月）"), "");
        assert_eq!(
            strip_notes("已完成（见附件）。(责任人:李某)"),
            "已完成（见附件）。"
        );
    }

    #[test]
    fn deadlines() {
        assert_eq!(
            deadline_value("2025年6月底前").as_deref(),
            Some("2025-06-30")
        );
        assert_eq!(
            deadline_value("2025年12月31日前").as_deref(),
            Some("2025-12-31")
        );
        assert_eq!(deadline_value("2025年底").as_deref(), Some("2025-12-31"));
        assert_eq!(deadline_value("2025-09-30").as_deref(), Some("2025-09-30"));
        assert_eq!(deadline_value("2025年").as_deref(), Some("2025年"));
        assert_eq!(deadline_value("持续推进").as_deref(), Some("持续推进"));
        assert_eq!(deadline_value(" "), None);
    }
}
