//! Problems without numbers, each paragraph opened by a sentence that names
//! the problem (`关于“落实县委决策部署有温差”的问题。局党组对…逐项建立台账…。
//! 目前该问题已完成整改。`), as notices that print the problem's name at the
//! start of its paragraph list them: with two or more such paragraphs in
//! the notice, each is an item of style `Lead` with no label, numbered in
//! order under its heading; the naming sentence is the title, the rest the
//! report.

use super::tree::{is_problem_note, is_rectification_report, Para};
use crate::text::label::{is_about_title, recognise};

/// The longest naming sentence read (characters).
const MAX_NAME_CHARS: usize = 80;

/// At least this many such paragraphs make items.
const MIN_ITEMS: usize = 2;

/// The paragraph opens with a sentence `关于…问题。` (or `：`).
fn opens_with_name(text: &str) -> bool {
    if recognise(text).is_some() || is_rectification_report(text) || is_problem_note(text) {
        return false;
    }
    // `关于第4项问题，…`: a reply naming a listed problem by its number
    // (`references`), no problem's name.
    if super::references::opening_reference(text).is_some()
        || super::references::opening_numbers(text).is_some()
    {
        return false;
    }
    let t = text.trim_start();
    let end = t.find(['。', '：', ':']).unwrap_or(t.len());
    let first = &t[..end];
    // A line that is only the name of an area's problems (`关于党的建设方面
    // 存在的问题`) heads a group.
    if t[end..].chars().count() <= 1 && names_area(first) {
        return false;
    }
    let quoted = first.starts_with("关于“") && first.contains('”');
    let names = (is_about_title(first) && first.ends_with("问题"))
        || (quoted && QUOTED_ENDINGS.iter().any(|e| first.ends_with(e)));
    // `关于预算编制不够细化问题，县财政局已…`: the name is the first clause.
    let clause = &first[..first.find(['，', ',']).unwrap_or(first.len())];
    let named_in_clause = is_about_title(clause) && clause.ends_with("问题");
    (first.chars().count() <= MAX_NAME_CHARS && names)
        || (clause.chars().count() <= MAX_NAME_CHARS && named_in_clause)
}

/// Words that name the problems of an area (`…方面存在的问题`, `…方面的
///问题`).
fn names_area(name: &str) -> bool {
    name.strip_suffix("问题")
        .map(|n| n.trim_end_matches(['的']).trim_end_matches("存在"))
        .is_some_and(|n| n.trim_end_matches('的').ends_with("方面"))
}

/// What a quoted finding may be called after it (`关于“党委议事决策规则
/// 执行不严”的意见。`).
const QUOTED_ENDINGS: &[&str] = &["的意见", "的反馈意见", "的事项", "的情况"];

/// The paragraphs (indices, ascending) opened by a problem's name, with
/// their number (from 1 again after each numbered heading) and a label
/// length of 0; none unless the notice has two at least (a heading may
/// hold one: `三、…方面` › `关于“…”的问题。…`).
pub(crate) fn labels(paras: &[Para]) -> Vec<(usize, u32, usize)> {
    let mut out = Vec::new();
    let mut number = 0;
    for (i, p) in paras.iter().enumerate() {
        if opens_with_name(&p.text) {
            number += 1;
            out.push((i, number, 0));
        } else if recognise(&p.text).is_some() {
            number = 0;
        }
    }
    if out.len() < MIN_ITEMS {
        out.clear();
    }
    if out.is_empty() {
        out = finding_leads(paras);
    }
    out
}

/// The longest clause read as a finding's lead (`审计还发现`; characters).
const MAX_LEAD_CHARS: usize = 8;

/// Verbs of a lead that brings a finding in (`审计发现，`, `检查指出，`).
const LEAD_VERBS: &[&str] = &["发现", "指出", "反映"];

/// The paragraph opens with a short clause that brings a finding in
/// (`审计发现，中心…未履行集体决策程序。中心已…`), or with an inspection's
/// lead run on into the finding (`巡察组指出我局…不够深入。对此，…`).
fn opens_with_finding_lead(text: &str) -> bool {
    if recognise(text).is_some() || is_rectification_report(text) || is_problem_note(text) {
        return false;
    }
    let t = text.trim_start();
    let first = t.split('。').next().unwrap_or(t);
    let run_on = super::plain_problems::after_inspection_lead(first)
        .is_some_and(|rest| first.len() - rest.len() <= MAX_RUN_ON_LEAD_BYTES);
    let Some(end) = t.find(['，', ',']) else {
        return run_on;
    };
    let lead = &t[..end];
    let n = lead.chars().count();
    let comma_lead = (2..=MAX_LEAD_CHARS).contains(&n)
        && LEAD_VERBS.iter().any(|v| lead.ends_with(v))
        && t[end..].chars().count() > MAX_LEAD_CHARS;
    comma_lead || run_on
}

/// The longest run-on lead (`巡察组指出`, `审计组还发现`), in bytes: six
/// characters of three bytes each.
const MAX_RUN_ON_LEAD_BYTES: usize = 6 * 3;

/// The paragraph opens with a finding's lead and goes on with the work on
/// it (`巡察组指出…。对此，…。目前已办结。`).
fn carries_its_work(text: &str) -> bool {
    let t = text.trim();
    t.split_once('。')
        .is_some_and(|(_, rest)| super::plain_problems::reports_work(rest))
}

/// Paragraphs opened by a finding's lead, when two or more stand under
/// one numbered heading (`（一）预算管理方面` › `审计发现，…。中心已…`
/// `审计还发现，…`): each an item, numbered in order under its heading,
/// also one alone under another heading (`（二）…方面` › `审计发现，…`).
/// Without two under one heading they are the headings' text.
fn finding_leads(paras: &[Para]) -> Vec<(usize, u32, usize)> {
    let mut segments: Vec<Vec<usize>> = vec![Vec::new()];
    for (i, p) in paras.iter().enumerate() {
        if recognise(&p.text).is_some() {
            segments.push(Vec::new());
        } else if let Some(s) = segments
            .last_mut()
            .filter(|_| opens_with_finding_lead(&p.text))
        {
            s.push(i);
        }
    }
    if segments.iter().all(|s| s.len() < MIN_ITEMS) {
        return Vec::new();
    }
    with_named_problems(paras, &mut segments);
    segments
        .iter()
        .flat_map(|s| s.iter().zip(1..).map(|(&i, k)| (i, k, 0)))
        .collect()
}

/// Under a heading whose finding leads each carry their work, a paragraph
/// that names its problem first (`针对巡察组反馈的财务管理不严格问题（…），
/// 我局…`) is one of them, not a part of the one above.
fn with_named_problems(paras: &[Para], segments: &mut [Vec<usize>]) {
    // Judged once per segment, on its finding leads alone.
    let each_carries: Vec<bool> = segments
        .iter()
        .map(|s| s.len() >= MIN_ITEMS && s.iter().all(|&k| carries_its_work(&paras[k].text)))
        .collect();
    let mut heading = 0;
    for (i, p) in paras.iter().enumerate() {
        if recognise(&p.text).is_some() {
            heading += 1;
        } else if each_carries[heading] && super::reported_paragraphs::opens_naming_problem(&p.text)
        {
            segments[heading].push(i);
        }
    }
    for s in segments.iter_mut() {
        s.sort_unstable();
        s.dedup();
    }
}

#[cfg(test)]
mod tests {
    use super::super::tree::paras;
    use super::*;

    #[test]
    fn paragraphs_opened_by_a_problem_name_are_items() {
        let p = paras(&[
            "一、关于党的领导方面",
            "关于“落实决策部署有温差”的问题。建立台账，每月调度。已完成整改。",
            "关于“意识形态工作不到位”的问题。修订清单。已完成整改。",
            "二、关于干部队伍方面",
            "关于“干部年龄结构老化”的意见。制定培养计划，正在推进。",
            "关于“人才流失”的问题。出台激励办法，需长期坚持。",
        ]);
        assert_eq!(labels(&p), [(1, 1, 0), (2, 2, 0), (4, 1, 0), (5, 2, 0)]);
    }

    #[test]
    fn a_paragraph_about_something_else_leads_nothing() {
        let p = paras(&[
            "关于整改工作的部署。局党组召开会议。",
            "关于下一步工作，将持续推进。",
        ]);
        assert!(labels(&p).is_empty());
    }
}
