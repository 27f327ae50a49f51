//! Focus areas and ids: problems with the same group (category cell or
//! group heading) form a focus area, in order of first appearance; problems
//! without one stand at the top level. Ids follow the printed numbers
//! (`a1-p3`, measures `a1-p3-m1`), or the running count where a number is
//! not a plain one.

use std::collections::HashMap;

use super::body::Pending;
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
    problems: Vec<Pending>,
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
            number_measures(problem, &id, &mut ids);
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

/// Groups in order of first appearance, each with its problems.
fn in_order(problems: Vec<Pending>, headings: &[(String, u32)]) -> Vec<Group> {
    let heading_line: HashMap<&str, u32> = headings.iter().map(|(t, l)| (t.as_str(), *l)).collect();
    let mut groups: Vec<Group> = Vec::new();
    let mut index: HashMap<Option<String>, usize> = HashMap::new();
    for p in problems {
        let k = *index.entry(p.group.clone()).or_insert_with(|| {
            let line = p
                .group
                .as_deref()
                .and_then(|t| heading_line.get(t).copied())
                .unwrap_or(p.node.source_line.unwrap_or(0));
            groups.push(Group {
                title: p.group.clone(),
                line,
                members: Vec::new(),
            });
            groups.len() - 1
        });
        groups[k].members.push(p.node);
    }
    groups
}

/// The number of a label made of digits and punctuation (`3`, `3.`, `(3)`).
fn printed_number(label: &str) -> Option<u32> {
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

fn number_measures(problem: &mut Node, id: &str, ids: &mut IdSet) {
    for (k, m) in problem.children.iter_mut().enumerate() {
        m.id = format!("{id}-m{}", k + 1);
        ids.reserve(&m.id);
    }
}
