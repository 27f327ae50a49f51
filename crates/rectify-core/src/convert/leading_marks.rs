//! Marks of state printed before an item's number (`✔ 1.…`, `▲ 2.…`),
//! with their key once (`（注：✔表示已完成整改，▲表示正在整改）`): the mark
//! is moved to the end of its paragraph (`1.…要求。✔`), where
//! `status_marks` reads an item's mark, so that the number is the item's
//! label again. Nothing is dropped: the mark is still in the text.

use super::status_marks::Mark;
use super::tree::Para;
use crate::text::label::recognise;

/// `paras` with each paragraph that opens with a mark of `key` before a
/// numbered label rewritten with the mark at its end.
pub(crate) fn moved(mut paras: Vec<Para>, key: &[Mark]) -> Vec<Para> {
    if key.is_empty() {
        return paras;
    }
    for p in &mut paras {
        if let Some(text) = mark_moved(&p.text, key) {
            p.text = text;
        }
    }
    paras
}

/// `✔ 1.…` as `1.…✔`, when the mark is the key's and a label follows.
fn mark_moved(text: &str, key: &[Mark]) -> Option<String> {
    let first = text.chars().next()?;
    key.iter().find(|m| m.mark == first)?;
    let rest = crate::text::trim(&text[first.len_utf8()..]);
    recognise(rest)?;
    Some(format!("{rest}{first}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(text: &str) -> Para {
        Para::new(1, text.to_string())
    }

    #[test]
    fn a_mark_before_a_number_moves_to_the_end() {
        let key = super::super::status_marks::key(["（注：✔表示已完成整改，▲表示正在整改）"]);
        let out = moved(
            vec![
                para("✔ 1.食堂检查覆盖不全。"),
                para("▲2.备案登记率偏低。"),
                para("✔ 已完成。"),
                para("★ 3.不在图例中。"),
            ],
            &key,
        );
        let texts: Vec<&str> = out.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "1.食堂检查覆盖不全。✔",
                "2.备案登记率偏低。▲",
                "✔ 已完成。",
                "★ 3.不在图例中。"
            ]
        );
    }
}
