//! Keeping bidirectional controls in report text from reordering what is
//! shown next to it. A U+202E (right-to-left override) in a label would
//! otherwise reverse the title printed after it: `标题\u{202E}告报试测\u{202C}尾`
//! reads as "标题测试报告尾". Each field that holds a bidi control is wrapped
//! in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, the plain-text form of
//! `<bdi>`: it works in HTML text nodes and in SVG `<text>` alike, and a PDI
//! closes every embedding and override left open inside the field.

use crate::model::{Node, Report};

const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// Whether `c` is a bidi embedding, override or isolate (U+202A–U+202E,
/// U+2066–U+2069): the characters that reorder text beyond themselves.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `text` isolated when it holds a bidi control; unchanged otherwise.
pub fn isolate(text: &mut String) {
    if text.chars().any(is_bidi_control) {
        text.insert(0, FSI);
        text.push(PDI);
    }
}

/// Every text field of the report that is shown, isolated where needed.
/// For display only: the widget calls this on a loaded report; files and
/// exports keep the text as written.
pub fn isolate_report(report: &mut Report) {
    let m = &mut report.meta;
    isolate(&mut m.title);
    for field in [
        &mut m.issuer,
        &mut m.inspection_round,
        &mut m.inspection_team,
        &mut m.as_of_text,
    ]
    .into_iter()
    .flatten()
    {
        isolate(field);
    }
    if let Some(t) = &mut report.stated_totals {
        isolate(&mut t.text);
    }
    for node in &mut report.nodes {
        isolate_node(node);
    }
}

fn isolate_node(node: &mut Node) {
    isolate(&mut node.label);
    isolate(&mut node.title);
    isolate(&mut node.body);
    node.owners.iter_mut().for_each(isolate);
    node.extra.values_mut().for_each(isolate);
    for f in &mut node.figures {
        isolate(&mut f.label);
        isolate(&mut f.text);
    }
    for child in &mut node.children {
        isolate_node(child);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::NodeKind;

    #[test]
    fn an_override_in_a_label_ends_with_the_label() {
        let mut r = Report::new("标题\u{202E}告报试测\u{202C}尾");
        let mut p = Node::new("p1", NodeKind::Problem, "正常标题");
        p.label = "(1)\u{202E}".into();
        r.nodes.push(p);
        isolate_report(&mut r);
        assert_eq!(
            r.meta.title,
            "\u{2068}标题\u{202E}告报试测\u{202C}尾\u{2069}"
        );
        assert_eq!(r.nodes[0].label, "\u{2068}(1)\u{202E}\u{2069}");
        assert_eq!(
            r.nodes[0].title, "正常标题",
            "text without controls is unchanged"
        );
    }
}
