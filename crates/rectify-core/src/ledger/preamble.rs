//! The rows above the header: a title, then notes (an as-of date and a
//! summary sentence may be among them). All but the title go to `skipped`.

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
    /// The first `截至…` date in the notes.
    pub as_of: Option<AsOf>,
    /// The other rows as text, with their lines (for stated totals).
    pub notes: Vec<(u32, String)>,
    pub skipped: Vec<Skipped>,
}

pub(super) fn read(rows: &[Row]) -> Preamble {
    let mut out = Preamble::default();
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
        out.notes.push((row.line, joined.clone()));
        out.skipped.push(Skipped {
            line: row.line,
            text: joined,
            reason: "表头之前".into(),
        });
    }
    out
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
