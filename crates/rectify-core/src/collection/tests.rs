use super::*;
use crate::load::LoadErrorKind;

const VALID: &str = r#"{
  "format": "rectify-board-collection/1",
  "title": "第六轮巡察整改进展",
  "inspection_round": "十五届市委第六轮巡察",
  "departments": [
    { "id": "finance", "name": "市财政局", "order": 2 },
    { "id": "water", "name": "市水务局" }
  ],
  "entries": [
    { "department": "finance", "report": "finance/2025-06-30.json", "as_of": "2025-06-30",
      "totals": { "problems": 12, "done": 7, "in_progress": 5, "long_term": 0, "not_started": 0 } },
    { "department": "finance", "report": "finance/2025-12-31.json", "as_of": "2025-12-31" },
    { "department": "water", "report": "water/2025-06-30.json", "as_of": "2025-06-30" }
  ]
}"#;

fn error_of(text: &str) -> crate::load::LoadError {
    from_json_str(text).unwrap_err()
}

#[test]
fn a_valid_collection_loads() {
    let c = from_json_str(VALID).unwrap();
    assert_eq!(c.departments.len(), 2);
    assert_eq!(c.history("finance").len(), 2);
    assert_eq!(
        c.entries[0].totals.as_ref().unwrap().completion_rate(),
        Some(7.0 / 12.0)
    );
    let order: Vec<&str> = c
        .departments_in_order()
        .iter()
        .map(|d| d.id.as_str())
        .collect();
    assert_eq!(order, ["finance", "water"]);
    assert!(is_collection_json(VALID));
    assert!(!is_collection_json(r#"{"format":"rectify-board/1"}"#));
}

#[test]
fn a_collection_is_recognised_by_a_valid_top_level_format_string_only() {
    let trailing = format!("{VALID} x");
    let not_collections = [
        r#"{"format":"rectify-board/1","nodes":[]}"#,
        r#"{"format":["rectify-board-collection/1"]}"#,
        r#"{"meta":{"format":"rectify-board-collection/1"}}"#,
        r#"{"format":null}"#,
        r#"["rectify-board-collection/1"]"#,
        r#"{"format":"rectify-board-collection/1","x":[1,}"#,
        trailing.as_str(),
        "",
    ];
    for text in not_collections {
        assert!(!is_collection_json(text), "{text}");
    }
    let escaped = r#"{"a":{"format":1},"format":"rectify-board-collection\/1"}"#;
    assert!(is_collection_json(escaped));
}

#[test]
fn errors_are_located() {
    let cases = [
        (
            VALID.replace("\"order\": 2", "\"rank\": 2"),
            "$.departments[0]",
            LoadErrorKind::Schema,
        ),
        (
            VALID.replace("\"water\", \"name\"", "\"finance\", \"name\""),
            "$.departments[1].id",
            LoadErrorKind::Invalid,
        ),
        (
            VALID.replace("\"water\", \"report\"", "\"roads\", \"report\""),
            "$.entries[2].department",
            LoadErrorKind::Invalid,
        ),
        (
            VALID.replace("\"as_of\": \"2025-12-31\"", "\"as_of\": \"2025-06-30\""),
            "$.entries[1].as_of",
            LoadErrorKind::Invalid,
        ),
        (
            VALID.replace("\"as_of\": \"2025-12-31\"", "\"as_of\": \"2025年底\""),
            "$.entries[1].as_of",
            LoadErrorKind::Invalid,
        ),
        (
            VALID.replace("\"id\": \"water\"", "\"id\": \"wa\\u200bter\""),
            "$.departments[1].id",
            LoadErrorKind::Invalid,
        ),
        (
            VALID.replace("\"id\": \"water\"", "\"id\": \"wa/ter\""),
            "$.departments[1].id",
            LoadErrorKind::Invalid,
        ),
        (
            VALID.replace("collection/1", "collection/2"),
            "$.format",
            LoadErrorKind::Version,
        ),
        (
            VALID.replace("rectify-board-collection/1", "rectify-board/1"),
            "$.format",
            LoadErrorKind::Schema,
        ),
    ];
    for (text, path, kind) in cases {
        let e = error_of(&text);
        assert!(e.path.starts_with(path), "{path}: {e:?}");
        assert_eq!(e.kind, kind, "{path}: {e:?}");
        assert!(!e.message_zh.is_empty() && !e.message_en.is_empty());
    }
    let e = error_of("{\"format\": \"rectify-board-collection/1\",\n \"title\": 3}");
    assert_eq!((e.path.as_str(), e.line), ("$.title", Some(2)));
}
