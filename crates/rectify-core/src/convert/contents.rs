//! A table of contents a document's export keeps at its top (`目录` over
//! `关于党的建设方面存在的问题⇥2` `医院管理和医疗服务方面⇥4`): the `目录`
//! line and the entries under it, each a heading's words and then its page
//! number after a tab, a run of spaces or leader dots, are no paragraphs
//! of the notice (skipped, reason `目录`). The headings come again below.

use super::lines::{Line, LineRole};

/// The longest entry's words (characters).
const MAX_ENTRY_CHARS: usize = 60;
/// The most digits of a page number.
const MAX_PAGE_DIGITS: usize = 3;

/// Marks the table of contents, when a `目录` line heads one.
pub(crate) fn mark(lines: &[Line<'_>], roles: &mut [LineRole]) {
    let is_head = |i: usize| {
        roles[i] == LineRole::Content
            && lines[i]
                .text
                .chars()
                .filter(|c| !c.is_whitespace())
                .eq("目录".chars())
    };
    let Some(head) = (0..lines.len()).find(|&i| is_head(i)) else {
        return;
    };
    let entries: Vec<usize> = (head + 1..lines.len())
        .filter(|&i| roles[i] != LineRole::Empty)
        .take_while(|&i| roles[i] == LineRole::Content && is_entry(lines[i].raw))
        .collect();
    if entries.is_empty() {
        return;
    }
    for i in std::iter::once(head).chain(entries) {
        roles[i] = LineRole::Contents;
    }
}

/// An entry: words, then a page number set apart by a tab, two spaces or
/// more, or leader dots (`医院管理方面⇥4`, `一、总体情况……2`).
fn is_entry(raw: &str) -> bool {
    let t = raw.trim_end();
    let words = t.trim_end_matches(|c: char| c.is_ascii_digit());
    let digits = t.len() - words.len();
    let apart = words.ends_with('\t')
        || words.ends_with("  ")
        || words.ends_with(['…', '.', '·', '．', '　']);
    let words = words.trim_end_matches(|c: char| c.is_whitespace() || "….·．".contains(c));
    (1..=MAX_PAGE_DIGITS).contains(&digits)
        && apart
        && (2..=MAX_ENTRY_CHARS).contains(&words.trim().chars().count())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_end_with_a_page_number_set_apart() {
        assert!(is_entry("关于党的建设方面存在的问题\t2"));
        assert!(is_entry("一、总体情况……………12"));
        assert!(is_entry("二、存在问题    3"));
        assert!(!is_entry("巡察反馈问题9个"));
        assert!(!is_entry("2025年"));
        assert!(!is_entry("反馈问题\t2025"));
    }
}
