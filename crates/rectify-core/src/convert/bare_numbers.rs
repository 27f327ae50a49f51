//! Numbers printed alone on their lines over the items' titles, as a phone
//! article sets them (`01` › `党委理论学习…不到位。` › `✅ 已完成` › …):
//! `01` to `09`, a zero first, are labels by their look
//! (`text::label`); a number alone past them (`10`, `11`) is one only as
//! the next of such a list: the number alone before it, among the
//! paragraphs since, is one less. A number alone elsewhere (a page's
//! number, a table's cell) stays what it was.

use super::tree::Para;
use crate::text::label::{recognise, LabelStyle};

/// The number a paragraph holds alone, at most two digits, if it does.
fn bare_number(text: &str) -> Option<u32> {
    let t = crate::text::trim(text);
    let digits = t.chars().count();
    ((1..=2).contains(&digits) && t.chars().all(|c| c.is_ascii_digit()))
        .then(|| t.parse().ok())
        .flatten()
}

/// The paragraphs (indices, ascending) that continue a list of numbers
/// printed alone, with the number and the label's length in characters.
pub(crate) fn labels(paras: &[Para]) -> Vec<(usize, u32, usize)> {
    let mut out = Vec::new();
    // The last number alone read as a label, zero first or continuing.
    let mut last: Option<u32> = None;
    for (i, p) in paras.iter().enumerate() {
        let Some(number) = bare_number(&p.text) else {
            continue;
        };
        let by_look = recognise(&p.text).is_some_and(|l| l.style == LabelStyle::Arabic);
        if by_look {
            last = Some(number);
        } else if last.and_then(|n| n.checked_add(1)) == Some(number) {
            out.push((i, number, crate::text::trim(&p.text).chars().count()));
            last = Some(number);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::tree::paras;

    #[test]
    fn a_number_alone_continues_a_list_of_zero_padded_numbers() {
        let p = paras(&[
            "09",
            "甲问题。",
            "已完成",
            "10",
            "乙问题。",
            "11",
            "丙问题。",
        ]);
        assert_eq!(labels(&p), [(3, 10, 2), (5, 11, 2)]);
    }

    #[test]
    fn a_number_alone_elsewhere_is_no_label() {
        let p = paras(&["一、情况", "12", "甲。", "13", "乙。"]);
        assert!(labels(&p).is_empty());
        // Not one that skips a number.
        let p = paras(&["09", "甲。", "11", "乙。"]);
        assert!(labels(&p).is_empty());
    }
}
