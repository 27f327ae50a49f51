//! Shapes met in session 66. Every notice here is my own, and each test
//! fails on the converter of the session's start (56f0071), but for the
//! guards that say where a new reading must not reach.

mod common;

use common::{assert_accounted, assert_states, convert, problem, problems, state};
use rectify_core::model::Status;

use Status::*;

/// Groups by state that count their problems in their titles and no
/// sentence that counts them all: the titles state the totals, and a
/// group's state beats the words of an item's report that say otherwise
/// (`正在…，已完成2个村的清查工作` in the group of those under way).
#[test]
fn groups_by_state_counting_their_problems_state_the_totals() {
    let text = "\
某乡人民政府关于巡察反馈问题整改情况的公开

按照巡察整改公开要求，现将有关情况公开如下。

一、已完成整改的问题（2个）

1.村级财务报销手续不全。整改情况：已补齐手续，完善报销制度。

2.惠民资金公示不及时。整改情况：已在各村公示栏补充公示。

二、正在推进整改的问题（2个）

1.集体资产底数不清。整改进展：正在开展集体资产清查，已完成2个村的清查工作。计划完成时间：2025年12月底。

2.农村人居环境整治不彻底。整改进展：正在推进垃圾分类设施建设。

三、需长期坚持整改的问题（1个）

1.村干部队伍年龄偏大。整改措施：建立后备干部人才库，常态化开展培训。

欢迎社会各界监督。

某乡人民政府
2025年3月21日
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 5);
    let t = r
        .stated_totals
        .as_ref()
        .expect("the titles state the totals");
    assert_eq!(
        (t.total, t.done, t.in_progress, t.long_term),
        (Some(5), Some(2), Some(2), Some(1))
    );
    assert_states(
        &r,
        &[
            ("村级财务报销", Done),
            ("惠民资金公示", Done),
            ("集体资产底数", InProgress),
            ("农村人居环境", InProgress),
            ("村干部队伍年", LongTerm),
        ],
    );
}

/// Groups by state whose counts do not match what is under them, or
/// only one group: no totals are made up from them.
#[test]
fn titles_that_miscount_state_no_totals() {
    let text = "\
某乡人民政府关于巡察反馈问题整改情况的公开

一、已完成整改的问题（3个）

1.村级财务报销手续不全。整改情况：已补齐手续。

2.惠民资金公示不及时。整改情况：已补充公示。

二、正在推进整改的问题（1个）

1.集体资产底数不清。整改进展：正在开展清查。
";
    let r = convert(text);
    assert_eq!(problems(&r).len(), 3);
    assert!(r.stated_totals.is_none(), "{:?}", r.stated_totals);
}

/// A long-term problem whose measures say nothing of their own: they are
/// long-term as it is, never done under a problem that is not; under a
/// problem done they stay done.
#[test]
fn measures_silent_under_a_long_term_problem_are_long_term() {
    let text = "\
某区市场监督管理局党组关于巡察整改进展情况的通报

巡察反馈问题2个，已完成整改1个，需长期坚持1个。

一、食品安全监管网格化水平不高。
整改措施：
1.建立网格员培训制度，每年开展集中培训。
2.修订网格巡查办法。
整改进展：该问题需长期坚持。

二、投诉举报处置超时。
整改措施：
1.开通投诉处置预警提醒。
整改进展：已完成整改。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(&r, &[("食品安全监管", LongTerm), ("投诉举报处置", Done)]);
    let measures: Vec<Status> = problem(&r, "食品安全监管")
        .children
        .iter()
        .map(state)
        .collect();
    assert_eq!(measures, [LongTerm, LongTerm]);
    assert_eq!(state(&problem(&r, "投诉举报处置").children[0]), Done);
}

/// A state line keyed alone at a problem's end (`【整改状态】持续推进`)
/// whose words say the work goes on: long-term when the notice's totals
/// count exactly those so; and the posts before a leader's name
/// (`党组书记、局长 李某某`) are no owners.
#[test]
fn a_keyed_state_that_goes_on_is_long_term_as_counted() {
    let text = "\
中共某市水利局党组关于巡察整改情况的通报

巡察反馈问题3个，已完成整改1个，正在推进1个，需长期坚持、持续推进1个。

一、河湖长制推进不力。
整改措施：
1.修订河湖长制考核办法。
责任领导：党组书记、局长 李某某
【整改状态】已完成

二、廉政风险防控不到位。
整改措施：
1.开展廉政风险排查。
责任领导：纪检组长 王某某
【整改状态】持续推进

三、干部队伍结构不优。
整改措施：
1.制定人才引进计划。
【整改状态】正在推进
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("河湖长制推进", Done),
            ("廉政风险防控", LongTerm),
            ("干部队伍结构", InProgress),
        ],
    );
    assert_eq!(problem(&r, "河湖长制推进").owners, ["李某某"]);
    assert_eq!(problem(&r, "廉政风险防控").owners, ["王某某"]);
}

/// A second notice recalling its first notice's figures before the
/// current ones, in one paragraph: the current ones are its totals.
#[test]
fn a_second_notice_states_its_current_totals_not_its_firsts() {
    let text = "\
中共某县教育局党组关于巡察反馈问题整改进展情况的第二次通报

在第一次通报时，4个问题中已完成整改1个，正在整改3个。截至2025年11月30日，4个问题中已完成整改2个，正在整改1个，需长期坚持1个。现将有变化的问题通报如下。

1.校园食堂管理不规范。本次进展：已完成整改。

2.教师培训经费使用不规范。本次进展：需长期坚持。

其余问题整改情况详见第一次通报。
";
    let r = convert(text);
    assert_accounted(text, &r);
    let t = r.stated_totals.as_ref().expect("totals");
    assert_eq!(
        (t.total, t.done, t.in_progress, t.long_term),
        (Some(4), Some(2), Some(1), Some(1))
    );
}

/// A table copied one row per line, cells apart by runs of spaces, where
/// one row's owners are set apart by spaces too (`党委办公室  校长办公室`):
/// the surplus names are that row's owners, and the rows after it are
/// read as rows.
#[test]
fn names_apart_in_a_space_table_are_one_cell() {
    let text = "\
中共某学院委员会关于巡视整改进展情况的通报

巡视反馈问题3个，已完成整改1个，正在推进1个，需长期坚持1个。

一、整改任务完成情况一览

序号  反馈问题  整改措施  责任部门  完成时限  整改进展
1  校办企业清理推进迟缓  完成停业企业注销  国有资产管理处  2025年6月底前  已完成
2  公务接待管理不规范  开展专项检查，每季度公示  党委办公室  校长办公室  长期坚持  长期坚持
3  干部交流轮岗不够  制定交流轮岗办法  党委组织部  2025年12月31日前  推进中

二、下一步工作

持续巩固整改成果。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 3, "{:?}", problems(&r));
    assert_states(
        &r,
        &[
            ("校办企业清理", Done),
            ("公务接待管理", LongTerm),
            ("干部交流轮岗", InProgress),
        ],
    );
    assert_eq!(
        problem(&r, "公务接待管理").owners,
        ["党委办公室", "校长办公室"]
    );
    assert_eq!(problem(&r, "干部交流轮岗").owners, ["党委组织部"]);
}

/// Headings whose numbers were lost on copying: a problem's heading that
/// opens with a measure's verb but states a shortcoming in a word of its
/// own (`落实中央八项规定精神有松懈现象`) is a problem, and the area over
/// it an area.
#[test]
fn an_unnumbered_finding_opening_with_a_verb_states_a_shortcoming() {
    let text = "\
中共某县农业农村局党组关于巡察整改进展情况的通报

巡察反馈的2个方面3个问题，已完成整改3个。

履行职能职责方面

农产品质量安全监管存在盲区
整改措施：在全县乡镇设立快速检测室。
整改情况：已完成整改。
责任单位：县农产品质量安全监测中心

全面从严治党方面

落实中央八项规定精神有松懈现象
整改措施：对公务接待情况进行专项清理。
整改情况：已完成整改。
责任单位：局计划财务股

党组主体责任压力传导层层递减
整改措施：制定党组主体责任清单。
整改情况：已完成整改。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 3, "{:?}", problems(&r));
    assert_eq!(
        problem(&r, "农产品质量安全").owners,
        ["县农产品质量安全监测中心"]
    );
    assert_eq!(problem(&r, "落实中央八项规定").owners, ["局计划财务股"]);
}

/// A 督查 bulletin's lines each opened by the unit the problem was found
/// in and closed by its state in brackets (`柳湾镇：…。（已整改）`), a space
/// before one colon, one line wrapped before its last words and its
/// note: each line is a problem of that unit, with the state in brackets.
#[test]
fn unit_led_lines_closed_by_a_bracketed_state_are_the_units_problems() {
    let text = "\
关于全县农村人居环境整治督查发现问题整改落实情况的通报

督查共发现问题4个，已整改到位2个，正在整改1个，需长期坚持1个。

二、存在问题及整改情况
柳湾镇：部分村庄垃圾收运不及时，保洁员考核流于形式。（已整改）
石桥镇：村庄清洁行动开展不经常，存在“检查前突击”问题 （长期坚持）
青石乡：农村户厕改造后续管护不到位，个别户厕已弃用。（已整改）
白沙镇 ：河道沿线畜禽养殖粪污处理设施不配套，存在粪污随意堆放问题，群众反映
较多。（整改中，限2025年1月底前完成）

三、下一步要求
1.压实整改责任。各乡镇要对通报问题逐一建立台账。
2.建立长效机制。要健全村庄保洁制度。

县委督查室
2024年11月28日
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 4, "{:?}", problems(&r));
    assert_states(
        &r,
        &[
            ("部分村庄垃圾", Done),
            ("村庄清洁行动", LongTerm),
            ("农村户厕改造", Done),
            ("河道沿线畜禽", InProgress),
        ],
    );
    assert_eq!(problem(&r, "农村户厕改造").owners, ["青石乡"]);
    assert_eq!(problem(&r, "河道沿线畜禽").owners, ["白沙镇"]);
    assert_eq!(
        problem(&r, "河道沿线畜禽").deadline.as_deref(),
        Some("2025-01-31")
    );
}

/// A news report of the work: paragraphs that name their problem first
/// (`针对…的问题，…`) among paragraphs that open with the area and what the
/// inspection found there (`在…方面，巡察指出…。…已完成整改。`), then a
/// paragraph inviting readers to call, a quote and the editor's line:
/// each paragraph of either kind is a problem, and the call closes.
#[test]
fn a_news_reports_paragraphs_by_area_and_by_problem_are_problems() {
    let text = "\
县人社局：巡察整改见行见效

近日，记者从县人社局获悉，县委第二巡察组反馈的4个问题，已整改到位2个，正在整改1个，1个需长期坚持。

针对部分业务窗口办理流程繁琐、群众反映跑腿多的问题，局政务服务股对28个高频事项重新梳理，目前该问题已整改到位。

在就业补贴资金监管方面，巡察指出部分创业补贴审核把关不严，存在个别重复申领的情况。县就业服务中心开展全面排查，追回资金4.36万元，该问题已完成整改。

针对部分参保人员历史数据信息不准确的问题，县社保中心和局信息中心联合开展数据清理，剩余数据正在整改中。

在落实中央八项规定精神方面，巡察指出个别干部纪律作风意识有所松懈。该局已对相关人员进行批评教育，这项工作需长期坚持，持续巩固整改成果。

整改中，该局还注重举一反三。据悉，群众有意见建议的，可拨打监督电话0796-7312345反映。

“我们将对已完成的事项适时开展‘回头看’，”县人社局党组书记陈某某说。

（责任编辑：王某）
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 4, "{:?}", problems(&r));
    assert_states(
        &r,
        &[
            ("针对部分业务", Done),
            ("在就业补贴资", Done),
            ("针对部分参保", InProgress),
            ("在落实中央八", LongTerm),
        ],
    );
    assert_eq!(
        problem(&r, "针对部分参保").owners,
        ["县社保中心", "局信息中心"]
    );
}

/// Findings listed by number, answered in a later section one paragraph
/// each by number: `针对第1项问题，…`, `第2、3项问题：…`, `关于第4项问题，…`.
/// A paragraph opened by `关于第4项问题，` answers item 4 (no problem of
/// its own named `关于…问题`), with all its sentences: `…已修订…。该项问题
/// 需长期坚持。` is long-term.
#[test]
fn replies_by_number_opened_by_about_answer_their_item_throughout() {
    let text = "\
某水务集团关于经济责任审计整改情况的报告

一、审计发现的主要问题

1.部分工程项目未按规定履行招标程序。

2.应收账款清理催收不力。

3.部分国有资产闲置未有效利用。

4.“三重一大”决策制度执行不严格。

5.内部审计监督作用发挥不充分。

二、整改落实情况

审计指出的5项问题中，已全部整改到位1项，正在推进整改2项，需长期坚持2项。具体整改情况如下：

针对第1项问题，由工程管理部牵头，对3个项目开展复核。该问题已全部整改到位。

第2、3项问题：由财务部牵头，建立清收台账。上述两项问题目前正在推进整改。

关于第4项问题，集团公司党委已修订《“三重一大”决策制度实施办法》。该项问题需长期坚持，持续抓好制度执行。

关于第5项问题，集团公司已新增专职审计人员3名，由审计部负责建立整改跟踪台账。该项工作需长期坚持，常态化推进。

欢迎社会各界监督。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 5, "{:?}", problems(&r));
    assert_states(
        &r,
        &[
            ("部分工程项目", Done),
            ("应收账款清理", InProgress),
            ("部分国有资产", InProgress),
            ("“三重一大”", LongTerm),
            ("内部审计监督", LongTerm),
        ],
    );
}

/// A 专项整治 notice in its own words: `突出问题1：`, `整治举措：`,
/// `整治成效：`, counts `已整治到位…，持续整治…，常态长效推进…`, a
/// problem whose report ends `该问题需常态长效推进。`.
#[test]
fn a_special_campaigns_words_read_as_rectifications() {
    let text = "\
某县纪委监委关于群众身边不正之风和腐败问题集中整治情况的公开

共梳理突出问题3个，已整治到位1个，持续整治1个，常态长效推进1个。

突出问题1：惠民补贴发放不规范。
整治举措：（1）对补贴资金进行全面比对核查；（2）追回违规资金。
整治成效：追回违规资金12万元，已整治到位。

突出问题2：殡葬领域违规收费。
整治举措：（1）开展殡葬服务专项检查。
整治成效：公墓违规建设清理仍在推进，持续整治中。

突出问题3：群众办事“吃拿卡要”。
整治举措：（1）开展明察暗访。
整治成效：开展明察暗访46次，问责处理23人。作风建设永远在路上，该问题需常态长效推进。
";
    let r = convert(text);
    assert_accounted(text, &r);
    let t = r.stated_totals.as_ref().expect("totals");
    assert_eq!(
        (t.total, t.done, t.in_progress, t.long_term),
        (Some(3), Some(1), Some(1), Some(1))
    );
    assert_states(
        &r,
        &[
            ("惠民补贴发放", Done),
            ("殡葬领域违规", InProgress),
            ("群众办事“吃", LongTerm),
        ],
    );
}

/// The sentence of the totals broken inside a clause that counts
/// (`…已整改到位2个，正在` / `推进1个，…`), in plain lines and in a
/// Markdown quote (`> `): the clause is read whole.
#[test]
fn totals_broken_inside_a_counting_clause_are_read_whole() {
    let body = "\
一、党的建设方面

（一）理论学习不深入。整改情况：已完成整改。

（二）组织生活不规范。整改情况：已完成整改。

（三）干部培训不足。整改情况：正在整改。

（四）作风建设有差距。整改情况：需长期坚持。
";
    for opening in [
        "截至2024年4月30日，4个问题中已整改到位2个，正在\n推进1个，需长期坚持1个。现将情况公开。",
        "> 截至2024年4月30日，4个问题中已整改到位2个，正在\n> 推进1个，需长期坚持1个。现将情况公开。",
    ] {
        let text = format!("某镇党委关于巡察整改进展情况的通报\n\n{opening}\n\n{body}");
        let r = convert(&text);
        assert_accounted(&text, &r);
        let t = r.stated_totals.as_ref().expect("totals");
        assert_eq!(
            (t.total, t.done, t.in_progress, t.long_term),
            (Some(4), Some(2), Some(1), Some(1)),
            "{opening}"
        );
    }
}

/// Cards of short keyed lines (`问题：` `措施：` `责任人：` `时限：` `进度：`),
/// two fields on one line apart by spaces (`责任人：刘某  时限：立行立改`,
/// `时限：2025年12月底  进度：70%`, whose report key cuts the line in
/// two first): each field is read as its own, the short keys name their
/// columns.
#[test]
fn a_cards_two_fields_on_one_line_are_read_apart() {
    let text = "\
某区政府办关于巡察整改进展情况的通报

二、问题清单及整改进度

问题：政务信息报送质量不高。
措施：制定信息工作规范。
责任人：刘某（党组成员、副主任）  时限：2025年10月底
进度：已完成

问题：公文运转流程不够规范。
措施：修订公文处理实施细则。
责任人：王某（秘书科科长）
时限：2025年7月31日前
进度：已完成

问题：工单办理质效不高。
措施：建立疑难工单会商机制。
责任人：陈某某（区政务服务中心主任）
时限：2025年12月底  进度：70%

问题：干部轮岗交流不足。
措施：制定年轻干部培养计划。
责任人：李某（党组成员、副主任）
时限：长期  进度：长期
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 4, "{:?}", problems(&r));
    assert_states(
        &r,
        &[
            ("政务信息报送", Done),
            ("公文运转流程", Done),
            ("工单办理质效", InProgress),
            ("干部轮岗交流", LongTerm),
        ],
    );
    assert_eq!(
        problem(&r, "工单办理质效").deadline.as_deref(),
        Some("2025-12-31")
    );
    let p = problem(&r, "政务信息报送");
    assert_eq!(p.owners, ["刘某"]);
    assert_eq!(p.deadline.as_deref(), Some("2025-10-31"));
    assert_eq!(p.children.len(), 1, "the 措施 field is its measure");
}

/// A self-check that counts its shortcomings (`共查找出不足3项`) under
/// keys of its own (`存在的不足：` `改进办法：` `改进成效：`): the count is
/// the total.
#[test]
fn shortcomings_counted_are_the_total() {
    let text = "\
某区教育局关于督查反馈意见整改情况的报告

经对照检查，共查找出不足3项，已改进到位2项，需持续改进1项。

二、对照检查发现的不足及改进情况

（一）存在的不足：校园食堂管理制度执行不严。改进办法：修订食堂管理办法。改进成效：已改进到位。

（二）存在的不足：教师培训经费使用不规范。改进办法：开展专项清理。改进成效：已改进到位。

（三）存在的不足：课后服务质量不高。改进办法：建立评价机制。改进成效：需持续改进。
";
    let r = convert(text);
    assert_accounted(text, &r);
    let t = r.stated_totals.as_ref().expect("totals");
    assert_eq!((t.total, t.done, t.long_term), (Some(3), Some(2), Some(1)));
}

/// A closing that prints the postcode on the address's line after two
/// spaces: the address ends before it.
#[test]
fn an_address_ends_before_the_field_after_it_on_its_line() {
    let text = "\
某市生态环境局关于督察反馈问题整改落实情况的公示

督察反馈问题2个，已完成整改2个。

一、大气污染防治方面

（一）扬尘管控不到位。整改完成情况：已完成整改并通过验收销号。

（二）秸秆露天焚烧时有发生。整改完成情况：已完成整改。

公示期为2025年9月1日至9月7日。联系电话：0739-8261473。
通讯地址：澜州市滨江大道188号市生态环境局督察整改科  邮编：415000

某市生态环境局
2025年9月1日
";
    let r = convert(text);
    assert_accounted(text, &r);
    let c = r.meta.contact.as_ref().expect("contact");
    assert_eq!(
        c.address.as_deref(),
        Some("澜州市滨江大道188号市生态环境局督察整改科")
    );
    assert_eq!(c.postcode.as_deref(), Some("415000"));
}
