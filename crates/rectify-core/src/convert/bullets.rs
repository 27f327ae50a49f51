//! Items marked by a bullet instead of a number (`◆问题：…`, `● 一岗双责…`,
//! or a tag of their state, `【已办结】…` `【办理中】…`, any state tags alike):
//! a paragraph opening with a bullet character that opens at least one
//! other paragraph too is an item of style `Bullet`, numbered in order from
//! 1 after each numbered heading (`一、` › `◆` `◆` `◆`, `二、` › `◆` …), so
//! that the tree nests them like any numbered list.

use super::tree::Para;
use crate::text::label::recognise;

/// Characters that mark an item.
const BULLETS: &[char] = &[
    '◆', '◇', '●', '○', '■', '□', '▲', '△', '★', '☆', '▶', '►', '•', '※', '➢', '➤', '▪', '◎', '❖',
    '✓', '√',
];

/// At least this many paragraphs open with the same bullet for it to mark
/// items.
const MIN_ITEMS: usize = 2;

/// Whether a paragraph opens with a bullet character.
pub(crate) fn opens_with_bullet(text: &str) -> bool {
    bullet_of(text).is_some()
}

fn bullet_of(text: &str) -> Option<char> {
    let c = text.chars().next()?;
    let rest = text[c.len_utf8()..].trim_start();
    if BULLETS.contains(&c) && !rest.is_empty() {
        return Some(c);
    }
    state_tag_len(text).map(|_| STATE_TAG)
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

/// The paragraphs (indices, ascending) that open with a bullet marking
/// items, with their number and the bullet's length in characters (with
/// the spaces after it).
pub(crate) fn labels(paras: &[Para]) -> Vec<(usize, u32, usize)> {
    let marks: Vec<Option<char>> = paras.iter().map(|p| bullet_of(&p.text)).collect();
    let mut counts: Vec<(char, usize)> = Vec::new();
    for &c in marks.iter().flatten() {
        match counts.iter_mut().find(|(b, _)| *b == c) {
            Some((_, n)) => *n += 1,
            None => counts.push((c, 1)),
        }
    }
    let items = |c: char| counts.iter().any(|&(b, n)| b == c && n >= MIN_ITEMS);
    let mut out = Vec::new();
    let mut numbers: Vec<(char, u32)> = Vec::new();
    for (i, (p, mark)) in paras.iter().zip(&marks).enumerate() {
        match mark.filter(|&c| items(c)) {
            Some(c) => {
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
                    c.len_utf8()
                };
                let rest = p.text[mark..].trim_start();
                let label_chars = p.text.chars().count() - rest.chars().count();
                out.push((i, n, label_chars));
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
        assert_eq!(labels(&p), [(1, 1, 1), (3, 2, 2), (5, 1, 1)]);
        assert!(labels(&paras(&["◆一个。", "正文。"])).is_empty());
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
        assert_eq!(labels(&p), [(0, 1, 5), (2, 2, 5), (4, 3, 5)]);
    }
}
