use proptest::prelude::*;

use super::*;
use crate::model::{Node, NodeKind, Report, Status};

fn report(problems: &[(&str, &str)]) -> Report {
    let mut r = Report::new("T");
    for (i, (id, title)) in problems.iter().enumerate() {
        let mut n = Node::new(*id, NodeKind::Problem, *title);
        n.label = format!("({})", i + 1);
        n.status = Some(Status::InProgress);
        r.nodes.push(n);
    }
    r
}

fn matching(old: &Report, new: &Report) -> Matching {
    match_problems(&problems(old), &problems(new))
}

#[test]
fn renumbered_and_reworded_problems_match_by_title() {
    let old = report(&[
        ("p1", "落实意识形态工作责任制不到位"),
        ("p2", "村级集体资产管理不规范"),
        ("p3", "惠民资金公示不及时"),
    ]);
    let new = report(&[
        ("p1", "惠民资金公示不及时"),
        ("p2", "落实意识形态工作责任制仍不到位"),
        ("p3", "基层党组织标准化建设有短板"),
    ]);
    let m = matching(&old, &new);
    let pairs: Vec<(usize, usize, MatchBasis)> =
        m.pairs.iter().map(|p| (p.old, p.new, p.basis)).collect();
    assert_eq!(
        pairs,
        [(2, 0, MatchBasis::Title), (0, 1, MatchBasis::Similarity)]
    );
    assert_eq!(m.added, [2]);
    assert_eq!(m.removed, [1]);
}

#[test]
fn a_split_is_reported_as_such() {
    let old = report(&[("p1", "干部教育培训针对性不强、年轻干部培养选拔力度不够")]);
    let new = report(&[
        ("p1", "干部教育培训针对性不强"),
        ("p2", "年轻干部培养选拔力度不够"),
    ]);
    let m = matching(&old, &new);
    assert_eq!(m.split.len(), 1, "{m:?}");
    assert_eq!(m.split[0].new, [0, 1]);
    assert!(m.pairs.is_empty() && m.added.is_empty() && m.removed.is_empty());
    // And the other way round, a merge.
    let m = matching(&new, &old);
    assert_eq!(m.merged.len(), 1, "{m:?}");
    assert_eq!(m.merged[0].old, [0, 1]);
}

#[test]
fn unrelated_problems_are_added_and_removed_not_guessed() {
    let old = report(&[("p1", "村级集体资产管理不规范")]);
    let new = report(&[("p1", "意识形态工作责任制落实不到位")]);
    let m = matching(&old, &new);
    assert!(m.pairs.is_empty(), "{m:?}");
    assert_eq!(
        (m.added.as_slice(), m.removed.as_slice()),
        (&[0][..], &[0][..])
    );
}

#[test]
fn a_large_report_matched_with_a_renumbered_copy_is_fast() {
    let old = crate::sample::generate(10_000, 8);
    let mut new = old.clone();
    for area in &mut new.nodes[0].children {
        for p in &mut area.children {
            p.id.push('x');
        }
    }
    let (o, n) = (problems(&old), problems(&new));
    let start = std::time::Instant::now();
    let m = match_problems(&o, &n);
    assert_eq!(m.pairs.len(), 10_000);
    // Generous for unoptimised test builds; release takes milliseconds.
    assert!(start.elapsed().as_secs_f64() < 5.0, "{:?}", start.elapsed());
}

fn title() -> impl Strategy<Value = String> {
    // Distinct enough titles: 6 to 14 characters from a wide CJK range.
    proptest::collection::vec(0x4E00u32..0x9FA5, 6..14)
        .prop_map(|cs| cs.into_iter().filter_map(char::from_u32).collect())
}

proptest! {
    #[test]
    fn a_report_matches_itself_entirely_with_confidence_1(
        titles in proptest::collection::vec(title(), 0..30)
    ) {
        let list: Vec<(String, String)> =
            titles.iter().enumerate().map(|(i, t)| (format!("p{i}"), t.clone())).collect();
        let refs: Vec<(&str, &str)> = list.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        let r = report(&refs);
        let m = matching(&r, &r);
        prop_assert_eq!(m.pairs.len(), titles.len());
        prop_assert!(m.pairs.iter().all(|p| p.old == p.new && p.confidence == 1.0));
        prop_assert!(m.added.is_empty() && m.removed.is_empty());
    }

    #[test]
    fn permuted_ids_still_match_by_title(
        titles in proptest::collection::hash_set(title(), 1..30),
        seed in any::<u64>(),
    ) {
        let titles: Vec<String> = titles.into_iter().collect();
        let n = titles.len();
        let ids: Vec<String> = (0..n).map(|i| format!("p{i}")).collect();
        let mut permuted = ids.clone();
        // A deterministic shuffle from the seed.
        let mut s = seed;
        for i in (1..n).rev() {
            s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            permuted.swap(i, (s >> 33) as usize % (i + 1));
        }
        let old: Vec<(&str, &str)> = (0..n).map(|i| (ids[i].as_str(), titles[i].as_str())).collect();
        let new: Vec<(&str, &str)> = (0..n).map(|i| (permuted[i].as_str(), titles[i].as_str())).collect();
        let m = matching(&report(&old), &report(&new));
        let exact = |p: &Pair| p.old == p.new;
        prop_assert_eq!(m.pairs.len(), n, "{:?}", m);
        prop_assert!(m.pairs.iter().all(exact), "{:?}", m);
    }
}

#[test]
fn the_same_label_in_the_same_area_matches_a_loosely_reworded_problem() {
    // Titles only a third alike: not enough on their own, enough at the
    // same printed place.
    let old = report(&[
        ("a1-p3", "公务接待管理不规范"),
        ("a1-p4", "村级集体资产管理不规范"),
    ]);
    let new = report(&[
        ("b1-p3", "公务接待标准执行不严格"),
        ("b1-p4", "村级集体资产管理不规范"),
    ]);
    let m = matching(&old, &new);
    let bases: Vec<(usize, usize, MatchBasis)> =
        m.pairs.iter().map(|p| (p.old, p.new, p.basis)).collect();
    assert_eq!(
        bases,
        [(0, 0, MatchBasis::LabelArea), (1, 1, MatchBasis::Title)]
    );
    // At another place, the same two titles stay apart.
    let mut moved = new.clone();
    moved.nodes[0].label = "(9)".into();
    let m = matching(&old, &moved);
    assert_eq!(
        (m.added.as_slice(), m.removed.as_slice()),
        (&[0][..], &[0][..])
    );
}

/// Every problem of both sides lands in exactly one place.
fn assert_partition(m: &Matching, old: usize, new: usize) -> Result<(), TestCaseError> {
    let mut olds: Vec<usize> = m.pairs.iter().map(|p| p.old).collect();
    let mut news: Vec<usize> = m.pairs.iter().map(|p| p.new).collect();
    olds.extend(m.removed.iter().copied());
    news.extend(m.added.iter().copied());
    for g in &m.merged {
        olds.extend(g.old.iter().copied());
        news.push(g.new);
    }
    for g in &m.split {
        olds.push(g.old);
        news.extend(g.new.iter().copied());
    }
    olds.sort_unstable();
    news.sort_unstable();
    prop_assert_eq!(olds, (0..old).collect::<Vec<_>>());
    prop_assert_eq!(news, (0..new).collect::<Vec<_>>());
    Ok(())
}

fn numbered(titles: &[String], prefix: &str) -> Report {
    let list: Vec<(String, &str)> = titles
        .iter()
        .enumerate()
        .map(|(i, t)| (format!("{prefix}{i}"), t.as_str()))
        .collect();
    let refs: Vec<(&str, &str)> = list.iter().map(|(a, b)| (a.as_str(), *b)).collect();
    report(&refs)
}

proptest! {
    #[test]
    fn edited_reports_partition_every_problem(
        titles in proptest::collection::vec(title(), 1..25),
        edits in proptest::collection::vec((0usize..4, any::<u16>()), 1..25),
    ) {
        // The new report: each old title kept, reworded (a character
        // changed), cut in two, or dropped.
        let mut new_titles = Vec::new();
        let mut kept = Vec::new();
        for (i, t) in titles.iter().enumerate() {
            let chars: Vec<char> = t.chars().collect();
            let (edit, at) = edits[i % edits.len()];
            let at = usize::from(at) % chars.len();
            match edit {
                0 => {
                    kept.push((i, new_titles.len()));
                    new_titles.push(t.clone());
                }
                1 => {
                    let mut c = chars.clone();
                    c[at] = '改';
                    new_titles.push(c.into_iter().collect());
                }
                2 => {
                    let (a, b) = chars.split_at(chars.len() / 2);
                    new_titles.push(a.iter().collect());
                    new_titles.push(b.iter().collect());
                }
                _ => {}
            }
        }
        let (old, new) = (numbered(&titles, "p"), numbered(&new_titles, "q"));
        let m = matching(&old, &new);
        assert_partition(&m, titles.len(), new_titles.len())?;
        for (o, n) in kept {
            prop_assert!(m.pairs.iter().any(|p| p.old == o && p.new == n), "{o}→{n}: {m:?}");
        }
        prop_assert!(m.pairs.iter().all(|p| (0.0..=1.0).contains(&p.confidence)));
    }

    #[test]
    fn unrelated_reports_match_nothing(
        old in proptest::collection::vec(proptest::collection::vec(0x4E00u32..0x5E00, 6..12), 1..20),
        new in proptest::collection::vec(proptest::collection::vec(0x6000u32..0x7000, 6..12), 1..20),
    ) {
        let text = |cs: &Vec<u32>| cs.iter().filter_map(|&c| char::from_u32(c)).collect::<String>();
        let old: Vec<String> = old.iter().map(text).collect();
        let new: Vec<String> = new.iter().map(text).collect();
        let m = matching(&numbered(&old, "p"), &numbered(&new, "p"));
        prop_assert!(m.pairs.is_empty() && m.merged.is_empty() && m.split.is_empty(), "{:?}", m);
        prop_assert_eq!(m.added.len(), new.len());
        prop_assert_eq!(m.removed.len(), old.len());
    }
}
