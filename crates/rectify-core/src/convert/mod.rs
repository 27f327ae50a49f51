//! The notice converter: the text of a published notice in, a [`Report`] out.
//!
//! (Stub: the real converter lands in this module.)

use serde::{Deserialize, Serialize};

use crate::model::{Meta, Report, FORMAT};

/// A problem found while converting, located in the source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    /// 1-based line.
    pub line: u32,
    /// 1-based column, in characters.
    pub column: u32,
    pub message: String,
}

/// Phrases that decide a node's status. The defaults are documented in
/// docs/data-format.md; a JSON file of this shape overrides them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct StatusRules {
    pub done: Vec<String>,
    pub in_progress: Vec<String>,
    pub long_term_sections: Vec<String>,
}

impl Default for StatusRules {
    fn default() -> Self {
        StatusRules {
            done: vec![],
            in_progress: vec![],
            long_term_sections: vec![],
        }
    }
}

/// Options for [`convert_notice`].
#[derive(Debug, Clone, Default)]
pub struct ConvertOptions {
    /// Name of the source file, recorded in `meta.source.document`.
    pub source_name: Option<String>,
    pub rules: StatusRules,
}

/// The result of a conversion: the report and what the converter noticed.
#[derive(Debug, Clone)]
pub struct Conversion {
    pub report: Report,
    pub warnings: Vec<Warning>,
}

/// Converts the text of a notice.
pub fn convert_notice(text: &str, _opts: &ConvertOptions) -> Conversion {
    Conversion {
        report: Report {
            format: FORMAT.to_string(),
            meta: Meta {
                title: text.lines().next().unwrap_or_default().to_string(),
                language: "zh-Hans".into(),
                ..Meta::default()
            },
            nodes: vec![],
            skipped: vec![],
        },
        warnings: vec![],
    }
}
