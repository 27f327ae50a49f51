//! Text copied from a PDF or a printed page: the title broken over two
//! lines after its 关于, paragraphs wrapped at the page's width, page
//! numbers between them, a contact line at the end. And a completion that
//! a report plans (`计划于…前全部完成`) is not a result.

mod common;

use rectify_core::convert::{convert_notice, Conversion, ConvertOptions};
use rectify_core::model::{NodeKind, Status};

fn convert(text: &str) -> Conversion {
    convert_notice(text, &ConvertOptions::default())
}

#[test]
fn a_wrapped_notice_reads_as_its_paragraphs() {
    let c = convert(&common::notice_sample("pdf-wrapped-lines"));
    let r = &c.report;
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
    assert_eq!(
        r.meta.title,
        "中共白沙镇委员会关于县委第四轮巡察反馈意见整改落实情况的报告"
    );
    assert_eq!(r.meta.inspection_round.as_deref(), Some("县委第四轮巡察"));
    let page = r.skipped.iter().find(|s| s.reason == "页码").unwrap();
    assert_eq!((page.line, page.text.as_str()), (16, "— 2 —"));
    let problems: Vec<_> = r.walk().filter(|n| n.kind == NodeKind::Problem).collect();
    assert_eq!(problems.len(), 4);
    for p in &problems {
        assert!(!p.body.contains('\n'), "one paragraph: {:?}", p.body);
    }
    assert!(problems[0].body.contains("进行全面清查，规范报账程序"));
    assert!(problems[2].body.contains("党支部书记1名，已整改到位"));
    let statuses: Vec<Status> = problems.iter().map(|p| p.status.unwrap()).collect();
    use Status::*;
    assert_eq!(statuses, [Done, InProgress, Done, LongTerm]);
    assert_eq!(problems[1].deadline.as_deref(), Some("2026-06-30"));
    let preamble = r.find("preamble").unwrap();
    assert!(preamble.body.contains("开展了常规巡察，并于2025年12月3日"));
    assert_eq!(r.find("closing").unwrap().body, "联系电话：0898-12345678");
    common::assert_samples_accounted_and_load(&["pdf-wrapped-lines"]);
}

#[test]
fn a_planned_completion_is_not_a_result() {
    let text = "某县水利局关于巡察整改情况的通报\n\
        一、巡察反馈问题整改情况\n\
        （一）关于河道采砂监管不严的问题\n\
        整改情况：已完成12个河段排查，其余河段正在推进，计划于2026年6月底前全部完成。\n\
        （二）关于水费征收不及时的问题\n\
        整改情况：已于2025年12月底前全部完成。\n\
        （三）关于工程验收滞后的问题\n\
        整改情况：剩余3个项目将于2026年3月完成验收，力争年内全部完成。\n";
    let r = convert(text).report;
    let statuses: Vec<Status> = r
        .walk()
        .filter(|n| n.kind == NodeKind::Problem)
        .map(|n| n.status.unwrap())
        .collect();
    assert_eq!(statuses[..2], [Status::InProgress, Status::Done]);
    assert_ne!(statuses[2], Status::Done);
}

/// A table copied one cell per line (`序号` `反馈问题` `整改措施` `责任单位`
/// `整改时限` `整改进展`, then six lines per row) is read as a ledger's rows:
/// each row a problem with its measure, owners, deadline and status, every
/// cell kept, the header skipped.
#[test]
fn a_table_one_cell_per_line_makes_the_problems() {
    let c = convert(&common::notice_sample("cells-one-per-line"));
    let r = &c.report;
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
    let problems: Vec<_> = r.walk().filter(|n| n.kind == NodeKind::Problem).collect();
    type Row<'a> = (
        &'a str,
        &'a str,
        Option<Status>,
        Vec<String>,
        Option<&'a str>,
    );
    let rows: Vec<Row> = problems
        .iter()
        .map(|p| {
            (
                p.label.as_str(),
                p.title.as_str(),
                p.status,
                p.owners.clone(),
                p.deadline.as_deref(),
            )
        })
        .collect();
    use Status::*;
    assert_eq!(
        rows,
        [
            (
                "1",
                "农村公路养护资金拨付不及时",
                Some(Done),
                vec!["计划财务股".to_string()],
                Some("2025-12-31")
            ),
            (
                "2",
                "工程项目招投标程序不规范",
                Some(Done),
                vec!["建设管理股".to_string()],
                Some("2026-03-31")
            ),
            (
                "3",
                "超限超载治理成效不明显",
                Some(InProgress),
                vec!["执法大队".to_string()],
                Some("2026-06-30")
            ),
            (
                "4",
                "党支部组织生活不规范",
                Some(LongTerm),
                vec!["机关党委".to_string()],
                Some("长期坚持")
            ),
        ]
    );
    assert_eq!(problems[2].source_line, Some(21));
    assert_eq!(
        problems[2].children[0].title,
        "联合公安交警开展联合执法，增设检测点2处"
    );
    let header: Vec<u32> = r
        .skipped
        .iter()
        .filter(|s| s.reason == "表头")
        .map(|s| s.line)
        .collect();
    assert_eq!(header, [3, 4, 5, 6, 7, 8]);
    assert!(!r.find("preamble").unwrap().body.contains("序号"));
    assert_eq!(r.nodes.last().unwrap().kind, NodeKind::Closing);
    common::assert_samples_accounted_and_load(&["cells-one-per-line"]);
}

#[test]
fn a_sentence_broken_after_a_comma_runs_on() {
    // One line broken after `…已整改到位5个，` in an otherwise unwrapped
    // notice: no page width to read, but the comma says the sentence goes on.
    let c = convert(&common::notice_sample("count-sentence-broken"));
    let r = &c.report;
    let t = r.stated_totals.as_ref().expect("the preamble's count");
    assert_eq!(
        (t.total, t.done, t.in_progress),
        (Some(6), Some(5), Some(1))
    );
    assert!(t.text.ends_with("剩余1个正在推进。"), "{}", t.text);
    let preamble = r.find("preamble").unwrap();
    assert!(!preamble.body.contains('\n'), "{:?}", preamble.body);
    let statuses: Vec<Status> = common::problem_rows(r).into_iter().map(|p| p.1).collect();
    assert_eq!(statuses.len(), 6);
    assert_eq!(
        statuses
            .iter()
            .filter(|&&s| s == Status::InProgress)
            .count(),
        1
    );
    common::assert_samples_accounted_and_load(&["count-sentence-broken"]);
}

#[test]
fn a_line_after_a_comma_that_opens_an_item_stays_apart() {
    let text = "关于整改情况的通报\n\
        一、整改情况\n\
        1.关于制度执行不严的问题，\n\
        2.关于台账不全的问题，\n\
        整改情况：已整改到位。\n";
    let r = convert(text).report;
    let bodies: Vec<String> = r.walk().map(|n| n.title.clone()).collect();
    assert!(
        bodies.iter().any(|t| t.contains("台账不全"))
            && bodies.iter().any(|t| t.contains("制度执行不严")),
        "{bodies:?}"
    );
    assert_eq!(common::problem_rows(&r).len(), 2);
}
