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
