//! Totals stated by a small table of counts typed with tabs, its cells
//! the headers' counts (`问题类别⇥问题数量⇥已整改⇥正在整改⇥长期整改` over one
//! row per category and `合计⇥11⇥6⇥3⇥2`): the `合计` row is the report's
//! totals, each column read by its header — a state's word (`已整改`,
//! `正在整改`, `长期整改`) counts that state, a count's word (`问题数量`,
//! `数量`, `总数`) the total. The category rows are parts, not totals.

use crate::model::{StatedTotals, Status};

/// Words that open the row of a table's totals.
const SUM_ROWS: &[&str] = &["合计", "总计", "合 计", "总 计"];

/// Words of a header cell over the total count.
const TOTAL_WORDS: &[&str] = &["数量", "总数", "问题数", "个数", "项数", "合计"];

/// The totals a `合计` row states under `header` (both rows of cells apart
/// by tabs), when a column counts them all and another a state.
pub(crate) fn from_rows(header: &str, row: &str) -> Option<StatedTotals> {
    let heads: Vec<&str> = header.split('\t').map(super::trim).collect();
    let cells: Vec<&str> = row.split('\t').map(super::trim).collect();
    if cells.len() != heads.len() || !SUM_ROWS.contains(cells.first()?) {
        return None;
    }
    let mut t = StatedTotals {
        text: super::trim(row).to_string(),
        ..StatedTotals::default()
    };
    for (h, c) in heads.iter().zip(&cells).skip(1) {
        let Ok(v) = c.parse::<u32>() else { continue };
        let field = match crate::ledger::status_word(&state_of(h)) {
            Some(Status::Done) => &mut t.done,
            Some(Status::InProgress) => &mut t.in_progress,
            Some(Status::LongTerm) => &mut t.long_term,
            Some(Status::NotStarted) => &mut t.not_started,
            None if TOTAL_WORDS.iter().any(|w| h.contains(w)) => &mut t.total,
            None => continue,
        };
        field.get_or_insert(v);
    }
    let states = [t.done, t.in_progress, t.long_term, t.not_started];
    (t.total.is_some() && states.iter().any(Option::is_some)).then_some(t)
}

/// The totals every `合计` row states under the header of its table, in
/// the paragraphs' lines (a table's rows are lines, maybe of one paragraph).
pub(crate) fn in_paragraphs(paras: &[(u32, &str)]) -> Vec<StatedTotals> {
    let mut out = Vec::new();
    let mut header: Option<&str> = None;
    for &(line, text) in paras {
        if !text.contains('\t') {
            header = None;
            continue;
        }
        for (k, row) in text.split('\n').enumerate() {
            if let Some(mut t) = header.and_then(|h| from_rows(h, row)) {
                t.source_line = Some(line + k as u32);
                out.push(t);
            } else if row.contains('\t') && !row.chars().any(|c| c.is_ascii_digit()) {
                header = Some(row);
            }
        }
    }
    out
}

/// A header's words as a state's (`长期整改` → `长期坚持`): the ledger's
/// status words name long-term work by `长期` itself.
fn state_of(header: &str) -> String {
    if header.starts_with("长期") {
        return "长期坚持".to_string();
    }
    header.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sum_row_states_the_totals() {
        let header = "问题类别\t问题数量\t已整改\t正在整改\t长期整改";
        let t = from_rows(header, "合计\t11\t6\t3\t2").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress, t.long_term),
            (Some(11), Some(6), Some(3), Some(2))
        );
        assert!(from_rows(header, "预算执行\t4\t3\t1\t0").is_none());
        assert!(from_rows(header, "合计\t11\t6").is_none());
    }
}
