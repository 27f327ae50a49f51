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

/// Characters of a data file's address shown in the error panel at most.
pub const SOURCE_CHARS: usize = 48;

/// A data file's address as the error panel shows it: its path without the
/// origin, query or fragment, the middle cut when long. The address may have
/// been written by anyone (a link's `?src=`), so it is shown short, as code,
/// after a fixed sentence, and never reads as the department's own words.
pub fn source_shown(src: &str) -> String {
    let after_origin = match src.split_once("://") {
        Some((_, rest)) => rest.find('/').map_or("/", |i| &rest[i..]),
        None => src,
    };
    let path = after_origin.split(['?', '#']).next().unwrap_or_default();
    let chars: Vec<char> = path.chars().collect();
    if chars.len() <= SOURCE_CHARS {
        return path.to_string();
    }
    let head: String = chars[..SOURCE_CHARS / 2 - 4].iter().collect();
    let tail: String = chars[chars.len() - (SOURCE_CHARS / 2 + 3)..]
        .iter()
        .collect();
    format!("{head}…{tail}")
}

/// What went wrong in the interface language, and in Chinese interfaces the
/// English message too (for the web editor's search engine).
pub fn error_message(error: &LoadError, lang: Lang) -> (String, Option<String>) {
    match lang {
        Lang::En => (error.message_en.clone(), None),
        _ => (error.message_zh.clone(), Some(error.message_en.clone())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_are_shown_short_and_without_origin_or_query() {
        assert_eq!(
            source_shown("https://portal.example/zg/reports/a.json?x=1#y"),
            "/zg/reports/a.json"
        );
        assert_eq!(source_shown("reports/a.json"), "reports/a.json");
        let long = format!("/{}-call-400-123-4567-for-refund.json", "NOTICE".repeat(20));
        let shown = source_shown(&long);
        assert_eq!(shown.chars().count(), SOURCE_CHARS);
        assert!(
            shown.contains('…') && shown.ends_with("for-refund.json"),
            "{shown}"
        );
    }
}
