//! Collection JSON text → [`Collection`], with the same located errors as
//! reports ([`LoadError`]: JSON path, line and column, Chinese and English).

use super::{validate, Collection, COLLECTION_FORMAT, COLLECTION_FORMAT_MAJOR};
use crate::load::{FormatHead as Head, LoadError, LoadErrorKind};

/// Parses and validates a collection from JSON text.
pub fn from_json_str(text: &str) -> Result<Collection, LoadError> {
    check_format(text)?;
    let collection: Collection =
        serde_json::from_str(text).map_err(|e| LoadError::from_json(text, &e))?;
    validate(&collection)?;
    Ok(collection)
}

// Only the `format` field is read first ([`Head`]), so that a report, or a
// collection of another version, is refused as such rather than with field
// errors.

fn check_format(text: &str) -> Result<(), LoadError> {
    let head: Head = serde_json::from_str(text).map_err(|e| LoadError::from_json(text, &e))?;
    let expected = format!("\"{COLLECTION_FORMAT}\"");
    let Some(format) = head.format else {
        return Err(schema_error(
            &format!("缺少字段 format，应为 {expected}"),
            &format!("missing field `format`, expected {expected}"),
        ));
    };
    let text_value = format.as_str().unwrap_or_default();
    if text_value.starts_with("rectify-board/") {
        return Err(schema_error(
            &format!("这是一份报告（{text_value}），不是报告集；报告集的 format 为 {expected}"),
            &format!("this is a report ({text_value}), not a collection; a collection's format is {expected}"),
        ));
    }
    let major = text_value
        .strip_prefix("rectify-board-collection/")
        .and_then(|v| v.split('.').next())
        .and_then(|v| v.parse::<u32>().ok());
    match major {
        Some(m) if m == COLLECTION_FORMAT_MAJOR => Ok(()),
        Some(m) => Err(LoadError::new(
            LoadErrorKind::Version,
            "$.format",
            &format!("报告集格式版本 {m} 不受支持，本组件支持版本 {COLLECTION_FORMAT_MAJOR}"),
            &format!("collection format version {m} is not supported; this build reads version {COLLECTION_FORMAT_MAJOR}"),
        )),
        None => Err(schema_error(
            &format!("format 的值 {format} 无法识别，应为 {expected}"),
            &format!("unrecognised format {format}, expected {expected}"),
        )),
    }
}

fn schema_error(zh: &str, en: &str) -> LoadError {
    LoadError::new(LoadErrorKind::Schema, "$.format", zh, en)
}

/// Whether JSON text is a collection rather than a report, judged by its
/// `format` field alone (`false` for text that is not a JSON object). Read
/// by the report reader's own scanner, so the embed carries no serde code
/// for it.
pub fn is_collection_json(text: &str) -> bool {
    crate::load::format_field(text)
        .ok()
        .flatten()
        .and_then(|f| {
            f.as_str()
                .map(|s| s.starts_with("rectify-board-collection/"))
        })
        .unwrap_or(false)
}
