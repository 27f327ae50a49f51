//! A problem that lists its findings under one bare key and its measures
//! under another, numbered alike (`（一）…不力。` › `具体表现：` › `1.…`
//! `2.…` › `整改措施：` › `1.…` `2.…`): the numbering is reused within
//! one problem, so the first list is the problem's own text, not a level
//! of items. Told by shape, whatever the first key says (`具体表现：`,
//! `主要问题：`, `表现为：`): a short bare key, a list from 1, then a bare
//! measures key over a list in the same numbering from 1.

use super::tree::is_bare_measures_key;
use super::Para;
use crate::text::label::{recognise, LabelStyle};

/// The most characters of a bare key above a list of findings.
const MAX_KEY_CHARS: usize = 10;

/// The paragraphs that are items of a findings list which a measures list
/// numbered alike follows, in order.
pub(super) fn finding_items(paras: &[Para]) -> Vec<usize> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < paras.len() {
        match keyed_findings(paras, i) {
            Some((items, end)) => {
                found.extend(items);
                i = end;
            }
            None => i += 1,
        }
    }
    found
}

/// From a bare findings key at `i`: its items and where the measures key
/// that follows them is.
fn keyed_findings(paras: &[Para], i: usize) -> Option<(Vec<usize>, usize)> {
    if !is_bare_key(&paras[i].text) || is_bare_measures_key(&paras[i].text) {
        return None;
    }
    let style = numbered(paras.get(i + 1)?, 1)?;
    let mut items = Vec::new();
    let mut k = i + 1;
    while let Some(p) = paras.get(k) {
        if numbered(p, items.len() as u32 + 1) == Some(style) {
            items.push(k);
        } else if recognise(&p.text).is_some() || is_bare_key(&p.text) {
            break;
        }
        k += 1;
    }
    let measures = paras.get(k).is_some_and(|p| is_bare_measures_key(&p.text))
        && paras.get(k + 1).and_then(|p| numbered(p, 1)) == Some(style);
    measures.then_some((items, k))
}

/// The numbering of a paragraph labelled `number`, if it is.
fn numbered(p: &Para, number: u32) -> Option<LabelStyle> {
    recognise(&p.text)
        .filter(|l| l.number == number)
        .map(|l| l.style)
}

/// A short paragraph that is only a key and its colon (`具体表现：`).
fn is_bare_key(text: &str) -> bool {
    let t = crate::text::trim(text);
    let Some(key) = t.strip_suffix(['：', ':']) else {
        return false;
    };
    let n = key.chars().count();
    (1..=MAX_KEY_CHARS).contains(&n)
        && recognise(t).is_none()
        && !key.contains(['，', ',', '。', '；', ';'])
}

#[cfg(test)]
mod tests {
    use super::super::tree::paras;
    use super::*;

    #[test]
    fn a_findings_list_before_measures_numbered_alike() {
        let p = paras(&[
            "（一）落实改革任务推进不力。",
            "具体表现：",
            "1.医共体建设进展缓慢。",
            "2.签约服务“签而不约”。",
            "整改措施：",
            "1.制定工作要点。",
            "2.开展专项督导。",
            "整改情况：正在整改。",
        ]);
        assert_eq!(finding_items(&p), vec![2, 3]);
    }

    #[test]
    fn a_list_without_measures_after_it_stays_items() {
        let p = paras(&[
            "审计发现：",
            "1.资金闲置。",
            "2.台账不清。",
            "整改情况：已完成整改。",
        ]);
        assert!(finding_items(&p).is_empty());
    }

    #[test]
    fn measures_in_another_numbering_leave_the_findings_items() {
        let p = paras(&[
            "存在问题：",
            "1.资金闲置。",
            "整改措施：",
            "（1）盘活资金。",
        ]);
        assert!(finding_items(&p).is_empty());
    }
}
