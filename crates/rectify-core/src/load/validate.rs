use std::collections::HashMap;

use super::{LoadError, LoadErrorKind};
use crate::model::{Node, Report};

/// Checks what the types cannot: unique non-empty ids and ISO dates.
pub fn validate(report: &Report) -> Result<(), LoadError> {
    let mut seen: HashMap<&str, String> = HashMap::new();
    for (i, node) in report.nodes.iter().enumerate() {
        check_node(node, &format!("$.nodes[{i}]"), &mut seen)?;
    }
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

fn check_node<'a>(
    node: &'a Node,
    path: &str,
    seen: &mut HashMap<&'a str, String>,
) -> Result<(), LoadError> {
    if node.id.trim().is_empty() {
        return Err(LoadError::new(
            LoadErrorKind::Invalid,
            &format!("{path}.id"),
            "id 不能为空",
            "id must not be empty",
        ));
    }
    check_id_chars(&node.id, path)?;
    if let Some(first) = seen.insert(&node.id, path.to_string()) {
        return Err(LoadError::new(
            LoadErrorKind::Invalid,
            &format!("{path}.id"),
            &format!(
                "id \"{}\" 重复，已在 {first} 使用；每个节点的 id 必须唯一",
                node.id
            ),
            &format!(
                "duplicate id \"{}\", already used at {first}; ids must be unique",
                node.id
            ),
        ));
    }
    if let Some(d) = &node.completed_on {
        check_date(d, &format!("{path}.completed_on"))?;
    }
    for (i, child) in node.children.iter().enumerate() {
        check_node(child, &format!("{path}.children[{i}]"), seen)?;
    }
    Ok(())
}

/// Ids name nodes in links and lists: a character that is invisible or
/// reorders text would let two ids look alike, or one look like another.
fn check_id_chars(id: &str, path: &str) -> Result<(), LoadError> {
    let Some((at, c)) = id.char_indices().find(|(_, c)| is_hidden_char(*c)) else {
        return Ok(());
    };
    let position = id[..at].chars().count() + 1;
    let code = format!("U+{:04X}", u32::from(c));
    Err(LoadError::new(
        LoadErrorKind::Invalid,
        &format!("{path}.id"),
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
}
