//! Items marked by a bullet instead of a number (`◆问题：…`, `● 一岗双责…`,
//! a phone article's pictographs `📌…` `🔹…`,
//! or a tag of their state, `【已办结】…` `【办理中】…`, any state tags alike):
//! a paragraph opening with a bullet character that opens at least one
//! other paragraph too is an item of style `Bullet`, numbered in order from
//! 1 after each numbered heading (`一、` › `◆` `◆` `◆`, `二、` › `◆` …), so
//! that the tree nests them like any numbered list.
//!
//! Bullets of different characters may mark levels, as a phone article
//! sets them (`◆ …方面` › `● …不到位。` › `▲ 制定…`): where the first
//! character's items are headings (no sentence) and each is followed by
//! items of the next character, and so on down, the first marks areas
//! (numbered as `（一）` is), the second items (`Bullet`) and a third the
//! measures under them (numbered as `①` is); each numbering starts again
//! under its parent.

use super::tree::Para;
use crate::text::chars::{is_pictograph, sign_len};
use crate::text::label::{recognise, LabelStyle};

/// Characters that mark an item.
const BULLETS: &[char] = &[
    '◆', '◇', '●', '○', '■', '□', '▲', '△', '★', '☆', '▶', '►', '•', '※', '➢', '➤', '▪', '◎', '❖',
    '✓', '√',
];

/// The longest key of a field opening a list item (characters).
const MAX_FIELD_KEY_CHARS: usize = 8;

/// Markdown's list marks, read as bullets when a space follows.
const MARKDOWN_BULLETS: &[char] = &['-', '*', '+'];

/// At least this many paragraphs open with the same bullet for it to mark
/// items.
const MIN_ITEMS: usize = 2;

/// Whether a paragraph opens with a bullet character.
pub(crate) fn opens_with_bullet(text: &str) -> bool {
    bullet_of(text).is_some()
}

fn bullet_of(text: &str) -> Option<char> {
    let c = text.chars().next()?;
    let rest = text[mark_len(text)..].trim_start();
    if BULLETS.contains(&c) && !rest.is_empty() {
        return Some(c);
    }
    // A pictograph before a label (`📌 一、`) or a number (`🔷 01 | …`, a
    // part's heading) leaves the item to them; one before a state
    // (`✅已完成  责任单位：…`) marks the state.
    let numbered = recognise(rest).is_some() || rest.starts_with(|c: char| c.is_ascii_digit());
    let state = || {
        STATE_TAG_OPENINGS.iter().any(|w| rest.starts_with(w))
            || super::shape::STATE_WORDS
                .iter()
                .any(|w| rest.starts_with(w))
    };
    if is_pictograph(c) && !rest.is_empty() && !numbered && !state() {
        return Some(c);
    }
    // A Markdown list item at the margin (`- …`, `* …`): the mark, a space,
    // and no field's key (`- 责任单位：…` is a line of the item above).
    let spaced = text[c.len_utf8()..].starts_with([' ', '\u{3000}']);
    let field = rest
        .chars()
        .take(MAX_FIELD_KEY_CHARS + 1)
        .any(|ch| matches!(ch, '：' | ':'));
    if MARKDOWN_BULLETS.contains(&c) && spaced && !rest.is_empty() && !field {
        // `-`, `*` and `+` mark the same list.
        return Some('-');
    }
    state_tag_len(text).map(|_| STATE_TAG)
}

/// The length in bytes of the bullet opening `text`, with what joins it
/// (`▶️`).
fn mark_len(text: &str) -> usize {
    sign_len(text)
}

/// The mark that stands for any state tag opening an item.
const STATE_TAG: char = '【';

/// The longest state tag read as an item's mark (characters inside).
const MAX_STATE_TAG_CHARS: usize = 6;

/// Words a state tag opens with (`【已办结】`, `【办理中】` is a status word).
const STATE_TAG_OPENINGS: &[&str] = &["已", "正在", "待", "长期", "持续", "尚未", "未"];

/// `【已办结】城北片区…`, `【待启动】…`: a paragraph opening with a tag that
/// is a state, before its words: the tag's length in bytes.
fn state_tag_len(text: &str) -> Option<usize> {
    let inner = text.strip_prefix('【')?;
    let close = inner.find('】')?;
    let tag = &inner[..close];
    let short = (2..=MAX_STATE_TAG_CHARS).contains(&tag.chars().count());
    let state = crate::ledger::status_word(tag).is_some()
        || STATE_TAG_OPENINGS.iter().any(|w| tag.starts_with(w));
    let words = !inner[close + '】'.len_utf8()..].trim().is_empty();
    (short && state && words).then_some('【'.len_utf8() + close + '】'.len_utf8())
}

/// A bulleted item: its paragraph, number, the bullet's length in
/// characters (with the spaces after it) and its style.
pub(crate) type BulletLabel = (usize, u32, usize, LabelStyle);

/// The styles of bullets marking levels, shallowest first.
const LEVEL_STYLES: [LabelStyle; 3] = [
    LabelStyle::ParenChinese,
    LabelStyle::Bullet,
    LabelStyle::Circled,
];

/// The bullet characters that mark levels, shallowest first, when they
/// nest (see the module's text); empty otherwise.
fn levels(paras: &[Para], marks: &[Option<char>], items: impl Fn(char) -> bool) -> Vec<char> {
    let mut order: Vec<char> = Vec::new();
    for &c in marks
        .iter()
        .flatten()
        .filter(|&&c| items(c) && c != STATE_TAG)
    {
        if !order.contains(&c) {
            order.push(c);
        }
    }
    if !(2..=LEVEL_STYLES.len()).contains(&order.len()) {
        return Vec::new();
    }
    // The first level's items are headings; each level's first item comes
    // after the first of the level above.
    let headings = marks
        .iter()
        .zip(paras)
        .filter(|(m, _)| **m == Some(order[0]))
        .all(|(_, p)| !p.text.contains('。'));
    let depth = |c: char| order.iter().position(|&o| o == c);
    // The next bulleted item after each heading is one of the level below.
    let nests = (0..marks.len())
        .filter(|&i| marks[i] == Some(order[0]))
        .all(|i| (i + 1..marks.len()).find_map(|j| marks[j].and_then(depth)) == Some(1));
    let first = |c: char| marks.iter().position(|&m| m == Some(c));
    let ordered = order.windows(2).all(|w| first(w[0]) < first(w[1]));
    if headings && nests && ordered {
        order
    } else {
        Vec::new()
    }
}

/// The paragraphs (indices, ascending) that open with a bullet marking
/// items, with their number, the bullet's length in characters (with the
/// spaces after it) and their style.
pub(crate) fn labels(paras: &[Para]) -> Vec<BulletLabel> {
    let marks: Vec<Option<char>> = paras.iter().map(|p| bullet_of(&p.text)).collect();
    let mut counts: Vec<(char, usize)> = Vec::new();
    for &c in marks.iter().flatten() {
        match counts.iter_mut().find(|(b, _)| *b == c) {
            Some((_, n)) => *n += 1,
            None => counts.push((c, 1)),
        }
    }
    let items = |c: char| counts.iter().any(|&(b, n)| b == c && n >= MIN_ITEMS);
    let levels = levels(paras, &marks, items);
    let depth = |c: char| levels.iter().position(|&l| l == c);
    let mut out = Vec::new();
    let mut numbers: Vec<(char, u32)> = Vec::new();
    for (i, (p, mark)) in paras.iter().zip(&marks).enumerate() {
        match mark.filter(|&c| items(c)) {
            Some(c) => {
                // A level's items number again under each item above them.
                if let Some(d) = depth(c) {
                    numbers.retain(|(b, _)| depth(*b).is_none_or(|e| e <= d));
                }
                let style = depth(c).map_or(LabelStyle::Bullet, |d| LEVEL_STYLES[d]);
                let n = match numbers.iter_mut().find(|(b, _)| *b == c) {
                    Some((_, n)) => {
                        *n += 1;
                        *n
                    }
                    None => {
                        numbers.push((c, 1));
                        1
                    }
                };
                let mark = if c == STATE_TAG {
                    state_tag_len(&p.text).unwrap_or(0)
                } else {
                    mark_len(&p.text)
                };
                let rest = p.text[mark..].trim_start();
                let label_chars = p.text.chars().count() - rest.chars().count();
                out.push((i, n, label_chars, style));
            }
            None if recognise(&p.text).is_some() => numbers.clear(),
            None => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tree::paras;
    use super::*;

    #[test]
    fn bullets_are_numbered_under_each_heading() {
        let p = paras(&[
            "一、贯彻落实方面",
            "◆问题：推进不力。",
            "整改情况：已完成。",
            "◆ 问题：能力不强。",
            "二、从严治党方面",
            "◆问题：落实不到位。",
            "●只有一个圆点。",
        ]);
        let b = LabelStyle::Bullet;
        assert_eq!(labels(&p), [(1, 1, 1, b), (3, 2, 2, b), (5, 1, 1, b)]);
        assert!(labels(&paras(&["◆一个。", "正文。"])).is_empty());
    }

    #[test]
    fn pictographs_mark_items_but_not_states_or_numbered_headings() {
        let p = paras(&[
            "🔹推进不力。",
            "🔹能力不强。",
            "✅已完成 责任单位：办公室",
            "✅已完成",
        ]);
        let b = LabelStyle::Bullet;
        assert_eq!(labels(&p), [(0, 1, 1, b), (1, 2, 1, b)]);
        assert!(labels(&paras(&["🔷 01 | 总体情况", "🔷 02 | 具体整改"])).is_empty());
        assert!(labels(&paras(&["📌 一、方面", "📌 二、方面"])).is_empty());
        assert_eq!(bullet_of("▶\u{fe0f} 问题"), Some('▶'));
    }

    #[test]
    fn state_tags_mark_items_alike() {
        let p = paras(&[
            "【已办结】水压偏低。",
            "已建成泵站。",
            "【办理中】管网老化。",
            "【整改措施】更换管网。",
            "【待启动】设施缺失。",
        ]);
        // `【整改措施】` names a part of an item, not its state.
        let b = LabelStyle::Bullet;
        assert_eq!(labels(&p), [(0, 1, 5, b), (2, 2, 5, b), (4, 3, 5, b)]);
    }

    #[test]
    fn bullets_of_three_characters_nest() {
        let p = paras(&[
            "◆ 决策部署方面",
            "● 包保督导流于形式。",
            "▲ 重新梳理包保清单。",
            "▲ 约谈3名干部。",
            "【整改进展】已完成",
            "● 电梯维保记录缺失。",
            "▲ 开展专项整治。",
            "◆ 从严治党方面",
            "● 公务接待不规范。",
            "▲ 修订接待办法。",
        ]);
        let (a, b, m) = (
            LabelStyle::ParenChinese,
            LabelStyle::Bullet,
            LabelStyle::Circled,
        );
        assert_eq!(
            labels(&p),
            [
                (0, 1, 2, a),
                (1, 1, 2, b),
                (2, 1, 2, m),
                (3, 2, 2, m),
                (5, 2, 2, b),
                (6, 1, 2, m),
                (7, 2, 2, a),
                (8, 1, 2, b),
                (9, 1, 2, m),
            ]
        );
    }

    #[test]
    fn bullets_of_two_characters_side_by_side_stay_items() {
        // `●` done, `○` open: two marks of one level, no headings.
        let p = paras(&[
            "● 已修订办法。",
            "○ 正在推进。",
            "● 已完成。",
            "○ 尚未启动。",
        ]);
        assert!(labels(&p).iter().all(|l| l.3 == LabelStyle::Bullet));
    }
}
