//! Text copied from a PDF or a printed page keeps the page's line breaks:
//! a paragraph runs over several lines of about the same width, and page
//! numbers (`— 2 —`, `第2页`) sit between them. This finds which lines
//! continue the paragraph of the content line above them, from the shape
//! of the document rather than its words:
//!
//! - where paragraphs open indented (`　　2025年10月，…`) and some lines do
//!   not, a line without indentation continues the one above it when that
//!   one runs to the document's line width;
//! - elsewhere, a line continues the one above when that one runs to the
//!   line width without ending its sentence (a `；` there ends a clause, not
//!   the paragraph);
//! - a line that is only a bracketed key of an owner, a deadline or a
//!   report (`【责任单位】`) takes the line below as its value, and a
//!   report's line that stops after a `；` the unlabelled line below;
//! - in any text, a line continues one that stops after a comma
//!   (`…已整改到位5个，` / `剩余1个正在推进。`), on a joining word after a
//!   comma (`…已完成，外立面及` / `绿化提升…`), or inside a clause that
//!   counts (`…，正在` / `推进2个，…`): one such break is enough, whatever
//!   the widths.
//!
//! A line that opens with a label (`（二）`, `2.`), a bullet (`◆`, `- `), a
//! key (`整改情况：`) or a table row's serial number cell (`3     …    …`)
//! never continues another,
//! nor does a line after an empty one; a line
//! that ends a sentence before the line width ends its paragraph. A text
//! written one paragraph per line (the usual web page) has no such lines,
//! and nothing is joined. Where paragraphs open indented, an indented line
//! never continues another.

use super::lines::{Line, LineRole};
use crate::text::label::recognise;
use crate::text::norm_chars;

/// At least this many lines must read as continuations for the document to
/// be taken as wrapped: one odd line is not a page layout.
const MIN_CONTINUATIONS: usize = 2;
/// A line ends at the line width when it is at most this much narrower
/// than the widest lines (in half-width columns: two CJK characters).
const WIDTH_SLACK: usize = 8;
/// The line width is read from lines at least this wide (columns).
const MIN_WRAP_WIDTH: usize = 24;
/// Of the lines that wide, at least this many tenths end at the line width
/// in a wrapped text.
const MIN_WRAPPED_SHARE: usize = 3;
/// A key that opens a paragraph (`整改情况：`) is at most this long.
const MAX_KEY_CHARS: usize = 8;

/// A page number printed between the lines of the text: `— 2 —`, `- 12 -`,
/// `－3－`, `第2页`, `第 2 页 共 5 页`.
pub(crate) fn is_page_number(text: &str) -> bool {
    let n: String = norm_chars(text)
        .into_iter()
        .filter(|c| !c.is_whitespace() && *c != '\u{3000}')
        .collect();
    let dashed = n.trim_matches(['-', '—', '–', '－', '─']);
    let dashes = n.len() > dashed.len();
    let digits = |s: &str| !s.is_empty() && s.len() <= 4 && s.chars().all(|c| c.is_ascii_digit());
    if dashes && digits(dashed) {
        return true;
    }
    let Some(rest) = n.strip_prefix('第') else {
        return false;
    };
    let Some((page, tail)) = rest.split_once('页') else {
        return false;
    };
    let total = tail
        .trim_start_matches(['/', ','])
        .strip_prefix('共')
        .and_then(|t| t.strip_suffix('页'));
    digits(page) && (tail.is_empty() || total.is_some_and(digits))
}

/// The width of a line as printed, in half-width columns (CJK and
/// full-width characters take two), indentation included.
fn width(raw: &str) -> usize {
    raw.trim_end()
        .chars()
        .map(|c| if c.is_ascii() { 1 } else { 2 })
        .sum()
}

/// How far a line reaches towards the line width: its width, or two
/// columns a character where a copy counted characters, not widths, to
/// break its lines (`…案件7件，处理` breaks where a line of CJK characters
/// would).
fn reach(raw: &str) -> usize {
    width(raw).max(2 * raw.trim_end().chars().count())
}

fn indented(raw: &str) -> bool {
    raw.starts_with(['\u{3000}', '\t']) || raw.starts_with("  ")
}

fn ends_sentence(text: &str) -> bool {
    let t = text.trim_end_matches(['”', '’', '"', '」', '』', '）', ')']);
    t.ends_with(['。', '！', '？', '；', '：', '!', '?', ';', ':'])
}

/// A line that opens a paragraph by its first words: a label or a short
/// key ending in a colon (`整改情况：`).
fn opens_paragraph(text: &str) -> bool {
    // A table row set out with spaces (`1     地铁站口…    运营调度科`); an
    // item opened by a bullet (`◆…`, a Markdown list's `- …`).
    if recognise(text).is_some()
        || super::space_table::row_number(text).is_some()
        || super::bullets::opens_with_bullet(text)
    {
        return true;
    }
    let head: Vec<char> = norm_chars(text)
        .into_iter()
        .take(MAX_KEY_CHARS + 1)
        .collect();
    head.iter().position(|&c| c == ':').is_some_and(|i| {
        // `法支队。整改时限：`: a wrapped name's end and a sentence
        // before the key, no key opening the line.
        i >= 2
            && head[..i]
                .iter()
                .all(|c| !c.is_ascii_digit() && !is_clause_end(*c))
    })
}

/// Ends a sentence or a clause (normalised chars): never inside a key.
fn is_clause_end(c: char) -> bool {
    matches!(c, '。' | ',' | ';' | '、' | '.')
}

/// The longest start of a key left at a line's end (characters).
const MAX_KEY_START_CHARS: usize = 3;

/// A line that ends with a sentence and the first characters of the next
/// (`…配套设施。整` / `改进展：已完成整改。`): the key below began above, and
/// the line below continues it.
fn key_began_above(text: &str) -> bool {
    let t = text.trim_end();
    let Some((_, tail)) = t.rsplit_once('。') else {
        return false;
    };
    let k = tail.chars().count();
    (1..=MAX_KEY_START_CHARS).contains(&k)
        && tail.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// The page's line width, when the text reads as wrapped: among content
/// lines at least `MIN_WRAP_WIDTH` wide, the width `w` with the most lines
/// in `w - WIDTH_SLACK ..= w` (the widest on a tie), when those are at
/// least `MIN_WRAPPED_SHARE` of them and hardly any line is wider (a text
/// written one paragraph per line has lines of every width, the longest
/// far wider than the rest).
fn line_width(lines: &[Line<'_>], roles: &[LineRole]) -> Option<usize> {
    let mut widths: Vec<usize> = lines
        .iter()
        .zip(roles)
        .filter(|(_, r)| **r == LineRole::Content)
        .map(|(l, _)| width(l.raw))
        .filter(|&w| w >= MIN_WRAP_WIDTH)
        .collect();
    widths.sort_unstable();
    let in_band = |w: usize| {
        let lo = widths.partition_point(|&x| x < w.saturating_sub(WIDTH_SLACK));
        let hi = widths.partition_point(|&x| x <= w);
        hi - lo
    };
    let (band, w) = widths.iter().map(|&w| (in_band(w), w)).max()?;
    let wider = widths.len() - widths.partition_point(|&x| x <= w + WIDTH_SLACK / 2);
    let n = widths.len();
    (band > MIN_CONTINUATIONS && band * 10 >= n * MIN_WRAPPED_SHARE && wider * 10 <= n).then_some(w)
}

/// For every line, whether it continues the paragraph of the content line
/// above it (page numbers between them skipped): lines at the page's width
/// run on in a wrapped text, and anywhere a line runs on after one broken
/// off mid-sentence.
pub(crate) fn continuations(lines: &[Line<'_>], roles: &[LineRole]) -> Vec<bool> {
    // A text that lost its line breaks was cut back into pieces of one
    // printed line (`reflow`): it has no page width to read, and its
    // pieces end where a label or key begins, not where a sentence breaks.
    if lines.windows(2).any(|w| w[0].no == w[1].no) {
        return vec![false; lines.len()];
    }
    let uses_indent = lines
        .iter()
        .zip(roles)
        .filter(|(l, r)| **r == LineRole::Content && indented(l.raw))
        .count()
        >= MIN_CONTINUATIONS;
    let mut out = at_page_width(lines, roles, uses_indent);
    let in_cell_table = cell_table_lines(lines, roles);
    for (i, pair) in adjacent_content(lines, roles) {
        let (a, b) = pair;
        let flush = !uses_indent || !indented(b.raw);
        let fragment = || {
            let after = content_after(lines, roles, i);
            broken_before_its_key(&a.text, &b.text, after.map(|l| l.text.as_str()))
        };
        // `【责任单位】` alone on its line over its value.
        let valued =
            bare_field_key(&a.text) && recognise(&b.text).is_none() && !b.text.starts_with('【');
        out[i] |=
            valued || report_goes_on(&a.text, &b.text) || broken_before_a_count(&a.text, &b.text);
        out[i] |= (broken_mid_sentence(&a.text)
            || broken_item(&a.text, &b.text)
            || named_over_its_text(&a.text, &b.text)
            || fragment())
            && flush
            && !opens_paragraph(&b.text);
        // A table's rows (cells apart by tabs, or drawn) are never prose
        // run on.
        let row = |l: &Line<'_>| l.text.contains('\t') || super::box_table::is_drawn(l.raw);
        out[i] &= !row(a) && !row(b) && !in_cell_table[i];
    }
    out
}

/// Per line, whether it is a line of a table printed one cell per line
/// (`cell_table::cell_table_lines`, over the content lines).
fn cell_table_lines(lines: &[Line<'_>], roles: &[LineRole]) -> Vec<bool> {
    let content: Vec<usize> = (0..lines.len())
        .filter(|&i| roles[i] == LineRole::Content)
        .collect();
    let texts: Vec<&str> = content.iter().map(|&i| lines[i].text.as_str()).collect();
    let mut out = vec![false; lines.len()];
    for (k, inside) in super::cell_table::cell_table_lines(&texts)
        .into_iter()
        .enumerate()
    {
        out[content[k]] = inside;
    }
    out
}

/// Each content line with the content line above it (page numbers between
/// them skipped, with the empty lines around them at a page break; an
/// empty line or any other line in between ends it).
fn adjacent_content<'a, 'l>(
    lines: &'a [Line<'l>],
    roles: &'a [LineRole],
) -> impl Iterator<Item = (usize, (&'a Line<'l>, &'a Line<'l>))> + 'a {
    let mut above: Option<usize> = None;
    // Since the content line above: an empty line, a page's number or head.
    let (mut empty, mut page_break) = (false, false);
    (0..lines.len()).filter_map(move |i| {
        match roles[i] {
            LineRole::PageNumber | LineRole::RunningHead => {
                page_break = true;
                return None;
            }
            LineRole::Empty => {
                empty = true;
                return None;
            }
            _ => {}
        }
        let content = roles[i] == LineRole::Content;
        let pair = above
            .filter(|_| content && (!empty || page_break))
            .map(|a| (i, (&lines[a], &lines[i])));
        above = content.then_some(i);
        (empty, page_break) = (false, false);
        pair
    })
}

/// A line that only names a problem and brings in its text with a colon
/// (`关于部分干部作风不实…的问题：`) over a line of that text, not another
/// such name: one paragraph, as its siblings print it on one line.
fn named_over_its_text(a: &str, b: &str) -> bool {
    let Some(name) = a.trim().strip_suffix(['：', ':']) else {
        return false;
    };
    crate::text::label::is_about_title(name)
        && name.ends_with("问题")
        && !b.trim_start().starts_with("关于")
}

/// A line that stops after a comma or an enumeration comma has not ended
/// its sentence, whatever its width: `…已整改到位5个，` / `剩余1个正在推进。`
/// Nor has a sentence begun (a comma in it) that stops on a word joining
/// what comes next (`…雨污分流工程已完成，外立面及` / `绿化提升工程正在施工。`).
fn broken_mid_sentence(text: &str) -> bool {
    let t = text.trim_end();
    t.ends_with(['，', '、', ','])
        || (t.ends_with(JOINING_WORDS) && t.contains(['，', ',']) && !t.ends_with(['：', ':']))
}

/// Words that join what follows them to what is before them: a sentence
/// does not end on one.
const JOINING_WORDS: &[char] = &['及', '和', '与', '或', '并', '的'];

/// The most characters of a clause's start left at a line's end before
/// its count (`正在`), and of its words before the count on the next line
/// (`推进`).
const MAX_COUNT_CLAUSE_PART_CHARS: usize = 4;

/// A line broken inside a clause that counts (`…已整改到位6个，正在` /
/// `推进2个，需长期坚持1个。`): the line ends on a few characters after its
/// last comma, no figure among them, and the next opens with a few more
/// and then the count. Whatever the widths, one such break is enough.
fn broken_before_a_count(text: &str, next: &str) -> bool {
    let t = crate::text::trim(text);
    let Some((_, tail)) = t.rsplit_once(['，', ',']) else {
        return false;
    };
    let han = |s: &str| !s.is_empty() && s.chars().all(crate::text::chars::is_han);
    let short = |s: &str| s.chars().count() <= MAX_COUNT_CLAUSE_PART_CHARS;
    let n = crate::text::trim(next);
    let head: String = n.chars().take_while(|c| !c.is_ascii_digit()).collect();
    let counted = n[head.len()..].starts_with(|c: char| c.is_ascii_digit())
        && n[head.len()..]
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .starts_with(['个', '项', '件', '条', '处']);
    han(tail) && short(tail) && han(&head) && short(&head) && counted && !opens_paragraph(n)
}

/// The shortest item line read as broken off mid-word (characters).
const MIN_BROKEN_ITEM_CHARS: usize = 20;

/// An item's (or a keyed paragraph's) line broken off mid-word, its
/// sentence begun (a comma in it)
/// and ended by the next line, shorter and that one sentence alone
/// (`（七）…报账凭证审批手续不全等` / `问题，村务监督委员会作用发挥不充分。`):
/// a heading's line ends no sentence, and the paragraph under it says more
/// (`（一）锻造“硬队伍”，在…上精准发力` / `巡察指出，…。集团党委…。`).
fn broken_item(text: &str, next: &str) -> bool {
    let t = text.trim_end();
    let n = next.trim_end();
    // `不达标（正在整改，限2026年6月底前完成）`: or the state's note that
    // ends an item's line.
    // `较多。（整改中，限2025年1月底前完成）`: one sentence and its state's
    // note.
    let core = super::shape::without_trailing_note(n);
    let one_sentence = (core.ends_with('。') && core.matches('。').count() == 1)
        || (n.ends_with(['）', ')']) && !n.contains('。'));
    if !one_sentence || n.chars().count() >= t.chars().count() {
        return false;
    }
    let ends_mid_word = t
        .chars()
        .last()
        .is_some_and(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    // `审计发现：…部分款项已无法` / `查明原因，涉及金额118.6万元。`: or a
    // keyed paragraph's.
    let labelled = opens_paragraph(t) || super::bullets::opens_with_bullet(t);
    labelled
        && ends_mid_word
        && t.contains(['，', ','])
        && t.chars().count() >= MIN_BROKEN_ITEM_CHARS
}

/// A report's line that stops after a `；` with the next line unlabelled
/// and unkeyed (`整改进展：已完成…截污纳管工程；` / `剩余3条河道…正在施工中，
/// 已达到序时进度。`): the report goes on.
fn report_goes_on(text: &str, next: &str) -> bool {
    text.trim_end().ends_with(['；', ';'])
        && super::report_text::opens_with_report_key(crate::text::trim(text))
        && !opens_paragraph(next)
        && !super::bullets::opens_with_bullet(next)
}

/// A line that is only a bracketed key of an owner, a deadline or a
/// report (`【责任单位】`, `【完成时限】`, `【整改成效】`): its value is the
/// line below.
fn bare_field_key(text: &str) -> bool {
    let t = crate::text::trim(text);
    let Some(key) = t.strip_prefix('【').and_then(|k| k.strip_suffix('】')) else {
        return false;
    };
    crate::text::owners::ends_with_owner_key(key)
        || crate::text::owners::ends_with_deadline_key(key)
        || super::report_text::opens_with_report_key(t)
}

/// The most characters of an item's tail left alone on a line without
/// punctuation (`苗头未及时发现`).
const MAX_TAIL_CHARS: usize = 16;

/// An item's line broken off mid-word whose tail stands alone on the next
/// line, unpunctuated, right above the item's key or the next label
/// (`2. 工程招投标领域监管存在漏洞，个别项目存在围标串标` / `苗头未及时发现` /
/// `整改落实情况：…`): no heading over text, which says more below it.
fn broken_before_its_key(text: &str, next: &str, after: Option<&str>) -> bool {
    let n = crate::text::trim(next);
    let bare = !n.is_empty()
        && n.chars().count() <= MAX_TAIL_CHARS
        && n.chars().all(crate::text::chars::is_han);
    let t = text.trim_end();
    let item = opens_paragraph(t) || super::bullets::opens_with_bullet(t);
    bare && item
        && t.chars().last().is_some_and(crate::text::chars::is_han)
        && t.contains(['，', ','])
        && n.chars().count() < t.chars().count()
        && t.chars().count() >= MIN_BROKEN_ITEM_CHARS
        && after.is_none_or(opens_paragraph)
}

/// The content line after line `i`'s next one, page numbers skipped: none
/// past an empty line or the end.
fn content_after<'a, 'l>(
    lines: &'a [Line<'l>],
    roles: &[LineRole],
    i: usize,
) -> Option<&'a Line<'l>> {
    (i + 1..lines.len())
        .filter(|&j| !matches!(roles[j], LineRole::PageNumber | LineRole::RunningHead))
        .take_while(|&j| roles[j] == LineRole::Content)
        .next()
        .map(|j| &lines[j])
}

/// The lines that continue the one above because it runs to the page's
/// line width; all false for a text that does not read as wrapped.
fn at_page_width(lines: &[Line<'_>], roles: &[LineRole], uses_indent: bool) -> Vec<bool> {
    let mut out = vec![false; lines.len()];
    let Some(full) = line_width(lines, roles).map(|w| w.saturating_sub(WIDTH_SLACK)) else {
        return out;
    };
    for (i, (a, b)) in adjacent_content(lines, roles) {
        // A clause ended by `；` at the line width goes on below: a new
        // paragraph after one opens with its own label.
        let runs_on = if uses_indent {
            !indented(b.raw)
        } else {
            !ends_sentence(&a.text) || a.text.trim_end().ends_with(['；', ';'])
        };
        let opens = opens_paragraph(&b.text) && !key_began_above(&a.text);
        out[i] = !opens && reach(a.raw) >= full && runs_on;
    }
    if out.iter().filter(|&&c| c).count() < MIN_CONTINUATIONS {
        out.fill(false);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::lines::{classify, split_lines};
    use super::*;

    fn joined(text: &str) -> Vec<bool> {
        let l = split_lines(text);
        continuations(&l, &classify(&l))
    }

    #[test]
    fn page_numbers() {
        for t in [
            "— 2 —",
            "- 12 -",
            "－3－",
            "第2页",
            "第 2 页 共 5 页",
            "第2页/共5页",
        ] {
            assert!(is_page_number(t), "{t}");
        }
        for t in ["2", "— —", "第二页", "2025年", "第2页内容", "-2025-12-01"] {
            assert!(!is_page_number(t), "{t}");
        }
    }

    const WRAPPED: &str = include_str!("../../../../data/samples/notices/pdf-wrapped-lines.txt");

    /// The 1-based lines that continue the line above.
    fn continued(text: &str) -> Vec<usize> {
        let marks = joined(text);
        (1..=marks.len()).filter(|&no| marks[no - 1]).collect()
    }

    #[test]
    fn indented_paragraphs_take_their_unindented_lines() {
        assert_eq!(continued(WRAPPED), [6, 7, 11, 12, 15, 19, 22]);
    }

    #[test]
    fn lines_at_the_width_without_a_sentence_end_run_on() {
        let flush: String = WRAPPED
            .lines()
            .map(|l| l.trim_start_matches('\u{3000}'))
            .collect::<Vec<_>>()
            .join("\n");
        // Without indentation, the same lines run on: each line above
        // them reaches the width without ending its sentence.
        assert_eq!(continued(&flush), [6, 7, 11, 12, 15, 19, 22]);
    }

    #[test]
    fn a_table_one_cell_per_line_is_left_alone() {
        let text = "关于反馈问题整改进展情况的公示\n\
            根据县委巡察工作安排，县委第三巡察组于2025年8月对县交通运输局开展了巡察。现将整改进展情况公示如下：\n\
            序号\n反馈问题\n整改措施\n责任单位\n\
            1\n农村公路养护资金拨付不及时\n建立养护资金拨付台账，按季度拨付\n计划财务股\n\
            2\n超限超载治理成效不明显\n联合公安交警开展联合执法，增设检测点2处\n执法大队\n\
            3\n党支部组织生活不规范\n开展支部书记培训，规范“三会一课”记录\n机关党委\n";
        assert!(continued(text).is_empty());
    }

    #[test]
    fn one_paragraph_per_line_is_left_alone() {
        let text = "关于巡察整改情况的通报\n\
            一、巡察反馈问题整改情况\n\
            （一）关于财务管理不规范的问题\n\
            整改情况：已完成整改。\n\
            （二）关于档案管理不规范的问题\n\
            整改情况：正在整改。\n";
        assert!(joined(text).iter().all(|&c| !c));
    }

    #[test]
    fn a_bracketed_key_alone_takes_the_line_below() {
        let text = "关于巡察整改情况的通报\n\
            【问题一】\n\
            落实“过紧日子”要求不够严格。\n\
            【责任单位】\n\
            县政府办公室综合科、财务室\n\
            【完成时限】\n\
            2023年9月30日\n\
            【整改措施】\n\
            ①修订办法；\n";
        assert_eq!(continued(text), [5, 7]);
    }

    #[test]
    fn a_name_wrapped_before_a_key_runs_on() {
        // `法支队。整改时限：` ends the name broken at the width, then keys
        // the next field: no key opens the line.
        let text = "关于巡察整改情况的通报\n\
            整改情况：经核实，涉及闲置房产3处、车辆5辆，因需报市国资\n\
            部门审批资产划转方案，目前尚未开始实质性整改，计划于2026\n\
            年4月启动。责任单位：局财务审计科、市交通运输综合行政执\n\
            法支队。整改时限：2026年9月底。\n";
        assert_eq!(continued(text), [3, 4, 5]);
    }

    #[test]
    fn a_report_stopped_at_a_semicolon_goes_on() {
        let text = "关于整改情况的通报\n\
            整改进展：已完成柳河截污纳管工程；\n\
            剩余3条河道正在施工中，已达到序时进度。\n\
            责任单位：市住建局；\n\
            整改时限：2025年12月底\n";
        assert_eq!(continued(text), [3]);
    }

    #[test]
    fn an_items_tail_alone_above_its_key_runs_on() {
        let text = "关于巡察整改情况的通报\n\
            2. 工程招投标领域监管存在漏洞，个别项目存在围标串标\n\
            苗头未及时发现\n\
            整改落实情况：正在推进。\n";
        assert_eq!(continued(text), [3]);
        // A heading over a paragraph that says more is no broken line.
        let text = "关于巡察整改情况的通报\n\
            2. 工程招投标领域监管存在漏洞，个别项目存在围标串标\n\
            苗头未及时发现\n\
            经查，个别项目存在串标行为，已移交线索。\n";
        assert!(continued(text).is_empty());
    }
}
