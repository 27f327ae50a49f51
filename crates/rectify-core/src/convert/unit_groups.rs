//! Findings grouped by the unit that answers for them (`【澜西区】` ›
//! `1.…` `2.…`, `【市住建局】` › `1.…`), as a 督查 bulletin lists them: when
//! every group heading among siblings, two or more, names a unit or a
//! governed place alone, each problem under a group that names no owner
//! of its own has the group's unit as its owner. Findings each tagged
//! with their unit instead (`【石桥镇】1.…` `【石桥镇】2.…` `【城东街道】1.…`)
//! are grouped so too, two or more of them.

use crate::model::{Node, NodeKind};

/// Gives the problems of groups named by units their group's unit.
pub(super) fn apply(nodes: &mut [Node]) {
    let groups: Vec<usize> = (0..nodes.len()).filter(|&i| is_group(&nodes[i])).collect();
    let names: Vec<Option<String>> = groups.iter().map(|&i| unit_of(&nodes[i])).collect();
    if groups.len() >= 2 && names.iter().all(Option::is_some) {
        for (&i, name) in groups.iter().zip(names.into_iter().flatten()) {
            give(&mut nodes[i].children, &name);
        }
        return;
    }
    for n in nodes.iter_mut() {
        apply(&mut n.children);
    }
}

/// Gives each problem under a group whose title names its owners
/// (`（一）办公室牵头整改的问题（3个）`, `（三）由预算股、绩效股共同负责整改的
/// 问题`) and naming no owner of its own those owners; an inner group's
/// first.
pub(super) fn apply_owned(nodes: &mut [Node]) {
    for n in nodes.iter_mut() {
        apply_owned(&mut n.children);
        if !is_group(n) {
            continue;
        }
        let owners = crate::text::owners::extract(&n.title).owners;
        if owners.is_empty() {
            continue;
        }
        crate::model::each_node_mut(&mut n.children, |p| {
            if matches!(p.kind, NodeKind::Problem | NodeKind::LongTerm) && p.owners.is_empty() {
                p.owners = owners.clone();
            }
        });
    }
}

/// Gives each problem tagged with a unit's name before its label
/// (`【柳湾镇】2.…`) and naming no owner of its own that unit, when two or
/// more problems are tagged so.
pub(super) fn apply_tags(nodes: &mut [Node]) {
    let mut tagged = 0;
    crate::model::each_node_mut(nodes, |n| tagged += usize::from(unit_tag(n).is_some()));
    if tagged < 2 {
        return;
    }
    crate::model::each_node_mut(nodes, |n| {
        if n.owners.is_empty() {
            if let Some(name) = unit_tag(n) {
                n.owners = vec![name];
            }
        }
    });
}

/// The unit a problem's label is tagged with (`【石桥镇】1.` → `石桥镇`), or
/// that is its label (`东坪镇 ：`, a 督查 bulletin's line opened by the
/// unit it found the problem in: `unit_leads`), or that opens its title
/// before a colon (`1.县交通运输局：…`).
fn unit_tag(n: &Node) -> Option<String> {
    let problem = matches!(n.kind, NodeKind::Problem | NodeKind::LongTerm);
    let keyed = || {
        let key = n.label.trim().strip_suffix(['：', ':'])?;
        Some(key.trim_end())
    };
    // `1.县交通运输局：巡察反馈问题整改台账不规范`: the unit opening the
    // title before a colon.
    let titled = || Some(n.title.split_once(['：', ':'])?.0.trim());
    let tag = crate::text::label::leading_tag(&n.label)
        .or_else(keyed)
        .filter(|t| crate::text::owners::names_a_unit(t))
        .or_else(titled)?;
    (problem && crate::text::owners::names_a_unit(tag)).then(|| tag.to_string())
}

/// A heading with problems below it (not `下一步工作要求` over demands).
fn is_group(n: &Node) -> bool {
    matches!(
        n.kind,
        NodeKind::Section | NodeKind::FocusArea | NodeKind::Category
    ) && has_problems(&n.children)
}

fn has_problems(nodes: &[Node]) -> bool {
    nodes.iter().any(|n| {
        matches!(n.kind, NodeKind::Problem | NodeKind::LongTerm) || has_problems(&n.children)
    })
}

/// The unit a group's heading names alone (`【澜西区】（共4个问题）` →
/// `澜西区`).
fn unit_of(n: &Node) -> Option<String> {
    let t = super::unit_lists::unit_name(&n.title);
    let name = t.trim_start_matches('【').trim_end_matches('】').trim();
    // `…餐饮管理有限公司（中央厨房）`: the unit, then which part of it.
    let name = without_part_named(name);
    (crate::text::owners::names_a_unit(name) || is_party_body(name)).then(|| name.to_string())
}

/// A name without a bracket after it that names a part of the unit, words
/// alone (`（中央厨房）`; not a count, `（共4个问题）`, read before).
fn without_part_named(name: &str) -> &str {
    let Some(inner) = name.strip_suffix(['）', ')']) else {
        return name;
    };
    match inner.rfind(['（', '(']) {
        Some(open)
            if inner[open..]
                .chars()
                .skip(1)
                .all(crate::text::chars::is_han) =>
        {
            inner[..open].trim_end()
        }
        _ => name,
    }
}

/// Words that end a unit's party body (`区民政局党组`, `青溪街道党工委`).
const PARTY_BODIES: &[&str] = &["党组", "党委", "党工委", "党总支"];

/// A unit's party body, the unit's name before it (`区民政局党组`).
fn is_party_body(name: &str) -> bool {
    PARTY_BODIES.iter().any(|b| {
        name.strip_suffix(b)
            .is_some_and(crate::text::owners::names_a_unit)
    })
}

/// `name` as the owner of each problem below without owners of its own.
fn give(nodes: &mut [Node], name: &str) {
    crate::model::each_node_mut(nodes, |n| {
        if matches!(n.kind, NodeKind::Problem | NodeKind::LongTerm) && n.owners.is_empty() {
            n.owners = vec![name.to_string()];
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn group(title: &str, problems: &[(&str, &[&str])]) -> Node {
        let mut g = Node::new(String::new(), NodeKind::FocusArea, title.to_string());
        g.children = problems
            .iter()
            .map(|(t, owners)| {
                let mut p = Node::new(String::new(), NodeKind::Problem, t.to_string());
                p.owners = owners.iter().map(|o| o.to_string()).collect();
                p
            })
            .collect();
        g
    }

    fn owners(nodes: &[Node]) -> Vec<Vec<String>> {
        nodes
            .iter()
            .flat_map(|g| g.children.iter().map(|p| p.owners.clone()))
            .collect()
    }

    #[test]
    fn problems_tagged_with_units_own_them() {
        let tagged = |label: &str, owners: &[&str]| {
            let mut p = Node::new(String::new(), NodeKind::Problem, "甲。".to_string());
            p.label = label.to_string();
            p.owners = owners.iter().map(|o| o.to_string()).collect();
            p
        };
        let mut g = group("三、具体问题整改情况", &[]);
        g.children = vec![
            tagged("【石桥镇】1.", &[]),
            tagged("【柳湾镇】1.", &["镇安监站"]),
            tagged("【已整改】2.", &[]),
        ];
        let mut nodes = vec![g];
        apply_tags(&mut nodes);
        assert_eq!(
            owners(&nodes),
            [
                vec!["石桥镇".to_string()],
                vec!["镇安监站".to_string()],
                vec![]
            ]
        );
        // One tag alone groups nothing.
        let mut g = group("三、", &[]);
        g.children = vec![tagged("【石桥镇】1.", &[])];
        let mut nodes = vec![g];
        apply_tags(&mut nodes);
        assert_eq!(owners(&nodes), [Vec::<String>::new()]);
    }

    #[test]
    fn problems_opened_by_a_units_name_and_a_colon_own_them() {
        let mut g = group(
            "二、发现的问题",
            &[
                ("县交通运输局：整改台账不规范。", &[]),
                ("青溪镇：村级财务管理问题整改不彻底。", &[]),
                ("部分单位：整改不及时。", &[]),
            ],
        );
        g.children
            .iter_mut()
            .for_each(|p| p.label = "1.".to_string());
        let mut nodes = vec![g];
        apply_tags(&mut nodes);
        assert_eq!(
            owners(&nodes),
            [
                vec!["县交通运输局".to_string()],
                vec!["青溪镇".to_string()],
                vec![]
            ]
        );
    }

    #[test]
    fn groups_named_by_units_own_their_problems() {
        let mut nodes = vec![
            group(
                "【澜西区】（共2个问题，已整改1个）",
                &[("立管锈蚀。", &[]), ("台账不实。", &["区燃气办"])],
            ),
            group("【市住建局】", &[("监管缺位。", &[])]),
            group("下一步工作要求", &[]),
        ];
        apply(&mut nodes);
        assert_eq!(
            owners(&nodes),
            [
                vec!["澜西区".to_string()],
                vec!["区燃气办".to_string()],
                vec!["市住建局".to_string()]
            ]
        );
    }

    #[test]
    fn a_units_party_body_or_a_part_of_it_named_in_brackets_owns_too() {
        let mut nodes = vec![
            group("区民政局党组", &[("采购不规范。", &[])]),
            group(
                "青溪县某某餐饮管理有限公司（中央厨房）",
                &[("留样不规范。", &[])],
            ),
            group("青溪县某某调味品厂", &[("记录不实。", &[])]),
        ];
        apply(&mut nodes);
        assert_eq!(
            owners(&nodes),
            [
                vec!["区民政局党组".to_string()],
                vec!["青溪县某某餐饮管理有限公司".to_string()],
                vec!["青溪县某某调味品厂".to_string()]
            ]
        );
    }

    #[test]
    fn a_group_named_otherwise_gives_no_owner() {
        let mut nodes = vec![
            group("【澜西区】", &[("立管锈蚀。", &[])]),
            group("【老旧小区】", &[("管卡脱落。", &[])]),
        ];
        apply(&mut nodes);
        assert!(owners(&nodes).iter().all(Vec::is_empty));
    }
}
