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

/// `YYYY-MM-DD` with a real month and day.
pub(crate) fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s[r].parse::<u32>().ok();
    match (num(0..4), num(5..7), num(8..10)) {
        (Some(y), Some(m), Some(d)) => (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m),
        _ => false,
    }
}

fn days_in_month(y: u32, m: u32) -> u32 {
    crate::calendar::days_in_month(y as i32, m)
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
