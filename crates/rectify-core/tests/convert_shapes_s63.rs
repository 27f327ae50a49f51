//! Shapes met in session 63. Every notice here is my own, and each test
//! fails on the converter of the session's start (894e9f8).

mod common;

use common::{assert_accounted, assert_owners, assert_states, convert, problem};
use rectify_core::model::Status;

use Status::*;

/// A phone article's keys in brackets without a colon (`【责任部门】…`,
/// `【办结时限】…`) under a problem's `【整改措施】`: notes on the problem
/// (its owners and deadline), not items under its measures; owners after
/// a `；` and a lead's `（牵头）` read as names; a long-term deadline with a
/// report that opens `持续推进。` is long-term work.
#[test]
fn bracketed_keys_are_the_problems_notes() {
    let text = "\
中共某某市疾病预防控制中心委员会关于市委巡察反馈问题整改进展情况的通报

截至2026年3月20日，市委第二巡察组反馈的2个方面4个问题，已完成整改2个，正在整改1个，需长期坚持1个。

二、反馈问题整改情况

▲ 履行职能责任方面

△ 传染病疫情报告审核不及时，个别病例订正超时。
【整改措施】修订疫情报告审核规程，实行AB岗，每日两次审核。
【责任部门】传染病防制科（牵头）、信息科
【办结时限】2026年1月底前
【整改进展】已完成整改，本年度报告审核及时率100%。

△ 预防接种门诊冷链设备老化，温度监测记录不全。
【整改措施】更新冰箱6台，安装温度自动监测系统。
【责任部门】免疫规划科 ；后勤保障科
【办结时限】2026年6月30日
【整改进展】正在整改，已更新冰箱4台，监测系统正在安装调试。

▲ 内部管理方面

△ 实验室危险化学品台账与实物不符。
【整改措施】全面盘点危化品，建立双人双锁和出入库登记制度。
【责任部门】检验科
【办结时限】2026年2月28日
【整改进展】已完成整改。

△ 职工健康教育宣传覆盖面不广，形式单一。
【整改措施】制定健康教育年度计划，开设短视频专栏，每月进社区宣讲。
【责任部门】健康教育科
【办结时限】长期坚持
【整改进展】持续推进。已开展进社区宣讲9场，发布短视频24条。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("传染病疫情报", Done),
            ("预防接种门诊", InProgress),
            ("实验室危险化", Done),
            ("职工健康教育", LongTerm),
        ],
    );
    assert_owners(
        &r,
        &[
            ("传染病疫情", &["传染病防制科", "信息科"]),
            ("预防接种门", &["免疫规划科", "后勤保障科"]),
            ("实验室危险", &["检验科"]),
            ("职工健康教", &["健康教育科"]),
        ],
    );
    let deadline = |o: &str| problem(&r, o).deadline.clone();
    assert_eq!(deadline("传染病疫情").as_deref(), Some("2026-01-31"));
    assert_eq!(deadline("预防接种门").as_deref(), Some("2026-06-30"));
    assert_eq!(deadline("实验室危险").as_deref(), Some("2026-02-28"));
    // The notes are the problem's, not items under its measures.
    assert!(problem(&r, "实验室危险").children.len() <= 1);
}

/// `一、…存在的问题` › `（一）…方面` › `1.…` (a statement that ends on no
/// word of shortcoming) › `整改措施：` `（1）…` `（2）…` › `责任单位：…`
/// `整改进展：…`: the notes and the report are the problem's; they never
/// climb past the area's heading to the part's.
#[test]
fn notes_after_measures_stay_below_the_area() {
    let text = "\
某县水利局党组关于巡察整改进展情况的通报

巡察反馈的问题共计4个，已完成整改2个，正在整改1个，需长期坚持1个。

一、关于贯彻落实上级决策部署方面存在的问题
（一）河湖长制落实方面
1.部分河段巡河记录流于填表，2024年有5条河段连续两个月由同一人代签后才被发现。
整改措施：
（1）启用巡河轨迹定位，取消纸质记录；
（2）对5条河段巡河员进行约谈。
责任单位：河湖管理股、办公室
整改进展：已完成整改。
2.小型水库安全鉴定工作推进缓慢，3座水库鉴定超期。
（1）委托第三方机构开展鉴定；
（2）实行周调度。
责任单位：水库管理站
整改时限：2025年6月底前
整改进展：正在整改，已完成2座水库鉴定。
（二）水资源管理方面
1.对取水户计量设施的检查频次偏低，个别取水户计量设施损坏半年后才予更换。
（1）建立取水计量设施季度巡检制度；
（2）将计量设施完好率纳入取水户信用评价。
责任单位：水资源股
整改进展：长期坚持。已建立季度巡检机制。
2.水资源费征收台账登记不及时。
责任单位：水资源股
整改进展：已完成整改。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("部分河段巡河", Done),
            ("小型水库安全", InProgress),
            ("对取水户计量", LongTerm),
            ("水资源费征收", Done),
        ],
    );
    assert_owners(
        &r,
        &[
            ("部分河段巡河", &["河湖管理股", "办公室"]),
            ("对取水户计量", &["水资源股"]),
        ],
    );
    let part = r
        .walk()
        .find(|n| n.title.starts_with("关于贯彻落实"))
        .unwrap();
    assert!(part.owners.is_empty(), "{:?}", part.owners);
}

/// An audit report to the 人大常委会: `1.关于…的问题。` over a paragraph that
/// opens with the units that did the work (`市卫生健康委、市财政局已…`):
/// those units are the problem's owners, as they are for a problem
/// without a label.
#[test]
fn units_opening_a_labelled_problems_report_are_its_owners() {
    let text = "\
某市人民政府关于2025年度市级预算执行审计查出问题整改情况的报告

审计工作报告反映的3个问题，已整改到位2个，部分整改1个。

（一）部门预算执行审计查出问题的整改情况
1.关于部分医疗机构设备采购未执行政府采购程序的问题。
市卫生健康委、市财政局已对涉及的6家医疗机构开展专项检查，修订采购内控制度。该问题已整改到位。
2.关于部分单位结余资金未及时上缴的问题。
市教育局已收回所属学校结余资金215万元并上缴国库。该问题已整改到位。
3.关于个别项目资金闲置的问题。
市交通运输局正在推进项目前期工作，已完成可研批复，计划2027年3月底前开工。目前该问题部分整改。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("关于部分医疗", Done),
            ("关于部分单位", Done),
            ("关于个别项目", InProgress),
        ],
    );
    assert_owners(
        &r,
        &[
            ("关于部分医疗", &["市卫生健康委", "市财政局"]),
            ("关于部分单位", &["市教育局"]),
            ("关于个别项目", &["市交通运输局"]),
        ],
    );
}

/// A university's notice typeset with full-width digits throughout
/// (`问题１：`, `２０２４年６月`, `联系电话：０５７９－…`): work that needs to go
/// on (`需持续推进２个`) is counted long-term beside work nearly done, and
/// the phone number and postcode are read, as printed (a link folds the
/// digits).
#[test]
fn full_width_digits_and_work_that_needs_to_go_on() {
    let text = "\
中共某某学院委员会关于巡视整改进展情况的通报

　　截至２０２４年６月３０日，４个问题中已完成整改２个，基本完成１个，需持续推进１个。

　　一、关于学校办学方向方面
　　问题１：课程思政建设与专业教学融合不够。
　　整改完成情况：已完成。
　　问题２：教师思想政治工作机制不健全。
　　整改完成情况：已完成。
　　二、关于内部管理方面
　　问题３：科研经费报销审核不严。
　　整改完成情况：基本完成，剩余２个课题组正在补正材料。
　　问题４：校办企业监管体系不完善。
　　整改完成情况：持续推进。

　　联系电话：０５７９－８６２３００１２；邮编：３２１０００。

中共某某学院委员会
２０２４年７月５日
";
    let r = convert(text);
    assert_accounted(text, &r);
    let t = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (t.total, t.done, t.in_progress, t.long_term),
        (Some(4), Some(2), Some(1), Some(1))
    );
    let contact = r.meta.contact.as_ref().unwrap();
    assert_eq!(contact.phone.as_deref(), Some("０５７９－８６２３００１２"));
    assert_eq!(contact.postcode.as_deref(), Some("３２１０００"));
    let links = rectify_core::contact::phone_links(contact);
    assert_eq!(links[0].href.as_deref(), Some("tel:0579-86230012"));
}

/// A 督查 bulletin by unit inspected (`【市医保局】` › `问题1：…（已整改）`):
/// a finding's line broken before its state's note (`…施工质量` /
/// `不达标（正在整改，限2026年6月底前完成）`) is one line again, so every
/// group names a unit and gives it to its problems; a deadline in that
/// note (`限…前完成`) is the problem's.
#[test]
fn a_state_note_sets_the_deadline_and_a_broken_line_keeps_the_groups() {
    let text = "\
某市纪委监委关于专项督查发现问题整改情况的通报

发布时间：2025-11-20

　　截至目前，通报的4个问题已整改2个，正在整改2个。

【市人社局】
　　问题1：部分职业技能培训补贴审核把关不严，存在重复申领现象（已整改）
　　问题2：工伤认定过程中个别工作人员推荐特定律师事务所，存在吃拿卡要风险（正在整改，限2026年3月底前完成）

【市住建局】
　　问题1：老旧小区改造工程竣工验收走过场，桂园、东湖等3个小区外墙保温层施工质量
不达标（正在整改，限2026年6月底前完成）
　　问题2：住房公积金提取审批超出承诺时限，最长的达15个工作日（已整改）
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("部分职业技能", Done),
            ("工伤认定过程", InProgress),
            ("老旧小区改造", InProgress),
            ("住房公积金提", Done),
        ],
    );
    assert_owners(
        &r,
        &[
            ("部分职业技能", &["市人社局"]),
            ("老旧小区改造", &["市住建局"]),
        ],
    );
    let deadline = |o: &str| problem(&r, o).deadline.clone();
    assert_eq!(deadline("工伤认定过程").as_deref(), Some("2026-03-31"));
    assert_eq!(deadline("老旧小区改造").as_deref(), Some("2026-06-30"));
}

/// Next steps after the last problem that speak of all the problems by
/// their states (`对已完成的…“回头看”，对正在整改的…，对需长期坚持的…`) are
/// the notice's closing, not the last problem's text; a measure that
/// only intends to work with a unit (`拟联合县住建局建立…`) names no owner.
#[test]
fn next_steps_for_all_problems_close_the_notice() {
    let text = "\
某区卫生健康局党委关于区委巡察整改进展情况的通报

区委巡察反馈的3个问题，已完成整改2个，正在整改1个。

一）关于落实管党治党责任方面
1)关于党委会议事规则不健全的问题。整改情况：已修订议事规则，该问题已整改到位（责任科室：办公室）。
2)关于医疗机构监管不到位的问题。整改情况：正在整改，已检查医疗机构15家（责任科室：医政科）。
3)关于电梯维保监管不严的问题。
①开展电梯维保质量专项检查；
②拟联合区住建局建立维保质量“黑名单”制度。
整改情况：已整改到位。

　　下一步，局党委将持续压紧压实整改主体责任，对已完成的整改事项适时开展“回头看”，对正在整改的事项紧盯时间节点，确保巡察整改见底见效。

　　欢迎广大干部群众对巡察整改落实情况进行监督。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("关于党委会议", Done),
            ("关于医疗机构", InProgress),
            ("关于电梯维保", Done),
        ],
    );
    let last = problem(&r, "关于电梯维保");
    assert!(!last.body.contains("下一步"), "{}", last.body);
    let plan = last
        .children
        .iter()
        .find(|m| m.title.contains("拟联合"))
        .unwrap();
    assert!(plan.owners.is_empty(), "{:?}", plan.owners);
}

/// Totals counted by the marks of the notice's key (`（注：●为已完成整改，
/// ◐为正在整改，○为需长期坚持）` … `以上共5个问题，其中●2个，◐2个，○1个。`)
/// are read as the key's words, their text kept as printed.
#[test]
fn totals_counted_by_the_keys_marks() {
    let text = "\
某镇人民政府关于巡察反馈问题整改情况的通报

（注：●为已完成整改，◐为正在整改，○为需长期坚持）

一、党的建设方面
（1）党委会议记录不规范。●
整改措施：规范会议记录格式。
（2）党员发展程序不严格。◐
整改措施：开展发展党员工作专项检查。
二、财务管理方面
（3）村级财务公开不及时、不规范。◐
整改措施：统一公开时间和格式。
（4）公务接待审批不严。●
整改措施：修订接待管理办法。
（5）集体资产台账不全。○
整改措施：建立资产动态管理台账。

以上共5个问题，其中●2个，◐2个，○1个。

欢迎社会各界监督。
";
    let r = convert(text);
    assert_accounted(text, &r);
    let t = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (t.total, t.done, t.in_progress, t.long_term),
        (Some(5), Some(2), Some(2), Some(1))
    );
    assert_eq!(t.text, "以上共5个问题，其中●2个，◐2个，○1个。");
}
