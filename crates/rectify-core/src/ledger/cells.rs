//! Reading the cells whose text has a shape: dates, deadlines, lists of measures.

use super::excel_date::excel_serial;
use crate::text::dates::date_at;
use crate::text::label::recognise;
use crate::text::owners::deadline_value;
use crate::text::{is_ws, norm_chars};

fn trimmed(s: &str) -> &str {
    s.trim_matches(is_ws)
}

/// A date cell: ISO, Chinese, or an Excel serial number.
pub(super) fn date_cell(v: &str) -> Option<String> {
    let t = trimmed(v);
    if let Ok(serial) = t.parse::<f64>() {
        if t.chars().all(|c| c.is_ascii_digit() || c == '.') && (20000.0..80000.0).contains(&serial)
        {
            return excel_serial(serial);
        }
    }
    let n = norm_chars(t);
    date_at(&n, 0).and_then(|(p, _)| p.iso())
}

/// A deadline cell: a date, else a deadline phrase (`2025年6月底前`, `长期坚持`).
pub(super) fn deadline_cell(v: &str) -> Option<String> {
    date_cell(v).or_else(|| deadline_value(v))
}

/// Splits a measures cell into items: one per line, and within a line at
/// each numbering label that follows a sentence end (`1.…;2.…`).
pub(super) fn measure_items(cell: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for line in cell.lines() {
        let line = trimmed(line);
        if line.is_empty() {
            continue;
        }
        let chars: Vec<char> = line.chars().collect();
        let n = norm_chars(line);
        let mut starts = vec![0usize];
        for i in 1..chars.len() {
            if matches!(n[i - 1], ';' | '。') {
                // A label is short: look at a few characters only.
                let head: String = chars[i..]
                    .iter()
                    .skip_while(|c| is_ws(**c))
                    .take(12)
                    .collect();
                if recognise(&head).is_some() {
                    starts.push(i);
                }
            }
        }
        for (k, &s) in starts.iter().enumerate() {
            let e = starts.get(k + 1).copied().unwrap_or(chars.len());
            let seg: String = chars[s..e].iter().collect();
            let seg = trimmed(&seg).to_string();
            match recognise(&seg) {
                Some(l) => out.push((l.text, l.rest)),
                None => out.push((String::new(), seg)),
            }
        }
    }
    out
}
