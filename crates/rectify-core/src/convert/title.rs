//! Which line is the notice's title. Lines above the body are scored on
//! features of their shape, together:
//!
//! - how it ends (`…的通报`, `…报告`, `…情况`) and whether it reads `关于…`;
//! - whether it is printed again (above the body, or as the 文件名称 field);
//! - its share of Chinese characters and its length;
//! - page chrome: pipes, arrows and `>` (menus, breadcrumbs), a clock time or
//!   `来源` (bylines), toolbar words (关怀版, 无障碍, 字号, 返回, …).
//!
//! The best line wins if its score says it reads like a title. Short lines
//! above the title that are not sentences are page chrome.

use crate::text::label::recognise;
use crate::text::{char_len, is_ws, norm_chars};

/// A line scoring at least this reads like a title.
pub(crate) const MIN_TITLE_SCORE: i32 = 3;
/// Lines further down than this many non-empty lines are never the title.
const MAX_TITLE_POSITION: usize = 30;
/// A title is at most this long (characters).
const MAX_TITLE_CHARS: usize = 100;

const TITLE_ENDINGS: &[&str] = &[
    "通报",
    "公告",
    "公示",
    "报告",
    "情况",
    "进展",
    "的函",
    "通知",
    "说明",
    "一览表",
    "清单",
    "台账",
    // `…巡察反馈意见整改进展情况的公开`: published for the record.
    "公开",
    // `…就巡察反馈问题整改情况答记者问`: an interview.
    "答记者问",
    "答问",
];
const SUBJECT_WORDS: &[&str] = &["整改", "巡察", "巡视", "审计", "督查", "问题"];
/// Words of toolbars and page furniture; a title never contains them.
const CHROME_WORDS: &[&str] = &[
    "关怀版",
    "适老版",
    "无障碍",
    "长者模式",
    "繁体版",
    "繁體版",
    "返回",
    "详细介绍",
    "访问量",
    "浏览次数",
    "字号",
    "打印",
    "关闭窗口",
    "跳到",
    "主要內容",
    "主要内容",
    "当前位置",
    "所在位置",
    "首页",
    "登录",
];

/// Title-like: a line of text without a sentence inside.
pub(crate) fn is_title_like(text: &str) -> bool {
    let n = norm_chars(text.trim_matches(is_ws));
    let Some(&last) = n.last() else { return false };
    !matches!(last, '。' | ':' | ';' | ',' | '!' | '?')
        && n.len() <= MAX_TITLE_CHARS
        && !n.iter().any(|c| matches!(c, '。' | ',' | ';'))
        && recognise(text).is_none()
        && !super::lines::is_table_row(text)
}

/// Ends like a notice's title.
pub(crate) fn has_title_ending(text: &str) -> bool {
    let t = without_edition(text.trim_matches(is_ws));
    TITLE_ENDINGS.iter().any(|s| t.ends_with(s))
}

/// The longest bracketed note of an edition after a title (`（第十批）`,
/// `（2024年第3期）`), in characters.
const MAX_EDITION_CHARS: usize = 12;

/// A title without the bracketed note of its edition or draft after its
/// ending (`…办理情况的公示（第十批）`, `…的通报（二）`).
fn without_edition(t: &str) -> &str {
    let Some(inner) = t.strip_suffix(['）', ')']) else {
        return t;
    };
    let Some(open) = inner.rfind(['（', '(']) else {
        return t;
    };
    let note = &inner[open..];
    let short = char_len(note) <= MAX_EDITION_CHARS + 1;
    let edition = ['批', '期', '号', '稿', '版', '次']
        .iter()
        .any(|c| note.contains(*c))
        || note
            .chars()
            .skip(1)
            .all(|c| crate::text::numerals::is_cn_numeral(c) || c.is_ascii_digit());
    if short && edition {
        inner[..open].trim_end_matches(is_ws)
    } else {
        t
    }
}

/// The longest site name a browser's page title ends with (characters).
const MAX_SITE_NAME_CHARS: usize = 24;

/// Separators a page title puts between the document's title and its
/// site's name (`…的通报_某某县人民政府`, `…的通报 - 某某县政府门户网站`).
const SITE_SEPARATORS: &[&str] = &["_", "｜", "|", " - ", " — ", "－"];

/// A title line copied from the browser's page title, the site's name
/// after it (`关于…整改进展情况的通报_某某县人民政府`): the title, and the
/// separator with the site's name. The part before the separator ends
/// like a document's title; the part after is a short name with no
/// sentence in it.
pub(crate) fn split_site_name(line: &str) -> Option<(&str, &str)> {
    SITE_SEPARATORS.iter().find_map(|sep| {
        let (head, site) = line.rsplit_once(sep)?;
        let name = site.trim();
        let is_name = (1..=MAX_SITE_NAME_CHARS).contains(&name.chars().count())
            && !name.contains(['。', '，', '；', '：'])
            && !name.contains("关于");
        (is_name && has_document_ending(head.trim()))
            .then(|| (head.trim_end(), &line[head.len()..]))
    })
}

/// Ends by naming the kind of document (`…的通报`, `…报告`), not only its
/// subject (`…整改情况`, `…工作进展`, which a title printed on several
/// lines may go on after: `…整改进展情况` / `的通报`).
pub(crate) fn has_document_ending(text: &str) -> bool {
    let t = without_edition(text.trim_matches(is_ws));
    TITLE_ENDINGS
        .iter()
        .filter(|s| !matches!(**s, "情况" | "进展"))
        .any(|s| t.ends_with(s))
}

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c)
}

/// A clock time `16:36` somewhere in the text.
fn has_clock_time(n: &[char]) -> bool {
    n.windows(4).any(|w| {
        w[0].is_ascii_digit() && w[1] == ':' && w[2].is_ascii_digit() && w[3].is_ascii_digit()
    })
}

/// Page chrome by its shape: separators, arrows, a clock, a source, toolbar words.
fn chrome_penalty(text: &str, n: &[char]) -> i32 {
    let s: String = n.iter().collect();
    let mut p = 0;
    if s.contains('|') || s.contains("->") || s.contains('>') || s.contains('»') {
        p += 5;
    }
    if has_clock_time(n) || s.contains("来源") {
        p += 5;
    }
    if CHROME_WORDS.iter().any(|w| text.contains(w)) {
        p += 5;
    }
    // A link never is the title, however much it reads like one.
    if opens_with_bullet(text) {
        p += 10;
    }
    p
}

/// Marks that open the entries of a page's link lists (`· 关于…的通报`
/// under `热点推荐`, `• …`): a link to another page, never the title.
const LINK_BULLETS: &[char] = &[
    '·', '•', '●', '○', '◆', '◇', '▪', '■', '□', '►', '▶', '»', '-', '*',
];

fn opens_with_bullet(text: &str) -> bool {
    crate::text::trim(text).starts_with(LINK_BULLETS)
}

/// A line that can open a title printed on two lines (`中共某某县委办公室`
/// above `关于…的通报`): mostly Chinese characters (or a year's digits), no
/// page chrome, however short.
pub(crate) fn can_open_title(text: &str) -> bool {
    let n = norm_chars(text);
    let len = n.iter().filter(|c| !is_ws(**c)).count();
    // `××`, `○○`: a name left out, as templates and redacted copies print;
    // a year in one run of words (`…关于2025年度森林督查`), not a date
    // set apart (`南湄区人民政府督查室　　2026年10月21日`).
    let t = crate::text::trim(text);
    let year = !t.chars().any(is_ws) && !t.contains('日');
    let cjk = n
        .iter()
        .filter(|&&c| is_cjk(c) || (year && c.is_ascii_digit()) || matches!(c, '×' | '○'))
        .count();
    len >= 2 && cjk * 10 >= len * 8 && chrome_penalty(text, &n) == 0
}

/// How much a line reads like a notice's title.
pub(crate) fn title_score(text: &str, repeated: bool) -> i32 {
    let n = norm_chars(text);
    let len = n.iter().filter(|c| !is_ws(**c)).count();
    if len == 0 {
        return i32::MIN;
    }
    let cjk = n.iter().filter(|&&c| is_cjk(c)).count();
    let mut score = 0;
    score += if has_title_ending(text) { 4 } else { 0 };
    score += if text.contains("关于") { 2 } else { 0 };
    score += i32::from(SUBJECT_WORDS.iter().any(|w| text.contains(w)));
    score += if repeated { 2 } else { 0 };
    score += if cjk * 10 >= len * 8 { 1 } else { -3 };
    score += if (10..=MAX_TITLE_CHARS).contains(&char_len(text)) {
        1
    } else {
        -2
    };
    score - chrome_penalty(text, &n)
}

/// The best title among `candidates` (index, text, printed again elsewhere):
/// the highest score that reads like a title, the earliest on a tie.
pub(crate) fn best_title(candidates: &[(usize, &str, bool)]) -> Option<usize> {
    candidates
        .iter()
        .take(MAX_TITLE_POSITION)
        .filter(|(_, t, _)| is_title_like(t))
        .map(|&(i, t, rep)| (title_score(t, rep), i))
        .filter(|&(s, _)| s >= MIN_TITLE_SCORE)
        .max_by_key(|&(s, i)| (s, std::cmp::Reverse(i)))
        .map(|(_, i)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_score_above_chrome() {
        let t = "中共青川区水务局党组关于区委第三轮巡察集中整改进展情况的通报";
        assert!(title_score(t, false) >= MIN_TITLE_SCORE);
        for chrome in [
            "跳到主要內容區塊",
            "关怀版 无障碍 长者模式 繁体版",
            "您当前所在位置：首页 -> 政务公开 -> 巡察整改",
            "返回上一级",
            "详细介绍",
            "访问量：1286 字号：大 中 小 打印本页 关闭窗口",
            "青川区人民政府 2025-08-22 16:36 来源：区水务局",
            "文号 | 青川党纪〔2025〕7号 | 成文日期",
            "· 中共青川区水务局党组关于2022年区委巡察整改进展情况的通报",
        ] {
            assert!(title_score(chrome, false) < MIN_TITLE_SCORE, "{chrome}");
        }
        let lines = [(0, "跳到主要內容區塊", false), (1, t, true)];
        assert_eq!(best_title(&lines), Some(1));
    }

    #[test]
    fn a_sites_name_after_a_page_title() {
        assert_eq!(
            split_site_name("关于巡察整改进展情况的通报_某某县人民政府"),
            Some(("关于巡察整改进展情况的通报", "_某某县人民政府"))
        );
        assert_eq!(
            split_site_name("关于整改情况的通报 - 某某市政府门户网站"),
            Some(("关于整改情况的通报", " - 某某市政府门户网站"))
        );
        // No document's title before it, or no name after it.
        assert_eq!(split_site_name("某某县人民政府_首页"), None);
        assert_eq!(split_site_name("关于整改情况的通报_关于某某的说明"), None);
    }

    #[test]
    fn an_editions_note_after_the_ending_is_no_part_of_it() {
        assert!(has_document_ending("…办理情况的公示（第十批）"));
        assert!(has_document_ending("…整改进展情况的通报（二）"));
        assert!(!has_document_ending("…整改进展情况（城关镇）"));
    }
}
