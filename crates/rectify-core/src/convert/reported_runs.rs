//! Problems whose numbers were lost (a Word document's automatic numbering
//! does not copy): nothing is labelled, but each problem is a run of lines
//! that ends with its keyed report (`理论学习中心组学习不够深入…。` ›
//! `制定…学习计划。` › `开展专题研讨4次…` › `整改情况：已完成整改。`).
//! The shape says which line is the problem: after a report (or the short
//! lines of a heading before the first), the first line that is a sentence
//! opens the next problem; the lines after it up to its report are its
//! measures, and short lines with no sentence between a report and the
//! next problem are headings (`…方面的问题`, `plain_headings`).
//!
//! It takes three such runs at least, none with a label, and most of their
//! opening lines stating a finding (`不够深入`, `推进缓慢`, `存在漏洞`).

use super::tree::{is_closing, is_problem_note, is_rectification_report, Para};
use crate::text::label::recognise;
use crate::text::norm_chars;

/// At least this many runs make problems.
const MIN_RUNS: usize = 3;
/// A heading line is at most this long (characters).
const MAX_HEADING_CHARS: usize = 30;
/// The first run reaches back at most this many lines from its report to
/// the heading above it.
const MAX_RUN_LINES: usize = 12;

/// The paragraphs that open a problem (index, number from 1 under each
/// heading, label length 0), ascending; empty unless the text has this
/// shape.
pub(crate) fn labels(paras: &[Para]) -> Vec<(usize, u32, usize)> {
    let reports: Vec<usize> = (0..paras.len())
        .filter(|&i| is_rectification_report(&paras[i].text))
        .collect();
    if reports.len() < MIN_RUNS {
        return Vec::new();
    }
    let mut openings = Vec::with_capacity(reports.len());
    // Numbered from 1 under each heading, as a list under a heading is.
    let mut numbers = Vec::with_capacity(reports.len());
    let mut from = first_run_start(paras, reports[0]);
    // Nothing labelled from the first heading to the last report: a label
    // there (`（一）…` over `审计指出：…`) is the notice's own structure.
    let span = from.map_or(0, |s| s - 1)..=reports[reports.len() - 1];
    if paras[span].iter().any(|p| recognise(&p.text).is_some()) {
        return Vec::new();
    }
    for &r in &reports {
        let Some(start) = from else {
            return Vec::new();
        };
        let Some(opening) = (start..r).find(|&i| !could_head(&paras[i].text)) else {
            return Vec::new();
        };
        let headed = opening > start || openings.is_empty();
        numbers.push(if headed {
            1
        } else {
            numbers.last().map_or(1, |n| n + 1)
        });
        if paras[opening..r].iter().any(|p| is_closing(&p.text)) {
            return Vec::new();
        }
        if is_problem_note(&paras[opening].text) {
            return Vec::new();
        }
        openings.push(opening);
        from = Some(r + 1);
    }
    let findings = openings
        .iter()
        .filter(|&&i| super::shape::states_finding(first_sentence(&paras[i].text)))
        .count();
    if findings * 2 <= openings.len() {
        return Vec::new();
    }
    openings
        .into_iter()
        .zip(numbers)
        .map(|(i, n)| (i, n, 0))
        .collect()
}

/// Where the first run starts: after the nearest short heading line above
/// its report, within [`MAX_RUN_LINES`].
fn first_run_start(paras: &[Para], report: usize) -> Option<usize> {
    let floor = report.saturating_sub(MAX_RUN_LINES);
    let heading = (floor..report)
        .rev()
        .find(|&i| could_head(&paras[i].text))?;
    Some(heading + 1)
}

/// A short line that ends no sentence and holds none: a heading's words.
fn could_head(text: &str) -> bool {
    let n = norm_chars(text.trim());
    !n.is_empty()
        && n.len() <= MAX_HEADING_CHARS
        && !n
            .iter()
            .any(|c| matches!(c, '。' | ';' | ':' | '!' | '?' | ','))
}

/// The text up to its first `。`.
fn first_sentence(text: &str) -> &str {
    text.split_inclusive('。').next().unwrap_or(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::tree::paras;

    #[test]
    fn runs_ending_in_reports_open_with_their_problem() {
        let p = paras(&[
            "巡察反馈问题整改落实情况",
            "贯彻落实决策部署方面的问题",
            "理论学习中心组学习不够深入，学用结合不够紧密。",
            "制定学习计划，确定12个学习专题。",
            "整改情况：已完成整改。",
            "高标准农田建设项目推进缓慢，部分项目未按期完工。",
            "开展项目建设专项督导3轮。",
            "整改情况：正在整改。",
            "全面从严治党方面的问题",
            "惠农补贴资金监管存在漏洞，个别村存在虚报冒领补贴现象。",
            "追回违规领取资金4.37万元。",
            "整改情况：已完成整改。",
        ]);
        assert_eq!(labels(&p), [(2, 1, 0), (5, 2, 0), (9, 1, 0)]);
    }

    #[test]
    fn labelled_runs_are_left_to_their_labels() {
        let p = paras(&[
            "（一）决策部署方面",
            "1.理论学习不够深入。",
            "整改情况：已完成整改。",
            "2.项目推进缓慢。",
            "整改情况：正在整改。",
            "3.补贴监管存在漏洞。",
            "整改情况：已完成整改。",
        ]);
        assert!(labels(&p).is_empty());
    }
}
