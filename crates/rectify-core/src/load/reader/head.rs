//! The `format` field alone, with every other value skipped (but checked
//! for syntax): so that a file of another kind or version is refused as
//! such, and a syntax error anywhere comes before field errors.

use super::cursor::{Reader, Seg, Step};
use super::message::Schema;
use crate::load::{FormatValue, LoadError, LoadErrorKind};

/// The top-level object's `format` value (`None` when absent or `null`).
pub fn format_field(text: &str) -> Result<Option<FormatValue>, LoadError> {
    let mut r = Reader::new(text);
    match r.peek() {
        None => Err(LoadError::new(
            LoadErrorKind::Syntax,
            "$",
            "文件是空的，应为一个 JSON 对象 {…}",
            "the file is empty; expected a JSON object {…}",
        )),
        Some(b'{') => match read_head(&mut r) {
            Ok(format) => Ok(format),
            Err(_) => Err(r.into_error()),
        },
        Some(_) => {
            if r.skip_value().and_then(|()| r.end()).is_err() {
                return Err(r.into_error());
            }
            Err(LoadError::new(
                LoadErrorKind::Schema,
                "$",
                "顶层应为对象 {…}",
                "the top level must be an object {…}",
            ))
        }
    }
}

fn read_head(r: &mut Reader<'_>) -> Step<Option<FormatValue>> {
    r.enter()?;
    r.pos += 1;
    let mut format = None;
    let mut seen = false;
    if r.peek() == Some(b'}') {
        r.pos += 1;
    } else {
        loop {
            r.peek();
            let at = r.pos;
            let (_, _, key) = r.key_and_colon()?;
            if key == "format" {
                r.push(Seg::Field("format"));
                if seen {
                    return r.schema(at, Schema::Duplicate("format"));
                }
                seen = true;
                format = format_value(r)?;
                r.pop();
            } else {
                r.skip_value()?;
            }
            if r.close_or_comma(b'}')? {
                break;
            }
        }
    }
    r.leave();
    r.end()?;
    Ok(format)
}

/// A string's text, or what else the value is; `null` is no format.
fn format_value(r: &mut Reader<'_>) -> Step<Option<FormatValue>> {
    let other = match r.peek() {
        Some(b'"') => return Ok(Some(FormatValue::Text(r.string()?.into_owned()))),
        Some(b'n') if r.null()? => return Ok(None),
        Some(b'[') => "an array",
        Some(b'{') => "an object",
        Some(b't' | b'f') => "a boolean",
        _ => "a number",
    };
    r.skip_value()?;
    Ok(Some(FormatValue::Other(other)))
}
