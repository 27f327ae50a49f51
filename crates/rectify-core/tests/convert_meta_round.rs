//! The inspection round in a notice's metadata is the round it names, never
//! a problem's mention of "the last round" (上轮巡察).

use rectify_core::convert::{convert_notice, ConvertOptions};

fn round(text: &str) -> Option<String> {
    convert_notice(text, &ConvertOptions::default())
        .report
        .meta
        .inspection_round
}

#[test]
fn a_problem_about_the_last_round_does_not_name_the_round() {
    let text = "中共某镇委员会关于巡察反馈意见整改进展情况的通报\n\
        2026年6月3日至7月15日，县委第三巡察组对镇党委开展了常规巡察。\n\
        问题一：基层治理存在薄弱环节\n\
        整改进展：已完成。\n\
        问题二：上轮巡察整改不彻底\n\
        整改进展：已完成。上轮巡察反馈的2个问题已整改销号。\n";
    assert_eq!(round(text), None);
}

#[test]
fn a_named_round_after_a_relative_mention_is_found() {
    let text = "某县卫健局关于巡察整改进展情况的通报\n\
        根据县委统一部署，县委第二轮巡察对本局开展了巡察，上轮巡察问题一并检查。\n\
        一、上轮巡察整改不彻底\n\
        整改进展：已完成。\n";
    assert_eq!(round(text).as_deref(), Some("县委第二轮巡察"));
    let relative_first = "某县卫健局关于巡察整改进展情况的通报\n\
        在上轮巡察整改基础上，县委第二轮巡察对本局开展了巡察。\n\
        一、问题整改不彻底\n\
        整改进展：已完成。\n";
    assert_eq!(round(relative_first).as_deref(), Some("县委第二轮巡察"));
}

/// A problem quoted after `关于` (`10.关于“上轮巡视反馈问题整改不彻底”的
/// 问题`) or numbered with a circled mark (`⑫上轮巡察反馈问题中…`) points
/// at the last round as much as a bare `上轮巡察` does: no round is named.
#[test]
fn a_quoted_or_circled_mention_of_the_last_round_names_none() {
    let quoted = "中共某市委关于巡视整改进展情况的通报\n\
        二、巡视反馈问题的整改落实情况\n\
        1.关于“上轮巡视反馈问题整改不彻底”的问题。市委对上轮巡视反馈问题开展“回头看”。该问题已整改到位。\n";
    assert_eq!(round(quoted), None);
    let circled = "某市国资委党委关于巡察整改进展情况的通报\n\
        （1）关于整改落实方面\n\
        ⑫上轮巡察反馈问题中有2个问题整改不彻底。\n\
        一是全面复查；二是重新制定整改方案。（整改中）\n";
    assert_eq!(round(circled), None);
}

/// A heading that puts right the last round's problems among other words
/// (`三、基层党组织建设和落实上轮巡察整改方面`), or a problem said to be
/// the last round's (`其中第一个问题系上轮巡察反馈`), points at a round
/// and names none.
#[test]
fn the_last_round_after_other_words_names_none() {
    let heading = "某县住建局党组关于巡察整改进展情况的通报\n\
        县委第三巡察组对县住建局党组开展了常规巡察。\n\
        三、基层党组织建设和落实上轮巡察整改方面（共3个问题，已完成1个）\n\
        （一）支部组织生活不规范。目前，该问题已整改完成。\n";
    assert_eq!(round(heading), None);
    let said_of = "某县农业农村局关于巡察整改进展情况的通报\n\
        共反馈问题3个，其中第一个问题系上轮巡察反馈问题。\n\
        第一个问题：整改不彻底。目前已整改完成。\n";
    assert_eq!(round(said_of), None);
}
