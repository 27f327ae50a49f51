//! Warnings for report text holding bidi controls: a U+202E in a label
//! reverses how the title after it is displayed (`标题\u{202E}告报试测`
//! reads as 标题测试报告), in the widget as in a terminal.

use rectify_core::model::Report;

use crate::terminal::is_bidi_control;

/// One warning (Chinese / English) for each string of the report (values
/// and keys) that holds a bidi control, naming its JSON path.
pub fn bidi_warnings(report: &Report) -> Vec<String> {
    let mut scan = BidiPaths::default();
    // Writing to the scanner cannot fail; a report serde cannot write has
    // no JSON to name paths in.
    let _ = serde_json::to_writer(&mut scan, report);
    scan.warnings()
}

/// Whether a report made from `bytes` (a file named `name`) may hold a
/// bidi control: its text (UTF-8 read in place; GBK or UTF-16 decoded for
/// the look and dropped) or its name holds one.
pub fn may_hold_bidi_control(bytes: &[u8], name: Option<&str>) -> bool {
    let (text, _) = rectify_core::ledger::decode(bytes);
    text.chars().any(is_bidi_control) || name.is_some_and(|n| n.chars().any(is_bidi_control))
}

/// Where one is in a JSON text: an object's current key, or an array's
/// current index.
enum Frame {
    Object { key: String, expects_key: bool },
    Array { index: usize },
}

/// A JSON text written to it (as serde writes it, compact or pretty, in
/// any pieces) is scanned for strings (values and keys) holding a bidi
/// control, with their JSON paths; nothing of the text is kept but the
/// current path. U+202A–U+202E are E2 80 AA–AE in UTF-8, U+2066–U+2069
/// E2 81 A6–A9 (serde writes them unescaped).
#[derive(Default)]
pub struct BidiPaths {
    stack: Vec<Frame>,
    in_string: bool,
    escaped: bool,
    is_key: bool,
    key: Vec<u8>,
    last: [u8; 2],
    first_control: Option<u32>,
    found: Vec<(String, u32)>,
}

impl BidiPaths {
    /// The warnings found, in document order.
    pub fn warnings(self) -> Vec<String> {
        self.found
            .into_iter()
            .map(|(path, code)| {
                format!(
                    "{path}: 含双向文本控制字符 U+{code:04X}，可能颠倒文字的显示顺序 \
                     (contains the bidi control U+{code:04X}, which can reorder how the text is displayed)"
                )
            })
            .collect()
    }

    fn path(&self) -> String {
        let mut path = String::from("$");
        for frame in &self.stack {
            match frame {
                Frame::Object { key, .. } => {
                    path.push('.');
                    path.push_str(key);
                }
                Frame::Array { index } => path.push_str(&format!("[{index}]")),
            }
        }
        path
    }

    fn byte(&mut self, b: u8) {
        if self.in_string {
            self.string_byte(b);
        } else {
            self.structure_byte(b);
        }
    }

    fn string_byte(&mut self, b: u8) {
        if self.escaped {
            self.escaped = false;
        } else if b == b'\\' {
            self.escaped = true;
        } else if b == b'"' {
            return self.end_string();
        }
        if self.is_key {
            self.key.push(b);
        }
        if self.first_control.is_none() {
            self.first_control = control_ending(self.last, b);
        }
        self.last = [self.last[1], b];
    }

    fn end_string(&mut self) {
        self.in_string = false;
        if self.is_key {
            let key = String::from_utf8_lossy(&self.key).into_owned();
            if let Some(Frame::Object { key: k, .. }) = self.stack.last_mut() {
                *k = key;
            }
        }
        if let Some(code) = self.first_control.take() {
            self.found.push((self.path(), code));
        }
    }

    fn structure_byte(&mut self, b: u8) {
        match (b, self.stack.last_mut()) {
            (b'"', top) => {
                self.is_key = matches!(
                    top,
                    Some(Frame::Object {
                        expects_key: true,
                        ..
                    })
                );
                self.in_string = true;
                self.key.clear();
                self.last = [0, 0];
            }
            (b'{', _) => self.stack.push(Frame::Object {
                key: String::new(),
                expects_key: true,
            }),
            (b'[', _) => self.stack.push(Frame::Array { index: 0 }),
            (b'}' | b']', _) => {
                self.stack.pop();
            }
            (b':', Some(Frame::Object { expects_key, .. })) => *expects_key = false,
            (b',', Some(Frame::Object { expects_key, .. })) => *expects_key = true,
            (b',', Some(Frame::Array { index })) => *index += 1,
            _ => {}
        }
    }
}

/// The bidi control whose UTF-8 ends with `b` after `last`, if any.
fn control_ending(last: [u8; 2], b: u8) -> Option<u32> {
    let is_control = matches!(
        (last, b),
        ([0xE2, 0x80], 0xAA..=0xAE) | ([0xE2, 0x81], 0xA6..=0xA9)
    );
    is_control.then(|| 0x2000 | ((last[1] as u32 & 0x3F) << 6) | (b as u32 & 0x3F))
}

impl std::io::Write for BidiPaths {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        for &b in buf {
            self.byte(b);
        }
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
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
            let w = bidi_warnings(&r);
            assert_eq!(w.len(), 1, "{:04X}", c as u32);
            let code = format!("$.meta.title: 含双向文本控制字符 U+{:04X}", c as u32);
            assert!(w[0].starts_with(&code), "{w:?}");
        }
        // Neighbours in the same UTF-8 ranges: U+2029, U+202F, U+2065, U+206A.
        for c in ['\u{2029}', '\u{202F}', '\u{2065}', '\u{206A}', 'a', '整'] {
            let r = report(&format!("标题{c}"));
            assert!(bidi_warnings(&r).is_empty(), "{:04X}", c as u32);
        }
    }

    /// Paths in nested nodes, arrays and map keys, in document order, and
    /// the same when the JSON arrives one byte at a time, pretty-printed.
    #[test]
    fn paths_name_nested_strings_keys_and_array_items() {
        let json = r#"{"format":"rectify-board/1","meta":{"title":"标题"},"nodes":[
            {"id":"s1","kind":"section","title":"一"},
            {"id":"s2","kind":"section","title":"二","children":[
              {"id":"p1","kind":"problem","title":"问\u202e题","owners":["甲","乙\u2066"],
               "extra":{"备\u202a注":"x","说明":"y\u2069"}}]}]}"#;
        let report = rectify_core::load::from_json_str(json).unwrap();
        let paths = |w: Vec<String>| -> Vec<String> {
            w.iter()
                .map(|w| w.split(": ").next().unwrap().to_string())
                .collect()
        };
        let expected = [
            "$.nodes[1].children[0].title",
            "$.nodes[1].children[0].owners[1]",
            "$.nodes[1].children[0].extra.备\u{202a}注",
            "$.nodes[1].children[0].extra.说明",
        ];
        assert_eq!(paths(bidi_warnings(&report)), expected);
        let mut scan = BidiPaths::default();
        let pretty = serde_json::to_vec_pretty(&report).unwrap();
        for b in &pretty {
            std::io::Write::write_all(&mut scan, std::slice::from_ref(b)).unwrap();
        }
        assert_eq!(paths(scan.warnings()), expected);
    }
}
