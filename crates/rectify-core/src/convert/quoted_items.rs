//! Findings quoted one after another inside a paragraph, after the words
//! that bring them in: `巡察组在这一方面指出了“…”“…”“…”3个问题。`,
//! `巡察指出，“…”“…”“…”。`, `…反馈的问题有：“…”“…”。`. Each quote is
//! a problem (`inline_items` cuts the paragraph there). Read so only when
//! two quotes at least follow one another (`”“` or `”、“`), the clause
//! before the first brings findings in (`指出`, `反馈`, `发现`, `问题有：`),
//! and after the last comes the count of the quotes (`3个问题`) or the
//! clause's end: quotes in running text (`开展“回头看”`) are no list.

use crate::text::numerals::ascii_number;

/// The most quotes read as one list.
const MAX_QUOTES: usize = 20;

/// The longest quote read as a finding (characters).
const MAX_QUOTE_CHARS: usize = 80;

/// Words of the clause before the first quote that bring findings in.
const BRINGING: &[&str] = &["指出", "反馈", "发现", "问题有", "问题是", "问题为"];

/// A quoted list in the paragraph (normalised chars): where each quote
/// opens, and where the sentence that lists them ends (after its `。`).
pub(crate) fn quoted_findings(n: &[char]) -> Option<(Vec<usize>, usize)> {
    let first = n.iter().position(|&c| c == '“')?;
    if !brings_findings(&n[..first]) {
        return None;
    }
    let mut items = Vec::new();
    let mut at = first;
    let end = loop {
        let close = (at + 1..n.len().min(at + 2 + MAX_QUOTE_CHARS)).find(|&j| n[j] == '”')?;
        if n[at + 1..close].contains(&'“') {
            return None;
        }
        items.push(at);
        let next = close + 1 + usize::from(n.get(close + 1) == Some(&'、'));
        if n.get(next) != Some(&'“') || items.len() == MAX_QUOTES {
            break close + 1;
        }
        at = next;
    };
    if items.len() < 2 || !closes_list(&n[end..], items.len()) {
        return None;
    }
    let sentence_end = (end..n.len())
        .find(|&j| n[j] == '。')
        .map_or(n.len(), |j| j + 1);
    Some((items, sentence_end))
}

/// The clause right before the first quote brings findings in
/// (`…指出了`, `巡察指出，`, `…反馈的问题有：`) and names no work done.
fn brings_findings(before: &[char]) -> bool {
    let t: String = before.iter().collect();
    let t = t.trim_end_matches([':', ',', ' ']);
    let clause = t.rsplit([',', '。', ':', ';']).next().unwrap_or(t);
    BRINGING.iter().any(|w| clause.contains(w)) && !clause.contains("整改")
}

/// What follows the last quote ends the list: the count of the quotes
/// (`3个问题`, `等3个问题`) or the clause's end.
fn closes_list(after: &[char], count: usize) -> bool {
    let after = after.strip_prefix(&['等']).unwrap_or(after);
    if after
        .first()
        .is_none_or(|c| matches!(c, '。' | ',' | ';' | ':'))
    {
        return true;
    }
    let digits = after.iter().take_while(|c| c.is_ascii_digit()).count();
    digits > 0
        && ascii_number(&after[..digits]) == Some(count as u32)
        && matches!(after.get(digits), Some('个' | '项' | '条' | '方'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::norm_chars;

    #[test]
    fn quotes_after_words_that_bring_findings_in() {
        let n = norm_chars("巡察组在这一方面指出了“学习不够深入”“跟踪机制不健全”“协调力度不够”3个问题。针对第一个问题，已整改。");
        let (items, end) = quoted_findings(&n).unwrap();
        assert_eq!(items.len(), 3);
        assert_eq!(n[end - 1], '。');
        assert_eq!(n[end], '针');
        let n = norm_chars("巡察指出，“干部交流不够”、“记录不规范”。党组已整改。");
        assert_eq!(quoted_findings(&n).map(|f| f.0.len()), Some(2));
    }

    #[test]
    fn quotes_in_running_text_or_counted_otherwise_are_no_list() {
        // Work done, not findings brought in.
        let n = norm_chars("党组开展“回头看”“大起底”，已整改。");
        assert!(quoted_findings(&n).is_none());
        // One quote only.
        let n = norm_chars("巡察指出“学习不够深入”的问题。");
        assert!(quoted_findings(&n).is_none());
        // A count that is not the quotes'.
        let n = norm_chars("巡察指出了“甲”“乙”5个问题。");
        assert!(quoted_findings(&n).is_none());
    }
}
