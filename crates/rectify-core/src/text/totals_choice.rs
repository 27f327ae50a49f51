//! Which summary sentence states the report's totals, when a notice has
//! several (an opening summary and each section's subtotal). Each is scored
//! on its position and its words, together:
//!
//! - before the first problem (preamble or an opening section): +2;
//! - scope words for the whole report (`共`, `全部`, `总体`, `累计`,
//!   `反馈的…`, `反映的…`): +2; words of a part (`该方面`, `本方面`,
//!   `其中` at the start): −2;
//! - states a total: +1; the largest total of all: +1;
//! - consistent (the parts, long-term work included, add up to the total): +1;
//! - counts as many items as the notice lists (its total, or its parts
//!   added up, is the number of problems and long-term items found): +3
//!   (a `回头看` notice recalls the first round's `18个问题已完成整改17个`
//!   in its preamble with every word of scope; the 7 it lists are counted
//!   where they are listed);
//! - the counts of the tasks or measures the problems were broken into
//!   (`36项整改任务已完成30项`): −4, as an earlier round's;
//! - an earlier round's counts (`上一轮巡察反馈的…21个问题`: a past-round
//!   word before the first count, or printed under a heading about an
//!   earlier round, `一、首轮巡察整改情况回顾`, unless that heading holds
//!   every problem listed, as a `回头看` notice's `二、上轮巡察反馈问题核查
//!   及整改情况` does): −4, whatever else it has.
//!
//! The best wins, the earliest on a tie — a best that states only a total
//! (and its rate) takes the parts a sentence of no part states apart
//! (`巡察反馈问题11个，整改完成率达81.8%` … `其中已完成9个，正在推进1个，
//! 需长期坚持1个`) when they add up to it and give its rate — but a best that neither counts
//! the items listed nor adds up yields to one that does both (things found,
//! `发现隐患61处，当场整改47处`, beside `通报的14个问题中，已整改到位11个，
//! 正在整改3个`), and so does a best that adds up but does not count the
//! items listed to one that does both in more parts; all are kept as
//! candidates. A
//! sentence in a heading that holds some of the problems but not all (a
//! part's subtotal, wherever it is printed) never wins, nor does one of
//! two or more that each open naming a unit (`县民政局党组：巡察反馈问题15
//! 个，…`, `县人社局党组：…`: each unit's own count): when only such
//! sentences exist the report states no totals.

use super::norm_chars;
use super::totals::parts_sum;
use crate::model::StatedTotals;

/// Words that name the whole report's scope; a count of the aspects
/// (`4个方面问题11个`) counts them all.
const SCOPE_WORDS: &[&str] = &[
    "共",
    "全部",
    "总体",
    "累计",
    "反馈的",
    "反映的",
    "查出的",
    "个方面",
];
const PART_WORDS: &[&str] = &["该方面", "本方面", "该领域", "此方面"];
const PAST_ROUND_WORDS: &[&str] = &[
    "上一轮",
    "上轮",
    "前一轮",
    "前轮",
    "上次",
    "上一次",
    "前次",
    "上一批",
    "上年度",
    // A second notice recalling its first (`在第一次通报时，18个问题中…`).
    "第一次通报",
    "首次通报",
    "第一次公开",
    "首次公开",
    "前期通报",
    "此前通报",
    "上期",
];

/// The sentence states an earlier round's counts: a past-round word before
/// its first figure (`上一轮巡察反馈的4个方面21个问题`). A word after the
/// counts (`…，剩余2个纳入本轮`, `其中上轮遗留2个`) qualifies a part.
fn earlier_round(s: &str) -> bool {
    let first_count = s.find(|c: char| c.is_ascii_digit()).unwrap_or(s.len());
    PAST_ROUND_WORDS
        .iter()
        .any(|w| s[..first_count].contains(w))
}

/// Words after a count that count the tasks or measures the problems were
/// broken into (`36项整改任务`, `78条整改措施`), not the problems.
pub(crate) const TASK_WORDS: &[&str] =
    &["整改任务", "任务", "整改措施", "措施", "整改举措", "举措"];

/// The sentence's first count counts tasks or measures (`36项整改任务已完成
/// 30项`): beside the problems' own counts, not the report's.
pub(crate) fn counts_tasks(s: &str) -> bool {
    let chars: Vec<char> = s.chars().collect();
    // The first figure with a unit of count after it (not `2025年`).
    let unit = (1..chars.len())
        .find(|&j| chars[j - 1].is_ascii_digit() && matches!(chars[j], '项' | '条' | '个'));
    unit.is_some_and(|u| {
        let after: String = chars.iter().skip(u + 1).take(4).collect();
        TASK_WORDS.iter().any(|w| after.starts_with(w))
    })
}

/// The sentence names the whole report's scope (`共`, `反馈的`): `全部` in
/// `已全部办结` states what became of the things counted, not how many of
/// them were counted.
fn has_scope_word(s: &str) -> bool {
    let mut s = s.replace("已全部", "已");
    // `计划于6月底前全部完成`: what is to become of them, no scope.
    for fate in [
        "全部完成",
        "全部办结",
        "全部整改",
        "全部到位",
        "全部落实",
        "全部销号",
    ] {
        s = s.replace(fate, "");
    }
    SCOPE_WORDS.iter().any(|w| s.contains(w))
}

/// The sentence counts what the units found by checking themselves
/// (`组织监管企业开展自查自纠，共自查发现问题37个`) before its first figure:
/// beside the inspection's or audit's own findings, not the report's.
fn self_found(s: &str) -> bool {
    let first_count = s.find(|c: char| c.is_ascii_digit()).unwrap_or(s.len());
    s[..first_count].contains("自查")
}

/// The sentence names the whole report's scope (`巡察反馈的5个问题`, `共…`)
/// and not a part's (`该方面…`, `其中…`).
pub(crate) fn reads_report_wide(text: &str) -> bool {
    let s: String = norm_chars(text).into_iter().collect();
    has_scope_word(&s)
        && !PART_WORDS.iter().any(|w| s.contains(w))
        && !s.starts_with("其中")
        && !earlier_round(&s)
}

/// The sentence counts problems in all and every one of them by its state
/// (`4个问题中已完成整改2个，正在整改1个，长期坚持1个`), and no part's.
pub(crate) fn counts_every_problem(text: &str) -> bool {
    let s: String = norm_chars(text).into_iter().collect();
    let whole = s.contains("问题")
        && !PART_WORDS.iter().any(|w| s.contains(w))
        && !s.starts_with("其中")
        && !earlier_round(&s);
    whole
        && super::totals::find(&[(0, text)])
            .is_some_and(|t| consistent(&t) && t.total.is_some_and(|v| v >= 2))
}

/// A candidate with whether it sits before the first problem, and whether
/// it sits in a heading that holds some of the problems but not all.
pub(crate) struct Candidate {
    pub totals: StatedTotals,
    pub before_problems: bool,
    pub in_part: bool,
    /// Printed under a heading about an earlier round (`一、首轮巡察整改
    /// 情况回顾`).
    pub earlier_section: bool,
    /// How many problems and long-term items the notice lists.
    pub found: usize,
}

/// A heading about an earlier round or a look back (`首轮巡察整改情况回顾`,
/// `上一轮巡察反馈问题整改情况`).
pub(crate) fn heads_earlier_round(title: &str) -> bool {
    PAST_ROUND_WORDS
        .iter()
        .chain(&["首轮", "回顾"])
        .any(|w| title.contains(w))
}

/// The sentence counts as many items as the notice lists.
fn counts_found(t: &StatedTotals, found: usize) -> bool {
    let counted = t.total.unwrap_or(parts_sum(t));
    found > 0 && usize::try_from(counted).is_ok_and(|c| c == found)
}

fn consistent(t: &StatedTotals) -> bool {
    let parts = parts_sum(t);
    t.total.is_some_and(|total| parts == total && parts > 0)
}

fn score(c: &Candidate, largest: Option<u32>) -> i32 {
    let t = &c.totals;
    let s: String = norm_chars(&t.text).into_iter().collect();
    let mut score = if c.before_problems { 2 } else { 0 };
    if has_scope_word(&s) {
        score += 2;
    }
    if PART_WORDS.iter().any(|w| s.contains(w)) || s.starts_with("其中") {
        score -= 2;
    }
    if t.total.is_some() {
        score += 1;
        if t.total == largest {
            score += 1;
        }
    }
    if earlier_round(&s) || self_found(&s) || c.earlier_section || counts_tasks(&s) {
        score -= 4;
    }
    score + i32::from(consistent(t)) + 3 * i32::from(counts_found(t, c.found))
}

/// A sentence that states the total with parts that do not add up to it
/// (`发现…问题13处，其中立行立改7处，限期整改6处。`), and the next sentence
/// of its line, whose parts without a total do (`截至10月25日，已整改完成10
/// 处，正在整改2处，1处…尚未启动。`): the total with the next one's parts.
fn completed(a: &Candidate, b: &Candidate) -> Option<Candidate> {
    let (x, y) = (&a.totals, &b.totals);
    let total = x.total?;
    let same_line = x.source_line.is_some() && x.source_line == y.source_line;
    if !same_line || y.total.is_some() || parts_sum(x) == total || parts_sum(y) != total {
        return None;
    }
    let mut totals = y.clone();
    totals.total = Some(total);
    totals.completion_rate = y.completion_rate.or(x.completion_rate);
    totals.text = format!("{}{}", x.text, y.text);
    Some(Candidate {
        totals,
        before_problems: a.before_problems,
        in_part: a.in_part || b.in_part,
        earlier_section: a.earlier_section || b.earlier_section,
        found: a.found,
    })
}

/// A candidate of no part, no earlier round and no self-check: it may
/// speak for the whole report.
fn of_the_whole(c: &Candidate) -> bool {
    let s: String = norm_chars(&c.totals.text).into_iter().collect();
    !c.in_part && !c.earlier_section && !earlier_round(&s) && !self_found(&s)
}

/// The best candidate states only a total (`共发现问题11个`) and another,
/// of no part and no earlier round, the same total with parts that add up
/// to it (`11个问题中已整改到位8个，其余3个正在持续整改`): that one, the
/// same count in more detail.
fn detailed(candidates: &[Candidate], best: usize) -> usize {
    detailed_alike(candidates, best).unwrap_or(best)
}

/// The most a stated rate and the share its parts give may differ (a
/// notice prints `81.8%` for 9 of 11).
const RATE_SLACK: f64 = 0.005;

/// The best candidate states only a total (and perhaps its rate done,
/// `巡察反馈问题11个，整改完成率达81.8%`) and another, of no part, only
/// parts that add up to that total (`其中已完成9个，正在推进1个，需长期坚持
/// 1个`), in two parts or more, its share done the rate if one is given:
/// the two together, as one candidate.
fn parts_apart(candidates: &[Candidate], best: usize) -> Option<Candidate> {
    let b = &candidates[best];
    let total = b.totals.total?;
    if parts_sum(&b.totals) > 0 {
        return None;
    }
    let fits = |c: &Candidate| {
        let t = &c.totals;
        let share = f64::from(t.done.unwrap_or(0)) / f64::from(total.max(1));
        of_the_whole(c)
            && t.total.is_none()
            && parts(t) >= 2
            && parts_sum(t) == total
            && b.totals
                .completion_rate
                .is_none_or(|r| (r - share).abs() <= RATE_SLACK)
    };
    let p = candidates.iter().find(|c| fits(c))?;
    let mut totals = p.totals.clone();
    totals.total = Some(total);
    totals.completion_rate = b.totals.completion_rate;
    totals.text = format!("{}{}", b.totals.text, p.totals.text);
    totals.source_line = b.totals.source_line;
    Some(Candidate {
        totals,
        before_problems: b.before_problems,
        in_part: false,
        earlier_section: false,
        found: b.found,
    })
}

/// [`detailed`]'s candidate when there is one other than `best`.
fn detailed_alike(candidates: &[Candidate], best: usize) -> Option<usize> {
    let b = &candidates[best].totals;
    if b.total.is_none() || parts_sum(b) > 0 {
        return None;
    }
    candidates
        .iter()
        .position(|c| of_the_whole(c) && c.totals.total == b.total && consistent(&c.totals))
}

/// The best candidate neither counts the items listed nor adds up
/// (`发现各类隐患61处，当场督促整改47处，对其中14个…问题予以通报`: things
/// found, not the problems listed) while another, of no part and no
/// earlier round, does both (`通报的14个问题中，已整改到位11个，正在整改3个`):
/// that one.
/// A best that adds up but counts other things, in fewer parts
/// (`32项中已完成年度目标任务14项，其余18项均按序时进度推进`: the year's
/// projects), yields the same way to one that counts the problems listed
/// in more parts (`本次督查发现的12个问题，已整改到位7个，正在整改2个，需长期
/// 坚持1个，尚未启动整改2个`).
fn matching(candidates: &[Candidate], best: usize) -> usize {
    let b = &candidates[best];
    if counts_found(&b.totals, b.found) {
        return best;
    }
    let more_parts = |c: &Candidate| !consistent(&b.totals) || parts(&c.totals) > parts(&b.totals);
    candidates
        .iter()
        .position(|c| {
            of_the_whole(c)
                && counts_found(&c.totals, c.found)
                && consistent(&c.totals)
                && more_parts(c)
        })
        .unwrap_or(best)
}

/// The longest unit's name before its counts (`县民政局党组：…`), in
/// characters.
const MAX_UNIT_NAME_CHARS: usize = 20;

/// Words of a label for the whole or for a kind of text, not a unit's
/// name (`总体情况：`, `合计：`).
const NOT_UNIT_WORDS: &[&str] = &["总", "合计", "全", "整体", "情况", "其中"];

/// The unit a summary opens by naming (`县民政局党组：巡察反馈问题15个，…`).
fn unit_named(text: &str) -> Option<String> {
    let (name, _) = text.trim().split_once(['：', ':'])?;
    let name = name.trim();
    let short = (1..=MAX_UNIT_NAME_CHARS).contains(&name.chars().count());
    let plain = !name.contains(|c: char| c.is_ascii_digit() || "，,。；;".contains(c));
    let unit = !NOT_UNIT_WORDS.iter().any(|w| name.contains(w));
    (short && plain && unit).then(|| name.to_string())
}

/// Summaries opening with two or more units' names (`县民政局党组：…15个…`,
/// `县人社局党组：…12个…`, in a bulletin across units): each is one unit's
/// count, a part like a section's subtotal, never the report's.
fn units_apart(candidates: &mut [Candidate]) {
    let names: Vec<Option<String>> = candidates
        .iter()
        .map(|c| unit_named(&c.totals.text))
        .collect();
    let mut distinct: Vec<&String> = names.iter().flatten().collect();
    distinct.sort();
    distinct.dedup();
    if distinct.len() < 2 {
        return;
    }
    for (c, name) in candidates.iter_mut().zip(&names) {
        c.in_part |= name.is_some();
    }
}

/// How many parts a summary states.
fn parts(t: &StatedTotals) -> usize {
    [t.done, t.in_progress, t.long_term, t.not_started]
        .iter()
        .filter(|p| p.is_some())
        .count()
}

/// The report's totals with every candidate attached (when there are more
/// than one), or None without any.
pub(crate) fn choose(mut candidates: Vec<Candidate>) -> Option<StatedTotals> {
    units_apart(&mut candidates);
    let joined: Vec<Candidate> = candidates
        .windows(2)
        .filter_map(|w| completed(&w[0], &w[1]))
        .collect();
    candidates.extend(joined);
    let largest = candidates.iter().filter_map(|c| c.totals.total).max();
    let best = candidates
        .iter()
        .enumerate()
        .filter(|(_, c)| !c.in_part)
        // On a tie, the one that counts the items listed, then the first.
        .max_by_key(|(i, c)| {
            let counts = counts_found(&c.totals, c.found);
            (score(c, largest), counts, std::cmp::Reverse(*i))
        })
        .map(|(i, _)| i)?;
    // A total (and rate) stated apart from its parts: the two joined.
    let best = match detailed_alike(&candidates, best)
        .is_none()
        .then(|| parts_apart(&candidates, best))
        .flatten()
    {
        Some(joined) => {
            candidates.push(joined);
            candidates.len() - 1
        }
        None => best,
    };
    let best = matching(&candidates, detailed(&candidates, best));
    let mut chosen = candidates[best].totals.clone();
    if candidates.len() > 1 {
        chosen.candidates = candidates.into_iter().map(|c| c.totals).collect();
    }
    Some(chosen)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cand(text: &str, total: Option<u32>, done: u32, before: bool) -> Candidate {
        Candidate {
            totals: StatedTotals {
                total,
                done: Some(done),
                text: text.into(),
                ..StatedTotals::default()
            },
            before_problems: before,
            in_part: false,
            earlier_section: false,
            found: 0,
        }
    }

    #[test]
    fn a_fate_planned_for_all_is_no_scope() {
        assert!(!reads_report_wide(
            "目前已建立台账事项9项，已落实5项，计划于2026年6月底前全部完成。"
        ));
        assert!(reads_report_wide("全部12个问题中已整改到位10个。"));
        assert!(reads_report_wide("巡察反馈的5个问题已全部完成整改。"));
    }

    #[test]
    fn long_term_work_is_a_part_of_the_total() {
        let t = StatedTotals {
            total: Some(11),
            done: Some(8),
            in_progress: Some(2),
            long_term: Some(1),
            ..StatedTotals::default()
        };
        assert!(consistent(&t));
        assert!(!consistent(&StatedTotals {
            long_term: None,
            ..t
        }));
    }

    #[test]
    fn things_found_yield_to_the_count_of_the_problems_listed() {
        let mut found = cand(
            "本次督查共检查“九小场所”143家，发现各类消防安全隐患61处，当场督促整改47处，对其中14个较为突出、需限期整改的问题予以通报。",
            Some(61),
            0,
            true,
        );
        found.totals.done = None;
        found.totals.in_progress = Some(14);
        found.found = 14;
        let mut listed = cand(
            "截至2025年12月19日，通报的14个问题中，已整改到位11个，正在整改3个。",
            Some(14),
            11,
            false,
        );
        listed.totals.in_progress = Some(3);
        listed.found = 14;
        let chosen = choose(vec![found, listed]).unwrap();
        assert_eq!((chosen.total, chosen.done), (Some(14), Some(11)));
    }

    #[test]
    fn the_count_of_the_items_listed_wins_over_a_wider_scope() {
        // A `回头看` notice: the first round's count in the preamble, with
        // every word of scope, and the count of the 7 items it lists.
        let first_round = cand(
            "巡察反馈的5个方面18个问题已完成整改17个。",
            Some(18),
            17,
            true,
        );
        let mut listed = cand(
            "7项短板弱项中，已改进到位4项，正在推进2项，需长期坚持1项。",
            Some(7),
            4,
            true,
        );
        listed.totals.in_progress = Some(2);
        listed.totals.long_term = Some(1);
        let mut both = vec![first_round, listed];
        for c in &mut both {
            c.found = 7;
        }
        assert_eq!(choose(both).and_then(|t| t.total), Some(7));
    }

    #[test]
    fn a_parts_subtotal_never_wins() {
        let mut part = cand("共反馈问题3个，已完成3个。", Some(3), 3, true);
        part.in_part = true;
        assert!(choose(vec![part]).is_none());
        let mut part = cand("共反馈问题3个，已完成3个。", Some(3), 3, true);
        part.in_part = true;
        let later = cand("综上，已完成整改2个。", None, 2, false);
        assert_eq!(choose(vec![part, later]).unwrap().done, Some(2));
    }

    #[test]
    fn a_count_of_the_aspects_names_the_whole() {
        assert!(super::reads_report_wide(
            "审计报告指出预算管理、惠企政策落实等4个方面问题11个，涉及金额6841.27万元。"
        ));
        assert!(!super::reads_report_wide("该方面问题3个，已完成整改2个。"));
    }

    #[test]
    fn the_report_wide_sentence_beats_subtotals() {
        let c = vec![
            cand("该方面审计查出的12个问题，已整改10个。", Some(12), 10, true),
            cand("审计反映的48个问题，已整改40个。", Some(48), 40, false),
        ];
        let t = choose(c).unwrap();
        assert_eq!(t.total, Some(48));
        assert_eq!(t.candidates.len(), 2);
        assert!(choose(Vec::new()).is_none());
    }

    #[test]
    fn all_of_a_smaller_count_settled_is_not_the_reports_scope() {
        let mut opening = cand(
            "指出4个方面20个问题，已完成整改17个，正在整改3个。",
            Some(20),
            17,
            true,
        );
        opening.totals.in_progress = Some(3);
        let clues = cand("对巡察移交的2件问题线索，已全部办结。", Some(2), 2, true);
        assert_eq!(choose(vec![opening, clues]).unwrap().total, Some(20));
        assert!(!reads_report_wide("对巡察移交的2件问题线索，已全部办结。"));
        assert!(reads_report_wide("全部12个问题已整改到位。"));
    }

    #[test]
    fn a_total_whose_parts_follow_in_the_next_sentence() {
        let mut kinds = cand(
            "发现问题13处，其中立行立改7处，限期整改6处。",
            Some(13),
            0,
            true,
        );
        kinds.totals.done = None;
        kinds.totals.in_progress = Some(6);
        let mut states = cand(
            "截至10月25日，已整改完成10处，正在整改2处。",
            None,
            10,
            true,
        );
        states.totals.in_progress = Some(2);
        states.totals.not_started = Some(1);
        for c in [&mut kinds, &mut states] {
            c.totals.source_line = Some(9);
            c.found = 13;
        }
        let t = choose(vec![kinds, states]).unwrap();
        assert_eq!(
            (t.total, t.done, t.in_progress, t.not_started),
            (Some(13), Some(10), Some(2), Some(1))
        );
        assert!(t.text.starts_with("发现问题13处") && t.text.ends_with("正在整改2处。"));
    }

    #[test]
    fn self_found_problems_are_not_the_reports() {
        let c = vec![
            cand(
                "组织监管企业开展自查自纠，共自查发现问题37个，已整改33个。",
                Some(37),
                33,
                true,
            ),
            cand(
                "综上，审计报告反映的20个问题，已整改完成13个。",
                Some(20),
                13,
                false,
            ),
        ];
        assert_eq!(choose(c).unwrap().total, Some(20));
    }

    #[test]
    fn an_earlier_rounds_counts_are_not_the_reports() {
        let c = vec![
            cand(
                "上一轮巡察反馈的4个方面21个问题，当年已完成整改19个。",
                Some(21),
                19,
                true,
            ),
            cand(
                "本轮巡察反馈的3个方面14个问题中，已完成12个。",
                Some(14),
                12,
                true,
            ),
        ];
        assert_eq!(choose(c).unwrap().total, Some(14));
        let c = vec![
            cand(
                "截至10月底，反馈的14个问题已完成12个，其中上轮遗留问题2个。",
                Some(14),
                12,
                true,
            ),
            cand("该方面12个问题已完成10个。", Some(12), 10, true),
        ];
        assert_eq!(choose(c).unwrap().total, Some(14));
    }

    #[test]
    fn the_tasks_counts_are_not_the_problems() {
        let c = vec![
            cand("截至2月底，36项整改任务已完成30项。", Some(36), 30, true),
            cand("11个问题中已完成整改6个。", Some(11), 6, true),
        ];
        assert_eq!(choose(c).unwrap().total, Some(11));
        assert!(counts_tasks("截至2025年2月底，78条整改措施已落实完成69条"));
        assert!(!counts_tasks("截至2025年2月底，11个问题中已完成整改6个"));
    }
}
