//! A part of the notice that says its items are not counted among the
//! problems (`四、群众来信来访反映问题办理情况` › `（本部分为…转办事项，供参考，
//! 不计入上述问题数）` › a table of three complaints and how each was
//! handled): its items are the notice's text, not problems, so the
//! figures stay those the notice states. A "problem" that is only a
//! figure (a row of a table of counts) is no problem either.

use crate::model::{Node, NodeKind};

/// Words that say a part's items are not counted.
const NOT_COUNTED: &[&str] = &["不计入", "未计入", "不纳入"];
/// What they are not counted in.
const COUNTS: &[&str] = &["问题数", "问题总数", "上述问题", "问题清单", "整改问题"];

/// Turns the problems under a part that says they are not counted into
/// items, and so a problem that is only a figure (`3`: a row of a table of
/// counts per category, `评价机构管理　3　2　1`) with the group it made.
pub(crate) fn apply(nodes: &mut [Node]) {
    for n in nodes.iter_mut() {
        if n.kind != NodeKind::Problem && says_not_counted(&n.body) {
            n.children.iter_mut().for_each(uncount);
        } else if only_figures(n) {
            uncount(n);
        } else {
            apply(&mut n.children);
            let group = matches!(n.kind, NodeKind::FocusArea | NodeKind::Category);
            if group && !n.children.is_empty() && n.children.iter().all(only_figures) {
                n.kind = NodeKind::Item;
                n.children.iter_mut().for_each(uncount);
            }
        }
    }
}

/// A problem whose title is only figures (no word in it).
fn only_figures(n: &Node) -> bool {
    matches!(n.kind, NodeKind::Problem | NodeKind::Item)
        && n.children.is_empty()
        && !n.title.chars().any(char::is_alphabetic)
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
