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

/// serde_json's message without its ` at line L column C` suffix (the last
/// one: a quoted value may contain the words).
fn strip_position(s: &str) -> String {
    let Some((message, position)) = s.rsplit_once(" at line ") else {
        return s.to_string();
    };
    let is_position = position.split_once(" column ").is_some_and(|(l, c)| {
        [l, c]
            .iter()
            .all(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    });
    if is_position {
        message.to_string()
    } else {
        s.to_string()
    }
}

/// Syntax messages (by their start) and their Chinese.
const SYNTAX_MESSAGES: &[(&str, &str)] = &[
    ("EOF while parsing", "内容在结尾处不完整（可能被截断）"),
    (
        "expected value",
        "此处应为一个值（对象、数组、字符串、数字、true/false 或 null）",
    ),
    ("trailing characters", "JSON 结束后还有多余字符"),
    ("key must be a string", "对象的键必须是带引号的字符串"),
    ("expected `,` or `}`", "此处应为逗号 , 或右花括号 }"),
    ("expected `,` or `]`", "此处应为逗号 , 或右方括号 ]"),
    ("expected `:`", "此处应为冒号 :"),
    ("recursion limit exceeded", "嵌套层数过多，超过了读取上限"),
];

/// Renders serde_json's English messages in Chinese. Only the words serde
/// writes are translated, never a value quoted from the file. Unknown shapes
/// keep the English text after a Chinese lead-in, so nothing is lost.
pub(crate) fn translate(en: &str) -> String {
    if let Some(zh) = translate_data(en) {
        return zh;
    }
    match SYNTAX_MESSAGES
        .iter()
        .find(|(start, _)| en.starts_with(start))
    {
        Some((_, zh)) => zh.to_string(),
        None => format!("数据错误：{en}"),
    }
}

/// The messages of serde's `de::Error` constructors.
fn translate_data(en: &str) -> Option<String> {
    if let Some(rest) = en.strip_prefix("missing field ") {
        return Some(format!("缺少必填字段 {}", unquote(rest)));
    }
    if let Some(rest) = en.strip_prefix("duplicate field ") {
        return Some(format!("字段 {} 重复出现", unquote(rest)));
    }
    if let Some(rest) = en.strip_prefix("unknown field ") {
        let (field, allowed) = split_allowed(rest);
        return Some(format!("未知字段 {field}，允许的字段为：{allowed}"));
    }
    if let Some(rest) = en.strip_prefix("unknown variant ") {
        let (value, allowed) = split_allowed(rest);
        return Some(format!("未知取值 {value}，应为以下之一：{allowed}"));
    }
    if let Some(rest) = en.strip_prefix("invalid type: ") {
        let (found, expected) = rest.rsplit_once(", expected ")?;
        let (found, expected) = (found_zh(found), expected_zh(expected));
        return Some(format!("类型错误：得到 {found}，应为 {expected}"));
    }
    if let Some(rest) = en.strip_prefix("invalid value: ") {
        let (found, expected) = rest.rsplit_once(", expected ")?;
        let (found, expected) = (found_zh(found), expected_zh(expected));
        return Some(format!("取值无效：得到 {found}，应为 {expected}"));
    }
    if let Some(rest) = en.strip_prefix("invalid length ") {
        let (length, expected) = rest.rsplit_once(", expected ")?;
        let expected = expected_zh(expected);
        return Some(format!("长度无效：得到 {length} 项，应为 {expected}"));
    }
    None
}

/// A name as serde quotes it: `` `title` `` is `title`.
fn unquote(s: &str) -> &str {
    s.strip_prefix('`')
        .and_then(|s| s.strip_suffix('`'))
        .unwrap_or(s)
}

/// `` `x`, expected one of `a`, `b` `` → (`x`, `a、b`). The allowed names
/// come from the code, so the split is made at the last `, expected `: the
/// quoted value from the file may contain anything.
fn split_allowed(rest: &str) -> (&str, String) {
    for none in [", there are no fields", ", there are no variants"] {
        if let Some(value) = rest.strip_suffix(none) {
            return (unquote(value), "（无）".to_string());
        }
    }
    match rest.rsplit_once(", expected ") {
        Some((value, allowed)) => {
            // `a`, `one of `a`, `b``, or `` `a` or `b` ``: the quoted names.
            let names: Vec<&str> = allowed.split('`').skip(1).step_by(2).collect();
            (unquote(value), names.join("、"))
        }
        None => (unquote(rest), "（无）".to_string()),
    }
}

/// What serde found, as it prints it (`serde::de::Unexpected`, with
/// serde_json's `null`): the type word is translated, a value after it
/// (`string "roadmap"`, ``integer `5` ``) is kept as written.
fn found_zh(found: &str) -> String {
    const WITH_VALUE: &[(&str, &str)] = &[
        ("string ", "字符串 "),
        ("integer ", "整数 "),
        ("floating point ", "小数 "),
        ("boolean ", "布尔值 "),
        ("character ", "字符 "),
    ];
    if let Some((zh, value)) = WITH_VALUE
        .iter()
        .find_map(|(en, zh)| Some((zh, found.strip_prefix(en)?)))
    {
        return format!("{zh}{value}");
    }
    match found {
        "map" => "对象".to_string(),
        "sequence" => "数组".to_string(),
        "unit value" => "空值".to_string(),
        "byte array" => "字节数组".to_string(),
        other => other.to_string(),
    }
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

#[cfg(test)]
mod tests {
    use super::translate;
    use crate::load::from_json_str;
    use serde::Deserialize;

    const REPORT: &str = r#"{"format":"rectify-board/1","meta":{"title":"T"},"nodes":[{"id":"p1","kind":"problem","title":"A","status":"done"}]}"#;

    /// The Chinese message of loading the report with `from` replaced by `to`.
    fn zh_of(from: &str, to: &str) -> String {
        assert!(REPORT.contains(from));
        from_json_str(&REPORT.replace(from, to))
            .unwrap_err()
            .message_zh
    }

    /// serde_json's English message for `json` read as `T`, without position.
    fn en_of<T: for<'de> Deserialize<'de>>(json: &str) -> String {
        super::strip_position(&serde_json::from_str::<T>(json).err().unwrap().to_string())
    }

    #[test]
    fn quoted_values_are_never_translated() {
        assert_eq!(
            zh_of(r#""title":"A""#, r#""title":"A","source_line":"roadmap""#),
            r#"类型错误：得到 字符串 "roadmap"，应为 非负整数"#
        );
        assert_eq!(
            zh_of(
                r#""title":"A""#,
                r#""title":"A","source_line":"string map""#
            ),
            r#"类型错误：得到 字符串 "string map"，应为 非负整数"#
        );
        // A value that reads like serde's own words, and like its position suffix.
        assert_eq!(
            zh_of(r#""done""#, r#""roadmap, expected sequence""#),
            "未知取值 roadmap, expected sequence，应为以下之一：done、in_progress、long_term、not_started"
        );
        assert_eq!(
            zh_of(
                r#""title":"A""#,
                r#""title":"A","figures":[{"value":"多 at line 9 column 3 map"}]"#
            ),
            r#"类型错误：得到 字符串 "多 at line 9 column 3 map"，应为 数字"#
        );
        assert_eq!(
            zh_of(r#""title":"A""#, r#""title":"A","roadmap":1"#),
            "未知字段 roadmap，允许的字段为：id、kind、label、title、body、status、status_evidence、owners、deadline、completed_on、figures、source_line、extra、children"
        );
    }

    #[test]
    fn every_found_type_word() {
        let title = |v: &str| zh_of(r#""title":"A""#, &format!(r#""title":{v}"#));
        assert_eq!(title(r#"{"a":"map"}"#), "类型错误：得到 对象，应为 字符串");
        assert_eq!(title(r#"["map"]"#), "类型错误：得到 数组，应为 字符串");
        assert_eq!(title("null"), "类型错误：得到 null，应为 字符串");
        assert_eq!(title("true"), "类型错误：得到 布尔值 `true`，应为 字符串");
        assert_eq!(title("1.5"), "类型错误：得到 小数 `1.5`，应为 字符串");
        assert_eq!(title("-3"), "类型错误：得到 整数 `-3`，应为 字符串");
        assert_eq!(
            zh_of(r#""title":"A""#, r#""title":"A","source_line":-1"#),
            "取值无效：得到 整数 `-1`，应为 非负整数"
        );
        assert_eq!(
            zh_of(r#""title":"A""#, r#""title":"A","children":{}"#),
            "类型错误：得到 对象，应为 数组 […]"
        );
    }

    #[test]
    fn missing_duplicate_and_unknown_names() {
        assert_eq!(zh_of(r#","title":"A""#, ""), "缺少必填字段 title");
        assert_eq!(
            zh_of(r#""title":"A""#, r#""title":"A","title":"B""#),
            "字段 title 重复出现"
        );
        #[derive(Debug, Deserialize)]
        #[serde(deny_unknown_fields)]
        struct NoFields {}
        assert_eq!(
            translate(&en_of::<NoFields>(r#"{"map":1}"#)),
            "未知字段 map，允许的字段为：（无）"
        );
        #[derive(Debug, Deserialize)]
        #[serde(rename_all = "snake_case")]
        enum Two {
            Stated,
            Inferred,
        }
        let en = en_of::<Two>(r#""map""#);
        assert_eq!(
            translate(&en),
            "未知取值 map，应为以下之一：stated、inferred"
        );
        assert_eq!(
            translate(&en_of::<[u8; 2]>("[1]")),
            "长度无效：得到 1 项，应为 an array of length 2"
        );
    }

    #[test]
    fn syntax_and_recursion_limit() {
        let e = from_json_str(&REPORT.replace(r#""title":"A""#, r#""title":"#)).unwrap_err();
        assert!(
            e.message_zh
                .ends_with("此处应为一个值（对象、数组、字符串、数字、true/false 或 null）"),
            "{}",
            e.message_zh
        );
        // Nodes nested deeper than serde_json reads (128 levels).
        let mut node = r#"{"id":"i","kind":"item","title":"t"}"#.to_string();
        for k in 0..100 {
            node = format!(r#"{{"id":"i{k}","kind":"item","title":"t","children":[{node}]}}"#);
        }
        let deep = REPORT.replace(
            r#"{"id":"p1","kind":"problem","title":"A","status":"done"}"#,
            &node,
        );
        let e = from_json_str(&deep).unwrap_err();
        assert!(
            e.message_en.contains("recursion limit exceeded"),
            "{}",
            e.message_en
        );
        assert!(
            e.message_zh.ends_with("嵌套层数过多，超过了读取上限"),
            "{}",
            e.message_zh
        );
    }

    #[test]
    fn other_messages_keep_their_english() {
        assert_eq!(translate("something new"), "数据错误：something new");
        assert_eq!(super::strip_position("bad at line 3 column 4"), "bad");
        assert_eq!(super::strip_position("bad at line x"), "bad at line x");
    }
}
