//! A problem whose fields are numbered as if they were items
//! (`一、关于…的问题` › `（一）问题表现：…` `（二）整改措施：…`
//! `（三）整改进展：已完成整改。`): the numbers order the problem's parts,
//! they do not list problems. Read so by shape: two or more children,
//! none with anything under it, each opening (after its label) with a
//! short key ending in a colon, no key twice, and one of them a report key
//! (`整改进展：`; a plan's `（一）整改目标：` `（二）整改措施：` reports nothing
//! and stays a list). Their text, labels
//! included, becomes the heading's own text, in order (moved, not copied),
//! so that the heading is one problem with its statement, measures and
//! report. Items keyed alike (`（一）问题：…` `（二）问题：…`) are a list of
//! problems and stay.
//!
//! The keys may also be bare headings with their text below
//! (`（一）存在问题` › the finding, `（二）整改措施` › `一是…`, `（三）整改成效`
//! › the report). Only the measures' heading may have items under it (the
//! measures); a statement or report with a list under it lists problems.

use super::tree::{Place, TNode, Tree};
use crate::text::{norm_chars, trim};

/// The longest key before the colon (characters).
const MAX_KEY_CHARS: usize = 8;

/// The key a child's text opens with after its label (`问题表现`), if any,
/// and whether it is a bare heading (`（二）整改措施` with its text below).
fn field_key(n: &TNode) -> Option<(String, bool)> {
    let rest = text_after_label(&format!("{}{}", n.label, n.title));
    let chars = norm_chars(&rest);
    if let Some(key) = bare_key(&chars) {
        return Some((key, true));
    }
    let colon = chars
        .iter()
        .take(MAX_KEY_CHARS + 1)
        .position(|&c| c == ':')?;
    let key = &chars[..colon];
    let plain = !key.iter().any(|c| matches!(c, ',' | '。' | ';' | ' '));
    (colon >= 2 && plain).then(|| (key.iter().collect(), false))
}

/// A heading that is a key and nothing more (`存在问题`, `整改措施：`).
fn bare_key(chars: &[char]) -> Option<String> {
    let key = chars.strip_suffix(&[':']).unwrap_or(chars);
    let han = key.iter().all(|&c| crate::text::chars::is_han(c));
    (han && (2..=MAX_KEY_CHARS).contains(&key.len())).then(|| key.iter().collect())
}

/// Whether bare key `key` may have items under it: the measures'.
fn may_hold_items(key: &str) -> bool {
    super::tree::is_bare_measures_key(&format!("{key}："))
}

fn is_report_key(key: &str) -> bool {
    super::report_text::opens_with_report_key(&format!("{key}："))
}

/// Whether the children of `p` are its fields.
fn holds_fields(tree: &Tree, p: &TNode) -> bool {
    if p.children.len() < 2 {
        return false;
    }
    let mut keys: Vec<String> = Vec::new();
    for &c in &p.children {
        let n = &tree.nodes[c];
        let Some((key, bare)) = field_key(n) else {
            return false;
        };
        let items_allowed = bare && may_hold_items(&key) && all_leaves(tree, n);
        if keys.contains(&key) || !(n.children.is_empty() || items_allowed) {
            return false;
        }
        keys.push(key);
    }
    keys.iter().any(|k| is_report_key(k))
}

fn all_leaves(tree: &Tree, n: &TNode) -> bool {
    n.children
        .iter()
        .all(|&c| tree.nodes[c].children.is_empty())
}

/// Folds numbered fields into the problem they belong to.
pub(crate) fn fold(tree: &mut Tree) {
    let mut moved: Vec<Option<usize>> = Vec::new();
    for p in 0..tree.nodes.len() {
        if !holds_fields(tree, &tree.nodes[p]) {
            continue;
        }
        moved.resize(tree.nodes.len(), None);
        let children = std::mem::take(&mut tree.nodes[p].children);
        for c in children {
            let items = std::mem::take(&mut tree.nodes[c].children);
            let bare = field_key(&tree.nodes[c]).is_some_and(|(_, bare)| bare);
            move_text(tree, c, p, !bare);
            moved[c] = Some(p);
            for i in items {
                move_text(tree, i, p, false);
                moved[i] = Some(p);
            }
        }
    }
    if moved.is_empty() {
        return;
    }
    for place in &mut tree.placed {
        if let Place::Node(c) = *place {
            if let Some(p) = moved.get(c).copied().flatten() {
                *place = Place::Node(p);
            }
        }
    }
}

/// Moves node `from`'s label, title and body to the end of node `to`'s
/// body, as a paragraph of its own. The body runs on after the title when
/// `run_on` (`（一）问题表现：` with its text wrapped below).
fn move_text(tree: &mut Tree, from: usize, to: usize, run_on: bool) {
    let from = &mut tree.nodes[from];
    let mut text = std::mem::take(&mut from.label);
    text.push_str(&std::mem::take(&mut from.title));
    let body = std::mem::take(&mut from.body);
    if !trim(&body).is_empty() {
        text.push_str(if run_on { "" } else { "\n\n" });
        text.push_str(&body);
    }
    let report = super::report_text::opens_with_report_key(&text_after_label(&text));
    let paragraphs = from.paragraphs + 1;
    let to = &mut tree.nodes[to];
    if !to.body.is_empty() {
        to.body.push_str("\n\n");
    }
    to.body.push_str(&text);
    to.paragraphs += paragraphs;
    to.reported |= report;
}

/// The text after its label (`（三）整改进展：…` → `整改进展：…`).
fn text_after_label(text: &str) -> String {
    crate::text::label::recognise(text).map_or_else(|| text.to_string(), |l| l.rest)
}

#[cfg(test)]
mod tests {
    use super::super::tree::{build, paras};
    use super::*;

    fn folded(lines: &[&str]) -> Tree {
        let mut t = build(&paras(lines));
        fold(&mut t);
        t
    }

    #[test]
    fn numbered_fields_become_the_problems_text() {
        let t = folded(&[
            "一、关于数据审核不严的问题",
            "（一）问题表现：审核流于形式。",
            "（二）整改措施：建立三级审核制度。",
            "（三）整改进展：已完成整改。",
            "二、关于执法不力的问题",
            "（一）问题表现：检查偏少。",
            "（二）整改进展：正在推进。",
        ]);
        let top: Vec<(usize, bool)> = t
            .roots
            .iter()
            .map(|&r| (t.nodes[r].children.len(), t.nodes[r].reported))
            .collect();
        assert_eq!(top, [(0, true), (0, true)]);
        let first = &t.nodes[t.roots[0]].body;
        assert!(first.starts_with("（一）问题表现：审核流于形式。\n\n（二）整改措施："));
        assert!(first.ends_with("（三）整改进展：已完成整改。"));
    }

    #[test]
    fn items_keyed_alike_or_without_a_report_stay_items() {
        for lines in [
            &[
                "二、下一步工作安排",
                "（一）整改目标：全部整改到位。",
                "（二）整改措施：实行销号管理。",
            ][..],
            &[
                "一、巡察反馈的问题",
                "（一）问题：审核流于形式。整改情况：已完成。",
                "（二）问题：检查偏少。整改情况：已完成。",
            ],
            &[
                "一、基本情况",
                "（一）责任单位：办公室。",
                "（二）联系人：张某。",
            ],
        ] {
            let t = folded(lines);
            assert_eq!(t.nodes[t.roots[0]].children.len(), 2, "{lines:?}");
        }
    }

    #[test]
    fn bare_field_headings_fold_with_the_measures_under_them() {
        let t = folded(&[
            "一、补贴审核不严",
            "（一）存在问题",
            "审核流于形式。",
            "（二）整改措施",
            "一是修订审核办法；",
            "二是开展全面复核。",
            "（三）整改成效",
            "复核申请612份，该问题已完成整改。",
        ]);
        let root = &t.nodes[t.roots[0]];
        assert!(root.children.is_empty());
        assert!(
            root.body.starts_with("（一）存在问题\n\n审核流于形式。"),
            "{:?}",
            root.body
        );
        assert!(root
            .body
            .ends_with("（三）整改成效\n\n复核申请612份，该问题已完成整改。"));
    }

    #[test]
    fn a_bare_statement_heading_over_a_list_lists_problems() {
        let t = folded(&[
            "一、组织建设方面",
            "（一）存在问题",
            "1.支部会议记录不全。",
            "2.党费收缴不及时。",
            "（二）整改情况",
            "已全部完成整改。",
        ]);
        assert_eq!(t.nodes[t.roots[0]].children.len(), 2);
    }
}
