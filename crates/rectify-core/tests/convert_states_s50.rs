//! Shapes met in session 50. Every notice here is my own, one per shape,
//! and each test fails on the converter of the session's start (83d471f).

mod common;

use common::{assert_states, convert};
use rectify_core::model::Status;

use Status::*;

const KINDS_APART_BY_COMMAS: &str = "\
中共某某区教育局委员会关于区委第三巡察组反馈意见整改进展情况的通报

根据区委巡察工作统一部署，2025年4月8日至6月6日，区委第三巡察组对区教育局党委开展了常规巡察，并于7月15日反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。

一、整改工作总体情况

局党委坚持把巡察整改作为重大政治任务，成立整改工作领导小组，制定整改方案，建立问题、任务、责任“三张清单”。截至11月30日，巡察反馈的3个方面16个问题，其中立行立改问题5个，已全部完成整改，限期整改问题8个，已完成整改6个，正在整改2个，长期坚持问题3个，正在持续推进。

二、巡察反馈问题整改落实情况

（一）关于落实党的路线方针政策和重大决策部署方面

1.落实立德树人根本任务不够到位。整改情况：修订完善思政课教学质量评价办法，开展思政课教师全员轮训2期，培训教师316人次。该问题已完成整改。

2.“双减”政策落实存在薄弱环节。整改情况：开展校外培训机构专项治理，查处违规培训机构7家；完善课后服务经费保障机制。目前正在推进中。

（二）关于落实全面从严治党责任方面

1.主体责任压得不实。整改情况：制定党委落实全面从严治党主体责任清单，一是建立季度研判制度，二是开展述责述廉，三是层层签订责任书。已完成整改。

2.校园食堂管理存在漏洞。整改情况：开展校园食品安全专项检查，排查问题隐患42个，已整改39个，剩余3个正在整改。

（三）关于落实组织路线方面

1.干部队伍结构不够合理。整改情况：制定年轻干部培养计划，属长期坚持事项，将持续推进。

三、下一步工作打算

一是持续巩固整改成果；二是建立健全长效机制；三是强化监督检查。

欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0760-12345678；电子邮箱：jyjzg@example.gov.cn。

中共某某区教育局委员会
2025年12月5日
";

/// Kinds of problem counted one by one with only commas between them
/// (`其中立行立改问题5个，已全部完成整改，限期整改问题8个，已完成整改6个，
/// …`): their parts add up (read clause by clause, the kinds' names were
/// states: done 6, in progress 10).
#[test]
fn kinds_apart_by_commas_add_up_to_the_totals() {
    let t = convert(KINDS_APART_BY_COMMAS).stated_totals.unwrap();
    assert_eq!(
        (t.total, t.done, t.in_progress, t.long_term),
        (Some(16), Some(11), Some(2), Some(3))
    );
}

/// `截至11月30日` without a year: dated in the notice's year, the last
/// such day on or before its date (no as-of date at all before).
#[test]
fn an_as_of_date_without_a_year_takes_the_notices() {
    let r = convert(KINDS_APART_BY_COMMAS);
    assert_eq!(r.meta.as_of.as_deref(), Some("2025-11-30"));
    assert_eq!(r.meta.as_of_text.as_deref(), Some("截至11月30日"));
    // Across the new year: the December before a January notice.
    let r = convert(
        "关于巡察整改进展情况的通报\n截至12月31日，反馈的2个问题已完成整改1个，正在整改1个。\n\
         1.预算管理不规范。已完成整改。\n2.资产管理不到位。正在整改。\n某某局\n2026年1月8日\n",
    );
    assert_eq!(r.meta.published.as_deref(), Some("2026-01-08"));
    assert_eq!(r.meta.as_of.as_deref(), Some("2025-12-31"));
    // A year given anywhere wins over lending one.
    let r = convert(
        "关于巡察整改进展情况的通报\n截至2025年10月31日，反馈的2个问题已完成整改2个。\n\
         1.预算管理不规范。截至11月5日已完成整改。\n某某局\n2026年1月8日\n",
    );
    assert_eq!(r.meta.as_of.as_deref(), Some("2025-10-31"));
}

const WORDS_SPACED_AS_IN_A_PDF: &str = "\
中共某某市自然资源局党组关于市委第二巡察组
巡察反馈意见整改情况的通报

根据市委统一部署，2025 年 3 月 10 日至 5 月 9 日，市委第二巡察组对市自然资源局党组开展了巡察，并于 2025 年 6 月 20 日反馈了巡察意见。现将整改情况通报如下。

一、关于耕地保护责任落实不到位的问题
整改情况：开展耕地“非农化”专项排查，整改 违法 占用 耕地 图斑 126 个。目前 该问题 已 整改 到位。

二、关于不动产登记办理效率不高的问题
整改情况：推行“一窗受理、集成服务”，压缩办理时限至 3 个工作日。该问题 正在 整改 中，计划 2025 年 12 月 底前 完成。

三、关于矿产资源执法监管存在薄弱环节的问题
整改情况：建立矿山 动态 巡查 机制，属于 长期 坚持 事项，将 持续 推进。

四、关于选人用人工作不够规范的问题
整改情况：修订 干部 选拔 任用 工作 规程，已 完成 整改。

中共某某市自然资源局党组
2025 年 10 月 15 日
";

/// Text taken from a PDF with its words set apart by spaces (`属于 长期
/// 坚持 事项`): the phrases read as typed (the long-term problem was in
/// progress, by `将 持续 推进`).
#[test]
fn words_spaced_apart_read_as_typed() {
    let r = convert(WORDS_SPACED_AS_IN_A_PDF);
    assert_states(
        &r,
        &[
            ("关于耕地保护", Done),
            ("关于不动产登", InProgress),
            ("关于矿产资源", LongTerm),
            ("关于选人用人", Done),
        ],
    );
    assert_eq!(r.meta.feedback_date.as_deref(), Some("2025-06-20"));
}

/// A feedback date printed without a year (`7月10日，…反馈了巡视意见`):
/// in the year of a date before it in its sentence, else the last such day
/// on or before the notice's date (none was read before).
#[test]
fn a_feedback_date_without_a_year_is_dated() {
    let notice = |preamble: &str| {
        convert(&format!(
            "关于巡察反馈意见整改进展情况的通报\n{preamble}\n\
             1.预算管理不规范。已完成整改。\n2.资产管理不到位。正在整改。\n某某局\n2026年3月2日\n"
        ))
        .meta
        .feedback_date
    };
    assert_eq!(
        notice("2025年3月至5月，巡察组进行了巡察。7月10日，巡察组反馈了巡察意见。").as_deref(),
        Some("2025-07-10")
    );
    // Before the notice's date in its year, else the year before.
    assert_eq!(
        notice("巡察组进行了巡察。2月28日，巡察组反馈了巡察意见。").as_deref(),
        Some("2026-02-28")
    );
    // A year earlier in the sentence wins over the notice's.
    assert_eq!(
        notice("巡察组于2024年10月进行了巡察，12月5日反馈了巡察意见。").as_deref(),
        Some("2024-12-05")
    );
}

const PORTAL_PAGE_SUBTOTALS_THEN_TOTAL: &str = "\
某某区人民政府门户网站
当前位置：首页 > 政务公开 > 巡察整改专栏
【字体：大 中 小】  【打印】  【关闭】
区住房和城乡建设局关于区委巡察反馈意见整改情况的公示
发布日期：2025-12-12    来源：区住房和城乡建设局    浏览次数：
按照区委巡察工作领导小组要求，现将区委第四巡察组反馈意见整改情况公示如下：
一、关于“党的建设”方面
该方面反馈问题4个，已完成整改3个，正在整改1个。
（一）党组议事规则执行不严格。整改结果：修订议事规则，已完成。
（二）“三会一课”记录不规范。整改结果：开展专项检查，已完成。
（三）党员教育管理不到位。整改结果：建立党员积分制管理，已完成。
（四）党风廉政建设责任传导不够。整改结果：层层签订责任书，正在推进。
二、关于“业务工作”方面
该方面反馈问题3个，已完成整改1个，正在整改2个。
（一）建筑工地扬尘治理不力。整改结果：开展扬尘专项整治，已完成。
（二）老旧小区改造进度滞后。整改结果：加快推进改造，目前完成率85%。
（三）物业管理投诉处理不及时。整改结果：建立投诉限时办结制度，正在推进。
综上，区委第四巡察组反馈的7个问题，已完成整改4个，正在整改3个，整改完成率57.1%。
公示期：2025年12月12日至12月18日。如有意见，请拨打监督电话：0000-88886666。
上一篇：区住建局2025年安全生产工作总结
下一篇：关于开展物业服务质量提升行动的通知
【我要纠错】 【打印本页】 【关闭窗口】
";

/// A portal's page: each area's subtotal, the whole counted last (`综上，
/// …反馈的7个问题…`); a problem whose report ends on the share done
/// (`加快推进改造，目前完成率85%。`) is under way (it was done, inferred,
/// and the counted states then disagreed with the stated ones).
#[test]
fn a_report_ending_on_a_share_done_is_under_way() {
    let r = convert(PORTAL_PAGE_SUBTOTALS_THEN_TOTAL);
    assert_eq!(
        r.meta.title,
        "区住房和城乡建设局关于区委巡察反馈意见整改情况的公示"
    );
    let t = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (t.total, t.done, t.in_progress),
        (Some(7), Some(4), Some(3))
    );
    assert_states(
        &r,
        &[
            ("党组议事规则", Done),
            ("“三会一课”", Done),
            ("党员教育管理", Done),
            ("党风廉政建设", InProgress),
            ("建筑工地扬尘", Done),
            ("老旧小区改造", InProgress),
            ("物业管理投诉", InProgress),
        ],
    );
    // Unkeyed too; a verdict before a share of something else stays.
    let one = |text: &str| {
        convert(&format!(
            "关于巡察整改情况的通报\n一、问题整改情况\n（一）议事规则执行不严格。整改结果：已完成。\n\
             （二）老旧小区改造进度滞后。{text}\n"
        ))
    };
    assert_states(
        &one("加快推进改造，目前完成率85%。"),
        &[("议事规则执行", Done), ("老旧小区改造", InProgress)],
    );
    assert_states(
        &one("整改结果：已完成整改。全年预算执行进度达95%。"),
        &[("议事规则执行", Done), ("老旧小区改造", Done)],
    );
}

const AUDIT_AREAS_COUNTED_NOT_LISTED: &str = "\
某某县2024年度县级预算执行和其他财政收支审计查出问题整改情况的报告

——2025年12月18日在县第十八届人民代表大会常务委员会第三十次会议上

县审计局局长  王某某

主任、各位副主任、各位委员：

我受县人民政府委托，报告2024年度县级预算执行和其他财政收支审计查出问题的整改情况，请予审议。

一、整改工作部署推进情况

县政府高度重视审计整改工作，召开常务会议专题研究部署。各部门单位压实整改主体责任，建立整改台账，实行对账销号。

二、审计查出问题整改情况

审计工作报告反映的5个方面47个问题，截至2025年11月30日，已整改到位39个，正在整改8个，整改金额2.36亿元，制定完善制度21项。

（一）县级财政管理审计查出问题整改情况

针对预算编制不够完整等4个问题，已整改到位3个，正在整改1个。一是预算编制不完整问题。县财政局已将2笔非税收入纳入预算管理，已整改到位。二是部分专项资金未及时分配问题。县财政局已分配下达资金3200万元，已整改到位。三是国库资金管理不规范问题。县财政局已规范国库集中支付流程，已整改到位。四是存量资金盘活不到位问题。县财政局正在清理盘活存量资金，正在整改。

（二）部门预算执行审计查出问题整改情况

针对部门预算执行中存在的12个问题，已整改到位10个，正在整改2个。有关部门已通过调整账目、完善制度等方式整改。

（三）重点民生资金审计查出问题整改情况

针对养老、教育等民生资金管理中存在的18个问题，已整改到位14个，正在整改4个。

（四）国有资产管理审计查出问题整改情况

针对国有资产管理中存在的9个问题，已整改到位8个，正在整改1个。

（五）重大政策措施落实跟踪审计查出问题整改情况

针对政策落实中存在的4个问题，已全部整改到位。

三、尚未整改到位问题及下一步工作安排

对尚未整改到位的8个问题，县政府将督促相关部门单位持续推进整改，确保整改到位。

以上报告，请予审议。
";

/// An audit report to a standing committee: areas that only count their
/// problems, one of them all done (`针对政策落实中存在的4个问题，已全部整改
/// 到位。`), beside areas listing theirs: all are areas (that one was a
/// problem, done, among its sibling areas); the stated totals are the
/// whole report's, not an area's.
#[test]
fn an_area_counting_its_problems_all_done_is_an_area() {
    use rectify_core::model::NodeKind;
    let r = convert(AUDIT_AREAS_COUNTED_NOT_LISTED);
    let section = r
        .nodes
        .iter()
        .find(|n| n.title.starts_with("审计查出问题整改情况"))
        .unwrap();
    let kinds: Vec<NodeKind> = section.children.iter().map(|n| n.kind).collect();
    assert_eq!(kinds, [NodeKind::FocusArea; 5]);
    let t = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (t.total, t.done, t.in_progress),
        (Some(47), Some(39), Some(8))
    );
}

const TABLE_PARTED_BY_SINGLE_SPACES: &str = "\
关于巡察反馈问题整改情况的公示
序号 反馈问题 整改措施 整改情况
1 台账不清 建立台账，规范管理 已完成
2 档案不全 补齐档案，专人管理 已完成
3 制度缺失 制定制度，抓好落实 正在整改
某某社区党委
2025年10月10日
";

/// A table whose cells single spaces part, under a header of column names:
/// read as a ledger's rows (nothing was read, and the notice was said to
/// break off at its header).
#[test]
fn a_table_parted_by_single_spaces_is_read() {
    let r = convert(TABLE_PARTED_BY_SINGLE_SPACES);
    assert_states(
        &r,
        &[
            ("台账不清", Done),
            ("档案不全", Done),
            ("制度缺失", InProgress),
        ],
    );
    assert_eq!(r.nodes[0].children[0].title, "建立台账，规范管理");
}

/// A title that opens with its subject (`关于县委巡察…`) names no issuer
/// before it (`关于县委` was read as one).
#[test]
fn a_title_opening_with_its_subject_names_no_issuer() {
    let r = convert(
        "关于县委巡察反馈意见整改情况的通报\n发布时间：2025-11-06\n\
         1.预算管理不规范。已完成整改。\n2.资产管理不到位。正在整改。\n",
    );
    assert_eq!(r.meta.issuer, None);
}

const KEYED_PLANS_BESIDE_OPEN_REPORTS: &str = "\
关于县委巡察反馈意见整改情况的通报
发布时间：2025-11-06 来源：县水利局
县委第一巡察组于2025年3月17日至5月16日对县水利局党组进行了巡察，6月20日反馈了巡察意见。
一、整改工作开展情况
局党组召开专题会议研究部署整改工作，对巡察反馈的4个方面问题逐项制定整改措施。
二、反馈问题整改落实情况
（一）贯彻落实新发展理念不够到位方面
问题1：水资源节约集约利用工作推进缓慢。
整改措施：制定县节水型社会建设实施方案，推进节水型单位创建。
整改进展：已创建节水型单位12家，节水型社会建设正在推进中。
问题2：河湖长制落实不到位。
整改措施：开展河湖“清四乱”专项行动。
整改进展：清理河湖“四乱”问题36处，已完成整改。
（二）全面从严治党主体责任落实不力方面
问题3：党组对下属单位监管不到位。
整改措施：建立下属单位定期报告制度。
整改进展：已完成整改。
问题4：工程项目招投标管理不规范。
整改措施：修订工程项目招投标管理办法，开展专项检查。
整改进展：管理办法已修订印发；专项检查发现的问题正在整改。
（三）落实意识形态工作责任制方面
问题5：意识形态阵地管理不够严格。
整改措施：规范微信公众号等新媒体管理。
整改进展：已完成整改。
（四）基层党组织建设方面
问题6：党员发展工作不规范。
整改措施：严格落实党员发展程序，开展党员档案专项检查。
整改进展：已完成党员档案专项检查，此项工作长期坚持。
三、下一步工作打算
持续巩固整改成果，建立健全长效机制。
";

/// A problem's plan (`整改措施：…`) beside its report saying the work goes
/// on (`整改进展：…正在推进中`): the measure takes the problem's state, never
/// done under a problem that is not (it was done, inferred).
#[test]
fn a_plan_beside_an_open_report_is_not_done() {
    use rectify_core::model::NodeKind;
    let r = convert(KEYED_PLANS_BESIDE_OPEN_REPORTS);
    let mut pairs = Vec::new();
    let mut stack: Vec<&rectify_core::model::Node> = r.nodes.iter().collect();
    while let Some(n) = stack.pop() {
        if n.kind == NodeKind::Problem {
            let m = n
                .children
                .iter()
                .find(|c| c.kind == NodeKind::Measure)
                .unwrap();
            pairs.push((n.label.clone(), n.status, m.status));
        }
        stack.extend(n.children.iter());
    }
    pairs.sort();
    let want = [
        ("问题1：", Some(InProgress), Some(InProgress)),
        ("问题2：", Some(Done), Some(Done)),
        ("问题3：", Some(Done), Some(Done)),
        ("问题4：", Some(InProgress), Some(InProgress)),
        ("问题5：", Some(Done), Some(Done)),
        ("问题6：", Some(LongTerm), Some(Done)),
    ];
    let got: Vec<(&str, Option<Status>, Option<Status>)> =
        pairs.iter().map(|(t, p, m)| (t.as_str(), *p, *m)).collect();
    assert_eq!(got, want);
}

const TASKS_GROUPED_BY_STATE: &str = "\
某某区营商环境问题整改任务推进情况通报

区优化营商环境领导小组办公室
2025年11月10日

今年以来，区营商办对照省营商环境评价反馈的问题，梳理形成整改任务22项。截至10月31日，已完成16项，按序时推进5项，进度滞后1项。现将有关情况通报如下：

一、已完成的任务（16项）
1.企业开办“一网通办”全流程提速。（牵头单位：区市场监管局）
2.工程建设项目审批时限压缩至60个工作日以内。（牵头单位：区住建局）
3.不动产登记“一窗受理”全覆盖。（牵头单位：区自然资源局）
4.政府采购电子化交易全面推行。（牵头单位：区财政局）
5.涉企收费清单公开。（牵头单位：区发改局）
6.惠企政策“免申即享”上线运行。（牵头单位：区工信局）
7.中小企业账款清欠。（牵头单位：区工信局）
8.水电气报装时限压缩。（牵头单位：区住建局）
9.纳税缴费便利度提升。（牵头单位：区税务局）
10.跨境贸易通关时间压缩。（牵头单位：区商务局）
11.政务服务“好差评”全覆盖。（牵头单位：区政务服务中心）
12.企业注销“一网通办”。（牵头单位：区市场监管局）
13.知识产权质押融资扩面。（牵头单位：区市场监管局）
14.公共资源交易全流程电子化。（牵头单位：区公管办）
15.企业诉求“直通车”机制建立。（牵头单位：区营商办）
16.涉企检查“综合查一次”推行。（牵头单位：区司法局）
二、按序时推进的任务（5项）
17.产业用地“标准地”出让。（牵头单位：区自然资源局，完成时限：2025年12月）
18.人才公寓建设。（牵头单位：区住建局，完成时限：2026年6月）
19.中小企业融资担保体系建设。（牵头单位：区金融办，完成时限：2025年12月）
20.政务数据共享平台升级。（牵头单位：区大数据局，完成时限：2026年3月）
21.园区配套设施完善。（牵头单位：区发改局，完成时限：2026年6月）
三、进度滞后的任务（1项）
22.老旧厂房改造利用。（牵头单位：区工信局，完成时限：2025年9月）主要原因是产权清理未完成，已督促加快推进。
";

/// Tasks grouped by how they stand (`二、按序时推进的任务（5项）`): the
/// group's title gives its tasks their state (they were not started, as
/// findings without progress).
#[test]
fn tasks_grouped_by_state_take_the_groups_state() {
    let r = convert(TASKS_GROUPED_BY_STATE);
    let states = common::states(&r);
    let count = |s: Status| states.iter().filter(|&&x| x == s).count();
    assert_eq!(
        (count(Done), count(InProgress), count(NotStarted)),
        (16, 6, 0)
    );
}

const BULLETIN_ACROSS_UNITS: &str = "\
关于十四届县委第五轮巡察集中整改进展情况的公告
（2025年12月8日）

按照县委巡察工作部署，十四届县委第五轮巡察对县民政局、县人社局2个单位党组开展了常规巡察。现将集中整改进展情况公告如下：

县民政局党组：巡察反馈问题15个，已完成整改13个，正在整改2个。其中，针对养老服务机构监管不到位问题，开展养老机构安全隐患排查整治，整改隐患23处；针对社会救助审核不严问题，清退不符合条件低保对象46户。

县人社局党组：巡察反馈问题12个，已完成整改10个，正在整改1个，长期坚持1个。其中，针对根治欠薪工作不到位问题，追回农民工工资316万元；针对就业补贴发放不规范问题，追回违规补贴资金8.2万元。

欢迎广大干部群众对巡察整改情况进行监督。

中共某某县委巡察工作领导小组办公室
";

/// A bulletin across units, each unit's counts in its own paragraph
/// (`县民政局党组：巡察反馈问题15个，…`, `县人社局党组：…12个…`): no unit's
/// count is the report's (the first unit's 15 was read as the whole), and
/// with nothing read as a problem the editor is warned.
#[test]
fn one_units_count_is_not_the_reports() {
    let c = rectify_core::convert::convert_notice(
        BULLETIN_ACROSS_UNITS,
        &rectify_core::convert::ConvertOptions::default(),
    );
    assert_eq!(c.report.stated_totals, None);
    assert!(
        c.warnings
            .iter()
            .any(|w| w.message.starts_with("未识别出任何问题")),
        "{:?}",
        c.warnings
    );
    // One unit named, or a whole labelled so, still counts the report.
    let r = convert(
        "关于巡察整改情况的通报\n总体情况：巡察反馈问题15个，已完成整改13个，正在整改2个。\n\
         县民政局党组：巡察反馈问题15个，已完成整改13个，正在整改2个。\n\
         1.预算管理不规范。已完成整改。\n",
    );
    assert_eq!(r.stated_totals.map(|t| t.total), Some(Some(15)));
}
