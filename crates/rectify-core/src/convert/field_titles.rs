//! A problem headed only by its serial field (`一、序号：1`, `三、序号：3
//! （重点件）`) over fields one per paragraph (`受理编号：…` `交办问题：…`
//! `调查核实情况：…` `整改状态：…`), as a 信访件 公示 prints each case: its
//! title is the value of the field that states the problem (the first
//! whose key names a ledger's problem column, by name or ending:
//! `交办问题`, `反映问题`, `问题描述`), and the serial field opens its text.
//! The two trade places; nothing is dropped.

use crate::ledger::{ColumnMap, Field};
use crate::model::{each_node_mut, Node, NodeKind};

/// The longest key read as a field's (`调查核实情况`, `处理和整改情况`).
const MAX_KEY_CHARS: usize = 10;
/// The longest serial value (`3（重点件）`, `XF-2024-0711`).
const MAX_SERIAL_CHARS: usize = 24;

/// Gives each problem headed only by its serial field the title its
/// problem field states.
pub(super) fn apply(nodes: &mut [Node]) {
    let columns = ColumnMap::default();
    each_node_mut(nodes, |n| {
        if n.kind == NodeKind::Problem {
            retitle(n, &columns);
        }
    });
}

/// Trades a serial title for the problem field's value, when it is one.
fn retitle(n: &mut Node, columns: &ColumnMap) {
    let serial = field(&n.title).is_some_and(|(key, value)| {
        columns.field_of(&key) == Some(Field::Number)
            && value.chars().count() <= MAX_SERIAL_CHARS
            && !value.contains('。')
    });
    if !serial {
        return;
    }
    let paragraphs: Vec<&str> = n.body.split("\n\n").collect();
    let Some((k, title)) = paragraphs.iter().enumerate().find_map(|(k, p)| {
        let (key, value) = field(p)?;
        let value = value.trim();
        (columns.field_of(&key) == Some(Field::Problem) && !value.is_empty()).then_some((k, value))
    }) else {
        return;
    };
    let title = title.to_string();
    let mut body = vec![n.title.as_str()];
    body.extend(paragraphs[..k].iter().chain(&paragraphs[k + 1..]).copied());
    n.body = body.join("\n\n");
    n.title = title;
}

/// A paragraph's key and value, when it opens with a short key and a
/// colon (`交办问题：…`).
fn field(text: &str) -> Option<(String, &str)> {
    let (key, label) = super::lead_keys::opening_key(text, MAX_KEY_CHARS)?;
    let at = text
        .char_indices()
        .nth(label)
        .map_or(text.len(), |(i, _)| i);
    Some((key, &text[at..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case(title: &str, body: &str) -> Node {
        let mut n = Node::new("p1", NodeKind::Problem, title);
        n.body = body.to_string();
        n
    }

    #[test]
    fn a_serial_title_trades_places_with_the_problem_field() {
        let mut nodes = vec![case(
            "序号：3（重点件）",
            "受理编号：D3TX0003\n\n交办问题：化工厂散发刺鼻气味。\n\n整改状态：阶段办结",
        )];
        apply(&mut nodes);
        assert_eq!(nodes[0].title, "化工厂散发刺鼻气味。");
        assert_eq!(
            nodes[0].body,
            "序号：3（重点件）\n\n受理编号：D3TX0003\n\n整改状态：阶段办结"
        );
    }

    #[test]
    fn other_titles_and_cases_without_a_problem_field_stay() {
        let body = "受理编号：D3TX0003\n\n整改状态：已办结";
        let mut nodes = vec![
            case("序号：1", body),
            case(
                "整改台账管理不规范：3个单位未更新。",
                "问题描述：另有说明。",
            ),
        ];
        apply(&mut nodes);
        assert_eq!(nodes[0].title, "序号：1");
        assert_eq!(nodes[0].body, body);
        assert_eq!(nodes[1].title, "整改台账管理不规范：3个单位未更新。");
    }
}
