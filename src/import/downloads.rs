//! The files a review offers for download, as `blob:` URLs released when
//! the next revision replaces them: the report JSON (named after the
//! issuer and date), the review choices, and the full list of warnings.

use rectify_core::review::{download_name, report_json, ReviewChoices};

use super::blob;
use super::session::{Derived, Source};
use super::warnings::warnings_text;

pub struct Downloads {
    pub json_url: String,
    pub json_name: String,
    pub choices_url: String,
    pub choices_name: String,
    pub warnings_url: Option<String>,
}

impl Downloads {
    pub fn new(source: &Source, derived: &Derived, choices: &ReviewChoices) -> Option<Downloads> {
        let json_name = download_name(&derived.report.meta, source.name());
        let stem = json_name.trim_end_matches(".json");
        let choices_text = serde_json::to_string_pretty(choices).ok()? + "\n";
        let warnings_url = (derived.warnings.len() > super::limits::SHOWN_WARNINGS)
            .then(|| {
                blob::object_url(
                    &warnings_text(source.name(), &derived.warnings),
                    "text/plain;charset=utf-8",
                )
            })
            .flatten();
        Some(Downloads {
            json_url: blob::object_url(&report_json(&derived.report), "application/json")?,
            choices_name: format!("{stem}.review.json"),
            choices_url: blob::object_url(&choices_text, "application/json")?,
            json_name,
            warnings_url,
        })
    }
}

impl Drop for Downloads {
    fn drop(&mut self) {
        blob::revoke(&self.json_url);
        blob::revoke(&self.choices_url);
        if let Some(u) = &self.warnings_url {
            blob::revoke(u);
        }
    }
}
