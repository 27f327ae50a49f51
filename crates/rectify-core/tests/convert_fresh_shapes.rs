//! The converter on the shape of a problem's report and of headings, and
//! on invented notices of shapes the other samples do not have. Every
//! sample is checked for lost text.

mod common;

use common::convert;

use rectify_core::model::{Node, NodeKind, Report, Status, StatusBasis};

use common::problem_rows as problems;

fn find<'a>(r: &'a Report, label: &str) -> &'a Node {
    r.walk().find(|n| n.label == label).unwrap()
}

/// A report (`整改结果：`, `整改情况：`) that says the work goes on states
/// the problem open — long-term when it says so — whatever its measures
/// suggest; a result that is only partial (`已初步整改`) is no completion.
#[test]
fn a_report_that_says_the_work_goes_on_is_not_done() {
    let text = "某县审计局关于审计查出问题整改情况的通报\n\
        一、审计查出问题的整改情况\n\
        （一）部分专项资金拨付不及时的问题。\n\
        整改措施：修订专项资金管理办法，建立拨付台账。\n\
        整改结果：需长期坚持，持续推进。\n\
        （二）政府采购程序不规范的问题。\n\
        一是组织采购业务培训2次。\n\
        二是修订内部采购规程。\n\
        整改情况：已初步整改，将持续推进。\n\
        （三）固定资产账实不符的问题。\n\
        一是开展资产清查。\n\
        二是补登资产卡片36张。\n\
        整改情况：已完成整改，将持续巩固整改成效。\n\
        （四）往来款项长期挂账的问题。\n\
        一是清理往来款项12笔。\n\
        整改结果：已清理挂账资金86万元，下一步将持续跟踪。\n";
    let r = convert(text);
    use Status::*;
    use StatusBasis::*;
    let got: Vec<(Status, StatusBasis, String)> = problems(&r)
        .into_iter()
        .map(|(_, s, b, rule, _)| (s, b, rule))
        .collect();
    // `已初步整改，将持续推进`: in progress by `初步整改` (session 51).
    let want = [
        (LongTerm, Stated, "report_long_term"),
        (InProgress, Stated, "in_progress_phrase"),
        (Done, Stated, "done_phrase"),
        (Done, Inferred, "result_before_continuing_work"),
    ];
    let want: Vec<(Status, StatusBasis, String)> = want
        .iter()
        .map(|(s, b, rule)| (*s, *b, rule.to_string()))
        .collect();
    assert_eq!(got, want);
    assert_eq!(
        find(&r, "（一）")
            .status_evidence
            .as_ref()
            .unwrap()
            .phrase
            .as_deref(),
        Some("需长期坚持")
    );
    assert_eq!(
        find(&r, "（二）")
            .status_evidence
            .as_ref()
            .unwrap()
            .phrase
            .as_deref(),
        Some("初步整改")
    );
    // Plan wording in a measure's action is not a report; the measure
    // beside a report that says only that the work is long-term takes
    // that state, inferred (session 66; it was done).
    let m = find(&r, "整改措施：");
    assert_eq!(m.status, Some(LongTerm));
    assert_eq!(
        m.status_evidence.as_ref().map(|e| e.rule.as_str()),
        Some("problem_reported_state")
    );
    common::assert_accounted(text, &r);
}

/// `持续推进…工作` as the action of a measure is a plan, not a report: the
/// measure and its problem stay done.
#[test]
fn continuing_work_as_a_measures_action_stays_done() {
    let text = "关于巡察整改进展情况的通报\n\
        一、巡察反馈问题整改情况\n\
        （一）档案管理不规范的问题。\n\
        一是持续推进档案数字化工作，录入档案1200卷。\n\
        二是需长期坚持档案定期检查，修订档案管理制度。\n";
    let r = convert(text);
    let p = problems(&r);
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].1, Status::Done, "{p:?}");
}

/// `第三章…` in a list of measures, without a `第一章`, `第二章` before it,
/// is text, not a part heading that would take every later heading: a
/// part heading comes in a sequence of siblings (`第一…`, `第二…`, the same
/// word) and is followed by a body.
#[test]
fn a_stray_chapter_line_is_text_not_a_part() {
    let text = "关于巡察整改进展情况的通报\n\
        一、巡察反馈问题整改情况\n\
        （一）内部控制制度不健全的问题。\n\
        一是修订《财务管理办法》，新增内控条款12条。\n\
        第三章专门规定了重大支出集体决策程序\n\
        二是开展内控制度执行情况检查2次。\n\
        （二）资产管理不规范的问题。\n\
        一是清查固定资产，补登资产卡片36张。\n\
        二、下一步工作打算\n\
        第一部分的整改成果将纳入年度考核\n";
    let r = convert(text);
    assert!(r.walk().all(|n| !n.label.starts_with('第')), "a part");
    let labels: Vec<&str> = r
        .walk()
        .filter(|n| n.kind == NodeKind::Problem)
        .map(|n| n.label.as_str())
        .collect();
    assert_eq!(labels, ["（一）", "（二）"]);
    let measures: Vec<&str> = find(&r, "（一）")
        .children
        .iter()
        .map(|c| c.label.as_str())
        .collect();
    assert_eq!(measures, ["一是", "二是"]);
    assert!(find(&r, "一是").body.starts_with("第三章专门"));
    common::assert_accounted(text, &r);

    // Parts in sequence keep their shape, a stray `第三章` inside them too.
    let text = "关于审计查出问题整改情况的报告\n\
        第一部分　审计整改总体情况\n\
        审计查出的3个问题已整改2个。\n\
        第二部分　审计查出问题的整改情况\n\
        一、预算执行不严格的问题\n\
        一是收回结余资金。\n\
        第三章明确了结余资金的收回程序\n\
        二、专项资金闲置的问题\n\
        一是统筹使用闲置资金。\n\
        第三部分　下一步工作安排\n\
        一、持续跟踪整改。\n";
    let r = convert(text);
    let parts: Vec<&str> = r
        .nodes
        .iter()
        .filter(|n| !n.label.is_empty())
        .map(|n| n.label.as_str())
        .collect();
    assert_eq!(parts, ["第一部分", "第二部分", "第三部分"]);
    assert!(find(&r, "一是").body.starts_with("第三章明确"));
    common::assert_accounted(text, &r);
}

const SAMPLES: &[&str] = &[
    "reused-numbering-two-depths",
    "supervision-closing-counts",
    "audit-space-table",
    "portal-attachments-related",
    "supervision-findings-only",
    "audit-speech-glued-labels",
    "county-inspection-deadlines-ahead",
];

fn sample(name: &str) -> Report {
    convert(&common::notice_sample(name))
}

#[test]
fn every_sample_accounts_for_every_character_and_loads() {
    common::assert_samples_accounted_and_load(SAMPLES);
}

/// `（一）…方面` › `（一）…` › `1.…`: the numbering `（一）` is reused one
/// level deeper right under a grouping heading; a later `（二）…方面`
/// continues the outer numbering, `（二）…` the inner one.
#[test]
fn numbering_reused_at_two_depths_nests() {
    let r = sample("reused-numbering-two-depths");
    let s2 = r.nodes.iter().find(|n| n.label == "二、").unwrap();
    let areas: Vec<(NodeKind, &str, usize)> = s2
        .children
        .iter()
        .map(|a| (a.kind, a.label.as_str(), a.children.len()))
        .collect();
    use NodeKind::FocusArea;
    assert_eq!(
        areas,
        [
            (FocusArea, "（一）", 2),
            (FocusArea, "（二）", 2),
            (FocusArea, "（三）", 1)
        ]
    );
    let p = problems(&r);
    assert_eq!(p.len(), 5, "{p:?}");
    // Each problem states a shortcoming over `1.` `2.` actions: its measures.
    for n in r.walk().filter(|n| n.kind == NodeKind::Problem) {
        let kinds: Vec<NodeKind> = n.children.iter().map(|c| c.kind).collect();
        assert_eq!(kinds, [NodeKind::Measure; 2], "{}", n.id);
    }
    use Status::*;
    let statuses: Vec<Status> = p.iter().map(|x| x.1).collect();
    assert_eq!(statuses, [Done, InProgress, Done, Done, InProgress]);
    // `部分村仍在清理` is work in progress.
    assert_eq!(p[4].4, "仍在");
    let st = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (st.total, st.done, st.in_progress),
        (Some(5), Some(3), Some(2))
    );
}

/// A 督查 bulletin: `二、督查中看到的短板` (no 整改 keyword) › `（一）…层面`
/// › `1.` problems, one of them over `（1）` `（2）` actions (its measures,
/// not problems), one `1.` glued to a figure (`1.3个乡镇…`), and the counts
/// in a closing paragraph after the plan section.
#[test]
fn a_bulletins_problems_under_groups_with_counts_at_the_end() {
    let r = sample("supervision-closing-counts");
    assert_eq!(r.meta.issuer.as_deref(), Some("汾阳市安全生产委员会办公室"));
    let s2 = r.nodes.iter().find(|n| n.label == "二、").unwrap();
    let areas: Vec<(NodeKind, usize)> = s2
        .children
        .iter()
        .map(|a| (a.kind, a.children.len()))
        .collect();
    use NodeKind::FocusArea;
    assert_eq!(areas, [(FocusArea, 2), (FocusArea, 3), (FocusArea, 2)]);
    let p = problems(&r);
    let labels: Vec<&str> = p.iter().map(|x| x.0.as_str()).collect();
    assert_eq!(labels, ["1.", "2.", "1.", "2.", "3.", "1.", "2."]);
    let wire = &s2.children[1].children[0];
    assert!(wire.title.contains("飞线充电"));
    let kinds: Vec<NodeKind> = wire.children.iter().map(|c| c.kind).collect();
    assert_eq!(kinds, [NodeKind::Measure; 2]);
    assert_eq!(wire.status, Some(Status::InProgress));
    let glued = &s2.children[2].children[0];
    assert_eq!(glued.label, "1.");
    assert!(glued.title.starts_with("3个乡镇应急物资储备不足"));
    let st = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (st.total, st.done, st.in_progress),
        (Some(7), Some(5), Some(2))
    );
    use Status::*;
    let statuses: Vec<Status> = p.iter().map(|x| x.1).collect();
    assert_eq!(
        statuses,
        [Done, Done, InProgress, Done, Done, Done, InProgress]
    );
}

/// An audit report whose problems are rows of a table copied with
/// ideographic spaces between the cells (`序号　问题　整改情况`): its header
/// names a ledger's columns, so the rows are read as a ledger's, under the
/// heading the table follows; each row is a problem, its 整改情况 cell its
/// report.
#[test]
fn rows_of_a_space_separated_table_are_the_problems() {
    let r = sample("audit-space-table");
    let s2 = r.nodes.iter().find(|n| n.label == "二、").unwrap();
    assert_eq!(s2.id, "s2");
    let header: Vec<&str> = r
        .skipped
        .iter()
        .filter(|s| s.reason == "表头")
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(header, ["序号", "问题", "整改情况"]);
    let p = problems(&r);
    let labels: Vec<&str> = p.iter().map(|x| x.0.as_str()).collect();
    assert_eq!(labels, ["1", "2", "3", "4"]);
    use Status::*;
    let statuses: Vec<(Status, String)> = p.iter().map(|x| (x.1, x.4.clone())).collect();
    assert_eq!(
        statuses,
        [
            (Done, "整改完毕".into()),
            (Done, "完成整改".into()),
            (Done, "完成整改".into()),
            (InProgress, "正在".into())
        ]
    );
    let row = &s2.children[0];
    assert_eq!(row.id, "s2-p1");
    assert_eq!(row.title, "部分农业项目资金结余未及时上缴，金额44.5万元");
    assert_eq!(row.body, "已将结余资金44.5万元上缴县财政，整改完毕。");
    let st = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (st.total, st.done, st.in_progress),
        (Some(4), Some(3), Some(1))
    );
}

/// A portal page: chrome above, and below the signature an attachment
/// list and a block of related articles holding another notice's title and
/// a summary with counts. The attachments are skipped as such (not items of
/// the last section), the related block is chrome (its counts are no
/// candidate), and the signature is found above them.
#[test]
fn attachments_and_related_articles_below_a_notice() {
    let r = sample("portal-attachments-related");
    assert_eq!(
        r.meta.title,
        "中共白石区卫生健康局党组关于区委巡察反馈意见整改进展情况的通报"
    );
    let reasons = |reason: &str| -> Vec<u32> {
        r.skipped
            .iter()
            .filter(|s| s.reason == reason)
            .map(|s| s.line)
            .collect()
    };
    assert_eq!(reasons("附件"), [45, 46, 47]);
    assert_eq!(reasons("落款"), [42, 43]);
    assert!(reasons("页面导航").contains(&52), "the related summary");
    let s3 = r.nodes.iter().find(|n| n.label == "三、").unwrap();
    assert!(s3.children.is_empty());
    let st = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (st.total, st.done, st.in_progress),
        (Some(8), Some(6), Some(2))
    );
    assert!(st.candidates.is_empty());
}

/// Siblings of one style are one level: `（二）…有短板` over `1.` `2.`
/// problems (their titles hold no shortcoming word the converter knows)
/// groups problems like its siblings `（一）` and `（三）`, not a problem
/// whose problems are measures.
#[test]
fn a_sibling_of_groups_groups_too() {
    let r = sample("portal-attachments-related");
    let s2 = r.nodes.iter().find(|n| n.label == "二、").unwrap();
    let areas: Vec<(NodeKind, usize)> = s2
        .children
        .iter()
        .map(|a| (a.kind, a.children.len()))
        .collect();
    use NodeKind::FocusArea;
    assert_eq!(areas, [(FocusArea, 3), (FocusArea, 2), (FocusArea, 3)]);
    use Status::*;
    let statuses: Vec<Status> = problems(&r).iter().map(|x| x.1).collect();
    assert_eq!(
        statuses,
        [Done, Done, InProgress, Done, Done, Done, InProgress, Done]
    );
}

/// A 督查 bulletin that lists the problems it found by district and
/// demands their rectification (`三、整改要求`), with no progress on any of
/// them: the problems are open, not reported as rectified.
#[test]
fn findings_without_any_progress_are_not_started() {
    let r = sample("supervision-findings-only");
    let p = problems(&r);
    assert_eq!(p.len(), 6);
    for (label, status, basis, rule, _) in &p {
        assert_eq!(
            (*status, *basis, rule.as_str()),
            (
                Status::NotStarted,
                StatusBasis::Inferred,
                "findings_without_progress"
            ),
            "{label}"
        );
    }
    // One problem with progress makes it a progress notice again: bare
    // problems beside it are reported as taken.
    // A district's name over its problems groups them (they are no
    // measures, though their titles hold no shortcoming word).
    let text = "关于督查情况的通报\n一、督查发现的问题\n（一）东城区\n1.某市场占道经营。\n2.某小区设施损坏。目前已完成整改。\n（二）西城区\n1.某路段单车乱停。\n";
    let got: Vec<(String, Status)> = problems(&convert(text))
        .into_iter()
        .map(|x| (x.0, x.1))
        .collect();
    let want = [
        ("1.", Status::Done),
        ("2.", Status::Done),
        ("1.", Status::Done),
    ];
    let want: Vec<(String, Status)> = want.iter().map(|(l, s)| (l.to_string(), *s)).collect();
    assert_eq!(got, want);
}

/// An audit report given as a speech: the address that opens it
/// (`主任、各位副主任、秘书长、各位委员：`) is the preamble's, not the
/// closing (the closing address names the same audience); its section of
/// problems has no 问题 keyword (`审计指出事项的具体处理情况`); two `N.`
/// labels glued to figures in a row (`1.3个部门…`, `2.2个部门…`) are items
/// 1 and 2; the report-wide totals beat the groups' subtotals.
#[test]
fn an_audit_speech_with_glued_labels_in_a_row() {
    let r = sample("audit-speech-glued-labels");
    let pre = r
        .nodes
        .iter()
        .find(|n| n.kind == NodeKind::Preamble)
        .unwrap();
    assert!(pre.body.contains("受市人民政府委托"), "{}", pre.body);
    let closing = r
        .nodes
        .iter()
        .find(|n| n.kind == NodeKind::Closing)
        .unwrap();
    assert!(closing
        .body
        .starts_with("主任、各位副主任、秘书长、各位委员，市政府"));
    let p = problems(&r);
    assert_eq!(p.len(), 11);
    let s2 = r.nodes.iter().find(|n| n.label == "二、").unwrap();
    let titles: Vec<&str> = s2.children[1]
        .children
        .iter()
        .map(|c| c.title.as_str())
        .collect();
    assert!(titles[0].starts_with("3个部门超范围发放"), "{titles:?}");
    assert!(titles[1].starts_with("2个部门公务接待费"), "{titles:?}");
    assert_eq!(titles.len(), 4);
    let st = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (st.total, st.done, st.in_progress),
        (Some(11), Some(9), Some(2))
    );
    let counted = |s: Status| p.iter().filter(|x| x.1 == s).count();
    assert_eq!((counted(Status::Done), counted(Status::InProgress)), (9, 2));
}

/// A problem's closing statement of its state after its measures that
/// says the work goes on (`目前，该问题已初步整改，将持续推进。`,
/// `该问题需长期坚持。`) is the problem's, and states it open.
#[test]
fn a_closing_statement_that_the_work_goes_on() {
    let text = "关于巡察整改进展情况的通报\n\
        一、巡察反馈问题整改情况\n\
        （一）食堂采购管理不规范的问题。\n\
        一是修订食堂采购管理办法。\n\
        二是实行食材询价比价，每月公示采购价格。\n\
        目前，该问题已初步整改，将持续推进。\n\
        （二）公务用车管理不严格的问题。\n\
        一是建立车辆使用登记台账。\n\
        二是安装车载定位系统12台。\n\
        该问题需长期坚持。\n";
    let r = convert(text);
    use Status::*;
    let got: Vec<(Status, String, String)> = problems(&r)
        .into_iter()
        .map(|(_, s, _, rule, phrase)| (s, rule, phrase))
        .collect();
    let want = [
        (InProgress, "in_progress_phrase", "初步整改"),
        (LongTerm, "report_long_term", "该问题需长期坚持"),
    ];
    let want: Vec<(Status, String, String)> = want
        .iter()
        .map(|(s, r, p)| (*s, r.to_string(), p.to_string()))
        .collect();
    assert_eq!(got, want);
    assert!(find(&r, "二是").body.is_empty());
    common::assert_accounted(text, &r);
}

/// Reports keyed `完成情况：`, `进展情况：` after a `整改措施：` paragraph are
/// the problem's reports, as `整改情况：` is, not text of its measure.
#[test]
fn other_report_keys_after_a_measures_paragraph() {
    let text = "关于省委巡视反馈意见整改落实情况的通报\n\
        一、巡视反馈意见整改情况\n\
        （一）重大项目推进缓慢。\n\
        整改措施：成立项目专班，实行周调度。\n\
        完成情况：需长期坚持，持续推进。\n\
        （二）干部培训针对性不强。\n\
        整改措施：修订年度培训计划，开设专题班4期。\n\
        【进展情况】已初步整改，将持续推进。\n\
        （三）财务报销审核不严。\n\
        整改措施：上线报销审核系统。\n\
        完成情况：已完成。\n";
    let r = convert(text);
    use Status::*;
    let got: Vec<(Status, String)> = problems(&r)
        .into_iter()
        .map(|(_, s, _, rule, _)| (s, rule))
        .collect();
    let want = [
        (LongTerm, "report_long_term"),
        (InProgress, "in_progress_phrase"),
        (Done, "done_phrase"),
    ];
    let want: Vec<(Status, String)> = want.iter().map(|(s, r)| (*s, r.to_string())).collect();
    assert_eq!(got, want);
    for m in r.walk().filter(|n| n.kind == NodeKind::Measure) {
        assert!(m.body.is_empty(), "{}: {}", m.id, m.body);
    }
    common::assert_accounted(text, &r);
}

/// A portal page around an inspection notice whose problems report in one
/// `整改情况：` paragraph each: work that is still being set up
/// (`尚在建立中`, `计划于…前完成`) is open, the report-wide count (not the `以上第（一）方面` subtotal) is
/// the stated total, and the counts then agree with it.
#[test]
fn work_still_being_set_up_is_open() {
    let r = sample("county-inspection-deadlines-ahead");
    assert_eq!(
        r.meta.title,
        "某县卫生健康局关于县委第三巡察组巡察反馈意见整改情况的通报"
    );
    let got: Vec<Status> = problems(&r).into_iter().map(|p| p.1).collect();
    use Status::*;
    assert_eq!(
        got,
        [Done, Done, InProgress, Done, LongTerm, Done, Done, InProgress]
    );
    let s = rectify_core::stats::Summary::of(&r);
    let stated = r.stated_totals.as_ref().unwrap();
    assert_eq!(stated.done, Some(s.problems.done as u32));
    assert_eq!(stated.total, Some(s.problems.total() as u32));
}

/// `1.…方面的问题` › `（1）关于…的问题。整改情况：…`: a heading whose own
/// title ends in 问题 but whose children each name a problem and report
/// on it groups them (a focus area), numbered on across the groups.
#[test]
fn a_heading_over_problems_that_report_groups_them() {
    let text = "某市水务局关于巡察整改进展情况的通报\n\
        截至2025年10月底，整改工作有序推进。\n\
        1.防汛基础设施方面的问题\n\
        （1）关于排涝泵站维护不及时的问题。整改情况：已完成12座泵站检修。\n\
        （2）关于河道清淤滞后的问题。整改情况：正在组织清淤，预计年底完成。\n\
        2.资金管理方面的问题\n\
        （3）关于水资源费征收不足额的问题。整改情况：已追缴38.6万元，整改完毕。\n\
        （4）关于项目结余资金未及时清理的问题。整改情况：已全部清理上缴。\n";
    let r = convert(text);
    let areas: Vec<&str> = r
        .walk()
        .filter(|n| n.kind == NodeKind::FocusArea)
        .map(|n| n.label.as_str())
        .collect();
    assert_eq!(areas, ["1.", "2."]);
    let got: Vec<(String, Status)> = problems(&r).into_iter().map(|p| (p.0, p.1)).collect();
    use Status::*;
    let want = [
        ("（1）", Done),
        ("（2）", InProgress),
        ("（3）", Done),
        ("（4）", Done),
    ];
    assert_eq!(got, want.map(|(l, s)| (l.to_string(), s)).to_vec());
    common::assert_accounted(text, &r);
}

/// A keyed report that only states the long term (`整改情况：该问题需长期
/// 坚持，持续推进。`) after the last problem of a group reports on that
/// problem; it does not make the group (`（二）资产管理方面`) a problem.
#[test]
fn a_short_keyed_report_stays_with_its_problem() {
    let text = "某县农业农村局关于审计发现问题整改情况的公告\n\
        一、审计发现问题的整改情况\n\
        （一）预算管理方面\n\
        1.部分项目预算编制不够精细。\n\
        整改情况：已修订项目预算编制规程，已完成整改。\n\
        2.专项资金拨付进度滞后。\n\
        整改情况：已拨付资金186万元，剩余资金尚在履行审批程序。\n\
        （二）资产管理方面\n\
        3.固定资产账实不符。\n\
        整改情况：补登资产卡片58张，已完成整改。\n\
        4.部分闲置房产未及时盘活。\n\
        整改情况：该问题需长期坚持，持续推进。\n";
    let r = convert(text);
    let got: Vec<(String, Status)> = problems(&r).into_iter().map(|p| (p.0, p.1)).collect();
    use Status::*;
    let want = [
        ("1.", Done),
        ("2.", InProgress),
        ("3.", Done),
        ("4.", LongTerm),
    ];
    assert_eq!(got, want.map(|(l, s)| (l.to_string(), s)).to_vec());
    assert_eq!(find(&r, "（二）").kind, NodeKind::FocusArea);
}
