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
    let mut out = String::with_capacity(text.len());
    fold_into(&mut out, text);
    out
}

/// Appends `text` as search compares it to `out`: runs that fold to
/// themselves (most Chinese text) are copied as they are.
pub fn fold_into(out: &mut String, text: &str) {
    let mut rest = text;
    // Only ASCII capitals, U+3000 (E3 80 80) and U+FF01–U+FF5E (EF BC/BD …)
    // change; a UTF-8 lead byte never occurs inside another character.
    while let Some(at) = rest
        .bytes()
        .position(|b| b.is_ascii_uppercase() || b == 0xE3 || b == 0xEF)
    {
        out.push_str(&rest[..at]);
        let mut chars = rest[at..].chars();
        if let Some(c) = chars.next() {
            out.push(fold(c));
        }
        rest = chars.as_str();
    }
    out.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_width_and_case_one_to_one() {
        assert_eq!(normalize("ＡＢＣ１２３ｘ"), "abc123x");
        assert_eq!(normalize("VAT　代理记账"), "vat 代理记账");
        assert_eq!(normalize("　ＸＹ〇〜｛｝～ｦ"), " xy〇〜{}~ｦ");
        for s in [
            "（一）全角（括号）",
            "İstanbul",
            "ÀÉ",
            "代理记账",
            "ｦ〇〜　ＡZz",
        ] {
            let slow: String = s.chars().map(fold).collect();
            assert_eq!(normalize(s), slow, "{s}");
            assert_eq!(normalize(s).chars().count(), s.chars().count(), "{s}");
        }
    }
}
