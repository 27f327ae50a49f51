//! Metadata: title, issuer, inspection round/team/period, feedback date,
//! as-of date, publication, disclosure window and contact details.

use crate::model::{Contact, DateRange, Meta, Source};
use crate::text::dates::{date_at, find_as_of_in_year, find_range, PartDate, YearOf};
use crate::text::{
    find_from, is_sentence_end, is_ws, norm_char, norm_chars, run_end, slice, starts_at,
};

/// The pieces of the notice the metadata comes from.
#[derive(Debug, Default)]
pub(crate) struct MetaInput<'a> {
    pub title_lines: Vec<&'a str>,
    pub pubinfo: Vec<&'a str>,
    pub signature: Vec<&'a str>,
    /// Lines of a document-information block, in order.
    pub docinfo: Vec<&'a str>,
    /// Lines of page chrome above the title (a bulletin's masthead).
    pub masthead: Vec<&'a str>,
    pub preamble: Vec<&'a str>,
    pub closing: Vec<&'a str>,
    /// Every content paragraph, in order.
    pub content: Vec<&'a str>,
}

/// The generator recorded in `meta.source.generator`.
pub(crate) const GENERATOR: &str = "rectify convert";

/// Text with its normalised chars.
struct T {
    orig: Vec<char>,
    n: Vec<char>,
}

impl T {
    fn new(s: &str) -> T {
        T {
            orig: s.chars().collect(),
            n: norm_chars(s),
        }
    }
}

/// The sentences of `s`, one at a time (each with its end), so that a
/// search that stops at the first match never holds the whole text as
/// chars.
fn sentences(s: &str) -> impl Iterator<Item = T> + '_ {
    let mut rest = s;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = rest
            .char_indices()
            .find(|&(_, c)| is_sentence_end(norm_char(c)))
            .map_or(rest.len(), |(b, c)| b + c.len_utf8());
        let (sentence, after) = rest.split_at(end);
        rest = after;
        Some(T::new(sentence))
    })
}

/// Words without which each search finds nothing (each of its keys
/// holds one).
const ROUND_KEYS: [&str; 2] = ["轮巡察", "轮巡视"];
const TEAM_KEYS: [&str; 2] = ["巡察组", "巡视组"];
const PERIOD_KEYS: [&str; 2] = ["巡察", "巡视"];
const FEEDBACK_KEYS: [&str; 1] = ["反馈"];
const DISCLOSURE_KEYS: [&str; 7] = [
    "公开期限",
    "公示期限",
    "公开时间",
    "公示时间",
    "公示日期",
    "公示期",
    "公开期",
];
/// Every contact key but `E-mail` holds one of these, and an e-mail
/// address has an `@`.
const CONTACT_KEYS: [&str; 8] = [
    "电话",
    "地址",
    "信箱",
    "邮编",
    "邮政编码",
    "邮箱",
    "@",
    "＠",
];

/// The paragraphs joined by line breaks, made only when one of them
/// mentions one of the words a search needs (joining makes no new CJK
/// word, so the search would find nothing otherwise).
struct Joined<'a> {
    paras: &'a [&'a str],
    text: std::cell::OnceCell<String>,
}

impl<'a> Joined<'a> {
    fn new(paras: &'a [&'a str]) -> Self {
        Joined {
            paras,
            text: std::cell::OnceCell::new(),
        }
    }

    /// The sentences of the joined text, one at a time, without joining:
    /// a line break ends a sentence, so each paragraph's sentences are the
    /// joined text's, the last one with the break after it.
    fn sentences(&self) -> impl Iterator<Item = T> + '_ {
        let last = self.paras.len().saturating_sub(1);
        self.paras.iter().enumerate().flat_map(move |(i, p)| {
            let broken = (i < last).then(|| format!("{p}\n"));
            let v: Vec<T> = match &broken {
                Some(b) => sentences(b).collect(),
                None => sentences(p).collect(),
            };
            v
        })
    }

    fn when(&self, words: &[&str]) -> Option<&str> {
        self.paras
            .iter()
            .any(|p| mentions(p, words))
            .then(|| self.text.get_or_init(|| self.paras.join("\n")).as_str())
    }
}

/// Whether `s` holds any of `words`. The words are CJK, which
/// normalisation never produces, so this is the same as searching the
/// normalised text, without making it.
fn mentions(s: &str, words: &[&str]) -> bool {
    words.iter().any(|w| s.contains(w))
}

fn is_punct(c: char) -> bool {
    is_ws(c)
        || matches!(
            c,
            '。' | ',' | ';' | ':' | '!' | '?' | '、' | '“' | '”' | '(' | ')' | '《' | '》' | '"'
        )
}

/// Scans back from `k` over the words of a name, stopping at punctuation,
/// digits and small function words; at most `max` chars.
fn name_start(n: &[char], k: usize, max: usize) -> usize {
    let mut i = k;
    while i > 0 && k - i < max {
        let c = n[i - 1];
        if is_punct(c) || c.is_ascii_digit() || "日月年由对向在将的于据照和与及".contains(c)
        {
            break;
        }
        i -= 1;
    }
    i
}

/// The farthest `关于` before a round's name that opens it (characters).
const MAX_ABOUT_ROUND_CHARS: usize = 20;

/// Verbs right after `关于` in a title that publishes the round's results
/// (`关于公布县委第四轮巡察整改进展情况的公告`).
const ABOUT_VERBS: &[&str] = &["公布", "公开", "通报", "印发", "报送"];

fn round_in(s: &str) -> Option<String> {
    if !mentions(s, &ROUND_KEYS) {
        return None;
    }
    let t = T::new(s);
    for kw in ["轮巡察", "轮巡视"] {
        let mut from = 0;
        while let Some(k) = find_from(&t.n, kw, from) {
            from = k + 1;
            // `关于…轮巡察` within 20 characters before it: looked for only
            // there, so that a text of many rounds is read in linear time.
            let about = (k.saturating_sub(MAX_ABOUT_ROUND_CHARS)..k)
                .rev()
                .find(|&i| starts_at(&t.n, i, "关于"));
            let start = match about {
                // `关于公布县委第四轮巡察…`: the verb after `关于` is not
                // the round's name.
                Some(a) => {
                    let verb = ABOUT_VERBS.iter().find(|v| starts_at(&t.n, a + 2, v));
                    a + 2 + verb.map_or(0, |v| v.chars().count())
                }
                None => name_start(&t.n, k, 16),
            };
            // `1.上轮巡察反馈的…`: a label or a clause's punctuation ends
            // what came before; a round's name holds none.
            let start = (start..k)
                .rev()
                .find(|&i| ".、,;:)】".contains(t.n[i]) || t.n[i].is_whitespace())
                .map_or(start, |i| i + 1);
            // `“上轮巡视…”的问题`, `⑫上轮巡察…`: a quote or an item's mark
            // opens no name.
            let start = (start..k)
                .find(|&i| crate::text::chars::is_han(t.n[i]) || t.n[i].is_ascii_digit())
                .unwrap_or(k);
            if !names_no_round(&t.n[start..k]) {
                return Some(slice(&t.orig, start, k + 3));
            }
        }
    }
    None
}

/// Whether what stands before 轮巡察 only points at a round (上轮, 本轮,
/// 新一轮, 每轮: "the last round" in a problem's text) instead of naming
/// one (十五届市委第六轮, 县委第三轮, 2026年第二轮).
fn names_no_round(before: &[char]) -> bool {
    let name: String = before.iter().collect();
    let name = name.trim_end_matches('一');
    // `落实上轮巡察整改`: a pointer after other words points too.
    name.is_empty() || name.ends_with(['上', '本', '新', '这', '该', '此', '每', '下', '前', '历'])
}

fn team_in(s: &str) -> Option<String> {
    if !mentions(s, &TEAM_KEYS) {
        return None;
    }
    let t = T::new(s);
    for kw in ["巡察组", "巡视组"] {
        if let Some(k) = find_from(&t.n, kw, 0) {
            let start = name_start(&t.n, k, 12);
            return Some(slice(&t.orig, start, k + 3));
        }
    }
    None
}

fn period_in(s: &str) -> Option<DateRange> {
    if !mentions(s, &PERIOD_KEYS) {
        return None;
    }
    period_in_sentences(sentences(s))
}

fn period_in_sentences(mut sentences: impl Iterator<Item = T>) -> Option<DateRange> {
    sentences.find_map(|t| {
        let text: String = t.n.iter().collect();
        let about = text.contains("巡察") || text.contains("巡视");
        let other = text.contains("公开") || text.contains("公示");
        if !about || other {
            return None;
        }
        // `…4月7日至5月30日…开展了巡察，并于7月2日反馈了意见`: the range
        // before the feedback is the inspection's.
        let feedback = find_from(&t.n, "反馈", 0).unwrap_or(t.n.len());
        find_range(&t.n, 0).filter(|r| r.2 <= feedback).map(|r| r.0)
    })
}

fn feedback_in(s: &str, dated: Option<&str>) -> Option<String> {
    if !mentions(s, &FEEDBACK_KEYS) {
        return None;
    }
    feedback_in_sentences(sentences(s), dated)
}

/// The date the inspection's findings were fed back, from the first
/// sentence about it that gives one (see [`yearless`] for one printed
/// without its year).
fn feedback_in_sentences(
    mut sentences: impl Iterator<Item = T>,
    dated: Option<&str>,
) -> Option<String> {
    sentences.find_map(|t| {
        let text: String = t.n.iter().collect();
        if !text.contains("反馈") {
            return None;
        }
        let range = find_range(&t.n, 0);
        // `…4月7日至5月30日…，并于7月2日反馈`: the inspection's range, else
        // the last date with a year before (`于2025年6月至7月…，9月5日反馈`).
        let mut earlier = range.as_ref().and_then(|r| year_and_month(&r.0.end));
        let mut i = 0;
        while i < t.n.len() {
            if let Some((p, e)) = date_at(&t.n, i) {
                let in_range = range.as_ref().is_some_and(|(_, a, b)| i >= *a && i < *b);
                // `截至2025年7月31日，反馈的7个问题…`: the date of the state
                // reported, not of the feedback.
                let as_of =
                    i >= 2 && (starts_at(&t.n, i - 2, "截至") || starts_at(&t.n, i - 2, "截止"));
                let date = p.iso().or_else(|| yearless(&p, earlier, dated));
                if let (Some(d), false) = (date, in_range || as_of) {
                    return Some(d);
                }
                if let (Some(y), None) = (p.year, &range) {
                    earlier = Some((y, p.month.unwrap_or(1)));
                }
                i = e.max(i + 1);
            } else {
                i += 1;
            }
        }
        None
    })
}

/// The date of a day printed without its year (`7月2日`): in the year of
/// `earlier`, the year and month of a date before it in its sentence (the
/// next year for an earlier month); without one, the last such day on or
/// before the notice's own date, `dated`.
fn yearless(p: &PartDate, earlier: Option<(i32, u32)>, dated: Option<&str>) -> Option<String> {
    let month = p.month.filter(|_| p.year.is_none())?;
    let day = p.day?;
    let year = match earlier {
        Some((y, m)) if month < m => y + 1,
        Some((y, _)) => y,
        None => year_on_or_before(dated?, month, day)?,
    };
    crate::text::dates::iso(year, month, day)
}

/// The year and month of an ISO date.
fn year_and_month(iso: &str) -> Option<(i32, u32)> {
    crate::calendar::ymd(iso).map(|(y, m, _)| (y, m))
}

fn first_date(s: &str) -> Option<String> {
    let n = norm_chars(s);
    (0..n.len()).find_map(|i| date_at(&n, i).and_then(|(p, _)| p.iso()))
}

fn publisher_in(s: &str) -> Option<String> {
    let t = T::new(s);
    let k = find_from(&t.n, "信息来源", 0)
        .map(|k| k + 4)
        .or_else(|| find_from(&t.n, "来源", 0).map(|k| k + 2))?;
    let start = run_end(&t.n, k, |c| c == ':' || is_ws(c));
    let stops = [
        "发布", "时间", "日期", "作者", "浏览", "字号", "编辑", "点击",
    ];
    let mut e = start;
    while e < t.n.len() && !is_ws(t.n[e]) && !stops.iter().any(|s| starts_at(&t.n, e, s)) {
        e += 1;
    }
    let v = slice(&t.orig, start, e);
    (!v.is_empty()).then_some(v)
}

/// The date the notice reports the state of (`截至2025年11月30日`), and
/// its phrase: the latest given, none after the notice's own date `dated`
/// if another is (a finding's `截至2022年底…资金闲置`, or `截至2023年末`
/// twice, tells of an earlier state than the report's `截至2024年4月30日，
/// …已整改…`). Only when no phrase gives a year (`截至11月30日`) is one
/// dated by `dated`: the last such day on or before it.
fn as_of(paras: &[&str], dated: Option<&str>) -> Option<(String, String)> {
    as_of_in_year(paras, &|_, _| None, dated).or_else(|| {
        let dated = dated?;
        as_of_in_year(
            paras,
            &|month, day| year_on_or_before(dated, month, day),
            Some(dated),
        )
    })
}

/// The year of the last `month`/`day` on or before the ISO date `dated`.
fn year_on_or_before(dated: &str, month: u32, day: u32) -> Option<i32> {
    let (y, m, d) = crate::calendar::ymd(dated)?;
    Some(if (month, day) <= (m, d) { y } else { y - 1 })
}

/// The year, month and day of an ISO date.
fn as_of_in_year(
    paras: &[&str],
    year_of: &YearOf,
    dated: Option<&str>,
) -> Option<(String, String)> {
    let mut found: Vec<(String, String)> = Vec::new();
    for p in paras {
        let t = T::new(p);
        for a in find_as_of_in_year(&t.n, year_of) {
            found.push((a.date, slice(&t.orig, a.start, a.end)));
        }
    }
    let before = |d: &str| dated.is_none_or(|x| d <= x);
    let any_before = found.iter().any(|(d, _)| before(d));
    // The first of the latest, as printed.
    found
        .into_iter()
        .filter(|(d, _)| !any_before || before(d))
        .fold(None, |latest: Option<(String, String)>, f| match latest {
            Some(l) if l.0 >= f.0 => Some(l),
            _ => Some(f),
        })
}

fn disclosure_in(s: &str) -> Option<DateRange> {
    if !mentions(s, &DISCLOSURE_KEYS) {
        return None;
    }
    let t = T::new(s);
    for kw in DISCLOSURE_KEYS {
        let mut from = 0;
        while let Some(k) = find_from(&t.n, kw, from) {
            let after = k + kw.chars().count();
            if let Some((r, a, _)) = find_range(&t.n, after) {
                if a <= after + 6 {
                    return Some(r);
                }
            }
            from = after;
        }
    }
    None
}

/// The value after the first of `keys` (and an optional colon), made of
/// chars accepted by `accept`; returns it and its end.
fn value_after(t: &T, keys: &[&str], accept: impl Fn(char) -> bool) -> Option<(String, usize)> {
    for key in keys {
        let mut from = 0;
        while let Some(k) = find_from(&t.n, key, from) {
            let start = run_end(&t.n, k + key.chars().count(), |c| c == ':' || is_ws(c));
            let e = run_end(&t.n, start, &accept);
            let v = slice(&t.orig, start, e).trim_matches(is_ws).to_string();
            if !v.is_empty() {
                return Some((v, e));
            }
            from = k + 1;
        }
    }
    None
}

/// The text of a bracketed remark starting at `i`, if any.
fn remark_at(t: &T, i: usize) -> Option<String> {
    let i = run_end(&t.n, i, is_ws);
    if t.n.get(i) != Some(&'(') {
        return None;
    }
    let mut depth = 0u32;
    for (k, &c) in t.n.iter().enumerate().skip(i) {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    let v = slice(&t.orig, i + 1, k).trim_matches(is_ws).to_string();
                    return (!v.is_empty()).then_some(v);
                }
            }
            _ => {}
        }
    }
    None
}

/// The digits of `v`, full-width ones too (`０５７９－８６２３５０１２`: the
/// value is kept as printed; its `tel:` link folds them).
fn count_digits(v: &str) -> usize {
    v.chars()
        .filter(|&c| crate::text::norm_char(c).is_ascii_digit())
        .count()
}

fn contact_in(s: &str) -> Option<Contact> {
    if !mentions(s, &CONTACT_KEYS) {
        return None;
    }
    let t = T::new(s);
    let mut notes = Vec::new();
    let phone = value_after(
        &t,
        &["联系电话", "举报电话", "咨询电话", "监督电话", "电话"],
        |c| c.is_ascii_digit() || matches!(c, '-' | ' ' | '转' | '—'),
    )
    .filter(|(v, _)| count_digits(v) >= 5);
    if let Some((_, e)) = &phone {
        notes.extend(remark_at(&t, *e));
    }
    let address = value_after(
        &t,
        &[
            "邮政信箱",
            "通信地址",
            "通讯地址",
            "来信地址",
            "邮寄地址",
            "地址",
        ],
        |c| !matches!(c, '(' | ')' | ';' | '。' | ',' | '\n'),
    );
    if let Some((_, e)) = &address {
        notes.extend(remark_at(&t, *e));
    }
    let address = address.map(|(v, e)| (address_alone(&v).to_string(), e));
    let postcode = value_after(&t, &["邮政编码", "邮编"], |c| c.is_ascii_digit())
        .filter(|(v, _)| count_digits(v) == 6);
    let email = value_after(
        &t,
        &["电子邮箱", "电子信箱", "邮箱", "E-mail", "Email", "email"],
        |c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-' | '@'),
    )
    .map(|(v, e)| (v.trim_end_matches('.').to_string(), e))
    .filter(|(v, _)| v.contains('@'));
    let contact = Contact {
        phone: phone.map(|p| p.0),
        address: address.map(|p| p.0),
        postcode: postcode.map(|p| p.0),
        email: email.map(|p| p.0),
        note: (!notes.is_empty()).then(|| notes.join("；")),
    };
    (contact != Contact::default()).then_some(contact)
}

/// Keys that may follow an address on its line (`…督察整改科  邮编：415000`).
const AFTER_ADDRESS: &[&str] = &["邮政编码", "邮编", "联系电话", "电话", "电子邮箱", "邮箱"];

/// An address without the next field printed after it on its line: up to
/// a run of two spaces (or an ideographic one) or the next key.
fn address_alone(v: &str) -> &str {
    let gap = v.find("  ").into_iter().chain(v.find('\u{3000}'));
    let key = AFTER_ADDRESS.iter().filter_map(|k| v.find(k));
    let end = gap.chain(key).min().unwrap_or(v.len());
    v[..end].trim_end_matches(|c: char| is_ws(c) || matches!(c, '，' | '；' | ',' | ';'))
}

/// The document-information block as `(key, value)` pairs; a key whose
/// value is on the next line takes that line.
fn docinfo(lines: &[&str]) -> Vec<(&'static str, String)> {
    let mut out: Vec<(&'static str, String)> = Vec::new();
    let mut pending: Option<&'static str> = None;
    for line in lines {
        let pairs = super::lines::doc_pairs(line);
        if pairs.is_empty() {
            let v = line.trim_matches(is_ws).to_string();
            match pending.take() {
                Some(k) => out.push((k, v)),
                // `（2025年第3号）`: the number without its brackets.
                None if super::lines::is_doc_number(line) => out.push((
                    "文号",
                    v.trim_end_matches("公告")
                        .trim_start_matches(['（', '('])
                        .trim_end_matches(['）', ')'])
                        .to_string(),
                )),
                None => {}
            }
            continue;
        }
        pending = pairs.last().filter(|(_, v)| v.is_empty()).map(|(k, _)| *k);
        out.extend(pairs.into_iter().filter(|(_, v)| !v.is_empty()));
    }
    out
}

/// The `key: value` pairs of the document-information block.
struct Info(Vec<(&'static str, String)>);

impl Info {
    /// The value of the first of `keys` that the block has.
    fn value(&self, keys: &[&str]) -> Option<String> {
        keys.iter().find_map(|k| {
            self.0
                .iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.clone())
        })
    }

    /// The first date in the values of the first of `keys` that has one.
    fn date(&self, keys: &[&str]) -> Option<String> {
        keys.iter().find_map(|k| {
            self.0
                .iter()
                .filter(|(key, _)| key == k)
                .find_map(|(_, v)| first_date(v))
        })
    }
}

/// The issuer: the signature's organisation line (the title's name for it
/// when that is the same name more fully, `某某县财政局` for `县财政局`),
/// else the document
/// information's issuing body, else the title's words before 关于. A
/// report given at a meeting by a speaker (`县审计局局长　李某某：`,
/// `speaker`) without a title that names its author is the report of the
/// organisation the speaker reports for (`受县人民政府委托`), else of the
/// speaker's organisation.
fn issuer(input: &MetaInput, info: &Info, title: &str) -> Option<String> {
    // `中共某县委督查室` › `某县人民政府督查室` › the date: a joint
    // signature names each.
    let names: Vec<&str> = parts(&input.signature)
        .filter(|s| super::lines::line_date(s).is_none())
        .map(|s| s.trim_matches(is_ws))
        .take(MAX_SIGNATORIES)
        .collect();
    let signed = (!names.is_empty()).then(|| names.join("、"));
    let titled = || {
        let t = T::new(title);
        let k = find_from(&t.n, "关于", 0)?;
        let v = slice(&t.orig, 0, k);
        (!v.is_empty() && k <= 30).then_some(v)
    };
    // `某某区卫生健康局2025年巡察整改进展情况`, `某某区住建局巡察整改进展
    // 情况`: an organisation's name before the year or the work the title
    // opens its subject with; none in a title that opens with its subject
    // (`关于县委巡察…`).
    let before_subject = || {
        if title.trim_start().starts_with("关于") {
            return None;
        }
        let t = T::new(title);
        (2..t.n.len().min(MAX_TITLED_ISSUER_CHARS + 1))
            .filter(|&k| opens_subject(&t.n, k))
            .map(|k| slice(&t.orig, 0, k))
            .find(|v| super::lines::is_signature(v))
    };
    let spoken = || {
        let speaker = super::speaker::organisation(&input.preamble)?;
        super::speaker::mandate(&input.preamble).or(Some(speaker))
    };
    let byline = || {
        byline(input)
            .find(|s| super::lines::line_date(s).is_none())
            .map(|s| s.trim_matches(is_ws).to_string())
    };
    let masthead = || masthead(input).map(|(org, _)| org.to_string());
    // `某某市审计局` › `2025年第3号公告` › the title: an organisation's
    // name alone on a line above the title.
    let named_above = || {
        input
            .masthead
            .iter()
            .find(|s| super::lines::is_signature(s) && super::lines::line_date(s).is_none())
            .map(|s| s.trim_matches(is_ws).to_string())
    };
    // `县财政局` signing `某某县财政局…情况`: the title's fuller name.
    let fuller = |s: String| {
        titled()
            .or_else(before_subject)
            .filter(|t| t.len() > s.len() && t.ends_with(s.as_str()))
            .unwrap_or(s)
    };
    signed
        .map(fuller)
        .or_else(|| info.value(&["发文机关", "发文单位", "发布机构"]))
        .or_else(byline)
        .or_else(masthead)
        .or_else(titled)
        .or_else(spoken)
        .or_else(named_above)
        .or_else(before_subject)
}

/// The most organisations a joint signature names.
const MAX_SIGNATORIES: usize = 4;

/// The most characters of an issuer's name read from a title.
const MAX_TITLED_ISSUER_CHARS: usize = 30;

/// Words a title's subject opens with after its issuer's name.
const SUBJECT_OPENINGS: &[&str] = &["巡察", "巡视", "审计", "督查", "督察", "整改"];

/// The title's subject opens at `k`: a year (`2025年`) or the work.
fn opens_subject(n: &[char], k: usize) -> bool {
    let year = n.len() > k + 4 && n[k + 4] == '年' && n[k..k + 4].iter().all(char::is_ascii_digit);
    year || SUBJECT_OPENINGS.iter().any(|w| starts_at(n, k, w))
}

/// The most lines of a byline under the title (an organisation, a date).
const MAX_BYLINE_LINES: usize = 2;

/// The lines right under the title that name who issued it and when
/// (`某某街道党工委` › `2025年11月3日`), as a signature does at the end:
/// the preamble's first lines while each reads as a signature line.
fn byline<'a>(input: &'a MetaInput<'a>) -> impl Iterator<Item = &'a str> + 'a {
    let lines = &input.preamble[..input.preamble.len().min(MAX_BYLINE_LINES)];
    let signs = lines
        .iter()
        .take_while(|s| super::lines::is_signature(s))
        .count();
    parts(&lines[..signs])
}

/// Signature lines with an organisation and a date printed on one line
/// (`org_and_date`) read as two.
fn parts<'a>(lines: &'a [&'a str]) -> impl Iterator<Item = &'a str> + 'a {
    lines
        .iter()
        .flat_map(|&s| match super::lines::org_and_date(s) {
            Some((org, date)) => [Some(org), Some(date)],
            None => [Some(s), None],
        })
        .flatten()
}

/// A bulletin's masthead line above the title naming who issued it and
/// when (`某某区人民政府督查室　　2025年11月14日`).
fn masthead<'a>(input: &'a MetaInput<'a>) -> Option<(&'a str, &'a str)> {
    input
        .masthead
        .iter()
        .find_map(|s| super::lines::org_and_date(s))
}

/// A title printed inside book-title marks (`《…的通报》`), without them;
/// one that quotes a document inside it (`关于落实《…》的通报`) keeps them.
fn without_book_marks(title: &str) -> String {
    let t = title.trim();
    let inner = t.strip_prefix('《').and_then(|t| t.strip_suffix('》'));
    match inner {
        Some(i) if !i.contains(['《', '》']) => i.to_string(),
        _ => title.to_string(),
    }
}

/// The longest column tag a page prints before a title (`【巡察整改】`;
/// characters inside the brackets).
const MAX_COLUMN_TAG_CHARS: usize = 10;

/// A title opening with the page's column tag in brackets (`【巡察整改】中共
/// …关于…的通报`), without it: the tag names the page's column, not the
/// document (the title line as printed stays in the source).
fn without_column_tag(title: &str) -> &str {
    let t = title.trim();
    let Some(rest) = t.strip_prefix(['【', '［', '[']) else {
        return t;
    };
    let Some((tag, after)) = rest.split_once(['】', '］', ']']) else {
        return t;
    };
    let short = (1..=MAX_COLUMN_TAG_CHARS).contains(&tag.chars().count());
    if short && !tag.contains("关于") && after.trim().chars().count() >= 8 {
        after.trim()
    } else {
        t
    }
}

/// A title opening with its announcement's number (`2025年第5号：某某市审计局
/// 关于…的公告`), without it: the number is no part of the title.
fn without_issue_number(title: &str) -> &str {
    let t = title.trim();
    match t.split_once(['：', ':']) {
        Some((head, rest)) if is_announcement_number(head) && rest.chars().count() >= 8 => {
            rest.trim()
        }
        _ => t,
    }
}

/// The announcement's number a title opens with, as printed.
fn issue_number(title: &str) -> Option<String> {
    let t = title.trim();
    let rest = without_issue_number(t);
    (rest.len() < t.len()).then(|| {
        t[..t.len() - rest.len()]
            .trim_end_matches(|c: char| c == '：' || c == ':' || c.is_whitespace())
            .to_string()
    })
}

/// `2025年第5号`, `第12号`, `2025年第5号（总第41号）`.
pub(crate) fn is_announcement_number(head: &str) -> bool {
    let t = head.trim();
    let t = match t.split_once(['（', '(']) {
        Some((number, total)) if total.starts_with("总第") => number,
        Some(_) => return false,
        None => t,
    };
    let Some(t) = t.strip_suffix('号') else {
        return false;
    };
    let t = match t.split_once('年') {
        Some((year, rest))
            if year.chars().count() == 4 && year.chars().all(|c| c.is_ascii_digit()) =>
        {
            rest
        }
        Some(_) => return false,
        None => t,
    };
    t.strip_prefix('第').is_some_and(|n| {
        !n.is_empty()
            && n.chars()
                .all(|c| c.is_ascii_digit() || crate::text::numerals::is_cn_numeral(c))
    })
}

/// Extracts the metadata.
pub(crate) fn extract(input: &MetaInput, source_name: Option<&str>) -> Meta {
    let info = Info(docinfo(&input.docinfo));
    let title: String = if input.title_lines.is_empty() {
        info.value(&["文件名称", "文件标题", "名称", "标题"])
            .unwrap_or_default()
    } else {
        without_book_marks(without_issue_number(without_column_tag(
            &crate::text::without_wide_spacing(&input.title_lines.concat()),
        )))
    };
    let preamble = input.preamble.join("\n");
    let content = Joined::new(&input.content);
    let closing = input.closing.join("\n");
    let from = |f: &dyn Fn(&str) -> Option<String>, words: &[&str]| {
        f(&preamble).or_else(|| content.when(words).and_then(f))
    };
    let mentioned = |words: &[&str]| input.content.iter().any(|p| mentions(p, words));

    let sig_date = parts(&input.signature).find_map(super::lines::line_date);
    let issuer = issuer(input, &info, &title);
    let published = input
        .pubinfo
        .iter()
        .find_map(|s| first_date(s))
        .or_else(|| info.date(&["发布日期", "发布时间", "发文日期", "生成日期"]))
        .or(sig_date)
        .or_else(|| byline(input).find_map(super::lines::line_date))
        .or_else(|| masthead(input).and_then(|(_, d)| super::lines::line_date(d)));
    let publisher = input
        .pubinfo
        .iter()
        .find_map(|s| publisher_in(s))
        .or_else(|| info.value(&["信息来源", "来源"]));
    let (as_of, as_of_text) = match as_of(&input.content, published.as_deref()) {
        Some((d, t)) => (Some(d), Some(t)),
        None => (None, None),
    };
    let contact = if closing.is_empty() {
        content.when(&CONTACT_KEYS).and_then(contact_in)
    } else {
        contact_in(&closing)
    };

    Meta {
        title: title.clone(),
        issuer,
        inspection_round: round_in(&title).or_else(|| from(&round_in, &ROUND_KEYS)),
        inspection_team: from(&team_in, &TEAM_KEYS).or_else(|| team_in(&title)),
        inspection_period: period_in(&preamble).or_else(|| {
            mentioned(&PERIOD_KEYS)
                .then(|| period_in_sentences(content.sentences()))
                .flatten()
        }),
        feedback_date: feedback_in(&preamble, published.as_deref()).or_else(|| {
            mentioned(&FEEDBACK_KEYS)
                .then(|| feedback_in_sentences(content.sentences(), published.as_deref()))
                .flatten()
        }),
        as_of,
        as_of_text,
        published,
        written_date: info.date(&["成文日期", "成文时间"]),
        index_number: info.value(&["信息索引号", "索引号", "信息索引"]),
        document_number: info
            .value(&["文号", "发文字号"])
            .or_else(|| issue_number(&input.title_lines.concat())),
        disclosure: disclosure_in(&closing)
            .or_else(|| content.when(&DISCLOSURE_KEYS).and_then(disclosure_in)),
        contact,
        source: Some(Source {
            document: source_name.map(str::to_string),
            publisher,
            generator: Some(GENERATOR.to_string()),
            url: None,
        }),
        language: "zh-Hans".to_string(),
    }
}
