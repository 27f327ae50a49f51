//! Problem numbers of any length (issue 11, item 8): `（1000）` and `1000.`
//! are labels like `（999）`; years and amounts at the start of a paragraph
//! (`2025年`, `2025.06`, `1000万元`) are not; a numbering jump is warned about.

mod common;

use rectify_core::convert::{convert_notice, ConvertOptions};
use rectify_core::model::NodeKind;

fn problems_of(text: &str) -> (Vec<String>, Vec<String>) {
    let c = convert_notice(text, &ConvertOptions::default());
    common::assert_accounted(text, &c.report);
    let labels = c
        .report
        .walk()
        .filter(|n| n.kind == NodeKind::Problem)
        .map(|n| n.label.clone())
        .collect();
    let warnings = c.warnings.iter().map(|w| w.message.clone()).collect();
    (labels, warnings)
}

const HEAD: &str = "关于巡察整改进展情况的通报\n\n一、巡察反馈问题的整改情况\n\n";

#[test]
fn four_digit_labels_are_problems() {
    let text = format!(
        "{HEAD}（999）审批不规范的问题。已完成整改。\n（1000）台账不全的问题。已完成整改。\n（1001）公示不及时的问题。正在整改。\n"
    );
    let (labels, warnings) = problems_of(&text);
    assert_eq!(labels, ["（999）", "（1000）", "（1001）"]);
    assert!(warnings.is_empty(), "{warnings:?}");

    let text = format!(
        "{HEAD}999.审批不规范的问题。已完成整改。\n1000.台账不全的问题。已完成整改。\n123456789012.编号很长的问题。已完成整改。\n"
    );
    let (labels, warnings) = problems_of(&text);
    assert_eq!(labels, ["999.", "1000.", "123456789012."]);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].contains("编号不连续"), "{warnings:?}");
}

#[test]
fn years_and_amounts_are_not_labels() {
    let text = format!(
        "{HEAD}（1）资金管理不规范的问题。已完成整改。\n2025年6月底前完成全部清理。\n2025.06完成验收。\n1000万元已全部收回。\n"
    );
    let (labels, warnings) = problems_of(&text);
    assert_eq!(labels, ["（1）"]);
    assert!(warnings.is_empty(), "{warnings:?}");
}

#[test]
fn a_jump_in_long_numbers_is_warned_about() {
    let text = format!(
        "{HEAD}（999）审批不规范的问题。已完成整改。\n（1000）台账不全的问题。已完成整改。\n（1002）公示不及时的问题。正在整改。\n"
    );
    let (labels, warnings) = problems_of(&text);
    assert_eq!(labels.len(), 3);
    assert_eq!(warnings, ["编号不连续：（1000）之后是（1002）"]);
}
