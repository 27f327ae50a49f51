//! Focus areas and ids: problems with the same group (category cell or
//! group heading) form a focus area, in order of first appearance; problems
//! without one stand at the top level. Ids follow the printed numbers
//! (`a1-p3`, measures `a1-p3-m1`), or the running count where a number is
//! not a plain one.

use std::collections::HashMap;

use crate::convert::Warning;
use crate::model::{Node, NodeKind};
use crate::text::ids::IdSet;

/// A focus area being built (or the top level, without a title).
struct Group {
    title: Option<String>,
    /// The line of its heading row, else of its first problem.
    line: u32,
    members: Vec<Node>,
}

/// Groups the problems and gives every node its id; a number printed twice
/// in one group is warned about at `number_column`.
pub(super) fn arrange(
    problems: Vec<(Option<String>, Vec<Node>)>,
    headings: &[(String, u32)],
    number_column: u32,
    warnings: &mut Vec<Warning>,
) -> Vec<Node> {
    let mut ids = IdSet::new();
    let mut nodes = Vec::new();
    let mut seq = 0u32;
    let mut area_no = 0u32;
    for group in in_order(problems, headings) {
        let (area, prefix) = match group.title {
            Some(title) => {
                area_no += 1;
                let (id, _) = ids.unique(format!("a{area_no}"));
                let mut a = Node::new(id.clone(), NodeKind::FocusArea, title);
                a.source_line = Some(group.line);
                (Some(a), format!("{id}-"))
            }
            None => (None, String::new()),
        };
        let mut members = group.members;
        for problem in &mut members {
            seq += 1;
            let number = printed_number(&problem.label).unwrap_or(seq);
            let (id, clash) = ids.unique(format!("{prefix}p{number}"));
            if clash {
                warnings.push(Warning {
                    line: problem.source_line.unwrap_or(1),
                    column: number_column,
                    message: format!("序号重复：{}", problem.label),
                });
            }
            number_measures(problem, &id);
            problem.id = id;
        }
        // The members move as one vector (a million problems are not
        // copied node by node into a second one).
        match area {
            Some(mut a) => {
                a.children = members;
                nodes.push(a);
            }
            None => nodes.append(&mut members),
        }
    }
    nodes
}

/// The groups (in order of first appearance, as read) with the line of
/// each: its heading row's, else its first problem's.
fn in_order(problems: Vec<(Option<String>, Vec<Node>)>, headings: &[(String, u32)]) -> Vec<Group> {
    let heading_line: HashMap<&str, u32> = headings.iter().map(|(t, l)| (t.as_str(), *l)).collect();
    problems
        .into_iter()
        .map(|(title, members)| {
            let line = title
                .as_deref()
                .and_then(|t| heading_line.get(t).copied())
                .or_else(|| members.first().and_then(|n| n.source_line))
                .unwrap_or(0);
            Group {
                title,
                line,
                members,
            }
        })
        .collect()
}

/// The number of a label made of digits and punctuation (`3`, `3.`, `(3)`).
pub(super) fn printed_number(label: &str) -> Option<u32> {
    if !label
        .chars()
        .all(|c| c.is_ascii_digit() || !c.is_alphanumeric())
    {
        return None;
    }
    label
        .trim_matches(|c: char| !c.is_ascii_digit())
        .parse::<u32>()
        .ok()
}

/// Measure ids are the problem's and `-m1`, `-m2`…: unique without being
/// kept in the set, since no area (`a3`) or problem id (`a1-p3`, `p3-2`)
/// holds `-m` (a million measures' ids are not copied into it).
fn number_measures(problem: &mut Node, id: &str) {
    for (k, m) in problem.children.iter_mut().enumerate() {
        m.id = format!("{id}-m{}", k + 1);
    }
}
