//! A paragraph that counts the items above it (a group's subtotal after its
//! last problem, the report-wide count after the last group) belongs to the
//! heading whose items it counts, not to the last problem's report: it is
//! then read as a stated total, and the problem's text stays its own.

mod common;

use common::convert;

use rectify_core::convert::{convert_notice, ConvertOptions};
use rectify_core::model::{NodeKind, Report, Status};

fn problem_bodies(r: &Report) -> Vec<&str> {
    r.walk()
        .filter(|n| n.kind == NodeKind::Problem)
        .map(|n| n.body.as_str())
        .collect()
}

#[test]
fn counts_after_the_last_items_are_the_groups_not_the_problems() {
    let r = convert(&common::notice_sample("count-summaries-after-items"));
    let t = r.stated_totals.as_ref().expect("the report-wide count");
    assert_eq!(
        (t.total, t.done, t.in_progress, t.long_term),
        (Some(11), Some(8), Some(2), Some(1))
    );
    assert!(t.text.starts_with("截至2026年2月28日"), "{}", t.text);
    assert_eq!(t.candidates.len(), 2, "the subtotal is a candidate");
    for body in problem_bodies(&r) {
        assert!(!body.contains("该方面") && !body.contains("截至"), "{body}");
    }
    let area = r.walk().find(|n| n.label == "（一）").unwrap();
    assert_eq!(area.body, "该方面3个问题，已完成2个，正在推进1个。");
    let section = r.walk().find(|n| n.label == "二、").unwrap();
    assert!(section.body.contains("4个方面11个问题"), "{}", section.body);
    let statuses: Vec<Status> = common::problem_rows(&r).into_iter().map(|p| p.1).collect();
    let count = |s: Status| statuses.iter().filter(|&&x| x == s).count();
    assert_eq!(
        (
            statuses.len(),
            count(Status::Done),
            count(Status::InProgress)
        ),
        (11, 8, 2)
    );
    assert_eq!(count(Status::LongTerm), 1);
    common::assert_samples_accounted_and_load(&["count-summaries-after-items"]);
}

/// Counts that do not number the items above (a problem's own results, in a
/// second paragraph of its report) stay with the problem.
#[test]
fn a_problems_own_counts_stay_in_its_report() {
    let text = "某县林业局关于巡察整改情况的通报\n\
        一、巡察反馈问题整改情况\n\
        1.林地占用审批不严的问题。\n\
        整改情况：已完成。\n\
        共排查问题线索15个，已整改12个，正在整改3个。\n\
        2.护林员管理松散的问题。\n\
        整改情况：已完成。\n";
    let r = convert(text);
    let bodies = problem_bodies(&r);
    assert!(bodies[0].contains("线索15个"), "{bodies:?}");
    assert_eq!(
        r.stated_totals, None,
        "a problem's results are not the report's totals"
    );
}

/// A count that numbers the items of a group, right after its last item,
/// goes to that group, even without a word such as 该方面.
#[test]
fn a_bare_subtotal_goes_to_the_group_it_counts() {
    let text = "某市统计局关于巡察整改进展情况的通报\n\
        一、巡察反馈问题整改情况\n\
        （一）统计执法方面\n\
        1.执法检查覆盖面不广。\n\
        整改情况：已完成，检查企业86家。\n\
        2.执法文书不规范。\n\
        整改情况：正在整改。\n\
        以上2个问题，已完成1个，正在整改1个。\n\
        （二）数据质量方面\n\
        1.源头数据核查不细。\n\
        整改情况：已完成。\n";
    let r = convert(text);
    let area = r.walk().find(|n| n.label == "（一）").unwrap();
    assert_eq!(area.body, "以上2个问题，已完成1个，正在整改1个。");
    assert!(problem_bodies(&r).iter().all(|b| !b.contains("以上")));
}

/// Group headings that carry their own counts in a bracketed note
/// (`（三）全面从严治党不力方面（2个问题，已完成1个，正在整改1个）`) are groups
/// like their siblings, even when the title names a shortcoming (`不力`):
/// their items are problems, not one problem's measures.
#[test]
fn a_group_heading_with_counts_in_brackets_is_a_group() {
    let r = convert(&common::notice_sample("counts-in-group-headings"));
    let groups: Vec<(&str, usize)> = r
        .walk()
        .filter(|n| n.kind == NodeKind::FocusArea)
        .map(|n| (n.label.as_str(), n.children.len()))
        .collect();
    assert_eq!(groups, [("（一）", 3), ("（二）", 4), ("（三）", 2)]);
    let rows = common::problem_rows(&r);
    assert_eq!(rows.len(), 9);
    assert_eq!(r.walk().filter(|n| n.kind == NodeKind::Measure).count(), 0);
    let done = rows.iter().filter(|p| p.1 == Status::Done).count();
    let t = r.stated_totals.as_ref().unwrap();
    assert_eq!((t.total, t.done), (Some(9), Some(7)));
    assert_eq!(done, 7, "{rows:?}");
    common::assert_samples_accounted_and_load(&["counts-in-group-headings"]);
}

/// Problems marked by bullets (`◆问题：…`) under numbered sections are the
/// problems, numbered in order under each section, and agree with the
/// notice's own count.
#[test]
fn bullet_items_are_problems() {
    let r = convert(&common::notice_sample("bullet-items"));
    let per_section: Vec<(&str, Vec<&str>)> = r
        .walk()
        .filter(|n| n.kind == NodeKind::Section)
        .map(|s| {
            (
                s.label.as_str(),
                s.children.iter().map(|c| c.id.as_str()).collect(),
            )
        })
        .collect();
    assert_eq!(per_section[2].1, ["s3-p1", "s3-p2", "s3-p3", "s3-p4"]);
    assert_eq!(per_section.iter().map(|s| s.1.len()).sum::<usize>(), 10);
    let rows = common::problem_rows(&r);
    assert!(rows.iter().all(|p| p.0.starts_with('◆')));
    let open: Vec<usize> = rows
        .iter()
        .enumerate()
        .filter(|(_, p)| p.1 == Status::InProgress)
        .map(|(i, _)| i)
        .collect();
    assert_eq!(open, [2, 6]);
    let t = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (t.total, t.done, t.in_progress),
        (Some(10), Some(8), Some(2))
    );
    common::assert_samples_accounted_and_load(&["bullet-items"]);
}

/// `1.…` problems whose measures, under a bare `整改措施：` line, are
/// numbered `1.` `2.` again: the measures are the problem's children and
/// the next problem continues after the report (`整改进展：…`), or after a
/// number that does not continue the measures.
#[test]
fn measures_reusing_the_problems_numbering_stay_under_their_problem() {
    let c = convert_notice(
        &common::notice_sample("measures-reuse-problem-numbering"),
        &ConvertOptions::default(),
    );
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
    let r = &c.report;
    let shape: Vec<(&str, usize)> = r
        .walk()
        .filter(|n| n.kind == NodeKind::Problem)
        .map(|p| (p.label.as_str(), p.children.len()))
        .collect();
    assert_eq!(shape, [("1.", 2), ("2.", 2), ("3.", 2), ("4.", 2)]);
    let statuses: Vec<Status> = common::problem_rows(r).into_iter().map(|p| p.1).collect();
    use Status::*;
    assert_eq!(statuses, [Done, Done, InProgress, Done]);
    common::assert_samples_accounted_and_load(&["measures-reuse-problem-numbering"]);

    let text = "某局关于巡察整改情况的通报\n\
        一、整改情况\n\
        1.档案管理不规范。\n\
        整改措施：\n\
        1.清理档案。\n\
        2.建立制度。\n\
        2.公车管理不严格。\n\
        整改措施：\n\
        1.加装定位设备。\n\
        整改进展：已完成。\n";
    let r = convert(text);
    let shape: Vec<(&str, usize)> = r
        .walk()
        .filter(|n| n.kind == NodeKind::Problem)
        .map(|p| (p.label.as_str(), p.children.len()))
        .collect();
    assert_eq!(shape, [("1.", 2), ("2.", 1)]);
}

/// `一是…` `二是…` items that each report their own state on their line
/// (`一是…不到位。整改情况：…`) under `（一）…方面` groups are the problems,
/// though 一是 usually numbers measures; the groups are focus areas.
#[test]
fn shi_items_reporting_their_own_state_are_problems() {
    let r = convert(&common::notice_sample("shi-items-with-reports"));
    let areas: Vec<usize> = r
        .walk()
        .filter(|n| n.kind == NodeKind::FocusArea)
        .map(|n| n.children.len())
        .collect();
    assert_eq!(areas, [2, 3]);
    let rows = common::problem_rows(&r);
    assert!(rows.iter().all(|p| p.0.ends_with('是')), "{rows:?}");
    let statuses: Vec<Status> = rows.into_iter().map(|p| p.1).collect();
    use Status::*;
    assert_eq!(statuses, [Done, InProgress, Done, Done, Done]);
    assert_eq!(r.walk().filter(|n| n.kind == NodeKind::Measure).count(), 0);
    let t = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (t.total, t.done, t.in_progress),
        (Some(5), Some(4), Some(1))
    );
    assert!(r
        .walk()
        .filter(|n| n.kind == NodeKind::Problem)
        .all(|p| !p.body.contains("截至")));
    common::assert_samples_accounted_and_load(&["shi-items-with-reports"]);
}
