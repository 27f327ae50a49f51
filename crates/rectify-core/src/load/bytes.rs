//! Loading from the bytes of a file, as fetched or read: the text must be
//! UTF-8 (a byte-order mark is dropped). Invalid bytes are an error located
//! by line and column, never silently replaced by U+FFFD, so the widget and
//! the CLI refuse the same files with the same message.

use super::{from_json_str, from_json_str_texts, LoadError, LoadErrorKind, Texts};
use crate::model::Report;

/// Parses and validates a report from the bytes of a JSON file.
pub fn from_json_bytes(bytes: &[u8]) -> Result<Report, LoadError> {
    from_json_str(utf8(bytes)?)
}

/// The same, storing only `texts` (see [`Texts`]).
pub fn from_json_bytes_texts(bytes: &[u8], texts: Texts) -> Result<Report, LoadError> {
    from_json_str_texts(utf8(bytes)?, texts)
}

/// The bytes as UTF-8 text without a byte-order mark, or a located error
/// naming the first invalid byte.
pub fn utf8(bytes: &[u8]) -> Result<&str, LoadError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| invalid_utf8(bytes, e.valid_up_to()))
}

fn invalid_utf8(bytes: &[u8], at: usize) -> LoadError {
    // The text before the bad byte is valid UTF-8 by construction.
    let before = std::str::from_utf8(&bytes[..at]).unwrap_or_default();
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    let byte = bytes[at];
    let mut e = LoadError::new(
        LoadErrorKind::Syntax,
        "$",
        &format!(
            "文件不是有效的 UTF-8 文本：第 {line} 行第 {column} 列的字节 0x{byte:02X} 无法解码；\
             请将文件另存为 UTF-8 编码"
        ),
        &format!(
            "the file is not valid UTF-8: byte 0x{byte:02X} at line {line}, column {column} \
             cannot be decoded; save the file as UTF-8"
        ),
    );
    e.line = Some(line);
    e.column = Some(column);
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"{"format":"rectify-board/1","meta":{"title":"T"},"nodes":[]}"#;

    #[test]
    fn a_bom_is_dropped() {
        let bytes = [b"\xEF\xBB\xBF", MINIMAL.as_bytes()].concat();
        assert!(from_json_bytes(&bytes).is_ok());
    }

    #[test]
    fn invalid_bytes_are_located_not_replaced() {
        let bytes = [
            "{\"format\":\"rectify-board/1\",\n\"meta\":{\"title\":\"标题".as_bytes(),
            b"\xFF",
            b"\"},\"nodes\":[]}",
        ]
        .concat();
        let e = from_json_bytes(&bytes).unwrap_err();
        assert_eq!(e.kind, LoadErrorKind::Syntax);
        assert_eq!((e.line, e.column), (Some(2), Some(20)));
        assert!(e.message_zh.contains("0xFF"), "{}", e.message_zh);
        assert!(
            e.message_en.contains("line 2, column 20"),
            "{}",
            e.message_en
        );
    }
}
