use serde::{Deserialize, Serialize};

/// A figure stated in the text, e.g. `2025年1-6月全市一般公共预算收入176.1亿元,增长3.36%`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// The number as a value (`176.1`).
    pub value: f64,
    /// The unit as printed (`亿元`, `%`, `个`, `人次`...).
    pub unit: String,
    /// What is counted, from the words before the number (`全市一般公共预算收入`).
    pub label: String,
    /// The period it refers to, as printed (`2025年1-6月`, `截至2025年6月底`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// A stated change in percent (`增长3.36%` is 3.36, `压减约50%` is -50).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_percent: Option<f64>,
    /// The exact source text of the figure (`176.1亿元`).
    pub text: String,
}
