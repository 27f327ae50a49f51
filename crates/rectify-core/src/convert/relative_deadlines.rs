//! Deadlines printed without their year (`年底前`, `今年底`, `本年度内`,
//! `年内`; `明年3月底前` the year after): the year is the notice's own — its written date, else its
//! publication date, else the date its figures are as of. Resolved once
//! the metadata is read; without a dated notice they stay as printed.
//! A month without a year (`6月底前`) is left alone: in a notice of
//! October it may be this June's deadline, met, or next June's. A plan
//! for it (`计划12月底前完成`, printed as `计划12月底前`) looks ahead: it is
//! the first such month from the date the notice reports as of (else its
//! written, else its publication date) on — `计划3月底前完成` in a notice
//! of November is next March.

use crate::model::{each_node_mut, Meta, Node};
use crate::text::owners::{deadline_value, is_demand, planned_month_in};

/// Words that name the notice's own year before a part of it.
const THIS_YEAR: &[&str] = &["今年", "本年度", "本年", "当年"];

/// Words that name the year after the notice's (`明年3月底前`).
const NEXT_YEAR: &[&str] = &["明年", "下一年度", "下年度"];

/// The notice's year, from its dates.
fn notice_year(meta: &Meta) -> Option<i32> {
    [&meta.written_date, &meta.published, &meta.as_of]
        .into_iter()
        .flatten()
        .find_map(|d| d.get(..4)?.parse().ok())
}

/// The deadline as an ISO date in `year`, if it names a part of the
/// notice's year without printing it.
fn resolve_one(text: &str, year: i32) -> Option<String> {
    let t = text.trim();
    // `明年3月底前`: the year after the notice's.
    if let Some(r) = NEXT_YEAR.iter().find_map(|w| t.strip_prefix(w)) {
        let r = r.trim_start_matches('年');
        let dated = deadline_value(&format!("{}年{r}", year + 1))?;
        return (dated.len() == 10 && dated.as_bytes()[4] == b'-').then_some(dated);
    }
    let rest = THIS_YEAR
        .iter()
        .find_map(|w| t.strip_prefix(w))
        .map(|r| format!("年{}", r.trim_start_matches('年')))
        .or_else(|| t.starts_with('年').then(|| t.to_string()))?;
    let dated = deadline_value(&format!("{year}{rest}"))?;
    let iso = dated.len() == 10 && dated.as_bytes()[4] == b'-';
    iso.then_some(dated)
}

/// The date a plan looks ahead from: as of, else written, else published
/// (year and month).
fn plan_from(meta: &Meta) -> Option<(i32, u32)> {
    [&meta.as_of, &meta.written_date, &meta.published]
        .into_iter()
        .flatten()
        .find_map(|d| crate::calendar::ymd(d).map(|(y, m, _)| (y, m)))
}

/// How many months before the report's a time set by a demand may fall:
/// a demand was made when the problem was handed over (`交办时要求于2月28日
/// 前完成`), and a report a few months on tells whether it was kept.
const MAX_MONTHS_DEMANDED_BEFORE: u32 = 3;

/// A plan's month without its year, dated in the first such month from
/// `(year, month)` on; a demand's, in the months just before that too.
fn resolve_plan(text: &str, (year, month): (i32, u32)) -> Option<String> {
    let (value, m) = planned_month_in(text, year)?;
    let back = (month + 12 - m) % 12;
    if is_demand(text) && (1..=MAX_MONTHS_DEMANDED_BEFORE).contains(&back) {
        let demanded_in = if m < month { year } else { year - 1 };
        return planned_month_in(text, demanded_in).map(|(v, _)| v);
    }
    if m >= month {
        return Some(value);
    }
    planned_month_in(text, year + 1).map(|(v, _)| v)
}

/// Gives every deadline printed without its year the notice's year, and a
/// plan's month without its year the first such month ahead.
pub(crate) fn resolve(nodes: &mut [Node], meta: &Meta) {
    let Some(year) = notice_year(meta) else {
        return;
    };
    let from = plan_from(meta);
    each_node_mut(nodes, |n| {
        let d = n.deadline.as_deref();
        let resolved =
            d.and_then(|d| resolve_one(d, year).or_else(|| from.and_then(|f| resolve_plan(d, f))));
        if let Some(d) = resolved {
            n.deadline = Some(d);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_of_the_notices_year() {
        for (text, want) in [
            ("年底前", "2026-12-31"),
            ("今年底", "2026-12-31"),
            ("本年度内", "2026-12-31"),
            ("年内", "2026-12-31"),
            ("今年上半年", "2026-06-30"),
            ("今年12月底前", "2026-12-31"),
            ("明年3月底前", "2027-03-31"),
            ("明年上半年", "2027-06-30"),
        ] {
            assert_eq!(resolve_one(text, 2026).as_deref(), Some(want), "{text}");
        }
        for text in ["6月底前", "长期坚持", "立行立改", "年度考核前"] {
            assert_eq!(resolve_one(text, 2026), None, "{text}");
        }
    }

    #[test]
    fn a_plans_month_is_the_first_such_month_ahead() {
        let from = (2025, 11);
        assert_eq!(
            resolve_plan("计划12月底前", from).as_deref(),
            Some("2025-12-31")
        );
        assert_eq!(
            resolve_plan("计划于11月底前", from).as_deref(),
            Some("2025-11-30")
        );
        assert_eq!(
            resolve_plan("预计3月15日前", from).as_deref(),
            Some("2026-03-15")
        );
        assert_eq!(
            resolve_plan("预计年底前", from).as_deref(),
            Some("2025-12-31")
        );
        assert_eq!(
            resolve_plan("力争年内", (2025, 3)).as_deref(),
            Some("2025-12-31")
        );
        assert_eq!(resolve_plan("6月底前", from), None);
        assert_eq!(resolve_plan("长期坚持", from), None);
    }
}
