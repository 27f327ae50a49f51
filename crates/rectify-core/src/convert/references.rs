//! A problem's report that only points to another problem by its number
//! (`整改情况：与问题（一）一并整改。`, `同第（二）项。`, `见问题3。`): the
//! problem shares the state of the one it names. Only a report that says
//! nothing else is read so — one short clause, no status phrase, no
//! result (`已…`) — a report that says more (`参照问题（二）做法，已补充
//! 储备物资，完成整改。`) is read on its own words.

use crate::text::phrases::StatusPhrases;
use crate::text::{cn_number, norm_chars, results, starts_at};

/// The longest report read as a bare reference, in characters.
const MAX_CHARS: usize = 20;

/// A reference to problem `number`, with the report's words as printed.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Reference {
    pub number: u32,
    pub phrase: String,
}

/// The number printed at `i`: `（二）`, `(3)`, `③`, `3`, `十二`; with the
/// position after it.
pub(crate) fn number_at(n: &[char], i: usize) -> Option<(u32, usize)> {
    let bracketed = n.get(i) == Some(&'(');
    let start = i + usize::from(bracketed);
    if let Some(&c) = n.get(start) {
        let v = u32::from(c);
        if !bracketed && (0x2460..0x2474).contains(&v) {
            return Some((v - 0x2460 + 1, start + 1));
        }
    }
    let ascii = n[start.min(n.len())..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    let (value, end) = if ascii > 0 {
        let s: String = n[start..start + ascii].iter().collect();
        (s.parse().ok()?, start + ascii)
    } else {
        let cn = n[start.min(n.len())..]
            .iter()
            .take_while(|&&c| crate::text::is_cn_numeral(c))
            .count();
        (cn_number(&n[start..start + cn])?, start + cn)
    };
    if bracketed {
        (n.get(end) == Some(&')')).then_some((value, end + 1))
    } else {
        Some((value, end))
    }
}

/// The number a clause refers to: `问题` + a number, or `第` + a number +
/// `项`/`条`/`个` (not `第一时间`).
fn referred_number(n: &[char]) -> Option<u32> {
    (0..n.len()).find_map(|i| {
        if starts_at(n, i, "问题") {
            number_at(n, i + 2).map(|x| x.0)
        } else if n[i] == '第' {
            let (k, end) = number_at(n, i + 1)?;
            matches!(n.get(end), Some('项' | '条' | '个')).then_some(k)
        } else {
            None
        }
    })
}

/// The text names a listed item by its ordinal (`第6项问题`, `第4项、第10项`,
/// `第2个问题`), not `第一时间`.
pub(crate) fn cites_by_ordinal(text: &str) -> bool {
    let n = norm_chars(text);
    (0..n.len()).any(|i| {
        n[i] == '第'
            && number_at(&n, i + 1)
                .is_some_and(|(_, end)| n.get(end) == Some(&'项') || starts_at(&n, end, "个问题"))
    })
}

/// The numbers a reference at `i` names (`第（一）、（三）项`, `第1、2个问题`,
/// `第一、第二个问题`, `问题1、3`) and the position after it. A count (`问题12个`) names none.
pub(crate) fn numbers_at(n: &[char], i: usize) -> Option<(Vec<u32>, usize)> {
    let (mut at, by_ordinal) = if starts_at(n, i, "问题") {
        (i + 2, false)
    } else if n.get(i) == Some(&'第') {
        (i + 1, true)
    } else {
        return None;
    };
    let mut numbers = Vec::new();
    loop {
        let (k, end) = number_at(n, at)?;
        numbers.push(k);
        at = end;
        // `第1至5项`, `第1至第3个问题`: a range, named in full.
        if by_ordinal && matches!(n.get(at), Some('至' | '到' | '-' | '~' | '—' | '–' | '－'))
        {
            let from = at + 1 + usize::from(n.get(at + 1) == Some(&'第'));
            if let Some((last, end)) = number_at(n, from).filter(|r| r.0 > k && r.0 - k < MAX_RANGE)
            {
                numbers.extend(k + 1..=last);
                at = end;
            }
        }
        // `第（1）（2）（4）件`, `第①②③项`: marked numbers side by side.
        if marked(n, at - 1) && marked(n, at) && number_at(n, at).is_some() {
            continue;
        }
        let joined = matches!(n.get(at), Some('、' | '和' | '及'));
        // `第一、第二、第三个问题`, `问题一、问题二`: each number after its
        // own `第` or `问题`.
        let again = if by_ordinal {
            usize::from(n.get(at + 1) == Some(&'第'))
        } else {
            2 * usize::from(starts_at(n, at + 1, "问题"))
        };
        if !(joined && number_at(n, at + 1 + again).is_some()) {
            break;
        }
        at += 1 + again;
    }
    let unit = matches!(n.get(at), Some('项' | '个' | '条' | '件'));
    match (by_ordinal, unit) {
        // `第1至5项、第7项和第9项问题`: references joined name them all.
        (true, true) => match joined_reference(n, at + 1) {
            Some((more, end)) => {
                numbers.extend(more);
                Some((numbers, end))
            }
            None => Some((numbers, at + 1)),
        },
        (false, false) => Some((numbers, at)),
        _ => None,
    }
}

/// The character at `i` marks a number by itself: a bracket or a circled
/// numeral.
fn marked(n: &[char], i: usize) -> bool {
    n.get(i)
        .is_some_and(|&c| matches!(c, '(' | ')') || (0x2460..0x2474).contains(&u32::from(c)))
}

/// The most items a range (`第1至5项`) names.
const MAX_RANGE: u32 = 100;

/// `、第7项` or `和第9项` right after a reference at `at`: the numbers it
/// names and the position after it.
fn joined_reference(n: &[char], at: usize) -> Option<(Vec<u32>, usize)> {
    if !matches!(n.get(at), Some('、' | '和' | '及')) || n.get(at + 1) != Some(&'第') {
        return None;
    }
    numbers_at(n, at + 1)
}

/// The reference a report consists of, if it says nothing else.
pub(crate) fn only_reference(report: &str, phrases: StatusPhrases<'_>) -> Option<Reference> {
    let t = crate::text::trim(report).trim_end_matches(['。', '.', '；', ';']);
    let n = norm_chars(t);
    let one_clause = !n
        .iter()
        .any(|c| matches!(c, ',' | '。' | ';' | ':' | '!' | '?'));
    if n.is_empty() || n.len() > MAX_CHARS || !one_clause {
        return None;
    }
    let says_more = phrases.find_done(t).is_some()
        || phrases.find_in_progress(t).is_some()
        || results::result_in(t).is_some();
    if says_more {
        return None;
    }
    Some(Reference {
        number: referred_number(&n)?,
        phrase: t.to_string(),
    })
}

/// Words that may open a report before the problem it names (`针对第1个
/// 问题：…`).
pub(crate) const REPORT_OPENERS: &[&str] = &["针对", "关于", "对于", "就"];

/// Where an opener of a reply (`针对`, `关于`, `对于`, `就`) that ends
/// right before `i` of `n` starts, if one does.
pub(crate) fn reply_opened_before(n: &[char], i: usize) -> Option<usize> {
    REPORT_OPENERS.iter().find_map(|w| {
        let s = i.checked_sub(w.chars().count())?;
        starts_at(n, s, w).then_some(s)
    })
}

/// A key that follows the reference within this many characters
/// (`针对第1个问题的整改情况：`).
const MAX_AFTER_REFERENCE: usize = 8;

/// The problem a paragraph opens by naming it (`针对第1个问题：…`,
/// `关于问题3，…`, `第二项问题：…`): a report printed apart from the
/// problem, in a section after the list. A bare `第一个…` without an
/// opener or `问题` names no problem (`第一个月，…`).
pub(crate) fn opening_reference(text: &str) -> Option<u32> {
    let n = norm_chars(crate::text::trim(text));
    let opener = REPORT_OPENERS.iter().find(|w| starts_at(&n, 0, w));
    let i = opener.map_or(0, |w| w.chars().count());
    let (number, end) = if starts_at(&n, i, "问题") {
        number_at(&n, i + 2)?
    } else if n.get(i) == Some(&'第') {
        let (k, e) = number_at(&n, i + 1)?;
        if !matches!(n.get(e), Some('个' | '项' | '条')) {
            return None;
        }
        let names = starts_at(&n, e + 1, "问题");
        if !names && opener.is_none() {
            return None;
        }
        (k, e + 1 + if names { 2 } else { 0 })
    } else {
        return None;
    };
    let after = &n[end..(end + MAX_AFTER_REFERENCE).min(n.len())];
    let key = after.iter().position(|c| matches!(c, ':' | ','))?;
    (!after[..key].contains(&'。') && number > 0).then_some(number)
}

/// The problems a reply opens by naming by number, after an opener
/// (`针对第1项问题。…`, `针对第5项、第6项问题。…`, `关于第3个问题：…`): a
/// reply printed as a heading of its own in a section after the findings.
pub(crate) fn opening_numbers(text: &str) -> Option<Vec<u32>> {
    let n = norm_chars(crate::text::trim(text));
    let opener = REPORT_OPENERS.iter().find(|w| starts_at(&n, 0, w))?;
    let i = opener.chars().count();
    if n.get(i) != Some(&'第') {
        return None;
    }
    let (numbers, mut end) = numbers_at(&n, i)?;
    if starts_at(&n, end, "问题") {
        end += 2;
    }
    let after = &n[end..(end + MAX_AFTER_REFERENCE).min(n.len())];
    let ends = after.first().is_some_and(|c| matches!(c, '。' | ':' | ','))
        || after
            .iter()
            .position(|c| matches!(c, ':' | ','))
            .is_some_and(|k| !after[..k].contains(&'。'));
    (ends && numbers.iter().all(|&k| k > 0)).then_some(numbers)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::StatusRules;

    #[test]
    fn replies_opening_by_naming_problems() {
        assert_eq!(
            opening_numbers("针对第1项问题。栎川市已立案。"),
            Some(vec![1])
        );
        assert_eq!(
            opening_numbers("针对第5项、第6项问题。两市已督促整改。"),
            Some(vec![5, 6])
        );
        assert_eq!(opening_numbers("关于第3个问题：已完成。"), Some(vec![3]));
        assert_eq!(opening_numbers("第3个问题：已完成。"), None);
        assert_eq!(opening_numbers("针对第一季度的检查，开展培训。"), None);
    }

    fn of(report: &str) -> Option<u32> {
        let rules = StatusRules::default();
        only_reference(report, rules.phrases()).map(|r| r.number)
    }

    #[test]
    fn bare_references() {
        assert_eq!(of("与问题（一）一并整改。"), Some(1));
        assert_eq!(of("同第（二）项。"), Some(2));
        assert_eq!(of("见问题3"), Some(3));
        assert_eq!(of("同问题十二"), Some(12));
        assert_eq!(of("与第③项合并整改。"), Some(3));
        assert_eq!(of("同第2条"), Some(2));
    }

    #[test]
    fn reports_that_open_by_naming_a_problem() {
        assert_eq!(opening_reference("针对第1个问题：修订教学计划。"), Some(1));
        assert_eq!(opening_reference("关于问题3，已完成整改。"), Some(3));
        assert_eq!(opening_reference("第二项问题：已整改。"), Some(2));
        assert_eq!(
            opening_reference("针对第（4）项的整改情况：已完成。"),
            Some(4)
        );
        assert_eq!(opening_reference("第一个月，完成排查。"), None);
        assert_eq!(opening_reference("针对问题整改不到位，已约谈。"), None);
        assert_eq!(opening_reference("问题5。已完成整改，，"), None);
    }

    #[test]
    fn ranges_and_joined_references_name_every_number() {
        let named = |t: &str| numbers_at(&norm_chars(t), 0).map(|r| r.0);
        assert_eq!(named("第1至5项问题"), Some(vec![1, 2, 3, 4, 5]));
        assert_eq!(named("第1至第3个问题"), Some(vec![1, 2, 3]));
        assert_eq!(
            named("第1至3项、第7项和第9项问题"),
            Some(vec![1, 2, 3, 7, 9])
        );
        assert_eq!(named("第（1）项、第（2）项问题"), Some(vec![1, 2]));
        // Marked numbers side by side, cases, and `问题` before each.
        assert_eq!(named("第（1）（2）（4）件已办结"), Some(vec![1, 2, 4]));
        assert_eq!(named("第①②③项已整改"), Some(vec![1, 2, 3]));
        assert_eq!(named("第1—4、6项"), Some(vec![1, 2, 3, 4, 6]));
        assert_eq!(named("问题一、问题二已整改完成"), Some(vec![1, 2]));
        // Plain figures side by side are one number.
        assert_eq!(named("第12项"), Some(vec![12]));
        // Not a range going down, nor one past the limit.
        assert_eq!(named("第5至2项"), None);
        assert_eq!(named("第1至500项"), None);
    }

    #[test]
    fn reports_that_say_more_or_name_no_problem() {
        assert_eq!(of("参照问题（二）做法，已补充储备物资，完成整改。"), None);
        assert_eq!(of("与问题1一并整改，正在推进。"), None);
        assert_eq!(of("已与问题1一并整改"), None);
        assert_eq!(of("第一时间开展整改"), None);
        assert_eq!(of("已完成整改。"), None);
        assert_eq!(of(""), None);
    }
}
