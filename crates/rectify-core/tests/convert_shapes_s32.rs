//! Shapes met in session 32. Every notice here is my own, one per shape,
//! and each test failed on the converter of the session's start (1a74203).

mod common;

use common::{assert_accounted, assert_states, convert, problems, stated_triple};
use rectify_core::convert::{convert_notice, ConvertOptions};
use rectify_core::model::Status;

use Status::*;

/// A paragraph that opens with its first item's label and runs the next
/// items on (`（1）…；（2）…；（3）…`), then a report by their numbers.
#[test]
fn items_run_on_in_a_paragraph_that_opens_with_the_first() {
    let text = "\
某某市档案馆党组关于市委巡察反馈意见整改进展情况的通报
一、关于贯彻落实上级决策部署方面
（一）档案数字化推进缓慢的问题。巡察指出：
（1）馆藏档案数字化率低于全省平均水平；（2）到期档案未及时开放；（3）库房温湿度记录不全。
整改情况：第（1）项已整改完成，完成数字化12万卷；第（2）项已整改完成；第（3）项正在整改，预计2025年底前完成。
（二）主体责任落实不够到位的问题。巡察指出：
（1）对下属单位监督不够有力；（2）存在无公函接待情况。
整改情况：第（1）项已整改完成；第（2）项已整改完成，清退费用0.3万元。
联系电话：0760-1234567
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("馆藏档案数字", Done),
            ("到期档案未及", Done),
            ("库房温湿度记", InProgress),
            ("对下属单位监", Done),
            ("存在无公函接", Done),
        ],
    );
    assert_eq!(problems(&r).len(), 5, "{:?}", problems(&r));
    assert_accounted(text, &r);
}

/// A notice copied from a PDF: lines wrapped at the page's width, a page
/// number between pages, and an item's label in the middle of a line.
#[test]
fn a_label_in_the_middle_of_a_wrapped_line() {
    let text = "\
某某市档案馆党组关于市委巡察反馈意见整改
进展情况的通报
一、关于干部队伍建设方面存在的问题。巡察指出：
（1）部分支部“三会一课”制度落实不规范，组织生活会质
量不高，批评和自我批评辣味不足；（2）干部队伍结构不够
合理，专业技术人才储备不足，年轻干部占比偏低；
— 2 —
（3）干部选拔任用工作存在不规范问题，个别干部人事档
案审核把关不严。
整改进展：第（1）项已整改完成；第（2）项正在整改，计
划2026年6月底前完成；第（3）项已整改完成。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("部分支部“三", Done),
            ("干部队伍结构", InProgress),
            ("干部选拔任用", Done),
        ],
    );
    assert_eq!(problems(&r).len(), 3, "{:?}", problems(&r));
    assert_accounted(text, &r);
}

/// A 督查 bulletin by unit, then a section on what the inspection found
/// wanting in the work (`三、存在的不足`) whose words mention the report
/// (`从整改情况看，…`): the notice's own text, not one more problem.
#[test]
fn a_section_on_the_work_that_mentions_the_report_in_a_sentence() {
    let text = "\
某某市防汛抗旱指挥部办公室关于汛前检查发现问题整改情况的通报
一、基本情况
市防指办组织对各地防汛准备工作开展了检查，共发现问题4个。
二、问题整改情况
（一）甲区
①易涝点未设置警示标识。
整改情况：已设置警示标识牌15块。已完成整改。
②排水口清掏不及时。
整改情况：已清掏雨水箅子46处。已完成整改。
（二）乙县
①山洪灾害预警广播部分损坏。
整改情况：已维修广播12套。已完成整改。
②防汛物资储备不足。
整改情况：已采购编织袋2万条，其余物资正在采购。
三、存在的不足
从整改情况看，个别单位仍存在重视程度不够、整改进度偏慢等问题。一是部分工程类问题整改周期较长；二是对同类问题举一反三不够。
四、下一步工作要求
各地要加快推进未完成问题整改。
";
    let r = convert(text);
    assert_eq!(problems(&r).len(), 4, "{:?}", problems(&r));
    assert_states(
        &r,
        &[
            ("易涝点未设置", Done),
            ("排水口清掏不", Done),
            ("山洪灾害预警", Done),
            ("防汛物资储备", InProgress),
        ],
    );
    assert_accounted(text, &r);
}

/// An audit whose opening counts only the problems, and whose closing
/// count with the states runs on from the last problem with no heading of
/// its own (`截至…，11个问题中已整改到位8个，其余3个正在持续整改`).
#[test]
fn the_whole_count_after_the_last_problem() {
    let text = "\
某某物产集团有限公司关于内部审计发现问题整改情况的报告
集团审计部对5家子公司开展了审计，共发现问题3个，涉及金额958万元。
一、关于资金运营方面
一是资金集中管理落实不到位。2家子公司的9个账户未纳入集中管理。整改情况：已将9个账户全部纳入资金池管理。已整改到位。
二是违规对外出借资金。向客户出借资金480万元。整改情况：已收回全部本息。已整改到位。
二、关于投资项目管理方面
招标采购程序不规范。存在化整为零规避公开招标的情况。整改情况：正在建设电子招标采购平台，预计2025年9月上线运行。目前正在整改中。
截至2025年4月30日，3个问题中已整改到位2个，其余1个正在持续整改。
三、下一步工作安排
持续推进未完成事项整改。
";
    let r = convert(text);
    assert_eq!(stated_triple(&r), Some((3, 2, 1)));
    assert_states(
        &r,
        &[
            ("资金集中管理", Done),
            ("违规对外出借", Done),
            ("招标采购程序", InProgress),
        ],
    );
    assert_accounted(text, &r);
}

/// Reports that only schedule the work (`已纳入年度计划`), and one that
/// calls the work long-term and then states the problem under way
/// (`…是一项长期任务，…，该问题正在持续整改`).
#[test]
fn work_scheduled_or_stated_under_way_after_its_kind() {
    let text = "\
某某省地质调查院党委关于巡视整改进展情况的通报
一、巡视反馈问题整改情况
1.新发现矿产地数量未达到规划中期目标。
整改进展：已纳入年度计划。
2.地质灾害调查评价成果转化应用不足。
整改进展：已完成。移交成果资料36套。
3.人才队伍结构不合理，高层次人才短缺。
整改进展：首批引进博士3名。人才培育是一项长期任务，目前相关措施正在落实，该问题正在持续整改。
4.野外作业安全培训覆盖不全。
整改进展：需长期坚持，常态化推进。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("新发现矿产地", InProgress),
            ("地质灾害调查", Done),
            ("人才队伍结构", InProgress),
            ("野外作业安全", LongTerm),
        ],
    );
    assert_accounted(text, &r);
}

/// A notice copied from the portal's 繁體 version: read in simplified
/// characters, with a warning that says so.
#[test]
fn a_notice_copied_from_the_traditional_version() {
    let text = "\
中共某某市人力資源和社會保障局黨組關於市委巡察反饋意見整改進展情況的通報
一、巡察反饋問題整改落實情況
1.黨組主體責任落實不到位，對下屬單位監督不夠有力。
整改情況：修訂主體責任清單，開展專項檢查2次。該問題已整改完成。
2.就業補貼資金審核把關不嚴，存在重複發放情況。
整改情況：追回重複發放資金12.6萬元，正在建設資金監管平台，預計2026年6月底前完成。
3.幹部隊伍年齡結構老化。
整改情況：需長期堅持，常態化推進。
";
    let c = convert_notice(text, &ConvertOptions::default());
    let r = &c.report;
    assert_eq!(
        r.meta.title,
        "中共某某市人力资源和社会保障局党组关于市委巡察反馈意见整改进展情况的通报"
    );
    assert_states(
        r,
        &[
            ("党组主体责任", Done),
            ("就业补贴资金", InProgress),
            ("干部队伍年龄", LongTerm),
        ],
    );
    assert!(
        c.warnings
            .iter()
            .any(|w| w.line == 1 && w.message.contains("繁體")),
        "{:?}",
        c.warnings
    );
    // A simplified notice has no such warning.
    let hans = convert_notice(
        "某某局关于巡察反馈意见整改进展情况的通报\n1.监督不够有力。\n整改情况：已整改完成。\n",
        &ConvertOptions::default(),
    );
    assert!(hans.warnings.iter().all(|w| !w.message.contains("繁體")));
}

/// Sections named by their topic only, each with unnumbered findings of
/// one sentence, each followed by a paragraph of the work on it that
/// names its doer first and holds no result word; one section with a
/// single pair, one whose findings name a result (`向已死亡人员…`).
#[test]
fn findings_and_work_alternating_under_topic_headings() {
    let text = "\
某某市残疾人联合会关于巡察整改工作进展的情况通报
市委巡察组对市残联党组开展了常规巡察。现将有关进展情况通报如下。
一、康复服务
部分乡镇康复站点设施闲置、服务开展不经常。
市残联对全市46个康复站点逐一实地核查，将9个站点并入乡镇卫生院统一运营，明确每月至少开展集中康复活动2次。
辅助器具适配后续跟踪服务缺失，部分残疾人领取辅具后长期闲置。
市残联制定回访工作规范，对发放的3127件辅助器具开展入户回访，目前已回访2214件，正在推进剩余回访。
二、生活保障
护理补贴动态管理不及时，向已死亡人员多发放补贴2.6万元。
市残联与公安部门建立死亡人员信息每月共享机制，对补贴发放名单进行全面比对，追回多发资金2.6万元。
三、资金资产管理
就业保障金安排使用进度偏慢，市级项目资金结余率达到38%。
市残联重新梳理项目库，对执行进度慢的4个项目调整预算用途，建立月度资金执行通报制度。
机关固定资产管理不规范，部分办公设备未及时登记入账。
市残联组织开展固定资产全面清查，补登入账资产87件，办理报废资产处置手续。
欢迎广大干部群众对巡察整改情况进行监督。联系电话：0000-3156217。
";
    let r = convert(text);
    assert_eq!(problems(&r).len(), 5, "{:?}", problems(&r));
    assert_states(
        &r,
        &[
            ("部分乡镇康复", Done),
            ("辅助器具适配", InProgress),
            ("护理补贴动态", Done),
            ("就业保障金安", Done),
            ("机关固定资产", Done),
        ],
    );
    assert_accounted(text, &r);
}

/// Findings listed in the first section, a section of text only between,
/// and the reports in the third, numbered otherwise, each opening by
/// naming its problem; some reports only in their measures (`一是…`).
#[test]
fn reports_listed_apart_across_a_section_of_text() {
    let text = "\
中共某某市人力资源和社会保障局党组关于巡察反馈意见整改进展情况的通报
一、巡察反馈的主要问题
1.促进青年群体就业的政策措施针对性不强。
2.社会保险基金监管存在薄弱环节。
3.就业补助资金管理使用不规范。
4.劳动人事争议仲裁案件结案周期偏长。
二、整改工作组织开展情况
局党组成立整改工作领导小组，召开专题会议5次，制定整改方案。
三、巡察反馈问题整改落实情况
（一）关于“促进青年群体就业的政策措施针对性不强”的问题。
一是出台促进青年就业十条措施。二是开展就业见习岗位募集，已募集岗位1200个。
（二）关于“社会保险基金监管存在薄弱环节”的问题。
一是建立死亡人员信息共享比对机制。二是已追回冒领待遇73.17万元，剩余部分正在追缴。
（三）针对就业补助资金管理使用不规范的问题，局党组对补贴进行全面复核，追回补贴资金28万元，该问题已完成整改。
（四）关于“劳动人事争议仲裁案件结案周期偏长”的问题。
推行简案快审机制，平均结案周期缩短至32天。该问题已整改完成。
四、下一步工作打算
持续巩固整改成果。
";
    let r = convert(text);
    assert_eq!(problems(&r).len(), 4, "{:?}", problems(&r));
    assert_states(
        &r,
        &[
            ("促进青年群体", Done),
            ("社会保险基金", InProgress),
            ("就业补助资金", Done),
            ("劳动人事争议", Done),
        ],
    );
    assert_accounted(text, &r);
}

/// Findings listed after a key (`检视问题：第一，…。第二，…。`, or `一是…`
/// counted below), the measures for the group, and a sentence on the
/// group's state that names its items by number (`上述3个问题中，第一、
/// 第二个问题已整改完成，第三个问题正在推进`) or speaks for them all.
#[test]
fn findings_after_a_key_with_a_state_sentence_per_group() {
    let text = "\
中共某某市委党校关于主题教育检视问题整改落实情况的报告
一、检视整改工作开展情况
（一）坚持深入查摆，精准检视问题。校委会召开座谈会12场，征求意见87条。
二、检视问题整改落实情况
（一）理论武装方面
检视问题：第一，理论学习中心组学习的系统性不够强。第二，部分教职工理论学习停留在表面。第三，理论学习成果转化不够充分。
整改落实：
一是修订理论学习中心组学习制度，开展集中学习12次。
二是举办教职工读书班3期。
上述3个问题中，第一、第二个问题已整改完成，第三个问题正在推进，计划2024年6月底前完成。
（二）作风建设方面
检视问题：一是部分中层干部担当作为意识不强。二是调查研究不够深入。三是文风会风改进不够到位，“文山会海”问题仍有反弹。
整改落实：
针对上述问题，校委会制定中层干部履职考核办法，建立基层调研联系点21个，压缩会议文件数量。
目前，上述3个问题均已整改到位。
三、下一步打算
持续抓好未完成事项整改。
";
    let r = convert(text);
    assert_eq!(problems(&r).len(), 6, "{:?}", problems(&r));
    assert_states(
        &r,
        &[
            ("理论学习中心", Done),
            ("部分教职工理", Done),
            ("理论学习成果", InProgress),
            ("部分中层干部", Done),
            ("调查研究不够", Done),
            ("文风会风改进", Done),
        ],
    );
    assert_accounted(text, &r);
}

/// Numbering left careless: `1.` `2、` `（3）` then `5.` (4 skipped): one
/// list, not `（3）` under `2、`.
#[test]
fn a_careless_numbering_is_one_list() {
    let text = "\
某某县公安局关于执法规范化建设专项督查发现问题整改情况的通报
一、执法办案方面
1.部分治安案件询问笔录制作不规范。派出所已组织专题培训，整改完成。
2、受案立案不及时。督查回访中发现3起应当受案而未及时受案的情况。目前正在整改。
（3）行政处罚案件法律适用不够准确。法制大队已督促办案单位依法纠正，已整改完成。
5.刑事案件办案期限管理不严。刑侦大队已完善期限预警提醒，已整改完成。
二、有关工作要求
各单位要抓好未完成问题整改。
";
    let r = convert(text);
    assert_eq!(problems(&r).len(), 4, "{:?}", problems(&r));
    assert_states(
        &r,
        &[
            ("部分治安案件", Done),
            ("受案立案不及", InProgress),
            ("行政处罚案件", Done),
            ("刑事案件办案", Done),
        ],
    );
    assert_accounted(text, &r);
}

/// A closing sentence that goes through the problems by name, clause by
/// clause, and then the rest (`上述事项中，A和B两项仍在推进…；C需长期坚持；
/// 其余各项均已完成。`).
#[test]
fn a_closing_that_names_problems_by_their_words() {
    let text = "\
某某市残疾人联合会关于巡察整改工作进展的情况通报
一、关于康复服务方面
1.康复站点设施闲置，服务开展不经常。
市残联对46个康复站点逐一核查，将9个站点并入乡镇卫生院统一运营。
2.辅助器具适配后续跟踪服务缺失。
市残联制定回访工作规范，对发放的辅助器具开展入户回访。
3.“残疾人之家”运营管理不够规范。
市残联对32家“残疾人之家”开展联合检查，下发整改提示函11份。
4.机关干部深入基层走访不够。
市残联党组制定机关干部联系服务残疾人家庭制度。
截至2025年4月30日，上述事项中，辅助器具适配跟踪服务和“残疾人之家”规范运营两项仍在推进，计划于2025年9月底前全部完成；机关干部联系服务残疾人家庭需长期坚持；其余各项均已完成。
欢迎广大干部群众监督。联系电话：0000-3156217。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("康复站点设施", Done),
            ("辅助器具适配", InProgress),
            ("“残疾人之家", InProgress),
            ("机关干部深入", LongTerm),
        ],
    );
    assert_accounted(text, &r);
}

/// Two rounds counted apart at the top, and their sum alone in a sentence
/// of no report-wide word (`将4个问题细化为整改措施12条`): the total, when
/// the notice lists that many.
#[test]
fn a_total_alone_in_plain_words_that_counts_the_listed_problems() {
    let text = "\
中共某某县人民医院委员会关于巡察反馈意见及上一轮遗留问题整改情况的通报
巡察组指出本轮巡察发现问题3个，上一轮巡察整改不到位的遗留问题1个。
一、整改工作开展情况
医院党委制定整改方案，将4个问题细化为整改措施12条。
二、本轮巡察反馈问题整改情况
（1）党委会议议事规则不健全。已修订议事规则。目前已整改完成。
（2）医德医风建设不够扎实。正在开展专项整治，目前正在整改。
（3）药品耗材占比偏高。已建立监测预警制度。目前已整改完成。
三、上一轮巡察遗留问题整改情况
遗留问题1：编外人员管理混乱。
整改情况：已完成编外人员清理规范。目前已整改完成。
";
    let r = convert(text);
    assert_eq!(problems(&r).len(), 4, "{:?}", problems(&r));
    let t = r.stated_totals.as_ref().expect("totals");
    assert_eq!((t.total, t.done), (Some(4), None));
}

/// Problems reported in prose with measures only, and their states in a
/// list appended after the signature, its cells divided by single spaces
/// (`序号 问题 整改状态` › `3 …排查不够深入 长期坚持`).
#[test]
fn states_in_a_list_appended_after_the_signature() {
    let text = "\
中共某某区委统战部关于区委巡察反馈意见整改情况的通报
一、巡察反馈问题整改情况
1.统一战线工作领导小组作用发挥不充分。整改措施：修订领导小组工作规则，召开全体会议2次。
2.民族宗教领域风险隐患排查不够深入。整改措施：建立风险隐患排查台账，开展季度排查。
3.基层统战工作力量薄弱。整改措施：为各街道配备统战委员，开展业务培训。
联系电话：0000-57736218
中共某某区委统战部
2023年12月7日
附件：区委巡察组反馈问题整改情况一览表
序号 问题 整改状态
1 统一战线工作领导小组作用发挥不充分 已完成
2 民族宗教领域风险隐患排查不够深入 长期坚持
3 基层统战工作力量薄弱 整改中
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("统一战线工作", Done),
            ("民族宗教领域", LongTerm),
            ("基层统战工作", InProgress),
        ],
    );
    assert_accounted(text, &r);
}

/// A messy page: an area heading glued to its first problem by a space,
/// stray blank lines, a report on its own line after its measures.
#[test]
fn an_area_heading_glued_to_its_first_problem() {
    let text = "\
中共某某县融媒体中心总支部委员会关于县委巡察反馈意见整改进展情况的通报
二、巡察反馈问题整改落实情况
（一）贯彻落实党的理论和路线方针政策方面 1.意识形态工作责任制落实不到位。整改措施：修订责任制实施细则。整改进展：已完成。

2.“三审三校”制度执行不严格，出现差错稿件7篇次。

整改措施：修订新闻稿件审核管理办法。
整改情况：已整改到位。
（二）落实全面从严治党战略部署方面
3.广告经营业务管理不规范。
整改进展：正在整改。
";
    let r = convert(text);
    assert_eq!(problems(&r).len(), 3, "{:?}", problems(&r));
    assert_states(
        &r,
        &[
            ("意识形态工作", Done),
            ("“三审三校”", Done),
            ("广告经营业务", InProgress),
        ],
    );
    assert_accounted(text, &r);
}
