//! Text copied from a PDF or a printed page keeps the page's line breaks:
//! a paragraph runs over several lines of about the same width, and page
//! numbers (`— 2 —`, `第2页`) sit between them. This finds which lines
//! continue the paragraph of the content line above them, from the shape
//! of the document rather than its words:
//!
//! - where paragraphs open indented (`　　2025年10月，…`) and some lines do
//!   not, a line without indentation continues the one above it;
//! - elsewhere, a line continues the one above when that one runs to the
//!   document's line width without ending its sentence.
//!
//! A line that opens with a label (`（二）`, `2.`) or a key (`整改情况：`)
//! never continues another, nor does a line after an empty one; a line
//! that ends a sentence before the line width ends its paragraph. A text
//! written one paragraph per line (the usual web page) has no such lines,
//! and nothing is joined.

use super::lines::{Line, LineRole};
use crate::text::label::recognise;
use crate::text::norm_chars;

/// At least this many lines must read as continuations for the document to
/// be taken as wrapped: one odd line is not a page layout.
const MIN_CONTINUATIONS: usize = 2;
/// A line ends at the line width when it is at most this much narrower
/// than the widest lines (in half-width columns: two CJK characters).
const WIDTH_SLACK: usize = 4;
/// The line width is read from lines at least this wide (columns).
const MIN_WRAP_WIDTH: usize = 24;
/// Of the lines this wide, the line width is the one this many from the
/// widest, so that one or two long unwrapped lines do not set it.
const WIDTH_RANK: usize = 2;
/// A key that opens a paragraph (`整改情况：`) is at most this long.
const MAX_KEY_CHARS: usize = 8;

/// A page number printed between the lines of the text: `— 2 —`, `- 12 -`,
/// `－3－`, `第2页`, `第 2 页 共 5 页`.
pub(crate) fn is_page_number(text: &str) -> bool {
    let n: String = norm_chars(text)
        .into_iter()
        .filter(|c| !c.is_whitespace() && *c != '\u{3000}')
        .collect();
    let dashed = n.trim_matches(['-', '—', '–', '－', '─']);
    let dashes = n.len() > dashed.len();
    let digits = |s: &str| !s.is_empty() && s.len() <= 4 && s.chars().all(|c| c.is_ascii_digit());
    if dashes && digits(dashed) {
        return true;
    }
    let Some(rest) = n.strip_prefix('第') else {
        return false;
    };
    let Some((page, tail)) = rest.split_once('页') else {
        return false;
    };
    let total = tail
        .trim_start_matches(['/', ','])
        .strip_prefix('共')
        .and_then(|t| t.strip_suffix('页'));
    digits(page) && (tail.is_empty() || total.is_some_and(digits))
}

/// The width of a line as printed, in half-width columns (CJK and
/// full-width characters take two), indentation included.
fn width(raw: &str) -> usize {
    raw.trim_end()
        .chars()
        .map(|c| if c.is_ascii() { 1 } else { 2 })
        .sum()
}

fn indented(raw: &str) -> bool {
    raw.starts_with(['\u{3000}', '\t']) || raw.starts_with("  ")
}

fn ends_sentence(text: &str) -> bool {
    let t = text.trim_end_matches(['”', '’', '"', '」', '』', '）', ')']);
    t.ends_with(['。', '！', '？', '；', '：', '!', '?', ';', ':'])
}

/// A line that opens a paragraph by its first words: a label or a short
/// key ending in a colon (`整改情况：`).
fn opens_paragraph(text: &str) -> bool {
    if recognise(text).is_some() {
        return true;
    }
    let head: Vec<char> = norm_chars(text)
        .into_iter()
        .take(MAX_KEY_CHARS + 1)
        .collect();
    head.iter()
        .position(|&c| c == ':')
        .is_some_and(|i| i >= 2 && head[..i].iter().all(|c| !c.is_ascii_digit()))
}

/// The line width: among content lines at least `MIN_WRAP_WIDTH` wide, the
/// width `WIDTH_RANK` from the widest.
fn line_width(lines: &[Line<'_>], roles: &[LineRole]) -> usize {
    let mut widths: Vec<usize> = lines
        .iter()
        .zip(roles)
        .filter(|(_, r)| **r == LineRole::Content)
        .map(|(l, _)| width(l.raw))
        .filter(|&w| w >= MIN_WRAP_WIDTH)
        .collect();
    widths.sort_unstable_by(|a, b| b.cmp(a));
    widths
        .get(WIDTH_RANK)
        .or(widths.last())
        .copied()
        .unwrap_or(usize::MAX)
}

/// For every line, whether it continues the paragraph of the content line
/// above it (page numbers between them skipped). All false for a text
/// that does not read as wrapped.
pub(crate) fn continuations(lines: &[Line<'_>], roles: &[LineRole]) -> Vec<bool> {
    let content = |i: usize| roles[i] == LineRole::Content;
    let opening = lines
        .iter()
        .zip(roles)
        .filter(|(l, r)| **r == LineRole::Content && indented(l.raw))
        .count();
    let uses_indent = opening >= MIN_CONTINUATIONS;
    let full = line_width(lines, roles).saturating_sub(WIDTH_SLACK);
    let mut out = vec![false; lines.len()];
    let mut above: Option<usize> = None;
    for i in 0..lines.len() {
        if roles[i] == LineRole::PageNumber {
            continue;
        }
        if let Some(a) = above.filter(|_| content(i)) {
            let (a_raw, b) = (lines[a].raw, &lines[i]);
            let runs_on = !ends_sentence(&lines[a].text);
            let at_width = width(a_raw) >= full;
            out[i] = !opens_paragraph(&b.text)
                && if uses_indent {
                    !indented(b.raw) && (runs_on || at_width) && !heading_alone(&lines[a], at_width)
                } else {
                    runs_on && at_width
                };
        }
        above = content(i).then_some(i);
    }
    if out.iter().filter(|&&c| c).count() < MIN_CONTINUATIONS {
        out.fill(false);
    }
    out
}

/// A heading on a line of its own (`（一）关于…的问题`) is not continued by
/// an unindented line below it unless it runs to the line width.
fn heading_alone(line: &Line<'_>, at_width: bool) -> bool {
    recognise(&line.text).is_some() && !at_width
}

#[cfg(test)]
mod tests {
    use super::super::lines::{classify, split_lines};
    use super::*;

    fn joined(text: &str) -> Vec<bool> {
        let l = split_lines(text);
        continuations(&l, &classify(&l))
    }

    #[test]
    fn page_numbers() {
        for t in [
            "— 2 —",
            "- 12 -",
            "－3－",
            "第2页",
            "第 2 页 共 5 页",
            "第2页/共5页",
        ] {
            assert!(is_page_number(t), "{t}");
        }
        for t in ["2", "— —", "第二页", "2025年", "第2页内容", "-2025-12-01"] {
            assert!(!is_page_number(t), "{t}");
        }
    }

    #[test]
    fn indented_paragraphs_take_their_unindented_lines() {
        let text = "关于巡察整改情况的报告\n\
            \u{3000}\u{3000}2025年10月，县委第四巡察组对白沙镇党委开展了常规巡察，\n\
            并于2025年12月3日反馈了巡察意见。镇党委高度重视，逐条\n\
            对照反馈问题制定整改方案。\n\
            \u{3000}\u{3000}（一）关于村级财务管理不规范的问题\n\
            \u{3000}\u{3000}整改情况：对全镇14个村2023年以来的财务凭证进行全面\n\
            清查，规范报账程序。目前已完成整改。\n";
        assert_eq!(joined(text), [false, false, true, true, false, false, true]);
    }

    #[test]
    fn lines_at_the_width_without_a_sentence_end_run_on() {
        let text = "关于巡察整改情况的报告\n\
            一、整改情况\n\
            对全镇十四个村二〇二三年以来的财务凭证进行全面清查规范报\n\
            账程序，追回违规支出。已完成整改。\n\
            已委托第三方机构开展清产核资，完成七个村，其余正在推进\n\
            计划于六月底前全部完成。\n\
            短句没有句号\n\
            下一行。\n";
        assert_eq!(
            joined(text),
            [false, false, false, true, false, true, false, false]
        );
    }

    #[test]
    fn one_paragraph_per_line_is_left_alone() {
        let text = "关于巡察整改情况的通报\n\
            一、巡察反馈问题整改情况\n\
            （一）关于财务管理不规范的问题\n\
            整改情况：已完成整改。\n\
            （二）关于档案管理不规范的问题\n\
            整改情况：正在整改。\n";
        assert!(joined(text).iter().all(|&c| !c));
    }
}
