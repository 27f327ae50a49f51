//! Owners, deadlines and completion dates stated in a node's text:
//! `责任单位:局办公室、财务科`, `责任领导:张某某`, `责任人:李某`,
//! `完成时限:2025年12月底前`, `整改时限:长期坚持`, `整改完成时间:2025年3月15日`,
//! also inline in brackets (`(责任单位:办公室;完成时限:2025年6月底)`) and the
//! bare phrases `(长期坚持)` / `(立行立改)`.
//!
//! The text stays in the node's body; these fields repeat it in a form the
//! widget can filter and sort on.

use super::dates::{date_at, days_in_month, iso};
use super::{is_ws, norm_chars, run_end, slice, starts_at};

/// What an owner's key names (`责任单位`, `责任股室`, `牵头领导`, `责任人`):
/// the last word of the key.
const OWNER_UNITS: &[&str] = &[
    "单位", "部门", "科室", "股室", "处室", "领导", "主体", "人", "处", "科", "股", "室",
    // A township's villages and communities (`责任村：柳湾村`).
    "村", "社区", "乡镇", "街道",
];

/// The role before it: one or two of these (`牵头责任单位`, `分管领导`).
const OWNER_ROLES: &[&str] = &[
    "责任",
    "牵头",
    "配合",
    "主办",
    "协办",
    "承办",
    "分管",
    "包联",
    // An audit's findings are the audited unit's to put right (`被审计单位：`).
    "被审计",
];

/// A level printed between the role and the word (`牵头厅领导`, `责任局领导`).
const OWNER_LEVELS: &[char] = &['厅', '局', '委', '校', '院', '市', '县', '区', '镇', '所'];

/// Words that may open an owner's key before its role (`整改责任人`).
const OWNER_KEY_PREFIXES: &[&str] = &["整改", "具体", "主要", "问题"];

/// Where an owner's key that ends at `e` starts, read by its shape:
/// [prefix] role [role] unit (`责任股室`, `整改责任单位`, `牵头单位`,
/// `具体责任人`). Keywords name the parts, not the whole key, so the
/// `责任处室` or `协办单位` of a department we have not seen still reads.
fn owner_key_start(n: &[char], e: usize) -> Option<usize> {
    let ends_at = |e: usize, w: &str| {
        let l = w.chars().count();
        e >= l && starts_at(n, e - l, w)
    };
    let longest = |e: usize, words: &[&str]| {
        words
            .iter()
            .filter(|w| ends_at(e, w))
            .map(|w| w.chars().count())
            .max()
    };
    let mut s = e - longest(e, OWNER_UNITS)?;
    // `牵头厅领导`, `责任校领导`: the level of the leader between role and word.
    if s >= 1 && OWNER_LEVELS.contains(&n[s - 1]) && longest(s - 1, OWNER_ROLES).is_some() {
        s -= 1;
    }
    let roles = (0..2).take_while(|_| longest(s, OWNER_ROLES).map(|l| s -= l).is_some());
    if roles.count() == 0 {
        return None;
    }
    Some(s - longest(s, OWNER_KEY_PREFIXES).unwrap_or(0))
}

/// Whether `key` ends with an owner's key (`问题整改责任单位`).
pub(crate) fn ends_with_owner_key(key: &str) -> bool {
    let n: Vec<char> = key.chars().collect();
    owner_key_start(&n, n.len()).is_some()
}

/// Keys whose value is a deadline.
pub(crate) const DEADLINE_KEYS: &[&str] = &[
    "目标设定完成时间",
    "计划完成时间",
    "目标完成时间",
    // A completion planned or asked for, not one reported (`完成时间`).
    "预计完成时间",
    "拟完成时间",
    "要求完成时间",
    "计划完成日期",
    "预计完成日期",
    "要求完成日期",
    // `…；时限：2025年10月底；进展：…`: the bare word, as a field's key.
    "时限",
    "完成时限",
    "整改时限",
    "整改期限",
    "时限要求",
];

/// Keys whose value is the date the work was completed.
pub(crate) const COMPLETED_KEYS: &[&str] = &["整改完成时间", "实际完成时间", "完成时间"];

/// Bare phrases that are deadlines when bracketed.
const DEADLINE_PHRASES: &[&str] = &["长期坚持", "立行立改", "持续整改", "长期整改"];

/// Whether a stated deadline says the work has no end date (`长期坚持`,
/// `持续整改`, `长期整改`), rather than a date or `立行立改`.
pub(crate) fn is_long_term(deadline: &str) -> bool {
    deadline.contains("长期") || deadline.contains("持续")
}

/// A deadline's value ends in a clause saying the work goes on after its
/// date (`2025年12月底，并长期坚持`): the date is the deadline, and the
/// work is long-term.
fn then_goes_on(clause: &str) -> bool {
    let c = clause.trim_start_matches(|ch: char| is_ws(ch) || matches!(ch, '并' | '且' | '后'));
    is_long_term(c)
        && !c
            .chars()
            .any(|ch| ch.is_ascii_digit() || matches!(ch, '年' | '月' | '日'))
}

/// What [`extract`] found.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Stated {
    pub owners: Vec<String>,
    pub deadline: Option<String>,
    /// The deadline's value says the work goes on: `长期坚持`, or a date
    /// followed by `，并长期坚持`.
    pub deadline_long_term: bool,
    pub completed_on: Option<String>,
}

/// What a key's value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Key {
    Owner,
    Deadline,
    Completed,
}

/// The longest key that ends at `e`: where it starts and what it keys.
fn key_ending_at(n: &[char], e: usize) -> Option<(usize, Key)> {
    let listed = DEADLINE_KEYS
        .iter()
        .map(|k| (k, Key::Deadline))
        .chain(COMPLETED_KEYS.iter().map(|k| (k, Key::Completed)))
        .filter_map(|(k, kind)| {
            let l = k.chars().count();
            (e >= l && starts_at(n, e - l, k)).then(|| (e - l, kind))
        });
    let shaped = deadline_key_start(n, e).map(|s| (s, Key::Deadline));
    let owner = owner_key_start(n, e)
        .or_else(|| bare_owner_key_start(n, e))
        .map(|s| (s, Key::Owner));
    listed.chain(shaped).chain(owner).min_by_key(|&(s, _)| s)
}

/// Keys that are a word of answering for the work alone (`负责：法规科`,
/// `牵头：办公室`).
const BARE_OWNER_KEYS: &[&str] = &["负责", "牵头", "主责"];

/// Where such a key ends at `e`, when it opens its clause (not
/// `…由办公室负责：`).
fn bare_owner_key_start(n: &[char], e: usize) -> Option<usize> {
    let s = e.checked_sub(2)?;
    let opens = s == 0 || opens_clause(n, s) || n[s - 1] == '【' || is_ws(n[s - 1]);
    let keyed = n[e..]
        .iter()
        .find(|c| !is_ws(**c))
        .is_some_and(|c| matches!(c, ':' | '】'));
    // `【责任】战略发展部`: responsibility alone, in brackets only (not
    // `责任：全局`).
    let bracketed_duty =
        s > 0 && n[s - 1] == '【' && n.get(e) == Some(&'】') && starts_at(n, s, "责任");
    let bare = BARE_OWNER_KEYS.iter().any(|k| starts_at(n, s, k));
    (opens && keyed && (bare || bracketed_duty)).then_some(s)
}

/// Words a deadline's key ends with, whatever the two before them say
/// (`办结时限`, `销号时限`, `完成期限`).
const DEADLINE_KEY_ENDINGS: &[&str] = &["时限", "期限"];

/// Where a deadline's key of that shape ends at `e`: two characters of
/// what is to be done, then [`DEADLINE_KEY_ENDINGS`].
fn deadline_key_start(n: &[char], e: usize) -> Option<usize> {
    let s = e.checked_sub(4)?;
    let ideograph = |c: &char| ('\u{4e00}'..='\u{9fff}').contains(c);
    let ends = DEADLINE_KEY_ENDINGS.iter().any(|w| starts_at(n, s + 2, w));
    (ends && n[s..s + 2].iter().all(ideograph) && !n[s..s + 2].contains(&'的')).then_some(s)
}

/// Whether `key` ends as a deadline's key does (`整改时限`, `办结时限`).
pub(crate) fn ends_with_deadline_key(key: &str) -> bool {
    let n: Vec<char> = key.chars().collect();
    DEADLINE_KEYS.iter().any(|k| key.ends_with(k)) || deadline_key_start(&n, n.len()).is_some()
}

/// The longest key (`责任单位`, `整改时限`, …) plus whitespace before the `:`.
const MAX_KEY_SPAN: usize = 12;

/// Whether a key followed by `:` starts at `i`, or one in brackets
/// (`【责任科室】`) right after it.
fn key_at(n: &[char], i: usize) -> bool {
    let bracketed = n.get(i) == Some(&'【');
    let (i, close) = if bracketed { (i + 1, '】') } else { (i, ':') };
    let Some(colon) = (i..n.len().min(i + MAX_KEY_SPAN)).find(|&j| n[j] == close) else {
        return false;
    };
    let e = colon - n[i..colon].iter().rev().take_while(|c| is_ws(**c)).count();
    key_ending_at(n, e).is_some_and(|(s, _)| s == i)
}

/// Splits a list of owners: `办公室、财务科`, `张某某,李某`, `办公室 财务科`.
/// A name keeps the list inside its brackets (`各县（市、区）人民政府`);
/// a person's post glued before their name is left out (`厅长王某某` →
/// `王某某`).
pub(crate) fn split_owners(v: &str) -> Vec<String> {
    let mut names = split_names(v);
    for name in &mut names {
        let person = person_after_post(name)
            .filter(|_| !names_a_department(name))
            .or_else(|| person_before_post(name));
        if let Some(person) = person {
            *name = person.to_string();
        }
    }
    names
}

/// The person named before their post in brackets (`李某某(镇党委副书记)`,
/// `王某某（党组书记、局长）` → the name).
fn person_before_post(name: &str) -> Option<&str> {
    let inner = name.strip_suffix(['）', ')'])?;
    let open = inner.rfind(['（', '('])?;
    let person = inner[..open].trim_end();
    let post = &inner[open..].trim_start_matches(['（', '(']);
    let posts = post
        .split('、')
        .all(|p| is_bare_post(p) || POSTS.iter().any(|w| p.ends_with(w)));
    (is_person(person) && !post.is_empty() && posts).then_some(person)
}

/// `v` without a bracketed tag of state ending it (`村党支部书记李某某
/// （已整改）`, a line's state after its owner): no part of a name.
fn without_state_tag(v: &str) -> &str {
    before_state_tag(v).unwrap_or(v)
}

/// The text before a bracketed tag of state that ends `text` (`…已完工12个。
/// （已完成）`, `(按序时推进)。`), if it ends so; not `（含利息）`.
pub(crate) fn before_state_tag(text: &str) -> Option<&str> {
    let (before, word) = closing_bracket(text, &['。', '.'])?;
    crate::ledger::status_word(word).map(|_| before.trim_end())
}

/// The text before a bracket that ends `text` (past whitespace and the
/// marks in `ends`), and the words inside it.
pub(crate) fn closing_bracket<'a>(text: &'a str, ends: &[char]) -> Option<(&'a str, &'a str)> {
    let t = text.trim_end_matches(|c: char| is_ws(c) || ends.contains(&c));
    t.strip_suffix(['）', ')'])?.rsplit_once(['（', '('])
}

/// [`split_owners`] with each name as printed. A name holds no
/// pictograph: one ends the list (`街道纪工委✅已完成`, a state's mark).
fn split_names(v: &str) -> Vec<String> {
    let v = &v[..v.find(crate::text::chars::is_pictograph).unwrap_or(v.len())];
    let v = without_state_tag(v);
    let mut depth = 0usize;
    let mut out = Vec::new();
    let mut run: Vec<String> = Vec::new();
    let mut start = 0;
    for (b, c) in v.char_indices().chain([(v.len(), '，')]) {
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        let apart = matches!(c, ',' | '，' | '/' | '／' | ';' | '；') || is_ws(c);
        if depth > 0 || !(apart || c == '、') {
            continue;
        }
        let s = v[start..b].trim_matches(|c: char| is_ws(c) || matches!(c, '。' | '.'));
        // `供应链管理中心、审计部，计划于2024年6月底前完成…`: the names end
        // where a clause of what is to be done begins.
        if start > 0 && is_clause_after_names(s) {
            out.extend(sharing_the_last_suffix(std::mem::take(&mut run)));
            break;
        }
        let s = without_verbs_after(without_role(without_keyed_note(s)));
        if !s.is_empty() && s != "无" && s != "/" && s != "-" {
            run.push(s.to_string());
        }
        start = b + c.len_utf8();
        if apart {
            out.extend(sharing_the_last_suffix(std::mem::take(&mut run)));
        }
    }
    // `党组书记、局长 李某某`: the posts of the person named, not owners.
    if out.iter().any(|o| !is_bare_post(o)) {
        out.retain(|o| !is_bare_post(o));
    }
    // `社会事业促进股股长 周某某`: a unit's post right before its holder's
    // name, apart by spaces.
    // (A list of owners is short; a longer run is looked at no further.)
    let posts: Vec<usize> = (0..out.len().saturating_sub(1))
        .take(MAX_POSTS_LOOKED_AT)
        .filter(|&k| post_before_name(v, &out[k], &out[k + 1]))
        .collect();
    for k in posts.into_iter().rev() {
        out.remove(k);
    }
    out
}

/// The longest key of another field after the names (characters).
const MAX_FIELD_KEY_CHARS: usize = 6;

/// Words that open a clause about the work, not a name.
const CLAUSE_OPENERS: &[&str] = &[
    "计划", "预计", "力争", "争取", "确保", "要求", "已", "将", "正在", "目前",
];

/// A piece of an owners' value after the names that is a clause about the
/// work (`计划于2024年6月底前完成全部整改任务`): it opens with such words or
/// holds a date.
fn is_clause_after_names(piece: &str) -> bool {
    // `张某某，整改情况：已整改。`: another field's key after the names.
    if crate::text::chars::opens_with_key(piece, MAX_FIELD_KEY_CHARS) {
        return true;
    }
    // `计划财务科` is a name.
    if names_a_unit(piece) || names_a_department(piece) {
        return false;
    }
    let n = norm_chars(piece);
    CLAUSE_OPENERS.iter().any(|w| piece.starts_with(w))
        || (0..n.len()).any(|i| n[i].is_ascii_digit() && date_at(&n, i).is_some())
}

/// The most names of a list looked at for a post before a holder's name.
const MAX_POSTS_LOOKED_AT: usize = 32;

/// The longest personal name read after a post (characters).
const MAX_PERSON_CHARS: usize = 4;

/// `post` ends with a post and is printed right before `name`, a person's
/// name, with only spaces between them in `v`.
fn post_before_name(v: &str, post: &str, name: &str) -> bool {
    let ends_with_post = POSTS.iter().any(|p| post.ends_with(p));
    let person = (2..=MAX_PERSON_CHARS).contains(&name.chars().count())
        && name.chars().all(crate::text::chars::is_han)
        && !names_a_department(name)
        && !is_bare_post(name);
    let apart = || {
        v.match_indices(post).any(|(at, _)| {
            let rest = after_joined_posts(&v[at + post.len()..]);
            let gap = rest.len() - rest.trim_start().len();
            gap > 0 && rest.trim_start().starts_with(name)
        })
    };
    ends_with_post && person && apart()
}

/// `rest` past the further posts joined to a post by `、` (`市自然资源局
/// 党组成员、副局长 韩某某`: past `、副局长`).
fn after_joined_posts(mut rest: &str) -> &str {
    while let Some(r) = rest.strip_prefix('、') {
        let end = r.find(|c: char| is_ws(c) || c == '、').unwrap_or(r.len());
        if !is_bare_post(&r[..end]) {
            break;
        }
        rest = &r[end..];
    }
    rest
}

/// A name without a bracketed note of other fields glued to its end
/// (`罗某某（整改状态：已销号）` → `罗某某`); a bracket of its own names
/// stays (`各县（区）人民政府`).
fn without_keyed_note(name: &str) -> &str {
    let Some(open) = name.rfind(['（', '(']) else {
        return name;
    };
    let note = &name[open..];
    let closed = note.ends_with(['）', ')']);
    if open > 0 && closed && note.contains(['：', ':']) {
        name[..open].trim_end()
    } else {
        name
    }
}

/// Words a post's name may open with (`党组书记`, `纪检组长`, `副局长`).
const POST_PREFIXES: &[&str] = &[
    "党组",
    "党委",
    "党支部",
    "纪检",
    "纪委",
    "副",
    "常务",
    "分管",
    "主要",
    "机关",
    "专职",
    "总",
    "局",
    "院",
    "校",
    "厅",
    // A place's posts (`镇党委委员`, `镇党委副书记`, `县委常委`).
    "镇",
    "乡",
    "县",
    "区",
    "市",
    "村",
    "街道",
];

/// Posts (`书记`, `局长`, `组长`, …).
const POSTS: &[&str] = &[
    "书记",
    "局长",
    "厅长",
    "组长",
    "主任",
    "院长",
    "校长",
    "部长",
    "科长",
    "处长",
    "所长",
    "站长",
    "股长",
    "经理",
    "董事长",
    "委员",
    "成员",
    "调研员",
    "秘书长",
    // A township's, a county's or a village's heads (`副镇长 王某某`,
    // `镇人大主席 孙某某`).
    "镇长",
    "乡长",
    "县长",
    "区长",
    "市长",
    "主席",
    "村长",
    "厂长",
    "队长",
    "会长",
    "行长",
    "馆长",
    // An enterprise's or a department's chief officers (`总工程师 刘某某`,
    // `财务总监 陈某某`).
    "工程师",
    "经济师",
    "会计师",
    "审计师",
    "总监",
    // A village's posts (`村会计 李某某`).
    "会计",
    "出纳",
    "报账员",
    "文书",
];

/// Whether a name is a post alone (`党组书记`, `局长`), not a person's
/// (`张局长`) or a unit's.
fn is_bare_post(name: &str) -> bool {
    let mut rest = name;
    loop {
        if POSTS.contains(&rest) {
            return true;
        }
        match POST_PREFIXES.iter().find_map(|p| rest.strip_prefix(p)) {
            Some(r) => rest = r,
            None => return false,
        }
    }
}

/// Words that end a place's government or committee, printed once after
/// places joined by `、` (`青溪区、东湖区人民政府`).
const SHARED_SUFFIXES: &[&str] = &["人民政府", "政府", "党委", "党工委", "管委会", "办事处"];

/// Names joined by `、` whose last is a place's body (`东湖区人民政府`):
/// the bare places before it (`青溪区`) share its suffix.
fn sharing_the_last_suffix(mut run: Vec<String>) -> Vec<String> {
    let Some(last) = run.last() else { return run };
    let Some(suffix) = SHARED_SUFFIXES.iter().find(|s| last.ends_with(*s)) else {
        return run;
    };
    let place = |n: &str| {
        PLACE_ENDINGS.iter().any(|e| n.ends_with(e))
            && n.chars().count() <= MAX_BARE_PLACE_CHARS
            && is_bare_name(n)
    };
    if !place(&last[..last.len() - suffix.len()]) {
        return run;
    }
    let k = run.len() - 1;
    for n in run[..k].iter_mut().rev().take_while(|n| place(n)) {
        n.push_str(suffix);
    }
    run
}

/// The longest place named bare before a shared suffix (characters).
const MAX_BARE_PLACE_CHARS: usize = 8;

/// Words in brackets after an owner's name that say its part in the work
/// (`党委办公室（牵头）`, `组织人事科(配合)`), not its name.
const ROLES: &[&str] = &["牵头", "配合", "协办", "主办", "主责", "协助", "参与"];

/// `name` without a bracketed role after it.
fn without_role(name: &str) -> &str {
    let Some(open) = name.strip_suffix(['）', ')']) else {
        return name;
    };
    match open.rfind(['（', '(']) {
        Some(k) if k > 0 && ROLES.contains(&open[k..].trim_start_matches(['（', '('])) => {
            open[..k].trim_end()
        }
        _ => name,
    }
}

/// Whether an owner's value gives owners to items by their numbers
/// (`第1、2、7项由食品流通股负责`).
fn assigns_by_number(value: &str) -> bool {
    let n = norm_chars(value);
    n.first() == Some(&'第')
        && n.get(1).is_some_and(char::is_ascii_digit)
        && n.iter().take(16).any(|&c| c == '由')
}

/// The parts of a month and their last day (`下旬`: the month's own).
const TEN_DAYS: &[(&str, Option<u32>)] = &[("上旬", Some(10)), ("中旬", Some(20)), ("下旬", None)];

/// The most bytes of verbs read after a name (four verbs).
const MAX_VERBS_AFTER_BYTES: usize = 24;

/// Verbs of a part in the work that may follow an owner's name in a list
/// (`区财政局负责督促`, `办公室牵头`).
const ROLE_VERBS: &[&str] = &[
    "负责", "牵头", "配合", "协助", "督促", "指导", "监督", "协调",
];

/// `name` without the verbs of its part after it (`区财政局负责督促` →
/// `区财政局`), when nothing but such verbs follows (not `教学指导中心`).
fn without_verbs_after(name: &str) -> &str {
    // The verbs are two characters each; a few at most follow a name.
    let from = name.len().saturating_sub(MAX_VERBS_AFTER_BYTES);
    for (k, _) in name.char_indices().skip(2).filter(|&(k, _)| k >= from) {
        let mut rest = &name[k..];
        while let Some(r) = ROLE_VERBS.iter().find_map(|v| rest.strip_prefix(v)) {
            rest = r;
        }
        if rest.is_empty() && k < name.len() {
            return &name[..k];
        }
    }
    name
}

/// A deadline as an ISO date where the text names a day or a month
/// (`2025年6月底前` → `2025-06-30`, `2025年12月31日前` → `2025-12-31`,
/// `2025年底` → `2025-12-31`), otherwise the phrase as printed (`长期坚持`).
pub(crate) fn deadline_value(v: &str) -> Option<String> {
    let v = v.trim_matches(|c: char| is_ws(c) || matches!(c, '。' | '.' | ',' | '，'));
    if v.is_empty() {
        return None;
    }
    let n = norm_chars(v);
    if let Some((p, e)) = date_at(&n, 0) {
        let rest: String = n[e..].iter().collect();
        let rest = match rest.split_once([',', ';']) {
            Some((tail, clause)) if then_goes_on(clause) => tail,
            _ => &rest,
        };
        let rest = rest.trim();
        let tail_ok = |r: &str| {
            [
                "", "前", "之前", "以前", "底", "底前", "末", "末前", "内", "止",
            ]
            .contains(&r)
        };
        let d = match (p.year, p.month, p.day) {
            (Some(y), Some(m), Some(d)) if tail_ok(rest) => iso(y, m, d),
            (Some(y), Some(m), None) if tail_ok(rest) => iso(y, m, days_in_month(y, m)),
            // `2025年10月中旬`: the part of the month's last day.
            (Some(y), Some(m), None) => {
                let part = TEN_DAYS.iter().find(|(w, _)| {
                    rest.strip_prefix(w)
                        .is_some_and(|r| ["", "前", "之前", "末"].contains(&r))
                });
                part.and_then(|&(_, d)| iso(y, m, d.unwrap_or(days_in_month(y, m))))
            }
            (Some(y), None, None) => {
                period_end(rest).and_then(|(m, d)| iso(y, m, d.unwrap_or(days_in_month(y, m))))
            }
            _ => None,
        };
        if let Some(d) = d {
            return Some(d);
        }
    }
    // `2025.12`, `2026-06底前`: a year and month in figures (a ledger's).
    if let Some((y, m, e)) = numeric_year_month(&n) {
        let rest: String = n[e..].iter().collect();
        if ["", "前", "之前", "底", "底前", "末", "内"].contains(&rest.trim()) {
            if let Some(d) = iso(y, m, days_in_month(y, m)) {
                return Some(d);
            }
        }
    }
    Some(v.to_string())
}

/// A year and month in figures at the start (`2025.12`, `2025-6`,
/// `2025/06`), no day after them: year, month, end.
fn numeric_year_month(n: &[char]) -> Option<(i32, u32, usize)> {
    let year_digits = run_end(n, 0, |c| c.is_ascii_digit());
    if year_digits != 4 || !matches!(n.get(4), Some('.' | '-' | '/')) {
        return None;
    }
    let e = run_end(n, 5, |c| c.is_ascii_digit());
    let (year, month) = (slice(n, 0, 4).parse().ok()?, slice(n, 5, e).parse().ok()?);
    ((1..=2).contains(&(e - 5)) && (1..=12).contains(&month)).then_some((year, month, e))
}

/// The last month (and day, when fixed) of the part of a year named after
/// it (`2026年底前` → 12, `2027年第一季度` → 3, `2027年上半年` → 6).
fn period_end(rest: &str) -> Option<(u32, Option<u32>)> {
    // A bare year (`2025年`) names no day.
    if rest.is_empty() {
        return None;
    }
    let rest = rest.trim_end_matches(['前', '内', '末', '底', '止']);
    let rest = rest.strip_suffix("之").unwrap_or(rest);
    let quarter = rest
        .strip_prefix('第')
        .unwrap_or(rest)
        .strip_suffix("季度")
        .and_then(|q| match q {
            "一" | "1" => Some(3),
            "二" | "2" => Some(6),
            "三" | "3" => Some(9),
            "四" | "4" => Some(12),
            _ => None,
        });
    match rest {
        // The year's end (`2026年底前`, `2026年内`, `2025年年底前`), its
        // tail all trimmed.
        "" | "年" => Some((12, Some(31))),
        "上半年" => Some((6, Some(30))),
        "下半年" => Some((12, Some(31))),
        _ => quarter.map(|m| (m, None)),
    }
}

/// Words that put a date in the future of the report (`计划于…前完成`),
/// or set it as the time allowed (`限12月15日前完成`, `交办时要求于2月28日
/// 前完成整改`, `应于…前`).
const INTENT_WORDS: &[&str] = &["计划", "预计", "力争", "争取", "确保", "将于", "拟于"];

/// Words that set a time allowed rather than plan one (`限…`, `限期11月30日
/// 前`, `要求…`,
/// `责令于2024年6月30日前返修到位`).
const DEMAND_WORDS: &[&str] = &["限期", "限", "要求", "责令", "应于", "须于"];

/// The plan word, an intent or a demand, at `i`.
fn plan_word_at(n: &[char], i: usize) -> Option<&'static str> {
    INTENT_WORDS
        .iter()
        .chain(DEMAND_WORDS)
        .find(|w| starts_at(n, i, w))
        .copied()
}

/// Words after a planned date that make it the date the work is due.
const DUE_WORDS: &[&str] = &[
    "完成",
    "整改到位",
    "办结",
    "全部整改",
    "销号",
    "完工",
    "建成",
];

/// A deadline the text plans rather than keys (`剩余资金正在分批清理，
/// 计划于2026年12月底前完成。` → `2026-12-31`): a plan word, within two
/// characters a year-dated date, then within six characters `前` (whatever
/// the verb: `预计2026年底前全部拨付`) or a word of completion (`计划2027年
/// 上半年完成`); only a date that names a day. The first such date; never
/// a date the work was done on (`已于2026年3月底前完成` has no plan word).
pub(crate) fn planned_deadline(text: &str) -> Option<String> {
    let n = norm_chars(text);
    (0..n.len()).find_map(|i| {
        if let Some(d) = deadline_named_at(&n, i) {
            return Some(d);
        }
        if let Some(w) = plan_word_at(&n, i) {
            let after = i + w.chars().count();
            return (after..(after + 5).min(n.len()))
                .find_map(|d| planned_at(&n, d).or_else(|| planned_month_at(&n, i, d)));
        }
        opens_clause_with_due_date(&n, i)
            .then(|| planned_at(&n, i))
            .flatten()
    })
}

/// A measure's planned date: as [`planned_deadline`] reads it, or after
/// `于` with no `已` before it (`于2026年6月30日前完成已立项电梯的加装`):
/// a measure says what is to be done, so a date it sets work done by is
/// its plan (`已于…完成` reports a result).
pub(crate) fn measure_deadline(text: &str) -> Option<String> {
    planned_deadline(text).or_else(|| {
        let n = norm_chars(text);
        (0..n.len()).find_map(|i| {
            let set = n[i] == '于' && (i == 0 || n[i - 1] != '已');
            set.then(|| planned_at(&n, i + 1)).flatten()
        })
    })
}

/// A deadline's key said in a sentence (`整改时限为2025年12月底前`,
/// `完成时限为2026年6月`), or glued to its date (`整改时限2026年9月底。`),
/// at `i`: the value up to the clause's end, when it holds a year-dated
/// date.
fn deadline_named_at(n: &[char], i: usize) -> Option<String> {
    let key = DEADLINE_KEYS.iter().find(|k| starts_at(n, i, k))?;
    let after_key = i + key.chars().count();
    let v = after_key + usize::from(n.get(after_key) == Some(&'为'));
    let end = (v..n.len())
        .find(|&j| matches!(n[j], ',' | '。' | ';' | ')' | '\n'))
        .unwrap_or(n.len());
    date_at(n, v).filter(|(p, _)| p.year.is_some())?;
    let value: String = n[v..end].iter().collect();
    deadline_value(&value)
}

/// A clause that opens with a year-dated date, `前` and a word of
/// completion (`目前正在推进，2027年6月底前完成。`), perhaps after what is
/// left and its count (`…已完成9处，其余5处2025年10月底前全部完成`): a plan
/// without a plan word. `2026年3月底前已完成` reports a result instead.
fn opens_clause_with_due_date(n: &[char], i: usize) -> bool {
    let opens = || {
        i == 0
            || matches!(n[i - 1], '，' | ',' | '。' | '；' | ';' | '\n' | '\t')
            || super::phrases::counted_remainder_before(n, i)
    };
    n[i].is_ascii_digit()
        && opens()
        && date_at(n, i).is_some_and(|(p, end)| {
            let before = (end..(end + 3).min(n.len())).find(|&j| n[j] == '前');
            p.year.is_some() && before.is_some_and(|j| due_at(n, j + 1))
        })
}

/// A word of completion at `i`, after a word of manner if any (`全面落实
/// 到位`, `全部清偿到位`): one of [`DUE_WORDS`], or a verb of two
/// characters then `到位`.
fn due_at(n: &[char], i: usize) -> bool {
    let manner = MANNER_WORDS
        .iter()
        .find(|w| starts_at(n, i, w))
        .map_or(0, |w| w.chars().count());
    let at = i + manner;
    DUE_WORDS.iter().any(|w| starts_at(n, at, w)) || starts_at(n, at + 2, "到位")
}

/// Where a planned date that ends at `end` stops: after `前` (`预计2026年
/// 底前全部拨付`), else before a word of completion (`计划2027年上半年完成`),
/// within seven characters.
fn due_end(n: &[char], end: usize) -> Option<usize> {
    let window = end..(end + 7).min(n.len());
    let before = window.clone().find(|&j| n[j] == '前').map(|j| j + 1);
    let due = window
        .clone()
        .find(|&j| DUE_WORDS.iter().any(|w| starts_at(n, j, w)));
    before.or(due)
}

/// Words of manner between a planned date and its word of completion
/// (`预计2025年5月全部完成`).
const MANNER_WORDS: &[&str] = &["全部", "基本", "全面", "逐步", "陆续", "如期", "彻底"];

/// A planned date printed up to its word of completion, the words of
/// manner before that word taken off (`2025年5月全部` → `2025年5月`).
fn without_manner(printed: &str) -> &str {
    MANNER_WORDS
        .iter()
        .find_map(|w| printed.strip_suffix(w))
        .unwrap_or(printed)
}

/// The deadline a planned date at `d` gives: the date up to `前` (whatever
/// the verb) or a word of completion within seven characters.
fn planned_at(n: &[char], d: usize) -> Option<String> {
    let (p, end) = date_at(n, d)?;
    p.year?;
    // `推进中（预计2025年3月底）`: the date ends the plan's note.
    let tail = (end..n.len())
        .take_while(|&j| matches!(n[j], '底' | '末' | '份'))
        .count();
    let ends_note = matches!(n.get(end + tail), None | Some(')' | '】' | '。'));
    let stop = due_end(n, end).or(ends_note.then_some(end + tail))?;
    let printed: String = n[d..stop].iter().collect();
    let value = deadline_value(without_manner(&printed))?;
    // Only a day the words name: `2027年春节前` stays unread here.
    (value.len() == 10 && value.as_bytes()[4] == b'-').then_some(value)
}

/// A plan's month without its year at `d` (`计划12月底前完成`, `预计于
/// 3月15日前办结`): the plan from its word at `i` to the end of the date,
/// as printed (`计划12月底前`). A plan looks ahead, so
/// `relative_deadlines` dates it in the first such month from the notice's
/// date on; without a dated notice it stays as printed.
fn planned_month_at(n: &[char], i: usize, d: usize) -> Option<String> {
    // Right after the plan word, or `于`/`在` (`培训计划，6月份完成…` has
    // a plan made, not a plan's date).
    let word = plan_word_at(n, i)?;
    // `将于今年7月底前`: the notice's year named in words.
    let between: String = n[i + word.chars().count()..d].iter().collect();
    // `责令其于11月30日前`: whom the demand is made of, then its date.
    let between = between.trim_start_matches(['其', '于', '在']);
    if !between.is_empty() && !THIS_YEAR_WORDS.contains(&between) {
        return None;
    }
    let end = match year_end_at(n, d) {
        Some(end) => end,
        None => {
            let (p, end) = date_at(n, d)?;
            if p.year.is_some() || p.month.is_none() {
                return None;
            }
            end
        }
    };
    let stop = due_end(n, end)?;
    let plan: String = n[i..stop].iter().collect();
    let plan = without_manner(&plan).to_string();
    // Only a plan that names a day once its year is known.
    planned_month_in(&plan, 2000).map(|_| plan)
}

/// Words naming the notice's year before a month of it (`将于今年7月底前`).
const THIS_YEAR_WORDS: &[&str] = &["今年", "本年"];

/// Words naming the end of the notice's year without printing it
/// (`预计年底前完成`, `力争年内完成`), longest first.
const YEAR_ENDS: &[&str] = &["今年年底", "今年底", "本年底", "年底", "年末", "年内"];

/// Where words naming the end of the year at `d` end, if they do.
fn year_end_at(n: &[char], d: usize) -> Option<usize> {
    YEAR_ENDS
        .iter()
        .find(|w| starts_at(n, d, w))
        .map(|w| d + w.chars().count())
}

/// A plan printed by [`planned_month_at`] that a demand set (`要求于2月28日
/// 前`): made when the work was handed over, it may have passed.
pub(crate) fn is_demand(plan: &str) -> bool {
    DEMAND_WORDS.iter().any(|w| plan.starts_with(w))
}

/// A plan printed by [`planned_month_at`], read in `year`: its ISO date,
/// and the month it names.
pub(crate) fn planned_month_in(plan: &str, year: i32) -> Option<(String, u32)> {
    let n = norm_chars(plan);
    let w = plan_word_at(&n, 0)?;
    let rest: String = n[w.chars().count()..].iter().collect();
    let rest = rest.trim_start_matches(['其', '于']);
    let rest = THIS_YEAR_WORDS
        .iter()
        .find_map(|y| rest.strip_prefix(y))
        .unwrap_or(rest);
    let chars: Vec<char> = rest.chars().collect();
    if year_end_at(&chars, 0).is_some() {
        return Some((format!("{year}-12-31"), 12));
    }
    let (p, _) = date_at(&chars, 0)?;
    let value = deadline_value(&format!("{year}年{rest}"))?;
    let iso = value.len() == 10 && value.as_bytes()[4] == b'-';
    iso.then_some((value, p.month?))
}

/// A completion date: only a full date counts.
pub(crate) fn completed_value(v: &str) -> Option<String> {
    let n = norm_chars(v.trim_matches(is_ws));
    date_at(&n, 0).and_then(|(p, _)| p.iso())
}

/// How the name of a unit ends (`区财政局`, `区卫生健康委员会`, `区城市投资
/// 发展集团有限公司`).
const UNIT_ENDINGS: &[&str] = &[
    "局",
    "委员会",
    "委",
    "办公室",
    "办",
    "中心",
    "公司",
    // `县城投集团`: a state-owned group.
    "集团",
    "院",
    "所",
    "站",
    "队",
    // `区文化馆`, `市图书馆`, `县博物馆`.
    "馆",
    // `青溪县某某调味品厂`: a factory.
    "厂",
    "厅",
    "政府",
    "街道",
    "管委会",
    // A village's or a community's bodies (`柳湾村村委会已…`, `柳湾村党支部
    // 已…`, `村“两委”已…`); not the village alone, nor a `党支部` of no
    // village, a finding's subject as often (`基层党支部组织生活不规范`).
    "村委会",
    "居委会",
    "村党支部",
    "社区党支部",
    "村党总支",
    "社区党委",
    "两委",
    "“两委”",
];

/// How a village's committee, or the village itself, ends, when a clause
/// names it leading the work (`由柳湾村村委会负责整改`, `由石桥村负责整改`);
/// not as a sentence's subject, which is a finding's more often
/// (`王家坪村在建农房…`).
const VILLAGE_ENDINGS: &[&str] = &["村委会", "居委会", "村"];

/// How the name of a place whose government answers for it ends (`澜西区`,
/// `青禾县`, `柳溪镇`), as a 督查 bulletin groups its findings by them.
const PLACE_ENDINGS: &[&str] = &["区", "县", "市", "镇", "乡", "旗"];

/// Places that no government is named after (`老旧小区`, `工业园区`).
const NOT_PLACE_ENDINGS: &[&str] = &[
    "小区", "园区", "景区", "片区", "城区", "辖区", "库区", "矿区",
];

/// The most characters of a unit named alone (`【临江新区管委会】`).
const MAX_NAMED_UNIT_CHARS: usize = 14;

/// `name` is a unit's or a place's alone (`市住建局`, `澜西区`): short, no
/// figures or punctuation, ending as a unit or a governed place does.
pub(crate) fn names_a_unit(name: &str) -> bool {
    let len = name.chars().count();
    let place = PLACE_ENDINGS.iter().any(|e| name.ends_with(e))
        && !NOT_PLACE_ENDINGS.iter().any(|e| name.ends_with(e));
    (MIN_UNIT_CHARS..=MAX_NAMED_UNIT_CHARS).contains(&len)
        && is_bare_name(name)
        && (place || UNIT_ENDINGS.iter().any(|e| name.ends_with(e)))
}

/// Words a unit's sentence goes on with right after its name: what it did
/// or does (`已将…`, `正在推进`, `建立…机制`, `会同…`).
const SUBJECT_VERBS: &[&str] = &[
    "已", "将", "正在", "正", "建立", "制定", "会同", "联合", "对", "向", "通过", "按照", "组织",
    "开展", "督促", "牵头", "全面", "立即", "及时", "于", "在", "尚未", "推动", "推进", "出台",
    "印发", "修订", "完善", "健全", "持续", "重新", "召开", "梳理", "清理", "排查", "编制", "起草",
    "成立", "举办", "约谈", "完成",
    // `财务科、设备科共同负责，…` (not `负责` alone: `局办公室负责日常
    // 协调` states a duty, not work done).
    "共同", // Words of manner before the verb (`人事科严格对照…`).
    "严格", "认真", "积极", "主动", "迅速", "深入",
    // The measures it took, listed (`厅财务审计处一是对…；二是…`).
    "一是",
];

/// Words of time a report's sentence may open with before the units that
/// did the work (`目前，临霞区行政审批局已整改完毕`), or of answering what
/// was found (`对此，街道财政所对…`).
const TIME_LEADS: &[&str] = &["目前", "截至目前", "当前", "现", "对此"];

/// How long a unit's name is (characters): `公司` alone names none.
const MIN_UNIT_CHARS: usize = 3;
const MAX_UNIT_CHARS: usize = 20;

/// Words a sentence may open with before a unit that is not its subject
/// (`对县不动产登记中心开展…`, `已与市中级人民法院…`).
const NOT_A_NAME_LEADS: &[&str] = &[
    "对", "向", "与", "由", "在", "经", "按", "根据", "针对", "关于", "已", "正", "将", "该", "各",
    // `部分水厂在线监测设备离线`: some of a kind, no unit's name.
    "部分", "个别", "少数",
    // `目前该局已启动…`: a time, then the unit named again.
    "目前", "当前", "会同", "联合", "督促", "协调", "配合", "指导", "委托", "责令", "要求", "拟",
    "请", "限", "责成", "提请", "报请", "加强", "强化", "健全", "完善", "推进", "推动", "深化",
    "规范", "建立",
    // `安排县级医院向乡镇卫生院派驻医师`: whom the work was given to.
    "安排", "选派", "指派", "抽调",
    // `通过集团纪委和审计部联合复核`: the means, not the doer.
    "通过", // The issuer speaking of itself (`我中心会同…`, `本局已…`).
    "我", "本",
];

/// Characters no unit's name holds, as a sentence's words do
/// (`方案已报区委`, `一是责令…`, `…的…`).
const NOT_IN_NAMES: &[char] = &['已', '将', '的', '是', '按', '到'];

/// A name that opens with the verb organising the unit after it
/// (`组织机关党委对…开展检查`), not a unit of that name (`组织部`,
/// `组织人事科`).
fn opens_with_organising(name: &str) -> bool {
    name.strip_prefix("组织")
        .is_some_and(|rest| !rest.starts_with('部') && !rest.starts_with("人事"))
}

/// Words saying what an inspection found (`巡察组指出我局…`): a finding's
/// lead, no unit's name.
const FOUND_WORDS: &[&str] = &["指出", "发现", "反映"];

/// The most characters of the names a sentence opens with.
const MAX_SUBJECT_CHARS: usize = 60;

/// The units that did the work, as the sentences of a problem's report
/// open with them (`整改情况：区财政局已将…。…区自然资源局已与企业签订…`).
pub(crate) fn report_subjects(report: &str) -> Vec<String> {
    every_sentences_doers(report)
}

/// The units each sentence of `text`, or clause after `；`, opens with as
/// those who did the work, or one department alone ([`doers`]), with those
/// they worked with (`医院人事科已会同纪检监察室对…` → both), in order,
/// each once.
fn every_sentences_doers(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for s in text.split(['。', '；', '\n']) {
        push_new(
            &mut out,
            doers_with_partners(after_connective(crate::text::trim(s))),
        );
    }
    out
}

/// Appends each of `names` not already in `out`, in order.
fn push_new(out: &mut Vec<String>, names: impl IntoIterator<Item = String>) {
    for name in names {
        if !out.contains(&name) {
            out.push(name);
        }
    }
}

/// Words that join a sentence to the one before (`同时，区教育局已…`).
const CONNECTIVES: &[&str] = &["同时", "此外", "另外"];

/// The sentence after the connective it opens with, if any.
fn after_connective(s: &str) -> &str {
    CONNECTIVES
        .iter()
        .find_map(|w| s.strip_prefix(w)?.strip_prefix(['，', ',']))
        .unwrap_or(s)
}

/// The units joined to the doers of `s` by a joiner word right after the
/// last of them, `last` (`…人事科已会同纪检监察室对…` → `纪检监察室`).
fn partners_after(s: &str, last: &str) -> Vec<String> {
    let Some(rest) = s.find(last).map(|at| &s[at + last.len()..]) else {
        return Vec::new();
    };
    let rest = rest.strip_prefix('已').unwrap_or(rest);
    let Some(rest) = JOINERS.iter().find_map(|j| rest.strip_prefix(j)) else {
        return Vec::new();
    };
    partners(rest)
}

/// The units or departments `rest`, the words after a joiner (`会同`),
/// opens with: right before what they did together (`镇规划建设办完成全镇…`,
/// not a name up to `全镇`), else as a run of names ends (`纪检监察室逐人
/// 核实`).
fn partners(rest: &str) -> Vec<String> {
    department_subjects(rest).unwrap_or_else(|| {
        let orig: Vec<char> = rest.chars().collect();
        names_run(&norm_chars(rest), &orig, 0).0
    })
}

/// The units that a sentence of `text` saying where the work stands now
/// opens with (`目前，云湾区自然资源局、云湾区税务局已整改完毕。`), in a
/// text with no report key: the first such sentence's, split at `、`.
pub(crate) fn current_subjects(text: &str) -> Vec<String> {
    text.split(['。', '；', '\n'])
        .filter_map(|s| after_time_lead(crate::text::trim(s)))
        .find_map(sentence_subjects)
        .unwrap_or_default()
}

/// The units the first sentence of `text` opens with as the ones that did
/// the work (`市财政局已在2024年市级预算编制中…`), after a finding stated
/// in a sentence of its own: split at `、`; none when it does not.
pub(crate) fn opening_subjects(text: &str) -> Vec<String> {
    text.split(['。', '；', '\n'])
        .map(crate::text::trim)
        .find(|s| !s.is_empty() && !is_state_tag_line(s))
        .map(|s| match after_shi(s) {
            // `一是…；二是厅耕地保护监督处对…`: measures listed inline, each
            // clause after its `N是` opened by those who did it.
            Some(_) => listed_doers(text),
            None => doers_with_partners(s),
        })
        .unwrap_or_default()
}

/// The units the first paragraph after a problem's own opens with as the
/// ones that did the work (`1.村务公开不及时。巡察发现，…` › `柳湾村村委会已对
/// …进行全面梳理`), with those they worked with; none when no later
/// paragraph opens so.
pub(crate) fn later_paragraph_subjects(text: &str) -> Vec<String> {
    text.split("\n\n")
        .skip(1)
        .filter_map(|p| crate::text::trim(p).split(['。', '；', '\n']).next())
        .map(|s| doers_with_partners(after_connective(crate::text::trim(s))))
        .find(|names| !names.is_empty())
        .unwrap_or_default()
}

/// The clause after the `一是`/`二是` it opens with, if it does.
fn after_shi(s: &str) -> Option<&str> {
    let mut chars = s.char_indices();
    let (_, first) = chars.next()?;
    let (at, second) = chars.next()?;
    (crate::text::is_cn_numeral(first) && second == '是').then(|| &s[at + second.len_utf8()..])
}

/// The doers of each measure listed inline (`一是…；二是…`), in order, each
/// once.
fn listed_doers(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for clause in text.split(['。', '；', ';', '\n']).map(crate::text::trim) {
        let Some(rest) = after_shi(clause) else {
            continue;
        };
        push_new(&mut out, doers_with_partners(rest));
    }
    out
}

/// The units `s` opens with as those who did the work ([`doers`], one
/// department alone too), with those they worked with (`镇财政所会同镇民政办
/// 对…` → both).
fn doers_with_partners(s: &str) -> Vec<String> {
    let Some(names) = doers(s, true) else {
        return Vec::new();
    };
    let partners = partners_after(s, names.last().map_or("", String::as_str));
    let mut out = Vec::new();
    push_new(&mut out, names.into_iter().chain(partners));
    out
}

/// The most characters of a line that only tags the state (`✅ 已完成`,
/// `【推进中】`), its marks left out.
const MAX_TAG_LINE_CHARS: usize = 6;

/// A line that only tags the state above the text (`✅ 已完成`): a few
/// words, no unit's, between marks.
fn is_state_tag_line(s: &str) -> bool {
    let words: String = s
        .chars()
        .filter(|&c| crate::text::chars::is_han(c))
        .collect();
    let marked =
        s.chars().any(crate::text::chars::is_pictograph) || s.starts_with(['【', '（', '(']);
    marked && words.chars().count() <= MAX_TAG_LINE_CHARS
}

/// The most characters of the clause naming the finding a sentence answers
/// (`针对第三个问题，`).
const MAX_ANSWERED_CHARS: usize = 30;

/// The sentence after the clause naming the finding it answers
/// (`针对第三个问题，水政监察大队已…` → `水政监察大队已…`).
fn after_answered_finding(s: &str) -> Option<&str> {
    let rest = s.strip_prefix("针对")?;
    // A quoted finding's own commas are inside its quote (`针对“…不够，
    // 部分…”问题，`).
    let quote_end = rest
        .strip_prefix('“')
        .and_then(|q| q.find('”'))
        .map_or(0, |at| at + '“'.len_utf8());
    let comma = quote_end + rest[quote_end..].find(['，', ','])?;
    let (clause, after) = (&rest[..comma], &rest[comma..]);
    let after = after.trim_start_matches(['，', ',']);
    // `针对市审计局指出的专项资金结余未及时清理、…等问题，`: a finding
    // restated at length, ending as one.
    let most = if clause.ends_with("问题") {
        MAX_RESTATED_CHARS
    } else {
        MAX_ANSWERED_CHARS
    };
    (clause.chars().count() <= most).then_some(after)
}

/// The most characters of the clause restating the finding a sentence
/// answers (`针对…等问题，`).
const MAX_RESTATED_CHARS: usize = 80;

/// The sentence after the words of time it opens with (`目前，`).
fn after_time_lead(s: &str) -> Option<&str> {
    TIME_LEADS
        .iter()
        .find_map(|w| s.strip_prefix(w)?.strip_prefix(['，', ',']))
        .or_else(|| after_date_lead(s))
}

/// The sentence after a clause that is only the date the work was done
/// (`2025年9月18日，县水利局已将…全部上缴`).
fn after_date_lead(s: &str) -> Option<&str> {
    let (date, rest) = s.split_once(['，', ','])?;
    let n = norm_chars(date);
    let (_, end) = date_at(&n, 0)?;
    (end == n.len()).then_some(rest)
}

fn sentence_subjects(s: &str) -> Option<Vec<String>> {
    subjects(s, UNIT_ENDINGS)
}

/// The names `s` opens with, split at `、`, before one of
/// [`SUBJECT_VERBS`]: each ends as one of `endings`.
fn subjects(s: &str, endings: &[&str]) -> Option<Vec<String>> {
    let s = after_time_lead(s).unwrap_or(s);
    let s = after_answered_finding(s).unwrap_or(s);
    let s = after_self_reference(s);
    let head: String = s.chars().take(MAX_SUBJECT_CHARS).collect();
    // Where the first verb goes on from a unit's name.
    let at = head.char_indices().find_map(|(b, _)| {
        let rest = &head[b..];
        let before = &head[..b];
        // `县人民医院牵头的医共体…`: a verb said of something else.
        // `集团组织人事部对…`: `组织` naming a department is no verb.
        let department = |v: &str| {
            v == "组织"
                && (rest[v.len()..].starts_with('部') || rest[v.len()..].starts_with("人事"))
        };
        let verb = SUBJECT_VERBS
            .iter()
            .any(|v| rest.starts_with(v) && !rest[v.len()..].starts_with('的') && !department(v));
        (verb && endings.iter().any(|e| before.ends_with(e))).then_some(b)
    })?;
    let names: Vec<&str> = head[..at].split('、').collect();
    let named = names.iter().all(|n| {
        let len = n.chars().count();
        (MIN_UNIT_CHARS..=MAX_UNIT_CHARS).contains(&len)
            && !NOT_A_NAME_LEADS.iter().any(|w| n.starts_with(w))
            && !opens_with_organising(n)
            && !n.contains(NOT_IN_NAMES)
            && !FOUND_WORDS.iter().any(|w| n.contains(w))
            && !JOINERS.iter().any(|w| n.contains(w))
            && endings.iter().any(|e| n.ends_with(e))
            && is_bare_name(n)
    });
    named.then(|| names.into_iter().map(str::to_string).collect())
}

/// What an institution calls itself after `我` or `本` (`我院`, `本局`,
/// `我中心`).
const SELF_UNITS: &[&str] = &[
    "中心", "公司", "院", "局", "委", "校", "办", "厅", "司", "所", "站", "馆", "行",
];

/// The sentence after the issuer's name for itself, and a `由` after it,
/// when its own departments did the work (`我院设备科会同药剂科对…`,
/// `我院由党委办公室牵头，…` → `党委办公室牵头，…`).
fn after_self_reference(s: &str) -> &str {
    let Some(rest) = s.strip_prefix(['我', '本']) else {
        return s;
    };
    let Some(rest) = SELF_UNITS.iter().find_map(|u| rest.strip_prefix(u)) else {
        return s;
    };
    rest.strip_prefix('由').unwrap_or(rest)
}

/// The longest key before a keyed line's text (`我们的做法：`, characters).
const MAX_LINE_KEY_CHARS: usize = 8;

/// Owners that a keyed line's text, or the text's first line, opens with
/// as those who did the work (`我们的做法：区疾病预防控制中心对全区14个
/// 接种门诊逐一核查`): units, or two or more departments (`整改措施：财务科、
/// 审计科对…开展自查`), or one alone on a line keyed as the work done
/// (`整改措施：人事科制定…`); the first such line's. On a line keyed as the
/// work done, every sentence's ([`every_sentences_doers`]).
fn acting_subjects(text: &str) -> Vec<String> {
    text.lines()
        .enumerate()
        .filter_map(|(k, l)| {
            let l = crate::text::trim(l);
            match l.split_once(['：', ':']) {
                Some((key, rest)) if key.chars().count() <= MAX_LINE_KEY_CHARS => {
                    Some((rest, keys_work(key)))
                }
                // A measure's own line, its key taken off (`财务科、审计科对…`).
                _ => (k == 0).then_some((l, false)),
            }
        })
        .find_map(|(rest, work)| match work {
            true => Some(every_sentences_doers(rest)).filter(|o| !o.is_empty()),
            false => doers(rest, false),
        })
        .unwrap_or_default()
}

/// The units a measure's own text opens with as those who do it, or one
/// department alone (`人事科已起草轮岗交流办法`).
pub(crate) fn measure_doers(measure: &str) -> Vec<String> {
    let first = measure.lines().next().unwrap_or_default();
    doers(crate::text::trim(first), true).unwrap_or_default()
}

/// The units `s` opens with before what they did, or two or more
/// departments; one department alone when `alone` (the line is the work's).
fn doers(s: &str, alone: bool) -> Option<Vec<String>> {
    let enough = |n: &Vec<String>| n.len() >= 2 || (alone && is_department_alone(&n[0]));
    sentence_subjects(s).or_else(|| department_subjects(s).filter(enough))
}

/// The names `s` opens with before what they did, each ending as a unit's
/// or a department's name does ([`subjects`]).
fn department_subjects(s: &str) -> Option<Vec<String>> {
    let endings: Vec<&str> = UNIT_ENDINGS
        .iter()
        .chain(DEPARTMENT_ENDINGS)
        .copied()
        .collect();
    subjects(s, &endings)
}

/// Words in a line's key that say it holds a finding, not the work done
/// (`督导指出：`, `存在问题：`).
const FINDING_KEY_WORDS: &[&str] = &["指出", "发现", "问题", "反映", "表现"];

/// A line's `key` names the work done (`整改措施`, `我们的做法`): one
/// department alone before what it did is then the one that did it.
fn keys_work(key: &str) -> bool {
    !FINDING_KEY_WORDS.iter().any(|w| key.contains(w))
}

/// How the name of a department that did the work alone ends: not `部`,
/// which ends people (`党员干部`) and what a measure sets up (`制定党支部`
/// before `组织生活清单`).
const ALONE_ENDINGS: &[&str] = &["科", "室", "处", "股"];

/// The most characters of a department's name read alone.
const MAX_ALONE_CHARS: usize = 10;

/// One department that did the work alone (`人事科制定…`): a department's
/// name of three to ten characters.
fn is_department_alone(name: &str) -> bool {
    let len = name.chars().count();
    let department = ALONE_ENDINGS.iter().any(|e| name.ends_with(e));
    ((MIN_UNIT_CHARS..=MAX_ALONE_CHARS).contains(&len)
        && (department || names_a_part_of_a_group(name)))
        || (department && len <= MAX_UNIT_CHARS && names_its_unit(name))
}

/// Units whose name opens a department's (`县农业农村局计划财务股`).
const UNITS_OF_DEPARTMENTS: &[&str] = &["局", "委", "院", "厅", "中心", "公司", "集团"];

/// A department's name that opens with its unit's (`县农业农村局计划财务股`):
/// a unit's word before the department's.
fn names_its_unit(name: &str) -> bool {
    let Some((at, _)) = name.char_indices().last() else {
        return false;
    };
    UNITS_OF_DEPARTMENTS.iter().any(|u| name[..at].contains(u))
}

/// The fewest characters of a group's department's name
/// (`集团工程管理部`: `集团`, what it manages, `部`).
const MIN_GROUP_DEPARTMENT_CHARS: usize = 5;

/// A department of a group or company named with its `部` (`集团工程管理部`,
/// `公司财务部`): not people (`党员干部`) nor a whole (`全部`).
fn names_a_part_of_a_group(name: &str) -> bool {
    ["集团", "公司"].iter().any(|g| name.starts_with(g))
        && name.ends_with('部')
        && name.chars().count() >= MIN_GROUP_DEPARTMENT_CHARS
        && !["干部", "全部", "内部", "外部", "局部", "支部"]
            .iter()
            .any(|w| name.ends_with(w))
}

/// A paragraph that opens with an owner's, a deadline's or a completion
/// date's key (`责任部门：纪委办公室、审计部`): a note on the item, not its
/// report.
pub(crate) fn is_note_paragraph(p: &str) -> bool {
    key_at(&norm_chars(p.trim()), 0)
}

/// `text` without bracketed notes that only state owners or deadlines
/// (`(责任单位:办公室;完成时限:2025年6月底)`), so that a measure whose body is
/// such a note is judged on its title.
pub(crate) fn strip_notes(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains(['(', '（', '【']) {
        return std::borrow::Cow::Borrowed(text);
    }
    let orig: Vec<char> = text.chars().collect();
    let n = norm_chars(text);
    // The next `)` and `】` at or after each position, so that unclosed
    // brackets cost nothing extra.
    let mut next_close = vec![(usize::MAX, usize::MAX); n.len() + 1];
    for i in (0..n.len()).rev() {
        let (p, b) = next_close[i + 1];
        next_close[i] = match n[i] {
            ')' => (i, b),
            '】' => (p, i),
            _ => (p, b),
        };
    }
    let mut out = String::new();
    let mut i = 0;
    while i < n.len() {
        if matches!(n[i], '(' | '【') {
            let (p, b) = next_close[i + 1];
            let close = if n[i] == '(' { p } else { b };
            if close != usize::MAX {
                let inner = run_end(&n, i + 1, is_ws);
                if key_at(&n, inner) {
                    i = close + 1;
                    continue;
                }
            }
        }
        out.push(orig[i]);
        i += 1;
    }
    std::borrow::Cow::Owned(out)
}

/// Every `key:` (or `【key】`) in `n`, in order: (key start, what it keys,
/// value start).
/// Found from the colons backwards, so the text is scanned once.
fn keys_in(n: &[char]) -> Vec<(usize, Key, usize)> {
    let mut out = Vec::new();
    for (j, &c) in n.iter().enumerate() {
        if c != ':' && c != '】' && c != '为' {
            continue;
        }
        let e = j - n[..j].iter().rev().take_while(|c| is_ws(**c)).count();
        if let Some((s, key)) = key_ending_at(n, e) {
            // `【责任部门】办公室`: a bracketed key is the whole bracket.
            let bracketed = s > 0 && n[s - 1] == '【';
            // `责任单位为县教育局基建股。`: an owner's key said in a sentence
            // of its own.
            let said = c == '为' && key == Key::Owner && opens_clause(n, s);
            if c == ':' || bracketed || said {
                out.push((s, key, j + 1));
            }
        }
    }
    out
}

/// The longest name (or names) set as owners by `明确…为…` (characters).
const MAX_NAMED_CHARS: usize = 24;

/// Owners named in a measure's sentence (`明确镇自然资源所为责任单位`,
/// `明确县财政局、县审计局为牵头单位`): the names between `明确` and `为`
/// and an owner's key that ends the clause; the first such sentence.
fn named_owners(n: &[char], orig: &[char]) -> Vec<String> {
    let clause_end = |c: char| matches!(c, ',' | '。' | ';' | '\n' | ':' | '(' | ')');
    for i in 0..n.len() {
        if !starts_at(n, i, "明确") {
            continue;
        }
        let from = i + 2;
        let to = (from..n.len().min(from + MAX_NAMED_CHARS + 1))
            .find(|&j| clause_end(n[j]) || n[j] == '为');
        let Some(at) = to.filter(|&j| n[j] == '为' && j > from) else {
            continue;
        };
        let end = (at + 1..n.len())
            .find(|&j| clause_end(n[j]))
            .unwrap_or(n.len());
        if owner_key_start(n, end) == Some(at + 1) {
            return split_owners(&slice(orig, from, at));
        }
    }
    Vec::new()
}

/// How the name of a department inside a unit ends (`医务科`, `护理部`,
/// `纪检监察室`, `财务处`, `基建股`).
const DEPARTMENT_ENDINGS: &[&str] = &["科", "部", "室", "处", "股", "组"];

/// Words after names that open their clause saying those units do the
/// work: lead it, do it together or answer for it in a clause of its own
/// (`党建工作科牵头开展…`, `医务科、护理部联合开展…`, `党建工作科、医务科
/// 共同推进…`, `局办公室负责，修订…`), or organise it as given (`由局机关
/// 党委组织开展…`).
const LEAD_VERBS: &[&str] = &["牵头", "共同", "联合", "会同", "负责", "组织"];

/// Owners a sentence says lead the work (`由药学部、设备物资科牵头，…`,
/// `医务科、护理部联合开展…`): the names before a [`LEAD_VERBS`] word that
/// open a clause (after `由`), each a unit's or a department's, and those
/// that assist the lead (`由门诊部牵头、信息中心配合`); the first such
/// clause. Looked back at most [`MAX_NAMED_CHARS`] characters from each word.
fn leading_owners(n: &[char], orig: &[char]) -> Vec<String> {
    for i in 0..n.len() {
        let Some(verb) = LEAD_VERBS.iter().find(|v| starts_at(n, i, v)) else {
            continue;
        };
        // `县人民医院牵头的医共体…`: a unit that leads something else, said
        // of it, not the work's lead.
        if n.get(i + verb.chars().count()) == Some(&'的') {
            continue;
        }
        // `由耕地保护股、执法监察大队具体负责`: how they lead it.
        let names_end = ADVERBS_BEFORE_LEAD
            .iter()
            .find(|a| i >= 2 && starts_at(n, i - 2, a))
            .map_or(i, |_| i - 2);
        let Some((mut names, led)) = names_opening_clause(n, orig, names_end) else {
            continue;
        };
        // `局办公室负责，修订…`, `…、区文化馆负责。`: answering for the
        // work, a clause of its own (not `办公室负责日常协调`, a role);
        // brought in by `由`, any work (`由局办公室负责重新修订…`).
        let clause_ends = matches!(n.get(i + 2), None | Some(',' | '。' | ';' | '\n'));
        // `由办公室具体负责：一是…`: bringing in a list, no owner's clause.
        let brings_in = n.get(i + 2) == Some(&':');
        if *verb == "负责" && ((!clause_ends && !led) || brings_in) {
            continue;
        }
        // `由局机关党委组织开展…`: organising the work it is given (not
        // `由局机关党委对各党支部组织…`, a sentence's words).
        if *verb == "组织" && (!led || names.iter().any(|x| x.contains('对'))) {
            continue;
        }
        // `由集团党委组织部牵头`: a department named `组织部`, no verb.
        let organising_department = n.get(i + 2) == Some(&'部') || starts_at(n, i + 2, "人事");
        if *verb == "组织" && organising_department {
            continue;
        }
        // `街道联合…`, `中心会同…`: a two-character name doing the work with
        // others is the notice's own writer more often than an owner.
        if *verb != "牵头" && names.iter().any(|x| x.chars().count() < MIN_UNIT_CHARS) {
            continue;
        }
        if *verb == "牵头" {
            names.extend(assisting_owners(n, orig, i + 2));
        }
        // `镇财政所会同镇民政办对…`: those they worked with.
        if JOINERS.contains(verb) {
            let after = partners(&slice(orig, i + verb.chars().count(), n.len()));
            names.extend(
                after
                    .into_iter()
                    .filter(|p| !names.contains(p))
                    .collect::<Vec<_>>(),
            );
        }
        return names;
    }
    Vec::new()
}

/// The units or departments named from the start of the clause (after
/// `由`) up to `i`, and whether `由` brought them in.
fn names_opening_clause(n: &[char], orig: &[char], i: usize) -> Option<(Vec<String>, bool)> {
    let boundary = |c: char| matches!(c, ',' | '。' | ';' | '\n' | ':' | '(' | ')' | '】');
    let window = i.saturating_sub(MAX_NAMED_CHARS + 1);
    let start = match (window..i).rev().find(|&j| boundary(n[j])) {
        Some(j) => j + 1,
        None if window == 0 => 0,
        None => return None,
    };
    let start = after_number(n, start, i);
    // `此项工作由党委组织部牵头`: the work named before `由`, briefly;
    // `并由局办公室牵头`: a conjunction.
    let start = (start..i)
        .find(|&j| n[j] == '由')
        .filter(|&j| {
            let before = &n[start..j];
            j > start
                && j - start <= MAX_WORK_BEFORE_BY
                && (names_the_work(before)
                    || joins_clauses(before)
                    // `第二批检查由法规股负责`: no unit before `由` (nor
                    // items by number, `第3项由餐饮股负责`).
                    || (department_names(&before.iter().collect::<String>()).is_none()
                        && !before.last().is_some_and(|c| "项条个点题".contains(*c))))
        })
        .unwrap_or(start);
    let led = starts_at(n, start, "由");
    let from = start + usize::from(led);
    let names = (from < i).then(|| department_names(&slice(orig, from, i)))??;
    Some((names, led))
}

/// Words that say how the units named lead the work (`具体负责`).
const ADVERBS_BEFORE_LEAD: &[&str] = &["具体", "主要", "统一", "全面", "统筹"];

/// Words that join a clause to the one before it (`并由…`, `同时由…`).
fn joins_clauses(words: &[char]) -> bool {
    let w: String = words.iter().collect();
    ["并", "再", "另", "均", "同时", "并且", "另外"].contains(&w.as_str())
}

/// The most characters naming the work before `由` (`此项工作由…牵头`).
const MAX_WORK_BEFORE_BY: usize = 6;

/// Words that name the work itself before `由` (`此项工作`, `该问题`,
/// `整改任务`), not a unit.
fn names_the_work(words: &[char]) -> bool {
    let w: String = words.iter().collect();
    ["工作", "问题", "任务", "整改", "事项"]
        .iter()
        .any(|e| w.ends_with(e))
}

/// Where a clause at `start` begins after the number it may open with
/// (`4.由计划财务股牵头`: a report numbered as its finding is; `③由…`), before
/// `i`.
fn after_number(n: &[char], start: usize, i: usize) -> usize {
    // `③由计划财务股、机关纪委联合开展…`: a measure's circled number.
    if start < i && ('\u{2460}'..='\u{2473}').contains(&n[start]) {
        return start + 1;
    }
    // `一是厅自然资源开发利用处牵头…`: a measure's `一是`.
    if start + 2 < i && crate::text::is_cn_numeral(n[start]) && n[start + 1] == '是' {
        return start + 2;
    }
    let digits = (start..i).take_while(|&j| n[j].is_ascii_digit()).count();
    let mark = start + digits;
    match n.get(mark) {
        Some('.' | '、') if digits > 0 && mark < i => mark + 1,
        _ => start,
    }
}

/// The units named right after a lead's `牵头` as assisting it
/// (`、信息中心配合`, `，财务科、审计科配合`, `，会同县消防救援大队开展…`).
fn assisting_owners(n: &[char], orig: &[char], at: usize) -> Vec<String> {
    if !matches!(n.get(at), Some('、' | ',')) {
        return Vec::new();
    }
    // `，会同县消防救援大队开展…`: the units the lead works with.
    if let Some(j) = JOINERS.iter().find(|j| starts_at(n, at + 1, j)) {
        return names_run(n, orig, at + 1 + j.chars().count()).0;
    }
    // `，财务科配合`, `，县城投集团具体落实`, `，镇农办负责实施`: those who
    // do the work the lead leads.
    let end = (at + 1..n.len().min(at + 2 + MAX_NAMED_CHARS))
        .find(|&j| ASSISTING.iter().any(|w| starts_at(n, j, w)));
    end.and_then(|e| department_names(&slice(orig, at + 1, e)))
        .unwrap_or_default()
}

/// Words after the units that work under a lead (`配合`, `具体落实`).
const ASSISTING: &[&str] = &["配合", "协助", "具体", "负责落实", "负责实施"];

/// Words that join a unit to the one before it in doing the work
/// (`河口乡会同县交通运输局对…`).
const JOINERS: &[&str] = &["会同", "联合", "协同"];

/// Words that open a clause demanding the work of the units after them
/// (`责成青石镇人民政府限15个工作日内…`, `请青石镇应急管理办公室会同…`,
/// `限桃源镇人民政府会同…`, `要求龙溪乡于…`).
const DEMAND_LEADS: &[&str] = &["责成", "要求", "请", "限"];

/// Words that say what a unit must do (`城关镇市场监管所、镇应急办要逐户
/// 排查`); not `应急`. Not `需`: `…所需` is a word.
const MODALS: &[&str] = &["要", "须", "应"];

/// One of [`MODALS`] at `e` of `n`, not the start of `应急`.
fn modal_at(n: &[char], e: usize) -> bool {
    MODALS.iter().any(|m| starts_at(n, e, m)) && n.get(e + 1) != Some(&'急')
}

/// Words that go on from a unit's name in a demand or a joined subject:
/// what it does, when or how.
const AFTER_NAME: &[&str] = &[
    "对", "在", "于", "限", "按", "立即", "开展", "加强", "完成", "进行", "组织", "督促", "负责",
    "落实", "建立", "制定", "牵头", "抓紧", "尽快", "切实", "全面", "逐", "做好", "及时", "共同",
    "将", "已", "认真", "研究",
];

/// Words that open a role, not a name (`责任科室`, `相关单位`).
const ROLE_WORDS: &[&str] = &["责任", "相关", "有关", "牵头", "涉及", "所属"];

/// A unit's name may end at `e` of `n`: what follows goes on from a name.
fn name_may_end(n: &[char], e: usize) -> bool {
    let modal = modal_at(n, e);
    match n.get(e) {
        None => true,
        Some(&c) if c.is_ascii_digit() || matches!(c, '、' | ',' | '。' | ';' | ':' | '\n') => {
            true
        }
        Some(_) => {
            modal
                || JOINERS.iter().any(|j| starts_at(n, e, j))
                || AFTER_NAME.iter().any(|w| starts_at(n, e, w))
        }
    }
}

/// The names from `from` joined by `、` or a joiner word (`会同`, after a
/// modal too: `柳林乡要会同县公安局交警大队加强督导`): each the longest
/// unit's, place's or department's name that something a name goes on
/// with follows. With whether a joiner word joined two, and where the run
/// ends.
fn names_run(n: &[char], orig: &[char], from: usize) -> (Vec<String>, bool, usize) {
    let (mut names, mut joined, mut at) = (Vec::new(), false, from);
    loop {
        let stop = (at..n.len().min(at + MAX_UNIT_CHARS + 1))
            .find(|&j| is_ws(n[j]) || matches!(n[j], '、' | ',' | '。' | ';' | ':' | '\n'))
            .unwrap_or(n.len().min(at + MAX_UNIT_CHARS + 1));
        let name = (at + MIN_UNIT_CHARS..=stop).rev().find_map(|e| {
            let name = slice(orig, at, e);
            // `河口乡会同县交通运输局`: two names joined, not one; `已与市中级
            // 人民法院`, `各乡镇`, `我中心`: no unit's name.
            let unit = (names_a_unit(&name) || names_a_department(&name))
                && !JOINERS.iter().any(|j| name.contains(j))
                && !NOT_A_NAME_LEADS.iter().any(|w| name.starts_with(w))
                && !name.contains(NOT_IN_NAMES)
                && !name.contains('与')
                && !ROLE_WORDS.iter().any(|w| name.starts_with(w))
                && !is_self_reference(&name);
            (unit && name_may_end(n, e)).then_some((name, e))
        });
        let Some((name, e)) = name else { break };
        names.push(name);
        let modal = usize::from(modal_at(n, e));
        if n.get(e) == Some(&'、') {
            at = e + 1;
        } else if let Some(j) = JOINERS.iter().find(|j| starts_at(n, e + modal, j)) {
            joined = true;
            at = e + modal + j.chars().count();
        } else {
            return (names, joined, e);
        }
    }
    // `…内部协同机制`: a joiner word with no name after it joins nothing.
    let joined = joined && names.len() >= 2;
    (names, joined, at)
}

/// Owners a clause names as those who must do the work: after a word of
/// demand (`责成青石镇人民政府、县水利局限…`, `请青石镇应急管理办公室会同县应急
/// 管理局限…`), or at its opening with a unit joined to them (`河口乡会同县
/// 交通运输局对…`) or a modal after them (`青石镇安监站要督促企业…`); the
/// first such clause's.
fn demanded_owners(n: &[char], orig: &[char]) -> Vec<String> {
    // A sentence's or a keyed value's start; a demand after a comma too
    // (`…不熟悉，责成…`), but not a name after one (`…，强调会计师事务所
    // 要…`: the notice's own words go on).
    let opens_sentence = |s: usize| s == 0 || matches!(n[s - 1], '。' | ';' | '\n' | ':');
    for s in (0..n.len()).filter(|&s| opens_clause(n, s) || opens_sentence(s)) {
        let lead = DEMAND_LEADS.iter().find(|l| starts_at(n, s, l));
        if lead.is_none() && !opens_sentence(s) {
            continue;
        }
        let from = s + lead.map_or(0, |l| l.chars().count());
        let (names, joined, end) = names_run(n, orig, from);
        if names.is_empty() {
            continue;
        }
        let modal = modal_at(n, end);
        if lead.is_some() || joined || modal {
            return names;
        }
    }
    Vec::new()
}

/// Owners named alone in brackets at the very end of the text
/// (`…实行“一人一号”实名管理（信息股）`, `（基金监管股、待遇保障股）`): each
/// name a unit's or a department's.
fn closing_owners(n: &[char], orig: &[char]) -> Vec<String> {
    let end = n.len()
        - n.iter()
            .rev()
            .take_while(|&&c| is_ws(c) || c == '。')
            .count();
    if end == 0 || n[end - 1] != ')' {
        return Vec::new();
    }
    let Some(open) = n[..end - 1].iter().rposition(|&c| c == '(') else {
        return Vec::new();
    };
    department_names(&slice(orig, open + 1, end - 1)).unwrap_or_default()
}

/// `text` split at `、` into names, when each is a unit's or a department's.
fn department_names(text: &str) -> Option<Vec<String>> {
    let names: Option<Vec<String>> = split_names(text)
        .into_iter()
        .flat_map(joined_by_and)
        .map(|x| match person_after_post(&x) {
            _ if names_a_department(&x) => Some(x),
            Some(person) => Some(person.to_string()),
            None => None,
        })
        .collect();
    names.filter(|n| !n.is_empty())
}

/// The person named right after a post, glued to it (`局党组副书记张某某`
/// → `张某某`, `副院长李某某` → `李某某`).
fn person_after_post(name: &str) -> Option<&str> {
    let end = POSTS
        .iter()
        .filter_map(|p| name.rfind(p).map(|at| at + p.len()))
        .max()?;
    let person = &name[end..];
    is_person(person).then_some(person)
}

/// Common surnames: a person's name after a post opens with one (`张某某`,
/// `王伟`), where other words do not (`每年`).
const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘\
    于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺\
    顾毛郝龚邵万钱严覃武戴莫孔向汤欧阳";

/// A person's name as a post is followed by: two or three characters of
/// Han opening with a surname (or masked, `某某`), neither a department nor
/// a post.
fn is_person(name: &str) -> bool {
    (2..=3).contains(&name.chars().count())
        && name.chars().all(crate::text::chars::is_han)
        && name.chars().next().is_some_and(|c| SURNAMES.contains(c))
        && !names_a_department(name)
        && !is_bare_post(name)
}

/// Two names joined by `和` or `及` (`县社保中心和局信息中心`), each a
/// unit's or a department's, apart; one name otherwise (`县人力资源和社会
/// 保障局`: `县人力资源` names none).
fn joined_by_and(name: String) -> Vec<String> {
    let split = name.char_indices().find_map(|(k, c)| {
        let (a, b) = (&name[..k], &name[k + c.len_utf8()..]);
        (matches!(c, '和' | '及') && names_a_department(a) && names_a_department(b))
            .then(|| vec![a.to_string(), b.to_string()])
    });
    split.unwrap_or_else(|| vec![name])
}

/// A name without figures or punctuation (`市住建局`, not `3个乡镇`,
/// `办公室（人事科）`).
fn is_bare_name(name: &str) -> bool {
    // `村“两委”`: the quoted word is the body's name.
    let name = name.strip_suffix("“两委”").unwrap_or(name);
    !name.contains(|c: char| {
        c.is_ascii_digit() || c.is_ascii_punctuation() || "，。、；：（）“”【】".contains(c)
    })
}

/// `name` is a unit's or a department's: short, no figures or punctuation,
/// ending as one does, not opening as a sentence does (`对…`).
fn names_a_department(name: &str) -> bool {
    let len = name.chars().count();
    (2..=MAX_UNIT_CHARS).contains(&len)
        && !NOT_A_NAME_LEADS.iter().any(|w| name.starts_with(w))
        && !is_self_reference(name)
        && is_bare_name(name)
        && UNIT_ENDINGS
            .iter()
            .chain(DEPARTMENT_ENDINGS)
            .chain(VILLAGE_ENDINGS)
            .any(|e| name.ends_with(e))
}

/// The writer naming itself (`我局`, `我中心`, `本院`), not an owner.
fn is_self_reference(name: &str) -> bool {
    let rest = |p: &str| name.strip_prefix(p);
    let ending = |r: &str| {
        UNIT_ENDINGS
            .iter()
            .chain(DEPARTMENT_ENDINGS)
            .any(|e| *e == r)
    };
    rest("我").is_some() || rest("本").is_some_and(|r| ending(r) || r == "单位" || r == "部门")
}

/// `n[s..]` opens the text or a clause.
fn opens_clause(n: &[char], s: usize) -> bool {
    // `整改情况：责任单位为县农机服务中心，…`: a report's value opens one.
    let opens = |s: usize| s == 0 || matches!(n[s - 1], '。' | ';' | ',' | '\n' | '(' | ':');
    // `该问题牵头科室为基建办`, `该问题的责任单位为…`: after the item named.
    let item_named = |s: usize| {
        let s = if s >= 1 && n[s - 1] == '的' {
            s - 1
        } else {
            s
        };
        let s = if s >= 2 && starts_at(n, s - 2, "问题") {
            s - 2
        } else {
            s
        };
        ["该项", "此项", "该", "此"].iter().any(|w| {
            let l = w.chars().count();
            s >= l && starts_at(n, s - l, w) && opens(s - l)
        })
    };
    opens(s) || item_named(s)
}

/// Owners, deadline and completion date stated in `text`.
pub(crate) fn extract(text: &str) -> Stated {
    let n = norm_chars(text);
    let mut out = Stated::default();
    let orig: Vec<char> = text.chars().collect();
    let keys = keys_in(&n);
    for (k, &(_, key, vs)) in keys.iter().enumerate() {
        // The value runs to the end of the clause, of its table cell
        // (`责任单位:市财政局 | 已完成`, `…⇥已完成`) or to the next key.
        let next = keys.get(k + 1).map_or(n.len(), |x| x.0);
        let mut ve = value_end(&n, vs, next);
        if key == Key::Owner {
            ve = owners_run_on(&n, &orig, ve, next);
        }
        let value = slice(&orig, vs, ve);
        // `镇财政所（责任人：陈某某）`: the bracket that holds the next key
        // is no part of this value.
        let value = value.trim_matches(|c: char| {
            is_ws(c)
                || matches!(c, ',' | '，' | '、' | '|' | '｜')
                || (ve == next && matches!(c, '（' | '('))
        });
        match key {
            // `责任人：第1、2项由食品股负责，…`: owners given problems by
            // number (`covering_notes`), not the owners of this text.
            Key::Owner if assigns_by_number(value) => {}
            Key::Owner => {
                push_new(&mut out.owners, split_owners(value));
            }
            Key::Deadline if out.deadline.is_none() => {
                // `整改时限：分步推进，力争于2024年12月31日前全部完成`: the
                // plan's date in a value that opens with how.
                let dated = |d: &String| crate::calendar::ymd(d).is_some();
                out.deadline = deadline_value(value)
                    .filter(dated)
                    .or_else(|| planned_deadline(value))
                    .or_else(|| deadline_value(value));
                out.deadline_long_term = is_long_term(value);
            }
            Key::Completed if out.completed_on.is_none() => {
                out.completed_on = completed_value(value)
            }
            _ => {}
        }
    }
    if out.owners.is_empty() {
        out.owners = named_owners(&n, &orig);
    }
    if out.owners.is_empty() {
        out.owners = leading_owners(&n, &orig);
    }
    if out.owners.is_empty() {
        out.owners = closing_owners(&n, &orig);
    }
    if out.owners.is_empty() {
        out.owners = demanded_owners(&n, &orig);
    }
    if out.owners.is_empty() {
        out.owners = acting_subjects(text);
    }
    if out.deadline.is_none() {
        out.deadline = bracketed_date_before(&n);
    }
    if out.deadline.is_none() {
        'scan: for (i, &c) in n.iter().enumerate() {
            let close = match c {
                '(' => ')',
                '【' => '】',
                _ => continue,
            };
            for p in DEADLINE_PHRASES {
                let l = p.chars().count();
                if starts_at(&n, i + 1, p) && n.get(i + 1 + l) == Some(&close) {
                    out.deadline = Some(p.to_string());
                    break 'scan;
                }
            }
        }
    }
    out
}

/// The longest bracket read as owners and a date (`（组织办、人力资源和社会
/// 保障服务中心，2026年12月底前）`; characters).
const MAX_OWNED_DATE_CHARS: usize = 40;

/// The longest bracket read as a date alone (characters).
const MAX_BRACKETED_DATE_CHARS: usize = 14;

/// A bracket holding only a dated day or month and `前` (`🔄推进中
/// （2025.12.31前）`, `（2026年3月底前）`), or ending on one after the
/// owners (`—— 正在整改（社区治理办，2026年5月底前）`): the time allowed,
/// as the state notes of a phone article or a short list print it.
fn bracketed_date_before(n: &[char]) -> Option<String> {
    let mut from = 0;
    while let Some(k) = n[from..].iter().position(|&c| c == '(') {
        let open = from + k;
        from = open + 1;
        let Some(len) = n[open + 1..]
            .iter()
            .take(MAX_OWNED_DATE_CHARS + 1)
            .position(|&c| c == ')')
        else {
            continue;
        };
        let whole: String = n[open + 1..open + 1 + len].iter().collect();
        // `（社区治理办，2026年5月底前）`: the owners, then the date.
        let inner = whole.rsplit(',').next().unwrap_or(&whole).to_string();
        if inner.chars().count() > MAX_BRACKETED_DATE_CHARS {
            continue;
        }
        let dated = inner.trim().ends_with('前')
            && inner.chars().next().is_some_and(|c| c.is_ascii_digit());
        if let Some(d) = dated.then(|| deadline_value(&inner)).flatten() {
            // An ISO date, not the phrase given back as printed.
            if d.len() == 10 && d.as_bytes()[4] == b'-' {
                return Some(d);
            }
        }
    }
    None
}

/// Where a list of owners ends that `value_end` ended at `ve`: past each
/// `；` followed by a clause of owners alone (`财务科；审计科`,
/// `陈某某（副局长）；赵某某（四级调研员）`), before `next`.
fn owners_run_on(n: &[char], orig: &[char], mut ve: usize, next: usize) -> usize {
    while ve < next && n[ve] == ';' {
        let e = value_end(n, ve + 1, next);
        let clause = slice(orig, ve + 1, e);
        let names = split_names(&clause);
        // `副总经理 王某某`: a person printed after their post is an owner
        // alone too.
        let few = names.len() <= MAX_PERSONS_RUN_ON;
        let alone =
            |o: &String| owner_alone(o) || (few && is_person(o) && after_a_post(&clause, o));
        if names.is_empty() || !names.iter().all(alone) {
            break;
        }
        ve = e;
    }
    ve
}

/// The most names in a clause after `；` read as persons after their posts
/// (each is looked for in the clause: a few, not a hostile run).
const MAX_PERSONS_RUN_ON: usize = 8;

/// `name` is printed right after a post in `clause` (`副总经理 王某某`).
fn after_a_post(clause: &str, name: &str) -> bool {
    clause.find(name).is_some_and(|at| {
        let before = clause[..at].trim_end();
        POSTS.iter().any(|p| before.ends_with(p))
    })
}

/// A name read alone as an owner in a list: a unit's, a department's, or
/// a person's with their post in brackets (`赵某某（四级调研员）`).
fn owner_alone(name: &str) -> bool {
    let person = name
        .split_once(['（', '('])
        .is_some_and(|(who, _)| is_person_name(who) && name.ends_with(['）', ')']));
    names_a_unit(name) || is_department_alone(name) || person
}

/// Two to four Chinese characters, as a person's name is printed.
fn is_person_name(who: &str) -> bool {
    let len = who.chars().count();
    (2..=4).contains(&len) && who.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// Where a key's value that starts at `vs` ends, before `next`: at the
/// clause's end, its table cell's, or the `)` that closes the note it is
/// in — not one that closes a bracket of its own (`各县（区）人民政府`).
fn value_end(n: &[char], vs: usize, next: usize) -> usize {
    let mut open = 0usize;
    for (i, &c) in n.iter().enumerate().take(next).skip(vs) {
        // `责任单位:局办公室.(已完成)`: an ASCII full stop ends it too, as
        // a text whose punctuation a tool made ASCII prints it (not a
        // decimal's point).
        let full_stop = c == '.' && !n.get(i + 1).is_some_and(char::is_ascii_digit);
        match c {
            '(' => open += 1,
            ')' if open > 0 => open -= 1,
            _ if full_stop => return i,
            ';' | '。' | ')' | '\n' | '】' | '【' | '|' | '\t' => return i,
            _ => {}
        }
    }
    next
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bracketed_date_before_is_the_deadline() {
        assert_eq!(
            extract("🔄推进中（2025.12.31前）").deadline.as_deref(),
            Some("2025-12-31")
        );
        assert_eq!(
            extract("🔄推进中 （2026年3月底前）  责任单位：物业管理科")
                .deadline
                .as_deref(),
            Some("2026-03-31")
        );
        // A year alone, or a date with more words, is no such note.
        assert_eq!(extract("（2024年以前）").deadline, None);
        assert_eq!(extract("已完成（2025年6月完成验收）").deadline, None);
    }

    #[test]
    fn verbs_of_a_part_after_a_name_are_no_part_of_it() {
        assert_eq!(
            split_owners("区卫生健康局、区文化旅游局，区财政局负责督促"),
            ["区卫生健康局", "区文化旅游局", "区财政局"]
        );
        assert_eq!(
            split_owners("供应链管理中心、审计部，计划于2024年6月底前完成全部整改任务"),
            ["供应链管理中心", "审计部"]
        );
        assert_eq!(split_owners("办公室，已完成"), ["办公室"]);
        assert_eq!(split_owners("财务科，审计科"), ["财务科", "审计科"]);
        assert_eq!(split_owners("办公室，计划财务科"), ["办公室", "计划财务科"]);
        // Posts joined before a name, a note of other fields after it.
        assert_eq!(
            split_owners("市自然资源局党组成员、副局长 韩某某"),
            ["韩某某"]
        );
        assert_eq!(
            split_owners("种植业管理科科长 罗某某（整改状态：已销号）"),
            ["罗某某"]
        );
        assert_eq!(
            split_owners("教学指导中心、办公室牵头"),
            ["教学指导中心", "办公室"]
        );
    }

    #[test]
    fn owners_given_by_number_are_no_owners_of_the_text() {
        assert!(
            extract("责任人：第1、2、7项由食品流通股负责，第3项由餐饮股负责。")
                .owners
                .is_empty()
        );
    }

    #[test]
    fn the_posts_of_a_person_named_are_no_owners() {
        assert_eq!(
            extract("责任领导：党组书记、局长 李某某；责任科室：局办公室").owners,
            ["李某某", "局办公室"]
        );
        assert_eq!(extract("责任领导：纪检组长 王某某").owners, ["王某某"]);
        // Another field after the names; a village's post.
        assert_eq!(
            extract("责任人：村委会主任 张某某，整改情况：已整改。").owners,
            ["张某某"]
        );
        assert_eq!(extract("责任人：村会计 李某某").owners, ["李某某"]);
        assert_eq!(
            extract("责任人：副厅长 王某某、总工程师 刘某某").owners,
            ["王某某", "刘某某"]
        );
        assert_eq!(extract("整改责任人：财务总监 陈某某").owners, ["陈某某"]);
        // A phone article's state mark after the names.
        assert_eq!(
            extract("责任单位：党政办公室、财政办 ✅已完成").owners,
            ["党政办公室", "财政办"]
        );
        assert_eq!(
            extract("责任单位：街道纪工委✅已完成").owners,
            ["街道纪工委"]
        );
        // The post glued before the name.
        assert_eq!(
            extract("牵头领导：厅党组书记、厅长王某某；责任单位：厅办公室、机关党委").owners,
            ["王某某", "厅办公室", "机关党委"]
        );
        // A place's posts held by one person, joined by `、`.
        assert_eq!(
            extract("责任人：镇党委委员、副镇长李某某，镇财政所所长陈某某").owners,
            ["李某某", "陈某某"]
        );
        assert_eq!(
            extract("责任人：镇党委副书记、镇长吴某某").owners,
            ["吴某某"]
        );
        assert_eq!(
            extract("责任领导：局党组书记、局长 某某某").owners,
            ["某某某"]
        );
        // A post alone is who answers for it; a person by post is a person.
        assert_eq!(extract("责任领导：分管副局长").owners, ["分管副局长"]);
        assert_eq!(
            extract("责任领导：张局长、办公室").owners,
            ["张局长", "办公室"]
        );
        assert_eq!(
            extract("（责任人：社会事业促进股股长 周某某）").owners,
            ["周某某"]
        );
        // Units apart by spaces stay.
        assert_eq!(
            extract("责任单位：办公室 财务科").owners,
            ["办公室", "财务科"]
        );
    }

    #[test]
    fn those_doing_the_work_a_lead_leads_are_owners() {
        assert_eq!(
            extract("整改情况：县国资办牵头，县城投集团具体落实，盘活资产620万元。").owners,
            ["县国资办", "县城投集团"]
        );
    }

    #[test]
    fn units_joined_by_and_doing_the_work_are_apart() {
        assert_eq!(
            extract("县社保中心和局信息中心联合开展数据清理专项行动。").owners,
            ["县社保中心", "局信息中心"]
        );
        assert_eq!(
            extract("县人力资源和社会保障局牵头开展专项检查。").owners,
            ["县人力资源和社会保障局"]
        );
    }

    #[test]
    fn a_part_of_a_month_ends_on_its_last_day() {
        assert_eq!(
            deadline_value("2025年10月中旬").as_deref(),
            Some("2025-10-20")
        );
        assert_eq!(
            deadline_value("2025年10月上旬前").as_deref(),
            Some("2025-10-10")
        );
        assert_eq!(
            deadline_value("2025年2月下旬").as_deref(),
            Some("2025-02-28")
        );
    }

    #[test]
    fn a_word_of_answering_alone_keys_owners() {
        assert_eq!(extract("…纳入年度考核。\n负责：法规科").owners, ["法规科"]);
        assert_eq!(
            extract("【牵头】办公室、财务股").owners,
            ["办公室", "财务股"]
        );
        // Said of the work inside a clause, no key.
        assert!(extract("由办公室具体负责：一是…").owners.is_empty());
        // The bare key of responsibility in brackets.
        assert_eq!(
            extract("【措施】一是…【责任】战略发展部、工程管理部【时限】2025年6月底").owners,
            ["战略发展部", "工程管理部"]
        );
        assert!(extract("落实主体责任：压实责任").owners.is_empty());
    }

    #[test]
    fn a_keyed_deadline_that_opens_with_how_gives_its_plans_date() {
        assert_eq!(
            extract("整改时限：分步推进、压茬落实，力争于2024年12月31日前全部完成")
                .deadline
                .as_deref(),
            Some("2024-12-31")
        );
        assert_eq!(
            extract("整改时限：长期坚持").deadline.as_deref(),
            Some("长期坚持")
        );
    }

    #[test]
    fn a_circled_number_is_no_part_of_a_leads_name() {
        assert_eq!(
            extract("③由计划财务股、机关纪委联合开展采购事项抽查。").owners,
            ["计划财务股", "机关纪委"]
        );
    }

    #[test]
    fn a_completion_planned_is_a_deadline() {
        let stated = extract("目前进展：已完成9个村。\n预计完成时间：2025年12月底");
        assert_eq!(stated.deadline.as_deref(), Some("2025-12-31"));
        assert_eq!(stated.completed_on, None);
        let done = extract("完成时间：2025年3月15日");
        assert_eq!(done.completed_on.as_deref(), Some("2025-03-15"));
    }

    #[test]
    fn owners_demanded_or_joined() {
        let owners = |t: &str| extract(t).owners;
        assert_eq!(
            owners("整改要求：柳林乡要会同县公安局交警大队加强督导，限5月31日前整改到位。"),
            ["柳林乡", "县公安局交警大队"]
        );
        assert_eq!(
            owners("整改要求：河口乡会同县交通运输局对辖区农村公路开展全面排查。"),
            ["河口乡", "县交通运输局"]
        );
        assert_eq!(
            owners("…不熟悉。责成桃源镇人民政府、县水利局限10个工作日内整改到位。"),
            ["桃源镇人民政府", "县水利局"]
        );
        assert_eq!(
            owners("…记录不全。请青石镇应急管理办公室会同县应急管理局限15日内整改。"),
            ["青石镇应急管理办公室", "县应急管理局"]
        );
        assert_eq!(
            owners("整改要求：由城关镇平安建设办公室牵头，会同县消防救援大队开展集中清理。"),
            ["城关镇平安建设办公室", "县消防救援大队"]
        );
        assert_eq!(
            owners("整改要求：城关镇市场监管所、镇应急办要逐户排查。"),
            ["城关镇市场监管所", "镇应急办"]
        );
        // A unit named in passing, demanded of by no word, is no owner.
        assert!(owners("已向县应急管理局报送整改台账。").is_empty());
        assert!(owners("限5月15日前整改到位。").is_empty());
    }

    #[test]
    fn owners_run_on_past_a_semicolon_only_as_names() {
        assert_eq!(
            extract("责任科室：财务科 ；审计科").owners,
            ["财务科", "审计科"]
        );
        assert_eq!(
            extract("整改责任人：陈某某（副局长）；  赵某某（四级调研员）").owners,
            ["陈某某", "赵某某"]
        );
        assert_eq!(
            extract("整改责任人：党委副书记、总经理 李某某；副总经理 王某某").owners,
            ["李某某", "王某某"]
        );
        assert_eq!(
            extract("责任单位:局办公室,局机关纪委.(已完成)").owners,
            ["局办公室", "局机关纪委"]
        );
        assert_eq!(
            extract("【责任单位】镇财政所（责任人：陈某某）").owners,
            ["镇财政所", "陈某某"]
        );
        assert_eq!(
            extract("责任单位：镇财政所（责任人：陈某某）").owners,
            ["镇财政所", "陈某某"]
        );
        assert_eq!(
            extract("的问题：一是厅自然资源开发利用处牵头修订土地供应管理办法。").owners,
            ["厅自然资源开发利用处"]
        );
        // A clause that says more than names ends the list.
        assert_eq!(extract("责任单位：财务科；已完成整改。").owners, ["财务科"]);
        assert_eq!(extract("责任单位：办公室；将持续跟踪。").owners, ["办公室"]);
    }

    #[test]
    fn a_bracketed_role_is_no_part_of_the_name() {
        assert_eq!(
            split_owners("党委办公室（牵头）、组织人事科(配合)"),
            ["党委办公室", "组织人事科"]
        );
        // A bracket of the name's own stays.
        assert_eq!(split_owners("各县（区）人民政府"), ["各县（区）人民政府"]);
        assert_eq!(split_owners("（牵头）"), ["（牵头）"]);
        assert_eq!(
            split_owners("市城市管理局，青溪区、东湖区人民政府"),
            ["市城市管理局", "青溪区人民政府", "东湖区人民政府"]
        );
        assert_eq!(
            split_owners("县财政局、东湖区人民政府"),
            ["县财政局", "东湖区人民政府"]
        );
    }

    #[test]
    fn a_bracketed_key_opens_a_note() {
        assert!(is_note_paragraph("【责任科室】党委办公室"));
        assert!(is_note_paragraph("【完成时限】2024年5月底前"));
        assert!(!is_note_paragraph("【整改进展】已完成整改。"));
        assert!(!is_note_paragraph("【城关镇】"));
    }

    #[test]
    fn leads_by_how_they_lead_a_conjunction_or_a_post_are_read() {
        // How they lead it, between the names and the verb.
        assert_eq!(
            extract("对此，由耕地保护股、执法监察大队具体负责，逐宗核查。").owners,
            ["耕地保护股", "执法监察大队"]
        );
        // `由` brings in the one answering for the work, whatever follows.
        assert_eq!(
            extract("对此，由局办公室负责重新修订管理办法。").owners,
            ["局办公室"]
        );
        assert_eq!(
            extract("由驻局纪检监察组负责在重要节点开展廉政提醒。").owners,
            ["驻局纪检监察组"]
        );
        assert!(extract("局办公室负责日常协调。").owners.is_empty());
        // The work named in words of its own before `由`.
        assert_eq!(
            extract("第一批已完成，第二批检查由法规股负责，计划9月底前完成。").owners,
            ["法规股"]
        );
        // A conjunction before `由`.
        assert_eq!(
            extract("补充归档资料316卷，并由局办公室牵头制定档案管理制度。").owners,
            ["局办公室"]
        );
        // A person after a post glued to it; not a word of time.
        assert_eq!(
            extract("已完成整改。由局党组副书记张某某牵头，每半年研判一次。").owners,
            ["张某某"]
        );
        assert!(extract("其中党组书记每年牵头开展调研。").owners.is_empty());
        // Whom the finding's lead names is no owner.
        assert!(super::opening_subjects("巡察组指出我局对上轮巡察反馈问题整改不彻底").is_empty());
        // A department alone that did the work, before what it did.
        assert_eq!(
            super::opening_subjects("建筑市场管理股对2021年以来的项目进行全面复查。"),
            ["建筑市场管理股"]
        );
        assert_eq!(
            super::opening_subjects("镇财政所会同镇民政办对惠农补贴发放名单逐户比对。"),
            ["镇财政所", "镇民政办"]
        );
        assert_eq!(
            super::opening_subjects("镇财政所会同镇民政办对2022年以来惠农补贴发放名单逐户比对。"),
            ["镇财政所", "镇民政办"]
        );
        assert_eq!(
            extract("…的问题。\n✅ 已完成\n\n镇财政所会同镇民政办对2022年以来惠农补贴发放名单逐户比对。").owners,
            ["镇财政所", "镇民政办"]
        );
        // `…按要求到所在支部…`: no name goes on with how or where to.
        assert!(super::measure_doers("局党组班子成员按要求到所在支部讲党课。").is_empty());
        assert_eq!(
            super::opening_subjects(
                "一是印发考核办法；二是厅耕地保护监督处对12个县开展核查；三是厅人事处制定规划。"
            ),
            ["厅耕地保护监督处", "厅人事处"]
        );
        assert_eq!(
            super::report_subjects("集团工程管理部已重新梳理园区企业用水需求。"),
            ["集团工程管理部"]
        );
        assert!(super::report_subjects("集团党员干部已全部完成学习。").is_empty());
        assert_eq!(
            super::opening_subjects("对此，街道财政所对2022年以来的财务凭证进行全面自查。"),
            ["街道财政所"]
        );
        assert!(super::report_subjects("目前该局已启动全县范围排查。").is_empty());
        // Past a line that only tags the state.
        assert_eq!(
            super::opening_subjects("✅ 已完成\n\n镇党政办修订了学习制度。"),
            ["镇党政办"]
        );
        assert_eq!(
            super::report_subjects("人事教育科修订教师公开招聘实施细则，已印发。"),
            ["人事教育科"]
        );
        assert_eq!(
            super::report_subjects("驻局纪检监察组、机关党委持续开展专项整治。"),
            ["驻局纪检监察组", "机关党委"]
        );
        assert!(super::report_subjects("安排县级医院向乡镇卫生院派驻医师32名。").is_empty());
        // A tag of the line's state after the owner is no part of it.
        assert_eq!(split_owners("村党支部书记李某某（已整改）"), ["李某某"]);
        assert_eq!(split_owners("村务监督委员会（整改中）"), ["村务监督委员会"]);
        assert_eq!(split_owners("机关党委（人事处）"), ["机关党委（人事处）"]);
        // To whom it sent what (`向相关单位下发整改通知书`).
        assert_eq!(
            super::report_subjects("县财政局向相关单位下发整改通知书，约谈2人。"),
            ["县财政局"]
        );
        // After the clause naming the finding answered.
        assert_eq!(
            super::report_subjects("针对第三个问题，水政监察大队已对2起案件作出处罚。"),
            ["水政监察大队"]
        );
        assert_eq!(
            super::opening_subjects(
                "针对市审计局审计指出的专项资金结余未及时清理、部分固定资产账实不符等问题，局财务审计科组织开展全面清理。"
            ),
            ["局财务审计科"]
        );
        // A measure's verb opens no name (`加强督办推进`).
        assert!(super::report_subjects("加强督办推进，确保整改实效").is_empty());
        // Every sentence's units, and those they worked with.
        assert_eq!(
            super::report_subjects(
                "区疾控中心已将租金全部上缴区财政。区卫生健康委员会对所属单位资产进行了全面清查。"
            ),
            ["区疾控中心", "区卫生健康委员会"]
        );
        assert_eq!(
            super::report_subjects("已收回资金12万元。同时，区教育局已与区民政局建立比对机制。"),
            ["区教育局"]
        );
        assert_eq!(
            super::report_subjects("医院人事科已会同纪检监察室对津贴逐人核实，已全部收回。"),
            ["医院人事科", "纪检监察室"]
        );
        // The issuer's departments after its name for itself, and after `由`.
        assert_eq!(
            super::report_subjects("对此，我院设备科会同药剂科对二级库开展盘点。"),
            ["设备科", "药剂科"]
        );
        assert_eq!(
            super::report_subjects("对此，我院由党委办公室牵头，修订议事规则。"),
            ["党委办公室"]
        );
        assert_eq!(
            super::report_subjects("我院党委办公室、人事科严格对照有关规定修订办法。"),
            ["党委办公室", "人事科"]
        );
        assert!(super::report_subjects("我院已修订议事规则。").is_empty());
        // A village's bodies, not the village nor a finding's `党支部`.
        assert_eq!(
            super::report_subjects("柳湾村村委会已对财务收支进行梳理。村“两委”已召开会议。"),
            ["柳湾村村委会", "村“两委”"]
        );
        assert!(super::report_subjects("基层党支部组织生活不规范。").is_empty());
        // `组织部` is a department, not the verb `组织`; `通过` brings in the
        // means, not a doer.
        assert_eq!(
            extract("整改措施：由集团党委组织部牵头，修订选人用人办法。").owners,
            ["集团党委组织部"]
        );
        assert!(
            !super::report_subjects("通过集团纪委和审计部联合复核，已整改完成。")
                .iter()
                .any(|o| o.starts_with("通过"))
        );
        assert_eq!(
            super::report_subjects("集团组织人事部对中层干部档案进行全面复核。"),
            ["集团组织人事部"]
        );
        // A unit's department, named with its unit.
        assert_eq!(
            super::report_subjects("县农业农村局计划财务股已清理往来款项35.3万元。"),
            ["县农业农村局计划财务股"]
        );
        // The first later paragraph opened by those who did the work.
        assert_eq!(
            super::later_paragraph_subjects(
                "巡察发现，该村未按时公开。\n\n石桥村党支部已修订村规民约。"
            ),
            ["石桥村党支部"]
        );
        // Before the measures it lists, after a quoted finding with commas
        // of its own; with the unit it worked with.
        assert_eq!(
            super::opening_subjects(
                "针对“资金拨付不及时，部分结余未清理”问题，厅财务审计处一是对结余资金逐项清理；二是修订办法。"
            ),
            ["厅财务审计处"]
        );
        assert_eq!(
            super::opening_subjects(
                "针对“监控报警闭环处置不及时”问题，厅安全监督处会同省道路运输事业发展中心一是升级系统；二是约谈企业。"
            ),
            ["厅安全监督处", "省道路运输事业发展中心"]
        );
    }

    #[test]
    fn owners_who_lead_the_work_are_read() {
        // An owner's key said in a sentence opening a report's value.
        assert_eq!(
            extract("整改情况：责任单位为县农机服务中心，已开展清查。").owners,
            ["县农机服务中心"]
        );
        // … or after the item it names.
        assert_eq!(
            extract("修订管理办法。该问题牵头科室为基建办，责任人为赵某某。").owners,
            ["基建办", "赵某某"]
        );
        assert_eq!(extract("该问题的责任单位为县财政局。").owners, ["县财政局"]);
        assert!(extract("整改情况：已明确责任单位为县农机服务中心。")
            .owners
            .is_empty());
        // The work named before `由`.
        assert_eq!(
            extract("此项工作由党委组织部牵头，将作为一项长期任务持续推进。").owners,
            ["党委组织部"]
        );
        assert_eq!(
            extract("由药学部、设备物资科牵头，从以下方面推进整改").owners,
            ["药学部", "设备物资科"]
        );
        assert_eq!(
            extract("党建工作科牵头开展支部规范化建设。").owners,
            ["党建工作科"]
        );
        // Named alone in brackets at the end.
        assert_eq!(extract("已清理共用账号17个（信息股）").owners, ["信息股"]);
        assert!(extract("已修订管理办法（试行）。").owners.is_empty());
        // Not a clause's opening names, nor a department's.
        assert_eq!(
            extract("整改措施：医务科、护理部联合开展核心制度落实专项检查。").owners,
            ["医务科", "护理部"]
        );
        assert_eq!(
            extract("党建工作科、医务科共同推进“党建+业务”融合项目。").owners,
            ["党建工作科", "医务科"]
        );
        assert_eq!(
            extract("由门诊部牵头、信息中心配合，优化门诊服务流程。").owners,
            ["门诊部", "信息中心"]
        );
        assert_eq!(
            extract("财务科、审计科对2023年以来专项资金使用情况开展全面自查。").owners,
            ["财务科", "审计科"]
        );
        assert_eq!(
            extract("问题：预防接种\n我们的做法：区疾病预防控制中心对全区接种门诊逐一核查。")
                .owners,
            ["区疾病预防控制中心"]
        );
        assert!(extract("联合市场监管所开展专项整治。").owners.is_empty());
        assert!(extract("委托会计师事务所对下属单位开展财务审计。")
            .owners
            .is_empty());
        assert!(extract("干部队伍梯次配备方案已报区委组织部。")
            .owners
            .is_empty());
        assert!(extract("党员干部对群众诉求回应不及时。").owners.is_empty());
        assert!(extract("各支部共同推进，联合开展检查。").owners.is_empty());
        assert!(extract("我局会同市发展改革委开展专项检查。")
            .owners
            .is_empty());
        assert!(extract("街道联合区住建局开展检查。").owners.is_empty());
        assert!(extract("本院牵头推进。").owners.is_empty());
        assert!(extract("会议明确由分管领导牵头。").owners.is_empty());
        assert!(extract("建立由领导牵头的机制。").owners.is_empty());
        assert_eq!(
            extract("县人民医院牵头的医共体内人员统一管理未落实。").owners,
            Vec::<String>::new()
        );
    }

    #[test]
    fn owners_set_in_a_sentence_are_read() {
        let s = extract("（1）明确镇自然资源所为责任单位，各村配备专职巡查员；");
        assert_eq!(s.owners, ["镇自然资源所"]);
        let s = extract("明确县财政局、县审计局为牵头单位。");
        assert_eq!(s.owners, ["县财政局", "县审计局"]);
        // Not a key: what was made clear is something else.
        assert!(extract("逐项明确责任领导、责任单位和完成时限。")
            .owners
            .is_empty());
        assert!(extract("明确专题研讨为必修内容。").owners.is_empty());
    }

    #[test]
    fn an_owner_keeps_its_own_brackets() {
        assert_eq!(
            split_owners("市农业农村局、各县（市、区）人民政府"),
            ["市农业农村局", "各县（市、区）人民政府"]
        );
        let s = extract("责任单位：市农业农村局、各县（区）人民政府");
        assert_eq!(s.owners, ["市农业农村局", "各县（区）人民政府"]);
        let s = extract("（责任单位：县财政局）已完成。");
        assert_eq!(s.owners, ["县财政局"]);
    }

    #[test]
    fn a_planned_date_of_completion_is_a_deadline() {
        let d = |t: &str| planned_deadline(t);
        assert_eq!(
            d("其余5个正在开展，整改时限为2025年12月底前。").as_deref(),
            Some("2025-12-31")
        );
        assert_eq!(d("完成时限为2026年6月。").as_deref(), Some("2026-06-30"));
        assert_eq!(d("整改时限为长期。"), None);
        assert_eq!(
            d("整改时限2026年9月底。目前正在整改中。").as_deref(),
            Some("2026-09-30")
        );
        assert_eq!(
            d("剩余资金正在分批清理，计划于2026年12月底前完成。").as_deref(),
            Some("2026-12-31")
        );
        assert_eq!(
            d("力争2027年6月30日前全部整改到位").as_deref(),
            Some("2027-06-30")
        );
        assert_eq!(d("确保2026年底前办结").as_deref(), Some("2026-12-31"));
        assert_eq!(
            d("剩余招录工作将于2025年年底前完成。").as_deref(),
            Some("2025-12-31")
        );
        assert_eq!(
            d("已责令其于11月30日前整改到位。").as_deref(),
            Some("责令其于11月30日前")
        );
        // A month of the notice's year named in words, dated later.
        assert_eq!(
            d("剩余事项将于今年7月底前全部办结。").as_deref(),
            Some("将于今年7月底前")
        );
        // The date ends the plan's note after a state.
        assert_eq!(
            d("【整改状态】推进中（预计2025年3月底）").as_deref(),
            Some("2025-03-31")
        );
        // Words of manner before the word of completion.
        assert_eq!(
            d("正在审核中，预计2025年5月全部完成。").as_deref(),
            Some("2025-05-31")
        );
        assert_eq!(d("计划5月全部办结").as_deref(), Some("计划5月"));
        // Done on a date, a plan without a date, a date without completion.
        assert_eq!(d("已于2026年3月底前完成整改。"), None);
        assert_eq!(d("计划尽快完成。"), None);
        assert_eq!(d("计划于2026年12月召开专题会议研究。"), None);
        // A plan's month without its year, as printed (`relative_deadlines`
        // dates it from the notice's date).
        assert_eq!(d("预计9月底前完成").as_deref(), Some("预计9月底前"));
        // The time allowed (`限…前`), as a plan's.
        assert_eq!(
            d("正在整改，限12月15日前完成").as_deref(),
            Some("限12月15日前")
        );
        assert_eq!(d("限2026年3月底前整改到位").as_deref(), Some("2026-03-31"));
        assert_eq!(d("已约谈，限期整改。"), None);
        assert_eq!(
            d("剩余18所改造任务将于2026年3月底前完成。").as_deref(),
            Some("2026-03-31")
        );
        assert_eq!(d("将于2026年3月召开推进会。"), None);
        // In a measure, `于…前完成` without `已` is its plan.
        let m = |t: &str| measure_deadline(t);
        assert_eq!(
            m("逐栋协调，于2026年6月30日前完成加装；").as_deref(),
            Some("2026-06-30")
        );
        assert_eq!(m("已于2025年9月底前完成清理。"), None);
        assert_eq!(d("于2026年6月30日前完成加装"), None);
        assert_eq!(d("已制定培训计划，6月份完成首轮轮训。"), None);
        // A date ending in 前 whatever the verb; a part of a year.
        assert_eq!(
            d("正在加快项目验收，预计2026年底前全部拨付。").as_deref(),
            Some("2026-12-31")
        );
        assert_eq!(d("计划2027年上半年完成").as_deref(), Some("2027-06-30"));
        assert_eq!(d("计划2027年春节前完成"), None);
        // A clause opening with the date it is due by, no plan word.
        assert_eq!(
            d("目前正在推进，2027年6月底前完成。").as_deref(),
            Some("2027-06-30")
        );
        assert_eq!(d("目前正在推进，2026年3月底前已完成部分工作。"), None);
        assert_eq!(d("整改于2026年3月底前完成。"), None);
        // Or after what is left and its count.
        assert_eq!(
            d("目前已完成9处，其余5处2025年10月底前全部完成。").as_deref(),
            Some("2025-10-31")
        );
        assert_eq!(d("共排查隐患12处2025年10月底前完成"), None);
        // What is left counted at a clause's end, the count after the end
        // looked at (no slice past it).
        assert_eq!(d("（二）部分重点项目推进缓慢。剩余2个项目正在办理。"), None);
        assert_eq!(d("剩余"), None);
        assert_eq!(d("剩余2"), None);
    }

    #[test]
    fn keyed_values() {
        let s = extract("一是修订制度。（责任单位：局办公室、财务科；责任领导：张某某；完成时限：2025年12月底前）");
        assert_eq!(s.owners, ["局办公室", "财务科", "张某某"]);
        assert_eq!(s.deadline.as_deref(), Some("2025-12-31"));
        let s = extract("责任单位:办公室 责任人:李某 整改时限:长期坚持");
        assert_eq!(s.owners, ["办公室", "李某"]);
        assert_eq!(s.deadline.as_deref(), Some("长期坚持"));
        let s = extract("整改完成时间：2025年3月15日。整改时限：立行立改");
        assert_eq!(s.completed_on.as_deref(), Some("2025-03-15"));
        assert_eq!(s.deadline.as_deref(), Some("立行立改"));
        assert_eq!(extract("压实责任单位责任，明确责任人。"), Stated::default());
        assert_eq!(
            extract("建立长效机制（长期坚持）。").deadline.as_deref(),
            Some("长期坚持")
        );
    }

    #[test]
    fn owner_keys_by_their_shape() {
        let owners = |t: &str| extract(t).owners;
        assert_eq!(owners("责任股室：就业促进股"), ["就业促进股"]);
        assert_eq!(
            owners("牵头领导：王某；协办单位：财务处、审计处"),
            ["王某", "财务处", "审计处"]
        );
        assert_eq!(owners("问题整改责任处室：规划处"), ["规划处"]);
        assert_eq!(owners("责任主体：各镇街"), ["各镇街"]);
        assert_eq!(
            owners("（牵头厅领导：陈某某；责任处室：水资源管理处）"),
            ["陈某某", "水资源管理处"]
        );
        assert_eq!(owners("分管领导：李某；包联校领导：赵某"), ["李某", "赵某"]);
        assert_eq!(owners("厅领导：陈某"), Vec::<String>::new());
        assert_eq!(
            owners("【完成情况】已完成。【责任部门】技术保护科"),
            ["技术保护科"]
        );
        assert_eq!(
            extract("【整改时限】2026年6月底").deadline.as_deref(),
            Some("2026-06-30")
        );
        assert_eq!(owners("整改到位】责任人"), Vec::<String>::new());
        for not_owner in [
            "责任：全局",
            "单位：某局",
            "负责人：张某",
            "主体：某",
            "整改人：张某",
        ] {
            assert_eq!(owners(not_owner), Vec::<String>::new(), "{not_owner}");
        }
        assert!(ends_with_owner_key("牵头责任部门"));
        assert_eq!(
            owners("被审计单位：县教育体育局、县卫生健康局"),
            ["县教育体育局", "县卫生健康局"]
        );
        assert!(!ends_with_owner_key("整改目标"));
        assert_eq!(strip_notes("已完成。（责任处室：规划处）"), "已完成。");
    }

    #[test]
    fn notes_are_stripped() {
        assert_eq!(strip_notes("（责任单位：办公室；完成时限：2025年3月）"), "");
        assert_eq!(
            strip_notes("已完成（见附件）。(责任人:李某)"),
            "已完成（见附件）。"
        );
    }

    #[test]
    fn deadlines_that_name_a_part_of_a_year() {
        for (text, want) in [
            ("2027年第一季度", "2027-03-31"),
            ("2027年二季度末", "2027-06-30"),
            ("2027年第3季度前", "2027-09-30"),
            ("2027年上半年", "2027-06-30"),
            ("2026年下半年", "2026-12-31"),
            ("2026年内", "2026-12-31"),
            ("2026年底前", "2026-12-31"),
        ] {
            assert_eq!(deadline_value(text).as_deref(), Some(want), "{text}");
        }
        assert_eq!(
            deadline_value("2027年春节前").as_deref(),
            Some("2027年春节前")
        );
    }

    #[test]
    fn deadlines() {
        assert_eq!(
            deadline_value("2025年6月底前").as_deref(),
            Some("2025-06-30")
        );
        assert_eq!(
            deadline_value("2025年12月31日前").as_deref(),
            Some("2025-12-31")
        );
        assert_eq!(deadline_value("2025年底").as_deref(), Some("2025-12-31"));
        assert_eq!(deadline_value("2025-09-30").as_deref(), Some("2025-09-30"));
        // A year and month in figures: the month's last day.
        assert_eq!(deadline_value("2025.12").as_deref(), Some("2025-12-31"));
        assert_eq!(deadline_value("2026-6底前").as_deref(), Some("2026-06-30"));
        assert_eq!(deadline_value("2024/02").as_deref(), Some("2024-02-29"));
        assert_eq!(deadline_value("2025.13").as_deref(), Some("2025.13"));
        assert_eq!(
            deadline_value("2025.12.5号楼").as_deref(),
            Some("2025.12.5号楼")
        );
        assert_eq!(deadline_value("2025年").as_deref(), Some("2025年"));
        assert_eq!(deadline_value("持续推进").as_deref(), Some("持续推进"));
        // A date, then the work goes on: the date (the work is long-term,
        // `Stated::deadline_long_term`); a second date is no such clause.
        assert_eq!(
            deadline_value("2025年12月底，并长期坚持").as_deref(),
            Some("2025-12-31")
        );
        assert_eq!(
            deadline_value("2025年12月底前；持续推进").as_deref(),
            Some("2025-12-31")
        );
        assert_eq!(
            deadline_value("2025年12月底，2026年长期坚持").as_deref(),
            Some("2025年12月底，2026年长期坚持")
        );
        let stated = extract("完成时限：2025年12月底，并长期坚持");
        assert_eq!(stated.deadline.as_deref(), Some("2025-12-31"));
        assert!(stated.deadline_long_term);
        assert_eq!(deadline_value(" "), None);
    }

    #[test]
    fn a_report_opening_with_the_date_of_the_work() {
        assert_eq!(
            super::report_subjects("2025年9月18日，县水利局已将41.30万元全部上缴县财政。"),
            ["县水利局"]
        );
        assert!(super::report_subjects("2025年9月18日前，完成清理。").is_empty());
    }
}
