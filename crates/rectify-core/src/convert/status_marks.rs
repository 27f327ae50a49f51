//! Statuses shown by a mark after each item, with a key printed once
//! (`说明：下文各事项后标注的符号表示当前进度，“√”为已办结，“○”为推进中，
//! “△”为长期坚持，“×”为尚未启动。` › `①…。√`): an item whose text ends
//! with a mark of the key reports its own state, the key's word for it
//! (stated, rule `status_mark`, the mark and its word as the phrase).

use crate::ledger::status_word;
use crate::model::{Node, NodeKind, Status, StatusBasis, StatusEvidence};
use crate::text::norm_chars;

/// A mark of the key: the character, the state it stands for, and the
/// key's word for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Mark {
    pub mark: char,
    pub status: Status,
    pub word: String,
}

/// The longest word a key gives a mark (characters).
const MAX_WORD_CHARS: usize = 8;

/// A paragraph that counts by the key's marks (`以上共11个问题，其中●5个，
/// ◐4个，○2个。`) with each counting mark, one followed by a figure,
/// written as the key's word (`其中已完成整改5个，…`), so that the totals
/// read it; and for each char of it the index of the char printed. `None`
/// when no mark counts there.
pub(crate) fn worded_counts(text: &str, key: &[Mark]) -> Option<(String, Vec<usize>)> {
    if key.is_empty() {
        return None;
    }
    let chars: Vec<char> = text.chars().collect();
    let counts = |i: usize| {
        chars[i + 1..]
            .iter()
            .find(|c| !crate::text::is_ws(**c))
            .is_some_and(|&c| crate::text::norm_char(c).is_ascii_digit())
    };
    let mut out = String::new();
    let mut from = Vec::new();
    let mut worded = false;
    for (i, &c) in chars.iter().enumerate() {
        match key.iter().find(|m| m.mark == c).filter(|_| counts(i)) {
            Some(m) => {
                worded = true;
                for w in m.word.chars() {
                    out.push(w);
                    from.push(i);
                }
            }
            None => {
                out.push(c);
                from.push(i);
            }
        }
    }
    worded.then_some((out, from))
}

/// `part`, a run of `worded` (see [`worded_counts`]), as printed in `text`.
pub(crate) fn as_printed(part: &str, worded: &str, from: &[usize], text: &str) -> Option<String> {
    let at = worded.find(part)?;
    let a = worded[..at].chars().count();
    let b = a + part.chars().count();
    let chars: Vec<char> = text.chars().collect();
    let (start, end) = (*from.get(a)?, *from.get(b.checked_sub(1)?)? + 1);
    Some(chars[start..end].iter().collect())
}

/// The key among `paras`: the first paragraph that gives two marks or more
/// a status word each (`“√”为已办结`, `“○”表示推进中`).
pub(crate) fn key<'a>(paras: impl IntoIterator<Item = &'a str>) -> Vec<Mark> {
    paras
        .into_iter()
        .map(marks_in)
        .find(|m| m.len() >= 2)
        .unwrap_or_default()
}

/// The paragraph is a key of marks (`注：“√”表示已完成整改，“○”表示正在整改…`).
pub(crate) fn is_key(p: &str) -> bool {
    marks_in(p).len() >= 2
}

/// The marks a paragraph gives a word each: a quoted single character that
/// is neither a letter nor a digit, or a symbol opening a clause unquoted,
/// then `为`/`表示`/`代表`, then a status word up to the next clause end.
fn marks_in(p: &str) -> Vec<Mark> {
    let n = norm_chars(p);
    let mut out: Vec<Mark> = Vec::new();
    for i in 0..n.len().saturating_sub(2) {
        let Some((c, rest)) = quoted_mark(&n, i).or_else(|| bare_mark(&n, i)) else {
            continue;
        };
        let skip = ["为", "表示", "代表"]
            .iter()
            .find(|w| rest.iter().take(2).collect::<String>().starts_with(**w))
            .map(|w| w.chars().count());
        let Some(skip) = skip else { continue };
        let word: String = rest[skip..]
            .iter()
            .take_while(|c| !matches!(c, ',' | '，' | ';' | '。' | '、' | '“' | '"' | ')'))
            .take(MAX_WORD_CHARS + 1)
            .collect();
        let Some(status) = status_word(&word).filter(|_| word.chars().count() <= MAX_WORD_CHARS)
        else {
            continue;
        };
        if !out.iter().any(|m| m.mark == c) {
            out.push(Mark {
                mark: c,
                status,
                word,
            });
        }
    }
    out
}

/// A quoted single character that is neither a letter nor a digit
/// (`“√”`) at `i`: the mark and the text after it.
fn quoted_mark(n: &[char], i: usize) -> Option<(char, &[char])> {
    let quoted = matches!(n[i], '“' | '"' | '\'' | '‘')
        && matches!(n.get(i + 2), Some('”' | '"' | '\'' | '’'));
    let c = n[i + 1];
    (quoted && !c.is_alphanumeric() && !c.is_whitespace()).then(|| (c, &n[i + 3..]))
}

/// A symbol that opens a clause unquoted (`●为已完成，◎为推进中`) at `i`:
/// the mark and the text after it.
fn bare_mark(n: &[char], i: usize) -> Option<(char, &[char])> {
    let opens = i == 0 || matches!(n[i - 1], ',' | '，' | '、' | ':' | ';' | '(' | ' ');
    (opens && is_symbol(n[i])).then(|| (n[i], &n[i + 1..]))
}

/// A symbol a key may use as a mark: geometric shapes, stars, ticks and
/// crosses (`●` `◎` `△` `○` `★` `√` `×` `✓`).
fn is_symbol(c: char) -> bool {
    matches!(c, '\u{25A0}'..='\u{25FF}' | '\u{2600}'..='\u{27BF}' | '√' | '×')
}

/// The mark a text ends with, if the key has it, alone or in brackets
/// (`…。√`, `…时限：2024年12月底【○】`).
fn mark_of<'a>(text: &str, key: &'a [Mark]) -> Option<&'a Mark> {
    if key.is_empty() {
        return None;
    }
    let mut tail = text.trim_end().chars().rev();
    let last = match tail.next()? {
        close @ ('】' | '）' | ')' | ']') => {
            let mark = tail.next()?;
            let open = tail.next()?;
            let pair = matches!(
                (open, close),
                ('【', '】') | ('（', '）') | ('(', ')') | ('[', ']') | ('（', ')') | ('(', '）')
            );
            pair.then_some(mark)?
        }
        c => c,
    };
    key.iter().find(|m| m.mark == last)
}

/// The mark an item shows its state by: the one its last words end with
/// (`…。√`), else one its text holds alone (`leading_marks`).
pub(crate) fn item_mark<'a>(n: &super::tree::TNode, key: &'a [Mark]) -> Option<&'a Mark> {
    mark_of(super::roles::own_text(n), key).or_else(|| mark_alone_in(&n.body, key))
}

/// The mark of the key that a paragraph of `text` is alone (`✔` moved
/// after its item's first line by `leading_marks`, the notes after it).
fn mark_alone_in<'a>(text: &str, key: &'a [Mark]) -> Option<&'a Mark> {
    if key.is_empty() {
        return None;
    }
    text.split("\n\n").find_map(|p| {
        let mut chars = crate::text::trim(p).chars();
        let (Some(c), None) = (chars.next(), chars.next()) else {
            return None;
        };
        key.iter().find(|m| m.mark == c)
    })
}

/// Gives each problem among a table's rows whose last cell is a mark of
/// the key (`…｜2026年6月｜●`, or `● 已印发` with its words after a space)
/// the mark's state (stated, rule
/// `status_mark`): that cell is the row's status column.
pub(crate) fn give_rows(rows: &mut [Node], key: &[Mark]) {
    if key.is_empty() {
        return;
    }
    for row in rows {
        if row.kind != NodeKind::Problem {
            give_rows(&mut row.children, key);
            continue;
        }
        // The mark alone, or before the cell's words (`● 新基准已印发`).
        let last = row.body.rsplit("\n\n").next().map(crate::text::trim);
        let mut chars = last.unwrap_or("").chars();
        let (Some(c), next) = (chars.next(), chars.next()) else {
            continue;
        };
        if next.is_some_and(|n| !n.is_whitespace()) {
            continue;
        }
        if let Some(m) = key.iter().find(|m| m.mark == c) {
            let stated = StatusEvidence {
                basis: StatusBasis::Stated,
                rule: "status_mark".to_string(),
                phrase: Some(format!("{}（{}）", m.mark, m.word)),
            };
            crate::ledger::restate_row(row, m.status, stated);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_of_marks_and_the_marks_after_items() {
        let k = key([
            "现将情况公告如下。",
            "说明：各事项后标注的符号表示当前进度，“√”为已办结，“○”为推进中，“△”为长期坚持，“×”为尚未启动。",
        ]);
        let got: Vec<(char, Status)> = k.iter().map(|m| (m.mark, m.status)).collect();
        assert_eq!(
            got,
            [
                ('√', Status::Done),
                ('○', Status::InProgress),
                ('△', Status::LongTerm),
                ('×', Status::NotStarted)
            ]
        );
        assert_eq!(
            mark_of("已上线。√", &k).map(|m| m.status),
            Some(Status::Done)
        );
        assert_eq!(mark_of("正在论证。", &k), None);
        // Marks unquoted, each opening its clause.
        let k = key(["（注：进展栏中，●为已完成，◎为推进中，△为长期坚持，○为尚未启动）"]);
        let got: Vec<(char, Status)> = k.iter().map(|m| (m.mark, m.status)).collect();
        assert_eq!(
            got,
            [
                ('●', Status::Done),
                ('◎', Status::InProgress),
                ('△', Status::LongTerm),
                ('○', Status::NotStarted)
            ]
        );
        // One mark is no key; a letter is no mark.
        assert!(key(["“√”为已办结。"]).is_empty());
        assert!(key(["“A”为已办结，“B”为推进中。"]).is_empty());
    }
}

#[cfg(test)]
mod worded_tests {
    use super::*;

    #[test]
    fn counting_marks_are_worded_and_given_back() {
        let k = key(["（注：●为已完成整改，◐为正在整改）"]);
        let text = "以上共3个问题，其中● 2个，◐1个。●为标记。";
        let (w, from) = worded_counts(text, &k).unwrap();
        assert_eq!(
            w,
            "以上共3个问题，其中已完成整改 2个，正在整改1个。●为标记。"
        );
        let part = "以上共3个问题，其中已完成整改 2个，正在整改1个。";
        assert_eq!(
            as_printed(part, &w, &from, text).as_deref(),
            Some("以上共3个问题，其中● 2个，◐1个。")
        );
        assert!(worded_counts("●为标记。", &k).is_none());
        assert!(worded_counts(text, &[]).is_none());
    }
}
