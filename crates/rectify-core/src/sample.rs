//! Generated reports of any size, for load tests and benchmarks.
//! Deterministic: the same arguments give the same report.

use crate::model::{Meta, Node, NodeKind, Report, Status, StatusBasis, StatusEvidence, FORMAT};

const NUMERALS: [&str; 10] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/// A report with `problems` problems spread over `areas` focus areas, each
/// problem with two measures; statuses cycle done, done, in progress,
/// not started so that every status appears.
pub fn generate(problems: usize, areas: usize) -> Report {
    let areas = areas.max(1);
    let mut section = Node::new(
        "s1",
        NodeKind::Section,
        "巡察反馈问题整改落实情况（生成的测试数据）",
    );
    section.label = "一、".into();
    for a in 0..areas {
        let mut area = Node::new(
            format!("s1-a{}", a + 1),
            NodeKind::FocusArea,
            format!("测试重点领域{}", a + 1),
        );
        area.label = format!("({})", NUMERALS[a % NUMERALS.len()]);
        section.children.push(area);
    }
    // Contiguous blocks, so that every area has every status.
    let area_of = |p: usize| p * areas / problems.max(1);
    for p in 0..problems {
        let status = match p % 4 {
            0 | 1 => Status::Done,
            2 => Status::InProgress,
            _ => Status::NotStarted,
        };
        let mut node = Node::new(
            format!("s1-a{}-p{}", area_of(p) + 1, p + 1),
            NodeKind::Problem,
            format!("测试问题第{}项：制度执行不到位", p + 1),
        );
        node.label = format!("({})", p + 1);
        node.status = Some(status);
        node.status_evidence = Some(StatusEvidence {
            basis: StatusBasis::Editor,
            rule: "generated".into(),
            phrase: None,
        });
        for (m, numeral) in NUMERALS.iter().take(2).enumerate() {
            let mut measure = Node::new(
                format!("{}-m{}", node.id, m + 1),
                NodeKind::Measure,
                format!("整改措施{}", m + 1),
            );
            measure.label = format!("{numeral}是");
            measure.body = "建立工作台账，明确责任分工，按月跟踪落实。".into();
            measure.status = Some(status);
            node.children.push(measure);
        }
        section.children[area_of(p)].children.push(node);
    }
    Report {
        format: FORMAT.into(),
        meta: Meta {
            title: format!("生成的测试报告（{problems}个问题）"),
            issuer: Some("测试单位".into()),
            as_of: Some("2025-06-30".into()),
            language: "zh-Hans".into(),
            ..Meta::default()
        },
        nodes: vec![section],
        stated_totals: None,
        skipped: vec![],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::Summary;

    #[test]
    fn generates_the_requested_counts() {
        let r = generate(10_000, 8);
        let s = Summary::of(&r);
        assert_eq!(s.problems.total(), 10_000);
        assert_eq!(s.problems.done, 5_000);
        assert_eq!(s.problems.in_progress, 2_500);
        assert_eq!(s.problems.not_started, 2_500);
        assert_eq!(s.groups.len(), 8);
        let json = serde_json::to_string(&r).unwrap();
        assert_eq!(crate::load::from_json_str(&json).unwrap(), r);
    }
}
