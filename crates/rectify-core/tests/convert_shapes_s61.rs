//! Shapes met in session 61. Every notice here is my own, and each test
//! fails on the converter of the session's start (2d3228a).

mod common;

use common::{assert_accounted, assert_owners, assert_states, convert, problem, problems};
use rectify_core::model::Status;

use Status::*;

/// One department alone opening a measure (`整改措施：人事科制定…`) is the
/// one that does it, and the problem's owner; a measure that sets up a
/// department's work (`制定党支部组织生活清单`) names no owner.
#[test]
fn one_department_doing_a_measure_owns_it() {
    let text = "\
某县水利局党组关于巡察整改进展情况的通报

巡察反馈问题3个，已完成整改2个，正在整改1个。

1.干部教育培训针对性不强，专业技术培训占比偏低。
整改措施：人事科制定年度专业技术培训计划，已组织培训6期。

2.年轻干部轮岗交流机制不健全。
整改措施：人事科已起草轮岗交流办法，正在征求意见。

3.基层党支部落实“三会一课”制度不经常。
整改措施：制定党支部组织生活清单，党委每季度检查一次，已纳入年度考核。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_owners(
        &r,
        &[
            ("干部教育培训", &["人事科"]),
            ("年轻干部轮岗", &["人事科"]),
            ("基层党支部落", &[]),
        ],
    );
}

/// A state in brackets right after the finding (`…统一管理。（长期坚持）`)
/// is the state the notice gives, whatever the report below says of the
/// work done so far (`已牵头清理…`); a deadline demanded (`责令于…前返修到位`)
/// or planned with a word of manner (`预计2025年5月全部完成`) is read.
#[test]
fn bracketed_states_and_demanded_or_planned_deadlines() {
    let text = "\
某区审计局关于2024年度审计查出问题整改情况的报告

一、资产管理方面

1.部分国有土地资产被长期占用，未纳入统一管理。（长期坚持）
整改情况：区自然资源局已牵头清理被占用土地7宗，依法收回土地使用权3宗。
对历史遗留问题较为复杂的地块，已建立长效管理机制，将逐年分类处置。

2.部分已完工渠系存在渗漏，至检查时仍未组织返修。（尚未整改）
整改情况：乡政府以待整体验收时一并处理为由未落实，审计组已责令于2024年6月30日前返修到位。

3.干部人事档案审核不到位。（正在整改）
整改情况：已完成68卷专项审核，其余44卷正在审核中，预计2025年5月全部完成。

以上3个问题，正在整改1个，需长期坚持1个，尚未整改1个。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("部分国有土地", LongTerm),
            ("部分已完工渠", NotStarted),
            ("干部人事档案", InProgress),
        ],
    );
    assert_eq!(
        problem(&r, "部分已完工渠").deadline.as_deref(),
        Some("2024-06-30")
    );
    assert_eq!(
        problem(&r, "干部人事档案").deadline.as_deref(),
        Some("2025-05-31")
    );
}

/// Problems named `问题一：` with no area headings, each closing on a
/// one-word verdict (`该问题已完成。`, `该问题持续推进。`). The verdict is the
/// state, and one that goes on under a long-term deadline is long-term; a
/// problem that finds fault with the rectification of an earlier round
/// (`上轮巡察反馈的3个问题整改未完全到位`) over its measures is a problem,
/// not a section recalling that round.
#[test]
fn closing_verdicts_and_a_finding_about_an_earlier_round() {
    let text = "\
某市国资委党委关于巡察整改进展情况的通报

对照巡察反馈的3个问题，截至2024年7月31日，已完成整改2个，持续推进1个。

问题一：全面从严治党主体责任落实有差距，压力传导层层递减。
整改时限：长期坚持
整改措施：（1）制定主体责任清单。（2）建立班子成员联系企业制度。
整改成效：已开展专题督导2轮，责任清单已全部下发。委党委将常态化抓好督促落实。该问题持续推进。

问题二：审计、巡察等监督发现问题整改不够彻底，上轮巡察反馈的3个问题整改未完全到位。
整改时限：2024年6月底
整改措施：（1）对上轮巡察发现问题进行全面梳理。（2）建立整改销号制度。（3）对整改不力的严肃问责。
整改成效：上轮巡察反馈的3个问题已全部整改到位，审计发现的11个问题已全部完成整改。该问题已完成。

问题三：意识形态工作责任制落实不够到位，阵地管理存在盲区。
整改时限：2024年6月底
整改措施：（1）修订意识形态工作责任制实施细则。（2）开展阵地排查。
整改成效：细则已印发，排查已完成。该问题已完成。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 3);
    assert_states(
        &r,
        &[
            ("全面从严治党", LongTerm),
            ("审计、巡察等", Done),
            ("意识形态工作", Done),
        ],
    );
}

/// `限期整改8个` in the summary, then `限期整改的8个问题…，其中目前仍在整改
/// 6个，尚未整改2个`: the open part as it stands now.
#[test]
fn an_open_part_split_into_states_after_the_summary() {
    let text = "\
某县委督查室关于重点项目推进情况的督查通报

本次督查共发现问题4个，已当场整改2个，限期整改2个。截至6月12日，限期整改的2个问题均未整改到位，其中目前仍在整改1个，尚未整改1个。

（一）青石镇

1.项目工地扬尘防治措施落实不到位，裸土未覆盖。督查时已当场整改到位。

2.项目安全警示标识缺失。督查时已当场整改到位。

（二）白沙乡

3.高标准农田项目部分渠系存在渗漏，未组织返修。目前仍在整改。

4.项目档案资料缺失，尚未整改。
";
    let r = convert(text);
    assert_accounted(text, &r);
    let t = r.stated_totals.as_ref().expect("stated totals");
    assert_eq!(
        (t.total, t.done, t.in_progress, t.not_started),
        (Some(4), Some(2), Some(1), Some(1))
    );
}
