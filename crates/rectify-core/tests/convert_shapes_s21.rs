//! Shapes found in notices written for session 21: problems listed inside
//! a paragraph as `一是…；二是…` with the report answering each in the next
//! paragraph, and unlabelled group headings over a numbering that runs on.

mod common;

use common::convert;

use rectify_core::convert::{convert_notice, ConvertOptions};
use rectify_core::model::{NodeKind, Report, Status};

fn problems(r: &Report) -> Vec<&rectify_core::model::Node> {
    r.walk().filter(|n| n.kind == NodeKind::Problem).collect()
}

/// (title, number of children) of every focus area, in order.
fn areas(r: &Report) -> Vec<(&str, usize)> {
    r.walk()
        .filter(|n| n.kind == NodeKind::FocusArea)
        .map(|n| (n.title.as_str(), n.children.len()))
        .collect()
}

/// (label, number of children) of every focus area, in order.
fn area_labels(r: &Report) -> Vec<(&str, usize)> {
    r.walk()
        .filter(|n| n.kind == NodeKind::FocusArea)
        .map(|n| (n.label.as_str(), n.children.len()))
        .collect()
}

#[test]
fn ordinal_problems_in_a_paragraph_take_the_ordinal_reports_after_them() {
    let name = "ordinal-problems-and-reports";
    let r = convert(&common::notice_sample(name));
    let areas = areas(&r);
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
    let areas = areas(&c.report);
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

fn rows(r: &Report) -> Vec<(String, Status, String)> {
    problems(r)
        .iter()
        .map(|p| {
            let e = p.status_evidence.as_ref().unwrap();
            (p.label.clone(), p.status.unwrap(), e.rule.clone())
        })
        .collect()
}

#[test]
fn a_section_naming_listed_items_by_number_reports_on_them() {
    let name = "audit-list-then-report-by-number";
    let r = convert(&common::notice_sample(name));
    use Status::*;
    let got: Vec<(String, Status)> = rows(&r).into_iter().map(|x| (x.0, x.1)).collect();
    let want = [
        ("（一）", Done),
        ("（二）", InProgress),
        ("（三）", Done),
        ("（四）", Done),
        ("（五）", InProgress),
        ("（六）", Done),
    ];
    let want: Vec<(String, Status)> = want.iter().map(|(l, s)| (l.to_string(), *s)).collect();
    assert_eq!(got, want);
    assert!(rows(&r).iter().all(|x| x.2 == "list_report"));
    let sections: Vec<NodeKind> = r.nodes.iter().map(|n| n.kind).collect();
    assert!(sections.iter().all(|k| *k != NodeKind::Problem));
    common::assert_samples_accounted_and_load(&[name]);
}

#[test]
fn one_report_after_a_list_speaks_for_its_items() {
    let name = "one-report-after-each-list";
    let r = convert(&common::notice_sample(name));
    use Status::*;
    let got: Vec<Status> = rows(&r).into_iter().map(|x| x.1).collect();
    assert_eq!(got, [Done, Done, Done, Done, InProgress, Done, Done, Done]);
    assert!(rows(&r).iter().all(|x| x.2 == "list_report"));
    // The report is the section's text, not the last problem's.
    let ps = problems(&r);
    assert!(ps.iter().all(|p| p.body.is_empty()));
    let first = r
        .walk()
        .find(|n| n.title == "贯彻落实党的教育方针方面")
        .unwrap();
    assert!(first.body.contains("上述3个问题已全部完成整改"));
    common::assert_samples_accounted_and_load(&[name]);
}

#[test]
fn quoted_categories_of_opinions_group_their_items_and_carried_out_counts() {
    let name = "opinions-in-quoted-categories";
    let r = convert(&common::notice_sample(name));
    let sections: Vec<(NodeKind, usize)> = r
        .nodes
        .iter()
        .filter(|n| !n.children.is_empty())
        .map(|n| (n.kind, n.children.len()))
        .collect();
    assert_eq!(
        sections,
        [
            (NodeKind::Section, 4),
            (NodeKind::Section, 3),
            (NodeKind::Section, 3)
        ]
    );
    let ps = problems(&r);
    assert!(ps.iter().all(|p| p.body.starts_with("落实情况：")));
    use Status::*;
    let statuses: Vec<Status> = ps.iter().map(|p| p.status.unwrap()).collect();
    assert_eq!(
        statuses,
        [Done, Done, InProgress, Done, Done, Done, Done, InProgress, Done, Done]
    );
    let t = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (t.total, t.done, t.in_progress),
        (Some(10), Some(8), Some(2))
    );
    common::assert_samples_accounted_and_load(&[name]);
}

#[test]
fn blocks_opened_by_a_serial_number_line_are_problems() {
    // Read as cards of a ledger since session 29 (`card_table`): the
    // serial is the label, each field keeps its key in the text.
    let name = "serial-number-blocks";
    let r = convert(&common::notice_sample(name));
    let ps = problems(&r);
    let got: Vec<(&str, Status)> = ps
        .iter()
        .map(|p| (p.label.as_str(), p.status.unwrap()))
        .collect();
    use Status::*;
    assert_eq!(
        got,
        [("1", Done), ("2", InProgress), ("3", Done), ("4", Done)]
    );
    assert_eq!(ps[1].owners, ["质监站站长"]);
    common::assert_samples_accounted_and_load(&[name]);
}

#[test]
fn portal_lines_below_the_date_leave_the_signature_and_no_cut_off_warning() {
    let name = "portal-chrome-below-the-date";
    let c = convert_notice(&common::notice_sample(name), &ConvertOptions::default());
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
    let r = &c.report;
    assert_eq!(
        r.meta.title,
        "中共临川市水务局党组关于市委巡察反馈问题整改进展情况的通报"
    );
    let closing = r.nodes.last().unwrap();
    assert_eq!(closing.kind, NodeKind::Closing);
    assert!(!closing.body.contains("2026年11月2日"));
    assert_eq!(problems(r).len(), 7);
    common::assert_samples_accounted_and_load(&[name]);
}

#[test]
fn fields_numbered_like_items_are_one_problems_parts() {
    let name = "problem-fields-numbered-as-items";
    let r = convert(&common::notice_sample(name));
    let ps = problems(&r);
    let got: Vec<(&str, usize, Status)> = ps
        .iter()
        .map(|p| (p.label.as_str(), p.children.len(), p.status.unwrap()))
        .collect();
    use Status::*;
    assert_eq!(
        got,
        [
            ("一、", 0, Done),
            ("二、", 0, InProgress),
            ("三、", 0, Done)
        ]
    );
    assert!(ps[1]
        .body
        .contains("（一）问题表现：近两年统计执法检查企业数量偏少。"));
    assert_eq!(ps[1].deadline.as_deref(), Some("2027-03-31"));
    common::assert_samples_accounted_and_load(&[name]);
}

#[test]
fn a_subtotal_inside_one_area_is_never_the_reports_totals() {
    let name = "only-subtotals-per-area";
    let r = convert(&common::notice_sample(name));
    assert_eq!(problems(&r).len(), 5);
    assert!(
        r.stated_totals.is_none(),
        "each area's subtotal is a part: {:?}",
        r.stated_totals
    );
    common::assert_samples_accounted_and_load(&[name]);
}

#[test]
fn a_title_printed_on_four_lines_is_read_whole() {
    let name = "title-on-four-lines";
    let r = convert(&common::notice_sample(name));
    assert_eq!(
        r.meta.title,
        "中共宁远县水利局党组关于县委第三巡察组反馈意见整改进展情况的通报"
    );
    assert_eq!(problems(&r).len(), 4);
    assert!(r.stated_totals.is_some());
    common::assert_samples_accounted_and_load(&[name]);
    // A title inside book-title marks is read without them.
    let text = common::notice_sample(name).replacen(
        "中共宁远县水利局党组\n关于县委第三巡察组\n反馈意见整改进展情况\n的通报",
        "《中共宁远县水利局党组关于县委巡察反馈问题整改进展情况的通报》",
        1,
    );
    assert_eq!(
        convert(&text).meta.title,
        "中共宁远县水利局党组关于县委巡察反馈问题整改进展情况的通报"
    );
}

#[test]
fn a_notice_whose_sections_name_no_known_role_is_read_by_its_shape() {
    let name = "sections-without-known-keywords";
    let r = convert(&common::notice_sample(name));
    let areas = areas(&r);
    assert_eq!(
        areas,
        [
            ("“贷款审批把关松”", 2),
            ("“资金管理有风险”", 2),
            ("“服务效能待提升”", 2)
        ]
    );
    let ps = problems(&r);
    assert_eq!(ps[3].status, Some(Status::InProgress), "在办");
    assert_eq!(
        ps.iter().filter(|p| p.status == Some(Status::Done)).count(),
        5
    );
    let t = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (t.total, t.done, t.in_progress),
        (Some(6), Some(5), Some(1))
    );
    common::assert_samples_accounted_and_load(&[name]);
}

#[test]
fn a_glued_figure_in_a_numbering_that_runs_on_and_a_count_of_kinds() {
    let name = "audit-numbering-runs-on-glued-figure";
    let r = convert(&common::notice_sample(name));
    let ps = problems(&r);
    let numbers: Vec<&str> = ps.iter().map(|p| p.label.as_str()).collect();
    assert_eq!(
        numbers,
        ["1.", "2.", "3.", "4.", "5.", "6.", "7.", "8.", "9.", "10.", "11."]
    );
    assert!(ps[3].title.starts_with("3个部门无预算列支支出"));
    let t = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (t.total, t.done, t.in_progress),
        (Some(11), Some(9), Some(2)),
        "4个方面 counts kinds, 11个 the problems"
    );
    let done = ps.iter().filter(|p| p.status == Some(Status::Done)).count();
    assert_eq!(done, 9);
    common::assert_samples_accounted_and_load(&[name]);
}

#[test]
fn dingbat_circled_numbers_one_character_brackets_and_numbered_items() {
    let name = "uncommon-number-marks";
    let r = convert(&common::notice_sample(name));
    let areas = area_labels(&r);
    assert_eq!(areas, [("㈠", 2), ("㈡", 2)]);
    let labels: Vec<&str> = problems(&r).iter().map(|p| p.label.as_str()).collect();
    assert_eq!(labels, ["❶", "❷", "❶", "❷", "第1项：", "第2项："]);
    common::assert_samples_accounted_and_load(&[name]);
}

#[test]
fn a_plans_key_after_each_report_leaves_it_done_and_all_done_is_counted() {
    let name = "plans-key-after-each-report";
    let r = convert(&common::notice_sample(name));
    let ps = problems(&r);
    assert_eq!(ps.len(), 3);
    assert!(ps.iter().all(|p| p.status == Some(Status::Done)));
    let t = r.stated_totals.as_ref().unwrap();
    assert_eq!((t.total, t.done), (Some(3), Some(3)));
    common::assert_samples_accounted_and_load(&[name]);
}

#[test]
fn a_deadline_without_its_year_takes_the_notices_year() {
    let text = "某局关于巡察整改情况的通报\n现将整改情况通报如下。\n一、问题整改情况\n\
                1.台账不清。整改情况：正在整改。整改时限：年底前\n\
                2.档案不全。整改情况：正在整改。整改时限：今年上半年\n\
                3.制度不全。整改情况：正在整改。整改时限：6月底前\n\
                某局\n2026年10月9日";
    let r = convert(text);
    let deadlines: Vec<Option<&str>> = problems(&r).iter().map(|p| p.deadline.as_deref()).collect();
    assert_eq!(
        deadlines,
        [Some("2026-12-31"), Some("2026-06-30"), Some("6月底前")]
    );
    // Without a dated notice they stay as printed.
    let undated = text.replace("\n2026年10月9日", "");
    let r = convert(&undated);
    assert_eq!(problems(&r)[0].deadline.as_deref(), Some("年底前"));
}

#[test]
fn a_unit_heading_listing_its_problems_inline_groups_them() {
    let name = "bulletin-units-list-problems-inline";
    let r = convert(&common::notice_sample(name));
    let areas = areas(&r);
    assert_eq!(areas, [("清河县：", 3), ("龙山县：", 2), ("松湖区：", 4)]);
    let got: Vec<(Status, String)> = rows(&r).into_iter().map(|x| (x.1, x.2)).collect();
    use Status::*;
    let want = [
        (Done, "list_report"),
        (Done, "list_report"),
        (Done, "list_report"),
        (Done, "done_phrase"),
        (InProgress, "in_progress_phrase"),
        (Done, "done_phrase"),
        (Done, "done_phrase"),
        (InProgress, "in_progress_phrase"),
        (Done, "done_phrase"),
    ];
    let want: Vec<(Status, String)> = want.iter().map(|(s, r)| (*s, r.to_string())).collect();
    assert_eq!(got, want);
    let t = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (t.total, t.done, t.in_progress),
        (Some(9), Some(7), Some(2))
    );
    common::assert_samples_accounted_and_load(&[name]);
}

#[test]
fn numbered_lines_in_a_notice_without_a_sentence_are_never_its_signature() {
    let text = "某县市场监管局巡察整改进展\n\
                1、食品安全抽检覆盖面不广（已整改）\n\
                2、特种设备监管存在盲区（整改中）\n\
                3、行政执法案卷不规范（已整改）\n\
                4、消费投诉处理不及时（已整改）\n\
                某县市场监管局\n2026年10月1日";
    let r = convert(text);
    let got: Vec<(&str, Status)> = problems(&r)
        .iter()
        .map(|p| (p.label.as_str(), p.status.unwrap()))
        .collect();
    use Status::*;
    assert_eq!(
        got,
        [
            ("1、", Done),
            ("2、", InProgress),
            ("3、", Done),
            ("4、", Done)
        ]
    );
    assert_eq!(r.meta.issuer.as_deref(), Some("某县市场监管局"));
}

#[test]
fn unnumbered_pairs_keyed_problem_and_bare_rectification() {
    let text = "关于巡视整改进展情况的通报\n根据省委巡视工作部署，现将整改进展情况通报如下。\n\
                一、关于政治建设方面的问题\n问题：学习贯彻不够深入。\n整改：修订学习制度，已完成。\n\
                问题：落实意识形态责任制不到位。\n整改：正在推进。\n\
                二、关于队伍建设方面的问题\n问题：干部梯队建设滞后。\n整改：已完成。\n\
                某厅党组\n2026年10月1日";
    let r = convert(text);
    let got: Vec<Status> = problems(&r).iter().map(|p| p.status.unwrap()).collect();
    use Status::*;
    assert_eq!(got, [Done, InProgress, Done]);
}
