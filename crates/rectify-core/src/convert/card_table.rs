//! A ledger printed as cards, one field per line (`【问题编号】ZZ-16`
//! `【问题描述】…` `【整改措施】…` `【完成时限】…` `【当前状态】…`, or the
//! same keys before a colon), a card per problem: the rows of a table whose
//! header is the first card's keys. A card opens where the first card's
//! first key comes again. A card printed line under line ends at a blank
//! line, and no card opens on a field line right under another.
//!
//! Read so by shape, whatever the keys say: two cards at least, the first
//! of [`MIN_FIELDS`] keys or more, no key twice in a card, every key of a
//! later card one of the first card's, and the keys name a ledger's
//! columns, the problem's among them (`ColumnMap::is_header`). Blocks of
//! two or three keys (`问题：` `整改措施：` `整改进展：`) are a notice's
//! own layout, read by the tree; a form has more fields.

use super::cell_table::CellTable;
use super::tree::Para;
use crate::ledger::{ColumnMap, Row};
use crate::text::{char_len, norm_chars};

/// The fewest keys of a card, and the most (a table's most columns).
const MIN_FIELDS: usize = 4;
const MAX_FIELDS: usize = 15;
/// The longest key (characters).
const MAX_KEY_CHARS: usize = 8;

/// A field line's key, the key as printed (`【问题描述】`, `问题：`) and
/// its value: `【key】value` or `key：value`, the key of Chinese characters
/// only.
fn field(text: &str) -> Option<(String, String, String)> {
    let t = text.trim();
    if t.contains('\n') {
        return None;
    }
    let n = norm_chars(t);
    let bracketed = n.first() == Some(&'【');
    let (key_start, key_end) = if bracketed {
        (
            1,
            n.iter().take(MAX_KEY_CHARS + 2).position(|&c| c == '】')?,
        )
    } else {
        (0, n.iter().take(MAX_KEY_CHARS + 1).position(|&c| c == ':')?)
    };
    let key: String = n.get(key_start..key_end)?.iter().collect();
    let cjk = key.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    if !(2..=MAX_KEY_CHARS).contains(&char_len(&key)) || !cjk {
        return None;
    }
    let printed: String = t.chars().take(key_end + 1).collect();
    let value: String = t.chars().skip(key_end + 1).collect();
    // `【上轮巡视遗留问题】` alone on its line labels a card; it is no field.
    if bracketed && value.trim().is_empty() {
        return None;
    }
    Some((key, printed, value.trim().to_string()))
}

/// The most gaps of two spaces on a field's line looked at for a second
/// field.
const MAX_GAPS_LOOKED_AT: usize = 8;

/// The line's fields: one, or two when a second `key：value` follows the
/// first's value after a run of two or more spaces (`责任人：刘某  时限：
/// 立行立改`), as a card set out in two columns prints them.
fn fields_of(text: &str) -> Vec<(String, String, String)> {
    let Some(first) = field(text) else {
        return Vec::new();
    };
    let (key, printed, value) = first;
    // Only a key right after the gap is read (a few characters, then a
    // colon), and only the first gaps: linear over a long line of them.
    let keyed = |rest: &str| {
        rest.chars()
            .take(MAX_KEY_CHARS + 1)
            .any(|c| matches!(c, '：' | ':'))
    };
    let second = value
        .match_indices("  ")
        .take(MAX_GAPS_LOOKED_AT)
        .find_map(|(at, _)| {
            let rest = value[at..].trim_start();
            keyed(rest)
                .then(|| field(rest))
                .flatten()
                .map(|f| (value[..at].trim_end().to_string(), f))
        });
    match second {
        Some((own, f)) => vec![(key, printed, own), f],
        None => vec![(key, printed, value)],
    }
}

/// A card's field: its key, its value and its line.
struct Field {
    key: String,
    printed: String,
    value: String,
    line: u32,
}

/// The card opening at `at` (its first key `first`): its fields and the
/// paragraph after it. A key the header does not name (`联系电话：` after
/// the last card) ends it.
fn card(paras: &[Para], at: usize, first: &str, header: Option<&[String]>) -> (Vec<Field>, usize) {
    let mut fields: Vec<Field> = Vec::new();
    let mut k = at;
    while k < paras.len() {
        // A card printed line under line ends at a blank line: what follows
        // is the next card, whatever key it opens with.
        if k > at && parted(paras, at, k) {
            break;
        }
        let on_line = fields_of(&paras[k].text);
        if on_line.is_empty() {
            // `整改措施：` › `1.…` `2.…` › `整改时限：…`: a value on the lines
            // below its key, up to the card's next key.
            let more = continued_value(paras, k);
            let Some(f) = fields.last_mut().filter(|_| more > 0) else {
                break;
            };
            for p in &paras[k..k + more] {
                if !f.value.is_empty() {
                    f.value.push('\n');
                }
                f.value.push_str(&p.text);
            }
            k += more;
            continue;
        }
        let line = paras[k].line;
        for (j, (key, printed, value)) in on_line.into_iter().enumerate() {
            let unnamed = header.is_some_and(|h| !h.contains(&key));
            let repeated = fields.iter().any(|f| f.key == key);
            let opens_next = k > at && j == 0 && key == first;
            if opens_next || unnamed || repeated || fields.len() == MAX_FIELDS {
                // A second field on the line that no card holds: the first's
                // value goes on with it, as printed.
                if j > 0 {
                    if let Some(f) = fields.last_mut() {
                        f.value.push_str("  ");
                        f.value.push_str(&printed);
                        f.value.push_str(&value);
                    }
                    continue;
                }
                return (fields, k);
            }
            fields.push(Field {
                key,
                printed,
                value,
                line,
            });
        }
        k += 1;
    }
    (fields, k)
}

/// Paragraph `k` is set apart by a blank line from the lines from `at`,
/// which follow one another.
fn parted(paras: &[Para], at: usize, k: usize) -> bool {
    // Pieces of one line (`时限：…  进度：70%`, cut before its report key by
    // `inline_keys`) follow one another too.
    let next = |j: usize| paras[j - 1].right_above(&paras[j]) || paras[j - 1].line == paras[j].line;
    !next(k) && (at + 1..k).all(next)
}

/// A field line right under another: the middle of a card, not its start.
fn inside_a_card(paras: &[Para], s: usize) -> bool {
    s > 0 && paras[s - 1].right_above(&paras[s]) && field(&paras[s - 1].text).is_some()
}

/// The most lines of one value printed below its key.
const MAX_VALUE_LINES: usize = 12;

/// How many lines from `k` (no field) continue the value of the field
/// before them: lines right below one another, none a field, a `一、`
/// heading or a case's label, up to a field line (the card's next key).
/// A `（二）` heading right above a key (`（二）…不到位` › `审计指出：…`)
/// heads what follows: the keyed lines are a notice's own layout under its
/// headings, no form.
fn continued_value(paras: &[Para], k: usize) -> usize {
    if k == 0 {
        return 0;
    }
    let mut j = k;
    while let Some(p) = paras.get(j) {
        let adjacent = paras[j - 1].right_above(p);
        if !adjacent || j - k >= MAX_VALUE_LINES {
            return 0;
        }
        if field(&p.text).is_some() {
            return j - k;
        }
        // A heading, or a case's label (`【问题2】`, `【上轮…问题】` alone on
        // its line) sets the cards apart; a list's items (`1.…`) do not.
        use crate::text::label::LabelStyle::{About, ChineseDun, ParenChinese, Part, Wenti};
        let style = crate::text::label::recognise(&p.text).map(|l| l.style);
        let heading = matches!(style, Some(ChineseDun | Part | Wenti));
        let t = crate::text::trim(&p.text);
        let heads_next_card = matches!(style, Some(ParenChinese | About))
            && paras.get(j + 1).is_some_and(|n| field(&n.text).is_some());
        if heading || heads_next_card || (t.starts_with('【') && t.ends_with('】')) {
            return 0;
        }
        j += 1;
    }
    0
}

/// The columns cards are read by: a ledger's, but for the source
/// (`【问题来源】自查`), which stays a field of its card. A ledger groups its
/// rows by their source; a notice's cards keep the order they are printed in.
pub(crate) fn card_columns() -> ColumnMap {
    ColumnMap {
        source: Vec::new(),
        ..ColumnMap::default()
    }
}

/// The cards that open at paragraph `s`, as a table.
pub(crate) fn card_table_at(paras: &[Para], s: usize) -> Option<CellTable> {
    let columns = card_columns();
    if inside_a_card(paras, s) {
        return None;
    }
    let (first_key, ..) = field(&paras[s].text)?;
    let (fields, mut k) = card(paras, s, &first_key, None);
    let header: Vec<String> = fields.iter().map(|f| f.key.clone()).collect();
    if header.len() < MIN_FIELDS || !columns.is_header(&header) {
        return None;
    }
    let mapped = columns.map_headers(&header);
    let mut key_lines: Vec<(u32, String)> = Vec::new();
    let mut printed_keys: Vec<Vec<String>> = vec![Vec::new()];
    let mut row = |fields: &[Field]| {
        let mut cells = vec![String::new(); header.len()];
        let mut keys = vec![String::new(); header.len()];
        for f in fields {
            let col = header.iter().position(|h| *h == f.key)?;
            cells[col] = f.value.clone();
            keys[col] = f.printed.clone();
            if mapped[col].is_some_and(super::cell_table::kept_out_of_body) {
                key_lines.push((f.line, f.printed.clone()));
            }
        }
        printed_keys.push(keys);
        Some(Row {
            line: fields.first()?.line,
            cells,
        })
    };
    let mut rows = vec![Row {
        line: paras[s].line,
        cells: header.clone(),
    }];
    rows.push(row(&fields)?);
    while paras
        .get(k)
        .and_then(|p| field(&p.text))
        .is_some_and(|(key, ..)| key == first_key)
    {
        let (fields, end) = card(paras, k, &first_key, Some(&header));
        if fields.len() < 2 {
            break;
        }
        let Some(r) = row(&fields) else { break };
        rows.push(r);
        k = end;
    }
    (rows.len() > 2).then(|| CellTable {
        span: s..k,
        rows,
        header_lines: Vec::new(),
        key_lines,
        printed_keys,
        inherited: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::tree::paras;

    const CARDS: &[&str] = &[
        "【问题编号】A-1",
        "【问题描述】档案管理不规范。",
        "【整改措施】建立台账。",
        "【完成时限】2026年6月",
        "【当前状态】已完成",
        "【问题编号】A-2",
        "【问题描述】经费报销不及时。",
        "【整改措施】修订制度。",
        "【完成时限】长期",
        "【当前状态】正在整改",
        "联系电话：0000-1234567",
    ];

    #[test]
    fn cards_are_rows_of_a_table_headed_by_the_first_cards_keys() {
        let t = card_table_at(&paras(CARDS), 0).unwrap();
        assert_eq!(t.span, 0..10);
        assert_eq!(
            t.rows[0].cells,
            ["问题编号", "问题描述", "整改措施", "完成时限", "当前状态"]
        );
        assert_eq!(t.rows[2].cells[1], "经费报销不及时。");
        assert_eq!(t.rows[2].cells[3], "长期");
    }

    #[test]
    fn a_bracketed_label_alone_is_no_field() {
        assert!(field("【上轮巡视遗留问题】").is_none());
        assert!(field("【整改措施】建立台账。").is_some());
        assert!(field("完成时间：").is_some());
    }

    #[test]
    fn keys_before_a_colon_make_cards_too() {
        let lines: Vec<String> = CARDS
            .iter()
            .map(|l| l.replacen('【', "", 1).replacen('】', "：", 1))
            .collect();
        let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
        let t = card_table_at(&paras(&lines), 0).unwrap();
        assert_eq!(t.rows.len(), 3);
        assert_eq!(t.rows[1].cells[4], "已完成");
    }

    #[test]
    fn three_keyed_lines_per_problem_are_no_form() {
        let lines = [
            "问题：档案管理不规范。",
            "整改措施：建立台账。",
            "整改进展：已完成。",
            "问题：经费报销不及时。",
            "整改措施：修订制度。",
            "整改进展：正在整改。",
        ];
        assert!(card_table_at(&paras(&lines), 0).is_none());
    }

    #[test]
    fn a_card_ends_at_a_blank_line_and_none_opens_inside_one() {
        // Cards line under line, a blank line between them (line 6), the
        // second opening with another key.
        let lines = [
            "问题：档案管理不规范。",
            "整改措施：建立台账。",
            "责任科室：办公室",
            "整改时限：2026年3月31日前",
            "整改进展：正在推进",
            "存在问题：经费报销不及时。",
            "整改措施：修订制度。",
            "责任科室：财务科",
            "整改时限：已完成",
            "整改进展：已完成",
        ];
        let mut ps = paras(&lines);
        for p in &mut ps[5..] {
            p.line += 1;
        }
        // Read from inside the first card, its keys and the second card's
        // first would make a header.
        assert!(card_table_at(&ps, 1).is_none());
        let (fields, next) = card(&ps, 0, "问题", None);
        assert_eq!((fields.len(), next), (5, 5));
    }

    #[test]
    fn one_card_is_no_table() {
        assert!(card_table_at(&paras(&CARDS[..5]), 0).is_none());
    }
}
