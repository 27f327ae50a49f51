//! The invented departments under `data/samples/collection/<dept>/<date>.txt`,
//! converted by the converter: what matching finds between their notices
//! (matched, added, removed, merged, split, reworded, and no wrong match),
//! the burn-up series and the overdue counts.

use rectify_core::collection::EntryTotals;
use rectify_core::convert::{convert_notice, ConvertOptions};
use rectify_core::history::{burnup, describe_diff, diff, ReportDiff};
use rectify_core::matching::MatchBasis;
use rectify_core::model::{Report, Status};

macro_rules! notice {
    ($dept:literal, $date:literal) => {
        (
            concat!($dept, "/", $date),
            include_str!(concat!(
                "../../../data/samples/collection/",
                $dept,
                "/",
                $date,
                ".txt"
            )),
        )
    };
}

const NOTICES: &[(&str, &str)] = &[
    notice!("water", "2025-03-31"),
    notice!("water", "2025-06-30"),
    notice!("water", "2025-12-31"),
    notice!("education", "2025-06-30"),
    notice!("education", "2025-12-31"),
    notice!("health", "2025-03-31"),
    notice!("health", "2025-09-30"),
    notice!("health", "2025-12-31"),
];

fn report(name: &str) -> Report {
    let text = NOTICES.iter().find(|(n, _)| *n == name).unwrap().1;
    let conversion = convert_notice(text, &ConvertOptions::default());
    assert!(
        conversion.warnings.is_empty(),
        "{name}: {:?}",
        conversion.warnings
    );
    conversion.report
}

fn between(old: &str, new: &str) -> ReportDiff {
    diff(&report(old), &report(new))
}

/// Matched pairs as (old id, new id, basis).
fn pairs(d: &ReportDiff) -> Vec<(&str, &str, MatchBasis)> {
    d.matched
        .iter()
        .map(|m| (m.old.id.as_str(), m.new.id.as_str(), m.basis))
        .collect()
}

fn ids(refs: &[rectify_core::history::ProblemRef]) -> Vec<&str> {
    refs.iter().map(|r| r.id.as_str()).collect()
}

#[test]
fn every_fixture_converts_with_its_as_of_date() {
    for (name, _) in NOTICES {
        let r = report(name);
        assert_eq!(
            r.meta.as_of.as_deref(),
            name.split_once('/').map(|p| p.1),
            "{name}"
        );
    }
}

#[test]
fn water_a_split_problem_and_a_reworded_one() {
    let d = between("water/2025-03-31", "water/2025-06-30");
    assert_eq!(d.split.len(), 1, "{d:#?}");
    assert_eq!(d.split[0].old.id, "p2");
    assert_eq!(ids(&d.split[0].new), ["p2", "p3"]);
    use MatchBasis::*;
    assert_eq!(
        pairs(&d),
        [
            ("p1", "p1", Id),
            ("p3", "p4", Title),
            ("p4", "p5", Similarity),
            ("p5", "p6", Title)
        ]
    );
    assert!(d.added.is_empty() && d.removed.is_empty() && d.merged.is_empty());
    let reworded: Vec<&str> = d.reworded.iter().map(|m| m.new.id.as_str()).collect();
    assert_eq!(reworded, ["p5"]);
    let changes: Vec<(&str, Option<Status>)> = d
        .status_changes
        .iter()
        .map(|c| (c.new.id.as_str(), c.new.status))
        .collect();
    assert_eq!(
        changes,
        [("p1", Some(Status::Done)), ("p4", Some(Status::Done))]
    );
    let text = describe_diff(&d).join("\n");
    assert!(
        text.contains("四、 正在整改 → 已完成，2025-03-31 → 2025-06-30：河湖长制"),
        "{text}"
    );
}

#[test]
fn water_a_new_problem() {
    let d = between("water/2025-06-30", "water/2025-12-31");
    assert_eq!(d.matched.len(), 6);
    assert!(d
        .matched
        .iter()
        .all(|m| m.basis == MatchBasis::Id && m.confidence == 1.0));
    assert_eq!(ids(&d.added), ["p7"]);
    assert!(d.removed.is_empty() && d.split.is_empty() && d.merged.is_empty());
    assert_eq!(d.status_changes.len(), 2);
}

#[test]
fn education_a_merge_a_rewording_and_a_removed_problem() {
    let d = between("education/2025-06-30", "education/2025-12-31");
    assert_eq!(d.merged.len(), 1, "{d:#?}");
    assert_eq!(ids(&d.merged[0].old), ["p2", "p3"]);
    assert_eq!(d.merged[0].new.id, "p2");
    use MatchBasis::*;
    assert_eq!(pairs(&d), [("p1", "p1", Id), ("p5", "p3", Title)]);
    assert_eq!(d.reworded.len(), 1);
    assert!(d.reworded[0].confidence < 1.0);
    assert_eq!(ids(&d.removed), ["p4"]);
    assert!(d.added.is_empty() && d.split.is_empty());
}

#[test]
fn health_renumbered_problems_in_focus_areas() {
    let d = between("health/2025-03-31", "health/2025-09-30");
    use MatchBasis::*;
    assert_eq!(
        pairs(&d),
        [
            ("a1-p1", "a1-p1", Id),
            ("a1-p2", "a1-p2", Id),
            ("a2-p4", "a2-p3", Title),
            ("a2-p3", "a2-p4", Title),
            ("a2-p5", "a2-p5", Id),
        ]
    );
    assert_eq!(d.reworded.len(), 1);
    assert!(d.added.is_empty() && d.removed.is_empty());
    assert!(d.merged.is_empty() && d.split.is_empty());
    let d = between("health/2025-09-30", "health/2025-12-31");
    assert_eq!(d.matched.len(), 5);
    assert_eq!(d.status_changes.len(), 2);
}

#[test]
fn burnup_series_and_overdue_counts() {
    let reports: Vec<Report> = ["water/2025-12-31", "water/2025-03-31", "water/2025-06-30"]
        .into_iter()
        .map(report)
        .collect();
    let refs: Vec<&Report> = reports.iter().collect();
    let series = burnup(&refs);
    let dates: Vec<&str> = series.iter().map(|p| p.as_of.as_str()).collect();
    assert_eq!(dates, ["2025-03-31", "2025-06-30", "2025-12-31"]);
    let t = |i: usize| -> &EntryTotals { &series[i].totals };
    assert_eq!((t(0).problems, t(0).done, t(0).in_progress), (5, 1, 4));
    assert_eq!((t(1).problems, t(1).done, t(1).in_progress), (6, 4, 2));
    assert_eq!((t(2).problems, t(2).done, t(2).in_progress), (7, 6, 1));
    assert_eq!(
        series
            .iter()
            .map(|p| p.totals.stated_total)
            .collect::<Vec<_>>(),
        [Some(5), Some(6), Some(7)]
    );
    // 四、 (deadline 2025-03-15) is open at both of the first dates.
    assert_eq!(
        series.iter().map(|p| p.totals.overdue).collect::<Vec<_>>(),
        [1, 1, 0]
    );
    let education = report("education/2025-12-31");
    assert_eq!(EntryTotals::of(&education).overdue, 1);
}
