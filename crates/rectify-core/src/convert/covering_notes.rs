//! A note after a few problems that names them by number and gives their
//! owners or deadline once for all (`以上第（一）至（三）项问题，责任单位：
//! 区财政局；整改时限：2025年10月底前。`, `上述第（四）（五）项，责任单位：
//! 区住建局、区城管局。`): each problem so numbered among the note's
//! siblings, with no owners or deadline of its own, takes the note's. The
//! note is read as the text of the problem it follows.

use super::references::numbers_at;
use super::reports_by_number::label_number;
use crate::model::{Node, NodeKind};
use crate::text::{norm_chars, owners, starts_at};
use std::collections::HashMap;

/// Words a covering note opens with.
const COVERING: &[&str] = &["以上", "上述"];

/// Gives the problems each covering note names its owners and deadline.
pub(crate) fn apply(nodes: &mut [Node]) {
    let notes: Vec<(Vec<u32>, owners::Stated)> = nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Problem)
        .flat_map(|n| n.body.split("\n\n"))
        .filter_map(covering_note)
        .collect();
    if !notes.is_empty() {
        // Each number's problems, found once: a note looks up its own.
        let mut numbered: HashMap<u32, Vec<usize>> = HashMap::new();
        for (i, n) in nodes.iter().enumerate() {
            if let Some(k) = label_number(&n.label, false).filter(|_| n.kind == NodeKind::Problem) {
                numbered.entry(k).or_default().push(i);
            }
        }
        for (numbers, stated) in notes {
            for i in numbers.iter().filter_map(|k| numbered.get(k)).flatten() {
                let n = &mut nodes[*i];
                if n.owners.is_empty() {
                    n.owners = stated.owners.clone();
                }
                if n.deadline.is_none() {
                    n.deadline = stated.deadline.clone();
                }
            }
        }
    }
    for n in nodes.iter_mut() {
        apply(&mut n.children);
    }
}

/// Gives the problems of a notice numbered throughout (each number once)
/// the owners and deadline that clauses elsewhere give them by number, in
/// a section of their own or the closing (`三、责任分工和完成时限` ›
/// `第1、3、5项问题由质量安全股负责，整改时限为2025年6月底；第6至第9项问题
/// 由城建股负责，其中…第8、9项整改时限为2025年12月31日。`): each problem
/// without owners or a deadline of its own takes the first clause's that
/// names it.
pub(crate) fn apply_throughout(nodes: &mut [Node]) {
    let mut numbered: HashMap<u32, Vec<usize>> = HashMap::new();
    let mut twice = false;
    each_path(nodes, &mut Vec::new(), &mut |n, path| {
        if let Some(k) = label_number(&n.label, false).filter(|_| n.kind == NodeKind::Problem) {
            twice |= numbered.insert(k, path.to_vec()).is_some();
        }
    });
    if numbered.len() < 2 || twice {
        return;
    }
    let mut notes: Vec<(Vec<u32>, owners::Stated)> = Vec::new();
    each_path(nodes, &mut Vec::new(), &mut |n, _| {
        if !matches!(
            n.kind,
            NodeKind::Problem | NodeKind::LongTerm | NodeKind::Measure
        ) {
            notes.extend(n.body.split("\n\n").flat_map(numbered_notes));
        }
    });
    for (numbers, stated) in notes {
        for path in numbers.iter().filter_map(|k| numbered.get(k)) {
            let Some(n) = super::reports_by_number::node_at(nodes, path) else {
                continue;
            };
            if n.owners.is_empty() {
                n.owners = stated.owners.clone();
            }
            if n.deadline.is_none() {
                n.deadline = stated.deadline.clone();
            }
        }
    }
}

/// Every node with its path of child indices, in printed order.
fn each_path(nodes: &[Node], path: &mut Vec<usize>, visit: &mut impl FnMut(&Node, &[usize])) {
    for (i, n) in nodes.iter().enumerate() {
        path.push(i);
        visit(n, path);
        each_path(&n.children, path, visit);
        path.pop();
    }
}

/// The clauses of a paragraph that name problems by number and give their
/// owners or a deadline (`第1、3、5项问题由质量安全股负责，整改时限为2025年
/// 6月底`): the numbers and what the words after the reference state.
fn numbered_notes(paragraph: &str) -> Vec<(Vec<u32>, owners::Stated)> {
    super::reports_by_number::clauses(paragraph)
        .into_iter()
        .filter_map(|(numbers, clause)| {
            let n = norm_chars(&clause);
            let (_, end) = numbers_at(&n, 0)?;
            let end = end + if starts_at(&n, end, "问题") { 2 } else { 0 };
            let rest: String = clause.chars().skip(end).collect();
            let mut stated = owners::extract(&rest);
            if stated.deadline.is_none() {
                stated.deadline = owners::planned_deadline(&rest);
            }
            let says = !stated.owners.is_empty() || stated.deadline.is_some();
            (says && !numbers.is_empty()).then_some((numbers, stated))
        })
        .collect()
}

/// `以上第（一）至（三）项问题，责任单位：…`: the numbers it names and what
/// it states, when it states owners or a deadline.
fn covering_note(paragraph: &str) -> Option<(Vec<u32>, owners::Stated)> {
    let n = norm_chars(crate::text::trim(paragraph));
    let lead = COVERING.iter().find(|w| starts_at(&n, 0, w))?;
    let (numbers, _) = numbers_at(&n, lead.chars().count())?;
    let stated = owners::extract(paragraph);
    (!stated.owners.is_empty() || stated.deadline.is_some()).then_some((numbers, stated))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_names_a_range_or_a_list() {
        let (k, s) = covering_note(
            "以上第（一）至（三）项问题，责任单位：区财政局；整改时限：2025年10月底前。",
        )
        .unwrap();
        assert_eq!(k, [1, 2, 3]);
        assert_eq!(s.owners, ["区财政局"]);
        let (k, s) = covering_note("上述第（四）（五）项，责任单位：区住建局、区城管局。").unwrap();
        assert_eq!(k, [4, 5]);
        assert_eq!(s.owners, ["区住建局", "区城管局"]);
        assert!(covering_note("以上第（一）项问题已整改到位。").is_none());
        assert!(covering_note("第（一）项，责任单位：区财政局。").is_none());
    }
}
