//! Past-tense results in a text: a clause that reports work done
//! (`已在5个镇街设立联络处`, `已于7月印发实施`). A phrase about continuing
//! work (`逐步`, `下一步`, `持续`) that follows such a result describes
//! further work on a done measure, not an open one.

use super::{is_clause_end, norm_chars, slice, starts_at};

/// Phrases that describe continuing work rather than unfinished work.
pub(crate) const CONTINUING: &[&str] = &["下一步", "逐步", "后续将", "将继续", "持续"];

/// The longest result fragment reported (characters).
const MAX_RESULT_CHARS: usize = 24;

/// Clauses starting with these describe a condition or the problem.
const CONDITION_STARTS: &[&str] = &["对", "针对", "如", "若", "凡"];

/// Characters before `已` that negate it or make it a condition.
const NOT_RESULT_BEFORE: &[char] = &['未', '尚', '不', '待', '没'];

/// A result of `text` that gives the share of the work done as a
/// percentage below 100 (`已完成80%`, `已完成总工程量的65%`), in its own
/// clause or a later clause of its sentence (`已完成审计12个村，完成总任务
/// 的75%`), or that counts what was done while its sentence counts what is
/// left (`已完成12间…，剩余3间…`): part of the work, so the work is under
/// way.
pub(crate) fn is_part_done(text: &str, result: &str) -> bool {
    let (t, r) = (norm_chars(text), norm_chars(result));
    let Some(at) = (0..t.len()).find(|&i| t[i..].starts_with(&r)) else {
        return super::phrases::part_percent(&r);
    };
    super::phrases::part_of_work_clauses(&t)[at]
}

/// The phrase describes continuing work.
pub(crate) fn is_continuing(phrase: &str) -> bool {
    CONTINUING.iter().any(|c| phrase.starts_with(c))
}

/// The first result clause before the first occurrence of `phrase` in
/// `text`, from its `已` to the clause end (shortened).
pub(crate) fn result_before(text: &str, phrase: &str) -> Option<String> {
    let n = norm_chars(text);
    let at = (0..n.len()).find(|&i| starts_at(&n, i, phrase))?;
    first_result(text, &n, at)
}

/// Words after `已` that say how long something has lapsed (`完工交付使用
/// 已超过1年`, `已逾期3个月`, `已过期`), or what harm followed (`施工单位
/// 已出现窝工`, `已造成损失`): a finding's state, no result.
const LAPSE: &[&str] = &["超过", "逾期", "过期", "长达", "出现", "造成"];

/// The words at `after` tell a lapse of time ([`LAPSE`]).
fn lapse_at(n: &[char], after: usize) -> bool {
    LAPSE.iter().any(|w| starts_at(n, after, w))
}

/// The first result clause of `text`.
pub(crate) fn result_in(text: &str) -> Option<String> {
    let n = norm_chars(text);
    first_result(text, &n, n.len())
}

/// The first result clause in `n[..at]` (`n` normalised from `text`).
fn first_result(text: &str, n: &[char], at: usize) -> Option<String> {
    let orig: Vec<char> = text.chars().collect();
    let mut clause_start = 0;
    // The end of the current clause, found once per clause (linear time
    // however many `已` a clause holds).
    let mut clause_end = 0;
    // The last character of the clause that negates a result, if any.
    let mut last_negator: Option<usize> = None;
    // `2,148.36万元`: a comma between digits groups them, it ends no clause.
    let ends_clause = |j: usize| {
        is_clause_end(n[j])
            && !(n[j] == ','
                && j > 0
                && n[j - 1].is_ascii_digit()
                && n.get(j + 1).is_some_and(char::is_ascii_digit))
    };
    for i in 0..at {
        if ends_clause(i) {
            clause_start = i + 1;
            continue;
        }
        if n[i] != '已' || (i > 0 && NOT_RESULT_BEFORE.contains(&n[i - 1])) {
            continue;
        }
        // `已明确整改时限和责任人`: the work set out, no result of it.
        if super::phrases::sets_out(n, i + 1) || lapse_at(n, i + 1) {
            continue;
        }
        let clause: String = n[clause_start..i].iter().take(2).collect();
        if CONDITION_STARTS.iter().any(|s| clause.starts_with(s)) {
            continue;
        }
        if clause_end <= i {
            clause_end = (i..at).find(|&j| ends_clause(j)).unwrap_or(at);
            last_negator = (i..clause_end)
                .rev()
                .find(|&j| NOT_RESULT_BEFORE.contains(&n[j]));
        }
        let end = clause_end;
        // `已开票未缴款`, `已表示不再…`: a state described, not a result.
        if last_negator.is_some_and(|j| j >= i) {
            continue;
        }
        return Some(slice(&orig, i, end.min(i + MAX_RESULT_CHARS)));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_comma_between_digits_ends_no_clause() {
        let t = "市财政局对12个已完工项目的结余资金2,148.36万元未及时清理。";
        assert_eq!(result_in(t), None);
        assert_eq!(
            result_in("已收回资金2,148.36万元。").as_deref(),
            Some("已收回资金2,148.36万元")
        );
    }

    #[test]
    fn results_before_continuing_work() {
        let t = "目前，已在黄圃等镇街设立联络处共5个，逐步搭建起自律服务网络。";
        assert_eq!(
            result_before(t, "逐步").as_deref(),
            Some("已在黄圃等镇街设立联络处共5个")
        );
        assert_eq!(result_before("逐步推进，已完成一半。", "逐步"), None);
        assert_eq!(result_before("尚未完成，逐步推进。", "逐步"), None);
        assert_eq!(
            result_before("对已开票未缴款的单位催缴，下一步将通报。", "下一步"),
            None
        );
        assert_eq!(
            result_before("大部分机构已表示未开展业务，持续推动整改。", "持续"),
            None
        );
        assert_eq!(
            result_before("对已开票的机构，持续推动整改。", "持续"),
            None
        );
        assert_eq!(
            result_in("已收回存量资金5620万元，统筹用于保障重点支出。").as_deref(),
            Some("已收回存量资金5620万元")
        );
        assert_eq!(
            result_in("项目完工交付使用已超过1年，仍未办理竣工决算。"),
            None
        );
        assert_eq!(result_in("许可证已逾期3个月。"), None);
        assert!(is_continuing("下一步") && !is_continuing("正在"));
    }
}
