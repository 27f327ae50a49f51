//! 主要数据: the figures the converter found, grouped by problem, each with
//! its value as printed (`176.1亿元`), period, change and label, and a link
//! to the problem or measure it comes from. Short by default: the
//! [`TOP_FIGURES`] most telling figures; the rest behind a 全部 toggle.

use super::detail::figure_change;
use crate::link::fragment_for;
use crate::locale::{Lang, Msg};
use crate::model::{Figure, Node, NodeKind, Report};

/// How many figures are shown before 全部.
pub const TOP_FIGURES: usize = 6;

/// One figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FigureRow {
    pub label: String,
    /// The value and unit as printed (`176.1亿元`).
    pub value: String,
    pub period: Option<String>,
    /// The stated change (`（+3.36%）`).
    pub change: Option<String>,
    /// The fragment of the problem or measure it comes from.
    pub href: String,
    /// The link's words (`出处：(5)一是`).
    pub source: String,
}

/// The figures of one problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FigureGroup {
    pub heading: String,
    pub rows: Vec<FigureRow>,
}

/// The panel: the top figures, and all of them behind a toggle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyFigures {
    pub title: &'static str,
    pub top: Vec<FigureGroup>,
    /// `None` when the top figures are all there are.
    pub all: Option<(String, Vec<FigureGroup>)>,
}

/// A figure found under a problem, with where it is.
struct Found<'a> {
    problem: &'a Node,
    node: &'a Node,
    figure: &'a Figure,
}

/// How telling a figure is: money first, then stated changes, then the rest.
fn relevance(f: &Figure) -> u32 {
    // In 繁體 the report's units are converted too (`億元`): the same
    // figures lead in every language.
    let unit = match f.unit.as_str() {
        "亿元" | "億元" => 40,
        "万元" | "萬元" => 30,
        "%" => 15,
        "元" => 10,
        _ => 5,
    };
    unit + if f.change_percent.is_some() { 20 } else { 0 } + if f.period.is_some() { 5 } else { 0 }
}

/// The panel for `report`; `None` when no problem states a figure.
pub fn key_figures(report: &Report, lang: Lang) -> Option<KeyFigures> {
    let found: Vec<Found> = report
        .walk()
        .filter(|n| matches!(n.kind, NodeKind::Problem | NodeKind::LongTerm))
        .flat_map(|p| {
            std::iter::once(p)
                .chain(p.children.iter().filter(|c| c.kind == NodeKind::Measure))
                .flat_map(move |node| {
                    node.figures.iter().map(move |figure| Found {
                        problem: p,
                        node,
                        figure,
                    })
                })
        })
        .collect();
    if found.is_empty() {
        return None;
    }
    // The most telling, in the notice's order (a stable sort keeps it on ties).
    let mut order: Vec<usize> = (0..found.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(relevance(found[i].figure)));
    order.truncate(TOP_FIGURES);
    order.sort_unstable();
    let top: Vec<&Found> = order.iter().map(|&i| &found[i]).collect();
    let all = (found.len() > TOP_FIGURES).then(|| {
        let all: Vec<&Found> = found.iter().collect();
        (
            Msg::AllFigures.fill(lang, &[&found.len().to_string()]),
            grouped(&all, lang),
        )
    });
    let top = grouped(&top, lang);
    Some(KeyFigures {
        title: Msg::KeyFigures.text(lang),
        top,
        all,
    })
}

fn grouped(found: &[&Found], lang: Lang) -> Vec<FigureGroup> {
    let mut groups: Vec<(&str, FigureGroup)> = Vec::new();
    for f in found {
        let row = row(f, lang);
        match groups.last_mut() {
            Some((id, g)) if *id == f.problem.id => g.rows.push(row),
            _ => groups.push((
                &f.problem.id,
                FigureGroup {
                    heading: f.problem.label.clone() + &f.problem.title,
                    rows: vec![row],
                },
            )),
        }
    }
    groups.into_iter().map(|(_, g)| g).collect()
}

fn row(f: &Found, lang: Lang) -> FigureRow {
    let mut source = f.problem.label.clone();
    if f.node.id != f.problem.id {
        source.push_str(&f.node.label);
    }
    FigureRow {
        label: f.figure.label.clone(),
        value: f.figure.text.clone(),
        period: f.figure.period.clone(),
        change: f.figure.change_percent.map(|c| figure_change(c, lang)),
        href: fragment_for(&f.node.id),
        source: Msg::FigureSource.fill(lang, &[&source]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::test_support::bundled_report as bundled;

    #[test]
    fn the_most_telling_figures_first_grouped_by_problem_with_their_source() {
        let k = key_figures(&bundled(), Lang::ZhHans).unwrap();
        assert_eq!(k.title, "主要数据");
        let rows: Vec<&FigureRow> = k.top.iter().flat_map(|g| &g.rows).collect();
        assert_eq!(rows.len(), TOP_FIGURES);
        let revenue = rows.iter().find(|r| r.value == "176.1亿元").unwrap();
        assert_eq!(revenue.label, "全市一般公共预算收入");
        assert_eq!(revenue.period.as_deref(), Some("2025年1-6月"));
        assert_eq!(revenue.change.as_deref(), Some("（+3.36%）"));
        assert!(
            revenue.href.starts_with("#s2-a2-c2-p5-m"),
            "{}",
            revenue.href
        );
        assert!(
            revenue.source.starts_with("出处：(5)"),
            "{}",
            revenue.source
        );
        assert!(k.top[0].heading.starts_with("(5)"), "{}", k.top[0].heading);
        // Money and stated changes outrank counts.
        assert!(rows
            .iter()
            .all(|r| r.value.ends_with("亿元") || r.change.is_some()));
        let (label, all) = k.all.unwrap();
        let n: usize = all.iter().map(|g| g.rows.len()).sum();
        assert_eq!(label, format!("全部主要数据（{n}项）"));
        assert!(n > 60, "{n}");
        let weak = all
            .iter()
            .flat_map(|g| &g.rows)
            .find(|r| r.value == "3名")
            .unwrap();
        assert!(weak.label.starts_with("对代理记账"), "{}", weak.label);
    }

    #[test]
    fn the_same_figures_lead_when_the_units_are_in_hant() {
        let top = |r: &Report| -> Vec<String> {
            let k = key_figures(r, Lang::ZhHant).unwrap();
            k.top
                .iter()
                .flat_map(|g| &g.rows)
                .map(|row| row.value.replace('億', "亿").replace('萬', "万"))
                .collect()
        };
        let hans = bundled();
        let mut hant = hans.clone();
        fn to_hant(n: &mut Node) {
            for f in &mut n.figures {
                f.unit = f.unit.replace('亿', "億").replace('万', "萬");
                f.text = f.text.replace('亿', "億").replace('万', "萬");
            }
            n.children.iter_mut().for_each(to_hant);
        }
        hant.nodes.iter_mut().for_each(to_hant);
        assert_ne!(hant, hans);
        assert_eq!(top(&hant), top(&hans));
    }

    #[test]
    fn no_panel_without_figures_and_no_toggle_for_a_few() {
        let mut r = crate::sample::generate(3, 1);
        assert_eq!(key_figures(&r, Lang::En), None);
        let p = &mut r.nodes[0].children[0].children[0];
        p.figures.push(Figure {
            value: 2.9,
            unit: "亿元".into(),
            label: "安排促进国内消费".into(),
            period: None,
            change_percent: Some(-5.0),
            text: "2.9亿元".into(),
        });
        let k = key_figures(&r, Lang::En).unwrap();
        assert_eq!(k.title, "Key figures");
        assert_eq!(k.all, None);
        assert_eq!(k.top[0].rows[0].change.as_deref(), Some(" (-5%)"));
    }
}
