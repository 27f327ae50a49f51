//! Problems without numbers under a heading, each a paragraph that states
//! the finding and is followed by its own keyed report (`（四）企业内部管理
//! 方面` › `审计发现，市建工集团工程分包管理不规范，…。` › `整改情况：…` ›
//! `部分企业财务核算不规范，…。` › `整改情况：…`). What marks them is the
//! pairs: two or more in the text between two headings, each an unkeyed
//! paragraph that opens with a finding right before a report key. Each is
//! an item of style `Lead` with no label, numbered in order within its
//! run; the report then is its own (`tree`).

use super::plain_problems::is_finding;
use super::tree::{is_closing, is_problem_note, is_rectification_report, opens_measures, Para};
use crate::text::label::recognise;

/// At least this many pairs between two headings make items.
const MIN_PAIRS: usize = 2;

/// Openings that say who found it (`审计发现，`, `巡察组指出，`, `审计还
/// 发现，`): the finding follows them.
const FOUND_BY: &[&str] = &["发现", "指出", "反映"];

/// The finding the paragraph opens with: its first sentence, after a
/// clause that says who found it.
fn opening_finding(text: &str) -> &str {
    let first = text.split(['。', '；']).next().unwrap_or("");
    match first.split_once('，') {
        Some((who, rest)) if FOUND_BY.iter().any(|w| who.ends_with(w)) => rest,
        _ => first,
    }
}

/// The paragraph states a finding and is no heading, report, note or
/// closing of its own.
fn states_finding(p: &Para) -> bool {
    let t = crate::text::trim(&p.text);
    recognise(t).is_none()
        && !is_rectification_report(t)
        && !is_problem_note(t)
        && !opens_measures(t)
        && !is_closing(t)
        && !t.ends_with(['：', ':'])
        && is_finding(opening_finding(t))
}

/// The paragraphs (indices, ascending) that are problems, each numbered
/// within its run between headings, with a label length of 0.
pub(crate) fn labels(paras: &[Para]) -> Vec<(usize, u32, usize)> {
    let mut out = Vec::new();
    let mut run: Vec<usize> = Vec::new();
    let mut flush = |run: &mut Vec<usize>| {
        if run.len() >= MIN_PAIRS {
            out.extend(run.iter().zip(1..).map(|(&i, n)| (i, n, 0)));
        }
        run.clear();
    };
    for (i, p) in paras.iter().enumerate() {
        if recognise(&p.text).is_some() {
            flush(&mut run);
            continue;
        }
        let reported = paras
            .get(i + 1)
            .is_some_and(|n| is_rectification_report(&n.text));
        if reported && states_finding(p) {
            run.push(i);
        }
    }
    flush(&mut run);
    out
}

#[cfg(test)]
mod tests {
    use super::super::tree::paras;
    use super::*;

    #[test]
    fn findings_each_before_its_report_between_two_headings() {
        let p = paras(&[
            "（四）企业内部管理方面",
            "审计发现，某集团工程分包管理不规范，存在违法分包问题。",
            "整改情况：已解除违规分包合同2份，已完成整改。",
            "部分企业财务核算不规范，存在往来款长期挂账问题。",
            "整改情况：已核销挂账款项，已完成整改。",
            "（五）风险防控方面",
            "部分企业资产负债率偏高。",
            "整改情况：已制定降负债方案，正在推进。",
        ]);
        assert_eq!(labels(&p), [(1, 1, 0), (3, 2, 0)]);
    }

    #[test]
    fn a_heading_with_one_description_before_its_report_has_none() {
        let p = paras(&[
            "1.专项资金拨付滞后。",
            "经查，部分资金滞留超过6个月。",
            "整改情况：已全部拨付。",
            "2.项目管理不规范。",
            "审计发现，个别项目未履行招标程序。",
            "整改情况：已整改到位。",
        ]);
        assert!(labels(&p).is_empty());
    }
}
