//! Shapes met in session 73. Every notice here is my own, and each test
//! fails on the converter of the session's start (6ec4fac).

mod common;

use common::{assert_accounted, assert_states, convert, problems};
use rectify_core::model::{NodeKind, Status};

use Status::*;

/// Findings brought in under each area (`存在以下问题：一是…；二是…；三是…`)
/// and answered together by the next paragraph, whose last sentence gives
/// each its state by number (`目前，第一、三项问题已整改完成；第二项问题
/// 正在整改中`): that sentence decides each problem, not the words its
/// measures share with the findings.
#[test]
fn findings_listed_under_an_area_take_their_states_by_number() {
    let text = "\
中共溪口镇中心小学支部委员会关于巡察反馈意见整改进展情况的通报

一、巡察反馈问题整改情况

（一）关于教育教学管理方面。巡察指出，学校在教学管理方面存在以下问题：一是课后服务管理不规范，收费公示不到位；二是教学质量分析机制不健全，对薄弱学科缺乏帮扶；三是心理健康教育工作薄弱，专职教师配备不足。

针对上述问题，学校支部：(1)重新制定课后服务实施方案，收费标准在校务公开栏公示；(2)建立三级质量分析制度，制定薄弱学科提升计划；(3)招聘专职心理教师1名，心理咨询室每天定时开放。目前，第一、三项问题已整改完成；第二项问题正在整改中，由学校教务处牵头，计划于2026年9月底前完成。

（二）关于财务管理方面。巡察指出，学校在财务管理方面存在以下问题：一是报销审核不严，部分凭证附件不全；二是固定资产管理混乱，账实不符。

针对上述问题，学校支部：(1)修订财务管理制度，补齐报销附件；(2)对固定资产全面清查盘点，建立管理台账。目前，第二项问题正在整改中，其余问题已整改完成。

二、下一步工作打算

学校支部将持续抓好整改落实。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 5, "{:#?}", problems(&r));
    assert_states(
        &r,
        &[
            ("课后服务管理", Done),
            ("教学质量分析", InProgress),
            ("心理健康教育", Done),
            ("报销审核不严", Done),
            ("固定资产管理", InProgress),
        ],
    );
}

/// Problems with no number, each a paragraph that names it in ASCII quotes
/// as a phone article prints them (`针对"乡村振兴项目推进缓慢"的问题，…`),
/// under bare lines that group them (`聚焦政治监督`), then a heading after a
/// bar (`▌下一步工作打算`): every such paragraph is a problem, whatever
/// words its quote uses, and the bar's heading closes the last group.
#[test]
fn problems_named_in_ascii_quotes_under_bare_lines() {
    let text = "\
中共青石镇委员会关于巡察反馈意见整改进展情况的通报

点击蓝字关注我们

▌整改工作总体情况

县委巡察组反馈问题共4个，已完成整改3个，正在推进整改1个。

▌反馈问题整改落实情况

聚焦政治监督

针对\"落实意识形态工作责任制不够到位\"的问题，由镇党政办牵头，重新梳理意识形态工作责任清单，整改不规范内容7处。目前已整改到位。

针对\"乡村振兴项目推进缓慢\"的问题，由镇乡村振兴办牵头，建立项目推进台账，已完工6个，剩余3个项目正在加快施工。目前该问题正在整改中。

聚焦基层党组织建设

针对\"发展党员程序不够规范\"的问题，镇党建办对46名党员档案逐一核查，补齐材料。目前已整改到位。

针对\"村级后备力量培养不足\"的问题，镇党委新选拔储备村级后备干部36名。目前已整改到位。

▌下一步工作打算

下一步，镇党委将持续压紧压实整改责任，巩固整改成果。
";
    let r = convert(text);
    assert_accounted(text, &r);
    let found = problems(&r);
    assert_eq!(found.len(), 4, "{:#?}", found);
    assert_states(
        &r,
        &[
            ("针对\"落实意", Done),
            ("针对\"乡村振", InProgress),
            ("针对\"发展党", Done),
            ("针对\"村级后", Done),
        ],
    );
    let last = rectify_core::model::Walk::over(&r.nodes)
        .filter(|n| n.kind == NodeKind::Problem)
        .last()
        .expect("four problems");
    assert!(!last.body.contains("下一步工作打算"), "{last:#?}");
    let heading = rectify_core::model::Walk::over(&r.nodes)
        .find(|n| n.title.contains("下一步工作打算"))
        .expect("the next steps' heading is a node of its own");
    assert_ne!(heading.kind, NodeKind::Problem);
}

/// Problems whose own text states no state (only measures, `（1）…（2）…`),
/// numbered on across areas, then a last section that lists them by state
/// under keys (`已完成整改的问题（3个）：第1、2、4项。` `正在推进的问题（1个）：
/// 第3项。` `需长期坚持的问题（1个）：第5项。`): each key's state is the
/// state of the problems it lists.
#[test]
fn states_listed_by_number_under_keys_of_state() {
    let text = "\
中共云川区市场监督管理局党组关于巡察整改进展情况的通报

一、整改工作总体情况

区委第一巡察组反馈问题5个，已完成整改3个，正在推进1个，需长期坚持1个。

二、反馈问题整改情况

（一）关于履行监管职责方面

1.特种设备安全隐患排查存在盲区。
（1）开展老旧小区电梯专项检查，检查电梯326台。
（2）建立电梯维保质量抽查制度，每季度抽查一次。

2.食品安全包保督导记录不规范。
（1）统一督导记录样式，组织培训2次。
（2）对督导记录开展季度检查。

（二）关于党风廉政建设方面

3.执法办案廉政风险防控不到位。
（1）修订行政处罚自由裁量基准。
（2）开展案卷评查，评查案卷86件。

4.公务用车管理不规范。
（1）修订公务用车管理办法。
（2）启用派车电子审批。

5.基层所干部交流轮岗不够。
（1）制定干部交流轮岗计划。
（2）对任职满5年的干部进行交流。

三、整改完成情况

已完成整改的问题（3个）：第1、2、4项。
正在推进的问题（1个）：第3项。
需长期坚持的问题（1个）：第5项。

中共云川区市场监督管理局党组
2025年12月5日
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 5, "{:#?}", problems(&r));
    assert_states(
        &r,
        &[
            ("特种设备安全", Done),
            ("食品安全包保", Done),
            ("执法办案廉政", InProgress),
            ("公务用车管理", Done),
            ("基层所干部交", LongTerm),
        ],
    );
}

/// A part whose title is about problems found (`三、关于…监督发现问题整改
/// 方面`) over areas that state a shortcoming (`1.干部队伍建设存在短板`),
/// each over `（1）` problems with their own reports and notes of owners, and
/// an area with one problem alone: the `（1）` items are the problems and
/// keep their reports and owners, the areas their area.
#[test]
fn areas_stating_shortcomings_under_a_part_about_problems_found() {
    let text = "\
中共某某省交通运输厅党组关于巡视反馈意见整改进展情况的通报

一、关于贯彻落实党中央决策部署方面

1. 落实交通强国建设部署不够有力

（1）交通强国建设试点任务推进缓慢，部分阶段性目标未按期完成。

整改进展：逐项梳理试点任务清单，明确时间节点。该问题已完成整改。

责任领导：副厅长李某某；责任处室：规划处；完成时限：2025年11月底

（2）综合交通运输规划与国土空间规划衔接不够。

整改进展：会同省自然资源厅开展专项对接，目前正在推进。

责任领导：副厅长李某某；责任处室：规划处；完成时限：2026年6月底

二、关于落实新时代党的组织路线和巡视、审计等监督发现问题整改方面

1. 干部队伍建设存在短板

（1）干部队伍结构不够合理，年轻干部储备不足。

整改进展：建立优秀年轻干部库，首批入库56人。该问题已完成整改。

责任领导：副厅长王某某；责任处室：人事处；完成时限：2025年12月底

（2）干部交流轮岗不够，个别重要岗位干部任职时间过长。

整改进展：已交流轮岗8人，剩余3人目前正在推进。

责任领导：副厅长王某某；责任处室：人事处；完成时限：2026年6月底

2. 基层党组织建设有待加强

（1）部分厅属单位党组织“三会一课”制度落实不严格。

整改进展：对厅属单位党组织组织生活开展全覆盖检查。该问题已整改到位。

责任领导：副厅长孙某某；责任处室：机关党委；完成时限：2025年10月底

（2）部分基层党组织发展党员工作不够规范，个别党员发展程序存在缺项。

整改进展：对党员档案进行全面复查，已全部补正。该问题已整改到位。

责任领导：副厅长孙某某；责任处室：离退休干部处；完成时限：2025年11月底

3. 以往巡视发现问题整改不彻底

（1）上一轮巡视反馈的部分问题整改不到位，存在“表面整改”现象。

整改进展：逐条“回头看”，重新认定的4个问题已全部完成整改。该问题已完成整改。

责任领导：副厅长王某某；责任处室：办公室；完成时限：2025年12月底

下一步，厅党组将持续深化巡视整改。
";
    let r = convert(text);
    assert_accounted(text, &r);
    let found: Vec<&rectify_core::model::Node> = rectify_core::model::Walk::over(&r.nodes)
        .filter(|n| n.kind == NodeKind::Problem)
        .collect();
    let got: Vec<(String, Vec<String>, Option<String>)> = found
        .iter()
        .map(|n| {
            let title: String = n.title.chars().take(6).collect();
            (title, n.owners.clone(), n.deadline.clone())
        })
        .collect();
    let want = |t: &str, o: &[&str], d: &str| {
        (
            t.to_string(),
            o.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
            Some(d.to_string()),
        )
    };
    assert_eq!(
        got,
        [
            want("交通强国建设", &["李某某", "规划处"], "2025-11-30"),
            want("综合交通运输", &["李某某", "规划处"], "2026-06-30"),
            want("干部队伍结构", &["王某某", "人事处"], "2025-12-31"),
            want("干部交流轮岗", &["王某某", "人事处"], "2026-06-30"),
            want("部分厅属单位", &["孙某某", "机关党委"], "2025-10-31"),
            want("部分基层党组", &["孙某某", "离退休干部处"], "2025-11-30"),
            want("上一轮巡视反", &["王某某", "办公室"], "2025-12-31"),
        ]
    );
    assert_states(
        &r,
        &[
            ("交通强国建设", Done),
            ("综合交通运输", InProgress),
            ("干部队伍结构", Done),
            ("干部交流轮岗", InProgress),
            ("部分厅属单位", Done),
            ("部分基层党组", Done),
            ("上一轮巡视反", Done),
        ],
    );
}

/// Keyed lines naming classes of problems (`第一类问题：…`), each over one
/// paragraph that lists its problems inline, every clause a finding, the
/// work done and a bracketed note of its state at its end (`一是…（已完成）；
/// 二是…（正在推进，计划2026年6月底前完成）；三是…（长期坚持）。`): each
/// clause is a problem with that state, and the plan in its note is its
/// deadline.
#[test]
fn inline_findings_each_ending_with_a_note_of_its_state() {
    let text = "\
中共青禾县卫生健康局党组关于巡察反馈意见整改进展情况的通报

一、整改工作总体情况

巡察反馈的5个问题中，已完成整改3个，正在推进1个，需长期坚持1个。

二、巡察反馈问题整改进展情况

第一类问题：落实卫生健康工作方针有差距

一是理论学习联系实际不紧，学习存在以读代学的问题。局党组修订学习制度，开展专题研讨4次（已完成）；二是医共体建设进度滞后，医疗资源统筹不够有力。由局医政医管股牵头，组建两个医共体，信息系统正在建设中（正在推进，计划2026年6月底前完成）；三是基层医疗卫生服务能力偏弱，门诊量逐年下降。派驻医师32名，作为常态化工作持续推进（长期坚持）。

第二类问题：落实全面从严治党责任不到位

一是对下属单位党建工作指导督促不够。局党组制定主体责任清单，开展督导调研27次（已完成）；二是违规发放津补贴问题仍有发生。局财务股追回违规发放资金12.6万元，对相关人员提醒谈话（已完成）。

下一步，局党组将持续巩固整改成果。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 5, "{:#?}", problems(&r));
    assert_states(
        &r,
        &[
            ("理论学习联系", Done),
            ("医共体建设进", InProgress),
            ("基层医疗卫生", LongTerm),
            ("对下属单位党", Done),
            ("违规发放津补", Done),
        ],
    );
    let planned = rectify_core::model::Walk::over(&r.nodes)
        .find(|n| n.title.contains("医共体建设进度滞后"))
        .expect("the second problem");
    assert_eq!(planned.deadline.as_deref(), Some("2026-06-30"));
}

/// Problems numbered `一、` again inside an area `（一）`, as an outline
/// may restart, each over `1.` `2.` `3.` measures and a sentence naming it
/// (`目前，该问题正在整改中，剩余9台设备计划于2026年6月底前全部完成检验。`):
/// the sentence is the problem's report, not its last measure's, whatever
/// state it gives, and the measures stay measures.
#[test]
fn a_report_naming_its_problem_after_measures_under_reused_numbering() {
    let text = "\
中共云溪县市场监督管理局党组关于县委第二轮巡察整改进展情况的通报
根据县委巡察工作统一部署，2025年10月8日至11月28日，县委第二巡察组对县市场监督管理局党组开展了常规巡察。2026年1月9日，县委第二巡察组向局党组反馈了巡察意见。按照党务公开和巡察工作有关要求，现将巡察整改进展情况予以公布。
一、巡察整改工作总体情况
局党组坚决扛起巡察整改政治责任，成立由党组书记、局长任组长的巡察整改工作领导小组，召开党组会议3次、专题民主生活会1次，逐条研究反馈意见，制定《县市场监管局党组关于落实县委第二巡察组反馈意见的整改方案》，建立问题清单、任务清单、责任清单“三张清单”。县委第二巡察组共反馈3个方面9个具体问题，局党组细化整改措施20条。截至2026年3月31日，3个问题中已完成整改2个，正在推进整改1个；7条整改措施已落实6条。建立完善制度8项，对3名相关责任人进行了提醒谈话，收回违规发放补贴资金1.26万元。
二、巡察反馈问题整改落实情况
（一）贯彻落实党的路线方针政策和党中央决策部署方面
一、食品安全“两个责任”落实不够到位，部分包保干部督导记录不全、督导流于形式。
1.由食品生产流通股牵头，对全县1846家A、B级食品生产经营主体的包保干部督导记录开展全面清查，对记录缺失的43家主体督促包保干部补充开展督导。
2.修订《云溪县食品安全包保督导工作细则》，明确每季度督导不少于1次，督导记录统一录入“包保督导”信息系统，实现全程留痕。
目前，该问题已整改到位。
二、优化营商环境举措落地不够有力，个体工商户帮扶政策宣传覆盖面不广。
1.由登记注册股牵头，联合县工商联开展“政策进市场、进商户”宣传活动12场，发放政策汇编3200余册。
2.在政务服务中心市场监管窗口设立“个体工商户服务专区”，推行经营主体登记“一次办、就近办”，2026年一季度新设经营主体平均办理时长压缩至0.5个工作日。
目前，该问题已完成整改。
三、特种设备安全隐患排查不够彻底，部分电梯、锅炉使用单位未按期开展定期检验。
1.由特种设备安全监察股牵头，建立特种设备使用单位台账，对全县超期未检的电梯27台、锅炉4台逐一下达监察指令书，已督促完成检验22台。
2.联合县住建局、各乡镇对老旧小区电梯开展专项排查，对排查出的隐患实行销号管理。
3.将特种设备定期检验纳入“双随机、一公开”抽查事项，加大对超期未检行为的查处力度。
目前，该问题正在整改中，剩余9台设备计划于2026年6月底前全部完成检验。
三、下一步工作打算
一是持续压实整改责任。对已完成整改的问题，适时组织“回头看”，防止反弹回潮；对正在推进的问题，紧盯时间节点，确保按期整改到位；对需长期坚持的问题，持续跟踪推进，久久为功。
二是建立健全长效机制。坚持举一反三，将巡察整改与深化市场监管领域突出问题专项整治结合起来，进一步完善制度体系，从源头上防范问题发生。
三是推动整改成果转化。把巡察整改成效体现到守牢食品药品、特种设备安全底线和服务全县经济社会高质量发展上来。
欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0000-6218315；邮政信箱：云溪县滨河路166号县市场监督管理局办公室；电子邮箱：yxscjgj@example.com。
中共云溪县市场监督管理局党组
2026年4月15日
附件下载：巡察整改进展情况.pdf
【打印】【关闭】
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 3, "{:#?}", problems(&r));
    assert_states(
        &r,
        &[
            ("食品安全“两", Done),
            ("优化营商环境", Done),
            ("特种设备安全", InProgress),
        ],
    );
    let lifts = rectify_core::model::Walk::over(&r.nodes)
        .find(|n| n.title.starts_with("特种设备安全"))
        .expect("the second problem");
    assert_eq!(lifts.deadline.as_deref(), Some("2026-06-30"));
    assert_eq!(lifts.children.len(), 3);
    assert!(lifts.children.iter().all(|m| m.kind == NodeKind::Measure));
}

/// Areas printed as short lines ending with a colon (`关于政治建设方面：`),
/// each over problems keyed `问题N：` and numbered on across them, each
/// followed by `整改落实情况：` and its paragraph: the lines are the areas,
/// not the last words of the text before them.
#[test]
fn areas_named_on_lines_ending_with_a_colon() {
    let text = "\
中共云溪县水利局党组关于巡察反馈意见整改进展情况的通报

一、巡察反馈问题整改落实情况

县委巡察组共反馈2个方面4个问题，已完成整改3个，正在整改1个。

关于政治建设方面：

问题1：学习贯彻治水重要论述不够深入，理论学习存在以读代学现象。
整改落实情况：局党组修订学习制度，开展专题研讨4次。该问题已完成整改。

问题2：落实河湖长制工作部署不到位，部分河长巡河记录流于形式。
整改落实情况：该问题由局河湖管理股负责，开展巡河专项督查2次。目前正在整改中。

关于全面从严治党方面：

问题3：公务用车使用登记不规范，派车单填写不完整。
整改落实情况：局办公室对公务用车使用情况进行全面清理。该问题已完成整改。

问题4：专项资金拨付滞后，个别项目超范围列支。
整改落实情况：局财务股追回超范围列支资金3.2万元。该问题已完成整改。

二、下步工作打算

1.持续巩固整改成果。
2.建立长效机制。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 4, "{:#?}", problems(&r));
    let areas: Vec<(String, usize)> = rectify_core::model::Walk::over(&r.nodes)
        .filter(|n| n.kind == NodeKind::FocusArea)
        .map(|n| (n.title.clone(), n.children.len()))
        .collect();
    assert_eq!(
        areas,
        [
            ("关于政治建设方面：".to_string(), 2),
            ("关于全面从严治党方面：".to_string(), 2)
        ]
    );
    assert_states(
        &r,
        &[
            ("学习贯彻治水", Done),
            ("落实河湖长制", InProgress),
            ("公务用车使用", Done),
            ("专项资金拨付", Done),
        ],
    );
}
