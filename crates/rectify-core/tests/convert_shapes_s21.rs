//! Shapes found in notices written for session 21: problems listed inside
//! a paragraph as `一是…；二是…` with the report answering each in the next
//! paragraph, and unlabelled group headings over a numbering that runs on.

mod common;

use rectify_core::convert::{convert_notice, ConvertOptions};
use rectify_core::model::{NodeKind, Report, Status};

fn convert(text: &str) -> Report {
    convert_notice(text, &ConvertOptions::default()).report
}

fn problems(r: &Report) -> Vec<&rectify_core::model::Node> {
    r.walk().filter(|n| n.kind == NodeKind::Problem).collect()
}

#[test]
fn ordinal_problems_in_a_paragraph_take_the_ordinal_reports_after_them() {
    let name = "ordinal-problems-and-reports";
    let r = convert(&common::notice_sample(name));
    let areas: Vec<(&str, usize)> = r
        .walk()
        .filter(|n| n.kind == NodeKind::FocusArea)
        .map(|n| (n.title.as_str(), n.children.len()))
        .collect();
    assert_eq!(
        areas,
        [
            ("贯彻落实党的路线方针政策方面", 3),
            ("落实全面从严治党方面", 3),
            ("落实巡察整改和日常监督方面", 2)
        ]
    );
    let ps = problems(&r);
    use Status::*;
    let statuses: Vec<Status> = ps.iter().map(|p| p.status.unwrap()).collect();
    assert_eq!(
        statuses,
        [Done, InProgress, Done, Done, Done, LongTerm, Done, Done]
    );
    assert_eq!(ps[1].title, "家庭医生签约服务质量不高；");
    assert!(ps[1].body.starts_with("二是开展家庭医生签约服务质量评估"));
    assert_eq!(ps[1].deadline.as_deref(), Some("2026-12-31"));
    common::assert_samples_accounted_and_load(&[name]);
}

#[test]
fn unlabelled_headings_over_a_numbering_that_runs_on_are_focus_areas() {
    let name = "unlabelled-groups-numbering-runs-on";
    let c = convert_notice(&common::notice_sample(name), &ConvertOptions::default());
    let areas: Vec<(&str, usize)> = c
        .report
        .walk()
        .filter(|n| n.kind == NodeKind::FocusArea)
        .map(|n| (n.title.as_str(), n.children.len()))
        .collect();
    assert_eq!(areas, [("党建工作", 2), ("行业监管", 3), ("作风建设", 1)]);
    assert!(
        problems(&c.report)
            .iter()
            .all(|p| !p.body.contains("行业监管") && !p.body.contains("作风建设")),
        "no heading left in a problem's text"
    );
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
    common::assert_samples_accounted_and_load(&[name]);
}

#[test]
fn a_line_that_is_only_a_problem_label_opens_the_problem_below_it() {
    let name = "wenti-label-lines-keyed-fields";
    let r = convert(&common::notice_sample(name));
    let ps = problems(&r);
    let labels: Vec<&str> = ps.iter().map(|p| p.label.as_str()).collect();
    assert_eq!(labels, ["问题1", "问题2", "问题3", "问题4", "问题5"]);
    assert!(ps[2].title.contains("信访积案化解不及时"));
    assert_eq!(ps[2].status, Some(Status::InProgress));
    assert_eq!(ps[2].owners, ["镇综治中心"]);
    let done = ps.iter().filter(|p| p.status == Some(Status::Done)).count();
    assert_eq!(done, 4);
    common::assert_samples_accounted_and_load(&[name]);
}
