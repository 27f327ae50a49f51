//! Which data files a page's own address may choose. A `?src=` in the
//! address can be written by anyone who sends a link, so it may only name a
//! file on the page's own site, fetched over HTTP(S); anything else is
//! refused with an error, never replaced by another report.

/// Why a data file named in the page address (`?src=`) is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RefusedSource {
    /// Not an address the browser can parse.
    Unusable,
    /// An address that is not a file on a web server: `data:`,
    /// `javascript:`, `blob:`, `file:` (the scheme, with its colon).
    Scheme(String),
    /// A file on another site (its origin).
    OtherSite(String),
}

/// Characters of a refused scheme shown at most (an address may be long).
const SCHEME_CHARS: usize = 16;

impl RefusedSource {
    /// What the error message names: the other site, the scheme, or `?src=`.
    pub fn shown(&self) -> &str {
        match self {
            RefusedSource::Unusable => "?src=",
            RefusedSource::Scheme(s) | RefusedSource::OtherSite(s) => s,
        }
    }
}

/// Checks an address from the page's `?src=`, as the browser's URL parser
/// resolved it against the page: `protocol` as `URL.protocol` gives it
/// (`https:`), `origin` as `URL.origin`, against the page's own origin.
pub fn check_page_source(
    protocol: &str,
    origin: &str,
    page_origin: &str,
) -> Result<(), RefusedSource> {
    if !matches!(protocol, "http:" | "https:") {
        let shown: String = protocol.chars().take(SCHEME_CHARS).collect();
        return Err(RefusedSource::Scheme(shown));
    }
    if origin != page_origin {
        return Err(RefusedSource::OtherSite(origin.to_string()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "https://portal.example";

    #[test]
    fn only_files_on_the_pages_own_site_are_allowed() {
        assert_eq!(check_page_source("https:", PAGE, PAGE), Ok(()));
        assert_eq!(
            check_page_source("https:", "https://evil.example", PAGE),
            Err(RefusedSource::OtherSite("https://evil.example".into()))
        );
        // Same host, other scheme or port: another origin.
        assert!(check_page_source("http:", "http://portal.example", PAGE).is_err());
        assert!(check_page_source("https:", "https://portal.example:8443", PAGE).is_err());
    }

    #[test]
    fn data_and_script_addresses_are_refused_by_scheme() {
        for scheme in ["data:", "javascript:", "blob:", "file:", "ftp:"] {
            // Their origin may even be reported as the page's (blob:).
            assert_eq!(
                check_page_source(scheme, PAGE, PAGE),
                Err(RefusedSource::Scheme(scheme.into()))
            );
        }
        let long = format!("{}:", "x".repeat(100));
        match check_page_source(&long, "null", PAGE) {
            Err(RefusedSource::Scheme(s)) => assert_eq!(s.chars().count(), SCHEME_CHARS),
            other => panic!("{other:?}"),
        }
    }
}
