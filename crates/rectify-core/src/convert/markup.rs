//! Formatting left over from copying a page: Markdown (`**bold**`, a leading
//! `#` or `> `, a `---` rule) and HTML (`<br>`, `&nbsp;`). It is removed before the
//! lines are classified, and what was removed is kept in `report.skipped`
//! (reason [`MARKUP_REASON`]), so that no character of the input is lost.

/// The reason recorded in `report.skipped` for removed formatting.
pub(crate) const MARKUP_REASON: &str = "格式标记";

/// HTML tags and entities removed wherever they are (lower-cased match).
const HTML_TOKENS: &[&str] = &[
    "<br>", "<br/>", "<br />", "<p>", "</p>", "&nbsp;", "&ensp;", "&emsp;",
];

/// Named HTML entities a careless copy leaves in the text, and the
/// character each stands for (`&ldquo;两个责任&rdquo;` → `“两个责任”`).
const ENTITIES: &[(&str, char)] = &[
    ("&ldquo;", '“'),
    ("&rdquo;", '”'),
    ("&lsquo;", '‘'),
    ("&rsquo;", '’'),
    ("&mdash;", '—'),
    ("&ndash;", '–'),
    ("&middot;", '·'),
    ("&hellip;", '…'),
    ("&quot;", '"'),
    ("&amp;", '&'),
    ("&lt;", '<'),
    ("&gt;", '>'),
    ("&times;", '×'),
    ("&bull;", '•'),
    ("&permil;", '‰'),
];

/// The longest numeric entity (`&#x1F600;`, `&#128512;`), in bytes.
const MAX_NUMERIC_ENTITY: usize = 10;

/// An entity at the start of `rest` (named, or numeric `&#8220;`,
/// `&#x201C;`), its length in bytes and the character it stands for.
pub fn entity_at(rest: &str) -> Option<(usize, char)> {
    if let Some(&(name, c)) = ENTITIES.iter().find(|(name, _)| {
        rest.len() >= name.len()
            && rest.is_char_boundary(name.len())
            && rest[..name.len()].eq_ignore_ascii_case(name)
    }) {
        return Some((name.len(), c));
    }
    let body = rest.strip_prefix("&#")?;
    let end = body.find(';').filter(|&e| e + 3 <= MAX_NUMERIC_ENTITY)?;
    let code = match body[..end].strip_prefix(['x', 'X']) {
        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
        None => body[..end].parse().ok()?,
    };
    let c = char::from_u32(code).filter(|c| !c.is_control())?;
    Some((end + 3, c))
}

/// A line with its formatting removed, and the removed pieces in order.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Stripped {
    pub text: String,
    pub removed: Vec<String>,
}

/// A Markdown rule (`---`, `***`, `___`), or the rule under a Markdown
/// table's header (`|---|:--:|`): the whole line is formatting.
fn is_rule(t: &str) -> bool {
    let t: String = t.chars().filter(|c| !c.is_whitespace()).collect();
    let plain = t.chars().count() >= 3
        && t.chars().all(|c| c == t.chars().next().unwrap_or(' '))
        && matches!(t.chars().next(), Some('-' | '*' | '_' | '='));
    // `|---|:--:|`, or `----｜--------｜…` under a header divided by bars.
    let table = (t.starts_with('|') || t.contains('｜'))
        && t.contains("---")
        && t.chars().all(|c| matches!(c, '|' | '｜' | '-' | ':'));
    plain || table
}

/// Removes a leading Markdown quotation mark (`> `, `>> `): a quoted
/// line's text is the notice's as any other.
fn strip_quote(t: &str, removed: &mut Vec<String>) -> String {
    let marks = t.chars().take_while(|&c| c == '>').count();
    let rest = &t[marks..];
    if marks == 0 || !rest.starts_with(|c: char| c.is_whitespace()) || rest.trim().is_empty() {
        return t.to_string();
    }
    removed.push(">".repeat(marks));
    rest.trim_start().to_string()
}

/// Removes the mark of an indented Markdown list item (`  - 整改措施：…`):
/// a field of the item above, read as a line of its own. A list item at the
/// margin keeps its mark, which `bullets` reads as an item's.
fn strip_sub_item<'a>(line: &str, trimmed: &'a str, removed: &mut Vec<String>) -> &'a str {
    let indented = line.starts_with("  ") || line.starts_with('\t');
    // `- 2 -`: a page's number, no list.
    if super::wrapped::is_page_number(trimmed) {
        return trimmed;
    }
    match trimmed.get(..2) {
        Some(mark @ ("- " | "* " | "+ ")) if indented && trimmed.len() > 2 => {
            removed.push(mark.trim().to_string());
            trimmed[2..].trim_start()
        }
        _ => trimmed,
    }
}

/// Removes a leading Markdown heading mark (`# `, `## `).
fn strip_heading(t: &str, removed: &mut Vec<String>) -> String {
    let hashes = t.chars().take_while(|&c| c == '#').count();
    if hashes == 0 || hashes > 6 {
        return t.to_string();
    }
    let rest = &t[hashes..];
    if !rest.starts_with(|c: char| c.is_whitespace()) && !rest.is_empty() {
        return t.to_string();
    }
    removed.push("#".repeat(hashes));
    rest.trim_start().to_string()
}

/// Removes HTML tags and Markdown emphasis (`**`, `__`), and puts the
/// character an entity stands for in its place (the entity is recorded as
/// removed). A line break inside the text (`市住建局<br>梧东区人民政府`,
/// in a Markdown table's cell) leaves a space, so that what it parted
/// stays apart.
fn strip_inline(t: &str, removed: &mut Vec<String>) -> String {
    let mut out = String::with_capacity(t.len());
    let mut rest = t;
    let mut broken = false;
    'scan: while let Some(c) = rest.chars().next() {
        if let Some(run) = masking_run(&out, rest) {
            out.push_str(&rest[..run]);
            rest = &rest[run..];
            continue;
        }
        for tok in HTML_TOKENS.iter().chain(["**", "__"].iter()) {
            let len = tok.len();
            if rest.len() >= len
                && rest.is_char_boundary(len)
                && rest[..len].eq_ignore_ascii_case(tok)
            {
                removed.push(rest[..len].to_string());
                broken |= tok.starts_with("<br");
                rest = &rest[len..];
                continue 'scan;
            }
        }
        if std::mem::take(&mut broken)
            && !c.is_whitespace()
            && out.ends_with(|o: char| !o.is_whitespace())
        {
            out.push(' ');
        }
        if let Some((len, decoded)) = (c == '&').then(|| entity_at(rest)).flatten() {
            removed.push(rest[..len].to_string());
            out.push(decoded);
            rest = &rest[len..];
            continue;
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// A run of `*` or `_` at the start of `rest` that masks characters
/// rather than marking emphasis (`0578-3366****`, `138**5678`, `___`): three
/// or more, or two between digits. Its length in bytes.
fn masking_run(before: &str, rest: &str) -> Option<usize> {
    let mark = rest.chars().next().filter(|c| matches!(c, '*' | '_'))?;
    let run = rest.chars().take_while(|&c| c == mark).count();
    let digit_before = before
        .chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_digit());
    let digit_after = rest[run..]
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit());
    (run >= 3 || (run == 2 && digit_before && digit_after)).then_some(run)
}

/// Strips the formatting of one line (as printed, before trimming).
pub(crate) fn strip(line: &str) -> Stripped {
    let trimmed = line.trim();
    if is_rule(trimmed) {
        return Stripped {
            text: String::new(),
            removed: vec![trimmed.to_string()],
        };
    }
    if !trimmed.contains(['#', '*', '_', '<', '&', '>', '-', '+']) {
        return Stripped {
            text: line.to_string(),
            removed: Vec::new(),
        };
    }
    let mut removed = Vec::new();
    let trimmed = strip_sub_item(line, trimmed, &mut removed);
    let text = strip_quote(trimmed, &mut removed);
    let text = strip_heading(&text, &mut removed);
    let text = strip_italics(&text, &mut removed);
    let text = strip_inline(&text, &mut removed);
    Stripped { text, removed }
}

/// A line set in italics, one `*` or `_` at each end and none inside
/// (`*责任单位：办公室*`): the words.
fn strip_italics(t: &str, removed: &mut Vec<String>) -> String {
    for mark in ['*', '_'] {
        let inner = t
            .strip_prefix(mark)
            .and_then(|r| r.strip_suffix(mark))
            .filter(|i| !i.is_empty() && !i.contains(mark) && !i.starts_with(' '));
        if let Some(inner) = inner {
            removed.push(mark.to_string());
            removed.push(mark.to_string());
            return inner.to_string();
        }
    }
    t.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_markdown_and_html() {
        let s = strip("电话：0578-3366****，138**5678，填写______");
        assert_eq!(s.text, "电话：0578-3366****，138**5678，填写______");
        assert!(s.removed.is_empty());
        let s = strip("**一、总体情况**");
        assert_eq!(s.text, "一、总体情况");
        assert_eq!(s.removed, ["**", "**"]);
        let s = strip("*责任单位：办公室、计划财务股*");
        assert_eq!(s.text, "责任单位：办公室、计划财务股");
        assert_eq!(s.removed, ["*", "*"]);
        let s = strip("# 关于全县的通报");
        assert_eq!((s.text.as_str(), s.removed.len()), ("关于全县的通报", 1));
        let e = strip("落实&ldquo;两个责任&rdquo;不够有力&#8212;&#x2014;&amp;&bogus;");
        assert_eq!(e.text, "落实“两个责任”不够有力——&&bogus;");
        assert_eq!(
            e.removed,
            ["&ldquo;", "&rdquo;", "&#8212;", "&#x2014;", "&amp;"]
        );
        // An indented list item's mark; one at the margin stays.
        let s = strip("  - 整改进展：已完成");
        assert_eq!((s.text.as_str(), s.removed.len()), ("整改进展：已完成", 1));
        assert_eq!(
            strip("- 公务接待管理不规范。").text,
            "- 公务接待管理不规范。"
        );
        let s = strip("| 市住建局<br>梧东区人民政府 |");
        assert_eq!(s.text, "| 市住建局 梧东区人民政府 |");
        assert_eq!(s.removed, ["<br>"]);
        let s = strip("尚未整改2项。&nbsp;&nbsp;<BR>");
        assert_eq!(s.text, "尚未整改2项。");
        assert_eq!(s.removed, ["&nbsp;", "&nbsp;", "<BR>"]);
        assert_eq!(strip("---").removed, ["---"]);
        // The rule under a header divided by full-width bars.
        assert_eq!(
            strip("----｜------｜------").removed,
            ["----｜------｜------"]
        );
        assert_eq!(strip("|---|:---:|").removed, ["|---|:---:|"]);
        assert_eq!(strip("#3号楼").text, "#3号楼");
        let q = strip("> 已完成整改6个，正在");
        assert_eq!(
            (q.text.as_str(), q.removed.len()),
            ("已完成整改6个，正在", 1)
        );
        assert_eq!(strip("首页 > 通知公告").text, "首页 > 通知公告");
        assert_eq!(strip(">>>").text, ">>>");
        assert_eq!(strip("普通文字").removed.len(), 0);
        assert_eq!(strip("a_b").text, "a_b");
    }
}
