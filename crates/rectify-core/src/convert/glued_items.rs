//! Items printed one after another in a paragraph that opens with the
//! first one's label (`（1）…；（2）…；（3）…`): an editor typed the list in one
//! paragraph, or a PDF's wrapped lines were rejoined where a label fell in
//! the middle of a line (`…辣味不足；（2）干部队伍…`). Such a paragraph is
//! cut before each label that goes on with its own numbering, so that each
//! item is a paragraph of its own, as if printed apart. A heading glued to
//! its first item by a space (`（一）…方面 1.…`) is set apart from it too.
//!
//! A label is taken only at a clause start after `；` or `。` (not after a
//! comma or a colon, where a list of the item's own begins), in the
//! paragraph label's style, numbered one more than the item before it. A
//! list inside the item (`整改措施：（1）…；（2）…` under `（1）`) starts again
//! at 1 and is left alone. The text is cut, never copied twice.

use super::tree::{cut_at, Para};
use crate::text::label::{style_at, LabelStyle};

/// Styles of lists whose items are printed glued: numbered items below the
/// headings (`（一）` and above are headings, rarely run on), and problems
/// labelled `问题6：…。问题7：…。`.
fn glues(style: LabelStyle) -> bool {
    matches!(
        style,
        LabelStyle::ParenArabic | LabelStyle::Circled | LabelStyle::Arabic | LabelStyle::Wenti
    )
}

/// A list's style and its last item's number so far.
type Open = (LabelStyle, u32);

/// Where the items after the first begin in a paragraph (bytes), in order,
/// and the list it holds.
fn later_items(text: &str) -> (Vec<usize>, Option<Open>) {
    let Some((style, first)) = style_at(text) else {
        return (Vec::new(), None);
    };
    let starts = match style {
        _ if glues(style) => items_after(text, style, first),
        // `一是…（已整改）；二是…（正在整改，计划…）。`: findings each closed
        // by its state, as a list of problems prints them, not measures.
        LabelStyle::Shi => Some(items_after(text, style, first))
            .filter(|starts| !starts.is_empty() && each_closes_on_state(text, starts))
            .unwrap_or_default(),
        _ => return (Vec::new(), None),
    };
    let last = first.saturating_add(starts.len() as u32);
    (starts, Some((style, last)))
}

/// Every item of `text` (cut at `starts`) ends with its state in brackets
/// (`…涉及资金312.6万元（已整改）；`, `（正在整改，计划…前完成）`).
fn each_closes_on_state(text: &str, starts: &[usize]) -> bool {
    let bounds: Vec<usize> = std::iter::once(0)
        .chain(starts.iter().copied())
        .chain(std::iter::once(text.len()))
        .collect();
    bounds.windows(2).all(|w| {
        let piece = text[w[0]..w[1]]
            .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '；' | ';' | '。' | '.'));
        let Some(inner) = piece.strip_suffix(['）', ')']) else {
            return false;
        };
        let Some((_, tag)) = inner.rsplit_once(['（', '(']) else {
            return false;
        };
        let first = tag.split(['，', ',', '；']).next().unwrap_or("");
        crate::ledger::status_word(first).is_some()
    })
}

/// Where the items of `style` numbered on from `last` begin in `text`
/// (bytes), in order.
fn items_after(text: &str, style: LabelStyle, last: u32) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut next = last.saturating_add(1);
    // After `；`/`。` (an item may start) or `：` (a list of the item's own).
    let mut after: Option<char> = None;
    for (b, c) in text.char_indices() {
        if let Some(end) = after.filter(|_| !c.is_whitespace()) {
            after = None;
            match style_at(&text[b..]) {
                Some((s, k)) if s == style && k == next && end != '：' => {
                    starts.push(b);
                    next = next.saturating_add(1);
                }
                // A list of the item's own, in the same style: what
                // follows is its, not the next item's.
                Some((s, k)) if s == style && k < next => break,
                _ => {}
            }
        }
        if matches!(c, '；' | ';' | '。' | '：' | ':') {
            after = Some(if c == ':' { '：' } else { c });
        }
    }
    starts
}

/// The longest heading read as glued to its first item (characters).
const MAX_GLUED_HEADING_CHARS: usize = 40;

/// A heading and its first item on one line, a space between
/// (`（一）贯彻落实…方面 1.意识形态工作责任制落实不到位。…`): where the
/// item starts (bytes), when the heading is short, ends no sentence, and
/// the item is numbered 1 in another numbering.
fn first_item_after_heading(text: &str) -> Option<usize> {
    let (style, _) = style_at(text)
        .filter(|(s, _)| matches!(s, LabelStyle::ChineseDun | LabelStyle::ParenChinese))?;
    let gap = text.find([' ', '\u{3000}'])?;
    let heading = &text[..gap];
    let rest = text[gap..].trim_start();
    let at = text.len() - rest.len();
    let item = style_at(rest).filter(|&(s, k)| s != style && k == 1)?;
    let glued = heading.chars().count() <= MAX_GLUED_HEADING_CHARS
        && !heading.contains(['。', '；', ';'])
        && !matches!(item.0, LabelStyle::ChineseDun | LabelStyle::Part);
    glued.then_some(at)
}

/// Where a heading numbered on from the last (`（四）` after `（三）`)
/// ends an unlabelled paragraph after a sentence (`整改情况：已完成整改。
/// （四）关于…方面`): a line break lost before it (bytes).
fn heading_at_end(text: &str, (style, last): Open) -> Option<usize> {
    // After the last sentence: the heading ends no sentence itself.
    let b = text.rfind('。')?;
    let rest = text[b + '。'.len_utf8()..].trim_start();
    (style_at(rest) == Some((style, last.saturating_add(1)))).then(|| text.len() - rest.len())
}

/// Headings whose next may be glued to the end of a paragraph.
fn heads(style: LabelStyle) -> bool {
    matches!(style, LabelStyle::ParenChinese | LabelStyle::ChineseDun)
}

/// Every paragraph, with those that hold the items after their own cut
/// into one paragraph per item (on the same line), and a heading glued to
/// its first item set apart from it.
///
/// A list goes on in the pieces cut from its line before (`（1）…。` then
/// `整改情况：已完成。（2）…`, cut so by [`super::inline_keys`]), and in an
/// unlabelled paragraph after its last item (`2.…` after a sentence of
/// `整改情况：已完成整改。2.…` under `1.…`: a line break lost before it),
/// as does a heading numbered on from the last (`…已完成整改。（四）…方面`).
pub(crate) fn split(paras: Vec<Para>) -> Vec<Para> {
    let mut out = Vec::with_capacity(paras.len());
    // The list open on a line, by the line.
    let mut open: Option<(u32, Open)> = None;
    // The last item and the last heading printed with their labels.
    let (mut last_item, mut last_heading): (Option<Open>, Option<Open>) = (None, None);
    for p in paras {
        let label = style_at(&p.text);
        let on_line = open.filter(|(line, _)| *line == p.line && label.is_none());
        let after_last = last_item.filter(|_| label.is_none());
        let (mut starts, list) = match (first_item_after_heading(&p.text), on_line, after_last) {
            (Some(at), _, _) => (vec![at], None),
            (None, Some((_, (style, last))), _) | (None, None, Some((style, last))) => {
                let starts = items_after(&p.text, style, last);
                let last = last.saturating_add(starts.len() as u32);
                (starts, Some((style, last)))
            }
            (None, None, None) => later_items(&p.text),
        };
        if label.is_none() && starts.is_empty() {
            starts.extend(last_heading.and_then(|h| heading_at_end(&p.text, h)));
        }
        open = list.map(|l| (p.line, l));
        match label {
            Some(l) if glues(l.0) => last_item = Some(list.unwrap_or(l)),
            Some(l) if heads(l.0) => (last_heading, last_item) = (Some(l), None),
            _ => {}
        }
        if let Some(l) = list.filter(|_| label.is_none()) {
            last_item = Some(l);
        }
        if starts.is_empty() {
            out.push(p);
        } else {
            let from = out.len();
            cut_at(&p, &starts, &mut out);
            // A heading cut from the end is the last heading now.
            if let Some(h) = out
                .last()
                .and_then(|q| style_at(&q.text))
                .filter(|h| heads(h.0))
            {
                (last_heading, last_item) = (Some(h), None);
            }
            debug_assert!(out.len() > from);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::tree::paras;

    fn texts(lines: &[&str]) -> Vec<String> {
        split(paras(lines)).into_iter().map(|p| p.text).collect()
    }

    #[test]
    fn items_run_on_after_the_first_are_set_apart() {
        assert_eq!(
            texts(&["（1）监督不够有力；（2）接待不规范。（3）档案未开放。"]),
            [
                "（1）监督不够有力；",
                "（2）接待不规范。",
                "（3）档案未开放。"
            ]
        );
        assert_eq!(
            texts(&["①台账不全；②制度缺失。"]),
            ["①台账不全；", "②制度缺失。"]
        );
        // Numbered on from the paragraph's own label, not from 1.
        assert_eq!(
            texts(&["（2）监督不够有力；（3）接待不规范。"]),
            ["（2）监督不够有力；", "（3）接待不规范。"]
        );
    }

    #[test]
    fn findings_each_closed_by_its_state_are_set_apart() {
        assert_eq!(
            texts(&[
                "一是收支未统一核算（已整改）；二是项目未决算（正在整改，计划2026年3月底前完成）。"
            ]),
            [
                "一是收支未统一核算（已整改）；",
                "二是项目未决算（正在整改，计划2026年3月底前完成）。"
            ]
        );
        // Measures listed so stay in one paragraph.
        assert_eq!(
            texts(&["一是修订制度；二是开展检查（已完成）。"]),
            ["一是修订制度；二是开展检查（已完成）。"]
        );
    }

    #[test]
    fn a_heading_glued_to_its_first_item_is_set_apart() {
        assert_eq!(
            texts(&["（一）贯彻落实方面 1.责任制落实不到位。整改进展：已完成。"]),
            [
                "（一）贯彻落实方面",
                "1.责任制落实不到位。整改进展：已完成。"
            ]
        );
        for t in [
            // A sentence before the space: a heading with its own text.
            "（一）责任制落实不到位。整改措施 1.修订细则。",
            // Not numbered 1.
            "一、贯彻落实方面 2.责任制落实不到位。",
            // A space inside a heading's words, no label after it.
            "一、贯彻落实 党的路线方针政策方面",
        ] {
            assert_eq!(texts(&[t]), [t], "{t}");
        }
    }

    #[test]
    fn lists_of_the_items_own_are_left_whole() {
        for t in [
            // The item's own measures start again at 1.
            "（1）监督不够有力。整改措施：（1）修订清单；（2）开展检查。",
            // After a comma or a colon: not a new item.
            "（1）资金闲置，（2）项目滞后。",
            "1.问题如下：2.项目滞后。",
            // A figure, not a label.
            "1.结余资金；2.5万元未清理。",
            // Headings do not run on.
            "（一）监督不够有力；（二）接待不规范。",
            // No label of its own.
            "巡察指出：（1）资金闲置；（2）项目滞后。",
        ] {
            assert_eq!(texts(&[t]), [t], "{t}");
        }
    }
}
