//! Characters that print as nothing (`U+200B` zero-width space, the zero-
//! width joiners, the word joiner, a byte-order mark inside the text, the
//! soft hyphen), which pages copied from the web carry inside words:
//! `整改\u{200B}措施：` is not read as the key it shows. The notice is read
//! without them, and a warning says how many were taken out and where the
//! first was, so nothing goes unsaid. Line breaks are kept, so every line
//! keeps its number.

/// The characters taken out.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
    )
}

/// What was taken out: how many, and the first one's line and column
/// (1-based, in characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Removed {
    pub count: usize,
    pub line: u32,
    pub column: u32,
}

/// The text without invisible characters, when it has any (a leading
/// byte-order mark alone is no content and is not counted).
pub(crate) fn without(text: &str) -> Option<(String, Removed)> {
    let body = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if !body.contains(is_invisible) {
        return None;
    }
    let mut out = String::with_capacity(body.len());
    let mut first = None;
    let mut count = 0;
    let (mut line, mut column) = (1u32, 1u32);
    for c in body.chars() {
        if is_invisible(c) {
            count += 1;
            first.get_or_insert((line, column));
            continue;
        }
        if c == '\n' {
            line = line.saturating_add(1);
            column = 1;
        } else {
            column = column.saturating_add(1);
        }
        out.push(c);
    }
    let (line, column) = first?;
    Some((
        out,
        Removed {
            count,
            line,
            column,
        },
    ))
}

/// The warning for what was taken out.
pub(crate) fn warning(r: Removed) -> super::Warning {
    super::Warning {
        line: r.line,
        column: r.column,
        message: format!(
            "原文含{}个不可见字符（零宽空格等，常见于网页复制的文字），已去除后读取",
            r.count
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invisible_characters_are_taken_out_and_located() {
        let (text, r) = without("甲\n整改\u{200B}措施：乙\u{00AD}丙").unwrap();
        assert_eq!(text, "甲\n整改措施：乙丙");
        assert_eq!(
            r,
            Removed {
                count: 2,
                line: 2,
                column: 3
            }
        );
        assert!(without("\u{FEFF}甲\n乙").is_none());
        assert!(without("甲乙").is_none());
        assert!(warning(r).message.contains("2个"));
    }
}
