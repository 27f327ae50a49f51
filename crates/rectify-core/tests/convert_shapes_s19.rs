//! The converter on long-term work in a notice's count, on keys printed on
//! a problem's own line, on references to a problem by its number, on the
//! issuer of a report given at a meeting, and on invented notices of
//! shapes the other samples do not have (session 19). Every notice is
//! checked for lost text.

mod common;

use common::convert;

use rectify_core::model::{Node, NodeKind, Report, Status, StatusBasis};
use rectify_core::stats::{stated_vs_counted, Summary};

use common::problem_rows as problems;

fn statuses(r: &Report) -> Vec<Status> {
    problems(r).into_iter().map(|p| p.1).collect()
}

fn kids(n: &Node) -> Vec<(NodeKind, &str)> {
    n.children
        .iter()
        .map(|c| (c.kind, c.label.as_str()))
        .collect()
}

fn problem_nodes(r: &Report) -> Vec<&Node> {
    r.walk().filter(|n| n.kind == NodeKind::Problem).collect()
}

/// A notice without a long-term class in its count (`已整改完成8个，其余3个
/// 正在按时序推进`) counts a problem due `长期坚持` whose report goes on
/// among the ones still being pushed: its count agrees with ours once the
/// long-term problem is counted with them, and the problem stays
/// long-term (its report says so). A notice that counts long-term work
/// on its own keeps the two apart.
#[test]
fn long_term_work_counts_as_going_on_when_the_notice_has_no_such_class() {
    let notice = |count: &str| {
        format!(
            "中共某镇委员会关于巡察反馈意见整改进展情况的通报\n\
             巡察反馈的4个问题，{count}\n\
             问题一：对村级小微权力监督不够有力\n\
             整改措施：制定村级小微权力清单。\n\
             整改时限：长期坚持\n\
             整改进展：已制定权力清单36项，持续推进。\n\
             问题二：公务用车管理不规范\n\
             整改措施：完善用车登记制度。\n\
             整改进展：已完成。\n\
             问题三：流动党员管理存在盲区\n\
             整改措施：建立流动党员信息台账。\n\
             整改进展：已完成。\n\
             问题四：年轻干部培养梯队不完善\n\
             整改措施：制定年轻干部培养计划。\n\
             整改进展：首批8名年轻干部轮岗交流正在进行中。\n"
        )
    };
    let r = convert(&notice("目前已整改完成2个，其余2个正在按时序推进。"));
    use Status::*;
    assert_eq!(statuses(&r), [LongTerm, Done, Done, InProgress]);
    let st = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (st.total, st.done, st.in_progress, st.long_term),
        (Some(4), Some(2), Some(2), None)
    );
    let differs = stated_vs_counted(&r, &Summary::of(&r));
    assert!(differs.is_empty(), "{differs:?}");
    // Counted apart, they stay apart: 1 going on, 1 long-term.
    let apart = convert(&notice("已完成2个，正在推进1个，需长期坚持整改1个。"));
    let st = apart.stated_totals.as_ref().unwrap();
    assert_eq!((st.in_progress, st.long_term), (Some(1), Some(1)));
    assert!(stated_vs_counted(&apart, &Summary::of(&apart)).is_empty());
    // A count of 3 going on beside one long-term problem and one going on
    // is a real disagreement, and is shown.
    let more = convert(&notice("已完成1个，其余3个正在推进。"));
    let fields: Vec<&str> = stated_vs_counted(&more, &Summary::of(&more))
        .iter()
        .map(|c| c.field.key())
        .collect();
    assert_eq!(fields, ["done", "in_progress"]);
}

/// `整改措施：…` and `整改情况：…` printed on the problem's own line, after
/// its statement, are its measure and its report, as on lines of their
/// own: the measure a node of the problem, the report in the problem's
/// body, not the measure's.
#[test]
fn keys_on_the_problems_own_line() {
    let text = "某区教育局关于区委巡察反馈意见整改进展情况的通报\n\
        一、强化政治引领\n\
        （一）党组织领导作用发挥不充分。整改措施：修订党组会议事规则，明确事项清单。整改结果：已完成，修订规则1项。\n\
        （二）意识形态工作责任制落实有差距。 整改措施：召开专题会议2次，开展风险排查。整改结果：正在推进，计划于2026年6月底前完成。\n\
        二、规范资金管理\n\
        （一）校舍维修资金拨付滞后。【整改措施】建立资金拨付台账，每月通报进度。【整改情况】已拨付资金380万元，完成整改。\n\
        （二）食堂财务管理不规范。整改情况：已开展专项审计，完成整改。\n";
    let r = convert(text);
    let p = problem_nodes(&r);
    assert_eq!(p.len(), 4);
    for (n, measured) in p.iter().zip([true, true, true, false]) {
        let want: Vec<(NodeKind, &str)> = if measured {
            let label = if n.id.starts_with("s2-p1") {
                "【整改措施】"
            } else {
                "整改措施："
            };
            vec![(NodeKind::Measure, label)]
        } else {
            vec![]
        };
        assert_eq!(kids(n), want, "{}", n.id);
        assert!(!n.body.contains("整改措施"), "{}: {}", n.id, n.body);
    }
    // The report is the problem's, not the measure's.
    assert!(p[0].children[0].body.is_empty(), "{:?}", p[0].children[0]);
    assert!(p[0].body.starts_with("整改结果："), "{}", p[0].body);
    use Status::*;
    assert_eq!(statuses(&r), [Done, InProgress, Done, Done]);
    assert_eq!(p[1].deadline.as_deref(), Some("2026-06-30"));
    common::assert_accounted(text, &r);
}

/// A report on problems listed inside a paragraph that names them
/// `第①项…` or `问题②…` goes to each problem, as `①…` and `针对问题①，…`
/// do; a list numbered `（1）…；（2）…` is read the same way, its report
/// naming `第（1）项`.
#[test]
fn a_report_names_the_listed_problems_by_number() {
    let text = "某县民政局关于巡察反馈问题整改情况的通报\n\
        一、巡察反馈问题整改情况\n\
        （一）社会救助管理方面\n\
        巡察指出：①低保动态管理不及时；②临时救助审批时限过长；③特困人员供养资金发放不规范。整改情况：第①项，已完成低保对象复核1260户，完成整改；问题②，正在修订临时救助审批办法；第③项，已完成整改。\n\
        （二）养老服务方面\n\
        巡察发现：（1）养老机构消防隐患整改不彻底；（2）居家养老服务补贴发放滞后。整改情况：第（1）项，已完成整改；第（2）项，正在核发补贴。\n";
    let r = convert(text);
    let rows: Vec<(String, Status)> = problems(&r).into_iter().map(|p| (p.0, p.1)).collect();
    use Status::*;
    let want = [
        ("①", Done),
        ("②", InProgress),
        ("③", Done),
        ("（1）", Done),
        ("（2）", InProgress),
    ];
    let want: Vec<(String, Status)> = want.iter().map(|(l, s)| (l.to_string(), *s)).collect();
    assert_eq!(rows, want);
    let p = problem_nodes(&r);
    assert!(p[1].body.starts_with("问题②"), "{}", p[1].body);
    assert!(p[4].body.starts_with("第（2）项"), "{}", p[4].body);
    common::assert_accounted(text, &r);
}

/// A problem whose report only points to another problem (`整改情况：与问题1
/// 一并整改。`, `同第（一）项`) shares that problem's state; a report that
/// says more than the reference is read on its own words.
#[test]
fn a_report_that_points_to_another_problem_shares_its_state() {
    let text = "某县水利局关于巡察反馈问题整改情况的通报\n\
        一、巡察反馈问题整改情况\n\
        （一）农村饮水工程管护不到位的问题。\n\
        整改情况：正在对12处工程开展维修，计划于2026年5月底前完成。\n\
        （二）水费收缴不规范的问题。\n\
        整改情况：已完成整改。\n\
        （三）小型水库巡查记录不全的问题。\n\
        整改情况：与问题（一）一并整改。\n\
        （四）河道采砂监管存在漏洞的问题。\n\
        整改情况：同第（二）项。\n\
        （五）防汛物资储备不足的问题。\n\
        整改情况：参照问题（二）做法，已补充储备物资，完成整改。\n";
    let r = convert(text);
    let p = problems(&r);
    use Status::*;
    assert_eq!(
        p.iter().map(|x| x.1).collect::<Vec<_>>(),
        [InProgress, Done, InProgress, Done, Done]
    );
    assert_eq!(
        (p[2].2, p[2].3.as_str(), p[2].4.as_str()),
        (
            StatusBasis::Inferred,
            "same_as_referenced",
            "与问题（一）一并整改"
        )
    );
    assert_eq!(p[3].4, "同第（二）项");
    assert_eq!(p[4].3, "done_phrase");
    common::assert_accounted(text, &r);
}

/// A report given at a meeting `受县人民政府委托` is the government's
/// report, delivered by the audit office's head: the issuer is the
/// government, as the title names it when it does; without such words
/// the speaker's organisation.
#[test]
fn a_speech_on_behalf_of_the_government_is_the_governments() {
    let speech = |title: &str, mandate: &str| {
        format!(
            "{title}\n\
             ——2026年6月24日在青川县第十届人民代表大会常务委员会第三十一次会议上\n\
             县审计局局长　赵某某\n\
             主任、各位副主任、各位委员：\n\
             {mandate}现将2025年度县级预算执行审计查出问题的整改情况报告如下，请予审议。\n\
             一、审计查出问题的整改情况\n\
             （一）预算编制不细化的问题。整改情况：已细化到具体项目，完成整改。\n\
             （二）专项资金闲置的问题。整改情况：已收回资金120万元，完成整改。\n"
        )
    };
    let plain = "关于2025年度县级预算执行审计查出问题整改情况的报告";
    let r = convert(&speech(plain, "受县人民政府委托，"));
    assert_eq!(r.meta.issuer.as_deref(), Some("县人民政府"));
    let titled = "青川县人民政府关于2025年度县级预算执行审计查出问题整改情况的报告";
    let r = convert(&speech(titled, "受县人民政府委托，"));
    assert_eq!(r.meta.issuer.as_deref(), Some("青川县人民政府"));
    // The audit office reporting its own work: the speaker's organisation.
    let own = speech(plain, "");
    let r = convert(&own);
    assert_eq!(r.meta.issuer.as_deref(), Some("县审计局"));
    common::assert_accounted(&own, &r);
}

const SAMPLES: &[&str] = &[
    "portal-one-line",
    "status-tags-inline-measures",
    "supervision-praise-and-criticism",
    "hospital-appendix-summary-table",
    "college-levels-differ-by-section",
];

fn sample(name: &str) -> Report {
    convert(&common::notice_sample(name))
}

#[test]
fn every_sample_accounts_for_every_character_and_loads() {
    common::assert_samples_accounted_and_load(SAMPLES);
}

/// A portal copy that lost its line breaks: the whole notice on one line,
/// its lines joined with spaces. The line is cut back at the joins and at
/// the numbering, so the breadcrumb, the publication line and the
/// signature are skipped, the title found, and the sections, focus areas
/// and problems (with their inline measures and reports) read as usual.
#[test]
fn a_notice_on_one_line() {
    let text = common::notice_sample("portal-one-line");
    assert_eq!(
        common::lines(&text)
            .iter()
            .filter(|l| !l.trim().is_empty())
            .count(),
        1
    );
    let r = convert(&text);
    assert_eq!(
        r.meta.title,
        "中共白石镇委员会关于县委第二轮巡察反馈问题整改进展情况的通报"
    );
    assert_eq!(r.meta.issuer.as_deref(), Some("中共白石镇委员会"));
    assert_eq!(r.meta.published.as_deref(), Some("2026-04-09"));
    let reasons: Vec<&str> = r.skipped.iter().map(|s| s.reason.as_str()).collect();
    assert_eq!(reasons, ["页面导航", "发布信息", "落款", "落款"]);
    let areas: Vec<(NodeKind, usize)> = r.nodes[2]
        .children
        .iter()
        .map(|a| (a.kind, a.children.len()))
        .collect();
    assert_eq!(areas, [(NodeKind::FocusArea, 3); 3]);
    use Status::*;
    assert_eq!(
        statuses(&r),
        [Done, InProgress, Done, Done, Done, Done, InProgress, Done, Done]
    );
    let p = problem_nodes(&r);
    assert_eq!(kids(p[0]), [(NodeKind::Measure, "整改措施：")]);
    assert_eq!(p[1].deadline.as_deref(), Some("2026-06-30"));
    let st = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (st.total, st.done, st.in_progress),
        (Some(9), Some(7), Some(2))
    );
    assert!(stated_vs_counted(&r, &Summary::of(&r)).is_empty());
    assert_eq!(r.nodes.last().unwrap().kind, NodeKind::Closing);
    // Joined with nothing at all, the numbering alone still cuts it: a
    // label glued to the heading before it continues its style's
    // numbering (`…情况（一）…方面1.耕地…`).
    let start = text.find("二、").unwrap();
    let end = text.find("三、").unwrap();
    let glued = format!(
        "{}{}{}",
        &text[..start],
        text[start..end].replace(' ', ""),
        &text[end..]
    );
    let r = convert(&glued);
    assert_eq!(
        statuses(&r),
        [Done, InProgress, Done, Done, Done, Done, InProgress, Done, Done]
    );
    let labels: Vec<String> = problems(&r).into_iter().map(|p| p.0).collect();
    assert_eq!(labels, ["1.", "2.", "3."].repeat(3));
    common::assert_accounted(&glued, &r);
}

/// A focus area whose heading carries its count in brackets (`（三）全面从严
/// 治党不力方面（2个问题，已完成1个，正在整改1个）`) groups problems, though
/// its name holds a shortcoming word (`不力`); a paragraph that opens with
/// the contact (`联系方式：…`) is the closing, not the last item's text.
#[test]
fn a_focus_area_heading_with_its_count() {
    let text = "中共某县卫健局委员会关于县委巡察反馈意见整改进展情况的通报\n\
        一、具体问题整改情况\n\
        （一）党的领导弱化方面（2个问题，已完成2个）\n\
        1.落实医改政策督导不够有力。\n\
        整改情况：已开展督导12次，完成整改。\n\
        2.意识形态工作责任制落实不够。\n\
        整改情况：已修订责任清单，完成整改。\n\
        （二）全面从严治党不力方面（2个问题，已完成1个，正在整改1个）\n\
        1.药品采购监管存在漏洞。\n\
        整改情况：已开展专项审计，追回资金6.8万元。\n\
        2.医生招聘中存在把关不严问题。\n\
        整改情况：正在修订招聘工作规程。\n\
        二、下一步工作\n\
        （一）巩固整改成果，防止问题反弹。\n\
        联系方式：电话0591-22334455，邮箱wjj@example.gov.cn。\n";
    let r = convert(text);
    let areas: Vec<(NodeKind, usize)> = r.nodes[0]
        .children
        .iter()
        .map(|a| (a.kind, a.children.len()))
        .collect();
    assert_eq!(areas, [(NodeKind::FocusArea, 2); 2]);
    use Status::*;
    assert_eq!(statuses(&r), [Done, Done, Done, InProgress]);
    let closing = r.nodes.last().unwrap();
    assert_eq!(closing.kind, NodeKind::Closing);
    assert!(closing.body.starts_with("联系方式"));
    assert_eq!(
        r.meta.contact.as_ref().unwrap().phone.as_deref(),
        Some("0591-22334455")
    );
    common::assert_accounted(text, &r);
}

/// Problems whose titles end with their state (`…监管不严【已完成】`,
/// `…不规范（已整改到位）`, `…薄弱——持续推进中`, `【正在整改】`), their
/// measures listed `一是…；二是…` inside a paragraph, and the count after
/// the last problem (`截至目前，巡察反馈的5个问题已完成3个，其余2个正在按
/// 计划推进。`): the tags state each problem's state, and the count is the
/// report's totals in the closing, not the last measure's text (whose
/// `正在` made the last problem, tagged `【已完成】`, in progress).
#[test]
fn status_tags_at_the_end_of_titles() {
    let r = sample("status-tags-inline-measures");
    let rows: Vec<(Status, StatusBasis, String, String)> = problems(&r)
        .into_iter()
        .map(|p| (p.1, p.2, p.3, p.4))
        .collect();
    use Status::*;
    use StatusBasis::Stated;
    let want = [
        (Done, Stated, "done_phrase", "已完成"),
        (Done, Stated, "done_phrase", "已整改到位"),
        (InProgress, Stated, "in_progress_phrase", "推进中"),
        (InProgress, Stated, "in_progress_phrase", "正在"),
        (Done, Stated, "done_phrase", "已完成"),
    ];
    let want: Vec<(Status, StatusBasis, String, String)> = want
        .iter()
        .map(|(s, b, r, p)| (*s, *b, r.to_string(), p.to_string()))
        .collect();
    assert_eq!(rows, want);
    let st = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (st.total, st.done, st.in_progress),
        (Some(5), Some(3), Some(2))
    );
    assert!(stated_vs_counted(&r, &Summary::of(&r)).is_empty());
    let closing = r.nodes.last().unwrap();
    assert!(closing.body.starts_with("截至目前"), "{}", closing.body);
    assert_eq!(r.meta.published.as_deref(), Some("2026-05-12"));
    // A dash inside a title that is no tag, and a bracket that is part of
    // the name, decide nothing.
    let text = "某局关于巡察整改情况的通报\n一、巡察反馈问题整改情况\n\
        （一）“放管服”改革——营商环境优化不到位的问题\n\
        一是开展营商环境评估，正在推进。\n\
        （二）落实《安全生产法》（2021年修正）不严格的问题\n\
        一是开展专项检查。\n";
    let r = convert(text);
    assert_eq!(statuses(&r), [InProgress, Done]);
    common::assert_accounted(text, &r);
}

/// A 督查通报 with a section praising good examples (`二、表扬的典型做法`:
/// items, never problems), a section of findings (`三、督查发现的主要问题` ›
/// `（一）…滞后。` …: each child states a shortcoming, so they are the
/// problems and the heading a section, not one problem with measures) and
/// a count in Chinese numerals with three classes (`共发现问题二十三个，已完成
/// 整改十五个、基本完成五个、持续整改三个`). The findings are open: not
/// started, or in progress where their own words say so (`…尚未完成`).
#[test]
fn a_bulletin_with_praise_and_findings() {
    let r = sample("supervision-praise-and-criticism");
    let tops: Vec<(NodeKind, Vec<NodeKind>)> = r
        .nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Section)
        .map(|n| (n.kind, n.children.iter().map(|c| c.kind).collect()))
        .collect();
    use NodeKind::*;
    assert_eq!(
        tops,
        [
            (Section, vec![]),
            (Section, vec![Item; 3]),
            (Section, vec![Problem; 4]),
            (Section, vec![Item; 2]),
        ]
    );
    use Status::*;
    assert_eq!(
        statuses(&r),
        [InProgress, NotStarted, NotStarted, InProgress]
    );
    let st = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (st.total, st.done, st.in_progress),
        (Some(23), Some(15), Some(8))
    );
    assert_eq!(r.meta.issuer.as_deref(), Some("河川市人民政府督查室"));
}

/// A notice with a summary table appended after the prose (`附件：…汇总表`,
/// one row per problem with its department, deadline and state), then the
/// signature: the rows are skipped as the attachment (the problems are
/// the prose's, never listed twice), each gives the problem it names the
/// owners and deadline the prose does not state, and the issuer and date
/// below the table are the signature (the date is when it was published).
#[test]
fn an_appended_summary_table_agrees_with_the_prose() {
    let r = sample("hospital-appendix-summary-table");
    let p = problem_nodes(&r);
    assert_eq!(p.len(), 5);
    let notes: Vec<(Vec<String>, Option<&str>)> = p
        .iter()
        .map(|n| (n.owners.clone(), n.deadline.as_deref()))
        .collect();
    let want = [
        ("党委办公室", "2026-01-31"),
        ("组织部", "2026-06-30"),
        ("采购中心", "2026-02-28"),
        ("财务部", "2026-01-31"),
        ("科研处", "2026-04-30"),
    ];
    let want: Vec<(Vec<String>, Option<&str>)> = want
        .iter()
        .map(|(o, d)| (vec![o.to_string()], Some(*d)))
        .collect();
    assert_eq!(notes, want);
    use Status::*;
    assert_eq!(statuses(&r), [Done, InProgress, Done, Done, InProgress]);
    let reasons: Vec<(u32, &str)> = common::skipped_reasons(&r);
    assert_eq!(reasons.iter().filter(|x| x.1 == "附件").count(), 7);
    assert_eq!(&reasons[7..], [(29, "落款"), (30, "落款")]);
    assert_eq!(r.meta.published.as_deref(), Some("2026-03-02"));
}

/// A college's notice with four levels (`一、`›`（一）`›`1.`›`（1）`) where
/// the problems sit at level 3 in one section (`（一）思想政治工作` ›
/// `1.…` › `（1）…`) and at level 2 in the others (`（一）招生录取监督不严。`
/// › `1.…`). A report after a problem's only measure (`1.专业设置与产业需求
/// 对接不紧。` › `（1）停招专业2个…。` › `整改进展：已完成。`) concludes the
/// statement above it, whatever words the statement uses, so the
/// statement is the problem, not a category over one-measure problems.
#[test]
fn problems_at_different_depths_per_section() {
    let r = sample("college-levels-differ-by-section");
    let p = problem_nodes(&r);
    let ids: Vec<&str> = p.iter().map(|n| n.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "s1-a1-p1", "s1-a1-p2", "s1-a2-p1", "s1-a2-p2", "s2-p1", "s2-p2", "s2-p3", "s2-p4",
            "s3-p1", "s3-p2", "s3-p3", "s3-p4"
        ]
    );
    for n in &p {
        assert!(
            n.children.iter().all(|c| c.kind == NodeKind::Measure) && !n.children.is_empty(),
            "{}",
            n.id
        );
    }
    assert!(stated_vs_counted(&r, &Summary::of(&r)).is_empty());
    use Status::*;
    assert_eq!(statuses(&r)[2..4], [Done, InProgress]);
    assert_eq!(p[3].deadline.as_deref(), Some("2026-09-30"));
}

/// A completion a report plans (`其余7个村正在推进，计划于2026年6月底前全部
/// 完成`) does not make the work under way done; a page number left from a
/// PDF (`— 2 —`) is page chrome, not the problem's text.
#[test]
fn a_planned_completion_and_a_page_number() {
    let text = "中共白沙镇委员会关于巡察反馈意见整改落实情况的报告\n\
        一、巡察反馈问题整改情况\n\
        （一）关于集体“三资”底数不清的问题\n\
        整改情况：已委托第三方机构开展清产核资，完成7个村，其余7个村正在推进，计划于2026年6月底前全部完成。\n\
        — 2 —\n\
        （二）关于村级财务管理不规范的问题\n\
        整改情况：已规范报账程序，仍有少部分凭证正在补正，均已整改完毕。\n";
    let r = convert(text);
    let p = problems(&r);
    assert_eq!(
        (p[0].1, p[0].3.as_str(), p[0].4.as_str()),
        (Status::InProgress, "in_progress_phrase", "正在")
    );
    // A completion reported after the phrase still wins.
    assert_eq!(p[1].1, Status::Done);
    assert_eq!(common::skipped_reasons(&r), [(5, "页码")]);
    assert!(!problem_nodes(&r)[0].body.contains('—'));
    common::assert_accounted(text, &r);
}

/// A stated rate with a decimal (`办结率41.7%`) is the fraction the digits
/// print (0.417), so the report's JSON loads back as the same report
/// (found by fuzzing: 41.7 / 100 read back as another number).
#[test]
fn a_decimal_rate_loads_back_unchanged() {
    let text = "某局关于督办情况的通报\n\
        截至2025年9月30日，共督办事项6件，已办结4件，正在办理2件，办结率41.7%。\n\
        一、督办事项办理情况\n\
        （一）甲问题。整改情况：已完成。\n";
    let r = convert(text);
    assert_eq!(
        r.stated_totals.as_ref().unwrap().completion_rate,
        Some(0.417)
    );
    let json = serde_json::to_string(&r).unwrap();
    assert_eq!(rectify_core::load::from_json_str(&json).unwrap(), r);
}
