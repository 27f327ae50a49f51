//! Problems numbered inside a paragraph: `巡察指出：①…；②…。整改情况：①…；
//! ②…。` (or `针对问题①，…；针对问题②，…`). Such a paragraph is split into
//! pieces before the tree is built: the words that introduce each list
//! (`巡察指出：`, `整改情况：`) stay with the heading the paragraph is under,
//! each `①…` of the first list opens a problem, and each piece of the
//! report that names a number (`①…`, `针对问题①，…`) goes to that problem.
//! The text is moved, never copied: the pieces are the paragraph's text
//! in order, cut at the numbers. A list numbered `（1）…；（2）…` or
//! `1.…；2.…` (not `1.5`) is read
//! the same way, and a report piece may name its number with words before
//! it (`第①项，…`, `问题②，…`, `第（1）项，…`).
//!
//! A paragraph is read so only when it has no label of its own, the words
//! before its first `①` end with a colon, and its first list runs `①`,
//! `②`, … (two at least) at clause starts; and when those words name
//! findings (`指出`, `问题`, `存在`, `发现`, `反馈`, `反映`) or a report follows whose
//! numbers are the list's.
//!
//! The report may also be the next paragraph (`存在问题：①…；②…。` then
//! `整改情况：①…。②…。`), when the list's words name findings and the
//! report opens with its key and answers every item in order. A list
//! numbered `一是…；二是…` is read only with such words and a report
//! answering every item (in its paragraph or the next; by `第一，…`,
//! `第一个问题…` or `第一项…` too), or right under a heading that counts
//! its items (`（一）青溪县（3个）`): such lists name
//! measures as often as findings — or with such words and every item
//! reporting its own state after its statement (`一是…薄弱，已…，整改完成；
//! 二是…`).

use super::tree::Para;
use crate::text::numerals::{ascii_number, cn_number, is_cn_numeral};
use crate::text::{norm_chars, slice, starts_at};

/// What a piece of a split paragraph is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Piece {
    /// A whole paragraph (not split).
    #[default]
    Whole,
    /// Words that introduce a list (`巡察指出：`, `整改情况：`): the text of
    /// the heading the paragraph is under.
    Intro,
    /// A unit's name opening its findings (`梅岭镇：` before `一是…；二是…`):
    /// a group heading over the items that follow on its line
    /// (`unit_lists`).
    Group,
    /// `①…`: opens problem N.
    Item(u32),
    /// The report on problem N (`①…`, `针对问题①，…`).
    Report(u32),
    /// A paragraph further on that answers problem N of the list in the
    /// paragraph on line L (`针对第一个问题，…`, `针对贷款审批时限偏长的
    /// 问题，…`): (L, N). N is a `u16` so that a `Para` stays 40 bytes
    /// (`tests/convert_memory.rs` counts every copy of them).
    Answer(u32, u16),
}

/// The most items a list inside a paragraph is read with (`①`–`⑳`).
const MAX_ITEMS: u32 = 20;

fn circled(c: char) -> Option<u32> {
    let v = u32::from(c);
    (0x2460..0x2460 + MAX_ITEMS)
        .contains(&v)
        .then(|| v - 0x2460 + 1)
}

/// How a list inside a paragraph numbers its items.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Marks {
    /// `①`, `②`, …
    Circled,
    /// `（1）`, `（2）`, … (normalised `(1)`).
    Paren,
    /// `一是`, `二是`, …: as often measures as findings, so such a list is
    /// read only with a report that answers each item.
    Ordinal,
    /// `第一，`, `第二，`, …: only as the answers to an `一是` list.
    Di,
    /// `“…”“…”`: quoted findings one after another (`quoted_items`),
    /// no mark of their own.
    Quoted,
    /// `1.`, `2、`, …: only as a unit's list after its name (`（一）城关镇。
    /// 1.…（已整改）；2.…`), where `1.5万元` cannot be one.
    Dotted,
}

/// The number of a list mark of `style` at `i` and its length in chars.
fn mark_at(n: &[char], i: usize, style: Marks) -> Option<(u32, usize)> {
    match style {
        Marks::Circled => circled(n[i]).map(|k| (k, 1)),
        Marks::Paren => {
            if n[i] != '(' {
                return None;
            }
            let digits = n[i + 1..]
                .iter()
                .take(3)
                .take_while(|c| c.is_ascii_digit())
                .count();
            if digits == 0 || n.get(i + 1 + digits) != Some(&')') {
                return None;
            }
            let k = ascii_number(&n[i + 1..i + 1 + digits])?;
            (1..=MAX_ITEMS).contains(&k).then_some((k, digits + 2))
        }
        Marks::Ordinal => cn_numeral_before(n, i, '是').map(|(k, len)| (k, len + 1)),
        Marks::Di => {
            let after_di = (n[i] == '第').then_some(i + 1)?;
            cn_numeral_before(n, after_di, ',')
                .map(|(k, len)| (k, len + 2))
                .or_else(|| di_item_at(n, after_di))
        }
        Marks::Quoted => None,
        Marks::Dotted => dotted_at(n, i),
    }
}

/// `第一个问题`, `第二项` after `第` at `after_di`: the number, and the
/// mark's length from `第`.
fn di_item_at(n: &[char], after_di: usize) -> Option<(u32, usize)> {
    let (k, len) =
        cn_numeral_before(n, after_di, '个').or_else(|| cn_numeral_before(n, after_di, '项'))?;
    let after = after_di + len;
    let word = if starts_at(n, after, "个问题") {
        3
    } else if n.get(after) == Some(&'项') {
        1
    } else {
        return None;
    };
    Some((k, 1 + len + word))
}

/// `1.`, `12、` at `i` (not `1.5`): its number and length.
fn dotted_at(n: &[char], i: usize) -> Option<(u32, usize)> {
    let digits = n[i..]
        .iter()
        .take(3)
        .take_while(|c| c.is_ascii_digit())
        .count();
    let dot = n.get(i + digits).filter(|&&c| c == '.' || c == '、');
    if digits == 0 || digits > 2 || dot.is_none() {
        return None;
    }
    if n.get(i + digits + 1).is_none_or(|c| c.is_ascii_digit()) {
        return None;
    }
    let k = ascii_number(&n[i..i + digits])?;
    (1..=MAX_ITEMS).contains(&k).then_some((k, digits + 1))
}

/// A Chinese number of at most three numerals at `start` (an item's, 1 to
/// [`MAX_ITEMS`]) followed by `next` (`二是`, `第二，`): its value and length.
fn cn_numeral_before(n: &[char], start: usize, next: char) -> Option<(u32, usize)> {
    let len = n[start.min(n.len())..]
        .iter()
        .take(3)
        .take_while(|c| is_cn_numeral(**c))
        .count();
    if len == 0 || n.get(start + len) != Some(&next) {
        return None;
    }
    let k = cn_number(&n[start..start + len])?;
    (1..=MAX_ITEMS).contains(&k).then_some((k, len))
}

/// A list numbered `①②③`, `（1）（2）` or `1.2.` that opens at `start`
/// with its first number, each next number opening a clause before `end`
/// (`①召开专题会议…。②落实…`): the positions of its marks, or none when
/// fewer than two are found.
pub(crate) fn marks_from(n: &[char], start: usize, end: usize) -> Vec<usize> {
    let opens_clause = |i: usize| matches!(n[i - 1], '。' | ';' | ',') || n[i - 1].is_whitespace();
    let Some(style) = [Marks::Circled, Marks::Paren, Marks::Dotted]
        .into_iter()
        .find(|&s| start < end && mark_at(n, start, s).is_some_and(|(k, _)| k == 1))
    else {
        return Vec::new();
    };
    let mut at = vec![start];
    for i in start + 1..end {
        let next = mark_at(n, i, style).is_some_and(|(k, _)| k as usize == at.len() + 1);
        if next && opens_clause(i) {
            at.push(i);
        }
    }
    if at.len() < 2 {
        at.clear();
    }
    at
}

/// The length in chars of the list mark an item piece opens with (`①`,
/// `（1）`, `一是`, `第一，`), 0 when it opens with none of them (a unit's
/// one finding: `unit_lists`).
pub(crate) fn mark_len(text: &str) -> usize {
    let n = norm_chars(text);
    [
        Marks::Circled,
        Marks::Paren,
        Marks::Ordinal,
        Marks::Di,
        Marks::Dotted,
    ]
    .into_iter()
    .find_map(|style| n.first().and_then(|_| mark_at(&n, 0, style)))
    .map_or(0, |(_, len)| len)
}

/// Words before a number that refer to a listed problem in a report
/// (`针对问题①，…`, `第①项，…`, `问题②，…`), longest first.
const REFERENCE_WORDS: &[&str] = &["针对问题", "关于问题", "对问题", "针对第", "问题", "第"];

/// A clause starts at `i`: the text's start or after a clause end.
fn clause_start(n: &[char], i: usize) -> bool {
    // `…（已完成，责任科室：党建办）二是…`: a bracketed tag ends its item.
    i == 0 || matches!(n[i - 1], ':' | ';' | '。' | ',' | ')' | '\u{3000}' | ' ')
}

/// Words that name findings before the first list.
const FINDING_WORDS: &[&str] = &["指出", "问题", "存在", "发现", "反馈", "反映"];

/// Words before a list that name findings (`巡察指出：`, `存在以下问题：`),
/// not ones that answer the findings above (`针对上述问题，…采取了以下整改
/// 措施：`, a list of measures).
fn names_findings(intro: &str) -> bool {
    let answers = BACK_WORDS
        .iter()
        .any(|w| intro.contains(&format!("针对{w}")) || intro.contains(&format!("对{w}问题")));
    FINDING_WORDS.iter().any(|w| intro.contains(w)) && !answers
}

/// Words that make a counted list one of actions, not of findings.
const ACTION_WORDS: &[&str] = &["措施", "举措", "做法", "工作", "机制", "制度"];

/// The words before a list count its items (`共收到群众差评5件，…。一是…；
/// …五是…`): the list is what they count, findings when they name no
/// actions (`采取5项措施。一是…`).
fn counts_items(intro: &str, count: usize) -> bool {
    let number = count.to_string();
    let counted = intro.match_indices(&number).any(|(at, _)| {
        let before = intro[..at].chars().next_back();
        let after = intro[at + number.len()..].chars().next();
        !before.is_some_and(|c| c.is_ascii_digit())
            && after.is_some_and(|c| matches!(c, '件' | '个' | '项' | '条' | '起' | '处'))
    });
    counted && !ACTION_WORDS.iter().any(|w| intro.contains(w))
}

/// Verbs that bring findings in, in the clause right before a list
/// (`巡察组反馈指出：`, `审计发现：`, `存在以下问题：`).
const BRINGING_WORDS: &[&str] = &["指出", "发现", "反馈", "存在以下问题", "存在如下问题"];

/// The last clause of the words before a list brings findings in and
/// names no action (`…开展了常规巡察，反馈指出：`).
pub(crate) fn brings_findings(intro: &str) -> bool {
    let t = intro.trim_end_matches([':', '：']);
    let last = t.rsplit([',', '，', '。']).next().unwrap_or(t);
    // `学校在党建工作方面存在以下问题：`: problems said in so many words,
    // whatever work the clause names.
    let problems_named = ["存在以下问题", "存在如下问题"]
        .iter()
        .any(|w| last.contains(w));
    problems_named
        || BRINGING_WORDS.iter().any(|w| last.contains(w))
            && !ACTION_WORDS.iter().any(|w| last.contains(w))
            && !last.contains("整改")
}

/// Report keys that open the report part (`整改情况：`).
const REPORT_KEYS: &[&str] = &[
    "整改情况",
    "整改进展",
    "整改结果",
    "落实情况",
    "整改落实情况",
    "整改成效",
];

/// A list of problems inside a paragraph.
struct List {
    style: Marks,
    /// How many items it has.
    count: u32,
    /// Where its pieces start, with the report's if the paragraph has one.
    cuts: Vec<(usize, Piece)>,
    /// How many of its items the paragraph reports on.
    reports: usize,
    /// The words before it name findings.
    finds: bool,
    /// The words before it are a short key naming problems (`检视问题：`):
    /// a list numbered `第一，第二，` is read after such a key only.
    keyed_findings: bool,
    /// The words right before it bring findings in and name no action
    /// (`…反馈指出：`, `…存在以下问题：`).
    brings_findings: bool,
    /// The paragraph has a report part (`整改情况：`), numbered or not.
    report_key: bool,
    /// Every item reports its own state after its statement (`一是…薄弱，
    /// 已排查42个书屋，整改完成；`).
    items_report_themselves: bool,
    /// After the last item's statement the paragraph reports on them all
    /// (`…。针对上述问题，…。目前，上述3个问题均已整改到位。`).
    reported_together: bool,
}

impl List {
    /// The paragraph is read as a list by itself, without a report in the
    /// paragraph after it.
    fn stands_alone(&self) -> bool {
        match self.style {
            Marks::Ordinal => {
                self.finds
                    && (self.reports == self.count as usize
                        || self.items_report_themselves
                        || self.reported_together)
            }
            _ => self.finds || self.reports >= 2,
        }
    }
}

/// The text (normalised) has a report key (`整改情况：`) somewhere.
pub(crate) fn has_report_key(n: &[char]) -> bool {
    (0..n.len()).any(|i| report_key_at(n, i))
}

/// The report key (`整改情况：`) at `i`, with its colon.
pub(crate) fn report_key_at(n: &[char], i: usize) -> bool {
    REPORT_KEYS
        .iter()
        .any(|k| starts_at(n, i, k) && n.get(i + k.chars().count()) == Some(&':'))
}

/// The first list in the paragraph.
fn list_of(n: &[char]) -> Option<List> {
    [Marks::Circled, Marks::Paren, Marks::Ordinal, Marks::Dotted]
        .into_iter()
        .find_map(|style| list_by(n, style))
        .or_else(|| list_by(n, Marks::Di).filter(|l| l.keyed_findings))
        .or_else(|| quoted_list(n))
}

/// Findings quoted one after another (`quoted_items`), each quote an
/// item. The words after the sentence that lists them answer them by
/// number (`针对第一个问题，…`) or in each item's own words, in order
/// (`report_by_words`), each part going to its item; else they stay with
/// the last item, where a report on them all is read (`上述3个问题已全部
/// 整改完成`, `shared_report`).
fn quoted_list(n: &[char]) -> Option<List> {
    let (items, end) = super::quoted_items::quoted_findings(n)?;
    let count = items.len() as u32;
    let mut cuts = vec![(0, Piece::Intro)];
    cuts.extend(items.iter().zip(1..).map(|(&i, k)| (i, Piece::Item(k))));
    let rest = &n[end..];
    let quotes: Vec<Pairs> = items
        .iter()
        .enumerate()
        .map(|(j, &i)| pairs(&n[i..items.get(j + 1).copied().unwrap_or(end)]))
        .collect();
    // Words after an item's reply that name no item go on with it
    // (`…该项工作需要长期坚持。`).
    let in_words = || {
        let cuts = report_by_words(rest, &quotes, false)?;
        let first_report = cuts.iter().position(|c| matches!(c.1, Piece::Report(_)))?;
        let (before, after) = cuts.split_at(first_report);
        let replies = after.iter().filter(|c| c.1 != Piece::Intro);
        Some(before.iter().chain(replies).copied().collect())
    };
    let replies = replies_by_reference(rest, count)
        .or_else(in_words)
        .unwrap_or_default();
    let reports = replies
        .iter()
        .filter(|r| matches!(r.1, Piece::Report(_)))
        .count();
    cuts.extend(replies.into_iter().map(|(at, piece)| (at + end, piece)));
    Some(List {
        style: Marks::Quoted,
        count,
        cuts,
        reports,
        finds: true,
        brings_findings: false,
        keyed_findings: false,
        report_key: false,
        items_report_themselves: false,
        reported_together: false,
    })
}

/// Replies that open by naming the item they answer (`针对第一个问题，…`),
/// at clause starts, in order: the words before the first are the list's.
fn replies_by_reference(n: &[char], count: u32) -> Option<Vec<(usize, Piece)>> {
    let mut cuts = vec![(0, Piece::Intro)];
    let mut last = 0;
    for i in (0..n.len()).filter(|&i| i == 0 || matches!(n[i - 1], '。' | ';')) {
        let text: String = n[i..].iter().take(MAX_NAMED_CHARS + 8).collect();
        let Some(k) = super::references::opening_reference(&text) else {
            continue;
        };
        if k > last && k <= count {
            cuts.push((i, Piece::Report(k)));
            last = k;
        }
    }
    if cuts.len() < 2 {
        return None;
    }
    if cuts[1].0 == 0 {
        cuts.remove(0);
    }
    Some(cuts)
}

/// The longest key that brings findings in (`检视问题：`, `存在问题：`).
const MAX_FINDINGS_KEY_CHARS: usize = 8;

/// The words before a list are a short key that names problems
/// (`检视问题：`, `存在问题：`, `问题表现：`), not an action's words.
fn is_findings_key(intro: &str) -> bool {
    let t = intro.trim_end_matches([':', '：']);
    let last = t.rsplit([',', '，', '。']).next().unwrap_or(t).trim();
    intro.ends_with([':', '：'])
        && last.chars().count() <= MAX_FINDINGS_KEY_CHARS
        && last.contains("问题")
        && !ACTION_WORDS.iter().any(|w| last.contains(w))
        && !last.contains("整改")
}

/// The list numbered in `style`: ①, ②, … at clause starts, before any
/// report key, after words that end with a colon.
fn list_by(n: &[char], style: Marks) -> Option<List> {
    let report_at = (0..n.len()).find(|&i| report_key_at(n, i));
    let list_end = report_at.unwrap_or(n.len());
    let mut items = Vec::new();
    for i in 0..list_end {
        if let Some((k, _)) = mark_at(n, i, style) {
            if clause_start(n, i) && k as usize == items.len() + 1 {
                items.push(i);
            }
        }
    }
    let first = *items.first()?;
    if items.len() < 2 || first == 0 {
        return None;
    }
    let intro: String = n[..first].iter().collect();
    let counted = counts_items(&intro, items.len());
    // `澴水县。一是…；二是…`: a unit's name, then its list.
    let named = || super::shape::is_group_title(&intro);
    if n[first - 1] != ':' && !(n[first - 1] == '。' && (counted || named())) {
        return None;
    }
    let mut cuts: Vec<(usize, Piece)> = vec![(0, Piece::Intro)];
    cuts.extend(
        items
            .iter()
            .enumerate()
            .map(|(j, &i)| (i, Piece::Item(j as u32 + 1))),
    );
    let count = items.len() as u32;
    let items_report_themselves = items.iter().enumerate().all(|(j, &i)| {
        let end = items.get(j + 1).copied().unwrap_or(list_end);
        let mark = mark_at(n, i, style).map_or(0, |m| m.1);
        let item: String = n[i + mark..end].iter().collect();
        super::own_sentence::state_clause_at(&item).is_some()
            || reported_after(&item)
            || ends_with_state(&item)
    });
    let last: String = n[items[items.len() - 1]..list_end].iter().collect();
    let reported_together = reports_on_all(&last);
    let reports = report_at.map_or_else(Vec::new, |r| reports_from(n, r, count, style));
    if let Some(r) = report_at {
        cuts.push((r, Piece::Intro));
    }
    let reported = reports.len();
    cuts.extend(reports.into_iter().map(|(s, k)| (s, Piece::Report(k))));
    Some(List {
        style,
        count,
        cuts,
        reports: reported,
        finds: counted || names_findings(&intro),
        brings_findings: brings_findings(&intro),
        keyed_findings: is_findings_key(&intro),
        report_key: report_at.is_some(),
        items_report_themselves,
        reported_together,
    })
}

/// Words that point back at a whole list (`上述3个问题`).
const BACK_WORDS: &[&str] = &["上述", "以上", "前述"];

/// Words that say where the work on them all stands.
const ALL_STATE_WORDS: &[&str] = &["均已", "已全部", "全部完成", "全部整改", "整改到位", "正在"];

/// The last item's text goes on, after its statement, to report on the
/// whole list: a sentence that points back at it and says where the work
/// stands (`目前，上述3个问题均已整改到位。`).
fn reports_on_all(last: &str) -> bool {
    let Some((_, rest)) = last.split_once('。') else {
        return false;
    };
    rest.split('。').any(|sentence| {
        BACK_WORDS
            .iter()
            .filter_map(|w| sentence.find(w).map(|at| &sentence[at..]))
            .any(|after| ALL_STATE_WORDS.iter().any(|w| after.contains(w)))
    })
}

/// An item of more than one sentence whose first states a finding and
/// whose later ones say where the work stands (`二是…落实不到位，多数企业未
/// 开立存管账户。目前已有87家企业签订协议，其余正在督促落实。`).
fn reported_after(item: &str) -> bool {
    use super::own_sentence::{is_action, is_state_clause};
    let Some((first, rest)) = item.split_once('。') else {
        return false;
    };
    let statement = first.split(',').next().unwrap_or(first);
    // A state in a bracketed tag counts (`…。（正在推进，预计…完成）`).
    !is_action(statement)
        && !is_state_clause(statement)
        && rest
            .split(['。', ',', ';'])
            .any(|c| is_state_clause(c.trim().trim_matches(['(', ')'])))
}

/// An item whose statement is followed, in a later clause of any length,
/// by where the work stands (`一是无预算支出，涉及3个部门，相关部门已通过
/// 完善审批程序等方式整改到位；`): the clause names a state, not as an
/// attribute (`对已完成整改的问题…`), and the statement is no action.
fn ends_with_state(item: &str) -> bool {
    let mut clauses = item.split([',', ';', '。']).map(str::trim);
    let statement = clauses.next().unwrap_or("");
    !statement.is_empty()
        && !super::own_sentence::is_action(statement)
        && !super::own_sentence::is_state_clause(statement)
        && clauses.any(|c| {
            !c.is_empty()
                && (super::shape::names_state(c) || ENDING_STATES.iter().any(|w| c.ends_with(w)))
        })
}

/// Words that end a clause saying the work is done (`…等方式整改到位`).
const ENDING_STATES: &[&str] = &["整改到位", "整改完成", "整改完毕", "已完成", "已办结"];

/// The reports from `r` on, in order: `①…` at a clause start, or
/// `针对问题①` / `第①项` opening one; (start, number).
fn reports_from(n: &[char], r: usize, count: u32, style: Marks) -> Vec<(usize, u32)> {
    let mut reports: Vec<(usize, u32)> = Vec::new();
    for i in r..n.len() {
        // `针对第一个问题，…；针对第二个问题，…`: the item named in words.
        let named = || {
            if !clause_start(n, i) || !matches!(n[i], '针' | '对' | '关' | '就' | '第' | '问')
            {
                return None;
            }
            let text: String = n[i..].iter().take(MAX_NAMED_CHARS + 8).collect();
            let k = super::references::opening_reference(&text)?;
            reports
                .last()
                .is_none_or(|&(_, last)| k > last)
                .then_some((k, 0))
        };
        let Some((k, _)) = mark_at(n, i, style)
            .or_else(named)
            .filter(|&(k, _)| k <= count)
        else {
            continue;
        };
        let start = if clause_start(n, i) {
            Some(i)
        } else {
            REFERENCE_WORDS.iter().find_map(|w| {
                let l = w.chars().count();
                (i >= l && starts_at(n, i - l, w) && clause_start(n, i - l)).then(|| i - l)
            })
        };
        if let Some(s) = start {
            if reports.last().is_none_or(|&(_, last)| k > last) {
                reports.push((s, k));
            }
        }
    }
    reports
}

/// Words that open a paragraph answering the list before it as a whole
/// (`针对上述情况，…。第一，…。第二，…`).
const ANSWER_LEADS: &[&str] = &["针对上述", "针对以上", "对上述", "对以上", "就上述"];

/// A paragraph that is only the report on the list in the paragraph
/// before it (`整改情况：一是…。二是…。`, `针对上述情况，…。第一，…。第二，…`),
/// answering every item in order.
fn report_paragraph(n: &[char], list: &List) -> Option<Vec<(usize, Piece)>> {
    let r = (0..n.len()).find(|&i| !n[i].is_whitespace())?;
    if !report_key_at(n, r) && !ANSWER_LEADS.iter().any(|w| starts_at(n, r, w)) {
        return None;
    }
    let mut reports = reports_from(n, r, list.count, list.style);
    // `一是…；二是…` answered `第一，…。第二，…`.
    if reports.len() != list.count as usize && list.style == Marks::Ordinal {
        reports = reports_from(n, r, list.count, Marks::Di);
    }
    if reports.len() != list.count as usize {
        return None;
    }
    let mut cuts = vec![(0, Piece::Intro)];
    cuts.extend(reports.into_iter().map(|(s, k)| (s, Piece::Report(k))));
    Some(cuts)
}

/// A paragraph that answers the list before it as a whole, item by item
/// in its own words and order (`针对上述问题，…：对堰板积泥，已…；对除臭设施，
/// 已…。以上三项已整改完毕。进水在线仪表更换…正在…。`): cut at its clauses'
/// ends (`；`, `。`, `：`), each part whose first clause names an item in
/// words it shares with that item more than with any other (two-character
/// runs, [`answers_item`]'s test) is that item's report; the other parts
/// are the list's words. Every item must be answered.
fn report_by_words(n: &[char], items: &[Pairs], gated: bool) -> Option<Vec<(usize, Piece)>> {
    let r = (0..n.len()).find(|&i| !n[i].is_whitespace())?;
    if gated && !report_key_at(n, r) && !ANSWER_LEADS.iter().any(|w| starts_at(n, r, w)) {
        return None;
    }
    let mut starts = vec![0];
    starts.extend((1..n.len()).filter(|&i| matches!(n[i - 1], '。' | ';' | ':')));
    let mut cuts = Vec::with_capacity(starts.len());
    let mut answered = vec![false; items.len()];
    for (j, &s) in starts.iter().enumerate() {
        let end = starts.get(j + 1).copied().unwrap_or(n.len());
        let piece = part_answers(&n[s..end], items).map_or(Piece::Intro, |k| {
            answered[k] = true;
            Piece::Report(k as u32 + 1)
        });
        if cuts.last().is_none_or(|&(_, last)| last != piece) {
            cuts.push((s, piece));
        }
    }
    answered.iter().all(|&a| a).then_some(cuts)
}

/// The longest paragraph read as introducing answers (`支部对照反馈逐项研究，
/// 落实如下：`; characters).
const MAX_ANSWER_INTRO_CHARS: usize = 40;

/// A short paragraph that ends with a colon and introduces what follows.
fn opens_answers(p: &Para) -> bool {
    let t = crate::text::trim(&p.text);
    t.chars().count() <= MAX_ANSWER_INTRO_CHARS
        && t.ends_with(['：', ':'])
        && crate::text::label::recognise(t).is_none()
}

/// The item (from 0) that a part's first clause names, without its opener
/// (`对堰板积泥，…` → `堰板积泥`): two shared runs at least, more than any
/// other item shares.
fn part_answers(part: &[char], items: &[Pairs]) -> Option<usize> {
    let start = part.iter().position(|c| !c.is_whitespace()).unwrap_or(0);
    let part = &part[start..];
    let skip = ["针对", "对于", "关于", "对"]
        .iter()
        .find(|w| starts_at(part, 0, w))
        .map_or(0, |w| w.chars().count());
    let end = (skip..part.len().min(skip + MAX_NAMED_CHARS))
        .find(|&i| matches!(part[i], ',' | '。' | ';' | ':'))
        .unwrap_or(part.len().min(skip + MAX_NAMED_CHARS));
    // Its first clause names the item; failing that, its words do (`与保险
    // 公司签订年度统保协议，开课前统一投保` for `…保险购买…后投保`).
    best_item(&part[skip..end], items).or_else(|| {
        let whole = &part[skip..part.len().min(skip + MAX_PART_CHARS)];
        best_item(whole, items)
    })
}

/// The most characters of a part compared with the items when its first
/// clause names none.
const MAX_PART_CHARS: usize = 60;

/// The item that `words` share two runs or more with, more than with any
/// other.
pub(crate) fn best_item(words: &[char], items: &[Pairs]) -> Option<usize> {
    let scores: Vec<usize> = items.iter().map(|item| shared_pairs(words, item)).collect();
    let best = (0..items.len()).max_by_key(|&k| scores[k])?;
    let unique = scores
        .iter()
        .enumerate()
        .all(|(k, &s)| k == best || s < scores[best]);
    (scores[best] >= 2 && unique).then_some(best)
}

/// Most paragraphs between a list of findings and the paragraphs that
/// answer it (`针对第一个问题，…`): a heading such as `2、整改推进情况`,
/// the general work reported under it, another list.
const MAX_BETWEEN: usize = 4;

/// The words a paragraph opens with to name the problem it answers
/// (`针对贷款审批时限偏长的问题，` → `贷款审批时限偏长的`), at most this
/// many characters.
const MAX_NAMED_CHARS: usize = 30;

/// The problem a paragraph names in its first clause (`针对…问题，…`,
/// `对…的问题，…`, `关于青年教师培养，…`, `学员管理宽松软的问题已整改到位。`):
/// the clause's words after the opener and before `问题`, normalised.
fn named_problem(p: &Para) -> Option<Vec<char>> {
    let head: String = p.text.chars().take(MAX_NAMED_CHARS + 8).collect();
    if crate::text::label::recognise(&p.text).is_some() {
        return None;
    }
    let n = norm_chars(crate::text::trim(&head));
    let start = ["针对", "关于", "对于", "对"]
        .iter()
        .find(|w| starts_at(&n, 0, w))
        .map_or(0, |w| w.chars().count());
    let clause_end = (start..n.len().min(start + MAX_NAMED_CHARS))
        .find(|&i| matches!(n[i], ',' | '。' | ':' | ';'))?;
    let end = (start..clause_end)
        .find(|&i| starts_at(&n, i, "问题"))
        .unwrap_or(clause_end);
    (end > start).then(|| n[start..end].to_vec())
}

/// The two-character runs of an item's opening, where its finding is
/// stated (at most [`MAX_ITEM_CHARS`] characters are read).
pub(crate) type Pairs = std::collections::HashSet<(char, char)>;

/// The most characters of an item compared with the words of an answer.
const MAX_ITEM_CHARS: usize = 80;

pub(crate) fn pairs(item: &[char]) -> Pairs {
    item[..item.len().min(MAX_ITEM_CHARS)]
        .windows(2)
        .map(|w| (w[0], w[1]))
        .collect()
}

/// How many two-character runs of `a` the item has.
pub(crate) fn shared_pairs(a: &[char], item: &Pairs) -> usize {
    a.windows(2)
        .filter(|w| item.contains(&(w[0], w[1])))
        .count()
}

/// The paragraph answers item `k` (from 1) of the list whose items' texts
/// are `items`: it names its number (`针对第一个问题，…`), or names the
/// problem in words that share more with item k than with any other
/// (`针对贷款审批时限偏长的问题，…` for `二是个人住房贷款审批时限偏长`).
fn answers_item(p: &Para, k: usize, items: &[Pairs]) -> bool {
    if crate::text::label::recognise(&p.text).is_some() {
        return false;
    }
    // A reference opens the paragraph: its first words are enough.
    let head: String = p.text.chars().take(MAX_NAMED_CHARS + 8).collect();
    if let Some(number) = super::references::opening_reference(&head) {
        return number as usize == k;
    }
    let Some(named) = named_problem(p) else {
        return false;
    };
    let score = |item: &Pairs| shared_pairs(&named, item);
    let own = score(&items[k - 1]);
    own >= 2
        && items
            .iter()
            .enumerate()
            .all(|(j, item)| j == k - 1 || score(item) < own)
}

/// The two-character runs of the list's items' openings, normalised.
fn item_pairs(n: &[char], list: &List) -> Vec<Pairs> {
    let items: Vec<usize> = list
        .cuts
        .iter()
        .filter(|c| matches!(c.1, Piece::Item(_)))
        .map(|c| c.0)
        .collect();
    items
        .iter()
        .enumerate()
        .map(|(j, &at)| {
            let end = list.cuts.iter().map(|c| c.0).find(|&c| c > at);
            let end = items.get(j + 1).copied().or(end).unwrap_or(n.len());
            pairs(&n[at..end])
        })
        .collect()
}

/// Most paragraphs between two answers spread over the sections after a
/// list (`二、守正创新抓教学` › `针对教学内容…的问题，…` … `三、…` ›
/// `针对…的问题，…`).
const MAX_GAP: usize = 6;

/// Paragraphs after a list of findings that each report on one item, in
/// order and one each (`针对第一个问题，…` `针对第二个问题，…`): their
/// indices among `paras`, and whether a bare key (`整改落实情况：`) comes
/// first, which is read as the list's words. Without such a key, up to
/// [`MAX_BETWEEN`] paragraphs that answer no item may come first, one
/// heading at most, which stay as they are; or the answers may be spread
/// over the sections that follow, at most [`MAX_GAP`] paragraphs apart.
fn report_paragraphs(
    paras: &[Para],
    list: &List,
    items: &[Pairs],
    under_problem: bool,
) -> Option<(Vec<usize>, bool)> {
    let keyed = paras.first().and_then(unlabelled).is_some_and(|n| {
        let t: String = n.iter().collect();
        let t = t.trim();
        t.ends_with(':') && report_key_at(&t.chars().collect::<Vec<_>>(), 0)
    });
    let count = list.count as usize;
    let answers_from = |skip: usize| {
        let reports = paras.get(skip..skip + count)?;
        let each = reports
            .iter()
            .enumerate()
            .all(|(k, p)| answers_item(p, k + 1, items));
        (each || answers_in_order(paras, skip, count, !keyed || under_problem))
            .then(|| (skip..skip + count).collect::<Vec<usize>>())
    };
    if keyed {
        return answers_from(1).map(|s| (s, true));
    }
    let mut headings = 0;
    for skip in 0..=MAX_BETWEEN.min(paras.len()) {
        if let Some(s) = answers_from(skip) {
            return Some((s, false));
        }
        let Some(p) = paras.get(skip) else { break };
        if super::references::opening_reference(&p.text).is_some() {
            return None;
        }
        headings += usize::from(unlabelled(p).is_none());
        if headings > 1 {
            break;
        }
    }
    spread_answers(paras, count, items).map(|s| (s, false))
}

/// Words a numbered answer opens with after its number, naming what it
/// answers (`（一）针对室温不达标情况，…`).
const ANSWER_OPENERS: &[&str] = &["针对", "对于", "关于"];

/// `count` paragraphs from `skip` numbered 1 to `count` in one style and
/// no more (the next paragraph is not `count + 1` of it), each opening
/// with what it answers (`（一）针对室温不达标情况，…` … `（四）针对热线接通
/// 率低的情况，…`), or after a bare report key (`整改进展：` › `第一，…`
/// `第二，…` `第三，…`) whatever they open with: the answers to a list of
/// as many findings, in order, whatever words they name them by.
fn answers_in_order(paras: &[Para], skip: usize, count: usize, need_opener: bool) -> bool {
    let label = |j: usize| {
        paras
            .get(j)
            .and_then(|p| crate::text::label::recognise(&p.text))
    };
    let Some(first) = label(skip) else {
        return false;
    };
    let numbered = (0..count).all(|k| {
        label(skip + k).is_some_and(|l| {
            l.style == first.style
                && l.number as usize == k + 1
                && (!need_opener || ANSWER_OPENERS.iter().any(|w| l.rest.starts_with(w)))
        })
    });
    let more = label(skip + count)
        .is_some_and(|l| l.style == first.style && l.number as usize == count + 1);
    count >= 2 && numbered && !more
}

/// For each paragraph, whether the nearest heading above it names one
/// problem (`第一，关于…的问题。`): its numbered paragraphs after a report
/// key are its measures, not answers to a list. Read in one pass.
fn headings_name_problems(paras: &[Para]) -> Vec<bool> {
    let mut out = Vec::with_capacity(paras.len());
    let mut names = false;
    for p in paras {
        out.push(names);
        if let Some(l) = crate::text::label::recognise(&p.text) {
            let t = l.rest.trim_end_matches(['。', '.', '；', ';']);
            names = crate::text::label::is_about_title(t) || t.ends_with("问题");
        }
    }
    out
}

/// Answers in order, each in a section of its own or among other
/// paragraphs, no two more than [`MAX_GAP`] paragraphs apart.
fn spread_answers(paras: &[Para], count: usize, items: &[Pairs]) -> Option<Vec<usize>> {
    let mut found = Vec::with_capacity(count);
    let mut gap = 0;
    for (j, p) in paras.iter().enumerate() {
        if answers_item(p, found.len() + 1, items) {
            found.push(j);
            gap = 0;
            if found.len() == count {
                return Some(found);
            }
            continue;
        }
        gap += 1;
        if gap > MAX_GAP {
            return None;
        }
    }
    None
}

/// The paragraph cut at `cuts`; a sentence after the last item that
/// counts every problem by its state (`…（8）…需长期坚持，…。截至目前，8个
/// 问题中已整改到位5个，…`) is a paragraph of its own, not the item's.
fn cut(p: &Para, cuts: &[(usize, Piece)]) -> Vec<Para> {
    let orig: Vec<char> = p.text.chars().collect();
    let mut cuts = cuts.to_vec();
    if let Some(&(start, Piece::Item(_))) = cuts.last() {
        if let Some(at) = totals_after(&orig, start) {
            cuts.push((at, Piece::Whole));
        }
    }
    let mut out = Vec::new();
    for (j, &(start, piece)) in cuts.iter().enumerate() {
        let end = cuts.get(j + 1).map_or(orig.len(), |c| c.0);
        let text = slice(&orig, start, end);
        if text.trim().is_empty() {
            continue;
        }
        out.push(Para {
            line: p.line,
            last_line: p.last_line,
            text,
            piece,
        });
    }
    out
}

/// Where the sentences that count every problem by its state start after
/// the item at `start`, if its text goes on to them.
fn totals_after(orig: &[char], start: usize) -> Option<usize> {
    let stops: Vec<usize> = (start..orig.len()).filter(|&j| orig[j] == '。').collect();
    stops.iter().enumerate().find_map(|(k, &stop)| {
        let end = stops.get(k + 1).map_or(orig.len(), |&e| e + 1);
        let sentence: String = orig[stop + 1..end].iter().collect();
        crate::text::totals_choice::counts_every_problem(&sentence).then_some(stop + 1)
    })
}

/// A paragraph of findings each followed by its own keyed report, the
/// next finding's number opening a sentence (`①…偏高。整改情况：…已完成
/// 整改。②…不够审慎。整改情况：…正在整改。`), perhaps after words that
/// bring them in (`巡察指出的问题主要有三个：`): a list whose items report
/// themselves. The paragraph may open with the first number, its label.
fn self_reported_list(p: &Para) -> Option<List> {
    let n = norm_chars(&p.text);
    [Marks::Circled, Marks::Paren, Marks::Di, Marks::Ordinal]
        .into_iter()
        .find_map(|style| self_reported_by(&n, style))
}

/// A labelled group's title and, after its full stop, a list whose items
/// report themselves (`（三）在落实组织路线方面。第一，…空缺。【已完成】…
/// 第二，…`): the title stays a whole heading, the items under it.
fn titled_self_reported_list(p: &Para) -> Option<List> {
    let label = crate::text::label::recognise(&p.text)?;
    let skip = p.text.chars().count() - label.rest.chars().count();
    let n = norm_chars(&p.text);
    let rest = &n[skip..];
    let stop = rest.iter().position(|&c| c == '。')?;
    let title: String = rest[..stop].iter().collect();
    if !super::shape::is_group_title(&title) {
        return None;
    }
    let after = skip + stop + 1;
    let mut list = [Marks::Circled, Marks::Paren, Marks::Di]
        .into_iter()
        .find_map(|style| self_reported_by(&n[after..], style))?;
    if list.cuts.first().is_some_and(|c| c.1 == Piece::Intro) {
        return None;
    }
    for c in list.cuts.iter_mut() {
        c.0 += after;
    }
    list.cuts.insert(0, (0, Piece::Whole));
    Some(list)
}

/// The shortest item, its mark included, whose bracketed state tag ends a
/// finding said in one clause (chars): `二是` and a finding of six.
const MIN_TAGGED_ITEM_CHARS: usize = 8;

/// The longest state tag read in brackets after a finding (chars).
const MAX_STATE_TAG_CHARS: usize = 8;

/// The first report of an item in `from..to`: a report key (`整改情况：`),
/// or a bracketed tag of its state (`【已完成】`, `【推进中】`) after its
/// first sentence.
fn item_report_at(n: &[char], from: usize, to: usize) -> Option<usize> {
    let tag = |i: usize| {
        if n[i] != '【' || !n[from..i].contains(&'。') {
            return false;
        }
        let close = (i + 1..to.min(i + 2 + MAX_STATE_TAG_CHARS)).find(|&j| n[j] == '】');
        close.is_some_and(|c| {
            let inner: String = n[i + 1..c].iter().collect();
            super::own_sentence::is_state_clause(&inner)
        })
    };
    (from..to)
        .find(|&i| report_key_at(n, i) || tag(i))
        .or_else(|| closing_state_tag(n, from, to))
}

/// Where a bracketed note of the item's state that ends it opens
/// (`一是…研讨材料20篇（已完成）；`, `…（正在推进，计划2026年6月底前完成）；`):
/// its first clause a state, after the item's first sentence or clause, or
/// after a finding said in one clause (`二是年轻干部培养不足（长期坚持）。`).
fn closing_state_tag(n: &[char], from: usize, to: usize) -> Option<usize> {
    let end = (from..to)
        .rev()
        .find(|&i| !n[i].is_whitespace() && !matches!(n[i], '。' | ';' | '.'))?;
    if n[end] != ')' {
        return None;
    }
    let open = (from..end).rev().find(|&i| n[i] == '(')?;
    let inner: String = n[open + 1..end].iter().collect();
    let first = inner.split(',').next().unwrap_or("");
    let stated = first.chars().count() <= MAX_STATE_TAG_CHARS
        && (super::own_sentence::is_state_clause(first)
            || crate::ledger::status_word(first).is_some());
    let said = n[from..open].contains(&',') || open - from >= MIN_TAGGED_ITEM_CHARS;
    (stated && said).then_some(open)
}

fn self_reported_by(n: &[char], style: Marks) -> Option<List> {
    let opens_sentence = |i: usize| i == 0 || matches!(n[i - 1], '。' | ':' | ';');
    let mut items: Vec<usize> = Vec::new();
    for i in 0..n.len() {
        let next = mark_at(n, i, style).is_some_and(|(k, _)| k as usize == items.len() + 1);
        if next && opens_sentence(i) && (items.is_empty() || n[i - 1] != ':') {
            items.push(i);
        }
    }
    if items.len() < 2 {
        return None;
    }
    let ends = items.iter().skip(1).copied().chain([n.len()]);
    // Each item a finding (not a measure, `修订食堂管理制度。`), its report
    // keyed after it.
    let keyed = items.iter().zip(ends).all(|(&from, to)| {
        let Some(key) = item_report_at(n, from, to) else {
            return false;
        };
        let mark = mark_at(n, from, style).map_or(0, |m| m.1);
        let statement: String = n[from + mark..key].iter().collect();
        let first = statement.split([',', '。', ';']).next().unwrap_or("");
        !super::own_sentence::is_action(first)
    });
    let intro: String = n[..items[0]].iter().collect();
    let introduced = intro.is_empty()
        || (intro.ends_with(':') && FINDING_WORDS.iter().any(|w| intro.contains(w)));
    if !keyed || !introduced {
        return None;
    }
    let mut cuts: Vec<(usize, Piece)> = (!intro.is_empty())
        .then_some((0, Piece::Intro))
        .into_iter()
        .collect();
    cuts.extend(
        items
            .iter()
            .enumerate()
            .map(|(j, &i)| (i, Piece::Item(j as u32 + 1))),
    );
    Some(List {
        style,
        count: items.len() as u32,
        cuts,
        reports: 0,
        finds: true,
        keyed_findings: false,
        brings_findings: false,
        report_key: true,
        items_report_themselves: true,
        reported_together: false,
    })
}

/// The paragraph's text, normalised, when it has no label of its own.
fn unlabelled(p: &Para) -> Option<Vec<char>> {
    crate::text::label::recognise(&p.text)
        .is_none()
        .then(|| norm_chars(&p.text))
}

/// A labelled paragraph that names a unit and lists its problems
/// (`（一）清河县：①…；②…。`): the list, its cuts shifted past the label,
/// whose first piece — the label and the unit's name — stays a whole
/// heading, with the items under it.
fn unit_list(p: &Para) -> Option<List> {
    labelled_list(p, |before, list| {
        let name: String = before[..before.len().saturating_sub(1)].iter().collect();
        super::shape::is_group_title(&name) || named_then_counted(before, list.count)
    })
}

/// The words before a list name a unit in their first sentence, and the
/// clause after it brings in and counts exactly the findings listed
/// (`岏山县青龙石灰石矿（露天开采，属地：青龙镇）。检查发现隐患3处：`).
fn named_then_counted(before: &[char], count: u32) -> bool {
    let Some(stop) = first_stop_outside_brackets(before) else {
        return false;
    };
    let name: String = before[..stop].iter().collect();
    let clause: String = before[stop + 1..].iter().collect();
    let unit = super::unit_lists::unit_name(&name);
    (2..=super::unit_lists::MAX_LABELLED_NAME_CHARS).contains(&unit.chars().count())
        && unit.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
        && !super::shape::states_finding(unit)
        && clause.ends_with(':')
        && !clause.contains('。')
        && counts_items(&clause, count as usize)
        && brings_findings(&clause)
}

/// The first full stop not inside brackets (`…矿（属地：青龙镇）。`).
fn first_stop_outside_brackets(n: &[char]) -> Option<usize> {
    let mut depth = 0usize;
    n.iter().position(|&c| {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        c == '。' && depth == 0
    })
}

/// The longest heading sentence before the words that bring a list in
/// (`2.财务核算和资产管理不规范。`; characters).
const MAX_TITLE_CHARS: usize = 40;

/// A labelled paragraph whose heading sentence is followed by findings
/// brought in and listed (`2.财务核算和资产管理不规范。审计指出，…存在以下
/// 问题：一是…；二是…；三是…。`): the list, its cuts shifted past the label;
/// the label, the sentence and the words bringing the list in stay a whole
/// heading over the items (read so only when the next paragraph answers
/// each item: `splits`).
fn titled_list(p: &Para) -> Option<List> {
    labelled_list(p, |before, list| {
        let title_chars = before.iter().position(|&c| c == '。');
        list.brings_findings
            && !list.report_key
            && title_chars.is_some_and(|k| k <= MAX_TITLE_CHARS)
    })
}

/// A labelled paragraph whose heading sentence is followed by findings
/// brought in, listed and answered in the same paragraph (`（一）关于落实
/// 主体责任方面。巡察指出：一是…；二是…。整改情况：针对第一个问题，…；
/// 针对第二个问题，…`): the list, its cuts shifted past the label; the
/// label and the sentence stay a whole heading over the items.
fn answered_titled_list(p: &Para) -> Option<List> {
    labelled_list(p, |before, list| {
        let title_chars = before.iter().position(|&c| c == '。');
        list.brings_findings && list.report_key && title_chars.is_some_and(|k| k <= MAX_TITLE_CHARS)
    })
    .filter(List::stands_alone)
}

/// A list inside a labelled paragraph, after the label, when the words
/// before its first item (`before`) head it as `heads` says: its first
/// piece (the label and those words) a whole heading, its cuts shifted
/// past the label.
fn labelled_list(p: &Para, heads: impl Fn(&[char], &List) -> bool) -> Option<List> {
    let label = crate::text::label::recognise(&p.text)?;
    let skip = p.text.chars().count() - label.rest.chars().count();
    let n = norm_chars(&p.text);
    let rest = &n[skip..];
    let mut list = list_of(rest)?;
    let first = list.cuts.get(1)?.0;
    if !heads(&rest[..first], &list) {
        return None;
    }
    list.finds = true;
    list.cuts[0].1 = Piece::Whole;
    for c in list.cuts.iter_mut().skip(1) {
        c.0 += skip;
    }
    Some(list)
}

/// A paragraph that opens with `一是` and lists findings `一是…。二是…。`,
/// each followed by where its work stands (`一是…更新不及时。已完成数据核对，
/// 整改到位。二是…离线。已恢复在线。`): the list, from the paragraph's start.
/// The list may go on from the paragraph before (`一是…。二是…。` then
/// `三是…。四是…。`): it opens with the number after that list's last.
fn ordinal_paragraph(
    p: &Para,
    counted_above: Option<usize>,
    first: u32,
    answered_below: impl Fn(usize) -> bool,
) -> Option<List> {
    let n = norm_chars(&p.text);
    let items = ordinal_items(&n, first)?;
    // One item is enough where the list goes on from the paragraph before.
    if items.len() < 2 && first == 1 {
        return None;
    }
    let reports_itself = |j: usize| {
        let end = items.get(j + 1).copied().unwrap_or(n.len());
        // Without its mark (`一是`), so that a measure's verb opens it.
        let mark = mark_at(&n, items[j], Marks::Ordinal).map_or(0, |m| m.1);
        let item: String = n[items[j] + mark..end].iter().collect();
        // Or calls the work long-term after its statement (`…不够优化。对
        // …。年轻干部培养是一项长期任务，将坚持常态化推进。`).
        let long_term = || {
            item.split_once('。')
                .is_some_and(|(_, rest)| super::report_text::long_term_clause(rest).is_some())
        };
        super::own_sentence::state_clause_at(&item).is_some()
            || reported_after(&item)
            || long_term()
    };
    // Or the heading right above counts them as problems (`1.理论学习方面
    // （共4个问题）` › `一是…；二是…；三是…；四是…`).
    // Or the paragraphs right after answer each in order (`针对第一个问题，
    // …` … `针对第三个问题，…`).
    let counted = counted_above == Some(items.len());
    let answered = first == 1 && answered_below(items.len());
    if !counted && !answered && !(0..items.len()).all(reports_itself) {
        return None;
    }
    Some(List {
        style: Marks::Ordinal,
        count: items.len() as u32,
        cuts: items
            .iter()
            .zip(first..)
            .map(|(&i, k)| (i, Piece::Item(k)))
            .collect(),
        reports: 0,
        finds: true,
        brings_findings: false,
        keyed_findings: false,
        report_key: false,
        items_report_themselves: true,
        reported_together: false,
    })
}

/// The items (where each starts, chars) of a list whose first mark
/// (`①`, `（1）`, `一是`) is at `start`, numbered on at clause starts.
pub(crate) fn list_opening_at(n: &[char], start: usize) -> Option<Vec<usize>> {
    if start >= n.len() {
        return None;
    }
    [Marks::Circled, Marks::Paren, Marks::Ordinal, Marks::Dotted]
        .into_iter()
        .find(|&style| mark_at(n, start, style).is_some_and(|m| m.0 == 1))
        .map(|style| {
            let mut items = vec![start];
            for i in start + 1..n.len() {
                let next = items.len() as u32 + 1;
                if clause_start(n, i) && mark_at(n, i, style).is_some_and(|m| m.0 == next) {
                    items.push(i);
                }
            }
            items
        })
}

/// Where the items of an `一是` list that opens the paragraph with `first`
/// begin (chars), each numbered one more at a clause start; none without
/// such an opening.
fn ordinal_items(n: &[char], first: u32) -> Option<Vec<usize>> {
    if n.is_empty() || mark_at(n, 0, Marks::Ordinal).map(|m| m.0) != Some(first) {
        return None;
    }
    let mut items = vec![0];
    let mut next = first.saturating_add(1);
    for i in 1..n.len() {
        if clause_start(n, i) && mark_at(n, i, Marks::Ordinal).map(|m| m.0) == Some(next) {
            items.push(i);
            next = next.saturating_add(1);
        }
    }
    Some(items)
}

/// The number an `一是` list of two items at least in the paragraph
/// before `i` would go on with (`三` after `一是…。二是…。`); 1 when there
/// is none.
fn ordinal_goes_on(paras: &[Para], i: usize) -> u32 {
    let Some(h) = i.checked_sub(1) else { return 1 };
    let n = norm_chars(&paras[h].text);
    let Some((first, _)) = (!n.is_empty())
        .then(|| mark_at(&n, 0, Marks::Ordinal))
        .flatten()
    else {
        return 1;
    };
    ordinal_items(&n, first)
        .filter(|items| items.len() >= 2)
        .map_or(1, |items| first.saturating_add(items.len() as u32))
}

/// The number of problems the heading right before paragraph `i` counts
/// in its note (`1.理论学习方面（共4个问题）`).
fn counted_by_heading(paras: &[Para], i: usize) -> Option<usize> {
    let h = &paras[i.checked_sub(1)?];
    crate::text::label::recognise(&h.text)?;
    let n = norm_chars(&h.text);
    // `（共4个问题）`, or a bracketed count alone (`（一）青溪县（3个）`).
    let at = (0..n.len())
        .find(|&k| starts_at(&n, k, "个问题") || (starts_at(&n, k, "个)") && k + 2 == n.len()))?;
    let digits: String = n[..at]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_digit())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    digits.parse().ok()
}

/// The paragraph before `i` is a heading that names findings (`一、检视
/// 问题的基本情况` over `归纳起来主要是：一是…`): its list may be findings,
/// when paragraphs further on answer each item.
fn heading_names_findings(paras: &[Para], i: usize) -> bool {
    i.checked_sub(1).is_some_and(|h| {
        let t = &paras[h].text;
        crate::text::label::recognise(t).is_some() && FINDING_WORDS.iter().any(|w| t.contains(w))
    })
}

/// The most paragraphs looked at below a list for a count of its items.
const MAX_COUNTED_BELOW: usize = 12;

/// A paragraph below paragraph `i`, before the next heading, points back
/// at exactly `count` items (`上述4个问题中，…`, `目前，上述4个问题均已整改
/// 到位。`).
fn counted_below(paras: &[Para], i: usize, count: u32) -> bool {
    paras[i + 1..]
        .iter()
        .take(MAX_COUNTED_BELOW)
        .take_while(|p| crate::text::label::recognise(&p.text).is_none_or(|l| l.style.is_measure()))
        .any(|p| super::tree::pointed_back(&p.text) == Some(count))
}

/// The paragraphs to split (index, pieces), in order.
fn splits(paras: &[Para]) -> Vec<(usize, Vec<Para>)> {
    let mut out = Vec::new();
    // Paragraphs further on already split as answers.
    let mut answered = vec![false; paras.len()];
    let under_problem = headings_name_problems(paras);
    let mut units = super::unit_lists::find(paras).into_iter().peekable();
    let mut i = 0;
    while i < paras.len() {
        if answered[i] {
            i += 1;
            continue;
        }
        if let Some(u) = units.next_if(|u| u.index == i) {
            out.push((i, cut(&paras[i], &unit_cuts(&u))));
            i += 1;
            continue;
        }
        let list = unlabelled(&paras[i])
            .and_then(|n| list_of(&n))
            .or_else(|| unit_list(&paras[i]))
            .or_else(|| {
                // A list that goes on from the paragraph before, else one
                // that starts again (`一是…二是…` in each paragraph).
                let counted = counted_by_heading(paras, i);
                let first = ordinal_goes_on(paras, i);
                let answered = |count: usize| answered_by_number(paras, i, count);
                ordinal_paragraph(&paras[i], counted, first, answered).or_else(|| {
                    (first > 1)
                        .then(|| ordinal_paragraph(&paras[i], counted, 1, answered))
                        .flatten()
                })
            })
            .or_else(|| answered_titled_list(&paras[i]))
            .or_else(|| titled_list(&paras[i]))
            .or_else(|| self_reported_list(&paras[i]).filter(|_| !under_problem[i]))
            .or_else(|| titled_self_reported_list(&paras[i]).filter(|_| !under_problem[i]));
        let Some(list) = list else {
            i += 1;
            continue;
        };
        let items = || item_pairs(&norm_chars(&paras[i].text), &list);
        let next = paras
            .get(i + 1)
            .filter(|_| list.finds && !list.report_key)
            .and_then(|q| {
                let n = unlabelled(q)?;
                report_paragraph(&n, &list).or_else(|| report_by_words(&n, &items(), true))
            });
        if let Some(report) = next {
            out.push((i, cut(&paras[i], &list.cuts)));
            out.push((i + 1, cut(&paras[i + 1], &report)));
            i += 2;
            continue;
        }
        // Findings brought in and answered together below, each named by
        // its number there (`针对上述问题，…。目前，第一、二项问题已整改完成，
        // 第三项…`): the problems, the next paragraph their shared report.
        if list.finds && !list.report_key && answered_together(paras, i, list.count as usize) {
            out.push((i, cut(&paras[i], &list.cuts)));
            i += 2;
            continue;
        }
        // A problem's own paragraph that lists its parts is read as a list
        // of findings only when the next paragraph answers each.
        if titled_list(&paras[i]).is_some() && unit_list(&paras[i]).is_none() {
            i += 1;
            continue;
        }
        // `支部对照反馈逐项研究，落实如下：` then the answers, clause by
        // clause, in a paragraph of their own.
        let after_intro = paras
            .get(i + 1)
            .zip(paras.get(i + 2))
            .filter(|(q, _)| list.brings_findings && opens_answers(q))
            .and_then(|(_, r)| report_by_words(&unlabelled(r)?, &items(), false));
        if let Some(report) = after_intro {
            out.push((i, cut(&paras[i], &list.cuts)));
            out.push((i + 1, cut(&paras[i + 1], &[(0, Piece::Intro)])));
            out.push((i + 2, cut(&paras[i + 2], &report)));
            i += 3;
            continue;
        }
        if list.stands_alone() {
            out.push((i, cut(&paras[i], &list.cuts)));
            let by_number =
                list.style == Marks::Ordinal && answered_by_number(paras, i, list.count as usize);
            if list.style == Marks::Quoted || by_number {
                answered_after(paras, i, list.count, &mut out, &mut answered);
            }
        } else if (list.finds || heading_names_findings(paras, i)) && !list.report_key {
            let items = item_pairs(&norm_chars(&paras[i].text), &list);
            let under_problem = under_problem[i];
            let reports = report_paragraphs(&paras[i + 1..], &list, &items, under_problem);
            // Findings brought in by `反馈指出：` with no answers found are
            // problems still, their state said elsewhere if anywhere.
            // Or after a key that names them (`检视问题：一是…`), when a
            // paragraph further under the heading counts exactly as many
            // (`目前，上述4个问题均已整改到位。`).
            let counted_later = || list.keyed_findings && counted_below(paras, i, list.count);
            if reports.is_none()
                && list.style == Marks::Ordinal
                && (list.brings_findings || counted_later())
            {
                out.push((i, cut(&paras[i], &list.cuts)));
            }
            if let Some((at, keyed)) = reports {
                out.push((i, cut(&paras[i], &list.cuts)));
                if keyed {
                    out.push((i + 1, cut(&paras[i + 1], &[(0, Piece::Intro)])));
                    answered[i + 1] = true;
                }
                for (k, j) in at.into_iter().map(|j| i + 1 + j).enumerate() {
                    let piece = Piece::Answer(paras[i].line, k as u16 + 1);
                    out.push((j, cut(&paras[j], &[(0, piece)])));
                    answered[j] = true;
                }
            }
        }
        i += 1;
    }
    out.sort_by_key(|o| o.0);
    out
}

/// The `count` paragraphs right after paragraph `i` each open by naming
/// the item of its place (`针对第一个问题，…` … `针对第三个问题，…`; a
/// paragraph of such sentences is cut into them by `answers_apart`).
fn answered_by_number(paras: &[Para], i: usize, count: usize) -> bool {
    count >= 2
        && (1..=count).all(|k| {
            paras.get(i + k).is_some_and(|p| {
                unlabelled(p).is_some()
                    && super::references::opening_reference(&p.text) == u32::try_from(k).ok()
            })
        })
}

/// The paragraph after a list that findings are brought in by (`巡察指出，
/// …存在以下问题：一是…；二是…；三是…。`) answers them as a whole (`针对上述
/// 问题，…：(1)…；(2)…。目前，第一、二项问题已整改完成，第三项问题正在整改
/// 中。`), naming each of the `count` items by its number: the list is of
/// the problems, the paragraph their shared report (read by number,
/// `reports_by_number`).
fn answered_together(paras: &[Para], i: usize, count: usize) -> bool {
    let n = norm_chars(&paras[i].text);
    let Some(first) = (0..n.len()).find(|&j| starts_at(&n, j, "一是")) else {
        return false;
    };
    let intro: String = n[..first].iter().collect();
    let Some(q) = paras.get(i + 1).filter(|q| unlabelled(q).is_some()) else {
        return false;
    };
    let a = norm_chars(crate::text::trim(&q.text));
    let mut named = vec![false; count];
    for j in 0..a.len() {
        if let Some((numbers, _)) = super::references::numbers_at(&a, j).filter(|_| a[j] == '第') {
            for k in numbers {
                if let Some(slot) = usize::try_from(k)
                    .ok()
                    .and_then(|k| named.get_mut(k.wrapping_sub(1)))
                {
                    *slot = true;
                }
            }
        }
    }
    intro.ends_with(':')
        && brings_findings(&intro)
        && ANSWER_LEADS.iter().any(|w| starts_at(&a, 0, w))
        && named.iter().all(|&x| x)
}

/// The paragraphs right after a quoted list that each open by naming one
/// of its items (`针对第二个问题，…` `针对第三个问题，…`): answers to them.
fn answered_after(
    paras: &[Para],
    i: usize,
    count: u32,
    out: &mut Vec<(usize, Vec<Para>)>,
    answered: &mut [bool],
) {
    for j in i + 1..paras.len() {
        let named = unlabelled(&paras[j])
            .and_then(|_| super::references::opening_reference(&paras[j].text))
            .filter(|&k| k <= count)
            .and_then(|k| u16::try_from(k).ok());
        let Some(k) = named else { break };
        out.push((j, cut(&paras[j], &[(0, Piece::Answer(paras[i].line, k))])));
        answered[j] = true;
    }
}

/// The cuts of a unit's paragraph: its name, a group heading; each
/// finding, an item.
fn unit_cuts(u: &super::unit_lists::UnitList) -> Vec<(usize, Piece)> {
    let head = if u.labelled {
        Piece::Whole
    } else {
        Piece::Group
    };
    std::iter::once((0, head))
        .chain(u.items.iter().zip(1..).map(|(&at, k)| (at, Piece::Item(k))))
        .collect()
}

/// Every paragraph, with those that list problems inside them split into
/// pieces. Without such a paragraph the paragraphs are returned as they
/// are (no copy of a large notice's).
pub(crate) fn split(paras: Vec<Para>) -> Vec<Para> {
    let paras = answers_apart(paras);
    let mut split = splits(&paras);
    if split.is_empty() {
        return paras;
    }
    let extra: usize = split.iter().map(|(_, ps)| ps.len()).sum();
    let mut out = Vec::with_capacity(paras.len() + extra);
    split.reverse();
    for (i, p) in paras.into_iter().enumerate() {
        match split.last().filter(|(at, _)| *at == i) {
            Some(_) => out.extend(split.pop().map(|x| x.1).unwrap_or_default()),
            None => out.push(p),
        }
    }
    out
}

/// The sentences of a paragraph that each open with the number of the
/// item they answer, in order from 1 (`针对第一项，…。针对第二项，…。`):
/// where each starts (bytes), when the paragraph opens with the first and
/// two or more follow.
fn numbered_answers(text: &str) -> Option<Vec<usize>> {
    let mut starts = Vec::new();
    let mut at = 0;
    for sentence in text.split_inclusive('。') {
        let next = starts.len() as u32 + 1;
        if super::references::opening_reference(sentence) == Some(next) {
            starts.push(at);
        } else if at == 0 {
            return None;
        }
        at += sentence.len();
    }
    (starts.len() >= 2).then_some(starts)
}

/// Answers printed in one paragraph, each opening with its item's number
/// (`针对第一项，…已落实到位。针对第二项，…预计…完工。`): one paragraph each,
/// on the same line, as if printed apart; the text is cut, never copied.
fn answers_apart(paras: Vec<Para>) -> Vec<Para> {
    let mut out = Vec::with_capacity(paras.len());
    for p in paras {
        match numbered_answers(&p.text) {
            // The first answer opens the paragraph.
            Some(starts) => super::tree::cut_at(&p, &starts[1..], &mut out),
            None => out.push(p),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_in_one_paragraph_are_set_apart() {
        let p = Para::new(
            3,
            "针对第一项，已实行预约服务。针对第二项，预计3月底前完工。".to_string(),
        );
        let texts: Vec<String> = answers_apart(vec![p]).into_iter().map(|p| p.text).collect();
        assert_eq!(
            texts,
            [
                "针对第一项，已实行预约服务。",
                "针对第二项，预计3月底前完工。"
            ]
        );
        // Not from the paragraph's start, or out of order: left whole.
        for t in [
            "今年以来开展整改。针对第一项，已落实。针对第二项，已落实。",
            "针对第二项，已落实。针对第一项，已落实。",
        ] {
            assert!(numbered_answers(t).is_none(), "{t}");
        }
    }

    fn split_one(text: &str) -> Vec<(String, Piece)> {
        let p = Para::new(1, text.to_string());
        split(vec![p])
            .into_iter()
            .map(|p| (p.text, p.piece))
            .collect()
    }

    #[test]
    fn a_list_of_findings_and_its_report() {
        let got = split_one("巡察指出：①甲不到位；②乙不规范。整改情况：①已完成；②正在推进。");
        let want = [
            ("巡察指出：", Piece::Intro),
            ("①甲不到位；", Piece::Item(1)),
            ("②乙不规范。", Piece::Item(2)),
            ("整改情况：", Piece::Intro),
            ("①已完成；", Piece::Report(1)),
            ("②正在推进。", Piece::Report(2)),
        ];
        let want: Vec<(String, Piece)> = want.iter().map(|(t, p)| (t.to_string(), *p)).collect();
        assert_eq!(got, want);
        let got =
            split_one("存在问题：①甲；②乙。整改情况：针对问题①，已完成；针对问题②，正在推进。");
        assert_eq!(
            got[4],
            ("针对问题①，已完成；".to_string(), Piece::Report(1))
        );
        assert_eq!(got.len(), 6);
    }

    #[test]
    fn a_list_numbered_in_brackets_and_reports_that_name_it() {
        let got = split_one("巡察发现：（1）甲不到位；（2）乙滞后。整改情况：第（1）项，已完成；问题（2），正在推进。");
        let pieces: Vec<Piece> = got.iter().map(|g| g.1).collect();
        use Piece::*;
        assert_eq!(
            pieces,
            [Intro, Item(1), Item(2), Intro, Report(1), Report(2)]
        );
        assert_eq!(got[4].0, "第（1）项，已完成；");
        assert_eq!(got[5].0, "问题（2），正在推进。");
    }

    fn split_all(texts: &[&str]) -> Vec<(String, Piece)> {
        let ps = crate::convert::tree::paras(texts);
        split(ps).into_iter().map(|p| (p.text, p.piece)).collect()
    }

    #[test]
    fn an_ordinal_list_answered_in_the_next_paragraph() {
        let got = split_all(&[
            "存在问题：一是甲不到位；二是乙不规范。",
            "整改情况：一是修订制度，已完成。二是开展检查，正在推进。",
        ]);
        use Piece::*;
        let want = [
            ("存在问题：", Intro),
            ("一是甲不到位；", Item(1)),
            ("二是乙不规范。", Item(2)),
            ("整改情况：", Intro),
            ("一是修订制度，已完成。", Report(1)),
            ("二是开展检查，正在推进。", Report(2)),
        ];
        let want: Vec<(String, Piece)> = want.iter().map(|(t, p)| (t.to_string(), *p)).collect();
        assert_eq!(got, want);
        // In one paragraph too, and with circled numbers over two.
        assert_eq!(
            split_all(&["存在问题：一是甲；二是乙。整改情况：一是已完成；二是正在推进。"]).len(),
            6
        );
        assert_eq!(
            split_all(&["巡察指出：①甲；②乙。", "整改情况：①已完成。②正在推进。"])[4].1,
            Report(1)
        );
    }

    #[test]
    fn an_ordinal_list_whose_items_report_themselves_is_split() {
        let pieces =
            split_one("问题主要有：一是阵地管理薄弱，已整改完成；二是机制不健全，正在修订。");
        let kinds: Vec<Piece> = pieces.iter().map(|p| p.1).collect();
        assert_eq!(kinds, [Piece::Intro, Piece::Item(1), Piece::Item(2)]);
        // One item without a state of its own: a list of measures, perhaps.
        let pieces = split_one("问题主要有：一是阵地管理薄弱，已整改完成；二是加强机制建设。");
        assert_eq!(pieces.len(), 1);
    }

    #[test]
    fn an_ordinal_list_without_a_report_for_each_item_stays_whole() {
        for texts in [
            &["存在问题：一是甲；二是乙。", "整改情况：已全部完成整改。"][..],
            &[
                "存在问题：一是甲；二是乙；三是丙。",
                "整改情况：一是已完成。二是已完成。",
            ],
            &[
                "整改措施：一是修订制度；二是开展培训。",
                "整改情况：一是已完成。二是已完成。",
            ],
            &["存在问题：一是甲；二是乙。"],
        ] {
            let got = split_all(texts);
            assert!(got.iter().all(|g| g.1 == Piece::Whole), "{texts:?}");
        }
    }

    #[test]
    fn other_paragraphs_stay_whole() {
        for t in [
            "整改措施：（1）修订工作指引；（2）开展轮训。",
            "一是完善制度：①甲；②乙。",
            "主要做法：①修订办法；②开展培训。",
            "巡察指出：①甲。",
            "巡察指出①甲；②乙。",
            "对照①号文件和②号文件要求开展检查。",
        ] {
            let got = split_one(t);
            assert_eq!(got, [(t.to_string(), Piece::Whole)], "{t}");
        }
    }
}
