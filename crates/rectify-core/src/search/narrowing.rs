//! Incremental search: a query whose every earlier term lies inside one of
//! its own terms can only match what the earlier query matched (typing one
//! more character, adding a word), so only those problems are looked at.

/// A query's terms and every entry (by position in the index) they matched.
pub(super) struct Narrowing {
    pub terms: Vec<String>,
    pub matched: Vec<u32>,
}

impl Narrowing {
    pub fn new(terms: Vec<String>, matched: Vec<u32>) -> Narrowing {
        Narrowing { terms, matched }
    }

    /// Whether whatever matches `terms` matched these terms too: each of
    /// these terms is part of one of `terms`.
    pub fn is_narrowed_by(&self, terms: &[String]) -> bool {
        self.terms
            .iter()
            .all(|old| terms.iter().any(|new| new.contains(old.as_str())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn narrowing(terms: &[&str]) -> Narrowing {
        Narrowing::new(terms.iter().map(|t| t.to_string()).collect(), Vec::new())
    }

    fn owned(terms: &[&str]) -> Vec<String> {
        terms.iter().map(|t| t.to_string()).collect()
    }

    #[test]
    fn a_longer_word_or_one_more_word_narrows() {
        let last = narrowing(&["第9"]);
        assert!(last.is_narrowed_by(&owned(&["第99"])));
        assert!(last.is_narrowed_by(&owned(&["第9"])));
        assert!(last.is_narrowed_by(&owned(&["财政", "第9"])));
        assert!(last.is_narrowed_by(&owned(&["第9x"])));
        assert!(last.is_narrowed_by(&owned(&["x第9"])), "typed before it");
    }

    #[test]
    fn a_shorter_or_different_word_does_not() {
        let last = narrowing(&["第9", "财政"]);
        assert!(!last.is_narrowed_by(&owned(&["第"])), "deleted a character");
        assert!(!last.is_narrowed_by(&owned(&["第9"])), "dropped a word");
        assert!(!last.is_narrowed_by(&owned(&["第8", "财政"])));
        assert!(last.is_narrowed_by(&owned(&["财政局", "第9"])));
    }
}
