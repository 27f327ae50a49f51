use super::*;
use crate::convert::{describe_levels, LevelKind, Numbering};
use crate::model::{Node, NodeKind, Status, StatusBasis};
use crate::stats::Summary;

const NOTICE: &str = include_str!("../../../../data/source/zhongshan-finance-2025-09.txt");
const SUBTOTALS: &str = include_str!("../../../../data/samples/notices/audit-subtotals.txt");

fn opts() -> ConvertOptions {
    ConvertOptions {
        source_name: Some("zhongshan-finance-2025-09.txt".into()),
        ..ConvertOptions::default()
    }
}

fn reviewed(text: &str, choices: &ReviewChoices) -> Conversion {
    review_notice(text, &opts(), choices).unwrap_or_else(|e| panic!("review applies: {e:?}"))
}

fn problem_labelled<'a>(report: &'a Report, label: &str) -> &'a Node {
    report
        .walk()
        .find(|n| n.kind == NodeKind::Problem && n.label.trim() == label)
        .expect("problem")
}

#[test]
fn detects_the_levels_of_the_problem_part() {
    let c = reviewed(NOTICE, &ReviewChoices::default());
    let numbering: Vec<Numbering> = c.levels.iter().map(|l| l.numbering).collect();
    assert_eq!(
        numbering,
        [
            Numbering::ChineseDun,
            Numbering::ParenChinese,
            Numbering::Arabic,
            Numbering::ParenArabic,
            Numbering::Shi
        ]
    );
    let kinds: Vec<NodeKind> = c.levels.iter().map(|l| l.kind).collect();
    assert_eq!(
        kinds,
        [
            NodeKind::Section,
            NodeKind::FocusArea,
            NodeKind::Category,
            NodeKind::Problem,
            NodeKind::Measure
        ]
    );
    assert_eq!(describe_levels(&c.levels).matches(" → ").count(), 4);
}

#[test]
fn a_level_chosen_as_problems_rederives_the_tree() {
    let before = reviewed(NOTICE, &ReviewChoices::default());
    let categories = before
        .report
        .walk()
        .filter(|n| n.kind == NodeKind::Category)
        .count();
    let choices = ReviewChoices {
        levels: vec![
            LevelKind {
                numbering: Numbering::Arabic,
                kind: NodeKind::Problem,
            },
            LevelKind {
                numbering: Numbering::ParenArabic,
                kind: NodeKind::Measure,
            },
        ],
        ..ReviewChoices::default()
    };
    let after = reviewed(NOTICE, &choices);
    let summary = Summary::of(&after.report);
    assert_eq!(summary.problems.total(), categories);
    // No problem holds a problem; measures of measures are items.
    for p in after.report.walk().filter(|n| n.kind == NodeKind::Problem) {
        assert!(p.walk().skip(1).all(|n| n.kind != NodeKind::Problem));
        for m in &p.children {
            assert_eq!(m.kind, NodeKind::Measure);
            assert!(m.children.iter().all(|c| c.kind == NodeKind::Item));
        }
    }
    // The long-term part and the other parts are not in the scope.
    let long_term = |r: &Report| r.walk().filter(|n| n.kind == NodeKind::LongTerm).count();
    assert_eq!(long_term(&after.report), long_term(&before.report));
    assert!(after
        .levels
        .iter()
        .any(|l| l.numbering == Numbering::Arabic && l.kind == NodeKind::Problem));
}

#[test]
fn a_notice_without_recognised_problems_gets_them_from_a_level() {
    let text = "某局关于整改情况的通报\n一、工作开展\n（一）制度建设方面\n1.修订制度\n2.开展培训\n（二）队伍建设方面\n1.选配干部\n";
    let plain = reviewed(text, &ReviewChoices::default());
    assert_eq!(Summary::of(&plain.report).problems.total(), 0);
    let choices = ReviewChoices {
        levels: vec![LevelKind {
            numbering: Numbering::ParenChinese,
            kind: NodeKind::Problem,
        }],
        ..ReviewChoices::default()
    };
    let after = reviewed(text, &choices);
    assert_eq!(Summary::of(&after.report).problems.total(), 2);
}

fn status_edit(id: &str, status: Status, reason: &str) -> NodeEdit {
    NodeEdit {
        status: Some(StatusEdit {
            status,
            reason: reason.into(),
        }),
        ..NodeEdit::new(id)
    }
}

#[test]
fn an_edited_status_is_the_editors_with_the_reason() {
    let plain = reviewed(NOTICE, &ReviewChoices::default());
    let p14 = problem_labelled(&plain.report, "(14)").id.clone();
    let p13 = problem_labelled(&plain.report, "(13)");
    assert_eq!(p13.status, Some(Status::InProgress));
    let p13 = p13.id.clone();
    let choices = ReviewChoices {
        edits: vec![
            status_edit(&p14, Status::Done, "协会已成立，部门确认完成"),
            status_edit(&p13, Status::Done, "部门书面确认"),
            NodeEdit {
                owners: Some(vec!["市财政局".into(), " ".into()]),
                completed_on: Some("2025-05-31".into()),
                ..NodeEdit::new(&p14)
            },
        ],
        ..ReviewChoices::default()
    };
    let after = reviewed(NOTICE, &choices);
    let n = problem_labelled(&after.report, "(14)");
    let e = n.status_evidence.as_ref().expect("evidence");
    assert_eq!(e.basis, StatusBasis::Editor);
    assert_eq!(e.rule, "协会已成立，部门确认完成");
    assert_eq!(e.phrase, None);
    assert_eq!(n.owners, ["市财政局"]);
    assert_eq!(n.completed_on.as_deref(), Some("2025-05-31"));
    let done = |r: &Report| Summary::of(r).problems.done;
    assert_eq!(done(&after.report), done(&plain.report) + 1);
}

#[test]
fn errors_are_located_and_nothing_is_applied() {
    let plain = reviewed(NOTICE, &ReviewChoices::default());
    let p14 = problem_labelled(&plain.report, "(14)").id.clone();
    let choices = ReviewChoices {
        edits: vec![
            status_edit(&p14, Status::Done, "  "),
            status_edit("s9-p9", Status::Done, "x"),
            status_edit("s1", Status::Done, "x"),
            NodeEdit {
                completed_on: Some("2025-02-30".into()),
                ..NodeEdit::new(&p14)
            },
        ],
        stated_totals: TotalsChoice::Line(3),
        ..ReviewChoices::default()
    };
    let errors = review_notice(NOTICE, &opts(), &choices).expect_err("choices refused");
    let paths: Vec<&str> = errors.iter().map(|e| e.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "$.edits[0].status.reason",
            "$.edits[1].id",
            "$.edits[2].status",
            "$.edits[3].completed_on",
            "$.stated_totals.line"
        ]
    );
    assert!(errors[1].message(Lang::En).contains("s9-p9"));
    assert!(errors[3].message(Lang::ZhHans).contains("2025-02-30"));
    let mut report = plain.report.clone();
    assert!(apply(&mut report, &choices).is_err());
    assert_eq!(report, plain.report);
}

#[test]
fn a_stated_totals_candidate_can_be_chosen_or_none() {
    let plain = reviewed(SUBTOTALS, &ReviewChoices::default());
    let all = candidates(plain.report.stated_totals.as_ref());
    assert!(all.len() > 1);
    let chosen = plain
        .report
        .stated_totals
        .as_ref()
        .and_then(|t| t.source_line);
    let other = all
        .iter()
        .find(|c| c.source_line != chosen)
        .expect("another candidate");
    let line = other.source_line.expect("line");
    let choices = ReviewChoices {
        stated_totals: TotalsChoice::Line(line),
        ..ReviewChoices::default()
    };
    let after = reviewed(SUBTOTALS, &choices);
    let t = after.report.stated_totals.as_ref().expect("totals");
    assert_eq!(t.source_line, Some(line));
    assert_eq!(t.total, other.total);
    assert_eq!(t.candidates.len(), all.len());
    let none = ReviewChoices {
        stated_totals: TotalsChoice::None,
        ..ReviewChoices::default()
    };
    assert_eq!(reviewed(SUBTOTALS, &none).report.stated_totals, None);
}

#[test]
fn choices_round_trip_as_json_and_refuse_unknown_fields() {
    let choices = ReviewChoices {
        levels: vec![LevelKind {
            numbering: Numbering::ParenArabic,
            kind: NodeKind::Problem,
        }],
        edits: vec![status_edit("p1", Status::InProgress, "理由")],
        stated_totals: TotalsChoice::Line(7),
        ..ReviewChoices::default()
    };
    let json = serde_json::to_string(&choices).expect("json");
    assert!(json.contains("\"line\":7"), "{json}");
    assert!(json.contains("\"paren_arabic\""), "{json}");
    let back: ReviewChoices = serde_json::from_str(&json).expect("parses");
    assert_eq!(back, choices);
    let none: ReviewChoices =
        serde_json::from_str(r#"{"format":"rectify-review/1","stated_totals":"none"}"#)
            .expect("none");
    assert_eq!(none.stated_totals, TotalsChoice::None);
    assert!(
        serde_json::from_str::<ReviewChoices>(r#"{"format":"rectify-review/1","x":1}"#).is_err()
    );
}

#[test]
fn rows_show_the_phrase_in_its_text() {
    let plain = reviewed(NOTICE, &ReviewChoices::default());
    let rows = problem_rows(&plain.report);
    assert_eq!(rows.len(), Summary::of(&plain.report).problems.total());
    let with_phrase = rows
        .iter()
        .find(|r| r.highlight.is_some())
        .expect("a row with a phrase");
    let h = with_phrase.highlight.as_ref().expect("highlight");
    assert!(!h.phrase.is_empty());
    assert!(h.before.chars().count() <= 25 && h.after.chars().count() <= 25);
}

use crate::locale::Lang;

fn problem(id: &str, label: &str, title: &str, status: Status, measures: &[Status]) -> Node {
    let mut p = Node::new(id, NodeKind::Problem, title);
    p.label = label.into();
    p.status = Some(status);
    p.children = measures
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let mut m = Node::new(format!("{id}-m{}", i + 1), NodeKind::Measure, "措施");
            m.label = format!("第{}", i + 1);
            m.status = Some(*s);
            m
        })
        .collect();
    p
}

#[test]
fn consistency_checks_find_each_kind() {
    let mut r = Report::new("测试");
    r.meta.feedback_date = Some("2025-01-10".into());
    let mut late = problem("p3", "(3)", "丙", Status::Done, &[]);
    late.deadline = Some("2024-12-31".into());
    r.nodes = vec![
        problem(
            "p1",
            "(1)",
            "甲",
            Status::Done,
            &[Status::Done, Status::InProgress],
        ),
        problem("p2", "(2)", "乙", Status::InProgress, &[Status::Done]),
        late,
        problem("p4", "(4)", "甲", Status::Done, &[]),
    ];
    r.stated_totals = Some(crate::model::StatedTotals {
        total: Some(50),
        text: "共50项".into(),
        ..Default::default()
    });
    let found = checks(&r);
    let kinds: Vec<(Option<&str>, &FindingKind)> =
        found.iter().map(|f| (f.id.as_deref(), &f.kind)).collect();
    assert_eq!(kinds.len(), 5, "{found:?}");
    assert!(matches!(
        kinds[0],
        (None, FindingKind::StatedDiffers { .. })
    ));
    assert!(matches!(
        kinds[1],
        (Some("p1"), FindingKind::DoneWithOpenMeasure { .. })
    ));
    assert!(matches!(
        kinds[2],
        (Some("p2"), FindingKind::OpenWithMeasuresDone { .. })
    ));
    assert!(matches!(
        kinds[3],
        (Some("p3"), FindingKind::DeadlineBeforeFeedback { .. })
    ));
    assert!(matches!(
        kinds[4],
        (Some("p1"), FindingKind::DuplicateTitle { .. })
    ));
    assert_eq!(
        found[0].message(Lang::ZhHans),
        "通报所述问题总数为 50，看板统计为 4"
    );
    assert_eq!(
        found[4].message(Lang::En),
        "(1), (4) have the same title: 甲"
    );
    // A consistent report has nothing to check.
    r.nodes.truncate(1);
    r.nodes[0].children.pop();
    r.stated_totals = None;
    assert!(checks(&r).is_empty());
}

const REUSED: &str =
    include_str!("../../../../data/samples/notices/reused-numbering-no-keywords.txt");

#[test]
fn levels_apply_only_to_the_part_that_holds_the_problems() {
    let plain = reviewed(REUSED, &ReviewChoices::default());
    // `1.` is used for items in section 一 and for problems in section 二:
    // one level, the problems' kind.
    let arabic = plain
        .levels
        .iter()
        .find(|l| l.numbering == Numbering::Arabic)
        .expect("arabic level");
    assert_eq!(arabic.kind, NodeKind::Problem);
    let count = |r: &Report, k: NodeKind| r.walk().filter(|n| n.kind == k).count();
    let choices = ReviewChoices {
        levels: vec![LevelKind {
            numbering: Numbering::ParenChinese,
            kind: NodeKind::Category,
        }],
        ..ReviewChoices::default()
    };
    let after = reviewed(REUSED, &choices);
    let r = &after.report;
    assert_eq!(count(r, NodeKind::FocusArea), 0);
    assert_eq!(
        count(r, NodeKind::Category),
        count(&plain.report, NodeKind::FocusArea)
    );
    // Items of section 一, long-term items of 三 and the plans of 四 are as before.
    for k in [NodeKind::Item, NodeKind::LongTerm, NodeKind::Problem] {
        assert_eq!(count(r, k), count(&plain.report, k), "{k:?}");
    }
}
