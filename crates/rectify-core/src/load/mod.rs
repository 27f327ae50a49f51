//! Loading a JSON report: parse, check the format version, validate.
//!
//! Every failure is a [`LoadError`] that names the JSON path and what was
//! expected, in Chinese and English, so the widget can show a located message
//! instead of a blank page.

mod error;
mod validate;

pub use error::{LoadError, LoadErrorKind};
pub use validate::validate;

use crate::model::{Report, FORMAT_MAJOR};

/// Parses and validates a report from JSON text.
pub fn from_json_str(text: &str) -> Result<Report, LoadError> {
    // First as untyped JSON, so syntax errors get a line and column and a
    // wrong `format` is reported before any field-level error.
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| LoadError::syntax(&e))?;
    check_format(&value)?;
    let report: Report =
        serde_path_to_error::deserialize(&value).map_err(|e| LoadError::from_path_error(&e))?;
    validate(&report)?;
    Ok(report)
}

fn check_format(value: &serde_json::Value) -> Result<(), LoadError> {
    let Some(obj) = value.as_object() else {
        return Err(LoadError::new(
            LoadErrorKind::Schema,
            "$",
            "顶层应为对象 {…}",
            "the top level must be an object {…}",
        ));
    };
    let Some(format) = obj.get("format") else {
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
