//! Figures set apart by spaces, as text taken from a PDF prints them
//! (`2025 年 4 月 7 日`, `反馈的 3 个方面 9 个问题`, `追回资金 12.6 万元`):
//! the notice is read with those spaces closed up, so that its dates,
//! counts and figures read as they would typed (`2025年4月7日`). Only a
//! single space next to a figure that is followed by a unit or a part of
//! a date is taken out; runs of spaces (a table's cells) and a figure
//! opening a line (a table row's number) stay. Each line's text is closed
//! up so (`lines`); the raw line keeps its width, which tells a page's
//! wrapped lines (`wrapped`).

use crate::text::is_wide;

/// Characters a figure's unit or a date's part opens with.
const UNITS: &[char] = &[
    '年', '月', '日', '号', '个', '项', '件', '条', '处', '宗', '家', '万', '亿', '元', '次', '名',
    '人', '户', '所', '座', '亩', '套', '批', '期', '轮', '届', '类', '支', '间', '栋', '辆', '台',
    '份', '场', '%', '％',
];

/// The text with the spaces around such figures taken out, when it has any.
pub(crate) fn closed_up(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let gone = spaces_to_close(&chars);
    if gone.is_empty() {
        return None;
    }
    let mut gone = gone.into_iter().peekable();
    let kept = chars.iter().enumerate().filter_map(|(i, &c)| {
        if gone.next_if_eq(&i).is_some() {
            None
        } else {
            Some(c)
        }
    });
    Some(kept.collect())
}

/// Where the spaces to take out are (ascending).
fn spaces_to_close(c: &[char]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < c.len() {
        if !c[i].is_ascii_digit() || (i > 0 && (c[i - 1].is_ascii_digit() || c[i - 1] == '.')) {
            i += 1;
            continue;
        }
        let e = crate::text::run_end(c, i, |ch| ch.is_ascii_digit() || ch == '.');
        let spaced_unit = c.get(e) == Some(&' ') && c.get(e + 1).is_some_and(|u| UNITS.contains(u));
        // A single space after a Chinese character or a punctuation mark,
        // and one before the unit: spaced on both sides, as a PDF sets it
        // (`截至 2025 年`); one space alone before a date may part two
        // fields (`某镇人民政府 2026年10月15日`), and a figure opening a
        // line is a label (`3.1 年轻干部…`).
        let spaced_before = i >= 2 && c[i - 1] == ' ' && is_wide(c[i - 2]);
        if spaced_unit && spaced_before {
            out.push(i - 1);
        }
        // A year opening a line (`2025 年 11 月 4 日`, a signature's date)
        // is no label.
        let year = e - i == 4 && c.get(e + 1) == Some(&'年');
        if spaced_unit && (spaced_before || year || (i > 0 && is_wide(c[i - 1]))) {
            out.push(e);
        }
        i = e;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::closed_up;

    #[test]
    fn spaces_around_figures_with_units_are_closed_up() {
        assert_eq!(
            closed_up("截至 2025 年 10 月 31 日，已完成整改 7 个，追回 12.6 万元。").as_deref(),
            Some("截至2025年10月31日，已完成整改7个，追回12.6万元。")
        );
        // A table row's number, runs of spaces, Latin text: kept.
        assert_eq!(closed_up("1 部分项目拖欠工程款"), None);
        assert_eq!(closed_up("合计  6个   已完成4个"), None);
        assert_eq!(closed_up("PM2.5 浓度 35 微克"), None);
        assert_eq!(closed_up("第 3 轮巡察").as_deref(), Some("第3轮巡察"));
        assert_eq!(closed_up("3.1 年轻干部培养"), None);
        assert_eq!(closed_up("某镇人民政府 2026年10月15日"), None);
        assert_eq!(closed_up("2025年 4 月").as_deref(), Some("2025年4月"));
        assert_eq!(
            closed_up("2025 年 11 月 4 日").as_deref(),
            Some("2025年11月4日")
        );
        // Lines keep their numbers.
        assert_eq!(
            closed_up("共 3 个\n问题 5 项").as_deref(),
            Some("共3个\n问题5项")
        );
    }
}
