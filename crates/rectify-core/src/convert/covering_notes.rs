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
