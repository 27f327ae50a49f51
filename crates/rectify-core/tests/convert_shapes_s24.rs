//! Shapes met in session 24. First, a second blind set: 12 notices
//! written for this session by someone who had read neither the converter
//! nor its samples, each notice's problems with their statuses in order,
//! its title and its stated totals as the writer listed them. At the
//! session's start the converter found 76 of their 115 problems (53 with
//! the writer's status), 36 problems the key does not list, and 4 of 12
//! notices exactly. The shapes: a PDF copy with page footers inside
//! paragraphs, problems grouped by state under plain headings, `整改任务N：`
//! lines with `整改状态：` lines, a 督查 bulletin of units under `第一，…层面`,
//! plain paragraphs without any numbering, problems only in a table
//! appended below `附件`, statuses given only by each section's summary
//! (`以上4个问题已全部整改完成`), a one-paragraph notice with an inline
//! `一是…五是` list, and a table with a tick column per status.
//!
//! Then problems grouped by the state of their work under a heading
//! (`（一）已完成整改的问题（9个）` … `（三）需长期坚持整改的问题（1个）`), where
//! the long-term group is one of the groups and its items are problems
//! counted among the others; and a notice pasted as one line whose first
//! section follows a colon (`…报告如下：一、…`).

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

use Status::*;
/// The key. In `s24-street-plain-paragraphs-no-numbering` the fourth
/// problem's state is stated nowhere (the writer's `unknown`); it holds
/// what the converter reads (`要求限期整改` among results: work ordered with
/// a deadline, in progress since session 28), so that a change shows. In `s24-soe-tasks-numbered-with-status-lines` the last
/// three problems are stated inline (`一是…；二是…；三是…`) and answered by
/// `整改任务12：针对…` lines: those lines are the problems, in that order.
/// In `s24-econ-audit-stated-totals-disagree` the stated totals are the
/// notice's own error (7 done stated, 6 listed).
const BLIND: &[common::Keyed] = &[
    (
        "s24-eco-inspection-pdf-page-footers",
        "柘源县人民政府关于省第二生态环境保护督察组督察反馈意见整改落实情况的公告",
        &[
            Done, Done, InProgress, InProgress, Done, Done, InProgress, Done, Done, LongTerm, Done,
        ],
        Some((11, 7, 3)),
    ),
    (
        "s24-village-state-groups-plain-headings",
        "中共桂溪镇石门村总支部委员会关于县委第三巡察组巡察反馈意见整改进展情况的公示",
        &[
            Done, Done, Done, Done, Done, InProgress, InProgress, LongTerm,
        ],
        Some((8, 5, 2)),
    ),
    (
        "s24-econ-audit-stated-totals-disagree",
        "柘源县审计局关于县交通运输局原局长周某某同志任期经济责任审计查出问题整改情况的公告",
        &[
            Done, InProgress, Done, Done, InProgress, Done, Done, Done, InProgress,
        ],
        Some((9, 7, 2)),
    ),
    (
        "s24-college-word-table-one-cell-per-line",
        "中共岚江职业技术学院委员会关于主题教育检视问题整改落实情况的公示",
        &[
            Done, InProgress, LongTerm, Done, InProgress, Done, NotStarted, Done,
        ],
        Some((8, 4, 4)),
    ),
    (
        "s24-business-env-numbered-across-sections",
        "清浦区2026年上半年营商环境问题整改进展情况通报",
        &[
            Done, InProgress, Done, Done, InProgress, NotStarted, LongTerm, Done, InProgress,
        ],
        Some((9, 4, 4)),
    ),
    (
        "s24-safety-bulletin-units-under-ordinal-levels",
        "柘源县安全生产委员会办公室关于2026年第三季度安全生产综合督查情况的通报",
        &[
            InProgress, InProgress, Done, Done, InProgress, Done, InProgress, Done, InProgress,
            InProgress, InProgress, Done,
        ],
        Some((12, 5, 7)),
    ),
    (
        "s24-street-plain-paragraphs-no-numbering",
        "清浦区桂花街道群众身边不正之风和腐败问题集中整治工作进展情况",
        &[
            Done, Done, InProgress, InProgress, LongTerm, Done, InProgress, Done,
        ],
        None,
    ),
    (
        "s24-soe-tasks-numbered-with-status-lines",
        "中共澄川省港航投资集团有限公司委员会关于省委第六巡视组巡视反馈意见整改进展情况的通报",
        &[
            Done, Done, LongTerm, Done, Done, InProgress, Done, InProgress, Done, Done, NotStarted,
            InProgress, Done, Done,
        ],
        Some((14, 9, 3)),
    ),
    (
        "s24-edu-problems-only-in-appended-table",
        "柘源县教育局关于校外培训专项治理问题整改落实情况的公示",
        &[
            Done, Done, InProgress, Done, LongTerm, Done, Done, Done, InProgress, InProgress,
        ],
        Some((10, 6, 3)),
    ),
    (
        "s24-hospital-statuses-in-section-summaries",
        "柘源县人民医院关于医保基金使用专项检查发现问题整改情况的报告",
        &[
            Done, Done, Done, Done, InProgress, Done, InProgress, LongTerm, LongTerm, NotStarted,
        ],
        None,
    ),
    (
        "s24-complaints-one-paragraph-inline-list",
        "岚江市2026年10月政务服务“好差评”差评整改情况通报",
        &[Done, Done, Done, Done, InProgress],
        Some((5, 4, 1)),
    ),
    (
        "s24-market-tick-status-columns",
        "中共柘源县市场监督管理局党组关于县委巡察反馈意见整改进展情况的通报",
        &[
            Done, Done, Done, LongTerm, Done, Done, InProgress, Done, Done, Done, InProgress,
        ],
        Some((11, 8, 2)),
    ),
];

#[test]
fn every_blind_notice_gives_its_problems_statuses_title_and_totals() {
    common::assert_key(BLIND);
}

#[test]
fn a_notice_on_one_line_opens_its_sections_after_a_colon() {
    let name = "s24-one-line-notice-colon-before-first-section";
    let r = convert(name);
    assert_eq!(
        r.meta.title,
        "某镇人民政府关于区政府督查室督查反馈问题整改情况的报告"
    );
    assert_eq!(statuses(&r), [Done, InProgress, Done, LongTerm]);
    // The count after the last item and the signature after 特此报告 are
    // not the last problem's text.
    let stated = r.stated_totals.as_ref().expect("stated totals");
    assert_eq!(
        (
            stated.total,
            stated.done,
            stated.in_progress,
            stated.long_term
        ),
        (Some(4), Some(2), Some(1), Some(1))
    );
    let last = r
        .walk()
        .filter(|n| n.kind == NodeKind::Problem)
        .last()
        .unwrap();
    assert!(!last.body.contains("特此报告"), "{}", last.body);
    common::assert_samples_accounted_and_load(&[name]);
}

/// Notices written after the fixes, on shapes the blind set named, phrased
/// otherwise: each problem's status in order, and the stated totals.
type Fresh = (&'static str, &'static [Status], Option<(u32, u32, u32)>);

const FRESH: &[Fresh] = &[
    // Paragraphs opened by complaints (`…反映供暖不达标，…。`), no numbering.
    (
        "s24-petition-paragraphs-opened-by-complaints",
        &[Done, Done, InProgress, InProgress, LongTerm, InProgress],
        None,
    ),
    // Ticks (`✔`) under `完成` / `未完成` / `长期`.
    (
        "s24-tick-columns-done-undone-long",
        &[Done, Done, InProgress, LongTerm, Done],
        None,
    ),
    // `上述2个问题均已整改到位` and `以上3个问题中，第1、3个问题已完成整改，
    // 第2个问题需长期坚持` after problems with `（1）（2）` measures.
    (
        "s24-section-summaries-after-measures",
        &[Done, Done, Done, LongTerm, Done],
        None,
    ),
    // One line, `（一）` sections after `…通报如下：`, the count and the
    // signature glued after the last.
    (
        "s24-one-line-notice-paren-sections",
        &[Done, InProgress, Done],
        Some((3, 2, 1)),
    ),
    // `（1）问题→整改情况` / `——` lines, then `上述5个问题，已整改3个，…`
    // (written after the last change to the converter).
    (
        "s24-dash-reports-count-after-single-lines",
        &[Done, Done, InProgress, Done, LongTerm],
        Some((5, 3, 1)),
    ),
    // `整改事项1：` lines with `完成情况：` lines.
    (
        "s24-task-items-with-completion-lines",
        &[Done, Done, Done, Done, InProgress],
        Some((5, 4, 1)),
    ),
];

#[test]
fn notices_written_after_the_fixes() {
    for &(name, want, stated) in FRESH {
        let r = convert(name);
        assert_eq!(common::states(&r), want, "{name}");
        assert_eq!(common::stated_triple(&r), stated, "{name}");
        common::assert_samples_accounted_and_load(&[name]);
    }
    let r = convert("s24-one-line-notice-paren-sections");
    assert_eq!(
        r.meta.title,
        "某街道办事处关于区委巡察反馈问题整改情况的通报"
    );
    let signed: Vec<&str> = r
        .skipped
        .iter()
        .filter(|s| s.reason == "落款")
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(signed, ["某街道办事处", "2026年11月12日"]);
}

#[test]
fn a_top_level_group_that_counts_its_one_problem_groups_it() {
    let name = "s24-state-groups-one-child-top-level";
    let r = convert(name);
    // `三、需持续推进的问题（1个）` › `7.…` is a group like the two before it,
    // not a problem with `7.` as its measure.
    let sections: Vec<usize> = r
        .nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Section)
        .map(|n| n.children.len())
        .collect();
    assert_eq!(sections, [4, 2, 1]);
    assert_eq!(statuses(&r).len(), 7);
    common::assert_samples_accounted_and_load(&[name]);
}

/// A third blind set, written late in the session by another writer who
/// had seen neither the converter nor the other sets. At the converter of
/// that moment it found 80 of its 122 problems (73 with the writer's
/// status), 2 of 10 notices exactly. The six notices here were then fixed:
/// status tags and counts in Chinese numerals (right already), areas
/// numbered `Ⅰ` with problems `A.` `B.`, a Markdown table appended as
/// `附表`, reports before their problem, `第一，` areas over `①` findings
/// each with its report and a previous round apart, and tab tables whose
/// header repeats per area. The other four are still wrong (see the
/// session's closing note) and are not samples.
const BLIND_LATE: &[common::Keyed] = &[
    (
        "s24b-status-tags-chinese-numeral-counts",
        "清溪市统计局关于省统计督察反馈意见整改落实情况的公告",
        &[
            Done, Done, InProgress, Done, Done, Done, InProgress, Done, Done, Done, InProgress,
            Done, Done, Done, Done, Done, InProgress, Done, Done, Done, Done, Done, Done,
        ],
        Some((23, 19, 4)),
    ),
    (
        "s24b-audit-roman-areas-letter-problems",
        "关于2025年度高标准农田建设项目专项审计查出问题整改情况的公告",
        &[
            Done, InProgress, Done, Done, Done, Done, Done, InProgress, InProgress, Done,
        ],
        Some((10, 7, 3)),
    ),
    (
        "s24b-markdown-table-appended",
        "丰宁市根治欠薪工作领导小组办公室关于根治欠薪专项整治问题整改进展情况的通报",
        &[
            Done, Done, InProgress, Done, Done, Done, InProgress, Done, InProgress, Done, Done,
            InProgress,
        ],
        Some((12, 8, 4)),
    ),
    (
        "s24b-report-first-problem-as-question",
        "江北分局执法规范化建设突出问题整改情况通报",
        &[Done, Done, InProgress, LongTerm, NotStarted, Done],
        None,
    ),
    (
        "s24b-ordinal-areas-circled-findings-two-rounds",
        "中共江岚省文化和旅游厅党组关于省委第五巡视组巡视反馈意见整改进展情况的通报",
        &[
            Done, InProgress, LongTerm, Done, Done, Done, Done, InProgress, Done, Done, InProgress,
        ],
        Some((31, 22, 9)),
    ),
    (
        "s24b-tab-tables-header-repeated-per-area",
        "青禾县人民检察院党组关于县委第二巡察组反馈意见整改情况的公告",
        &[
            Done, InProgress, LongTerm, Done, Done, InProgress, Done, NotStarted, InProgress, Done,
            LongTerm,
        ],
        None,
    ),
];

#[test]
fn every_late_blind_notice_gives_its_problems_statuses_title_and_totals() {
    common::assert_key(BLIND_LATE);
}
