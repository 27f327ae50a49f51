use super::*;
use crate::locale::{Lang, Msg};
use crate::model::{Node, NodeKind, Report, StatedTotals, Status, StatusBasis, StatusEvidence};
use crate::stats::{GroupId, Summary};

const BUNDLED: &str = crate::test_support::BUNDLED_JSON;
const LANGS: [Lang; 3] = [Lang::ZhHans, Lang::ZhHant, Lang::En];

fn bundled() -> (Report, Summary) {
    let report = crate::load::from_json_str(BUNDLED).expect("the bundled report loads");
    let summary = Summary::of(&report);
    (report, summary)
}

fn area(id: &str) -> Drill {
    Drill::Area(GroupId::Node(id.into()))
}

#[test]
fn headline_of_the_bundled_report() {
    let (r, s) = bundled();
    let h = headline(&r.meta, &s, Lang::ZhHans);
    let figures: Vec<(&str, &str, &str)> = h
        .figures
        .iter()
        .map(|f| (f.kind.mark(), f.label.as_str(), f.value.as_str()))
        .collect();
    assert_eq!(
        figures,
        [
            ("total", "问题总数", "31"),
            ("done", "已完成", "24"),
            ("in_progress", "正在整改", "7"),
            ("long_term_items", "需长期整改事项", "6"),
            ("rate", "完成率", "77.42%"),
        ]
    );
    let facts: Vec<(&str, &str)> = h
        .facts
        .iter()
        .map(|f| (f.label.as_str(), f.value.as_str()))
        .collect();
    assert_eq!(
        facts,
        [
            ("发布单位：", "中共中山市财政局党组"),
            ("数据截至：", "2025年6月底"),
            ("发布日期：", "2025年9月12日"),
        ]
    );
    let en = headline(&r.meta, &s, Lang::En);
    assert_eq!(en.facts[1].label, "As of: ");
    assert_eq!(en.facts[1].value, "end of June 2025");
    assert_eq!(en.facts[2].value, "12 September 2025");
    assert_eq!(
        headline(&r.meta, &s, Lang::ZhHant).figures[0].label,
        "問題總數"
    );
}

#[test]
fn headline_always_shows_done_and_in_progress_and_unknown_when_present() {
    let r = mixed_report();
    let s = Summary::of(&r);
    let kinds: Vec<FigureKind> = headline(&r.meta, &s, Lang::En)
        .figures
        .iter()
        .map(|f| f.kind)
        .collect();
    assert_eq!(
        kinds,
        [
            FigureKind::Total,
            FigureKind::Status(Some(Status::Done)),
            FigureKind::Status(Some(Status::InProgress)),
            FigureKind::Status(Some(Status::LongTerm)),
            FigureKind::Status(Some(Status::NotStarted)),
            FigureKind::Status(None),
            FigureKind::LongTermItems,
            FigureKind::Rate,
        ]
    );
}

#[test]
fn donut_marks_have_their_words() {
    let (_, s) = bundled();
    let d = donut_view(&s.problems, &StatusFilter::default(), Lang::ZhHans);
    assert_eq!(d.arcs.len(), 2);
    assert_eq!(d.rate, "77.42%");
    assert_eq!(d.rate_caption, "完成率");
    let done = &d.arcs[0];
    assert_eq!(done.status, Some(Status::Done));
    assert!(done.label_fits && !done.dimmed);
    assert_eq!(done.aria, "已完成 24个，77.42%");
    assert_eq!(done.tip.lines, ["已完成", "24个 · 77.42%"]);
    assert_eq!(done.tip.mark, MarkKey::Arc(Some(Status::Done)));
    assert_eq!(done.tip.chart(), ChartId::Donut);
    assert_eq!(done.tip.spoken(Lang::ZhHans), "已完成，24个 · 77.42%");
    assert_eq!(
        d.text.desc,
        "共31个问题，已完成24个，正在整改7个，完成率77.42%。 用方向键在图形之间移动，回车键打开，Esc 键返回。"
    );
    assert_eq!(d.text.title, "问题整改完成情况");
    assert_eq!(d.text.table_caption, "数据表：问题整改完成情况");
    assert_eq!(d.text.table.rows.len(), 2);
    let en = donut_view(&s.problems, &StatusFilter::default(), Lang::En);
    assert_eq!(en.arcs[1].aria, "In progress 7, 22.58%");
    assert_eq!(en.arcs[1].tip.spoken(Lang::En), "In progress, 7 · 22.58%");
}

#[test]
fn small_arcs_are_not_labelled_and_filtered_arcs_fade() {
    let counts = crate::stats::StatusCounts {
        done: 100,
        not_started: 5,
        ..Default::default()
    };
    let mut filter = StatusFilter::default();
    filter.toggle(Some(Status::Done));
    let d = donut_view(&counts, &filter, Lang::En);
    assert!(d.arcs[0].label_fits && d.arcs[0].dimmed);
    // 5 of 105 is under MIN_LABEL_SHARE.
    assert!(!d.arcs[1].label_fits && !d.arcs[1].dimmed);
    assert_eq!(d.text.table.rows.len(), 1, "the table follows the filter");
}

#[test]
fn bars_of_the_bundled_report() {
    let (_, s) = bundled();
    let b = bars_view(&s.groups, 340.0, &StatusFilter::default(), Lang::ZhHans);
    let totals: Vec<(usize, Vec<usize>)> = b
        .rows
        .iter()
        .map(|r| (r.total, r.segments.iter().map(|g| g.value).collect()))
        .collect();
    assert_eq!(
        totals,
        [
            (4, vec![4]),
            (16, vec![12, 4]),
            (2, vec![2]),
            (9, vec![6, 3])
        ]
    );
    let a2 = &b.rows[1];
    assert_eq!(a2.group, GroupId::Node("s2-a2".into()));
    assert_eq!(a2.caption, ["(二)聚焦党中央决策部署在基层贯彻落实情况"]);
    // On a narrow chart the caption wraps to two lines and the rows below
    // move down; only what does not fit on two lines is cut with `…`.
    let narrow = bars_view(&s.groups, 200.0, &StatusFilter::default(), Lang::ZhHans);
    let wide = bars_view(&s.groups, 2000.0, &StatusFilter::default(), Lang::ZhHans);
    let two = &narrow.rows[1];
    assert_eq!(two.caption.len(), 2);
    assert_eq!(
        two.caption.concat(),
        "(二)聚焦党中央决策部署在基层贯彻落实情况"
    );
    let wrapped = narrow.rows[..=1]
        .iter()
        .filter(|r| r.caption.len() == 2)
        .count();
    assert_eq!(two.y - wide.rows[1].y, CAPTION_LINE * wrapped as f64);
    assert!(narrow.height > wide.height);
    let tiny = bars_view(&s.groups, 120.0, &StatusFilter::default(), Lang::ZhHans);
    assert!(
        tiny.rows[1].caption[1].ends_with('…'),
        "{:?}",
        tiny.rows[1].caption
    );
    let seg = &a2.segments[1];
    assert_eq!(
        seg.aria,
        "(二)聚焦党中央决策部署在基层贯彻落实情况：正在整改 4个，25%"
    );
    assert_eq!(
        seg.tip.lines,
        [
            "(二)聚焦党中央决策部署在基层贯彻落实情况",
            "正在整改 4个 · 25%"
        ]
    );
    assert_eq!(
        seg.tip.mark,
        MarkKey::Segment(GroupId::Node("s2-a2".into()), Some(Status::InProgress))
    );
    assert_eq!(seg.tip.chart(), ChartId::Bars);
    // The widest bar spans the width less the room for its total.
    let end = a2.segments.last().map(|g| g.x + g.width).unwrap();
    assert!((end - 300.0).abs() < 1e-9);
    assert!(b
        .text
        .desc
        .starts_with("(一)聚焦巡察整改和成果运用情况：共4个问题，已完成4个，完成率100%。 (二)"));
    assert_eq!(b.text.table.head, ["领域", "已完成", "正在整改", "合计"]);
    let en = bars_view(&s.groups, 340.0, &StatusFilter::default(), Lang::En);
    assert!(en.rows[1].segments[1]
        .aria
        .ends_with(": In progress 4, 25%"));
}

#[test]
fn bars_follow_the_filter() {
    let (_, s) = bundled();
    let mut filter = StatusFilter::default();
    filter.toggle(Some(Status::Done));
    let b = bars_view(&s.groups, 340.0, &filter, Lang::ZhHans);
    let totals: Vec<usize> = b.rows.iter().map(|r| r.total).collect();
    assert_eq!(totals, [0, 4, 0, 3]);
    assert_eq!(b.text.table.head, ["领域", "正在整改", "合计"]);
}

#[test]
fn overview_lists_areas_then_long_term_sections() {
    let (_, s) = bundled();
    let o = overview(&s, &StatusFilter::default(), Lang::ZhHans);
    assert_eq!(o.heading, "选择一个领域查看其问题清单");
    let rows: Vec<(&str, &str)> = o
        .rows
        .iter()
        .map(|r| (r.group.key(), r.total.as_str()))
        .collect();
    assert_eq!(
        rows,
        [
            ("s2-a1", "4个"),
            ("s2-a2", "16个"),
            ("s2-a3", "2个"),
            ("s2-a4", "9个"),
            ("s3", "6个")
        ]
    );
    assert_eq!(
        o.rows[1].counts,
        [(Status::Done, 12), (Status::InProgress, 4)]
    );
    assert_eq!(
        overview(&s, &StatusFilter::default(), Lang::En).rows[1].total,
        "16"
    );
}

#[test]
fn listings_of_an_area_a_status_and_long_term_items() {
    let (r, _) = bundled();
    let all = StatusFilter::default();
    let a1 = drill_listing(&r, &area("s2-a1"), &all, 100, Lang::ZhHans).unwrap();
    assert_eq!(a1.heading, "(一)聚焦巡察整改和成果运用情况");
    assert_eq!(a1.summary, "共4个问题，已完成4个，完成率100%。");
    assert_eq!(a1.rows.len(), 4);
    assert_eq!(a1.rows[0].label, "(1)");
    assert!(a1.rows[0].title.starts_with("健全议事决策机制"));
    assert_eq!(a1.rows[0].measures.as_deref(), Some("4项"));
    assert_eq!((a1.empty, &a1.more), (None, &None));

    let in_progress = Drill::Status(Some(Status::InProgress));
    let l = drill_listing(&r, &in_progress, &all, 100, Lang::En).unwrap();
    assert_eq!(l.heading, "In progress · Problems");
    assert_eq!(l.rows.len(), 7);
    assert!(l.rows.iter().all(|p| p.status == Some(Status::InProgress)));

    let lt = drill_listing(&r, &area("s3"), &all, 100, Lang::ZhHant).unwrap();
    assert_eq!(lt.summary, "需長期整改事項 6項");
    assert_eq!(lt.rows.len(), 6);
}

#[test]
fn listings_page_and_filter() {
    let (r, _) = bundled();
    let all = StatusFilter::default();
    let page = drill_listing(&r, &area("s2-a2"), &all, 5, Lang::ZhHans).unwrap();
    assert_eq!(page.rows.len(), 5);
    assert_eq!(page.more.as_deref(), Some("已显示 5 / 16"));
    let mut no_done = StatusFilter::default();
    no_done.toggle(Some(Status::Done));
    let a1 = drill_listing(&r, &area("s2-a1"), &no_done, 100, Lang::En).unwrap();
    assert!(a1.rows.is_empty());
    assert_eq!(a1.empty, Some("No problems match the filter."));
    // The summary counts everything listed, whatever the filter.
    assert_eq!(a1.summary, "4 problems: done 4; 100% complete.");
}

#[test]
fn a_listing_opens_with_a_screenful_or_through_the_open_problem() {
    let r = crate::sample::generate(1_000, 4);
    let all = StatusFilter::default();
    let id = r.nodes[0].children[0].id.clone();
    let l = drill_listing(&r, &area(&id), &all, 200, Lang::ZhHans).unwrap();
    assert_eq!(l.rows.len(), 200);
    assert_eq!(l.first_drawn(None), FIRST_ROWS);
    assert_eq!(l.first_drawn(Some(&l.rows[3].id)), FIRST_ROWS);
    assert_eq!(
        l.first_drawn(Some(&l.rows[150].id)),
        151,
        "through the open one"
    );
    assert_eq!(
        l.first_drawn(Some(&crate::model::NodeId::new("gone"))),
        FIRST_ROWS
    );
    let (small, _) = bundled();
    let few = drill_listing(&small, &area("s2-a1"), &all, 100, Lang::En).unwrap();
    assert_eq!(few.first_drawn(None), 4, "never more than there are");
}

#[test]
fn unknown_groups_and_the_overview_have_no_listing() {
    let (r, _) = bundled();
    let all = StatusFilter::default();
    assert_eq!(drill_listing(&r, &area("gone"), &all, 100, Lang::En), None);
    assert_eq!(
        drill_listing(&r, &Drill::Overview, &all, 100, Lang::En),
        None
    );
}

#[test]
fn the_top_level_group_is_named_per_language() {
    let r = mixed_report();
    let s = Summary::of(&r);
    let names: Vec<String> = LANGS
        .iter()
        .map(|&l| {
            overview(&s, &StatusFilter::default(), l).rows[1]
                .name
                .clone()
        })
        .collect();
    assert_eq!(names, ["全部问题", "全部問題", "All problems"]);
    let b = bars_view(&s.groups, 340.0, &StatusFilter::default(), Lang::En);
    assert_eq!(b.rows[1].caption, ["All problems"]);
    let top = drill_listing(
        &r,
        &Drill::Area(GroupId::TopLevel),
        &StatusFilter::default(),
        100,
        Lang::En,
    )
    .unwrap();
    assert_eq!(top.rows.len(), 1);
}

#[test]
fn stated_totals_beside_counts() {
    let r = mixed_report();
    let s = Summary::of(&r);
    let v = stated_view(&r, &s, Lang::ZhHant).unwrap();
    assert!(v.mismatch);
    assert_eq!(v.title, "通報口徑與看板列示");
    assert_eq!(v.rows[0].label, "問題總數");
    assert_eq!(v.rows[0].values, "：通報口徑 9 · 看板列示 7 — ");
    assert_eq!(v.rows[0].verdict, "口徑不同");
    let en = stated_view(&r, &s, Lang::En).unwrap();
    assert_eq!(en.rows[1].label, "Completion rate");
    assert_eq!(en.rows[1].values, ": stated 50% · listed 14.29% — ");
    assert_eq!(stated_view(&bundled().0, &bundled().1, Lang::En), None);
}

#[test]
fn details_and_errors_use_the_language_punctuation() {
    let r = mixed_report();
    let p = r.find("p1").unwrap();
    let zh = evidence_view(p, Lang::ZhHans).unwrap();
    assert_eq!(zh.lead, "状态依据：原文表述");
    assert_eq!(zh.phrase, Some(("（“", "已完成".to_string(), "”）")));
    let en = evidence_view(p, Lang::En).unwrap();
    assert_eq!(en.lead, "Status basis: stated in the text");
    // An editor's status shows the reason; an inferred one its phrase, never the rule.
    let mut edited = p.clone();
    edited.status_evidence = Some(StatusEvidence {
        basis: StatusBasis::Editor,
        rule: "部门书面确认".into(),
        phrase: None,
    });
    let ed = evidence_view(&edited, Lang::ZhHans).unwrap();
    assert_eq!(ed.lead, "状态依据：编辑设定");
    assert_eq!(ed.phrase, Some(("（“", "部门书面确认".to_string(), "”）")));
    edited.status_evidence = Some(StatusEvidence {
        basis: StatusBasis::Inferred,
        rule: "all_measures_done".into(),
        phrase: None,
    });
    assert_eq!(evidence_view(&edited, Lang::ZhHans).unwrap().phrase, None);
    assert_eq!(figures_caption(3, Lang::ZhHans), "文中数据（3）");
    assert_eq!(figures_caption(3, Lang::En), "Figures in the text (3)");
    assert_eq!(figure_change(3.36, Lang::ZhHans), "（+3.36%）");
    assert_eq!(figure_change(-50.0, Lang::En), " (-50%)");
    // A huge stated change is short, not 201 digits.
    assert_eq!(figure_change(1e200, Lang::ZhHans), "（+1e200%）");
    let err = crate::load::from_json_str("{\n  \"format\": ").unwrap_err();
    let loc = error_location(&err, Lang::En);
    assert!(loc.contains(" (line 2, column "), "{loc}");
    assert!(error_location(&err, Lang::ZhHans).contains("（第 2 行，第 "));
    assert_eq!(error_message(&err, Lang::En).1, None);
}

/// Problems of every status, one without any, a top-level problem, long-term
/// items, figures, evidence and stated totals that disagree.
fn mixed_report() -> Report {
    let problem = |id: &str, status: Option<Status>| {
        let mut p = Node::new(id, NodeKind::Problem, format!("问题{id}"));
        p.label = "(1)".into();
        p.status = status;
        p
    };
    let mut p1 = problem("p1", Some(Status::Done));
    p1.status_evidence = Some(StatusEvidence {
        basis: StatusBasis::Stated,
        rule: "body_phrase".into(),
        phrase: Some("已完成".into()),
    });
    p1.children
        .push(Node::new("p1-m1", NodeKind::Measure, "一是，措施"));
    let mut a1 = Node::new("a1", NodeKind::FocusArea, "聚焦：甲（乙）");
    a1.label = "(一)".into();
    a1.children = vec![
        p1,
        problem("p2", Some(Status::InProgress)),
        problem("p3", Some(Status::LongTerm)),
        problem("p4", Some(Status::NotStarted)),
        problem("p5", None),
        problem("p6", Some(Status::InProgress)),
    ];
    let mut s1 = Node::new("s1", NodeKind::Section, "二、问题");
    s1.children = vec![a1];
    let mut s2 = Node::new("s2", NodeKind::Section, "需长期整改事项");
    s2.children = vec![Node::new("l1", NodeKind::LongTerm, "长期：一")];
    let mut r = Report::new("通报（测试）");
    r.nodes = vec![s1, problem("p9", Some(Status::InProgress)), s2];
    r.stated_totals = Some(StatedTotals {
        total: Some(9),
        completion_rate: Some(0.5),
        text: "共反馈问题9个，完成率50%。".into(),
        ..Default::default()
    });
    r
}

/// The report with its own text replaced by plain ASCII, so that any CJK
/// character or full-width punctuation in the output is the interface's.
fn without_report_text(mut r: Report) -> Report {
    fn plain(n: &mut Node) {
        n.label = format!("[{}]", n.id);
        n.title = format!("title {}", n.id);
        n.body = "body".into();
        if let Some(ev) = &mut n.status_evidence {
            ev.phrase = ev.phrase.as_ref().map(|_| "phrase".into());
        }
        for f in &mut n.figures {
            f.label = "label".into();
            f.text = "1".into();
            f.period = None;
        }
        n.children.iter_mut().for_each(plain);
    }
    r.nodes.iter_mut().for_each(plain);
    r.meta.title = "title".into();
    r.meta.issuer = Some("issuer".into());
    r.meta.as_of_text = None;
    if let Some(t) = &mut r.stated_totals {
        t.text = "stated".into();
    }
    r
}

/// Every interface string of every view of `report` in `lang`.
fn every_string(report: &Report, lang: Lang) -> Vec<String> {
    let s = Summary::of(report);
    let mut out: Vec<String> = Vec::new();
    let h = headline(&report.meta, &s, lang);
    out.extend(
        h.facts
            .iter()
            .flat_map(|f| [f.label.clone(), f.value.clone()]),
    );
    out.extend(h.figures.iter().map(|f| f.label.to_string() + &f.value));
    let mut filters = vec![StatusFilter::default()];
    let mut no_done = StatusFilter::default();
    no_done.toggle(Some(Status::Done));
    filters.push(no_done);
    for filter in &filters {
        let d = donut_view(&s.problems, filter, lang);
        out.extend([d.rate.clone(), d.rate_caption.to_string()]);
        chart_strings(&d.text, &mut out);
        for a in &d.arcs {
            out.push(a.aria.clone());
            out.extend(a.tip.lines.iter().cloned());
            out.push(a.tip.spoken(lang));
        }
        let b = bars_view(&s.groups, 340.0, filter, lang);
        chart_strings(&b.text, &mut out);
        for row in &b.rows {
            out.extend(row.caption.iter().cloned());
            for seg in &row.segments {
                out.push(seg.aria.clone());
                out.extend(seg.tip.lines.iter().cloned());
                out.push(seg.tip.spoken(lang));
            }
        }
        out.extend(
            legend_entries(&s.problems, filter, lang)
                .iter()
                .map(|e| e.label.to_string()),
        );
        let o = overview(&s, &StatusFilter::default(), lang);
        out.extend([o.heading.to_string(), o.label.to_string()]);
        let drills = o
            .rows
            .iter()
            .map(|r| Drill::Area(r.group.clone()))
            .chain(crate::chart::KEYS.into_iter().map(Drill::Status));
        for drill in drills {
            out.extend(
                o.rows
                    .iter()
                    .flat_map(|r| [r.name.clone(), r.total.clone()]),
            );
            let l = drill_listing(report, &drill, filter, 2, lang).unwrap();
            out.extend([l.heading, l.summary]);
            out.extend(l.empty.map(str::to_string));
            out.extend(l.more);
            for row in l.rows {
                out.extend(row.measures);
            }
        }
    }
    if let Some(st) = stated_view(report, &s, lang) {
        out.push(st.title.to_string());
        out.extend(
            st.rows
                .iter()
                .flat_map(|r| [r.label.to_string(), r.values.clone(), r.verdict.clone()]),
        );
    }
    for node in report.walk() {
        if let Some(ev) = evidence_view(node, lang) {
            out.push(ev.lead);
            out.extend(ev.phrase.map(|(open, _, close)| format!("{open}{close}")));
        }
        out.push(figures_caption(node.figures.len(), lang));
        out.extend(
            node.figures
                .iter()
                .filter_map(|f| f.change_percent)
                .map(|c| figure_change(c, lang)),
        );
    }
    for bad in ["{\n  \"format\": ", "[]"] {
        let err = crate::load::from_json_str(bad).unwrap_err();
        out.push(error_location(&err, lang));
        out.push(error_message(&err, lang).0);
    }
    out.extend(Msg::ALL.iter().map(|m| m.text(lang).to_string()));
    out
}

fn chart_strings(text: &ChartText, out: &mut Vec<String>) {
    out.extend([
        text.title.to_string(),
        text.desc.clone(),
        text.table_caption.clone(),
    ]);
    out.extend(text.table.head.iter().cloned());
    out.extend(text.table.rows.iter().flatten().cloned());
}

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303F}' | '\u{FF00}'..='\u{FFEF}' | '\u{4E00}'..='\u{9FFF}')
}

#[test]
fn english_views_have_no_chinese_words_or_full_width_punctuation() {
    for report in [bundled().0, mixed_report()] {
        let plain = without_report_text(report);
        for s in every_string(&plain, Lang::En) {
            assert!(!s.chars().any(is_cjk), "interface text in Chinese: {s:?}");
        }
    }
}

#[test]
fn traditional_views_have_no_simplified_interface_words() {
    let plain = without_report_text(mixed_report());
    for s in every_string(&plain, Lang::ZhHant) {
        for simplified in [
            "问题", "总数", "长期", "开始", "标明", "数据", "领域", "显示",
        ] {
            assert!(!s.contains(simplified), "{simplified} in 繁體: {s:?}");
        }
    }
}

#[test]
fn filters_agree_and_say_what_they_filter() {
    let (r, s) = bundled();
    let mut no_done = StatusFilter::default();
    no_done.toggle(Some(Status::Done));
    // The legend filter applies to the area list too.
    let o = overview(&s, &no_done, Lang::ZhHans);
    assert_eq!(o.rows[1].total, "4个");
    assert!(o
        .rows
        .iter()
        .all(|row| row.counts.iter().all(|&(st, _)| st != Status::Done)));
    let none = filter_note(
        &s.problems,
        &Drill::Overview,
        &StatusFilter::default(),
        None,
        Lang::ZhHans,
    );
    assert_eq!(none, None);
    assert_eq!(
        filter_note(
            &s.problems,
            &Drill::Overview,
            &StatusFilter::default(),
            Some("已逾期（截至2025-06-30）"),
            Lang::ZhHans
        )
        .as_deref(),
        Some("已筛选：已逾期（截至2025-06-30） · 共31项"),
        "a deadline state alone: no statuses named"
    );
    assert_eq!(
        filter_note(
            &s.problems,
            &Drill::Overview,
            &no_done,
            Some("Overdue (as of 2025-06-30)"),
            Lang::En
        )
        .as_deref(),
        Some("Filtered: Overdue (as of 2025-06-30) · In progress · 7 in all")
    );
    assert_eq!(
        filter_note(&s.problems, &Drill::Overview, &no_done, None, Lang::ZhHans).as_deref(),
        Some("已筛选：正在整改 · 共7项")
    );
    let by_status = Drill::Status(Some(Status::InProgress));
    assert_eq!(
        filter_note(
            &s.problems,
            &by_status,
            &StatusFilter::default(),
            None,
            Lang::En
        )
        .as_deref(),
        Some("Filtered: In progress · 7 in all")
    );
    // A listing by status has no completion rate (it would read 0%).
    let l = drill_listing(&r, &by_status, &StatusFilter::default(), 100, Lang::ZhHans).unwrap();
    assert_eq!(l.summary, "共7项");
    assert!(!l.summary.contains("完成率"));
}
