//! Shapes met in session 68. Every notice here is my own, and each test
//! fails on the converter of the session's start (e459e34).

mod common;

use common::{assert_accounted, assert_states, convert, problem, problems};
use rectify_core::model::Status;

use Status::*;

/// Problems at the `一、` level, each with bare sub-headings for its parts
/// (`（一）存在问题` › the finding, `（二）整改措施` › `一是…`, `（三）整改成效`
/// › the report): the sub-headings are the problem's fields, not its
/// measures, and a list of measures under `整改措施` is the problem's.
/// A heading that ends by stating its failing (`…主体责任压得不实`) is a
/// problem, though `主体责任` names a section of the work elsewhere.
#[test]
fn problems_with_bare_field_headings() {
    let text = "\
某县农业农村局党组关于巡察整改进展情况的通报

巡察反馈问题3个，已完成整改2个，正在整改1个。

一、农机购置补贴审核不严
（一）存在问题
　　个别乡镇对补贴申请材料审核流于形式。
（二）整改措施
　　一是修订补贴审核办法；二是对2023年以来补贴发放情况开展全面复核。
　　责任科室：农机股。
（三）整改成效
　　复核补贴申请612份，追回违规补贴2.3万元。该问题已完成整改。

二、全面从严治党主体责任压得不实
（一）存在问题
　　党组研究党风廉政建设工作次数偏少。
（二）整改措施
　　党组每季度专题研究一次全面从严治党工作。责任单位：机关党委。
（三）整改成效
　　已专题研究3次。该问题已完成整改。

三、高标准农田建设进度滞后
（一）存在问题
　　2023年度项目开工率仅为64%。
（二）整改措施
　　一是建立周调度机制；二是对进度滞后的施工单位进行约谈。
（三）整改成效
　　目前项目开工率已达91%，该问题正在整改中。

某县农业农村局党组
2024年11月20日
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 3);
    assert_states(
        &r,
        &[
            ("农机购置补贴", Done),
            ("全面从严治党", Done),
            ("高标准农田建", InProgress),
        ],
    );
    let subsidy = problem(&r, "农机购置补贴");
    assert!(subsidy.children.is_empty(), "{:?}", subsidy.children);
    assert_eq!(subsidy.owners, ["农机股"]);
    assert_eq!(problem(&r, "全面从严治党").owners, ["机关党委"]);
}
