//! Shapes found in notices written for session 22: problems that report
//! their own state after a comma in their only sentence (`一是…不严，已重新
//! 组织验收。`), with or without a heading above them, and tables copied
//! one row per line with tabs between the cells.

mod common;

use common::convert;

use rectify_core::convert::{convert_notice, ConvertOptions};
use rectify_core::model::{Node, NodeKind, Report, Status, StatusBasis};

fn assert_no_warnings(name: &str) {
    let c = convert_notice(&common::notice_sample(name), &ConvertOptions::default());
    assert!(c.warnings.is_empty(), "{name}: {:?}", c.warnings);
}

fn problems(r: &Report) -> Vec<&Node> {
    r.walk().filter(|n| n.kind == NodeKind::Problem).collect()
}

fn statuses(r: &Report) -> Vec<Status> {
    problems(r).iter().map(|p| p.status.unwrap()).collect()
}

#[test]
fn lines_numbered_as_measures_with_no_heading_report_their_own_state() {
    let name = "state-after-comma-no-sections";
    let r = convert(&common::notice_sample(name));
    use Status::*;
    assert_eq!(statuses(&r), [Done, Done, InProgress, Done, LongTerm]);
    let ps = problems(&r);
    // The title stays as printed; its clauses from `已…` on are the report.
    assert_eq!(
        ps[0].title,
        "高标准农田建设项目验收把关不严，已重新组织验收并追回资金12.6万元。"
    );
    let evidence = ps[0].status_evidence.as_ref().unwrap();
    assert_eq!(
        evidence.phrase.as_deref(),
        Some("已重新组织验收并追回资金12.6万元")
    );
    assert_eq!(ps[2].deadline.as_deref(), Some("2026-12-31"));
    let long_term = ps[4].status_evidence.as_ref().unwrap();
    assert_eq!(long_term.basis, StatusBasis::Stated);
    assert_eq!(long_term.phrase.as_deref(), Some("属长期任务"));
    assert_no_warnings(name);
    common::assert_samples_accounted_and_load(&[name]);
}

#[test]
fn the_same_lines_under_a_section_are_its_problems() {
    let text = common::notice_sample("state-after-comma-no-sections")
        .replace("一是高标准", "一、巡察反馈问题整改情况\n一是高标准");
    let r = convert(&text);
    use Status::*;
    assert_eq!(statuses(&r), [Done, Done, InProgress, Done, LongTerm]);
    assert_eq!(
        r.nodes
            .iter()
            .filter(|n| n.kind == NodeKind::Section)
            .count(),
        1
    );
}

#[test]
fn a_statement_opening_like_a_report_and_a_time_leading_the_report() {
    let name = "numbered-lines-state-after-comma";
    let r = convert(&common::notice_sample(name));
    let ps = problems(&r);
    assert_eq!(ps.len(), 5);
    // `已建成的…未及时…` states the problem though it opens with `已`;
    // `截至2026年10月底，` leads the report.
    let phrase = |i: usize| ps[i].status_evidence.as_ref().unwrap().phrase.clone();
    assert_eq!(phrase(1).as_deref(), Some("已完成"));
    assert_eq!(phrase(3).as_deref(), Some("正在"));
    use Status::*;
    assert_eq!(statuses(&r), [Done, Done, Done, InProgress, InProgress]);
    assert_eq!(ps[4].deadline.as_deref(), Some("2027-03-31"));
    common::assert_samples_accounted_and_load(&[name]);
}

#[test]
fn ordinal_lines_agree_with_the_stated_totals() {
    let name = "ordinal-lines-state-after-comma";
    let r = convert(&common::notice_sample(name));
    use Status::*;
    assert_eq!(statuses(&r), [Done, Done, Done, InProgress, LongTerm, Done]);
    // `目前正在推进，2027年6月底前完成。`: a date it is due by, no plan word.
    assert_eq!(problems(&r)[3].deadline.as_deref(), Some("2027-06-30"));
    let stated = r.stated_totals.as_ref().expect("stated totals");
    assert_eq!((stated.total, stated.done), (Some(6), Some(4)));
    common::assert_samples_accounted_and_load(&[name]);
}

/// (title, status, owners, deadline) of every problem.
fn rows(r: &Report) -> Vec<(String, Status, Vec<String>, Option<String>)> {
    problems(r)
        .iter()
        .map(|p| {
            (
                p.title.clone(),
                p.status.unwrap(),
                p.owners.clone(),
                p.deadline.clone(),
            )
        })
        .collect()
}

#[test]
fn a_tab_separated_table_without_a_serial_column_is_read_as_a_ledger() {
    let name = "tab-table-without-serial";
    let r = convert(&common::notice_sample(name));
    assert_eq!(r.meta.title, "县住房和城乡建设局巡察整改情况一览表");
    use Status::*;
    let rows = rows(&r);
    assert_eq!(rows.len(), 4);
    assert_eq!(
        rows[1],
        (
            "建筑工地扬尘治理不到位".to_string(),
            InProgress,
            vec!["质安站".to_string()],
            Some("2026-12-31".to_string())
        )
    );
    assert_eq!(statuses(&r), [Done, InProgress, InProgress, Done]);
    // Each row's measure is its measure; the header's cells are skipped.
    assert!(problems(&r).iter().all(|p| p.children.len() == 1));
    assert_eq!(
        common::skipped_reasons(&r)
            .iter()
            .filter(|(_, why)| *why == "表头")
            .count(),
        5
    );
    // The text ends with the table's last row: not cut off.
    assert_no_warnings(name);
    common::assert_samples_accounted_and_load(&[name]);
}

#[test]
fn a_tab_separated_table_with_a_serial_column_states_each_rows_state() {
    let name = "tab-table-with-serial";
    let r = convert(&common::notice_sample(name));
    assert_eq!(r.meta.title, "县住房和城乡建设局巡察整改情况一览表");
    use Status::*;
    assert_eq!(statuses(&r), [Done, InProgress, InProgress, Done]);
    let labels: Vec<&str> = problems(&r).iter().map(|p| p.label.as_str()).collect();
    assert_eq!(labels, ["1", "2", "3", "4"]);
    let evidence = problems(&r)[1].status_evidence.clone().unwrap();
    assert_eq!(evidence.basis, StatusBasis::Stated);
    assert_eq!(evidence.phrase.as_deref(), Some("推进中"));
    assert_no_warnings(name);
    common::assert_samples_accounted_and_load(&[name]);
}

#[test]
fn a_status_tag_printed_before_the_label_states_the_state() {
    let name = "status-tags-before-labels";
    let r = convert(&common::notice_sample(name));
    let ps = problems(&r);
    let labels: Vec<&str> = ps.iter().map(|p| p.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "【已完成】1.",
            "【已完成】2.",
            "【整改中】3.",
            "【已完成】4.",
            "【长期坚持】5."
        ]
    );
    assert_eq!(ps[2].title, "林区防火通道建设滞后。");
    use Status::*;
    assert_eq!(statuses(&r), [Done, Done, InProgress, Done, LongTerm]);
    assert!(ps
        .iter()
        .all(|p| p.status_evidence.as_ref().unwrap().basis == StatusBasis::Stated));
    let areas = r.walk().filter(|n| n.kind == NodeKind::FocusArea).count();
    assert_eq!(areas, 2);
    common::assert_samples_accounted_and_load(&[name]);
}

#[test]
fn two_rounds_with_subtotals_take_the_report_wide_totals() {
    let name = "two-rounds-subtotals-per-section";
    let r = convert(&common::notice_sample(name));
    let stated = r.stated_totals.as_ref().expect("stated totals");
    assert_eq!(
        (stated.total, stated.done, stated.in_progress),
        (Some(9), Some(7), Some(2))
    );
    use Status::*;
    assert_eq!(
        statuses(&r),
        [Done, Done, Done, Done, InProgress, Done, Done, Done, InProgress]
    );
    common::assert_samples_accounted_and_load(&[name]);
}

#[test]
fn unit_led_paragraphs_that_report_their_state_are_problems() {
    let name = "unit-led-paragraphs-bulletin";
    let r = convert(&common::notice_sample(name));
    let ps = problems(&r);
    let labels: Vec<&str> = ps.iter().map(|p| p.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "城关镇：",
            "城关镇：",
            "河口镇：",
            "河口镇：",
            "青山乡：",
            "县交通运输局：",
            "县住建局：",
            "县教体局："
        ]
    );
    use Status::*;
    assert_eq!(
        statuses(&r),
        [Done, InProgress, Done, Done, InProgress, Done, Done, Done]
    );
    assert_eq!(ps[1].deadline.as_deref(), Some("2026-12-31"));
    // The exhortation after the last unit is the closing, not its text.
    assert!(!ps[7].body.contains("举一反三"));
    let closing = r.nodes.last().unwrap();
    assert_eq!(closing.kind, NodeKind::Closing);
    assert!(closing.body.contains("举一反三"));
    let stated = r.stated_totals.as_ref().expect("stated totals");
    assert_eq!(
        (stated.total, stated.done, stated.in_progress),
        (Some(8), Some(6), Some(2))
    );
    common::assert_samples_accounted_and_load(&[name]);
}

#[test]
fn a_problem_with_its_own_measures_key_ends_the_measure_list_before_it() {
    let name = "measure-lists-reuse-numbering-no-reports";
    let r = convert(&common::notice_sample(name));
    let ps = problems(&r);
    let titles: Vec<&str> = ps.iter().map(|p| p.title.as_str()).collect();
    assert_eq!(titles.len(), 10);
    assert_eq!(titles[2], "基层党组织“三会一课”记录不规范。");
    let measures: Vec<usize> = ps.iter().map(|p| p.children.len()).collect();
    assert_eq!(measures, [2, 2, 2, 2, 1, 1, 2, 1, 1, 1]);
    assert!(ps.iter().all(|p| p.status == Some(Status::Done)));
    common::assert_samples_accounted_and_load(&[name]);
}

#[test]
fn an_ordinal_list_whose_items_state_themselves_is_a_list_of_problems() {
    let name = "ordinal-list-items-state-themselves";
    let r = convert(&common::notice_sample(name));
    let ps = problems(&r);
    let labels: Vec<&str> = ps.iter().map(|p| p.label.as_str()).collect();
    assert_eq!(labels, ["一是", "二是", "三是", "一是", "二是"]);
    use Status::*;
    assert_eq!(statuses(&r), [Done, Done, InProgress, InProgress, Done]);
    assert_eq!(ps[2].deadline.as_deref(), Some("2026-12-31"));
    assert_eq!(ps[3].deadline.as_deref(), Some("2027-05-31"));
    common::assert_samples_accounted_and_load(&[name]);
}

#[test]
fn manifestations_listed_inside_a_problem_stay_its_text() {
    let name = "manifestations-listed-in-problem";
    let r = convert(&common::notice_sample(name));
    let ps = problems(&r);
    assert_eq!(ps.len(), 3);
    assert!(ps[0].body.starts_with("具体表现：1.库房温湿度监测设备老化"));
    use Status::*;
    assert_eq!(statuses(&r), [InProgress, Done, LongTerm]);
    common::assert_samples_accounted_and_load(&[name]);
}

#[test]
fn areas_whose_items_each_open_their_report_with_a_result_hold_problems() {
    let name = "audit-areas-reports-open-with-results";
    let r = convert(&common::notice_sample(name));
    // No area title says 问题; in areas 一 and 三 no report has a state
    // word either (`已收回…`, `已全部入账。`): each item reports itself.
    assert_eq!(problems(&r).len(), 13);
    let per_area: Vec<usize> = r
        .nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Section)
        .map(|n| {
            n.children
                .iter()
                .filter(|c| c.kind == NodeKind::Problem)
                .count()
        })
        .collect();
    assert_eq!(per_area, [4, 5, 4]);
    let done = problems(&r)
        .iter()
        .filter(|p| p.status == Some(Status::Done))
        .count();
    assert_eq!(done, 10);
    // `…，3个问题正在整改。` after the done count is the part in progress,
    // not the total.
    let stated = r.stated_totals.as_ref().expect("stated totals");
    assert_eq!(
        (stated.total, stated.done, stated.in_progress),
        (Some(13), Some(10), Some(3))
    );
    common::assert_samples_accounted_and_load(&[name]);
}

#[test]
fn problems_grouped_by_state_take_their_groups_state() {
    let name = "problems-grouped-by-state";
    let r = convert(&common::notice_sample(name));
    // `一、已完成整改的问题（6个）` over six items is a group, not a problem
    // with six measures.
    let sections: Vec<usize> = r
        .nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Section)
        .map(|n| n.children.len())
        .collect();
    assert_eq!(sections, [6, 3, 2]);
    use Status::*;
    // The long-term group is a third group of the 11 problems the preamble
    // counts, numbered on from the others: long-term problems, not items
    // apart.
    assert_eq!(
        statuses(&r),
        [
            Done, Done, Done, Done, Done, Done, InProgress, InProgress, InProgress, LongTerm,
            LongTerm
        ]
    );
    let ps = problems(&r);
    let first = ps[0].status_evidence.as_ref().unwrap();
    assert_eq!(
        (first.basis, first.rule.as_str()),
        (StatusBasis::Stated, "section_state")
    );
    // `计划2027年6月底前完成。` plans the work by a date ahead: in progress
    // by its own words, as its group says.
    let seventh = ps[6].status_evidence.as_ref().unwrap();
    assert_eq!(seventh.rule, "report_continuing");
    assert_eq!(
        ps[10].status_evidence.as_ref().unwrap().rule,
        "section_state"
    );
    let long_term = r.walk().filter(|n| n.kind == NodeKind::LongTerm).count();
    assert_eq!(long_term, 0);
    // `反馈的11个问题` in the preamble.
    assert_eq!(ps.len(), 11);
    common::assert_samples_accounted_and_load(&[name]);
}

#[test]
fn actions_that_report_their_progress_stay_measures_and_work_items() {
    // `一是加强组织领导，已成立…` in a section on the work done is an
    // action, not a problem reporting itself; under a problem it is a
    // measure.
    let text = "关于巡察整改情况的通报\n\n一、整改工作开展情况\n\n\
        一是加强组织领导，已成立整改工作领导小组。\n\n二是压实整改责任，已制定责任清单。\n\n\
        三是强化督促检查。已开展督查3次。\n\n二、反馈问题整改情况\n\n1.理论学习不够深入。\n\n\
        一是完善学习制度，已修订学习计划。\n\n二是丰富学习形式，已开展专题研讨4次。\n\n\
        2.财务管理不规范。\n\n一是规范报销流程，已出台报销办法。\n\n二是加强审核，已完成整改。\n\n\
        单位党组\n2026年11月1日\n";
    let r = convert(text);
    let titles: Vec<&str> = problems(&r).iter().map(|p| p.title.as_str()).collect();
    assert_eq!(titles, ["理论学习不够深入。", "财务管理不规范。"]);
    assert!(problems(&r).iter().all(|p| p.children.len() == 2));
    // Unit-led lines that are actions are no problems either.
    let text = "关于督查整改情况的通报\n\n城关镇：加强巡查。已开展巡查12次。\n\n\
        河口镇：完善制度，已出台办法。\n\n青山乡：强化督导。正在推进。\n";
    assert!(problems(&convert(text)).is_empty());
}

#[test]
fn a_top_heading_over_items_that_report_themselves_is_a_section() {
    // `二、反馈问题整改进展` names problems, but its items each state a
    // problem and then their progress: they are the problems, and the
    // actions in `一、整改工作开展情况` are none.
    let name = "top-section-of-self-reporting-items";
    let r = convert(&common::notice_sample(name));
    use Status::*;
    assert_eq!(
        statuses(&r),
        [Done, Done, InProgress, Done, InProgress, Done, Done]
    );
    assert_eq!(problems(&r)[2].deadline.as_deref(), Some("2027-02-28"));
    let stated = r.stated_totals.as_ref().expect("stated totals");
    assert_eq!(
        (stated.total, stated.done, stated.in_progress),
        (Some(7), Some(5), Some(2))
    );
    common::assert_samples_accounted_and_load(&[name]);
}
