//! What a page prints below the notice's last section besides chrome:
//!
//! - the list of attachments (`附件：` and the numbered file names under
//!   it, `1.整改任务清单.xls`): part of the document, not of its content,
//!   so it goes to `skipped` (reason `附件`) and does not become items of
//!   the last section;
//! - a block of related articles (`相关文章`, `相关新闻`, … and the titles
//!   and summaries under it, which may be another notice's sentences with
//!   counts): the page's, not the notice's, so it is page chrome.
//!
//! Both only below the last `一、` heading.

use super::lines::{Line, LineRole};
use crate::text::label::{recognise, LabelStyle};
use crate::text::{char_len, norm_chars, trim};

/// The longest line of an attachment list (characters).
const MAX_ATTACHMENT_CHARS: usize = 80;
/// The longest line of a related-articles block (a title or a summary).
const MAX_RELATED_CHARS: usize = 120;

/// Headings of a related-articles block.
const RELATED_HEADS: &[&str] = &[
    "相关文章",
    "相关新闻",
    "相关信息",
    "相关稿件",
    "相关链接",
    "相关阅读",
    "相关文件",
    "推荐阅读",
    "延伸阅读",
];

/// The line after the last `一、` heading (0 when there is none). A
/// category row of a table (`一、党的领导方面` between `序号⇥问题⇥…` and
/// its rows, tabs on the content line above it) is no heading of the text.
fn after_last_section(lines: &[Line<'_>], roles: &[LineRole]) -> usize {
    let mut above_has_tab = vec![false; lines.len()];
    let mut tab = false;
    for (i, l) in lines.iter().enumerate() {
        above_has_tab[i] = tab;
        if roles[i] == LineRole::Content {
            tab = l.text.contains('\t');
        }
    }
    (0..lines.len())
        .rev()
        .find(|&i| {
            roles[i] == LineRole::Content
                && !above_has_tab[i]
                && recognise(trim(&lines[i].text))
                    .is_some_and(|l| l.style == LabelStyle::ChineseDun)
        })
        .map_or(0, |i| i + 1)
}

/// `附件：`, `附件:`, `附件2：…`, `附件`, and the portal's `相关附件：`,
/// `附件下载：`: the key of an attachment list.
fn is_attachment_key(text: &str) -> bool {
    let n = norm_chars(trim(text));
    let n = n.strip_prefix(&['相', '关'][..]).unwrap_or(&n);
    // `附表：整改情况一览`: an attached table.
    if n.len() < 2 || n[0] != '附' || !matches!(n[1], '件' | '表') {
        return false;
    }
    let after = n[2..].strip_prefix(&['下', '载'][..]).unwrap_or(&n[2..]);
    let rest = after
        .iter()
        .skip_while(|c| c.is_ascii_digit() || crate::text::is_cn_numeral(**c))
        .copied()
        .collect::<Vec<char>>();
    rest.is_empty() || rest[0] == ':'
}

/// A line of an attachment list: short, no sentence in it.
fn is_attachment_item(text: &str) -> bool {
    let t = trim(text);
    char_len(t) <= MAX_ATTACHMENT_CHARS
        && !norm_chars(t)
            .iter()
            .any(|&c| matches!(c, '。' | ';' | '!' | '?'))
}

/// Marks attachment lists below the last section.
pub(crate) fn mark_attachments(lines: &[Line<'_>], roles: &mut [LineRole]) {
    let mut i = after_last_section(lines, roles);
    while i < lines.len() {
        if roles[i] != LineRole::Content || !is_attachment_key(&lines[i].text) {
            i += 1;
            continue;
        }
        roles[i] = LineRole::Attachment;
        i += 1;
        while i < lines.len() {
            match roles[i] {
                LineRole::Empty => {}
                // The attached table itself (`序号⇥问题⇥…` and its rows):
                // the notice's content, read as a table.
                LineRole::Content if super::cell_table::is_header_line(&lines[i].text) => break,
                // One cell per line (`序号` `问题描述` `整改措施` `整改情况`).
                LineRole::Content if opens_cell_table(lines, roles, i) => break,
                // A card of keyed lines (`序号：1` `反馈问题：…` `整改措施：…`).
                LineRole::Content if is_keyed_field(&lines[i].text) => break,
                LineRole::Content
                    if is_attachment_key(&lines[i].text) || is_attachment_item(&lines[i].text) =>
                {
                    roles[i] = LineRole::Attachment
                }
                _ => break,
            }
            i += 1;
        }
    }
}

/// The longest key of a card's field (`序号：1`, `反馈问题：…`).
const MAX_FIELD_KEY_CHARS: usize = 6;

/// A line keyed as a card's field: a few Chinese characters and a colon,
/// then its value (`序号：1`); not a file's name (`1.任务清单.xls`).
fn is_keyed_field(text: &str) -> bool {
    let n = norm_chars(trim(text));
    n.iter().position(|&c| c == ':').is_some_and(|k| {
        (2..=MAX_FIELD_KEY_CHARS).contains(&k)
            && n[..k].iter().all(|&c| crate::text::chars::is_han(c))
            && k + 1 < n.len()
    })
}

/// A table one cell per line starts at line `i`.
fn opens_cell_table(lines: &[Line<'_>], roles: &[LineRole], i: usize) -> bool {
    let cells = (i..lines.len())
        .filter(|&k| roles[k] != LineRole::Empty)
        .map(|k| trim(&lines[k].text));
    super::cell_table::opens_cell_header(cells)
}

fn is_related_head(text: &str) -> bool {
    let n: String = norm_chars(trim(text))
        .into_iter()
        .filter(|c| !matches!(c, ':' | '【' | '】' | '[' | ']'))
        .collect();
    RELATED_HEADS.contains(&n.trim())
}

/// Marks a related-articles block below the last section as chrome: from
/// its heading to the end, when every content line in it is short (a
/// title or a summary, not a paragraph of the notice).
pub(crate) fn mark_related(lines: &[Line<'_>], roles: &mut [LineRole]) {
    let from = after_last_section(lines, roles);
    let Some(head) = (from..lines.len()).find(|&i| {
        matches!(roles[i], LineRole::Content | LineRole::Clutter) && is_related_head(&lines[i].text)
    }) else {
        return;
    };
    let short = (head..lines.len())
        .filter(|&i| roles[i] == LineRole::Content)
        .all(|i| char_len(trim(&lines[i].text)) <= MAX_RELATED_CHARS);
    if !short {
        return;
    }
    for role in &mut roles[head..] {
        if *role == LineRole::Content {
            *role = LineRole::Clutter;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::lines::{classify, split_lines};
    use super::*;

    fn roles(text: &str) -> Vec<LineRole> {
        classify(&split_lines(text))
    }

    #[test]
    fn attachments_and_related_articles_below_the_text() {
        let text = "关于某事的通报\n一、某问题\n正文一句。\n某某局\n2025年9月2日\n附件：\n1.任务清单.xls\n2.案例汇编.pdf\n相关文章\n关于另一事的通报\n对12家机构开展检查，发现问题23个，已整改19个。\n【打印本页】";
        use LineRole::*;
        assert_eq!(
            roles(text),
            [
                Title, Content, Content, Signature, Signature, Attachment, Attachment, Attachment,
                Clutter, Clutter, Clutter, Clutter
            ]
        );
        assert!(is_attachment_key("附件2：某表") && is_attachment_key("附件"));
        assert!(!is_attachment_key("附件材料已报送。"));
        assert!(is_attachment_key("相关附件：") && is_attachment_key("附件下载："));
        // Above the last section, an attachment key is text.
        let text = "关于某事的通报\n附件：\n1.某表\n一、某问题\n正文一句。";
        assert!(!roles(text).contains(&Attachment));
    }
}
