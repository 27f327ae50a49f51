//! Shared checks for converter tests: every character of the input is
//! accounted for — in a node, in the metadata, or in `report.skipped`.

#![allow(dead_code)]

use std::collections::HashSet;

use rectify_core::model::{Node, Report};

/// `s` without whitespace (and BOM / zero-width spaces).
pub fn no_ws(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{feff}' && *c != '\u{200b}')
        .collect()
}

/// label + title + body without whitespace, paragraphs separated by \u{1}.
pub fn node_text(n: &Node) -> String {
    let body = n
        .body
        .split("\n\n")
        .map(no_ws)
        .collect::<Vec<_>>()
        .join("\u{1}");
    let (label, title) = (no_ws(&n.label), no_ws(&n.title));
    // A table row's bare serial before a title that opens with a figure
    // (`1` `2个在建项目…`) must not read as one number (`12`).
    let digits = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
    let apart = digits(label.chars().last()) && digits(title.chars().next());
    let sep = if apart { "\u{1}" } else { "" };
    format!("{label}{sep}{title}{body}")
}

/// Sentences of a line (ending at 。；！？, and at ： — the converter cuts a
/// paragraph that lists problems inside it after `巡察指出：` — and between
/// quotes that follow one another, `“…”“…”`, which it may cut into
/// problems), without whitespace.
pub fn sentences(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let chars: Vec<char> = line.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        cur.push(c);
        let next_quote = c == '”' && chars.get(i + 1) == Some(&'“');
        if matches!(c, '。' | '；' | '！' | '？' | '：') || next_quote {
            out.push(std::mem::take(&mut cur));
        }
    }
    out.push(cur);
    out.into_iter()
        .map(|s| no_ws(&s))
        .filter(|s| !s.is_empty())
        .collect()
}

/// Lines as the converter splits them (`\n`, `\r\n`, `\r`).
pub fn lines(text: &str) -> Vec<String> {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .split('\n')
        .map(str::to_string)
        .collect()
}

/// Asserts that every non-blank line of `text` is accounted for:
///
/// - skipped lines are in `report.skipped` verbatim, with their line number;
/// - title lines (before the first node) are part of `meta.title`;
/// - every other line is content: each of its sentences is in the nodes'
///   text exactly as often as it is printed in the content lines, and the
///   nodes hold exactly the content's characters — nothing lost, nothing added.
///
/// Returns the number of sentences checked.
/// A line cut at runs of two spaces or more, or of ideographic spaces.
fn space_cells(line: &str) -> Vec<String> {
    let mut cells = vec![String::new()];
    let mut gap = String::new();
    for c in line.trim().chars() {
        if c.is_whitespace() {
            gap.push(c);
            continue;
        }
        if gap.chars().count() >= 2 || gap.contains('\u{3000}') {
            cells.push(String::new());
        } else if let Some(last) = cells.last_mut() {
            last.push_str(&gap);
        }
        gap.clear();
        if let Some(last) = cells.last_mut() {
            last.push(c);
        }
    }
    cells
}

pub fn assert_accounted(text: &str, r: &Report) -> usize {
    let skipped: HashSet<(u32, String)> =
        r.skipped.iter().map(|s| (s.line, no_ws(&s.text))).collect();
    let first_node = r
        .walk()
        .filter_map(|n| n.source_line)
        .min()
        .unwrap_or(u32::MAX);
    let first_problem = r
        .walk()
        .filter(|n| n.kind == rectify_core::model::NodeKind::Problem)
        .filter_map(|n| n.source_line)
        .min()
        .unwrap_or(u32::MAX);
    let title = no_ws(&r.meta.title);
    let mut content: Vec<String> = Vec::new();
    // A table row copied with tabs between its cells is read cell by cell
    // (`convert::cell_table`): each cell is a piece of content of its own.
    // A row skipped whole stays whole.
    // So is a row copied with runs of spaces between its cells, when the
    // report read a table (its header is skipped as such).
    let table = r.skipped.iter().any(|s| s.reason == "表头");
    let pieces = lines(text).into_iter().enumerate().flat_map(|(i, line)| {
        // A line with formatting removed from it is checked whole, so that
        // each removed piece is found in it.
        let marked = r
            .skipped
            .iter()
            .any(|s| s.line == i as u32 + 1 && s.reason == "格式标记");
        // A record of keyed fields divided by bars (`序号1｜问题描述：…｜
        // 责任部门：…`) is read field by field (`convert::keyed_bars`).
        let keyed_fields = !line.trim().starts_with(['|', '｜'])
            && line
                .trim()
                .split(['|', '｜'])
                .map(str::trim)
                .filter(|f| !f.is_empty())
                .skip(1)
                .filter(|f| {
                    f.find(['：', ':'])
                        .is_some_and(|at| (1..=8).contains(&f[..at].chars().count()))
                })
                .count()
                >= 2;
        let barred = (table
            && (line.trim_start().starts_with(['|', '│', '┃', '║'])
                || line.split(['|', '｜']).count() >= 3))
            || keyed_fields;
        let whole = (marked && !barred) || skipped.contains(&(i as u32 + 1, no_ws(&line)));
        let cells: Vec<String> = if whole {
            vec![line]
        } else if barred {
            // A Markdown, drawn or barred row: its bars separate cells, as
            // tabs do; its formatting (`<br>` in a cell) is found in the
            // row before it is cut.
            let row = if marked {
                without_markup(r, i as u32 + 1, &line)
            } else {
                line
            };
            row.split(['|', '｜', '│', '┃', '║'])
                .map(|c| format!("\u{2}{c}"))
                .collect()
        } else if table && !line.contains('\t') && space_cells(&line).len() >= 2 {
            // A row's line, or a line of cells wrapped under their columns
            // (`aligned_table`: `      300立方米        左岸`).
            space_cells(&line)
        } else {
            // A spreadsheet's quotes around a cell that held line breaks
            // (`"建立…，` / `覆盖…。"`) are its formatting, left out.
            line.split('\t')
                .map(|c| c.trim_matches('"').replace("\"\"", "\""))
                .collect()
        };
        cells.into_iter().map(move |c| (i, c))
    });
    for (i, line) in pieces {
        let no = i as u32 + 1;
        // A barred row's cells come with their formatting removed (marked
        // `\u{2}`).
        let t = match line.strip_prefix('\u{2}') {
            Some(cell) => no_ws(cell),
            None => without_markup(r, no, &no_ws(&line)),
        };
        if t.is_empty() || skipped.contains(&(no, t.clone())) {
            continue;
        }
        if no < first_node && !title.is_empty() && title.contains(&t) {
            continue;
        }
        // The title printed below an editor's note that opens the text.
        if no < first_problem && t == title {
            continue;
        }
        // A line that held a whole notice (its line breaks lost) is cut
        // into pieces: the title and the skipped ones are parts of it.
        let mut t = t;
        if no <= first_node && !title.is_empty() {
            if let Some(at) = t.find(&title) {
                t.replace_range(at..at + title.len(), "");
                // `2025年第5号：` before the title: the document number.
                let number = r.meta.document_number.as_deref().unwrap_or("\u{0}");
                if t.trim_end_matches(['：', ':']) == no_ws(number) {
                    t.clear();
                }
            }
        }
        let t = without_skipped_pieces(r, no, t);
        if !t.is_empty() {
            content.push(t);
        }
    }
    let texts: Vec<String> = r.walk().map(node_text).collect();
    // The nodes' text in printed order, for a sentence that a line without
    // its line breaks held across headings (`…情况（一）…方面1.…。`).
    let all: String = texts.concat().replace('\u{1}', "");
    // The content run together, for a sentence that lines wrapped as on a
    // page break in two (`…，已` / `完成整改。`): joined, it is printed once
    // more than the lines show.
    let joined = content.concat();
    let mut checked = 0;
    for line in &content {
        for s in sentences(line) {
            let in_lines: usize = content.iter().map(|l| l.matches(s.as_str()).count()).sum();
            let in_joined = joined.matches(s.as_str()).count();
            let mut in_nodes: usize = texts.iter().map(|t| t.matches(s.as_str()).count()).sum();
            if in_nodes == 0 {
                in_nodes = all.matches(s.as_str()).count();
            }
            // A list of measures on its key's line is cut after the key
            // (`整改措施：①…`): the key and the rest, each placed once.
            if in_nodes == 0 {
                if let Some((key, rest)) = after_key(&s) {
                    let placed =
                        |p: &str| texts.iter().map(|t| t.matches(p).count()).sum::<usize>();
                    in_nodes = placed(key).min(placed(rest));
                }
            }
            assert!(in_nodes >= 1, "lost: {s}");
            let in_source = if in_nodes == in_joined {
                in_joined
            } else {
                in_lines
            };
            assert_eq!(in_nodes, in_source, "sentence placed {in_nodes} times: {s}");
            checked += 1;
        }
    }
    let source_chars: usize = content.iter().map(|l| l.chars().count()).sum();
    let node_chars: usize = texts
        .iter()
        .map(|t| t.chars().filter(|&c| c != '\u{1}').count())
        .sum();
    assert_eq!(
        node_chars, source_chars,
        "nodes hold other text than the content lines"
    );
    checked
}

/// The line without the pieces of it `report.skipped` holds (other than
/// formatting), each removed once; the line as it is when none is in it.
fn without_skipped_pieces(r: &Report, no: u32, line: String) -> String {
    let mut t = line;
    for s in r
        .skipped
        .iter()
        .filter(|s| s.line == no && s.reason != "格式标记")
    {
        let piece = no_ws(&s.text);
        if piece.is_empty() {
            continue;
        }
        // The signature closes the line; other pieces open it.
        let at = if s.reason == "落款" {
            t.rfind(&piece)
        } else {
            t.find(&piece)
        };
        if let Some(at) = at {
            t.replace_range(at..at + piece.len(), "");
        }
    }
    t
}

/// The line without the formatting `report.skipped` says was removed from
/// it (reason `格式标记`), each piece removed once, in order; a piece that is
/// not in the line fails the check.
fn without_markup(r: &Report, no: u32, line: &str) -> String {
    let mut t = line.to_string();
    for s in r
        .skipped
        .iter()
        .filter(|s| s.line == no && s.reason == "格式标记")
    {
        for piece in s.text.split(' ') {
            let at = t
                .find(piece)
                .unwrap_or_else(|| panic!("line {no}: {piece} is not in {t}"));
            // An entity stands for a character the text keeps (`&ldquo;`).
            let kept = rectify_core::convert::html_entity_at(piece)
                .filter(|&(len, _)| len == piece.len())
                .map(|(_, c)| c.to_string())
                .unwrap_or_default();
            t.replace_range(at..at + piece.len(), &kept);
        }
    }
    t
}

/// The most characters of a key that opens a sentence (`【整改措施】`).
const MAX_KEY_CHARS: usize = 10;

/// A sentence cut after the key it opens with: the key (`整改措施：`,
/// `【整改措施】`) and the rest.
fn after_key(s: &str) -> Option<(&str, &str)> {
    let (at, c) = s
        .char_indices()
        .take(MAX_KEY_CHARS)
        .find(|&(_, c)| matches!(c, '：' | ':' | '】'))?;
    let (key, rest) = s.split_at(at + c.len_utf8());
    (!rest.is_empty()).then_some((key, rest))
}

/// `report.skipped` as (line, reason) pairs, for exact comparisons.
pub fn skipped_reasons(r: &Report) -> Vec<(u32, &str)> {
    r.skipped
        .iter()
        .map(|s| (s.line, s.reason.as_str()))
        .collect()
}

/// The invented notice `data/samples/notices/{name}.txt`.
pub fn notice_sample(name: &str) -> String {
    let path = format!(
        "{}/../../data/samples/notices/{name}.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every named sample converts with every character accounted for (at
/// least four sentences checked), and its report's JSON loads back as the
/// same report.
pub fn assert_samples_accounted_and_load(names: &[&str]) {
    use rectify_core::convert::{convert_notice, ConvertOptions};
    for name in names {
        let text = notice_sample(name);
        let r = convert_notice(&text, &ConvertOptions::default()).report;
        let checked = assert_accounted(&text, &r);
        assert!(checked >= 4, "{name}: only {checked} sentences");
        assert_loads_back(&r, name);
    }
}

/// The report's JSON loads back as the same report.
pub fn assert_loads_back(r: &Report, name: &str) {
    let json = serde_json::to_string(r).unwrap();
    let back = rectify_core::load::from_json_str(&json).unwrap_or_else(|e| panic!("{name}: {e:?}"));
    assert_eq!(&back, r, "{name}");
}

/// (label, status, basis, rule, phrase) of every problem, in order.
pub fn problem_rows(
    r: &Report,
) -> Vec<(
    String,
    rectify_core::model::Status,
    rectify_core::model::StatusBasis,
    String,
    String,
)> {
    r.walk()
        .filter(|n| n.kind == rectify_core::model::NodeKind::Problem)
        .map(|n| {
            let e = n.status_evidence.as_ref().unwrap();
            (
                n.label.clone(),
                n.status.unwrap(),
                e.basis,
                e.rule.clone(),
                e.phrase.clone().unwrap_or_default(),
            )
        })
        .collect()
}

/// A problem's status, a long-term item's kind.
pub fn state(n: &Node) -> rectify_core::model::Status {
    match n.kind {
        rectify_core::model::NodeKind::LongTerm => rectify_core::model::Status::LongTerm,
        _ => n.status.expect("every problem has a status"),
    }
}

/// Each focus area's title and how many children it holds, in order.
pub fn focus_areas(r: &Report) -> Vec<(&str, usize)> {
    r.walk()
        .filter(|n| n.kind == rectify_core::model::NodeKind::FocusArea)
        .map(|n| (n.title.as_str(), n.children.len()))
        .collect()
}

/// The states of the problems and long-term items, in printed order.
pub fn states(r: &Report) -> Vec<rectify_core::model::Status> {
    use rectify_core::model::NodeKind;
    r.walk()
        .filter(|n| matches!(n.kind, NodeKind::Problem | NodeKind::LongTerm))
        .map(state)
        .collect()
}

/// The stated totals as (total, done, in progress), 0 for one not stated.
pub fn stated_triple(r: &Report) -> Option<(u32, u32, u32)> {
    r.stated_totals.as_ref().map(|t| {
        (
            t.total.unwrap_or(0),
            t.done.unwrap_or(0),
            t.in_progress.unwrap_or(0),
        )
    })
}

/// One notice of a blind set's key: the sample's name, its title, its
/// problems' states in order and its report-wide stated totals.
pub type Keyed = (
    &'static str,
    &'static str,
    &'static [rectify_core::model::Status],
    Option<(u32, u32, u32)>,
);

/// Checks every notice of a key, then that each is accounted for and loads.
pub fn assert_key(key: &[Keyed]) {
    use rectify_core::convert::{convert_notice, ConvertOptions};
    for &(name, title, statuses, stated) in key {
        let r = convert_notice(&notice_sample(name), &ConvertOptions::default()).report;
        assert_eq!(r.meta.title, title, "{name}");
        assert_eq!(states(&r), statuses, "{name}");
        assert_eq!(stated_triple(&r), stated, "{name}");
    }
    for &(name, ..) in key {
        eprintln!("accounting {name}");
        assert_samples_accounted_and_load(&[name]);
    }
}

/// Each problem's first six characters, its status and its status rule.
pub fn openings(r: &Report) -> Vec<(String, Option<rectify_core::model::Status>, String)> {
    r.walk()
        .filter(|n| n.kind == rectify_core::model::NodeKind::Problem)
        .map(|n| {
            let rule = n.status_evidence.as_ref().map_or("", |e| e.rule.as_str());
            (
                n.title.chars().take(6).collect(),
                n.status,
                rule.to_string(),
            )
        })
        .collect()
}

/// Checks each problem's first six characters and its status.
pub fn assert_states(r: &Report, want: &[(&str, rectify_core::model::Status)]) {
    let got: Vec<(String, Option<rectify_core::model::Status>)> =
        openings(r).into_iter().map(|(t, s, _)| (t, s)).collect();
    let want: Vec<(String, Option<rectify_core::model::Status>)> = want
        .iter()
        .map(|&(t, s)| (t.to_string(), Some(s)))
        .collect();
    assert_eq!(got, want);
}

/// The notice converted with the default options.
pub fn convert(text: &str) -> Report {
    rectify_core::convert::convert_notice(text, &rectify_core::convert::ConvertOptions::default())
        .report
}

/// The titles of the report's problems, in order.
pub fn problems(r: &Report) -> Vec<&str> {
    r.walk()
        .filter(|n| n.kind == rectify_core::model::NodeKind::Problem)
        .map(|n| n.title.as_str())
        .collect()
}

/// The first problem whose title contains `opening`; panics naming the
/// problems read when none does.
pub fn problem<'a>(r: &'a Report, opening: &str) -> &'a Node {
    r.walk()
        .find(|n| n.kind == rectify_core::model::NodeKind::Problem && n.title.contains(opening))
        .unwrap_or_else(|| panic!("no problem {opening}: {:?}", problems(r)))
}

/// Each problem whose title contains the opening has exactly these owners.
pub fn assert_owners(r: &Report, want: &[(&str, &[&str])]) {
    for (opening, owners) in want {
        assert_eq!(problem(r, opening).owners, *owners, "{opening}");
    }
}
