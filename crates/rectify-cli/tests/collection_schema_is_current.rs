//! `schema/collection.v1.schema.json` must be what the collection types
//! generate now (regenerate with `scripts/regenerate.sh`), and must say
//! what the loader enforces: required fields, no unknown fields.

use rectify_core::collection::{generate, Collection};
use serde_json::Value;

const SCHEMA: &str = include_str!("../../../schema/collection.v1.schema.json");

fn schema() -> Value {
    serde_json::from_str(SCHEMA).unwrap()
}

#[test]
fn collection_schema_is_current() {
    let now = serde_json::to_string_pretty(&schemars::schema_for!(Collection)).unwrap() + "\n";
    assert!(
        now == SCHEMA,
        "schema/collection.v1.schema.json is stale: run scripts/regenerate.sh"
    );
}

fn required(object: &Value) -> Vec<&str> {
    let mut names: Vec<&str> = object["required"]
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    names.sort_unstable();
    names
}

#[test]
fn the_schema_requires_what_the_loader_requires_and_refuses_unknown_fields() {
    let s = schema();
    assert_eq!(required(&s), ["departments", "entries", "format", "title"]);
    assert_eq!(s["additionalProperties"], Value::Bool(false));
    let defs = &s["$defs"];
    assert_eq!(required(&defs["Department"]), ["id", "name"]);
    assert_eq!(
        required(&defs["CollectionEntry"]),
        ["as_of", "department", "report"]
    );
    for def in ["Department", "CollectionEntry", "EntryTotals"] {
        assert_eq!(
            defs[def]["additionalProperties"],
            Value::Bool(false),
            "{def}"
        );
    }
    assert_eq!(
        s["properties"]["entries"]["items"]["$ref"],
        "#/$defs/CollectionEntry"
    );
}

/// Every field a generated collection has is one the schema names, at
/// each level (a cheap cross-check of types and schema).
#[test]
fn a_generated_collection_uses_only_fields_the_schema_names() {
    let s = schema();
    let sample = serde_json::to_value(generate(3, 2).collection).unwrap();
    let fields = |value: &Value, def: &Value| {
        for key in value.as_object().unwrap().keys() {
            assert!(def["properties"].get(key).is_some(), "{key}");
        }
    };
    fields(&sample, &s);
    fields(&sample["departments"][0], &s["$defs"]["Department"]);
    fields(&sample["entries"][0], &s["$defs"]["CollectionEntry"]);
    fields(&sample["entries"][0]["totals"], &s["$defs"]["EntryTotals"]);
}

#[test]
fn the_docs_collection_example_loads() {
    let doc = include_str!("../../../docs/data-format.md");
    let after = doc.split("<!-- example:collection -->").nth(1).unwrap();
    let example = after
        .split("```json\n")
        .nth(1)
        .unwrap()
        .split("\n```")
        .next()
        .unwrap();
    let c = rectify_core::collection::from_json_str(example).expect("the example loads");
    assert_eq!(c.entries.len(), 3);
}
