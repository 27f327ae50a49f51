//! A label printed in another style than its siblings': `（一）…` `(二)…`
//! then `（3）…`. A `（3）` whose own list would start at 3, right after
//! the `(二)` it continues (no `（1）` `（2）` between), is the third of
//! them, a careless `（三）`, not the first measure of the second — unless
//! `(n)` items came before it: measures numbered on through the notice
//! (`（一）` › `（1）` `（2）`, `（二）` › `（3）`).

use super::tree::Para;
use crate::text::label::{recognise, LabelStyle};

/// The paragraphs whose `(n)` label numbers the `（一）` list (ascending).
pub(crate) fn indices(paras: &[Para]) -> Vec<usize> {
    let mut out = Vec::new();
    // The number of the last `（一）` item, with no `(n)` after it yet.
    let mut last: Option<u32> = None;
    for (i, p) in paras.iter().enumerate() {
        let Some(l) = recognise(&p.text) else {
            continue;
        };
        match l.style {
            LabelStyle::ChineseDun | LabelStyle::Part => last = None,
            LabelStyle::ParenChinese => last = Some(l.number),
            LabelStyle::ParenArabic if l.number >= 2 && last == Some(l.number - 1) => {
                out.push(i);
                last = Some(l.number);
            }
            // A list of `(n)` items of its own: none is misprinted.
            LabelStyle::ParenArabic => return Vec::new(),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paras(lines: &[&str]) -> Vec<Para> {
        (1..).zip(lines).map(|(n, l)| Para::new(n, l.to_string())).collect()
    }

    #[test]
    fn a_paren_arabic_number_continuing_the_chinese_list() {
        let p = paras(&[
            "一、关于落实方面",
            "（一）项目推进缓慢。",
            "整改情况：已开工。",
            "(二)耕地保护不到位。",
            "（3）安全生产监管薄弱。",
            "整改状态：已整改",
        ]);
        assert_eq!(indices(&p), vec![4]);
    }

    #[test]
    fn measures_numbered_from_one_are_measures() {
        let p = paras(&[
            "（一）项目推进缓慢。",
            "（1）梳理项目。",
            "（2）实行调度。",
            "（二）耕地保护不到位。",
            "（3）开展排查。",
        ]);
        assert!(indices(&p).is_empty());
        // After a new area, a `（2）` continues nothing.
        let p = paras(&["（一）项目推进缓慢。", "二、方面", "（2）梳理。"]);
        assert!(indices(&p).is_empty());
    }
}
