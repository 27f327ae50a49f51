//! Shapes met in session 65. Every notice here is my own, and each test
//! fails on the converter of the session's start (56ead9e).

mod common;

use common::{assert_accounted, assert_owners, assert_states, convert, problem, problems};
use rectify_core::model::Status;

use Status::*;

/// A problem listing its findings under one bare key and its measures
/// under another, both numbered `1.` `2.`: the findings are the
/// problem's text and the measures its measures, whatever the first key
/// says; the report below them is the problem's.
#[test]
fn findings_and_measures_numbered_alike_under_two_keys() {
    let text = "\
某县卫生健康局党组关于巡察整改进展情况的通报

巡察反馈问题共2个，已完成整改1个，需长期坚持1个。

一、党的建设方面

（一）主体责任落实不到位。
表现为：
1.党组会研究党风廉政建设次数偏少。
2.对下属单位监督乏力。
整改措施：
1.修订党组议事规则。（责任股室：办公室）
2.建立常态化谈心谈话制度。（责任股室：人事股）
整改情况：长期坚持。

（二）公务接待不规范。
表现为：
1.接待审批单填写不全。
整改措施：
1.修订公务接待管理办法。（责任股室：办公室）
整改情况：已完成整改。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 2, "{:?}", problems(&r));
    assert_states(&r, &[("主体责任落实", LongTerm), ("公务接待不规", Done)]);
    assert_eq!(problem(&r, "主体责任落实").children.len(), 2);
    assert_owners(
        &r,
        &[
            ("主体责任落实", &["办公室", "人事股"]),
            ("公务接待不规", &["办公室"]),
        ],
    );
}

/// Items numbered `第1条意见：` with no other label, each answered by
/// `我们的做法：` and `目前：`: each is a problem, `目前：` reports where it
/// stands, and `预计年底前完成` is the end of the notice's year.
#[test]
fn items_numbered_as_the_nth_opinion_with_a_state_now() {
    let text = "\
某市市场监督管理局关于落实督查组反馈意见的情况通报

我局共收到督查意见3条，已落实到位2条，还在推进1条。

二、逐条落实情况
第1条意见：抽查覆盖面不够，部分行业抽查比例偏低。
我们的做法：重新梳理抽查事项清单，上半年开展联合抽查42次。
目前：已落实到位。
第2条意见：企业开办环节仍然偏多。
我们的做法：设置“一窗受理”综合窗口，线上系统对接需统一部署。
（责任科室：登记注册科）
目前：还在推进，预计年底前完成。
第3条意见：执法案卷不够规范。
我们的做法：对办结的全部案卷开展交叉评查，逐卷补正。
目前：已落实到位。

某市市场监督管理局
2024年9月12日
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 3, "{:?}", problems(&r));
    assert_states(
        &r,
        &[
            ("抽查覆盖面不", Done),
            ("企业开办环节", InProgress),
            ("执法案卷不够", Done),
        ],
    );
    let second = problem(&r, "企业开办环节");
    assert_eq!(second.deadline.as_deref(), Some("2024-12-31"));
    assert_eq!(
        second.status_evidence.as_ref().map(|e| e.basis),
        Some(rectify_core::model::StatusBasis::Stated)
    );
}

/// A 督查 bulletin that ranks units before its problems (`二、整改进度滞后
/// 的单位：柳湾镇、梨园乡` over their counts), tags each problem with its
/// unit (`【柳湾镇】2.…`) and ends its items `（整改中，限期11月30日前）`,
/// with the distribution (`报：…` `送：…`) below the signature: the
/// ranking is no problem, each tag's unit owns its problem, the time
/// allowed is read in the notice's year, and the signature dates it.
#[test]
fn a_bulletin_ranking_units_and_tagging_problems_with_them() {
    let text = "\
关于春季安全生产大检查发现问题整改情况的通报

各乡镇人民政府：
    共发现问题4个，截至11月10日，已整改到位2个，正在整改2个。现通报如下：

一、整改成效明显的单位：石桥镇
    石桥镇发现问题2个，已全部整改。

二、整改进度滞后的单位：柳湾镇
    柳湾镇发现问题2个，正在整改2个，整改进度明显滞后。

三、具体问题整改情况
【石桥镇】1.农贸市场消防通道被摊位占用。已清理占道摊位12处。（已整改）
【石桥镇】2.烟花爆竹零售点未配备灭火器材。已督促配齐灭火器。（已整改）
【柳湾镇】1.镇区燃气管道部分老化锈蚀。正在分段更换。（整改中，限期11月30日前）
【柳湾镇】2.自建房违规改作民宿经营。已委托鉴定。（整改中，限期12月底前）

某县人民政府督查室
2025年11月12日

报：县委、县政府主要领导
送：县安委会各成员单位
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 4, "{:?}", problems(&r));
    assert_owners(
        &r,
        &[("农贸市场消防", &["石桥镇"]), ("镇区燃气管道", &["柳湾镇"])],
    );
    let deadline = |o: &str| problem(&r, o).deadline.clone();
    assert_eq!(deadline("镇区燃气管道").as_deref(), Some("2025-11-30"));
    assert_eq!(deadline("自建房违规改").as_deref(), Some("2025-12-31"));
    assert_eq!(r.meta.published.as_deref(), Some("2025-11-12"));
}

/// A report key alone on its line (`【完成情况】`) over the paragraph that
/// reports: that paragraph is the report, so its opening verdict
/// (`长期坚持。已修订…`) decides, not the steps it then reports done.
#[test]
fn a_report_key_alone_on_its_line_reports_the_paragraph_below() {
    let text = "\
某学院党委关于巡察反馈意见整改进展情况的通报

反馈问题共2个，已完成整改1个，需长期坚持1个。

问题1：落实全面从严治党主体责任压力传导不够，部分二级党组织书记“一岗双责”意识不强。
整改措施：①修订全面从严治党主体责任清单，细化班子成员和二级党组织责任；②开展二级党组织书记述责述廉评议；③将全面从严治党考核结果与年度考核挂钩。
责任单位：党委办公室、组织人事部
整改时限：长期坚持
【完成情况】
长期坚持。已修订印发主体责任清单，2025年1月组织15名二级党组织书记述责述廉评议，考核结果已纳入年度考核。下一步将持续压实责任，常态化开展述责述廉和约谈提醒。

问题2：物资采购管理不规范。
整改措施：①开展专项检查；②修订采购管理办法。
责任单位：资产管理处
【完成情况】
已完成。已修订《物资采购管理办法》并印发实施。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(&r, &[("落实全面从严", LongTerm), ("物资采购管理", Done)]);
}

/// About-headings (`（一）关于“…”的问题`) whose measures run on in one
/// paragraph `一是…；二是…。` that ends on a verdict of work that goes on
/// (`上述措施已形成制度性安排，建立长效机制并长期坚持。`): the problem is
/// long-term when the notice's totals count it so.
#[test]
fn measures_in_one_paragraph_ending_on_long_term_work_as_counted() {
    let text = "\
中共某集团公司委员会关于巡视反馈意见整改进展情况的通报

巡视反馈的问题共2个，已完成整改1个，1个已建立长效机制需长期坚持。

一、关于党的建设方面
（一）关于“主体责任压得不实”的问题
　　一是制定主体责任清单，明确责任事项126项；二是每半年召开一次专题会议；三是将考核结果与薪酬挂钩。上述措施已形成制度性安排，建立长效机制并长期坚持。
（二）关于“选人用人把关不严”的问题
　　一是修订干部选拔任用工作规程；二是对违规提拔的2名干部予以纠正。该问题已完成整改。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(&r, &[("关于“主体责", LongTerm), ("关于“选人用", Done)]);
}

/// Marks of the key in brackets at each item's end (`…时限：2024年12月底
/// 【○】`): the mark states the item, whatever its words sound like.
#[test]
fn a_bracketed_mark_of_the_key_states_its_item() {
    let text = "\
某县卫生健康局关于巡察反馈问题整改进展情况的通报

注：√表示已完成整改，○表示正在整改，△表示需长期坚持。

反馈问题共3个，已完成整改1个，正在整改1个，需长期坚持1个。

（一）医疗服务方面
1. 家庭医生签约服务“签而不约”现象突出。已将履约情况纳入绩效考核，履约率提升至78.6%。牵头科室：基层卫生股  时限：2024年12月底【○】
2. 应急物资储备台账不清。已建立动态管理台账。牵头科室：疾控股；时限：立行立改。【√】
3. 医德医风建设存在薄弱环节。已开展专项教育。牵头科室：人事股【△】
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("家庭医生签约", InProgress),
            ("应急物资储备", Done),
            ("医德医风建设", LongTerm),
        ],
    );
}

/// Problems broken into tasks, counted both ways in one sentence
/// (`36项整改任务已完成30项…；3个问题中已完成整改…`), each problem's tasks
/// listed `1.` `2.` and tallied (`该问题涉及整改任务3项，已完成2项，1项需长期
/// 坚持。`); one task acts on those who failed (`对2名…不力的…负责人进行约
/// 谈。`): the problems' counts are the totals, the tally states each
/// problem, and the tasks stay its measures.
#[test]
fn problems_broken_into_tasks_counted_and_tallied() {
    let text = "\
中共某省水利厅党组关于巡视整改进展情况的通报

巡视反馈意见涉及2个方面3个具体问题，细化为9项整改任务。截至2025年2月底，9项整改任务已完成7项，正在推进1项，需长期坚持1项；3个问题中已完成整改1个、正在推进1个、长期坚持1个。

一、落实全面从严治党方面
（一）主体责任落实不够到位
1.制定主体责任清单，细化责任事项46项。
2.逐级签订责任书。
3.对2名履行主体责任不力的厅属单位主要负责人进行约谈。
该问题涉及整改任务3项，已完成3项。

（二）违反中央八项规定精神问题仍有发生
1.开展公务用车专项检查，清理超标准办公用房7间。
2.持续开展节假日明察暗访，常态化通报典型案例。
3.修订公务接待管理办法。
该问题涉及整改任务3项，已完成2项，1项需长期坚持。

二、工程建设管理方面
（一）工程变更管理不规范
1.建立工程变更联审机制。
2.开展变更项目专项审计。
3.修订工程变更管理办法。
该问题涉及整改任务3项，已完成2项，1项正在推进。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 3, "{:?}", problems(&r));
    assert_states(
        &r,
        &[
            ("主体责任落实", Done),
            ("违反中央八项", LongTerm),
            ("工程变更管理", InProgress),
        ],
    );
    let t = r.stated_totals.as_ref().expect("totals");
    assert_eq!((t.total, t.done, t.long_term), (Some(3), Some(1), Some(1)));
}

/// Shared reports after groups of problems naming them by a range
/// `第1至第3个问题`: every problem in the range is stated so.
#[test]
fn a_range_of_problems_named_with_a_second_ordinal() {
    let text = "\
某区人社局关于审计发现问题整改情况的公告

审计发现问题4个，已整改完毕3个，正在整改1个。

（一）基金管理方面
1.部分已死亡人员仍在领取养老保险待遇。正在追回冒领资金。
2.失业保险金发放审核不严。正在追回多领资金。
3.工伤保险基金支付超出目录范围。正在清理。
以上第1至第3个问题已全部整改完毕。
（二）财务管理方面
4.支出户未及时撤并。
第4个问题正在整改中，计划于2025年12月底前完成。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("部分已死亡人", Done),
            ("失业保险金发", Done),
            ("工伤保险基金", Done),
            ("支出户未及时", InProgress),
        ],
    );
}

/// Problems grouped under the unit that leads their work (`（一）办公室牵头
/// 整改的问题（2个）`, `（二）由预算股、绩效股共同负责整改的问题（1个）`),
/// naming no owner themselves: each takes its group's.
#[test]
fn groups_titled_by_their_leads_own_their_problems() {
    let text = "\
中共某县财政局党组关于巡察整改进展情况的通报

巡察反馈问题共3个，已完成整改2个，正在推进1个。

（一）办公室牵头整改的问题（2个）
1.公务接待管理不够规范，部分接待无公函。已修订接待办法，已完成整改。
2.固定资产账实不符。已全面盘点，已完成整改。
（二）由预算股、绩效股共同负责整改的问题（1个）
1.部门预算编制不够科学。正在推进，预计2025年6月底前完成。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_owners(
        &r,
        &[
            ("公务接待管理", &["办公室"]),
            ("固定资产账实", &["办公室"]),
            ("部门预算编制", &["预算股", "绩效股"]),
        ],
    );
}

/// Problems numbered throughout two groups whose owners and deadlines a
/// later section gives by number (`第1、3项问题由质量安全股负责，整改时限为
/// 2025年6月底；第2至第4项问题由城建股负责，其中第4项整改时限为2025年12月31
/// 日。`): each problem takes what its number is given.
#[test]
fn owners_and_deadlines_given_by_number_in_a_later_section() {
    let text = "\
某县住建局关于巡察整改进展情况的通报

反馈问题4个，已完成整改1个，正在整改3个。

一、整改落实情况
（一）质量安全方面
1.工程质量监督抽查比例偏低。已制定年度抽查计划，正在推进。
2.建筑起重机械备案管理不规范。已完成整改。
（二）城市建设方面
3.在建工地扬尘治理不到位。正在整改。
4.老旧小区改造进度滞后。正在推进。
三、责任分工和完成时限
第1、3项问题由质量安全股负责，整改时限为2025年6月底；第2至第4项问题由城建股负责，其中第4项整改时限为2025年12月31日。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_owners(
        &r,
        &[
            ("工程质量监督", &["质量安全股"]),
            ("建筑起重机械", &["城建股"]),
            ("在建工地扬尘", &["质量安全股"]),
            ("老旧小区改造", &["城建股"]),
        ],
    );
    let deadline = |o: &str| problem(&r, o).deadline.clone();
    assert_eq!(deadline("工程质量监督").as_deref(), Some("2025-06-30"));
    assert_eq!(deadline("老旧小区改造").as_deref(), Some("2025-12-31"));
    assert_eq!(deadline("建筑起重机械"), None);
}

/// A finding's own date (`截至2023年末…滞留…`, twice) before the report's
/// (`截至2024年9月底，整改情况汇总如下`): the report is as of the latest.
#[test]
fn the_report_is_as_of_its_latest_date() {
    let text = "\
某区审计局关于审计查出问题整改情况的公告

区审计局对整改情况进行了跟踪检查。截至2024年9月底，审计查出问题2个，已整改到位2个。

（一）部分非税收入未及时缴入国库。区自然资源局截至2023年末滞留非税收入386.52万元。已整改到位。
（二）部分项目结转资金未及时清理。截至2023年底，17个项目结转资金未清理收回。已整改到位。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(r.meta.as_of.as_deref(), Some("2024-09-30"));
}

/// Every problem inside one paragraph (`（1）…，已整改到位；（2）…`) and the
/// totals after the last, in the same paragraph: the totals are the
/// notice's, not the last problem's words.
#[test]
fn totals_after_a_list_inside_one_paragraph() {
    let text = "\
某镇纪委关于专项监督检查发现问题整改情况的通报

共发现问题3个。现将整改情况通报如下：

　　检查发现的问题及整改情况如下：（1）部分村补贴面积核实不严，已追回多发补贴资金1.26万元，已整改到位；（2）个别村存折由村干部代为保管，正在整改，计划6月底前完成；（3）群众对补贴政策知晓率不高，需长期坚持，镇纪委将督促各村常态化开展政策宣传。截至目前，3个问题中已整改到位1个，正在整改1个，需长期坚持1个。

　　欢迎广大群众监督。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("部分村补贴面", Done),
            ("个别村存折由", InProgress),
            ("群众对补贴政", LongTerm),
        ],
    );
    let t = r.stated_totals.as_ref().expect("totals");
    assert_eq!(
        (t.total, t.done, t.in_progress, t.long_term),
        (Some(3), Some(1), Some(1), Some(1))
    );
}

/// A phone article copied whole: its buttons (`点击蓝字 关注我们`,
/// `阅读原文`, `分享 收藏 点赞 在看`) and the titles under `往期推荐` are
/// chrome, so the signature above them signs the notice; a bar after an
/// owner's name (`责任科室：政治部 ｜ 整改时限：…`) is no part of it.
#[test]
fn a_phone_article_with_links_to_other_articles_below_it() {
    let text = "\
点击蓝字 关注我们

某区司法局关于巡察反馈意见整改进展情况的通报

截至2025年7月31日，巡察反馈的2个问题中，已完成整改1个，正在推进整改1个。

① 理论学习中心组学习联系实际不紧。
整改进展：已完成整改。
责任单位：局办公室

② 基层司法所人员力量薄弱。
整改进展：正在整改。
责任科室：政治部 ｜ 整改时限：2025年12月底

欢迎广大干部群众监督。联系电话：0760-8832571。

中共某区司法局党组
2025年8月14日

来源：区司法局
编辑：何某某

往期推荐

某区司法局开展“民法典进社区”集中宣传活动

普法小课堂丨电信网络诈骗的这些套路，你中招了吗？

阅读原文

分享 收藏 点赞 在看
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(r.meta.issuer.as_deref(), Some("中共某区司法局党组"));
    assert_owners(&r, &[("基层司法所人", &["政治部"])]);
    assert_eq!(problems(&r).len(), 2, "{:?}", problems(&r));
}

/// Every part of a problem a bracketed key alone on its line, its text
/// below (`【问题一】` › finding, `【整改措施】` › `①…`, `【责任单位】` ›
/// units, `【完成时限】` › date, `【整改成效】` › report): the owners, the
/// deadline and the report are read from the lines under their keys.
#[test]
fn bracketed_keys_alone_over_their_values() {
    let text = "\
某县政府办公室关于巡察反馈意见整改落实情况的报告

共2个问题，已完成整改1个，需长期坚持1个。

一、贯彻落实上级工作要求方面
【问题一】
落实“过紧日子”要求不够严格，部分公务接待未严格执行审批程序。
【整改措施】
①修订公务接待管理办法，实行“一事一单”审批；
②对2022年以来公务接待票据进行全面清查。
【责任单位】
县政府办公室综合科（牵头）、财务室
【完成时限】
2023年9月30日
【整改成效】
已完成整改。新修订的接待管理办法已印发执行。

【问题二】
党组会研究全面从严治党工作不够经常。
【整改措施】
①修订党组会议事规则。
【责任单位】
县政府办公室
【完成时限】
长期
【整改成效】
此项问题需长期坚持。党组会已3次专题研究，形成常态长效。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(&r, &[("落实“过紧日", Done), ("党组会研究全", LongTerm)]);
    assert_owners(
        &r,
        &[
            ("落实“过紧日", &["县政府办公室综合科", "财务室"]),
            ("党组会研究全", &["县政府办公室"]),
        ],
    );
    assert_eq!(
        problem(&r, "落实“过紧日").deadline.as_deref(),
        Some("2023-09-30")
    );
}

/// Problems that open by what they are about and go straight on to their
/// state (`（二）关于“…”的问题，属长期性任务，将持续推进。已开展…`,
/// `（三）关于“…”的问题，目前正在整改，计划2024年12月底前完成。主要做法：
/// 已完成…`): that state and its plan are the problem's, whatever the
/// measures after them report done.
#[test]
fn about_titles_that_state_the_problem_first() {
    let text = "\
某区教育局党组关于巡察整改进展情况的通报

一、党建方面
（一）关于“食堂管理不规范”的问题，已于2024年5月完成整改。主要做法：已建立食堂管理制度。
（二）关于“违反中央八项规定精神问题仍有发生”的问题，属长期性任务，将持续推进。已开展警示教育3场次。
（三）关于“校舍维修滞后”的问题，目前正在整改，计划2024年12月底前完成。主要做法：已完成维修方案编制。

截至目前，3个问题中已完成整改1个，正在整改1个，长期坚持1个。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("关于“食堂管", Done),
            ("关于“违反中", LongTerm),
            ("关于“校舍维", InProgress),
        ],
    );
    assert_eq!(
        problem(&r, "关于“校舍维").deadline.as_deref(),
        Some("2024-12-31")
    );
}

/// Findings `问题1：` … listed in one section, answered in the next by
/// paragraphs opening `针对问题1，…` / `关于问题2：…`: each answer states its
/// problem.
#[test]
fn findings_answered_by_replies_naming_their_numbers() {
    let text = "\
关于青禾市文旅发展集团有限公司
审计发现问题整改情况的通报

发布时间：2025-04-18 10:32    来源：市国资委    浏览次数：  

各市属国有企业：

    2024年9月至11月，市审计局对青禾市文旅发展集团有限公司（以下简称“集团”）原董事长某某某任期经济责任履行情况进行了审计，并于2024年12月出具了《审计报告》（青审经责报〔2024〕17号）。市国资委高度重视，督促集团党委切实扛起整改主体责任，逐项制定整改措施，明确责任部门和完成时限。根据《青禾市市属国有企业审计整改工作办法》有关规定，现将整改情况通报如下。

一、审计发现的主要问题

    问题1：部分工程项目未严格执行招投标程序。2021年至2023年，集团下属青禾文旅建设有限公司有3个工程项目合计金额1,286.4万元未经公开招标，直接委托施工单位实施。
    问题2：违规对外出借资金。集团下属青禾酒店管理有限公司未履行“三重一大”集体决策程序，向1家民营企业出借资金500万元，截至审计时尚有215万元未收回。
    问题3：应收账款清收不力。截至2023年末，集团账龄超过3年的应收账款余额
达2,371.56万元，其中部分债务人已注销或失联，存在较大坏账风险。
    问题4：固定资产管理不规范。集团有账面原值约864.3万元的设备设施未纳入固定资产台账管理，部分资产长期闲置未加利用。
    问题5：超范围发放津补贴。2022年，集团本部及2家子公司以“项目奖励”名义发放津补贴共计47.8万元，未按规定报市国资委备案。
    问题6 ：投资项目前期论证不充分。总投资2,100万元的青禾湾露营基地项目可行性研究流于形式，建成运营后连续两年亏损，累计亏损386.2万元。
    问题7：公务用车管理不规范。下属2家子公司存在公车私用、车辆使用登记不完整等情况，涉及燃油费、维修费等5.36万元报销手续不全。
    问题8：内部控制制度不健全。集团财务、采购、合同管理等制度长期未修订，部分条款与现行法律法规不符，合同审核把关不严。

二、整改落实情况

    截至2025年3月31日，审计指出的8个问题中，已整改到位5个，正在整改2个，需长期推进1个，整改完成率62.5%；累计收回、追缴资金187.8万元，新建和修订制度14项，对相关责任人员诫勉谈话2人、批评教育5人。具体情况如下：
    针对问题1，集团对3个项目逐一开展复核，责成青禾文旅建设有限公司完善相关手续，对2名相关责任人进行了诫勉谈话；同时修订《集团工程建设项目招标管理办法》，明确限额以上项目一律公开招标。该问题已整改到位。（责任部门：集团工程管理部）
    关于问题2：由集团法务审计部牵头，青禾酒店管理有限公司具体落实，已收回出借资金140万元，剩余75万元已于2025年2月向青禾市中级人民法院提起诉讼。目前正在整改，预计2025年9月底前完成。
    针对问题3，集团成立应收账款清收专班，实行“一户一策”，截至目前已清收账款612.4万元，对已注销企业的债权依法申请核销。因涉及债务人较多、情况复杂，该问题需长期推进。责任部门：集团财务管理部。
    关于问题4：集团组织对全部资产进行清查盘点，将864.3万元设备设施全部登记入账，对闲置资产通过公开招租方式盘活利用，年增收约36万元。已整改到位。
    针对问题5,已全额追回违规发放的津补贴47.8万元，并对集团人力资源部负责人进行批评教育，出台《集团薪酬福利管理办法》。已整改到位。
    关于问题6：集团投资发展部牵头对露营基地项目开展投资后评价，调整经营模式，引入专业运营团队合作经营，2025年一季度已实现减亏58.7万元。正在整改，预计2025年12月底前实现扭亏。
    针对问题7，集团开展公务用车专项治理，收回违规使用车辆2台，补齐车辆使用登记，不合规费用5.36万元已由相关人员退回，并安装公车定位监控系统。已整改到位。
    关于问题8：集团全面梳理内控制度，新建和修订财务、采购、合同管理等制度11项，建立合同法律审核“前置关口”。已整改到位。（责任部门：集团综合办公室、集团法务审计部）
";
    let r = convert(text);
    assert_accounted(text, &r);
    for (opening, want) in [
        ("部分工程项目", Done),
        ("违规对外出借", InProgress),
        ("超范围发放津", Done),
        ("投资项目前期", InProgress),
    ] {
        assert_eq!(problem(&r, opening).status, Some(want), "{opening}");
    }
}

/// A small table of counts typed with tabs above the problems, one row a
/// category and a `合计` row: the `合计` row states the totals, not a
/// category's.
#[test]
fn a_tab_table_of_counts_with_a_sum_row_states_the_totals() {
    let text = "\
某区审计局关于审计查出问题整改情况的公告

截至2024年9月底，整改情况汇总如下：
问题类别\t问题数量\t已整改\t正在整改\t长期整改
预算管理\t2\t1\t1\t0
国有资产管理\t1\t0\t0\t1
合计\t3\t1\t1\t1

一、预算管理方面
（一）部分非税收入未及时缴入国库。已整改到位。
（二）部分项目结转资金未及时清理。目前正在推进。
二、国有资产管理方面
（一）部分资产长期闲置。需长期整改。
";
    let r = convert(text);
    assert_accounted(text, &r);
    let t = r.stated_totals.as_ref().expect("totals");
    assert_eq!(
        (t.total, t.done, t.in_progress, t.long_term),
        (Some(3), Some(1), Some(1), Some(1))
    );
}

/// Places joined by `、` before one government's name (`青溪区、东湖区人民
/// 政府`) share its suffix as owners.
#[test]
fn places_share_the_suffix_printed_once() {
    let text = "\
某市生态环境局关于督察反馈问题整改情况的通报

督察反馈问题1个，已完成整改1个。

问题一：城区黑臭水体反弹
责任单位：市城市管理局，青溪区、东湖区人民政府
整改进展：已完成整改。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_owners(
        &r,
        &[(
            "城区黑臭水体",
            &["市城市管理局", "青溪区人民政府", "东湖区人民政府"],
        )],
    );
}

/// A report whose line stops after a `；`, the rest of the work on the
/// next line (`整改进展：已完成…工程；` / `剩余3条河道…正在施工中，已达到序时
/// 进度。`): one report, in progress.
#[test]
fn a_report_going_on_after_a_semicolon_line() {
    let text = "\
某市生态环境局关于督察反馈问题整改情况的通报

督察反馈问题2个，已完成整改1个，正在整改1个。

问题一：城区黑臭水体反弹
责任单位：市住房和城乡建设局
整改进展：已完成柳河、沙沟2条河道截污纳管工程，新建截污管网4.3公里；
剩余3条河道雨污分流改造正在施工中，已达到序时进度。

问题二：工业园区污水处理厂超标排放
责任单位：市工业园区管委会
整改进展：已完成提标改造，出水稳定达标。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(&r, &[("城区黑臭水体", InProgress), ("工业园区污水", Done)]);
}
