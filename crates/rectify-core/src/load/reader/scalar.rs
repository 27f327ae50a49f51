//! Strings, numbers and literals, and skipping any value.

use std::borrow::Cow;

use super::cursor::{Reader, Step};
use super::message::{Found, Syntax};

/// A number as written: its text and whether it has a fraction or exponent.
pub struct Number<'a> {
    pub text: &'a str,
    pub float: bool,
}

impl<'a> Reader<'a> {
    /// The string starting at the quote under the cursor, unescaped.
    /// Borrowed from the text when it has no escapes (the common case).
    pub fn string(&mut self) -> Step<Cow<'a, str>> {
        let start = self.pos + 1;
        let special = |b: &u8| matches!(b, b'"' | b'\\' | 0..=0x1F);
        let Some(len) = self.bytes[start..].iter().position(special) else {
            self.pos = self.bytes.len();
            return self.syntax(Syntax::Eof("a string"));
        };
        self.pos = start + len;
        match self.bytes[self.pos] {
            b'"' => {
                self.pos += 1;
                return Ok(Cow::Borrowed(&self.text[start..self.pos - 1]));
            }
            b'\\' => {}
            _ => return self.syntax(Syntax::ControlCharacter),
        }
        let mut out = String::from(&self.text[start..self.pos]);
        self.escaped_rest(&mut out)?;
        Ok(Cow::Owned(out))
    }

    /// The rest of a string that has escapes, from the first backslash.
    fn escaped_rest(&mut self, out: &mut String) -> Step<()> {
        loop {
            let run = self.pos;
            while let Some(&b) = self.bytes.get(self.pos) {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.pos += 1;
            }
            out.push_str(&self.text[run..self.pos]);
            match self.bytes.get(self.pos) {
                None => return self.syntax(Syntax::Eof("a string")),
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(());
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let c = self.escape()?;
                    out.push(c);
                }
                Some(_) => return self.syntax(Syntax::ControlCharacter),
            }
        }
    }

    /// The character of the escape after a backslash.
    fn escape(&mut self) -> Step<char> {
        let Some(&b) = self.bytes.get(self.pos) else {
            return self.syntax(Syntax::Eof("a string"));
        };
        self.pos += 1;
        Ok(match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => return self.unicode_escape(),
            _ => {
                self.pos -= 1;
                return self.syntax(Syntax::InvalidEscape);
            }
        })
    }

    /// `\uXXXX`, or a surrogate pair `\uD83D\uDE00`; lone surrogates are
    /// refused (they are not characters).
    fn unicode_escape(&mut self) -> Step<char> {
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                if self.bytes.get(self.pos..self.pos + 2) != Some(b"\\u") {
                    return self.syntax(Syntax::InvalidUnicode);
                }
                self.pos += 2;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return self.syntax(Syntax::InvalidUnicode);
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            code => code,
        };
        match char::from_u32(code) {
            Some(c) => Ok(c),
            None => self.syntax(Syntax::InvalidUnicode),
        }
    }

    fn hex4(&mut self) -> Step<u32> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = match self.bytes.get(self.pos) {
                None => return self.syntax(Syntax::Eof("a string")),
                Some(&b) => (b as char).to_digit(16),
            };
            let Some(d) = digit else {
                return self.syntax(Syntax::InvalidEscape);
            };
            code = code * 16 + d;
            self.pos += 1;
        }
        Ok(code)
    }

    /// The number under the cursor (`-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?`).
    pub fn number(&mut self) -> Step<Number<'a>> {
        let start = self.pos;
        if self.bytes.get(self.pos) == Some(&b'-') {
            self.pos += 1;
        }
        match self.bytes.get(self.pos) {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => self.digits(),
            None => return self.syntax(Syntax::Eof("a value")),
            Some(_) => return self.syntax(Syntax::InvalidNumber),
        }
        let mut float = false;
        if self.bytes.get(self.pos) == Some(&b'.') {
            self.pos += 1;
            self.required_digits()?;
            float = true;
        }
        if matches!(self.bytes.get(self.pos), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.bytes.get(self.pos), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            self.required_digits()?;
            float = true;
        }
        Ok(Number {
            text: &self.text[start..self.pos],
            float,
        })
    }

    fn digits(&mut self) {
        while matches!(self.bytes.get(self.pos), Some(b'0'..=b'9')) {
            self.pos += 1;
        }
    }

    fn required_digits(&mut self) -> Step<()> {
        match self.bytes.get(self.pos) {
            Some(b'0'..=b'9') => {
                self.digits();
                Ok(())
            }
            None => self.syntax(Syntax::Eof("a value")),
            Some(_) => self.syntax(Syntax::InvalidNumber),
        }
    }

    /// `true`, `false` or `null` under the cursor.
    fn literal(&mut self, word: &'static [u8]) -> Step<()> {
        for &expected in word {
            match self.bytes.get(self.pos) {
                Some(&b) if b == expected => self.pos += 1,
                None => return self.syntax(Syntax::Eof("a value")),
                Some(_) => return self.syntax(Syntax::ExpectedIdent),
            }
        }
        Ok(())
    }

    /// Consumes `null` if it is next.
    pub fn null(&mut self) -> Step<bool> {
        if self.peek() == Some(b'n') {
            self.literal(b"null")?;
            return Ok(true);
        }
        Ok(false)
    }

    /// What the value under the cursor is, for a type error. Scalars are
    /// read (so a malformed one is a syntax error first); containers are
    /// only named.
    pub fn found(&mut self) -> Step<Found> {
        Ok(match self.peek() {
            None => return self.syntax(Syntax::Eof("a value")),
            Some(b'"') => Found::Str(self.string()?.into_owned()),
            Some(b'[') => Found::Array,
            Some(b'{') => Found::Object,
            Some(b't') => {
                self.literal(b"true")?;
                Found::Bool(true)
            }
            Some(b'f') => {
                self.literal(b"false")?;
                Found::Bool(false)
            }
            Some(b'n') => {
                self.literal(b"null")?;
                Found::Null
            }
            Some(b'-' | b'0'..=b'9') => {
                let n = self.number()?;
                if n.float {
                    Found::Float(n.text.to_string())
                } else {
                    Found::Integer(n.text.to_string())
                }
            }
            Some(_) => return self.syntax(Syntax::ExpectedValue),
        })
    }

    /// Skips one value of any kind, checking its syntax. Iterative, so deep
    /// nesting is refused by the depth limit, never by the stack.
    pub fn skip_value(&mut self) -> Step<()> {
        // The closing byte of each open container.
        let mut open: Vec<u8> = Vec::new();
        loop {
            // A value is expected here.
            match self.peek() {
                Some(b'{') => {
                    self.enter()?;
                    self.pos += 1;
                    if self.peek() == Some(b'}') {
                        self.pos += 1;
                        self.leave();
                    } else {
                        self.key_and_colon()?;
                        open.push(b'}');
                        continue;
                    }
                }
                Some(b'[') => {
                    self.enter()?;
                    self.pos += 1;
                    if self.peek() == Some(b']') {
                        self.pos += 1;
                        self.leave();
                    } else {
                        open.push(b']');
                        continue;
                    }
                }
                _ => self.skip_scalar()?,
            }
            // After a value: close containers until a comma or the end.
            loop {
                let Some(&close) = open.last() else {
                    return Ok(());
                };
                match self.peek() {
                    Some(b',') => {
                        self.pos += 1;
                        if close == b'}' {
                            self.key_and_colon()?;
                        }
                        break;
                    }
                    Some(b) if b == close => {
                        self.pos += 1;
                        self.leave();
                        open.pop();
                    }
                    None if close == b'}' => return self.syntax(Syntax::Eof("an object")),
                    None => return self.syntax(Syntax::Eof("a list")),
                    Some(_) if close == b'}' => return self.syntax(Syntax::CommaOrBrace),
                    Some(_) => return self.syntax(Syntax::CommaOrBracket),
                }
            }
        }
    }

    fn skip_scalar(&mut self) -> Step<()> {
        match self.peek() {
            Some(b'"') => self.string().map(drop),
            Some(b'-' | b'0'..=b'9') => self.number().map(drop),
            Some(b't') => self.literal(b"true"),
            Some(b'f') => self.literal(b"false"),
            Some(b'n') => self.literal(b"null"),
            None => self.syntax(Syntax::Eof("a value")),
            Some(_) => self.syntax(Syntax::ExpectedValue),
        }
    }

    /// An object key and the colon after it; returns the key's byte range
    /// as written and its text.
    pub fn key_and_colon(&mut self) -> Step<(usize, usize, Cow<'a, str>)> {
        match self.peek() {
            Some(b'"') => {}
            None => return self.syntax(Syntax::Eof("an object")),
            Some(_) => return self.syntax(Syntax::KeyMustBeString),
        }
        let start = self.pos + 1;
        let key = self.string()?;
        let end = self.pos - 1;
        match self.peek() {
            Some(b':') => self.pos += 1,
            None => return self.syntax(Syntax::Eof("an object")),
            Some(_) => return self.syntax(Syntax::Colon),
        }
        Ok((start, end, key))
    }
}
