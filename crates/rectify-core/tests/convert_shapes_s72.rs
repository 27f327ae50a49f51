//! Shapes met in session 72. Every notice here is my own, and each test
//! fails on the converter of the session's start (04f056d).

mod common;

use common::{assert_accounted, assert_states, convert, problems};
use rectify_core::model::{NodeKind, Status};

use Status::*;

/// Prose that sums up each area in a paragraph or two, then the problems
/// listed in a table appended after the signature below `附件：…清单`
/// (`序号⇥问题表现⇥…⇥完成情况`, category rows between): the problems are
/// the table's rows, not the prose's paragraphs nor its area headings.
#[test]
fn prose_that_sums_up_an_appended_table_of_the_problems() {
    let text = "\
中共青溪县文化旅游局党组关于巡察反馈意见整改进展情况的通报

一、整改工作总体情况
截至2025年10月底，县委巡察组反馈的2个方面5个问题，已完成整改3个，正在推进1个，需长期坚持1个。

二、主要问题整改情况
（一）关于贯彻落实上级决策部署方面
针对意识形态工作责任制落实不够到位的问题，局党组每半年专题研究一次意识形态工作，此项工作将长期坚持。
（二）关于全面从严治党方面
局党组修订财务管理办法，清退违规补助资金。专项资金绩效评价预计2025年12月底前完成。

三、下一步打算
持续巩固整改成果，对正在推进的事项紧盯时间节点。

中共青溪县文化旅游局党组
2025年11月17日

附件：巡察反馈问题整改任务清单

序号\t问题表现\t整改措施\t责任单位\t完成时限\t完成情况
一、贯彻落实上级决策部署方面
1\t理论学习中心组学习计划性不强\t制定年度学习计划\t局办公室\t2025年8月底\t已完成
2\t意识形态工作责任制落实不够到位\t每半年专题研究意识形态工作\t局办公室\t长期\t长期坚持
二、全面从严治党方面
3\t财务管理不规范，超范围发放补助\t清退违规发放补助资金\t财务股\t2025年9月底\t已完成
4\t公务接待审批手续不全\t修订公务接待管理规定\t局办公室\t2025年8月底\t已完成
5\t专项资金绩效评价缺位\t委托第三方开展绩效评价\t财务股\t2025年12月底\t正在推进
";
    let r = convert(text);
    assert_accounted(text, &r);
    let found = problems(&r);
    assert_eq!(found.len(), 5, "{:#?}", found);
    assert_states(
        &r,
        &[
            ("理论学习中心", Done),
            ("意识形态工作", LongTerm),
            ("财务管理不规", Done),
            ("公务接待审批", Done),
            ("专项资金绩效", InProgress),
        ],
    );
    let prose_area = rectify_core::model::Walk::over(&r.nodes)
        .find(|n| n.title.contains("关于全面从严治党方面"))
        .expect("the prose's area is kept as text");
    assert_ne!(prose_area.kind, NodeKind::Problem);
}

/// Two sources in one notice, each part opening with its own count, and
/// no count of them all: the report states no totals. The next steps'
/// `整改完成一个、销号一个` is how the work goes, not one problem done.
#[test]
fn two_sources_each_counted_apart_state_no_report_wide_totals() {
    let text = "\
中共青溪县住房和城乡建设局党组关于巡察反馈问题和审计发现问题整改情况的通报

一、巡察反馈问题整改情况
巡察反馈的2个方面3个问题，已完成整改2个，正在整改1个。
（一）关于党的领导方面
1.理论学习不够深入。整改情况：修订学习制度，已完成整改。
2.意识形态责任制落实不到位。整改情况：已完成整改。
（二）关于全面从严治党方面
1.工程项目监管不严。整改情况：正在修订监管办法，目前已完成征求意见，待党组会议审议。

二、审计发现问题整改情况
审计发现问题2个，已整改到位1个，1个正在整改。
1.公积金缴存不规范。整改情况：已补缴到位，已完成整改。
2.欠缴租金未及时催收。整改情况：正在催缴，已完成欠款台账梳理。

三、下一步工作打算
对正在整改的2个问题，严格按照时间节点推进，确保整改完成一个、销号一个。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 5);
    assert_eq!(r.stated_totals.as_ref().and_then(|t| t.done), None);
    assert_states(
        &r,
        &[
            ("理论学习不够", Done),
            ("意识形态责任", Done),
            ("工程项目监管", InProgress),
            ("公积金缴存不", Done),
            ("欠缴租金未及", InProgress),
        ],
    );
}

/// A page copied whole whose only title is the browser's page title, the
/// site's name after it (`…的通报_某某县人民政府`), over a breadcrumb keyed
/// in words of its own (`您当前的位置：`): the title without the site's
/// name, the breadcrumb page chrome.
#[test]
fn a_browser_page_title_with_the_sites_name() {
    let text = "\
关于县委第四巡察组反馈意见整改进展情况的通报_青溪县人民政府
首页 | 政务公开 | 政务服务 | 互动交流
您当前的位置：首页 > 政务公开 > 巡察整改
各股室、局属各单位：
现将巡察整改进展情况通报如下。截至2025年12月底，反馈的2个问题已完成整改1个，正在整改1个。
一、巡察反馈问题整改进展情况
1.学习制度执行不严格。
整改进展：已完成。修订学习制度。
2.档案管理不规范。
整改进展：正在整改，预计2026年3月底完成。
青溪县自然资源局党组
2026年1月10日
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(r.meta.title, "关于县委第四巡察组反馈意见整改进展情况的通报");
    let preamble = r.nodes.iter().find(|n| n.kind == NodeKind::Preamble);
    assert!(
        preamble.is_none_or(|p| !p.body.contains("您当前的位置")),
        "{preamble:#?}"
    );
    assert_eq!(problems(&r).len(), 2);
}

/// Each area one paragraph of findings brought in by `存在以下问题：` and
/// listed `一是…；二是…；三是…` (the clause naming the area's work,
/// `党建工作方面`), then a paragraph answering them as a whole
/// (`针对上述问题，…：(1)…；(2)…`) that names each by its number: the
/// findings are the problems, the `(1)` list their measures.
#[test]
fn findings_listed_inline_and_answered_together_by_number() {
    let text = "\
中共青溪县第二中学总支部委员会关于巡察反馈意见整改进展情况的通报

一、巡察反馈问题整改情况
（一）关于落实党建主体责任方面。巡察指出，学校在党建工作方面存在以下问题：一是党总支议事规则执行不严格，部分重大事项未经党总支会议研究；二是“三会一课”制度落实不到位，党员大会召开次数不足；三是党支部标准化建设滞后，党员活动室功能不全。
针对上述问题，学校党总支采取了以下整改措施：(1)修订党总支会议议事规则，明确前置研究事项清单；(2)制定“三会一课”年度计划，建立每季度检查制度；(3)召开专题组织生活会，提出相互批评意见42条；(4)制定党支部标准化建设提升方案，正在组织实施。目前，第一、二项问题已整改完成，第三项问题正在整改中。
（二）关于财务和后勤管理方面。巡察指出，学校在财务和资产管理方面存在以下问题：一是财务报销审核不严，部分报销凭证附件不全；二是食堂管理不规范，食材采购未执行询价比价制度。
针对上述问题，学校党总支：(1)修订学校经费报销管理办法，补齐附件资料；(2)成立食堂膳食管理委员会，食材采购实行询价比价。目前，第一、二项问题均已整改完成。
";
    let r = convert(text);
    assert_accounted(text, &r);
    let titles: Vec<String> = problems(&r)
        .iter()
        .map(|t| t.chars().take(6).collect())
        .collect();
    assert_eq!(
        titles,
        [
            "党总支议事规",
            "“三会一课”",
            "党支部标准化",
            "财务报销审核",
            "食堂管理不规"
        ]
    );
}

/// The notice's next steps after its last problem, with no heading of
/// their own: a paragraph opening `下一步，…` then a list `一是…` `二是…`
/// up to the closing. They are the closing's, not the last problem's
/// measures (whose state they would decide).
#[test]
fn next_steps_listed_after_the_last_problem_close_the_notice() {
    let text = "\
中共青溪县交通运输局党组关于巡察整改进展情况的通报

一、巡察反馈问题整改情况
1.干部交流轮岗不够。
整改进展：已交流轮岗8人，剩余3人正在推进。
2.发展党员程序存在缺项。
整改进展：已按规定全部补正，该问题已整改到位。

下一步，局党组将坚持目标不变、标准不降、力度不减，持续深化巡察整改。
一是持续压实整改责任。对正在推进的问题，紧盯时间节点，确保按期整改到位。
二是注重建章立制。推动形成长效机制。
欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0000-1234567。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(&r, &[("干部交流轮岗", InProgress), ("发展党员程序", Done)]);
    let closing = r
        .nodes
        .iter()
        .find(|n| n.kind == NodeKind::Closing)
        .expect("a closing");
    assert!(
        closing.body.contains("一是持续压实整改责任"),
        "{closing:#?}"
    );
    let last = rectify_core::model::Walk::over(&r.nodes)
        .find(|n| n.title.starts_with("发展党员程序"))
        .unwrap();
    assert!(last.children.is_empty(), "{last:#?}");
}

/// A short web list, one line a problem: its statement, a dash, its state
/// and a bracket of owners and date (`—— 未启动（组织办，2026年12月底前）`):
/// the state after the dash, the date the deadline.
#[test]
fn one_line_problems_with_a_dash_a_state_and_owners_with_a_date() {
    let text = "\
中共青溪街道工作委员会关于巡察整改进展情况的公示
截至2026年3月底，巡察反馈的3个问题，已整改1个，正在整改1个，未启动1个。
（一）党的建设方面
1. 社区党组织换届后委员空缺未及时补齐 —— 已整改（组织办，2026年3月底前）
2. 社区网格员培训不到位 —— 正在整改（社区治理办，2026年5月底前）
3. 年轻干部储备不足 —— 未启动（组织办、人力资源和社会保障服务中心，2026年12月底前）
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("社区党组织换", Done),
            ("社区网格员培", InProgress),
            ("年轻干部储备", NotStarted),
        ],
    );
    let deadlines: Vec<Option<String>> = rectify_core::model::Walk::over(&r.nodes)
        .filter(|n| n.kind == NodeKind::Problem)
        .map(|n| n.deadline.clone())
        .collect();
    assert_eq!(
        deadlines,
        [
            Some("2026-03-31".to_string()),
            Some("2026-05-31".to_string()),
            Some("2026-12-31".to_string())
        ]
    );
}

/// The same with no sections: problems numbered `1.` at the top, and the
/// next steps numbered `1.` again after `下一步，…`: no more problems.
#[test]
fn next_steps_numbered_as_the_problems_are_no_problems() {
    let text = "\
中共青溪县供销合作社联合社党组关于巡察整改情况的通报
巡察反馈的2个问题，已完成整改1个，正在整改1个。
1.财务报销审核不严。
整改情况：已补齐附件资料，该问题已整改到位。
2.合同管理不规范。
整改情况：正在对合同逐份清理。
下一步，县社党组将坚持目标不变、标准不降，继续抓好后续整改工作。
1.紧盯未完成事项。确保按期整改到位。
2.健全长效机制。推动形成制度成果。
欢迎广大干部群众监督。联系电话：0000-1234567。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 2, "{:#?}", problems(&r));
    assert_states(&r, &[("财务报销审核", Done), ("合同管理不规", InProgress)]);
}

/// A report ending in notes of owners and time allowed in square brackets
/// (`【牵头部门：…】【完成时限：2025年10月底】`): the notes are no tag of state;
/// the report's own verdict stands.
#[test]
fn notes_in_square_brackets_after_a_verdict_state_nothing() {
    let text = "\
中共青溪职业技术学院委员会关于巡视整改进展情况的通报
一、巡视反馈问题整改情况
【一】贯彻落实上级决策部署方面
①理论学习中心组学习以读代研。
整改落实情况：修订学习制度，开展专题研讨5次。该问题已完成整改。
【牵头部门：党委宣传部】【完成时限：2025年10月底】
②实训基地建设滞后。
整改落实情况：新建实训室正在施工。
【牵头部门：教务处】【完成时限：2026年8月底】
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(&r, &[("理论学习中心", Done), ("实训基地建设", InProgress)]);
}
