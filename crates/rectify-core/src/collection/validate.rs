//! What the collection types cannot say: unique department ids without
//! hidden characters, ISO dates, entries of known departments, and at most
//! one report per department and date.

use std::collections::HashMap;

use super::Collection;
use crate::calendar::day_number;
use crate::load::{is_hidden_char, LoadError, LoadErrorKind};

/// Checks a parsed collection; the first problem found, located by its JSON path.
pub fn validate(collection: &Collection) -> Result<(), LoadError> {
    let mut departments: HashMap<&str, usize> = HashMap::new();
    for (i, d) in collection.departments.iter().enumerate() {
        let path = format!("$.departments[{i}].id");
        check_department_id(&d.id, &path)?;
        if let Some(first) = departments.insert(&d.id, i) {
            return Err(invalid(
                &path,
                &format!(
                    "部门 id \"{}\" 重复，已在 $.departments[{first}] 使用",
                    d.id
                ),
                &format!(
                    "duplicate department id \"{}\", already used at $.departments[{first}]",
                    d.id
                ),
            ));
        }
    }
    let mut dates: HashMap<(&str, &str), usize> = HashMap::new();
    for (i, e) in collection.entries.iter().enumerate() {
        let path = format!("$.entries[{i}]");
        if !departments.contains_key(e.department.as_str()) {
            return Err(invalid(
                &format!("{path}.department"),
                &format!("部门 \"{}\" 不在 departments 中", e.department),
                &format!("department \"{}\" is not in departments", e.department),
            ));
        }
        if day_number(&e.as_of).is_none() {
            return Err(invalid(
                &format!("{path}.as_of"),
                &format!(
                    "日期 \"{}\" 无效，应为 YYYY-MM-DD 格式（如 2025-06-30）",
                    e.as_of
                ),
                &format!(
                    "invalid date \"{}\", expected YYYY-MM-DD (e.g. 2025-06-30)",
                    e.as_of
                ),
            ));
        }
        if e.report.trim().is_empty() {
            return Err(invalid(
                &format!("{path}.report"),
                "report 不能为空，应为报告文件相对于本文件的地址",
                "report must not be empty; expected the report's URL relative to this file",
            ));
        }
        if let Some(first) = dates.insert((&e.department, &e.as_of), i) {
            return Err(invalid(
                &format!("{path}.as_of"),
                &format!(
                    "部门 \"{}\" 在 {} 已有一份报告（$.entries[{first}]），同一部门同一日期只能有一份",
                    e.department, e.as_of
                ),
                &format!(
                    "department \"{}\" already has a report as of {} ($.entries[{first}]); one per department and date",
                    e.department, e.as_of
                ),
            ));
        }
    }
    Ok(())
}

/// A department id is non-empty, holds no `/` or `#` (deep links
/// `#<department>/<node>` split on them) and no control, bidi or
/// zero-width character; the error is located at `path`.
pub fn check_department_id(id: &str, path: &str) -> Result<(), LoadError> {
    if id.trim().is_empty() {
        return Err(invalid(
            path,
            "部门 id 不能为空",
            "department id must not be empty",
        ));
    }
    if let Some(c) = id.chars().find(|c| matches!(c, '/' | '#')) {
        return Err(invalid(
            path,
            &format!("部门 id 中不能有 {c}：链接 #<部门 id>/<节点 id> 以它分隔"),
            &format!("a department id cannot contain {c}: links #<department id>/<node id> use it as a separator"),
        ));
    }
    let Some((at, c)) = id.char_indices().find(|(_, c)| is_hidden_char(*c)) else {
        return Ok(());
    };
    let position = id[..at].chars().count() + 1;
    let code = format!("U+{:04X}", u32::from(c));
    Err(invalid(
        path,
        &format!("id 的第 {position} 个字符是不可见或改变文字方向的字符 {code}，id 中不允许出现"),
        &format!("character {position} of the id is an invisible or direction-changing character {code}, not allowed in ids"),
    ))
}

fn invalid(path: &str, zh: &str, en: &str) -> LoadError {
    LoadError::new(LoadErrorKind::Invalid, path, zh, en)
}
