//! The `format` field of a JSON file, read before anything else so that a
//! file of another kind or version is refused as such. A small visitor
//! rather than `serde_json::Value`, whose deserializer would add kilobytes
//! to the widget for one field.

use std::fmt;

use serde::de::{Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

/// Only the `format` field of a file (everything else is skipped).
#[derive(serde::Deserialize)]
pub struct FormatHead {
    pub format: Option<FormatValue>,
}

/// The `format` field's value: the text of a string, or what else it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatValue {
    Text(String),
    /// Not a string: `a number`, `a boolean`, `an array`, `an object`.
    Other(&'static str),
}

impl FormatValue {
    /// The text when the value is a string.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            FormatValue::Text(s) => Some(s),
            FormatValue::Other(_) => None,
        }
    }
}

/// As a message shows it: a string in quotes, anything else described.
impl fmt::Display for FormatValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FormatValue::Text(s) => write!(f, "\"{s}\""),
            FormatValue::Other(what) => f.write_str(what),
        }
    }
}

impl<'de> serde::Deserialize<'de> for FormatValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(FormatVisitor)
    }
}

struct FormatVisitor;

impl<'de> Visitor<'de> for FormatVisitor {
    type Value = FormatValue;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the name of a format")
    }

    fn visit_str<E>(self, v: &str) -> Result<FormatValue, E> {
        Ok(FormatValue::Text(v.to_string()))
    }

    fn visit_bool<E>(self, _: bool) -> Result<FormatValue, E> {
        Ok(FormatValue::Other("a boolean"))
    }

    fn visit_i64<E>(self, _: i64) -> Result<FormatValue, E> {
        Ok(FormatValue::Other("a number"))
    }

    fn visit_u64<E>(self, _: u64) -> Result<FormatValue, E> {
        Ok(FormatValue::Other("a number"))
    }

    fn visit_f64<E>(self, _: f64) -> Result<FormatValue, E> {
        Ok(FormatValue::Other("a number"))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<FormatValue, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(FormatValue::Other("an array"))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<FormatValue, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(FormatValue::Other("an object"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn format_of(json: &str) -> Option<FormatValue> {
        serde_json::from_str::<FormatHead>(json).unwrap().format
    }

    #[test]
    fn reads_the_format_and_skips_the_rest() {
        let head = format_of(r#"{"nodes":[{"a":[1,2]}],"format":"rectify-board/1","meta":{}}"#);
        assert_eq!(head, Some(FormatValue::Text("rectify-board/1".into())));
        assert_eq!(format_of(r#"{"meta":{}}"#), None);
        assert_eq!(format_of(r#"{"format":null}"#), None);
        assert_eq!(
            format_of(r#"{"format":2}"#).unwrap().to_string(),
            "a number"
        );
        assert_eq!(
            format_of(r#"{"format":{"v":[1]}}"#).unwrap().to_string(),
            "an object"
        );
        assert_eq!(format_of(r#"{"format":"x"}"#).unwrap().to_string(), "\"x\"");
    }
}
