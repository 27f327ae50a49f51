//! Words set apart by spaces, as text taken from a PDF may print a sentence
//! (`目前 该问题 已 整改 到位。`, `属于 长期 坚持 事项`): the line is read
//! with those spaces closed up, so that its phrases read as typed
//! (`已整改到位`, `长期坚持`). Only a line of prose (it has a Chinese
//! sentence's punctuation) with two or more single spaces between Chinese
//! characters is closed up, and only those spaces; a line with a tab or a
//! run of spaces (a table's cells) stays as it is, and so does a menu or a
//! table's header (no punctuation). Each line's text is closed up so once
//! the tables are read (`single_space_table`: a table's cells parted by
//! single spaces are tabs by then); the raw line keeps its width.

use super::lines::Line;
use crate::text::is_wide;

/// Punctuation only a Chinese sentence has.
const SENTENCE_MARKS: &[char] = &['，', '。', '；', '：', '、'];

/// The fewest spaces between Chinese characters that make a line spaced.
const MIN_SPACES: usize = 2;

/// The most Chinese characters a line has per such space (words of two to
/// four characters, with their punctuation and the words typed closed up).
const MAX_WORD_CHARS: usize = 12;

/// Every line's text closed up where it is such a line.
pub(crate) fn join(mut lines: Vec<Line<'_>>) -> Vec<Line<'_>> {
    for line in &mut lines {
        if let Some(text) = closed_up(&line.text) {
            line.text = text;
        }
    }
    lines
}

/// The text with the single spaces between Chinese characters taken out,
/// when it is such a line.
fn closed_up(text: &str) -> Option<String> {
    if text.contains('\t') || text.contains("  ") || !text.contains(SENTENCE_MARKS) {
        return None;
    }
    let chars: Vec<char> = text.chars().collect();
    let between = |i: usize| {
        chars[i] == ' '
            && i > 0
            && is_wide(chars[i - 1])
            && chars.get(i + 1).is_some_and(|&c| is_wide(c))
    };
    let spaces = (0..chars.len()).filter(|&i| between(i)).count();
    let wide = chars.iter().filter(|&&c| is_wide(c)).count();
    // Words apart, not fields or paragraphs of a text on one line (a
    // portal's page copied whole: `发布时间：… 根据…。 一、…`).
    if spaces < MIN_SPACES || spaces * MAX_WORD_CHARS < wide {
        return None;
    }
    let kept = (0..chars.len()).filter(|&i| !between(i)).map(|i| chars[i]);
    Some(kept.collect())
}

#[cfg(test)]
mod tests {
    use super::closed_up;

    #[test]
    fn spaces_between_words_of_a_sentence_are_closed_up() {
        assert_eq!(
            closed_up("整改情况：建立矿山 动态 巡查 机制，属于 长期 坚持 事项。").as_deref(),
            Some("整改情况：建立矿山动态巡查机制，属于长期坚持事项。")
        );
        // Spaces next to Latin letters or digits stay.
        assert_eq!(
            closed_up("开展 PM2.5 监测，已 整改 到位。").as_deref(),
            Some("开展 PM2.5 监测，已整改到位。")
        );
    }

    #[test]
    fn tables_menus_and_single_spaces_stay() {
        // A table's cells (runs of spaces, tabs), a header, a menu.
        assert_eq!(closed_up("1  耕地保护不到位  已完成，已销号"), None);
        assert_eq!(closed_up("1\t耕地保护 不到位\t已完成，已销号"), None);
        assert_eq!(closed_up("序号 问题 整改措施 责任单位 完成时限"), None);
        assert_eq!(closed_up("首页 新闻中心 政务公开 通知公告"), None);
        // One space between two fields of a sentence.
        assert_eq!(
            closed_up("某某县财政局 关于巡察整改情况的通报，现予公布。"),
            None
        );
        // Paragraphs of a page on one line.
        let page = "关于巡察整改进展情况的通报 发布时间：2026-04-09 根据县委统一部署，县委巡察组\
                    对镇党委开展了常规巡察。现将整改进展情况公布如下。 一、整改工作总体情况 镇党委\
                    召开专题会议5次，制定整改方案，列出问题清单、任务清单、责任清单。";
        assert_eq!(closed_up(page), None);
    }
}
