//! Shapes met in session 62. Every notice here is my own, and each test
//! fails on the converter of the session's start (0a26c9d).

mod common;

use common::{assert_accounted, assert_owners, assert_states, convert, problem};
use rectify_core::model::Status;

use Status::*;

/// Numbering reused one level deeper (`1.…方面` › `（1）…` › `1.` `2.`
/// measures) with a note of owners between a problem and its first
/// measure: the measures are the problem's, not items after its area.
#[test]
fn a_note_between_a_problem_and_its_measures_keeps_them_its_own() {
    let text = "\
某县农业农村局党组关于巡察整改进展情况的通报

巡察反馈的2个方面3个问题，已完成整改2个，正在整改1个。

二、巡察反馈问题的整改落实情况
1.关于政治建设方面
（1）理论学习中心组学习存在“以读代学”现象。
责任单位：局办公室、机关党委
1.修订中心组学习制度，明确每月集中学习不少于1次；
2.开展专题研讨4次。
整改进展：已完成整改。
（2）高标准农田建设进度滞后。
1.成立工作专班，实行周调度；
2.对3个未完工项目倒排工期。
责任单位：农田建设管理股
整改进展：正在整改，预计2026年3月底前完成。
2.关于全面从严治党方面
（1）惠农补贴资金发放监管不严。
　　牵头领导：张某某　　责任单位：计划财务股
1.对6类惠农补贴发放情况开展全面排查，追回资金12.6万元；
2.推动补贴资金线上审核。
整改进展：已完成整改。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("理论学习中心", Done),
            ("高标准农田建", InProgress),
            ("惠农补贴资金", Done),
        ],
    );
    assert_owners(
        &r,
        &[
            ("理论学习", &["局办公室", "机关党委"]),
            ("惠农补贴", &["张某某", "计划财务股"]),
        ],
    );
    assert_eq!(problem(&r, "理论学习").children.len(), 2);
}

/// A problem read done whose report ends saying the work goes on
/// (`已建立长效机制，持续推进。`) is long-term when the notice's own totals
/// count exactly that many more long-term and fewer done.
#[test]
fn totals_settle_done_work_that_goes_on_as_long_term() {
    let text = "\
某县文旅局党组关于巡察整改进展情况的通报

巡察反馈问题3个，已完成整改1个，正在整改1个，需长期坚持的1个。

1.文物安全巡查不到位。
整改进展：已完成整改。
2.干部队伍年龄结构老化。
整改进展：已建立长效机制，持续推进。
3.公共文化设施利用率不高。
整改进展：正在整改。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("文物安全巡查", Done),
            ("干部队伍年龄", LongTerm),
            ("公共文化设施", InProgress),
        ],
    );
    // Without totals to say so, the words are read as they stand.
    let untold = convert(&text.replace(
        "巡察反馈问题3个，已完成整改1个，正在整改1个，需长期坚持的1个。",
        "",
    ));
    assert_eq!(problem(&untold, "干部队伍").status, Some(Done));
}

/// A table copied one cell per line whose cells wrap onto two lines (a
/// finding after a comma, measures after a comma): the wrapped lines are
/// the cell's, every later cell keeps its column, and the rows after it
/// are read.
#[test]
fn wrapped_cells_of_a_table_one_cell_a_line() {
    let text = "\
某县市场监督管理局党组关于巡察整改进展情况的公告

反馈的3个问题中已完成整改2个，正在整改1个。
序号
反馈问题
整改措施
责任单位
完成时限
整改进展
1
落实食品安全“两个责任”不到位
制定包保督导工作清单，建立督导台账
食品安全协调股
2025年9月30日
已完成整改
2
特种设备安全监管存在盲区，
部分乡镇电梯维保检查覆盖不全
开展特种设备隐患排查专项行动，检查电梯412台
特种设备安全监察股、各市场监管所
2025年10月底
已完成整改
3
执法办案程序不规范
开展案卷评查，组织执法人员培训2期，
评查发现的问题案卷19件均已补正
法规股
2026年6月30日
正在整改
欢迎广大干部群众监督。联系电话：0000-6123456。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("落实食品安全", Done),
            ("特种设备安全", Done),
            ("执法办案程序", InProgress),
        ],
    );
    let lift = problem(&r, "特种设备");
    assert!(lift.title.contains("覆盖不全"), "{}", lift.title);
    assert_eq!(lift.owners, ["特种设备安全监察股", "各市场监管所"]);
    assert_eq!(lift.deadline.as_deref(), Some("2025-10-31"));
    let cases = problem(&r, "执法办案");
    assert_eq!(cases.owners, ["法规股"]);
    assert_eq!(cases.deadline.as_deref(), Some("2026-06-30"));
}

/// Text from a PDF whose lines wrap at 25 to 33 characters, with a running
/// head under each page number: the lines run on into their paragraphs
/// (a count cut at the line end, `21` / `4个`, is one figure), and the head
/// is skipped as the page's, not read into a problem.
#[test]
fn pdf_lines_of_uneven_width_and_a_running_head() {
    let text = "\
中共某市自然资源局党组关于巡察反馈意见整改进展情况的通报
根据市委统一部署，2025年4月8日至6月6日，市委第二巡察
组对市自然资源局党组开展了常规巡察，并于2025年8月
12日向局党组反馈了巡察意见。巡察反馈指出2个方面3个具
体问题。截至2026年1月31日，3个问题中已完成整改2
个，正在整改1个。按照党务公开和巡察工作有关要求，现将
整改进展情况予以公布。
一、巡察反馈问题整改落实情况
（一）关于贯彻落实决策部署方面
1.耕地保护责任落实不够到位，部分乡镇违法占用耕地问题整
改滞后。
整改情况：已完成整改。开展耕地保护专项执法行动，排查疑似违法图斑21
4个，依法立案查处19件，拆除复耕面积86.3亩；建立
“田长制”月巡查机制，将耕地保护纳入乡镇年度考核。
2.国土空间规划编制进度滞后，部分村庄规划未按期完成。
整改情况：正在整改。已完成村庄规划编制47个，剩余12个已
— 1 —
某市自然资源局巡察整改专栏
完成初步成果，正在按程序报批，预计2026年6月底前全部完
成，届时将及时向社会公开村庄规划成果，接受群众的监督。
（二）关于全面从严治党方面
1.工程项目管理不规范，个别测绘项目存在先实施后签合同的情况
。
整改情况：已完成整改。对2022年以来实施的测绘项目全面自查，
修订《局机关政府采购和合同管理办法》，建立合同审查前置机
— 2 —
某市自然资源局巡察整改专栏
制，对2名相关责任人进行了提醒谈话，相关问题已整改到位。
中共某市自然资源局党组
2026年2月10日
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("耕地保护责任", Done),
            ("国土空间规划", InProgress),
            ("工程项目管理", Done),
        ],
    );
    assert_eq!(common::stated_triple(&r), Some((3, 2, 1)));
    let farmland = problem(&r, "耕地保护");
    assert!(farmland.title.ends_with("整改滞后。"), "{}", farmland.title);
    assert!(farmland.body.contains("图斑214个"), "{}", farmland.body);
    for n in r.walk() {
        assert!(!n.body.contains("专栏"), "{}: {}", n.id, n.body);
    }
    let heads = r.skipped.iter().filter(|s| s.reason == "页眉页脚").count();
    assert_eq!(heads, 2);
}

/// A deadline's key of a deadline's shape (`办结时限：`, two characters of
/// what is to be done before `时限`) keys the deadline, dated or not by
/// `前`.
#[test]
fn any_time_limit_key_gives_the_deadline() {
    let text = "\
某市城市管理局关于反馈事项落实情况的通报

反馈事项2项，已办结1项，推进中1项。

二、聚焦反馈事项，逐项对账销号
1.反馈事项：占道经营治理反弹。
落实举措：开展夜市专项整治。
目前进展：已办结。
牵头科室：市容科
办结时限：2025年9月底
2.反馈事项：环卫作业标准执行不严。
落实举措：修订作业规范，开展考核。
目前进展：正在推进。
牵头科室：环卫科
办结时限: 2026年一季度末
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(
        problem(&r, "占道经营").deadline.as_deref(),
        Some("2025-09-30")
    );
    assert_eq!(
        problem(&r, "环卫作业").deadline.as_deref(),
        Some("2026-03-31")
    );
}

/// A Word document pasted without its automatic numbering: nothing is
/// labelled, but each problem is a finding's line, its measures' lines and
/// a keyed report; short lines between a report and the next finding are
/// the areas' headings.
#[test]
fn problems_whose_numbers_were_lost_end_in_their_reports() {
    let text = "\
中共某县农业农村局党组关于巡察反馈意见整改进展情况的通报

巡察反馈的2个方面4个问题，已完成整改3个，正在整改1个。

巡察反馈问题整改落实情况
贯彻落实决策部署方面的问题
理论学习中心组学习不够深入，学用结合不够紧密。
制定学习计划，确定12个学习专题。
开展专题研讨4次，撰写研讨材料18篇。
整改情况：已完成整改。
高标准农田建设项目推进缓慢，部分项目未按期完工。
建立项目建设“周调度、月通报”机制。
约谈进度滞后的施工单位2家。
整改情况：正在整改。剩余2个项目计划于2026年5月底前完成竣工验收。（责任股室：农田建设管理股）
干部队伍和组织建设方面的问题
干部队伍年龄结构老化，专业技术人才短缺。
通过公开招聘补充专业技术人员5名。
整改情况：已完成整改。
基层党组织建设比较薄弱，“三会一课”制度落实不严格。
逐一检查7个支部组织生活记录。
整改情况：已完成整改。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("理论学习中心", Done),
            ("高标准农田建", InProgress),
            ("干部队伍年龄", Done),
            ("基层党组织建", Done),
        ],
    );
    let farmland = problem(&r, "高标准农田");
    assert_eq!(farmland.owners, ["农田建设管理股"]);
    assert_eq!(farmland.deadline.as_deref(), Some("2026-05-31"));
    assert!(farmland.body.contains("约谈进度滞后"), "{}", farmland.body);
    let areas = common::focus_areas(&r);
    assert_eq!(areas.len(), 2, "{areas:?}");
}

/// An area's heading sentence, then its findings listed `一是…；二是…` and
/// answered in the same paragraph by naming each (`针对第一个问题，…`):
/// each finding is a problem under the area, its state read from its
/// answer.
#[test]
fn findings_listed_and_answered_by_name_in_an_areas_paragraph() {
    let text = "\
某县市场监督管理局党组关于巡察整改进展情况的通报

巡察反馈的5个问题中已完成整改3个，正在整改1个，需长期坚持1个。

二、巡察反馈问题整改落实情况
（一）关于落实主体责任方面。巡察指出：一是党组对全面从严治党研究部署不够经常；二是“一岗双责”落实不到位；三是对基层所党建工作指导不够。整改情况：针对第一个问题，修订《党组工作规则》，已完成整改；针对第二个问题，组织班子成员开展廉政谈话，正在推进，预计2026年6月底前完成；针对第三个问题，建立“月检查、季通报”机制，将长期坚持。
（二）关于干部队伍建设方面。巡察指出：一是年轻干部储备不足；二是干部教育培训针对性不强。整改情况：针对第一个问题，公开招录专业人员5名，已完成整改；针对第二个问题，举办专题培训班4期，已完成整改。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("党组对全面从", Done),
            ("“一岗双责”", InProgress),
            ("对基层所党建", LongTerm),
            ("年轻干部储备", Done),
            ("干部教育培训", Done),
        ],
    );
    assert_eq!(
        problem(&r, "一岗双责").deadline.as_deref(),
        Some("2026-06-30")
    );
    assert_eq!(common::focus_areas(&r).len(), 2);
}

/// A page scraped carelessly: entities left in (`&ldquo;…&rdquo;`), and a
/// line break lost before the next problem (`整改情况：已完成整改。2.…`)
/// and before the next area's heading (`…已完成整改。（二）关于…方面`):
/// the entities read as the characters they stand for, and the problem and
/// the heading are set apart where the numbering goes on.
#[test]
fn entities_and_lost_line_breaks_of_a_scraped_page() {
    let text = "\
某县市场监督管理局党组关于巡察整改进展情况的通报<br>
巡察反馈问题3个，已完成整改2个，正在整改1个。<br>
（一）关于落实主体责任方面<br>
1.&nbsp;落实食品安全&ldquo;两个责任&rdquo;不够有力。<br>
责任单位：食品生产监管股。<br>
整改情况：已完成整改。2.&nbsp;特种设备安全隐患排查不彻底。责任单位：特种设备安全监察股。<br>
整改情况：已完成整改。（二）关于干部队伍建设方面<br>
1.&nbsp;年轻干部储备不足。<br>
整改情况：正在整改，预计2026年6月底前完成。<br>
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("落实食品安全", Done),
            ("特种设备安全", Done),
            ("年轻干部储备", InProgress),
        ],
    );
    assert!(problem(&r, "两个责任").title.contains("“两个责任”"));
    assert_owners(
        &r,
        &[
            ("落实食品安全", &["食品生产监管股"]),
            ("特种设备安全", &["特种设备安全监察股"]),
        ],
    );
    assert_eq!(common::focus_areas(&r).len(), 2);
}

/// A phone article's levels marked by three bullet characters (`◆` areas,
/// `●` problems, `▲` measures), each problem's state in a tag line after
/// its measures: the bullets nest as numbered levels do, and each state is
/// its problem's.
#[test]
fn bullets_of_three_characters_are_areas_problems_and_measures() {
    let text = "\
某县市场监督管理局党组关于巡察反馈意见整改进展情况的通报

巡察组一共指出了2个方面3个问题，已完成整改1个，正在推进1个，需长期坚持1个。

◆ 贯彻落实重大决策部署方面

● 食品安全“两个责任”落实不够到位。

▲ 重新梳理包保清单，全部落实包保干部。

▲ 对督导走过场的3名干部进行了约谈。

【整改进展】已完成

● 知识产权保护力度不够。

▲ 出台商标品牌培育三年行动方案。

【整改进展】长期坚持

◆ 落实全面从严治党方面

● 执法办案程序不规范。

【责任单位】法规股

▲ 对行政处罚案卷开展全面评查。

【整改进展】正在推进，计划2026年6月底前全面完成
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("食品安全“两", Done),
            ("知识产权保护", LongTerm),
            ("执法办案程序", InProgress),
        ],
    );
    assert_eq!(common::focus_areas(&r).len(), 2);
    let cases = problem(&r, "执法办案");
    assert_eq!(cases.deadline.as_deref(), Some("2026-06-30"));
    assert_eq!(cases.owners, ["法规股"]);
    assert_eq!(problem(&r, "食品安全").children.len(), 2);
}

/// A problem's line broken off mid-word, its sentence begun (a comma in
/// it) and ended on the next line: the title runs on; a heading's line
/// (`（二）…方面`) holds no sentence in progress and does not.
#[test]
fn an_items_line_broken_mid_word_runs_on() {
    let text = "\
某镇党委关于巡察整改进展情况的通报

巡察反馈问题2个，已完成整改1个，正在整改1个。

一、财务管理方面
（一）村级财务管理监督不严，部分村存在大额现金支付、白条入账、报账凭证审批手续不全等
问题，村务监督委员会作用发挥不充分。
整改成效：已完成整改。
二、项目建设方面
（二）农村供水保障工程推进缓慢，3个乡镇管网改造滞后于
计划进度。
整改成效：正在整改。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(&r, &[("村级财务管理", Done), ("农村供水保障", InProgress)]);
    assert!(problem(&r, "村级财务").title.ends_with("作用发挥不充分。"));
    assert!(problem(&r, "农村供水").title.ends_with("计划进度。"));
}
