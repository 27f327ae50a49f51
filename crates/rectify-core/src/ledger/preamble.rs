//! The rows above the header: a title, then notes (an as-of date, the
//! unit that filled the ledger in and when, and a summary sentence may be
//! among them). All but the title go to `skipped`.

use super::Row;
use crate::model::Skipped;
use crate::text::dates::find_as_of;
use crate::text::norm_chars;

/// An as-of phrase in the notes: its ISO date and the phrase as printed.
pub(super) struct AsOf {
    pub date: String,
    pub text: String,
}

/// What the rows above the header hold.
#[derive(Default)]
pub(super) struct Preamble {
    /// The first row, when it has a single filled cell.
    pub title: Option<String>,
    /// The first `截至…` date in the notes, else the date the ledger was
    /// filled in (`填报时间：2025年11月28日`): the state it gives is of then.
    pub as_of: Option<AsOf>,
    /// The unit that filled it in (`填报单位（盖章）：某某县市场监督管理局`).
    pub issuer: Option<String>,
    /// The other rows as text, with their lines (for stated totals).
    pub notes: Vec<(u32, String)>,
    pub skipped: Vec<Skipped>,
}

pub(super) fn read(rows: &[Row]) -> Preamble {
    let mut out = Preamble::default();
    let mut filled = None;
    for row in rows.iter().filter(|r| !r.is_blank()) {
        let joined = row.joined();
        // `附件1` above the title: the ledger's place among a notice's
        // attachments, not its title.
        if out.title.is_none() && out.skipped.is_empty() && is_attachment_mark(&joined) {
            out.skipped.push(Skipped {
                line: row.line,
                text: joined,
                reason: "附件".into(),
            });
            continue;
        }
        let first = out.skipped.iter().all(|s| s.reason == "附件");
        if out.title.is_none() && row.filled_cells().count() == 1 && first {
            out.title = Some(joined);
            continue;
        }
        if out.as_of.is_none() {
            out.as_of = as_of_in(&joined);
        }
        for cell in row.filled_cells() {
            if let Some(unit) = value_of(cell, FILLED_BY) {
                out.issuer.get_or_insert(unit);
            } else if let Some(date) = value_of(cell, FILLED_ON).and_then(|v| filled_on(&v)) {
                filled = filled.or(Some(AsOf {
                    date,
                    text: crate::text::trim(cell).to_string(),
                }));
            }
        }
        out.notes.push((row.line, joined.clone()));
        out.skipped.push(Skipped {
            line: row.line,
            text: joined,
            reason: "表头之前".into(),
        });
    }
    out.as_of = out.as_of.or(filled);
    out
}

/// Keys naming the unit that filled the ledger in.
const FILLED_BY: &[&str] = &["填报单位", "报送单位", "填报部门", "填表单位"];

/// Keys naming when it was filled in.
const FILLED_ON: &[&str] = &[
    "填报时间",
    "填报日期",
    "报送时间",
    "报送日期",
    "填表时间",
    "填表日期",
];

/// The value of a cell `key：value` opened by one of `keys`, a note in
/// brackets after the key (`（盖章）`) passed over; None when empty.
fn value_of(cell: &str, keys: &[&str]) -> Option<String> {
    let cell = crate::text::trim(cell);
    let rest = keys.iter().find_map(|k| cell.strip_prefix(k))?;
    let rest = match rest.strip_prefix(['（', '(']) {
        Some(note) => note.split_once(['）', ')'])?.1,
        None => rest,
    };
    let value = crate::text::trim(rest.strip_prefix([':', '：'])?);
    // `县行政审批局（盖章）`: where the seal goes, not the unit's name.
    let value = ["（盖章）", "(盖章)", "（签章）", "（公章）"]
        .iter()
        .find_map(|seal| value.strip_suffix(seal))
        .map_or(value, crate::text::trim);
    (!value.is_empty()).then(|| value.to_string())
}

/// A whole date (`2025年11月28日`, `2025-11-28`) as an ISO date.
fn filled_on(value: &str) -> Option<String> {
    let n = norm_chars(value);
    let (date, end) = crate::text::dates::date_at(&n, 0)?;
    date.iso()
        .filter(|_| n[end..].iter().all(|&c| crate::text::is_ws(c)))
}

/// `附件`, `附件1`, `附件2：`, `附表3`: an attachment's number alone.
fn is_attachment_mark(text: &str) -> bool {
    let t = crate::text::trim(text).trim_end_matches([':', '：']);
    let Some(number) = t.strip_prefix("附件").or_else(|| t.strip_prefix("附表")) else {
        return false;
    };
    number
        .trim()
        .chars()
        .all(|c| c.is_ascii_digit() || crate::text::is_cn_numeral(c) || c == '-')
}

fn as_of_in(text: &str) -> Option<AsOf> {
    let a = find_as_of(&norm_chars(text)).into_iter().next()?;
    let printed: Vec<char> = text.chars().collect();
    Some(AsOf {
        date: a.date,
        text: printed[a.start..a.end].iter().collect(),
    })
}
