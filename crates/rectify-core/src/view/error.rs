use crate::load::LoadError;
use crate::locale::{Lang, Msg};

/// Where a load error is: the JSON path, with line and column when known.
pub fn error_location(error: &LoadError, lang: Lang) -> String {
    match (error.line, error.column) {
        (Some(line), Some(column)) => {
            Msg::ErrorLocation.fill(lang, &[&error.path, &line.to_string(), &column.to_string()])
        }
        _ => error.path.clone(),
    }
}

/// What went wrong in the interface language, and in Chinese interfaces the
/// English message too (for the web editor's search engine).
pub fn error_message(error: &LoadError, lang: Lang) -> (String, Option<String>) {
    match lang {
        Lang::En => (error.message_en.clone(), None),
        _ => (error.message_zh.clone(), Some(error.message_en.clone())),
    }
}
