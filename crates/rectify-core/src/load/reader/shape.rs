//! Objects with known fields, arrays, and the typed values of the model:
//! each checks the JSON type and stops with a located schema error.
//! The object and array loops take `&mut dyn FnMut`, so they are compiled
//! once, not once per model type.

use std::collections::BTreeMap;

use super::cursor::{Reader, Seg, Step};
use super::message::{Expected, Found, Schema, Syntax};
use super::number::{to_f64, to_u32, U32Error};

/// The index of `key` in `fields` (whose names are unique), looked for from
/// `from` on, then before it.
fn field_index(fields: &[&str], key: &str, from: usize) -> Option<usize> {
    let from = from.min(fields.len());
    let (before, after) = fields.split_at(from);
    after
        .iter()
        .position(|f| *f == key)
        .map(|i| from + i)
        .or_else(|| before.iter().position(|f| *f == key))
}

/// A struct of the model: its name in messages, its fields in declaration
/// order (serde's order, used for "missing field" and "allowed fields") and
/// a bit per required field.
pub struct Shape {
    pub name: &'static str,
    pub fields: &'static [&'static str],
    pub required: u32,
}

impl<'a> Reader<'a> {
    /// Stops with "invalid type" for the value under the cursor.
    pub fn type_error<T>(&mut self, expected: Expected) -> Step<T> {
        self.peek();
        let at = self.pos;
        let found = self.found()?;
        self.schema(at, Schema::InvalidType(found, expected))
    }

    /// An object of `shape`: `field(reader, index)` reads each field's value
    /// (unknown and repeated fields are refused, as with
    /// `deny_unknown_fields`; missing required fields after the `}`).
    pub fn object(
        &mut self,
        shape: &Shape,
        field: &mut dyn FnMut(&mut Reader<'a>, usize) -> Step<()>,
    ) -> Step<()> {
        if self.peek() != Some(b'{') {
            return self.type_error(Expected::Struct(shape.name));
        }
        self.enter()?;
        self.pos += 1;
        let mut seen = 0u32;
        // Where the next key is looked for first: after the last one (files
        // written by serde list fields in declaration order).
        let mut next = 0;
        if self.peek() == Some(b'}') {
            self.pos += 1;
        } else {
            loop {
                self.peek();
                let at = self.pos;
                let (start, end, key) = self.key_and_colon()?;
                let Some(i) = field_index(shape.fields, &key, next) else {
                    self.push(Seg::Key(start, end));
                    return self.schema(at, Schema::UnknownField(key.into_owned(), shape.fields));
                };
                self.push(Seg::Field(shape.fields[i]));
                if seen & (1 << i) != 0 {
                    return self.schema(at, Schema::Duplicate(shape.fields[i]));
                }
                seen |= 1 << i;
                next = i + 1;
                field(self, i)?;
                self.pop();
                if self.close_or_comma(b'}')? {
                    break;
                }
            }
        }
        self.leave();
        let missing = shape.required & !seen;
        if missing != 0 {
            let first = shape.fields[missing.trailing_zeros() as usize];
            return self.schema(self.pos - 1, Schema::Missing(first));
        }
        Ok(())
    }

    /// After a member: `true` at the closing byte, `false` after a comma.
    pub fn close_or_comma(&mut self, close: u8) -> Step<bool> {
        match self.peek() {
            Some(b',') => {
                self.pos += 1;
                Ok(false)
            }
            Some(b) if b == close => {
                self.pos += 1;
                Ok(true)
            }
            None if close == b'}' => self.syntax(Syntax::Eof("an object")),
            None => self.syntax(Syntax::Eof("a list")),
            Some(_) if close == b'}' => self.syntax(Syntax::CommaOrBrace),
            Some(_) => self.syntax(Syntax::CommaOrBracket),
        }
    }

    /// An array: `item(reader)` reads each element.
    pub fn array(&mut self, item: &mut dyn FnMut(&mut Reader<'a>) -> Step<()>) -> Step<()> {
        if self.peek() != Some(b'[') {
            return self.type_error(Expected::Seq);
        }
        self.enter()?;
        self.pos += 1;
        if self.peek() == Some(b']') {
            self.pos += 1;
            self.leave();
            return Ok(());
        }
        let mut index = 0;
        self.push(Seg::Index(0));
        loop {
            item(self)?;
            if self.close_or_comma(b']')? {
                break;
            }
            index += 1;
            self.set_last(Seg::Index(index));
        }
        self.pop();
        self.leave();
        Ok(())
    }

    /// An array of `T`s, with no spare room: a report's lists are never
    /// pushed to after loading, and the growth slack of every node's
    /// children (room for 4 nodes where a problem had 2 measures) was
    /// megabytes of the widget's memory at 10,000 problems.
    pub fn list<T>(&mut self, mut item: impl FnMut(&mut Reader<'a>) -> Step<T>) -> Step<Vec<T>> {
        let mut out = Vec::new();
        self.array(&mut |r| {
            out.push(item(r)?);
            Ok(())
        })?;
        out.shrink_to_fit();
        Ok(out)
    }

    pub fn text(&mut self) -> Step<String> {
        self.kept_text(true)
    }

    /// A string, checked as [`Reader::text`] checks it, and stored only when
    /// `keep` (what the outline leaves out is never allocated, nor freed).
    pub fn kept_text(&mut self, keep: bool) -> Step<String> {
        if self.peek() != Some(b'"') {
            return self.type_error(Expected::Str);
        }
        let text = self.string()?;
        Ok(match keep {
            true => text.into_owned(),
            false => String::new(),
        })
    }

    /// A string or `null` (`None`), as serde reads an `Option`.
    pub fn optional_text(&mut self) -> Step<Option<String>> {
        if self.null()? {
            return Ok(None);
        }
        self.text().map(Some)
    }

    pub fn texts(&mut self) -> Step<Vec<String>> {
        self.list(Reader::text)
    }

    /// An object of strings (`extra`); a repeated key keeps its last value.
    pub fn text_map(&mut self) -> Step<BTreeMap<String, String>> {
        let mut map = BTreeMap::new();
        if self.peek() != Some(b'{') {
            return self.type_error(Expected::Map);
        }
        self.enter()?;
        self.pos += 1;
        if self.peek() == Some(b'}') {
            self.pos += 1;
        } else {
            loop {
                let (start, end, key) = self.key_and_colon()?;
                self.push(Seg::Key(start, end));
                let value = self.text()?;
                self.pop();
                map.insert(key.into_owned(), value);
                if self.close_or_comma(b'}')? {
                    break;
                }
            }
        }
        self.leave();
        Ok(map)
    }

    /// A non-negative integer that fits in 32 bits.
    pub fn count(&mut self) -> Step<u32> {
        if !matches!(self.peek(), Some(b'-' | b'0'..=b'9')) {
            return self.type_error(Expected::U32);
        }
        let at = self.pos;
        let n = self.number()?;
        match to_u32(&n) {
            Ok(v) => Ok(v),
            Err(U32Error::Float) => self.schema(
                at,
                Schema::InvalidType(Found::Float(n.text.into()), Expected::U32),
            ),
            Err(U32Error::OutOfRange) => self.schema(
                at,
                Schema::InvalidValue(Found::Integer(n.text.into()), Expected::U32),
            ),
        }
    }

    pub fn optional_count(&mut self) -> Step<Option<u32>> {
        if self.null()? {
            return Ok(None);
        }
        self.count().map(Some)
    }

    pub fn decimal(&mut self) -> Step<f64> {
        if !matches!(self.peek(), Some(b'-' | b'0'..=b'9')) {
            return self.type_error(Expected::F64);
        }
        let n = self.number()?;
        match to_f64(n.text) {
            Some(v) => Ok(v),
            None => self.syntax(Syntax::NumberOutOfRange),
        }
    }

    pub fn optional_decimal(&mut self) -> Step<Option<f64>> {
        if self.null()? {
            return Ok(None);
        }
        self.decimal().map(Some)
    }

    /// The index in `names` of an enum written as its name.
    pub fn variant(&mut self, name: &'static str, names: &'static [&'static str]) -> Step<usize> {
        if self.peek() != Some(b'"') {
            return self.type_error(Expected::Enum(name));
        }
        let at = self.pos;
        let value = self.string()?;
        match names.iter().position(|n| *n == value) {
            Some(i) => Ok(i),
            None => self.schema(at, Schema::UnknownVariant(value.into_owned(), names)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::field_index;

    #[test]
    fn a_field_is_found_wherever_the_search_starts() {
        let fields = ["id", "kind", "label", "title", "children"];
        for from in 0..=fields.len() + 1 {
            for (i, key) in fields.iter().enumerate() {
                assert_eq!(
                    field_index(&fields, key, from),
                    Some(i),
                    "{key} from {from}"
                );
            }
            assert_eq!(field_index(&fields, "titl", from), None);
            assert_eq!(field_index(&fields, "", from), None);
        }
        assert_eq!(field_index(&[], "id", 0), None);
    }
}
