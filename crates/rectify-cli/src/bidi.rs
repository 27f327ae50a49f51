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
