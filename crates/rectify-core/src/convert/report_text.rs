//! The report on a problem's state in its own text: what follows
//! `整改情况:` (or `【整改情况】`, `整改进展:`, `整改结果:`, …). A status
//! read from it is stated by the notice, and beats what the measures
//! suggest.

use crate::model::Status;
use crate::text::phrases::StatusPhrases;
use crate::text::{is_clause_end, norm_chars, results, slice, starts_at};

pub(crate) const REPORT_KEYS: &[&str] = &[
    "整改情况",
    "整改进展",
    "整改结果",
    "整改成效",
    // A 专项整治's report (`整治成效：…`).
    "整治成效",
    "整治情况",
    "整治进展",
    "整治结果",
    "整改落实情况",
    // `整改落实：已于2025年2月印发执行。`
    "整改落实",
    "整改进度",
    // `完成进度：■■■□□ 60%`.
    "完成进度",
    "整改完成进度",
    "完成情况",
    "进展情况",
    "落实情况",
    "目前进展",
    "目前进度",
    "当前进展",
    "当前进度",
    "目前状态",
    "最新进展",
    "办理情况",
    "整改状态",
    "完成状态",
    "办理状态",
    "当前状态",
    "目前状况",
    "当前状况",
    "整改完成情况",
    // Findings closed off (`销号情况：已销号（销号时间：…）`).
    "销号情况",
    "销号进度",
    "办结情况",
    "整改",
    // `改进成效：`, `工作成效：`: what the work achieved, in any words.
    "成效",
    "进度",
    "进展",
    "状态",
    "状况",
    // `我们的做法：…` › `目前：还在推进，预计年底前完成。`: where it stands now.
    "目前",
    "当前",
];

/// The longest key that asks whether the work is done (`是否完成`,
/// `是否整改到位`, `是否办结`), in characters.
const MAX_YES_NO_KEY_CHARS: usize = 8;

/// The length of the report key at `i` of `n` (characters): one of
/// [`REPORT_KEYS`], or a question whether the work is done (`是否完成：是`,
/// `是否整改到位：否`) followed by `close`.
fn report_key_at(n: &[char], i: usize, close: char) -> Option<usize> {
    REPORT_KEYS
        .iter()
        .map(|k| (k, k.chars().count()))
        .find(|&(k, l)| starts_at(n, i, k) && n.get(i + l) == Some(&close))
        .map(|(_, l)| l)
        .or_else(|| yes_no_key_len(n, i, close))
}

/// `是否` and a few words of the work's completion up to `close`.
fn yes_no_key_len(n: &[char], i: usize, close: char) -> Option<usize> {
    if !starts_at(n, i, "是否") {
        return None;
    }
    let len = (i + 3..=(i + MAX_YES_NO_KEY_CHARS).min(n.len().saturating_sub(1)))
        .find(|&j| n[j] == close)?
        - i;
    let words: String = n[i + 2..i + len].iter().collect();
    let worded = words.chars().all(crate::text::chars::is_han)
        && ["完成", "到位", "办结", "销号", "整改"]
            .iter()
            .any(|w| words.contains(w));
    worded.then_some(len)
}

/// A paragraph that opens with a report key (`整改情况：…`, `【整改进展】…`,
/// `完成情况：…`, `是否完成：是`): the report on a problem's state.
pub(crate) fn opens_with_report_key(text: &str) -> bool {
    let n: Vec<char> = norm_chars(text).into_iter().take(12).collect();
    let (start, close) = if n.first() == Some(&'【') {
        (1, '】')
    } else {
        (0, ':')
    };
    report_key_at(&n, start, close).is_some()
}

/// The text after the last report key (`整改情况:…`) up to the end of its
/// paragraph, if the text has one.
pub(crate) fn report_on_state(text: &str) -> Option<String> {
    let n = norm_chars(text);
    let orig: Vec<char> = text.chars().collect();
    let mut found = None;
    for i in 0..n.len() {
        if let Some(len) = [':', '】', ']']
            .iter()
            .find_map(|&c| report_key_at(&n, i, c))
        {
            found = Some(i + len + 1);
        }
    }
    let line = |start: usize| {
        let end = (start..n.len()).find(|&j| n[j] == '\n').unwrap_or(n.len());
        slice(&orig, start, end)
    };
    let found = found?;
    let v = line(found);
    if !v.trim().is_empty() {
        return Some(v);
    }
    // `【完成情况】` alone on its line: the report is the paragraph below,
    // unless that is the first of a list (`整改情况：` › `1.…`) or a note
    // of owners and deadlines (`责任单位：…`).
    // A copy that sets each sentence apart (`整改情况：` › `制定…方案。` ›
    // `下一步将…。` › `该问题已整改到位。`): the paragraphs below, up to a
    // note, a label or a key of their own.
    let below = slice(&orig, found, orig.len());
    let report: String = below
        .split('\n')
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take_while(|l| {
            crate::text::label::recognise(l).is_none()
                && !crate::text::owners::is_note_paragraph(l)
                && !opens_with_key(l)
        })
        .collect();
    (!report.is_empty()).then_some(report)
}

/// A line that opens with a key of its own (`责任单位：…`, `整改时限：`),
/// at most [`MAX_OWN_KEY_CHARS`] characters before its colon.
fn opens_with_key(line: &str) -> bool {
    line.split_once(['：', ':']).is_some_and(|(key, _)| {
        key.chars().count() <= MAX_OWN_KEY_CHARS && !key.contains(['，', '。'])
    })
}

/// The longest key of a line read by [`opens_with_key`] (characters).
const MAX_OWN_KEY_CHARS: usize = 8;

/// A report that answers yes or no (`是否完成：是`, `否（已完成70%）`,
/// `否，尚未启动`): whether it says yes, and what it says after the answer.
pub(crate) fn yes_or_no(report: &str) -> Option<(bool, &str)> {
    let t = crate::text::trim(report);
    let mut chars = t.chars();
    let yes = match chars.next()? {
        '是' => true,
        '否' => false,
        _ => return None,
    };
    let rest = chars.as_str();
    let answered = rest
        .chars()
        .next()
        .is_none_or(|c| !crate::text::chars::is_han(c) && !c.is_ascii_alphanumeric());
    answered.then(|| {
        (
            yes,
            rest.trim_start_matches(|c: char| {
                !crate::text::chars::is_han(c) && !c.is_ascii_digit()
            }),
        )
    })
}

/// The reports of a text that reports its items one by one: each
/// paragraph opening with the same report key (`（1）…。` › `整改情况：
/// 已完成。` › `（2）…。` › `整改情况：正在推进。`), when the last key opens
/// two or more; each report's text, in order.
pub(crate) fn reports_one_by_one(text: &str) -> Option<Vec<&str>> {
    let keyed = |para: &str| {
        let n = norm_chars(para.trim_start());
        report_key_at(&n, 0, ':').map(|len| n[..len].iter().collect::<String>())
    };
    let paras: Vec<&str> = text.split('\n').filter(|p| !p.trim().is_empty()).collect();
    let last = paras.iter().rev().find_map(|p| keyed(p))?;
    let reports: Vec<&str> = paras
        .iter()
        .filter(|p| keyed(p).as_deref() == Some(last.as_str()))
        .map(|p| {
            let p = p.trim_start();
            let after = p
                .char_indices()
                .nth(last.chars().count() + 1)
                .map_or(p.len(), |(b, _)| b);
            &p[after..]
        })
        .collect();
    (reports.len() >= 2).then_some(reports)
}

/// The longest report read as a bare percentage (`70%。`), in characters.
const MAX_PERCENT_REPORT_CHARS: usize = 12;

/// A report that is only a percentage of the work done (`整改进度：70%`,
/// `完成100%`): done at 100, in progress below; the percentage as printed.
pub(crate) fn percent_progress(report: &str) -> Option<(Status, String)> {
    let t = crate::text::trim(report).trim_end_matches(['。', '.', '；', ';']);
    let n = norm_chars(t);
    if n.len() > MAX_PERCENT_REPORT_CHARS {
        return None;
    }
    let pct = n.iter().position(|&c| c == '%')?;
    let (start, value) = crate::text::chars::percent_before(&n, pct)?;
    let status = match value {
        v if v >= 100.0 => Status::Done,
        v if v >= 0.0 => Status::InProgress,
        _ => return None,
    };
    Some((status, slice(&n, start, pct + 1)))
}

/// A report that ends on the share of the work done, in a clause of its
/// own (`加快推进改造，目前完成率85%。`, `…，整体进度达90%`): that share's
/// status, as [`percent_progress`] reads it; the percentage as printed.
pub(crate) fn closing_percent(report: &str) -> Option<(Status, String)> {
    let t = crate::text::trim(report).trim_end_matches(['。', '.', '；', ';']);
    let last = t.rsplit(['，', ',', '；', ';', '。', '\n']).next()?;
    let names_share = ["完成", "进度"].iter().any(|w| last.contains(w));
    names_share.then(|| percent_progress(last)).flatten()
}

/// Words naming the share of the work done (`整改率43%`, `完成率60%`).
const RATE_WORDS: &[&str] = &["整改率", "完成率", "整改进度", "完成进度"];

/// A clause anywhere in a report giving the share of the work done below
/// 100 % (`应整改金额205.8万元，已整改88.5万元，整改率43%。剩余…`): the
/// work is under way whatever results it lists; the percentage as printed.
pub(crate) fn share_below_full(report: &str) -> Option<String> {
    report
        .split(['，', ',', '；', ';', '。', '\n'])
        .filter(|c| RATE_WORDS.iter().any(|w| c.contains(w)))
        .filter_map(percent_progress)
        .find(|(status, _)| *status == Status::InProgress)
        .map(|(_, pct)| pct)
}

/// The longest status tag at the end of a problem's title, in characters
/// (`计划2026年12月31日前完成`: 16).
const MAX_TAG_CHARS: usize = 16;

/// A status tag that ends a problem's title: `…不严【已完成】`,
/// `…不规范（已整改到位）`, `…薄弱——持续推进中`. The tag's words, when the
/// title ends with a short bracketed part or a part after a dash; whether
/// they state a status is for the caller to read.
pub(crate) fn title_tag(title: &str) -> Option<String> {
    let t = crate::text::trim(title).trim_end_matches(['。', '.', '；', ';']);
    let n: Vec<char> = norm_chars(t);
    let orig: Vec<char> = t.chars().collect();
    let last = *n.last()?;
    let open = match last {
        '】' => '【',
        ')' => '(',
        ']' => '[',
        _ => {
            let dash = (0..n.len().saturating_sub(1))
                .rev()
                .find(|&i| matches!((n[i], n[i + 1]), ('—', '—') | ('-', '-')))?;
            let tag = slice(&orig, dash + 2, orig.len());
            let tag = tag.trim();
            let short = (1..=MAX_TAG_CHARS).contains(&tag.chars().count());
            return (short && dash > 0).then(|| tag.to_string());
        }
    };
    let start = n.iter().rposition(|&c| c == open)?;
    let tag = slice(&orig, start + 1, orig.len() - 1);
    // `（正在整改，计划2026年3月底前完成）`: a short state, then its plan.
    let first = tag.split(['，', ',']).next().unwrap_or("");
    let short = (1..=MAX_TAG_CHARS).contains(&tag.chars().count())
        || (1..=MAX_STATE_CLAUSE_CHARS).contains(&first.chars().count());
    (short && start > 0).then_some(tag)
}

/// The longest state's clause opening a longer tag (`正在整改`, `已整改`).
const MAX_STATE_CLAUSE_CHARS: usize = 6;

/// The report says the work has not started (`尚未整改`, `未启动整改`),
/// either as its opening words or as its concluding clause (`因…，目前尚未
/// 整改。`): a report states its conclusion first or last.
#[cfg(test)]
fn says_not_started(report: &str) -> bool {
    not_started_words(report).is_some()
}

/// Words that make what follows a requirement or an aim, not a state
/// (`须完成整改`, `确保整改到位`).
const REQUIRED: &[&str] = &["须", "需", "应", "要", "待", "将", "确保", "力争"];

/// Words that open a clause giving a reason (`因…`, `由于…`).
const REASON_LEADS: &[&str] = &["因", "由于", "鉴于"];

/// The words that say the work has not started: the report's first four
/// characters when it opens with them, else its concluding clause.
pub(crate) fn not_started_words(report: &str) -> Option<String> {
    let n: String = norm_chars(report).into_iter().collect();
    let opens = |s: &str| {
        let s = s.trim_start_matches(['目', '前', '现', '仍', ' ']);
        // `逾期未整改` (past its deadline, not rectified), as a group of
        // them is read (`state_groups`).
        let s = ["逾期", "超期"]
            .iter()
            .find_map(|w| s.strip_prefix(w))
            .unwrap_or(s);
        let without_yet = s.trim_start_matches('暂');
        // `未整改，原因是…` (not `未整改到位`, a completion denied).
        let unrectified = s.strip_prefix("未整改").is_some_and(|rest| {
            !["到位", "完", "彻底", "销号"]
                .iter()
                .any(|e| rest.starts_with(e))
        });
        unrectified
            || NOT_STARTED
                .iter()
                .any(|w| s.starts_with(w) || without_yet.starts_with(w))
    };
    let last = crate::text::plans::last_clause(&n);
    if is_only_not_begun(&n) {
        return Some(crate::text::trim(report).to_string());
    }
    if opens(&n) {
        return Some(report.chars().take(4).collect());
    }
    if opens(&last) {
        return Some(last.trim().to_string());
    }
    // A clause inside the report, between its reason and its plan, that
    // says so of itself (`因平台尚未建成，目前尚未启动，待…后实施`) or of the
    // work it names (`…，接入工作目前尚未启动，…`).
    let says = |c: &&str| {
        (opens(c) && c.chars().count() <= MAX_NOT_STARTED_CLAUSE_CHARS) || ends_not_started(c)
    };
    // Only where the report states no other state (`…尚未启动…。该问题正在
    // 整改。`: the conclusion is that it is under way) — a step done before
    // it (`已完成立项，尚未启动实施，计划2027年启动`) is no such state when
    // plans follow it, and only plans (`已完成食堂改造，…因预算调整尚未启动。`
    // is part of the work done, part not begun).
    let clauses: Vec<&str> = n.split([',', '。', ';']).map(str::trim).collect();
    // Not what is required (`企业复产前须完成整改`, `确保整改到位`), nor a
    // reason's (`因省人大常委会正在修订条例，该项工作暂未启动`).
    let stated = |c: &&&str, words: &[&str]| {
        words.iter().any(|w| {
            c.match_indices(w)
                .any(|(at, _)| !REQUIRED.iter().any(|r| c[..at].ends_with(r)))
        })
    };
    let not_reasons = || {
        clauses
            .iter()
            .filter(|c| !REASON_LEADS.iter().any(|r| c.starts_with(r)))
    };
    // `受此影响，该项整改工作暂未启动`: the rectification itself named as not
    // started decides, whatever else is under way (`县级平台正在升级`) or
    // prepared (`已完成方案编制`) — unless the report states it complete.
    let completed = not_reasons().any(|c| stated(&c, &["完成整改", "整改到位", "整改完成"]));
    if let Some(c) = clauses
        .iter()
        .find(|c| names_its_rectification_not_started(c))
    {
        return (!completed).then(|| c.to_string());
    }
    let under_way = not_reasons().any(|c| stated(&c, &["正在", "完成整改", "整改到位"]));
    let done_step = n.contains("已完成");
    let only_plans_after = |k: usize| {
        let after: Vec<&&str> = clauses[k + 1..].iter().filter(|c| !c.is_empty()).collect();
        !after.is_empty() && after.iter().all(|c| crate::text::plans::opens_a_plan(c))
    };
    clauses
        .iter()
        .enumerate()
        .filter(|_| !under_way)
        .find(|(k, c)| says(c) && (!done_step || only_plans_after(*k)))
        .map(|(_, c)| c.to_string())
}

/// Words that say the work has not begun when they are the whole report
/// (`整改情况：未开展。`); inside one they open a restated finding
/// (`未开展自查的3家单位已…`).
const NOT_BEGUN_ALONE: &[&str] = &["未开展", "未实施", "未整改"];

/// The report is only [`NOT_BEGUN_ALONE`] words (`目前未实施。`).
fn is_only_not_begun(n: &str) -> bool {
    let s = n
        .trim_start_matches(['目', '前', '现', '仍', '暂', '尚', '还', ' '])
        .trim_end_matches(['。', '.', ';', ' ']);
    NOT_BEGUN_ALONE.contains(&s)
}

/// Words after a not-started word that name what has not started
/// (`改造工程尚未启动实施`, `目前尚未启动实质性整改`).
const NOT_STARTED_OBJECTS: &[&str] = &["实施", "整改", "建设", "施工", "实质性整改"];

/// The clause ends saying its work has not started (`…接入工作目前尚未
/// 启动`, `改造工程尚未启动实施`, `目前尚未启动实质性整改`).
fn ends_not_started(clause: &str) -> bool {
    let c = clause.trim();
    let ends = |c: &str| NOT_STARTED.iter().any(|w| c.ends_with(w));
    ends(c)
        || NOT_STARTED_OBJECTS
            .iter()
            .any(|o| c.strip_suffix(o).is_some_and(ends))
}

/// The clause names the rectification itself as not started (`该项整改
/// 工作暂未启动`, `该问题尚未启动整改`, `整改工作尚未启动`).
fn names_its_rectification_not_started(clause: &str) -> bool {
    let Some(at) = NOT_STARTED.iter().filter_map(|w| clause.find(w)).min() else {
        return false;
    };
    let subject = &clause[..at];
    let named = subject.contains("整改")
        || ["该问题", "该项", "此项"]
            .iter()
            .any(|w| subject.ends_with(w) || subject.contains(w));
    named && ends_not_started(clause)
}

/// Words that say the work has not started.
const NOT_STARTED: &[&str] = &[
    "尚未整改",
    "未启动",
    "尚未启动",
    "未开始整改",
    "未启动整改",
    "待启动",
    // `暂未整改`, `暂缓整改`, `因…暂缓实施`: put off, not begun.
    "暂未整改",
    "暂缓",
    "尚未开工",
    "未开工",
    // `尚未开始`, `尚未开展`, `暂未实施`: not begun in other words (not a
    // bare `未开展`, which opens a restated finding: `未开展自查的问题…`).
    "尚未开始",
    "还未开始",
    "未开始",
    "尚未开展",
    "暂未开展",
    "尚未实施",
    "暂未实施",
    // `已制定方案待实施`: the plan made, the work not begun (counted apart
    // from the work under way: `正在推进2个，已制定方案待实施1个`).
    "待实施",
];

/// The longest clause inside a report read as saying the work has not
/// started (`目前尚未启动`; characters): a longer one says more
/// (`尚未整改到位的3个问题…`).
const MAX_NOT_STARTED_CLAUSE_CHARS: usize = 8;

/// The report's concluding clause is a bare statement that the work is
/// done (`…，并修订预算编制规程，整改到位。`, `…，已落实。` where the notice
/// calls its findings 反馈意见 and their rectification 落实): the words it reports its
/// result with, if so.
pub(crate) fn concludes_done(report: &str) -> Option<String> {
    // `…该问题已完成整改。（责任单位：产业发展科）`: the note aside.
    let report = crate::text::owners::strip_notes(report);
    let n: String = norm_chars(&report).into_iter().collect();
    let last = crate::text::plans::last_clause(&n);
    // `该问题已整改完成`: the problem named as the subject.
    let unnamed = without_subject(&last).unwrap_or(&last);
    // `经复查已整改到位`: the check that found it so, first.
    let unnamed = CHECKS
        .iter()
        .find_map(|w| unnamed.trim_start().strip_prefix(w))
        .unwrap_or(unnamed);
    let bare = unnamed.trim_start_matches(['目', '前', '现', '已', '均', '全', '部', ' ']);
    [
        "整改到位",
        // `回头看` notices improve what fell short (`…，改进到位。`).
        "改进到位",
        "整改完毕",
        "完成整改",
        "整改完成",
        "办结",
        "落实",
        "落实到位",
        // `目前已整改完成并销号`: the check done too.
        "销号",
        "整改完成并销号",
        "完成整改并销号",
        "整改到位并销号",
    ]
    .contains(&bare)
    .then(|| last.trim().to_string())
}

/// The report's bare done verdict `words` ([`concludes_done`]) is its last
/// sentence on its own (`…已有4项指标达到序时进度。…。已完成整改。`): the
/// verdict, whatever the report said on the way.
pub(crate) fn concludes_done_alone(report: &str, words: &str) -> bool {
    let sentence: String = norm_chars(last_sentence(report)).into_iter().collect();
    crate::text::trim(&sentence) == words
}

/// Words of the check that found a result before the verdict
/// (`经复查已整改到位`).
const CHECKS: &[&str] = &[
    "经复查",
    "经核查",
    "经检查",
    "经验收",
    "经回访",
    "经现场复查",
    "经现场核查",
    "复查时",
    "复查",
];

/// Words that name the problem as a clause's subject (`该问题已整改完成`).
const SUBJECTS: &[&str] = &["该问题", "此问题", "该项问题", "上述问题", "该项", "该事项"];

/// The report's concluding clause names the problem and states it done
/// (`…剩余1处合同将于12月到期…。该问题已整改完成。`): the report's verdict,
/// whatever it said on the way. The clause, if so.
pub(crate) fn concludes_done_by_name(report: &str) -> Option<String> {
    let report = &*crate::text::owners::strip_notes(report);
    let words = concludes_done(report)?;
    let n: String = norm_chars(report).into_iter().collect();
    let last = crate::text::plans::last_clause(&n);
    without_subject(&last).is_some().then_some(words)
}

/// The clause after the words naming the problem as its subject, if it
/// opens with them.
fn without_subject(clause: &str) -> Option<&str> {
    // `目前该问题已整改完成`: the time it is said at comes first.
    let c = clause.trim_start();
    let c = ["截至目前", "目前", "现"]
        .iter()
        .find_map(|w| c.strip_prefix(w))
        .unwrap_or(c);
    SUBJECTS.iter().find_map(|w| c.strip_prefix(w))
}

/// The report's concluding clause names the problem and says its work is
/// under way or has more to do (`体育产业培育是一项长期任务，…，该问题正在
/// 持续整改。`, `…，该问题需持续推进。`): the
/// problem's own state, whatever the report said of the work's kind
/// before. The clause, if so.
pub(crate) fn concludes_open(report: &str) -> Option<String> {
    let n: String = norm_chars(report).into_iter().collect();
    let last = crate::text::plans::last_clause(&n);
    let rest = without_subject(&last)?.trim_start_matches(['目', '前', '仍', ' ']);
    // `该问题需持续推进`, `该问题还需进一步整改`: more to do.
    [
        "正在",
        "整改中",
        "推进中",
        "在整改",
        "需持续",
        "需继续",
        "还需",
        "尚需",
        "需进一步",
    ]
    .iter()
    .any(|w| rest.starts_with(w))
    .then(|| last.trim().to_string())
}

pub(crate) use crate::text::plans::{deadline_set, planned_ahead, scheduled};

/// The most characters between `处于` and the `阶段` it names
/// (`处于整改阶段`, `处于设备安装调试阶段`).
const MAX_STAGE_NAME_CHARS: usize = 10;

/// The report's last clause says the work is at a stage of its course
/// (`目前处于整改阶段`, `正处于调试阶段`, `档案数字化工作处于收尾阶段`):
/// under way, not done. A stage reached as a result (`阶段性`) is not
/// one. The clause, if so.
pub(crate) fn at_a_stage(report: &str) -> Option<String> {
    let n: String = norm_chars(report).into_iter().collect();
    let last = crate::text::plans::last_clause(&n);
    let (_, after) = last.split_once("处于")?;
    let name: String = after.chars().take(MAX_STAGE_NAME_CHARS + 2).collect();
    let at = name.find("阶段")?;
    let next = name[at + "阶段".len()..].chars().next();
    (next != Some('性')).then(|| last.trim().to_string())
}

/// Words that open a clause about the rest of the work (`剩余债务分三年化解`).
const THE_REST: &[&str] = &["剩余", "其余", "余下", "尚余"];

/// The report's last clause is about the rest of the work and reports no
/// completion of it, nor the long term (`已化解债务120万元，剩余债务分三年
/// 化解`; not `剩余资金已全部收回`): a part done, the rest to come, so the
/// work is under way. The clause, if so.
pub(crate) fn rest_to_come(report: &str, phrases: StatusPhrases<'_>) -> Option<String> {
    let n: String = norm_chars(report).into_iter().collect();
    let last = crate::text::plans::last_clause(&n);
    let t = last
        .trim()
        .trim_start_matches("目前")
        .trim_start_matches('另');
    let about_rest = THE_REST.iter().any(|w| t.starts_with(w));
    let reported = phrases.find_done(t).is_some()
        || phrases.find_in_progress(t).is_some()
        || results::result_in(t).is_some()
        || t.contains("长期");
    (about_rest && !reported).then(|| last.trim().to_string())
}

/// The report's last clause says the work waits on something (`已制定方案，
/// 待上级审批`, `待资金到位后实施`) and no phrase of completion came
/// before (`已整改，待验收` is done, its check to come): under way. The
/// clause, if so.
pub(crate) fn awaiting(report: &str, phrases: StatusPhrases<'_>) -> Option<String> {
    let n: String = norm_chars(report).into_iter().collect();
    let last = crate::text::plans::last_clause(&n);
    let t = last
        .trim()
        .trim_start_matches(['目', '前', '现', '尚', '仍']);
    // Not `待遇…` (pay), a noun.
    let waits = (t.starts_with('待') && !t.starts_with("待遇")) || t.starts_with("等待");
    (waits && phrases.find_done(&n).is_none()).then(|| last.trim().to_string())
}

/// Words that open a clause of work to come (`将结合机构改革统筹解决`).
const TO_COME: &[&str] = &["将", "拟", "计划", "准备", "力争", "确保", "预计"];

/// Words that end a time before `前` (`年底前`, `2025年12月底前`, `6月30日前`).
const TIME_ENDINGS: &[&str] = &["底", "月", "日", "年", "末", "旬", "季度"];

/// Words after `前` that say what is due then (`年底前完成`, `6月前整改到位`).
const DUE_WORKS: &[&str] = &["完成", "整改", "全部", "办结", "销号"];

/// A clause that only says by when the work is due (`2025年12月底前完成`,
/// `年底前整改到位`): work to come.
fn due_by(clause: &str) -> bool {
    clause.match_indices('前').any(|(at, _)| {
        let before = &clause[..at];
        let after = &clause[at + '前'.len_utf8()..];
        TIME_ENDINGS.iter().any(|w| before.ends_with(w))
            && DUE_WORKS.iter().any(|w| after.starts_with(w))
    })
}

/// A report all of whose clauses are work to come, perhaps after the
/// problem named as their subject (`该问题将结合机构改革统筹解决。`,
/// `年底前完成`): nothing
/// done yet, the work under way. The report, if so.
pub(crate) fn only_to_come(report: &str) -> Option<String> {
    let n: String = norm_chars(report).into_iter().collect();
    let mut clauses = n
        .split([',', '。', ';'])
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .peekable();
    clauses.peek()?;
    // `计划生育奖励资金已发放`: a noun, the work done.
    if n.contains('已') || results::result_in(&n).is_some() {
        return None;
    }
    clauses
        .all(|c| {
            let c = without_subject(c).unwrap_or(c).trim_start();
            let to_come = TO_COME.iter().any(|w| c.starts_with(w)) || due_by(c);
            to_come && !c.starts_with("计划生育")
        })
        .then(|| report.trim().to_string())
}

/// Verbs before `阶段性` that say a stage of the work was reached
/// (`取得阶段性成效`, `实现阶段性目标`).
const STAGE_REACHED: &[&str] = &["取得", "实现", "达到", "取得了", "实现了", "达到了"];

/// A clause of the report says the work reached a stage of it
/// (`该项整改取得阶段性成效，将持续推进`, `已取得阶段性进展`): under way, as
/// notices count such problems (`取得阶段性成效并持续推进4项`), not done.
/// The clause, if so.
pub(crate) fn stage_reached(report: &str) -> Option<String> {
    let n: String = norm_chars(report).into_iter().collect();
    n.split([',', '。', ';'])
        .find(|clause| {
            clause
                .match_indices("阶段性")
                .any(|(at, _)| STAGE_REACHED.iter().any(|w| clause[..at].ends_with(w)))
        })
        .map(|clause| clause.trim().to_string())
}

/// Verbs that say work has begun, not that it is finished (`已启动…招标`,
/// `已开工建设…`, `已着手修订…`).
const STARTED: &[&str] = &["已启动", "已开工", "已动工", "已着手", "已开始", "已进场"];

/// A result that only says the work has begun (`已启动河道采砂专项整治
/// 行动`): the work is under way.
pub(crate) fn only_started(result: &str) -> bool {
    STARTED.iter().any(|w| result.trim_start().starts_with(w)) || only_ordered(result)
}

/// Orders to rectify (`已责令整改`, `已责令其限期改正`): the order is
/// given, the rectification still to come.
const ORDERED: &[&str] = &["整改", "改正"];

/// A result that only gives the order to rectify (`已责令整改`): the work
/// is under way, not done.
fn only_ordered(result: &str) -> bool {
    let r = result
        .trim_start()
        .trim_end_matches(['。', '；', ';', '，', ',']);
    r.strip_prefix("已责令").is_some_and(|rest| {
        ORDERED.iter().any(|w| rest.ends_with(w)) && !rest.contains(['，', ','])
    })
}

/// A report whose only work done is the preparation (`已开展前期工作`,
/// `已完成项目前期调研`) or the start (`已进场施工`) and that states
/// nothing done: the work has begun. The clause, if so; not when another
/// clause reports a result (`已完成招标，现已竣工验收`).
pub(crate) fn only_prepared(report: &str, phrases: StatusPhrases<'_>) -> Option<String> {
    let begun = |c: &str| {
        let at = |w: &&str| c.find(w);
        let prepared = crate::text::phrases::PREPARATION
            .iter()
            .filter_map(at)
            .any(|p| c[..p].contains('已'));
        (prepared || STARTED.iter().any(|w| c.contains(w)))
            && !FINISHED_WORKS.iter().any(|w| c.contains(w))
    };
    let n: String = norm_chars(report).into_iter().collect();
    let other_result = n
        .split([',', '。', ';'])
        .any(|c| c.contains('已') && !begun(c));
    if other_result {
        return None;
    }
    clause_of_open_report(report, phrases, begun)
}

/// Words that say the works are finished (`并完成建设`, `已竣工验收`).
const FINISHED_WORKS: &[&str] = &["完成建设", "竣工", "建成", "完工", "投用", "投入使用"];

/// The first clause (trimmed) of a report that states nothing done for
/// which `says` holds.
fn clause_of_open_report(
    report: &str,
    phrases: StatusPhrases<'_>,
    says: impl Fn(&str) -> bool,
) -> Option<String> {
    if phrases.find_done(report).is_some() {
        return None;
    }
    let n: String = norm_chars(report).into_iter().collect();
    n.split([',', '。', ';'])
        .map(str::trim)
        .find(|c| says(c))
        .map(str::to_string)
}

/// The longest concluding clause read as a statement of the work's kind
/// (`该项工作需长期坚持`; characters).
const MAX_CONCLUSION_CHARS: usize = 16;

/// The report's concluding clause says the work needs sustained effort
/// (`已建立台账，完成清理12项，该项工作需长期坚持。`): after the results
/// it lists, the report concludes that the work is long-term, so it is not
/// done. The clause, as printed, if so: short, with long-term wording
/// (`需长期`, `长期坚持`, …) and no result (`已…`) or done phrase of its own
/// (`需长期坚持，已完成整改` concludes done); or a report that states the
/// long-term kind anywhere and concludes that the work goes on (`属长期任务，
/// 已制定规划，持续推进。`: the long-term words are the phrase).
pub(crate) fn concludes_long_term(report: &str, phrases: StatusPhrases<'_>) -> Option<String> {
    // `…该项工作需长期坚持。（责任人：副镇长 陈某某）`: a note of owners
    // after the conclusion concludes nothing.
    let report = &*crate::text::owners::strip_notes(report);
    let last = concluding_clause(report, phrases, MAX_CONCLUSION_CHARS);
    // Without a short last clause, a last sentence that states the whole
    // rectification complete (`已完成整改，相关措施需长期执行并纳入常态化
    // 管理。`) is done; one part done (`…已完成整顿转化，村干部队伍建设需
    // 长期坚持`) is not.
    let sentence = last_sentence(report);
    if last.is_none() && COMPLETED.iter().any(|w| sentence.contains(w)) {
        return None;
    }
    // `此项问题已完成整改，今后将长期坚持。`: the work is done, and will
    // be kept up from now on (not `已完成阶段性整改，需长期坚持`).
    // `该问题已完成整改，学习制度长期坚持执行。`: so is a measure named
    // as what is kept up.
    let ahead = |c: &str| AHEAD.iter().any(|w| crate::text::trim(c).starts_with(w));
    let kept_up = |c: &str| ahead(c) || names_what_is_kept_up(c);
    // `【状态】已完成，长期坚持`: a bare verdict of done, then that the work
    // goes on (not `已完成，需长期坚持`, a need).
    let goes_on = |c: &str| opens_with_bare_verdict(sentence) && !c.contains('需');
    if last
        .as_ref()
        .is_some_and(|(c, _)| (kept_up(c) && states_completed(sentence)) || goes_on(c))
    {
        return None;
    }
    if let Some((clause, words)) = &last {
        // `…，今后每季度开展一次演练，常态化抓好。`: a last clause that
        // opens with the routine it becomes.
        if LONG_TERM.iter().any(|w| clause.contains(w)) {
            return Some(words.clone());
        }
        // The report's own long-term words, if any, are the better phrase.
        if crate::text::trim(clause).starts_with("常态化") {
            return long_term_clause(report).or(Some(words.clone()));
        }
    }
    // `…，此项工作需与教育部门长期协同推进，纳入常态化工作。`: the last
    // sentence calls the work long-term in its own words, and reports
    // nothing done (its last clause may be long: `需长期坚持、久久为功，
    // 集团公司将按照三年行动方案逐年推进落实。`).
    if let Some(c) = long_term_last_sentence(report, phrases) {
        return Some(c);
    }
    let (clause, _) = last?;
    // `属长期任务，已制定规划，持续推进。`: stated long-term first, and the
    // report ends saying the work goes on.
    if !results::is_continuing(&clause) {
        return None;
    }
    long_term_clause(report)
}

/// The clause of the report's last sentence that says the work must go on
/// over the long term (`需…长期…`), when neither it nor any clause after
/// it reports a result or completion (`已推动23所学校开放场地，…，此项工作
/// 需与教育部门长期协同推进，纳入常态化工作。`).
fn long_term_last_sentence(report: &str, phrases: StatusPhrases<'_>) -> Option<String> {
    let sentence = last_sentence(report);
    let clauses: Vec<&str> = sentence.split(['，', ',', '；', ';']).collect();
    // `需长期坚持`, `需常态长效推进`.
    let needs_long = |c: &str| {
        c.find('需')
            .is_some_and(|a| ["长期", "长效", "常态"].iter().any(|w| c[a..].contains(w)))
    };
    let k = clauses.iter().rposition(|c| needs_long(c))?;
    let reports = clauses[k..].iter().any(|c| completes(c, phrases));
    (!reports).then(|| clauses[k].trim().chars().take(MAX_CLAUSE_CHARS).collect())
}

/// The report's last sentence, without its full stop.
fn last_sentence(report: &str) -> &str {
    let t = report.trim_end().trim_end_matches(['。', '.']);
    t.rsplit('。').next().unwrap_or(t)
}

/// The clause has a done phrase or a result (`已…`).
fn completes(clause: &str, phrases: StatusPhrases<'_>) -> bool {
    phrases.find_done(clause).is_some() || results::result_in(clause).is_some()
}

/// The first clause of a report that calls the work long-term
/// (`该问题列为长期整改事项`, `需长期坚持`), as printed.
pub(crate) fn long_term_clause(report: &str) -> Option<String> {
    report
        .split(|c: char| is_clause_end(crate::text::norm_char(c)))
        .find(|c| {
            let n: String = norm_chars(c).into_iter().collect();
            LONG_TERM.iter().any(|w| n.contains(w))
        })
        .map(|c| c.trim().chars().take(MAX_CLAUSE_CHARS).collect())
}

/// The longest concluding clause read as saying the work goes on in a
/// sentence of its own (`该项工作将作为常态化任务持续抓好落实`; characters).
const MAX_GOES_ON_CHARS: usize = 28;

/// Words after `将` that say the work goes on (`将作为常态化任务…`,
/// `将持续跟踪`).
const GOES_ON: &[&str] = &["常态", "长效", "持续", "继续", "长期"];

/// The report's concluding clause says the work goes on, with no result
/// of its own: a bare statement (`已制定权力清单36项，持续推进。`), or what
/// will be done from now on (`…，该项工作将作为常态化任务持续抓好落实。`).
pub(crate) fn concludes_continuing(report: &str, phrases: StatusPhrases<'_>) -> Option<String> {
    let (clause, words) = concluding_clause(report, phrases, MAX_GOES_ON_CHARS)?;
    let short = clause.chars().count() <= MAX_CONCLUSION_CHARS;
    let goes_on = clause
        .find('将')
        .is_some_and(|k| GOES_ON.iter().any(|w| clause[k..].contains(w)));
    ((short && results::is_continuing(&clause)) || goes_on).then_some(words)
}

/// The report's first sentence is a bare word of work that goes on, the
/// state given before what was done (`持续推进。已开展处方点评4次…`), as
/// `已完成整改。…` gives it: the words as printed.
pub(crate) fn opens_continuing(report: &str, phrases: StatusPhrases<'_>) -> Option<String> {
    let report = report.trim_start();
    let n = norm_chars(report);
    let end = n
        .iter()
        .position(|&c| crate::text::is_sentence_end(c) || c == '\n')
        .unwrap_or(n.len());
    let sentence: String = n[..end].iter().collect();
    let sentence = sentence.trim();
    let short = sentence.chars().count() <= MAX_CONCLUSION_CHARS;
    let reports = phrases.find_done(sentence).is_some() || results::result_in(sentence).is_some();
    (short && !reports && results::is_continuing(sentence)).then(|| sentence.to_string())
}

/// The report's last clause, normalised and as printed, when it is at
/// most `max` characters and reports no result of its own.
fn concluding_clause(
    report: &str,
    phrases: StatusPhrases<'_>,
    max: usize,
) -> Option<(String, String)> {
    let n = norm_chars(report);
    let orig: Vec<char> = report.chars().collect();
    let mut end = n.len();
    while end > 0 && (is_clause_end(n[end - 1]) || n[end - 1].is_whitespace()) {
        end -= 1;
    }
    let start = (0..end)
        .rev()
        .find(|&i| is_clause_end(n[i]) || n[i] == '\n')
        .map_or(0, |i| i + 1);
    let clause: String = n[start..end].iter().collect();
    let clause = clause.trim().to_string();
    let short = clause.chars().count() <= max;
    let reports = phrases.find_done(&clause).is_some() || results::result_in(&clause).is_some();
    (short && !reports).then(|| (clause, slice(&orig, start, end).trim().to_string()))
}

/// A clause that names what is kept up before its long-term words, and
/// no need (`学习制度长期坚持执行`, not `该项工作需长期坚持` nor `需长期坚持`):
/// a measure of the work, not the problem, goes on.
fn names_what_is_kept_up(clause: &str) -> bool {
    let clause = crate::text::trim(clause);
    let Some(at) = ["长期", "长效", "常态"]
        .iter()
        .filter_map(|w| clause.find(w))
        .min()
    else {
        return false;
    };
    let subject = &clause[..at];
    let refers_to_item = ["该", "此", "这", "本"]
        .iter()
        .any(|w| subject.starts_with(w));
    !subject.is_empty() && !refers_to_item && !subject.contains(['需', '要', '应', '仍'])
}

/// A bare verdict of done (`已完成`), the whole of a state's value.
const BARE_VERDICTS: &[&str] = &[
    "已完成",
    "已整改",
    "已办结",
    "已销号",
    "已完成整改",
    "已整改完成",
    "已整改到位",
    "已整改销号",
];

/// The sentence's first clause, after any key, is a bare verdict of done
/// (`已完成，长期坚持`, `【状态】已完成，…`).
fn opens_with_bare_verdict(sentence: &str) -> bool {
    let first = sentence.split(['，', ',', '；', ';']).next().unwrap_or("");
    let value = first.rsplit(['：', ':', '】']).next().unwrap_or(first);
    BARE_VERDICTS.contains(&crate::text::trim(value))
}

/// Words that open a clause about what is to come (`今后将…`, `下一步…`).
const AHEAD: &[&str] = &["今后", "下一步", "下步", "将", "并将", "以后", "后续"];

/// Words that state the whole rectification complete.
const COMPLETED: &[&str] = &[
    "已完成整改",
    "已整改到位",
    "已整改完成",
    "已整改销号",
    "整改已完成",
];

/// The report states the whole rectification complete (`已完成整改`).
pub(crate) fn states_completed(report: &str) -> bool {
    COMPLETED.iter().any(|w| report.contains(w))
}

/// Words after `但` that only keep a completed rectification in hand
/// (`仍需持续巩固`, `…长期坚持`).
const CONSOLIDATING: &[&str] = &["巩固", "长期坚持", "常态化", "持续"];

/// A report that states the rectification complete and then, after `但`,
/// only that its result must be kept up (`已完成整改，但同类问题…仍有反复，
/// 仍需持续巩固`, `已完成整改，但…仍需持续巩固，纳入日常检查长期坚持`):
/// the completion words, if so. Work still open (`正在`, `尚未`) after it
/// is not such a remark.
pub(crate) fn done_but_consolidating(report: &str) -> Option<String> {
    let (before, after) = report.split_once('但')?;
    let done = COMPLETED.iter().find(|w| before.contains(*w))?;
    let open = ["正在", "尚未", "未完成", "推进中"]
        .iter()
        .any(|w| after.contains(w));
    (!open && CONSOLIDATING.iter().any(|w| after.contains(w))).then(|| done.to_string())
}

/// Words that qualify a result as partial (`已初步整改`, `已完成阶段性
///整改任务`): the work is not complete.
const PARTIAL: &[&str] = &["初步", "部分", "阶段性", "基本"];

/// Words that say the work is of the long-term kind (`需长期坚持`,
/// `属长期任务`, `具有长期性`).
const LONG_TERM: &[&str] = &[
    "需长期",
    "需常态化",
    "属长期",
    "长期坚持",
    "长期推进",
    "长期整改",
    "长期任务",
    // `这是一项长期工作，需持续推进`.
    "一项长期",
    "长期性",
    "常态化推进",
    // `推动作风建设常态化、长效化`, `坚持常抓不懈`: the work made routine.
    "长效化",
    "常抓不懈",
    // `需久久为功`, `长期抓好落实`: work without an end.
    "久久为功",
    "长期抓好",
    // A state of its own (`（已纳入长效机制）`) when nothing says done.
    "纳入长效机制",
    // `…，作为常态化工作持续抓好。`: the work made routine.
    "作为常态化工作",
];

/// Words that say the work goes on (`持续推进`, `将继续`, `逐步`).
fn says_continuing(clause: &str) -> bool {
    results::CONTINUING
        .iter()
        .chain(&["继续"])
        .any(|w| clause.contains(w))
}

/// The longest clause given as evidence (characters).
const MAX_CLAUSE_CHARS: usize = 24;

/// A report on the state that says the work goes on and reports no
/// completion: long-term (`需长期坚持，持续推进。`) or in progress
/// (`已初步整改，将持续推进。`), with the clause that says so. A clause
/// with a done phrase or a result (`已…`) that is not qualified as partial
/// (`初步`, `部分`, `阶段性`, `基本`) reports completion: then `None`, and a
/// plan after a result stays a plan (`已完成整改，将持续巩固`).
pub(crate) fn work_goes_on(report: &str, phrases: StatusPhrases<'_>) -> Option<(Status, String)> {
    let n = norm_chars(report);
    let orig: Vec<char> = report.chars().collect();
    let mut clauses = Vec::new();
    let mut start = 0;
    for i in 0..=n.len() {
        if i == n.len() || is_clause_end(n[i]) {
            let text = slice(&orig, start, i);
            let norm: String = n[start..i].iter().collect();
            if !norm.trim().is_empty() {
                clauses.push((text, norm));
            }
            start = i + 1;
        }
    }
    let completes = |c: &str| {
        !PARTIAL.iter().any(|w| c.contains(w))
            && (phrases.find_done(c).is_some() || results::result_in(c).is_some())
    };
    if clauses.iter().any(|(_, c)| completes(c)) {
        return None;
    }
    let evidence = |t: &str| t.trim().chars().take(MAX_CLAUSE_CHARS).collect::<String>();
    if let Some((t, _)) = clauses
        .iter()
        .find(|(_, c)| LONG_TERM.iter().any(|w| c.contains(w)))
    {
        return Some((Status::LongTerm, evidence(t)));
    }
    clauses
        .iter()
        .find(|(_, c)| says_continuing(c))
        .map(|(t, _)| (Status::InProgress, evidence(t)))
}

/// The last clause of normalised text, without its end punctuation.
/// Clauses that are only a word for work under way (`…，在办，预计…`), or
/// for work not yet brought to its end (`未整改到位`: said of a report, not
/// a finding's `上轮巡察问题未整改到位…`, which goes on).
const OPEN_STATE_CLAUSES: &[&str] = &[
    "在办",
    "在办中",
    "办理中",
    "推进中",
    "整改中",
    "进行中",
    "整改进行中",
    "未整改到位",
    "整改未到位",
    "未整改完成",
    "未整改完毕",
];

/// Open-state clauses that may also set the scene of what was done
/// (`整改中，党组修订了…`) when they open a sentence.
const SCENE_CLAUSES: &[&str] = &["整改中", "进行中", "整改进行中"];

/// A clause that says the work goes well or goes on (`整改进展顺利`,
/// `稳步推进`, `进度过半`): under way, where the report states nothing done
/// (`…进展顺利，已全部整改完成` is done).
const GOING_WELL: &[&str] = &[
    "进展顺利",
    "整改进展顺利",
    "推进顺利",
    "进展良好",
    "稳步推进",
    "有序推进",
    "扎实推进",
    "加快推进",
    "全力推进",
    "积极推进",
    "正常推进",
    "进度过半",
];

/// Words that say the work is behind its time (`未按期完成`, `已申请延期`,
/// `经批准延期至2026年6月`): not done, where the report states nothing done.
const OVERDUE: &[&str] = &["延期", "未按期完成", "未能按期完成", "逾期"];

/// A clause of the report that is only a word for work under way (`在办`,
/// `办理中`): the clause, if so. Such words are read only as a whole
/// clause (`在办公室…` is not one).
pub(crate) fn open_state_clause(report: &str) -> Option<String> {
    let n: String = norm_chars(report).into_iter().collect();
    let mut sentence_start = true;
    for piece in n.split_inclusive([',', '。', ';', ':']) {
        let ends_clause_only = piece.ends_with(',');
        let c = piece
            .trim_end_matches([',', '。', ';', ':'])
            .trim_matches(|c: char| c == ' ' || c == '目' || c == '前');
        // `整改中，党组修订了…`: the scene of what was done, not a state.
        let leads_in = sentence_start && ends_clause_only && SCENE_CLAUSES.contains(&c);
        if OPEN_STATE_CLAUSES.contains(&c) && !leads_in {
            return Some(c.to_string());
        }
        sentence_start = !ends_clause_only;
    }
    None
}

/// A clause of the report that only says the work goes well (`目前进展
/// 顺利`) or names it behind its time (`因故延期`), in a report that
/// states nothing done: the clause, if so.
pub(crate) fn going_well(report: &str, phrases: StatusPhrases<'_>) -> Option<String> {
    clause_of_open_report(report, phrases, |c| {
        GOING_WELL.contains(&c.trim_start_matches("目前").trim_start_matches("整体"))
            || OVERDUE.iter().any(|w| c.contains(w))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rectification_in_course_leading_a_sentence_is_no_open_state() {
        assert_eq!(
            open_state_clause("整改中，已修订制度，该问题已整改完成。"),
            None
        );
        assert_eq!(open_state_clause("问题较多。整改中，已修订制度。"), None);
        assert_eq!(
            open_state_clause("已约谈，整改中。").as_deref(),
            Some("整改中")
        );
        assert_eq!(
            open_state_clause("在办，预计6月完成。").as_deref(),
            Some("在办")
        );
    }

    #[test]
    fn completed_and_only_kept_in_hand() {
        assert_eq!(
            done_but_consolidating("已完成整改，但同类问题在个别场所仍有反复，仍需持续巩固。")
                .as_deref(),
            Some("已完成整改")
        );
        assert_eq!(
            done_but_consolidating("已完成整改，但仍有2处正在推进，计划年底前完成。"),
            None
        );
        assert_eq!(
            done_but_consolidating("已完成方案设计，但仍需持续推进。"),
            None
        );
    }

    #[test]
    fn a_last_sentence_that_calls_the_work_long_term_in_its_own_words() {
        let rules = super::super::StatusRules::default();
        assert_eq!(
            concludes_long_term(
                "已推动15所学校开放场地，开放率提升至52%，此项工作需与教育部门长期协同推进，纳入常态化工作。",
                rules.phrases()
            )
            .as_deref(),
            Some("此项工作需与教育部门长期协同推进")
        );
        // One part done, then the rest long-term: long-term.
        assert_eq!(
            concludes_long_term(
                "软弱涣散村党组织已完成整顿转化，村干部队伍建设需长期坚持、常态推进。",
                rules.phrases()
            )
            .as_deref(),
            Some("村干部队伍建设需长期坚持、常态推进")
        );
        // Work to be kept up for good, made routine (`常抓不懈`, `长效化`).
        assert!(concludes_long_term(
            "开展明察暗访3次。作风建设永远在路上，党组将坚持常抓不懈，推动作风建设常态化、长效化。",
            rules.phrases()
        )
        .is_some());
        // Done, and kept up from now on.
        assert!(concludes_long_term(
            "已开展专题研讨2次。此项问题已完成整改，今后将长期坚持。",
            rules.phrases()
        )
        .is_none());
        assert!(concludes_long_term("已完成阶段性整改，需长期坚持。", rules.phrases()).is_some());
        // A bare verdict of done, then that the work goes on.
        assert!(concludes_long_term("【状态】已完成，长期坚持", rules.phrases()).is_none());
        assert!(
            concludes_long_term("整改进展：已完成，持续巩固，长期坚持。", rules.phrases())
                .is_none()
        );
        assert!(concludes_long_term("已完成，需长期坚持。", rules.phrases()).is_some());
        // Done, and a measure named as what is kept up.
        assert!(concludes_long_term(
            "修订学习制度。该问题已完成整改，学习制度长期坚持执行。",
            rules.phrases()
        )
        .is_none());
        assert!(concludes_long_term(
            "修订学习制度。该问题已完成整改，该项工作需长期坚持。",
            rules.phrases()
        )
        .is_some());
        // Called a long-term piece of work (`一项长期工作`).
        assert_eq!(
            long_term_clause("制定干部队伍建设规划，这是一项长期工作，需持续推进。").as_deref(),
            Some("这是一项长期工作")
        );
        // A sentence that reports completion is done, whatever follows.
        assert_eq!(
            concludes_long_term(
                "已完成整改，相关措施需长期执行并纳入常态化管理。",
                rules.phrases()
            ),
            None
        );
    }

    #[test]
    fn a_step_done_and_the_rest_planned_by_a_date() {
        assert_eq!(
            planned_ahead(
                "已委托第三方开展审计，目前已完成现场踏勘，计划2026年11月底前出具审计报告。"
            )
            .as_deref(),
            Some("计划2026年11月底前出具审计报告")
        );
        assert_eq!(
            planned_ahead("已完成整改，计划2027年3月底前开展回头看。"),
            None
        );
        assert_eq!(planned_ahead("已修订制度，计划每年开展一次检查。"), None);
        assert_eq!(
            planned_ahead("已恢复3处，其余2处已完成土地平整，计划2027年春季补植到位。").as_deref(),
            Some("计划2027年春季补植到位")
        );
    }

    #[test]
    fn a_verdict_that_names_the_problem() {
        let r = "已公开招租2处；剩余1处合同将于2024年12月到期。该问题已整改完成。";
        assert!(concludes_done_by_name(r).is_some());
        // Not named: the in-progress words on the way are weighed.
        assert!(concludes_done_by_name("剩余1处将于12月到期，已整改完成。").is_none());
        assert!(concludes_done("已责令限期整改，经复查已整改到位。").is_some());
        assert!(concludes_done("已责令限期整改，复查时仍未整改到位。").is_none());
        assert!(concludes_done_by_name(
            "其余三个项目按序时进度推进。该问题已完成整改。（责任单位：产业发展科）"
        )
        .is_some());
        assert_eq!(
            concludes_open("属长期任务，目前措施正在落实，该问题正在持续整改。").as_deref(),
            Some("该问题正在持续整改")
        );
    }

    #[test]
    fn a_deadline_set_for_the_work() {
        assert_eq!(
            deadline_set("已交办，限11月10日前整改）").as_deref(),
            Some("限11月10日前整改")
        );
        assert_eq!(
            deadline_set("已交办，限期整改").as_deref(),
            Some("限期整改")
        );
        assert_eq!(
            deadline_set("已责令停止经营，限期完成鉴定。").as_deref(),
            Some("限期完成鉴定")
        );
        assert_eq!(
            deadline_set("已下达整改通知书，要求11月15日前完成设置。").as_deref(),
            Some("要求11月15日前完成设置")
        );
        assert_eq!(deadline_set("已责令限期整改，并处罚款"), None);
        assert_eq!(deadline_set("要求加强管理"), None);
        assert_eq!(deadline_set("限制使用，已完成"), None);
    }

    #[test]
    fn a_clause_that_is_only_a_word_for_work_under_way() {
        assert_eq!(
            open_state_clause("委托第三方复核，在办，预计2027年1月办结。").as_deref(),
            Some("在办")
        );
        assert_eq!(open_state_clause("目前办理中。").as_deref(), Some("办理中"));
        assert!(open_state_clause("在办公室张贴公告，已完成。").is_none());
    }

    #[test]
    fn a_bare_percentage_reports_progress() {
        assert_eq!(
            percent_progress("100%。"),
            Some((Status::Done, "100%".into()))
        );
        assert_eq!(
            percent_progress("完成70%"),
            Some((Status::InProgress, "70%".into()))
        );
        assert_eq!(
            percent_progress("85.5%"),
            Some((Status::InProgress, "85.5%".into()))
        );
        assert_eq!(
            percent_progress("已完成全年任务的70%，其余正在推进。"),
            None
        );
        assert_eq!(percent_progress("已完成。"), None);
    }

    #[test]
    fn finds_the_report() {
        assert_eq!(
            report_on_state("正文。\n\n整改情况：已完成整改。").as_deref(),
            Some("已完成整改。")
        );
        assert_eq!(
            report_on_state("【整改情况】尚未整改。县消防救援大队已下发通知。\n\n【责任单位】某局")
                .as_deref(),
            Some("尚未整改。县消防救援大队已下发通知。")
        );
        assert_eq!(report_on_state("整改情况良好。"), None);
        assert_eq!(
            report_on_state("措施。\n是否整改到位：否（已完成70%）").as_deref(),
            Some("否（已完成70%）")
        );
        assert_eq!(report_on_state("是否有必要：是"), None);
        assert_eq!(yes_or_no("是"), Some((true, "")));
        assert_eq!(yes_or_no("否（已完成70%）"), Some((false, "已完成70%）")));
        assert_eq!(yes_or_no("是在年底前完成"), None);
        assert!(opens_with_report_key("完成情况：已完成。"));
        assert!(opens_with_report_key("【整改落实情况】正在推进"));
        assert!(!opens_with_report_key("完成情况良好。"));
        assert!(says_not_started("尚未整改。已下发通知"));
        assert!(says_not_started(
            "因资产权属不清，需待统一清查后处理，目前尚未整改。"
        ));
        assert!(!says_not_started(
            "已追回资金，其余尚未整改部分正在追缴中。"
        ));
        assert!(!says_not_started("目前已完成整改。"));
        assert!(says_not_started(
            "目前省级平台尚未开放相关接口，该问题尚未启动整改。待省级统一部署后实施。"
        ));
        // A step done before it, then only plans: not begun.
        assert!(says_not_started(
            "数字化项目已完成立项，尚未启动实施，计划2027年启动。"
        ));
        // The rectification itself named as not started decides, whatever
        // another party has under way or what was prepared.
        assert!(says_not_started(
            "经与县公安局对接，县级平台目前正在进行升级改造。受此影响，该项整改工作暂未启动。已完成接入方案编制，待升级完成后立即开展对接。"
        ));
        assert!(!says_not_started(
            "该项整改工作暂未启动的原因已查明，现已完成整改。"
        ));
        // What has not started named after the words (`…尚未启动实施`,
        // `目前尚未启动实质性整改`).
        assert!(says_not_started(
            "已委托设计单位完成初步设计。因规划正在调整，改造工程尚未启动实施。"
        ));
        assert!(says_not_started(
            "因片区正在修编规划，目前尚未启动实质性整改，已与使用企业签订临时使用协议。"
        ));
        // Part of the work done, part not begun: under way.
        assert!(!says_not_started(
            "已完成学员食堂改造，宿舍空调更换计划于2026年暑期实施，因预算调整尚未启动。"
        ));
        assert_eq!(
            concludes_done("已将闲置资金312.5万元上缴县财政统筹使用，整改到位。").as_deref(),
            Some("整改到位")
        );
        assert_eq!(concludes_done("推动问题整改到位。"), None);
        let alone = |r: &str| concludes_done(r).is_some_and(|w| concludes_done_alone(r, &w));
        assert!(alone(
            "截至11月底已有4项指标达到序时进度。规划已审议通过。已完成整改。"
        ));
        assert!(!alone("已有4项指标达到序时进度，已完成整改。"));
        assert_eq!(concludes_done("已追回资金19.6万元，其余正在追缴中。"), None);
    }
}

#[cfg(test)]
mod to_come_tests {
    use super::*;

    #[test]
    fn work_waiting_or_to_come_and_what_only_looks_so() {
        let rules = crate::convert::StatusRules::default();
        let p = rules.phrases();
        assert!(awaiting("已制定方案，待上级审批。", p).is_some());
        assert!(awaiting("已整改，待验收。", p).is_none());
        assert!(awaiting("提高标准，待遇保障落实。", p).is_none());
        assert!(only_to_come("该问题将结合机构改革统筹解决。").is_some());
        assert!(only_to_come("计划生育奖励资金已全部发放。").is_none());
    }
}

#[cfg(test)]
mod opening_tests {
    use super::*;

    #[test]
    fn a_report_that_opens_on_work_going_on() {
        let rules = crate::convert::StatusRules::default();
        let p = rules.phrases();
        assert_eq!(
            opens_continuing("持续推进。已开展宣讲9场。", p).as_deref(),
            Some("持续推进")
        );
        assert!(opens_continuing("已完成整改。将持续推进。", p).is_none());
        assert!(opens_continuing("持续推进，已完成宣讲9场。", p).is_none());
        assert!(opens_continuing("正在整改。", p).is_none());
    }
}
