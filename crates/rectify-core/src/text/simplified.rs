//! A notice copied from a portal's 繁體 version (`關於市委巡察反饋意見整改
//! 進展情況的通報`): the portal converted the official text, which was
//! written in simplified characters, and the converter's words (`问题`,
//! `整改情况`, `已完成`) would find nothing in it. Such a text is read back
//! in simplified characters, character by character, with OpenCC's table
//! (`t2s.txt`, made by `scripts/gen-t2s.mjs`), and the conversion says so
//! in a warning: the text is the same text, in the script it was written in.
//!
//! A text is taken as traditional when it has at least
//! [`MIN_TRADITIONAL`] characters that exist only in traditional form and
//! more than [`TRADITIONAL_RATIO`] times as many of them as characters
//! that exist only in simplified form: a simplified notice has a few
//! characters that are also traditional ones (`乾`, `著`) and many that
//! are only simplified.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// The table: comment lines, then `=` and pairs (traditional, simplified).
const TABLE: &str = include_str!("t2s.txt");

/// At least this many traditional-only characters make a text traditional.
pub const MIN_TRADITIONAL: usize = 20;
/// … and more than this many times the simplified-only ones.
pub const TRADITIONAL_RATIO: usize = 4;

struct Table {
    to_simplified: HashMap<char, char>,
    /// Characters that are only simplified forms (a value, never a key).
    simplified_only: HashSet<char>,
}

fn table() -> &'static Table {
    static TABLE_CELL: OnceLock<Table> = OnceLock::new();
    TABLE_CELL.get_or_init(|| {
        let pairs: Vec<char> = TABLE
            .lines()
            .filter_map(|l| l.strip_prefix('='))
            .flat_map(str::chars)
            .collect();
        let to_simplified: HashMap<char, char> =
            pairs.chunks_exact(2).map(|p| (p[0], p[1])).collect();
        let simplified_only = to_simplified
            .values()
            .copied()
            .filter(|c| !to_simplified.contains_key(c))
            .collect();
        Table {
            to_simplified,
            simplified_only,
        }
    })
}

/// The text is written in traditional characters (see the module docs).
pub fn is_traditional(text: &str) -> bool {
    let t = table();
    let (mut traditional, mut simplified) = (0usize, 0usize);
    for c in text.chars() {
        if t.to_simplified.contains_key(&c) {
            traditional += 1;
        } else if t.simplified_only.contains(&c) {
            simplified += 1;
        }
    }
    traditional >= MIN_TRADITIONAL && traditional > TRADITIONAL_RATIO * simplified
}

/// The text in simplified characters when it is written in traditional
/// ones; `None` when it is not (nothing to convert, no copy made).
pub fn simplified(text: &str) -> Option<String> {
    if !is_traditional(text) {
        return None;
    }
    let t = &table().to_simplified;
    Some(text.chars().map(|c| *t.get(&c).unwrap_or(&c)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    const HANT: &str = "關於市委巡察反饋意見整改進展情況的通報。一、黨組主體責任落實不到位的問題。\
        整改情況：已修訂責任清單，開展專項檢查2次，該問題已整改完成。";

    #[test]
    fn a_traditional_notice_is_read_in_simplified_characters() {
        assert_eq!(
            simplified(HANT).as_deref(),
            Some(
                "关于市委巡察反馈意见整改进展情况的通报。一、党组主体责任落实不到位的问题。\
                 整改情况：已修订责任清单，开展专项检查2次，该问题已整改完成。"
            )
        );
    }

    #[test]
    fn a_simplified_notice_is_left_alone() {
        let hans = "关于市委巡察反馈意见整改进展情况的通报。一、党组主体责任落实不到位的问题。\
            整改情况：已修订责任清单，开展专项检查2次，该问题已整改完成。乾坤著作。";
        assert!(simplified(hans).is_none());
        // A few traditional characters quoted in a simplified text.
        assert!(simplified(&format!("{hans}“臺灣”“香港”")).is_none());
        // Too short to tell.
        assert!(simplified("關於").is_none());
        assert!(simplified("").is_none());
    }
}
