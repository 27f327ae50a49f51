//! Keys printed inside a paragraph: `（一）…不充分。整改措施：修订…。整改
//! 结果：已完成。` is a problem's statement, its measure and its report on
//! one line. Such a paragraph is cut before each key that opens a
//! sentence, so each part is read as a paragraph of its own: the measure
//! a node of the problem, the report the problem's (not the measure's).
//! The text is moved, never copied; whitespace before a key is dropped.
//!
//! A key opens a sentence when the text before it ends a sentence
//! (`。`, `；`, `！`, `？`) or ends with a space after more words (a
//! heading without a full stop: `（一）…不充分　整改措施：…`). Table rows
//! (tabs, `|`) keep their cells together.

use super::inline_items::Piece;
use super::report_text::REPORT_KEYS;
use super::tree::Para;
use crate::text::{cut_before, is_ws, norm_chars, starts_at};

/// Keys of a measure (as `整改措施：` paragraphs are read).
const MEASURE_KEYS: &[&str] = &["整改措施", "整改举措"];

/// The length of a key at `i` (`整改措施:` or `【整改措施】`), if one is.
fn key_at(n: &[char], i: usize) -> Option<usize> {
    let bracket = n[i] == '【';
    let start = i + usize::from(bracket);
    let first = *n.get(start)?;
    let keys = || MEASURE_KEYS.iter().chain(REPORT_KEYS);
    if !keys().any(|k| k.starts_with(first)) {
        return None;
    }
    keys().find_map(|k| {
        let end = start + k.chars().count();
        let close = if bracket { '】' } else { ':' };
        (starts_at(n, start, k) && n.get(end) == Some(&close)).then_some(end + 1 - i)
    })
}

/// Whether a sentence may open at `i`: after a sentence end, or after a
/// space that follows words.
fn opens_sentence(n: &[char], i: usize) -> bool {
    let before = n[..i].iter().rposition(|&c| !is_ws(c));
    match before {
        None => false,
        Some(b) => matches!(n[b], '。' | ';' | '!' | '?') || b + 1 < i,
    }
}

/// Where the paragraph is cut: the positions of keys that open a sentence
/// after its start, and of the numbers of a list of measures after a
/// measure's key (`整改措施：①召开…。②落实…。③将…`), each measure a
/// paragraph of its own as when printed on lines of their own.
fn cuts(text: &str) -> Vec<usize> {
    let n = norm_chars(text);
    if n.iter().any(|&c| c == '\t' || c == '|') {
        return Vec::new();
    }
    let keys: Vec<usize> = (0..n.len())
        .filter(|&i| key_at(&n, i).is_some() && (i == 0 || opens_sentence(&n, i)))
        .collect();
    let mut out = Vec::new();
    for (k, &i) in keys.iter().enumerate() {
        if i > 0 {
            out.push(i);
        }
        let end = keys.get(k + 1).copied().unwrap_or(n.len());
        let Some(len) = key_at(&n, i).filter(|_| is_measure_key_at(&n, i)) else {
            continue;
        };
        let value = (i + len..end).find(|&j| !is_ws(n[j])).unwrap_or(end);
        out.extend(super::inline_items::marks_from(&n, value, end));
    }
    out
}

/// The key at `i` is a measure's (`整改措施：`), not a report's.
fn is_measure_key_at(n: &[char], i: usize) -> bool {
    let start = i + usize::from(n[i] == '【');
    MEASURE_KEYS.iter().any(|k| starts_at(n, start, k))
}

/// The paragraph's parts, or `None` when no key opens a sentence in it.
fn parts(p: &Para) -> Option<Vec<Para>> {
    if p.piece != Piece::Whole {
        return None;
    }
    let cuts = cuts(&p.text);
    if cuts.is_empty() {
        return None;
    }
    let orig: Vec<char> = p.text.chars().collect();
    let out = cut_before(&orig, &cuts)
        .into_iter()
        .map(|text| Para {
            text: text.trim_end_matches(is_ws).to_string(),
            piece: Piece::Whole,
            ..*p
        })
        .collect();
    Some(out)
}

/// Every paragraph, with those that hold keys inside them cut before
/// each. Without such a paragraph the paragraphs are returned as they are.
pub(crate) fn split(paras: Vec<Para>) -> Vec<Para> {
    if !paras.iter().any(|p| parts(p).is_some()) {
        return paras;
    }
    let mut out = Vec::with_capacity(paras.len() + 8);
    for p in paras {
        match parts(&p) {
            Some(ps) => out.extend(ps),
            None => out.push(p),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split_one(text: &str) -> Vec<String> {
        let p = Para::new(1, text.to_string());
        split(vec![p]).into_iter().map(|p| p.text).collect()
    }

    #[test]
    fn keys_that_open_a_sentence_cut_the_paragraph() {
        assert_eq!(
            split_one("（一）甲不充分。整改措施：修订规则。整改结果：已完成。"),
            [
                "（一）甲不充分。",
                "整改措施：修订规则。",
                "整改结果：已完成。"
            ]
        );
        assert_eq!(
            split_one("（二）乙有差距　【整改措施】开展排查；【整改情况】正在推进。"),
            [
                "（二）乙有差距",
                "【整改措施】开展排查；",
                "【整改情况】正在推进。"
            ]
        );
        assert_eq!(
            split_one("整改措施：修订规则。整改进展：已完成。"),
            ["整改措施：修订规则。", "整改进展：已完成。"]
        );
    }

    #[test]
    fn other_paragraphs_stay_whole() {
        for t in [
            "整改情况：已完成。",
            "加强对整改落实情况：的督查。",
            "对整改措施：落实不力的单位予以通报。",
            "3\t甲\t整改情况：已办结",
            "| 问题 | 整改情况：已完成 |",
            "（一）甲问题，整改措施：修订。",
        ] {
            assert_eq!(split_one(t), [t], "{t}");
        }
    }
}
