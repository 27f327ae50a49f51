//! Small character helpers shared by the scanners: normalisation of
//! full-width punctuation, whitespace, sentence and clause ends, searching
//! in `[char]`.
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

/// The number printed right before the `%` at `pct` (normalised chars:
/// `80%`, `41.7%`): where it starts and its value.
pub(crate) fn percent_before(n: &[char], pct: usize) -> Option<(usize, f64)> {
    let start = n[..pct]
        .iter()
        .rposition(|c| !(c.is_ascii_digit() || *c == '.'))
        .map_or(0, |i| i + 1);
    let value = n[start..pct].iter().collect::<String>().parse().ok()?;
    Some((start, value))
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
/// A character of Chinese text or its punctuation (not ASCII, no space).
pub(crate) fn is_wide(c: char) -> bool {
    !c.is_ascii() && !is_ws(c)
}

/// The text without the spaces set between Chinese characters to space
/// them out (`通　　报`, `某某县财政局　关于…`); spaces next to a Latin letter
/// or a digit stay (`PM2.5 监测`).
pub(crate) fn without_wide_spacing(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let wide = |c: Option<&char>| c.is_some_and(|&c| is_wide(c));
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let e = run_end(&chars, i, is_ws);
        if e > i && i > 0 && wide(chars.get(i - 1)) && wide(chars.get(e)) {
            i = e;
            continue;
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

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

/// The chars cut before each of `cuts` (ascending positions inside `v`):
/// the pieces, in order, together the whole text.
pub(crate) fn cut_before(v: &[char], cuts: &[usize]) -> Vec<String> {
    let bounds: Vec<usize> = std::iter::once(0).chain(cuts.iter().copied()).collect();
    bounds
        .iter()
        .enumerate()
        .map(|(j, &start)| slice(v, start, bounds.get(j + 1).copied().unwrap_or(v.len())))
        .collect()
}

/// Quotation marks, opening and closing: `“…”`, the ASCII `"…"` a page
/// or an editor may print instead, and `「…」` of 繁體 text.
const QUOTE_MARKS: &[(char, char)] = &[('“', '”'), ('"', '"'), ('「', '」')];

/// The words quoted at the start of `s` and the text after the closing
/// mark (`“推进缓慢”的问题` → `推进缓慢`, `的问题`); None if `s` opens
/// with no quotation mark or its quote is not closed.
pub(crate) fn quoted(s: &str) -> Option<(&str, &str)> {
    let &(open, close) = QUOTE_MARKS.iter().find(|(o, _)| s.starts_with(*o))?;
    s[open.len_utf8()..].split_once(close)
}

/// `s` opens with a quotation mark.
pub(crate) fn opens_quote(s: &str) -> bool {
    QUOTE_MARKS.iter().any(|(o, _)| s.starts_with(*o))
}

/// Number of chars of `s`.
pub(crate) fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// End of the run of chars from `from` satisfying `f`.
pub(crate) fn run_end(v: &[char], from: usize, f: impl Fn(char) -> bool) -> usize {
    let mut i = from;
    while i < v.len() && f(v[i]) {
        i += 1;
    }
    i
}

/// A Chinese character of the common block (`是`, `否`), not a digit,
/// letter or mark.
pub(crate) fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// `text` opens with a field's key of 1 to `max_chars` characters and a
/// colon (`责任部门：资产运营部`, `整改时限：长期坚持`).
pub(crate) fn opens_with_key(text: &str, max_chars: usize) -> bool {
    text.find(['：', ':'])
        .is_some_and(|at| (1..=max_chars).contains(&text[..at].chars().count()))
}

/// A pictograph, as a phone article marks its items and states with
/// (`📌` `🔹` `✅` `⏳` `⭐`): the emoji and symbol blocks.
pub(crate) fn is_pictograph(c: char) -> bool {
    matches!(
        c,
        '\u{1f300}'..='\u{1faff}'
            | '\u{2300}'..='\u{23ff}'
            | '\u{2600}'..='\u{27bf}'
            | '\u{2b00}'..='\u{2bff}'
    )
}

/// A bar that a phone article prints before a heading (`▌下一步工作打算`,
/// `┃整改情况`): block elements and heavy vertical lines.
pub(crate) fn is_heading_bar(c: char) -> bool {
    matches!(c, '\u{2580}'..='\u{259f}' | '┃' | '│' | '┆' | '┇')
}

/// `text` without the bars and spaces that open it.
pub(crate) fn without_heading_bar(text: &str) -> &str {
    text.trim_start_matches(|c: char| is_heading_bar(c) || is_ws(c))
}

/// The length in bytes of the sign opening `text`: its first character
/// with the pictographs, variation selectors and joiners after it.
pub(crate) fn sign_len(text: &str) -> usize {
    text.char_indices()
        .skip(1)
        .find(|&(_, c)| !(is_pictograph(c) || matches!(c, '\u{fe0f}' | '\u{200d}')))
        .map_or(text.len(), |(at, _)| at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pictographs() {
        assert!(is_pictograph('📌') && is_pictograph('✅') && is_pictograph('⏳'));
        assert!(!is_pictograph('◆') && !is_pictograph('已'));
        assert_eq!(sign_len("📌基层党组织建设方面"), '📌'.len_utf8());
        assert_eq!(sign_len("⭐\u{fe0f}问题"), 6);
        assert_eq!(sign_len("▶\u{fe0f}问题"), 6);
        assert_eq!(sign_len("◆问题"), 3);
    }

    #[test]
    fn spaces_between_chinese_characters_are_without_wide_spacing() {
        assert_eq!(without_wide_spacing("关于…的通　　报"), "关于…的通报");
        assert_eq!(
            without_wide_spacing("某某县财政局　关于整改"),
            "某某县财政局关于整改"
        );
        assert_eq!(
            without_wide_spacing("PM2.5 监测 2025 年"),
            "PM2.5 监测 2025 年"
        );
        assert_eq!(without_wide_spacing(" 两端 "), " 两端 ");
    }

    #[test]
    fn cut_before_keeps_every_char() {
        let v: Vec<char> = "一、甲。二、乙".chars().collect();
        assert_eq!(cut_before(&v, &[4]), ["一、甲。", "二、乙"]);
        assert_eq!(cut_before(&v, &[]), ["一、甲。二、乙"]);
    }

    #[test]
    fn normalises_full_width() {
        assert_eq!(
            norm_chars("（一）１，２："),
            "(一)1,2:".chars().collect::<Vec<_>>()
        );
    }
}
