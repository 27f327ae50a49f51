//! Shapes met in session 51. Every notice here is my own, one per shape,
//! and each test fails on the converter of the session's start (67b98d2)
//! or on the one before session 50's line-level table pass (83d471f).

mod common;

use common::{assert_states, convert, problems};
use rectify_core::model::Status;

use Status::*;

/// Short rows parted by single spaces, under a heading: their lines are
/// as wide as each other, which reads as a page's wrapped lines, and the
/// header and rows were one paragraph (83d471f read no problem).
#[test]
fn short_single_space_rows_are_no_wrapped_paragraph() {
    let r = convert(
        "中共某社区委员会关于巡察反馈问题整改情况的公示\n一、反馈问题整改情况\n\
         序号 反馈问题 整改措施 整改情况\n1 台账不清 建立台账，规范管理 已完成\n\
         2 档案不全 补齐档案，专人管理 已完成\n3 制度缺失 制定制度，抓好落实 正在整改\n",
    );
    assert_states(
        &r,
        &[
            ("台账不清", Done),
            ("档案不全", Done),
            ("制度缺失", InProgress),
        ],
    );
}

/// A row with its last cell left empty has fewer cells than the header:
/// still a row (67b98d2 wanted every row as wide as the header, and words
/// set apart closed the short row up).
#[test]
fn a_single_space_row_short_of_a_cell_stays_a_row() {
    let r = convert(
        "关于巡察反馈问题整改情况的公示\n序号 反馈问题 整改措施 整改情况\n\
         1 台账不清 建立台账，规范管理 已完成\n2 档案不全 补齐档案，专人管理\n\
         3 制度缺失 制定制度，抓好落实 正在整改\n某某社区党委\n2025年10月10日\n",
    );
    assert_eq!(problems(&r), ["台账不清", "档案不全", "制度缺失"]);
}
