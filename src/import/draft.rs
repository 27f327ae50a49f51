//! The review draft in this browser's localStorage, so that a reload does
//! not lose the work: the source text (notices and report JSON; not binary
//! workbooks), the worksheet and the review choices. Cleared on request.

use rectify_core::review::ReviewChoices;
use serde_json::{json, Value};

use super::session::{source_of, Source};

const KEY: &str = "rectify-import-draft/1";
/// Drafts larger than this are not kept (localStorage holds a few MB).
const MAX_DRAFT_BYTES: usize = 2 * 1024 * 1024;

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Saves the draft; a source that is not text (XLSX) or too large is not kept.
pub fn save(source: &Source, choices: &ReviewChoices) {
    let (name, text, sheet) = match source {
        Source::Input {
            name, bytes, sheet, ..
        } => match std::str::from_utf8(bytes) {
            Ok(t) => (name, t.to_string(), sheet.clone()),
            Err(_) => return clear(),
        },
        Source::Report { name, report } => (
            name,
            serde_json::to_string(&**report).unwrap_or_default(),
            None,
        ),
    };
    if text.len() > MAX_DRAFT_BYTES {
        return clear();
    }
    let draft = json!({ "name": name, "text": text, "sheet": sheet, "choices": choices });
    if let Some(s) = storage() {
        // A full storage keeps no draft.
        if s.set_item(KEY, &draft.to_string()).is_err() {
            let _ = s.remove_item(KEY);
        }
    }
}

/// The saved draft, if there is one that still reads.
pub fn load() -> Option<(Source, ReviewChoices)> {
    let text = storage()?.get_item(KEY).ok()??;
    let v: Value = serde_json::from_str(&text).ok()?;
    let name = v.get("name")?.as_str()?.to_string();
    let body = v.get("text")?.as_str()?.as_bytes().to_vec();
    let choices: ReviewChoices = serde_json::from_value(v.get("choices")?.clone()).ok()?;
    let mut source = source_of(name, body).ok()?;
    if let (Source::Input { sheet, .. }, Some(s)) =
        (&mut source, v.get("sheet").and_then(Value::as_str))
    {
        *sheet = Some(s.to_string());
    }
    Some((source, choices))
}

pub fn clear() {
    if let Some(s) = storage() {
        let _ = s.remove_item(KEY);
    }
}
