//! Shapes met in session 24: problems grouped by the state of their work
//! under a heading (`（一）已完成整改的问题（9个）` `（二）正在整改的问题（2个）`
//! `（三）需长期坚持整改的问题（1个）`), where the long-term group is one of
//! the groups and its items are problems counted among the others.

mod common;

use rectify_core::convert::{convert_notice, ConvertOptions};
use rectify_core::model::{NodeKind, Report, Status};

fn convert(name: &str) -> Report {
    convert_notice(&common::notice_sample(name), &ConvertOptions::default()).report
}

fn statuses(r: &Report) -> Vec<Status> {
    r.walk()
        .filter(|n| n.kind == NodeKind::Problem)
        .map(|n| n.status.expect("every problem has a status"))
        .collect()
}

#[test]
fn a_long_term_group_among_state_groups_holds_long_term_problems() {
    let name = "s24-long-term-group-among-state-groups";
    let r = convert(name);
    use Status::*;
    let mut expected = vec![Done; 9];
    expected.extend([InProgress, InProgress, LongTerm]);
    assert_eq!(statuses(&r), expected);
    // `12.…已出台作风建设十条措施，将持续加强监督检查。` reports results,
    // but its group states its state.
    let last = r.walk().filter(|n| n.kind == NodeKind::Problem).last();
    let rule = &last.unwrap().status_evidence.as_ref().unwrap().rule;
    assert_eq!(rule, "section_state");
    let stated = r.stated_totals.as_ref().expect("stated totals");
    assert_eq!(
        (
            stated.total,
            stated.done,
            stated.in_progress,
            stated.long_term
        ),
        (Some(12), Some(9), Some(2), Some(1))
    );
    common::assert_samples_accounted_and_load(&[name]);
}
