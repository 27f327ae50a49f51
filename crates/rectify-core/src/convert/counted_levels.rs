//! Problems read one numbering level off, set right by the count the
//! notice states. `巡视反馈的3个方面7个具体问题` over `1.关于“…”问题` ›
//! `（1）…不够。` › `①…`: the titles make the `1.` headings look like
//! problems, but the notice counts 7, and 7 is what the `（1）` level
//! holds. Where the problems found differ from the stated total and the
//! level right above or below them holds exactly that many headings (and
//! no other level does), that level is read as the problems, the levels
//! above it as areas and the level below as measures — as an editor would
//! choose them (`levels::apply`). The notice is converted again with that
//! choice, which is kept only when the count then agrees; a warning says
//! so, for review.

use super::levels::{Level, LevelKind, Numbering};
use super::{Conversion, Warning};
use crate::model::{Node, NodeKind};
use crate::text::numerals;

/// The fewest problems a stated total must count to move levels by.
const MIN_TOTAL: usize = 2;

/// The problems and long-term items listed.
pub(crate) fn listed(nodes: &[Node]) -> usize {
    nodes
        .iter()
        .map(|n| {
            usize::from(matches!(n.kind, NodeKind::Problem | NodeKind::LongTerm))
                + listed(&n.children)
        })
        .sum()
}

/// The stated total of problems, when the problems listed differ from it.
fn differing_total(c: &Conversion) -> Option<usize> {
    let total = c.report.stated_totals.as_ref()?.total?;
    let total = usize::try_from(total).ok()?;
    (total >= MIN_TOTAL && listed(&c.report.nodes) != total).then_some(total)
}

/// The editor's choice that reads as problems the one level next to the
/// problems' own that holds as many headings as the stated total.
/// With no problems read at all, any one level that holds that many.
/// Problems read a level too high become areas only when the sentence
/// counts the areas too, as many as there are (`3个方面7个具体问题`), or
/// when the level below is read as problems in places already: a notice
/// listing some problems, each with its measures, may count all its
/// problems, as many as its measures by chance.
pub(crate) fn choices(c: &Conversion) -> Option<Vec<LevelKind>> {
    let total = differing_total(c)?;
    let levels = &c.levels;
    let holds = |i: usize| levels.get(i).is_some_and(|l| l.count as usize == total);
    let at = match levels.iter().position(|l| l.kind == NodeKind::Problem) {
        Some(own) => {
            let areas = c
                .report
                .stated_totals
                .as_ref()
                .and_then(|t| kinds_counted(&t.text));
            // Or the level below is read as problems in places already
            // (`1.…类问题` over one `（1）…` read as a problem, over two as a
            // category): the count settles which of the two it is.
            let below_read_so = levels
                .get(own + 1)
                .is_some_and(|l| l.kind == NodeKind::Problem);
            let down = Some(own + 1).filter(|_| areas == Some(levels[own].count) || below_read_so);
            // The problems' own level holds that many, some read as
            // something else (`1.…不够有力` over one `（1）…` read as a
            // problem with its measure): all of it.
            [Some(own), own.checked_sub(1), down]
                .into_iter()
                .flatten()
                .find(|&i| holds(i))?
        }
        None => (0..levels.len()).find(|&i| holds(i))?,
    };
    let unique = (0..levels.len()).all(|i| i == at || !holds(i));
    unique.then(|| kinds_around(levels, at))
}

/// Words after a count that make it a count of areas (`3个方面`).
const AREA_WORDS: &[&str] = &["方面", "大类", "类", "领域", "板块"];

/// The count of areas a sentence states (`巡视反馈的3个方面7个具体问题`,
/// `三方面`), if any.
fn kinds_counted(text: &str) -> Option<u32> {
    let n: Vec<char> = text.chars().collect();
    AREA_WORDS.iter().find_map(|w| {
        let w: Vec<char> = w.chars().collect();
        (0..n.len()).find_map(|at| {
            if !n[at..].starts_with(&w) {
                return None;
            }
            let end = if at > 0 && n[at - 1] == '个' {
                at - 1
            } else {
                at
            };
            let start = (0..end)
                .rev()
                .take_while(|&i| n[i].is_ascii_digit() || numerals::is_cn_numeral(n[i]))
                .last()?;
            let digits = &n[start..end];
            numerals::ascii_number(digits).or_else(|| numerals::cn_number(digits))
        })
    })
}

/// Sections stay, areas above the problems' level, measures right below.
fn kinds_around(levels: &[Level], at: usize) -> Vec<LevelKind> {
    let sections = levels[..at]
        .iter()
        .take_while(|l| {
            l.depth == 0 && matches!(l.numbering, Numbering::ChineseDun | Numbering::Part)
        })
        .count();
    let above = levels[..at].iter().enumerate().map(|(i, l)| {
        let kind = match l.kind {
            _ if i < sections => NodeKind::Section,
            NodeKind::FocusArea | NodeKind::Category => l.kind,
            _ if i == sections => NodeKind::FocusArea,
            _ => NodeKind::Category,
        };
        LevelKind {
            numbering: l.numbering,
            kind,
        }
    });
    let own = std::iter::once(LevelKind {
        numbering: levels[at].numbering,
        kind: NodeKind::Problem,
    });
    let below = levels.get(at + 1).map(|l| LevelKind {
        numbering: l.numbering,
        kind: NodeKind::Measure,
    });
    above.chain(own).chain(below).collect()
}

/// The second reading, when its problems are as many as the notice states,
/// with a warning naming the level now read as problems.
pub(crate) fn settle(second: Conversion) -> Option<Conversion> {
    let totals = second.report.stated_totals.as_ref()?;
    let total = usize::try_from(totals.total?).ok()?;
    if listed(&second.report.nodes) != total {
        return None;
    }
    let level = second.levels.iter().find(|l| l.kind == NodeKind::Problem)?;
    let warning = Warning {
        line: totals.source_line.unwrap_or(1),
        column: 1,
        message: format!(
            "通报所述问题数（{total}个）与“{}”一级的条数相符，已将该级读作问题，请核对",
            level.example
        ),
    };
    let mut second = second;
    second.warnings.push(warning);
    second.warnings.sort_by_key(|w| (w.line, w.column));
    Some(second)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn areas_counted_in_a_summary() {
        assert_eq!(
            kinds_counted("巡视反馈的3个方面7个具体问题，已完成整改4个"),
            Some(3)
        );
        assert_eq!(kinds_counted("反馈三方面问题12个"), Some(3));
        assert_eq!(kinds_counted("共反馈问题12个，已完成整改10个"), None);
        assert_eq!(kinds_counted("在各方面问题中"), None);
    }
}
