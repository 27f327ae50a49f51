//! Problems without numbers, each paragraph opened by the name of the unit
//! it was found in and reporting its own state (`城关镇：部分商铺消防通道
//! 堵塞。已督促商户清理通道，整改到位。`, `县住建局：…。已责令…，整改到
//! 位。`), as a 督查 bulletin lists them. Unlike [`super::lead_keys`] the
//! keys differ from paragraph to paragraph; what marks the items is the
//! run: three or more paragraphs in a row, each opened by a short name and
//! a colon, each stating a problem and then where its work stands. Each is
//! an item of style `Lead`, numbered in order; the name is its label.

use super::own_sentence;
use super::tree::{is_problem_note, is_rectification_report, Para};
use crate::text::label::recognise;

/// The longest name read before the colon (characters).
const MAX_NAME_CHARS: usize = 12;

/// At least this many paragraphs in a row make a run.
const MIN_RUN: usize = 3;

/// The label's length in characters (the name and its colon or brackets)
/// of a paragraph opened by a short name: Chinese characters only, no
/// punctuation (`城关镇：`, `县交通运输局：`, `【河口镇】`).
fn name_label(text: &str) -> Option<usize> {
    super::lead_keys::opening_key(text, MAX_NAME_CHARS).map(|(_, len)| len)
}

/// The text after the label states a problem, then where its work stands:
/// in a later clause of its first sentence, or at the start of the next.
fn reports_own_state(rest: &str) -> bool {
    let (first, after) = rest.split_once('。').unwrap_or((rest, ""));
    let opening = after
        .split(['，', ',', '。', '；', ';'])
        .next()
        .unwrap_or("")
        .trim();
    // `…流于形式。（已整改）`: its state in brackets after it.
    let bracketed = super::shape::bracketed_state(crate::text::trim(rest).trim_end_matches('。'));
    own_sentence::state_clause_at(first).is_some()
        || (!first.trim().is_empty()
            && !own_sentence::is_action(first)
            && (own_sentence::is_state_clause(opening) || bracketed))
}

/// A paragraph that opens an item of such a run: (label length).
fn unit_item(text: &str) -> Option<usize> {
    if recognise(text).is_some() || is_rectification_report(text) || is_problem_note(text) {
        return None;
    }
    if super::tree::opens_measures(text) {
        return None;
    }
    let len = name_label(text)?;
    let rest: String = text.chars().skip(len).collect();
    reports_own_state(&rest).then_some(len)
}

/// The paragraphs (indices, ascending) of runs of unit-led items, with
/// their number in the run and the label's length in characters.
pub(crate) fn labels(paras: &[Para]) -> Vec<(usize, u32, usize)> {
    let mut out = Vec::new();
    let mut run: Vec<(usize, u32, usize)> = Vec::new();
    let mut flush = |run: &mut Vec<(usize, u32, usize)>| {
        if run.len() >= MIN_RUN {
            out.append(run);
        }
        run.clear();
    };
    for (i, p) in paras.iter().enumerate() {
        match unit_item(&p.text) {
            Some(len) => run.push((i, run.len() as u32 + 1, len)),
            None => flush(&mut run),
        }
    }
    flush(&mut run);
    out
}

#[cfg(test)]
mod tests {
    use super::super::tree::paras;
    use super::*;

    #[test]
    fn a_run_of_unit_led_paragraphs_reporting_their_state_are_items() {
        let p = paras(&[
            "现将整改情况通报如下：",
            "城关镇：消防通道堵塞。已督促清理通道，整改到位。",
            "河口镇：料场未设防尘设施，已安装喷淋设施。",
            "县住建局：塔吊检查记录缺失。正在补齐记录。",
            "请各单位举一反三。",
            "【城关镇】消防通道堵塞。已督促清理通道。",
            "【河口镇】料场未设防尘设施，已安装喷淋设施。",
            "【青山乡】自建房未鉴定。正在鉴定中。",
        ]);
        assert_eq!(
            labels(&p),
            [
                (1, 1, 4),
                (2, 2, 4),
                (3, 3, 5),
                (5, 1, 5),
                (6, 2, 5),
                (7, 3, 5)
            ]
        );
    }

    #[test]
    fn keys_of_a_problems_parts_and_short_runs_are_not_items() {
        let p = paras(&[
            "城关镇：消防通道堵塞。已督促清理通道，整改到位。",
            "河口镇：料场未设防尘设施，已安装喷淋设施。",
            "联系人：张三。",
            "整改情况：已完成整改。",
            "责任单位：办公室。",
            "问题表现：台账不全。正在补齐。",
            "城关镇：加强巡查。已开展巡查12次。",
            "河口镇：完善制度，已出台办法。",
            "青山乡：强化督导。正在推进。",
        ]);
        assert!(labels(&p).is_empty());
    }
}
