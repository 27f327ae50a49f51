use std::collections::HashSet;

use super::{LoadError, LoadErrorKind};
use crate::fingerprint::Fingerprint;
use crate::model::{Node, Report};

/// Checks what the types cannot: unique non-empty ids and ISO dates.
pub fn validate(report: &Report) -> Result<(), LoadError> {
    check_nodes(&report.nodes)?;
    let m = &report.meta;
    let dates = [
        ("feedback_date", m.feedback_date.as_deref()),
        ("as_of", m.as_of.as_deref()),
        ("published", m.published.as_deref()),
        ("written_date", m.written_date.as_deref()),
        (
            "inspection_period.start",
            m.inspection_period.as_ref().map(|r| r.start.as_str()),
        ),
        (
            "inspection_period.end",
            m.inspection_period.as_ref().map(|r| r.end.as_str()),
        ),
        (
            "disclosure.start",
            m.disclosure.as_ref().map(|r| r.start.as_str()),
        ),
        (
            "disclosure.end",
            m.disclosure.as_ref().map(|r| r.end.as_str()),
        ),
    ];
    for (field, value) in dates {
        if let Some(v) = value {
            check_date(v, &format!("$.meta.{field}"))?;
        }
    }
    if let Some(url) = m.source.as_ref().and_then(|s| s.url.as_deref()) {
        if !crate::contact::is_web_url(url) {
            return Err(LoadError::new(
                LoadErrorKind::Invalid,
                "$.meta.source.url",
                "原文链接无效：应为 http:// 或 https:// 开头的网址，只含 ASCII 字符，不含空格、引号或尖括号（中文域名请写成 punycode，中文路径请百分号编码）",
                "invalid link to the original: expected an http:// or https:// address in ASCII without spaces, quotes or angle brackets (write international names in punycode and percent-encode other characters)",
            ));
        }
    }
    if let Some(rate) = report
        .stated_totals
        .as_ref()
        .and_then(|t| t.completion_rate)
    {
        if !(0.0..=1.0).contains(&rate) {
            // `1e308`, not its 309 digits.
            let rate = crate::chart::fixed(rate, 6, true);
            return Err(LoadError::new(
                LoadErrorKind::Invalid,
                "$.stated_totals.completion_rate",
                &format!("完成率 {rate} 超出范围，应为 0 到 1 之间的小数（76% 写作 0.76）"),
                &format!("completion rate {rate} out of range, expected a fraction from 0 to 1 (76% is 0.76)"),
            ));
        }
    }
    Ok(())
}

/// Every node's checks, in depth-first order, the first failure reported.
///
/// Fast path: one walk with the checks of each node alone, each id's
/// 64-bit FNV-1a hash put in a table (numbers compare faster than ids that
/// share long prefixes, `s1-a3-p12…`; sorting them was 5–6 ms of a
/// 10,000-problem load in the widget, whose size-optimised `sort_unstable`
/// is a heapsort). Only when a hash repeats (an id repeats, or two ids
/// collide) before the first other failure does the exact walk (with a set
/// of the ids seen) run, to report the first repetition as it is met.
/// Paths are written only for an error: a `format!` per node took half the
/// time of loading 10,000 problems.
fn check_nodes(nodes: &[Node]) -> Result<(), LoadError> {
    let mut count = 0;
    let _ = walk(nodes, &mut Vec::new(), &mut |_, _| {
        count += 1;
        Ok(())
    });
    let mut seen = HashTable::new(count);
    let mut repeats = false;
    let failure = walk(nodes, &mut Vec::new(), &mut |node, at| {
        check_own(node, at)?;
        repeats |= seen.insert(Fingerprint::of(node.id.as_bytes()).0) != Some(true);
        check_completed(node, at)
    })
    .err();
    if !repeats {
        return failure.map_or(Ok(()), Err);
    }
    check_nodes_exactly(nodes)
}

/// Up to `count` 64-bit hashes, open-addressed in at least 4/3 as many
/// slots (the wasm memory never shrinks: twice as many was 8 MB more at
/// 100,000 problems), indexed by their high bits (FNV-1a mixes those best),
/// 0 marking a free slot.
struct HashTable(Vec<u64>);

/// The most slots one insertion looks at (at 3/4 full, random hashes need
/// about 8.5 on average).
const MAX_PROBES: usize = 64;

impl HashTable {
    fn new(count: usize) -> HashTable {
        HashTable(vec![0; (count + count / 3 + 1).next_power_of_two()])
    }

    /// Adds `hash`; `Some(false)` when it was in already (or one that
    /// differs only in its lowest bit), `None` when its run of taken slots
    /// is longer than [`MAX_PROBES`]: ids chosen to crowd the table (FNV-1a
    /// is no keyed hash) would make the walk quadratic. Either way the
    /// exact walk decides.
    fn insert(&mut self, hash: u64) -> Option<bool> {
        let hash = hash | 1;
        let mask = self.0.len() - 1;
        let start = (hash >> 32) as usize;
        for i in start..start + MAX_PROBES {
            let slot = &mut self.0[i & mask];
            if *slot == hash {
                return Some(false);
            }
            if *slot == 0 {
                *slot = hash;
                return Some(true);
            }
        }
        None
    }
}

/// The same checks in one walk with a set of the ids seen.
fn check_nodes_exactly(nodes: &[Node]) -> Result<(), LoadError> {
    let mut seen = HashSet::new();
    walk(nodes, &mut Vec::new(), &mut |node, at| {
        check_own(node, at)?;
        if !seen.insert(node.id.as_str()) {
            return Err(duplicate(nodes, &node.id, at));
        }
        check_completed(node, at)
    })
}

/// A check of one node at its position.
type NodeCheck<'a, 'c> = dyn FnMut(&'a Node, &[usize]) -> Result<(), LoadError> + 'c;

/// Calls `check(node, at)` on every node depth first, `at` being the node's
/// index among its siblings at each depth; stops at the first error.
fn walk<'a>(
    nodes: &'a [Node],
    at: &mut Vec<usize>,
    check: &mut NodeCheck<'a, '_>,
) -> Result<(), LoadError> {
    for (i, node) in nodes.iter().enumerate() {
        at.push(i);
        check(node, at)?;
        walk(&node.children, at, check)?;
        at.pop();
    }
    Ok(())
}

/// The checks of a node's id alone.
fn check_own(node: &Node, at: &[usize]) -> Result<(), LoadError> {
    // Printable ASCII needs no further look (most ids: `s2-a1-p3`).
    if !node.id.is_empty() && node.id.bytes().all(|b| b.is_ascii_graphic()) {
        return Ok(());
    }
    if node.id.trim().is_empty() {
        return Err(LoadError::new(
            LoadErrorKind::Invalid,
            &format!("{}.id", path_of(at)),
            "id 不能为空",
            "id must not be empty",
        ));
    }
    check_id_chars(&node.id, at)
}

fn check_completed(node: &Node, at: &[usize]) -> Result<(), LoadError> {
    match &node.completed_on {
        Some(d) if !is_iso_date(d) => check_date(d, &format!("{}.completed_on", path_of(at))),
        _ => Ok(()),
    }
}

/// The id at `at` repeats one used earlier (depth first).
fn duplicate(nodes: &[Node], id: &str, at: &[usize]) -> LoadError {
    let mut first_at = Vec::new();
    first_with_id(nodes, id, &mut first_at);
    let first = path_of(&first_at);
    LoadError::new(
        LoadErrorKind::Invalid,
        &format!("{}.id", path_of(at)),
        &format!("id \"{id}\" 重复，已在 {first} 使用；每个节点的 id 必须唯一"),
        &format!("duplicate id \"{id}\", already used at {first}; ids must be unique"),
    )
}

/// `$.nodes[1].children[0]` for the indices `[1, 0]`.
fn path_of(at: &[usize]) -> String {
    let mut out = String::from("$.nodes");
    for (depth, i) in at.iter().enumerate() {
        if depth > 0 {
            out.push_str(".children");
        }
        out.push('[');
        out.push_str(&i.to_string());
        out.push(']');
    }
    out
}

/// The indices of the first node (depth first) with `id`, into `at`.
fn first_with_id(nodes: &[Node], id: &str, at: &mut Vec<usize>) -> bool {
    for (i, n) in nodes.iter().enumerate() {
        at.push(i);
        if n.id == id || first_with_id(&n.children, id, at) {
            return true;
        }
        at.pop();
    }
    false
}

/// Ids name nodes in links and lists: a character that is invisible or
/// reorders text would let two ids look alike, or one look like another.
fn check_id_chars(id: &str, node_at: &[usize]) -> Result<(), LoadError> {
    let Some((at, c)) = id.char_indices().find(|(_, c)| is_hidden_char(*c)) else {
        return Ok(());
    };
    let position = id[..at].chars().count() + 1;
    let code = format!("U+{:04X}", u32::from(c));
    Err(LoadError::new(
        LoadErrorKind::Invalid,
        &format!("{}.id", path_of(node_at)),
        &format!("id 的第 {position} 个字符是不可见或改变文字方向的字符 {code}，id 中不允许出现"),
        &format!("character {position} of the id is an invisible or direction-changing character {code}, not allowed in ids"),
    ))
}

/// Control characters, bidirectional controls and zero-width characters:
/// they change how text reads without being seen.
pub fn is_hidden_char(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{200B}'..='\u{200F}' // zero-width space/joiners, LRM, RLM
            | '\u{202A}'..='\u{202E}' // embeddings and overrides
            | '\u{2060}'..='\u{2064}' // word joiner, invisible operators
            | '\u{2066}'..='\u{2069}' // isolates
            | '\u{061C}' // Arabic letter mark
            | '\u{FEFF}' // zero-width no-break space
        )
}

/// `YYYY-MM-DD` with a real month and day.
pub fn is_iso_date(s: &str) -> bool {
    crate::calendar::day_number(s).is_some()
}

fn check_date(v: &str, path: &str) -> Result<(), LoadError> {
    if is_iso_date(v) {
        Ok(())
    } else {
        Err(LoadError::new(
            LoadErrorKind::Invalid,
            path,
            &format!("日期 \"{v}\" 无效，应为 YYYY-MM-DD 格式（如 2025-06-30）"),
            &format!("invalid date \"{v}\", expected YYYY-MM-DD (e.g. 2025-06-30)"),
        ))
    }
}

#[cfg(test)]
mod tests {
    use crate::load::{from_json_str, LoadErrorKind};
    use crate::model::{Node, NodeKind};

    fn report_with_ids(a: &str, b: &str) -> String {
        format!(
            r#"{{"format":"rectify-board/1","meta":{{"title":"T"}},"nodes":[
              {{"id":"{a}","kind":"problem","title":"A"}},
              {{"id":"{b}","kind":"problem","title":"B"}}]}}"#
        )
    }

    #[test]
    fn ids_that_differ_only_by_a_zero_width_space_are_refused() {
        let e = from_json_str(&report_with_ids("p1", "p\\u200b1")).unwrap_err();
        assert_eq!(e.kind, LoadErrorKind::Invalid);
        assert_eq!(e.path, "$.nodes[1].id");
        assert!(e.message_en.contains("U+200B"), "{}", e.message_en);
        assert!(e.message_zh.contains("第 2 个字符"), "{}", e.message_zh);
    }

    #[test]
    fn bidi_controls_and_escapes_in_ids_are_refused() {
        for hidden in ["\\u202e", "\\u2066", "\\u200f", "\\u001b", "\\ufeff"] {
            let e = from_json_str(&report_with_ids("p1", &format!("x{hidden}"))).unwrap_err();
            assert_eq!(e.path, "$.nodes[1].id", "{hidden}");
        }
    }

    #[test]
    fn a_rate_out_of_range_is_quoted_without_float_formatting() {
        let with_rate = |rate: &str| {
            let json = report_with_ids("a", "b").replace(
                r#""meta":{"title":"T"}"#,
                &format!(r#""meta":{{"title":"T"}},"stated_totals":{{"text":"x","completion_rate":{rate}}}"#),
            );
            from_json_str(&json).unwrap_err()
        };
        let e = with_rate("76.5");
        assert_eq!(e.path, "$.stated_totals.completion_rate");
        assert!(
            e.message_zh.starts_with("完成率 76.5 超出范围"),
            "{}",
            e.message_zh
        );
        assert!(with_rate("-0.25")
            .message_en
            .starts_with("completion rate -0.25 out"));
        assert!(with_rate("3e20")
            .message_en
            .starts_with("completion rate 3e20 out"));
    }

    proptest::proptest! {
        /// The sorting fast path reports what the walk with a set of ids
        /// reports: the first failure depth first, whatever it is.
        #[test]
        fn the_fast_path_reports_what_the_exact_walk_reports(
            nodes in proptest::collection::vec(
                (0usize..6, 0usize..4, proptest::collection::vec((0usize..6, 0usize..4), 0..4)),
                0..6,
            )
        ) {
            // Ids from a few values (repeats likely), one empty, one hidden;
            // dates valid or not.
            let id = |k: usize| ["a", "b", "c", "", "d\u{200b}", "e"][k].to_string();
            let date = |k: usize| [None, Some("2025-01-31"), Some("2025-02-30"), None][k].map(String::from);
            let tree: Vec<Node> = nodes
                .into_iter()
                .map(|(i, d, children)| {
                    let mut n = Node::new(id(i), NodeKind::FocusArea, "t");
                    n.completed_on = date(d);
                    n.children = children
                        .into_iter()
                        .map(|(i, d)| {
                            let mut c = Node::new(id(i), NodeKind::Problem, "t");
                            c.completed_on = date(d);
                            c
                        })
                        .collect();
                    n
                })
                .collect();
            proptest::prop_assert_eq!(super::check_nodes(&tree), super::check_nodes_exactly(&tree));
        }
    }

    use proptest::strategy::Strategy;

    proptest::proptest! {
        /// The table finds a repeat exactly when sorting does (the lowest
        /// bit ignored), whatever the hashes and their count.
        #[test]
        fn the_table_finds_repeats_as_sorting_does(
            hashes in proptest::collection::vec(
                proptest::prop_oneof![0u64..8, proptest::num::u64::ANY, (0u64..4).prop_map(|k| k << 32)],
                0..300,
            )
        ) {
            let mut sorted: Vec<u64> = hashes.iter().map(|h| h | 1).collect();
            sorted.sort_unstable();
            let by_sorting = sorted.windows(2).any(|w| w[0] == w[1]);
            let mut table = super::HashTable::new(hashes.len());
            let mut by_table = false;
            for &h in &hashes {
                by_table |= table.insert(h) != Some(true);
            }
            proptest::prop_assert_eq!(by_table, by_sorting);
        }
    }

    #[test]
    fn hashes_chosen_to_crowd_the_table_give_up_early() {
        // Distinct hashes with the same high bits all start at one slot.
        let mut table = super::HashTable::new(1000);
        let results: Vec<Option<bool>> = (0..1000u64).map(|k| table.insert(k << 1)).collect();
        assert!(results[..super::MAX_PROBES]
            .iter()
            .all(|r| *r == Some(true)));
        assert_eq!(results[super::MAX_PROBES], None);
    }

    #[test]
    fn a_huge_completion_rate_is_refused_with_a_short_located_message() {
        for (rate, shown) in [
            ("1e308", "1e308"),
            ("-1.7976931348623157e308", "-1.8e308"),
            ("76", "76"),
        ] {
            let json = format!(
                r#"{{"format":"rectify-board/1","meta":{{"title":"T"}},"nodes":[],
                   "stated_totals":{{"completion_rate":{rate},"text":"完成率"}}}}"#
            );
            let e = from_json_str(&json).unwrap_err();
            assert_eq!(e.path, "$.stated_totals.completion_rate");
            assert!(
                e.message_zh.contains(&format!("完成率 {shown} 超出范围")),
                "{}",
                e.message_zh
            );
            assert!(e.message_en.len() < 120, "{}", e.message_en);
        }
    }

    #[test]
    fn ordinary_ids_still_load() {
        assert!(from_json_str(&report_with_ids("s2-a2-c6-p13", "问题-1_甲")).is_ok());
    }

    #[test]
    fn a_link_to_the_original_must_be_plain_http_or_https() {
        let with_url = |url: &str| {
            format!(
                r#"{{"format":"rectify-board/1","meta":{{"title":"t","language":"zh-Hans","source":{{"url":{}}}}},"nodes":[]}}"#,
                serde_json::to_string(url).unwrap()
            )
        };
        let r = from_json_str(&with_url("https://www.example.gov.cn/a.html")).unwrap();
        assert_eq!(
            r.meta.source.unwrap().url.as_deref(),
            Some("https://www.example.gov.cn/a.html")
        );
        for bad in [
            "javascript:alert(1)",
            "https://example.org/\u{202e}x",
            "//example.org",
        ] {
            let e = from_json_str(&with_url(bad)).unwrap_err();
            assert_eq!(e.kind, LoadErrorKind::Invalid, "{bad:?}");
            assert_eq!(e.path, "$.meta.source.url");
            assert!(e.message_en.contains("http:// or https://"));
        }
    }
}
