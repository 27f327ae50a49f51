//! Shapes met in session 60. Every notice here is my own, and each test
//! fails on the converter of the session's start (951d116).

mod common;

use common::{assert_accounted, assert_owners, assert_states, convert, problem};
use rectify_core::model::Status;

use Status::*;

/// Findings numbered `①②` under area headings, each with its measures on
/// its line, then a deadline line and a progress line of its own. The
/// deadline is the finding's (it had gone to the area heading), and a
/// long-term deadline whose progress ends saying the work goes on from now
/// on (`该项工作将作为常态化任务持续抓好落实`) is long-term work.
#[test]
fn circled_findings_with_deadline_and_progress_lines() {
    let text = "\
某县住建局党组关于巡察反馈意见整改进展情况的通报

共指出2个方面3个问题，已完成整改1个，正在推进1个，需长期坚持1个。

一、政治建设方面

①理论学习不够深入系统，学用结合不够紧密。整改措施：制定年度学习计划，每季度开展专题研讨。（责任单位：办公室）
整改时限：长期坚持
整改进展：已修订学习计划，开展专题研讨3次，该项工作将作为常态化任务持续抓好落实。

②老旧小区改造推进缓慢，5个小区未按期开工。整改措施：逐一建立台账，挂图作战。（责任单位：城建股）
整改时限：2025年12月底前
整改进展：目前已完成4个小区开工建设，剩余1个小区正在协调。

二、作风建设方面

①公务用车管理不规范，存在无审批出车的情况。整改措施：修订用车管理办法。（责任单位：办公室）
整改时限：2025年8月底前
整改进展：已整改到位。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("理论学习不够", LongTerm),
            ("老旧小区改造", InProgress),
            ("公务用车管理", Done),
        ],
    );
    assert_eq!(
        problem(&r, "理论学习不够").deadline.as_deref(),
        Some("长期坚持")
    );
    assert_eq!(
        problem(&r, "老旧小区改造").deadline.as_deref(),
        Some("2025-12-31")
    );
    assert_eq!(
        problem(&r, "公务用车管理").deadline.as_deref(),
        Some("2025-08-31")
    );
}

/// Owners named as those who do the work together, opening a measure's
/// sentence (`医务科、护理部联合开展…`, `党建工作科、医务科共同推进…`), or
/// assisting the lead (`由门诊部牵头、信息中心配合`); never the writer
/// itself (`我院会同…`).
#[test]
fn owners_who_do_the_work_together() {
    let text = "\
某医院关于巡察反馈问题整改情况的报告

问题：党建与业务融合不够紧密。
整改措施：党建工作科、医务科共同推进“党建+业务”融合项目，已有12名支部书记为科室业务骨干。

问题：核心制度落实不严，三级查房执行不到位。
整改措施：医务科、护理部联合开展核心制度落实专项检查，已修订实施细则18项。

问题：门诊就医流程不够便捷。
整改措施：由门诊部牵头、信息中心配合，优化门诊服务流程，已增设自助服务机20台。

问题：病历书写不规范。
整改措施：我院会同上级质控中心开展病历专项检查，已整改病历63份。
";
    let r = convert(text);
    assert_owners(
        &r,
        &[
            ("党建与业务融", &["党建工作科", "医务科"][..]),
            ("核心制度落实", &["医务科", "护理部"][..]),
            ("门诊就医流程", &["门诊部", "信息中心"][..]),
            ("病历书写不规", &[][..]),
        ],
    );
}

/// A 督查 bulletin written as a log: under two bare headings that name a
/// class of findings (`一季度督查发现问题`), unnumbered paragraphs that each
/// open with when and where the finding was found (`1月9日，督查组在…暗访
/// 发现，…`) and end with where it stands, naming the unit (`目前，…局已整改
/// 完毕。`, `…正在整改，计划8月底前完成。`). Each paragraph is a problem
/// under its heading, its owner the unit its last sentence names.
#[test]
fn dated_findings_under_bare_headings() {
    let text = "\
关于上半年优化营商环境问题督查情况的通报

上半年，督查组共发现问题4个。截至7月8日，已整改完毕2个，正在整改2个。

一季度督查发现问题

1月9日，督查组在临霞区政务服务中心暗访发现，企业开办窗口仍要求申请人现场提交纸质材料，与全程网办要求不符。目前，临霞区行政审批局已整改完毕。

2月14日，督查组在石埠镇走访企业时发现，该镇对小微企业开展的各类检查存在多头检查、重复检查问题，企业反映强烈。目前，石埠镇人民政府正在整改，计划8月底前完成。

二季度督查发现问题

4月8日，督查组在云湾区不动产登记中心发现，存量非住宅不动产转移登记仍需企业分别到税务、登记窗口排队办理。目前，云湾区自然资源局、云湾区税务局已整改完毕。

6月19日，督查组在市12345热线抽查涉企工单时发现，部分工单存在“先办结、后沟通”问题，个别企业反映诉求办结后实际问题并未解决。目前，市政务服务数据管理局正在整改，计划8月底前完成。

各责任单位要于每月5日前报送整改进展情况。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("1月9日，督", Done),
            ("2月14日，", InProgress),
            ("4月8日，督", Done),
            ("6月19日，", InProgress),
        ],
    );
    assert_owners(
        &r,
        &[
            ("1月9日，督查", &["临霞区行政审批局"][..]),
            ("2月14日，督", &["石埠镇人民政府"][..]),
            ("4月8日，督查", &["云湾区自然资源局", "云湾区税务局"][..]),
        ],
    );
}

/// A report on a supervision's findings whose headings name no problem
/// (`一、关于医疗服务` › `（一）预约挂号`, four-character captions): each
/// caption's text is three keyed lines, the finding (`督导指出：`), the
/// work (`我们的做法：`) and where it stands (`目前状况：`). The captions
/// before the last area were read as an account of the work, and `暂未
/// 实施` was neither a state nor counted as not started.
#[test]
fn captions_over_found_practised_and_standing_lines() {
    let text = "\
某区卫生健康局关于落实市级督导反馈意见情况的报告

市级督导组共反馈意见3条。截至3月10日，已落实到位2条，暂未实施1条。

一、关于医疗服务

（一）预约挂号
督导指出：区人民医院分时段预约精确度不高，患者候诊时间普遍超过1小时。
我们的做法：区人民医院将门诊号源细化至每30分钟一个时段。
目前状况：已落实到位。

（二）院感防控
督导指出：区中医医院消毒供应室布局不合理，内镜清洗消毒记录不完整。
我们的做法：区中医医院对消毒供应室实施局部改造。
目前状况：已落实到位，改造工程已通过验收。

二、关于内部管理

（一）电子公文
督导指出：局机关与局属单位之间公文流转仍以纸质为主。
我们的做法：局办公室已完成电子公文系统扩容方案编制。
目前状况：暂未实施，原因是区电子政务平台整体升级，暂停新增单位接入。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("预约挂号", Done),
            ("院感防控", Done),
            ("电子公文", NotStarted),
        ],
    );
    assert_eq!(
        r.stated_totals.as_ref().and_then(|t| t.not_started),
        Some(1)
    );
    assert_eq!(problem(&r, "院感防控").owners, ["区中医医院"]);
}

/// Each finding's state shown only by a mark of a key printed once, before
/// its number (`✔ 1.…`, `▲ 2.…`), a measures line and a notes line under
/// each. The marks hid the numbers: findings nested in one another and
/// the states came from the measures' words. Each mark is kept in its
/// item's text, after the first line.
#[test]
fn marks_of_state_before_the_numbers() {
    let text = "\
某县市场监督管理局关于巡察反馈问题整改情况的通报

巡察反馈问题共4个，已完成整改1个，正在整改1个，需长期坚持1个，尚未启动1个。

（注：✔表示已完成整改，▲表示正在整改，○表示需长期坚持，✘表示尚未启动）

一、监管责任落实方面

✔ 1.学校食堂日常监督检查覆盖不全，部分食堂全年仅检查1次。
整改措施：制定学校食品安全监督检查工作计划，明确每学期检查频次。
责任单位：食品安全监管股　完成时限：2024年7月底

▲ 2.食品安全抽检计划执行不严格，抽检批次完成率仅为91.6%。
整改措施：调整年度抽检计划，已完成抽检1286批次。
责任单位：抽检监测股　完成时限：2024年12月底

二、队伍建设方面

○ 3.食品安全“两个责任”落实不够到位，督导记录填写不规范。
整改措施：组织包保干部开展专题培训，已统一督导记录表格。
责任单位：办公室　完成时限：长期坚持

✘ 4.基层市场监管所食品安全专业人员不足。
整改措施：已制定专业人员招录计划。
责任单位：人事股　完成时限：2025年6月底
";
    let r = convert(text);
    // The mark moves after its item's first line: kept, not in its place.
    assert!(problem(&r, "学校食堂日常").body.contains('✔'));
    assert_states(
        &r,
        &[
            ("学校食堂日常", Done),
            ("食品安全抽检", InProgress),
            ("食品安全“两", LongTerm),
            ("基层市场监管", NotStarted),
        ],
    );
}

/// Owners and deadlines given once for a few problems, by a note after
/// them that names them by number (`以上第（一）至（二）项问题，责任单位：…；
/// 整改时限：…`). Only the problem the note follows had them.
#[test]
fn owners_given_once_for_the_problems_a_note_names() {
    let text = "\
某区人民政府办公室关于审计查出问题整改情况的报告

审计查出问题3个，已完成整改2个，正在推进1个。

（一）部分非税收入未及时缴入国库。区财政局已督促相关单位将款项全部缴入国库。该问题已完成整改。

（二）年初预算编制不够细化。区财政局已修订预算编制规程。该问题正在推进整改。

以上第（一）至（二）项问题，责任单位：区财政局；整改时限：2025年10月31日前。

（三）老旧小区改造项目部分工程未按期完工。已完成整改。

上述第（三）项，责任单位：区住建局、区城管局。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_owners(
        &r,
        &[
            ("部分非税收入", &["区财政局"][..]),
            ("年初预算编制", &["区财政局"][..]),
            ("老旧小区改造", &["区住建局", "区城管局"][..]),
        ],
    );
    assert_eq!(
        problem(&r, "部分非税收入").deadline.as_deref(),
        Some("2025-10-31")
    );
}

/// A 巡察 公告 that lists what people may report (`一、反映…的问题；`): kinds
/// of problems, none found; read as problems before.
#[test]
fn what_people_may_report_is_no_finding() {
    let text = "\
中共某县委第五轮巡察进驻公告

根据县委统一部署，县委第一巡察组于2024年4月8日至6月7日对某镇党委开展常规巡察。现将有关事项公告如下：

一、受理范围

一、反映被巡察党组织领导班子及其成员的问题；

二、反映违反政治纪律、组织纪律、廉洁纪律方面的问题；

三、反映选人用人、基层党组织建设方面的问题。

二、有关要求

反映问题应当实事求是、内容具体。
";
    let r = convert(text);
    assert_eq!(common::problems(&r), Vec::<&str>::new());
}

/// A bulletin signed above a table attached below the signature (`附：…
/// 统计表` and its tab-separated rows): the signature names the issuer.
#[test]
fn signed_above_an_attached_table() {
    let text = "\
关于重点民生实事项目推进情况的督查通报

本次督查共发现问题2个，已整改1个，正在整改1个。

（一）县教育局（2个问题）

1.部分学校食堂改造进度滞后。目前已完成整改。

2.部分校车未按规定安装监控。目前正在整改。

请各责任单位按时报送整改进展情况。

某县人民政府督查室

2024年11月20日

附：问题整改情况统计表

单位\t问题数\t已整改\t整改中
县教育局\t2\t1\t1
合计\t2\t1\t1
";
    let r = convert(text);
    assert_eq!(r.meta.issuer.as_deref(), Some("某县人民政府督查室"));
    assert_states(&r, &[("部分学校食堂", Done), ("部分校车未按", InProgress)]);
}

/// A finding whose measures order others to act (`…逐一反馈、限期整改；`)
/// and whose last sentence, before its owners' note, says it is done and
/// signed off (`目前已整改完成并销号。`): done, not in progress.
#[test]
fn an_order_on_the_way_then_done_and_signed_off() {
    let text = "\
某大学党委关于巡视整改进展情况的通报

巡视反馈问题共2条，已完成整改1条，正在整改1条。

一、基层党建方面

1.部分二级党组织“三会一课”制度落实不严格。主要措施：一是制定组织生活规范化建设指引；二是开展专项检查，对检查发现问题的14个党支部逐一反馈、限期整改。目前已整改完成并销号。（牵头单位：党委组织部）

2.党员发展程序不够规范。主要措施：一是开展党员发展材料专项核查；二是修订党员发展工作细则。相关工作正在推进中。（牵头单位：党委组织部）
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(&r, &[("部分二级党组", Done), ("党员发展程序", InProgress)]);
}
