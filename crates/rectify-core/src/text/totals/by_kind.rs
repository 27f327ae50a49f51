//! Totals counted kind by kind: `其中，立行立改问题3个，已全部完成整改；限期
//! 整改问题7个，已完成整改5个，正在整改2个；长期坚持问题2个，正在持续推进。`
//! Each kind of problem (as the notice sorts them) is counted, then its
//! parts or its one state; the report's parts are the sums over the kinds
//! (done 3 + 5, in progress 2, long-term 2). Read clause by clause, the
//! kinds' names would count as states beside their own parts
//! (`限期整改问题7个` as 7 in progress, and the 5 done of them lost).

use super::{
    clause_status, counts, has, has_kind_word, is_ws, says_all_done, slice, starts_at, Field,
};
use crate::model::StatedTotals;

/// The most characters of a kind's name (`立行立改`, `需长期坚持整改的`).
const MAX_NAME_CHARS: usize = 10;

/// Nouns a kind's name ends with next to its count.
const KIND_NOUNS: &[&str] = &["问题", "事项", "任务"];

/// The parts of a sentence that counts its problems kind by kind, in the
/// order done, in progress, long-term, not started; the unit; and the
/// sentence's text before the kinds (`共指出4个方面12个问题，`), which
/// may state their total. None unless two or more kinds are counted this
/// way and every clause with a count belongs to one.
///
/// The kinds are set apart by `；`, or, in a sentence without one, each
/// starts at a clause counting a kind by a name that is no state
/// (`立行立改问题5个，已全部完成整改，限期整改问题8个，已完成整改6个，…`;
/// `已完成整改问题6个` is a part of the kind before it).
pub(super) fn parts_by_kind(n: &[char]) -> Option<([u32; 4], char, &[char])> {
    let at = (0..n.len()).find(|&i| starts_at(n, i, "其中"));
    let (head, kinds) = match at {
        Some(i) => (&n[..i], &n[i + 2..]),
        None => n.split_at(first_kind(n)?),
    };
    let kinds = kinds.strip_suffix(&['。']).unwrap_or(kinds);
    let segments = if kinds.contains(&';') {
        kinds.split(|&c| c == ';').collect()
    } else {
        kinds_between_commas(kinds)?
    };
    let mut parts = [0u32; 4];
    let mut unit = None;
    let mut counted = 0;
    for segment in segments {
        if counts(segment).is_empty() {
            continue;
        }
        let (kind_parts, u) = kind_segment(segment)?;
        if *unit.get_or_insert(u) != u {
            return None;
        }
        for (p, k) in parts.iter_mut().zip(kind_parts) {
            *p = p.saturating_add(k);
        }
        counted += 1;
    }
    Some((parts, unit?, head)).filter(|_| counted >= 2)
}

/// The kinds of a list set apart by commas alone: each from a clause that
/// [`opens_kind`] to the next; None when a count comes before the first.
fn kinds_between_commas(kinds: &[char]) -> Option<Vec<&[char]>> {
    let mut starts = Vec::new();
    let mut at = 0;
    for clause in kinds.split(|&c| c == ',') {
        if opens_kind(clause) {
            starts.push(at);
        } else if starts.is_empty() && !counts(clause).is_empty() {
            return None;
        }
        at += clause.len() + 1;
    }
    let ends = starts.iter().skip(1).map(|&s| s - 1).chain([kinds.len()]);
    Some(
        starts
            .iter()
            .zip(ends)
            .map(|(&s, e)| &kinds[s..e])
            .collect(),
    )
}

/// The clause counts a kind of problem whose name states no state but a
/// lasting or dated kind (`立行立改问题5个`, `长期坚持问题3个`, `限期整改
/// 问题8个`; not `已完成整改问题6个` or `正在整改问题2个`).
fn opens_kind(clause: &[char]) -> bool {
    let Some(&(_, _, s, e)) = counts(clause).first() else {
        return false;
    };
    let Some(end) = kind_named(clause, s, e) else {
        return false;
    };
    match clause_status(&clause[..end]) {
        None | Some(Field::LongTerm) => true,
        Some(Field::InProgress) => has(&clause[..end], "限期"),
        Some(_) => false,
    }
}

/// Where the first kind's clause starts, in a sentence without `其中`
/// (`截至…，反馈的11个问题中，立行立改问题4个，…`: after the clauses that
/// date and count the whole), within its first clause group.
fn first_kind(n: &[char]) -> Option<usize> {
    let group = n.split(|&c| c == ';').next()?;
    let mut start = 0;
    for clause in group.split(|&c| c == ',') {
        let named = counts(clause)
            .first()
            .is_some_and(|&(_, _, s, e)| kind_named(clause, s, e).is_some());
        if named {
            return Some(start);
        }
        start += clause.len() + 1;
    }
    None
}

/// One kind's count and its parts (`限期整改问题7个,已完成整改5个,正在整改
/// 2个`), or its one state (`立行立改问题3个,已全部完成整改`), and unit.
fn kind_segment(segment: &[char]) -> Option<([u32; 4], char)> {
    let start = segment.iter().position(|&c| c != ',')?;
    let mut clauses = segment[start..].split(|&c| c == ',');
    let first = clauses.next()?;
    let found = counts(first);
    let &(count, unit, s, e) = found.first()?;
    let end = kind_named(first, s, e)?;
    // `3个立行立改问题已完成3个`: its parts may follow in its clause.
    let own = (found.len() > 1).then(|| &first[end..]);
    let rest: Vec<&[char]> = own.into_iter().chain(clauses).collect();
    let mut parts = [0u32; 4];
    for clause in &rest {
        let found = counts(clause);
        if found.is_empty() {
            continue;
        }
        // The clause's state, read once for all its counts.
        let slot = slot(clause_status(clause)?)?;
        for c in found {
            parts[slot] = parts[slot].saturating_add(c.0);
        }
    }
    if parts.iter().any(|&p| p > 0) {
        return (parts.iter().sum::<u32>() == count).then_some((parts, unit));
    }
    let state = if rest.iter().any(|c| says_all_done(c)) {
        Field::Done
    } else {
        let named = clause_status(first);
        named
            .filter(|f| *f == Field::LongTerm)
            .or_else(|| rest.iter().find_map(|c| clause_status(c)))
            .or(named)?
    };
    parts[slot(state)?] = count;
    Some((parts, unit))
}

/// The count at `s..e` of the clause is of a named kind of problem
/// (`立行立改问题3个`, `限期整改的7个问题`, `3个立行立改问题`; not `4个方面`
/// or a bare `12个`): where the kind's words end in the clause.
fn kind_named(clause: &[char], s: usize, e: usize) -> Option<usize> {
    if has_kind_word(clause, e) {
        return None;
    }
    let (before, after) = (&clause[..s], &clause[e..]);
    let noun_at = |t: &[char]| {
        (0..t.len()).find_map(|i| {
            KIND_NOUNS
                .iter()
                .find(|w| starts_at(t, i, w))
                .map(|w| (i, w.chars().count()))
        })
    };
    let (name_chars, end) = match (noun_at(before), noun_at(after)) {
        // `立行立改问题3个`
        (Some((i, k)), _) if i + k == before.len() => (i, e),
        // `限期整改的7个问题`, `限期整改的7个问题中已整改5个`
        (None, Some((0, k))) => (before.len(), e + k),
        // `3个立行立改问题`, `3个立行立改问题已完成3个`
        (None, Some((i, k))) if before.is_empty() => (i, e + i + k),
        _ => return None,
    };
    // `反馈的11个问题中`, `共指出12个问题`: the whole, not a kind of it.
    let name = if s > 0 { before } else { &after[..name_chars] };
    // (`共性问题` is a kind: the problems many units share.)
    let whole = SCOPE_WORDS.iter().any(|w| has(name, w)) && !has(name, "共性");
    ((1..=MAX_NAME_CHARS).contains(&name_chars) && !whole).then_some(end)
}

/// Words that count the whole (who found the problems, `共`), not a kind.
const SCOPE_WORDS: &[&str] = &[
    "共", "反馈", "指出", "发现", "查出", "反映", "巡察", "巡视", "审计",
];

/// Where a state's count goes in the parts.
fn slot(field: Field) -> Option<usize> {
    match field {
        Field::Done => Some(0),
        Field::InProgress => Some(1),
        Field::LongTerm => Some(2),
        Field::NotStarted => Some(3),
        Field::Total | Field::Measures => None,
    }
}

/// The totals of a sentence that counts its problems kind by kind
/// ([`parts_by_kind`]): the kinds' parts, and the total stated before
/// them (none when the sentence states none: an earlier one may).
pub(super) fn totals_by_kind(orig: &[char], n: &[char]) -> Option<(StatedTotals, usize)> {
    let (parts, unit, head) = parts_by_kind(n)?;
    let total = (!head.is_empty())
        .then(|| super::counts_in_sentence(&orig[..head.len()], head))
        .flatten()
        .and_then(|(t, _)| t.total);
    let [done, in_progress, long_term, not_started] = parts.map(|p| (p > 0).then_some(p));
    let t = StatedTotals {
        total,
        done,
        in_progress,
        long_term,
        not_started,
        unit: Some(unit.to_string()),
        text: slice(orig, 0, orig.len()).trim_matches(is_ws).to_string(),
        ..StatedTotals::default()
    };
    let found = [total, done, in_progress, long_term, not_started]
        .iter()
        .flatten()
        .count();
    Some((t, found))
}

#[cfg(test)]
mod tests {
    use super::super::find;

    fn parts(s: &str) -> (Option<u32>, Option<u32>, Option<u32>, Option<u32>) {
        let t = find(&[(1, s)]).expect("totals");
        (t.total, t.done, t.in_progress, t.long_term)
    }

    #[test]
    fn kinds_counted_with_their_parts_add_up() {
        let s = "共指出4个方面12个问题，其中，立行立改问题3个，已全部完成整改；限期整改问题7个，\
                 已完成整改5个，正在整改2个；长期坚持问题2个，正在持续推进。";
        assert_eq!(parts(s), (Some(12), Some(8), Some(2), Some(2)));
        // The total in a sentence of its own before the kinds.
        let s = "共指出问题12个。其中，立行立改问题3个，已全部完成整改；限期整改问题7个，\
                 已完成整改5个，正在整改2个；长期坚持问题2个，正在持续推进。";
        assert_eq!(parts(s), (Some(12), Some(8), Some(2), Some(2)));
        // Counts first, names after (`3个立行立改问题`), parts counted.
        let s = "反馈问题10个，其中3个立行立改问题已完成3个；限期整改的7个问题，已完成4个，正在整改3个。";
        assert_eq!(parts(s), (Some(10), Some(7), Some(3), None));
        let s = "反馈问题10个，其中立行立改的3个问题已完成3个；限期整改的7个问题中已完成4个，正在整改3个。";
        assert_eq!(parts(s), (Some(10), Some(7), Some(3), None));
        // Without `其中`: the kinds after the clauses counting the whole.
        let s = "截至2025年11月10日，反馈的11个问题中，立行立改问题4个，已全部整改到位；\
                 限期整改问题6个，已整改到位4个，正在整改2个；长期坚持问题1个，持续推进中。";
        assert_eq!(parts(s), (Some(11), Some(8), Some(2), Some(1)));
        // A kind counted among, after a comma.
        let s = "共有问题9个，其中立行立改问题3个，已全部整改到位；限期整改的6个问题中，已整改到位4个，正在整改2个。";
        assert_eq!(parts(s), (Some(9), Some(7), Some(2), None));
    }

    #[test]
    fn kinds_set_apart_by_commas_alone_add_up() {
        let s =
            "截至2025年11月30日，巡察反馈的3个方面16个问题，其中立行立改问题5个，已全部完成整改，\
                 限期整改问题8个，已完成整改6个，正在整改2个，长期坚持问题3个，正在持续推进。";
        assert_eq!(parts(s), (Some(16), Some(11), Some(2), Some(3)));
        // Kinds named by what they are about, each with its parts.
        let s = "共反馈问题16个，其中，共性问题5个，已完成3个，正在整改2个，个性问题11个，已完成8个，正在整改3个。";
        assert_eq!(parts(s), (Some(16), Some(11), Some(5), None));
        // A count named by its state is a part of the kind before it.
        let s = "共反馈问题14个，其中立行立改问题4个，已全部整改到位，限期整改问题10个，\
                 已完成整改问题7个，正在整改问题3个。";
        assert_eq!(parts(s), (Some(14), Some(11), Some(3), None));
    }

    #[test]
    fn counts_named_by_their_states_are_no_kinds() {
        // The later counts make the first one's number: still states.
        let s = "共反馈问题10个，其中整改完成问题5个，正在整改问题2个，长期坚持问题3个。";
        assert_eq!(parts(s), (Some(10), Some(5), Some(2), Some(3)));
        // Kinds without their states: nothing to add up.
        use super::parts_by_kind;
        use crate::text::norm_chars;
        let s = "其中，立行立改问题5个，限期整改问题8个，长期坚持问题3个。";
        assert!(parts_by_kind(&norm_chars(s)).is_none());
    }

    #[test]
    fn one_kind_or_parts_that_do_not_add_up_are_read_clause_by_clause() {
        use super::parts_by_kind;
        use crate::text::norm_chars;
        // One kind only.
        assert!(parts_by_kind(&norm_chars(
            "其中，限期整改问题7个，已完成整改5个，正在整改2个。"
        ))
        .is_none());
        // A kind's parts that do not make its count.
        let s = "其中，立行立改问题3个，已完成2个；限期整改问题7个，已完成整改5个，正在整改1个。";
        assert!(parts_by_kind(&norm_chars(s)).is_none());
        // Counts of aspects are no kinds of problem.
        let s = "其中，第一方面4个，已完成4个；第二方面3个，已完成2个，正在整改1个。";
        assert!(parts_by_kind(&norm_chars(s)).is_none());
    }
}
