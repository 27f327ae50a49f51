//! Problems in plain paragraphs: a notice with no numbering and no heading
//! at all, whose problems are each a paragraph that opens with the finding
//! (`部分社区在低保审核中把关不严，存在“人情保”现象。`) and goes on with
//! the work done and where it stands (`街道对…开展全面排查，…。该问题已整改
//! 到位。`). With two or more such paragraphs each is an item of style
//! `Lead` with no label, numbered in order; the finding is the title, the
//! rest the report. Paragraphs of one sentence (the organisation, the plan)
//! and paragraphs that open with an action or a result are not problems.

use super::own_sentence::{is_action, is_state_clause, ACTION_VERBS};
use super::tree::{is_closing, is_problem_note, is_rectification_report, Para};
use crate::text::label::recognise;
use crate::text::results::result_in;

/// The longest finding read as a paragraph's opening (characters).
const MAX_FINDING_CHARS: usize = 120;

/// At least this many such paragraphs make items.
const MIN_ITEMS: usize = 2;

/// Words that mark a statement as a finding about some of the cases
/// (`部分社区…`, `个别管理人员…`, `存在…现象`).
const FINDING_MARKS: &[&str] = &[
    "部分", "个别", "存在", "仍有", "少数", "一些", "反映", "问题",
];

/// Words that mark a statement as a breach found, as audits word them
/// (`市财政局未将…纳入年初预算`, `未在…内批复`, `违规列支`, `超进度拨付`):
/// a duty not done or a rule broken.
const BREACH_MARKS: &[&str] = &[
    "未将",
    "未按",
    "未在",
    "未经",
    "未及时",
    "未纳入",
    "未督促",
    "违规",
    "违反",
    "超标准",
    "超范围",
    "超进度",
    "挂账",
];

/// Words of the process around the findings (`针对巡察反馈的问题，…`): a
/// sentence with them describes the work on the findings, not a finding.
const PROCESS_WORDS: &[&str] = &["整改", "反馈", "巡察", "巡视", "督查", "通报", "现将"];

/// The sentence states a finding: a shortcoming or a finding's marks, no
/// action taken and no result.
pub(crate) fn is_finding(sentence: &str) -> bool {
    let t = sentence.trim();
    is_marked_finding(t) && result_in(t).is_none() && !is_state_clause(t)
}

/// The sentence bears a finding's marks, and no words of the process nor
/// an action.
fn is_marked_finding(sentence: &str) -> bool {
    let t = sentence.trim();
    let marked = super::tree::states_shortcoming(t)
        || FINDING_MARKS.iter().any(|w| t.contains(w))
        || BREACH_MARKS.iter().any(|w| t.contains(w));
    let process = PROCESS_WORDS.iter().any(|w| t.contains(w)) && !faults_the_work(t);
    marked && !process && !is_action(t)
}

/// The sentence finds fault with rectification itself (`上轮巡察反馈问题
/// 整改不彻底`, `整改不到位`, `整改滞后`): a finding, though it names the
/// process.
fn faults_the_work(sentence: &str) -> bool {
    sentence.match_indices("整改").any(|(at, w)| {
        let after: String = sentence[at + w.len()..].chars().take(4).collect();
        super::tree::states_shortcoming(&after)
    })
}

/// Words anywhere in a clause that say where work stands or what is
/// planned, after whoever does it (`栖凤区石埠镇人民政府正在整改`,
/// `计划8月底前完成`).
const WORK_STANDS: &[&str] = &["正在", "尚未", "仍在", "计划"];

/// The text goes on with work: a result, a state, or an action.
pub(crate) fn reports_work(rest: &str) -> bool {
    reports_progress(rest) || ACTION_VERBS.iter().any(|v| rest.contains(v))
}

/// The text says where work stands: a result, a state, or a plan.
pub(crate) fn reports_progress(rest: &str) -> bool {
    result_in(rest).is_some()
        || WORK_STANDS.iter().any(|w| rest.contains(w))
        || rest
            .split(['，', '。', '；'])
            .any(|c| is_state_clause(c.trim()))
}

/// The paragraph opens with a finding and goes on with the work on it.
/// A finding closed by its state in brackets (`…个别户厕已弃用。（已整改）`)
/// is one by its shape, what became of the things it finds (`已弃用`)
/// no result of the work.
pub(crate) fn is_problem_paragraph(text: &str) -> bool {
    if let Some(first) = finding_with_bracketed_state(text) {
        return is_marked_finding(found_statement(first));
    }
    shaped_as_problem(text).is_some_and(|first| is_finding(found_statement(first)))
}

/// The longest lead naming who found a finding, where and when
/// (characters).
const MAX_FOUND_LEAD_CHARS: usize = 48;

/// The finding of a sentence that opens by saying who found it, and where
/// or when (`1月9日，督查组在临霞区政务服务中心暗访发现，企业开办…`,
/// `巡察发现：…`): the words after `发现` and its comma or colon; also
/// after an inspection's short lead without a comma (`巡察组指出我局…`);
/// the sentence itself otherwise.
pub(crate) fn found_statement(sentence: &str) -> &str {
    let lead: usize = sentence
        .char_indices()
        .nth(MAX_FOUND_LEAD_CHARS)
        .map_or(sentence.len(), |(b, _)| b);
    if let Some(at) = sentence[..lead].find("发现") {
        let rest = &sentence[at + "发现".len()..];
        if let Some(finding) = rest.strip_prefix(['，', ',', '：', ':']) {
            if !finding.trim().is_empty() {
                return finding;
            }
        }
    }
    after_inspection_lead(sentence).unwrap_or(sentence)
}

/// The longest lead naming the inspection that found it, run on into the
/// finding (`巡察组指出`, `省委第二巡视组反馈指出`), in characters.
const MAX_RUN_ON_LEAD_CHARS: usize = 12;

/// The words after a lead that names an inspection and what it found,
/// with or without a comma (`巡察组指出我局…不够深入` → `我局…不够深入`).
pub(crate) fn after_inspection_lead(sentence: &str) -> Option<&str> {
    let (at, word) = ["指出", "发现"]
        .iter()
        .filter_map(|w| sentence.find(w).map(|at| (at, *w)))
        .min()?;
    let who = &sentence[..at];
    let inspection = ["巡察", "巡视", "审计", "督查", "督察", "检查"]
        .iter()
        .any(|w| who.starts_with(w) || who.contains(&format!("{w}组")));
    // One clause naming who found it, not a count's (`上半年，督查组共发现
    // 问题4个`, `审计发现问题5个`).
    let one_clause =
        !who.contains(['，', ',', '、', '共']) && !who.contains(|c: char| c.is_ascii_digit());
    let rest = sentence[at + word.len()..].trim_start_matches(['，', ',', '：', ':']);
    let counts = rest.starts_with("问题")
        || rest.starts_with('的')
        || rest
            .starts_with(|c: char| c.is_ascii_digit() || crate::text::numerals::is_cn_numeral(c));
    let short = crate::text::char_len(who) <= MAX_RUN_ON_LEAD_CHARS;
    (inspection && one_clause && short && !counts && !rest.trim().is_empty()).then_some(rest)
}

/// The paragraph opens with a short sentence and goes on with the work
/// on it: its opening sentence, if so.
fn shaped_as_problem(text: &str) -> Option<&str> {
    if is_rectification_report(text) || is_problem_note(text) || is_closing(text) {
        return None;
    }
    // `数据共享机制不健全（推进中）`: a finding and its state in brackets,
    // as a list of problems prints them.
    if let Some(first) = finding_with_bracketed_state(text) {
        return Some(first);
    }
    let (first, rest) = text.trim().split_once('。')?;
    let shaped =
        first.chars().count() <= MAX_FINDING_CHARS && !rest.trim().is_empty() && reports_work(rest);
    shaped.then_some(first)
}

/// A paragraph of one sentence ending with its state in brackets
/// (`…不及时（已完成）`): the sentence.
fn finding_with_bracketed_state(text: &str) -> Option<&str> {
    let t = text.trim().trim_end_matches(['。', '.']);
    if !super::shape::bracketed_state(t) {
        return None;
    }
    let first = t[..t.rfind(['（', '('])?].trim_end_matches(['。', '.']);
    let one = !first.contains('。') && (1..=MAX_FINDING_CHARS).contains(&first.chars().count());
    one.then_some(first)
}

/// Among problem paragraphs, one of their shape whose opening states a
/// condition in words no rule knows as a shortcoming (`…供餐时间单一，行动
/// 不便的老人就餐难。` then the work on it): no action, result or state,
/// and no words of the process.
pub(crate) fn is_problem_among_problems(text: &str) -> bool {
    shaped_as_problem(text).is_some_and(|first| {
        let t = found_statement(first).trim();
        !PROCESS_WORDS.iter().any(|w| t.contains(w))
            && !is_action(t)
            && result_in(t).is_none()
            && !is_state_clause(t)
    })
}

/// The paragraphs (indices, ascending) that are problems, numbered from 1
/// within the text between two headings, with a label length of 0: in a
/// notice without headings, or under headings whose other text holds no
/// numbered item (`（一）关于立德树人根本任务落实` › `思政课专职教师配备
/// 不足，…。学校…。` › `课程思政建设推进不平衡，…。学校…。`); none where
/// fewer than two are problems.
/// Text between two headings where other items were found already
/// (`taken`, ascending: problems each before its report) is left to them.
pub(crate) fn labels(paras: &[Para], taken: &[(usize, u32, usize)]) -> Vec<(usize, u32, usize)> {
    let out = labels_found(paras, taken, MIN_ITEMS);
    if out.is_empty() {
        return out;
    }
    // The notice prints its problems so: under another heading, one
    // paragraph in a finding's words is enough where a run of two or more
    // of the problems' shape holds it (`…列支办公设备购置费18.6万元。…已
    // 退回。` beside `…且超标准安排食宿。…整改完成。`).
    labels_found(paras, taken, 1)
}

/// [`labels`], with `min` paragraphs in a finding's words making a run.
fn labels_found(
    paras: &[Para],
    taken: &[(usize, u32, usize)],
    min: usize,
) -> Vec<(usize, u32, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let segment = |from: usize, to: usize, out: &mut Vec<(usize, u32, usize)>| {
        let at = taken.partition_point(|t| t.0 < from);
        let answers = (from..to).any(|i| answers_a_finding(&paras[i].text));
        if taken.get(at).is_none_or(|t| t.0 >= to) && !answers {
            let found = labels_in(paras, from, to, min);
            let heading = from.checked_sub(1).and_then(|h| recognise(&paras[h].text));
            let domain = heading
                .as_ref()
                .is_some_and(|l| super::shape::names_domain(&l.rest));
            // `三、需长期坚持整改的问题（1个）`: the heading counts its one
            // problem, whatever words state it.
            let counts_one = heading.is_some_and(|l| super::shape::note_count(&l.rest) == Some(1));
            match found.is_empty() && (domain || counts_one) {
                true => out.extend(alone_under_heading(paras, from, to, counts_one)),
                false => out.extend(found),
            }
        }
    };
    for (i, p) in paras.iter().enumerate() {
        if recognise(&p.text).is_some() {
            segment(start, i, &mut out);
            start = i + 1;
        }
    }
    segment(start, paras.len(), &mut out);
    out
}

/// The paragraph answers a finding stated elsewhere (`针对审批时限偏长的
/// 问题，…`, `对群众反映的2个问题：…`): the text around it holds reports,
/// not findings.
pub(crate) fn answers_a_finding(text: &str) -> bool {
    let t = crate::text::trim(text);
    let first = t.split(['，', '：', ',', ':']).next().unwrap_or("");
    ["针对", "对于", "对"].iter().any(|w| first.starts_with(w)) && first.contains("问题")
}

/// The one problem paragraph right under a heading that names a domain
/// (`二、关于投资项目管理方面` › `招标采购程序不规范。…整改情况：…`) or
/// counts one problem (`三、需长期坚持整改的问题（1个）` › `干部队伍专业化
/// 水平不高。…`; its opening need only be of a problem's shape): the
/// heading groups it, as its siblings group theirs; the paragraph is the
/// problem.
fn alone_under_heading(
    paras: &[Para],
    from: usize,
    to: usize,
    counts_one: bool,
) -> Option<(usize, u32, usize)> {
    let text = &paras.get(from..to)?.first()?.text;
    let problem = is_problem_paragraph(text) || (counts_one && is_problem_among_problems(text));
    problem.then_some((from, 1, 0))
}

/// The problems among the paragraphs `from..to`, none of them a heading.
fn labels_in(paras: &[Para], from: usize, to: usize, min: usize) -> Vec<(usize, u32, usize)> {
    let found: Vec<usize> = (from..to)
        .filter(|&i| is_problem_paragraph(&paras[i].text))
        .collect();
    let (Some(&first), Some(&last)) = (found.first(), found.last()) else {
        return Vec::new();
    };
    if found.len() < min {
        return Vec::new();
    }
    // The run of paragraphs of the problems' shape around the findings:
    // those whose opening no rule knows as a finding are problems too.
    let end = (last + 1..to)
        .find(|&i| !is_problem_among_problems(&paras[i].text))
        .unwrap_or(to);
    let first = (from..first)
        .rev()
        .take_while(|&i| is_problem_among_problems(&paras[i].text))
        .last()
        .unwrap_or(first);
    let run: Vec<(usize, u32, usize)> = (first..end)
        .filter(|&i| found.binary_search(&i).is_ok() || is_problem_among_problems(&paras[i].text))
        .zip(1..)
        .map(|(i, n)| (i, n, 0))
        .collect();
    if run.len() < MIN_ITEMS {
        return Vec::new();
    }
    run
}

#[cfg(test)]
mod tests {
    use super::super::tree::paras;
    use super::*;

    #[test]
    fn paragraphs_that_open_with_a_finding_are_problems() {
        let p = paras(&[
            "按照区委部署，街道扎实推进集中整治。现将进展情况公布如下。",
            "街道成立领导小组，召开专题会议6次，制定问题清单。",
            "部分社区低保审核把关不严。街道开展全面排查，清退9户。该问题已整改到位。",
            "个别管理人员收受摊主好处费。街道纪工委已立案审查。目前案件仍在查办中。",
            "下一步，街道将持续深化集中整治。",
        ]);
        assert_eq!(labels(&p, &[]), [(2, 1, 0), (3, 2, 0)]);
    }

    #[test]
    fn one_such_paragraph_or_text_whose_items_were_found_has_none() {
        let one = paras(&["部分社区低保审核把关不严。街道开展全面排查，已整改到位。"]);
        assert!(labels(&one, &[]).is_empty());
        let headed = paras(&[
            "一、关于民生保障",
            "部分社区低保审核把关不严。街道开展全面排查，已整改到位。",
            "个别管理人员收受好处费。已立案审查。",
            "二、关于基层治理",
            "部分村务公开不及时。街道建立月报制度，已整改到位。",
        ]);
        assert_eq!(labels(&headed, &[]), [(1, 1, 0), (2, 2, 0)]);
        assert!(labels(&headed, &[(1, 1, 0), (2, 2, 0)]).is_empty());
        // Alone under a heading that names a domain: the problem.
        let domain = paras(&[
            "二、关于基层治理方面",
            "部分村务公开不及时。街道建立月报制度，已整改到位。",
            "三、下一步工作",
        ]);
        assert_eq!(labels(&domain, &[]), [(1, 1, 0)]);
    }
}
