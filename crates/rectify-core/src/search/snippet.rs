//! A short piece of text around a match, with the matched characters
//! marked, for showing a result (the component wraps marks in `<mark>`).

/// Characters shown before the first match in a long text.
const BEFORE: usize = 12;
/// Characters a snippet holds at most.
const LENGTH: usize = 60;

/// Text to show, cut into plain and matched parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    /// The text was cut at the start (show an ellipsis).
    pub cut_start: bool,
    /// The text was cut at the end.
    pub cut_end: bool,
    /// `(text, matched)` in order.
    pub parts: Vec<(String, bool)>,
}

impl Snippet {
    /// The snippet of `text` around the first match of any of `terms`
    /// (normalised), or `None` when none occurs.
    pub fn of(text: &str, folded: &str, terms: &[String]) -> Option<Snippet> {
        let chars: Vec<char> = text.chars().collect();
        let marked = marks(folded, terms, chars.len());
        let first = marked.iter().position(|m| *m)?;
        let start = if chars.len() <= LENGTH {
            0
        } else {
            first.saturating_sub(BEFORE)
        };
        let mut end = (start + LENGTH).min(chars.len());
        // Never cut a match in two.
        while end < chars.len() && marked[end] && marked[end - 1] {
            end += 1;
        }
        Some(Snippet {
            cut_start: start > 0,
            cut_end: end < chars.len(),
            parts: runs(&chars[start..end], &marked[start..end]),
        })
    }

    /// The snippet as plain text (for screen readers and tests).
    pub fn text(&self) -> String {
        self.parts.iter().map(|(t, _)| t.as_str()).collect()
    }

    /// The matched parts only.
    pub fn matched(&self) -> Vec<&str> {
        self.parts
            .iter()
            .filter(|(_, m)| *m)
            .map(|(t, _)| t.as_str())
            .collect()
    }
}

/// Which characters of the text lie in a match of some term.
fn marks(folded: &str, terms: &[String], len: usize) -> Vec<bool> {
    let mut marked = vec![false; len];
    // Byte offsets of the folded text → character offsets.
    let starts: Vec<usize> = folded.char_indices().map(|(b, _)| b).collect();
    for term in terms.iter().filter(|t| !t.is_empty()) {
        let n = term.chars().count();
        for (byte, _) in folded.match_indices(term.as_str()) {
            let at = starts.partition_point(|&b| b < byte);
            marked[at..(at + n).min(len)].fill(true);
        }
    }
    marked
}

/// Consecutive characters with the same mark, joined.
fn runs(chars: &[char], marked: &[bool]) -> Vec<(String, bool)> {
    let mut parts: Vec<(String, bool)> = Vec::new();
    for (c, m) in chars.iter().zip(marked) {
        match parts.last_mut() {
            Some((text, last)) if last == m => text.push(*c),
            _ => parts.push((c.to_string(), *m)),
        }
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::normalize;

    fn snippet(text: &str, terms: &[String]) -> Option<Snippet> {
        Snippet::of(text, &normalize(text), terms)
    }

    #[test]
    fn marks_every_occurrence_and_keeps_the_displayed_text() {
        let s = snippet(
            "对ＡＢＣ公司代理记账，代理记账业务",
            &["abc".into(), "代理记账".into()],
        )
        .unwrap();
        assert_eq!(s.text(), "对ＡＢＣ公司代理记账，代理记账业务");
        assert_eq!(s.matched(), ["ＡＢＣ", "代理记账", "代理记账"]);
        assert!(!s.cut_start && !s.cut_end);
    }

    #[test]
    fn long_texts_are_cut_around_the_first_match() {
        let text = format!("{}代理记账{}", "甲".repeat(100), "乙".repeat(100));
        let s = snippet(&text, &["代理记账".into()]).unwrap();
        assert!(s.cut_start && s.cut_end);
        assert_eq!(s.text().chars().count(), LENGTH);
        let edge = format!("{}代理记账", "甲".repeat(BEFORE + LENGTH - 2));
        let s = snippet(&edge, &["代理记账".into()]).unwrap();
        assert_eq!(
            s.matched(),
            ["代理记账"],
            "a match at the edge is kept whole"
        );
        assert!(s.text().starts_with(&"甲".repeat(BEFORE)));
        assert_eq!(snippet(&text, &["丙".into()]), None);
    }
}
