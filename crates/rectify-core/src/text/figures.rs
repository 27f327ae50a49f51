//! Figures: a number (optionally after `约`/`逾`/`近`, optionally followed by
//! `余`) directly followed by a unit.
//!
//! - `label`: the words before the number, back to the nearest clause
//!   punctuation (`,` `:` `;` `、`), the end of the period phrase or the
//!   previous figure; when that is four characters or fewer (empty:
//!   `截至…,6名党组成员`; a verb or preposition: `对3名…`, `安排2.9亿元…`),
//!   the words after the unit are added, up to the clause's end or the next
//!   number (at most 18 characters, then `…`).
//! - `period`: the nearest preceding `截至YYYY年M月底`, `截至目前`,
//!   `YYYY年M-N月`, `YYYY年M月` or `YYYY年` in the same sentence (a year
//!   after 较/比, a comparison base, is not a period).
//! - A percentage directly after 增长/提高/上升 (+) or 下降/减少/压减/降低 (−),
//!   optionally with 约, is the change of the latest figure in the same
//!   sentence that is not itself a percentage and has no change yet, when the
//!   verb opens its clause (`176.1亿元,增长3.36%`, also after 同比/环比) or
//!   directly follows that figure. Otherwise (`超过增长3%`) or without one
//!   one it is emitted as a figure of its own whose label ends with the verb,
//!   with `change_percent` set as well (`压减约50%` gives value 50,
//!   change −50).
//! - Not figures: numbers of more than 12 digits before the point or 15
//!   in all, years and dates, ranges (`4-6个`), numbers after `第`,
//!   numbers inside `《》`, parts of phone numbers, e-mail addresses or codes
//!   (digits next to letters, `@`, `-`), numbers followed by anything but a unit.

use super::dates::as_of_at;
use super::{is_sentence_end, is_ws, norm_chars, run_end, slice, starts_at};
use crate::model::Figure;

/// A label this short (`对`, `安排`, `其中安排`) is a verb or a preposition
/// rather than what is counted: the words after the unit are added.
const WEAK_LABEL_CHARS: usize = 4;
/// The most characters taken after the unit for a label.
const AFTER_CHARS: usize = 18;

/// Units, longest first where one is a suffix or prefix of another.
const UNITS: &[&str] = &[
    "万平方米",
    "平方米",
    "万人次",
    "人次",
    "场次",
    "亿元",
    "万元",
    "元",
    "%",
    "个",
    "项",
    "件",
    "次",
    "份",
    "家",
    "名",
    "期",
    "条",
    "处",
];

const CHANGE_VERBS: &[(&str, f64)] = &[
    ("增长", 1.0),
    ("提高", 1.0),
    ("上升", 1.0),
    ("下降", -1.0),
    ("减少", -1.0),
    ("压减", -1.0),
    ("降低", -1.0),
];

/// Figures in a node's title and body.
pub(crate) fn extract(title: &str, body: &str) -> Vec<Figure> {
    let text = if body.is_empty() {
        title.to_string()
    } else {
        format!("{title}\n{body}")
    };
    let orig: Vec<char> = text.chars().collect();
    let n = norm_chars(&text);
    let book = book_title_mask(&n);
    let text = Text {
        orig: &orig,
        n: &n,
        book: &book,
    };
    let mut out = Vec::new();
    let mut s = 0;
    while s < n.len() {
        let e = run_end(&n, s, |c| !is_sentence_end(c));
        out.extend(sentence(&text, s, e));
        s = e + 1;
    }
    out
}

fn book_title_mask(n: &[char]) -> Vec<bool> {
    let mut depth = 0u32;
    n.iter()
        .map(|&c| {
            match c {
                '《' => depth += 1,
                '》' => depth = depth.saturating_sub(1),
                _ => {}
            }
            depth > 0
        })
        .collect()
}

/// Period phrases in `n[s..e]` as spans.
fn periods(n: &[char], s: usize, e: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = s;
    while i < e {
        if starts_at(n, i, "截至目前") || starts_at(n, i, "截止目前") {
            out.push((i, i + 4));
            i += 4;
            continue;
        }
        if let Some(a) = as_of_at(n, i) {
            if a.end <= e {
                out.push((a.start, a.end));
                i = a.end;
                continue;
            }
        }
        let prev = if i > s { Some(n[i - 1]) } else { None };
        let y_end = run_end(n, i, |c| c.is_ascii_digit());
        if y_end - i == 4
            && n.get(y_end) == Some(&'年')
            && y_end < e
            && !prev.is_some_and(|c| c.is_ascii_digit() || matches!(c, '-' | '~' | '—' | '至'))
        {
            let comparison = matches!(prev, Some('较' | '比'));
            let mut end = y_end + 1;
            let m1 = run_end(n, end, |c| c.is_ascii_digit());
            if m1 > end && m1 - end <= 2 {
                if n.get(m1) == Some(&'月') {
                    end = m1 + 1;
                } else if n.get(m1) == Some(&'-') {
                    let m2 = run_end(n, m1 + 1, |c| c.is_ascii_digit());
                    if m2 > m1 + 1 && m2 - m1 - 1 <= 2 && n.get(m2) == Some(&'月') {
                        end = m2 + 1;
                    }
                }
            }
            let end = end.min(e);
            if !comparison {
                out.push((i, end));
            }
            i = end;
            continue;
        }
        i += 1;
    }
    out
}

/// The text being scanned: as printed (figures' text and labels are cut
/// from it), normalised (where the scanning happens), and which chars are
/// inside a book title `《》`.
struct Text<'a> {
    orig: &'a [char],
    n: &'a [char],
    book: &'a [bool],
}

/// A figure found in the sentence, with the index where its unit ends.
struct Found {
    figure: Figure,
    end: usize,
}

/// One sentence `n[s..e]` being scanned for figures.
struct Sentence<'a> {
    text: &'a Text<'a>,
    s: usize,
    e: usize,
    /// Period phrases in the sentence, in order.
    periods: Vec<(usize, usize)>,
    /// The first period that does not end before the current figure.
    next_period: usize,
    found: Vec<Found>,
}

/// The figures of the sentence `n[s..e]`, in order.
fn sentence(text: &Text<'_>, s: usize, e: usize) -> Vec<Figure> {
    let mut sentence = Sentence {
        text,
        s,
        e,
        periods: periods(text.n, s, e),
        next_period: 0,
        found: Vec::new(),
    };
    let mut i = s;
    while i < e {
        i = sentence.figure_at(i);
    }
    sentence.found.into_iter().map(|f| f.figure).collect()
}

impl Sentence<'_> {
    /// Reads the figure (or the change of an earlier one) starting at `i`,
    /// if any; returns where to go on.
    fn figure_at(&mut self, i: usize) -> usize {
        let n = self.text.n;
        if !n[i].is_ascii_digit() {
            return i + 1;
        }
        let num_end = self.number_end(i);
        if !self.may_be_figure(i, num_end) {
            return num_end.max(i + 1);
        }
        let mut k = num_end;
        if n.get(k) == Some(&'余') {
            k += 1;
        }
        let Some(unit) = UNITS.iter().find(|u| starts_at(n, k, u)) else {
            return num_end.max(i + 1);
        };
        let end = (k + unit.chars().count()).min(self.e);
        if n.get(end).is_some_and(|c| c.is_ascii_alphanumeric()) {
            return end;
        }
        // `滞留时间达7个月`, `超过6个月`: a length of time, no count.
        if *unit == "个" && matches!(n.get(end), Some('月')) {
            return end + 1;
        }
        let value: f64 = slice(n, i, num_end).replace(',', "").parse().unwrap_or(0.0);
        let prev = (i > self.s).then(|| n[i - 1]);
        let before = if matches!(prev, Some('约' | '逾' | '近')) {
            i - 1
        } else {
            i
        };
        let mut change_percent = None;
        if *unit == "%" {
            if let Some((sign, verb_len)) = self.change_verb_before(before) {
                let change = sign * value;
                if self.attach_change(before - verb_len, change) {
                    return end;
                }
                change_percent = Some(change);
            }
        }
        let (label, period) = self.label_and_period(before, end);
        self.found.push(Found {
            figure: Figure {
                value,
                unit: unit.to_string(),
                label,
                period,
                change_percent,
                text: slice(self.text.orig, i, end),
            },
            end,
        });
        end
    }

    /// The end of the number at `i` (digits, groups of three after commas,
    /// `1,146`, optionally a point and more digits).
    fn number_end(&self, i: usize) -> usize {
        let n = self.text.n;
        let mut j = run_end(n, i, |c| c.is_ascii_digit());
        while n.get(j) == Some(&',')
            && run_end(n, j + 1, |c| c.is_ascii_digit()) == j + 4
            && j + 4 <= self.e
        {
            j += 4;
        }
        if n.get(j) == Some(&'.') && n.get(j + 1).is_some_and(|c| c.is_ascii_digit()) {
            j = run_end(n, j + 1, |c| c.is_ascii_digit());
        }
        j.min(self.e)
    }

    /// Whether the number `n[i..num_end]` may be a figure: not part of a
    /// code, a range, a book title, and not too long.
    fn may_be_figure(&self, i: usize, num_end: usize) -> bool {
        let (n, s) = (self.text.n, self.s);
        let prev = (i > s).then(|| n[i - 1]);
        let attached = prev.is_some_and(|p| {
            p.is_ascii_alphanumeric() || matches!(p, '.' | '@' | '_' | '第' | '/' | '+')
        });
        let range_end = matches!(prev, Some('-' | '~' | '—' | '–' | '至'))
            && i >= s + 2
            && n[i - 2].is_ascii_digit();
        let range_start = matches!(n.get(num_end), Some('-' | '~' | '—' | '–'))
            && n.get(num_end + 1).is_some_and(|c| c.is_ascii_digit());
        // More than 12 digits before the point, or 15 in all, is an id or
        // garbage, not a figure (and would not survive a JSON round trip exactly).
        let int_digits = run_end(n, i, |c| c.is_ascii_digit()) - i;
        let too_long =
            int_digits > 12 || n[i..num_end].iter().filter(|c| c.is_ascii_digit()).count() > 15;
        !(attached || range_end || range_start || self.text.book[i] || too_long)
    }

    /// The sign and length of a change verb (增长, 下降, …) ending at `before`.
    fn change_verb_before(&self, before: usize) -> Option<(f64, usize)> {
        let n = self.text.n;
        CHANGE_VERBS
            .iter()
            .find(|(v, _)| {
                let l = v.chars().count();
                before >= self.s + l && starts_at(n, before - l, v)
            })
            .map(|(v, sign)| (*sign, v.chars().count()))
    }

    /// Makes a percentage change after the verb at `verb_start` the change
    /// of the latest earlier figure that can take it, when the verb opens
    /// its clause or directly follows that figure; true if it did.
    fn attach_change(&mut self, verb_start: usize, change: f64) -> bool {
        let n = self.text.n;
        // Back to clause punctuation, but not past the previous
        // figure (whose text would make the prefix non-empty anyway):
        // linear time on long sentences of figures.
        let floor = self
            .found
            .last()
            .map_or(self.s, |f| f.end.clamp(self.s, verb_start));
        let clause_start = n[floor..verb_start]
            .iter()
            .rposition(|c| matches!(c, ',' | ':' | ';'))
            .map_or(floor, |p| floor + p + 1);
        let mut prefix = slice(n, clause_start, verb_start);
        for w in [
            "同比",
            "环比",
            "较上年同期",
            "较去年同期",
            "较上年",
            "比上年",
            "同期",
        ] {
            prefix = prefix.replace(w, "");
        }
        let opens_clause =
            prefix.trim().is_empty() || self.found.last().is_some_and(|f| f.end == verb_start);
        if !opens_clause {
            return false;
        }
        let earlier = self
            .found
            .iter_mut()
            .rev()
            .find(|f| f.figure.unit != "%" && f.figure.change_percent.is_none());
        match earlier {
            Some(f) => {
                f.figure.change_percent = Some(change);
                true
            }
            None => false,
        }
    }

    /// The label of a figure whose number starts at `before` (after 约/逾/近)
    /// and whose unit ends at `end`, and its period phrase as printed.
    fn label_and_period(&mut self, before: usize, end: usize) -> (String, Option<String>) {
        let Text { orig, n, .. } = *self.text;
        // Label: back to punctuation, the period phrase, or the previous figure.
        let floor = self
            .found
            .last()
            .map_or(self.s, |f| f.end.clamp(self.s, before));
        let mut lb = n[floor..before]
            .iter()
            .rposition(|c| matches!(c, ',' | ':' | ';' | '、'))
            .map_or(floor, |p| floor + p + 1);
        // The latest period ending before the figure (`before` only grows).
        while self.next_period < self.periods.len() && self.periods[self.next_period].1 <= before {
            self.next_period += 1;
        }
        let period = self.next_period.checked_sub(1).map(|k| self.periods[k]);
        if let Some((_, pe)) = period {
            lb = lb.max(pe);
        }
        if let Some(f) = self.found.last() {
            lb = lb.max(f.end);
        }
        let mut label = slice(orig, lb, before).trim_matches(is_ws).to_string();
        if label.chars().count() <= WEAK_LABEL_CHARS {
            // `6名党组成员`: what is counted follows the unit; after a verb
            // or a preposition alone (`对3名代理记账机构违规从业人员`,
            // `安排2.9亿元促进国内消费`) so does what the figure is about,
            // up to the clause's end or the next number.
            let after = run_end(n, end, |c| {
                !matches!(c, ',' | ':' | ';' | '、' | '。' | '\n') && !c.is_ascii_digit()
            });
            label.push_str(slice(orig, end, after.min(end + AFTER_CHARS)).trim_matches(is_ws));
            if after > end + AFTER_CHARS {
                label.push('…');
            }
        }
        (label, period.map(|(ps, pe)| slice(orig, ps, pe)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_comma_between_groups_of_three_digits_is_no_break() {
        let f = extract(
            "",
            "对全县1,146名包保干部开展培训，涉及资金2,148.36万元，共3,5个。",
        );
        assert_eq!(f[0].value, 1146.0);
        assert_eq!(f[0].text, "1,146名");
        assert_eq!(f[1].value, 2148.36);
        // `3,5个`: no group of three, a list.
        assert_eq!(f[2].value, 5.0);
    }

    #[test]
    fn revenue_with_change() {
        let f = extract(
            "二是强化统筹调度。",
            "2025年1-6月全市一般公共预算收入176.1亿元,增长3.36%,超过增长3%的预期目标。",
        );
        assert_eq!(f[0].value, 176.1);
        assert_eq!(f[0].unit, "亿元");
        assert_eq!(f[0].label, "全市一般公共预算收入");
        assert_eq!(f[0].period.as_deref(), Some("2025年1-6月"));
        assert_eq!(f[0].change_percent, Some(3.36));
        assert_eq!(f[0].text, "176.1亿元");
        assert_eq!(f.len(), 2);
        assert_eq!(f[1].label, "超过增长的预期目标");
    }

    #[test]
    fn a_verb_alone_is_completed_by_what_follows_the_unit() {
        let f = extract(
            "",
            "今年以来,对3名代理记账机构违规从业人员依法作出警告的行政处罚,对1家代理记账机构依法撤销其行政许可资格。\
             其中安排92.9亿元积极扩大有效基建投资,安排2.9亿元促进国内消费,占比67%。",
        );
        let labels: Vec<&str> = f.iter().map(|f| f.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "对代理记账机构违规从业人员依法作出警告…",
                "对代理记账机构依法撤销其行政许可资格",
                "其中安排积极扩大有效基建投资",
                "安排促进国内消费",
                "占比",
            ]
        );
    }

    #[test]
    fn not_figures() {
        let f = extract("", "联系电话:0760-88266496;邮箱:czrs406@163.com;《条例》第3条;分片联系4-6个镇街;2025年9月12日;7+N;最长滞留时间达7个月");
        assert!(f.is_empty(), "{f:?}");
    }

    #[test]
    fn standalone_change_and_as_of() {
        let f = extract("", "据统计,2025年市直单位预算安排较2024年年初预算压减约50%。截至2025年6月底,各党组成员开展分片联系镇街7次,各科室开展挂点联系镇街工作22次。");
        assert_eq!(f[0].change_percent, Some(-50.0));
        assert_eq!(f[0].value, 50.0);
        assert_eq!(f[0].period.as_deref(), Some("2025年"));
        assert_eq!(f[1].label, "各党组成员开展分片联系镇街");
        assert_eq!(f[1].period.as_deref(), Some("截至2025年6月底"));
        assert_eq!(f[2].label, "各科室开展挂点联系镇街工作");
    }

    #[test]
    fn every_unit_and_period() {
        let text = "2025年1-6月收入3.5亿元、支出1200万元、补贴800元，占比12.5%；\
                    截至2025年6月底，建成项目4个、完成任务6项、办结信访件9件、培训320人次、检查15次、\
                    印发文件3份、走访企业28家、约谈干部5名、举办培训2期、制定制度7条、整改隐患11处，\
                    改造面积1500平方米；截至目前，处置线索2件。";
        let f = extract("", text);
        let units: Vec<&str> = f.iter().map(|f| f.unit.as_str()).collect();
        assert_eq!(
            units,
            [
                "亿元",
                "万元",
                "元",
                "%",
                "个",
                "项",
                "件",
                "人次",
                "次",
                "份",
                "家",
                "名",
                "期",
                "条",
                "处",
                "平方米",
                "件"
            ]
        );
        assert!(f[..4]
            .iter()
            .all(|f| f.period.as_deref() == Some("2025年1-6月")));
        assert!(f[4..16]
            .iter()
            .all(|f| f.period.as_deref() == Some("截至2025年6月底")));
        assert_eq!(f[16].period.as_deref(), Some("截至目前"));
        assert_eq!((f[7].value, f[7].label.as_str()), (320.0, "培训"));
        let f = extract("", "全市收入176.1亿元，同比增长3.36%。会议费压减约50%。");
        assert_eq!(f[0].change_percent, Some(3.36));
        assert_eq!((f[1].value, f[1].change_percent), (50.0, Some(-50.0)));
    }
}
