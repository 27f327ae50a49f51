//! Shapes met in session 70. Every notice here is my own, and each test
//! fails on the converter of the session's start (a0710d6).

mod common;

use common::{assert_accounted, assert_owners, assert_states, convert, problems};
use rectify_core::model::Status;

use Status::*;

/// A finding stated in a sentence (`（一）…压得不实，对下属单位监管偏松。`)
/// over numbered measures, one of which acts on those who failed
/// (`3.对监督管理不力的2名…负责人进行了提醒谈话。`): the failing is whom the
/// measure acts on, so the `（一）` items are the problems, not areas.
#[test]
fn measure_acting_on_a_failing_under_a_stated_finding() {
    let text = "\
中共青溪县农业农村局党组关于县委第二轮巡察反馈意见整改进展情况的通报

根据县委巡察工作统一部署，2025年3月至5月，县委第二巡察组对县农业农村局党组开展了巡察。现将整改进展情况通报如下。

一、整改工作总体情况
局党组把巡察整改作为重要政治任务，成立整改工作领导小组。

二、巡察反馈问题整改落实情况
（一）党组主体责任压得不实，对下属单位监管偏松。
1.修订完善《局党组议事规则》，明确重大事项集体决策程序。（已完成）
2.开展下属单位专项检查，形成检查报告。（已完成）
3.对监督管理不力的2名下属单位负责人进行了提醒谈话。（已完成）
（二）财务管理不规范，部分支出审批手续不全。
1.对2023年以来支出凭证逐笔核查，补齐审批手续。（已完成）
2.修订《财务报销管理办法》。（持续推进）
（三）干部队伍建设滞后，年轻干部储备不足。
1.制定年轻干部培养计划。（已完成）
2.对履职不到位的3名干部进行了批评教育。（已完成）

三、下一步工作打算
继续巩固整改成果。

中共青溪县农业农村局党组
2025年9月10日
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("党组主体责任", Done),
            ("财务管理不规", InProgress),
            ("干部队伍建设", Done),
        ],
    );
}

/// Unnumbered lead sentences, as a page sets bold sentences on their own
/// lines (`政治理论学习不够深入系统。`), each over one or two longer
/// paragraphs of the work, some answering the finding again (`针对…的问题，
/// 修订了…`): each lead is a problem and the paragraphs are its text, also
/// under a section named as a domain whose findings speak of earlier work
/// (`上轮巡察整改不彻底。`).
#[test]
fn lead_sentences_over_paragraphs() {
    let text = "\
中共青溪县统计局党组关于县委第一巡察组反馈意见整改进展情况的通报

县委第一巡察组共反馈问题6个，截至2025年10月底，已完成整改5个，正在推进1个。

一、落实上级决策部署方面

统计数据质量管控不够严格。

针对部分专业数据审核流于形式、源头数据核查不深入的问题，局党组修订了《统计数据质量控制办法》，建立“三级审核”制度，对2024年以来的联网直报数据开展回头看，核查企业186家。目前已整改完成。

统计执法检查覆盖面偏窄。

制定年度“双随机”执法检查计划，将检查对象扩展至全部规模以上企业，全年开展执法检查42家次，查处统计违法案件3件，并在门户网站公开曝光。目前已整改完成。

二、全面从严治党方面

党组主体责任压得不实。

针对党组研究部署全面从严治党工作不经常的问题，制定主体责任清单和年度任务清单，每季度专题研究1次。

同时，党组书记与班子成员、班子成员与分管股室负责人逐级开展谈心谈话56人次。目前已整改完成。

公务用车管理不够规范。

对2023年以来的公务用车使用记录逐单核对，补齐审批手续28份，修订《公务用车管理规定》，推行“一车一卡”加油管理。目前已整改完成。

三、落实巡察、审计等监督发现问题整改方面

上轮巡察整改不彻底。

对上轮巡察反馈的9个问题逐项开展“回头看”，对整改不到位的2个问题重新制定整改措施，建立整改长效机制。目前已整改完成。

审计发现问题整改不到位。

针对县审计局指出的专项经费结余未及时清理的问题，已收回结余资金12.6万元，剩余部分正在按程序清理，计划2025年12月底前完成。

欢迎干部群众对巡察整改落实情况进行监督。联系电话：0000-1234567。

中共青溪县统计局党组
2025年11月5日
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("统计数据质量", Done),
            ("统计执法检查", Done),
            ("党组主体责任", Done),
            ("公务用车管理", Done),
            ("上轮巡察整改", Done),
            ("审计发现问题", InProgress),
        ],
    );
    let second = problems(&r)[2];
    assert_eq!(second, "党组主体责任压得不实。");
    let body = &common::problem(&r, "党组主体责任").body;
    assert!(body.contains("逐级开展谈心谈话"), "{body}");
}

/// An audit's report on each problem naming, sentence by sentence, the
/// units that did the work (`…区疾控中心已将租金全部上缴。区卫生健康委员会
/// 对…进行了全面清查`, `同时，区教育局已…`, `医院人事科已会同纪检监察室…`),
/// and money recovered with a remainder counted after a semicolon
/// (`已收回资金12.2万元；剩余3.4万元…`): every unit is an owner, and a
/// remainder leaves the work under way.
#[test]
fn owners_of_each_sentence_and_a_remainder_after_a_semicolon() {
    let text = "\
云溪区审计局关于2024年度区级预算执行审计查出问题整改情况的报告

审计查出问题3个，截至2025年10月底，已整改到位2个，正在整改1个。

一、审计查出问题整改情况
1.出租房产收入未按规定上缴。区疾病预防控制中心将闲置房产对外出租，租金收入8.2万元未上缴区财政。
整改情况：区疾病预防控制中心已将租金收入8.2万元全部上缴区财政。区卫生健康委员会对所属单位资产出租情况进行了全面清查。
2.学生资助资金发放不够精准。向不符合条件的学生发放资助资金15.6万元。
整改情况：已收回资金12.2万元，上缴区财政；剩余3.4万元正协调相关学校逐户追回。同时，区教育局已与区民政局建立学生资助信息比对机制。
3.违规发放津贴补贴。区人民医院超标准发放津贴补贴23.56万元。
整改情况：医院人事科已会同纪检监察室逐人核实，23.56万元已全部收回。

云溪区审计局
2025年11月20日
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("出租房产收入", Done),
            ("学生资助资金", InProgress),
            ("违规发放津贴", Done),
        ],
    );
    assert_owners(
        &r,
        &[
            ("出租房产", &["区疾病预防控制中心", "区卫生健康委员会"]),
            ("学生资助", &["区教育局"]),
            ("违规发放", &["医院人事科", "纪检监察室"]),
        ],
    );
}

/// Chief officers' posts before a person's name (`总工程师 刘某某`,
/// `财务总监 陈某某`) and a second person with their post after a `；`
/// (`…总经理 李某某；副总经理 王某某`): the persons are the owners.
#[test]
fn chief_officers_posts_and_persons_after_a_semicolon() {
    let text = "\
中共青川省水利厅党组关于省委巡视反馈意见整改进展情况的通报

一、巡视反馈问题整改情况
1.重大水利工程建设进度滞后。
整改情况：正在推进，已完成年度投资的85%。
责任处室：建设管理处  责任人：副厅长 王某某、总工程师 刘某某  完成时限：2025年12月底前
2.财务管理不规范。
整改情况：已完成整改。
整改责任人：财务总监 陈某某
3.工程建设廉洁风险防控不到位。
整改情况：已完成整改。
整改责任人：党委副书记、总经理 李某某；副总经理 王某某

中共青川省水利厅党组
2025年10月9日
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 3);
    assert_owners(
        &r,
        &[
            ("重大水利", &["建设管理处", "王某某", "刘某某"]),
            ("财务管理", &["陈某某"]),
            ("廉洁风险", &["李某某", "王某某"]),
        ],
    );
}

/// Each problem one paragraph of inline fields (`（一）问题：…。整改措施：…。
/// 责任单位：…。完成时限：立行立改。整改进展：…`): the deadline after the
/// measures' key is the problem's, a phrase too; and a plan for what is
/// left without a plan word (`已完成9处，其余5处2025年10月底前全部完成`)
/// is dated.
#[test]
fn inline_fields_and_a_remainder_due_by_a_date() {
    let text = "\
青溪市人民政府关于省委巡视反馈意见整改进展情况的报告

一、关于贯彻落实党中央决策部署方面
（一）问题：部分重点项目前期工作推进缓慢。整改措施：建立重点项目前期工作联审机制。责任单位：市发展改革委。完成时限：2025年12月底前。整改进展：已完成12个项目的审批手续，其余2个项目正在办理用地手续。
（二）问题：落实中央八项规定精神不够严格。整改措施：开展公务用车专项检查。责任单位：市机关事务管理局。完成时限：立行立改。整改进展：问题已全部整改到位。
（三）问题：农村道路损毁修复不及时。整改措施：督促施工单位对14处损毁道路进行返修。责任单位：市交通运输局。整改进展：目前已完成9处，其余5处2025年10月底前全部完成。

青溪市人民政府
2025年9月1日
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("部分重点项目", InProgress),
            ("落实中央八项", Done),
            ("农村道路损毁", InProgress),
        ],
    );
    let deadline = |opening: &str| common::problem(&r, opening).deadline.clone();
    assert_eq!(deadline("部分重点项目").as_deref(), Some("2025-12-31"));
    assert_eq!(deadline("落实中央八项").as_deref(), Some("立行立改"));
    assert_eq!(deadline("农村道路损毁").as_deref(), Some("2025-10-31"));
}

/// A problem's note of owners and its statement of state after its
/// measures (`（3）已将…纳入考核，对3个记录不规范的党总支进行了通报。` ›
/// `牵头单位：…；完成时限：…` › `目前该问题已整改完成。`; `③…` › `此项正在
/// 整改中，预计…完成。`) are the problem's, though the last measure names
/// a failing as what it acted on.
#[test]
fn notes_and_states_after_measures_naming_a_failing() {
    let text = "\
中共青川职业技术学院委员会关于省委巡视整改进展情况的报告

一、巡视反馈问题整改情况
1.党委理论学习中心组学习不够深入系统。
整改情况：
（1）已修订中心组学习规则，制定年度学习计划。
（2）已将中心组学习情况纳入二级党组织年度考核，对3个学习记录不规范的二级学院党总支进行了通报。
牵头单位：党委宣传部；完成时限：2025年6月底前
目前该问题已整改完成。
2.学校布局不够合理，城区学校大班额问题未彻底消除。
①对城区学校学位情况进行全面摸底，制定化解工作方案。
②对5所超额招生不规范的学校进行了约谈。
此项正在整改中，预计2026年春季学期开学前完成。

中共青川职业技术学院委员会
2025年10月9日
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(&r, &[("党委理论学习", Done), ("学校布局不够", InProgress)]);
    let first = common::problem(&r, "党委理论学习");
    assert_eq!(first.owners, ["党委宣传部"]);
    assert_eq!(first.deadline.as_deref(), Some("2025-06-30"));
    assert!(
        first.body.contains("目前该问题已整改完成"),
        "{}",
        first.body
    );
    let second = common::problem(&r, "学校布局不够");
    assert!(second.body.contains("此项正在整改中"), "{}", second.body);
}

/// A phone article's items: each number alone on its line (`01` … `10`)
/// over the finding, a line tagging its state (`✅ 已完成`) and the work
/// done, opened by the departments that did it (`镇财政所会同镇民政办对…`).
#[test]
fn numbers_alone_over_findings_and_state_tags() {
    let mut text = String::from(
        "中共青溪县云岭镇委员会关于巡察反馈意见整改进展情况的通报\n\n巡察反馈的10个问题中，已完成整改9个，正在推进1个。\n\n",
    );
    for k in 1..=10 {
        let (mark, state) = if k == 3 {
            ("🔄", "推进中")
        } else {
            ("✅", "已完成")
        };
        text.push_str(&format!(
            "{k:02}\n第{k}项工作制度落实不到位，存在薄弱环节。\n{mark} {state}\n镇财政所会同镇民政办对第{k}项工作开展全面排查，建立管理台账。\n\n"
        ));
    }
    text.push_str("中共青溪县云岭镇委员会\n2025年10月16日\n");
    let r = convert(&text);
    assert_accounted(&text, &r);
    let found = problems(&r);
    assert_eq!(found.len(), 10, "{found:?}");
    assert_eq!(found[9], "第10项工作制度落实不到位，存在薄弱环节。");
    let third = common::problem(&r, "第3项工作");
    assert_eq!(third.status, Some(InProgress));
    assert_owners(&r, &[("第10项工作", &["镇财政所", "镇民政办"])]);
}

/// A section of problems with no keyword a section of problems has
/// (`二、关于“三个聚焦”的落实情况` › `（一）聚焦政治监督`), its findings
/// worded softly (`…需要进一步细化。`, `…还有差距。`), each reporting its
/// own state under `整改落实：`: the findings are the problems, and the
/// totals are the opening's, not a count inside a report.
#[test]
fn softly_worded_findings_each_reported_under_no_keyword() {
    let text = "\
中共云梧市人民医院医疗集团委员会关于市委巡察反馈意见整改进展情况的通报

一、整改工作组织情况
（一）提高政治站位，压紧压实整改责任。
集团党委召开专题会议，成立整改工作领导小组。
（二）细化整改方案，建立健全工作机制。
截至2025年4月30日，巡察反馈的4项具体问题中，已完成整改3项，正在推进整改1项。

二、关于“三个聚焦”的落实情况
（一）聚焦政治监督
1.党委会研究“三重一大”事项的议事规则需要进一步细化。
整改落实：集团党委办公室修订议事规则，已于2025年2月印发执行。
2.对巡察、审计等发现问题的跟踪督办机制还需健全。
整改落实：共梳理问题31个，目前已整改销号24个，其余7个正在加紧推进，计划于2025年6月底前完成。
（二）聚焦民生实事
1.部分院区预约挂号号源投放与群众需求还有差距。
整改落实：已将号源投放比例提高至85%，整改完成。
2.年轻干部选拔使用的渠道还可以更宽一些。
整改落实：已制定年轻干部培养选拔实施办法。

三、下一步打算
（一）持续深化整改成效。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("党委会研究“", Done),
            ("对巡察、审计", InProgress),
            ("部分院区预约", Done),
            ("年轻干部选拔", Done),
        ],
    );
    assert_eq!(common::stated_triple(&r), Some((4, 3, 1)));
}

/// A phone article's sections headed by words in brackets alone on their
/// lines (`【整改总体情况】` `【具体整改情况】` `【下一步打算】`), its readers'
/// count and end mark (`阅读 1234`, `END`): the brackets head the parts,
/// so the plans are no problem's text, and the page's counts are no text.
#[test]
fn bracketed_section_headings_of_a_phone_article() {
    let text = "\
中共青溪县云岭镇委员会关于巡察反馈意见整改进展情况的通报
阅读 1234

【整改总体情况】
巡察反馈的2个问题中，已完成整改1个，正在推进1个。

【具体整改情况】
01
党委理论学习中心组学习制度落实不到位。
✅ 已完成
镇党政办修订了学习制度。
02
农村人居环境整治成效不够稳固。
🔄 推进中
镇人居环境整治办调整垃圾清运线路，计划2025年12月底前完成。

【下一步打算】
一是持续压实整改责任，下一步将继续推进。

中共青溪县云岭镇委员会
2025年10月16日
END
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(&r, &[("党委理论学习", Done), ("农村人居环境", InProgress)]);
    let sections: Vec<&str> = r.nodes.iter().map(|n| n.title.as_str()).collect();
    assert!(sections.contains(&"【下一步打算】"), "{sections:?}");
    let skipped: Vec<&str> = r.skipped.iter().map(|s| s.text.as_str()).collect();
    assert!(
        skipped.contains(&"阅读 1234") && skipped.contains(&"END"),
        "{skipped:?}"
    );
}

/// Each problem one paragraph naming its finding by a quote before a colon
/// (`针对“…”的问题：一是…；二是…。该问题已整改完成。`): the quote's words are
/// the title, and the departments each listed measure opens with
/// (`二是厅耕地保护监督处对…`) its owners.
#[test]
fn quoted_findings_before_a_colon_over_measures_inline() {
    let text = "\
中共江川省自然资源厅党组关于省委巡视集中整改进展情况的通报

一、贯彻落实党中央决策部署方面（共2个问题）

针对“耕地保护责任落实不够严格，部分市县违法占用耕地问题整改进度偏慢”的问题：一是提请省政府办公厅印发考核办法；二是厅耕地保护监督处对12个县开展实地核查，逐宗建立整改台账。该问题已整改完成。

针对“干部队伍结构不够合理”的问题：一是厅人事处制定干部队伍建设规划；二是公开遴选专业技术干部12名。目前正在推进，预计2026年3月底前完成。

中共江川省自然资源厅党组
2025年11月3日
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(
        problems(&r),
        [
            "针对“耕地保护责任落实不够严格，部分市县违法占用耕地问题整改进度偏慢”的问题：",
            "针对“干部队伍结构不够合理”的问题：",
        ]
    );
    assert_owners(
        &r,
        &[
            ("耕地保护", &["厅耕地保护监督处"]),
            ("干部队伍", &["厅人事处"]),
        ],
    );
}

/// An audit's findings unit by unit, each unit's listed in one paragraph
/// as `一是…（已整改）；二是…（正在整改，计划…前完成）。`, each closed by its
/// state in brackets: each is a problem of the unit's group, its owner the
/// unit, its plan its deadline.
#[test]
fn findings_listed_inline_each_closed_by_its_state() {
    let text = "\
云岭市审计局关于2024年度市级预算执行审计查出问题整改情况的报告

审计查出问题5个，已整改3个，正在整改2个。

一、市级部门预算执行审计查出问题的整改情况
（一）市教育局
一是部分学校食堂经营收支未纳入学校财务统一核算，涉及资金312.6万元（已整改）；二是2个专项资金项目未按规定开展绩效评价（已整改）；三是综合实验楼项目未及时办理竣工财务决算（正在整改，计划2026年3月底前完成）。
市教育局已印发食堂财务管理办法，并委托中介机构开展竣工财务决算审核。
（二）市民政局
一是养老服务补助资金结转结余未及时收回（已整改）；二是救助数据比对不及时（正在整改）。
市民政局已将结余资金上缴市级财政。

云岭市审计局
2025年12月26日
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("部分学校食堂", Done),
            ("2个专项资金", Done),
            ("综合实验楼项", InProgress),
            ("养老服务补助", Done),
            ("救助数据比对", InProgress),
        ],
    );
    let building = common::problem(&r, "综合实验楼");
    assert_eq!(building.owners, ["市教育局"]);
    assert_eq!(building.deadline.as_deref(), Some("2026-03-31"));
}

/// Categories that count their own findings in a note (`1. 关于…的问题(共2项)`
/// › `（1）…` `（2）…`, each over `整改措施：` › `①…`) under an area: the
/// bracketed items are the problems, the categories group them.
#[test]
fn categories_counting_their_findings_under_an_area() {
    let text = "\
中共华岳能源集团有限公司委员会关于巡视反馈意见整改进展情况的通报

巡视组指出了3项具体问题，已完成整改2项，正在推进1项。

二、反馈问题整改落实情况

（一）贯彻落实重大决策部署方面

1. 关于推动绿色低碳转型不够有力的问题(共2项)

（1）对新能源转型发展研究谋划不深，新能源装机目标完成滞后。
整改措施：
①修订发展规划中期评估报告；
②成立新能源项目开发专班。
责任部门：战略规划部
整改成效：正在推进。储备项目前期工作正在按计划推进。

（2）火电机组节能降碳改造推进缓慢。
整改措施：
①对在役煤电机组逐台开展能效诊断；
②完成2号机组通流改造。
责任部门：生产技术部
整改成效：已完成。2台机组改造已投运。

2. 关于安全生产主体责任落实不到位的问题(共1项)

（1）双重预防机制运行不规范。
整改措施：
①修订双重预防机制管理办法。
责任部门：安全环保部
整改成效：已完成。办法已印发执行。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("对新能源转型", InProgress),
            ("火电机组节能", Done),
            ("双重预防机制", Done),
        ],
    );
}
