//! A notice that lost its line breaks: a portal copy pasted as one line, or
//! a few very long ones (`…通报 发布时间：… 根据…。 一、… 二、… （一）… 1.…`).
//! Such a line is cut back into the lines it was made of before the lines
//! are classified, so the title, the page clutter, the headings and the
//! signature are found as in a text that kept them; every piece keeps the
//! line's number.
//!
//! A line is read so when it is long and holds the top-level numbering in
//! sequence at sentence starts (`一、` and then `二、`, each after a sentence
//! end, a space or the line's start, the first also after a colon:
//! `…报告如下：一、…`): one paragraph never holds two sections. A shorter
//! line (150 characters on) needs three (`一、` `二、` `三、`), and so does a
//! notice whose sections are `（一）` `（二）` `（三）`. It is cut
//! - at a run of spaces between words (not inside brackets, and not next
//!   to a breadcrumb's or menu's separator: `首页 > 信息公开`), where the
//!   copy joined two lines with a space, and
//! - before a heading's label right after a sentence end
//!   (`…完成整改。2.村级财务…`), or glued to a word when it continues its
//!   style's numbering or opens a list (`…落实情况（一）…方面1.耕地…`),
//!   where it joined them with nothing. Labels
//!   of measures (`一是`, `①`) and anything after `；` or `：` (but the
//!   first section's) stay inside their paragraph (`整改措施：（1）…；（2）…`);
//! - before the closing glued to the last item: a count of the whole
//!   (`截至目前，4个问题已完成整改2个…。`), `特此报告。`, and the signature
//!   after them.

use super::lines::Line;
use super::tree::is_closing_summary;
use crate::text::label::{recognise, Label, LabelStyle};
use crate::text::{cut_before, is_ws, norm_chars};

/// A line at least this long (in characters) with three top-level
/// sections may be a whole notice (`…通报如下：（一）…（二）…（三）…`).
const MIN_SHORT_CHARS: usize = 150;
/// A line at least this long (in characters) may be a whole notice.
const MIN_CHARS: usize = 300;
/// Characters read for a label at a cut.
const LABEL_CHARS: usize = 12;

/// The label opening at `i`, if one does.
fn label_at(chars: &[char], i: usize) -> Option<Label> {
    let head: String = chars[i..].iter().take(LABEL_CHARS).collect();
    recognise(&head)
}

/// The last number cut at per heading style, for labels glued to the
/// words before them (`…落实情况（一）…方面1.耕地…`): such a label is a
/// cut when it continues its style's numbering, or opens a list (`1`)
/// right after a word.
#[derive(Default)]
struct Numbering {
    last: Vec<(LabelStyle, u32)>,
}

impl Numbering {
    fn continues(&self, label: &Label, before: char) -> bool {
        if !('\u{4e00}'..='\u{9fff}').contains(&before) && !matches!(before, '”' | '》' | ')') {
            return false;
        }
        let last = self.last.iter().find(|x| x.0 == label.style).map(|x| x.1);
        // `统一、规范`: a glued `一、` is a word's end, not a section.
        let opens_list = label.number == 1 && label.style != LabelStyle::ChineseDun;
        opens_list || last.is_some_and(|k| k + 1 == label.number)
    }

    /// The notice's first top-level label after a colon (`现将整改情况报告如下：一、…`):
    /// the sections open there. Later ones after a colon are a list inside
    /// a paragraph (`整改措施：一、修订制度；二、…`).
    fn opens_sections(&self, label: &Label, before: char, top: LabelStyle) -> bool {
        before == ':'
            && label.style == top
            && label.number == 1
            && !self.last.iter().any(|x| x.0 == top)
    }

    fn cut(&mut self, label: &Label) {
        self.last.retain(|x| x.0 != label.style);
        self.last.push((label.style, label.number));
    }
}

/// A sentence may open at `i`: at the start, after a space, or after a
/// sentence end.
fn opens(n: &[char], i: usize) -> bool {
    i == 0 || is_ws(n[i - 1]) || matches!(n[i - 1], '。' | '!' | '?')
}

/// The top-level numbering of a flattened line: `一、`, `二、` at sentence
/// starts, or `（一）`, `（二）` in a notice without `一、` (the first may
/// follow a colon: `…通报如下：（一）…`). None when the line is not one.
fn flattened_style(orig: &[char], n: &[char]) -> Option<LabelStyle> {
    if n.len() < MIN_SHORT_CHARS {
        return None;
    }
    [LabelStyle::ChineseDun, LabelStyle::ParenChinese]
        .into_iter()
        .find(|&style| {
            // A shorter line needs three sections to read as a notice.
            let needed = if n.len() < MIN_CHARS || style != LabelStyle::ChineseDun {
                3
            } else {
                2
            };
            runs_in_sequence(orig, n, style, needed)
        })
}

/// Labels of `style` numbered 1, 2, … `needed` at sentence starts.
fn runs_in_sequence(orig: &[char], n: &[char], style: LabelStyle, needed: u32) -> bool {
    let mut next = 1;
    for i in 0..n.len() {
        let Some(start) = label_start(n, i, style) else {
            continue;
        };
        let glued = start > 0 && ('\u{4e00}'..='\u{9fff}').contains(&n[start - 1]);
        let sentence_start = opens(n, start)
            || (glued && next > 1 && style == LabelStyle::ChineseDun)
            || (next == 1 && n[start - 1] == ':');
        if !sentence_start {
            continue;
        }
        let label = label_at(orig, start).map(|l| (l.style, l.number));
        if label == Some((style, next)) {
            next += 1;
            if next > needed {
                return true;
            }
        }
    }
    false
}

/// Where a label of `style` whose mark ends or opens at `i` starts: `一、`
/// is found at its `、`, `（一）` at its `（`.
fn label_start(n: &[char], i: usize, style: LabelStyle) -> Option<usize> {
    match style {
        LabelStyle::ChineseDun => {
            if n[i] != '、' || i == 0 || !crate::text::is_cn_numeral(n[i - 1]) {
                return None;
            }
            (0..i)
                .rev()
                .take_while(|&j| crate::text::is_cn_numeral(n[j]))
                .last()
        }
        _ => (n[i] == '(' && n.get(i + 1).is_some_and(|&c| crate::text::is_cn_numeral(c)))
            .then_some(i),
    }
}

/// Characters next to which a space separates menu items, not lines.
fn is_separator(c: char) -> bool {
    matches!(c, '>' | '|' | '/' | '-' | '·' | '»' | '›' | '<' | '«' | '‹')
}

/// The sentence that opens at `i`, up to and with its full stop.
fn sentence_at(orig: &[char], n: &[char], i: usize) -> String {
    let end = (i..n.len())
        .find(|&j| n[j] == '。')
        .map_or(n.len(), |j| j + 1);
    orig[i..end].iter().collect()
}

/// After a sentence end, the notice's closing begins at `i`, glued to the
/// last item (`…开展巡查。截至目前，4个问题已完成整改2个…。特此报告。某镇
/// 人民政府`): a sentence that sums the whole report up, a closing formula
/// (`特此报告。`), or what follows that formula (the signature).
fn closes_at(orig: &[char], n: &[char], i: usize) -> bool {
    if n[i - 1] != '。' {
        return false;
    }
    let start = (0..i - 1)
        .rev()
        .find(|&j| n[j] == '。')
        .map_or(0, |j| j + 1);
    let before: String = orig[start..i].iter().collect();
    let sentence = sentence_at(orig, n, i);
    let before = crate::text::trim(&before);
    // After the closing's count, words without a full stop to the line's
    // end: the signature (`…正在推进1个。某街道办事处 2026年11月12日`).
    let signed = !sentence.contains('。') && (is_dated_count(before) || is_closing_summary(before));
    is_formula(&sentence)
        || is_formula(before)
        || signed
        || is_closing_summary(&sentence)
        || is_dated_count(&sentence)
}

/// `截至目前，4个问题已完成整改2个，…。`: a count of the whole at a date,
/// which a notice prints as a paragraph of its own.
fn is_dated_count(sentence: &str) -> bool {
    let dated = ["截至", "截止", "目前"]
        .iter()
        .any(|w| sentence.starts_with(w));
    dated
        && crate::text::totals::find(&[(0, sentence)])
            .is_some_and(|t| t.total.is_some() && (t.done.is_some() || t.in_progress.is_some()))
}

/// `特此报告。`, `特此通报。`
fn is_formula(sentence: &str) -> bool {
    sentence.starts_with("特此") && sentence.chars().count() <= 8
}

/// Where the line is cut (char positions; each starts a piece).
fn cuts(orig: &[char], n: &[char], top: LabelStyle) -> Vec<usize> {
    let mut out = Vec::new();
    let mut depth: i32 = 0;
    let mut numbering = Numbering::default();
    let mut i = 0;
    while i < n.len() {
        let c = n[i];
        let depth_before = depth;
        match c {
            '【' | '(' | '[' | '“' | '《' => depth += 1,
            '】' | ')' | ']' | '”' | '》' => depth = (depth - 1).max(0),
            _ => {}
        }
        if is_ws(c) {
            let end = (i..n.len()).find(|&j| !is_ws(n[j])).unwrap_or(n.len());
            let joined = i > 0
                && end < n.len()
                && depth == 0
                && !is_separator(n[i - 1])
                && !is_separator(n[end]);
            if joined {
                out.push(end);
            }
            i = end;
            continue;
        }
        if i > 0 && depth_before == 0 && closes_at(orig, n, i) {
            out.push(i);
        }
        if i > 0 && depth_before == 0 {
            if let Some(label) = label_at(orig, i).filter(|l| !l.style.is_measure()) {
                let after_sentence = matches!(n[i - 1], '。' | '!' | '?');
                if after_sentence
                    || numbering.continues(&label, n[i - 1])
                    || numbering.opens_sections(&label, n[i - 1], top)
                {
                    numbering.cut(&label);
                    out.push(i);
                }
            }
        }
        i += 1;
    }
    out
}

/// The line cut into the lines it was made of, or `None`.
fn pieces<'a>(line: &Line<'a>) -> Option<Vec<Line<'a>>> {
    let orig: Vec<char> = line.text.chars().collect();
    let n = norm_chars(&line.text);
    let top = flattened_style(&orig, &n)?;
    let cuts = cuts(&orig, &n, top);
    if cuts.is_empty() {
        return None;
    }
    let out = cut_before(&orig, &cuts)
        .into_iter()
        .enumerate()
        .map(|(j, text)| line.piece(j, crate::text::trim(&text).to_string()))
        .filter(|l| !l.text.is_empty())
        .collect();
    Some(out)
}

/// The shortest and longest title read off the start of a paragraph.
const GLUED_TITLE_CHARS: std::ops::RangeInclusive<usize> = 8..=100;

/// A paragraph above the sections that opens with the title, a space
/// between them (`…关于巡察整改进展情况的通报　根据市委统一部署，…。`):
/// the title and the paragraph, as two lines.
fn title_glued<'a>(line: &Line<'a>) -> Option<Vec<Line<'a>>> {
    let orig: Vec<char> = line.text.chars().collect();
    let space = orig.iter().position(|&c| is_ws(c))?;
    let end = (space..orig.len()).find(|&j| !is_ws(orig[j]))?;
    let title: String = orig[..space].iter().collect();
    let rest: String = orig[end..].iter().collect();
    let titled = GLUED_TITLE_CHARS.contains(&space)
        && super::title::has_document_ending(&title)
        && super::title::can_open_title(&title)
        && !title.contains(['。', '，', ',']);
    let paragraph = rest.contains('。') && recognise(&rest).is_none();
    (titled && paragraph).then(|| {
        [title, rest]
            .into_iter()
            .enumerate()
            .map(|(j, text)| line.piece(j, text))
            .collect()
    })
}

/// The lines before the first top-level heading (`一、`, `第一部分`).
fn above_sections(lines: &[Line<'_>]) -> usize {
    lines
        .iter()
        .position(|l| {
            recognise(&l.text)
                .is_some_and(|x| matches!(x.style, LabelStyle::ChineseDun | LabelStyle::Part))
        })
        .unwrap_or(0)
}

/// The lines, with every flattened one cut into the lines it was made of.
pub(crate) fn split(lines: Vec<Line<'_>>) -> Vec<Line<'_>> {
    let head = above_sections(&lines);
    let cut: Vec<Option<Vec<Line<'_>>>> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| pieces(l).or_else(|| (i < head).then(|| title_glued(l)).flatten()))
        .collect();
    if cut.iter().all(Option::is_none) {
        return lines;
    }
    let mut out = Vec::with_capacity(lines.len() + 16);
    for (line, pieces) in lines.into_iter().zip(cut) {
        match pieces {
            Some(ps) => out.extend(ps),
            None => out.push(line),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str) -> Line<'_> {
        Line {
            no: 1,
            raw: text,
            text: text.to_string(),
            markup: Vec::new(),
        }
    }

    fn split_one(text: &str) -> Vec<String> {
        split(vec![line(text)])
            .into_iter()
            .map(|l| l.text)
            .collect()
    }

    #[test]
    fn a_notice_on_one_line_is_cut_at_its_joins() {
        let filler = "开展专项检查，建立问题台账，逐项销号。".repeat(12);
        let text = format!(
            "首页 > 信息公开 某局关于巡察整改情况的通报 根据部署开展巡察。{filler} 一、总体情况 已完成整改。二、问题整改情况 （一）甲方面 1.乙不严格。整改措施：（1）修订；（2）培训。整改情况：已完成。2.丙滞后。一是建立台账。 某局 2026年4月9日"
        );
        let got = split_one(&text);
        assert_eq!(got[0], "首页 > 信息公开");
        assert_eq!(got[1], "某局关于巡察整改情况的通报");
        assert!(got.contains(&"一、总体情况".to_string()), "{got:?}");
        assert!(got.contains(&"二、问题整改情况".to_string()), "{got:?}");
        assert!(
            got.contains(
                &"1.乙不严格。整改措施：（1）修订；（2）培训。整改情况：已完成。".to_string()
            ),
            "{got:?}"
        );
        assert!(
            got.contains(&"2.丙滞后。一是建立台账。".to_string()),
            "{got:?}"
        );
        assert_eq!(got[got.len() - 2..], ["某局", "2026年4月9日"]);
    }

    #[test]
    fn paragraphs_stay_whole() {
        let long = "一、".to_string() + &"开展专项检查。".repeat(60) + "二、甲";
        for t in [
            "整改措施：一、修订制度；二、开展培训。".to_string(),
            "（一）甲方面 1.乙。2.丙。".to_string(),
            long.replace("二、甲", "2.甲"),
        ] {
            assert_eq!(split_one(&t), std::slice::from_ref(&t), "{t}");
        }
    }
}
