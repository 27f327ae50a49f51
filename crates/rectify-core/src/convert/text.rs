//! Small character helpers shared by the scanners: normalisation of
//! full-width punctuation, trimming, Chinese numerals, searching in `[char]`.
//!
//! Every scanner works on a `Vec<char>` normalised with [`norm_char`], which
//! maps one char to one char, so indices into the normalised vector are also
//! indices into the original text's chars (used to cut out text as printed).

/// Maps full-width forms to their ASCII counterparts (one char to one char).
pub(crate) fn norm_char(c: char) -> char {
    match c {
        '（' => '(',
        '）' => ')',
        '，' => ',',
        '：' => ':',
        '；' => ';',
        '．' => '.',
        '！' => '!',
        '？' => '?',
        '％' => '%',
        '－' => '-',
        '～' => '~',
        '＠' => '@',
        '＞' => '>',
        '\u{3000}' => ' ',
        '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' => {
            char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
        }
        _ => c,
    }
}

/// The normalised chars of `s`.
pub(crate) fn norm_chars(s: &str) -> Vec<char> {
    s.chars().map(norm_char).collect()
}

/// Whitespace, including the ideographic space and a byte-order mark.
pub(crate) fn is_ws(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}'
}

/// `s` without leading and trailing whitespace.
pub(crate) fn trim(s: &str) -> &str {
    s.trim_matches(is_ws)
}

/// Ends a sentence (on normalised chars).
pub(crate) fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '!' | '?' | ';' | '\n')
}

/// Ends a clause (on normalised chars): sentence ends plus `,` and `:`.
pub(crate) fn is_clause_end(c: char) -> bool {
    is_sentence_end(c) || matches!(c, ',' | ':')
}

/// Whether `hay[i..]` starts with `needle`.
#[inline]
pub(crate) fn starts_at(hay: &[char], i: usize, needle: &str) -> bool {
    let mut chars = needle.chars();
    let Some(first) = chars.next() else {
        return true;
    };
    if hay.get(i) != Some(&first) {
        return false;
    }
    (i + 1..).zip(chars).all(|(k, c)| hay.get(k) == Some(&c))
}

/// First index `>= from` where `needle` starts.
pub(crate) fn find_from(hay: &[char], needle: &str, from: usize) -> Option<usize> {
    if needle.is_empty() {
        return None;
    }
    (from..hay.len()).find(|&i| starts_at(hay, i, needle))
}

/// The chars `v[a..b]` (clamped) as a string.
pub(crate) fn slice(v: &[char], a: usize, b: usize) -> String {
    let b = b.min(v.len());
    let a = a.min(b);
    v[a..b].iter().collect()
}

/// Number of chars of `s`.
pub(crate) fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// A Chinese numeral digit used in numbering (`一`..`十`, `〇`, `零`, `两`).
pub(crate) fn is_cn_numeral(c: char) -> bool {
    matches!(
        c,
        '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '〇' | '零' | '两'
    )
}

fn cn_digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '零' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// Parses a Chinese numeral below 100 (`一`, `十`, `十二`, `二十`, `二十三`).
pub(crate) fn cn_number(s: &[char]) -> Option<u32> {
    match s {
        [] => None,
        [a] if *a == '十' => Some(10),
        [a] => cn_digit(*a),
        ['十', b] => Some(10 + cn_digit(*b)?),
        [a, '十'] => Some(cn_digit(*a)? * 10),
        [a, '十', b] => Some(cn_digit(*a)? * 10 + cn_digit(*b)?),
        _ => None,
    }
}

/// Parses a run of Chinese digits read one by one (`二〇二五` is 2025).
pub(crate) fn cn_digits(s: &[char]) -> Option<u32> {
    if s.is_empty() || s.len() > 4 {
        return None;
    }
    s.iter()
        .try_fold(0u32, |acc, &c| Some(acc * 10 + cn_digit(c)?))
}

/// Parses ASCII digits (at most 9 of them).
pub(crate) fn ascii_number(s: &[char]) -> Option<u32> {
    if s.is_empty() || s.len() > 9 || !s.iter().all(|c| c.is_ascii_digit()) {
        return None;
    }
    s.iter().collect::<String>().parse().ok()
}

/// End of the run of chars from `from` satisfying `f`.
pub(crate) fn run_end(v: &[char], from: usize, f: impl Fn(char) -> bool) -> usize {
    let mut i = from;
    while i < v.len() && f(v[i]) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numerals() {
        let p = |s: &str| cn_number(&s.chars().collect::<Vec<_>>());
        assert_eq!(p("一"), Some(1));
        assert_eq!(p("十"), Some(10));
        assert_eq!(p("十三"), Some(13));
        assert_eq!(p("二十"), Some(20));
        assert_eq!(p("三十一"), Some(31));
        assert_eq!(p("一二"), None);
        assert_eq!(
            cn_digits(&"二〇二五".chars().collect::<Vec<_>>()),
            Some(2025)
        );
    }

    #[test]
    fn normalises_full_width() {
        assert_eq!(
            norm_chars("（一）１，２："),
            "(一)1,2:".chars().collect::<Vec<_>>()
        );
    }
}
