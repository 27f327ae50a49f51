//! Problems numbered after a word of the notice's own choosing, as
//! `问题一：` is after `问题` (`病灶一：…` `病灶二：…`, `短板1：…`, `事项三：…`;
//! or the label alone on its line, with a bracketed note at most, over
//! field lines: `督办件一（工单编号：…）` › `【诉求内容】…` `【办理结果】…`;
//! or `【督办件1】` so over `诉求内容：…` `承办单位：…` `办理结果：…`;
//! or the label and a case's name over them, the finding on the first:
//! `体验场景二：个体工商户设立登记` › `发现什么：窗口人员要求…`):
//! two or more paragraphs, not labelled otherwise, each opened by the same
//! short word, a number and a colon, numbered 1, 2, 3, … in printed order
//! (or again from 1 in each group, under a line of its own: `group_lines`)
//! (other paragraphs between them: their measures and reports), most of
//! them stating a finding rather than an action. The word is no keyword:
//! the run and the findings are what mark the items. Each is an item of
//! style `Wenti`; its label is the word, the number and the colon (or the
//! whole line, when that is the label alone).

use super::tree::Para;
use crate::text::label::recognise;
use crate::text::norm_chars;
use crate::text::numerals::{cn_number, is_cn_numeral};

/// The longest word before the number (characters).
const MAX_WORD_CHARS: usize = 4;
/// The most items read (a number's value).
const MAX_NUMBER: u32 = 99;

/// The word, number and label length (characters) a paragraph opens
/// with (`病灶三：` → (`病灶`, 3, Some(4))); no length when the whole line
/// is the label (`督办件一（工单编号：QJ2511030172）`, `督办件二`), its
/// statement on the next.
fn opening(text: &str) -> Option<(String, u32, Option<usize>)> {
    let mut all = norm_chars(text.trim());
    if let Some(found) = bracketed_before_text(&all) {
        return found;
    }
    // `【督办件1】` alone on its line: the label in brackets.
    if all.first() == Some(&'【') && all.last() == Some(&'】') {
        all = all[1..all.len() - 1].to_vec();
        if all.contains(&'【') || all.contains(&'】') {
            return None;
        }
    }
    let n = &all[..all.len().min(MAX_WORD_CHARS + 5)];
    let word = n
        .iter()
        .take_while(|&&c| crate::text::chars::is_han(c) && !is_cn_numeral(c))
        .count();
    if word == 0 || word > MAX_WORD_CHARS {
        return None;
    }
    // `风险点 5：`: a stray space before the number.
    let at = word + usize::from(n.get(word).is_some_and(|&c| crate::text::is_ws(c)));
    let digits = n[at..].iter().take_while(|c| c.is_ascii_digit()).count();
    let (number, end) = if digits > 0 {
        let s: String = n[at..at + digits].iter().collect();
        (s.parse().ok()?, at + digits)
    } else {
        let k = n[at..].iter().take_while(|&&c| is_cn_numeral(c)).count();
        (cn_number(&n[at..at + k])?, at + k)
    };
    if !(1..=MAX_NUMBER).contains(&number) {
        return None;
    }
    let word: String = n[..word].iter().collect();
    let rest: String = all[end..].iter().collect();
    let rest = rest.trim();
    if rest.is_empty() || (rest.starts_with('(') && rest.ends_with(')')) {
        return Some((word, number, None));
    }
    let colon = n.get(end) == Some(&':');
    (colon && all.len() > end + 1).then_some((word, number, Some(end + 1)))
}

/// `【督办件01】吴某某等23户村民反映…问题。`: the label in brackets, the
/// statement after it on the same line. `None` when the line does not
/// open so; `Some(None)` when its brackets hold no word and number only.
fn bracketed_before_text(all: &[char]) -> Option<Option<(String, u32, Option<usize>)>> {
    if all.first() != Some(&'【') {
        return None;
    }
    let close = all
        .iter()
        .take(MAX_WORD_CHARS + 6)
        .position(|&c| c == '】')?;
    if close + 1 >= all.len() {
        return None;
    }
    let inner: String = all[1..close].iter().collect();
    Some(match opening(&inner) {
        Some((word, number, None)) => Some((word, number, Some(close + 1))),
        _ => None,
    })
}

/// The longest key of a field line (`【诉求内容】…`, `问题：…`; characters).
const MAX_FIELD_KEY_CHARS: usize = 8;

/// The text after the key of a field line, if `text` is one: what follows
/// a line that is only an item's label.
fn field_value(text: &str) -> Option<String> {
    let (_, len) = super::lead_keys::opening_key(text, MAX_FIELD_KEY_CHARS)?;
    Some(text.chars().skip(len).collect())
}

/// The paragraphs (indices, ascending) that open such items, with their
/// numbers and labels' lengths.
pub(crate) fn labels(paras: &[Para]) -> Vec<(usize, u32, usize)> {
    use std::collections::HashMap;
    // For each word, its items so far, while they run 1, 2, 3, ….
    let mut runs: HashMap<String, Vec<(usize, u32, usize)>> = HashMap::new();
    let mut broken: Vec<String> = Vec::new();
    for (i, p) in paras.iter().enumerate() {
        if p.piece != super::inline_items::Piece::Whole || recognise(&p.text).is_some() {
            continue;
        }
        let Some((word, number, len)) = opening(&p.text) else {
            continue;
        };
        // A label alone on its line labels the field lines below it.
        let len = match len {
            Some(len) => len,
            None if paras
                .get(i + 1)
                .and_then(|q| field_value(&q.text))
                .is_some() =>
            {
                p.text.chars().count()
            }
            None => continue,
        };
        let run = runs.entry(word.clone()).or_default();
        // Numbered on, or again from 1 in the next group (`【具体表现1】`
        // … `【具体表现4】`, then under the next heading `【具体表现1】`).
        let next = run.last().map_or(1, |r| r.1 + 1);
        let restarts = number == 1 && run.last().is_some_and(|r| r.1 >= 2);
        if number != next && !restarts {
            broken.push(word);
            continue;
        }
        run.push((i, number, len));
    }
    let mut out: Vec<(usize, u32, usize)> = runs
        .into_iter()
        .filter(|(word, run)| {
            run.len() >= 2 && !broken.contains(word) && states_findings(paras, run)
        })
        .flat_map(|(_, run)| run)
        .collect();
    out.sort_unstable();
    out
}

/// The longest line read as a group's heading over a run (characters).
const MAX_GROUP_LINE_CHARS: usize = 60;

/// The lines that head the groups of a run numbered again from 1 in each
/// (`反馈意见之二：“…”` › `【具体表现1】…`): the line right before each
/// item 1, when the run starts again at least once and every such line is
/// a whole, unlabelled line of its own that ends no sentence and reports
/// nothing (`【整改状态】已完成` before an item 1 means no heading is there).
pub(crate) fn group_lines(paras: &[Para], labels: &[(usize, u32, usize)]) -> Vec<usize> {
    let firsts: Vec<usize> = labels.iter().filter(|l| l.1 == 1).map(|l| l.0).collect();
    if firsts.len() < 2 {
        return running_on(paras, labels);
    }
    let heads = |i: usize| {
        let Some(p) = i.checked_sub(1).and_then(|h| paras.get(h)) else {
            return false;
        };
        let t = crate::text::trim(&p.text);
        p.piece == super::inline_items::Piece::Whole
            && !t.is_empty()
            && !t.contains('\n')
            && t.chars().count() <= MAX_GROUP_LINE_CHARS
            && !t.ends_with(['。', '：', ':', '；', ';'])
            && recognise(t).is_none()
            && !super::tree::is_rectification_report(t)
            && labels.iter().all(|l| l.0 != i - 1)
    };
    if firsts.iter().all(|&i| heads(i)) {
        firsts.into_iter().map(|i| i - 1).collect()
    } else {
        Vec::new()
    }
}

/// The lines that head the groups of a run numbered on across them
/// (`“阵地服务”维度` › `短板一：…` `短板二：…`, `“数字服务”维度` › `短板三：…`):
/// a short line of its own that ends no sentence and names no state,
/// right before item 1 and before at least one later item.
fn running_on(paras: &[Para], labels: &[(usize, u32, usize)]) -> Vec<usize> {
    let before = |l: &(usize, u32, usize)| {
        let h = l.0.checked_sub(1)?;
        let heads =
            super::plain_headings::heads_group(&paras[h]) && labels.iter().all(|m| m.0 != h);
        heads.then_some(h)
    };
    let lines: Vec<usize> = labels.iter().filter_map(before).collect();
    let first_headed = labels.first().and_then(before).is_some();
    if first_headed && lines.len() >= 2 {
        lines
    } else {
        Vec::new()
    }
}

/// Most of the items state a finding, none an action.
fn states_findings(paras: &[Para], run: &[(usize, u32, usize)]) -> bool {
    // A label alone on its line: its statement is the field line below.
    // A name of the case (`体验场景一：个体工商户设立登记`): its finding is
    // the field line below (`发现什么：窗口人员要求…`).
    let text = |i: usize, len: usize| -> String {
        let own: String = paras[i].text.chars().skip(len).collect();
        let below = || paras.get(i + 1).and_then(|q| field_value(&q.text));
        match below() {
            Some(b) if own.trim().is_empty() || !super::shape::states_finding(&own) => b,
            _ => own,
        }
    };
    let texts: Vec<String> = run.iter().map(|&(i, _, len)| text(i, len)).collect();
    super::shape::mostly_findings(texts.iter().map(String::as_str))
}

#[cfg(test)]
mod tests {
    use super::super::tree::paras;
    use super::*;

    #[test]
    fn items_numbered_after_a_word_of_their_own() {
        let p = paras(&[
            "二、“病灶”与“药方”",
            "病灶一：农网改造项目推进迟缓，5个台区未按期完工。",
            "药方：成立攻坚专班。",
            "疗效：正在整改。",
            "病灶二：物资管理不规范，存在账实不符问题。",
            "药方：开展清查。",
            "疗效：已销号。",
        ]);
        assert_eq!(labels(&p), [(1, 1, 4), (4, 2, 4)]);
    }

    #[test]
    fn named_cases_whose_finding_is_the_field_line_below() {
        let p = paras(&[
            "体验场景一：不动产抵押登记",
            "发现什么：纸质材料来回传递，群众需往返2次。",
            "现在怎样：已完成整改。",
            "体验场景二：企业开办",
            "发现什么：公章刻制仍需到窗口备案，未实现一网通办。",
            "现在怎样：已销号。",
        ]);
        assert_eq!(labels(&p), [(0, 1, 6), (3, 2, 6)]);
        // Names over field lines of actions are no findings.
        let acts = paras(&[
            "行动一：春季攻势",
            "做法：开展集中整治。",
            "行动二：夏季攻势",
            "做法：建立巡查机制。",
        ]);
        assert!(labels(&acts).is_empty());
    }

    #[test]
    fn a_bracketed_label_before_its_statement() {
        let p = paras(&[
            "【督办件01】村民反映征地补偿款未足额发放问题。",
            "化解情况：已足额发放。",
            "【督办件02】小区业主反映逾期未办理不动产权证问题。",
            "化解情况：正在办理。",
        ]);
        assert_eq!(labels(&p), [(0, 1, 7), (2, 2, 7)]);
        let tags = paras(&["【已完成】村道破损未修复。", "【已完成】路灯不亮。"]);
        assert!(labels(&tags).is_empty());
    }

    #[test]
    fn numbered_again_from_one_under_each_group_line() {
        let p = paras(&[
            "反馈意见之一：“主责主业落实不够”",
            "【具体表现1】管网改造滞后。",
            "【整改状态】正在整改",
            "【具体表现2】清洗消毒不及时。",
            "【整改状态】已完成",
            "反馈意见之二：“内部管理薄弱”",
            "【具体表现1】物资管理不规范，账实不符。",
            "【整改状态】已完成",
        ]);
        let found = labels(&p);
        assert_eq!(found, [(1, 1, 7), (3, 2, 7), (6, 1, 7)]);
        assert_eq!(group_lines(&p, &found), [0, 5]);
        // Without a line of its own before each item 1, no groups.
        let bare = paras(&[
            "【具体表现1】管网改造滞后。",
            "【整改状态】正在整改",
            "【具体表现2】清洗消毒不及时。",
            "【整改状态】已完成",
            "【具体表现1】物资管理不规范。",
        ]);
        assert!(group_lines(&bare, &labels(&bare)).is_empty());
        // Numbered on across groups headed by short lines of their own.
        let on = paras(&[
            "“阵地服务”维度",
            "短板一：开放时间不足。",
            "整改措施：延时开放。",
            "短板二：设施不完善。",
            "“数字服务”维度",
            "短板三：资源更新慢。",
        ]);
        assert_eq!(group_lines(&on, &labels(&on)), [0, 4]);
    }

    #[test]
    fn actions_one_item_or_numbers_out_of_order_are_not() {
        let actions = paras(&["措施一：建立台账制度。", "措施二：加强日常巡查。"]);
        assert!(labels(&actions).is_empty());
        let one = paras(&["病灶一：农网改造项目推进迟缓。"]);
        assert!(labels(&one).is_empty());
        let order = paras(&["病灶一：项目推进迟缓。", "病灶三：管理不规范。"]);
        assert!(labels(&order).is_empty());
    }
}
