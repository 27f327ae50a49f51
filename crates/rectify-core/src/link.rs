//! Deep links: the URL fragment `#<node id>` names an area or a problem.
//! A fragment that names no node of the report is not an error (it may be
//! the portal's own anchor, or another widget's), so it resolves to nothing.

use crate::model::{Node, NodeId, NodeKind, Report};
use crate::stats::{listing, GroupId, Listing};

/// The longest fragment read, in bytes; longer ones name no node.
pub const MAX_FRAGMENT_BYTES: usize = 512;

/// Where a link leads: the area to open and, within it, the problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkTarget {
    /// The area drilled into (a focus area or section id); `None` for the
    /// list of top-level problems.
    pub area: Option<String>,
    /// The problem (or long-term item) opened in it.
    pub problem: Option<String>,
    /// The problem's place in its area's listing (0-based; 0 without a
    /// problem), so that the page holding it is shown.
    pub position: usize,
}

/// The target of `fragment` (with or without `#`, percent-encoded or not)
/// in `report`, if it names one of its areas, problems or measures.
pub fn resolve(fragment: &str, report: &Report) -> Option<LinkTarget> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if fragment.is_empty() || fragment.len() > MAX_FRAGMENT_BYTES {
        return None;
    }
    let id = percent_decode(fragment)?;
    let path = path_to(report, &id)?;
    let (node, above) = path.split_last()?;
    match node.kind {
        NodeKind::Problem | NodeKind::LongTerm => Some(problem_target(report, node, above)),
        NodeKind::Measure => {
            let (problem, above) = above.split_last()?;
            Some(problem_target(report, problem, above))
        }
        NodeKind::FocusArea | NodeKind::Section | NodeKind::Category => Some(LinkTarget {
            area: Some(listing_area(&path).unwrap_or(node).id.clone()),
            problem: None,
            position: 0,
        }),
        _ => None,
    }
}

/// The fragment that links to `id` (`#` and the id, percent-encoded where a
/// URL needs it).
pub fn fragment_for(id: &str) -> String {
    let mut out = String::from("#");
    for b in id.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn problem_target(report: &Report, problem: &Node, above: &[&Node]) -> LinkTarget {
    let area = listing_area(above);
    let group = area.map_or(GroupId::TopLevel, |a| GroupId::Node(NodeId::new(&a.id)));
    let position = listing(report, Listing::Group(&group))
        .and_then(|listed| listed.iter().position(|p| std::ptr::eq(*p, problem)))
        .unwrap_or(0);
    LinkTarget {
        area: area.map(|a| a.id.clone()),
        problem: Some(problem.id.clone()),
        position,
    }
}

/// The area a node is listed under, given the nodes above it from the top
/// level down: the nearest focus area, else the top-level node; `None` at
/// the top level.
pub fn listing_area<'a>(above: &[&'a Node]) -> Option<&'a Node> {
    above
        .iter()
        .rev()
        .find(|n| n.kind == NodeKind::FocusArea)
        .or(above.first())
        .copied()
}

/// The nodes from the top level down to the one with `id`, inclusive.
fn path_to<'a>(report: &'a Report, id: &str) -> Option<Vec<&'a Node>> {
    fn walk<'a>(nodes: &'a [Node], id: &str, path: &mut Vec<&'a Node>) -> bool {
        for node in nodes {
            path.push(node);
            if node.id == id || walk(&node.children, id, path) {
                return true;
            }
            path.pop();
        }
        false
    }
    let mut path = Vec::new();
    walk(&report.nodes, id, &mut path).then_some(path)
}

/// `%E4%BB%A3` → `代`; `None` for a malformed escape or invalid UTF-8.
fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::test_support::bundled_report as bundled;

    fn target(area: Option<&str>, problem: Option<&str>) -> Option<LinkTarget> {
        at(area, problem, 0)
    }

    fn at(area: Option<&str>, problem: Option<&str>, position: usize) -> Option<LinkTarget> {
        Some(LinkTarget {
            area: area.map(str::to_string),
            problem: problem.map(str::to_string),
            position,
        })
    }

    #[test]
    fn a_problem_opens_in_its_area() {
        let r = bundled();
        // (13) is the ninth problem listed under area (二): (5)…(20).
        assert_eq!(
            resolve("#s2-a2-c6-p13", &r),
            at(Some("s2-a2"), Some("s2-a2-c6-p13"), 8)
        );
        // A measure opens its problem.
        let measure = r.find("s2-a2-c6-p13").unwrap().children[0].id.clone();
        assert_eq!(
            resolve(&fragment_for(&measure), &r),
            at(Some("s2-a2"), Some("s2-a2-c6-p13"), 8)
        );
    }

    #[test]
    fn a_problem_on_a_later_page_says_where_it_is_listed() {
        let r = crate::sample::generate(2_000, 4);
        let area = &r.nodes[0].children[1];
        let problem = &area.children[345];
        let t = resolve(&problem.id, &r).unwrap();
        assert_eq!(t.area.as_deref(), Some(area.id.as_str()));
        assert_eq!(t.position, 345);
    }

    #[test]
    fn an_area_opens_itself_and_a_category_its_area() {
        let r = bundled();
        assert_eq!(resolve("s2-a2", &r), target(Some("s2-a2"), None));
        assert_eq!(resolve("#s2-a2-c6", &r), target(Some("s2-a2"), None));
    }

    #[test]
    fn other_fragments_resolve_to_nothing() {
        let r = bundled();
        for f in [
            "",
            "#",
            "#top",
            "#s2-a2-c6-p999",
            "#%ZZ",
            "#%FF",
            &"x".repeat(600),
        ] {
            assert_eq!(resolve(f, &r), None, "{f}");
        }
    }

    #[test]
    fn fragments_round_trip_any_id() {
        let mut r = Report::new("t");
        let mut area = Node::new("领域 一", NodeKind::FocusArea, "甲");
        area.children
            .push(Node::new("问题#1/2?", NodeKind::Problem, "乙"));
        r.nodes.push(area);
        let f = fragment_for("问题#1/2?");
        assert!(
            f[1..].is_ascii() && !f[1..].contains(['#', '/', '?']),
            "{f}"
        );
        assert_eq!(resolve(&f, &r), target(Some("领域 一"), Some("问题#1/2?")));
        assert_eq!(fragment_for("s2-a2-c6-p13"), "#s2-a2-c6-p13");
    }
}
