//! Problems without numbers under a heading, each a paragraph that states
//! the finding and is followed by its own keyed report (`（四）企业内部管理
//! 方面` › `审计发现，市建工集团工程分包管理不规范，…。` › `整改情况：…` ›
//! `部分企业财务核算不规范，…。` › `整改情况：…`). What marks them is the
//! pairs: two or more in the text between two headings, each an unkeyed
//! paragraph that opens with a finding right before a report key (or a
//! measures key, `整改措施：…` then `整改成效：…`). Each is
//! an item of style `Lead` with no label, numbered in order within its
//! run; the report then is its own (`tree`).
//!
//! The report may also be unkeyed: a paragraph of the work done on a
//! finding stated in one sentence of its own (`干部日常监督管理偏松偏软。`
//! › `对此，集团党委于4月完成抽查核实，…。该问题已整改完成。`). In a run
//! of such pairs, each right after the last, with two findings among them,
//! a one-sentence paragraph in the run that states no action, result or
//! state is a finding too, in whatever words (`巡察、审计等发现问题的整改
//! 成果运用不充分。`).

use super::inline_items::Piece;
use super::own_sentence::{is_action, is_state_clause};
use super::plain_problems::{is_finding, reports_work};
use super::tree::{is_closing, is_problem_note, is_rectification_report, opens_measures, Para};
use crate::text::label::recognise;

/// At least this many pairs between two headings make items.
const MIN_PAIRS: usize = 2;

/// The finding the paragraph opens with: its first sentence, after a
/// clause that says who found it.
fn opening_finding(text: &str) -> &str {
    let first = text.split(['。', '；']).next().unwrap_or("");
    match first.split_once('，') {
        Some((who, rest)) if super::shape::FOUND_BY.iter().any(|w| who.ends_with(w)) => rest,
        _ => first,
    }
}

/// The paragraph states a finding and is no heading, report, note or
/// closing of its own.
fn states_finding(p: &Para) -> bool {
    let t = crate::text::trim(&p.text);
    stands_apart(t) && is_finding(opening_finding(t))
}

/// The paragraph is no heading, report, note, measures or closing, and
/// brings in nothing after a colon: it may state a finding.
fn stands_apart(t: &str) -> bool {
    recognise(t).is_none()
        && !is_rectification_report(t)
        && !is_problem_note(t)
        && !opens_measures(t)
        && !is_closing(t)
        && !t.ends_with(['：', ':'])
}

/// The words state no result and no state in any clause.
fn reports_nothing(words: &str) -> bool {
    crate::text::results::result_in(words).is_none()
        && !words.split('，').any(|c| is_state_clause(c.trim()))
}

/// The paragraph is one sentence that states no action, result or state:
/// a finding in words of its own, when its neighbours are findings.
fn one_plain_sentence(p: &Para) -> bool {
    let t = crate::text::trim(&p.text);
    let body = t.trim_end_matches(['。', '；']);
    stands_apart(t)
        && !body.contains('。')
        && body.chars().count() <= MAX_SENTENCE_CHARS
        && !is_action(body)
        && reports_nothing(body)
}

/// The longest one-sentence finding read without a report key (characters).
const MAX_SENTENCE_CHARS: usize = 120;

/// The paragraph is one plain sentence and the next its report, keyed or
/// a paragraph of work done.
fn answers(finding: &Para, next: &Para) -> bool {
    // A sentence of work that names its doer first (`市残联对全市46个站点
    // 逐一核查，将…并入…，明确…开展…`): no result word, but no finding.
    let work_not_finding = || !is_finding(opening_finding(crate::text::trim(&next.text)));
    one_plain_sentence(finding)
        && recognise(&next.text).is_none()
        && (is_rectification_report(&next.text)
            || ((!one_plain_sentence(next) || opens_with_lead(&next.text) || work_not_finding())
                && reports_work(&next.text)))
}

/// The longest lead-in clause of a report (`对此`, `针对这一问题`).
const MAX_LEAD_CHARS: usize = 8;

/// The paragraph opens with a short clause that states nothing failed
/// (`对此，`, `针对这一问题，`: the word 问题 there names the finding
/// before, it is no finding's mark): a lead-in to the work done.
fn opens_with_lead(text: &str) -> bool {
    crate::text::trim(text)
        .split_once('，')
        .is_some_and(|(lead, _)| {
            lead.chars().count() <= MAX_LEAD_CHARS
                && !lead.contains(['未', '不', '没', '缺', '无'])
                && !is_finding(&lead.replace("问题", ""))
        })
}

/// The paragraphs (indices, ascending) that are problems, each numbered
/// within its run between headings, with a label length of 0.
pub(crate) fn labels(paras: &[Para]) -> Vec<(usize, u32, usize)> {
    let mut found = keyed_findings(paras);
    found.extend(quoted_findings(paras));
    let chained = chained_findings(paras);
    if !chained.is_empty() {
        found.extend(alternating_findings(paras, &chained));
    }
    found.extend(chained);
    found.sort_unstable();
    found.dedup();
    // Each paragraph's heading: the last one before it (one pass).
    let mut heading_of = Vec::with_capacity(paras.len());
    let mut heading = None;
    for (j, p) in paras.iter().enumerate() {
        heading_of.push(heading);
        if recognise(&p.text).is_some() {
            heading = Some(j);
        }
    }
    let mut out = Vec::new();
    let mut n = 0;
    let mut last_heading = None;
    for k in found {
        n = if heading_of[k] == last_heading {
            n + 1
        } else {
            1
        };
        last_heading = heading_of[k];
        out.push((k, n, 0));
    }
    out
}

/// Findings each right before a keyed report, two or more between two
/// headings, at least one of them in a finding's words; the others need
/// only open with no action, result or state (`违规向非国有企业出借资金。…`).
fn keyed_findings(paras: &[Para]) -> Vec<usize> {
    // Each run with the heading above it, if that names a domain.
    let mut runs: Vec<(Option<usize>, Vec<usize>)> = Vec::new();
    let mut run: Vec<usize> = Vec::new();
    let mut domain: Option<usize> = None;
    for (i, p) in paras.iter().enumerate() {
        if let Some(label) = recognise(&p.text) {
            runs.push((domain, std::mem::take(&mut run)));
            domain = super::shape::names_domain(&label.rest).then_some(i);
            continue;
        }
        // Its report, or its measures before the report (`整改措施：…` ›
        // `整改成效：…`).
        let reported = paras
            .get(i + 1)
            .is_some_and(|n| is_rectification_report(&n.text) || opens_measures(&n.text));
        if reported && opens_plainly(p) {
            run.push(i);
        }
    }
    runs.push((domain, run));
    let accepted = |(_, run): &(Option<usize>, Vec<usize>)| {
        run.len() >= MIN_PAIRS && run.iter().any(|&k| states_finding(&paras[k]))
    };
    // One finding right under a heading that names a domain (`二、关于投资
    // 项目管理方面` › `招标采购程序不规范。…` › `整改情况：…`): the heading
    // groups it as its siblings group theirs.
    let alone = |(domain, run): &(Option<usize>, Vec<usize>)| matches!((domain, &run[..]), (Some(h), [k]) if *k == h + 1 && states_finding(&paras[*k]));
    if !runs.iter().any(|r| accepted(r) || alone(r)) {
        return Vec::new();
    }
    // Where the notice prints its problems so, a run under another heading
    // whose findings each state a shortcoming is its problems too, however
    // short (`上轮巡察整改成果巩固不到位` › `整改措施：…`).
    let shortcomings = |run: &Vec<usize>| {
        run.iter()
            .all(|&k| super::shape::states_shortcoming(&paras[k].text))
    };
    runs.into_iter()
        .filter(|r| accepted(r) || alone(r) || (!r.1.is_empty() && shortcomings(&r.1)))
        .flat_map(|r| r.1)
        .collect()
}

/// The paragraph is no heading, report, note or closing of its own and
/// opens with a sentence that states no action, result or state, or a
/// shortcoming whatever words of a result it holds (`已完工项目未及时办理
/// 竣工决算。`).
fn opens_plainly(p: &Para) -> bool {
    let t = crate::text::trim(&p.text);
    let first = opening_finding(t);
    stands_apart(t)
        && first.chars().count() <= MAX_SENTENCE_CHARS
        && !is_action(first)
        && (super::shape::states_shortcoming(first) || reports_nothing(first))
}

/// Paragraphs that each quote a finding in their first sentence and go on
/// with the work on it (`巡察指出“…偏少”。集团党委修订…。`, `针对“…流于形式”
/// 问题，集团党委制定…`), two or more between two headings: each is a
/// problem, its first sentence the title.
///
/// A paragraph that names its quote a problem (`针对“…”的问题，…`) is one
/// whatever the quote's words, and alone under its heading too when the
/// notice has two or more such paragraphs.
fn quoted_findings(paras: &[Para]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut run: Vec<usize> = Vec::new();
    // Among paragraphs opened by their area and what was found there, one
    // opened by what was found alone (`巡察还指出，…。对此，…`).
    let by_area = paras.iter().filter(|p| area_finding_first(&p.text)).count();
    let found_first = |t: &str| by_area >= MIN_PAIRS && finding_first(t);
    let named: Vec<usize> = (0..paras.len())
        .filter(|&i| {
            let p = &paras[i];
            (names_problem_first(&p.text, p.piece == Piece::Whole)
                || area_finding_first(&p.text)
                || found_first(&p.text))
                && !answers_heading_above(paras, i)
        })
        .collect();
    for (i, p) in paras.iter().enumerate() {
        if recognise(&p.text).is_some() {
            if run.len() >= MIN_PAIRS {
                out.append(&mut run);
            }
            run.clear();
        } else if quotes_a_finding(&p.text) || named.binary_search(&i).is_ok() {
            run.push(i);
        }
    }
    if run.len() >= MIN_PAIRS {
        out.append(&mut run);
    }
    if named.len() >= MIN_PAIRS {
        out.extend(named);
        out.sort_unstable();
        out.dedup();
    }
    out
}

/// Every paragraph, with one that names a problem at the start of a
/// sentence after its first (`一是关于…方面。针对…不高的问题，已…。针对…
/// 不彻底的问题，…正在推进。`) cut before each such sentence: one
/// paragraph per problem, on the same line, as if printed apart; the words
/// before the first stay a paragraph of their own. Only when the notice
/// names two problems or more so. The text is cut, never copied twice.
pub(crate) fn named_apart(paras: Vec<Para>) -> Vec<Para> {
    let named: Vec<(usize, Vec<usize>)> = paras
        .iter()
        .enumerate()
        .filter(|&(i, _)| !answers_heading_above(&paras, i))
        .filter_map(|(i, p)| named_sentences(p).map(|s| (i, s)))
        .collect();
    let count: usize = named.iter().map(|(_, s)| s.len()).sum();
    if count < MIN_PAIRS || named.iter().all(|(_, s)| s == &[0]) {
        return paras;
    }
    let mut out = Vec::with_capacity(paras.len() + count);
    let mut named = named.into_iter().peekable();
    for (i, p) in paras.into_iter().enumerate() {
        match named.next_if(|(k, _)| *k == i) {
            Some((_, starts)) => {
                let cuts: Vec<usize> = starts.into_iter().filter(|&s| s > 0).collect();
                super::tree::cut_at(&p, &cuts, &mut out);
            }
            None => out.push(p),
        }
    }
    out
}

/// Where the paragraph's sentences that name a problem start (bytes), if
/// any do.
fn named_sentences(p: &Para) -> Option<Vec<usize>> {
    if p.piece != Piece::Whole || !NAMING_LEADS.iter().any(|w| p.text.contains(w)) {
        return None;
    }
    let mut starts = Vec::new();
    let mut at = 0;
    for sentence in p.text.split_inclusive('。') {
        let lead = sentence.len() - sentence.trim_start().len();
        let body = sentence.trim();
        // `在党的政治建设方面，针对…问题，…`: the area, then the problem.
        let area = area_lead(body).filter(|&k| names_problem_first(&body[k..], true));
        if names_problem_first(body, true) {
            starts.push(at + lead);
        } else if let Some(k) = area {
            starts.push(at + lead + k);
        }
        at += sentence.len();
    }
    // The words before the first name the area the problems are in
    // (`一是关于…方面。`, `在…方面，`), not a measure (`一是重新签订…协议。
    // 针对…的问题，通过…`: the sentence says what the measure answers).
    let opening = &p.text[..starts.first().copied().unwrap_or(0)];
    let area = recognise(opening).map_or(opening.trim().to_string(), |l| l.rest);
    let area = area.trim_end_matches(['，', ',']);
    let area = area.strip_prefix('在').unwrap_or(area);
    let grouped = area.is_empty() || names_a_group(area);
    (!starts.is_empty() && grouped).then_some(starts)
}

/// The longest clause naming an area before a problem (characters).
const MAX_AREA_LEAD_CHARS: usize = 20;

/// Where a sentence goes on after the clause naming the area it is about
/// (`在党的政治建设方面，`): bytes, after the comma.
fn area_lead(sentence: &str) -> Option<usize> {
    let (clause, _) = sentence.split_once('，')?;
    let area = clause.starts_with('在')
        && clause.ends_with("方面")
        && clause.chars().count() <= MAX_AREA_LEAD_CHARS;
    area.then_some(clause.len() + '，'.len_utf8())
}

/// Who finds, opening what an inspection found (`巡察指出`, `审计发现`).
const FINDERS: &[&str] = &["巡察", "巡视", "审计", "督查", "检查"];

/// Words saying what they found (`指出`, `反馈`, `发现`, `反映`).
const FOUND_WORDS: &[&str] = &["指出", "反馈", "发现", "反映"];

/// The most characters before the finding that say who found it
/// (`巡察组反馈指出`).
const MAX_FINDER_CHARS: usize = 8;

/// A paragraph that opens with the area it is about and what the
/// inspection found there, then the work on it, as a news report tells
/// them (`在就业补贴资金监管方面，巡察指出部分…审核把关不严…。县就业服务中心
/// …，该问题已完成整改。`).
fn area_finding_first(text: &str) -> bool {
    let t = crate::text::trim(text);
    let Some(k) = area_lead(t) else {
        return false;
    };
    let rest = &t[k..];
    let head: String = rest.chars().take(MAX_FINDER_CHARS).collect();
    let found =
        FINDERS.iter().any(|w| rest.starts_with(w)) && FOUND_WORDS.iter().any(|w| head.contains(w));
    let Some((_, after)) = rest.split_once('。') else {
        return false;
    };
    found && !after.trim().is_empty() && reports_work(after)
}

/// A paragraph that opens with what an inspection found, no area before
/// it (`巡察还指出，医院固定资产管理较为粗放…。对此，我院…。`), then the work
/// on it.
fn finding_first(text: &str) -> bool {
    let t = crate::text::trim(text);
    let Some((first, after)) = t.split_once('。') else {
        return false;
    };
    let found = super::plain_problems::after_inspection_lead(first).is_some();
    found && !after.trim().is_empty() && reports_work(after)
}

/// The paragraph right under a bare numbered heading that is no group's
/// (`1.统计数据质量管控不严。` › `针对统计数据质量管控不严的问题，…`): it
/// reports on that heading's problem, it names no other.
fn answers_heading_above(paras: &[Para], i: usize) -> bool {
    let Some(label) = i.checked_sub(1).and_then(|h| recognise(&paras[h].text)) else {
        return false;
    };
    let (title, text) = crate::text::label::split_title(&label.rest);
    text.is_empty()
        && !names_a_group(super::shape::without_trailing_note(
            title.trim_end_matches('。'),
        ))
}

/// A title that groups what follows (`关于…方面`, `…情况`), its full stop
/// left out.
fn names_a_group(title: &str) -> bool {
    let t = title.trim_end_matches('。');
    super::shape::names_domain(t) || super::shape::is_group_title(t)
}

/// Words that bring in a problem named by a quote (`针对“…”的问题`).
const NAMING_LEADS: &[&str] = &["针对", "关于", "对于", "对"];

/// The paragraph opens naming a problem and goes on with the work on it:
/// by a quote (`针对“环境执法监管宽松软”的问题，开展专项执法行动5次…`) or
/// in words of its own within its first clause (`针对低保动态管理不精准的
/// 问题，已清退…`), which then name one finding, not the problems pointed
/// at (`针对上述问题，…`, `针对巡察反馈的问题，…`), and answer no item
/// listed before (`inline_items`: `针对贷款审批时限偏长的问题，…` after
/// `二是个人住房贷款审批时限偏长`; such a paragraph is not `whole`, it is
/// a piece of `inline_items`).
fn names_problem_first(text: &str, whole: bool) -> bool {
    let t = crate::text::trim(text);
    if is_part_of_an_item(t) || recognise(t).is_some() {
        return false;
    }
    let Some(rest) = NAMING_LEADS.iter().find_map(|w| t.strip_prefix(w)) else {
        return false;
    };
    // A quote that is the whole name (`针对“…”的问题`), not a part of it
    // (`针对“第一议题”制度落实不到位的问题`, named in words of its own).
    let whole_quote = opening_quote(rest)
        .map(|(quote, after)| (quote, after.strip_prefix('的').unwrap_or(after)))
        .filter(|(_, after)| after.starts_with("问题"));
    let (named, after) = match whole_quote {
        Some(named) => named,
        // A quote left open.
        None if crate::text::opens_quote(rest) && crate::text::quoted(rest).is_none() => {
            return false
        }
        None => match rest.split_once("问题") {
            Some((words, after))
                if whole && (names_one_finding(words) || names_findings_together(words)) =>
            {
                (words, after)
            }
            _ => return false,
        },
    };
    let work = after
        .strip_prefix("问题")
        .or(Some(after).filter(|_| whole_quote.is_none()))
        .map(|w| w.trim_start_matches(['，', '。', '：', ',', ':']));
    named.chars().count() <= MAX_QUOTED_CHARS && work.is_some_and(|w| !w.trim().is_empty())
}

/// The longest lead naming who found a quoted finding (`巡察指出的`).
const MAX_FOUND_LEAD_CHARS: usize = 12;

/// The quote that `rest` opens with, or opens after a short lead naming
/// who found what it quotes (`巡察指出的“…”问题`), and the text after it.
fn opening_quote(rest: &str) -> Option<(&str, &str)> {
    crate::text::quoted(rest).or_else(|| {
        let at = rest.find(['“', '"', '「'])?;
        let lead = &rest[..at];
        let found = lead.ends_with('的')
            && lead.chars().count() <= MAX_FOUND_LEAD_CHARS
            && ["指出", "发现", "反馈", "反映"]
                .iter()
                .any(|w| lead.contains(w));
        found.then(|| crate::text::quoted(&rest[at..])).flatten()
    })
}

/// A paragraph that names its problem by a quote, then the work on it, in
/// one sentence (`针对“普法宣传形式单一”的问题，局党组制定…，目前已完成整改。`):
/// the words that name it (up to `问题` and the comma or colon after it, so
/// that nothing printed is lost) as the title, the work as its text. None for a
/// paragraph of another shape, whose first sentence is its title.
pub(crate) fn split_named_quote(text: &str) -> Option<(String, String)> {
    let t = crate::text::trim(text);
    let rest = NAMING_LEADS.iter().find_map(|w| t.strip_prefix(w))?;
    let work = match opening_quote(rest) {
        Some((_, after)) => {
            let after = after.strip_prefix('的').unwrap_or(after);
            // `…”的问题：一是…；二是…`: the measures brought in by a colon.
            after
                .strip_prefix("问题")?
                .strip_prefix(['，', ',', '：', ':'])?
        }
        // `关于预算编制不够细化问题，县财政局已…`: unquoted, the first
        // clause names it (`针对…的问题，…` paragraphs keep their first
        // sentence: `named_apart` has cut them one per problem).
        None if t.starts_with("关于") => {
            let (clause, work) = rest.split_once(['，', ','])?;
            let named = clause.ends_with("问题")
                && clause.chars().count() <= MAX_QUOTED_CHARS
                && !clause.contains(['。', '；', '：']);
            named.then_some(work)?
        }
        None => return None,
    };
    if work.trim().is_empty() {
        return None;
    }
    let title_len = t.len() - work.len();
    Some((t[..title_len].to_string(), work.trim().to_string()))
}

/// [`names_problem_first`] for a heading's text (`针对…的问题，已…`).
pub(crate) fn opens_naming_problem(text: &str) -> bool {
    names_problem_first(text, true)
}

/// Words before `问题` that name one finding (`低保动态管理不精准的`): a
/// clause of its own length that states a shortcoming, not a pointer
/// (`上述`, `这一`) nor the problems as found (`巡察反馈的`, `存在的`).
fn names_one_finding(words: &str) -> bool {
    let w = words.strip_suffix('的').unwrap_or(words);
    let n = w.chars().count();
    (MIN_NAMED_CHARS..=MAX_QUOTED_CHARS).contains(&n)
        && !w.contains(['，', ',', '。', '；', '：'])
        && !POINTERS.iter().any(|p| w.starts_with(p))
        && !FOUND_ENDINGS.iter().any(|e| w.ends_with(e))
        && !counts_things(w)
        && (super::shape::states_shortcoming(w)
            || super::plain_problems::is_finding(w)
            || negated_at_the_end(w))
}

/// Findings named together and counted (`药品耗材采购不规范和医保基金使用
/// 监管不到位两个`): each part names one finding.
fn names_findings_together(words: &str) -> bool {
    together(words).is_some()
}

/// The parts of findings named together and counted, each naming one.
fn together(words: &str) -> Option<Vec<&str>> {
    let w = words.strip_suffix('的').unwrap_or(words);
    let named = [
        "两个", "二个", "2个", "三个", "3个", "两项", "2项", "三项", "3项",
    ]
    .iter()
    .find_map(|c| w.strip_suffix(c))?;
    let parts: Vec<&str> = named.split(['和', '与', '及', '、']).collect();
    (parts.len() >= 2 && parts.iter().all(|p| names_one_finding(p))).then_some(parts)
}

/// A paragraph that opens naming findings together (`针对药品耗材采购不规范
/// 和医保基金使用监管不到位两个问题，…`): the words that name each.
pub(crate) fn findings_named_together(text: &str) -> Option<Vec<String>> {
    let t = crate::text::trim(text);
    let rest = NAMING_LEADS.iter().find_map(|w| t.strip_prefix(w))?;
    let (words, _) = rest.split_once("问题")?;
    together(words).map(|parts| parts.into_iter().map(str::to_string).collect())
}

/// The characters at the end of words a count stands within when it
/// counts what they name (`巡察指出的5个方面`).
const COUNT_TAIL_CHARS: usize = 4;

/// Words that count what they name (`群众反映的3个`, `两类`): problems
/// named by their number, not one finding — the count at their end (a
/// number inside a name, `落实中央八项规定精神不到位的`, counts nothing).
fn counts_things(words: &str) -> bool {
    let n: Vec<char> = words.chars().collect();
    let tail = &n[n.len().saturating_sub(COUNT_TAIL_CHARS + 1)..];
    tail.windows(2).any(|w| {
        (w[0].is_ascii_digit() || crate::text::numerals::is_cn_numeral(w[0]))
            && matches!(w[1], '个' | '项' | '条' | '类' | '方' | '件')
    })
}

/// A negation among the last words (`利用率不高`, `就医难`): a condition
/// that falls short.
fn negated_at_the_end(words: &str) -> bool {
    let tail: Vec<char> = words.chars().rev().take(3).collect();
    tail.iter()
        .skip(1)
        .any(|c| matches!(c, '不' | '未' | '无' | '缺'))
        || tail.first().is_some_and(|&c| c == '难')
}

/// The fewest characters of a finding named without quotes.
const MIN_NAMED_CHARS: usize = 4;

/// Words that point at problems named elsewhere (`针对上述问题`).
const POINTERS: &[&str] = &[
    "上述", "以上", "前述", "上面", "这", "此", "该", "有关", "相关", "各", "所",
];

/// Endings that name the problems by how they were found (`巡察反馈的`).
const FOUND_ENDINGS: &[&str] = &[
    "反馈", "指出", "发现", "存在", "提出", "交办", "移交", "查摆", "检视", "排查", "反映",
];

/// The longest quote read as a finding (characters).
const MAX_QUOTED_CHARS: usize = 80;

/// The most words before the quote that bring it in (characters).
const MAX_WORDS_BEFORE_QUOTE: usize = 12;

/// The paragraph's first sentence quotes a finding (`“…次数偏少”`) and the
/// rest of it reports work on it.
fn quotes_a_finding(text: &str) -> bool {
    let t = crate::text::trim(text);
    if is_part_of_an_item(t) {
        return false;
    }
    let first = t.split('。').next().unwrap_or(t);
    let Some(open) = first.find('“') else {
        return false;
    };
    let Some(len) = first[open..].find('”') else {
        return false;
    };
    // The quote opens the paragraph, after a few words that bring it in
    // (`巡察反馈指出，集团`, `关于巡察反馈的`), not after a field's key
    // (`现在怎样：…“一次不用跑”…`).
    let before = &first[..open];
    if before.chars().count() > MAX_WORDS_BEFORE_QUOTE || before.contains(['：', ':']) {
        return false;
    }
    let quote = &first[open + '“'.len_utf8()..open + len];
    // The work after the first sentence, or after the quote in a paragraph
    // of one sentence (`对“…”问题，集团党委…，已整改完成。`).
    let rest = t[first.len()..].trim_start_matches('。');
    let work = if rest.trim().is_empty() {
        &first[open + len..]
    } else {
        rest
    };
    quote.chars().count() <= MAX_QUOTED_CHARS
        && super::shape::states_finding(quote)
        && reports_work(work)
}

/// A report, a note or the closing: a part of an item, never one.
fn is_part_of_an_item(t: &str) -> bool {
    is_rectification_report(t) || is_problem_note(t) || is_closing(t) || opens_measures(t)
}

/// Findings of one sentence, each followed by its report, in runs of
/// pairs each right after the last, with two findings among them (or one,
/// when every report opens with a lead-in back to it, `对此，…`). A run
/// is read once: the runs that start inside it are parts of it, so each
/// paragraph is looked at a bounded number of times (linear time).
fn chained_findings(paras: &[Para]) -> Vec<usize> {
    let mut out = Vec::new();
    // Per parity of the start, where the last run read ended.
    let mut read_until = [0usize; 2];
    for i in 0..paras.len().saturating_sub(1) {
        if i < read_until[i % 2] {
            continue;
        }
        let mut run = Vec::new();
        let mut k = i;
        while k + 1 < paras.len() && answers(&paras[k], &paras[k + 1]) {
            run.push(k);
            k += 2;
        }
        read_until[i % 2] = k.max(i + 1);
        let findings = run.iter().filter(|&&j| states_finding(&paras[j])).count();
        // Every answer opening with a lead-in back to its finding (`对此，
        // …`): the pairs say what they are, one finding in a finding's
        // words is enough.
        let led = run.len() >= MIN_PAIRS
            && findings >= 1
            && run.iter().all(|&j| opens_with_lead(&paras[j + 1].text));
        if findings >= MIN_PAIRS || led {
            out.extend_from_slice(&run);
            read_until = [k, k];
        }
    }
    out
}

/// A finding of one sentence whatever words of a result it holds (`…不及
/// 时，向已死亡人员多发放补贴2.6万元。`), and the longer paragraph of work
/// right after it.
fn finding_then_work(finding: &Para, work: &Para) -> bool {
    let f = crate::text::trim(&finding.text);
    let body = f.trim_end_matches(['。', '；']);
    let w = crate::text::trim(&work.text);
    stands_apart(f)
        && !body.contains('。')
        && body.chars().count() <= MAX_SENTENCE_CHARS
        && !is_action(body)
        && super::shape::mostly_findings([body].into_iter())
        && stands_apart(w)
        && w.chars().count() > f.chars().count()
        && reports_work(w)
}

/// Where the notice prints its problems as findings each followed by the
/// work on it (`chained`, found in runs of two or more), a heading under
/// which the text opens with one or more such pairs holds problems too,
/// however few (`三、资金资产管理` › `…进度偏慢，…。` › `市残联重新梳理…。`):
/// the findings of the pairs from the heading on.
fn alternating_findings(paras: &[Para], chained: &[usize]) -> Vec<usize> {
    let mut out = Vec::new();
    let headings = paras
        .iter()
        .enumerate()
        .filter(|(_, p)| recognise(&p.text).is_some())
        .map(|(h, _)| h);
    for h in headings {
        let mut k = h + 1;
        let mut pairs = Vec::new();
        while k + 1 < paras.len() && finding_then_work(&paras[k], &paras[k + 1]) {
            pairs.push(k);
            k += 2;
        }
        if chained.binary_search(&(h + 1)).is_err() {
            out.extend(pairs);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tree::paras;
    use super::*;

    #[test]
    fn a_quote_named_before_a_colon_is_the_title() {
        let (title, body) = split_named_quote(
            "针对“耕地保护责任落实不够严格”的问题：一是印发考核办法；二是开展核查。",
        )
        .unwrap();
        assert_eq!(title, "针对“耕地保护责任落实不够严格”的问题：");
        assert_eq!(body, "一是印发考核办法；二是开展核查。");
    }

    #[test]
    fn a_number_inside_a_name_counts_nothing() {
        assert!(names_problem_first(
            "针对落实中央八项规定精神存在薄弱环节、公务用车管理不规范的问题，集团党委开展专项整治。",
            true
        ));
        assert!(!names_problem_first(
            "针对群众反映强烈的3个问题，集团党委开展专项整治。",
            true
        ));
        // A quote that is a part of the name.
        assert!(names_problem_first(
            "针对“第一议题”制度落实不到位的问题，集团党委修订学习规则。",
            true
        ));
    }

    #[test]
    fn findings_each_before_its_report_between_two_headings() {
        let p = paras(&[
            "（四）企业内部管理方面",
            "审计发现，某集团工程分包管理不规范，存在违法分包问题。",
            "整改情况：已解除违规分包合同2份，已完成整改。",
            "部分企业财务核算不规范，存在往来款长期挂账问题。",
            "整改情况：已核销挂账款项，已完成整改。",
            "（五）风险防控方面",
            "部分企业资产负债率偏高。",
            "整改情况：已制定降负债方案，正在推进。",
            "（六）资产处置",
            "部分企业闲置资产较多。",
            "整改情况：已挂牌出租，正在推进。",
        ]);
        // One finding is a problem right under a heading that names a
        // domain (`…方面`), not under one that names none.
        assert_eq!(labels(&p), [(1, 1, 0), (3, 2, 0), (6, 1, 0)]);
    }

    #[test]
    fn one_finding_right_under_a_heading_that_names_a_domain() {
        let p = paras(&[
            "二、关于投资项目管理方面",
            "招标采购程序不规范，存在规避公开招标的情况。",
            "整改情况：正在建设电子招标采购平台。",
            "三、关于合同管理",
            "部分合同先履行后签订。",
            "整改情况：已补签合同。",
        ]);
        // Not under `关于合同管理`, which names no domain.
        assert_eq!(labels(&p), [(1, 1, 0)]);
    }

    #[test]
    fn a_heading_with_one_description_before_its_report_has_none() {
        let p = paras(&[
            "1.专项资金拨付滞后。",
            "经查，部分资金滞留超过6个月。",
            "整改情况：已全部拨付。",
            "2.项目管理不规范。",
            "审计发现，个别项目未履行招标程序。",
            "整改情况：已整改到位。",
        ]);
        assert!(labels(&p).is_empty());
    }

    #[test]
    fn one_sentence_findings_each_before_the_work_done_on_it() {
        let p = paras(&[
            "二、在干部队伍建设上",
            "干部选拔任用工作程序执行不够严格，个别干部试用期满未考核即转正。",
            "针对这一问题，党委对46名干部任职程序逐一复核，补充开展考核。该问题已整改到位。",
            "年轻干部培养使用力度不足，干部梯队结构不够合理。",
            "针对这一问题，党委制定培养计划，将作为长期任务常态化推进。",
            "巡察、审计等发现问题的整改成果运用不充分。",
            "党委建立问题整改总台账，实行销号管理。该问题已整改完成。",
            "三、下一步工作打算",
            "下一步，党委将持续抓好整改。",
        ]);
        assert_eq!(labels(&p), [(1, 1, 0), (3, 2, 0), (5, 3, 0)]);
    }

    #[test]
    fn one_finding_before_work_done_is_no_run() {
        let p = paras(&[
            "一、整改工作开展情况",
            "部分干部对整改工作认识不够到位。",
            "党委召开专题会议3次，制定整改方案。该工作已完成。",
            "党委高度重视巡察整改工作。",
            "党委书记主持召开推进会7次，压实责任。",
        ]);
        assert!(labels(&p).is_empty());
    }

    #[test]
    fn findings_in_any_words_beside_one_in_a_findings_words() {
        let p = paras(&[
            "（一）财务管理方面",
            "部分往来款项长期挂账未清理。集团账龄3年以上的其他应收款共计6847万元。",
            "整改情况：已收回款项2986万元，该问题已部分整改。",
            "违规向非国有企业出借资金。2022年8月，所属公司出借资金3000万元。",
            "整改情况：已全额收回借款本金3000万元。该问题已整改完成。",
            "已完工项目未及时办理竣工决算。集团超过1年未办理竣工决算的项目共14个。",
            "整改情况：已完成竣工决算9个，其余正在推进。",
        ]);
        assert_eq!(labels(&p), [(1, 1, 0), (3, 2, 0), (5, 3, 0)]);
    }
}
