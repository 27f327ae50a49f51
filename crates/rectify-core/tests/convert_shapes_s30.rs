//! Shapes met in session 30. Set 23 (49 problems in 5 notices), written by
//! a writer who had read neither the converter nor its samples, scored
//! 34 / 33 / 1 / 2 (problems found / with the writer's status / extra /
//! notices exact) on the converter of the session's start.
//!
//! Every notice here is my own, one per shape.

mod common;

use common::{assert_accounted, assert_states, convert};
use rectify_core::model::{Report, Status};

use Status::*;

fn problems(r: &Report) -> Vec<&str> {
    r.walk()
        .filter(|n| n.kind == rectify_core::model::NodeKind::Problem)
        .map(|n| n.title.as_str())
        .collect()
}

/// Each problem opens with its code in brackets (`【JC-01】`) and ends with
/// its state as a tag (`｜【已办结】`): the codes are the problems' labels,
/// the tags their states, whatever the report's words before them
/// (`纳入常态管理` is a measure's words in a report, a state as a tag).
#[test]
fn problems_labelled_by_codes_with_closing_tags() {
    let text = "\
某某县卫生健康局关于公共场所卫生督查情况的通报
一、督查发现问题及整改情况
（一）城关镇（2个）
【JC-01】宾馆客房茶具未按规定消毒。｜已责令整改，配备消毒柜。｜【已办结】
【JC-02】浴室通风设施损坏。｜已更换排风扇，正在调试。｜【整改中】
（二）河口镇（2个）
【JC-03】理发店从业人员健康证过期。｜已组织体检，纳入常态管理。｜【常态管理】
【JC-04】游泳池水质检测记录缺失。｜已补建检测台账。｜【已办结】
二、工作要求
各乡镇要举一反三，抓好整改。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("宾馆客房茶具", Done),
            ("浴室通风设施", InProgress),
            ("理发店从业人", LongTerm),
            ("游泳池水质检", Done),
        ],
    );
    assert_eq!(problems(&r).len(), 4);
    assert_accounted(text, &r);
}

/// Groups titled by a state that count their problems, the last of them
/// with one problem whose words name no shortcoming a rule knows: a group
/// still, not a problem with one measure.
#[test]
fn a_counted_state_group_of_one_holds_a_problem() {
    let text = "\
某某所党支部检视问题整改情况公示
（一）已完成整改的问题（2个）
1、来访接待登记不全。已启用电子登记系统。
2、学习笔记流于形式。已开展交叉检查。
（二）需长期坚持整改的问题（1个）
1、班子成员到基层站所次数偏少。建立每月蹲点制度，长期坚持。
公示期为2026年10月1日至10月8日。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("来访接待登记", Done),
            ("学习笔记流于", Done),
            ("班子成员到基", LongTerm),
        ],
    );
    assert_eq!(problems(&r).len(), 3);
    assert_accounted(text, &r);
}

/// A table set out with runs of spaces, each row padded to about the same
/// width (which a copy of a wrapped page also shows), its problem column
/// headed `事项` and its state only a symbol that a note above explains
/// unquoted (`●为已完成`).
#[test]
fn a_space_table_with_marks_explained_by_a_note() {
    let text = "\
某某中心关于便民服务专项整治进展情况的公示
一、整治清单
（注：状态栏中，●为已完成，◎为推进中，○为尚未启动）
序号  事项                                  整改措施                          责任科室      状态
1     窗口排队时间长，高峰期等候超过半小时  增设自助终端6台，推行预约办理      服务科        ●
2     办事指南更新不及时，部分材料要求不一  全面修订办事指南，统一材料清单      综合科        ◎
3     夜间值守电话无人接听                  设立夜间值班岗，落实值班记录        办公室        ○
二、监督方式
欢迎社会各界监督。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("窗口排队时间", Done),
            ("办事指南更新", InProgress),
            ("夜间值守电话", NotStarted),
        ],
    );
    assert_eq!(problems(&r).len(), 3);
    // The row's measures take the row's state, as in a ledger.
    let second = r.walk().find(|n| n.title.starts_with("办事指南")).unwrap();
    assert_eq!(second.children[0].status, Some(InProgress));
    assert_accounted(text, &r);
}

/// A table of rows without a state, under a heading, and after it a
/// sentence that looks back at exactly its rows (`以上3项均已整改完成。`):
/// the heading holds the table, and the sentence gives the rows their
/// state. The closing after it is not the table's.
#[test]
fn a_sentence_after_a_table_states_its_rows() {
    let text = "\
某某站关于检查发现问题整改情况的通报
一、资料管理
【问题描述】检测原始记录未及时归档。
【整改进展】已集中归档。
【销号情况】已销号

【问题描述】标准物质台账不全。
【整改进展】正在补录。
【销号情况】推进中

二、内部管理
序号  问题                             整改措施                  时限
1     内审计划未覆盖全部要素           修订内审计划              2026年6月
2     管理评审输入资料不完整           补充评审资料              2026年7月
3     人员培训档案缺少考核记录         补建考核记录              2026年8月
以上3项均已整改完成。

下一步，站里将持续巩固整改成果。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("检测原始记录", Done),
            ("标准物质台账", InProgress),
            ("内审计划未覆", Done),
            ("管理评审输入", Done),
            ("人员培训档案", Done),
        ],
    );
    let heading = r.walk().find(|n| n.title == "内部管理").unwrap();
    assert_eq!(heading.children.len(), 3);
    assert_accounted(text, &r);
}

/// A 督查 bulletin naming the units inspected as headings, each over its
/// findings numbered as measures are (`①…（已整改）；`), each finding's
/// state in brackets at its end: the findings are problems, and the
/// bracket's first clause is their state (`限…前…到位` is a deadline set,
/// `尚未启动…，已约谈…` not started).
#[test]
fn units_over_findings_with_bracketed_states() {
    let text = "\
某某市应急管理局关于燃气安全专项督查情况的通报
一、督查发现的主要问题
（一）某某大酒店
①后厨燃气报警器未与切断阀联动（已整改，更换联动装置）；
②燃气管道穿越配电间（限7月10日前整改到位）。
（二）某某农贸市场
①商户使用过期液化气钢瓶（已整改）；
②市场未设置燃气安全管理员（尚未启动整改，已约谈市场负责人）。
二、工作要求
各单位要举一反三。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("后厨燃气报警", Done),
            ("燃气管道穿越", InProgress),
            ("商户使用过期", Done),
            ("市场未设置燃", NotStarted),
        ],
    );
    assert_eq!(problems(&r).len(), 4);
    assert_accounted(text, &r);
}

/// A table drawn with box-drawing rules, each row over several lines with
/// its cells wrapped in their columns, its groups and their subtotals rows
/// of one cell across the table, and a note of marks below it followed by
/// the report-wide count: rows rejoined, grouped, stated by their marks,
/// and the count below the table is the report's.
#[test]
fn a_drawn_table_with_groups_and_marks() {
    let text = "\
某某大队关于检视问题整改进展情况的公示
一、整改工作开展情况
1、成立工作专班。
2、建立整改台账。
二、检视问题整改清单
┌──┬──────────┬────────┬────┐
│序号│检视问题            │整改措施        │进展    │
├──┼──────────┼────────┼────┤
│一、执法规范方面                                        │
├──┼──────────┼────────┼────┤
│1   │案卷归档不及时，部分│建立归档提醒机制│●      │
│    │案卷超期未归档      │                │        │
├──┼──────────┼────────┼────┤
│2   │执法文书填写不规范  │开展文书评查    │◐ 已评 │
│    │                    │                │查一轮  │
├──┼──────────┼────────┼────┤
│本类问题2项，已完成1项                                  │
├──┼──────────┼────────┼────┤
│二、服务群众方面                                        │
├──┼──────────┼────────┼────┤
│1   │投诉回复超时        │实行限时办结    │○      │
└──┴──────────┴────────┴────┘
注：“●”表示已完成整改，“◐”表示正在推进，“○”表示尚未启动。
截至6月底，3项检视问题中已完成整改1项，正在推进1项，尚未启动1项。
三、下一步工作
1、抓好未完成事项。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("案卷归档不及", Done),
            ("执法文书填写", InProgress),
            ("投诉回复超时", NotStarted),
        ],
    );
    assert_eq!(problems(&r).len(), 3);
    let first = r.walk().find(|n| n.title.starts_with("案卷归档")).unwrap();
    assert!(
        first.title.contains("部分案卷超期未归档"),
        "{}",
        first.title
    );
    let stated = r.stated_totals.as_ref().expect("the count below the table");
    assert_eq!((stated.total, stated.done), (Some(3), Some(1)));
    assert_accounted(text, &r);
}

/// Plain paragraphs under a heading with no keyword, each opening with a
/// finding and going on with the work on it: a paragraph whose opening
/// states its condition in words no rule knows (`…时间单一，…就餐难。`) is
/// one more problem among them, not the report of the one before. A rest
/// named in one clause and dated in the last (`其余…同步实施，年底前全部
/// 完成`) is in progress.
#[test]
fn plain_paragraph_problems_among_others() {
    let text = "\
某某县民政局关于走访发现问题整改情况的通报
今年以来，县民政局开展走访活动。现将有关情况通报如下。
听民声　办实事
部分小区楼道缺少照明，居民夜间出行不便。县民政局协调街道加装照明，首批小区已完工，其余小区随改造同步实施，年底前全部完成。
乡镇敬老院洗浴时间单一，失能老人洗浴难。各敬老院已调整为每日开放，并安排护理员协助，已办结。
个别老人反映养老补贴发放不及时。经核查，系数据对接出错，已全部补发到位。
对其他意见建议，县民政局将逐件登记办理。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("部分小区楼道", InProgress),
            ("乡镇敬老院洗", Done),
            ("个别老人反映", Done),
        ],
    );
    assert_eq!(problems(&r).len(), 3);
    assert_accounted(text, &r);
}

/// Items without numbers, each opening with a tag of its state
/// (`【已办结】…`, `【办理中】…`, `【待启动】…`), under a heading with no
/// keyword: the tags mark the items as bullets do, whatever tag each has,
/// and each tag is its item's state.
#[test]
fn items_marked_by_their_state_tags() {
    let text = "\
某某水务公司关于群众用水诉求办理情况的公示
现将群众反映集中的用水诉求办理情况公示如下。
用水之忧，件件有着落
【已办结】老城区部分小区水压偏低，高层住户用水困难。
公司新建加压泵站2座，已于9月底投运。
【办理中】城东片区管网老化，爆管时有发生。
已完成改造管网4公里，其余管段正在施工。
【待启动】城郊村二次供水设施缺失。
该项目需纳入明年计划，目前尚未启动。
【长期跟进】用水缴费渠道单一，老年人缴费不便。
已开设代缴网点，将作为常态化工作持续推进。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("老城区部分小", Done),
            ("城东片区管网", InProgress),
            ("城郊村二次供", NotStarted),
            ("用水缴费渠道", LongTerm),
        ],
    );
    assert_eq!(problems(&r).len(), 4);
    assert_accounted(text, &r);
}

/// Findings listed inline after words that say what people raised
/// (`评议反映的主要情况：一是…；二是…；三是…`), answered in one paragraph
/// whose sentences each open with the number they answer (`针对第一项，…。
/// 针对第二项，…。`): each finding a problem with its answer.
#[test]
fn inline_findings_answered_in_one_paragraph() {
    let text = "\
某某县档案馆关于群众评议意见整改落实情况的公告
今年县里组织群众评议，现将落实情况公告如下。
评议反映的主要情况：一是查档预约渠道单一，群众往返多次；二是阅览室座位不足；三是档案利用指南更新不及时。
针对第一项，已开通网上预约，已落实到位。针对第二项，阅览室扩建方案已报批，预计2027年3月底前完工。针对第三项，已重新印制利用指南，已完成整改。
欢迎群众监督。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("查档预约渠道", Done),
            ("阅览室座位不", InProgress),
            ("档案利用指南", Done),
        ],
    );
    assert_eq!(problems(&r).len(), 3);
    assert_accounted(text, &r);
}

/// State-tagged items under a heading that names them only as a kind
/// (`三、其他问题`): they report themselves, so the heading groups them; it
/// is not one problem with three measures. Found by a notice written after
/// the last change.
#[test]
fn state_tagged_items_under_a_heading_are_its_problems() {
    let text = "\
某某镇关于巡察反馈问题整改情况的通报
一、基本情况
镇党委召开专题会议2次。
二、其他问题
【已办结】东岭村资产台账不全。
已组织清查，补登资产台账。
【办理中】西坡村租金收缴不及时。
已催缴租金12万元，剩余部分正在协商。
【待启动】北塘村闲置厂房未盘活。
需结合全镇产业规划实施，目前尚未启动。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("东岭村资产台", Done),
            ("西坡村租金收", InProgress),
            ("北塘村闲置厂", NotStarted),
        ],
    );
    assert_eq!(problems(&r).len(), 3);
    assert_accounted(text, &r);
}
