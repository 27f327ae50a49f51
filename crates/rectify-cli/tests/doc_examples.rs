//! The end-to-end examples in docs/data-format.md are what the converter
//! produces: a notice and a ledger, input and output. When the converter
//! changes, update the doc (the failure message shows the new output).

use rectify_core::input::{convert_bytes, ImportOptions, InputFormat};

const DOC: &str = include_str!("../../../docs/data-format.md");

/// The fenced block after `<!-- example:NAME -->`.
fn block(name: &str) -> &'static str {
    let marker = format!("<!-- example:{name} -->");
    let at = DOC
        .find(&marker)
        .unwrap_or_else(|| panic!("no {marker} in the doc"));
    let rest = &DOC[at + marker.len()..];
    let open = rest.find("```").unwrap();
    let body = &rest[open..];
    let start = body.find('\n').unwrap() + 1;
    let end = body[start..].find("\n```").unwrap();
    &body[start..start + end]
}

fn check(input: &str, output: &str, format: InputFormat, file: &str) {
    let opts = ImportOptions {
        source_name: Some(file.into()),
        ..ImportOptions::default()
    };
    let text = format!("{}\n", block(input));
    let c = convert_bytes(text.as_bytes(), format, &opts).unwrap();
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
    let now = serde_json::to_value(&c.report).unwrap();
    let doc: serde_json::Value = serde_json::from_str(block(output)).unwrap();
    assert!(
        now == doc,
        "docs/data-format.md, example {output}, is stale; the converter now prints:\n{}",
        serde_json::to_string_pretty(&now).unwrap()
    );
    rectify_core::load::from_json_str(block(output)).expect("the doc's output is a valid report");
}

#[test]
fn notice_example_is_current() {
    check(
        "notice-input",
        "notice-output",
        InputFormat::Notice,
        "notice.txt",
    );
}

#[test]
fn ledger_example_is_current() {
    check(
        "ledger-input",
        "ledger-output",
        InputFormat::Csv,
        "ledger.csv",
    );
}
