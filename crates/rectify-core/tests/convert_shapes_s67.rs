//! Shapes met in session 67. Every notice here is my own, and each test
//! fails on the converter of the session's start (2802fc3).

mod common;

use common::{assert_accounted, assert_states, convert, problem, problems};
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
