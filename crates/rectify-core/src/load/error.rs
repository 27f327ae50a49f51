use std::fmt;

/// What kind of failure a [`LoadError`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoadErrorKind {
    /// Not JSON at all (syntax error).
    Syntax,
    /// JSON, but a field is missing, has the wrong type or an unknown value.
    Schema,
    /// A `format` version this build does not read.
    Version,
    /// Well-formed, but inconsistent (duplicate ids, bad dates...).
    Invalid,
}

/// A located failure to load a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    pub kind: LoadErrorKind,
    /// JSON path in `$.nodes[3].children[0].status` form; `$` for the whole.
    pub path: String,
    /// 1-based line and column for syntax errors.
    pub line: Option<usize>,
    pub column: Option<usize>,
    /// What was wrong and what was expected, in Chinese.
    pub message_zh: String,
    /// The same in English.
    pub message_en: String,
}

impl LoadError {
    pub fn new(kind: LoadErrorKind, path: &str, zh: &str, en: &str) -> LoadError {
        LoadError {
            kind,
            path: path.to_string(),
            line: None,
            column: None,
            message_zh: zh.to_string(),
            message_en: en.to_string(),
        }
    }

    /// A serde_json error, syntax or data, located by line, column and the
    /// JSON path at that position.
    pub(crate) fn from_json(text: &str, e: &serde_json::Error) -> LoadError {
        let (line, column) = (e.line(), e.column());
        let en = strip_position(&e.to_string());
        let syntax = matches!(
            e.classify(),
            serde_json::error::Category::Syntax | serde_json::error::Category::Eof
        );
        let path = if syntax {
            "$".to_string()
        } else {
            super::locate::path_at(text, line, column)
        };
        if syntax {
            LoadError {
                kind: LoadErrorKind::Syntax,
                path,
                line: Some(line),
                column: Some(column),
                message_zh: format!(
                    "不是有效的 JSON（第 {line} 行第 {column} 列）：{}",
                    translate(&en)
                ),
                message_en: format!("not valid JSON (line {line}, column {column}): {en}"),
            }
        } else {
            LoadError {
                kind: LoadErrorKind::Schema,
                path,
                line: Some(line),
                column: Some(column),
                message_zh: translate(&en),
                message_en: en,
            }
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message_en)
    }
}

impl std::error::Error for LoadError {}

fn strip_position(s: &str) -> String {
    match s.find(" at line ") {
        Some(i) => s[..i].to_string(),
        None => s.to_string(),
    }
}

/// Renders serde's English messages in Chinese. Unknown shapes keep the
/// English text after a Chinese lead-in, so nothing is lost.
pub(crate) fn translate(en: &str) -> String {
    if let Some(rest) = en.strip_prefix("missing field ") {
        return format!("缺少必填字段 {}", rest.trim_matches('`'));
    }
    if let Some(rest) = en.strip_prefix("unknown field ") {
        let (field, expected) = split_expected(rest);
        return format!(
            "未知字段 {}，允许的字段为：{}",
            field.trim_matches('`'),
            expected
        );
    }
    if let Some(rest) = en.strip_prefix("unknown variant ") {
        let (value, expected) = split_expected(rest);
        return format!(
            "未知取值 {}，应为以下之一：{}",
            value.trim_matches('`'),
            expected
        );
    }
    if let Some(rest) = en.strip_prefix("invalid type: ") {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            return format!(
                "类型错误：得到 {}，应为 {}",
                found_zh(found),
                expected_zh(expected)
            );
        }
    }
    if let Some(rest) = en.strip_prefix("invalid value: ") {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            return format!(
                "取值无效：得到 {}，应为 {}",
                found_zh(found),
                expected_zh(expected)
            );
        }
    }
    if en.starts_with("EOF while parsing") {
        return "内容在结尾处不完整（可能被截断）".to_string();
    }
    if en.starts_with("expected value") {
        return "此处应为一个值（对象、数组、字符串、数字、true/false 或 null）".to_string();
    }
    if en.starts_with("trailing characters") {
        return "JSON 结束后还有多余字符".to_string();
    }
    if en.starts_with("key must be a string") {
        return "对象的键必须是带引号的字符串".to_string();
    }
    if en.starts_with("expected `,` or `}`") {
        return "此处应为逗号 , 或右花括号 }".to_string();
    }
    if en.starts_with("expected `,` or `]`") {
        return "此处应为逗号 , 或右方括号 ]".to_string();
    }
    if en.starts_with("expected `:`") {
        return "此处应为冒号 :".to_string();
    }
    format!("数据错误：{en}")
}

fn split_expected(rest: &str) -> (&str, String) {
    match rest.split_once(", expected ") {
        Some((v, e)) => (
            v,
            e.trim_start_matches("one of ")
                .replace('`', "")
                .replace(", ", "、"),
        ),
        None => (rest, String::from("（无）")),
    }
}

fn found_zh(found: &str) -> String {
    found
        .replace("string ", "字符串 ")
        .replace("integer ", "整数 ")
        .replace("floating point ", "小数 ")
        .replace("boolean ", "布尔值 ")
        .replace("map", "对象")
        .replace("sequence", "数组")
}

fn expected_zh(expected: &str) -> String {
    match expected {
        "a string" => "字符串".into(),
        "a sequence" => "数组 […]".into(),
        "a boolean" => "布尔值 true/false".into(),
        "f64" | "a number" => "数字".into(),
        "u32" | "u64" | "usize" => "非负整数".into(),
        other if other.starts_with("struct ") => format!("对象 {{…}}（{}）", &other[7..]),
        other if other.starts_with("enum ") => format!("枚举值（{}）", &other[5..]),
        other => other.to_string(),
    }
}
