//! Which JSON path a position in the text belongs to.
//!
//! serde_json reports every error, syntax or data, with the line and column
//! where it stopped. Scanning the text up to that point gives the JSON path
//! (`$.nodes[3].children[0].status`) without tracking paths during
//! deserialization — which would be monomorphised for every type and cost
//! tens of kilobytes of wasm.

/// One open container on the way to the position.
enum Frame {
    /// An object and the key whose value is being read, if any.
    Object(Option<String>),
    /// An array and the index of the element being read.
    Array(usize),
}

/// The JSON path at 1-based `line` and `column` (columns count bytes as
/// serde_json does). Text outside any container is `$`.
pub fn path_at(text: &str, line: usize, column: usize) -> String {
    let stop = offset_of(text, line, column);
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    // Whether the string just read is an object key (before its ':').
    let mut expect_key = false;
    let mut i = 0;
    while i < stop.min(bytes.len()) {
        match bytes[i] {
            b'{' => {
                stack.push(Frame::Object(None));
                expect_key = true;
            }
            b'[' => {
                stack.push(Frame::Array(0));
                expect_key = false;
            }
            b'}' | b']' => {
                // Closing the container the position was inside of: keep it
                // when the error is reported right at the closing bracket
                // (a missing field is reported there).
                if i + 1 >= stop {
                    // The path is the container itself, not its last member.
                    if let Some(last) = stack.last_mut() {
                        *last = Frame::Object(None);
                    }
                    break;
                }
                stack.pop();
                expect_key = false;
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array(n)) => *n += 1,
                Some(Frame::Object(key)) => {
                    *key = None;
                    expect_key = true;
                }
                None => {}
            },
            b':' => expect_key = false,
            b'"' => {
                let (s, end) = read_string(bytes, i);
                if expect_key {
                    if let Some(Frame::Object(key)) = stack.last_mut() {
                        *key = Some(s);
                    }
                }
                i = end;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    render(&stack)
}

fn render(stack: &[Frame]) -> String {
    let mut out = String::from("$");
    for frame in stack {
        match frame {
            Frame::Object(Some(key)) => {
                // ASCII tests only (Unicode's letter tables would add KBs to
                // the widget): any non-ASCII character reads as a letter.
                let plain = |c: char| c.is_ascii_alphanumeric() || c == '_' || !c.is_ascii();
                if key.chars().all(plain) && !key.is_empty() {
                    out.push('.');
                    out.push_str(key);
                } else {
                    out.push_str("[\"");
                    out.push_str(&key.replace('"', "\\\""));
                    out.push_str("\"]");
                }
            }
            Frame::Object(None) => {}
            Frame::Array(n) => out.push_str(&format!("[{n}]")),
        }
    }
    out
}

/// Reads the string starting at the quote at `start`; returns its (raw)
/// content and the index after the closing quote.
fn read_string(bytes: &[u8], start: usize) -> (String, usize) {
    let mut i = start + 1;
    let begin = i;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => {
                let s = String::from_utf8_lossy(&bytes[begin..i]).into_owned();
                return (s, i + 1);
            }
            _ => i += 1,
        }
    }
    (
        String::from_utf8_lossy(&bytes[begin.min(bytes.len())..]).into_owned(),
        bytes.len(),
    )
}

/// Byte offset of 1-based line/column; past the end gives the length.
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let mut offset = 0;
    for (n, l) in text.split_inclusive('\n').enumerate() {
        if n + 1 == line {
            return offset + column.min(l.len());
        }
        offset += l.len();
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, needle: &str) -> String {
        // Position just after `needle`, as serde_json reports data errors.
        let end = text.find(needle).unwrap() + needle.len();
        let line = text[..end].matches('\n').count() + 1;
        let col = end - text[..end].rfind('\n').map(|i| i + 1).unwrap_or(0);
        path_at(text, line, col)
    }

    #[test]
    fn finds_keys_and_indices() {
        let t = r#"{"nodes":[{"id":"a"},{"id":"b","children":[{"status":"finished"}]}]}"#;
        assert_eq!(at(t, r#""finished""#), "$.nodes[1].children[0].status");
        assert_eq!(at(t, r#""a""#), "$.nodes[0].id");
    }

    #[test]
    fn an_error_at_a_closing_brace_is_the_object() {
        let t = "{\"nodes\":[{\"id\":\"a\"},\n{\"id\":\"b\"}]}";
        assert_eq!(at(t, "{\"id\":\"b\"}"), "$.nodes[1]");
    }

    #[test]
    fn strings_with_brackets_and_escapes_do_not_confuse_it() {
        let t = r#"{"meta":{"title":"a \" [x] {y}","as_of":"2025-02-30"}}"#;
        assert_eq!(at(t, r#""2025-02-30""#), "$.meta.as_of");
    }

    #[test]
    fn odd_keys_are_quoted() {
        let t = r#"{"a b":[1,2,"x"]}"#;
        assert_eq!(at(t, r#""x""#), r#"$["a b"][2]"#);
    }

    #[test]
    fn outside_everything_is_the_root() {
        assert_eq!(path_at("", 1, 0), "$");
        assert_eq!(path_at("[]", 9, 9), "$");
        assert_eq!(path_at(r#"{"a":[1]}"#, 1, 8), "$.a");
    }
}
