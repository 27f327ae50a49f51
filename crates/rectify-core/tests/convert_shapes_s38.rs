//! Shapes met in session 38. Every notice here is my own, one per shape,
//! and each test failed on the converter of the session's start (0247aaa)
//! unless it says it is a guard.

mod common;

use common::{assert_accounted, assert_states, convert, problems};
use rectify_core::model::Status;

use Status::*;

/// A first section telling how the work was organised, its title and
/// headings all lines of work (`一、压实责任，扎实推进整改` › `（一）加强
/// 组织领导，健全工作机制` › `1.成立整改领导小组。…`), and a last section of
/// next steps whose headings open with a measure's verb (`（一）持续推进未完成
/// 整改事项` › `1.…`): neither holds problems; the findings are the
/// `问题：` items of the middle section.
#[test]
fn an_account_of_the_work_and_next_steps_hold_no_problems() {
    let text = "\
某某公司党委关于巡察反馈意见整改进展情况的通报
一、压实责任，扎实推进整改
公司党委把巡察整改作为重大政治任务。
（一）加强组织领导，健全工作机制
1.成立整改工作领导小组。党委书记任组长，班子成员为成员。
2.落实第一责任人责任。党委书记先后主持召开专题会议6次。
（二）细化整改方案，建立工作台账
1.对照反馈的6个问题，制定整改方案，细化措施21条。
2.实行周调度、月通报，对进度滞后的部门下发督办单3份。
二、巡察反馈问题整改进展情况
（一）党的建设方面
1.问题：基层党支部组织生活不规范，部分支部未按期召开组织生活会。
整改措施及进展：
（1）对12个支部开展督导检查，补开组织生活会3次。
（2）修订支部工作考核办法。
整改状态：已完成整改。
2.问题：党员发展程序不严格，个别档案材料缺失。
整改措施及进展：
（1）对近三年发展的党员档案全面审核，补齐材料。
整改状态：已完成整改。
（二）经营管理方面
1.问题：应收账款清收不力，逾期账款达860万元。
整改措施及进展：
（1）成立清收专班，已收回账款420万元。
（2）对剩余440万元已提起诉讼，正在审理中。
整改状态：正在整改。
三、下一步工作打算
（一）持续推进未完成整改事项
1.对正在整改的问题，紧盯时限，逐项跟踪督办，确保按期完成。
2.对需长期坚持的问题，建立长效机制，防止问题反弹。
（二）巩固拓展整改成果
1.对已完成整改的问题适时开展回头看。
2.注重举一反三，推动公司高质量发展。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("基层党支部组", Done),
            ("党员发展程序", Done),
            ("应收账款清收", InProgress),
        ],
    );
    assert_eq!(problems(&r).len(), 3, "{:?}", problems(&r));
    assert_accounted(text, &r);
}

/// Cases labelled in brackets before their statement on the same line
/// (`【督办件01】村民反映…问题。`), each over field lines, grouped under
/// areas; the totals count backlog cases resolved (`4件区级挂牌督办积案
/// 中，已化解3件，正在化解1件`).
#[test]
fn bracketed_case_labels_before_their_statements() {
    let text = "\
某某区信访工作联席会议办公室关于第四季度挂牌督办信访积案化解情况的通报
一、总体情况
第四季度，全区共受理群众信访事项520件，按期办结率100%。截至12月31日，4件区级挂牌督办积案中，已化解3件，正在化解1件。
二、挂牌督办积案化解情况
（一）城乡建设领域
【督办件01】村民反映道路拓宽工程征地补偿款未足额发放问题。
包案领导：副区长  责任单位：某某街道办事处
化解情况：逐户核对后，已将剩余补偿款足额发放到户。
办理结果：已化解。
【督办件02】小区业主反映开发商逾期未办理不动产权证问题。
包案领导：副区长  责任单位：区住房城乡建设局
化解情况：已为612户办理首次登记，剩余25户因个人原因暂未申请。
办理结果：已化解。
（二）民生保障领域
【督办件03】宿舍区居民反映拆迁安置房交付延期问题。
包案领导：副区长  责任单位：区城市更新中心
化解情况：室外管网工程完成约70%，计划明年4月底前具备交付条件。
办理结果：正在化解。
【督办件04】农民工反映被拖欠工资问题。
包案领导：区委常委  责任单位：区人力资源社会保障局
化解情况：已将拖欠工资全部发放到位。
办理结果：已化解。
三、下一步工作要求
一是压紧压实责任。未化解的督办件要倒排工期。二是抓好回访巩固。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("村民反映道路", Done),
            ("小区业主反映", Done),
            ("宿舍区居民反", InProgress),
            ("农民工反映被", Done),
        ],
    );
    assert_eq!(problems(&r).len(), 4, "{:?}", problems(&r));
    let t = r.stated_totals.as_ref().expect("stated totals");
    assert_eq!(
        (t.total, t.done, t.in_progress),
        (Some(4), Some(3), Some(1))
    );
    assert_accounted(text, &r);
}

/// Each problem's paragraph goes on `整改中，…` (in the course of the
/// rectification) with what was done and ends with its own verdict: the
/// lead-in states no work under way.
#[test]
fn rectification_in_course_as_a_lead_in() {
    let text = "\
某某市委员会党组关于巡察反馈意见整改进展情况的通报
一、巡察反馈问题整改进展情况
（一）理论学习方面
1.理论学习中心组学习不够深入系统，研讨交流少。整改中，党组修订了中心组学习制度，开展专题学习4次，该问题已整改完成。
2.宣传阵地影响力有限，公众号阅读量偏低。整改中，已完成新媒体矩阵重组；与高校共建工作室的协议尚在商谈中。
（二）作风建设方面
1.活动经费列支不规范。整改中，不规范列支的3.26万元已全部退回，该问题已整改到位。
2.基层团组织覆盖面偏低。整改中，新建团组织26个。基层团组织建设是一项长期性工作，将常态化推进。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("理论学习中心", Done),
            ("宣传阵地影响", InProgress),
            ("活动经费列支", Done),
            ("基层团组织覆", LongTerm),
        ],
    );
    assert_accounted(text, &r);
}

/// The account of the work under a title that names no finding, or one
/// whose words hold a section keyword (`整改落实`), its paragraphs headed by
/// sentences of the work done (`（一）强化政治担当，以高度的政治自觉推进
/// 整改。…`): no problems; the totals below it are the notice's.
#[test]
fn an_account_of_the_work_in_sentences_holds_no_problems() {
    for heading in [
        "一、整改工作的组织开展情况",
        "一、坚持把巡视整改作为重大政治任务，以高度政治自觉推动整改落实",
    ] {
        let text = format!(
            "\
某某局党组关于巡视反馈意见整改进展情况的通报
{heading}
（一）强化政治担当，以高度的政治自觉推进整改。巡视反馈会后，党组第一时间召开会议研究部署。
（二）健全工作机制，以严密的组织体系推进整改。成立整改工作领导小组，下设办公室。
（三）坚持严督实导，以有力的工作举措推进整改。建立周报告、月调度制度，目前正在开展“回头看”。
截至11月底，巡视反馈的3个问题，已完成整改2个，正在整改1个。
二、巡视反馈意见整改落实情况
（一）聚焦政治监督方面问题的整改落实情况
关于“理论学习不够深入”的问题
一是修订中心组学习制度，已开展专题学习6次。二是建立学习台账。该问题已完成整改。
关于“预警中心建设滞后”的问题
一是成立改革专班。二是加快推进预警中心建设，目前正在进行设备安装调试。
（二）聚焦全面从严治党方面问题的整改落实情况
关于“会议费管理不规范”的问题
一是清退违规发放的补贴3.2万元。二是修订会议费管理办法。该问题已完成整改。
"
        );
        let r = convert(&text);
        assert_states(
            &r,
            &[
                ("关于“理论学", Done),
                ("关于“预警中", InProgress),
                ("关于“会议费", Done),
            ],
        );
        assert_eq!(problems(&r).len(), 3, "{heading}: {:?}", problems(&r));
        let t = r.stated_totals.as_ref().expect("stated totals");
        assert_eq!(
            (t.total, t.done, t.in_progress),
            (Some(3), Some(2), Some(1))
        );
        assert_accounted(&text, &r);
    }
}

/// Findings numbered on across groups (`1.` … `4.`), then a section that
/// repeats the groups with a count note each (`（一）会计基础工作方面（2个
/// 问题，已全部完成整改）`) over paragraphs that reply by number (`针对第1个
/// 问题：…`), after words ending on a colon (`具体整改情况如下：`): each reply,
/// whole, is its finding's report; the repeated groups are no problems.
#[test]
fn groups_repeated_over_replies_by_number() {
    let text = "\
某公司关于会计信息质量检查反馈问题整改情况的报告
一、检查发现的主要问题
（一）会计基础工作方面
1.原始凭证审核把关不严，23笔差旅费报销未附审批单。
2.会计科目使用不规范，物业费计入主营业务成本。
（二）资产管理方面
3.固定资产账实不符，41台设备实物已无法找到。
4.在建工程未按规定暂估转入固定资产，少计提折旧。
二、整改落实情况
集团高度重视，成立整改工作领导小组。截至2月底，4个问题已完成整改3个，正在整改1个。具体整改情况如下：
（一）会计基础工作方面（2个问题，已全部完成整改）
针对第1个问题：已补充审批单，该问题已整改完成。
针对第2个问题：已进行账务调整，该问题已整改完成。
（二）资产管理方面（2个问题，已完成整改1个）
针对第3个问题：已核销报废设备，相关责任人已赔偿，该问题已整改完成。
针对第4个问题：已于1月暂估转入固定资产；竣工决算审计正在进行，预计6月底前完成。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("原始凭证审核", Done),
            ("会计科目使用", Done),
            ("固定资产账实", Done),
            ("在建工程未按", InProgress),
        ],
    );
    assert_eq!(problems(&r).len(), 4, "{:?}", problems(&r));
    let t = r.stated_totals.as_ref().expect("stated totals");
    assert_eq!(
        (t.total, t.done, t.in_progress),
        (Some(4), Some(3), Some(1))
    );
    assert_accounted(text, &r);
}

/// Remarks on the problems in general under a title of generic words only
/// (`三、存在的不足`, `三、存在的主要问题分析`), below a table that holds the
/// problems: no problem of their own.
#[test]
fn generic_remarks_below_a_table_are_no_problem() {
    for heading in ["三、存在的不足", "三、存在的主要问题分析"] {
        let text = format!(
            "\
某县教育督导室关于责任督学挂牌督导发现问题整改情况的通报
一、总体情况
截至1月10日，3个问题中已整改到位2个，正在整改1个。
二、问题整改情况
序号\t学校\t存在问题\t整改时限\t整改情况
1\t第一中学\t周六组织学生集中上课，违反规范办学规定。\t10月31日前\t已整改
2\t实验小学\t课后服务内容以作业辅导为主，拓展类课程不足。\t11月30日前\t已整改
3\t桃林镇初级中学\t学生宿舍消防设施老化，应急照明灯损坏。\t次年8月31日前\t整改中
{heading}
从整改情况看，个别学校对督导意见重视不够，整改存在“重形式、轻实效”现象；部分问题涉及资金投入，整改周期较长。
四、下一步工作要求
（一）压实整改责任。各学校校长是整改第一责任人。
"
        );
        let r = convert(&text);
        assert_states(
            &r,
            &[
                ("周六组织学生", Done),
                ("课后服务内容", Done),
                ("学生宿舍消防", InProgress),
            ],
        );
        assert_eq!(problems(&r).len(), 3, "{heading}: {:?}", problems(&r));
        assert_accounted(&text, &r);
    }
}

/// A finding's measures numbered `（1）` `（2）`, then a paragraph calling the
/// work long-term with no result (`干部日常监督工作需常抓不懈，县委将常态化
/// 推进。`): the finding's own conclusion, long-term, not more text of its
/// last measure.
#[test]
fn a_long_term_conclusion_after_parenthesised_measures() {
    let text = "\
某县委关于干部选拔任用工作专项检查反馈问题整改情况的报告
一、整改情况
（一）干部监督方面
1.关于“干部档案管理不规范”的问题。
（1）对全部档案进行审核，补充材料41份。
（2）建立档案管理制度。
该问题已整改完成。
2.关于“干部日常监督合力不够，对干部‘八小时以外’监督存在盲区”的问题。
（1）建立干部监督信息沟通联席会议制度，召开联席会议1次。
（2）开通举报平台，对举报件及时核查处理。
干部日常监督工作需常抓不懈，县委将常态化推进，持续织密干部监督网络。
";
    let r = convert(text);
    assert_states(&r, &[("关于“干部档", Done), ("关于“干部日", LongTerm)]);
    assert_eq!(problems(&r).len(), 2, "{:?}", problems(&r));
    assert_accounted(text, &r);
}

/// Problems grouped by state (`（一）已完成整改的问题（5个）`), and inside
/// a state group by domain with a count note (`1.耕地保护方面（3个）` ›
/// `（1）…` `（2）…` `（3）…`, each with its `整改情况：`): the domains are
/// groups, their items the problems, in the state of the group.
#[test]
fn domains_counted_inside_a_state_group() {
    let text = "\
某县人民政府关于耕地保护考核反馈问题整改情况的报告
二、反馈问题整改落实情况
截至11月20日，考核反馈的6个问题中，已完成整改5个，正在推进整改1个。
（一）已完成整改的问题（5个）
1.耕地保护方面（3个）
（1）部分永久基本农田“非粮化”问题整治不彻底。整改情况：已对2个图斑恢复粮食种植。
（2）补充耕地质量不高，部分地块耕作层厚度不足。整改情况：已完成土壤改良。
（3）网格员巡查记录不全、问题上报不及时。整改情况：修订网格化管理办法，开展培训。
2.粮食储备方面（2个）
（1）储备粮轮换计划执行不及时，1200吨小麦超期未轮换。整改情况：已完成轮换。
（2）承储库点仓储设施老化，仓廒屋面渗漏。整改情况：已完成维修。
（二）正在推进整改的问题（1个）
1.高标准农田后期管护机制不健全，损毁设施未及时修复。整改情况：已制定管护办法，修复工程正在实施。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("部分永久基本", Done),
            ("补充耕地质量", Done),
            ("网格员巡查记", Done),
            ("储备粮轮换计", Done),
            ("承储库点仓储", Done),
            ("高标准农田后", InProgress),
        ],
    );
    assert_eq!(problems(&r).len(), 6, "{:?}", problems(&r));
    assert_accounted(text, &r);
}

/// A group titled as one problem (`（二）关于落实全面从严治党战略部署有不足的
/// 问题`) over numbered findings, each with a plain `整改情况：` line, and a
/// closing line for the group (`以上该方面3个问题均已整改完成。`): the items
/// are the problems, not the measures of one.
#[test]
fn findings_each_reported_under_a_group_titled_as_a_problem() {
    let text = "\
某所党委关于巡察反馈意见整改进展情况的通报
二、巡察反馈问题整改落实情况
（一）关于贯彻落实上级决策部署有差距的问题
1.教育矫治与所政管理衔接不够紧密。
整改情况：（1）修订教育矫治工作规范。（2）开展专题培训，已完成整改。
2.意识形态工作责任制落实不够有力。
整改情况：（1）修订实施细则。（2）每季度召开专题会议，正在推进。
（二）关于落实全面从严治党战略部署有不足的问题
1.党委主体责任落实不够到位，对基层党支部指导督促不够。
整改情况：制定主体责任清单，党委委员每人联系1至2个基层党支部。
2.重点领域监督存在薄弱环节，物资采购监管不严。
整改情况：对采购情况进行全面清理，规范采购目录。
3.违反中央八项规定精神问题仍有发生，存在超标准公务接待情况。
整改情况：已责令退缴超标准接待费用，修订公务接待管理办法。
以上该方面3个问题均已整改完成。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("教育矫治与所", Done),
            ("意识形态工作", InProgress),
            ("党委主体责任", Done),
            ("重点领域监督", Done),
            ("违反中央八项", Done),
        ],
    );
    assert_eq!(problems(&r).len(), 5, "{:?}", problems(&r));
    assert_accounted(text, &r);
}

/// A table pasted one cell per line whose unit column, right after the
/// serial, is a merged cell: the second row of a pair leaves it out
/// (`2` › `存在捆绑销售…`), and its unit is the row above's.
#[test]
fn a_merged_unit_cell_in_a_table_one_cell_per_line() {
    let text = "\
某市民政局关于殡葬领域专项整治发现问题整改进展情况的通报
二、重点督办问题整改进展情况
序号
责任单位
存在问题
整改措施
整改时限
整改进展
1
市殡仪馆
殡葬服务收费项目公示不全，5项服务未公示收费标准。
全面梳理服务项目，按规定公示收费标准。
2025年9月底前
已完成。已在服务大厅电子屏同步公示。
2
存在捆绑销售骨灰盒、寿衣等丧葬用品行为。
立即停止捆绑销售行为，退还多收费用。
2025年10月底前
已完成。已退还2户群众多收费用1.86万元。
3
某县殡仪服务中心
火化设备老旧，2台火化机尾气排放不能稳定达标。
对2台火化机及尾气处理设施进行更新改造。
2026年6月底前
正在整改。已完成1台火化机更新。
三、下一步工作要求
（一）加快推进未完成事项整改。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("殡葬服务收费", Done),
            ("存在捆绑销售", Done),
            ("火化设备老旧", InProgress),
        ],
    );
    assert_eq!(problems(&r).len(), 3, "{:?}", problems(&r));
    assert_accounted(text, &r);
}

/// Top headings that are a review's dimensions, each with a note counting
/// its items and how many stand in each state (`三、教育过程（3项，已整改到位
/// 3项）`): a note that counts all in one state gives that state to items
/// whose reports state no result.
#[test]
fn a_heading_note_counting_all_in_one_state() {
    let text = "\
某幼儿园关于保育教育质量督导评估反馈问题整改情况的报告
一、教育过程（2项，已整改到位2项）
1.集体教学活动所占比例偏高，游戏的基本活动地位体现不够。
整改情况：全面清理各班教学计划，停止使用与幼儿年龄特点不符的练习册；每班每天集体教学活动时间控制在30分钟以内。
2.区域活动材料投放层次性不足，低结构材料偏少。
整改情况：各班按照“分层投放、动态调整”原则重新规划区域活动材料。
二、环境创设（2项，已整改到位1项，正在整改1项）
1.户外场地缺少沙水区、种植园地。
整改情况：完成户外环境改造设计方案，目前正在施工。
2.图书区图书数量不足，部分图书破损。
整改情况：新采购适龄绘本2300册，已整改到位。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("集体教学活动", Done),
            ("区域活动材料", Done),
            ("户外场地缺少", InProgress),
            ("图书区图书数", Done),
        ],
    );
    assert_accounted(text, &r);
}

/// Measures run on in one paragraph (`一是…；二是…。`) and then, in the same
/// paragraph, a sentence calling the work long-term with no result (`联农
/// 带农是农垦企业的长期使命，集团将常态化推进。`): the problem is long-term,
/// not done by its measures.
#[test]
fn a_long_term_sentence_after_measures_run_on_in_one_paragraph() {
    let text = "\
某农垦集团党委关于巡察反馈意见整改情况的通报
（一）关于服务大局方面
1.关于“联农带农作用发挥不充分，社会化服务覆盖面不广”的问题。
一是组建农业社会化服务公司，2023年服务面积达到12.3万亩；二是与周边18个村签订“场村共建”协议。联农带农是农垦企业的长期使命，集团将常态化推进，不断扩大服务覆盖面。
2.关于“土地发包管理不规范”的问题。
一是对全部发包合同开展清理；二是修订土地发包管理办法。该问题已整改完成。
";
    let r = convert(text);
    assert_states(&r, &[("关于“联农带", LongTerm), ("关于“土地发", Done)]);
    assert_eq!(problems(&r).len(), 2, "{:?}", problems(&r));
    assert_accounted(text, &r);
}

/// Findings numbered 1…n across groups in a first section; a section of
/// the work between; then replies under headings whose notes name the
/// findings by number (`（三）关于…的问题（第3、4项）`), over keyed lines or
/// over as many numbered items as they name (`（四）…（第5、6项）` › `1.…`
/// `2.…`): each reply is its findings' report; no reply is a problem.
#[test]
fn replies_named_by_a_note_two_sections_below_the_findings() {
    let text = "\
某市中医院关于巡查反馈问题整改情况的报告
一、巡查反馈的主要问题
（一）党建引领方面
1.党委会议事规则执行不严格，部分事项未经党委会前置研究。
2.党支部建在科室上的要求落实不到位，“双带头人”比例偏低。
（二）运营管理方面
3.医疗服务收费不规范，存在超标准收费问题。
4.中药饮片采购验收管理不严，验收记录不完整。
（三）医疗质量方面
5.病历书写质量有待提高，甲级病历率低于90%。
6.院感防控存在薄弱环节，医疗废物交接登记不规范。
二、整改工作开展情况
院党委高度重视，成立整改工作领导小组，逐项制定整改措施。
三、具体问题整改落实情况
（一）关于党委会议事规则执行不严格的问题（第1项）
整改措施：修订党委会议事规则，编制前置研究事项清单。
整改结果：已完成整改。
（二）关于党支部建设的问题（第2项）
整改措施：调整优化党支部设置，开展“双带头人”培育。
整改结果：正在整改。
（三）关于运营管理方面的问题（第3、4项）
整改措施：退还超标准收费12.37万元；修订饮片验收制度。
整改结果：第3项问题已完成整改，第4项问题已完成整改。
（四）关于医疗质量方面的问题（第5、6项）
1.针对病历书写质量不高的问题，成立病案质控专家组，甲级病历率达到93.5%，已完成整改。
2.针对院感防控存在薄弱环节的问题，规范医疗废物交接登记，已完成整改。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("党委会议事规", Done),
            ("党支部建在科", InProgress),
            ("医疗服务收费", Done),
            ("中药饮片采购", Done),
            ("病历书写质量", Done),
            ("院感防控存在", Done),
        ],
    );
    assert_eq!(problems(&r).len(), 6, "{:?}", problems(&r));
    assert_accounted(text, &r);
}

/// A heading of general remarks (`一、检查发现的主要问题` › `从检查情况看，…`)
/// above the section whose table holds the problems, and totals naming a
/// kind between the count and its noun (`4处较大火灾隐患已整改完成3处`): the
/// remarks are no problem, and the totals are read whole.
#[test]
fn remarks_above_the_table_of_problems() {
    let text = "\
某区消防安全委员会办公室关于消防安全专项检查发现隐患整改情况的通报
一、检查发现的主要问题
从检查情况看，全区消防安全形势总体平稳，但部分单位主体责任落实不到位，消防设施维护保养不及时。
二、较大火灾隐患整改情况
截至2026年3月20日，4处较大火灾隐患已整改完成3处，正在整改1处，具体情况见下表。
序号\t隐患问题\t所属街道\t整改措施\t整改状态
1\t购物中心2台喷淋泵处于手动状态\t海晏街道\t将喷淋泵恢复自动启动状态\t已整改
2\t高层住宅楼消防水泵房稳压装置故障\t海晏街道\t更换稳压罐及电气控制柜\t已整改
3\t大酒店二层宴会厅安全出口锁闭\t渔港街道\t拆除安全出口锁具\t已整改
4\t医院住院部火灾自动报警系统主机故障\t渔港街道\t新报警主机正在安装调试\t整改中
三、下一步工作要求
（一）压实整改责任。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("购物中心2台", Done),
            ("高层住宅楼消", Done),
            ("大酒店二层宴", Done),
            ("医院住院部火", InProgress),
        ],
    );
    assert_eq!(problems(&r).len(), 4, "{:?}", problems(&r));
    let t = r.stated_totals.as_ref().expect("stated totals");
    assert_eq!(
        (t.total, t.done, t.in_progress),
        (Some(4), Some(3), Some(1))
    );
    assert_accounted(text, &r);
}
