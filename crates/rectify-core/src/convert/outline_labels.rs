//! Decimal outline numbering (`1 落实…方面` › `1.1 …` `1.2 …` › `1.2.1 …`),
//! as reports written in an enterprise's or a hospital's style number their
//! levels. A label `N.M` (or `N.M.K`) followed by a space or text — not a
//! figure (`1.8亿元`) — is found to be one by the labels around it: the
//! last number runs 1, 2, … under each prefix. The line `N …` above
//! `N.1` (a number and a space, no dot) is then item N of the level above.

use super::tree::Para;
use crate::text::label::{recognise, LabelStyle};
use crate::text::norm_char;

/// The longest label read (characters): `99.99.99`.
const MAX_LABEL_CHARS: usize = 8;

/// Characters after a decimal that make it a figure, not a label.
const FIGURE_UNITS: &[char] = &[
    '%', '万', '亿', '元', '个', '项', '倍', '米', '吨', '件', '次', '人', '户', '亩', '年', '月',
    '日',
];

/// An outline label at the start of `text`: its numbers (two or three) and
/// its length in characters (with the spaces after it).
fn outline_start(text: &str) -> Option<(Vec<u32>, usize)> {
    let head: Vec<char> = text
        .chars()
        .take(MAX_LABEL_CHARS + 4)
        .map(norm_char)
        .collect();
    let mut numbers = Vec::new();
    let mut i = 0;
    loop {
        let d = head[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if d == 0 || d > 2 {
            return None;
        }
        let n = head[i..i + d]
            .iter()
            .fold(0u32, |n, c| n * 10 + c.to_digit(10).unwrap_or(0));
        numbers.push(n);
        i += d;
        if head.get(i) != Some(&'.') || numbers.len() == 3 {
            break;
        }
        i += 1;
    }
    let next = *head.get(i)?;
    let spaced = next == ' ' || next == '\u{3000}';
    let texty = !next.is_ascii_digit() && !FIGURE_UNITS.contains(&next) && next != '.';
    if numbers.len() < 2 || !(spaced || texty) || numbers.contains(&0) {
        return None;
    }
    let spaces = head[i..]
        .iter()
        .take_while(|c| **c == ' ' || **c == '\u{3000}')
        .count();
    Some((numbers, i + spaces))
}

/// `N 标题`: a number, spaces, then text (the outline's first level).
fn top_start(text: &str, number: u32) -> Option<usize> {
    let head: Vec<char> = text.chars().take(6).map(norm_char).collect();
    let d = head.iter().take_while(|c| c.is_ascii_digit()).count();
    let n = head[..d]
        .iter()
        .fold(0u32, |n, c| n * 10 + c.to_digit(10).unwrap_or(0));
    let spaces = head[d..]
        .iter()
        .take_while(|c| **c == ' ' || **c == '\u{3000}')
        .count();
    (d > 0 && n == number && spaces > 0 && head.len() > d + spaces).then_some(d + spaces)
}

/// An outline heading: paragraph, style, number, label length.
pub(crate) type OutlineLabel = (usize, LabelStyle, u32, usize);

/// The paragraphs (ascending) that open with an outline label, and the
/// `N …` lines above their first items.
pub(crate) fn labels(paras: &[Para]) -> Vec<OutlineLabel> {
    let found: Vec<(usize, Vec<u32>, usize)> = paras
        .iter()
        .enumerate()
        .filter(|(_, p)| recognise(&p.text).is_none_or(|l| l.style == LabelStyle::Arabic))
        .filter_map(|(i, p)| outline_start(&p.text).map(|(n, len)| (i, n, len)))
        .collect();
    // Each label continues the one before under its prefix, or opens it.
    let mut last: Vec<(Vec<u32>, u32)> = Vec::new();
    let mut kept = Vec::new();
    for (i, numbers, len) in found {
        let (prefix, k) = numbers.split_at(numbers.len() - 1);
        let k = k[0];
        let prev = last.iter().find(|(p, _)| p == prefix).map(|x| x.1);
        let runs = if k == 1 {
            prev.is_none()
        } else {
            prev == Some(k - 1)
        };
        if !runs {
            continue;
        }
        last.retain(|(p, _)| p != prefix);
        last.push((prefix.to_vec(), k));
        kept.push((i, numbers, len));
    }
    if !kept.iter().any(|(_, n, _)| n.last() == Some(&2)) {
        return Vec::new();
    }
    let mut out: Vec<OutlineLabel> = Vec::new();
    for (i, numbers, len) in &kept {
        let first = numbers.len() == 2 && numbers[1] == 1;
        if let Some(top) = i.checked_sub(1).filter(|_| first) {
            if recognise(&paras[top].text).is_none() {
                if let Some(l) = top_start(&paras[top].text, numbers[0]) {
                    out.push((top, LabelStyle::Arabic, numbers[0], l));
                }
            }
        }
        let style = if numbers.len() == 2 {
            LabelStyle::Outline
        } else {
            LabelStyle::OutlineDeep
        };
        out.push((*i, style, numbers[numbers.len() - 1], *len));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tree::paras;
    use super::*;

    #[test]
    fn decimal_levels_and_their_top_lines() {
        let p = paras(&[
            "1 落实工作方针方面",
            "1.1 服务能力提升推进缓慢",
            "整改情况：已完成整改。",
            "1.2 改革任务落实不到位",
            "1.2.1 薪酬制度改革滞后",
            "2 全面从严治党方面",
            "2.1 廉政风险防控不力",
        ]);
        use LabelStyle::*;
        assert_eq!(
            labels(&p),
            [
                (0, Arabic, 1, 2),
                (1, Outline, 1, 4),
                (3, Outline, 2, 4),
                (4, OutlineDeep, 1, 6),
                (5, Arabic, 2, 2),
                (6, Outline, 1, 4)
            ]
        );
    }

    #[test]
    fn figures_are_not_labels() {
        let p = paras(&["1.8亿元资金已拨付。", "2.5%的项目滞后。", "1.1 只有一个"]);
        assert!(labels(&p).is_empty());
        assert_eq!(outline_start("1.3 疾病预防"), Some((vec![1, 3], 4)));
        assert_eq!(outline_start("12.10公立医院"), Some((vec![12, 10], 5)));
        assert_eq!(outline_start("1.8亿元"), None);
        assert_eq!(outline_start("3.14159"), None);
    }
}
