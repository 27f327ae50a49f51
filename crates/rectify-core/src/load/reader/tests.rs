//! The reader against serde: the same `Report` from whatever serde writes,
//! and a located error for every mutated text serde refuses.

use std::collections::BTreeMap;

use proptest::prelude::*;
use proptest::test_runner::{TestCaseError, TestRunner};

use super::{read_report, read_report_texts};
use crate::load::{from_json_str, from_json_str_texts, LoadErrorKind, Texts};
use crate::model::{
    Contact, DateRange, Figure, Meta, Node, NodeKind, Report, Skipped, Source, StatedTotals,
    Status, StatusBasis, StatusEvidence,
};

/// Any text: controls, quotes, backslashes, CJK, astral characters.
fn text() -> impl Strategy<Value = String> {
    // Regexes compiled once (parsing them per value needs a deep stack).
    let plain = proptest::string::string_regex("[a-z0-9 ]{0,8}").unwrap();
    let odd = proptest::string::string_regex(
        "[\\x00-\\x1f\"\\\\/\u{7f}\u{4e00}-\u{4e10}\u{1f600}\u{2028}\u{fffd}]{0,6}",
    )
    .unwrap();
    prop_oneof![3 => plain, 2 => odd, 1 => any::<String>()]
}

fn opt_text() -> impl Strategy<Value = Option<String>> {
    proptest::option::of(text())
}

/// Decimals as reports state them (up to 10 digits, up to 6 decimals).
fn decimal() -> impl Strategy<Value = f64> {
    (-9_999_999_999i64..9_999_999_999, 0i32..7).prop_map(|(m, d)| m as f64 / 10f64.powi(d))
}

fn figure() -> impl Strategy<Value = Figure> {
    (
        decimal(),
        text(),
        text(),
        opt_text(),
        proptest::option::of(decimal()),
        text(),
    )
        .prop_map(
            |(value, unit, label, period, change_percent, text)| Figure {
                value,
                unit,
                label,
                period,
                change_percent,
                text,
            },
        )
}

fn evidence() -> impl Strategy<Value = StatusEvidence> {
    (0usize..3, text(), opt_text()).prop_map(|(b, rule, phrase)| StatusEvidence {
        basis: [
            StatusBasis::Stated,
            StatusBasis::Inferred,
            StatusBasis::Editor,
        ][b],
        rule,
        phrase,
    })
}

fn leaf() -> impl Strategy<Value = Node> {
    let kinds = [
        NodeKind::Preamble,
        NodeKind::Section,
        NodeKind::FocusArea,
        NodeKind::Category,
        NodeKind::Problem,
        NodeKind::Measure,
        NodeKind::LongTerm,
        NodeKind::Item,
        NodeKind::Closing,
    ];
    (
        (text(), 0usize..9, text(), text(), text()),
        (
            proptest::option::of(0usize..4),
            proptest::option::of(evidence()),
            proptest::collection::vec(text(), 0..3),
            opt_text(),
            opt_text(),
        ),
        (
            proptest::collection::vec(figure(), 0..2),
            proptest::option::of(any::<u32>()),
            proptest::collection::btree_map(text(), text(), 0..3),
        ),
    )
        .prop_map(
            move |(
                (id, kind, label, title, body),
                (status, status_evidence, owners, deadline, completed_on),
                (figures, source_line, extra),
            )| Node {
                id,
                kind: kinds[kind],
                label,
                title,
                body,
                status: status.map(|s| Status::ALL[s]),
                status_evidence,
                owners,
                deadline,
                completed_on,
                figures,
                source_line,
                extra,
                children: Vec::new(),
            },
        )
}

fn node() -> impl Strategy<Value = Node> {
    leaf().prop_recursive(3, 24, 4, |inner| {
        (leaf(), proptest::collection::vec(inner, 0..4)).prop_map(|(mut n, children)| {
            n.children = children;
            n
        })
    })
}

/// A notice's address as loading accepts it (http or https, ASCII).
fn opt_url() -> impl Strategy<Value = Option<String>> {
    proptest::option::of("https?://[a-z]{1,8}\\.gov\\.cn/[a-z0-9/._-]{0,12}")
}

fn date_range() -> impl Strategy<Value = DateRange> {
    (text(), text()).prop_map(|(start, end)| DateRange { start, end })
}

fn meta() -> impl Strategy<Value = Meta> {
    (
        (
            text(),
            opt_text(),
            opt_text(),
            opt_text(),
            proptest::option::of(date_range()),
        ),
        (opt_text(), opt_text(), opt_text(), opt_text(), opt_text()),
        (opt_text(), opt_text(), proptest::option::of(date_range())),
        (
            proptest::option::of((opt_text(), opt_text(), opt_text(), opt_text(), opt_text())),
            proptest::option::of((opt_text(), opt_text(), opt_text(), opt_url())),
            text(),
        ),
    )
        .prop_map(|(a, b, c, d)| Meta {
            title: a.0,
            issuer: a.1,
            inspection_round: a.2,
            inspection_team: a.3,
            inspection_period: a.4,
            feedback_date: b.0,
            as_of: b.1,
            as_of_text: b.2,
            published: b.3,
            written_date: b.4,
            index_number: c.0,
            document_number: c.1,
            disclosure: c.2,
            contact: d.0.map(|(phone, address, postcode, email, note)| Contact {
                phone,
                address,
                postcode,
                email,
                note,
            }),
            source: d.1.map(|(document, publisher, generator, url)| Source {
                document,
                publisher,
                generator,
                url,
            }),
            language: d.2,
        })
}

fn totals_without_candidates() -> impl Strategy<Value = StatedTotals> {
    (
        proptest::collection::vec(proptest::option::of(any::<u32>()), 5),
        proptest::option::of(decimal()),
        opt_text(),
        text(),
        proptest::option::of(any::<u32>()),
    )
        .prop_map(
            |(c, completion_rate, unit, text, source_line)| StatedTotals {
                total: c[0],
                done: c[1],
                in_progress: c[2],
                long_term: c[3],
                not_started: c[4],
                completion_rate,
                unit,
                text,
                source_line,
                candidates: Vec::new(),
            },
        )
}

fn totals() -> impl Strategy<Value = StatedTotals> {
    (
        totals_without_candidates(),
        proptest::collection::vec(totals_without_candidates(), 0..3),
    )
        .prop_map(|(mut t, candidates)| {
            t.candidates = candidates;
            t
        })
}

fn report() -> impl Strategy<Value = Report> {
    (
        text(),
        meta(),
        proptest::collection::vec(node(), 0..4),
        proptest::option::of(totals()),
        proptest::collection::vec(
            (any::<u32>(), text(), text()).prop_map(|(line, text, reason)| Skipped {
                line,
                text,
                reason,
            }),
            0..3,
        ),
    )
        .prop_map(|(format, meta, nodes, stated_totals, skipped)| Report {
            format,
            meta,
            nodes,
            stated_totals,
            skipped,
        })
}

/// Small edits that break JSON or the schema in the ways files break.
fn mutate(json: &str, kind: usize, at: usize, len: usize, piece: usize) -> String {
    const PIECES: [&str; 30] = [
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "\"",
        "\\",
        "null",
        "true",
        "1e999",
        "-",
        "0",
        "1.5",
        "\"x\":1",
        "\"id\":\"d\"",
        "\\u",
        "\\ud800",
        "\u{1}",
        " ",
        "[]",
        "{}",
        "\"title\":",
        "-1",
        "\t",
        "\n",
        "\u{0}",
        "\u{1f}",
        "\\x",
        "\\uDC00",
    ];
    let mut bytes = json.as_bytes().to_vec();
    let at = at % (bytes.len() + 1);
    let end = (at + len).min(bytes.len());
    match kind {
        0 => bytes.truncate(at),
        1 => {
            bytes.drain(at..end);
        }
        2 => {
            bytes.splice(at..at, PIECES[piece % PIECES.len()].bytes());
        }
        _ => {
            bytes.splice(at..end, PIECES[piece % PIECES.len()].bytes());
        }
    }
    // Only UTF-8 texts: bytes are checked before the reader.
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Runs a property on a thread with a large stack: the nested report
/// strategies need more than a test thread has in debug builds.
fn check<S: Strategy + 'static>(
    strategy: fn() -> S,
    property: fn(S::Value) -> Result<(), TestCaseError>,
) where
    S::Value: std::fmt::Debug,
{
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let mut runner = TestRunner::new(ProptestConfig::with_cases(1000));
            if let Err(e) = runner.run(&strategy(), property) {
                panic!("{e}");
            }
        })
        .unwrap()
        .join()
        .unwrap();
}

#[test]
fn whatever_serde_writes_reads_back_identically() {
    check(report, |report| {
        for json in [
            serde_json::to_string(&report).unwrap(),
            serde_json::to_string_pretty(&report).unwrap(),
        ] {
            let read = read_report(&json);
            prop_assert_eq!(read.as_ref(), Ok(&report), "{}", json);
            let by_serde: Report = serde_json::from_str(&json).unwrap();
            prop_assert_eq!(read.unwrap(), by_serde);
        }
        Ok(())
    });
}

/// A report, edits to its JSON (kind, where, length, piece), pretty or not.
type Edits = Vec<(usize, usize, usize, usize)>;

fn report_edits_pretty() -> impl Strategy<Value = (Report, Edits, bool)> {
    let edit = (0usize..4, any::<usize>(), 1usize..6, any::<usize>());
    (
        report(),
        proptest::collection::vec(edit, 1..4),
        any::<bool>(),
    )
}

#[test]
fn every_text_serde_refuses_is_refused_with_a_location() {
    check(report_edits_pretty, |(report, edits, pretty)| {
        let mut json = if pretty {
            serde_json::to_string_pretty(&report).unwrap()
        } else {
            serde_json::to_string(&report).unwrap()
        };
        for (kind, at, len, piece) in edits {
            json = mutate(&json, kind, at, len, piece);
        }
        match (serde_json::from_str::<Report>(&json), read_report(&json)) {
            (Ok(a), Ok(b)) => prop_assert_eq!(a, b),
            (Err(serde), Ok(_)) => {
                prop_assert!(
                    false,
                    "serde refused ({}), the reader read: {}",
                    serde,
                    json
                )
            }
            (Ok(_), Err(e)) => {
                prop_assert!(false, "serde read, the reader refused ({:?}): {}", e, json)
            }
            (Err(_), Err(e)) => {
                prop_assert!(e.line.is_some() && e.column.is_some(), "{:?}", e);
                prop_assert!(e.path.starts_with('$'), "{:?}", e);
                prop_assert!(!e.message_zh.is_empty() && !e.message_en.is_empty());
            }
        }
        Ok(())
    });
}

const MINIMAL: &str = r#"{"format":"rectify-board/1","meta":{"title":"T"},"nodes":[{"id":"p1","kind":"problem","title":"A"}]}"#;

fn error_of(from: &str, to: &str) -> crate::load::LoadError {
    assert!(MINIMAL.contains(from), "{from}");
    from_json_str(&MINIMAL.replacen(from, to, 1)).unwrap_err()
}

#[test]
fn unknown_and_repeated_fields_are_located_at_their_key() {
    let e = error_of(r#""title":"A""#, "\"title\":\"A\",\n  \"roadmap\":1");
    assert_eq!(e.path, "$.nodes[0].roadmap");
    assert_eq!((e.line, e.column), (Some(2), Some(3)));
    assert!(e
        .message_en
        .starts_with("unknown field `roadmap`, expected one of `id`, `kind`"));
    let e = error_of(r#""title":"A""#, r#""title":"A","title":"B""#);
    assert_eq!(e.path, "$.nodes[0].title");
    assert_eq!(e.message_en, "duplicate field `title`");
}

#[test]
fn extra_values_must_be_text_and_odd_keys_are_quoted() {
    let e = error_of(
        r#""title":"A""#,
        r#""title":"A","extra":{"备注":"x","a b":2}"#,
    );
    assert_eq!(e.path, r#"$.nodes[0].extra["a b"]"#);
    assert_eq!(e.message_zh, "类型错误：得到 整数 `2`，应为 字符串");
}

#[test]
fn escapes_are_decoded_and_bad_ones_refused() {
    let r = from_json_str(&MINIMAL.replace(
        r#""title":"A""#,
        r#""title":"\u95ee\u9898 \ud83d\ude00 \"q\" \\ \/ \n\t""#,
    ))
    .unwrap();
    assert_eq!(r.nodes[0].title, "问题 😀 \"q\" \\ / \n\t");
    for bad in [
        r#""\x""#,
        r#""\ud800""#,
        r#""\udc00""#,
        r#""\u12G4""#,
        "\"a\u{1}b\"",
    ] {
        let e = error_of(r#""A""#, bad);
        assert_eq!(e.kind, LoadErrorKind::Syntax, "{bad}");
        assert_eq!(e.path, "$");
    }
}

#[test]
fn numbers_out_of_range_and_floats_for_counts() {
    let e = error_of(r#""title":"A""#, r#""title":"A","source_line":1.0"#);
    assert_eq!(e.message_zh, "类型错误：得到 小数 `1.0`，应为 非负整数");
    let e = error_of(r#""title":"A""#, r#""title":"A","source_line":4294967296"#);
    assert_eq!(
        e.message_zh,
        "取值无效：得到 整数 `4294967296`，应为 非负整数"
    );
    let e = error_of(
        r#""title":"A""#,
        r#""title":"A","figures":[{"value":1e999,"unit":"","label":"","text":""}]"#,
    );
    assert_eq!(e.kind, LoadErrorKind::Syntax);
    assert!(
        e.message_en.ends_with("number out of range"),
        "{}",
        e.message_en
    );
}

#[test]
fn trailing_text_and_a_second_value_are_refused() {
    let e = from_json_str(&format!("{MINIMAL} x")).unwrap_err();
    assert!(
        e.message_zh.ends_with("JSON 结束后还有多余字符"),
        "{}",
        e.message_zh
    );
    assert_eq!(
        (e.line, e.column),
        (Some(1), Some(MINIMAL.chars().count() + 2))
    );
}

#[test]
fn columns_count_characters() {
    let e = error_of(r#""title":"T"}"#, r#""title":"整改看板",}"#);
    assert_eq!(e.kind, LoadErrorKind::Syntax);
    assert_eq!(
        e.column,
        Some(
            r#"{"format":"rectify-board/1","meta":{"title":"整改看板","#
                .chars()
                .count()
                + 1
        )
    );
}

#[test]
fn format_errors_come_before_field_errors_but_after_syntax_errors() {
    let e =
        from_json_str(r#"{"format":"rectify-board/2","meta":{"title":1},"nodes":[]}"#).unwrap_err();
    assert_eq!(e.kind, LoadErrorKind::Version);
    let e = from_json_str(r#"{"meta":{"title":1},"nodes":[]}"#).unwrap_err();
    assert_eq!(
        (e.kind, e.path.as_str()),
        (LoadErrorKind::Schema, "$.format")
    );
    let e = from_json_str(r#"{"format":2,"meta":{}}"#).unwrap_err();
    assert!(
        e.message_en.contains("unrecognised format a number"),
        "{}",
        e.message_en
    );
    let e = from_json_str(r#"{"format":"rectify-board/2","meta":{"title":"T"},"nodes":[}"#)
        .unwrap_err();
    assert_eq!(e.kind, LoadErrorKind::Syntax);
    let e =
        from_json_str(r#"{"format":"rectify-board/1","format":"rectify-board/1"}"#).unwrap_err();
    assert_eq!(e.path, "$.format");
    assert!(from_json_str("  \n ")
        .unwrap_err()
        .message_zh
        .contains("文件是空的"));
}

#[test]
fn nesting_is_limited_without_overflowing_the_stack() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let e = from_json_str(&format!(r#"{{"format":{deep}}}"#)).unwrap_err();
    assert!(
        e.message_en.ends_with("recursion limit exceeded"),
        "{}",
        e.message_en
    );
    let e = from_json_str(&deep).unwrap_err();
    assert!(
        e.message_en.ends_with("recursion limit exceeded"),
        "{}",
        e.message_en
    );
}

#[test]
fn nulls_and_defaults_follow_the_serde_attributes() {
    let r = from_json_str(&MINIMAL.replace(
        r#""title":"A""#,
        r#""title":"A","status":null,"deadline":null,"source_line":null"#,
    ))
    .unwrap();
    assert_eq!((r.nodes[0].status, r.nodes[0].source_line), (None, None));
    assert_eq!(r.meta.language, "zh-Hans");
    let e = error_of(r#""title":"A""#, r#""title":"A","label":null"#);
    assert_eq!(e.message_zh, "类型错误：得到 null，应为 字符串");
    let mut extra = BTreeMap::new();
    extra.insert("k".to_string(), "2".to_string());
    let r = from_json_str(
        &MINIMAL.replace(r#""title":"A""#, r#""title":"A","extra":{"k":"1","k":"2"}"#),
    )
    .unwrap();
    assert_eq!(r.nodes[0].extra, extra);
}

#[test]
fn nodes_nested_to_the_limit_fit_the_stack() {
    let mut node = r#"{"id":"i","kind":"item","title":"t"}"#.to_string();
    for k in 0..62 {
        node = format!(r#"{{"id":"i{k}","kind":"item","title":"t","children":[{node}]}}"#);
    }
    let json = MINIMAL.replace(r#"{"id":"p1","kind":"problem","title":"A"}"#, &node);
    assert!(read_report(&json).is_ok());
}

#[test]
fn lists_are_read_without_spare_room() {
    let json = r#"{"format":"rectify-board/1","meta":{"title":"T"},"nodes":[
        {"id":"p","kind":"problem","title":"P","owners":["a","b","c","d","e"],"children":[
            {"id":"m1","kind":"measure","title":"M1"},{"id":"m2","kind":"measure","title":"M2"}]}]}"#;
    let report = read_report(json).unwrap();
    let problem = &report.nodes[0];
    assert_eq!(report.nodes.capacity(), 1);
    assert_eq!(problem.children.capacity(), 2);
    assert_eq!(problem.owners.capacity(), 5);
}

/// `json` with every object's keys in alphabetical order (`children` and
/// `body` before `kind`), as a `serde_json::Value` writes them.
fn keys_sorted(json: &str) -> String {
    let value: serde_json::Value = serde_json::from_str(json).unwrap();
    serde_json::to_string(&value).unwrap()
}

/// The outline as `load::outline` cuts the full report.
fn cut(mut report: Report) -> Report {
    crate::load::outline(&mut report);
    report
}

#[test]
fn the_outline_read_is_the_full_report_cut() {
    check(report, |report| {
        let compact = serde_json::to_string(&report).unwrap();
        for json in [
            serde_json::to_string_pretty(&report).unwrap(),
            keys_sorted(&compact),
            compact,
        ] {
            let outline = read_report_texts(&json, Texts::Outline);
            let full = read_report_texts(&json, Texts::All).map(cut);
            prop_assert_eq!(outline, full, "{}", json);
        }
        Ok(())
    });
}

#[test]
fn the_outline_refuses_what_the_full_reader_refuses_with_the_same_error() {
    check(report_edits_pretty, |(report, edits, pretty)| {
        let mut json = if pretty {
            serde_json::to_string_pretty(&report).unwrap()
        } else {
            serde_json::to_string(&report).unwrap()
        };
        for (kind, at, len, piece) in edits {
            json = mutate(&json, kind, at, len, piece);
        }
        let outline = from_json_str_texts(&json, Texts::Outline);
        let full = from_json_str_texts(&json, Texts::All).map(cut);
        prop_assert_eq!(outline, full, "{}", json);
        Ok(())
    });
}

#[test]
fn the_outline_keeps_what_the_embed_shows_and_leaves_the_rest() {
    let json = r#"{"format":"rectify-board/1","meta":{"title":"T"},"nodes":[
      {"id":"a","kind":"focus_area","label":"(一)","title":"领域","body":"说明","children":[
        {"id":"p","kind":"problem","label":"1.","title":"问题","body":"详情","owners":["科"],
         "status_evidence":{"basis":"stated","rule":"r","phrase":"已完成"},"deadline":"2025-06-30",
         "extra":{"备注":"x"},"children":[
          {"id":"m1","kind":"measure","label":"一是","title":"措施","body":"做法","status":"done"},
          {"id":"m2","kind":"measure","label":"二是","title":"措施","body":"做法",
           "figures":[{"value":1,"unit":"元","label":"金额","text":"1元"}]}]}]},
      {"id":"c","kind":"closing","title":"","children":[{"id":"m","kind":"measure","title":"结尾","body":"文"}]}]}"#;
    for json in [json.to_string(), keys_sorted(json)] {
        let r = from_json_str_texts(&json, Texts::Outline).unwrap();
        let (area, closing) = (&r.nodes[0], &r.nodes[1]);
        assert_eq!((area.title.as_str(), area.body.as_str()), ("领域", "说明"));
        let p = &area.children[0];
        assert_eq!((p.label.as_str(), p.title.as_str()), ("1.", "问题"));
        assert_eq!((p.body.as_str(), p.owners.len(), p.extra.len()), ("", 0, 0));
        let e = p.status_evidence.as_ref().unwrap();
        assert_eq!(
            (e.basis, e.rule.as_str(), &e.phrase),
            (StatusBasis::Stated, "", &None)
        );
        assert_eq!(p.deadline.as_deref(), Some("2025-06-30"));
        let (m1, m2) = (&p.children[0], &p.children[1]);
        assert_eq!((m1.id.as_str(), m1.status), ("m1", Some(Status::Done)));
        assert_eq!(
            (m1.label.as_str(), m1.title.as_str(), m1.body.as_str()),
            ("", "", "")
        );
        assert_eq!((m2.label.as_str(), m2.title.as_str()), ("二是", ""));
        assert_eq!(m2.figures[0].text, "1元");
        // A measure outside problems is text the embed shows.
        let m = &closing.children[0];
        assert_eq!((m.title.as_str(), m.body.as_str()), ("结尾", "文"));
    }
    assert!(keys_sorted(json).find("\"children\"") < keys_sorted(json).find("\"kind\""));
}
