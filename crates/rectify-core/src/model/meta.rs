use serde::{Deserialize, Serialize};

/// Report metadata. Dates are ISO 8601 (`2025-06-30`); every field is optional
/// because notices differ in what they state.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// The title as printed.
    pub title: String,
    /// The issuing body (`中共中山市财政局党组`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    /// The inspection round (`十五届市委第六轮巡察`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inspection_round: Option<String>,
    /// The inspection team (`市委第一巡察组`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inspection_team: Option<String>,
    /// When the inspection took place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inspection_period: Option<DateRange>,
    /// When the inspection team gave its feedback (反馈).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feedback_date: Option<String>,
    /// The date the progress figures refer to (`截至2025年6月底` is 2025-06-30).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
    /// The phrase the as-of date came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of_text: Option<String>,
    /// Publication date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// Date the document was written (成文日期), when a page states it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub written_date: Option<String>,
    /// The portal's index number (信息索引号 / 索引号), as printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index_number: Option<String>,
    /// The document number (文号 / 发文字号, `某财党〔2025〕12号`), as printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document_number: Option<String>,
    /// The window during which the public may comment (公开期限).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disclosure: Option<DateRange>,
    /// How to reach the issuer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
    /// Where the data came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    /// Language of the report's own text (BCP 47), `zh-Hans` by default.
    #[serde(default = "default_language")]
    pub language: String,
}

fn default_language() -> String {
    "zh-Hans".to_string()
}

/// An inclusive range of ISO dates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DateRange {
    pub start: String,
    pub end: String,
}

/// Contact details for comments (联系方式).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Contact {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Postal address (邮政信箱 / 地址).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postcode: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Remarks such as office hours or what to write on the envelope.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Provenance of the data.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// File name or URL of the original.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
    /// `信息来源` as printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// The tool that produced the JSON (`rectify convert 0.1.0`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub generator: Option<String>,
    /// Where the original notice is published: an `http://` or `https://`
    /// address (ASCII, no spaces; loading refuses anything else), shown as
    /// a link in the contact panel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}
