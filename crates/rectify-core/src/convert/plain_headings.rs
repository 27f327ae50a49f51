//! Group headings printed without a label (`在落实全面从严治党责任方面`
//! above `1.` `2.` `3.`, then the next such line above `1.` again): the
//! shape, not the words, says they are headings. A short line that ends no
//! sentence and is directly followed by item 1 of a numbering is a heading
//! of style `Plain` when somewhere that numbering starts again at 1 with no
//! labelled heading in between to explain it. Then every such line above
//! a 1 of that numbering is one, numbered in order, so that the items nest
//! under them.
//!
//! Lines above item 1 and above later items of one numbering that runs on
//! across the groups (`党建工作` › `1.` `2.`, `行业监管` › `3.`) are
//! headings too, unless they state how work stands (`已完成`).
//!
//! A restart that a labelled heading explains (`（二）…问题` › `整改措施`
//! › `1.`) is not enough: there the line is a key the problem prints, not
//! a group.

use super::inline_items::Piece;
use super::tree::Para;
use crate::text::label::{is_about_heading, recognise, LabelStyle};
use crate::text::norm_chars;

/// A heading line is at most this long (characters).
const MAX_HEADING_CHARS: usize = 30;

/// A line that could head a group: whole, short, no label, no sentence
/// punctuation (an enumeration comma is fine: `在巡察、审计整改方面`).
/// A bracketed note after its words (`城东街道（5个，已全部销号）`) counts
/// the group; it is read past.
fn could_head(p: &Para) -> bool {
    let n = norm_chars(words(&p.text));
    let len = n.len();
    p.piece == Piece::Whole
        && (2..=MAX_HEADING_CHARS).contains(&len)
        && !n
            .iter()
            .any(|c| matches!(c, '。' | ';' | ':' | '!' | '?' | ',' | '.'))
        && recognise(&p.text).is_none()
        && !is_about_heading(&p.text)
        && !super::bullets::opens_with_bullet(&p.text)
}

/// The paragraphs (indices, ascending) that are unlabelled group headings,
/// with their number in order (1, 2, …).
pub(crate) fn headings(paras: &[Para]) -> Vec<(usize, u32)> {
    let labels: Vec<Option<(LabelStyle, u32)>> = paras
        .iter()
        .map(|p| recognise(&p.text).map(|l| (l.style, l.number)))
        .collect();
    // Candidates: (index, the numbering of the item 1 below it).
    let candidates: Vec<(usize, LabelStyle)> = (0..paras.len().saturating_sub(1))
        .filter(|&i| could_head(&paras[i]))
        .filter_map(|i| match labels[i + 1] {
            Some((style, 1)) if style != LabelStyle::Keyed => Some((i, style)),
            _ => None,
        })
        .collect();
    let unexplained = |&(i, style): &(usize, LabelStyle)| {
        let Some(prev) = (0..i)
            .rev()
            .find(|&j| labels[j].is_some_and(|l| l.0 == style))
        else {
            return false;
        };
        // The top level (`一、`) restarts only under a part or in an
        // attachment (`附件`): the items between explain nothing.
        let explains = |s: LabelStyle| match style {
            LabelStyle::ChineseDun => s == LabelStyle::Part,
            _ => s != style,
        };
        let attached = || {
            style == LabelStyle::ChineseDun
                && paras[prev + 1..i]
                    .iter()
                    .any(|p| p.text.trim_start().starts_with("附件"))
        };
        !labels[prev + 1..i]
            .iter()
            .flatten()
            .any(|&(s, _)| explains(s))
            && !attached()
    };
    let restarts: Vec<LabelStyle> = candidates
        .iter()
        .filter(|c| unexplained(c))
        .map(|c| c.1)
        .collect();
    let mut found: Vec<usize> = candidates
        .iter()
        .filter(|c| restarts.contains(&c.1))
        .map(|c| c.0)
        .collect();
    found.extend(running_on(paras, &labels));
    found.sort_unstable();
    found.dedup();
    found.into_iter().zip(1..).collect()
}

/// Lines over unnumbered items (`党的领导与公司治理` › `针对…的问题，…`
/// `关于…问题。…`, then `作风和队伍建设` › …): when two or more lines that
/// could head a group (or `关于…方面存在的问题` lines) each stand right
/// above an item, they are headings,
/// and so is a line of the same shape after the first of them that opens
/// the next steps (`下一步工作`), which closes the last group.
///
/// With `关于…` headings among them, the lines are headings of their style,
/// so that they nest as those do (`LabelStyle::About`); else `Plain`.
pub(crate) fn over_items(
    paras: &[Para],
    is_item: impl Fn(usize) -> bool,
    opens_next_steps: impl Fn(&str) -> bool,
) -> (Vec<usize>, LabelStyle) {
    let line = |i: usize| !is_item(i) && heads_group(&paras[i]);
    // A group headed `关于…方面存在的问题` beside them is one of them too.
    let about = |i: usize| !is_item(i) && is_about_heading(&paras[i].text);
    let above = |i: usize| is_item(i + 1) && (line(i) || about(i));
    let heads: Vec<usize> = (0..paras.len().saturating_sub(1))
        .filter(|&i| above(i))
        .collect();
    let Some(&first) = heads.get(1).and(heads.first()) else {
        return (Vec::new(), LabelStyle::Plain);
    };
    let style = if heads.iter().any(|&i| about(i)) {
        LabelStyle::About
    } else {
        LabelStyle::Plain
    };
    let mut out: Vec<usize> = heads.into_iter().filter(|&i| line(i)).collect();
    out.extend((first..paras.len()).filter(|&i| line(i) && opens_next_steps(&paras[i].text)));
    out.sort_unstable();
    out.dedup();
    (out, style)
}

/// A line that could head a group and says nothing of how work stands.
pub(crate) fn heads_group(p: &Para) -> bool {
    could_head(p) && !STATE_WORDS.iter().any(|w| words(&p.text).contains(w))
}

/// A heading line's words, without a bracketed note ending it, nor the
/// colon after a unit's name (`县教育局：` over its `（1）` `（2）`) or a
/// domain's (`关于党的建设方面：` over its `问题8：`).
fn words(text: &str) -> &str {
    let t = super::shape::without_trailing_note(text.trim());
    match t.strip_suffix(['：', ':']) {
        Some(name)
            if crate::text::owners::names_a_unit(name) || super::shape::names_domain(name) =>
        {
            name
        }
        _ => t,
    }
}

/// Words that state how work stands: a line with them ends an item's
/// report (`已完成`), it does not head a group.
const STATE_WORDS: &[&str] = &["已", "正在", "完成", "推进", "持续", "长期"];

/// Heading lines over a numbering that runs on across its groups (`党建工作`
/// › `1.` `2.`, `行业监管` › `3.` `4.`): a line above item 1 and at least
/// one line above a later item whose number follows the one before it.
fn running_on(paras: &[Para], labels: &[Option<(LabelStyle, u32)>]) -> Vec<usize> {
    let heads = |i: usize| heads_group(&paras[i]);
    let mut out = Vec::new();
    for open in (0..paras.len().saturating_sub(1)).filter(|&i| heads(i)) {
        let Some((style, 1)) = labels[open + 1].filter(|l| l.0 != LabelStyle::Keyed) else {
            continue;
        };
        let mut last = 1;
        let mut group = vec![open];
        for i in open + 2..paras.len() {
            match labels[i] {
                Some((s, n)) if s == style && n == last + 1 => {
                    if heads(i - 1) && labels[i - 1].is_none() {
                        group.push(i - 1);
                    }
                    last = n;
                }
                Some((s, _)) if s == style => break,
                _ => {}
            }
        }
        if group.len() >= 2 {
            out.extend(group);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tree::paras;
    use super::*;

    #[test]
    fn lines_above_a_restarted_list_head_groups() {
        let p = paras(&[
            "关于巡察整改情况的公告",
            "现将有关情况公布如下：",
            "在贯彻落实决策部署方面",
            "1.林长制落实不到位。整改情况：已完成整改。",
            "2.森林防火责任落实不够。整改情况：已完成整改。",
            "在巡察、审计整改方面",
            "1.上轮巡察整改不彻底。整改情况：已完成整改。",
            "县林业局党组",
        ]);
        assert_eq!(headings(&p), [(2, 1), (5, 2)]);
    }

    #[test]
    fn a_restart_under_labelled_headings_is_explained() {
        let p = paras(&[
            "（一）关于财务管理不规范的问题",
            "整改措施",
            "1.修订制度。",
            "2.开展检查。",
            "（二）关于档案管理不规范的问题",
            "整改措施",
            "1.补齐档案。",
        ]);
        assert!(headings(&p).is_empty());
    }

    #[test]
    fn lines_above_a_list_that_runs_on_head_groups() {
        let p = paras(&[
            "关于整改落实情况的公示",
            "党建工作",
            "1.制度执行不严格。整改情况：已完成。",
            "2.程序不规范。整改情况：已完成。",
            "行业监管",
            "3.查处力度不够。整改情况：已完成。",
            "已完成",
            "4.进度滞后。整改情况：正在推进。",
        ]);
        assert_eq!(headings(&p), [(1, 1), (4, 2)]);
        // Without a line above item 1 it is a list with a stray line.
        let p = paras(&[
            "1.制度执行不严格。整改情况：已完成。",
            "行业监管",
            "2.查处力度不够。整改情况：已完成。",
        ]);
        assert!(headings(&p).is_empty());
    }

    #[test]
    fn a_note_counting_the_group_is_read_past() {
        let p = paras(&[
            "二、问题整改明细",
            "城东街道（2个，已全部销号）",
            "1.报警装置缺失。已销号。",
            "2.管道穿越密闭空间。已销号。",
            "白沙街道（2个，已销号1个）",
            "3.报警器失效。已销号。",
            "4.管网老化。正在整改。",
        ]);
        assert_eq!(headings(&p), [(1, 1), (4, 2)]);
        // The note's words do not make a line of state a heading.
        let p = paras(&[
            "党建工作",
            "1.制度执行不严格。已完成。",
            "行业监管",
            "2.查处力度不够。已完成。",
            "已完成（1个）",
            "3.程序不规范。正在推进。",
        ]);
        assert_eq!(headings(&p), [(0, 1), (2, 2)]);
    }

    #[test]
    fn one_list_is_not_enough() {
        let p = paras(&[
            "关于整改情况的通报",
            "主要问题",
            "1.制度不全。",
            "2.台账不清。",
        ]);
        assert!(headings(&p).is_empty());
    }
}
