//! Problems without numbers, each opened by the same key and followed by
//! its report (`反馈指出：…不到位。` / `整改情况：…已完成整改。`, again and
//! again under one heading). The repeated key before each report marks the
//! items, as a bullet would: a paragraph that opens with a short key, is
//! directly followed by a report (`整改情况：`) or measures (`整改措施：`),
//! and whose key opens at least one other such paragraph under the same
//! numbered heading is an item of style `Lead`, numbered in order there. The key is
//! its label; what follows is its title.
//!
//! Report, measures, owner and deadline keys never lead an item: they are
//! the parts of one.

use super::tree::{is_problem_note, is_rectification_report, Para};
use crate::text::label::{recognise, LabelStyle};
use crate::text::norm_chars;

/// The longest key read (characters before the colon).
const MAX_KEY_CHARS: usize = 6;

/// At least this many paragraphs open with the same key for it to lead
/// items.
const MIN_ITEMS: usize = 2;

/// The key a paragraph opens with (`反馈指出`), and the label's length in
/// characters (the key and its colon or brackets).
fn lead_key(text: &str) -> Option<(String, usize)> {
    opening_key(text, MAX_KEY_CHARS)
}

/// A key of two to `max_chars` Chinese characters that opens a paragraph
/// with text after it, before a colon or in `【】` (`反馈指出：`,
/// `【城关镇】`), and the label's length in characters.
pub(crate) fn opening_key(text: &str, max_chars: usize) -> Option<(String, usize)> {
    let n: Vec<char> = norm_chars(text).into_iter().take(max_chars + 3).collect();
    let (start, close) = if n.first() == Some(&'【') {
        (1, '】')
    } else {
        (0, ':')
    };
    let end = n.iter().position(|&c| c == close)?;
    // `东坪镇 ：`: a space before the colon is no part of the key.
    let key_end = end
        - n[..end]
            .iter()
            .rev()
            .take_while(|c| c.is_whitespace())
            .count();
    let key = &n[start.min(key_end)..key_end];
    let cjk = key.iter().all(|c| ('\u{4e00}'..='\u{9fff}').contains(c));
    let has_text = n.len() > end + 1;
    (key.len() >= 2 && cjk && has_text).then(|| (key.iter().collect(), end + 1))
}

/// The keys that open a paragraph and are followed, every time they do,
/// by one of another key (`巡察组原话：“…”` / `我们的回答：…`, two times or
/// more), in blocks of exactly these two keys (not `问题：` `措施：` `进度：`
/// …): before each such paragraph nothing keyed but the answer's key,
/// after each answer nothing keyed but the finding's. Read once for all
/// paragraphs.
fn paired_keys(keys: &[Option<String>]) -> Vec<bool> {
    use std::collections::HashMap;
    let key = |j: usize| keys.get(j).and_then(Option::as_ref);
    // For each key: its answer's key, how often it opens a paragraph, and
    // whether every time is a pair alone.
    let mut seen: HashMap<&str, (Option<&String>, usize, bool)> = HashMap::new();
    for (j, k) in keys.iter().enumerate() {
        let Some(a) = k else { continue };
        let b = key(j + 1);
        let alone = b.is_some_and(|b| b != a)
            && j.checked_sub(1)
                .is_none_or(|p| key(p).is_none_or(|k| Some(k) == b))
            && key(j + 2).is_none_or(|k| k == a);
        let e = seen.entry(a.as_str()).or_insert((b, 0, true));
        e.1 += 1;
        e.2 &= alone && e.0 == b;
    }
    keys.iter()
        .map(|k| {
            k.as_ref().is_some_and(|a| {
                seen.get(a.as_str())
                    .is_some_and(|&(_, n, ok)| ok && n >= MIN_ITEMS)
            })
        })
        .collect()
}

/// A paragraph that is a part of an item, not the start of one: also any
/// opened by a key of the work on it (`【整改落实】…`, `整改举措：…`), one
/// that opens with `整改` and names no problem.
fn is_part(text: &str) -> bool {
    let work_key =
        || lead_key(text).is_some_and(|(k, _)| k.starts_with("整改") && !k.contains("问题"));
    is_rectification_report(text)
        || is_problem_note(text)
        || super::tree::opens_measures(text)
        || work_key()
}

/// A paragraph keyed as the problem's statement (`存在问题：…`) that opens
/// a card: after a blank line, or right after the last card's report. A
/// note on a numbered problem otherwise (`1.…` › `存在问题：…`, or under
/// `问题类别：…`).
fn opens_card(paras: &[Para], i: usize) -> bool {
    let states = lead_key(&paras[i].text).is_some_and(|(k, _)| super::tree::is_statement_key(&k));
    let apart = i
        .checked_sub(1)
        .is_none_or(|j| paras[j].apart_from(&paras[i]) || is_rectification_report(&paras[j].text));
    states && apart
}

/// A style that lists an item's measures under its key, not a heading.
fn lists_measures(style: LabelStyle) -> bool {
    style.is_measure() || style == LabelStyle::ParenArabic
}

/// Keys that state the problem (`问题：` `反馈问题：` `存在问题：`, as an
/// editor varies them from card to card) are one key.
fn statement_or(key: String) -> String {
    if super::tree::is_statement_key(&key) {
        "问题".to_string()
    } else {
        key
    }
}

/// The paragraphs (indices, ascending) led by a repeated key, with their
/// number and the label's length in characters.
pub(crate) fn labels(paras: &[Para]) -> Vec<(usize, u32, usize)> {
    let keys: Vec<Option<String>> = paras
        .iter()
        .map(|p| lead_key(&p.text).map(|k| k.0))
        .collect();
    let paired = paired_keys(&keys);
    let leads: Vec<Option<(String, usize)>> = paras
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let next = paras.get(i + 1)?;
            let reported = is_rectification_report(&next.text)
                || super::tree::opens_measures(&next.text)
                || paired[i];
            if !reported
                || (is_part(&p.text) && !opens_card(paras, i))
                || recognise(&p.text).is_some()
            {
                return None;
            }
            lead_key(&p.text).map(|(k, len)| (statement_or(k), len))
        })
        .collect();
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for (k, _) in leads.iter().flatten() {
        match counts.iter_mut().find(|(c, _)| c == k) {
            Some((_, n)) => *n += 1,
            None => counts.push((k, 1)),
        }
    }
    let repeated = |k: &str| counts.iter().any(|&(c, n)| c == k && n >= MIN_ITEMS);
    // Numbered in order between numbered headings; a heading with only one
    // such paragraph under it (`问题一：…` › `具体表现：…` › `整改措施：…`)
    // is itself the item, and the key describes it.
    // A finding keyed in pairs with its answer (`巡察组原话：` /
    // `我们的回答：`) is an item alone under its heading too, when another
    // heading holds two or more.
    let mut out = Vec::new();
    let mut lone = Vec::new();
    let mut segment: Vec<(usize, u32, usize)> = Vec::new();
    let mut flush = |segment: &mut Vec<(usize, u32, usize)>| {
        if segment.len() >= MIN_ITEMS {
            out.append(segment);
        } else if let [one] = segment[..] {
            // Only pairs read as such (not `反馈指出：` / `整改情况：`, whose
            // heading is the item when it holds one).
            let next = paras.get(one.0 + 1).map_or("", |p| p.text.as_str());
            if paired[one.0] && !is_part(next) {
                lone.push(one);
            }
        }
        segment.clear();
    };
    // The style of the list an item's measures key brings in (`整改措施：…`
    // › `（1）…` `（2）…`): its items head nothing.
    let mut list: Option<Option<LabelStyle>> = None;
    for (i, (p, lead)) in paras.iter().zip(&leads).enumerate() {
        let style = recognise(&p.text).map(|l| l.style);
        match lead.as_ref().filter(|(k, _)| repeated(k)) {
            Some((_, len)) => {
                segment.push((i, segment.len() as u32 + 1, *len));
                list = None;
            }
            None => match style {
                Some(s)
                    if !segment.is_empty()
                        && lists_measures(s)
                        && list.is_some_and(|l| l.is_none_or(|l| l == s)) =>
                {
                    list = Some(Some(s));
                }
                Some(_) => {
                    flush(&mut segment);
                    list = None;
                }
                None => list = super::tree::opens_measures(&p.text).then_some(None),
            },
        }
    }
    flush(&mut segment);
    if !out.is_empty() {
        out.extend(lone);
        out.sort_unstable();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tree::paras;
    use super::*;

    #[test]
    fn a_key_before_each_report_leads_an_item() {
        let p = paras(&[
            "一、对账销号情况",
            "反馈指出：责任制落实不到位。",
            "整改情况：已完成整改。",
            "反馈指出：财务管理不规范。",
            "整改情况：正在推进。",
            "二、其他问题",
            "【问题】台账不全。",
            "【整改措施】补齐台账。",
            "三、另一个",
            "反馈指出：只有一个。",
            "整改情况：已完成。",
        ]);
        assert_eq!(labels(&p), [(1, 1, 5), (3, 2, 5)]);
    }

    #[test]
    fn parts_of_an_item_and_single_keys_lead_nothing() {
        let p = paras(&[
            "（一）财务管理不规范",
            "存在问题：报账不规范。",
            "整改情况：已完成整改。",
            "责任单位：办公室",
            "整改情况：已完成。",
        ]);
        assert!(labels(&p).is_empty());
    }
}
