//! Shapes met in session 58. Every notice here is my own, and each test
//! fails on the converter of the session's start (a5ba1e9).

mod common;

use common::{assert_accounted, assert_states, convert, problem};
use rectify_core::model::{NodeKind, Status};

use Status::*;

/// A notice that is a preface and an attached table, as a PDF's text
/// extraction lays it out: one column per character, long cells wrapped
/// under their column, a page's number between two rows. The rows are
/// the problems, each with its owners, deadline and state.
#[test]
fn an_attached_table_from_a_pdf_grid_holds_the_problems() {
    let text = "\
某市水务局关于河湖专项检查发现问题整改进展情况的公开

    专项检查发现问题4项，已完成整改2项，达到序时进度1项，长期坚持1项。现予公开。

    附件：整改进展情况表

                                        某市水务局
                                        2026年3月2日

附件

        某市河湖专项检查发现问题整改进展情况表

  序号  问题                  责任单位        整改时限       整改进展
  1   城区段河道两岸垃圾堆  某区人民政府、    2026年2月底前  已完成。垃圾已全部
      放，清运不及时。      各街道（镇、场）                 清运，建立巡河制度。
  2   部分排污口未登记入账  市生态环境局      2026年9月底前  达到序时进度。已登
      ，底数不清。                                           记一半，正在推进。

                              - 2 -

  3   水库管理人员配备不足  市水库管理中心    长期坚持       长期坚持。已招聘
      。                                                     2人，持续充实。
  4   河长巡河记录不完整，  各区河长办        2026年1月底前  已完成。补齐记录，
      部分河段漏巡。                                         纳入考核。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("城区段河道两", Done),
            ("部分排污口未", InProgress),
            ("水库管理人员", LongTerm),
            ("河长巡河记录", Done),
        ],
    );
    let first = problem(&r, "城区段河道");
    assert_eq!(first.title, "城区段河道两岸垃圾堆放，清运不及时。");
    assert_eq!(first.owners, ["某区人民政府", "各街道（镇、场）"]);
    assert_eq!(first.deadline.as_deref(), Some("2026-02-28"));
    assert_eq!(
        problem(&r, "部分排污口").deadline.as_deref(),
        Some("2026-09-30")
    );
    assert_accounted(text, &r);
}

/// A list of owners keeps the list inside a name's brackets.
#[test]
fn an_owner_with_a_list_in_its_brackets_stays_whole() {
    let r = convert(
        "某县关于督查问题整改情况的通报\n\
         一、问题整改情况\n\
         （一）农村供水管网老化，漏损率偏高。\n\
         责任单位：县水利局、各乡（镇、街道）人民政府\n\
         整改情况：已完成管网改造，整改到位。\n\
         （二）饮用水源地标识不全。\n\
         整改情况：已完成。\n",
    );
    assert_eq!(
        problem(&r, "农村供水").owners,
        ["县水利局", "各乡（镇、街道）人民政府"]
    );
}

/// A bulletin that groups its problems by state: the group of those not
/// rectified when their time ran out holds problems not begun, and the
/// time they were given (`交办时要求于2月28日前完成整改`) is a demand, not a
/// report that the work was done; it fell in the months before the report.
#[test]
fn an_overdue_group_holds_problems_not_begun() {
    let r = convert(
        "某市人民政府督查室关于暗访发现问题整改情况的通报\n\
         截至3月10日，暗访发现问题3个，已整改到位1个，正在整改1个，逾期未整改1个。\n\
         一、已整改到位的问题（1个）\n\
         1.东区某路口垃圾堆放。复核时，垃圾已清运完毕。\n\
         二、正在整改的问题（1个）\n\
         1.西区某市场排水沟堵塞。目前已疏通一半，计划于4月15日前完成。\n\
         三、逾期未整改的问题（1个）\n\
         1.南区某小区井盖缺失5处。该问题交办时要求于2月28日前完成整改，但复核时井盖均未更换。\n\
         四、有关要求\n\
         1.压实整改责任。\n\
         某市人民政府督查室\n\
         2026年3月18日\n",
    );
    assert_states(
        &r,
        &[
            ("东区某路口垃", Done),
            ("西区某市场排", InProgress),
            ("南区某小区井", NotStarted),
        ],
    );
    assert_eq!(
        problem(&r, "南区某小区").deadline.as_deref(),
        Some("2026-02-28")
    );
    assert_eq!(
        problem(&r, "西区某市场").deadline.as_deref(),
        Some("2026-04-15")
    );
}

/// Problems as headings (`（二）…不规范问题`), their measures numbered under
/// them, each measure ending in its state: measures that open with what
/// was done (`全面排查…情况，对超期未换届的…`, `对承担的项目逐一建立…`)
/// are measures, though they name the failings they dealt with; a tag
/// that plans a date (`（计划2026年6月底前完成）`) is under way; a long-term
/// measure followed by its owners is still the problem's last word; and
/// the notice's next steps after the last problem are not its text.
#[test]
fn measures_that_name_their_failings_under_problem_headings() {
    let r = convert(
        "某集团党委关于巡察整改进展情况的通报\n\
         反馈问题3个，已完成整改1个，正在整改1个，需长期坚持1个。\n\
         一、关于“党的建设缺失”方面\n\
         （一）部分基层党组织未按期换届，组织生活不规范问题\n\
         1.全面排查所属党组织届期情况，对3个超期未换届的支部已完成换届（已完成）。\n\
         2.开展专项检查，对检查中发现的记录不规范等问题逐一反馈（已完成）。\n\
         责任部门：党委组织部\n\
         （二）党费使用管理不规范问题\n\
         1.对少交党费的党员已全部补交到位（已完成）。\n\
         2.修订党费使用管理细则（计划2026年6月底前完成）。\n\
         （三）以往发现问题整改不彻底问题\n\
         1.对近三年发现问题进行“回头看”，建立销号台账（已完成）。\n\
         2.将整改落实情况纳入年度考核，对整改不力的严肃问责（长期坚持）。\n\
         责任部门：纪委办公室\n\
         下一步，集团党委将巩固整改成效，对正在整改的事项紧盯时间节点，确保按期完成。\n\
         欢迎社会各界监督。联系电话：0000-1234567。\n",
    );
    assert_states(
        &r,
        &[
            ("部分基层党组", Done),
            ("党费使用管理", InProgress),
            ("以往发现问题", LongTerm),
        ],
    );
    let first = problem(&r, "部分基层党组织");
    assert_eq!(first.children.len(), 2);
    assert!(first.children.iter().all(|m| m.kind == NodeKind::Measure));
    assert_eq!(
        problem(&r, "党费使用").deadline.as_deref(),
        Some("2026-06-30")
    );
}

/// A ledger pasted as tab-separated rows, a problem's measures on rows of
/// their own with the merged cells left empty: a row that goes on
/// (`持续推进`) beside a long-term deadline is for the long term, and
/// with done rows the problem is long-term.
#[test]
fn a_continued_row_that_goes_on_for_the_long_term() {
    let r = convert(
        "某镇人民政府关于巡察反馈问题整改情况的公示\n\
         序号\t问题描述\t整改措施\t责任单位\t完成时限\t整改进展\n\
         1\t农村低保动态管理不及时，存在应退未退情况\t逐户核查低保对象家庭收入\t镇社会事务办\t2026.02.28\t已完成\n\
         \t\t建立低保对象季度复核机制\t镇社会事务办\t长期坚持\t持续推进\n\
         2\t专项资金拨付滞后\t完成剩余资金拨付\t镇财政所\t2026年1月底\t已完成\n\
         3\t村级财务监管不到位\t全面清查现金支付\t镇财政所\t2026.05.31\t正在推进\n\
         \t\t推行非现金结算\t镇财政所\t2026年6月底\t未启动\n",
    );
    assert_states(
        &r,
        &[
            ("农村低保动态", LongTerm),
            ("专项资金拨付", Done),
            ("村级财务监管", InProgress),
        ],
    );
}

/// Findings listed first, answered later by paragraphs that name them in
/// other words and another order, one of them two findings at once, one
/// finding answered by none: the findings are the problems, each with its
/// answer's state, deadline and owners; the unanswered one is open.
#[test]
fn findings_answered_by_paragraphs_that_name_them() {
    let text = "某县卫生健康局党组关于巡察反馈意见整改进展情况的通报\n\
         一、巡察反馈的主要问题\n\
         1.医疗废物处置监管不严，暂存点设置不规范。\n\
         2.家庭医生签约服务流于形式，随访不到位。\n\
         3.药品耗材采购管理不规范，存在线下采购。\n\
         4.医保基金使用监督不力，存在重复收费。\n\
         5.以往审计发现问题整改不彻底。\n\
         二、整改落实情况\n\
         针对“家庭医生签约服务重数量轻质量”的问题，已开展回头看，正在推进系统对接，预计2026年6月底前完成。（责任科室：基层卫生股）\n\
         针对医疗废物处置监管不严的问题，已对全县暂存点开展排查并整改到位，该问题已完成整改。（责任科室：医政股）\n\
         针对药品耗材采购不规范和医保基金使用监管不到位两个问题，已核查卫生院12家，该问题正在推进，预计2026年3月底前完成。\n\
         三、下一步打算\n\
         持续巩固整改成果。\n";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("医疗废物处置", Done),
            ("家庭医生签约", InProgress),
            ("药品耗材采购", InProgress),
            ("医保基金使用", InProgress),
            ("以往审计发现", NotStarted),
        ],
    );
    let family = problem(&r, "家庭医生");
    assert_eq!(family.deadline.as_deref(), Some("2026-06-30"));
    assert_eq!(family.owners, ["基层卫生股"]);
    assert_eq!(
        problem(&r, "医保基金").deadline.as_deref(),
        Some("2026-03-31")
    );
    assert_accounted(text, &r);
}

/// An audit's report to the 人大: a problem's report opens with the units
/// that did the work (`整改情况：区自然资源局、区住房和城乡建设局已将…`, or
/// in its second sentence): they are its owners. A sentence opening with
/// a preposition (`对县…中心开展…`) names none.
#[test]
fn the_units_a_report_opens_with_are_its_owners() {
    let r = convert(
        "某区人民政府关于审计查出问题整改情况的报告\n\
         一、区级财政管理审计查出问题的整改情况\n\
         1.部分非税收入未及时缴入国库问题。区自然资源局收取的复垦费未按时缴库。\n\
         整改情况：区自然资源局、区住房和城乡建设局已将上述资金全部缴入国库，该问题已整改到位。\n\
         2.专项债券资金使用效率不高问题。\n\
         整改情况：已完成部分整改。区发展和改革局、区财政局建立债券项目周调度机制，剩余资金正在拨付。\n\
         3.下属单位监管偏宽问题。\n\
         整改情况：对县不动产登记中心开展专项检查，已整改到位。\n",
    );
    assert_eq!(
        problem(&r, "部分非税收入").owners,
        ["区自然资源局", "区住房和城乡建设局"]
    );
    assert_eq!(
        problem(&r, "专项债券").owners,
        ["区发展和改革局", "区财政局"]
    );
    assert!(problem(&r, "下属单位").owners.is_empty());
}

/// A summary of three units' rectification: the report's count follows a
/// count of the units (`共向3家被巡察单位反馈问题14个`), which is not it; and
/// a measure that ends on the problems it works on (`会同…召开协调会3次，
/// 推动解决项目用地预审问题。`) names no problem of its own.
#[test]
fn a_count_of_units_before_the_count_of_problems() {
    let r = convert(
        "关于市委巡察整改情况的通报\n\
         一、总体情况\n\
         市委本轮巡察共向3家被巡察单位反馈问题4个。截至4月30日，已完成整改3个，正在整改1个。\n\
         二、各单位整改情况\n\
         （一）市交通运输局\n\
         1.综合客运枢纽项目前期工作推进缓慢，较原定计划滞后约8个月。\n\
         （1）成立枢纽建设工作专班，实行周调度、月通报。\n\
         （2）会同市自然资源和规划局召开协调会3次，推动解决项目用地预审问题。\n\
         整改进展：已完成。\n\
         2.农村公路养护资金拨付不及时。\n\
         （1）开展专项清理。\n\
         整改进展：已完成。\n\
         （二）市医疗保障局\n\
         1.定点医药机构监督检查覆盖面不足。\n\
         整改进展：已完成。\n\
         2.异地就医直接结算办理不便。\n\
         整改进展：正在推进，计划2025年9月底前完成。\n",
    );
    assert_states(
        &r,
        &[
            ("综合客运枢纽", Done),
            ("农村公路养护", Done),
            ("定点医药机构", Done),
            ("异地就医直接", InProgress),
        ],
    );
    let t = r.stated_totals.as_ref().expect("stated totals");
    assert_eq!(
        (t.total, t.done, t.in_progress),
        (Some(4), Some(3), Some(1))
    );
}

/// An audit's report that opens `未整改，原因是…` states the work not begun,
/// whatever steps it goes on to name; `未整改到位` only denies completion.
#[test]
fn a_report_opening_unrectified_is_not_started() {
    let r = convert(
        "某县审计局关于审计查出问题整改情况的公告\n\
         一、预算管理方面\n\
         （一）施工单位多计工程量，多结算工程款187.9万元。\n\
         整改结果：未整改，原因是施工单位已进入破产清算程序。县住建局已申报债权，县审计局将持续跟踪整改进展。\n\
         （二）部分单位超预算支出公用经费。\n\
         整改结果：未整改到位，已收回一半，剩余资金正在清理。\n",
    );
    assert_states(
        &r,
        &[("施工单位多计", NotStarted), ("部分单位超预", InProgress)],
    );
}
