//! Which `第一部分`-style lines are part headings. A line's own shape
//! (`第三章…`, short, no full stop) is not enough: a part heading comes in
//! a sequence of siblings — `第一…`, `第二…`, … with the same word (部分,
//! 篇, 章, 编) — and is followed by a body. The longest such sequence of
//! one word (at least two parts) holds the part headings; any other line
//! that looks like one (`第三章专门规定了…` in a list of measures) is text.

use super::tree::Para;
use crate::text::label::{recognise, LabelStyle};
use crate::text::{is_cn_numeral, norm_char};

/// A line that looks like a part heading.
struct Candidate {
    /// Index of its paragraph.
    at: usize,
    number: u32,
    /// The word after the ordinal (`部分`, `篇`, `章`, `编`).
    word: char,
}

/// The word of a part label (`第二部分：` → `部`).
fn part_word(label: &str) -> Option<char> {
    label
        .chars()
        .map(norm_char)
        .skip(1)
        .find(|&c| !is_cn_numeral(c) && !c.is_ascii_digit())
}

fn candidates(paras: &[Para]) -> Vec<Candidate> {
    paras
        .iter()
        .enumerate()
        // A part heading is followed by a body.
        .filter(|(at, p)| p.text.starts_with('第') && at + 1 < paras.len())
        .filter_map(|(at, p)| {
            let l = recognise(&p.text)?;
            (l.style == LabelStyle::Part).then_some(())?;
            Some(Candidate {
                at,
                number: l.number,
                word: part_word(&l.text)?,
            })
        })
        .collect()
}

/// The sequence `第一…`, `第二…`, … of one word, taken in order.
fn sequence(cands: &[Candidate], word: char) -> Vec<usize> {
    let mut out = Vec::new();
    let mut next = 1;
    for c in cands.iter().filter(|c| c.word == word) {
        if c.number == next {
            out.push(c.at);
            next += 1;
        }
    }
    out
}

/// The paragraphs (indices, ascending) that are part headings.
pub(crate) fn headings(paras: &[Para]) -> Vec<usize> {
    let cands = candidates(paras);
    let mut words: Vec<char> = cands.iter().map(|c| c.word).collect();
    words.dedup();
    words
        .into_iter()
        .map(|w| sequence(&cands, w))
        .filter(|s| s.len() >= 2)
        .max_by_key(|s| (s.len(), std::cmp::Reverse(s.first().copied())))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::convert::tree::paras;

    #[test]
    fn parts_come_in_sequence_with_one_word() {
        let p = paras(&[
            "第一部分　总体情况",
            "正文。",
            "第三章明确了程序",
            "第二部分　问题整改情况",
            "一、某问题",
            "第三部分　下一步",
            "正文。",
        ]);
        assert_eq!(headings(&p), [0, 3, 5]);
        assert!(headings(&paras(&["一、某问题", "第三章明确了程序", "一是…"])).is_empty());
        // A single part is no sequence; a last line has no body.
        assert!(headings(&paras(&["第一章规定了程序", "正文。"])).is_empty());
        assert!(headings(&paras(&["第一篇　甲", "正文。", "第二篇　乙"])).is_empty());
        assert_eq!(
            headings(&paras(&["第1篇 甲", "正文。", "第2篇 乙", "正文。"])),
            [0, 2]
        );
    }
}
