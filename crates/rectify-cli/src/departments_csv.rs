//! `--departments departments.csv`: one department a line as
//! `id,name[,order]`; an optional header line `id,name,order`; blank lines
//! and lines starting with `#` are skipped. Fields may be quoted ("…").

use std::path::Path;

use rectify_core::collection::{check_department_id, Department};

use crate::commands::read_text;
use crate::error::CliError;

/// The departments of the file, in its order; errors name the line.
pub fn read_departments(path: &Path) -> Result<Vec<Department>, CliError> {
    let text = read_text(path)?;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let fields = split_fields(trimmed);
        if out.is_empty() && fields.first().is_some_and(|f| f.eq_ignore_ascii_case("id")) {
            continue;
        }
        let at = format!("{}:{}", path.display(), i + 1);
        let d = department(&fields, &at)?;
        if let Err(e) = check_department_id(&d.id, "id") {
            return Err(CliError::invalid(format!(
                "{at}: error: {}\n{at}: error: {}",
                e.message_zh, e.message_en
            )));
        }
        if out.iter().any(|o: &Department| o.id == d.id) {
            return Err(CliError::invalid(format!(
                "{at}: error: department id \"{}\" is listed twice (部门 id 重复)",
                d.id
            )));
        }
        out.push(d);
    }
    Ok(out)
}

fn department(fields: &[String], at: &str) -> Result<Department, CliError> {
    let (id, name) = match fields {
        [id, name, ..] if !id.is_empty() && !name.is_empty() => (id, name),
        _ => {
            return Err(CliError::invalid(format!(
                "{at}: error: expected id,name[,order] (部门 id、名称、可选的顺序)"
            )))
        }
    };
    let order = match fields.get(2).map(String::as_str) {
        None | Some("") => None,
        Some(v) => Some(v.parse::<u32>().map_err(|_| {
            CliError::invalid(format!(
                "{at}: error: order \"{v}\" is not a whole number (顺序应为非负整数)"
            ))
        })?),
    };
    if fields.len() > 3 {
        return Err(CliError::invalid(format!(
            "{at}: error: {} fields, expected id,name[,order]",
            fields.len()
        )));
    }
    Ok(Department {
        id: id.clone(),
        name: name.clone(),
        order,
    })
}

/// Comma-separated fields, trimmed; `"a,b"` is one field and `""` inside
/// quotes a quote.
fn split_fields(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                fields.last_mut().unwrap().push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => fields.push(String::new()),
            (c, _) => fields.last_mut().unwrap().push(c),
        }
    }
    fields.iter().map(|f| f.trim().to_string()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_fields() {
        assert_eq!(split_fields("a, \"b,c\" ,\"d\"\"e\""), ["a", "b,c", "d\"e"]);
        let d = department(&split_fields("water,县水务局,2"), "x:1").unwrap();
        assert_eq!(
            (d.id.as_str(), d.name.as_str(), d.order),
            ("water", "县水务局", Some(2))
        );
        assert!(department(&split_fields("water"), "x:1").is_err());
        assert!(department(&split_fields("water,水务局,first"), "x:1").is_err());
    }
}
