//! Problems printed as short title lines without numbers, each followed by
//! paragraphs of text (`生物安全二级实验室改造进度滞后` › `巡察指出的…。` ›
//! `中心成立…。` › `改造后的实验室已于9月通过…。`), as a page sets them in
//! bold. Between two headings, lines that are no sentence (no `。`, `；` or
//! `，` inside, no colon at the end), short, no action or line of work, each
//! right before a paragraph of sentences (not a keyed report), two or more
//! of them stating a finding,
//! are problem statements with no label (style `Wenti`), numbered in order
//! (where some heading has two such lines, one alone under another counts);
//! the paragraphs after each are its text, up to the next such line or
//! heading.

use super::tree::{is_closing, is_rectification_report, opens_measures, Para};
use crate::text::label::recognise;
use crate::text::{char_len, norm_chars};

/// The longest title line (characters).
const MAX_TITLE_CHARS: usize = 40;
/// At least this many title lines between two headings make items.
const MIN_ITEMS: usize = 2;

/// A line shaped as a title: short, no sentence (commas allowed), no colon, no
/// label, and no line of work (`坚持领导带头`).
fn is_title_shaped(text: &str) -> bool {
    let t = crate::text::trim(text);
    let n = norm_chars(t);
    !t.is_empty()
        && char_len(t) <= MAX_TITLE_CHARS
        && !n.iter().any(|c| matches!(c, '。' | ';' | ':' | '!' | '?'))
        && recognise(t).is_none()
        && !is_closing(t)
        && !super::own_sentence::is_action(t)
        && !super::shape::is_work_line(t)
}

/// The longest lead sentence (characters, its full stop included).
const MAX_LEAD_CHARS: usize = 30;

/// A lead sentence, as a page sets a bold sentence on its own line over
/// the text (`政治理论学习不够深入系统。` › `针对…的问题，修订了…`): one short
/// sentence shaped as a title but for its full stop, that says nothing of
/// where the work stands, with a paragraph after it at least twice as long.
fn is_lead_sentence(paras: &[Para], i: usize) -> bool {
    let t = crate::text::trim(&paras[i].text);
    let Some(statement) = t.strip_suffix('。') else {
        return false;
    };
    let longer_after = paras.get(i + 1).is_some_and(|n| {
        char_len(crate::text::trim(&n.text)) >= 2 * char_len(t).max(MIN_BROKEN_LINE_CHARS)
    });
    char_len(t) <= MAX_LEAD_CHARS
        && is_title_shaped(statement)
        && !super::plain_problems::reports_progress(statement)
        && longer_after
}

/// A line shaped as a title, or a lead sentence.
fn is_title_line(paras: &[Para], i: usize) -> bool {
    is_title_shaped(&paras[i].text) || is_lead_sentence(paras, i)
}

/// A title line that states a finding (`…进度滞后`, `…问题仍然存在`).
fn states_finding(text: &str) -> bool {
    let t = crate::text::trim(text);
    super::shape::states_finding(t) || t.contains("问题")
}

/// A paragraph of sentences, no heading, and no keyed report or measures
/// (`整改措施：…` after a finding is read as its report: `reported_paragraphs`).
fn is_text(p: &Para) -> bool {
    recognise(&p.text).is_none()
        && p.text.contains('。')
        && !is_rectification_report(&p.text)
        && !opens_measures(&p.text)
}

/// Paragraph `i` goes on from the one before, which ends mid-sentence
/// (a page's line broken where it was printed: `…重点，采` › `取定期调度
/// 、…，对整改进度滞后`).
fn goes_on_from(paras: &[Para], i: usize) -> bool {
    i.checked_sub(1).is_some_and(|h| {
        let t = crate::text::trim(&paras[h].text);
        recognise(t).is_none()
            && !t.ends_with(SENTENCE_ENDS)
            && char_len(t) >= MIN_BROKEN_LINE_CHARS
    })
}

/// At least this many lines of one width, none ending a sentence, make a
/// text wrapped as on a page.
const MIN_WRAPPED_LINES: usize = 5;

/// The width (characters) at which the text's lines were broken as on a
/// page (`…对梓澧省开展第` / `三轮生态环境保护督察，…`), if it was: the most
/// common length, give or take two, of lines that end no sentence, when
/// enough share it.
fn wrapped_width(paras: &[Para]) -> Option<usize> {
    let mut counts = std::collections::HashMap::new();
    for p in paras {
        let t = crate::text::trim(&p.text);
        if !t.ends_with(SENTENCE_ENDS) && recognise(t).is_none() {
            *counts.entry(char_len(t)).or_insert(0usize) += 1;
        }
    }
    // Lines broken at one width vary by a character or two (punctuation).
    let near = |w: usize| {
        (w.saturating_sub(2)..=w + 2)
            .filter_map(|x| counts.get(&x))
            .sum::<usize>()
    };
    let (n, width) = counts.keys().map(|&w| (near(w), w)).max()?;
    (n >= MIN_WRAPPED_LINES).then_some(width)
}

/// A line with a comma in a wrapped text: more likely a piece of a
/// sentence (or of a table's cell) broken at the page's width than a title
/// of two clauses.
fn wrapped_fragment(text: &str, width: Option<usize>) -> bool {
    width.is_some() && text.contains(['，', ','])
}

/// The shortest line read as broken off mid-sentence (characters): a
/// table's short cells (`6`, `已完成`, `2025年12月底前`) end none.
const MIN_BROKEN_LINE_CHARS: usize = 16;

/// What a paragraph before a title line ends with.
const SENTENCE_ENDS: &[char] = &['。', '；', ';', '：', ':', '！', '？', '”', '）', ')'];

/// Line `i` heads paragraphs that each state a finding and the work on it
/// (`一季度督查发现问题` › `1月9日，督查组…发现，…不符。目前，…已整改完毕。`
/// › `1月23日，…`), two or more of that shape before the next line of a
/// title's shape or `end`, one at least in words known to state a finding:
/// it groups those problems (`plain_problems`), it is not one.
fn heads_findings(paras: &[Para], i: usize, end: usize) -> bool {
    let (mut shaped, mut stated) = (0, 0);
    for k in (i + 1..end).take_while(|&k| !is_title_line(paras, k)) {
        let t = &paras[k].text;
        // `针对…的问题，修订了…`: a report on the finding above, not one.
        let finding = !super::plain_problems::answers_a_finding(t);
        shaped += usize::from(finding && super::plain_problems::is_problem_among_problems(t));
        stated += usize::from(finding && super::plain_problems::is_problem_paragraph(t));
    }
    shaped >= 2 && stated >= 1
}

/// A title line: its index, its number, and its label's length (0).
pub(crate) type Label = (usize, u32, usize);
/// The paragraphs a run of title lines spans.
pub(crate) type Span = std::ops::Range<usize>;

/// The title lines (index, number, label length 0), ascending, and the
/// paragraphs their items span (from the first title line to the next
/// heading), where no other reading of unnumbered items applies.
pub(crate) fn labels(paras: &[Para]) -> (Vec<Label>, Vec<Span>) {
    let mut out = Vec::new();
    let mut spans = Vec::new();
    let mut start = 0;
    let ends =
        (0..=paras.len()).filter(|&i| i == paras.len() || recognise(&paras[i].text).is_some());
    let width = wrapped_width(paras);
    // Lines of the shape, each before text, between two headings, with how
    // many of them state a finding.
    let mut runs = Vec::new();
    for end in ends {
        let found: Vec<usize> = (start..end)
            .filter(|&i| is_title_line(paras, i) && !goes_on_from(paras, i))
            .filter(|&i| !wrapped_fragment(&paras[i].text, width))
            .filter(|&i| i + 1 < end && is_text(&paras[i + 1]))
            .filter(|&i| !heads_findings(paras, i, end))
            .collect();
        let stating = found
            .iter()
            .filter(|&&i| states_finding(&paras[i].text))
            .count();
        runs.push((found, stating, end));
        start = end + 1;
    }
    // Two at least stating a finding make them all titles
    // (`检验检测收费项目标准陈旧` among them); where some heading has so
    // many, one alone under another heading is a title too.
    let printed_so = runs.iter().any(|r| r.1 >= MIN_ITEMS);
    for (found, stating, end) in runs {
        if stating >= MIN_ITEMS || (printed_so && stating >= 1) {
            spans.push(found[0]..end);
            out.extend(found.into_iter().zip(1..).map(|(i, n)| (i, n, 0)));
        }
    }
    (out, spans)
}

#[cfg(test)]
mod tests {
    use super::super::tree::paras;
    use super::*;

    #[test]
    fn title_lines_each_before_paragraphs_are_items() {
        let p = paras(&[
            "三、“回头看”发现的短板弱项及改进情况",
            "经过集中攻坚，2项短板弱项已全部改进到位。",
            "实验室改造进度滞后",
            "巡察指出的实验室条件不达标。",
            "改造后的实验室已于9月通过验收。",
            "疫苗冷链运输监管存在盲区",
            "中心投入资金64万元加装监测终端。",
            "四、下一步工作打算",
        ]);
        assert_eq!(labels(&p).0, [(2, 1, 0), (5, 2, 0)]);
        assert_eq!(labels(&p).1, vec![2..7]);
    }

    #[test]
    fn lines_of_a_wrapped_page_with_commas_are_no_titles() {
        // Six lines broken at one width, none ending a sentence: a page's
        // lines, whose comma pieces are no titles of two clauses.
        let p = paras(&[
            "一、情况",
            "部分企业污水处理设施运行不正常，存在超标排放",
            "问题，已责令整改。",
            "个别乡镇垃圾清运不及时，农村环境整治不到位的",
            "问题仍然存在，正在推进。",
            "县委县政府坚决扛起生态文明建设政治责任并成立",
            "领导小组，制定实施细则，逐项明确责任。",
            "截至2026年3月底已完成整改7项其余5项中4项",
            "正在推进，1项需长期坚持。",
            "各乡镇按照县里统一部署开展整改工作并定期调",
            "度，县领导现场督导调度64次。",
        ]);
        assert!(labels(&p).0.is_empty(), "{:?}", labels(&p).0);
    }

    #[test]
    fn lead_sentences_each_before_longer_paragraphs_are_items() {
        let p = paras(&[
            "一、落实上级决策部署方面",
            "统计数据质量管控不够严格。",
            "针对部分专业数据审核流于形式的问题，修订了《统计数据质量控制办法》，建立三级审核制度。",
            "统计执法检查覆盖面不足。",
            "制定年度执法检查计划，全年开展执法检查42家次，查处统计违法案件3件。目前已整改完成。",
            "二、下一步打算",
        ]);
        assert_eq!(labels(&p).0, [(1, 1, 0), (3, 2, 0)]);
        // A sentence saying where the work stands, or one before a paragraph
        // not twice as long, leads nothing.
        let p = paras(&[
            "一、情况",
            "统计数据质量管控不够严格。",
            "已修订质量控制办法，目前已整改完成。",
            "该项工作正在推进，预计年底完成。",
            "针对部分专业数据审核流于形式的问题，修订了《统计数据质量控制办法》，建立三级审核制度。",
        ]);
        assert!(labels(&p).0.is_empty(), "{:?}", labels(&p).0);
    }

    #[test]
    fn one_title_line_or_lines_without_text_are_not() {
        let one = paras(&[
            "一、情况",
            "实验室改造进度滞后",
            "巡察指出的实验室条件不达标。",
        ]);
        assert!(labels(&one).0.is_empty());
        // A line of work (no finding) and lines with no text after them.
        let work = paras(&[
            "一、情况",
            "坚持领导带头",
            "党总支书记带头领办。",
            "实验室改造进度滞后",
            "疫苗冷链运输监管存在盲区",
        ]);
        assert!(labels(&work).0.is_empty());
    }
}
