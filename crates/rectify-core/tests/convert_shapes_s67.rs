//! Shapes met in session 67. Every notice here is my own, and each test
//! fails on the converter of the session's start (2802fc3).

mod common;

use common::{assert_accounted, assert_states, convert, problem, problems, state};
use rectify_core::model::Status;

use Status::*;

/// A Markdown table whose cells break lines with `<br>`: the names a break
/// parts are owners apart, and a row that calls the work done before its
/// next step (`已完成整改，下一步将…`) is done.
#[test]
fn a_markdown_table_with_line_breaks_in_its_cells() {
    let text = "\
某市人民政府督查室关于督查发现问题整改情况的通报

今年以来共督查发现问题3个，已完成整改2个，正在整改1个。

| 序号 | 督查发现问题 | 责任单位 | 整改时限 | 整改情况 |
|---|---|---|---|---|
| 1 | 老旧小区改造施工围挡设置不规范。 | 市住建局<br>东城区人民政府 | 2025年10月31日 | 已约谈施工单位3家。已完成整改。 |
| 2 | 学校周边交通秩序混乱。 | 市公安局交警支队<br>市教育局 | 立行立改 | 增设护学岗12个。已完成整改，下一步将加强日常巡查。 |
| 3 | 农村供水管网老化。 | 市水务局 | 2025年底前 | 已排查管网326公里，正在整改。 |

某市人民政府督查室
2025年9月30日
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 3);
    assert_eq!(
        problem(&r, "老旧小区").owners,
        ["市住建局", "东城区人民政府"]
    );
    assert_eq!(
        problem(&r, "学校周边").owners,
        ["市公安局交警支队", "市教育局"]
    );
    assert_states(
        &r,
        &[
            ("老旧小区改造", Done),
            ("学校周边交通", Done),
            ("农村供水管网", InProgress),
        ],
    );
}

/// A deadline of a date after which the work goes on (`完成时限：2025年12月
/// 底，并长期坚持`) is that date.
#[test]
fn a_dated_deadline_then_long_term_work_is_the_date() {
    let text = "\
某集团公司党委关于巡察整改进展情况的通报

巡察反馈问题2个，已完成整改1个，需长期坚持1个。

一、党的建设方面

1.干部队伍建设存在短板。部分子企业中层干部年龄结构老化。
①开展干部交流轮岗。
责任领导：黄某 责任部门：人力资源部 完成时限：2025年12月底，并长期坚持
完成情况：长期坚持。

2.党费收缴不规范。个别支部未按月收缴党费。
①补收党费。
责任领导：陈某 责任部门：党群工作部 完成时限：2025年9月底
完成情况：已完成。

某集团公司党委
2025年10月15日
";
    let r = convert(text);
    assert_accounted(text, &r);
    let cadres = problem(&r, "干部队伍");
    assert_eq!(cadres.deadline.as_deref(), Some("2025-12-31"));
    assert_eq!(
        problem(&r, "党费收缴").deadline.as_deref(),
        Some("2025-09-30")
    );
    assert_states(&r, &[("干部队伍建设", LongTerm), ("党费收缴不规", Done)]);
}

/// Each area one paragraph of findings `第一，…。【已完成】…第二，…`, each
/// followed by a bracketed tag of its state and what was done; one area's
/// title opens its paragraph (`（二）在…方面。第一，…`).
#[test]
fn findings_by_ordinal_each_tagged_with_its_state() {
    let text = "\
某能源集团党委关于巡视反馈意见整改落实情况的通报

巡视反馈问题4个，已完成整改2个，正在推进1个，需长期坚持1个。

一、巡视反馈问题整改落实情况
（一）在贯彻落实决策部署方面
第一，能源保供主动性不够，所属电厂电煤储备一度低于警戒线。【已完成】集团党委召开专题会议，建立电煤储备日报制度。责任单位：生产运营部。第二，新能源项目推进迟缓，开工率不足四成。【推进中】成立项目攻坚专班，目前已开工9个。责任单位：战略发展部，计划于2024年12月底前完成。

（二）在落实组织路线方面。第一，领导班子配备不够及时，5家二级企业班子职数空缺。【已完成】已完成5家企业班子调整。责任单位：党委组织部。第二，年轻干部储备不足。【长期坚持】此项工作由党委组织部牵头，将作为一项长期任务持续推进。

某能源集团党委
2024年4月8日
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("能源保供主动", Done),
            ("新能源项目推", InProgress),
            ("领导班子配备", Done),
            ("年轻干部储备", LongTerm),
        ],
    );
    assert_eq!(problem(&r, "新能源项目").owners, ["战略发展部"]);
    assert_eq!(
        problem(&r, "新能源项目").deadline.as_deref(),
        Some("2024-12-31")
    );
    assert_eq!(problem(&r, "年轻干部").owners, ["党委组织部"]);
}

/// Measures numbered on their key's line (`整改措施：①…。②…。③…`) are
/// measures apart, as when printed on lines of their own; a paragraph
/// after them counting the problems above (`以上2个问题…`) is about the
/// problems, not about the last finding's two measures.
#[test]
fn measures_numbered_on_their_keys_line_are_apart() {
    let text = "\
某集团公司党委关于巡察整改进展情况的通报

巡察反馈问题3个，已完成整改1个，需长期坚持2个。

一、党的领导方面

1.贯彻落实上级决策部署不够到位。部分改革任务推进滞后。
整改措施：①召开专题会议，梳理出推进滞后的任务7项。②建立学习台账，共组织专题学习23次。③将改革任务纳入年度考核。
完成情况：已完成。

二、选人用人方面

1.干部队伍年龄结构老化。
整改措施：①建立优秀年轻干部储备库；②常态化开展交流轮岗。

2.干部培训针对性不强。
整改措施：（1）修订干部教育培训规划。（2）建立培训需求调研制度。

以上2个问题需长期坚持，集团党委将持续抓好落实。

某集团公司党委
2025年10月15日
";
    let r = convert(text);
    assert_accounted(text, &r);
    let measures = |opening: &str| -> Vec<String> {
        problem(&r, opening)
            .children
            .iter()
            .map(|m| m.title.chars().take(6).collect())
            .collect()
    };
    assert_eq!(
        measures("贯彻落实上级"),
        ["召开专题会议", "建立学习台账", "将改革任务纳"]
    );
    assert_eq!(measures("干部队伍年龄"), ["建立优秀年轻", "常态化开展交"]);
    assert_eq!(measures("干部培训针对"), ["修订干部教育", "建立培训需求"]);
    assert_states(
        &r,
        &[
            ("贯彻落实上级", Done),
            ("干部队伍年龄", LongTerm),
            ("干部培训针对", LongTerm),
        ],
    );
}

/// A text copied from a PDF whose sentence runs across a page break, with
/// empty lines around the page's number and its running head: the
/// sentence is joined across the break, not cut into two paragraphs.
#[test]
fn a_sentence_across_a_page_break_is_joined() {
    let text = "\
某县审计局关于2023年度预算执行审计查出问题整改情况的公告

　　根据审计法有关规定，现将审计查出问题整改情况公告如下。审计查出问
题2个，已整改1个，正在整改1个。
　　一、预算管理方面的问题
　　1.年初预算编制不够细化。县本级年初预算中代编预算4,826万元未细化到
具体单位和项目，占一般公共预算支出的5.7%，影响预算执行进度。
　　整改情况：正在整改。县财政局已修订预算编制管理办法，计划于2025年6月底前完

— 1 —

县本级预算执行审计整改情况
成剩余代编预算的细化分配工作。
　　2.存量资金盘活不到位。县本级财政专户存量资金2,037.8万元结存1年以上，未

— 2 —

县本级预算执行审计整改情况
及时收回统筹使用。
　　整改措施：
- 对2023年以来财政专户存量资金逐笔清理，收回统筹使用资金共计2千万元。
- 建立存量资金季度清理制度。
　　整改情况：已完成整改。县财政局已收回上述存量资金，统筹用于教育支出。

某县审计局
2025年3月20日
";
    let r = convert(text);
    assert_accounted(text, &r);
    let budget = problem(&r, "年初预算编制");
    assert!(
        budget.body.contains("底前完成剩余代编预算"),
        "{:?}",
        budget.body
    );
    assert!(problem(&r, "存量资金盘活")
        .body
        .contains("以上，未及时收回"));
    // A line opened by a bullet never runs on from a full line above.
    assert_eq!(problem(&r, "存量资金盘活").children.len(), 2);
    assert_states(&r, &[("年初预算编制", InProgress), ("存量资金盘活", Done)]);
}

/// Unnumbered paragraphs each naming a problem, `关于…的问题：`, then the
/// work and a bracketed state, totals only at the end: a name whose line
/// breaks after its colon runs on into its text, and a plan told after the
/// name sets the deadline.
#[test]
fn named_problems_with_the_work_after_a_colon() {
    let text = "\
某乡党委关于巡察反馈问题整改情况的通报

　　关于村级财务管理不规范的问题：乡财政所对12个村的财务凭证逐一核查，规范报账流程。（已完成）

　　关于高标准农田建设项目进度滞后的问题：倒排工期，目前已完成土地平整1200亩，剩余工程计划于2025年6月底前完工。（正在推进）

　　关于干部作风不实、服务群众不畅通的问题：
建立乡干部包村联系服务机制，推行便民服务事项全程代办。（长期坚持）

　　关于信访积案化解不及时的问题：对排查出的7件信访积案逐件制定化解方案，已化解6件。（正在推进）

　　以上4个问题，已整改完成1个，正在推进2个，1个需长期坚持。

某乡党委
2025年5月6日
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 4);
    assert_states(
        &r,
        &[
            ("关于村级财务", Done),
            ("关于高标准农", InProgress),
            ("关于干部作风", LongTerm),
            ("关于信访积案", InProgress),
        ],
    );
    assert_eq!(
        problem(&r, "高标准农田").deadline.as_deref(),
        Some("2025-06-30")
    );
}

/// Areas whose headings count their problems by state, the problems silent
/// on their own state, and a paragraph after an area's problems naming the
/// open ones by number (`其中第2个问题正在推进，…`): the paragraph speaks
/// for the area's problems, not for the last one.
#[test]
fn a_paragraph_naming_problems_by_number_speaks_for_the_area() {
    let text = "\
某集团党委关于巡察整改情况的报告

巡察反馈问题3个，已完成2个，正在推进1个。

一、巡察反馈问题整改落实情况

（一）党的领导方面（3个问题，已完成2个，1个正在推进）

1.学习贯彻党的创新理论不够深入。
整改情况：已修订党委理论学习中心组学习制度。
2.城市更新决策部署落实有差距，部分片区改造项目推进缓慢。
整改情况：已成立城市更新工作专班，实行周调度、月通报。
3.落实“三重一大”决策制度不严格。
整改情况：已修订决策制度实施办法，明确决策事项清单46项。

其中第2个问题正在推进，计划于2025年3月底前完成全部片区的征收签约工作。

某集团党委
2024年12月20日
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("学习贯彻党的", Done),
            ("城市更新决策", InProgress),
            ("落实“三重一", Done),
        ],
    );
    assert_eq!(problem(&r, "落实“三重一").deadline, None);
}

/// Findings that fault the rectification itself (`上轮巡察反馈问题整改不
/// 彻底`) are findings, though they name the process, in a two-column
/// layout `反馈问题⇥整改落实情况` whose groups are rows of their own.
#[test]
fn a_finding_that_faults_the_rectification_itself() {
    let text = "\
某区卫生健康局党组关于巡察整改情况的通报

巡察反馈问题3个，已完成整改3个。

反馈问题\t整改落实情况
一、党的建设方面\t
基层党支部会议记录不规范。\t由机关党委牵头，已整改完成。
公务接待管理不规范。\t由办公室牵头，已整改完成。
二、巡察整改方面\t
上轮巡察反馈问题整改不彻底，个别问题存在反弹回潮现象。\t由办公室牵头，建立整改台账。已整改完成。

某区卫生健康局党组
2025年1月2日
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 3);
    assert_eq!(problem(&r, "上轮巡察反馈").owners, ["办公室"]);
    assert_eq!(state(problem(&r, "上轮巡察反馈")), Done);
}

/// A phone article in Markdown: `##` areas, each problem a list item at the
/// margin (`- …`, one `* …`), its fields indented list items under it
/// (`  - 整改进展：**已完成**`).
#[test]
fn markdown_list_items_are_problems_and_their_sub_items_fields() {
    let text = "\
# 中共某县农业农村局党组关于巡察整改进展情况的通报

**共反馈问题3个**，截至2025年3月15日，**已完成整改2个**，**正在整改1个**。

## 一、贯彻落实决策部署方面

- 理论学习中心组学习存在以读代学现象。
  - 整改措施：修订学习制度，开展专题研讨3次。
  - 整改进展：**已完成**
  - 责任单位：局办公室

- 高标准农田建设项目推进缓慢。
  - 整改措施：成立项目攻坚专班，计划2025年5月底前全部完成验收。
  - 整改进展：**正在整改**
  - 责任单位：农田建设管理股

## 二、全面从严治党方面

* 公务接待管理不规范。
  - 整改措施：开展公务接待专项清理。
  - 整改进展：**已完成**
  - 责任单位：局办公室

中共某县农业农村局党组
2025年3月21日
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 3);
    assert_states(
        &r,
        &[
            ("理论学习中心", Done),
            ("高标准农田建", InProgress),
            ("公务接待管理", Done),
        ],
    );
    assert_eq!(problem(&r, "高标准农田").owners, ["农田建设管理股"]);
    assert_eq!(problem(&r, "公务接待").owners, ["局办公室"]);
}

/// A report opening with `持续推进` before its results, in a notice whose
/// totals count it among the long-term ones: long-term.
#[test]
fn work_going_on_counted_long_term_by_the_totals() {
    let text = "\
某局党组关于巡察整改进展情况的通报

巡察反馈问题3个，截至2025年6月30日，已完成整改1个，正在整改1个，需长期坚持1个。

一、问题整改情况
（一）公务接待管理不规范。
整改措施：开展专项清理。
整改进展：已完成整改。
（二）项目建设推进缓慢。
整改措施：成立攻坚专班。
整改进展：正在整改，计划2025年12月底前完成。
（三）上轮巡察反馈问题整改不彻底。
整改措施：开展“回头看”。
整改进展：持续推进。已完成“回头看”，今后将每半年开展一次复查。

某局党组
2025年7月1日
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("公务接待管理", Done),
            ("项目建设推进", InProgress),
            ("上轮巡察反馈", LongTerm),
        ],
    );
}
