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
use crate::text::label::recognise;
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
    let key = &n[start.min(end)..end];
    let cjk = key.iter().all(|c| ('\u{4e00}'..='\u{9fff}').contains(c));
    let has_text = n.len() > end + 1;
    (key.len() >= 2 && cjk && has_text).then(|| (key.iter().collect(), end + 1))
}

/// A paragraph that is a part of an item, not the start of one.
fn is_part(text: &str) -> bool {
    is_rectification_report(text) || is_problem_note(text) || super::tree::opens_measures(text)
}

/// The paragraphs (indices, ascending) led by a repeated key, with their
/// number and the label's length in characters.
pub(crate) fn labels(paras: &[Para]) -> Vec<(usize, u32, usize)> {
    let leads: Vec<Option<(String, usize)>> = paras
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let next = paras.get(i + 1)?;
            let reported =
                is_rectification_report(&next.text) || super::tree::opens_measures(&next.text);
            if !reported || is_part(&p.text) || recognise(&p.text).is_some() {
                return None;
            }
            lead_key(&p.text)
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
    let mut out = Vec::new();
    let mut segment: Vec<(usize, u32, usize)> = Vec::new();
    let mut flush = |segment: &mut Vec<(usize, u32, usize)>| {
        if segment.len() >= MIN_ITEMS {
            out.append(segment);
        }
        segment.clear();
    };
    for (i, (p, lead)) in paras.iter().zip(&leads).enumerate() {
        match lead.as_ref().filter(|(k, _)| repeated(k)) {
            Some((_, len)) => segment.push((i, segment.len() as u32 + 1, *len)),
            None if recognise(&p.text).is_some() => flush(&mut segment),
            None => {}
        }
    }
    flush(&mut segment);
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
