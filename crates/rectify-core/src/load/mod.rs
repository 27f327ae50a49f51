//! Loading a JSON report: parse, check the format version, validate.
//!
//! Every failure is a [`LoadError`] that names the JSON path and what was
//! expected, in Chinese and English, so the widget can show a located message
//! instead of a blank page.

mod bytes;
mod error;
mod format_field;
mod locate;
mod validate;

pub use bytes::{from_json_bytes, utf8};
pub use error::{LoadError, LoadErrorKind};
pub use format_field::{FormatHead, FormatValue};
pub use validate::{is_hidden_char, is_iso_date, validate};

use crate::model::{Report, FORMAT_MAJOR};

/// Parses and validates a report from JSON text.
pub fn from_json_str(text: &str) -> Result<Report, LoadError> {
    check_format(text)?;
    // One typed pass; on failure, the error's line and column locate the
    // JSON path (see `locate.rs`).
    let report: Report = serde_json::from_str(text).map_err(|e| LoadError::from_json(text, &e))?;
    validate(&report)?;
    Ok(report)
}

fn check_format(text: &str) -> Result<(), LoadError> {
    let first = text
        .trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n'])
        .chars()
        .next();
    match first {
        None => {
            return Err(LoadError::new(
                LoadErrorKind::Syntax,
                "$",
                "文件是空的，应为一个 JSON 对象 {…}",
                "the file is empty; expected a JSON object {…}",
            ))
        }
        Some('{') => {}
        Some(_) => {
            // Syntax errors get their line and column from serde_json.
            serde_json::from_str::<serde::de::IgnoredAny>(text)
                .map_err(|e| LoadError::from_json(text, &e))?;
            return Err(LoadError::new(
                LoadErrorKind::Schema,
                "$",
                "顶层应为对象 {…}",
                "the top level must be an object {…}",
            ));
        }
    }
    // Only the `format` field: a report of another version is refused as
    // such rather than with field errors.
    let head: FormatHead =
        serde_json::from_str(text).map_err(|e| LoadError::from_json(text, &e))?;
    let Some(format) = head.format else {
        return Err(LoadError::new(
            LoadErrorKind::Schema,
            "$.format",
            "缺少字段 format，应为 \"rectify-board/1\"",
            "missing field `format`, expected \"rectify-board/1\"",
        ));
    };
    let major = format
        .as_str()
        .and_then(|s| s.strip_prefix("rectify-board/"))
        .and_then(|v| v.split('.').next())
        .and_then(|v| v.parse::<u32>().ok());
    match major {
        Some(m) if m == FORMAT_MAJOR => Ok(()),
        Some(m) => Err(LoadError::new(
            LoadErrorKind::Version,
            "$.format",
            &format!("数据格式版本 {m} 不受支持，本组件支持版本 {FORMAT_MAJOR}"),
            &format!(
                "format version {m} is not supported; this widget reads version {FORMAT_MAJOR}"
            ),
        )),
        None => Err(LoadError::new(
            LoadErrorKind::Schema,
            "$.format",
            &format!("format 的值 {format} 无法识别，应为 \"rectify-board/1\""),
            &format!("unrecognised format {format}, expected \"rectify-board/1\""),
        )),
    }
}

#[cfg(test)]
mod tests;
