//! Shapes met in session 65. Every notice here is my own, and each test
//! fails on the converter of the session's start (56ead9e).

mod common;

use common::{assert_accounted, assert_owners, assert_states, convert, problem, problems};
use rectify_core::model::Status;

use Status::*;

/// A problem listing its findings under one bare key and its measures
/// under another, both numbered `1.` `2.`: the findings are the
/// problem's text and the measures its measures, whatever the first key
/// says; the report below them is the problem's.
#[test]
fn findings_and_measures_numbered_alike_under_two_keys() {
    let text = "\
某县卫生健康局党组关于巡察整改进展情况的通报

巡察反馈问题共2个，已完成整改1个，需长期坚持1个。

一、党的建设方面

（一）主体责任落实不到位。
表现为：
1.党组会研究党风廉政建设次数偏少。
2.对下属单位监督乏力。
整改措施：
1.修订党组议事规则。（责任股室：办公室）
2.建立常态化谈心谈话制度。（责任股室：人事股）
整改情况：长期坚持。

（二）公务接待不规范。
表现为：
1.接待审批单填写不全。
整改措施：
1.修订公务接待管理办法。（责任股室：办公室）
整改情况：已完成整改。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 2, "{:?}", problems(&r));
    assert_states(&r, &[("主体责任落实", LongTerm), ("公务接待不规", Done)]);
    assert_eq!(problem(&r, "主体责任落实").children.len(), 2);
    assert_owners(
        &r,
        &[
            ("主体责任落实", &["办公室", "人事股"]),
            ("公务接待不规", &["办公室"]),
        ],
    );
}

/// Items numbered `第1条意见：` with no other label, each answered by
/// `我们的做法：` and `目前：`: each is a problem, `目前：` reports where it
/// stands, and `预计年底前完成` is the end of the notice's year.
#[test]
fn items_numbered_as_the_nth_opinion_with_a_state_now() {
    let text = "\
某市市场监督管理局关于落实督查组反馈意见的情况通报

我局共收到督查意见3条，已落实到位2条，还在推进1条。

二、逐条落实情况
第1条意见：抽查覆盖面不够，部分行业抽查比例偏低。
我们的做法：重新梳理抽查事项清单，上半年开展联合抽查42次。
目前：已落实到位。
第2条意见：企业开办环节仍然偏多。
我们的做法：设置“一窗受理”综合窗口，线上系统对接需统一部署。
（责任科室：登记注册科）
目前：还在推进，预计年底前完成。
第3条意见：执法案卷不够规范。
我们的做法：对办结的全部案卷开展交叉评查，逐卷补正。
目前：已落实到位。

某市市场监督管理局
2024年9月12日
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 3, "{:?}", problems(&r));
    assert_states(
        &r,
        &[
            ("抽查覆盖面不", Done),
            ("企业开办环节", InProgress),
            ("执法案卷不够", Done),
        ],
    );
    let second = problem(&r, "企业开办环节");
    assert_eq!(second.deadline.as_deref(), Some("2024-12-31"));
    assert_eq!(
        second.status_evidence.as_ref().map(|e| e.basis.clone()),
        Some(rectify_core::model::StatusBasis::Stated)
    );
}
