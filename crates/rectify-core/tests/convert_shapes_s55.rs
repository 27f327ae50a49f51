//! Shapes met in session 55. Every notice here is my own, and each test
//! fails on the converter of the session's start (983f001) but the
//! guards, which say what a change must keep.

mod common;

use common::{assert_states, convert};
use rectify_core::model::Status;

use Status::*;

/// A report whose only done phrase is negated (`未按时整改到位`,
/// `未全部完成`) says the work is not done: in progress, where 983f001
/// read it as done by inference. A plain result stays done.
#[test]
fn a_report_whose_only_done_phrase_is_negated_is_in_progress() {
    let r = convert(
        "关于督查发现问题整改落实情况的督查通报\n一、各地整改进展情况\n\
         1.城区雨污管网混接问题。整改进展：管网改造未按时整改到位。\n\
         2.餐饮油烟扰民问题。整改进展：已完成整改。\n\
         3.河道沿岸垃圾堆放问题。整改进展：清理工作未全部完成。\n",
    );
    assert_states(
        &r,
        &[
            ("城区雨污管网", InProgress),
            ("餐饮油烟扰民", Done),
            ("河道沿岸垃圾", InProgress),
        ],
    );
}
