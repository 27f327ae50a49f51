//! Deep links into a collection: `#<department id>` opens a department,
//! `#<department id>/<node id>` also a problem of its latest report.
//! Department ids hold no `/` or `#` (the collection is validated so).

use crate::link::fragment_for;

/// Where a fragment points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundLink {
    pub department: String,
    pub node: Option<String>,
}

impl RoundLink {
    /// From `location.hash` (with or without `#`, percent-encoded or not);
    /// `None` for an empty fragment (the overview).
    pub fn parse(hash: &str) -> Option<RoundLink> {
        let text = percent_decode(hash.strip_prefix('#').unwrap_or(hash));
        let (department, node) = match text.split_once('/') {
            Some((d, n)) => (d, Some(n)),
            None => (text.as_str(), None),
        };
        let department = department.trim();
        if department.is_empty() {
            return None;
        }
        Some(RoundLink {
            department: department.to_string(),
            node: node
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .map(str::to_string),
        })
    }

    /// The fragment, `#` included, each part percent-encoded as
    /// [`fragment_for`] does (so [`RoundLink::parse`] reads it back).
    pub fn fragment(&self) -> String {
        let department = fragment_for(&self.department);
        match &self.node {
            Some(n) => department + "/" + fragment_for(n).trim_start_matches('#'),
            None => department,
        }
    }
}

/// `%E6%B0%B4` → `水`; invalid escapes and invalid UTF-8 are kept as text.
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_department_and_node() {
        assert_eq!(RoundLink::parse(""), None);
        assert_eq!(RoundLink::parse("#"), None);
        let d = RoundLink::parse("#water").unwrap();
        assert_eq!((d.department.as_str(), d.node), ("water", None));
        let n = RoundLink::parse("#water/s1-p2").unwrap();
        assert_eq!(n.node.as_deref(), Some("s1-p2"));
        assert_eq!(n.fragment(), "#water/s1-p2");
        assert_eq!(RoundLink::parse("#%E6%B0%B4/").unwrap().department, "水");
        // Written encoded, read back.
        let odd = RoundLink {
            department: "水务".into(),
            node: Some("a b".into()),
        };
        assert_eq!(odd.fragment(), "#%E6%B0%B4%E5%8A%A1/a%20b");
        assert_eq!(RoundLink::parse(&odd.fragment()), Some(odd));
        // Broken escapes stay text.
        assert_eq!(RoundLink::parse("#a%2").unwrap().department, "a%2");
        assert_eq!(RoundLink::parse("#%FF").unwrap().department, "%FF");
    }
}
