//! The reader's position in the text, the JSON path to it, and the one
//! failure that stops it.
//!
//! Reading stops at the first failure: the functions return `Err(Stop)` and
//! the details stay in the reader, together with the path as it was at that
//! moment (segments are popped only on success), so errors are located
//! without allocating on the way.

use super::message::{Schema, Syntax};
use crate::load::{LoadError, LoadErrorKind};

/// Reading stopped; the reason is in [`Reader::into_error`].
#[derive(Debug)]
pub struct Stop;

/// A step of reading: a value, or stopped.
pub type Step<T> = Result<T, Stop>;

/// One step of the JSON path.
#[derive(Debug, Clone, Copy)]
pub enum Seg {
    /// A field the model knows.
    Field(&'static str),
    /// A key from the file, by its byte range (as written, escapes kept).
    Key(usize, usize),
    Index(usize),
}

#[derive(Debug)]
enum Failure {
    Syntax(Syntax),
    Schema(Schema),
}

/// Containers may nest this deep, as with serde_json (its limit is 128).
const MAX_DEPTH: usize = 128;

pub struct Reader<'a> {
    pub text: &'a str,
    pub bytes: &'a [u8],
    pub pos: usize,
    depth: usize,
    path: Vec<Seg>,
    failure: Option<(usize, Failure)>,
}

impl<'a> Reader<'a> {
    pub fn new(text: &'a str) -> Reader<'a> {
        Reader {
            text,
            bytes: text.as_bytes(),
            pos: 0,
            depth: 0,
            path: Vec::new(),
            failure: None,
        }
    }

    /// Skips JSON whitespace and returns the next byte, if any.
    pub fn peek(&mut self) -> Option<u8> {
        while let Some(&b) = self.bytes.get(self.pos) {
            if !matches!(b, b' ' | b'\n' | b'\r' | b'\t') {
                return Some(b);
            }
            self.pos += 1;
        }
        None
    }

    /// Stops with a syntax error at the current position.
    pub fn syntax<T>(&mut self, what: Syntax) -> Step<T> {
        self.failure = Some((self.pos, Failure::Syntax(what)));
        Err(Stop)
    }

    /// Stops with a schema error at byte `at`.
    pub fn schema<T>(&mut self, at: usize, what: Schema) -> Step<T> {
        self.failure = Some((at, Failure::Schema(what)));
        Err(Stop)
    }

    /// After a complete value: only whitespace may follow.
    pub fn end(&mut self) -> Step<()> {
        match self.peek() {
            None => Ok(()),
            Some(_) => self.syntax(Syntax::TrailingCharacters),
        }
    }

    /// Enters an object or array.
    pub fn enter(&mut self) -> Step<()> {
        self.depth += 1;
        if self.depth >= MAX_DEPTH {
            return self.syntax(Syntax::RecursionLimit);
        }
        Ok(())
    }

    pub fn leave(&mut self) {
        self.depth -= 1;
    }

    pub fn push(&mut self, seg: Seg) {
        self.path.push(seg);
    }

    pub fn pop(&mut self) {
        self.path.pop();
    }

    /// The replacement of the last path segment (the next array index).
    pub fn set_last(&mut self, seg: Seg) {
        if let Some(last) = self.path.last_mut() {
            *last = seg;
        }
    }

    /// The located error reading stopped at.
    pub fn into_error(self) -> LoadError {
        let Some((at, failure)) = self.failure else {
            // Unreachable: every `Stop` records its failure first.
            return LoadError::new(LoadErrorKind::Syntax, "$", "读取失败", "reading failed");
        };
        let (line, column) = line_and_column(self.text, at);
        let (kind, path, zh, en) = match failure {
            Failure::Syntax(s) => (
                LoadErrorKind::Syntax,
                "$".to_string(),
                format!("不是有效的 JSON（第 {line} 行第 {column} 列）：{}", s.zh()),
                format!("not valid JSON (line {line}, column {column}): {}", s.en()),
            ),
            Failure::Schema(s) => (
                LoadErrorKind::Schema,
                render(self.text, &self.path),
                s.zh(),
                s.en(),
            ),
        };
        LoadError {
            kind,
            path,
            line: Some(line),
            column: Some(column),
            message_zh: zh,
            message_en: en,
        }
    }
}

/// 1-based line and column (in characters) of byte `at`.
pub fn line_and_column(text: &str, at: usize) -> (usize, usize) {
    let at = at.min(text.len());
    let before = &text.as_bytes()[..at];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    // Characters, not bytes: count the bytes that start one.
    let column = before[start..]
        .iter()
        .filter(|&&b| b & 0xC0 != 0x80)
        .count()
        + 1;
    (line, column)
}

/// `$.nodes[3].children[0].status`; keys that are not plain names are quoted
/// (`$.extra["a b"]`). Only ASCII tests: any non-ASCII character reads as a
/// letter (Unicode tables would add kilobytes to the widget).
fn render(text: &str, path: &[Seg]) -> String {
    let mut out = String::from("$");
    for seg in path {
        match *seg {
            Seg::Field(name) => {
                out.push('.');
                out.push_str(name);
            }
            Seg::Key(start, end) => {
                let key = text.get(start..end).unwrap_or_default();
                let plain = |c: char| c.is_ascii_alphanumeric() || c == '_' || !c.is_ascii();
                if !key.is_empty() && key.chars().all(plain) {
                    out.push('.');
                    out.push_str(key);
                } else {
                    out.push_str("[\"");
                    out.push_str(key);
                    out.push_str("\"]");
                }
            }
            Seg::Index(i) => {
                out.push('[');
                out.push_str(&i.to_string());
                out.push(']');
            }
        }
    }
    out
}
