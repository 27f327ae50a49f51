//! `1.3万元应急物资未入账`: a `1.` label glued to a figure reads like
//! the decimal `1.3`, which a label never is on its own (`1.8亿元`). (A
//! count of whole things, `1.3个乡镇…`, is read by the label itself.) The
//! numbering around it decides: when the next heading at its level or
//! above is `2.` (and, for `N.` past 1, the one before is `N-1.`), the
//! paragraph is item N of that list and its text starts after the dot. The
//! last item of a list (`2.2个部门…` after `1.…`, then `（三）…` or the end)
//! needs only the one before: the next heading is of a level above, or
//! there is none. A numbering that runs on across group headings
//! (`（一）` › `1.`…`3.`, `（二）` › `4.3个部门…` `5.…`) counts the `3.` before
//! the group heading when `5.` follows.

use super::tree::Para;
use crate::text::label::{recognise, LabelStyle};
use crate::text::norm_char;

/// A paragraph that starts with up to three digits, a dot and a digit:
/// the number before the dot and the label's length in characters.
fn decimal_start(text: &str) -> Option<(u32, usize)> {
    let head: Vec<char> = text.chars().take(5).map(norm_char).collect();
    let d = head.iter().take_while(|c| c.is_ascii_digit()).count();
    if d == 0 || d > 3 || head.get(d) != Some(&'.') {
        return None;
    }
    if !head.get(d + 1).is_some_and(char::is_ascii_digit) {
        return None;
    }
    let number = head[..d]
        .iter()
        .fold(0u32, |n, c| n * 10 + c.to_digit(10).unwrap_or(0));
    Some((number, d + 1))
}

/// Styles at the level of `1.` or above it.
fn at_or_above_arabic(style: LabelStyle) -> bool {
    matches!(
        style,
        LabelStyle::Arabic | LabelStyle::ParenChinese | LabelStyle::ChineseDun | LabelStyle::Part
    )
}

/// The paragraphs (indices, ascending) that open with a `N.` label glued to
/// a figure, with the number and the label's length in characters.
pub(crate) fn labels(paras: &[Para]) -> Vec<(usize, u32, usize)> {
    if !paras.iter().any(|p| decimal_start(&p.text).is_some()) {
        return Vec::new();
    }
    // The headings at the level of `1.` or above, by paragraph.
    let labels: Vec<Option<(LabelStyle, u32)>> = paras
        .iter()
        .map(|p| recognise(&p.text).map(|l| (l.style, l.number)))
        .collect();
    // A glued label counts as a `N.` heading for its neighbours
    // (`1.3个部门…` then `2.2个部门…` then `3.…`).
    let level = |i: usize| {
        labels[i]
            .filter(|(s, _)| at_or_above_arabic(*s))
            .or_else(|| {
                let glued = labels[i].is_none().then(|| decimal_start(&paras[i].text));
                glued.flatten().map(|(n, _)| (LabelStyle::Arabic, n))
            })
    };
    // The next such heading after each paragraph (one pass: linear time).
    let mut next = vec![None; paras.len()];
    for i in (0..paras.len().saturating_sub(1)).rev() {
        next[i] = level(i + 1).or(next[i + 1]);
    }
    let mut out: Vec<(usize, u32, usize)> = Vec::new();
    let mut before = None;
    // The last `N.` heading, across group headings (a numbering that runs
    // on: `（一）` › `1.` … `3.`, `（二）` › `4.3个部门…`).
    let mut last_arabic = None;
    for (i, p) in paras.iter().enumerate() {
        let arabic_here = level(i).filter(|l| l.0 == LabelStyle::Arabic);
        if labels[i].is_some() {
            before = level(i).or(before);
            last_arabic = arabic_here.or(last_arabic);
            continue;
        }
        let glued_before = before;
        let arabic_before = last_arabic;
        before = level(i).or(before);
        last_arabic = arabic_here.or(last_arabic);
        let Some((number, len)) = decimal_start(&p.text) else {
            continue;
        };
        let arabic = |n: Option<u32>| n.map(|n| (LabelStyle::Arabic, n));
        let next_ok = next[i].is_some() && next[i] == arabic(number.checked_add(1));
        let prev = number.checked_sub(1);
        let follows = prev.is_some()
            && (glued_before == arabic(prev) || (next_ok && arabic_before == arabic(prev)));
        let before_ok = number == 1 || follows;
        // The list's last item: a heading above `1.` (or none) follows.
        let last = number > 1 && follows && next[i].is_none_or(|(s, _)| s != LabelStyle::Arabic);
        if number > 0 && ((next_ok && before_ok) || last) {
            out.push((i, number, len));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::convert::tree::paras;

    #[test]
    fn a_label_glued_to_a_figure_is_found_by_its_neighbours() {
        let p = paras(&[
            "（三）应急准备层面",
            "1.3万元应急物资未入账。",
            "已补充物资。",
            "2.部分企业应急预案与实际脱节。",
        ]);
        assert_eq!(labels(&p), [(1, 1, 2)]);
        // An amount opening a paragraph, with no `2.` after it, stays text.
        let p = paras(&["1.某问题。", "1.8亿元资金已拨付。", "（二）另一方面"]);
        assert!(labels(&p).is_empty());
        let p = paras(&["1.甲。", "2.5万元已退回。", "3.丙。"]);
        assert_eq!(labels(&p), [(1, 2, 2)]);
        assert!(labels(&paras(&["2025.06", "2.乙"])).is_empty());
        let p = paras(&[
            "（二）某审计",
            "1.3万元津补贴超发。",
            "2.2万元接待费超标。",
            "3.丙。",
        ]);
        assert_eq!(labels(&p), [(1, 1, 2), (2, 2, 2)]);
        // A numbering that runs on across group headings.
        let p = paras(&[
            "（一）财政管理方面",
            "3.甲。",
            "（二）部门预算执行方面",
            "4.3万元无预算列支。",
            "5.乙。",
        ]);
        assert_eq!(labels(&p), [(3, 4, 2)]);
        // The last of its list, before a heading above it or the end.
        let p = paras(&[
            "（二）某审计",
            "1.3万元津补贴超发。",
            "整改情况：已追回。",
            "2.2万元接待费超标。",
            "整改情况：已完成整改。",
            "（三）另一方面",
        ]);
        assert_eq!(labels(&p), [(1, 1, 2), (3, 2, 2)]);
        let p = paras(&["1.甲。", "2.5万元已退回。"]);
        assert_eq!(labels(&p), [(1, 2, 2)]);
        // Not after another number.
        let p = paras(&["1.甲。", "3.5亿元已拨付。", "（二）乙"]);
        assert!(labels(&p).is_empty());
        // Whole things counted after the dot need no neighbours: the label
        // reads them itself (`text::label`).
        let p = paras(&["（三）某方面", "5.2个项目未办理竣工决算。", "二、整改情况"]);
        assert!(labels(&p).is_empty());
        assert_eq!(recognise(&p[1].text).map(|l| l.number), Some(5));
    }
}
