//! Which report URLs a collection entry may name: relative references
//! only, so that a collection can only point into its own site (the widget
//! then resolves them against the collection's URL and checks the origin
//! again, and refuses redirects that leave it).

/// Whether `url` is a relative reference with no scheme (`javascript:`,
/// `data:`, `https:`…), no host (`//other.site/`), no backslash (which
/// browsers read as `/`) and no control character.
pub fn entry_url_allowed(url: &str) -> bool {
    let url = url.trim();
    if url.is_empty() || url.starts_with("//") {
        return false;
    }
    if url.chars().any(|c| c == '\\' || c.is_control()) {
        return false;
    }
    // A scheme is what comes before the first `:` if no `/`, `?` or `#`
    // comes earlier.
    let before = url.split(['/', '?', '#']).next().unwrap_or("");
    !before.contains(':')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_relative_references_pass() {
        for ok in [
            "water/2025-06-30.json",
            "./a.json",
            "../x/a.json",
            "a.json?v=2",
            "a/b:c.json",
            "/r/a.json",
        ] {
            assert!(entry_url_allowed(ok), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            "JAVASCRIPT:alert(1)",
            "data:application/json,{}",
            "https://other.example/a.json",
            "//other.example/a.json",
            "\\\\other.example\\a.json",
            "a\\..\\b.json",
            " ",
            "a\n.json",
        ] {
            assert!(!entry_url_allowed(bad), "{bad}");
        }
    }
}
