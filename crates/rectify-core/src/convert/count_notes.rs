//! A group's count printed on a line of its own under the group's heading
//! (`【澜西区】` then `（共4个问题，已整改2个）`): joined to the heading as the
//! note after its words it would be on one line (`城东街道（5个，已全部
//! 销号）`), which `plain_headings` reads past. Alone, the note would part
//! the heading from the item 1 below it, and the heading would not be one.

use super::inline_items::Piece;
use super::tree::Para;

/// The longest count note joined (characters, brackets included).
const MAX_NOTE_CHARS: usize = 40;

/// `paras` with each count note joined to the heading line right above it.
pub(crate) fn join(paras: Vec<Para>) -> Vec<Para> {
    let mut out: Vec<Para> = Vec::with_capacity(paras.len());
    for p in paras {
        match out.last_mut() {
            Some(h) if is_count_note(&p) && heads_without_note(h) => {
                h.text.push_str(crate::text::trim(&p.text));
            }
            _ => out.push(p),
        }
    }
    out
}

/// A whole line in brackets that states a count of problems
/// (`（共4个问题，已整改2个）`, `(3个，均已整改)`).
fn is_count_note(p: &Para) -> bool {
    let t = crate::text::trim(&p.text);
    let inner = t
        .strip_prefix(['（', '('])
        .and_then(|s| s.strip_suffix(['）', ')']));
    let counts = |s: &str| {
        !s.contains(['（', '(', '）', ')'])
            && crate::text::totals::find(&[(p.line, s)]).is_some_and(|t| t.total.is_some())
    };
    p.piece == Piece::Whole && t.chars().count() <= MAX_NOTE_CHARS && inner.is_some_and(counts)
}

/// A line that could head a group and carries no note yet.
fn heads_without_note(p: &Para) -> bool {
    super::plain_headings::heads_group(p) && super::shape::without_trailing_note(&p.text) == p.text
}

#[cfg(test)]
mod tests {
    use super::super::tree::paras;
    use super::*;

    fn texts(lines: &[&str]) -> Vec<String> {
        join(paras(lines)).into_iter().map(|p| p.text).collect()
    }

    #[test]
    fn a_count_under_a_heading_joins_it() {
        assert_eq!(
            texts(&["【澜西区】", "（共4个问题，已整改2个）", "1.燃气立管锈蚀。"]),
            ["【澜西区】（共4个问题，已整改2个）", "1.燃气立管锈蚀。"]
        );
    }

    #[test]
    fn only_a_count_under_a_heading_joins() {
        // A sentence above, a bracketed line that counts nothing, a
        // heading that has its note.
        for lines in [
            ["经督查，发现问题如下。", "（共4个问题，已整改2个）"],
            ["【澜西区】", "（此项由区政府牵头）"],
            ["城东街道（5个）", "（共4个问题，已整改2个）"],
        ] {
            assert_eq!(texts(&lines), lines);
        }
    }
}
