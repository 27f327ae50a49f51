//! The converter on the last clause of a problem's report, on findings
//! decided per section, and on invented notices of shapes the other
//! samples do not have (session 18). Every sample is checked for lost text.

mod common;

use common::convert;

use rectify_core::convert::{convert_notice, Conversion, ConvertOptions};
use rectify_core::model::{Node, NodeKind, Report, Status, StatusBasis};

use common::problem_rows as problems;

fn statuses(r: &Report) -> Vec<Status> {
    problems(r).into_iter().map(|p| p.1).collect()
}

fn find<'a>(r: &'a Report, label: &str) -> &'a Node {
    r.walk().find(|n| n.label == label).unwrap()
}

/// A report whose last clause says the work needs sustained effort
/// (`…，该项工作需长期坚持。`) after the results it lists is long-term work,
/// not done; `持续推进…` as a measure's action, or a report that ends with
/// a completion, stays done.
#[test]
fn a_report_ending_in_sustained_effort_is_long_term() {
    let text = "某县城市管理局关于巡察反馈问题整改情况的通报\n\
        一、巡察反馈问题整改情况\n\
        （一）执法案卷管理不规范的问题。\n\
        整改措施：全面梳理执法案卷，建立执法台账。\n\
        整改情况：已建立台账，完成清理12项，该项工作需长期坚持。\n\
        （二）占道经营反弹回潮的问题。\n\
        一是持续推进占道经营专项整治，长期坚持错时巡查。\n\
        二是设置便民疏导点4处。\n\
        整改情况：已完成整改。\n\
        （三）门前三包责任落实不到位的问题。\n\
        整改情况：已签订责任书1260份，开展督查8次，此项工作需长期推进。\n\
        （四）渣土运输监管不严的问题。\n\
        整改情况：已查处违规车辆15台，需长期坚持，已完成整改。\n\
        （五）户外广告审批把关不严的问题。\n\
        整改情况：已拆除违规广告36块。下一步，将加强审批，该项工作需长期坚持。\n\
        （六）环卫作业质量不高的问题。\n\
        整改情况：已考核作业单位6家，剩余路段正在提标改造，需长期坚持。\n\
        （七）公厕管护不到位的问题。\n\
        一是落实管护责任人。\n\
        二是开展日常巡查。\n\
        目前已建立管护机制，该项工作需长期坚持。\n";
    let r = convert(text);
    use Status::*;
    assert_eq!(
        statuses(&r),
        [LongTerm, Done, LongTerm, Done, LongTerm, InProgress, LongTerm]
    );
    let p = problems(&r);
    assert_eq!(
        (p[0].2, p[0].3.as_str(), p[0].4.as_str()),
        (
            StatusBasis::Stated,
            "report_long_term",
            "该项工作需长期坚持"
        )
    );
    assert_eq!(p[2].4, "此项工作需长期推进");
    // Work under way (`正在`) is in progress, as notices count it
    // (`持续整改2个，其中1个需长期坚持整改`).
    assert_eq!(
        (p[5].3.as_str(), p[5].4.as_str()),
        ("in_progress_phrase", "正在")
    );
    common::assert_accounted(text, &r);
}

/// A 督查 bulletin with a section of findings only (no measures, no
/// state, no result) and a section on the progress of an earlier round's
/// problems: the findings are open (`findings_without_progress`), decided
/// per section, while the reported problems keep their reports.
#[test]
fn findings_are_decided_per_section() {
    let text = "某市安全生产委员会办公室关于第三季度安全生产督查情况的通报\n\
        一、本次督查发现的问题\n\
        （一）某化工园区\n\
        1.部分企业动火作业审批流于形式。\n\
        2.应急物资储备库台账与实物不符。\n\
        （二）某建筑工地\n\
        1.脚手架连墙件设置不足。\n\
        二、第二季度督查问题整改进展\n\
        （一）某物流园消防通道被占用的问题。\n\
        整改情况：已清理占道货物，完成整改。\n\
        （二）某商场疏散指示标志损坏的问题。\n\
        整改情况：正在更换指示标志。\n\
        （三）某小区电动车违规充电的问题。\n\
        一是新建集中充电桩120个。\n\
        二是开展入户宣传。\n\
        三、工作要求\n\
        （一）各地要对照问题清单，于10月底前完成整改。\n";
    let r = convert(text);
    let got: Vec<(String, Status, String)> =
        problems(&r).into_iter().map(|p| (p.0, p.1, p.3)).collect();
    use Status::*;
    let want = [
        ("1.", NotStarted, "findings_without_progress"),
        ("2.", NotStarted, "findings_without_progress"),
        ("1.", NotStarted, "findings_without_progress"),
        ("（一）", Done, "done_phrase"),
        ("（二）", InProgress, "in_progress_phrase"),
        ("（三）", Done, "all_measures_done"),
    ];
    let want: Vec<(String, Status, String)> = want
        .iter()
        .map(|(l, s, rule)| (l.to_string(), *s, rule.to_string()))
        .collect();
    assert_eq!(got, want);
    common::assert_accounted(text, &r);
}

const SAMPLES: &[&str] = &[
    "soe-inspection-keyed-deadlines",
    "paren-numbers-closing-count",
    "earlier-round-counts",
    "county-typical-problems-bulletin",
    "circled-problems-in-paragraphs",
    "audit-glued-last-item",
];

fn sample(name: &str) -> Report {
    convert(&common::notice_sample(name))
}

#[test]
fn every_sample_accounts_for_every_character_and_loads() {
    common::assert_samples_accounted_and_load(SAMPLES);
}

/// A provincial state-owned enterprise's 巡视 notice: `一、` › `（一）…方面`
/// › `1.…` problems, each with a `整改措施：` paragraph, then a
/// `整改完成时限：` line (a longer key ending in a known one), 责任 lines
/// and a `目前进展：` report. The notes after the measure are the
/// problem's (its deadline and owners), not the measure's.
#[test]
fn a_soe_notice_with_keyed_deadlines_after_the_measure() {
    let r = sample("soe-inspection-keyed-deadlines");
    assert_eq!(
        r.meta.issuer.as_deref(),
        Some("中共江南省交通投资集团有限公司委员会")
    );
    let p: Vec<&Node> = r.walk().filter(|n| n.kind == NodeKind::Problem).collect();
    let deadlines: Vec<&str> = p.iter().map(|n| n.deadline.as_deref().unwrap()).collect();
    assert_eq!(
        deadlines,
        [
            "2025-09-30",
            "2026-06-30",
            "2025-08-31",
            "长期坚持",
            "2025-12-31"
        ]
    );
    for n in &p {
        assert_eq!(n.children.len(), 1, "{}", n.id);
        let m = &n.children[0];
        assert_eq!(
            (m.kind, m.label.as_str()),
            (NodeKind::Measure, "整改措施：")
        );
        assert!(m.deadline.is_none() && m.body.is_empty(), "{}", m.id);
        assert!(n.owners.len() >= 2, "{}", n.id);
    }
    use Status::*;
    assert_eq!(statuses(&r), [Done, InProgress, Done, LongTerm, InProgress]);
    assert_eq!(find(&r, "三、").kind, NodeKind::Section);
    let st = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (st.total, st.done, st.in_progress, st.long_term),
        (Some(5), Some(2), Some(2), Some(1))
    );
}

/// `一、共性问题` › `1)…。` `整改情况：…` `2)…。` `整改情况：…`: each item
/// has its own report, so the items are the problems and the headings
/// over them sections (not problems with the items as measures); the
/// closing paragraph sums up (`共性问题3个、个性问题5个，已全部整改完毕`)
/// before inviting oversight, and that is the stated totals.
#[test]
fn items_with_their_own_reports_under_kinds_of_problems() {
    let r = sample("paren-numbers-closing-count");
    let tops: Vec<(NodeKind, usize)> = r
        .nodes
        .iter()
        .filter(|n| !n.label.is_empty())
        .map(|n| (n.kind, n.children.len()))
        .collect();
    assert_eq!(tops, [(NodeKind::Section, 3), (NodeKind::Section, 5)]);
    let p = problems(&r);
    assert_eq!(p.len(), 8);
    assert!(p
        .iter()
        .all(|x| x.1 == Status::Done && x.3 == "done_phrase"));
    for n in r.walk().filter(|n| n.kind == NodeKind::Problem) {
        assert!(n.body.starts_with("整改情况："), "{}", n.id);
    }
    let closing = r.nodes.last().unwrap();
    assert_eq!(closing.kind, NodeKind::Closing);
    assert!(closing.body.starts_with("截至2025年10月底"));
    let st = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (st.total, st.done, st.in_progress),
        (Some(8), Some(8), None)
    );
    // Under a heading that names one problem, items reported one by one
    // are its measures: the reports are the problem's.
    let text = "关于巡察整改情况的通报\n一、巡察反馈问题整改情况\n\
        （一）关于档案管理不规范的问题\n1.修订档案管理办法。\n整改情况：已完成整改。\n\
        2.补齐缺失档案。\n整改情况：正在补齐。\n";
    let r = convert(text);
    let p = problems(&r);
    assert_eq!(p.len(), 1);
    assert_eq!((p[0].0.as_str(), p[0].1), ("（一）", Status::InProgress));
    common::assert_accounted(text, &r);
}

/// An introduction that states an earlier round's counts first (`上一轮巡察
/// 反馈的4个方面21个问题，当年已完成整改19个`) and this round's in the
/// middle of a paragraph: this round's are the report's. The date in
/// brackets under the title is when it was published.
#[test]
fn an_earlier_rounds_counts_are_not_the_totals() {
    let r = sample("earlier-round-counts");
    let st = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (st.total, st.done, st.in_progress),
        (Some(14), Some(12), Some(2))
    );
    assert_eq!(st.candidates.len(), 2);
    assert!(st.text.starts_with("本轮巡察"));
    assert_eq!(r.meta.published.as_deref(), Some("2025-12-05"));
    assert_eq!(common::skipped_reasons(&r)[0], (2, "发布信息"));
    assert!(!r.nodes[0].body.starts_with('（'));
    use Status::*;
    assert_eq!(
        statuses(&r),
        [Done, InProgress, Done, Done, Done, Done, InProgress, Done]
    );
}

/// A 督查 bulletin: typical problems by county (`（一）东山县` › `1.…`), all
/// findings (not started), and a section of demands (`三、下一步工作要求`)
/// that holds items, not problems. The issuer, printed only in the title
/// (`…督查室关于…`), signs above the date; the preamble's counts
/// (`发现各类问题47个，已督促立行立改29个，其余18个正在整改`) are the
/// totals.
#[test]
fn a_bulletins_typical_problems_by_county() {
    let text = common::notice_sample("county-typical-problems-bulletin");
    let Conversion {
        report: r,
        warnings,
        ..
    } = convert_notice(&text, &ConvertOptions::default());
    assert!(warnings.is_empty(), "{warnings:?}");
    let signed: Vec<(u32, &str)> = common::skipped_reasons(&r)
        .into_iter()
        .filter(|x| x.1 == "落款")
        .collect();
    assert_eq!(signed, [(26, "落款"), (27, "落款")]);
    let areas: Vec<(NodeKind, usize)> = find(&r, "二、")
        .children
        .iter()
        .map(|a| (a.kind, a.children.len()))
        .collect();
    assert_eq!(
        areas,
        [
            (NodeKind::FocusArea, 3),
            (NodeKind::FocusArea, 2),
            (NodeKind::FocusArea, 4)
        ]
    );
    assert!(statuses(&r).iter().all(|s| *s == Status::NotStarted));
    assert_eq!(statuses(&r).len(), 9);
    let plan = find(&r, "三、");
    assert!(plan.children.iter().all(|c| c.kind == NodeKind::Item));
    let st = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (st.total, st.done, st.in_progress),
        (Some(47), Some(29), Some(18))
    );
}

/// Problems numbered inside a paragraph (`巡察指出：①…；②…。整改情况：①…；
/// ②…。`, or `针对问题①，…`): each `①…` is a problem under its section,
/// with its piece of the report as its body; the words that introduce the
/// lists stay with the section. The statuses agree with the stated counts
/// (7 problems, 5 done, 2 in progress); the feedback date is not the as-of
/// date (`截至2025年7月31日，反馈的…`).
#[test]
fn problems_numbered_inside_paragraphs() {
    let r = sample("circled-problems-in-paragraphs");
    let tops: Vec<(NodeKind, usize)> = r
        .nodes
        .iter()
        .filter(|n| !n.label.is_empty())
        .map(|n| (n.kind, n.children.len()))
        .collect();
    use NodeKind::Section;
    assert_eq!(tops, [(Section, 2), (Section, 3), (Section, 2)]);
    let s1 = find(&r, "一、");
    assert_eq!(s1.body, "巡察指出：\n\n整改情况：");
    let p = &s1.children[0];
    assert_eq!(
        (p.kind, p.label.as_str(), p.title.as_str()),
        (
            NodeKind::Problem,
            "①",
            "基层医疗卫生机构服务能力提升工作推进缓慢；"
        )
    );
    assert!(p.body.starts_with("针对问题①，"));
    use Status::*;
    assert_eq!(
        statuses(&r),
        [Done, InProgress, Done, Done, Done, Done, InProgress]
    );
    assert_eq!(r.meta.feedback_date, None);
    // The paragraph after the lists is the section's, not the last problem's.
    assert!(find(&r, "三、").body.ends_with("确保问题全部整改到位。"));
    // Under a heading that names one problem, the numbers list its aspects.
    let text = "关于巡察整改情况的通报\n一、巡察反馈问题整改情况\n\
        1.档案管理不规范的问题。\n存在问题：①档案缺失；②归档不及时。整改情况：①已补齐；②已完成整改。\n";
    let r = convert(text);
    let p = problems(&r);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(find(&r, "1.").body.starts_with("存在问题：①档案缺失；"));
    common::assert_accounted(text, &r);
}

/// An audit report given at a meeting whose section of problems has no
/// problem keyword (`二、审计指出事项的处理结果`), and whose last item of a
/// list is a `N.` glued to a figure (`2.2个部门…` before `（三）…`): it is
/// item 2, not text of item 1.
#[test]
fn a_glued_label_that_ends_its_list() {
    let r = sample("audit-glued-last-item");
    let areas: Vec<usize> = find(&r, "二、")
        .children
        .iter()
        .map(|a| a.children.len())
        .collect();
    assert_eq!(areas, [2, 2, 1]);
    let p = problems(&r);
    assert_eq!(p[3].0, "2.");
    assert_eq!(
        r.walk()
            .filter(|n| n.kind == NodeKind::Problem)
            .nth(3)
            .unwrap()
            .title,
        "2个部门公务卡结算制度执行不到位。"
    );
    use Status::*;
    assert_eq!(statuses(&r), [Done, InProgress, Done, Done, InProgress]);
    let st = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (st.total, st.done, st.in_progress),
        (Some(5), Some(3), Some(2))
    );
}

/// A problem whose deadline is long-term work (`整改时限：长期坚持`) and
/// whose report ends, after its results so far, with a bare `持续推进` is
/// long-term; with a dated deadline, or with results alone under the
/// long-term deadline, it stays done (notices count those done).
#[test]
fn a_long_term_deadline_with_a_report_that_goes_on_is_long_term() {
    let notice = |deadline: &str, progress: &str| {
        format!(
            "中共某镇委员会关于巡察反馈意见整改进展情况的通报\n\
             巡察反馈的2个问题，已完成1个。\n\
             问题一：对村级小微权力监督不够有力\n\
             整改措施：制定村级小微权力清单。\n\
             责任人：镇纪委书记\n\
             整改时限：{deadline}\n\
             整改进展：{progress}\n\
             问题二：公务用车管理不规范\n\
             整改措施：完善用车登记制度。\n\
             整改时限：2026年8月31日\n\
             整改进展：已完成。\n"
        )
    };
    let r = convert(&notice("长期坚持", "已制定权力清单36项，持续推进。"));
    let p = problems(&r);
    assert_eq!(p.len(), 2);
    assert_eq!(
        (p[0].1, p[0].2, p[0].3.as_str(), p[0].4.as_str()),
        (
            Status::LongTerm,
            StatusBasis::Inferred,
            "deadline_long_term",
            "持续推进"
        )
    );
    assert_eq!(p[1].1, Status::Done);
    let dated = convert(&notice("2026年12月31日", "已制定权力清单36项，持续推进。"));
    assert_eq!(problems(&dated)[0].1, Status::Done);
    let results_only = convert(&notice("长期坚持", "已制定权力清单36项。"));
    assert_eq!(problems(&results_only)[0].1, Status::Done);
}

/// A problem without a keyed deadline whose report plans one (`计划于2026年
/// 12月底前完成`) has that deadline; a date the work was done on is none.
#[test]
fn a_planned_completion_date_is_the_problems_deadline() {
    let r = convert(
        "县审计局关于审计查出问题整改情况的报告\n\
         审计查出问题2个，已完成整改1个。\n\
         一、审计查出问题整改情况\n\
         1.部分专项资金结转结余未及时收回。县财政局已收回1200万元，剩余资金正在分批清理，计划于2026年12月底前完成。\n\
         2.部分非税收入未及时缴库。已于2026年3月底前完成整改。\n",
    );
    let deadlines: Vec<(String, Option<String>)> = r
        .walk()
        .filter(|n| n.kind == NodeKind::Problem)
        .map(|n| (n.label.clone(), n.deadline.clone()))
        .collect();
    assert_eq!(
        deadlines,
        [
            ("1.".to_string(), Some("2026-12-31".to_string())),
            ("2.".to_string(), None)
        ]
    );
}
