//! Numbering labels at the start of a paragraph.
//!
//! | style          | printed                                   |
//! |----------------|-------------------------------------------|
//! | `ChineseDun`   | `一、`, a careless `三.` `三．`, and Roman numerals `Ⅰ` `Ⅱ、` (the same level) |
//! | `ParenChinese` | `(一)` `（一）` `㈠`, and letters before Chinese words `A.` `B、` |
//! | `Arabic`       | `1.` `1、` `1．` `⒈`, a table row's `1⇥` (not `2025年`, `1.8亿元`, `1-6月`) |
//! | `ParenArabic`  | `(1)` `（1）` `1)` `1）` `⑴` (the missing-bracket form is the same style) |
//! | `Circled`      | `①` `❶` `➀` `➊`                            |
//! | `Shi`          | `一是` … `十是`                              |
//! | `Di`           | `第一,` `第一，` `第一、` `第一项，` `第2条、`       |
//! | `Wenti`        | `问题一:` `问题1、` `问题（2）` `【问题3】` `【AW-03】` `问题4　` `问题5`, `第8项` or `序号：6` alone on its line, `第一项  …` (a space after the unit), `第一项：…`, `整改任务7：` `整改事项8：` `反馈问题1：` `巡视反馈问题2：` (a problem statement) |
//! | `Part`         | `第一部分` `第二篇` `第三章` (a group above `一、`) |
//! | `Keyed`        | `整改措施:` (a problem's measures; `convert::tree`) |
//! | `Bullet`       | `◆` `●` `■` `▲` `★` `▶` `•` … (items without numbers; numbered in order by `convert::bullets`) |
//! | `Plain`        | no label: a short line above a list that restarts at 1 (`convert::plain_headings`) |
//! | `Lead`         | `反馈指出：` (a key that opens each item before its report; `convert::lead_keys`) |
//! | `Outline`      | `1.1 ` (a decimal outline's second level, with `1 …` lines above as `Arabic`; `convert::outline_labels`) |
//! | `OutlineDeep`  | `1.1.1 ` (its third level) |
//!
//! Recognition runs on normalised chars; the label and the rest are cut
//! from the original text, so both keep their printed punctuation.

use super::{cn_number, is_cn_numeral, is_ws, norm_char, run_end, slice};

/// The numbering style of a label. The tree builder nests by style; review
/// choices name a level by it (`convert::Numbering`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LabelStyle {
    /// `一、`
    ChineseDun,
    /// `（一）`
    ParenChinese,
    /// `1.` `1、`
    Arabic,
    /// `(1)` `1)`
    ParenArabic,
    /// `①`
    Circled,
    /// `一是`
    Shi,
    /// `第一，`
    Di,
    /// Not a printed label: an unnumbered heading `关于“…”问题的整改`.
    About,
    /// `问题一:` `问题1:` `问题一、`: a problem statement with its number.
    Wenti,
    /// `第一部分` `第二篇` `第三章`: an ordinal group above `一、` (the top
    /// level of a notice that prints one).
    Part,
    /// Not a printed number: a paragraph keyed `整改措施:` under a problem,
    /// its measures.
    Keyed,
    /// `◆` `●` `■`: items marked by a bullet instead of a number.
    Bullet,
    /// Not a printed label: a short line heading a list that starts again
    /// at 1 below it (`在落实主体责任方面`; `convert::plain_headings`).
    Plain,
    /// `反馈指出：` before each report: items led by a repeated key instead
    /// of a number (`convert::lead_keys`).
    Lead,
    /// `1.1`: the second level of a decimal outline (`convert::outline_labels`).
    Outline,
    /// `1.1.1`: its third level.
    OutlineDeep,
}

impl LabelStyle {
    /// Styles that enumerate measures (一是, ①, 第一) rather than headings.
    pub(crate) fn is_measure(self) -> bool {
        matches!(
            self,
            LabelStyle::Circled | LabelStyle::Shi | LabelStyle::Di | LabelStyle::Keyed
        )
    }
}

/// A recognised label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Label {
    pub style: LabelStyle,
    /// The printed number (`(16)` and `16)` are 16, `一是` is 1).
    pub number: u32,
    /// The label as printed.
    pub text: String,
    /// The text after the label, trimmed.
    pub rest: String,
}

/// The characters scanned for a label: enough for a number of any length
/// that a notice prints.
const HEAD_CHARS: usize = 40;

/// The value of a label's ASCII digits, of any length (numbers past
/// `u32::MAX` saturate; the id then clashes and is warned about).
fn label_number(digits: &[char]) -> Option<u32> {
    if digits.is_empty() || !digits.iter().all(char::is_ascii_digit) {
        return None;
    }
    Some(digits.iter().fold(0u32, |acc, c| {
        acc.saturating_mul(10)
            .saturating_add(c.to_digit(10).unwrap_or(0))
    }))
}

/// A year (`2026年`, four digits from 1900 on) starts at `i`.
fn opens_with_year(n: &[char], i: usize) -> bool {
    let digits: String = n.iter().skip(i).take(4).collect();
    digits.len() == 4
        && digits.chars().all(|c| c.is_ascii_digit())
        && (digits.starts_with("19") || digits.starts_with("20"))
        && n.get(i + 4) == Some(&'年')
}

/// Units of things counted whole (`2个项目`, `3家企业`): a number before
/// one has no fraction, so a dot before it ends a label (`5.2个项目…`).
const WHOLE_COUNT_UNITS: &[char] = &[
    '个', '项', '家', '名', '人', '处', '条', '笔', '件', '户', '所', '座', '台', '辆', '宗', '批',
];

/// A count of whole things starts at `i` (`2个项目`), not a share of one
/// (`5.2个百分点`).
fn opens_with_whole_count(n: &[char], i: usize) -> bool {
    let e = run_end(n, i, |c| c.is_ascii_digit());
    let unit = n.get(e).filter(|c| WHOLE_COUNT_UNITS.contains(c));
    let points: String = n.iter().skip(e + 1).take(3).collect();
    e > i && e - i <= 4 && unit.is_some() && !points.starts_with("百分点")
}

/// Four or more digits followed by the label's separator and another digit
/// are a year or an amount (`2025.06`, `2025、2026年`), not a label.
fn reads_as_year_or_amount(n: &[char], digits: usize, sep_end: usize) -> bool {
    digits >= 4 && n.get(sep_end).is_some_and(char::is_ascii_digit)
}

/// Recognises a label at the start of `text` (already trimmed).
pub(crate) fn recognise(text: &str) -> Option<Label> {
    // A label is short: scan the first characters only (linear time on long
    // paragraphs, which are checked several times).
    let head: Vec<char> = text.chars().take(HEAD_CHARS).map(norm_char).collect();
    let (style, number, end) = scan(&head).or_else(|| {
        let tag = leading_tag_chars(&head);
        let (style, number, end) = scan(&head[tag..]).filter(|_| tag > 0)?;
        Some((style, number, tag + end))
    })?;
    let byte = text.char_indices().nth(end).map_or(text.len(), |(b, _)| b);
    Some(Label {
        style,
        number,
        text: text[..byte].to_string(),
        rest: text[byte..].trim_matches(is_ws).to_string(),
    })
}

/// The style and number of a label at the start of `text`, without the
/// copies [`recognise`] makes: cheap enough to try at every clause start of
/// a long paragraph.
pub(crate) fn style_at(text: &str) -> Option<(LabelStyle, u32)> {
    let head: Vec<char> = text.chars().take(HEAD_CHARS).map(norm_char).collect();
    scan(&head).map(|(style, number, _)| (style, number))
}

/// The longest tag printed before a label, brackets included (characters).
const MAX_LEADING_TAG_CHARS: usize = 8;

/// A short `【…】` tag before the label (`【已完成】1.…`, `【整改中】3.…`):
/// its length in characters, or 0. It belongs to the label, so that the
/// title is the item's own words; `status` reads it as a title tag.
fn leading_tag_chars(n: &[char]) -> usize {
    if n.first() != Some(&'【') {
        return 0;
    }
    n.iter()
        .take(MAX_LEADING_TAG_CHARS)
        .position(|&c| c == '】')
        .filter(|&close| close > 1 && !names_a_part(&n[1..close]))
        .map_or(0, |close| close + 1)
}

/// Endings of a key that names a part of an item (`【整改措施】一是…`,
/// `【检视问题】`, `【整改成效】`): the text after it is that part, not an
/// item numbered by the label after the key.
const PART_KEY_ENDINGS: &[&str] = &[
    "措施", "举措", "情况", "进展", "成效", "结果", "问题", "表现", "时限", "单位",
];

fn names_a_part(key: &[char]) -> bool {
    let key: String = key.iter().collect();
    PART_KEY_ENDINGS.iter().any(|e| key.ends_with(e))
}

/// The words of a tag printed before a label (`【已完成】1.` → `已完成`).
pub(crate) fn leading_tag(label: &str) -> Option<&str> {
    let inner = label.strip_prefix('【')?;
    inner.find('】').map(|close| &inner[..close])
}

/// The length of what separates a Roman numeral from its words: `、` or
/// `.` (1), a space (0, trimmed off later), or the line's end (0).
fn separator_len(c: Option<char>) -> Option<usize> {
    match c {
        Some('、' | '.') => Some(1),
        Some(c) if is_ws(c) => Some(0),
        None => Some(0),
        _ => None,
    }
}

fn scan(n: &[char]) -> Option<(LabelStyle, u32, usize)> {
    use LabelStyle::*;
    let first = *n.first()?;
    match first as u32 {
        0x2460..=0x2473 => return Some((Circled, first as u32 - 0x2460 + 1, 1)),
        0x2474..=0x2487 => return Some((ParenArabic, first as u32 - 0x2474 + 1, 1)),
        0x2488..=0x249B => return Some((Arabic, first as u32 - 0x2488 + 1, 1)),
        // `❶` `➀` `➊`: circled numbers of the dingbat block.
        0x2776..=0x277F => return Some((Circled, first as u32 - 0x2776 + 1, 1)),
        0x2780..=0x2789 => return Some((Circled, first as u32 - 0x2780 + 1, 1)),
        0x278A..=0x2793 => return Some((Circled, first as u32 - 0x278A + 1, 1)),
        // `㈠`: a bracketed Chinese numeral in one character.
        0x3220..=0x3229 => return Some((ParenChinese, first as u32 - 0x3220 + 1, 1)),
        // `Ⅰ 项目建设管理方面`, `Ⅱ、…`: Roman numerals at the top level.
        0x2160..=0x216B => {
            let sep = separator_len(n.get(1).copied())?;
            return Some((ChineseDun, first as u32 - 0x2160 + 1, 1 + sep));
        }
        _ => {}
    }
    // `A. 项目建设内容变更…`, `B、…`: letters under the top level; `a.`
    // `b、` one level further down.
    if first.is_ascii_alphabetic() && matches!(n.get(1), Some('.' | '、')) {
        // Words, or a figure of them (`b.2024年7月面向社会…`), not a
        // decimal (`A.1`).
        let han = |c: &char| ('\u{4e00}'..='\u{9fff}').contains(c);
        let start = (2..n.len()).find(|&i| !is_ws(n[i]));
        let opens_words = start.is_some_and(|i| {
            let digits = run_end(n, i, |c| c.is_ascii_digit());
            n.get(digits).is_some_and(han)
        });
        let style = if first.is_ascii_uppercase() {
            ParenChinese
        } else {
            ParenArabic
        };
        return opens_words.then(|| (style, letter_number(first), 2));
    }
    if first == '(' {
        // `(a)` `（A）`: a letter in brackets, numbered as `(1)`.
        if n.get(1).is_some_and(char::is_ascii_alphabetic) && n.get(2) == Some(&')') {
            return Some((ParenArabic, letter_number(n[1]), 3));
        }
        let d = run_end(n, 1, |c| c.is_ascii_digit());
        if d > 1 && n.get(d) == Some(&')') {
            return Some((ParenArabic, label_number(&n[1..d])?, d + 1));
        }
        let c = run_end(n, 1, is_cn_numeral);
        if c > 1 && n.get(c) == Some(&')') {
            return Some((ParenChinese, cn_number(&n[1..c])?, c + 1));
        }
        return None;
    }
    if first.is_ascii_digit() {
        let d = run_end(n, 0, |c| c.is_ascii_digit());
        if reads_as_year_or_amount(n, d, d + 1) {
            return None;
        }
        let num = label_number(&n[..d])?;
        return match n.get(d) {
            Some(')') => Some((ParenArabic, num, d + 1)),
            Some('、') => Some((Arabic, num, d + 1)),
            // A table row copied as text: the serial-number cell, then a tab.
            Some('\t') => Some((Arabic, num, d)),
            // `01` alone on its line over the item's title, as a phone
            // article sets it: two digits, the first a zero.
            None if d == 2 && first == '0' => Some((Arabic, num, d)),
            Some('.') if !n.get(d + 1).is_some_and(|c| c.is_ascii_digit()) => {
                Some((Arabic, num, d + 1))
            }
            // `2.2026年交流轮岗干部11名`: a year after the dot, no decimal.
            Some('.') if opens_with_year(n, d + 1) => Some((Arabic, num, d + 1)),
            // `5.2个项目未办理竣工决算`: whole things counted after the dot.
            Some('.') if opens_with_whole_count(n, d + 1) => Some((Arabic, num, d + 1)),
            _ => None,
        };
    }
    if let Some(k) = TASK_WORDS.iter().find(|k| super::starts_at(n, 0, k)) {
        return wenti(n, k.chars().count());
    }
    if SERIAL_KEYS.iter().any(|k| super::starts_at(n, 0, k)) {
        return serial(n);
    }
    if first == '【' && n.get(1) == Some(&'问') && n.get(2) == Some(&'题') {
        // `【问题1】`
        let (num, e) = wenti_number(n, 3)?;
        return (n.get(e) == Some(&'】')).then_some((Wenti, num, e + 1));
    }
    if matches!(first, '【' | '[') {
        return problem_code(n).or_else(|| bracketed_number(n));
    }
    // `其一，` `其二：`: ordinals as `第一，`.
    if first == '其' {
        let c = run_end(n, 1, is_cn_numeral);
        let sep = matches!(n.get(c), Some(',' | '、' | ':'));
        return (c == 2 && sep).then(|| Some((Di, cn_number(&n[1..c])?, c + 1)))?;
    }
    if first == '第' {
        let c = run_end(n, 1, is_cn_numeral);
        let d = run_end(n, 1, |c| c.is_ascii_digit());
        let (number, end) = if c > 1 && c <= 4 {
            (cn_number(&n[1..c]), c)
        } else if d > 1 && d <= 3 {
            (label_number(&n[1..d]), d)
        } else {
            return part(n);
        };
        // `第一，` `第一项：` `第2条、`: an optional unit, then a separator.
        let unit = usize::from(matches!(n.get(end), Some('项' | '条')));
        if matches!(n.get(end + unit), Some(',' | '、' | ':')) {
            // `第1、2、4项问题，…`: numbers listed up to their unit name
            // items, no label.
            if unit == 0 && n.get(end) == Some(&'、') && lists_numbered_items(n, end + 1) {
                return None;
            }
            // `第一项：…`: an item counted as a problem is, its statement
            // after the colon (as `问题一：`), not a measure's `第一，`.
            if n.get(end) == Some(&'项') && n.get(end + 1) == Some(&':') {
                return Some((LabelStyle::Wenti, number?, end + 2));
            }
            return Some((Di, number?, end + unit + 1));
        }
        // `第1条意见：` `第2项问题：`: the unit, a short word naming what is
        // numbered, a colon (as `问题1：`; `第2项问题已整改` runs on).
        if unit == 1 {
            let word = run_end(n, end + 1, super::chars::is_han);
            if word > end + 1 && word <= end + 1 + MAX_DI_WORD_CHARS && n.get(word) == Some(&':') {
                return Some((LabelStyle::Wenti, number?, word + 1));
            }
        }
        // `第1项` alone on its line: a problem's number, its statement and
        // fields below (`【问题】…` `【措施】…` `【对账结果】…`), as `问题1`.
        if unit == 1 && n[end + 1..].iter().all(|&c| is_ws(c)) {
            return Some((LabelStyle::Wenti, number?, n.len()));
        }
        // `第一项  城区黑臭水体反弹。`: the number, a space, the statement
        // (as `问题4　超标准`; `第8项工作` runs on and is none).
        if unit == 1 && n.get(end + 1).is_some_and(|&c| is_ws(c)) {
            return Some((LabelStyle::Wenti, number?, end + 1));
        }
        return part(n);
    }
    if is_cn_numeral(first) {
        let c = run_end(n, 0, is_cn_numeral);
        if c > 3 {
            return None;
        }
        return match n.get(c) {
            Some('、') => Some((ChineseDun, cn_number(&n[..c])?, c + 1)),
            // `三.` `三．`: a careless `三、` (not before a digit).
            Some('.') if n.get(c + 1).is_some_and(|d| !d.is_ascii_digit()) => {
                Some((ChineseDun, cn_number(&n[..c])?, c + 1))
            }
            // `一）`: the bracket's closing half only, as `1）` is `(1)`.
            Some(')') => Some((ParenChinese, cn_number(&n[..c])?, c + 1)),
            Some('是') => Some((Shi, cn_number(&n[..c])?, c + 1)),
            _ => None,
        };
    }
    None
}

/// The most characters of the word after `第1条` in a label (`第1条意见：`).
const MAX_DI_WORD_CHARS: usize = 4;

/// From `i`, more numbers joined by `、` (each maybe after its own `第`)
/// up to a unit that counts items (`2、4项`, `第2、第3个`): a reference.
fn lists_numbered_items(n: &[char], i: usize) -> bool {
    let mut j = i;
    let mut numbers = 0;
    while let Some(&c) = n.get(j) {
        if c.is_ascii_digit() || is_cn_numeral(c) {
            numbers += 1;
            j += 1;
        } else if c == '、' || c == '第' {
            j += 1;
        } else {
            return numbers > 0 && matches!(c, '项' | '个' | '条' | '件');
        }
    }
    false
}

/// The longest letter prefix of a problem's code (`AW` in `【AW-01】`).
const MAX_CODE_LETTERS: usize = 6;
/// The most digits of a problem's code.
const MAX_CODE_DIGITS: usize = 4;

/// `【AW-01】` `[ZG-3]` `【A07】`: a problem's code in brackets, letters then
/// its number (a ledger's problem code printed before each statement).
/// Digits alone (`【2026】`) are not a code.
fn problem_code(n: &[char]) -> Option<(LabelStyle, u32, usize)> {
    let letters = run_end(n, 1, |c| c.is_ascii_alphabetic());
    if letters == 1 || letters - 1 > MAX_CODE_LETTERS {
        return None;
    }
    let s = letters + usize::from(matches!(n.get(letters), Some('-' | '_')));
    let d = run_end(n, s, |c| c.is_ascii_digit());
    if d == s || d - s > MAX_CODE_DIGITS || !matches!(n.get(d), Some('】' | ']')) {
        return None;
    }
    Some((LabelStyle::Wenti, label_number(&n[s..d])?, d + 1))
}

/// A letter's place in the alphabet (`a` and `A` are 1).
fn letter_number(c: char) -> u32 {
    c.to_ascii_lowercase() as u32 - 'a' as u32 + 1
}

/// The most digits of a bracketed number (`【12】`); `【2026】` is a year.
const MAX_BRACKETED_DIGITS: usize = 3;

/// `【1】` `[2]`: a number alone in brackets, numbered as `(1)`.
fn bracketed_number(n: &[char]) -> Option<(LabelStyle, u32, usize)> {
    let d = run_end(n, 1, |c| c.is_ascii_digit());
    let short = (2..=MAX_BRACKETED_DIGITS + 1).contains(&d);
    let closed = matches!(n.get(d), Some('】' | ']'));
    (short && closed).then(|| Some((LabelStyle::ParenArabic, label_number(&n[1..d])?, d + 1)))?
}

/// Keys of a line that only gives a row's serial number (`序号：3`).
const SERIAL_KEYS: &[&str] = &["序号", "编号"];

/// `序号：3` alone on its line: the number of the block of keyed lines
/// below it (`问题：…` `措施：…` `进度：…`), a problem.
fn serial(n: &[char]) -> Option<(LabelStyle, u32, usize)> {
    let mut i = 2;
    if n.get(i) != Some(&':') {
        return None;
    }
    i += 1;
    while n.get(i).is_some_and(|&c| is_ws(c)) {
        i += 1;
    }
    let d = run_end(n, i, |c| c.is_ascii_digit());
    let rest_blank = n[d..].iter().all(|&c| is_ws(c));
    (d > i && rest_blank).then(|| Some((LabelStyle::Wenti, label_number(&n[i..d])?, n.len())))?
}

/// The number after `问题` at `s`: digits or up to three Chinese numerals,
/// and where it ends.
fn wenti_number(n: &[char], s: usize) -> Option<(u32, usize)> {
    let d = run_end(n, s, |c| c.is_ascii_digit());
    let c = run_end(n, s, is_cn_numeral);
    if d > s {
        Some((label_number(&n[s..d])?, d))
    } else if c > s && c - s <= 3 {
        Some((cn_number(&n[s..c])?, c))
    } else {
        None
    }
}

/// Words before a problem's number (`问题1：`, `整改任务3：`, `整改事项2：`,
/// `反馈问题4：`, `巡视反馈问题5：`).
const TASK_WORDS: &[&str] = &[
    "问题",
    "整改任务",
    "任务",
    "整改事项",
    "事项",
    "反馈问题",
    "反馈意见",
    "巡察反馈问题",
    "巡视反馈问题",
    "巡察问题",
    "巡视问题",
    "审计问题",
    "督查问题",
    "检查问题",
];

/// `问题一:` `问题1、` `问题3.` `问题（2）` `问题4　…`: a problem's number after
/// `问题`, then a separator (a bracketed number needs none).
fn wenti(n: &[char], s: usize) -> Option<(LabelStyle, u32, usize)> {
    use LabelStyle::Wenti;
    if n.get(s) == Some(&'(') {
        let (num, e) = wenti_number(n, s + 1)?;
        if n.get(e) != Some(&')') {
            return None;
        }
        let sep = usize::from(matches!(n.get(e + 1), Some(':' | '、' | '.' | ',')));
        return Some((Wenti, num, e + 1 + sep));
    }
    let (num, e) = wenti_number(n, s)?;
    // `问题1-1：`, `问题3－2：`: the area's number, then the problem's
    // within it (the numbering restarts per area).
    let (num, e) = match (n.get(e), n.get(e + 1)) {
        (Some('-' | '－' | '—'), Some(c)) if c.is_ascii_digit() => {
            let d = run_end(n, e + 1, |c| c.is_ascii_digit());
            (label_number(&n[e + 1..d])?, d)
        }
        // `任务1.2 清理…`: a task's code, its problem's number then its
        // own, a space or a colon after it (not `问题3.2023年…`).
        (Some('.'), Some(c)) if c.is_ascii_digit() => {
            let d = run_end(n, e + 1, |c| c.is_ascii_digit());
            let after = n.get(d).is_some_and(|&c| is_ws(c) || c == ':');
            match (d - e - 1 <= 2 && after)
                .then(|| label_number(&n[e + 1..d]))
                .flatten()
            {
                Some(k) => (k, d),
                None => (num, e),
            }
        }
        _ => (num, e),
    };
    match n.get(e) {
        Some(':' | '、' | '.' | ',') => Some((Wenti, num, e + 1)),
        // `问题6 ：投资…`: a stray space before the colon.
        Some(&c) if is_ws(c) => {
            let w = run_end(n, e, is_ws);
            Some((Wenti, num, if n.get(w) == Some(&':') { w + 1 } else { e }))
        }
        // A line that is only the label (`问题1`), its statement below.
        None => Some((Wenti, num, e)),
        _ => None,
    }
}

/// Words that name an ordinal group (`第一部分`, `第二篇`, `第一方面：`,
/// `第一类问题：`).
const PART_WORDS: &[&str] = &["部分", "篇", "章", "编", "方面", CLASS_WORD];

/// What a group of problems of one kind is called (`第二类问题：…`).
const CLASS_WORD: &str = "类问题";

/// A label that names a class of problems (`第一类问题：`): the heading
/// groups findings, whatever its title says.
pub(crate) fn names_a_class(label: &str) -> bool {
    label.contains(CLASS_WORD)
}

/// `第一部分　总体情况`, `第二篇:…`, `第三章`: an ordinal group heading. The
/// word is followed by a separator, or the line is a short heading without
/// a full stop (`第一部分审计整改总体情况`); `第一部分问题已整改。` is a
/// sentence.
fn part(n: &[char]) -> Option<(LabelStyle, u32, usize)> {
    let c = run_end(n, 1, |ch| is_cn_numeral(ch) || ch.is_ascii_digit());
    if c == 1 || c > 5 {
        return None;
    }
    let number = if n[1].is_ascii_digit() {
        label_number(&n[1..c])?
    } else {
        cn_number(&n[1..c])?
    };
    let word = PART_WORDS.iter().find(|w| super::starts_at(n, c, w))?;
    let end = c + word.chars().count();
    match n.get(end) {
        None => Some((LabelStyle::Part, number, end)),
        Some(&ch) if is_ws(ch) || matches!(ch, ':' | '、' | ',' | '.' | '—' | '-') => {
            let sep = usize::from(!is_ws(ch) && ch != '—' && ch != '-');
            Some((LabelStyle::Part, number, end + sep))
        }
        Some(_) => {
            let heading = n.len() < HEAD_CHARS && !n.contains(&'。');
            heading.then_some((LabelStyle::Part, number, end))
        }
    }
}

/// An unnumbered problem heading: `关于“…”问题的整改`, short, no full stop.
pub(crate) fn is_about_heading(text: &str) -> bool {
    is_about_title(text) && !text.contains('。') && text.chars().count() <= 80
}

/// A title naming a problem: starts with 关于 and mentions 问题.
pub(crate) fn is_about_title(title: &str) -> bool {
    title.starts_with("关于") && title.contains("问题")
}

/// Splits the text after a label into a title (up to and including the
/// first `。` outside quotes and brackets) and the rest.
pub(crate) fn split_title(rest: &str) -> (String, String) {
    let chars: Vec<char> = rest.chars().collect();
    let mut depth: i32 = 0;
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '“' | '《' | '(' | '（' | '「' => depth += 1,
            '”' | '》' | ')' | '）' | '」' => depth = (depth - 1).max(0),
            '。' if depth == 0 => {
                let title = slice(&chars, 0, i + 1);
                let body = slice(&chars, i + 1, chars.len());
                return (title, body.trim_matches(is_ws).to_string());
            }
            _ => {}
        }
    }
    (rest.to_string(), String::new())
}

#[cfg(test)]
mod tests {
    use super::LabelStyle::*;
    use super::*;

    #[test]
    fn a_short_tag_before_a_label_belongs_to_it() {
        let l = recognise("【已完成】1.护林员巡护记录不全。").unwrap();
        assert_eq!((l.style, l.number), (LabelStyle::Arabic, 1));
        assert_eq!(l.text, "【已完成】1.");
        assert_eq!(l.rest, "护林员巡护记录不全。");
        assert_eq!(leading_tag(&l.text), Some("已完成"));
        // A bracketed label stays one; a tag with no label after it is none.
        assert_eq!(recognise("【问题1】食品抽检不足。").unwrap().number, 1);
        // Numbers listed up to their unit: a reference, no label.
        assert!(recognise("第1、2、4项问题，经营者已完成整改。").is_none());
        assert!(recognise("第一、第三个问题已整改。").is_none());
        assert_eq!(recognise("第一、加强组织领导。").unwrap().number, 1);
        assert!(recognise("【已完成】护林员巡护记录不全。").is_none());
        assert!(recognise("【这是一段很长的标题内容】1.甲").is_none());
        assert!(recognise("【整改措施】一是新增教学点3个；二是开设线上课堂。").is_none());
    }

    #[test]
    fn uncommon_markers() {
        assert_eq!(
            style("一）预算执行不规范。"),
            Some((ParenChinese, 1, "一）".into()))
        );
        assert_eq!(style("十二）甲"), Some((ParenChinese, 12, "十二）".into())));
        assert_eq!(style("【3】甲"), Some((ParenArabic, 3, "【3】".into())));
        assert_eq!(style("[12]甲"), Some((ParenArabic, 12, "[12]".into())));
        assert_eq!(style("（c）甲"), Some((ParenArabic, 3, "（c）".into())));
        assert_eq!(style("(B)甲"), Some((ParenArabic, 2, "(B)".into())));
        assert_eq!(style("b.甲"), Some((ParenArabic, 2, "b.".into())));
        assert_eq!(style("其二，甲"), Some((Di, 2, "其二，".into())));
        assert_eq!(style("其三：甲"), Some((Di, 3, "其三：".into())));
        // A year in brackets, a word after `其`, a letter before Latin text.
        assert!(recognise("【2026】甲").is_none());
        assert!(recognise("【】甲").is_none());
        assert!(recognise("其他问题已整改。").is_none());
        assert!(recognise("其一为甲").is_none());
        assert!(recognise("a.m. 上午").is_none());
        // A letter before a figure of words, not before a decimal.
        assert_eq!(
            style("b.2024年7月招聘教师12名").map(|s| (s.0, s.1)),
            Some((ParenArabic, 2))
        );
        assert!(recognise("A.1 版本").is_none());
    }

    fn style(s: &str) -> Option<(LabelStyle, u32, String)> {
        recognise(s).map(|l| (l.style, l.number, l.text))
    }

    #[test]
    fn a_table_rows_serial_number_cell() {
        let l = recognise("3\t部分项目拖欠工程款\t市财政局\t正在办理。").unwrap();
        assert_eq!(
            (l.style, l.number, l.text.as_str()),
            (LabelStyle::Arabic, 3, "3")
        );
        assert!(l.rest.starts_with("部分项目"));
        assert!(recognise("3 个项目已完成").is_none());
    }

    #[test]
    fn styles() {
        assert_eq!(style("一、党组").unwrap().0, ChineseDun);
        assert_eq!(style("三.关于落实").unwrap(), (ChineseDun, 3, "三.".into()));
        assert_eq!(
            style("三．关于落实").unwrap(),
            (ChineseDun, 3, "三．".into())
        );
        assert!(style("三.5倍").is_none());
        assert_eq!(
            style("(一)高度重视").unwrap(),
            (ParenChinese, 1, "(一)".into())
        );
        assert_eq!(
            style("（十二）高度重视").unwrap(),
            (ParenChinese, 12, "（十二）".into())
        );
        assert_eq!(style("1.持续").unwrap(), (Arabic, 1, "1.".into()));
        assert_eq!(style("13、持续").unwrap(), (Arabic, 13, "13、".into()));
        assert_eq!(style("2．持续").unwrap(), (Arabic, 2, "2．".into()));
        assert_eq!(style("(1)健全").unwrap(), (ParenArabic, 1, "(1)".into()));
        assert_eq!(
            style("（31）健全").unwrap(),
            (ParenArabic, 31, "（31）".into())
        );
        assert_eq!(style("16)持续").unwrap(), (ParenArabic, 16, "16)".into()));
        assert_eq!(style("16）持续").unwrap(), (ParenArabic, 16, "16）".into()));
        assert_eq!(style("①加强").unwrap(), (Circled, 1, "①".into()));
        // A year right after the dot is no decimal (`2.2026年…`); a
        // decimal stays one (`2.5万元…`).
        assert_eq!(style("2.2026年交流轮岗").unwrap(), (Arabic, 2, "2.".into()));
        assert!(style("2.5万元已拨付").is_none());
        assert_eq!(style("三是开展").unwrap(), (Shi, 3, "三是".into()));
        assert_eq!(style("第二，开展").unwrap(), (Di, 2, "第二，".into()));
        assert_eq!(
            style("问题三：学习").unwrap(),
            (Wenti, 3, "问题三：".into())
        );
        assert_eq!(
            style("问题12、学习").unwrap(),
            (Wenti, 12, "问题12、".into())
        );
        assert_eq!(style("问题清单"), None);
        assert_eq!(
            style("反馈问题1：学习不深入").unwrap(),
            (Wenti, 1, "反馈问题1：".into())
        );
        assert_eq!(
            style("巡视反馈问题二、学习").unwrap(),
            (Wenti, 2, "巡视反馈问题二、".into())
        );
        assert_eq!(style("反馈问题12个，已完成10个"), None);
        assert_eq!(
            style("问题2-3：党组履行主体责任不到位").unwrap(),
            (Wenti, 3, "问题2-3：".into())
        );
        assert_eq!(
            style("任务1.2 清理项目资金").unwrap(),
            (Wenti, 2, "任务1.2".into())
        );
        assert_eq!(style("问题3.超标").unwrap(), (Wenti, 3, "问题3.".into()));
        assert_eq!(
            style("Ⅱ 资金管理方面").unwrap(),
            (ChineseDun, 2, "Ⅱ".into())
        );
        assert_eq!(style("Ⅲ、建后管护").unwrap(), (ChineseDun, 3, "Ⅲ、".into()));
        assert_eq!(
            style("B. 部分项目未按期完工").unwrap(),
            (ParenChinese, 2, "B.".into())
        );
        assert_eq!(style("A级景区"), None);
        assert_eq!(style("A. Introduction"), None);
        assert_eq!(
            style("整改任务3：科技").unwrap(),
            (Wenti, 3, "整改任务3：".into())
        );
        assert_eq!(
            style("整改事项二、制度").unwrap(),
            (Wenti, 2, "整改事项二、".into())
        );
        assert_eq!(style("任务分工明确"), None);
        assert_eq!(style("问题3.超标").unwrap(), (Wenti, 3, "问题3.".into()));
        assert_eq!(
            style("问题（2）政府采购").unwrap(),
            (Wenti, 2, "问题（2）".into())
        );
        assert_eq!(style("问题4　超标准").unwrap(), (Wenti, 4, "问题4".into()));
        assert_eq!(style("问题6").unwrap(), (Wenti, 6, "问题6".into()));
        assert_eq!(style("第8项").unwrap(), (Wenti, 8, "第8项".into()));
        assert_eq!(style("第三条").unwrap(), (Wenti, 3, "第三条".into()));
        assert!(style("第8项工作").is_none_or(|s| s.0 != Wenti));
        assert_eq!(
            style("第一项  城区黑臭水体反弹。").unwrap(),
            (Wenti, 1, "第一项".into())
        );
        assert!(style("问题6个").is_none());
        assert_eq!(style("序号：7").unwrap(), (Wenti, 7, "序号：7".into()));
        assert_eq!(style("❷甲").unwrap(), (LabelStyle::Circled, 2, "❷".into()));
        assert_eq!(
            style("㈢甲").unwrap(),
            (LabelStyle::ParenChinese, 3, "㈢".into())
        );
        assert_eq!(style("第2项：甲").unwrap(), (Wenti, 2, "第2项：".into()));
        assert_eq!(
            style("第2项，甲").unwrap(),
            (LabelStyle::Di, 2, "第2项，".into())
        );
        assert_eq!(
            style("第三条、甲").unwrap(),
            (LabelStyle::Di, 3, "第三条、".into())
        );
        assert!(style("第2项问题已整改完成。").is_none());
        assert_eq!(
            style("问题6 ：投资").unwrap(),
            (Wenti, 6, "问题6 ：".into())
        );
        assert_eq!(
            style("第1条意见：抽查覆盖面不够").unwrap(),
            (Wenti, 1, "第1条意见：".into())
        );
        assert_eq!(
            style("第十二项问题: 台账不全").unwrap(),
            (Wenti, 12, "第十二项问题:".into())
        );
        assert!(style("第1条意见和建议已落实：甲").is_none());
        assert!(style("第1季度完成。").is_none());
        assert!(style("序号：7　问题").is_none());
        assert!(style("编号：A-7").is_none());
        assert_eq!(
            style("【问题5】补贴发放").unwrap(),
            (Wenti, 5, "【问题5】".into())
        );
        assert_eq!(style("问题12个已整改"), None);
        assert_eq!(style("问题(共3个)"), None);
        assert_eq!(
            style("第一部分　审计整改工作总体情况").unwrap(),
            (Part, 1, "第一部分".into())
        );
        assert_eq!(
            style("第二篇：整改情况").unwrap(),
            (Part, 2, "第二篇：".into())
        );
        assert_eq!(style("第三章").unwrap(), (Part, 3, "第三章".into()));
        assert_eq!(
            style("第一方面：贯彻落实党的路线方针政策方面").unwrap(),
            (Part, 1, "第一方面：".into())
        );
        assert_eq!(
            style("第二部分审计查出问题的整改情况").unwrap(),
            (Part, 2, "第二部分".into())
        );
        assert_eq!(style("第一部分问题已于2025年完成整改。"), None);
        assert_eq!(style("第一是"), None);
        assert_eq!(style("2025年1-6月"), None);
        assert_eq!(style("1.8亿元"), None);
        assert_eq!(style("1-6月"), None);
        assert_eq!(style("第一书记"), None);
        assert_eq!(
            style("（1000）健全").unwrap(),
            (ParenArabic, 1000, "（1000）".into())
        );
        assert_eq!(style("1000.健全").unwrap(), (Arabic, 1000, "1000.".into()));
        assert_eq!(
            style("123456789012.健全").unwrap(),
            (Arabic, u32::MAX, "123456789012.".into())
        );
        assert_eq!(style("2025年"), None);
        assert_eq!(style("2025.06"), None);
        assert_eq!(style("1000万元"), None);
        assert_eq!(style("2025、2026年"), None);
        assert_eq!(style("一方面"), None);
        assert_eq!(style(""), None);
    }

    #[test]
    fn titles() {
        let (t, b) = split_title("高度重视,全面部署整改任务。市委巡察意见反馈当天。");
        assert_eq!(t, "高度重视,全面部署整改任务。");
        assert_eq!(b, "市委巡察意见反馈当天。");
        let (t, b) = split_title("以“七个一。”举措落实整改。正文");
        assert_eq!(t, "以“七个一。”举措落实整改。");
        assert_eq!(b, "正文");
        assert_eq!(split_title("无句号").1, "");
    }
}
