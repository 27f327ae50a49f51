//! Warnings for report text holding bidi controls: a U+202E in a label
//! reverses how the title after it is displayed (`标题\u{202E}告报试测`
//! reads as 标题测试报告), in the widget as in a terminal.

use std::fmt::Write;

use rectify_core::model::Report;
use serde_json::Value;

use crate::terminal::is_bidi_control;

/// One warning (Chinese / English) for each string of the report (values
/// and keys) that holds a bidi control, naming its JSON path.
pub fn bidi_warnings(report: &Report) -> Vec<String> {
    // The paths need the report as a JSON tree, which costs many times the
    // report's size: built only for a report that has a control at all.
    if !holds_bidi_control(report) {
        return Vec::new();
    }
    let value = serde_json::to_value(report).unwrap_or_default();
    let mut found = Vec::new();
    find_bidi_controls(&value, &mut String::from("$"), &mut found);
    found
        .into_iter()
        .map(|(path, c)| {
            let code = c as u32;
            format!(
                "{path}: 含双向文本控制字符 U+{code:04X}，可能颠倒文字的显示顺序 \
                 (contains the bidi control U+{code:04X}, which can reorder how the text is displayed)"
            )
        })
        .collect()
}

/// Whether a report made from `bytes` (a file named `name`) may hold a
/// bidi control: its text (UTF-8 read in place; GBK or UTF-16 decoded for
/// the look and dropped) or its name holds one.
pub fn may_hold_bidi_control(bytes: &[u8], name: Option<&str>) -> bool {
    let (text, _) = rectify_core::ledger::decode(bytes);
    text.chars().any(is_bidi_control) || name.is_some_and(|n| n.chars().any(is_bidi_control))
}

/// Whether the report's JSON holds a bidi control, found by streaming it
/// through a scanner of its UTF-8 bytes (nothing is copied): U+202A–U+202E
/// are E2 80 AA–AE, U+2066–U+2069 are E2 81 A6–A9.
fn holds_bidi_control(report: &Report) -> bool {
    #[derive(Default)]
    struct Scan {
        last: [u8; 2],
        found: bool,
    }
    impl std::io::Write for Scan {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            for &b in buf {
                self.found |= matches!(
                    (self.last, b),
                    ([0xE2, 0x80], 0xAA..=0xAE) | ([0xE2, 0x81], 0xA6..=0xA9)
                );
                self.last = [self.last[1], b];
            }
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut scan = Scan::default();
    // A report that cannot be written as JSON is looked at in full.
    serde_json::to_writer(&mut scan, report).is_err() || scan.found
}

fn first_bidi_control(text: &str) -> Option<char> {
    text.chars().find(|&c| is_bidi_control(c))
}

/// Depth first, in document order: (JSON path, first bidi control).
fn find_bidi_controls(value: &Value, path: &mut String, found: &mut Vec<(String, char)>) {
    let at = path.len();
    match value {
        Value::String(text) => found.extend(first_bidi_control(text).map(|c| (path.clone(), c))),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let _ = write!(path, "[{i}]");
                find_bidi_controls(item, path, found);
                path.truncate(at);
            }
        }
        Value::Object(fields) => {
            for (key, item) in fields {
                path.push('.');
                path.push_str(key);
                if let Some(c) = first_bidi_control(key) {
                    found.push((path.clone(), c));
                }
                find_bidi_controls(item, path, found);
                path.truncate(at);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(title: &str) -> Report {
        Report::new(title.to_string())
    }

    #[test]
    fn the_scan_finds_every_bidi_control_and_nothing_else() {
        for c in ['\u{202A}', '\u{202E}', '\u{2066}', '\u{2069}'] {
            let r = report(&format!("标题{c}告报"));
            assert!(holds_bidi_control(&r), "{:04X}", c as u32);
            assert_eq!(bidi_warnings(&r).len(), 1);
        }
        // Neighbours in the same UTF-8 ranges: U+2029, U+202F, U+2065, U+206A.
        for c in ['\u{2029}', '\u{202F}', '\u{2065}', '\u{206A}', 'a', '整'] {
            let r = report(&format!("标题{c}"));
            assert!(!holds_bidi_control(&r), "{:04X}", c as u32);
            assert!(bidi_warnings(&r).is_empty());
        }
    }
}
