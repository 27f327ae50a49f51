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

/// Guard: a finding's own words (`部分单位至今未整改到位`), in a section
/// of findings with no report, state the shortcoming, not the work: the
/// section stays not started, as on 983f001; a keyed report
/// (`【整改情况】…未能如期完成`) still speaks.
#[test]
fn a_findings_negated_words_are_no_report() {
    let r = convert(
        "关于巡察整改“回头看”发现问题的通报\n一、“回头看”发现的问题\n\
         1.部分反馈问题整改不彻底。上轮巡察指出的公车管理问题，部分单位至今未整改到位。\n\
         2.整改台账管理不规范。有3个单位的整改台账未及时更新，销号资料不全。\n\
         3.长效机制建设滞后。制度修订工作未全部完成。\n\
         二、整改落实情况\n\
         （一）关于公务接待超标准的问题。\n【整改情况】接待制度修订未能如期完成。\n",
    );
    assert_states(
        &r,
        &[
            ("部分反馈问题", NotStarted),
            ("整改台账管理", NotStarted),
            ("长效机制建设", NotStarted),
            ("关于公务接待", InProgress),
        ],
    );
}
