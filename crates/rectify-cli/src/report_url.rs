//! Report URLs in a collection: the path of a report relative to the
//! collection file, with `/` separators and the characters that would end
//! or change a URL path (`%`, `#`, `?`, spaces, controls) percent-encoded;
//! and back.

use std::path::{Component, Path, PathBuf};

/// The path from the folder `base` to `target` (both absolute), with `..`
/// where `target` is outside `base`.
pub fn relative_path(base: &Path, target: &Path) -> PathBuf {
    let base: Vec<Component> = base.components().collect();
    let target: Vec<Component> = target.components().collect();
    let common = base.iter().zip(&target).take_while(|(a, b)| a == b).count();
    let mut out = PathBuf::new();
    for _ in common..base.len() {
        out.push("..");
    }
    for c in &target[common..] {
        out.push(c.as_os_str());
    }
    out
}

/// A relative path as a URL path.
pub fn to_url(relative: &Path) -> String {
    let parts: Vec<String> = relative
        .components()
        .map(|c| encode(&c.as_os_str().to_string_lossy()))
        .collect();
    parts.join("/")
}

fn encode(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len());
    for c in segment.chars() {
        if c == '%' || c == '#' || c == '?' || c == ' ' || c == '\\' || c.is_control() {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// A URL path back to a relative path: `%XX` decoded, `/` as separators.
/// `None` for an absolute URL (`https:`, `/…`), which is not a file here.
pub fn from_url(url: &str) -> Option<PathBuf> {
    if url.starts_with('/') || url.contains("://") {
        return None;
    }
    let bytes = url.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(b)) => {
                decoded.push(b);
                i += 3;
            }
            (b, _) => {
                decoded.push(b);
                i += 1;
            }
        }
    }
    let text = String::from_utf8(decoded).ok()?;
    Some(text.split('/').collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_urls_round_trip() {
        let rel = relative_path(
            Path::new("/a/out"),
            Path::new("/a/reports/财政局/2025 #1.json"),
        );
        assert_eq!(rel, Path::new("../reports/财政局/2025 #1.json"));
        let url = to_url(&rel);
        assert_eq!(url, "../reports/财政局/2025%20%231.json");
        assert_eq!(from_url(&url).unwrap(), rel);
        assert_eq!(from_url("https://example.cn/r.json"), None);
        assert_eq!(from_url("/r.json"), None);
    }
}
