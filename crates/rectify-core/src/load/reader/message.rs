//! The words of the reader's errors, in English and Chinese. The English is
//! serde_json's wording (what the CLI printed before the hand-written reader
//! and what users may search for); the Chinese is written here, not
//! translated from the English text, so a value quoted from the file is
//! never mistaken for a message word.

/// Why the text is not JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    /// The text ends inside a value; what was being read.
    Eof(&'static str),
    ExpectedValue,
    TrailingCharacters,
    KeyMustBeString,
    CommaOrBrace,
    CommaOrBracket,
    Colon,
    RecursionLimit,
    InvalidEscape,
    InvalidUnicode,
    ControlCharacter,
    InvalidNumber,
    NumberOutOfRange,
    ExpectedIdent,
}

impl Syntax {
    pub fn en(self) -> String {
        match self {
            Syntax::Eof(what) => return format!("EOF while parsing {what}"),
            Syntax::ExpectedValue => "expected value",
            Syntax::TrailingCharacters => "trailing characters",
            Syntax::KeyMustBeString => "key must be a string",
            Syntax::CommaOrBrace => "expected `,` or `}`",
            Syntax::CommaOrBracket => "expected `,` or `]`",
            Syntax::Colon => "expected `:`",
            Syntax::RecursionLimit => "recursion limit exceeded",
            Syntax::InvalidEscape => "invalid escape",
            Syntax::InvalidUnicode => "invalid unicode code point",
            Syntax::ControlCharacter => {
                "control character (\\u0000-\\u001F) found while parsing a string"
            }
            Syntax::InvalidNumber => "invalid number",
            Syntax::NumberOutOfRange => "number out of range",
            Syntax::ExpectedIdent => "expected ident",
        }
        .to_string()
    }

    pub fn zh(self) -> &'static str {
        match self {
            Syntax::Eof(_) => "内容在结尾处不完整（可能被截断）",
            Syntax::ExpectedValue => {
                "此处应为一个值（对象、数组、字符串、数字、true/false 或 null）"
            }
            Syntax::TrailingCharacters => "JSON 结束后还有多余字符",
            Syntax::KeyMustBeString => "对象的键必须是带引号的字符串",
            Syntax::CommaOrBrace => "此处应为逗号 , 或右花括号 }",
            Syntax::CommaOrBracket => "此处应为逗号 , 或右方括号 ]",
            Syntax::Colon => "此处应为冒号 :",
            Syntax::RecursionLimit => "嵌套层数过多，超过了读取上限",
            Syntax::InvalidEscape => "字符串中的转义无效（\\ 之后应为 \" \\ / b f n r t 或 uXXXX）",
            Syntax::InvalidUnicode => "字符串中的 \\u 转义不是有效的 Unicode 字符",
            Syntax::ControlCharacter => {
                "字符串中不能直接出现控制字符（U+0000–U+001F），应写成转义形式"
            }
            Syntax::InvalidNumber => "数字的写法无效",
            Syntax::NumberOutOfRange => "数字超出了可表示的范围",
            Syntax::ExpectedIdent => "此处应为 true、false 或 null",
        }
    }
}

/// What the file has where a value of another type was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    Null,
    Bool(bool),
    /// An integer as written.
    Integer(String),
    /// A number with a fraction or an exponent, as written.
    Float(String),
    Str(String),
    Array,
    Object,
}

impl Found {
    pub fn en(&self) -> String {
        match self {
            Found::Null => "null".into(),
            Found::Bool(b) => format!("boolean `{b}`"),
            Found::Integer(n) => format!("integer `{n}`"),
            Found::Float(n) => format!("floating point `{n}`"),
            Found::Str(s) => format!("string \"{}\"", escaped(s)),
            Found::Array => "sequence".into(),
            Found::Object => "map".into(),
        }
    }

    pub fn zh(&self) -> String {
        match self {
            Found::Null => "null".into(),
            Found::Bool(b) => format!("布尔值 `{b}`"),
            Found::Integer(n) => format!("整数 `{n}`"),
            Found::Float(n) => format!("小数 `{n}`"),
            Found::Str(s) => format!("字符串 \"{}\"", escaped(s)),
            Found::Array => "数组".into(),
            Found::Object => "对象".into(),
        }
    }
}

/// A quoted value with its quotes, backslashes and line breaks escaped, so
/// that the quotes in a message stay unambiguous.
fn escaped(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out
}

/// The type a field needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    Str,
    Seq,
    Map,
    U32,
    F64,
    Struct(&'static str),
    Enum(&'static str),
}

impl Expected {
    pub fn en(self) -> String {
        match self {
            Expected::Str => "a string".into(),
            Expected::Seq => "a sequence".into(),
            Expected::Map => "a map".into(),
            Expected::U32 => "u32".into(),
            Expected::F64 => "f64".into(),
            Expected::Struct(name) => format!("struct {name}"),
            Expected::Enum(name) => format!("enum {name}"),
        }
    }

    pub fn zh(self) -> String {
        match self {
            Expected::Str => "字符串".into(),
            Expected::Seq => "数组 […]".into(),
            Expected::Map => "对象 {…}".into(),
            Expected::U32 => "非负整数".into(),
            Expected::F64 => "数字".into(),
            Expected::Struct(name) => format!("对象 {{…}}（{name}）"),
            Expected::Enum(name) => format!("枚举值（{name}）"),
        }
    }
}

/// What is wrong with a well-formed value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Schema {
    Missing(&'static str),
    Duplicate(&'static str),
    UnknownField(String, &'static [&'static str]),
    UnknownVariant(String, &'static [&'static str]),
    InvalidType(Found, Expected),
    /// An integer that is not a `u32`.
    InvalidValue(Found, Expected),
}

impl Schema {
    pub fn en(&self) -> String {
        match self {
            Schema::Missing(f) => format!("missing field `{f}`"),
            Schema::Duplicate(f) => format!("duplicate field `{f}`"),
            Schema::UnknownField(k, allowed) => {
                format!("unknown field `{k}`, expected {}", one_of(allowed))
            }
            Schema::UnknownVariant(v, allowed) => {
                format!("unknown variant `{v}`, expected {}", one_of(allowed))
            }
            Schema::InvalidType(found, expected) => {
                format!("invalid type: {}, expected {}", found.en(), expected.en())
            }
            Schema::InvalidValue(found, expected) => {
                format!("invalid value: {}, expected {}", found.en(), expected.en())
            }
        }
    }

    pub fn zh(&self) -> String {
        match self {
            Schema::Missing(f) => format!("缺少必填字段 {f}"),
            Schema::Duplicate(f) => format!("字段 {f} 重复出现"),
            Schema::UnknownField(k, allowed) => {
                format!("未知字段 {k}，允许的字段为：{}", allowed.join("、"))
            }
            Schema::UnknownVariant(v, allowed) => {
                format!("未知取值 {v}，应为以下之一：{}", allowed.join("、"))
            }
            Schema::InvalidType(found, expected) => {
                format!("类型错误：得到 {}，应为 {}", found.zh(), expected.zh())
            }
            Schema::InvalidValue(found, expected) => {
                format!("取值无效：得到 {}，应为 {}", found.zh(), expected.zh())
            }
        }
    }
}

/// serde's list of allowed names: `` one of `a`, `b`, `c` ``.
fn one_of(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    format!("one of {}", quoted.join(", "))
}
