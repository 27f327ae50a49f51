//! A record printed as one line of keyed fields divided by bars, with no
//! header row (`序号1｜问题描述：…｜整改措施：…｜责任部门：…｜完成时限：…｜
//! 整改状态：已完成`): each field is put on a line of its own, as a ledger
//! pasted as blocks prints it (`序号：1` › `问题描述：…` › …), where the
//! keys are read as any keyed line's. A line is read so when at least
//! two of its fields after the first are `key：value` with a short key;
//! the pieces keep the line's number and are its text, cut, never copied.

use super::lines::Line;
use crate::text::chars::opens_with_key;

/// A field's key is at most this long (characters).
const MAX_KEY_CHARS: usize = 8;

/// At least this many fields after the first are keyed.
const MIN_KEYED: usize = 2;

fn is_bar(c: char) -> bool {
    matches!(c, '｜' | '|')
}

/// The fields of a line of keyed fields divided by bars, if it is one.
fn fields(text: &str) -> Option<Vec<&str>> {
    let t = text.trim();
    if t.starts_with(is_bar) {
        return None;
    }
    let fields: Vec<&str> = t
        .split(is_bar)
        .map(str::trim)
        .filter(|f| !f.is_empty())
        .collect();
    let keyed = fields
        .iter()
        .skip(1)
        .filter(|f| opens_with_key(f, MAX_KEY_CHARS))
        .count();
    (keyed >= MIN_KEYED).then_some(fields)
}

/// The lines with each line of keyed fields divided by bars cut into a
/// line per field.
pub(crate) fn split(lines: Vec<Line<'_>>) -> Vec<Line<'_>> {
    if !lines.iter().any(|l| l.text.contains(is_bar)) {
        return lines;
    }
    let mut out = Vec::with_capacity(lines.len());
    for line in lines {
        let Some(fields) = fields(&line.text) else {
            out.push(line);
            continue;
        };
        let pieces: Vec<String> = fields.into_iter().map(str::to_string).collect();
        for (j, text) in pieces.into_iter().enumerate() {
            out.push(line.piece(j, text));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(lines: &[&str]) -> Vec<String> {
        let lines: Vec<Line<'_>> = (1..)
            .zip(lines)
            .map(|(no, &l)| Line {
                no,
                raw: l,
                text: l.to_string(),
                markup: Vec::new(),
            })
            .collect();
        split(lines).into_iter().map(|l| l.text).collect()
    }

    #[test]
    fn a_record_of_keyed_fields_is_cut_into_its_fields() {
        assert_eq!(
            texts(&["序号1｜问题描述：甲不到位｜责任部门：办公室｜整改状态：已完成"]),
            [
                "序号1",
                "问题描述：甲不到位",
                "责任部门：办公室",
                "整改状态：已完成"
            ]
        );
        // A table's header and rows, a portal's menu: not keyed fields.
        for l in [
            "序号｜反馈问题｜整改措施｜进展情况",
            "1｜甲不到位｜修订制度｜已完成",
            "首页｜政务公开｜巡察整改",
        ] {
            assert_eq!(texts(&[l]), [l]);
        }
    }
}
