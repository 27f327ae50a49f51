//! Shapes found in notices written for session 20: owners under keys of a
//! shape not listed before (`责任股室：`), long-term work stated as `属长期
//! 任务`, problems listed apart from their reports, and group headings with
//! no label.

mod common;

use common::convert;

use rectify_core::convert::{convert_notice, ConvertOptions};
use rectify_core::model::{NodeKind, Report, Status};

fn problems(r: &Report) -> Vec<&rectify_core::model::Node> {
    r.walk().filter(|n| n.kind == NodeKind::Problem).collect()
}

#[test]
fn owner_keys_read_by_shape_and_long_term_tasks() {
    let r = convert(&common::notice_sample("keyed-problems-owner-rooms"));
    let ps = problems(&r);
    let owners: Vec<&[String]> = ps.iter().map(|p| p.owners.as_slice()).collect();
    assert_eq!(
        owners,
        [["就业促进股"], ["社保基金股"], ["办公室"], ["人事股"]]
    );
    let statuses: Vec<Status> = ps.iter().map(|p| p.status.unwrap()).collect();
    use Status::*;
    assert_eq!(statuses, [Done, InProgress, InProgress, LongTerm]);
    assert_eq!(ps[1].deadline.as_deref(), Some("2026-03-31"));
    common::assert_samples_accounted_and_load(&["keyed-problems-owner-rooms"]);
}

#[test]
fn unlabelled_lines_above_restarted_lists_are_focus_areas() {
    let c = convert_notice(
        &common::notice_sample("unlabelled-group-headings"),
        &ConvertOptions::default(),
    );
    assert!(
        c.warnings.is_empty(),
        "no numbering warnings: {:?}",
        c.warnings
    );
    let r = &c.report;
    let areas = common::focus_areas(r);
    assert_eq!(
        areas,
        [
            ("在贯彻落实党中央决策部署方面", 3),
            ("在落实全面从严治党责任方面", 3),
            ("在落实组织路线方面", 3),
            ("在巡察、审计整改方面", 3)
        ]
    );
    assert!(!r.find("preamble").unwrap().body.ends_with("方面"));
    for p in problems(r) {
        assert!(!p.body.contains("方面"), "{}", p.body);
    }
    common::assert_samples_accounted_and_load(&["unlabelled-group-headings"]);
}

/// (title, status) of every problem.
fn rows(r: &Report) -> Vec<(String, Status)> {
    problems(r)
        .iter()
        .map(|p| (p.title.clone(), p.status.unwrap()))
        .collect()
}

#[test]
fn reports_that_name_listed_problems_join_them() {
    let r = convert(&common::notice_sample("reports-name-listed-problems"));
    let rows = rows(&r);
    assert_eq!(rows.len(), 5, "{rows:?}");
    assert!(rows[0].0.starts_with("教学内容"), "{rows:?}");
    use Status::*;
    let statuses: Vec<Status> = rows.iter().map(|r| r.1).collect();
    assert_eq!(statuses, [Done, InProgress, Done, Done, Done]);
    let second = problems(&r)[1];
    assert!(
        second.body.starts_with("针对第2个问题："),
        "{}",
        second.body
    );
    assert_eq!(second.deadline.as_deref(), Some("2026-12-31"));
    assert_eq!(r.walk().filter(|n| n.kind == NodeKind::Measure).count(), 0);
    common::assert_samples_accounted_and_load(&["reports-name-listed-problems"]);
}

#[test]
fn a_report_list_numbered_as_the_problem_list_joins_it() {
    let r = convert(&common::notice_sample(
        "problems-and-reports-parallel-lists",
    ));
    let rows = rows(&r);
    assert_eq!(rows.len(), 4, "counted once: {rows:?}");
    assert!(rows[3].0.starts_with("固定资产管理混乱"), "{rows:?}");
    use Status::*;
    let statuses: Vec<Status> = rows.iter().map(|r| r.1).collect();
    assert_eq!(statuses, [Done, Done, Done, InProgress]);
    assert!(problems(&r)[0].body.starts_with("1.建立数据质量"));
    common::assert_samples_accounted_and_load(&["problems-and-reports-parallel-lists"]);
}

#[test]
fn a_domain_heading_with_a_plan_word_holds_problems_and_measure_counts_stay_apart() {
    // `一、贯彻落实上级决策部署方面`: 部署 names the domain, not a plan
    // section; `42条整改措施已完成38条` counts measures.
    let r = convert(&common::notice_sample("domain-headings-measure-counts"));
    assert_eq!(problems(&r).len(), 10);
    let first = r.walk().find(|n| n.label == "一、").unwrap();
    assert_eq!(first.children.len(), 3);
    assert!(first.children.iter().all(|c| c.kind == NodeKind::Problem));
    let t = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (t.total, t.done, t.in_progress),
        (Some(10), Some(8), Some(2))
    );
    let statuses: Vec<Status> = rows(&r).into_iter().map(|r| r.1).collect();
    assert_eq!(statuses.iter().filter(|&&s| s == Status::Done).count(), 8);
    common::assert_samples_accounted_and_load(&["domain-headings-measure-counts"]);
}

#[test]
fn a_decimal_outline_nests_by_its_numbers() {
    let c = convert_notice(
        &common::notice_sample("decimal-outline-levels"),
        &ConvertOptions::default(),
    );
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
    let r = &c.report;
    assert_eq!(r.meta.title, "市卫生健康委员会巡察整改进展情况公开");
    let areas: Vec<(&str, usize)> = r
        .walk()
        .filter(|n| n.kind == NodeKind::FocusArea)
        .map(|n| (n.label.as_str(), n.children.len()))
        .collect();
    assert_eq!(areas, [("1", 3), ("2", 3), ("3", 2)]);
    let labels: Vec<&str> = problems(r).iter().map(|p| p.label.as_str()).collect();
    assert_eq!(
        labels,
        ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2"]
    );
    let t = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (t.total, t.done, t.in_progress),
        (Some(8), Some(6), Some(2))
    );
    use Status::*;
    let statuses: Vec<Status> = rows(r).into_iter().map(|r| r.1).collect();
    assert_eq!(
        statuses,
        [Done, InProgress, Done, Done, Done, Done, InProgress, Done]
    );
    common::assert_samples_accounted_and_load(&["decimal-outline-levels"]);
}

#[test]
fn a_key_repeated_before_each_report_leads_unnumbered_problems() {
    let r = convert(&common::notice_sample("unnumbered-problems-led-by-key"));
    let ps = problems(&r);
    assert_eq!(ps.len(), 4);
    assert!(
        ps.iter().all(|p| p.label == "反馈指出："),
        "the key is the label"
    );
    assert!(
        ps[1].title.starts_with("村级财务管理不规范"),
        "{}",
        ps[1].title
    );
    use Status::*;
    let statuses: Vec<Status> = rows(&r).into_iter().map(|r| r.1).collect();
    assert_eq!(statuses, [Done, Done, InProgress, Done]);
    common::assert_samples_accounted_and_load(&["unnumbered-problems-led-by-key"]);
}

#[test]
fn bracket_keys_give_owners_and_the_issuer_is_the_bare_name_above_the_date() {
    let c = convert_notice(
        &common::notice_sample("bracket-keys-bare-issuer"),
        &ConvertOptions::default(),
    );
    assert!(c.warnings.is_empty(), "not cut off: {:?}", c.warnings);
    let r = &c.report;
    assert_eq!(r.meta.issuer.as_deref(), Some("市档案馆"));
    let ps = problems(r);
    assert_eq!(ps.len(), 5);
    assert_eq!(ps[0].label, "1.【存在问题】");
    assert_eq!(ps[0].title, "档案数字化进度滞后。");
    assert_eq!(ps[0].owners, ["技术保护科"]);
    assert_eq!(ps[4].owners, ["办公室"]);
    assert!(!ps[4].body.contains("市档案馆"), "{}", ps[4].body);
    let t = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (t.total, t.done, t.in_progress),
        (Some(5), Some(4), Some(1))
    );
    common::assert_samples_accounted_and_load(&["bracket-keys-bare-issuer"]);
}

#[test]
fn a_status_key_states_the_state_and_a_short_issuer_line_opens_the_title() {
    let c = convert_notice(
        &common::notice_sample("status-key-xiaohao-short-issuer-title"),
        &ConvertOptions::default(),
    );
    assert!(
        c.warnings.is_empty(),
        "a form's last entry is complete: {:?}",
        c.warnings
    );
    let r = &c.report;
    assert_eq!(
        r.meta.title,
        "中共××县委办公室关于县委巡察反馈意见整改进展情况的通报"
    );
    use Status::*;
    let statuses: Vec<Status> = rows(r).into_iter().map(|r| r.1).collect();
    // 已销号 / 持续推进中 / 已销号 / 长期坚持 under `整改状态：`.
    assert_eq!(statuses, [Done, InProgress, Done, LongTerm]);
    common::assert_samples_accounted_and_load(&["status-key-xiaohao-short-issuer-title"]);
}

#[test]
fn items_stating_shortcomings_under_an_about_heading_are_its_problems() {
    // `（一）关于…不够到位的问题` › `1.重大项目谋划储备不足。` › `主要措施`
    // › `（1）…` › `整改情况：…`: the about-heading groups the findings.
    let r = convert(&common::notice_sample("about-groups-over-stated-findings"));
    let areas: Vec<(&str, usize)> = r
        .walk()
        .filter(|n| n.kind == NodeKind::FocusArea)
        .map(|n| (n.label.as_str(), n.children.len()))
        .collect();
    assert_eq!(areas, [("（一）", 2), ("（二）", 3), ("（三）", 2)]);
    use Status::*;
    let statuses: Vec<Status> = rows(&r).into_iter().map(|r| r.1).collect();
    assert_eq!(
        statuses,
        [Done, Done, Done, InProgress, Done, LongTerm, Done]
    );
    assert_eq!(r.walk().filter(|n| n.kind == NodeKind::Measure).count(), 4);
    let t = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (t.total, t.done, t.in_progress, t.long_term),
        (Some(7), Some(5), Some(1), Some(1))
    );
    common::assert_samples_accounted_and_load(&["about-groups-over-stated-findings"]);
}

#[test]
fn a_bare_percentage_reports_progress_and_the_notice_period_closes() {
    let r = convert(&common::notice_sample("progress-percentages"));
    use Status::*;
    let statuses: Vec<Status> = rows(&r).into_iter().map(|r| r.1).collect();
    assert_eq!(statuses, [Done, Done, InProgress, Done]);
    let third = problems(&r)[2];
    let ev = third.status_evidence.as_ref().unwrap();
    assert_eq!(
        (ev.rule.as_str(), ev.phrase.as_deref()),
        ("report_percent", Some("70%"))
    );
    assert!(r.find("closing").unwrap().body.starts_with("公示期间"));
    assert!(!problems(&r)[3].body.contains("公示期间"));
    common::assert_samples_accounted_and_load(&["progress-percentages"]);
}

#[test]
fn di_numbered_items_that_state_their_state_are_the_problems() {
    // `第一，…不彻底。已完成整改…` under sections with no keyword: each item
    // opens its text with its state, so they are problems, not measures.
    let r = convert(&common::notice_sample("di-items-report-inline"));
    assert_eq!(problems(&r).len(), 9);
    use Status::*;
    let statuses: Vec<Status> = rows(&r).into_iter().map(|r| r.1).collect();
    assert_eq!(
        statuses,
        [Done, Done, Done, Done, InProgress, Done, InProgress, Done, Done]
    );
    let t = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (t.total, t.done, t.in_progress),
        (Some(9), Some(7), Some(2))
    );
    common::assert_samples_accounted_and_load(&["di-items-report-inline"]);
}
