//! Text from data made safe for a terminal: control characters (which can
//! clear the screen, set the window title, write the clipboard or redraw a
//! line) and bidi overrides (which reorder what follows) are shown as
//! visible escapes such as `\u{1b}` instead of being printed.

use std::borrow::Cow;

pub use rectify_core::bidi::is_bidi_control;

/// A character a terminal acts on rather than shows: C0 controls except
/// tab (newline too: a line of output is one line), DEL, C1 controls
/// (`\u{9b}` is an 8-bit CSI), and bidi controls.
fn acts_on_terminal(c: char) -> bool {
    (c.is_control() && c != '\t') || is_bidi_control(c)
}

/// `text` with each such character replaced by its escape (`\u{1b}`).
pub fn printable(text: &str) -> Cow<'_, str> {
    if !text.chars().any(acts_on_terminal) {
        return Cow::Borrowed(text);
    }
    let mut shown = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if acts_on_terminal(c) {
            shown.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            shown.push(c);
        }
    }
    Cow::Owned(shown)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_bidi_overrides_are_escaped() {
        assert_eq!(
            printable("a\u{1b}]0;t\u{7}\r\n\u{9b}\u{7f}\u{202e}b\tc"),
            "a\\u{1b}]0;t\\u{7}\\u{d}\\u{a}\\u{9b}\\u{7f}\\u{202e}b\tc"
        );
        assert!(matches!(printable("整改 ✓ 一致"), Cow::Borrowed(_)));
    }
}
