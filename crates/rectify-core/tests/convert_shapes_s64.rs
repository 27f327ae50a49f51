//! Shapes met in session 64. Every notice here is my own, and each test
//! fails on the converter of the session's start (2f0074f).

mod common;

use common::{assert_accounted, assert_states, convert, problem};
use rectify_core::model::Status;

use Status::*;

/// A problem's state given as the answer to a key asking whether it is
/// done (`是否完成：是`, `是否整改到位：否（已完成70%）`): yes is done even
/// with a deadline still ahead; no is under way, whatever the measures
/// say; no with words of work not begun is not started.
#[test]
fn a_yes_or_no_answer_states_the_problem() {
    let text = "\
某县卫生健康局关于巡察整改落实情况的公示

（2025年7月10日）

问题一：基层医疗机构药品采购台账不全。
整改措施：
1.对全县卫生院药品采购台账开展清查，补齐记录。
2.建立月度对账制度。
责任人：王某某（医政股股长）
整改时限：2025年9月底前
是否完成：是

问题二：村卫生室人员培训覆盖面不足。
整改措施：
1.制定年度培训计划，已完成首轮培训。
责任人：李某某（基层卫生股股长）
整改时限：2025年12月底前
是否整改到位：否（已完成70%）

问题三：医疗废物暂存点建设不规范。
整改措施：
1.已完成选址论证。
是否完成：否，尚未启动建设

本次巡察反馈问题共3个，已完成1个，正在整改1个，尚未启动1个。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("基层医疗机构", Done),
            ("村卫生室人员", InProgress),
            ("医疗废物暂存", NotStarted),
        ],
    );
    let rule = |o: &str| {
        problem(&r, o)
            .status_evidence
            .as_ref()
            .map(|e| e.rule.clone())
    };
    assert_eq!(rule("基层医疗机构").as_deref(), Some("report_yes_no"));
}
