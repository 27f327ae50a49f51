//! The converter on further invented notices of shapes real notices take
//! (issue 8): an audit report whose problems are `1.` items under
//! `（一）…方面` groups with `整改情况：` paragraphs, a notice with full-width
//! digits and mixed `(1)`/`（1）`/`①` labels under a section whose title
//! carries a plan word (`决策部署`), a university notice whose problems end
//! with a bare statement of their state after the measures, a totals
//! sentence after a section subtotal, a portal page with footer chrome and
//! a 督查 bulletin with a table. Every one is checked for lost text.

mod common;

use rectify_core::convert::{convert_notice, Conversion, ConvertOptions};
use rectify_core::load;
use rectify_core::model::{NodeKind, Report, Status, StatusBasis};

macro_rules! sample {
    ($name:literal) => {
        (
            $name,
            include_str!(concat!("../../../data/samples/notices/", $name, ".txt")),
        )
    };
}

const SAMPLES: &[(&str, &str)] = &[
    sample!("audit-rectification-amounts"),
    sample!("fullwidth-mixed-labels"),
    sample!("university-nested-measures"),
    sample!("totals-after-subtotal"),
    sample!("portal-footer-chrome"),
    sample!("supervision-table-items"),
];

fn convert(name: &str) -> Conversion {
    let text = SAMPLES.iter().find(|(n, _)| *n == name).unwrap().1;
    convert_notice(text, &ConvertOptions::default())
}

/// (title, status, basis, phrase) of every problem, in order.
fn problems(r: &Report) -> Vec<(String, Status, StatusBasis, String)> {
    r.walk()
        .filter(|n| n.kind == NodeKind::Problem)
        .map(|n| {
            let e = n.status_evidence.as_ref().unwrap();
            let phrase = e.phrase.clone().unwrap_or_default();
            (n.title.clone(), n.status.unwrap(), e.basis, phrase)
        })
        .collect()
}

fn kinds_of_section(r: &Report, label: &str) -> Vec<NodeKind> {
    let s = r.nodes.iter().find(|n| n.label == label).unwrap();
    s.children.iter().map(|c| c.kind).collect()
}

#[test]
fn every_sample_accounts_for_every_character_and_loads() {
    for (name, text) in SAMPLES.iter().copied() {
        let c = convert_notice(text, &ConvertOptions::default());
        let checked = common::assert_accounted(text, &c.report);
        assert!(checked >= 4, "{name}: only {checked} sentences");
        let json = serde_json::to_string(&c.report).unwrap();
        let back = load::from_json_str(&json).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert_eq!(back, c.report, "{name}");
    }
}

#[test]
fn audit_items_under_groups_with_reports_are_the_problems() {
    let r = convert("audit-rectification-amounts").report;
    let p = problems(&r);
    assert_eq!(p.len(), 5, "{p:?}");
    assert!(p[0].0.starts_with("县住房和城乡建设局"));
    assert_eq!(kinds_of_section(&r, "二、"), vec![NodeKind::FocusArea; 3]);
    let statuses: Vec<Status> = p.iter().map(|x| x.1).collect();
    use Status::*;
    assert_eq!(statuses, vec![Done, Done, InProgress, Done, NotStarted]);
    // `……，目前尚未整改。` concludes the report: stated, with that clause;
    // `……，整改到位。` concludes the others: stated done.
    assert_eq!(
        (p[4].2, p[4].3.as_str()),
        (StatusBasis::Stated, "目前尚未整改")
    );
    for i in [0, 1, 3] {
        assert_eq!(
            (p[i].2, p[i].3.as_str()),
            (StatusBasis::Stated, "整改到位"),
            "{i}"
        );
    }
    let st = r.stated_totals.as_ref().unwrap();
    assert_eq!((st.total, st.done), (Some(5), Some(3)));
}

#[test]
fn a_plan_word_in_a_section_title_does_not_hide_its_problems() {
    let r = convert("fullwidth-mixed-labels").report;
    assert_eq!(kinds_of_section(&r, "一、"), vec![NodeKind::Problem; 2]);
    let p = problems(&r);
    assert_eq!(p.len(), 5, "{p:?}");
    assert_eq!(p.iter().filter(|x| x.1 == Status::Done).count(), 4);
    // Each problem ends with `该问题已完成整改。` / `该问题正在整改中。`.
    assert!(p.iter().all(|x| x.2 == StatusBasis::Stated), "{p:?}");
    let st = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (st.total, st.done, st.in_progress),
        (Some(5), Some(4), Some(1))
    );
}

#[test]
fn a_problems_closing_statement_of_state_is_its_stated_status() {
    let r = convert("university-nested-measures").report;
    let p = problems(&r);
    let got: Vec<(Status, StatusBasis)> = p.iter().map(|x| (x.1, x.2)).collect();
    use Status::*;
    use StatusBasis::Stated;
    // Problem 1 states `已完成整改` after its measures; problem 2 states
    // `已基本完成整改` (not yet complete, as in ledgers), though its last
    // measure says `下一步，将继续…`; problem 4 states `正在持续整改中`.
    assert_eq!(
        got,
        vec![
            (Done, Stated),
            (InProgress, Stated),
            (Done, Stated),
            (InProgress, Stated)
        ]
    );
    assert_eq!(p[1].3, "基本完成");
    // `基本完成整改1个` in the totals is in progress too.
    let st = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (st.total, st.done, st.in_progress),
        (Some(4), Some(2), Some(1))
    );
    // The state sentence is the problem's, not its last measure's.
    let last_measure = r
        .walk()
        .find(|n| n.kind == NodeKind::Measure && n.title.starts_with("提升教学能力"))
        .unwrap();
    assert!(
        !last_measure.body.contains("该问题"),
        "{}",
        last_measure.body
    );
    // The plan section keeps its items, though it speaks of `已完成整改的问题`.
    assert_eq!(kinds_of_section(&r, "三、"), vec![NodeKind::Item; 3]);
}

#[test]
fn the_report_wide_sentence_after_a_subtotal_is_the_total() {
    let r = convert("totals-after-subtotal").report;
    assert_eq!(problems(&r).len(), 5);
    let st = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (st.total, st.done, st.in_progress),
        (Some(5), Some(3), Some(2))
    );
}

#[test]
fn portal_chrome_above_and_below_is_not_the_title() {
    let c = convert("portal-footer-chrome");
    assert_eq!(
        c.report.meta.title,
        "中共柳川县市场监督管理局党组关于县委第二轮巡察整改进展情况的通报"
    );
    assert_eq!(problems(&c.report).len(), 3);
    // The invitation to oversee is the closing, and the link list and
    // footer under the signature are page chrome, not problem 三's text.
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
    let last = c
        .report
        .walk()
        .filter(|n| n.kind == NodeKind::Problem)
        .last()
        .unwrap();
    assert!(!last.body.contains("欢迎"), "{}", last.body);
    assert!(!last.body.contains("版权所有"), "{}", last.body);
    let skipped: Vec<u32> = c.report.skipped.iter().map(|s| s.line).collect();
    for line in [15, 16, 22, 23, 24, 25, 26, 27] {
        assert!(
            skipped.contains(&line),
            "line {line} not skipped: {skipped:?}"
        );
    }
}

#[test]
fn a_bulletins_table_rows_are_its_items_with_their_state_cells() {
    let c = convert("supervision-table-items");
    let r = &c.report;
    let p = problems(r);
    assert_eq!(p.len(), 6, "{p:?}");
    use Status::*;
    let statuses: Vec<Status> = p.iter().map(|x| x.1).collect();
    // Row 3's state cell says `正在办理`, though its detail reports a result.
    assert_eq!(
        statuses,
        vec![Done, Done, InProgress, InProgress, Done, Done]
    );
    assert!(p.iter().all(|x| x.2 == StatusBasis::Stated), "{p:?}");
    // The issuer printed under the title and again above the date.
    assert_eq!(r.meta.issuer.as_deref(), Some("河湾市人民政府督查室"));
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
    let st = r.stated_totals.as_ref().unwrap();
    assert_eq!(
        (st.total, st.done, st.in_progress),
        (Some(6), Some(4), Some(2))
    );
}
