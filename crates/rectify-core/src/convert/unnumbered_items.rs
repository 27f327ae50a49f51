//! A problem printed without its number among numbered ones (`1.…` `2、…`
//! then `河口、龙湾派出所执法办案区使用管理不规范，存在…问题。两所已…`,
//! then the next heading): each item of the list is one paragraph that
//! opens with a finding and goes on with the work on it, and so does the
//! unnumbered paragraph after the last, with a heading (or the end) right
//! after it. It is one more item of the list, not more text of the item
//! before: that item's report is already complete in its own paragraph.
//!
//! So is a case labelled in words in brackets alone on its line
//! (`【上轮巡察整改未到位问题】`) after cases labelled by number so
//! (`【问题1】` … `【问题9】`), each over field lines, when its first field
//! line has a key the case before it used (`问题描述：…`): its label is the
//! whole line.

use super::lead_keys;
use super::plain_problems::{answers_a_finding, is_problem_paragraph};
use super::tree::Para;
use crate::text::label::{recognise, LabelStyle};

/// At least this many numbered one-paragraph problems right before it.
const MIN_NUMBERED: usize = 2;

/// The unnumbered items (index, the list's style, the number after the
/// item before, the label's length in characters), ascending.
pub(crate) fn labels(paras: &[Para]) -> Vec<(usize, LabelStyle, u32, usize)> {
    (1..paras.len())
        .filter_map(|i| {
            let item = || {
                let next = paras.get(i + 1);
                let ends = next.is_none_or(|n| recognise(&n.text).is_some());
                let (style, number) = after_numbered_problems(paras, i)?;
                (ends && is_unnumbered_problem(&paras[i].text)).then_some((i, style, number, 0))
            };
            bracketed_case(paras, i).or_else(item)
        })
        .collect()
}

/// The longest label in words in brackets (characters, brackets included).
const MAX_BRACKETED_CHARS: usize = 24;
/// The most field lines of one case looked at for its keys.
const MAX_FIELDS: usize = 12;

/// `【上轮巡察整改未到位问题】` alone on its line after cases labelled
/// alone by number in the same brackets, its first field line keyed as
/// one of the case's before it: the next case.
fn bracketed_case(paras: &[Para], i: usize) -> Option<(usize, LabelStyle, u32, usize)> {
    let t = crate::text::trim(&paras[i].text);
    let len = t.chars().count();
    let bracketed = t.starts_with('【') && t.ends_with('】') && len <= MAX_BRACKETED_CHARS;
    if !bracketed || recognise(t).is_some() || t[3..t.len() - 3].contains(['【', '】']) {
        return None;
    }
    let key = |k: usize| {
        let p = paras.get(k)?;
        lead_keys::opening_key(&p.text, MAX_FIELD_KEY_CHARS).map(|k| k.0)
    };
    let first_key = key(i + 1)?;
    // The cases before it: labels alone, the lines between them fields.
    let mut labels = (0..i).rev().take(MAX_FIELDS * 3).filter_map(|k| {
        let l = recognise(&paras[k].text)?;
        let alone = l.rest.trim().is_empty() && paras[k].text.trim_start().starts_with('【');
        Some((k, l, alone))
    });
    let (last_at, last, alone) = labels.next()?;
    let (_, before, before_alone) = labels.next()?;
    let fields_between = (last_at + 1..i).all(|k| key(k).is_some());
    let same_keys = (last_at + 1..i)
        .take(MAX_FIELDS)
        .any(|k| key(k).as_ref() == Some(&first_key));
    let run =
        alone && before_alone && before.style == last.style && last.style == LabelStyle::Wenti;
    (run && fields_between && same_keys)
        .then(|| (i, last.style, last.number.saturating_add(1), len))
}

/// The longest key of a field line (`问题描述：`; characters).
const MAX_FIELD_KEY_CHARS: usize = 8;

fn is_unnumbered_problem(text: &str) -> bool {
    recognise(text).is_none() && !answers_a_finding(text) && is_problem_paragraph(text)
}

/// The style and next number of the list of one-paragraph problems that
/// ends right before paragraph `i`, if it has enough items.
fn after_numbered_problems(paras: &[Para], i: usize) -> Option<(LabelStyle, u32)> {
    let last = recognise(&paras[i - 1].text)?;
    let item_style = matches!(
        last.style,
        LabelStyle::Arabic
            | LabelStyle::ParenArabic
            | LabelStyle::ParenChinese
            | LabelStyle::Circled
    );
    if !item_style {
        return None;
    }
    let run = paras[..i]
        .iter()
        .rev()
        .map_while(|p| recognise(&p.text).filter(|l| l.style == last.style))
        .take_while(|l| is_problem_paragraph(&l.rest))
        .count();
    (run >= MIN_NUMBERED).then(|| (last.style, last.number.saturating_add(1)))
}

#[cfg(test)]
mod tests {
    use super::super::tree::paras;
    use super::*;

    #[test]
    fn an_unnumbered_problem_after_numbered_ones_is_the_next_item() {
        let p = paras(&[
            "二、执法监督管理方面",
            "1.涉案财物管理不规范。部分派出所未及时移交。目前已全部移交，该问题已整改完成。",
            "2.案件审核把关不严。部分派出所法制员配备不到位。目前已配齐法制员，该问题已整改完成。",
            "河口派出所执法办案区使用管理不规范，存在登记不全等问题。该所已完善登记制度，该问题已整改完成。",
            "三、窗口服务方面",
        ]);
        assert_eq!(labels(&p), [(3, LabelStyle::Arabic, 3, 0)]);
    }

    #[test]
    fn more_text_of_an_item_or_a_lone_item_is_not_one() {
        // Followed by more text: the item's own work.
        let more = paras(&[
            "1.涉案财物管理不规范。部分派出所未及时移交。目前已全部移交，该问题已整改完成。",
            "2.案件审核把关不严。部分派出所法制员配备不到位。目前已配齐法制员。",
            "部分派出所法制员培训不足，存在审核流于形式问题。已组织培训2次，该问题已整改完成。",
            "下一步，县局将持续巩固整改成果。",
        ]);
        assert!(labels(&more).is_empty());
        // After one numbered item only.
        let one = paras(&[
            "一、执法监督管理方面",
            "1.涉案财物管理不规范。部分派出所未及时移交。目前已全部移交，该问题已整改完成。",
            "河口派出所执法办案区使用管理不规范，存在登记不全等问题。该所已完善登记制度，该问题已整改完成。",
            "二、窗口服务方面",
        ]);
        assert!(labels(&one).is_empty());
        // Answering a finding by name: a report.
        let answer = paras(&[
            "1.涉案财物管理不规范。部分派出所未及时移交。目前已全部移交，该问题已整改完成。",
            "2.案件审核把关不严。部分派出所法制员配备不到位。目前已配齐法制员，该问题已整改完成。",
            "针对审核流于形式的问题，县局已组织培训2次，该问题已整改完成。",
            "二、窗口服务方面",
        ]);
        assert!(labels(&answer).is_empty());
    }
}
