//! A part of the notice that says its items are not counted among the
//! problems (`四、群众来信来访反映问题办理情况` › `（本部分为…转办事项，供参考，
//! 不计入上述问题数）` › a table of three complaints and how each was
//! handled): its items are the notice's text, not problems, so the
//! figures stay those the notice states.

use crate::model::{Node, NodeKind};

/// Words that say a part's items are not counted.
const NOT_COUNTED: &[&str] = &["不计入", "未计入", "不纳入"];
/// What they are not counted in.
const COUNTS: &[&str] = &["问题数", "问题总数", "上述问题", "问题清单", "整改问题"];

/// Turns the problems under a part that says they are not counted into
/// items.
pub(crate) fn apply(nodes: &mut [Node]) {
    for n in nodes.iter_mut() {
        if n.kind != NodeKind::Problem && says_not_counted(&n.body) {
            n.children.iter_mut().for_each(uncount);
        } else {
            apply(&mut n.children);
        }
    }
}

/// The part's first paragraph says its items are not counted.
fn says_not_counted(body: &str) -> bool {
    let first = body.split("\n\n").next().unwrap_or("");
    NOT_COUNTED.iter().any(|w| first.contains(w)) && COUNTS.iter().any(|w| first.contains(w))
}

/// A node and everything under it as the notice's text: items without a
/// status.
fn uncount(n: &mut Node) {
    if matches!(n.kind, NodeKind::Problem | NodeKind::Measure) {
        n.kind = NodeKind::Item;
        n.status = None;
        n.status_evidence = None;
    }
    n.children.iter_mut().for_each(uncount);
}
