//! Problems without numbers, each paragraph opened by a sentence that names
//! the problem (`关于“落实县委决策部署有温差”的问题。局党组对…逐项建立台账…。
//! 目前该问题已完成整改。`), as notices that print the problem's name at the
//! start of its paragraph list them: with two or more such paragraphs in
//! the notice, each is an item of style `Lead` with no label, numbered in
//! order under its heading; the naming sentence is the title, the rest the
//! report.

use super::tree::{is_problem_note, is_rectification_report, Para};
use crate::text::label::{is_about_title, recognise};

/// The longest naming sentence read (characters).
const MAX_NAME_CHARS: usize = 80;

/// At least this many such paragraphs make items.
const MIN_ITEMS: usize = 2;

/// The paragraph opens with a sentence `关于…问题。` (or `：`).
fn opens_with_name(text: &str) -> bool {
    if recognise(text).is_some() || is_rectification_report(text) || is_problem_note(text) {
        return false;
    }
    let t = text.trim_start();
    let end = t.find(['。', '：', ':']).unwrap_or(t.len());
    let first = &t[..end];
    first.chars().count() <= MAX_NAME_CHARS && is_about_title(first) && first.ends_with("问题")
}

/// The paragraphs (indices, ascending) opened by a problem's name, with
/// their number (from 1 again after each numbered heading) and a label
/// length of 0; none unless the notice has two at least (a heading may
/// hold one: `三、…方面` › `关于“…”的问题。…`).
pub(crate) fn labels(paras: &[Para]) -> Vec<(usize, u32, usize)> {
    let mut out = Vec::new();
    let mut number = 0;
    for (i, p) in paras.iter().enumerate() {
        if opens_with_name(&p.text) {
            number += 1;
            out.push((i, number, 0));
        } else if recognise(&p.text).is_some() {
            number = 0;
        }
    }
    if out.len() < MIN_ITEMS {
        out.clear();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tree::paras;
    use super::*;

    #[test]
    fn paragraphs_opened_by_a_problem_name_are_items() {
        let p = paras(&[
            "一、关于党的领导方面",
            "关于“落实决策部署有温差”的问题。建立台账，每月调度。已完成整改。",
            "关于“意识形态工作不到位”的问题。修订清单。已完成整改。",
            "二、关于干部队伍方面",
            "关于“人才流失”的问题。出台激励办法，需长期坚持。",
        ]);
        assert_eq!(labels(&p), [(1, 1, 0), (2, 2, 0), (4, 1, 0)]);
    }

    #[test]
    fn a_paragraph_about_something_else_leads_nothing() {
        let p = paras(&[
            "关于整改工作的部署。局党组召开会议。",
            "关于下一步工作，将持续推进。",
        ]);
        assert!(labels(&p).is_empty());
    }
}
