use super::*;

fn rows(lines: &[&[&str]]) -> Vec<Row> {
    lines
        .iter()
        .enumerate()
        .map(|(i, cells)| Row {
            line: i as u32 + 1,
            cells: cells.iter().map(|s| s.to_string()).collect(),
        })
        .collect()
}

#[test]
fn statuses_from_words() {
    assert_eq!(status_word("是"), Some(Status::Done));
    assert_eq!(status_word(" 已完成 "), Some(Status::Done));
    assert_eq!(status_word("否"), Some(Status::InProgress));
    assert_eq!(status_word("长期坚持"), Some(Status::LongTerm));
    assert_eq!(status_word("未启动"), Some(Status::NotStarted));
    assert_eq!(status_word("见备注"), None);
}

#[test]
fn header_not_on_the_first_row_and_continuations() {
    let r = rows(&[
        &["某局巡察整改台账", "", ""],
        &["截至2025年6月30日", "", ""],
        &["序号", "问题", "整改措施", "是否整改完成", "备注"],
        &["1", "制度不健全。", "1.修订制度；2.开展培训", "是", ""],
        &["", "", "3.建立台账", "", "补充"],
        &["2", "台账不规范", "规范台账", "否", ""],
    ]);
    let c = from_rows(&r, &LedgerOptions::default()).unwrap();
    let rep = &c.report;
    assert_eq!(rep.meta.title, "某局巡察整改台账");
    assert_eq!(rep.meta.as_of.as_deref(), Some("2025-06-30"));
    assert_eq!(rep.skipped.len(), 1);
    assert_eq!(rep.nodes.len(), 2);
    let p1 = &rep.nodes[0];
    assert_eq!(
        (p1.id.as_str(), p1.label.as_str(), p1.title.as_str()),
        ("p1", "1", "制度不健全。")
    );
    let m: Vec<(&str, &str)> = p1
        .children
        .iter()
        .map(|m| (m.label.as_str(), m.title.as_str()))
        .collect();
    assert_eq!(
        m,
        [("1.", "修订制度；"), ("2.", "开展培训"), ("3.", "建立台账")]
    );
    assert_eq!(p1.extra.get("备注").map(String::as_str), Some("补充"));
    assert_eq!(p1.status, Some(Status::Done));
    assert_eq!(rep.nodes[1].status, Some(Status::InProgress));
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
}

#[test]
fn no_header_is_an_error() {
    let e = from_rows(
        &rows(&[&["a", "b"], &["c", "d"]]),
        &LedgerOptions::default(),
    )
    .unwrap_err();
    assert!(e.message.contains("找不到表头"), "{}", e.message);
}
