//! Shapes found in a blind set of 14 notices written for session 23 by
//! someone who had not read the converter: each notice's problems with
//! their statuses in order, its title and its stated totals, as the
//! notice's writer listed them, and the shapes that were wrong before —
//! a first section of work lines (`（一）提高政治站位，压实整改责任。`) that
//! mention states but are no problems, findings listed `一是…；二是…` and
//! answered by `针对第一个问题，…` paragraphs, tables with group rows, tables
//! separated by spaces under a ledger's header, reports in brackets
//! (`（已交办，限11月10日前整改）`), long-term and not-started work said
//! inside a report, and PDF lines broken by a count of characters.

mod common;

use rectify_core::convert::{convert_notice, ConvertOptions};
use rectify_core::model::{Node, NodeKind, Report, Status};

fn convert(name: &str) -> Report {
    convert_notice(&common::notice_sample(name), &ConvertOptions::default()).report
}

use common::state;

fn problems(r: &Report) -> Vec<&Node> {
    r.walk()
        .filter(|n| matches!(n.kind, NodeKind::Problem | NodeKind::LongTerm))
        .collect()
}

use Status::*;
const BLIND: &[common::Keyed] = &[
    (
        "s23-work-lines-before-findings",
        "中共澄阳县自然资源局党组关于县委第三轮巡察整改进展情况的通报",
        &[
            Done, InProgress, Done, Done, Done, Done, InProgress, LongTerm, Done, Done, Done,
        ],
        Some((11, 8, 3)),
    ),
    (
        "s23-findings-answered-by-number-paragraphs",
        "中共柏溪镇委员会关于县委第五巡察组反馈意见整改落实情况的通报",
        &[
            Done, LongTerm, Done, Done, InProgress, Done, LongTerm, Done, NotStarted,
        ],
        None,
    ),
    (
        "s23-tab-table-group-rows",
        "中共江屿市城市建设投资集团有限公司委员会关于市委巡察集中整改进展情况的公告",
        &[
            Done, InProgress, LongTerm, Done, Done, Done, InProgress, Done, InProgress, LongTerm,
            InProgress, NotStarted,
        ],
        Some((12, 5, 4)),
    ),
    (
        "s23-university-work-lines-long",
        "中共清漳大学委员会关于省委巡视整改进展情况的通报",
        &[
            Done, Done, LongTerm, InProgress, InProgress, Done, InProgress, InProgress, Done, Done,
            Done, Done, InProgress, Done, InProgress, InProgress, Done, LongTerm,
        ],
        Some((18, 9, 7)),
    ),
    (
        "s23-hospital-long-term-before-results",
        "关于市委巡察反馈问题整改进展情况的公示",
        &[
            Done, InProgress, Done, Done, Done, Done, LongTerm, InProgress,
        ],
        None,
    ),
    (
        "s23-audit-partial-rectification",
        "关于2025年度市级预算执行和其他财政收支审计查出问题整改情况的报告",
        &[
            Done, InProgress, Done, Done, Done, InProgress, Done, Done, Done, Done, InProgress,
            Done, Done, InProgress, InProgress, Done,
        ],
        Some((16, 11, 5)),
    ),
    (
        "s23-supervision-circled-findings-by-unit",
        "关于第三季度燃气安全和消防安全专项督查情况的通报",
        &[
            Done, Done, InProgress, InProgress, InProgress, Done, InProgress, InProgress, Done,
            InProgress, Done, InProgress, InProgress, Done, InProgress, Done,
        ],
        Some((16, 7, 9)),
    ),
    (
        "s23-short-ordinal-findings",
        "星桥街道党工委关于专题民主生活会检视问题整改落实情况的公示",
        &[InProgress, Done, Done, LongTerm],
        None,
    ),
    (
        "s23-cells-title-not-first",
        "澄阳县第二中学党总支关于县委教育工委巡察反馈问题整改情况的公示",
        &[
            Done, Done, Done, Done, InProgress, Done, Done, InProgress, Done,
        ],
        Some((9, 7, 2)),
    ),
    (
        "s23-stated-totals-disagree",
        "临江市市场监督管理局关于优化营商环境突出问题专项整治进展情况的通报",
        &[
            Done, Done, Done, InProgress, Done, LongTerm, Done, Done, Done, Done, Done, Done,
            InProgress, Done,
        ],
        Some((15, 13, 2)),
    ),
    (
        "s23-leads-count-beside-findings",
        "中共湄川省交通运输厅党组关于省委第四轮巡视整改进展情况的通报",
        &[
            InProgress, LongTerm, Done, InProgress, Done, Done, Done, Done, Done, Done, InProgress,
            LongTerm,
        ],
        Some((12, 7, 3)),
    ),
    (
        "s23-space-table-ledger-header",
        "中共澄阳县委社会工作部关于县委督查反馈信访工作问题整改进展情况的通报",
        &[
            Done, InProgress, InProgress, NotStarted, Done, LongTerm, Done, LongTerm,
        ],
        None,
    ),
    (
        "s23-court-circled-problems",
        "中共澄阳县人民法院党组关于县委巡察反馈意见整改进展情况的通报",
        &[
            Done, Done, Done, InProgress, Done, Done, Done, Done, Done, InProgress, Done, Done,
            Done,
        ],
        Some((13, 11, 2)),
    ),
    (
        "s23-pdf-wrapped-by-characters",
        "江屿市卫生健康委员会关于医疗领域群众身边不正之风和腐败问题集中整治进展情况的通报",
        &[
            Done, Done, InProgress, Done, NotStarted, LongTerm, Done, InProgress, Done, Done,
        ],
        Some((10, 6, 2)),
    ),
];

#[test]
fn every_blind_notice_gives_its_problems_statuses_title_and_totals() {
    // The notices that state no totals may still state a part's
    // (`该领域…`), which never wins; none of them states one.
    common::assert_key(BLIND);
}

#[test]
fn work_lines_of_a_first_section_are_no_problems() {
    for name in [
        "s23-work-lines-before-findings",
        "s23-university-work-lines-long",
    ] {
        let r = convert(name);
        let s1 = &r.nodes.iter().find(|n| n.label == "一、").unwrap();
        assert_eq!(s1.title, "整改工作开展情况", "{name}");
        assert!(
            s1.children.iter().all(|c| c.kind == NodeKind::Item),
            "{name}"
        );
    }
}

#[test]
fn findings_answered_by_paragraphs_that_name_them() {
    let r = convert("s23-findings-answered-by-number-paragraphs");
    let ps = problems(&r);
    assert_eq!(ps.len(), 9);
    assert!(ps[1].title.starts_with("农村人居环境整治存在反弹"));
    assert!(ps[1].body.starts_with("针对第二个问题，"));
    // `4、下一步工作` beside the `1、…方面` groups is no problem.
    let next = r.nodes.iter().find(|n| n.title == "下一步工作").unwrap();
    assert_eq!(next.kind, NodeKind::Section);
}

#[test]
fn a_tab_table_with_group_rows_under_its_heading() {
    let r = convert("s23-tab-table-group-rows");
    let s2 = r.nodes.iter().find(|n| n.label == "二、").unwrap();
    assert_eq!(s2.kind, NodeKind::Section);
    let areas: Vec<&str> = s2.children.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(areas.len(), 4);
    assert!(areas[0].contains("党的领导和服务全市发展大局方面"));
    assert!(s2.children.iter().all(|a| a.kind == NodeKind::FocusArea));
    assert!(s2.children[0].children[0].id.starts_with("s2-"));
}

#[test]
fn findings_by_unit_with_bracketed_reports() {
    let r = convert("s23-supervision-circled-findings-by-unit");
    let s2 = r.nodes.iter().find(|n| n.label == "二、").unwrap();
    // `（四）金沙街道` found nothing: a unit with no problems.
    let clean = s2.children.iter().find(|a| a.title == "金沙街道").unwrap();
    assert_eq!(clean.kind, NodeKind::FocusArea);
    assert!(clean.children.is_empty());
    // `（七）区住建局` has one finding, numbered as the others' are.
    let one = s2.children.iter().find(|a| a.title == "区住建局").unwrap();
    assert_eq!(one.kind, NodeKind::FocusArea);
    assert_eq!(one.children[0].kind, NodeKind::Problem);
    let handed_over = problems(&r)[2];
    let evidence = handed_over.status_evidence.as_ref().unwrap();
    assert_eq!(evidence.phrase.as_deref(), Some("限11月10日前整改"));
}

#[test]
fn lines_broken_by_a_count_of_characters_run_on() {
    let r = convert("s23-pdf-wrapped-by-characters");
    let ps = problems(&r);
    let wrapped = ps
        .iter()
        .find(|p| p.title.starts_with("医保智能审核系统"))
        .unwrap();
    assert!(!wrapped.body.contains("\n"), "{:?}", wrapped.body);
    assert_eq!(wrapped.status, Some(NotStarted));
}

/// Written after the blind set: problems not numbered, each paragraph
/// opened by a sentence naming it (`关于“…”的问题。`), one of them alone
/// under its heading.
#[test]
fn paragraphs_opened_by_a_problem_name_are_the_problems() {
    let name = "s23-problems-named-at-paragraph-start";
    let r = convert(name);
    let got: Vec<Status> = problems(&r).into_iter().map(state).collect();
    assert_eq!(got, [Done, Done, InProgress, Done, Done, LongTerm]);
    let first = problems(&r)[0];
    assert_eq!(first.title, "关于“落实县委决策部署有温差”的问题。");
    assert!(first.body.ends_with("目前该问题已完成整改。"));
    let st = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (st.total, st.done, st.in_progress),
        (Some(6), Some(4), Some(1))
    );
    common::assert_samples_accounted_and_load(&[name]);
}

/// `1）…` items under `一、…方面` headings, each with one paragraph of work
/// done ending in its state (`…，已整改完成。`): the problems. A short such
/// paragraph is the item's own text, not a statement for the heading.
#[test]
fn items_with_their_state_below_them_are_the_problems() {
    let name = "s23-half-bracket-items-state-below";
    let r = convert(name);
    let got: Vec<Status> = problems(&r).into_iter().map(state).collect();
    assert_eq!(
        got,
        [Done, Done, Done, InProgress, Done, Done, InProgress, Done, Done]
    );
    assert!(r
        .nodes
        .iter()
        .filter(|n| n.label.ends_with('、'))
        .all(|n| n.kind == NodeKind::Section));
    common::assert_samples_accounted_and_load(&[name]);
}

/// `一是针对…的问题，…` lines with no heading, after a preamble listing the
/// problems with `、`: each names the problem it answers, so each is one.
#[test]
fn ordinal_items_that_name_their_problem_are_the_problems() {
    let name = "s23-ordinal-items-name-their-problems";
    let r = convert(name);
    let ps = problems(&r);
    assert_eq!(ps.len(), 3);
    assert!(ps[0]
        .title
        .starts_with("针对村级组织活动场所利用率不高的问题"));
    common::assert_samples_accounted_and_load(&[name]);
}

/// `第一方面：…方面` over `（1）…` items that report their own state: the
/// aspects group the problems (before: the aspects were lost and the items
/// numbered again and again at the top).
#[test]
fn ordinal_aspects_group_the_items() {
    let name = "s23-ordinal-aspects-over-items";
    let r = convert(name);
    let areas: Vec<&str> = r
        .nodes
        .iter()
        .filter(|n| n.kind == NodeKind::FocusArea)
        .map(|n| n.label.as_str())
        .collect();
    assert_eq!(areas, ["第一方面：", "第二方面：", "第三方面："]);
    let got: Vec<Status> = problems(&r).into_iter().map(state).collect();
    assert_eq!(
        got,
        [Done, Done, InProgress, Done, Done, Done, LongTerm, Done]
    );
    common::assert_samples_accounted_and_load(&[name]);
}

/// A table copied one cell per line whose empty cell is an empty line (`2`
/// `涉农资金拨付滞后` `简化…` `` `2026年12月` `正在推进`): each line's column
/// is its place below the serial, so the rows stay aligned (before: no
/// table, every cell in the preamble).
#[test]
fn an_empty_line_is_an_empty_cell() {
    let name = "s23-cells-per-line-empty-cell";
    let r = convert(name);
    let ps = problems(&r);
    let titles: Vec<&str> = ps.iter().map(|p| p.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "高标准农田建设管护不到位",
            "涉农资金拨付滞后",
            "农村集体“三资”管理不规范",
            "农机购置补贴审核不严"
        ]
    );
    assert_eq!(ps[1].owners, Vec::<String>::new());
    assert_eq!(ps[1].deadline.as_deref(), Some("2026-12-31"));
    assert_eq!(ps[1].body, "2026年12月\n\n正在推进");
    let got: Vec<Status> = ps.into_iter().map(state).collect();
    assert_eq!(got, [Done, InProgress, LongTerm, Done]);
    common::assert_samples_accounted_and_load(&[name]);
}

/// An audit report to the 人大常委会 whose items state the problem and then
/// its state in one paragraph (`5.…不规范。…部分整改，剩余事项正在…`).
#[test]
fn audit_items_report_in_their_paragraph() {
    let name = "s23-audit-npc-numbered-paragraphs";
    let r = convert(name);
    let got: Vec<Status> = problems(&r).into_iter().map(state).collect();
    assert_eq!(
        got,
        [Done, Done, Done, Done, InProgress, Done, Done, InProgress]
    );
    let st = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (st.total, st.done, st.in_progress),
        (Some(21), Some(16), Some(5))
    );
    common::assert_samples_accounted_and_load(&[name]);
}

/// Found by fuzzing: a table after a heading read as a problem (`p2`) whose
/// section id (`s2`) another node had already; the heading keeps its own
/// id, and the report still loads (ids unique).
#[test]
fn a_heading_over_a_table_never_takes_a_taken_id() {
    let bytes = include_bytes!("regressions/convert-table-heading-id-taken.bin");
    let text = String::from_utf8_lossy(bytes);
    let c = convert_notice(&text, &ConvertOptions::default());
    common::assert_loads_back(&c.report, "ids stay unique");
}

/// Written as the last check: `牵头领导：…　完成情况：正在推进，已完成绩效
/// 评价，…预计2027年6月完成。` — a clause that is only the state (`正在推
/// 进`) says where the work stands; the part done after it is its detail
/// (before: done, by the `已完成` in the detail).
#[test]
fn a_report_opening_with_its_state_is_read_by_it() {
    let name = "s23-report-key-after-owner";
    let r = convert(name);
    let got: Vec<Status> = problems(&r).into_iter().map(state).collect();
    assert_eq!(
        got,
        [Done, InProgress, Done, Done, Done, Done, Done, LongTerm, Done, InProgress]
    );
    let st = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (st.total, st.done, st.in_progress),
        (Some(10), Some(7), Some(2))
    );
    common::assert_samples_accounted_and_load(&[name]);
}
