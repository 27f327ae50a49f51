//! Problems grouped by where their work stands: `一、已完成整改的问题（6个）`
//! › `1.…` `2.…`, `二、正在整改的问题（3个）` › `7.…`. The group's title
//! states the state of every problem under it that does not state its own
//! (stated, rule `section_state`, the title's words as the phrase).
//! Long-term groups (`需长期坚持整改的问题`) are long-term sections already
//! (`roles`).

use super::status::{decision, Decision};
use super::tree::Tree;
use super::StatusRules;
use crate::model::{NodeKind, Status, StatusBasis};

/// The state a group's title gives its problems: a title that names
/// problems (`…的问题`, `…问题（3个）`, `…事项`) after a status phrase.
pub(crate) fn state_of_group(title: &str, rules: &StatusRules) -> Option<(Status, String)> {
    let t = super::shape::without_trailing_note(title.trim()).trim_end();
    let before = t.strip_suffix("问题").or_else(|| t.strip_suffix("事项"))?;
    // `尚未完成整改的事项`: a completion denied, not a phrase of progress.
    if let Some(w) = ["尚未", "未完成"].iter().find(|w| before.contains(*w)) {
        return Some((Status::InProgress, (*w).to_string()));
    }
    let phrases = rules.phrases();
    if let Some(p) = phrases.find_in_progress(before) {
        return Some((Status::InProgress, p));
    }
    phrases.find_done(before).map(|p| (Status::Done, p))
}

/// Gives each problem under a state group, whose status was only
/// inferred, the group's state.
pub(crate) fn apply(tree: &Tree, rules: &StatusRules, out: &mut [Option<Decision>]) {
    let mut stack: Vec<(usize, Option<(Status, String)>)> =
        tree.roots.iter().rev().map(|&r| (r, None)).collect();
    while let Some((i, group)) = stack.pop() {
        let n = &tree.nodes[i];
        let grouping = matches!(
            n.kind,
            NodeKind::Section | NodeKind::FocusArea | NodeKind::Category
        );
        let group = if grouping {
            state_of_group(&n.title, rules).or(group)
        } else {
            group
        };
        if n.kind == NodeKind::Problem {
            let inferred = out[i]
                .as_ref()
                .is_none_or(|d| d.evidence.basis == StatusBasis::Inferred);
            if let (true, Some((status, phrase))) = (inferred, &group) {
                out[i] = Some(decision(
                    *status,
                    StatusBasis::Stated,
                    "section_state",
                    Some(phrase.clone()),
                ));
            }
            continue;
        }
        for &c in n.children.iter().rev() {
            stack.push((c, group.clone()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_that_group_problems_by_state() {
        let rules = StatusRules::default();
        let s = |t: &str| state_of_group(t, &rules).map(|(s, _)| s);
        assert_eq!(s("已完成整改的问题（6个）"), Some(Status::Done));
        assert_eq!(s("正在整改的问题"), Some(Status::InProgress));
        assert_eq!(s("尚未完成整改的事项"), Some(Status::InProgress));
        // A kind of problems, a heading that names no problems.
        assert_eq!(s("党的建设方面的问题"), None);
        assert_eq!(s("已完成整改情况"), None);
    }
}
