//! The parts of a notice that are not problems (the preamble, sections such
//! as 主体责任落实情况 and 下一步工作打算, the closing) as readable text:
//! a heading, paragraphs and the numbered items under it.

use crate::locale::{Lang, Msg};
use crate::model::{Node, NodeKind, Report};

/// A numbered item of a section (`(一)` `高度重视，全面部署整改任务。` and its text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextItem {
    pub label: String,
    pub title: String,
    pub paragraphs: Vec<String>,
}

/// A part of the notice to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextSection {
    pub heading: String,
    pub paragraphs: Vec<String>,
    pub items: Vec<TextItem>,
}

/// The report's top-level parts that hold no problem or long-term item, in
/// the notice's order; the empty ones left out.
pub fn text_sections(report: &Report, lang: Lang) -> Vec<TextSection> {
    report
        .nodes
        .iter()
        .filter(|n| {
            !n.walk()
                .any(|d| matches!(d.kind, NodeKind::Problem | NodeKind::LongTerm))
        })
        .map(|n| TextSection {
            heading: heading(n, lang),
            paragraphs: paragraphs(&n.body),
            items: n
                .walk()
                .skip(1)
                .filter(|d| !d.title.is_empty() || !d.body.trim().is_empty())
                .map(|d| TextItem {
                    label: d.label.clone(),
                    title: d.title.clone(),
                    paragraphs: paragraphs(&d.body),
                })
                .collect(),
        })
        .filter(|s| !s.paragraphs.is_empty() || !s.items.is_empty())
        .collect()
}

fn heading(node: &Node, lang: Lang) -> String {
    match (node.kind, node.title.is_empty()) {
        (NodeKind::Preamble, true) => Msg::Preamble.text(lang).to_string(),
        (NodeKind::Closing, true) => Msg::Closing.text(lang).to_string(),
        _ => node.label.clone() + &node.title,
    }
}

fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_notice_reads_its_other_parts() {
        let r = crate::test_support::bundled_report();
        let s = text_sections(&r, Lang::ZhHans);
        let headings: Vec<&str> = s.iter().map(|s| s.heading.as_str()).collect();
        assert_eq!(
            headings,
            [
                "通报开头",
                "一、党组履行巡察整改主体责任情况",
                "四、下一步工作打算",
                "结束语"
            ]
        );
        assert!(s[0].paragraphs[0].starts_with("根据市委统一部署"));
        assert_eq!(s[1].items.len(), 4);
        assert_eq!(s[1].items[0].label, "(一)");
        assert_eq!(s[1].items[0].title, "高度重视,全面部署整改任务。");
        assert!(!s[1].items[0].paragraphs.is_empty());
        assert!(s[3].paragraphs[0].starts_with("欢迎广大干部群众"));
        assert_eq!(text_sections(&r, Lang::En)[0].heading, "Introduction");
    }
}
