//! Loading a JSON report: parse, check the format version, validate.
//!
//! Every failure is a [`LoadError`] that names the JSON path and what was
//! expected, in Chinese and English, so the widget can show a located message
//! instead of a blank page.

mod bytes;
mod error;
mod format_field;
mod locate;
mod outline;
mod reader;
mod validate;

pub use bytes::{from_json_bytes, from_json_bytes_texts, utf8};
pub use error::{LoadError, LoadErrorKind};
pub use format_field::{FormatHead, FormatValue};
pub use outline::{outline, Texts};
pub use reader::format_field;
pub use validate::{is_hidden_char, is_iso_date, validate};

use crate::model::{Report, FORMAT_MAJOR};

/// Parses and validates a report from JSON text.
///
/// One typed pass with the hand-written reader (`reader/`). Only when it
/// fails is the `format` field read alone, so that a syntax error anywhere,
/// then a missing or other format version, come before field errors.
pub fn from_json_str(text: &str) -> Result<Report, LoadError> {
    from_json_str_texts(text, Texts::All)
}

/// The same, storing only `texts`: with [`Texts::Outline`], the report's
/// [`outline`], read without storing what it leaves out (the same checks,
/// the same error for the same text).
pub fn from_json_str_texts(text: &str, texts: Texts) -> Result<Report, LoadError> {
    let report = match reader::read_report_texts(text, texts) {
        Ok(report) => report,
        Err(e) => {
            check_format(reader::format_field(text)?)?;
            return Err(e);
        }
    };
    check_format(Some(FormatValue::Text(report.format.clone())))?;
    validate(&report)?;
    Ok(report)
}

/// The format must be `rectify-board/1` (any minor version).
fn check_format(format: Option<FormatValue>) -> Result<(), LoadError> {
    let Some(format) = format else {
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
