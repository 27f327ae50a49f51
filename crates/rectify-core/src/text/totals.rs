//! Stated totals: a summary sentence such as
//! `共反馈问题25个，已完成整改19个，正在整改6个，完成率76%` or
//! `已整改40项、正在整改10项`.
//!
//! A sentence is split into clauses at `,` `;` `、` `:`; a clause with a count
//! (a number, also in Chinese numerals `二十三`, directly followed by
//! 个/项/件/条/处/宗/家) is classified by its words:
//!
//! | field | words in the clause |
//! |---|---|
//! | `not_started` | 未整改, 尚未整改, 未启动, 未开始, 尚未开展, 尚未实施, 暂未实施, 暂未开展, 待实施 (not followed by 到位/完成) |
//! | `in_progress` | 正在, 仍在, 还在, 整改中, 推进中, 部分整改, 未完成, 未办结, 阶段办结, 办理中, 未整改到位, 尚未完成, 限期整改, 基本完成, 尚未销号, 未解决, 未化解, 尚未落实 (with no word of the work done: `已完成整改未销号2项` is done) (as in ledgers: not yet complete; added up: `部分整改5个，正在整改3个` is 8); 持续整改 (or 持续整治) without 长期 (`持续整改2个`: still being worked on), 持续推进 |
//! | `long_term` | 长期 (`需长期坚持整改1个`), 长效, 需持续 (`需持续推进2个`) |
//! | `done` | 已完成, 已整改, 完成整改, 整改到位, 整改完成, 已整治, 整治到位, 整治完成, 已办结, 办结, 已办理, 办理完毕, 整改完毕, 已销号, 已解决; 已…立行立改, 当场整改, 现场整改 (fixed on the spot) |
//! | `total` | 问题, 隐患, 整改任务, 整改事项, 事项, 任务, 不足 (and the other nouns of [`NOUNS`]) next to the count (`问题25个`, `25个问题`), unless a status word before the count or a leading `其中` makes it a part (`已完成整改40个问题`, `其中6个问题需长期坚持整改`) |
//!
//! and `完成率`/`整改率`/`办结率`/`销号率` with a percentage is the completion
//! rate. A sentence with at least two of these is a summary; which one is the
//! report's is decided in [`super::totals_choice`].

use super::{is_ws, norm_chars, run_end, slice, starts_at};

mod by_kind;
use crate::model::StatedTotals;

const COUNT_UNITS: &[char] = &['个', '项', '件', '条', '处', '宗', '家'];

fn has(n: &[char], w: &str) -> bool {
    (0..n.len()).any(|i| starts_at(n, i, w))
}

fn has_any(n: &[char], ws: &[&str]) -> bool {
    ws.iter().any(|w| has(n, w))
}

/// Words after a count's unit that make it a count of kinds (`4个方面`,
/// `3个类别`, `5个领域`).
const KIND_WORDS: &[&str] = &["方面", "类", "领域", "板块"];

fn has_kind_word(n: &[char], at: usize) -> bool {
    KIND_WORDS.iter().any(|w| starts_at(n, at, w))
}

/// The total the sentence states is printed as a count of kinds
/// (`反馈的3个方面问题`): its figure, a unit, then `方面`, `类`, ….
pub(crate) fn total_counts_kinds(t: &StatedTotals) -> bool {
    let Some(total) = t.total else {
        return false;
    };
    let n = norm_chars(&t.text);
    (0..n.len()).any(|i| {
        let starts = n[i].is_ascii_digit() && (i == 0 || !n[i - 1].is_ascii_digit());
        let e = run_end(&n, i, |c| c.is_ascii_digit());
        starts
            && slice(&n, i, e).parse::<u32>().ok() == Some(total)
            && n.get(e).is_some_and(|c| COUNT_UNITS.contains(c))
            && has_kind_word(&n, e + 1)
    })
}

/// The most characters looked back over for the `第` of a run of
/// ordinals (`第一、三、七项`).
const MAX_ORDINAL_RUN: usize = 16;

/// Characters that join the ordinals of a run: a list (`、`) or a range
/// (`第1至5项`, `第1-5项`).
fn joins_ordinals(c: char) -> bool {
    matches!(c, '、' | '至' | '到' | '~' | '～' | '-' | '—' | '－')
}

/// The number at `i` ends a run of ordinals (`第一、三、七项`, `第2、5项`,
/// `第1至5项`): it follows a `、` (or a range's `至`) and, over numbers and
/// those only, a `第`.
fn in_ordinal_run(n: &[char], i: usize) -> bool {
    if i == 0 || !joins_ordinals(n[i - 1]) {
        return false;
    }
    let mut j = i - 1;
    while j > 0 && i - j <= MAX_ORDINAL_RUN {
        let c = n[j - 1];
        if c == '第' {
            return true;
        }
        if !(joins_ordinals(c) || c.is_ascii_digit() || super::is_cn_numeral(c)) {
            return false;
        }
        j -= 1;
    }
    false
}

/// The most spaces between a count's figure and its unit (`3 个`).
const MAX_FIGURE_GAP: usize = 2;

/// Words that open with a unit's character (`个别`, `项目`): after a
/// figure set apart by a space, a word, not that figure's unit.
const UNIT_WORDS: &[&str] = &[
    "个别", "个人", "个体", "个性", "项目", "条件", "条例", "处理", "处置", "家庭", "家长", "件事",
];

/// A count in the clause: value, unit, and char span.
pub(crate) fn counts(n: &[char]) -> Vec<(u32, char, usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < n.len() {
        if super::is_cn_numeral(n[i]) {
            // `二十三个`, `十五个`: a count in Chinese numerals.
            let e = run_end(n, i, super::is_cn_numeral);
            let prev_ok = i == 0 || (n[i - 1] != '第' && !names_first(n, i));
            let unit = n.get(e).filter(|c| COUNT_UNITS.contains(c));
            if let (true, Some(&unit), Some(v)) = (prev_ok, unit, super::cn_number(&n[i..e])) {
                out.push((v, unit, i, e + 1));
            }
            i = e;
            continue;
        }
        if !n[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let e = run_end(n, i, |c| c.is_ascii_digit());
        let prev_ok = i == 0
            || !(n[i - 1].is_ascii_alphanumeric()
                || matches!(n[i - 1], '.' | '第' | '-')
                || names_first(n, i));
        let mut u = e;
        // `反馈的 3 个问题`: a figure set apart by spaces (text from a PDF).
        while u < e + MAX_FIGURE_GAP && n.get(u) == Some(&' ') {
            u += 1;
        }
        if n.get(u) == Some(&'余') {
            u += 1;
        }
        // `3  个别单位…`: a table row's number before a word, no count.
        let word = u > e && UNIT_WORDS.iter().any(|w| starts_at(n, u, w));
        if prev_ok && e - i <= 6 && !word {
            if let Some(&unit) = n.get(u).filter(|c| COUNT_UNITS.contains(c)) {
                if let Ok(v) = slice(n, i, e).parse::<u32>() {
                    out.push((v, unit, i, u + 1));
                }
            }
        }
        i = e;
    }
    // `4个方面11个问题`: a count of kinds before a count of items is not
    // one of items (a lone `5个方面问题` stays: it may be either).
    let kinds = |c: &(u32, char, usize, usize)| has_kind_word(n, c.3);
    if let Some(last_items) = out.iter().rposition(|c| !kinds(c)) {
        let mut k = 0;
        out.retain(|c| {
            k += 1;
            !(kinds(c) && k - 1 < last_items)
        });
    }
    out
}

/// The most characters of a clause of a cadence (`整改完成一个、销号一个`),
/// its `一个` included.
const MAX_CADENCE_CLAUSE_CHARS: usize = 8;

/// The `一个` at `i..e` (unit at `e`) is one beat of a cadence: two short
/// clauses side by side, each ending on `一` and the same unit
/// (`整改完成一个、销号一个`, `成熟一项、出台一项`). It says how the work is
/// done one by one, and counts nothing.
fn in_cadence(n: &[char], i: usize, e: usize) -> bool {
    if e != i + 1 || n[i] != '一' || e >= n.len() {
        return false;
    }
    let unit = n[e];
    let beat = |at: usize| n.get(at) == Some(&'一') && n.get(at + 1) == Some(&unit);
    let pause = |c: char| matches!(c, '、' | ',');
    // The next clause's beat: after the pause, within a short clause.
    let next = n.get(e + 1).is_some_and(|&c| pause(c))
        && (e + 2..(e + 1 + MAX_CADENCE_CLAUSE_CHARS).min(n.len()))
            .take_while(|&j| !pause(n[j]))
            .any(beat);
    // The clause before, ending on its beat right before a pause.
    let start = (i.saturating_sub(MAX_CADENCE_CLAUSE_CHARS)..i)
        .rev()
        .find(|&j| pause(n[j]));
    let before = start.is_some_and(|p| p >= 2 && beat(p - 2) && i - p <= MAX_CADENCE_CLAUSE_CHARS);
    next || before
}

/// A percentage after a rate word (`完成率76%`, `整改率为86.36%`).
fn rate(n: &[char]) -> Option<f64> {
    let at = ["完成率", "整改率", "办结率", "销号率", "整改完成率"]
        .iter()
        .filter_map(|w| {
            (0..n.len())
                .find(|&i| starts_at(n, i, w))
                .map(|i| i + w.chars().count())
        })
        .min()?;
    let s = (at..n.len()).find(|&i| n[i].is_ascii_digit())?;
    if s > at + 3 {
        return None;
    }
    let mut e = run_end(n, s, |c| c.is_ascii_digit());
    if n.get(e) == Some(&'.') {
        e = run_end(n, e + 1, |c| c.is_ascii_digit());
    }
    if n.get(e) != Some(&'%') {
        return None;
    }
    let v: f64 = slice(n, s, e).parse().ok()?;
    if !(0.0..=100.0).contains(&v) {
        return None;
    }
    // `41.7%` is 417 / 1000: one division of the printed digits, so the
    // fraction is the double nearest 0.417 (41.7 / 100 is 0.41700000000000004,
    // which reads back from JSON as another number).
    let digits: String = n[s..e].iter().filter(|c| c.is_ascii_digit()).collect();
    let decimals = n[s..e].iter().skip_while(|&&c| c != '.').skip(1).count() as i32;
    let whole: f64 = digits.parse().ok()?;
    Some(whole / 10f64.powi(decimals + 2))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    /// A count of measures (`整改措施42条`), not of problems.
    Measures,
    Total,
    Done,
    InProgress,
    LongTerm,
    NotStarted,
}

/// Words that count work under way now (`正在销号2个`), beside which
/// continuing work (`持续整改1个`) is the long-term kind; `基本完成5个、
/// 持续整改3个` are both still under way.
const UNDER_WAY: &[&str] = &["正在", "整改中", "推进中", "办理中", "进行中"];

/// The most characters between a total and the `和` that joins the next
/// one to it (`3个问题和专项检查发现的2个问题`).
const MAX_JOINED_GAP: usize = 16;

/// The count at `at` follows an earlier total of its clause through `和`,
/// `及` or `以及` (`…的3个问题和…的2个问题`).
fn joined_total(clause: &[char], at: usize) -> bool {
    let from = at.saturating_sub(MAX_JOINED_GAP);
    (from..at).any(|i| {
        ["问题和", "问题及", "问题以及"]
            .iter()
            .any(|w| starts_at(clause, i, w))
    })
}

/// Words of work that goes on (`持续整改2个`; `持续改进2项`, as `回头看`
/// notices improve what fell short).
const CONTINUING: &[&str] = &["持续整改", "持续推进", "持续改进", "持续整治"];

/// The clause's only state word is `持续整改`: work that goes on, under
/// way or of the long-term kind by what else the sentence counts.
fn continuing_only(clause: &[char]) -> bool {
    has_any(clause, CONTINUING)
        && !has_any(
            clause,
            &["正在", "整改中", "推进中", "进行中", "长期", "长效"],
        )
}

/// Words of what an inspection hands over besides problems (`信访件`,
/// `问题线索`, `举报`).
const OTHER_THINGS: &[&str] = &["信访", "线索", "举报", "来信", "来访", "交办件", "转办件"];

/// A second total, in `clause`, counts other things than the problems
/// whose parts, read so far, add up to their `total` (`…，正在整改2个；
/// 移交信访件8件，已办结8件`).
fn counts_other_things(clause: &[char], total: u32, t: &StatedTotals, continuing: u32) -> bool {
    has_any(clause, OTHER_THINGS) && parts_sum(t).saturating_add(continuing) == total
}

/// The farthest back a bracket is looked for before a count (characters).
const MAX_BRACKET_REACH: usize = 40;

/// Position `at` is inside brackets opened shortly before it and not yet
/// closed.
fn in_brackets(n: &[char], at: usize) -> bool {
    n[..at]
        .iter()
        .rev()
        .take(MAX_BRACKET_REACH)
        .take_while(|&&c| c != ')')
        .any(|&c| c == '(')
}

/// A second look's count of work not brought to its end (`整改到位4个，
/// 整改不彻底2个`), not a kind of problem named so (`整改不到位的遗留问题1个`,
/// `指出整改不到位问题5个`): the count right after the words.
fn short_of_the_end(clause: &[char]) -> bool {
    ["整改不彻底", "整改不到位"].iter().any(|w| {
        (0..clause.len()).any(|i| {
            let next = clause.get(i + w.chars().count());
            starts_at(clause, i, w)
                && next.is_some_and(|&c| c.is_ascii_digit() || super::is_cn_numeral(c))
        })
    })
}

/// A count of a kind of problem (`限期整改类5个`, `长期坚持类问题3个`):
/// `类` after the kind's name, right before the count or before `问题`
/// and the count.
fn names_a_kind(clause: &[char]) -> bool {
    let count =
        |c: Option<&char>| c.is_some_and(|&c| c.is_ascii_digit() || super::is_cn_numeral(c));
    // `4类32个问题` counts kinds, it names none.
    (1..clause.len()).any(|i| {
        clause[i] == '类'
            && !count(clause.get(i - 1))
            && (count(clause.get(i + 1))
                || (starts_at(clause, i + 1, "问题") && count(clause.get(i + 3))))
    })
}

/// `进度滞后1项`, `进展滞后2项`, `推进滞后1个`: a count behind schedule,
/// not done (not `对进度滞后的2个单位进行了约谈`, which counts something
/// else).
fn behind_count(clause: &[char]) -> bool {
    (0..clause.len()).any(|i| {
        starts_at(clause, i, "滞后") && clause.get(i + 2).is_some_and(char::is_ascii_digit)
    })
}

/// The status a clause's words state, if any (checked once per clause).
fn clause_status(clause: &[char]) -> Option<Field> {
    // `按照问题性质分为立行立改类3个、限期整改类5个`: kinds of problems
    // as the plan sorted them, not where their work stands.
    if names_a_kind(clause) {
        return None;
    }
    let not_started = [
        "未整改",
        "尚未整改",
        "未启动",
        "未开始",
        "尚未开展",
        "尚未实施",
        "暂未实施",
        "暂未开展",
        "待实施",
    ]
    .iter()
    .any(|w| {
        (0..clause.len()).any(|i| {
            starts_at(clause, i, w) && {
                let after = i + w.chars().count();
                !(starts_at(clause, after, "到位") || starts_at(clause, after, "完成"))
            }
        })
    });
    if not_started {
        return Some(Field::NotStarted);
    }
    if has_any(
        clause,
        &[
            "正在",
            // `仍在整改6个`, `还在推进2个`.
            "仍在",
            "还在",
            "整改中",
            "推进中",
            // `进行中2个`, `整改进行中2个`.
            "进行中",
            "部分整改",
            "未完成",
            "未办结",
            "办理中",
            "未整改到位",
            "尚未完成",
            "基本完成",
            "部分完成",
            "落实中",
            "在办",
            // `已交办限期整改9个`: handed over with a deadline ahead.
            "限期整改",
            // `1个整改时限未到期`: its deadline is still ahead.
            "未到期",
            // `其余4个按计划推进`: work going on as planned.
            "按计划推进",
            "按计划整改",
            "有序推进",
            "稳步推进",
            "加快推进",
            "抓紧推进",
            "时序推进",
        ],
    ) || behind_count(clause)
        || short_of_the_end(clause)
        || not_yet_closed(clause)
    {
        return Some(Field::InProgress);
    }
    // `需长期坚持并已取得阶段性成效2个`: a long-term kind with a stage
    // reached; else `阶段性完成2个`, `阶段性推进3个` (a stage reached, not
    // the end), `阶段办结2件` (a petition closed for now, its work going
    // on) and `达到序时进度2项`, `序时推进3个` (on schedule, not yet
    // done) are under way.
    if has(clause, "长期") {
        return Some(Field::LongTerm);
    }
    if has_any(clause, &["阶段性", "阶段办结", "序时"]) {
        return Some(Field::InProgress);
    }
    // `持续整改2个`, `2个持续推进`: still being worked on, beside the done
    // ones (the long-term ones are named so: `需长期坚持整改1个`, `1个纳入
    // 长效机制持续推进`).
    // `需持续推进2个`: work that needs to go on, as `需长期坚持` is.
    // `常态化推进2项`: work made routine, as `长效` is.
    if has(clause, "长效") || has(clause, "需持续") || has(clause, "常态化") {
        return Some(Field::LongTerm);
    }
    if has_any(clause, CONTINUING) {
        return Some(Field::InProgress);
    }
    if has_any(
        clause,
        &[
            "已完成",
            "已整改",
            "完成整改",
            "整改到位",
            "整改完成",
            // `回头看` notices improve what fell short: `已改进到位4项`.
            "改进到位",
            "已办结",
            "办结",
            "已办理",
            "办理完毕",
            "整改完毕",
            "已销号",
            "已解决",
            // Petition backlogs are resolved (`已化解9件`).
            "已化解",
            "已全部整改",
            // A supervision bulletin's own result (`已督促整改6个`), as its
            // items' `（已督促整改）` reads.
            "已督促整改",
            "已落实",
            "整治完成",
            // A 专项整治's words (`已整治到位5个`).
            "整治到位",
            "已整治",
        ],
    ) {
        return Some(Field::Done);
    }
    // `已督促立行立改29个`: rectified on the spot; bare `立行立改问题5个`
    // is a kind of problem, not a state.
    if has(clause, "立行立改") && has(clause, "已") {
        return Some(Field::Done);
    }
    // `其中当场整改6个，限期整改5个`: fixed while the inspectors were there.
    if has_any(clause, &["当场整改", "现场整改"]) {
        return Some(Field::Done);
    }
    None
}

/// Words that a finding is not yet closed (`尚未销号2项`, `未解决3件`),
/// beside no word of its work done: under way. `已完成整改未销号2项` is done,
/// its check still to come.
const NOT_YET_CLOSED: &[&str] = &[
    "尚未销号",
    "暂未销号",
    "未销号",
    "尚未解决",
    "未解决",
    "尚未化解",
    "未化解",
    "尚未落实",
];

fn not_yet_closed(clause: &[char]) -> bool {
    let work_done = ["已完成", "完成整改", "整改到位", "整改完成"];
    has_any(clause, NOT_YET_CLOSED) && !has_any(clause, &work_done)
}

const NOUNS: [&str; 19] = [
    "问题",
    // Hotline and petition bulletins (`17件督办件已办结14件`, `受理诉求
    // 9件`, `本期督办工单10件`).
    "诉求",
    "督办件",
    "工单",
    "信访件",
    // `12件挂牌督办积案中，已化解9件`.
    "积案",
    "交办件",
    // Safety notices: the hazards, or the units that hold them
    // (`挂牌督办重大火灾隐患单位8家`).
    "隐患",
    "整改任务",
    "整改事项",
    "事项",
    "任务",
    // Notices that call the findings opinions (`反馈意见3方面10条`).
    "反馈意见",
    "巡察意见",
    "巡视意见",
    "审计意见",
    // `回头看` notices count what still falls short (`7项短板弱项中`).
    "短板",
    "弱项",
    // A self-check counts its shortcomings (`共查找出不足8项`).
    "不足",
];

/// The most characters naming a kind between a count and `问题`
/// (`9个营商环境问题`).
const MAX_KIND_NAME_CHARS: usize = 10;

/// The most characters naming what a count is of before `中`
/// (`12件区级挂牌督办积案中`).
const MAX_AMONG_NAME_CHARS: usize = 10;

/// The most characters between a noun and its count when a count of kinds
/// stands between them (`问题共3类8个`).
const MAX_KINDS_GAP: usize = 6;

/// The most characters read before a count for `共…收到` (`共收到群众差评5件`):
/// a window, so that a clause of many counts is read in linear time.
const MAX_FINDING_VERB_GAP: usize = 16;

/// Words of a done part whose check is still to come (`已完成整改待销号`).
const AWAITING_CHECK: &[&str] = &["待销号", "待验收", "未销号"];

/// The words right before the count at `s` say its check is still to come
/// (`…待销号2项`): a window, so that a clause of many counts is read in
/// linear time.
fn awaits_check(clause: &[char], s: usize) -> bool {
    has_any(
        &clause[s.saturating_sub(AWAITING_WINDOW_CHARS)..s],
        AWAITING_CHECK,
    )
}

/// The characters looked at before a count for [`AWAITING_CHECK`].
const AWAITING_WINDOW_CHARS: usize = 6;

/// Verbs that bring findings in, whatever they are called (`共收到差评5件`).
const FINDING_VERBS: &[&str] = &[
    "收到", "发现", "反馈", "交办", "受理", "查摆", "检视", "指出",
    // `共查找廉政风险点12个`: a review's own findings.
    "查找",
];

/// Nouns that make a count one of measures (`整改措施42条`).
const MEASURE_NOUNS: [&str; 2] = ["措施", "举措"];

/// `part_of_sentence`: the clause holds this one count and follows counts
/// already read in its sentence (`已整改到位10个，…，3个问题正在整改`).
fn classify(
    clause: &[char],
    status: Option<Field>,
    count: (u32, char, usize, usize),
    part_of_sentence: bool,
) -> Option<Field> {
    let (_, _, s, e) = count;
    let after = |w: &str| (e..(e + 3).min(clause.len())).any(|i| starts_at(clause, i, w));
    // `9个营商环境问题`: a few words naming the kind between the count and
    // its noun (no figures).
    // Not units that the problems were found in or handed to
    // (`共向3家被巡察单位反馈问题14个`: the count is of units).
    let after_kind = |w: &str| {
        (e..(e + MAX_KIND_NAME_CHARS).min(clause.len()))
            .take_while(|&i| !clause[i].is_ascii_digit())
            .find(|&i| starts_at(clause, i, w))
            .is_some_and(|i| {
                let kind = &clause[e..i];
                !has_any(kind, FINDING_VERBS) && !has_any(kind, COUNTED_UNITS)
            })
    };
    // `问题总数：15个`: a key's colon between the words and the count.
    let keyed_at = if s > 0 && clause[s - 1] == ':' {
        s - 1
    } else {
        s
    };
    let before = |w: &str| {
        let l = w.chars().count();
        (keyed_at.saturating_sub(l + 2)..keyed_at)
            .any(|i| i + l <= keyed_at && starts_at(clause, i, w))
    };
    // `问题共3类8个`: the noun before a count of kinds before the count.
    let before_kinds = |w: &str| {
        let l = w.chars().count();
        let from = s.saturating_sub(l + MAX_KINDS_GAP);
        (from..s).any(|i| {
            let between = i + l..s;
            // Units only of the count of kinds (`问题共4个方面11个`).
            let only_kinds = between
                .clone()
                .all(|j| !COUNT_UNITS.contains(&clause[j]) || has_kind_word(clause, j + 1));
            i + l <= s
                && starts_at(clause, i, w)
                && (clause[between.clone()].contains(&'类') || has(&clause[between], "方面"))
                && only_kinds
        })
    };
    // `42条整改措施`, `制定整改措施42条`: measures, counted apart.
    if MEASURE_NOUNS.iter().any(|w| after(w) || before(w)) {
        return Some(Field::Measures);
    }
    // `25个问题`, `12个具体问题`: the count of problems, unless a status
    // word before it says which part (`已完成整改40个问题`), the clause
    // names a part of the total (`其中6个问题需长期坚持整改`), or it is a
    // part after the others (`已整改到位10个，3个问题正在整改`).
    // `共发现7个乡镇（街道）各类问题15个`: a count of the units visited,
    // not of the findings.
    // `12件区级挂牌督办积案`: `区级` names a level, not districts.
    let of_units = COUNTED_UNITS
        .iter()
        .any(|w| after(w) && !after(&format!("{w}级")));
    // `10条具体意见中已完成整改8条`: the count of what the parts are
    // counted among, whatever it is called.
    // `今年确定的4项重点项目中，已完成2项`: units (projects) that are
    // themselves the tasks, when the clause ends on their `中` and the
    // parts follow.
    let units_as_tasks = clause.last() == Some(&'中');
    let among = (!of_units || units_as_tasks) && counted_among(clause, e);
    // `限期整改的7个问题中，已整改5个`: the state names the set the parts
    // are counted among.
    let named_set = s > 0 && clause[s - 1] == '的';
    if among && (status.is_none() || named_set || clause_status(&clause[..s]).is_none()) {
        return Some(Field::Total);
    }
    // `14处较大火灾隐患`: a kind named before any noun of the items.
    let kind_named =
        !NOUNS.iter().any(|w| after(w)) && !of_units && NOUNS.iter().any(|w| after_kind(w));
    if NOUNS.iter().any(|w| after(w)) || kind_named {
        // A window before a kind's count, so that a clause of many counts
        // is read in linear time.
        let from = if kind_named {
            s.saturating_sub(MAX_KIND_NAME_CHARS)
        } else {
            0
        };
        // `其余3个问题正在按计划推进`, `尚有3处隐患未完成整改`: the rest, a
        // part.
        let part = ["其中", "其余", "剩余", "尚有", "还有", "仍有"]
            .iter()
            .any(|w| starts_at(clause, 0, w))
            || clause_status(&clause[from..s]).is_some()
            || (part_of_sentence && !says_all_done(&clause[e..]));
        return match status {
            Some(st) if part => Some(st),
            _ => Some(Field::Total),
        };
    }
    if status.is_some() {
        return status;
    }
    // `共收到群众差评5件`, `共交办信访件12件`: findings of any name, counted
    // as they came in.
    let near = &clause[s.saturating_sub(MAX_FINDING_VERB_GAP)..s];
    if has(near, "共") && has_any(near, FINDING_VERBS) && !of_units {
        return Some(Field::Total);
    }
    // `以上共11项，已完成6项，…`: a clause that is only the count of all,
    // naming nothing.
    if bare_total(clause, s, e) && BARE_TOTAL_UNITS.contains(&count.1) {
        return Some(Field::Total);
    }
    // `共反馈问题25个`: the noun before the count.
    NOUNS
        .iter()
        .any(|w| before(w) || before_kinds(w))
        .then_some(Field::Total)
}

/// A count at `at` of a set its state names (`限期整改的8个问题`), split
/// into parts by the next clause, from `next` (`…，其中目前仍在整改6个，
/// 尚未整改2个`): the total of those parts.
fn split_set(n: &[char], at: usize, next: usize) -> bool {
    at > 0 && n[at - 1] == '的' && starts_at(n, next, "其中")
}

/// The count ending at `e` names what follows it in a few words with no
/// figure, then `中` and the parts (`10条具体意见中已完成…`, `12个问题中，`).
fn counted_among(clause: &[char], e: usize) -> bool {
    let end = (e + MAX_AMONG_NAME_CHARS).min(clause.len());
    (e + 1..end)
        .take_while(|&i| !clause[i].is_ascii_digit())
        .any(|i| {
            // `…中，` or `…中已…`, `…中有…`; not `整改中`, `推进中`.
            clause[i] == '中'
                && matches!(clause.get(i + 1), None | Some(',' | '已' | '有'))
                && !matches!(
                    clause[i - 1],
                    '改' | '进' | '办' | '理' | '行' | '施' | '设' | '程'
                )
                && !COUNT_UNITS.contains(&clause[i - 1])
        })
}

/// Where a clause from `s` to `sep` ends after a count's set and `中`
/// with the parts run on (`7个问题中已整改5个`, `10条意见中有8条`): the
/// position after `中`. Looked for within a few characters after each
/// count, so read in linear time.
fn among_break(n: &[char], s: usize, sep: usize) -> Option<usize> {
    (s + 1..sep)
        .find(|&i| {
            n[i] == '中'
                && n.get(i + 1)
                    .is_some_and(|&c| matches!(c, '已' | '有') || c.is_ascii_digit())
                && !matches!(
                    n[i - 1],
                    '改' | '进' | '办' | '理' | '行' | '施' | '设' | '程'
                )
                && (i.saturating_sub(MAX_AMONG_NAME_CHARS)..i)
                    .any(|j| j > 0 && COUNT_UNITS.contains(&n[j]) && n[j - 1].is_ascii_digit())
        })
        .map(|i| i + 1)
}

/// The longest key read with the count after its colon (`已完成整改：12个`).
const MAX_COUNT_KEY_CHARS: usize = 8;

/// Where the clause from `s` ends: at `,` `;` `、` `:` (not a short key's
/// colon before its count: `已整改：12个`), or where a table
/// row's cells part (a tab, or two spaces after a count's unit: `合计 6个
/// 已完成4个，…`; not `共发现问题  11个`).
fn clause_end(n: &[char], s: usize) -> usize {
    (s..n.len())
        .find(|&i| {
            let cells_part = n[i] == ' '
                && n.get(i + 1) == Some(&' ')
                && i > s
                && COUNT_UNITS.contains(&n[i - 1]);
            let tab = n[i] == '\t' && !leads_a_total(&n[s..i]);
            // `✅已完成6项 🔄推进中4项`: a space and a symbol after a count.
            let marked = n[i] == ' '
                && i > s
                && COUNT_UNITS.contains(&n[i - 1])
                && n.get(i + 1).is_some_and(|&c| {
                    !super::chars::is_han(c) && !c.is_ascii() && !super::chars::is_ws(c)
                });
            // `问题总数：15个；已整改：12个`: a short key before its count.
            let keyed_count = n[i] == ':'
                && i - s <= MAX_COUNT_KEY_CHARS
                && n.get(i + 1).is_some_and(char::is_ascii_digit);
            // `常态化推进2项）均按期推进`: a bracket closed right after its
            // count ends the count's clause.
            let closed = n[i] == ')' && i > s && COUNT_UNITS.contains(&n[i - 1]);
            matches!(n[i], ',' | ';' | '、' | ':') && !keyed_count
                || tab
                || cells_part
                || marked
                || closed
        })
        .unwrap_or(n.len())
}

/// A table row's first cell that only leads its count of all (`合计⇥6个`):
/// the tab after it ends no clause.
fn leads_a_total(cell: &[char]) -> bool {
    let cell: String = cell.iter().filter(|c| !matches!(c, ' ' | '\t')).collect();
    BARE_TOTAL_LEADS.iter().any(|w| cell == *w) && cell != "以上" && cell != "上述"
}

/// Nouns of the units a count may count instead of findings (`7个乡镇`,
/// `6个项目存在问题16个`).
const COUNTED_UNITS: &[&str] = &[
    "乡镇", "街道", "单位", "部门", "企业", "村", "社区", "学校", "医院", "县", "区", "项目",
    "景区", "场所", "工地", "小区", "公司", "机构",
];

/// Units of a bare count of all: of items, not of units (`家`), people or
/// measures (`条`).
const BARE_TOTAL_UNITS: &[char] = &['项', '个', '件', '处', '起', '宗'];

/// Words that may stand before a bare count of all (`以上共11项`).
const BARE_TOTAL_LEADS: &[&str] = &["以上", "上述", "合计", "总计", "共计", "共"];

/// Words naming the parts a sum adds up (`两项合计12个`, `两轮共计15个`,
/// `上述三部分合计…`).
const PARTS_SUMMED: &[&str] = &[
    "两项",
    "两轮",
    "两部分",
    "两类",
    "两批",
    "三项",
    "三轮",
    "三部分",
    "三类",
    "三批",
];

/// The clause is only a count of all and its unit after words from
/// [`BARE_TOTAL_LEADS`] ending in a scope word (`以上共11项`, `合计9个`).
fn bare_total(clause: &[char], s: usize, e: usize) -> bool {
    let mut lead = &clause[..s];
    let mut scoped = false;
    // `合计 6个`: a table row's cells, set apart by a space.
    let skip_space = |l: &[char]| {
        l.iter()
            .position(|c| !matches!(c, ' ' | '\t'))
            .unwrap_or(l.len())
    };
    lead = &lead[skip_space(lead)..];
    // `两项合计12个`, `两轮共计15个`: the parts just counted, summed.
    if let Some(parts) = PARTS_SUMMED.iter().find(|w| starts_at(lead, 0, w)) {
        let rest = &lead[parts.chars().count()..];
        if BARE_TOTAL_LEADS
            .iter()
            .any(|w| *w != "以上" && *w != "上述" && starts_at(rest, 0, w))
        {
            lead = rest;
        }
    }
    while let Some(w) = BARE_TOTAL_LEADS.iter().find(|w| starts_at(lead, 0, w)) {
        scoped |= *w != "以上" && *w != "上述";
        lead = &lead[w.chars().count()..];
        lead = &lead[skip_space(lead)..];
    }
    let unit_only = clause
        .get(e..)
        .is_some_and(|rest| rest.iter().all(|c| *c == '。'));
    scoped && lead.is_empty() && unit_only
}

/// A clause without a count that says every problem is done
/// (`已全部整改完毕`, `均已整改到位`): the done count is the total.
fn says_all_done(clause: &[char]) -> bool {
    has_any(clause, &["全部", "均已", "全数"])
        && !has_any(clause, &["全部认领", "全部纳入", "全部建立"])
        && clause_status(clause) == Some(Field::Done)
}

/// `其余7项已下达整改通知书，责令限期整改`: the rest, whose state the next
/// clause (with no count of its own) states.
fn remaining_status(n: &[char], clause: &[char], e: usize) -> Option<Field> {
    let rest = ["其余", "剩余", "另有"]
        .iter()
        .any(|w| starts_at(clause, 0, w));
    // `其余5个中3个正在整改、2个…`: the rest, split into states after `中`.
    if !rest || e >= n.len() || clause.last() == Some(&'中') {
        return None;
    }
    let next = &n[e + 1..run_end(n, e + 1, |c| !matches!(c, ',' | ';' | '、' | ':' | '。'))];
    counts(next)
        .is_empty()
        .then(|| clause_status(next))
        .flatten()
}

/// A sentence whose first clause points at one item by its ordinal
/// (`针对第5个问题，1个项目已完成…`, `第3项问题：…`): what it counts are
/// that item's parts, never the report's.
fn points_at_one_item(n: &[char]) -> bool {
    let first = &n[..run_end(n, 0, |c| !matches!(c, ',' | ':' | ';' | '。'))];
    (0..first.len()).any(|i| {
        let e = run_end(first, i + 1, |c| {
            c.is_ascii_digit() || super::is_cn_numeral(c)
        });
        first[i] == '第'
            && e > i + 1
            && first.get(e).is_some_and(|c| COUNT_UNITS.contains(c))
            && !in_ordinal_run(first, e)
            && !first[e..].iter().any(|&c| joins_ordinals(c))
            && !first[..i].iter().any(|&c| joins_ordinals(c))
    })
}

/// The count at `i` follows `前` that opens its clause (`前三项问题已全部
/// 整改到位`: the first three, by position, not a count of all; not
/// `目前3个`).
fn names_first(n: &[char], i: usize) -> bool {
    i >= 1 && n[i - 1] == '前' && (i == 1 || matches!(n[i - 2], ',' | ';' | '。' | ':' | ' '))
}

/// Words that open a bracket whose counts are no more of the sentence's:
/// a breakdown (`其余8个正在整改(其中限期整改6个、移交处理2个)`: parts of
/// the count before them) or an aside (`共反馈问题14个（另有6个一般性问题已
/// 立行立改，不再列入本通报）`: other things counted).
const BRACKET_ASIDES: &[&str] = &[
    "其中",
    // `已完成6项（含已完成待验收1项）`: a part of the count before it.
    "含",
    "包括",
    "另有",
    "另外",
    "此外",
    "不含",
    "不包括",
    "未计入",
    "不计入",
];

/// Words of a state before a bracket: the count before it is a part.
const STATE_BEFORE_WORDS: &[&str] = &["已", "正在", "尚未", "推进中", "整改中", "长期", "持续"];

/// The bracket at `open` breaks down the sentence's total by state
/// (`巡察反馈的12项具体事项（其中，已办结7项，推进中3项，常态化推进2项）均…`):
/// it opens with `其中`, and nothing before it states a part's state. Its
/// counts are the sentence's parts.
fn breaks_down_the_total(n: &[char], open: usize) -> bool {
    starts_at(n, open + 1, "其中")
        && !STATE_BEFORE_WORDS.iter().any(|w| has(&n[..open], w))
        && counts(&n[..open]).len() == 1
}

/// The sentence with the counts of such brackets blanked; same length, so
/// positions still match.
fn without_breakdowns(n: &[char]) -> std::borrow::Cow<'_, [char]> {
    let aside_at = |i: usize| {
        n[i] == '('
            && BRACKET_ASIDES.iter().any(|w| starts_at(n, i + 1, w))
            && !breaks_down_the_total(n, i)
    };
    if !(0..n.len()).any(aside_at) {
        return std::borrow::Cow::Borrowed(n);
    }
    let mut out = n.to_vec();
    let mut i = 0;
    while i < out.len() {
        if aside_at(i) {
            let close = (i..out.len()).find(|&j| out[j] == ')').unwrap_or(out.len());
            out[i + 1..close].fill(' ');
            i = close;
        }
        i += 1;
    }
    std::borrow::Cow::Owned(out)
}

/// `另2个取得阶段性成效、正在持续推进`: a clause whose count has no state
/// of its own, ended by `、` before a clause with a state and no count.
fn state_after_pause(n: &[char], e: usize) -> Option<Field> {
    if n.get(e) != Some(&'、') {
        return None;
    }
    let next_end = run_end(n, e + 1, |c| !matches!(c, ',' | ';' | '、' | ':' | '。'));
    let next = &n[e + 1..next_end];
    counts(next)
        .is_empty()
        .then(|| clause_status(next))
        .flatten()
}

/// The most characters read after a count for the rest of its part.
const MAX_ENDING_PART_CHARS: usize = 80;

/// `…已整改到位14处；A和B共2处，因需采购设备，目前正在整改中`: a count
/// without a state of its own, after other counts of the sentence, whose
/// part of the sentence (to `;` or its end) goes on in clauses with no
/// count and ends stating a state: the last state stated.
fn state_ending_part(n: &[char], e: usize) -> Option<Field> {
    if n.get(e) != Some(&',') {
        return None;
    }
    // A bounded reach, so that a sentence of many counts reads in linear time.
    let reach = (e + 1 + MAX_ENDING_PART_CHARS).min(n.len());
    let end = run_end(&n[..reach], e + 1, |c| !matches!(c, ';' | '。'));
    let rest = &n[e + 1..end];
    let ends = end < reach || reach == n.len();
    if !ends || !counts(rest).is_empty() {
        return None;
    }
    rest.rsplit(|c| matches!(c, ',' | '、' | ':'))
        .find_map(clause_status)
}

/// The counts of one sentence and how many it states.
fn counts_in_sentence(orig: &[char], n: &[char]) -> Option<(StatedTotals, usize)> {
    if let Some(found) = by_kind::totals_by_kind(orig, n) {
        return Some(found);
    }
    let mut t = StatedTotals::default();
    let mut found = 0;
    let mut unit = None;
    let mut all_done = false;
    let mut scoped_total = false;
    // The total's clause ended at `、` (`共性问题3个、个性问题5个`): a
    // total in the next clause, in the same unit, is one more kind of
    // problem and adds up.
    let mut total_listed: Option<char> = None;
    let mut measure_unit: Option<char> = None;
    let mut continuing = 0u32;
    let mut under_way = false;
    let mut carried: Option<Field> = None;
    let mut second_total = false;
    let mut second_group = false;
    // The sentence has gone on to count something else than problems.
    let mut counting_else = false;
    // Parts counted in kinds (`已完成整改7个方面`) and in items.
    let (mut parts_in_kinds, mut parts_in_items) = (0, 0);
    // The total counts kinds (`反馈的5个方面问题`).
    let mut total_in_kinds = false;
    let mut s = 0;
    while s < n.len() {
        let sep = clause_end(n, s);
        // `限期整改的7个问题中已整改5个`: the set counted ends its clause.
        let (e, next) = match among_break(n, s, sep) {
            Some(i) => (i, i),
            None => (sep, sep + 1),
        };
        let clause = &n[s..e];
        let mut found_counts = counts(clause);
        found_counts
            .retain(|c| !in_ordinal_run(n, s + c.2) && !in_cadence(n, s + c.2, s + c.3 - 1));
        let status = if found_counts.is_empty() {
            all_done |= says_all_done(clause);
            // `需长期坚持、持续深化的2个`: the state before `、` is the
            // next clause's.
            carried = (n.get(e) == Some(&'、'))
                .then(|| clause_status(clause))
                .flatten();
            None
        } else {
            clause_status(clause)
                .or(carried.take())
                .or_else(|| remaining_status(n, clause, e))
                .or_else(|| state_after_pause(n, e))
                .or_else(|| {
                    // Not a kind listed after another (`共性问题3个、个性问题5个`).
                    let listed = s > 0 && n[s - 1] == '、';
                    (found > 0 && !listed)
                        .then(|| state_ending_part(n, e))
                        .flatten()
                })
        };
        let listed = total_listed.take();
        let part_of_sentence = found > 0 && found_counts.len() == 1;
        for c in found_counts {
            let field = if split_set(n, s + c.2, next) {
                Some(Field::Total)
            } else {
                classify(clause, status, c, part_of_sentence)
            };
            let Some(field) = field else {
                continue;
            };
            // `反馈问题共11个（共性问题4个、个性问题7个）`: the total's kinds,
            // in brackets after it, are no more of them.
            if field == Field::Total && t.total.is_some() && in_brackets(n, s + c.2) {
                continue;
            }
            // `3个问题已全部完成整改`: the total and, in its own clause after
            // it, that every one is done.
            if field == Field::Total && says_all_done(&clause[c.3..]) {
                all_done = true;
                scoped_total = true;
            }
            // `42条整改措施已完成38条；10个问题中，已完成整改8个`: the
            // parts in the measures' unit count measures until the next
            // count of problems.
            match field {
                Field::Measures => {
                    measure_unit = Some(c.1);
                    continue;
                }
                Field::Total => measure_unit = None,
                _ if measure_unit == Some(c.1) => continue,
                _ => {}
            }
            if field == Field::Total && t.total.is_none() {
                total_in_kinds = has_kind_word(clause, c.3);
            }
            if field != Field::Total {
                if has_kind_word(clause, c.3) {
                    parts_in_kinds += 1;
                } else {
                    parts_in_items += 1;
                }
            }
            // `持续整改1个`: counted once the sentence is read.
            if field == Field::InProgress && continuing_only(clause) {
                continuing = continuing.saturating_add(c.0);
                unit.get_or_insert(c.1);
                continue;
            }
            under_way |= field == Field::InProgress && has_any(clause, UNDER_WAY);
            let other_things = field == Field::Total
                && t.total
                    .is_some_and(|v| counts_other_things(clause, v, &t, continuing));
            let slot = match field {
                Field::Measures => continue,
                Field::Total => &mut t.total,
                Field::Done => &mut t.done,
                Field::InProgress => &mut t.in_progress,
                Field::LongTerm => &mut t.long_term,
                Field::NotStarted => &mut t.not_started,
            };
            // Whether the count went into the totals (a part of a total
            // already stated, `其中本轮11个、上轮4个`, did not).
            let taken = match slot {
                None => {
                    *slot = Some(c.0);
                    found += 1;
                    unit.get_or_insert(c.1);
                    true
                }
                // `本轮…问题4个，上轮遗留问题3个，共7个`: the sum, after
                // its parts, is the total.
                Some(v)
                    if field == Field::Total
                        && c.2 > 0
                        && clause[c.2 - 1] == '共'
                        && c.0 > *v
                        && unit == Some(c.1) =>
                {
                    *v = c.0;
                    true
                }
                // `问题涉及4个方面，共反馈问题10个`: the problems counted
                // after the areas they fall in are the total.
                Some(v)
                    if field == Field::Total
                        && total_in_kinds
                        && !has_kind_word(clause, c.3)
                        && c.0 > *v =>
                {
                    *v = c.0;
                    total_in_kinds = false;
                    true
                }
                // `已完成整改并销号9项，已完成整改待销号2项`: done, its check
                // still to come, is done apart from the work signed off.
                Some(v) if field == Field::Done && awaits_check(clause, c.2) => {
                    *v = v.saturating_add(c.0);
                    true
                }
                // `部分整改5个，正在整改3个`: both are not done yet.
                Some(v) if field == Field::InProgress => {
                    *v = v.saturating_add(c.0);
                    true
                }
                Some(v) if field == Field::Total && listed == Some(c.1) => {
                    *v = v.saturating_add(c.0);
                    true
                }
                // `巡察反馈的3个问题和专项检查发现的2个问题中`: two kinds, one
                // total.
                Some(v) if field == Field::Total && joined_total(clause, c.2) => {
                    *v = v.saturating_add(c.0);
                    true
                }
                // `将3个问题细化分解为整改任务12项，…12项整改任务中已完成10
                // 项`: the tasks the problems were broken into, in a unit
                // of their own; the parts in it count tasks, as measures.
                Some(_) if field == Field::Total && unit != Some(c.1) && has(clause, "任务") => {
                    measure_unit = Some(c.1);
                    false
                }
                // `12个问题中已整改10个，正在整改2个；8件信访件已办结8件`:
                // petitions or leads counted after the problems' parts,
                // which add up to their total, are no more of them.
                Some(_) if other_things => {
                    counting_else = true;
                    false
                }
                // `4项反馈问题中已完成整改2项…；8件交办信访件中已办结7件…`:
                // a second group's total after the first group's parts
                // (which do not add up to it), then parts again.
                Some(_) if field == Field::Total => {
                    second_total |= found > 1;
                    false
                }
                Some(_) => {
                    second_group |= second_total;
                    false
                }
            };
            // Only the problems an inspection or audit gave (`反馈的`,
            // `共`) are all done by `已全部整改完毕`: `检查发现问题12个，均已
            // 整改完毕` is one measure's result.
            if field == Field::Total && t.total == Some(c.0) && !scoped_total {
                scoped_total = has_any(
                    &n[..e],
                    &["共", "反馈", "反映", "查出", "指出", "巡察", "巡视", "审计"],
                );
            }
            if field == Field::Total && taken && n.get(e) == Some(&'、') {
                total_listed = Some(c.1);
            }
        }
        if counting_else {
            break;
        }
        if t.completion_rate.is_none() {
            if let Some(r) = rate(clause) {
                t.completion_rate = Some(r);
                found += 1;
            }
        }
        s = next;
    }
    if continuing > 0 {
        // Beside a count of work under way (`已销号4个，正在销号2个，持续整改1
        // 个`) the continuing work is the long-term kind; alone (`已整改到位8
        // 个，持续整改4个`) it is what is still under way.
        let slot = if under_way {
            &mut t.long_term
        } else {
            &mut t.in_progress
        };
        *slot = Some(slot.unwrap_or(0).saturating_add(continuing));
        found += 1;
    }
    // `共反馈问题20个，其中我局牵头整改12个，已完成10个`: the notice's
    // own share of a total shared with others is its total.
    if let Some(share) = own_share(n) {
        let parts = [t.done, t.in_progress, t.long_term, t.not_started];
        let within = parts.iter().flatten().sum::<u32>() <= share;
        if t.total.is_some_and(|v| share < v) && within {
            t.total = Some(share);
        }
    }
    let open = t.in_progress.is_some() || t.not_started.is_some() || t.long_term.is_some();
    if all_done && scoped_total && t.done.is_none() && !open {
        if let Some(total) = t.total {
            t.done = Some(total);
            found += 1;
        }
    }
    // Counts of two groups, each with its own total, are neither's nor
    // the report's (the reader of the sentence cannot tell whose parts are
    // whose without adding them up, which the notice did not do).
    if found == 0 || second_group {
        return None;
    }
    // `反馈的9个方面问题，已完成整改7个方面，其余2个方面正在推进`: every
    // part counts kinds of problem, not problems; the sentence stays in
    // its section's text.
    if parts_in_kinds > 0 && parts_in_items == 0 {
        return None;
    }
    // `反馈的5个方面问题，已完成整改12个，正在整改3个`: parts in problems
    // that outnumber a total in kinds show that total counts the kinds;
    // the sentence states no total of problems.
    if total_in_kinds && t.total.is_some_and(|v| parts_sum(&t) > v) {
        t.total = None;
    }
    long_term_among_unfinished(n, &mut t);
    t.unit = unit.map(|u| u.to_string());
    t.text = slice(orig, 0, orig.len()).trim_matches(is_ws).to_string();
    Some((t, found))
}

/// `11项问题已完成6项，未完成5项，其中需长期坚持2项`: the long-term ones
/// counted among those not finished, which then add up to the total with
/// the done: in progress are the rest of them.
fn long_term_among_unfinished(n: &[char], t: &mut StatedTotals) {
    let (Some(total), Some(done), Some(open), Some(long)) =
        (t.total, t.done, t.in_progress, t.long_term)
    else {
        return;
    };
    let among = n
        .split(|&c| matches!(c, ',' | ';' | '。'))
        .skip_while(|c| !has(c, "未完成"))
        .skip(1)
        .take(1)
        .any(|c| starts_at(c, 0, "其中") && clause_status(c) == Some(Field::LongTerm));
    if among && done + open == total && long <= open && t.not_started.is_none() {
        t.in_progress = Some(open - long);
    }
}

/// Words that name the notice's own share of problems shared with others
/// (`其中我局牵头整改12个`, `其中由市财政局牵头的8个`).
const OWN_SHARE: &[&str] = &[
    "我局",
    "我委",
    "我院",
    "我办",
    "我校",
    "我单位",
    "本单位",
    "本部门",
    "牵头",
    "涉及我",
];

/// The count of a clause opening `其中` that names the notice's own share
/// (`其中我局牵头整改12个`), if the sentence has one.
fn own_share(n: &[char]) -> Option<u32> {
    n.split(|&c| matches!(c, ',' | ';' | '。'))
        .find(|c| starts_at(c, 0, "其中") && has_any(c, OWN_SHARE))
        .and_then(|c| counts(c).first().map(|k| k.0))
}

/// Every summary sentence among `paras` (line, text), in printed order. A
/// summary without a total takes the total stated alone in an earlier
/// sentence of its paragraph (`对反馈的5个问题全部认领。截至…已办结4个，正在办理1个。`),
/// and its text then runs from that sentence. A total stated alone in an
/// earlier paragraph that its parts add up to (`审计共指出问题9项。` …
/// `分解为整改任务23项…。截至…已整改8项，整改中1项`) is taken before a
/// nearer one they do not add up to.
pub(crate) fn find_all(paras: &[(u32, &str)]) -> Vec<StatedTotals> {
    find_with_lone(paras).0
}

/// [`find_all`], and every total stated alone in a sentence of its own
/// (`本次共发现问题11个。`), with its line, in printed order.
pub(crate) fn find_with_lone(paras: &[(u32, &str)]) -> (Vec<StatedTotals>, Vec<StatedTotals>) {
    // `问题类别⇥问题数量⇥已整改…` › `合计⇥11⇥6…`: a table's sum row.
    let mut out = super::table_totals::in_paragraphs(paras);
    let mut lone = Vec::new();
    // Totals stated alone in earlier paragraphs: each total's latest
    // sentence (looked up once per summary, in constant time).
    let mut earlier: std::collections::HashMap<u32, String> = std::collections::HashMap::new();
    // The last total stated alone in the paragraph just before.
    let mut before: Option<(u32, String)> = None;
    // The summary the sentence just before stated (its index in `out`).
    let mut last_summary: Option<usize> = None;
    for &(line, text) in paras {
        let orig: Vec<char> = text.chars().collect();
        let n = norm_chars(text);
        let mut lone_total: Option<(u32, usize)> = None;
        let mut lone_here: Vec<(u32, String)> = Vec::new();
        for (s, e) in sentence_spans(&orig, &n) {
            let end = (e + 1).min(n.len());
            let summary_before = last_summary.take();
            let counted = if points_at_one_item(&n[s..end]) {
                None
            } else {
                counts_in_sentence(&orig[s..end], &without_breakdowns(&n[s..end]))
            };
            // `…反馈了5个问题。其中第一方面涉及问题2个，已完成整改2个。`: a
            // part of the total just stated, not the report's summary.
            let total_before = lone_total.map(|(v, _)| v).or(before.as_ref().map(|b| b.0));
            let counted = counted.filter(|(t, _)| {
                !(starts_at(&n, s, "其中")
                    && total_before.is_some_and(|v| t.total.is_some_and(|x| x < v)))
            });
            match counted {
                // `11个问题中，已整改到位8个。` › `其余3个问题…正在按计划推进。`:
                // parts that go on with the summary right before.
                Some((t, _)) if summary_before.is_some_and(|k| goes_on(&out[k], &t)) => {
                    if let Some(k) = summary_before {
                        add_parts(&mut out[k], t);
                        last_summary = Some(k);
                    }
                }
                // `…限期整改7个。` › `限期整改的7个问题中已整改5个，其余2个
                // 正在整改。`: the open part counted again, as it stands now.
                Some((t, _)) if summary_before.is_some_and(|k| resolves_open_part(&out[k], &t)) => {
                    if let Some(k) = summary_before {
                        resolve_open_part(&mut out[k], t);
                        last_summary = Some(k);
                    }
                }
                // `共检视问题9个…。目前已完成整改6个。`: one part after a
                // total stated alone in its paragraph completes it.
                Some((mut t, found))
                    if found >= 2
                        || (t.total.is_none()
                            && (lone_total.is_some() || within(&t, before.as_ref()))) =>
                {
                    if t.total.is_none() {
                        borrow_total(&mut t, (&orig, end), lone_total, &earlier);
                    }
                    // `…共反馈我院问题4个方面9条。` › `截至…，已完成整改6条，其余
                    // 问题正…推进。`: the paragraph before states the total.
                    let borrowed = t.total.is_none() && within(&t, before.as_ref());
                    if let Some((total, sentence)) = before.as_ref().filter(|_| borrowed) {
                        t.total = Some(*total);
                        t.text = format!("{sentence}……{}", t.text);
                    }
                    // `…分为三类：立行立改问题4个，已全部完成；限期整改问题5个，
                    // 已完成3个，…`: with no total before, the kinds, each
                    // counted whole by its parts, make the whole.
                    let kinds =
                        || by_kind::parts_by_kind(&without_breakdowns(&n[s..end])).is_some();
                    if t.total.is_none() && kinds() {
                        t.total = Some(parts_sum(&t));
                    }
                    t.source_line = Some(line);
                    last_summary = Some(out.len());
                    out.push(t);
                }
                Some((mut t, _)) if t.total.is_some() => {
                    lone_total = t.total.map(|v| (v, s));
                    let sentence = slice(&orig, s, end).trim_matches(is_ws).to_string();
                    lone_here.extend(t.total.map(|v| (v, sentence)));
                    t.source_line = Some(line);
                    lone.push(t);
                }
                _ => {}
            }
        }
        before = lone_here.last().cloned();
        earlier.extend(lone_here);
    }
    (out, lone)
}

/// The sentences of a paragraph, each as its first char and its end (the
/// char that ends it, or the paragraph's length): a sentence that states
/// no totals as a whole but holds `；`, one clause counting tasks, is read
/// clause by clause (`36项整改任务已完成30项，…；11个问题中已完成整改6个、…`:
/// the tasks' counts, then the problems').
fn sentence_spans(orig: &[char], n: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut s = 0;
    while s < n.len() {
        let e = run_end(n, s, |c| !matches!(c, '。' | '!' | '?' | '\n'));
        let end = (e + 1).min(n.len());
        // Only where a clause counts tasks: two groups of problems counted
        // apart (`本轮…4项中…；上轮遗留问题3项中…`) are no totals.
        let clauses = n[s..e].contains(&';')
            && n[s..e]
                .split(|&c| c == ';')
                .any(|c| super::totals_choice::counts_tasks(&c.iter().collect::<String>()))
            && counts_in_sentence(&orig[s..end], &without_breakdowns(&n[s..end])).is_none();
        if clauses {
            let mut a = s;
            while a < e {
                let b = run_end(n, a, |c| c != ';').min(e);
                out.push((a, b));
                a = b + 1;
            }
        } else {
            out.push((s, e));
        }
        s = e + 1;
    }
    out
}

/// Parts with no total, dated as a report's are (`截至…`, `目前…`), that
/// stay within the total stated alone in the paragraph before (`截至11月30
/// 日，已完成整改6条` after `共反馈问题9条`).
fn within(t: &StatedTotals, before: Option<&(u32, String)>) -> bool {
    let dated = ["截至", "截止", "目前", "到目前"]
        .iter()
        .any(|w| t.text.contains(w));
    let sum = parts_sum(t);
    dated && before.is_some_and(|&(total, _)| (1..=total).contains(&sum))
}

/// Parts with no total (`其余3个问题…正在按计划推进`, `正在整改的有2个`)
/// go on with the summary stated right before them: in its unit, of
/// states it has not counted, and within its total.
fn goes_on(summary: &StatedTotals, t: &StatedTotals) -> bool {
    let fields = |x: &StatedTotals| [x.done, x.in_progress, x.long_term, x.not_started];
    let new_kinds = fields(summary)
        .iter()
        .zip(fields(t))
        .all(|(had, more)| had.is_none() || more.is_none());
    let same_unit = t.unit.is_none() || t.unit == summary.unit;
    let within = summary
        .total
        .is_some_and(|total| parts_sum(summary).saturating_add(parts_sum(t)) <= total);
    // `其余2个问题中，1个正在…；1个需要长期坚持`: the rest, counted again.
    let rest = summary
        .total
        .map(|total| total.saturating_sub(parts_sum(summary)));
    let the_rest = ["其余", "剩余"].iter().any(|w| t.text.starts_with(w)) && t.total == rest;
    (t.total.is_none() || the_rest) && parts_sum(t) > 0 && new_kinds && same_unit && within
}

/// A summary whose parts add up to its total, and a sentence after it that
/// counts again the problems of its open part (in progress or not started:
/// the sentence's total is that part's count, its parts add up to it, and
/// some of them are done now or it is split into states).
fn resolves_open_part(summary: &StatedTotals, t: &StatedTotals) -> bool {
    let whole = summary
        .total
        .is_some_and(|total| parts_sum(summary) == total);
    let again = t.total.is_some_and(|total| {
        parts_sum(t) == total
            && (summary.in_progress == Some(total) || summary.not_started == Some(total))
    });
    let same_unit = t.unit.is_none() || t.unit == summary.unit;
    // Some done now, or the open part split into states (`其中目前仍在整改
    // 6个，尚未整改2个`).
    let parts = [t.done, t.in_progress, t.long_term, t.not_started]
        .iter()
        .filter(|p| p.is_some_and(|v| v > 0))
        .count();
    whole && again && same_unit && (t.done.is_some_and(|d| d > 0) || parts >= 2)
}

/// The summary with its open part replaced by the parts it is counted in
/// now ([`resolves_open_part`]), whose words join its text.
fn resolve_open_part(summary: &mut StatedTotals, t: StatedTotals) {
    let total = t.total.unwrap_or(0);
    if summary.in_progress == Some(total) {
        summary.in_progress = None;
    } else {
        summary.not_started = None;
    }
    let add = |a: Option<u32>, b: Option<u32>| match (a, b) {
        (None, None) => None,
        (a, b) => Some(a.unwrap_or(0).saturating_add(b.unwrap_or(0))),
    };
    summary.done = add(summary.done, t.done);
    summary.in_progress = add(summary.in_progress, t.in_progress);
    summary.long_term = add(summary.long_term, t.long_term);
    summary.not_started = add(summary.not_started, t.not_started);
    summary.text = format!("{}{}", summary.text, t.text);
}

/// The summary with the parts of the sentence after it, whose words join
/// its text.
fn add_parts(summary: &mut StatedTotals, t: StatedTotals) {
    summary.done = summary.done.or(t.done);
    summary.in_progress = summary.in_progress.or(t.in_progress);
    summary.long_term = summary.long_term.or(t.long_term);
    summary.not_started = summary.not_started.or(t.not_started);
    summary.text = format!("{}{}", summary.text, t.text);
}

/// The sum of a summary's parts (done, in progress, long-term, not
/// started).
pub(crate) fn parts_sum(t: &StatedTotals) -> u32 {
    [t.done, t.in_progress, t.long_term, t.not_started]
        .iter()
        .flatten()
        .fold(0u32, |a, b| a.saturating_add(*b))
}

/// Gives a summary of parts only (`截至…已整改8项，整改中1项`, ending at
/// `end` of `orig`) the total stated alone before it: the one of an
/// earlier paragraph that its parts add up to, else the nearest one earlier
/// in its paragraph (`lone`: the total and where its sentence starts).
fn borrow_total(
    t: &mut StatedTotals,
    (orig, end): (&[char], usize),
    lone: Option<(u32, usize)>,
    earlier: &std::collections::HashMap<u32, String>,
) {
    let sum = parts_sum(t);
    let own = t.text.clone();
    let adds_up_here = lone.is_some_and(|(total, _)| total == sum);
    let adds_up_before = earlier.get_key_value(&sum);
    match (lone, adds_up_before) {
        (Some((total, from)), _) if adds_up_here => {
            t.total = Some(total);
            t.text = slice(orig, from, end).trim_matches(is_ws).to_string();
        }
        (_, Some((total, sentence))) => {
            t.total = Some(*total);
            t.text = format!("{sentence}……{own}");
        }
        (Some((total, from)), None) => {
            t.total = Some(total);
            t.text = slice(orig, from, end).trim_matches(is_ws).to_string();
        }
        (None, None) => {}
    }
}

/// The first summary sentence among `paras` (line, text).
pub(crate) fn find(paras: &[(u32, &str)]) -> Option<StatedTotals> {
    find_all(paras).into_iter().next()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(s: &str) -> Option<StatedTotals> {
        find(&[(1, s)])
    }

    #[test]
    fn counts_set_apart_by_symbols() {
        let t =
            one("巡察反馈问题共12项，截至10月25日：✅已完成6项 🔄推进中4项 ♾️长期坚持2项").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress, t.long_term),
            (Some(12), Some(6), Some(4), Some(2))
        );
    }

    #[test]
    fn long_term_counted_among_the_unfinished() {
        let t = one("截至2025年9月15日，11项问题已完成6项，未完成5项，其中需长期坚持2项，其余问题正按计划推进。")
            .unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress, t.long_term),
            (Some(11), Some(6), Some(3), Some(2))
        );
    }

    #[test]
    fn the_rest_split_into_states_in_the_same_sentence() {
        let t = one("14个问题已整改完成9个，完成率64.3%，其余5个中3个正在整改、2个需长期坚持。")
            .unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress, t.long_term),
            (Some(14), Some(9), Some(3), Some(2))
        );
    }

    #[test]
    fn an_open_part_split_into_states_is_counted_as_it_stands() {
        let t = find(&[(
            1,
            "本次督查共发现问题11个，已当场整改3个，限期整改8个。截至6月12日，限期整改的8个问题均未整改到位，其中目前仍在整改6个，尚未整改2个。",
        )])
        .unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress, t.not_started),
            (Some(11), Some(3), Some(6), Some(2))
        );
    }

    #[test]
    fn done_awaiting_its_check_is_done_apart() {
        let t = find(&[(
            1,
            "督察组反馈问题14项，已完成整改并销号9项，已完成整改待销号2项，正在整改2项，需长期坚持1项；督察期间交办信访件36件，已办结35件，正在办理1件。",
        )])
        .unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress, t.long_term),
            (Some(14), Some(11), Some(2), Some(1))
        );
        // Not yet closed, with no word of the work done: under way.
        let t = find(&[(1, "10项反馈意见中已销号6项，尚未销号2项，需持续推进2项。")]).unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress, t.long_term),
            (Some(10), Some(6), Some(2), Some(2))
        );
        let t = find(&[(
            1,
            "反馈问题10个，已完成整改并销号6个，已完成整改未销号4个。",
        )])
        .unwrap();
        assert_eq!((t.total, t.done, t.in_progress), (Some(10), Some(10), None));
        // A second done clause of the work signed off is no more of them.
        let t = find(&[(1, "反馈问题20个，已完成整改11个，已销号9个。")]).unwrap();
        assert_eq!((t.total, t.done), (Some(20), Some(11)));
    }

    #[test]
    fn figures_set_apart_by_spaces_are_counts() {
        let t = one("截至10月底，反馈的 3 个问题已完成 整改 2 个，正在 整改 1 个。").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress),
            (Some(3), Some(2), Some(1))
        );
        // A table row's number before a word opening with a unit's
        // character counts nothing.
        let n = norm_chars("3  个别乡镇问题整改不到位，已完成整改2个");
        assert_eq!(counts(&n).len(), 1);
    }

    #[test]
    fn a_total_printed_as_a_count_of_kinds() {
        let t = StatedTotals {
            total: Some(3),
            text: "对照反馈的3个方面问题，制定整改措施30条。".into(),
            ..StatedTotals::default()
        };
        assert!(total_counts_kinds(&t));
        let t = StatedTotals {
            total: Some(15),
            text: "反馈了4个方面15个问题。".into(),
            ..StatedTotals::default()
        };
        assert!(!total_counts_kinds(&t));
    }

    #[test]
    fn projects_counted_then_their_parts_are_the_tasks() {
        let t = one("今年确定的4项重点项目中，已完成2项，按序时推进1项，进度滞后1项。").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress),
            (Some(4), Some(2), Some(2))
        );
        // Projects named as the units a finding is in stay units.
        let t = one("检查的6个项目存在问题16个，已整改10个。").unwrap();
        assert_eq!((t.total, t.done), (Some(16), Some(10)));
        // Behind schedule counted with an attribute counts something else.
        let t = one("12个问题已整改10个，对进度滞后的2个单位进行了约谈。").unwrap();
        assert_eq!((t.total, t.done, t.in_progress), (Some(12), Some(10), None));
        // Behind schedule in other words (a 督查 bulletin's counts).
        let t =
            one("此次共督查问题11项，已完成5项，序时推进3项，进展滞后2项，尚未启动1项。").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress, t.not_started),
            (Some(11), Some(5), Some(5), Some(1))
        );
    }

    #[test]
    fn parts_counted_in_kinds_are_no_totals_of_problems() {
        // Every part counts aspects: not a count of problems.
        assert!(one("对反馈的9个方面问题，已完成整改7个方面，其余2个方面正在持续推进。").is_none());
        assert!(one("反馈问题涉及5个方面，已整改到位3个方面，2个方面正在整改。").is_none());
        // Parts in problems after a total in aspects: a count of problems.
        let t = one("反馈的5个方面问题，已完成整改12个，正在整改3个。").unwrap();
        assert_eq!((t.total, t.done, t.in_progress), (None, Some(12), Some(3)));
        // A lone count of kinds the parts do not outnumber stays: it may
        // count either.
        let t = one("反馈的5个方面问题，已完成整改4个，正在整改1个。").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress),
            (Some(5), Some(4), Some(1))
        );
        let t = one("巡察反馈的4个方面14个问题，已完成整改12个，2个持续推进。").unwrap();
        assert_eq!((t.total, t.done), (Some(14), Some(12)));
    }

    #[test]
    fn a_totals_row_of_a_table_counts_its_cells_apart() {
        // The row `合计⇥6个⇥⇥⇥已完成4个，…` with its cells joined by spaces.
        let t = one("合计 6个   已完成4个，整改中1个，长期坚持1个").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress, t.long_term),
            (Some(6), Some(4), Some(1), Some(1))
        );
        // Spaces inside a sentence part no count from its noun.
        let t = one("共发现问题  11个，已整改9个，正在整改2个。").unwrap();
        assert_eq!((t.total, t.done), (Some(11), Some(9)));
    }

    #[test]
    fn an_open_part_counted_again_resolves_into_its_parts() {
        for between in ["，", ""] {
            let t = one(&format!("共发现问题11个，已当场整改4个，限期整改7个。截至10月31日，限期整改的7个问题中{between}已整改5个，其余2个正在整改。")).unwrap();
            assert_eq!(
                (t.total, t.done, t.in_progress),
                (Some(11), Some(9), Some(2))
            );
        }
        // Not when the second sentence counts something else.
        let t = one("共发现问题11个，已当场整改4个，限期整改7个。另有8个问题中，已整改5个，其余3个正在整改。").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress),
            (Some(11), Some(4), Some(7))
        );
    }

    #[test]
    fn parts_in_the_sentence_after_a_summary_go_on_with_it() {
        let paras = [
            (1, "截至10月底，审计指出的11个问题中，已整改到位8个。"),
            (2, "其余3个问题均已明确整改措施和完成时限，正在按计划推进。"),
        ];
        let t = find(&paras).unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress),
            (Some(11), Some(8), Some(3))
        );
        assert_eq!(t.source_line, Some(1));
        let t = one("9个问题中，已整改完成的有6个，分别是问题1、问题2。正在整改的有2个。").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress),
            (Some(9), Some(6), Some(2))
        );
        // Not parts beyond the total, nor a state already counted, nor a
        // sentence further on.
        let over = one("9个问题中，已整改完成6个。正在整改的有5个。").unwrap();
        assert_eq!(over.in_progress, None);
        let again = one("9个问题中，已整改完成6个。已完成整改措施20个。").unwrap();
        assert_eq!(again.done, Some(6));
        let apart = one("9个问题中，已整改完成6个。学院召开会议3次。正在整改的有2个。").unwrap();
        assert_eq!(apart.in_progress, None);
        // The rest counted again, then its parts.
        let rest =
            one("13个问题中已完成整改11个。其余2个问题中，1个正在按计划推进；1个需要长期坚持。")
                .unwrap();
        assert_eq!(
            (rest.total, rest.done, rest.in_progress, rest.long_term),
            (Some(13), Some(11), Some(1), Some(1))
        );
    }

    #[test]
    fn work_at_a_stage_is_in_progress() {
        let t = one(
            "巡视反馈的16个问题中，已完成整改12个，整改完成率75%；阶段性推进3个，需长期坚持1个。",
        )
        .unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress, t.long_term),
            (Some(16), Some(12), Some(3), Some(1))
        );
    }

    #[test]
    fn a_petition_closed_for_now_is_in_progress() {
        let t = one("受理信访件7件，截至目前，已办结5件，阶段办结2件。").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress),
            (Some(7), Some(5), Some(2))
        );
    }

    #[test]
    fn a_long_term_kind_at_a_stage_is_long_term() {
        let t = one(
            "反馈的28个问题中，已完成整改22个，正在推进整改4个，需长期坚持并已取得阶段性成效2个。",
        )
        .unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress, t.long_term),
            (Some(28), Some(22), Some(4), Some(2))
        );
    }

    #[test]
    fn work_on_schedule_is_in_progress() {
        let t = one("截至2026年2月28日，涉及我县的10项反馈问题已完成整改7项（其中已按程序申请销号5项），达到序时进度2项，需长期坚持1项。").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress, t.long_term),
            (Some(10), Some(7), Some(2), Some(1))
        );
    }

    #[test]
    fn parts_in_the_unit_of_the_tasks_count_tasks() {
        let s = "局党组将3个问题细化分解为整改任务12项，截至9月底，12项整改任务中已完成10项，其余2项正在推进。";
        let (summaries, lone) = find_with_lone(&[(1, s)]);
        assert!(summaries.is_empty(), "{summaries:?}");
        assert_eq!(lone.iter().map(|t| t.total).collect::<Vec<_>>(), [Some(3)]);
        // Parts in the problems' unit are the problems'.
        let t = one("反馈问题12个，整改任务36项，已完成整改10个。").unwrap();
        assert_eq!((t.total, t.done), (Some(12), Some(10)));
    }

    #[test]
    fn a_count_things_are_counted_among_is_the_total() {
        let t =
            one("截至12月31日，10条具体意见中已完成整改8条，其余2条正在按计划持续推进。").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress),
            (Some(10), Some(8), Some(2))
        );
        let t =
            one("巡察反馈的12个问题中，已完成10个，另2个取得阶段性成效、正在持续推进。").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress),
            (Some(12), Some(10), Some(2))
        );
    }

    #[test]
    fn a_state_before_a_pause_is_the_next_clauses() {
        let t =
            one("16个问题中，已完成整改12个，正在整改2个，需长期坚持、持续深化的2个。").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress, t.long_term),
            (Some(16), Some(12), Some(2), Some(2))
        );
        let t = find(&[
            (1, "省卫生健康委反馈了督查意见，共反馈我院问题4个方面9条。"),
            (2, "医院高度重视，制定整改方案。截至2025年11月30日，已完成整改6条，其余问题正有序推进。"),
        ])
        .unwrap();
        assert_eq!((t.total, t.done), (Some(9), Some(6)));
        let t = one("14处较大火灾隐患已整改完成10处，正在整改3处，1处尚未启动整改。").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress, t.not_started),
            (Some(14), Some(10), Some(3), Some(1))
        );
        let t = one("12项挂牌督办重大事故隐患已整改销号9项，正在整改3项。").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress),
            (Some(12), Some(9), Some(3))
        );
        let t = one("12件区级挂牌督办积案中，已化解9件，正在化解3件，化解率75%。").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress),
            (Some(12), Some(9), Some(3))
        );
        let t = one("17件督办件已办结14件，正在办理3件。").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress),
            (Some(17), Some(14), Some(3))
        );
    }

    #[test]
    fn counts_of_measures_are_not_counts_of_problems() {
        let t = one("截至3月10日，42条整改措施已完成38条；10个问题中，已完成整改8个，2个正在整改，整改完成率80%。")
            .unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress),
            (Some(10), Some(8), Some(2))
        );
        let t = one("反馈问题共3类8个，已完成整改6个，2个正在整改。").unwrap();
        assert_eq!(t.total, Some(8));
        let t = one("共反馈问题12个，制定整改措施36条，已完成整改10个，正在整改2个。").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress),
            (Some(12), Some(10), Some(2))
        );
    }

    #[test]
    fn a_totals_row_with_tabs_counts_its_total() {
        let t = one("合计\t6个\t\t\t已整改3个，整改中2个，长期整改1个").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress, t.long_term),
            (Some(6), Some(3), Some(2), Some(1))
        );
    }

    #[test]
    fn the_rest_going_on_as_planned_is_under_way() {
        let t = one("反馈的16个问题中已完成整改12个，完成率75%，其余4个按计划推进。").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress),
            (Some(16), Some(12), Some(4))
        );
        let t = one("共发现问题9个，已整改7个，2个按时序推进。").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress),
            (Some(9), Some(7), Some(2))
        );
        let t = one("共发现问题9个，已整改6个，3个有序推进。").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress),
            (Some(9), Some(6), Some(3))
        );
    }

    #[test]
    fn findings_called_opinions_and_carried_out() {
        let t = one("反馈意见3方面10条，已落实8条，其余2条正在落实中。").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress),
            (Some(10), Some(8), Some(2))
        );
        let t = one("审计查出问题共4个方面11个，已整改9个，正在整改2个。").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress),
            (Some(11), Some(9), Some(2))
        );
        let t = one("截至9月底，3个问题已全部完成整改。").unwrap();
        assert_eq!((t.total, t.done), (Some(3), Some(3)));
        let t = one("6个事项中已办结5个，1个在办。").unwrap();
        assert_eq!((t.done, t.in_progress), (Some(5), Some(1)));
        // Opinions gathered from the public are not findings.
        assert!(one("共收到群众意见建议5条。").is_none());
    }

    #[test]
    fn hazards_and_the_units_that_hold_them() {
        let t =
            one("全市挂牌督办重大火灾隐患单位6家，已整改销号4家，正在整改1家，1家暂未启动整改。")
                .unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress, t.not_started),
            (Some(6), Some(4), Some(1), Some(1))
        );
        let t = one("共排查发现安全隐患23处，已整改21处，正在整改2处。").unwrap();
        assert_eq!((t.total, t.done), (Some(23), Some(21)));
        // Units checked are no total.
        assert!(one("检查企业45家，走访门店120家。").is_none());
    }

    #[test]
    fn named_parts_whose_state_ends_their_part_of_the_sentence() {
        let t = one("检查发现的16处问题隐患中，已整改到位14处，均已复查销号；甲公司冷却水系统隐患和乙客运站安检仪故障问题共2处，因需采购设备、实施工程改造，目前正在整改中。")
            .unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress),
            (Some(16), Some(14), Some(2))
        );
        // A count after which another count follows states nothing so.
        let t = one("共反馈问题9个，已整改7个；涉及资金2个，其中1个正在整改。").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress),
            (Some(9), Some(7), Some(1))
        );
    }

    #[test]
    fn continuing_work_beside_work_under_way_is_long_term() {
        let t = one("以上7个问题，已销号4个，正在销号2个，持续整改1个。").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress, t.long_term),
            (Some(7), Some(4), Some(2), Some(1))
        );
        let t = one("巡察反馈问题12个，已整改到位8个，持续整改4个。").unwrap();
        assert_eq!((t.in_progress, t.long_term), (Some(4), None));
        let t = one("共发现问题23个，已完成整改15个、基本完成5个、持续整改3个。").unwrap();
        assert_eq!((t.in_progress, t.long_term), (Some(8), None));
        let t = one("巡察反馈的4个方面14个问题，已完成整改12个，2个持续推进。").unwrap();
        assert_eq!(
            (t.done, t.in_progress, t.long_term),
            (Some(12), Some(2), None)
        );
        let t = one("已完成整改8个，正在整改4个，1个纳入长效机制持续推进。").unwrap();
        assert_eq!((t.in_progress, t.long_term), (Some(4), Some(1)));
        // Work that needs to go on, beside work nearly done.
        let t = one("10个问题中已完成整改6个，基本完成2个，需持续推进2个。").unwrap();
        assert_eq!(
            (t.done, t.in_progress, t.long_term),
            (Some(6), Some(2), Some(2))
        );
    }

    #[test]
    fn findings_a_review_found_are_counted_whatever_they_are_called() {
        let t =
            one("此次监督检查共发现问题9个，截至7月20日，已督促整改6个，正在整改3个。").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress),
            (Some(9), Some(6), Some(3))
        );
        let t = one("巡察反馈问题涉及4个方面，共反馈问题10个，截至2025年5月31日，已完成8个，正在推进2个，整改完成率80%。").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress),
            (Some(10), Some(8), Some(2))
        );
        let t = one("截至2025年6月20日，共查找廉政风险点12个，制定防控措施31条，已落实到位9个，其余正在按计划推进。").unwrap();
        assert_eq!((t.total, t.done), (Some(12), Some(9)));
    }

    #[test]
    fn a_breakdown_in_brackets_is_no_more_of_the_count() {
        let t = one(
            "本次公示的问题共9项，其中已完成6项（含已完成待验收1项），序时推进2项，长期坚持1项。",
        )
        .unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress, t.long_term),
            (Some(9), Some(6), Some(2), Some(1))
        );
        let t = one(
            "本次督查共发现问题14个，已整改到位6个，其余8个正在整改（其中限期整改6个、移交有关部门处理2个）。",
        )
        .unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress),
            (Some(14), Some(6), Some(8))
        );
    }

    #[test]
    fn a_count_of_the_units_visited_is_no_total() {
        let t = one("此次督查共发现7个乡镇（街道）各类问题15个。经跟踪复核，已整改到位10个，正在整改4个，尚未启动整改1个。").unwrap();
        assert_eq!(t.total, Some(15));
        let t =
            one("此次巡察共发现3个村（社区）各类问题2个。已完成整改1个，正在整改1个。").unwrap();
        assert_eq!(t.total, Some(2));
        let t = one("此次督查共发现6个项目存在问题16个。截至10月31日，已整改完成11个。").unwrap();
        assert_eq!((t.total, t.done), (Some(16), Some(11)));
    }

    #[test]
    fn fixed_on_the_spot_is_done() {
        let t = one("督查共发现问题11个，其中当场整改6个，限期整改5个。").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress),
            (Some(11), Some(6), Some(5))
        );
    }

    #[test]
    fn kinds_counted_whole_with_no_total_before_make_the_total() {
        let t = one(
            "巡察反馈问题按性质分为三类。其中，立行立改问题3个，均已整改到位；限期整改问题6个，已整改完成4个，另有2个正在加快推进；长期坚持问题3个，已制定长效措施，持续推进。",
        )
        .unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress, t.long_term),
            (Some(12), Some(7), Some(2), Some(3))
        );
    }

    #[test]
    fn a_bracket_that_breaks_the_total_down_by_state() {
        let t = one("巡察反馈的3个方面12项具体事项（其中，已办结7项，推进中3项，常态化推进2项）均按照时间节点有序推进。").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress, t.long_term),
            (Some(12), Some(7), Some(3), Some(2))
        );
        // A part's breakdown stays out (`其余3个正在整改（其中…）`).
        let t =
            one("反馈问题12个，已完成整改9个，其余3个正在整改（其中限期整改2个、移交处理1个）。")
                .unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress),
            (Some(12), Some(9), Some(3))
        );
    }

    #[test]
    fn not_yet_closed_beside_closed_is_under_way() {
        let t = one("巡察反馈问题12个，已销号9个，未销号3个。").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress),
            (Some(12), Some(9), Some(3))
        );
    }

    #[test]
    fn a_cadence_of_one_by_one_counts_nothing() {
        // `整改完成一个、销号一个` says how the work goes, not how much is done.
        let t = one("对正在整改的3个问题，严格按照时间节点推进，确保整改完成一个、销号一个。");
        assert_eq!(t.and_then(|t| t.done), None);
        let t = one("反馈问题6个，坚持成熟一项、出台一项，已完成整改5个，正在整改1个。").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress),
            (Some(6), Some(5), Some(1))
        );
        // A single `一个` stays a count.
        let t = one("反馈问题3个，已完成整改2个，正在整改一个。").unwrap();
        assert_eq!(t.in_progress, Some(1));
    }

    #[test]
    fn counts_of_the_plans_kinds_state_nothing() {
        let t = one(
            "制定整改方案时，按照问题性质分为立行立改类3个、限期整改类5个、长期坚持类3个。截至9月15日，11个问题中已完成整改4个，正在推进4个，需长期坚持3个。",
        )
        .unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress, t.long_term),
            (Some(11), Some(4), Some(4), Some(3))
        );
    }

    #[test]
    fn two_parts_counted_then_summed() {
        let t = one("本轮审计共发现问题8个，已整改6个，正在整改2个；以前年度问题4个，已整改到位3个，仍在推进1个。两项合计12个，已整改9个，正在整改3个。").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress),
            (Some(12), Some(9), Some(3))
        );
    }

    #[test]
    fn the_parts_of_a_total_listed_after_it_add_nothing() {
        let t = one("本轮整改共涉及问题15个，其中本轮巡视反馈问题11个、上轮巡视遗留问题4个。截至12月31日，两轮合计已完成整改11个，正在整改3个，需长期坚持1个。").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress, t.long_term),
            (Some(15), Some(11), Some(3), Some(1))
        );
    }

    #[test]
    fn a_second_looks_shortfall_is_work_under_way() {
        let t = one("经“回头看”核查，6个问题中整改到位4个，整改不彻底2个。").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress),
            (Some(6), Some(4), Some(2))
        );
    }

    #[test]
    fn two_groups_counted_apart_are_no_totals() {
        // Two groups of problems: neither is the report's.
        let t = one("截至12月31日，本轮反馈问题4项中已完成整改2项，正在整改2项；上轮遗留问题3项中已完成3项。");
        assert!(t.is_none(), "{t:?}");
        // The problems' parts that do not add up to their total leave
        // the petitions' counts after them unread as theirs.
        let t = one("截至12月31日，4项反馈问题中已完成整改2项，正在整改1项；8件交办信访件中已办结7件，阶段性办结1件。");
        assert!(t.is_none(), "{t:?}");
        // Petitions counted after the problems, whose parts add up: the
        // problems' counts are the totals.
        let t = one("截至12月31日，4项反馈问题中已完成整改2项，正在整改1项，需长期坚持1项；8件交办信访件中已办结7件，阶段性办结1件。").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress, t.long_term),
            (Some(4), Some(2), Some(1), Some(1))
        );
        // A count of something else after the parts is not a group.
        let t =
            one("10宗问题图斑中已整改到位8宗，正在整改2宗；移送纪检监察机关问题线索1条。").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress),
            (Some(10), Some(8), Some(2))
        );
    }

    #[test]
    fn shortfalls_found_on_a_second_look_are_counted() {
        let t = one(
            "经过3个多月的集中攻坚，7项短板弱项中，已改进到位4项，正在推进2项，需长期坚持1项。",
        )
        .unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress, t.long_term),
            (Some(7), Some(4), Some(2), Some(1))
        );
    }

    #[test]
    fn two_kinds_joined_make_one_total() {
        let t = one("截至11月20日，巡察反馈的3个问题和专项检查发现的2个问题中，已完成整改2个，正在整改2个，需长期坚持1个。").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress, t.long_term),
            (Some(5), Some(2), Some(2), Some(1))
        );
    }

    #[test]
    fn a_run_of_ordinals_counts_nothing() {
        let t = one("以上问题中，第一、三、七项已完成整改；第二、五项持续推进中。");
        assert!(t.is_none(), "{t:?}");
        assert!(one("其中第2、5项正在整改。").is_none());
        // A range of ordinals (`第1至5项`) counts nothing either.
        assert!(one("其中，第1至5项、第7项和第9项问题已整改到位。").is_none());
        assert!(one("其中，第3-6项已完成整改。").is_none());
        let t = one("反馈问题7个，已完成3个、正在整改4个。").unwrap();
        assert_eq!((t.done, t.in_progress), (Some(3), Some(4)));
        // `阶段性完成` is not complete: in progress.
        let t = one("巡视反馈的11个问题，已办结7个，阶段性完成2个，未完成1个。").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress),
            (Some(11), Some(7), Some(3))
        );
    }

    #[test]
    fn summary_sentences() {
        let t = one("截至2025年6月底，共反馈问题25个，已完成整改19个，正在整改6个，完成率76%。")
            .unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress, t.completion_rate),
            (Some(25), Some(19), Some(6), Some(0.76))
        );
        assert_eq!(t.unit.as_deref(), Some("个"));
        assert!(t.text.starts_with("截至2025年6月底"));
        let t = one("巡察反馈的问题中，已整改40项、正在整改10项。").unwrap();
        assert_eq!((t.total, t.done, t.in_progress), (None, Some(40), Some(10)));
        let t = one(
            "审计查出的5大类88个问题，已整改到位76个、部分整改10个、尚未整改2个，整改率86.36%；",
        )
        .unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress, t.not_started),
            (Some(88), Some(76), Some(10), Some(2))
        );
        assert_eq!(t.completion_rate, Some(0.8636));
        let t = one("反馈的3个方面12个具体问题，其中10个已完成整改，2个需长期坚持整改。").unwrap();
        assert_eq!(
            (t.total, t.done, t.long_term),
            (Some(12), Some(10), Some(2))
        );
        let t = one("截至2025年6月底，6个问题已完成整改5个，正在整改1个，整改完成率83%。").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress),
            (Some(6), Some(5), Some(1))
        );
        assert_eq!(t.completion_rate, Some(0.83));
        let t = one(
            "审计反映的5个方面48个问题，已整改完成40个，部分整改5个；其中6个问题需长期坚持整改。",
        )
        .unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress, t.long_term),
            (Some(48), Some(40), Some(5), Some(6))
        );
        let t = one("反映的48个问题，已整改40个，部分整改5个，正在整改3个。").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress),
            (Some(48), Some(40), Some(8))
        );
        let t = one("全年共受理群众诉求事项120件，已办结112件，正在办理8件。").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress),
            (Some(120), Some(112), Some(8))
        );
        let t = one("局党组对反馈的5个问题全部认领。截至10月底，已办结4个，正在办理1个。").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress),
            (Some(5), Some(4), Some(1))
        );
        assert!(t.text.starts_with("局党组对反馈的5个问题"));
        let t = one(
            "审计查出问题13个。截至10月底，已整改到位10个，整改金额2412.3万元，3个问题正在整改。",
        )
        .unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress),
            (Some(13), Some(10), Some(3))
        );
        let t = one("已完成整改40个问题，正在整改5个。").unwrap();
        assert_eq!((t.total, t.done, t.in_progress), (None, Some(40), Some(5)));
        let t = one(
            "反映的6个问题，已完成整改4个，持续整改2个，其中1个需长期坚持整改，整改完成率66.7%。",
        )
        .unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress, t.long_term),
            (Some(6), Some(4), Some(2), Some(1))
        );
        let t = one("巡察反馈问题12个，已整改到位8个，持续整改4个。").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress, t.long_term),
            (Some(12), Some(8), Some(4), None)
        );
        let t = one("镇党委共认领问题4个，制定整改措施15条，已完成整改3个。").unwrap();
        assert_eq!((t.total, t.done), (Some(4), Some(3)));
    }

    #[test]
    fn kinds_of_problems_add_up_and_all_done_is_the_total() {
        let t = one("截至10月底，巡察反馈的共性问题3个、个性问题5个，已全部整改完毕。").unwrap();
        assert_eq!((t.total, t.done, t.in_progress), (Some(8), Some(8), None));
        let t = one("发现各类问题47个，已督促立行立改29个，其余18个正在整改。").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress),
            (Some(47), Some(29), Some(18))
        );
        let t = one("反馈问题12个，均已整改到位。").unwrap();
        assert_eq!((t.total, t.done), (Some(12), Some(12)));
        // Another kind of count (tasks, not problems) does not add up.
        let t = one("反馈问题12个，整改任务36项，已完成整改10个。").unwrap();
        assert_eq!((t.total, t.done), (Some(12), Some(10)));
        // Problems all claimed is no completion; a measure's result is no
        // report-wide count.
        assert!(one("对反馈的12个问题全部认领。").is_none());
        assert!(one("开展专项检查，发现问题12个，均已整改完毕。").is_none());
    }

    #[test]
    fn the_kind_named_between_count_and_noun_and_the_rest_stated_after() {
        let t = one("交办的9个营商环境问题已完成整改4个，正在整改4个，尚未启动1个。").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress),
            (Some(9), Some(4), Some(4))
        );
        let t = one("反馈问题9个，已完成整改6个，正在整改2个，尚未开展整改1个。").unwrap();
        assert_eq!(t.not_started, Some(1));
        // Keys before their counts, as a summary prints them.
        for s in [
            "问题总数：15个；已整改：12个；整改中：3个。",
            "反馈问题：15个，已完成整改：12个，正在整改：3个。",
        ] {
            let t = one(s).unwrap();
            assert_eq!(
                (t.total, t.done, t.in_progress),
                (Some(15), Some(12), Some(3)),
                "{s}"
            );
        }
        let t = one(
            "共发现问题隐患12项，其中现场已立行立改5项，其余7项已下达整改通知书，责令限期整改。",
        )
        .unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress),
            (Some(12), Some(5), Some(7))
        );
    }

    #[test]
    fn findings_of_any_name_counted_as_they_came_in() {
        let t = one("本月共收到群众差评5件，已整改办结4件，1件正在整改。").unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress),
            (Some(5), Some(4), Some(1))
        );
    }

    #[test]
    fn not_summaries() {
        assert!(one("11个“三新”领域党支部已全部完成问题整改。").is_none());
        assert!(one("对照8个方面进行深入查摆剖析。").is_none());
        assert!(one("涉及金额12.3亿元，已整改11.8亿元。").is_none());
        assert!(one("").is_none());
    }

    #[test]
    fn the_notices_own_share_of_a_shared_total() {
        let t = one("市委巡察组共反馈问题20个，其中我局牵头整改12个，已完成10个，正在整改2个。")
            .unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress),
            (Some(12), Some(10), Some(2))
        );
        let t =
            one("省委巡视反馈意见涉及我市的问题共46个，其中由市财政局牵头的8个，已完成整改7个。")
                .unwrap();
        assert_eq!((t.total, t.done), (Some(8), Some(7)));
        // A part of the total named otherwise stays a part.
        let t = one("共发现问题15个，已整改12个，其中党建方面5个。").unwrap();
        assert_eq!(t.total, Some(15));
    }

    #[test]
    fn a_part_of_the_total_just_stated_is_no_summary() {
        let paras = [(
            2,
            "巡察组向我局反馈了5个问题。其中第一方面涉及问题2个，已完成整改2个。",
        )];
        assert!(find(&paras).is_none_or(|t| t.total != Some(2)));
        let (_, lone) = find_with_lone(&paras);
        assert_eq!(lone.first().and_then(|t| t.total), Some(5));
        // In the next paragraph too.
        let paras = [
            (2, "巡察组向我局反馈了5个问题。"),
            (3, "其中第一方面涉及问题2个，已完成整改2个。"),
        ];
        assert!(find(&paras).is_none_or(|t| t.total != Some(2)));
        // A `其中` that counts them all still sums them up.
        let t = find(&[(2, "反馈问题5个。其中已完成整改4个，正在整改1个。")]).unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress),
            (Some(5), Some(4), Some(1))
        );
    }

    #[test]
    fn a_sentence_on_one_item_by_its_ordinal_counts_its_parts() {
        assert!(one("针对第5个问题，1个项目已完成竣工决算，另1个正在审核中。").is_none());
        assert!(one("第3项问题：已整改2家，其余1家正在整改。").is_none());
        // A run of ordinals names several items; a count after `第…期` is
        // not pointed at by the ordinal.
        let t = one("第1至3个问题已整改完成2个，1个正在整改。").unwrap();
        assert_eq!((t.done, t.in_progress), (Some(2), Some(1)));
        let t = one("第二轮巡察反馈的5个问题，已整改4个，1个正在整改。").unwrap();
        assert_eq!((t.total, t.done), (Some(5), Some(4)));
    }
}
