//! Sections headed by words in `【】` alone on their lines, as a phone
//! article sets them (`【整改总体情况】` › … › `【具体整改情况】` › `01` … ›
//! `【下一步打算】`): two or more such lines, each of different words, and
//! numbered items under one of them at least, are the notice's top
//! headings (style `ChineseDun`, numbered in order, no label: the line is
//! the title). The same words in brackets over each item
//! (`【整改情况】` › its value) are a field's key, and a lone one a tag.

use super::tree::Para;
use crate::text::label::recognise;

/// The most characters between the brackets of such a heading.
const MAX_HEADING_WORDS: usize = 12;

/// At least this many such lines make headings.
const MIN_HEADINGS: usize = 2;

/// The words a paragraph holds alone in `【】`, if it does.
fn bracketed_words(text: &str) -> Option<&str> {
    let inner = crate::text::trim(text)
        .strip_prefix('【')?
        .strip_suffix('】')?;
    let n = inner.chars().count();
    let words = (1..=MAX_HEADING_WORDS).contains(&n)
        && inner.chars().all(crate::text::chars::is_han)
        && !inner.contains(['【', '】']);
    words.then_some(inner)
}

/// The heading paragraphs (indices, ascending) and their numbers.
pub(crate) fn labels(paras: &[Para]) -> Vec<(usize, u32)> {
    let found: Vec<(usize, &str)> = paras
        .iter()
        .enumerate()
        .filter_map(|(i, p)| bracketed_words(&p.text).map(|w| (i, w)))
        .collect();
    let mut seen = std::collections::HashSet::new();
    let distinct = found.iter().all(|(_, w)| seen.insert(*w));
    // Numbered items under one of them: after the first, any (the headings
    // themselves are no numbered items). One pass.
    let heads_items = found.first().is_some_and(|&(first, _)| {
        paras[first + 1..]
            .iter()
            .any(|p| recognise(&p.text).is_some())
    });
    if found.len() < MIN_HEADINGS || !distinct || !heads_items {
        return Vec::new();
    }
    found.iter().zip(1..).map(|(&(i, _), n)| (i, n)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::tree::paras;

    #[test]
    fn words_in_brackets_alone_over_items_are_headings() {
        let p = paras(&[
            "【整改总体情况】",
            "镇党委高度重视。",
            "【具体整改情况】",
            "01",
            "甲问题。",
            "【下一步打算】",
            "持续巩固成果。",
        ]);
        assert_eq!(labels(&p), [(0, 1), (2, 2), (5, 3)]);
    }

    #[test]
    fn keys_repeated_over_each_item_are_not() {
        let p = paras(&[
            "1.甲问题。",
            "【整改情况】",
            "已完成。",
            "2.乙问题。",
            "【整改情况】",
            "已完成。",
        ]);
        assert!(labels(&p).is_empty());
        // Nor lines with no numbered item under any.
        let p = paras(&["【基本情况】", "某某。", "【工作打算】", "某某。"]);
        assert!(labels(&p).is_empty());
    }
}
