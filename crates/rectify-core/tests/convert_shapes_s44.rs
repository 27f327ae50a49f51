//! Shapes met in session 44. Every notice here is my own, one per shape,
//! and each test failed on the converter of the session's start (687f670).

mod common;

use common::{assert_accounted, assert_states, convert, problems};
use rectify_core::model::Status;

use Status::*;

/// Problems each followed by `整改措施：…` and `完成情况：…` under a section
/// whose title names a shortcoming (`对照检查发现的不足及整改`): one
/// problem whose title has no shortcoming word (`…粗放。`) still takes its
/// own measures and report, like its siblings, not the section's.
#[test]
fn keyed_measures_after_siblings_that_took_theirs_are_the_items_own() {
    let text = "\
关于区委巡察反馈意见整改进展情况的报告

一、整改工作总体情况
截至目前，巡察反馈的4个问题中，已整改完成3个，1个正在整改。

二、对照检查发现的不足及整改
（一）教育经费管理使用不规范。
整改措施：修订经费管理办法。
完成情况：已完成。
（二）政府采购程序不规范。
整改措施：开展专项培训。
完成情况：已完成。
（三）基建项目管理粗放。
整改措施：建立项目全过程管理台账。
完成情况：台账正在建立。
（四）党建与业务融合不够。
整改措施：开展品牌创建。
完成情况：已完成。

三、下一步工作打算
持续巩固整改成果。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("教育经费管理", Done),
            ("政府采购程序", Done),
            ("基建项目管理", InProgress),
            ("党建与业务融", Done),
        ],
    );
    assert_eq!(problems(&r).len(), 4);
    let third = r.walk().find(|n| n.title.contains("粗放")).unwrap();
    assert_eq!(third.children.len(), 1, "{third:?}");
    assert!(third.body.contains("正在建立"));
    assert_accounted(text, &r);
}

/// `目前正在推进剩余2户的退出工作`: work under way on what is left of a
/// partial result, its `的` the remainder's; and a report calling the
/// work `一项长期工作` that goes on is long-term.
#[test]
fn work_on_the_remainder_is_under_way_and_a_long_term_piece_of_work_is_long_term() {
    let text = "\
关于巡视反馈意见整改落实情况的通报

一、巡视反馈问题整改情况
问题1：国有资本布局结构优化不够。
整改进展：清理退出非主业企业6户，压减法人户数11户。目前正在推进剩余2户的退出工作。
问题2：科技创新投入不足。
整改进展：研发投入强度由1.2%提高到1.8%。已完成整改。
问题3：干部队伍结构不合理。
整改进展：制定干部队伍建设规划，这是一项长期工作，需持续推进。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("国有资本布局", InProgress),
            ("科技创新投入", Done),
            ("干部队伍结构", LongTerm),
        ],
    );
    assert_accounted(text, &r);
}

/// The issuer and the date printed right under the title, not signed at
/// the end (`某某街道党工委` › `2025年11月3日`): the issuer and the date
/// published; the lines stay in the preamble, so nothing is lost.
#[test]
fn a_byline_under_the_title_gives_issuer_and_date() {
    let text = "\
关于巡察反馈意见整改进展情况的通报
某某街道党工委
2025年11月3日
街道党工委对巡察反馈的2个问题照单全收。截至10月31日，已完成整改1个，1个正在推进。
一是财务管理不规范。已修订财务报销制度，已完成整改。
二是信访积案化解不力。已化解积案6件，剩余2件正在化解。
";
    let r = convert(text);
    assert_eq!(r.meta.issuer.as_deref(), Some("某某街道党工委"));
    assert_eq!(r.meta.published.as_deref(), Some("2025-11-03"));
    assert_states(&r, &[("财务管理不规", Done), ("信访积案化解", InProgress)]);
    assert_accounted(text, &r);
    // A salutation under the title is no byline.
    let r = convert(&text.replace("某某街道党工委\n2025年11月3日\n", "各社区党委：\n"));
    assert_eq!(r.meta.issuer, None);
    assert_eq!(r.meta.published, None);
}
