//! The checked-in generated files must match what the code generates now:
//! the JSON Schema of the format, and the bundled report converted from the
//! real notice. Regenerate both with `scripts/regenerate.sh`.

use rectify_core::convert::{convert_notice, ConvertOptions};
use rectify_core::model::Report;

const SCHEMA: &str = include_str!("../../../schema/report.v1.schema.json");
const NOTICE: &str = include_str!("../../../data/source/zhongshan-finance-2025-09.txt");
const BUNDLED: &str = include_str!("../../../data/reports/zhongshan-finance-2025-09.json");

#[test]
fn json_schema_is_current() {
    let now = serde_json::to_string_pretty(&schemars::schema_for!(Report)).unwrap() + "\n";
    assert!(
        now == SCHEMA,
        "schema/report.v1.schema.json is stale: run scripts/regenerate.sh"
    );
}

#[test]
fn bundled_report_is_the_converters_output() {
    let opts = ConvertOptions {
        source_name: Some("zhongshan-finance-2025-09.txt".into()),
        ..ConvertOptions::default()
    };
    let now = convert_notice(NOTICE, &opts).report;
    let bundled: Report = rectify_core::load::from_json_str(BUNDLED).expect("bundled report loads");
    assert!(
        now == bundled,
        "data/reports/zhongshan-finance-2025-09.json is stale: run scripts/regenerate.sh"
    );
}

#[test]
fn bundled_report_validates_against_the_schema_shape() {
    // Every node kind and status used in the bundled report is one the
    // schema names (a cheap cross-check of the two generated files).
    let schema: serde_json::Value = serde_json::from_str(SCHEMA).unwrap();
    let text = schema.to_string();
    let report: Report = rectify_core::load::from_json_str(BUNDLED).unwrap();
    for node in report.walk() {
        let kind = serde_json::to_value(node.kind).unwrap();
        assert!(text.contains(&format!("\"{}\"", kind.as_str().unwrap())));
    }
}
