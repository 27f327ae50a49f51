use super::*;

const MINIMAL: &str = r#"{"format":"rectify-board/1","meta":{"title":"T"},"nodes":[
  {"id":"p1","kind":"problem","title":"A","status":"done"},
  {"id":"p2","kind":"problem","title":"B","status":"in_progress"}]}"#;

#[test]
fn loads_a_minimal_report() {
    let r = from_json_str(MINIMAL).unwrap();
    assert_eq!(r.nodes.len(), 2);
    assert_eq!(r.meta.language, "zh-Hans");
}

#[test]
fn syntax_error_has_line_and_column() {
    let e = from_json_str("{\n  \"format\": \"rectify-board/1\",\n  nodes: []\n}").unwrap_err();
    assert_eq!(e.kind, LoadErrorKind::Syntax);
    assert_eq!(e.line, Some(3));
    assert!(e.message_zh.contains("第 3 行"), "{}", e.message_zh);
}

#[test]
fn truncated_json_is_reported_as_incomplete() {
    let e = from_json_str(&MINIMAL[..60]).unwrap_err();
    assert_eq!(e.kind, LoadErrorKind::Syntax);
    assert!(e.message_zh.contains("不完整"), "{}", e.message_zh);
}

#[test]
fn unknown_status_names_the_path_and_the_allowed_values() {
    let bad = MINIMAL.replace("\"in_progress\"", "\"finished\"");
    let e = from_json_str(&bad).unwrap_err();
    assert_eq!(e.kind, LoadErrorKind::Schema);
    assert_eq!(e.path, "$.nodes[1].status");
    assert!(e.message_zh.contains("finished"), "{}", e.message_zh);
    assert!(e.message_zh.contains("in_progress"), "{}", e.message_zh);
}

#[test]
fn missing_title_names_the_field() {
    let bad = MINIMAL.replace(",\"title\":\"B\"", "");
    let e = from_json_str(&bad).unwrap_err();
    assert_eq!(e.path, "$.nodes[1]");
    assert!(e.message_zh.contains("title"), "{}", e.message_zh);
}

#[test]
fn nested_wrong_type_has_a_deep_path() {
    let bad = r#"{"format":"rectify-board/1","meta":{"title":"T"},"nodes":[
      {"id":"a","kind":"focus_area","title":"A","children":[
        {"id":"p","kind":"problem","title":"P","figures":[{"value":"多","unit":"个","label":"x","text":"多个"}]}]}]}"#;
    let e = from_json_str(bad).unwrap_err();
    assert_eq!(e.path, "$.nodes[0].children[0].figures[0].value");
    assert!(e.message_zh.contains("类型错误"), "{}", e.message_zh);
}

#[test]
fn other_major_version_is_refused() {
    let e = from_json_str(&MINIMAL.replace("rectify-board/1", "rectify-board/2")).unwrap_err();
    assert_eq!(e.kind, LoadErrorKind::Version);
    assert_eq!(e.path, "$.format");
}

#[test]
fn duplicate_ids_are_invalid() {
    let e = from_json_str(&MINIMAL.replace("\"p2\"", "\"p1\"")).unwrap_err();
    assert_eq!(e.kind, LoadErrorKind::Invalid);
    assert_eq!(e.path, "$.nodes[1].id");
    assert!(
        e.message_en.contains("already used at $.nodes[0];"),
        "{}",
        e.message_en
    );
    let nested = r#"{"format":"rectify-board/1","meta":{"title":"T"},"nodes":[
      {"id":"a","kind":"focus_area","title":"A","children":[
        {"id":"x","kind":"problem","title":"P"},{"id":"p","kind":"problem","title":"P"}]},
      {"id":"b","kind":"focus_area","title":"B","children":[
        {"id":"q","kind":"problem","title":"Q","completed_on":"2025-13-01"},{"id":"p","kind":"problem","title":"P"}]}]}"#;
    let e = from_json_str(nested).unwrap_err();
    assert_eq!(e.path, "$.nodes[1].children[0].completed_on");
    let e = from_json_str(&nested.replace("2025-13-01", "2025-12-01")).unwrap_err();
    assert_eq!(e.path, "$.nodes[1].children[1].id");
    assert!(
        e.message_zh.contains("已在 $.nodes[0].children[1] 使用"),
        "{}",
        e.message_zh
    );
}

#[test]
fn bad_dates_are_invalid() {
    let bad = MINIMAL.replace(r#""title":"T""#, r#""title":"T","as_of":"2025-02-30""#);
    let e = from_json_str(&bad).unwrap_err();
    assert_eq!(e.path, "$.meta.as_of");
}

#[test]
fn top_level_array_is_refused() {
    let e = from_json_str("[]").unwrap_err();
    assert_eq!(e.path, "$");
}
