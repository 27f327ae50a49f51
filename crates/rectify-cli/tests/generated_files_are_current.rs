//! The checked-in generated files must match what the code generates now:
//! the JSON Schema of the format, and the bundled report converted from the
//! real notice. Regenerate both with `scripts/regenerate.sh`.
//!
//! The schema is also checked structurally against the Rust types: its
//! enums list exactly the serde names of the Rust enums, and the fields it
//! requires are exactly those serde cannot do without.

use rectify_core::convert::{convert_notice, ConvertOptions};
use rectify_core::model::{
    Contact, DateRange, Figure, Meta, Node, NodeKind, Report, Skipped, Source, StatedTotals,
    Status, StatusBasis, StatusEvidence,
};
use serde_json::{json, Map, Value};

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

fn schema() -> Value {
    serde_json::from_str(SCHEMA).unwrap()
}

fn defs(schema: &Value) -> &Map<String, Value> {
    schema["$defs"].as_object().expect("the schema has $defs")
}

/// The serde name of a value of a unit-variant enum.
fn serde_name<T: serde::Serialize>(value: T) -> String {
    serde_json::to_value(value)
        .unwrap()
        .as_str()
        .expect("a unit variant serialises as a string")
        .to_string()
}

/// Every node kind. The match fails to compile when a kind is added, so
/// that this list (and with it the test) cannot fall behind.
fn all_node_kinds() -> Vec<NodeKind> {
    use NodeKind::*;
    let all = [
        Preamble, Section, FocusArea, Category, Problem, Measure, LongTerm, Item, Closing,
    ];
    for kind in all {
        match kind {
            Preamble | Section | FocusArea | Category | Problem | Measure | LongTerm | Item
            | Closing => {}
        }
    }
    all.to_vec()
}

/// Every status basis (exhaustive like [`all_node_kinds`]).
fn all_status_bases() -> Vec<StatusBasis> {
    use StatusBasis::*;
    let all = [Stated, Inferred, Editor];
    for basis in all {
        match basis {
            Stated | Inferred | Editor => {}
        }
    }
    all.to_vec()
}

/// Every status: `Status::ALL`, checked exhaustive the same way.
fn all_statuses() -> Vec<Status> {
    for status in Status::ALL {
        match status {
            Status::Done | Status::InProgress | Status::LongTerm | Status::NotStarted => {}
        }
    }
    assert_eq!(Status::ALL.len(), 4, "Status::ALL misses a status");
    Status::ALL.to_vec()
}

/// The values a schema enum allows, in order (`oneOf` of `const`s, or `enum`).
fn enum_values(def: &Value) -> Vec<String> {
    let values: Vec<&Value> = match (def.get("oneOf"), def.get("enum")) {
        (Some(one_of), _) => one_of
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.get("const").expect("each alternative is a const"))
            .collect(),
        (None, Some(values)) => values.as_array().unwrap().iter().collect(),
        (None, None) => panic!("not an enum: {def}"),
    };
    values
        .into_iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn schema_enums_are_the_rust_enums() {
    let schema = schema();
    let defs = defs(&schema);
    let kinds: Vec<String> = all_node_kinds().into_iter().map(serde_name).collect();
    let statuses: Vec<String> = all_statuses().into_iter().map(serde_name).collect();
    let bases: Vec<String> = all_status_bases().into_iter().map(serde_name).collect();
    assert_eq!(enum_values(&defs["NodeKind"]), kinds);
    assert_eq!(enum_values(&defs["Status"]), statuses);
    assert_eq!(enum_values(&defs["StatusBasis"]), bases);
    // No other enum in the schema that this test does not know.
    let enums: Vec<&str> = defs
        .iter()
        .filter(|(_, d)| d.get("oneOf").is_some() || d.get("enum").is_some())
        .map(|(name, _)| name.as_str())
        .collect();
    assert_eq!(enums, ["NodeKind", "Status", "StatusBasis"]);
}

/// Deserialises `value` as the Rust type the schema definition `def`
/// describes (`$` is the report itself).
fn rust_reads(def: &str, value: Value) -> Result<(), serde_json::Error> {
    use serde_json::from_value as read;
    match def {
        "$" => read::<Report>(value).map(drop),
        "Contact" => read::<Contact>(value).map(drop),
        "DateRange" => read::<DateRange>(value).map(drop),
        "Figure" => read::<Figure>(value).map(drop),
        "Meta" => read::<Meta>(value).map(drop),
        "Node" => read::<Node>(value).map(drop),
        "Skipped" => read::<Skipped>(value).map(drop),
        "Source" => read::<Source>(value).map(drop),
        "StatedTotals" => read::<StatedTotals>(value).map(drop),
        "StatusEvidence" => read::<StatusEvidence>(value).map(drop),
        other => panic!("the schema has a type this test does not know: {other}"),
    }
}

/// A value the schema `s` allows, as small as possible: only required
/// properties, the first alternative of an enum, empty arrays and maps.
fn example(s: &Value, defs: &Map<String, Value>) -> Value {
    if let Some(reference) = s.get("$ref").and_then(Value::as_str) {
        let name = reference.trim_start_matches("#/$defs/");
        return example(&defs[name], defs);
    }
    if let Some(value) = s.get("const") {
        return value.clone();
    }
    for key in ["oneOf", "anyOf"] {
        if let Some(alternatives) = s.get(key).and_then(Value::as_array) {
            let first = alternatives
                .iter()
                .find(|a| a.get("type") != Some(&json!("null")))
                .expect("a non-null alternative");
            return example(first, defs);
        }
    }
    let types: Vec<&str> = match &s["type"] {
        Value::String(t) => vec![t.as_str()],
        Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
        other => panic!("no type in {s}: {other}"),
    };
    match types.into_iter().find(|t| *t != "null") {
        Some("string") => json!("2025-06-30"),
        Some("integer") => json!(1),
        Some("number") => json!(1.5),
        Some("boolean") => json!(true),
        Some("array") => json!([]),
        Some("object") => minimal_object(s, defs),
        other => panic!("unexpected type {other:?} in {s}"),
    }
}

/// An object with only the required properties of `s`.
fn minimal_object(s: &Value, defs: &Map<String, Value>) -> Value {
    let properties = s.get("properties").and_then(Value::as_object);
    let mut out = Map::new();
    for name in required(s) {
        let property = properties
            .and_then(|p| p.get(&name))
            .unwrap_or_else(|| panic!("required `{name}` is not among the properties of {s}"));
        out.insert(name.clone(), example(property, defs));
    }
    Value::Object(out)
}

fn required(s: &Value) -> Vec<String> {
    s.get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().map(|v| v.as_str().unwrap().to_string()).collect())
        .unwrap_or_default()
}

#[test]
fn schema_required_fields_are_the_ones_rust_requires() {
    let schema = schema();
    let defs = defs(&schema);
    let objects = defs
        .iter()
        .filter(|(_, d)| d.get("properties").is_some())
        .map(|(name, d)| (name.as_str(), d))
        .chain([("$", &schema)]);
    let mut checked = 0;
    for (name, def) in objects {
        // With only the required fields, Rust reads it …
        let minimal = minimal_object(def, defs);
        rust_reads(name, minimal.clone())
            .unwrap_or_else(|e| panic!("{name}: Rust needs more than the schema requires: {e}"));
        // … and without any one of them it does not.
        for field in required(def) {
            let mut without = minimal.clone();
            without.as_object_mut().unwrap().remove(&field);
            let e = rust_reads(name, without).expect_err(&format!(
                "{name}: the schema requires `{field}`, Rust does not"
            ));
            assert_eq!(e.to_string(), format!("missing field `{field}`"), "{name}");
            checked += 1;
        }
        // Every property the schema names is a field Rust reads.
        for (field, property) in def["properties"].as_object().unwrap() {
            let mut with = minimal.clone();
            with[field] = example(property, defs);
            rust_reads(name, with).unwrap_or_else(|e| panic!("{name}.{field}: {e}"));
        }
    }
    // format, meta, nodes; id, kind, title; title; value, unit, label, text; …
    assert!(checked >= 15, "{checked}");
    assert_eq!(required(&schema), ["format", "meta", "nodes"]);
    assert_eq!(required(&defs["Node"]), ["id", "kind", "title"]);
}

#[test]
fn bundled_report_uses_only_what_the_schema_names() {
    // Every node kind and status used in the bundled report is a value of
    // the schema's enums (a cross-check of the two generated files).
    let schema = schema();
    let defs = defs(&schema);
    let kinds = enum_values(&defs["NodeKind"]);
    let statuses = enum_values(&defs["Status"]);
    let report: Report = rectify_core::load::from_json_str(BUNDLED).unwrap();
    for node in report.walk() {
        assert!(kinds.contains(&serde_name(node.kind)), "{}", node.id);
        if let Some(status) = node.status {
            assert!(statuses.contains(&serde_name(status)), "{}", node.id);
        }
    }
}
