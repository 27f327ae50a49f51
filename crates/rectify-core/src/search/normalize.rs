//! Text as search compares it: full-width ASCII as half-width, the
//! ideographic space as a space, Latin letters in lower case. The mapping is
//! one character to one character, so a match's character offsets in the
//! normalised text are its offsets in the text as displayed.

/// One character as search compares it.
pub fn fold(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => {
            char::from_u32(u32::from(c) - 0xFEE0).map_or(c, |a| a.to_ascii_lowercase())
        }
        '\u{3000}' => ' ',
        _ => c.to_ascii_lowercase(),
    }
}

/// A text as search compares it (same number of characters).
pub fn normalize(text: &str) -> String {
    text.chars().map(fold).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_width_and_case_one_to_one() {
        assert_eq!(normalize("ＡＢＣ１２３ｘ"), "abc123x");
        assert_eq!(normalize("VAT　代理记账"), "vat 代理记账");
        for s in ["（一）全角（括号）", "İstanbul", "ÀÉ", "代理记账"] {
            assert_eq!(normalize(s).chars().count(), s.chars().count(), "{s}");
        }
    }
}
