//! Line splitting and clean-up: which lines are page clutter (navigation),
//! publication info (`信息来源:…发布日期:…`), the title, the signature
//! (落款) at the end, or content.

use std::collections::HashMap;

use super::title::{
    best_title, can_open_title, has_document_ending, has_title_ending, is_title_like, title_score,
};
use crate::text::dates::whole_date;
use crate::text::label::recognise;
use crate::text::{char_len, is_ws, norm_chars, run_end, trim};

// Length limits, all in characters (`chars().count()`). Lines reach these
// functions trimmed.

/// The start of a line searched for a breadcrumb prefix (`当前位置`, …).
const BREADCRUMB_HEAD_CHARS: usize = 8;
/// Longer lines are paragraphs, never page clutter (was 600 bytes, which is
/// 200 Chinese characters).
const MAX_CLUTTER_CHARS: usize = 200;
/// A menu (`首页 | 政务公开 | …`) or share line is at most this long.
const MAX_MENU_CHARS: usize = 60;
/// Lines at the head of a text where an issuer printed again in the
/// signature may first appear.
const HEAD_LINES: usize = 8;
/// A menu has at least this many items, each at most this long.
const MIN_MENU_ITEMS: usize = 3;
const MAX_MENU_ITEM_CHARS: usize = 8;
/// A document-information key followed by whitespace instead of `:` counts
/// only when it is at least this long (`索引号 123`, not `标题 …`).
const MIN_SPACED_KEY_CHARS: usize = 3;
/// A document number line (`某财党〔2025〕12号`): at most this long, its
/// opening bracket within this many characters of the start.
const MAX_DOC_NUMBER_CHARS: usize = 40;
const MAX_DOC_NUMBER_PREFIX_CHARS: usize = 16;
/// A document-information line is at most this long.
const MAX_DOCINFO_CHARS: usize = 200;
/// The value of a key alone on its line (`索引号:`) on the next line is at
/// most this long.
const MAX_DOCINFO_VALUE_CHARS: usize = 80;
/// A publication-info line is at most this long.
const MAX_PUBINFO_CHARS: usize = 120;
/// A signature line (the issuer) is at most this long.
const MAX_SIGNATURE_CHARS: usize = 40;
/// The signature has at most this many lines (issuers and the date).
const MAX_SIGNATURE_LINES: usize = 4;
/// A title's second line is at most this long.
const MAX_TITLE_SECOND_LINE_CHARS: usize = 50;
/// A page's banner sentence above the title (`您好，欢迎访问本网站！`) is at
/// most this long; a longer sentence starts the body.
const MAX_BANNER_CHARS: usize = 50;
/// At most this many lines are considered for the title.
const MAX_TITLE_CANDIDATES: usize = 30;

/// One line of the input.
#[derive(Debug, Clone)]
pub(crate) struct Line<'a> {
    /// 1-based line number.
    pub no: u32,
    /// The line as it appeared (without the line break), borrowed from
    /// the input.
    pub raw: &'a str,
    /// The line without surrounding whitespace and without formatting
    /// left over from copying (see `markup`).
    pub text: String,
    /// The formatting removed from the line, in order.
    pub markup: Vec<String>,
}

/// The lines' texts after a pass over the lines of `text` (tests of the
/// passes that join or cut lines).
#[cfg(test)]
pub(crate) fn texts_after(
    pass: impl for<'a> Fn(Vec<Line<'a>>) -> Vec<Line<'a>>,
    text: &str,
) -> Vec<String> {
    pass(split_lines(text))
        .into_iter()
        .map(|l| l.text)
        .collect()
}

impl<'a> Line<'a> {
    /// Piece `j` of this line cut apart, holding `text`: the line's number
    /// and raw text, and its formatting only on the first piece.
    pub(crate) fn piece(&self, j: usize, text: String) -> Line<'a> {
        Line {
            no: self.no,
            raw: self.raw,
            text,
            markup: if j == 0 {
                self.markup.clone()
            } else {
                Vec::new()
            },
        }
    }
}

/// Splits at `\n`, `\r\n` and `\r`.
/// A line without the whitespace around it — but a table row whose first
/// cells are empty (`⇥⇥开展…⇥2026年5月⇥…`, a cell merged with the row
/// above, as pasted from a word processor) keeps the tabs before its first
/// text, so that its cells stay under their columns.
fn trim_keeping_empty_cells(line: &str) -> &str {
    let t = trim(line);
    let lead = line.trim_start_matches(' ');
    if lead.starts_with('\t') && t.contains('\t') {
        return lead.trim_end_matches(is_ws);
    }
    t
}

/// Lines `first + 1..=last` joined onto line `first`, each trimmed and
/// after `sep`, and left empty (a row a break split over lines).
pub(crate) fn join_onto(lines: &mut [Line<'_>], first: usize, last: usize, sep: &str) {
    for j in first + 1..=last {
        let tail = std::mem::take(&mut lines[j].text);
        lines[first].text.push_str(sep);
        lines[first].text.push_str(tail.trim());
    }
}

pub(crate) fn split_lines(text: &str) -> Vec<Line<'_>> {
    fn push<'a>(raw: &'a str, out: &mut Vec<Line<'a>>) {
        let no = u32::try_from(out.len() + 1).unwrap_or(u32::MAX);
        let stripped = super::markup::strip(raw);
        let text = trim_keeping_empty_cells(&stripped.text);
        // `2025 年 4 月`, as a PDF's text prints it; the raw line keeps its
        // width for `wrapped`.
        let text = super::spaced_figures::closed_up(text).unwrap_or_else(|| text.to_string());
        out.push(Line {
            no,
            raw,
            text,
            markup: stripped.removed,
        });
    }
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                push(&text[start..i], &mut out);
                start = i + 1;
            }
            b'\r' => {
                push(&text[start..i], &mut out);
                if bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if start < text.len() {
        push(&text[start..], &mut out);
    }
    out
}

/// A printed page's number between dashes (`— 2 —`, `-12-`), left in a
/// text copied from a PDF.
pub(crate) fn is_page_number(t: &str) -> bool {
    let n = norm_chars(t);
    let dash = |c: char| matches!(c, '—' | '-' | '–');
    let digits = n.iter().filter(|c| c.is_ascii_digit()).count();
    (1..=3).contains(&digits)
        && n.first().is_some_and(|&c| dash(c))
        && n.last().is_some_and(|&c| dash(c))
        && n.iter().all(|&c| dash(c) || c.is_ascii_digit() || is_ws(c))
}

/// What a line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LineRole {
    Empty,
    /// Page navigation and tool links (`登录 繁体版`, `当前位置:首页 > …`).
    Clutter,
    /// Publication info (`信息来源:本网发布日期:2025-09-12`).
    PubInfo,
    /// The notice's title (one or two lines at the top).
    Title,
    /// Signature at the end: the issuer and the date.
    Signature,
    /// A portal's document-information block (`信息索引号:…`, `成文日期:…`,
    /// `发文机关:…`) or a document number line (`某财党〔2025〕12号`).
    DocInfo,
    /// The title printed again (pages repeat it above the text).
    TitleRepeat,
    /// An attachment list below the text (`附件：`, `1.清单.xls`; see
    /// `appendix`).
    Attachment,
    /// A page number between the lines of a text copied from pages
    /// (`— 2 —`, `第2页`; see `wrapped`).
    PageNumber,
    /// A running head or foot printed on every page of a text copied from
    /// pages (`某某局巡察整改专栏` by each page number; see
    /// `mark_running_heads`).
    RunningHead,
    /// A table of contents at the top (`目录` and its entries; see
    /// `contents`).
    Contents,
    /// Everything else: paragraphs of the notice.
    Content,
}

/// Why an attachment line is skipped.
pub(crate) const ATTACHMENT_REASON: &str = "附件";

/// The reason recorded in `report.skipped` for a role.
pub(crate) fn skip_reason(role: LineRole) -> Option<&'static str> {
    match role {
        LineRole::Clutter => Some("页面导航"),
        LineRole::PubInfo => Some("发布信息"),
        LineRole::Signature => Some("落款"),
        LineRole::DocInfo => Some("文件信息"),
        LineRole::TitleRepeat => Some("标题重复"),
        LineRole::Attachment => Some(ATTACHMENT_REASON),
        LineRole::PageNumber => Some("页码"),
        LineRole::RunningHead => Some("页眉页脚"),
        LineRole::Contents => Some("目录"),
        _ => None,
    }
}

const CLUTTER_TOKENS: &[&str] = &[
    "登录",
    "注册",
    "繁体版",
    "简体版",
    "繁體版",
    "长者助手",
    "关怀版",
    "适老版",
    "返回上一级",
    "详细介绍",
    "跳到主要內容區塊",
    "跳到主要内容区块",
    "长者模式",
    "无障碍",
    "无障碍辅助浏览",
    "无障碍浏览",
    "English",
    "网站地图",
    "首页",
    "打印",
    "打印本页",
    "关闭",
    "关闭窗口",
    "分享",
    "分享到",
    "收藏",
    "返回顶部",
    "返回",
    "大",
    "中",
    "小",
    "字号",
    "字体",
    "默认",
    "上一篇",
    "下一篇",
    "微信",
    "微博",
    // A phone article's own buttons (`阅读原文`, `分享 收藏 点赞 在看`,
    // `点击蓝字 关注我们`).
    "阅读原文",
    // The end mark under a phone article's text.
    "END",
    "点赞",
    "在看",
    "点击蓝字",
    "关注我们",
    "智能问答",
    "政务服务",
    "|",
];

const CLUTTER_PREFIXES: &[&str] = &[
    "当前位置",
    "您当前所在位置",
    "您当前位置",
    "主办单位",
    "网站标识码",
    "您的位置",
    "您现在的位置",
    "所在位置",
    "现在位置",
    "上一篇",
    "下一篇",
    "相关链接",
    "相关阅读",
    "相关文件",
];

/// A line that heads the links to other articles a page or a phone
/// article prints below the text (`往期推荐`, `推荐阅读`): the lines under it
/// are their titles.
const LINKS_HEADS: &[&str] = &[
    "往期推荐",
    "往期回顾",
    "推荐阅读",
    "相关推荐",
    "延伸阅读",
    "精彩推荐",
    "热门推荐",
    "相关阅读",
];

/// The longest key of a breadcrumb ending in `位置` (`您当前的位置：`).
const MAX_PLACE_KEY_CHARS: usize = 8;

/// A breadcrumb keyed by the page's place in whatever words
/// (`您当前的位置：首页 > …`, `当前所在的位置:`): a short key ending in
/// `位置` before its colon.
fn names_the_place(head: &str) -> bool {
    head.split_once(':')
        .is_some_and(|(key, _)| key.ends_with("位置") && key.chars().count() <= MAX_PLACE_KEY_CHARS)
}

/// Page navigation or tool links: every token is a known link text, or a
/// breadcrumb path.
pub(crate) fn is_clutter(text: &str) -> bool {
    let t = trim(text);
    if t.is_empty() {
        return false;
    }
    if is_page_number(t) {
        return true;
    }
    let head: String = t
        .chars()
        .take(BREADCRUMB_HEAD_CHARS)
        .map(crate::text::norm_char)
        .collect();
    if CLUTTER_PREFIXES
        .iter()
        .chain(LINKS_HEADS)
        .any(|p| head.starts_with(p))
        || names_the_place(&head)
    {
        return true;
    }
    // Menus and tool links are short; a paragraph is not clutter.
    if char_len(t) > MAX_CLUTTER_CHARS {
        return false;
    }
    let n: String = norm_chars(t).into_iter().collect();
    if char_len(t) <= MAX_MENU_CHARS && !n.contains('。') {
        if n.contains("扫一扫") || n.contains("在手机打开") || n.contains("分享到") {
            return true;
        }
        if n.starts_with("首页") && (n.contains('>') || n.contains('»') || n.contains('›')) {
            return true;
        }
        // A menu: several short items separated by `|` (a table row has
        // its borders: `| 1 | 甲 | 已完成 |`).
        if is_table_row(&n) {
            return false;
        }
        let items: Vec<&str> = n
            .split('|')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        let sentence_punct = n.contains(',') || n.contains(';') || n.contains('、');
        let short = |s: &&str| char_len(s) <= MAX_MENU_ITEM_CHARS;
        if items.len() >= MIN_MENU_ITEMS && !sentence_punct && items.iter().all(short) {
            return true;
        }
    }
    if is_read_count(&n) {
        return true;
    }
    let cleaned: String = n
        .chars()
        .map(|c| {
            if matches!(c, '【' | '】' | '[' | ']' | '|' | '·' | ':' | '/') {
                ' '
            } else {
                c
            }
        })
        .collect();
    let mut any = false;
    for tok in cleaned.split_whitespace() {
        any = true;
        // `大中小`: the size switch with its spaces lost.
        let sizes = tok.chars().all(|c| matches!(c, '大' | '中' | '小'));
        if !(CLUTTER_TOKENS.contains(&tok)
            || tok.starts_with("字号")
            || tok.starts_with("字体")
            || sizes)
        {
            return false;
        }
    }
    any
}

/// A phone article's count of readers (`阅读 1234`, `阅读量：1.2万`).
fn is_read_count(n: &str) -> bool {
    let Some(rest) = ["阅读量", "阅读数", "阅读"]
        .iter()
        .find_map(|w| n.strip_prefix(w))
    else {
        return false;
    };
    let rest = rest.trim_start_matches([':', ' ']);
    !rest.is_empty()
        && rest
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | '+' | '万' | 'w' | 'W' | ' '))
}

/// Keys of a portal's document-information block that may open a line,
/// longest first where one ends another.
pub(crate) const DOC_KEYS: &[&str] = &[
    "信息索引号",
    "索引号",
    "信息索引",
    "信息名称",
    "文件名称",
    "文件标题",
    "名称",
    "标题",
    "成文日期",
    "成文时间",
    "发文机关",
    "发文单位",
    "发布机构",
    "发文字号",
    "文号",
    "主题分类",
    "体裁分类",
    "组配分类",
    "服务对象分类",
    "信息分类",
    "公文种类",
    "主题词",
    "关键词",
    "有效性",
    "时效性",
    // `内容概述：…`: the title again, or a summary; not the title line.
    "内容概述",
    "内容摘要",
    "生成日期",
    "公开方式",
    "公开范围",
    "公开时限",
    "生效日期",
    "废止日期",
    "所属机构",
];

/// Further keys that may follow on a document-information line.
const DOC_MORE_KEYS: &[&str] = &["信息来源", "发布日期", "发布时间", "发文日期", "来源"];

/// The `key: value` pairs of a document-information line, keys as listed in
/// [`DOC_KEYS`], values as printed (possibly empty). Empty when the line does
/// not start with a key followed by `:` (or whitespace, for keys of three or
/// more characters).
pub(crate) fn doc_pairs(text: &str) -> Vec<(&'static str, String)> {
    let t = trim(text);
    if let Some(pairs) = pipe_table_pairs(t) {
        return pairs;
    }
    let orig: Vec<char> = t.chars().collect();
    let n = norm_chars(t);
    let key_at = |i: usize, first: bool| -> Option<(&'static str, usize)> {
        let boundary = i == 0 || matches!(n[i - 1], ' ' | '\t' | '|' | ';' | ',');
        if !boundary {
            return None;
        }
        DOC_KEYS
            .iter()
            .chain(DOC_MORE_KEYS)
            .find_map(|k| Some((k, spaced_key_end(&n, i, k)?)))
            .and_then(|(k, after)| {
                let j = after
                    + n[after.min(n.len())..]
                        .iter()
                        .take_while(|c| **c == ' ' || **c == '\t')
                        .count();
                if n.get(j) == Some(&':') {
                    Some((*k, j + 1))
                } else if first && j > after && char_len(k) >= MIN_SPACED_KEY_CHARS {
                    Some((*k, j))
                } else if j >= n.len() && first {
                    // A key alone on its line: the value is on the next line.
                    Some((*k, j))
                } else {
                    None
                }
            })
    };
    let Some(first) = key_at(0, true) else {
        return Vec::new();
    };
    if !DOC_KEYS.contains(&first.0) {
        return Vec::new();
    }
    let mut starts = vec![(0usize, first.0, first.1)];
    let mut i = first.1;
    while i < n.len() {
        if let Some((k, e)) = key_at(i, false) {
            starts.push((i, k, e));
            i = e;
        } else {
            i += 1;
        }
    }
    starts
        .iter()
        .enumerate()
        .map(|(k, &(_, key, vs))| {
            let ve = starts.get(k + 1).map_or(orig.len(), |s| s.0);
            let v: String = orig[vs.min(ve)..ve].iter().collect();
            (
                key,
                trim(&v)
                    .trim_end_matches(['|', ';', '；', ',', '，'])
                    .trim_matches(is_ws)
                    .to_string(),
            )
        })
        .collect()
}

/// Where `key` ends when it starts at `i`, its characters possibly set
/// apart by a few spaces as portals print them to align a block
/// (`标　　题：`, `索 引 号：`).
fn spaced_key_end(n: &[char], i: usize, key: &str) -> Option<usize> {
    const MAX_GAP: usize = 4;
    let mut j = i;
    for (k, c) in key.chars().enumerate() {
        if k > 0 {
            let gap = n[j.min(n.len())..]
                .iter()
                .take(MAX_GAP + 1)
                .take_while(|c| **c == ' ' || **c == '\t')
                .count();
            if gap > MAX_GAP {
                return None;
            }
            j += gap;
        }
        if n.get(j) != Some(&c) {
            return None;
        }
        j += 1;
    }
    Some(j)
}

/// A row of a document-information table copied with its cell borders:
/// `文号 | 某党〔2025〕7号 | 成文日期 | 2025-08-20`: keys and values alternate.
fn pipe_table_pairs(t: &str) -> Option<Vec<(&'static str, String)>> {
    if !t.contains('|') {
        return None;
    }
    let cells: Vec<&str> = t.split('|').map(|c| c.trim_matches(is_ws)).collect();
    let key = |c: &str| {
        DOC_KEYS
            .iter()
            .chain(DOC_MORE_KEYS)
            .find(|k| **k == c)
            .copied()
    };
    let first = key(cells.first()?)?;
    if !DOC_KEYS.contains(&first) || cells.len() < 2 {
        return None;
    }
    let pairs: Option<Vec<_>> = cells
        .chunks(2)
        .map(|kv| {
            Some((
                key(kv[0])?,
                kv.get(1).map_or(String::new(), |v| v.to_string()),
            ))
        })
        .collect();
    pairs
}

/// A document number on a line of its own: `某财党〔2025〕12号`, `[2025]3号`,
/// or an announcement's under its title (`2025年第8号`, `（2025年第3号）`).
pub(crate) fn is_doc_number(text: &str) -> bool {
    // `2025年第3号公告`: the number and the kind of document.
    let t = trim(text).trim_end_matches("公告");
    let bracketed = t
        .strip_prefix(['（', '('])
        .and_then(|t| t.strip_suffix(['）', ')']));
    if bracketed.is_some_and(super::meta::is_announcement_number)
        || (t.contains('年') && super::meta::is_announcement_number(t))
    {
        return true;
    }
    let n = norm_chars(trim(text));
    if n.len() > MAX_DOC_NUMBER_CHARS || n.last() != Some(&'号') {
        return false;
    }
    let Some(open) = n
        .iter()
        .position(|c| matches!(c, '〔' | '[' | '(' | '【' | '［'))
    else {
        return false;
    };
    let prefix_ok = n[..open]
        .iter()
        .all(|c| !c.is_ascii_punctuation() && !matches!(c, '。' | ' ' | '、'));
    let y_end = run_end(&n, open + 1, |c| c.is_ascii_digit());
    let close_ok = matches!(n.get(y_end), Some('〕' | ']' | ')' | '】' | '］'));
    let d_end = run_end(&n, y_end + 1, |c| c.is_ascii_digit());
    open <= MAX_DOC_NUMBER_PREFIX_CHARS
        && prefix_ok
        // The bracket, then a four-digit year.
        && y_end == open + 1 + 4
        && close_ok
        && d_end > y_end + 1
        && d_end == n.len() - 1
}

/// A line of a document-information block.
pub(crate) fn is_docinfo(text: &str) -> bool {
    if char_len(trim(text)) > MAX_DOCINFO_CHARS {
        return false;
    }
    let n: String = norm_chars(trim(text)).into_iter().collect();
    if n.contains('。') || recognise(trim(text)).is_some() {
        return false;
    }
    is_doc_number(text) || !doc_pairs(text).is_empty()
}

/// The document's record below its signature (版记): who else it was sent
/// to (`抄送：…。`), who printed it when (`…办公室　2026年11月20日印发`), or
/// how it is published (`（此件公开发布）`).
pub(crate) fn is_record_footer(text: &str) -> bool {
    let n: String = norm_chars(trim(text))
        .into_iter()
        .filter(|c| !is_ws(*c))
        .collect();
    let printed = n.ends_with("印发") && n.contains('年') && n.chars().any(|c| c.is_ascii_digit());
    let note = n.starts_with("(此件") && n.ends_with(')') && char_len(&n) <= 12;
    // A bulletin's distribution (`报：县委、县政府主要领导` › `送：…`).
    ["抄送:", "抄报:", "分送:", "报:", "送:"]
        .iter()
        .any(|k| n.starts_with(k))
        || (printed && char_len(&n) <= MAX_DOCINFO_CHARS)
        || note
}

/// Publication info: source, publication date, view count.
pub(crate) fn is_pubinfo(text: &str) -> bool {
    if char_len(trim(text)) > MAX_PUBINFO_CHARS {
        return false;
    }
    let n: String = norm_chars(trim(text)).into_iter().collect();
    if n.contains('。') {
        return false;
    }
    const STARTS: &[&str] = &[
        "信息来源",
        "来源:",
        "发布日期",
        "发布时间",
        "发文日期",
        "文章来源",
        // A phone article's credits below the text (`编辑：林某某  审核：王某`).
        "编辑:",
        "责任编辑",
        "审核:",
        "校对:",
        "撰稿:",
    ];
    const ANY: &[&str] = &[
        "发布日期",
        "发布时间",
        "浏览次数",
        "访问次数",
        "点击数",
        "阅读次数",
        "访问量",
    ];
    if recognise(trim(text)).is_some() {
        return false;
    }
    let byline = n.contains("来源") && whole_or_partial_date(&n);
    STARTS.iter().any(|s| n.starts_with(s))
        || byline
        || (ANY.iter().any(|s| n.contains(s)) && n.chars().any(|c| c.is_ascii_digit()))
}

const ORG_SUFFIXES: &[&str] = &[
    "党组",
    "党委",
    "委员会",
    "政府",
    "办公室",
    "局",
    "厅",
    "委",
    "部",
    "院",
    "中心",
    "公司",
    "集团",
    "学校",
    "大学",
    "医院",
    "党支部",
    "党总支",
    "工委",
    "协会",
    "联合会",
    "管委会",
    "督查室",
    "处",
    "巡察办",
    "所",
    "站",
    // `市档案馆`, `县图书馆`; `城管执法大队`; `县妇联`, `市工商联`; `县委
    // 整改办`.
    "馆",
    "大队",
    "支队",
    "总队",
    "联",
    "科协",
    "团委",
    "学会",
    "商会",
    "研究会",
    "办",
];

/// A site's name (`某某区人民政府门户网站`, `某某新闻网`), not `违规网具`.
fn names_site(t: &str) -> bool {
    let t = trim(t);
    t.ends_with('网') || t.contains("网站") || t.contains("门户")
}

/// A name of an organisation alone (`中共某某局党组`, `某某有限责任公司`).
fn names_org(t: &str) -> bool {
    let t = trim(t);
    ORG_SUFFIXES.iter().any(|s| t.ends_with(s))
}

/// A date such as `2025-08-22` or `2025年8月22日` somewhere in the text.
fn whole_or_partial_date(n: &str) -> bool {
    let n: Vec<char> = n.chars().collect();
    (0..n.len()).any(|i| crate::text::dates::date_at(&n, i).is_some())
}

/// An organisation's name and a date on one line, apart by spaces
/// (`某某区人民政府督查室　　2025年11月14日`, a signature printed on one
/// line, or a bulletin's masthead; the date first, `2025-10-12 某某市林业局`,
/// as a portal's list prints it): the two, each trimmed, the name first.
pub(crate) fn org_and_date(text: &str) -> Option<(&str, &str)> {
    let t = trim(text);
    let org_only = |org: &str| !is_date_line(org) && is_issuer_line(org);
    let split = |at: usize| (trim(&t[..at]), trim(&t[at..]));
    let (org, date) = split(t.rfind(is_ws)?);
    if org_only(org) && is_date_line(date) {
        return Some((org, date));
    }
    let (date, org) = split(t.find(is_ws)?);
    (is_date_line(date) && org_only(org)).then_some((org, date))
}

/// The date a line is, in brackets or not (`2025年9月12日`,
/// `（2025年12月2日）`), as ISO 8601.
pub(crate) fn line_date(text: &str) -> Option<String> {
    let n = norm_chars(trim(text));
    let inner = match (n.first(), n.last()) {
        (Some('('), Some(')')) if n.len() > 2 => &n[1..n.len() - 1],
        _ => &n[..],
    };
    whole_date(inner)
}

/// A date line (`2025年9月12日`, `（2025年12月2日）`) of a signature.
pub(crate) fn is_date_line(text: &str) -> bool {
    line_date(text).is_some()
}

/// A signature line: a date, or a short organisation name without
/// punctuation (`is_issuer_line`), or both on one line (`org_and_date`).
pub(crate) fn is_signature(text: &str) -> bool {
    let t = trim(text);
    is_date_line(t) || org_and_date(t).is_some() || is_issuer_line(t)
}

/// A short organisation name without punctuation, alone on its line.
/// `org_and_date` judges its name part with this, never with
/// `is_signature` again: a long line with many spaces would otherwise be
/// split at each of them in turn (quadratic, and deep enough to overflow
/// the stack).
fn is_issuer_line(t: &str) -> bool {
    if t.is_empty() || char_len(t) > MAX_SIGNATURE_CHARS || recognise(t).is_some() {
        return false;
    }
    let has_punct = norm_chars(t).iter().any(|&c| {
        matches!(
            c,
            '。' | ',' | ';' | ':' | '!' | '?' | '、' | '“' | '”' | '(' | ')' | '《' | '》'
        )
    });
    !has_punct && names_org(t)
}

/// The line right above the closing date names the issuer when it is a
/// bare name (`市档案馆`, `某某研究会`): short, no punctuation, digits or
/// words about the work, whatever its ending.
fn names_issuer(text: &str) -> bool {
    let t = trim(text);
    let bare = norm_chars(t).iter().all(|c| {
        ('\u{4e00}'..='\u{9fff}').contains(c) || matches!(c, '×' | '（' | '）' | '(' | ')')
    });
    let len = char_len(t);
    (2..=MAX_ISSUER_NAME_CHARS).contains(&len)
        && bare
        && recognise(t).is_none()
        && !["完成", "整改", "推进", "问题"]
            .iter()
            .any(|w| t.contains(w))
}

/// The longest bare issuer name read above the date (characters).
const MAX_ISSUER_NAME_CHARS: usize = 20;

/// A row of a table copied as text: cells between `|` borders
/// (`| 1 | 档案审核 | 已完成 |`), or three or more cells separated by tabs.
pub(crate) fn is_table_row(text: &str) -> bool {
    let t = trim(text);
    let bordered = t.len() > 1
        && (t.starts_with('|') || t.starts_with('｜'))
        && (t.ends_with('|') || t.ends_with('｜'))
        && t.chars().filter(|c| matches!(c, '|' | '｜')).count() >= 3;
    bordered || t.matches('\t').count() >= 2
}

/// A running head's or foot's most characters.
const MAX_RUNNING_HEAD_CHARS: usize = 40;

/// Lines printed by two page numbers or more, the same text each time,
/// right above or below the number (`— 1 —` / `某某局巡察整改专栏`), or by
/// one and elsewhere as a line that is not the text (the first page's
/// letterhead): a page's running head or foot, not the notice's text.
fn mark_running_heads(lines: &[Line], roles: &mut [LineRole]) {
    let content = |i: usize| roles[i] == LineRole::Content;
    let mut by_number: Vec<usize> = Vec::new();
    for i in (0..lines.len()).filter(|&i| roles[i] == LineRole::PageNumber) {
        let above = (0..i).rev().find(|&j| roles[j] != LineRole::Empty);
        let below = (i + 1..lines.len()).find(|&j| roles[j] != LineRole::Empty);
        by_number.extend(above.into_iter().chain(below).filter(|&j| content(j)));
    }
    by_number.retain(|&i| char_len(&lines[i].text) <= MAX_RUNNING_HEAD_CHARS);
    let mut times: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for &i in &by_number {
        *times.entry(lines[i].text.as_str()).or_default() += 1;
    }
    // The head printed once by a number and once as the first page's
    // letterhead (`中共某某局党组文件`), which is not the text already.
    for (i, line) in lines.iter().enumerate() {
        let printed_apart = !matches!(roles[i], LineRole::Content | LineRole::Empty);
        if let Some(n) = times.get_mut(line.text.as_str()).filter(|_| printed_apart) {
            *n += 1;
        }
    }
    for i in by_number {
        if times[lines[i].text.as_str()] >= 2 {
            roles[i] = LineRole::RunningHead;
        }
    }
}

/// The longest raw line read as a menu (bytes: a menu's characters, each
/// three bytes, with spaces between).
const MAX_RAW_MENU_BYTES: usize = 4 * MAX_CLUTTER_CHARS;

/// Classifies every line.
pub(crate) fn classify(lines: &[Line<'_>]) -> Vec<LineRole> {
    let mut roles: Vec<LineRole> = lines
        .iter()
        .map(|l| {
            if l.text.is_empty() {
                LineRole::Empty
            } else if super::wrapped::is_page_number(&l.text) {
                LineRole::PageNumber
            } else if is_clutter(&l.text)
                || (l.raw.len() <= MAX_RAW_MENU_BYTES && is_clutter(l.raw))
            {
                // The raw line too: a menu's words set apart by spaces
                // (`【字体：大 中 小】 打印本页`) are closed up as a PDF's.
                // (Only a short one: the pieces `reflow` cuts a long line
                // into each hold the whole of it.)
                LineRole::Clutter
            } else if is_docinfo(&l.text) || is_record_footer(&l.text) {
                LineRole::DocInfo
            } else if is_pubinfo(&l.text) {
                LineRole::PubInfo
            } else {
                LineRole::Content
            }
        })
        .collect();
    mark_title(lines, &mut roles);
    super::contents::mark(lines, &mut roles);
    mark_date_under_title(lines, &mut roles);
    mark_docinfo_values(lines, &mut roles);
    mark_title_repeats(lines, &mut roles);
    mark_running_heads(lines, &mut roles);
    super::appendix::mark_related(lines, &mut roles);
    super::appendix::mark_attachments(lines, &mut roles);
    mark_trailer(lines, &mut roles);
    mark_signature(lines, &mut roles);
    roles
}

/// The line right under the title that is only a date (`（2025年12月5日）`,
/// `2025年8月20日`): when the text was issued, publication info, not the
/// preamble's first paragraph.
fn mark_date_under_title(lines: &[Line<'_>], roles: &mut [LineRole]) {
    let Some(title) = roles.iter().rposition(|r| *r == LineRole::Title) else {
        return;
    };
    let Some(next) = (title + 1..lines.len()).find(|&i| roles[i] != LineRole::Empty) else {
        return;
    };
    if roles[next] == LineRole::Content && line_date(&lines[next].text).is_some() {
        roles[next] = LineRole::PubInfo;
    }
}

/// The page's trailer: below the last sentence of the text, once a line of
/// page chrome has appeared (`分享到：`, `【打印本页】`, `相关链接`), every
/// further short line without a sentence end is chrome too — the link
/// lists and footer rows a page prints under the text (`国家市场监督管理
/// 总局`, `版权所有：…`, `技术支持：…`), whatever their words.
fn mark_trailer(lines: &[Line<'_>], roles: &mut [LineRole]) {
    mark_links(lines, roles);
    let sentence = |t: &str| norm_chars(t).iter().any(|&c| matches!(c, '。' | '!' | '?'));
    let last_sentence = (0..lines.len())
        .rev()
        .find(|&i| roles[i] == LineRole::Content && sentence(&lines[i].text));
    let start = last_sentence.map_or(0, |i| i + 1);
    let Some(chrome) = (start..lines.len()).find(|&i| roles[i] == LineRole::Clutter) else {
        return;
    };
    for i in chrome + 1..lines.len() {
        let text = trim(&lines[i].text);
        if roles[i] == LineRole::Content && char_len(text) <= MAX_MENU_CHARS && !is_table_row(text)
        {
            roles[i] = LineRole::Clutter;
        }
    }
}

/// Under a line that heads links to other articles (`往期推荐`), every
/// short line without a sentence's full stop is one of their titles
/// (`普法小课堂丨电信网络诈骗的这些套路，你中招了吗？`): chrome.
fn mark_links(lines: &[Line<'_>], roles: &mut [LineRole]) {
    let head = (0..lines.len()).find(|&i| {
        let t = trim(&lines[i].text);
        char_len(t) <= MAX_LINKS_HEAD_CHARS && LINKS_HEADS.iter().any(|h| t.starts_with(h))
    });
    let Some(head) = head else { return };
    roles[head] = LineRole::Clutter;
    for i in head + 1..lines.len() {
        let t = trim(&lines[i].text);
        if roles[i] == LineRole::Content && char_len(t) <= MAX_LINK_CHARS && !t.contains('。') {
            roles[i] = LineRole::Clutter;
        }
    }
}

/// The longest line read as a heading over links (characters).
const MAX_LINKS_HEAD_CHARS: usize = 8;

/// The longest line read as a link's title under such a heading.
const MAX_LINK_CHARS: usize = 40;

/// The lines that may hold the title: content lines above the first
/// sentence or numbered paragraph, as (index, text, printed again).
fn title_candidates<'a>(lines: &'a [Line], roles: &[LineRole]) -> Vec<(usize, &'a str, bool)> {
    let squash = |s: &str| -> String { norm_chars(s).into_iter().filter(|c| !is_ws(*c)).collect() };
    let mut printed: HashMap<String, usize> = HashMap::new();
    let mut docinfo = String::new();
    let mut out = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        match roles[i] {
            LineRole::Content => *printed.entry(squash(&l.text)).or_default() += 1,
            LineRole::DocInfo => docinfo.push_str(&squash(&l.text)),
            _ => continue,
        }
        // A table's rows are the body, its header row included.
        if roles[i] == LineRole::Content && is_table_row(&l.text) {
            break;
        }
        // A bulletin's editor's note (`【编者按】…。`) over the issue's
        // title is the bulletin's, not the body.
        if roles[i] == LineRole::Content && is_editors_note(&l.text) {
            continue;
        }
        let sentence = l.text.contains(['。', '！', '!']) || recognise(&l.text).is_some();
        if roles[i] == LineRole::Content && !sentence && out.len() < MAX_TITLE_CANDIDATES {
            out.push((i, l.text.as_str(), false));
        }
        // The body starts at a numbered paragraph or a sentence longer than
        // a banner's (`您好，欢迎访问…网站！今天是…。` above the title is not it).
        let body = recognise(&l.text).is_some() || char_len(&l.text) > MAX_BANNER_CHARS;
        if roles[i] == LineRole::Content && sentence && body {
            break;
        }
    }
    for c in &mut out {
        let sq = squash(c.1);
        c.2 = printed.get(&sq).is_some_and(|&k| k > 1) || docinfo.contains(&sq);
    }
    out
}

/// The most content lines after the body's first sentence looked at for a
/// document's own title (`巡察整改丨…：…` › `为…。以下为通报原文。` ›
/// `中共…党组关于…的通报`).
const LATE_TITLE_LINES: usize = 3;

/// A document's own title printed below a news item's headline and lead
/// (`以下为…通报原文。`): among the first lines after the first sentence,
/// before any numbered paragraph, a line that reads `关于…` and ends by
/// naming its kind of document (`…的通报`). Its index, if any.
fn late_title(lines: &[Line], roles: &[LineRole], after: usize) -> Option<usize> {
    (after + 1..lines.len())
        .filter(|&i| roles[i] == LineRole::Content)
        .take(LATE_TITLE_LINES)
        .take_while(|&i| recognise(&lines[i].text).is_none())
        .find(|&i| {
            let t = &lines[i].text;
            is_title_like(t)
                && t.contains("关于")
                && !t.starts_with("附件")
                && has_document_ending(t)
        })
}

/// A page's headline over its byline (`县文广旅体局关于巡察整改情况的公示` ›
/// `时间：… 来源：…`), then, before the text's first sentence, the
/// document's own title (`…党组关于…整改进展情况的通报`): that title is
/// the notice's, the headline the page's. The first candidate below
/// `headline` with a publication line between them that reads `关于…` and
/// names its kind of document.
fn title_below_byline(
    lines: &[Line],
    roles: &[LineRole],
    candidates: &[(usize, &str, bool)],
    headline: usize,
) -> Option<usize> {
    candidates
        .iter()
        // The same title printed again below is its repeat, not another.
        .filter(|c| c.0 > headline && !c.2)
        .filter(|c| (headline + 1..c.0).any(|j| roles[j] == LineRole::PubInfo))
        .find(|c| {
            let t = &lines[c.0].text;
            is_title_like(t)
                && t.contains("关于")
                && has_document_ending(t)
                && title_score(t, c.2) >= super::title::MIN_TITLE_SCORE
        })
        .map(|c| c.0)
}

/// An editor's note opening a bulletin's issue (`【编者按】…`, `编者按：…`).
fn is_editors_note(text: &str) -> bool {
    let t = trim(text).trim_start_matches(['【', '[']);
    t.starts_with("编者按")
}

/// A periodical's name over its issue number (`督查督办通报` over
/// `2024年第5期（总第41期）`): the masthead, not the title of this issue.
fn is_masthead(lines: &[Line<'_>], roles: &[LineRole], i: usize) -> bool {
    (i + 1..lines.len())
        .find(|&j| roles[j] != LineRole::Empty)
        .is_some_and(|j| is_issue_number(&lines[j].text))
}

/// The title: the line that reads most like one (see `title`); a second
/// line continues it when the first does not end like a title and the
/// second does. Short lines above it that are not sentences are page chrome.
fn mark_title(lines: &[Line<'_>], roles: &mut [LineRole]) {
    let (mastheads, candidates): (Vec<_>, Vec<_>) = title_candidates(lines, roles)
        .into_iter()
        .partition(|c| is_masthead(lines, roles, c.0));
    let fallback = || {
        let first = roles.iter().position(|r| *r == LineRole::Content)?;
        let t = &lines[first].text;
        (is_title_like(t) && title_score(t, false) >= 0).then_some(first)
    };
    let Some(i) = best_title(&candidates)
        .or_else(|| best_title(&mastheads))
        .or_else(fallback)
    else {
        return;
    };
    let i = title_below_byline(lines, roles, &candidates, i).unwrap_or(i);
    // A headline above the news lead that brings the document in: the
    // document's own title below wins, when the headline names no kind of
    // document itself.
    // The lead: the first sentence below, past a byline's short lines
    // (`作者：记者…`, `编辑：…`).
    let lead = (i + 1..lines.len())
        .filter(|&j| roles[j] == LineRole::Content)
        .take(MAX_BYLINE_LINES + 1)
        .find(|&j| lines[j].text.contains('。'));
    let late = lead
        .filter(|_| !has_document_ending(&lines[i].text))
        .and_then(|j| late_title(lines, roles, j));
    let i = late.unwrap_or(i);
    let mut first = i;
    for _ in 0..MAX_TITLE_LINES {
        match title_line_above(lines, roles, first) {
            Some(j) => first = j,
            None => break,
        }
    }
    let mut last = i;
    for _ in 0..MAX_TITLE_LINES {
        match title_line_below(lines, roles, last) {
            Some(j) => last = j,
            None => break,
        }
    }
    for j in 0..first {
        let t = &lines[j].text;
        if roles[j] == LineRole::Content && (!t.contains('。') || char_len(t) <= MAX_BANNER_CHARS)
        {
            roles[j] = LineRole::Clutter;
        }
    }
    for role in &mut roles[first..=last] {
        if *role == LineRole::Content {
            *role = LineRole::Title;
        }
    }
}

/// The longest line that is only a title's tail (`问题整改进展情况`,
/// `整改情况的通报`), in characters.
const MAX_TITLE_TAIL_CHARS: usize = 10;

/// The most lines of a byline between a headline and the news lead.
const MAX_BYLINE_LINES: usize = 4;

/// The most lines a title is printed on above or below its best line.
const MAX_TITLE_LINES: usize = 3;

/// The shortest line opening with `关于` that opens a title broken before
/// its document's kind (`关于2025年度…管理情况`), in characters.
const MIN_ABOUT_OPENING_CHARS: usize = 8;

/// A line above a title's first line that opens it (`中共某某局党组` above
/// `关于…的通报`, or `中共某镇委员会关于县委第四轮巡察` / `关于县委第三巡察组`
/// above `反馈意见整改落实情况…`): the content line right above a line
/// starting with 关于, or one broken after its own 关于; short,
/// title-like, not ending like a title, without page chrome. Above a
/// subtitle (`——关于…的报告`) the title line may end like one.
fn title_line_above(lines: &[Line<'_>], roles: &[LineRole], first: usize) -> Option<usize> {
    let j = (0..first).rev().find(|&j| roles[j] != LineRole::Empty)?;
    let t = &lines[j].text;
    // `——关于…的报告` under `…落实情况`: a subtitle, the title above it.
    let subtitle = lines[first].text.starts_with("——");
    // `关于2025年度区本级国有资产管理情况` above `审计查出问题整改情况的报告`:
    // the title's opening, broken before its document's kind.
    // (`关于我们`, a portal's link, is no opening.)
    // `湘滨市疾病预防控制中心2025年度预算执行和其他财政收支` right above
    // `审计查出问题整改情况的公告`: the same, when the line is no
    // organisation's or site's name alone.
    let adjacent = j + 1 == first;
    // `涉渔“三无”船舶和违规网具专项整治` above `问题整改进展情况`: a line
    // that is only a title's tail ends it, whatever its kind word.
    let ends_title = |l: &str| {
        has_document_ending(l) || (has_title_ending(l) && char_len(l) <= MAX_TITLE_TAIL_CHARS)
    };
    let opens_about = (t.starts_with("关于")
        || (adjacent
            && !names_org(t)
            && !names_site(t)
            && !is_date_line(t)
            && !is_issue_number(t)))
        && char_len(t) >= MIN_ABOUT_OPENING_CHARS
        && !lines[first].text.starts_with("关于")
        && !has_document_ending(t)
        && ends_title(&lines[first].text);
    // `泓川市热力有限责任公司` right above `2025—2026年供暖季…进展情况`:
    // the issuer printed on its own line over a title opening with its year.
    // `中共某某区委第三巡察组巡察区教育局党组` right above `反馈意见整改
    // 进展情况的通报`: so is an organisation's line over a title's tail that
    // opens with neither `关于` nor an issuer of its own.
    let below = lines[first].text.trim_start_matches(is_ws);
    let tail_below = !below.starts_with("关于")
        && !below.starts_with("中共")
        && !names_issuer_over_about(below)
        && !opens_with_org(below)
        && !names_site(t)
        && kind_after_de(below);
    let issuer_above =
        adjacent && names_org(t) && (below.starts_with(|c: char| c.is_ascii_digit()) || tail_below);
    // Above `关于…`, the issuer (`中共某某局党组`, `某某街道`), not a
    // column's name (`巡察整改`, `通知公告`).
    let issuer_over_about = lines[first].text.starts_with("关于") && names_issuer_over_about(t);
    if !subtitle && !opens_about && !issuer_above && !issuer_over_about && !breaks_after_about(t) {
        return None;
    }
    (roles[j] == LineRole::Content
        && is_title_like(t)
        && (subtitle || opens_about || !has_title_ending(t))
        && char_len(t) <= MAX_TITLE_SECOND_LINE_CHARS
        && can_open_title(t))
    .then_some(j)
}

/// Places that issue notices in their own name (`某某街道关于…`), besides
/// organisations.
const PLACE_SUFFIXES: &[&str] = &["街道", "社区", "镇", "乡", "村", "县", "市", "区", "省"];

/// A line above `关于…` that opens the title with who issues it: an
/// organisation or a place (`某某街道`), or any line opening `中共`.
fn names_issuer_over_about(t: &str) -> bool {
    let t = trim(t);
    names_org(t) || PLACE_SUFFIXES.iter().any(|s| t.ends_with(s)) || t.starts_with("中共")
}

/// A line below a title's last line that goes on with it: the title does
/// not yet end with the kind of document (`…整改进展情况` above `的通报`; a
/// line ending `情况` may be the end or not), and the line is short,
/// title-like and ends like a title; or a subtitle (`——第二轮集中整改阶段`),
/// whatever the title above it ends with.
fn title_line_below(lines: &[Line<'_>], roles: &[LineRole], last: usize) -> Option<usize> {
    let j = (last + 1..lines.len()).find(|&j| roles[j] != LineRole::Empty)?;
    let t = &lines[j].text;
    // `——第二轮集中整改阶段` under a whole title: its subtitle; not the
    // dateline of a report given at a meeting (`——2025年11月26日在…会议上`).
    let subtitle = t.starts_with("——")
        && !t.contains('。')
        && !t.contains("会议")
        && !t.chars().any(|c| c.is_ascii_digit());
    // `关于…审计工作报告` / `反映问题整改情况的报告`: a line ending `的` and
    // its kind that opens with no `关于` nor an issuer is the tail of the
    // title above, though that line already ends with a kind's word.
    let tail = has_document_ending(t)
        && kind_after_de(t)
        && !t.starts_with("关于")
        && !names_issuer_over_about(t);
    if has_document_ending(&lines[last].text) && !subtitle && !tail {
        return None;
    }
    // `…整改进展情况的通` / `报`: a word of the kind broken across lines;
    // `…整改进展情况的` / `通　　报`: the kind alone, letter-spaced.
    let squashed: String = t.chars().filter(|c| !is_ws(*c)).collect();
    let joined = format!("{}{squashed}", trim(&lines[last].text));
    let ends_word = char_len(&squashed) <= MAX_BROKEN_WORD_CHARS && has_document_ending(&joined);
    (roles[j] == LineRole::Content
        && is_title_like(t)
        && (has_title_ending(t) || subtitle || ends_word)
        && char_len(t) <= MAX_TITLE_SECOND_LINE_CHARS)
        .then_some(j)
}

/// The most characters of an organisation's name opening a title line.
const MAX_OPENING_ORG_CHARS: usize = 20;

/// A line that opens with an organisation's name (`某市热力公司巡察…`).
fn opens_with_org(t: &str) -> bool {
    let chars: Vec<char> = t.chars().take(MAX_OPENING_ORG_CHARS).collect();
    (2..=chars.len()).any(|k| names_org(&chars[..k].iter().collect::<String>()))
}

/// `…情况的报告`: the document's kind right after `的`.
fn kind_after_de(t: &str) -> bool {
    let t = trim(t);
    ["的报告", "的通报", "的公告", "的公示", "的情况报告"]
        .iter()
        .any(|k| t.ends_with(k))
}

/// The longest end of a title's last word printed on a line of its own
/// (`报` under `…的通`), in characters.
const MAX_BROKEN_WORD_CHARS: usize = 2;

/// A bulletin's issue number on its own line (`2026年第3期`, `第12期`,
/// `总第45期`): the masthead's, never a title's opening.
fn is_issue_number(t: &str) -> bool {
    let t = crate::text::trim(t);
    // `2024年第5期（总第41期）`, `第12期 总第130期`: each part one.
    if let Some(inner) = t
        .strip_suffix(['）', ')'])
        .and_then(|b| b.rfind(['（', '(']).map(|k| (&b[..k], &b[k..])))
    {
        let paren = inner.1.trim_start_matches(['（', '(']);
        return is_one_issue_number(inner.0) && is_one_issue_number(paren);
    }
    let mut parts = t.split(is_ws).filter(|p| !p.is_empty());
    let first = parts.next().is_some_and(is_one_issue_number);
    first && parts.all(is_one_issue_number)
}

/// One issue number: `第5期`, `2024年第5期`, `总第41期`.
fn is_one_issue_number(t: &str) -> bool {
    let t = crate::text::trim(t);
    let Some(body) = t.strip_suffix('期') else {
        return false;
    };
    let Some(at) = body.rfind('第') else {
        return false;
    };
    let number = &body[at + '第'.len_utf8()..];
    let before = &body[..at];
    let year = before
        .strip_suffix('年')
        .is_some_and(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()));
    !number.is_empty()
        && number
            .chars()
            .all(|c| c.is_ascii_digit() || crate::text::is_cn_numeral(c))
        && (before.is_empty() || before == "总" || year)
}

/// A title's first line broken after its `关于` (`中共某镇委员会关于县委第四轮巡察`
/// above `反馈意见整改落实情况的报告`): `关于` with words after it, and an
/// issuer before it or four characters after it (not a menu's `关于我们`).
fn breaks_after_about(t: &str) -> bool {
    t.find("关于").is_some_and(|k| {
        let after = char_len(&t[k + "关于".len()..]);
        (k > 0 && after >= 2) || after >= 4
    })
}

/// A key alone on its line (`索引号:`) takes its value from the next line.
fn mark_docinfo_values(lines: &[Line], roles: &mut [LineRole]) {
    for i in 0..lines.len() {
        if roles[i] != LineRole::DocInfo {
            continue;
        }
        let pairs = doc_pairs(&lines[i].text);
        if !pairs.last().is_some_and(|(_, v)| v.is_empty()) {
            continue;
        }
        if let Some(j) = (i + 1..lines.len()).find(|&j| roles[j] != LineRole::Empty) {
            let t = &lines[j].text;
            if roles[j] == LineRole::Content
                && char_len(t) <= MAX_DOCINFO_VALUE_CHARS
                && !t.contains('。')
                && recognise(t).is_none()
            {
                roles[j] = LineRole::DocInfo;
            }
        }
    }
}

/// The most lines the title is printed again on, below the page's.
const MAX_REPEAT_LINES: usize = 4;

/// The title printed again on several lines right below the page's
/// (`中共某某局党组` › `关于…反馈意见` › `整改情况的通报` under the page's
/// `关于…反馈意见整改情况的通报`): the lines that say it again, and
/// whether they say more, the issuer before it, which makes them the
/// document's own title. Only dates, publication and page lines may
/// stand between.
fn printed_again(lines: &[Line], roles: &[LineRole], whole: &str) -> Option<(Vec<usize>, bool)> {
    let last = roles.iter().rposition(|r| *r == LineRole::Title)?;
    let mut run = Vec::new();
    let mut said = String::new();
    for (i, role) in roles.iter().enumerate().skip(last + 1) {
        match role {
            LineRole::Empty | LineRole::PubInfo | LineRole::DocInfo | LineRole::Clutter
                if run.is_empty() => {}
            LineRole::Empty => {}
            LineRole::Content if run.len() < MAX_REPEAT_LINES && is_title_like(&lines[i].text) => {
                run.push(i);
                said.extend(
                    norm_chars(&lines[i].text)
                        .into_iter()
                        .filter(|c| !is_ws(*c)),
                );
                if said.ends_with(whole) {
                    break;
                }
            }
            _ => return None,
        }
    }
    if run.len() < 2 {
        return None;
    }
    let issuer = said.strip_suffix(whole)?;
    (issuer.is_empty() || names_org(issuer)).then_some((run, !issuer.is_empty()))
}

/// The title printed again, e.g. once in the page header and once above
/// the text; printed again below with its issuer before it, the lines
/// below are the title and the page's the repeat.
fn mark_title_repeats(lines: &[Line], roles: &mut [LineRole]) {
    let squash = |s: &str| -> String { norm_chars(s).into_iter().filter(|c| !is_ws(*c)).collect() };
    let page_title: Vec<String> = (0..lines.len())
        .filter(|&i| roles[i] == LineRole::Title)
        .map(|i| squash(&lines[i].text))
        .collect();
    if let Some((run, fuller)) = printed_again(lines, roles, &page_title.concat()) {
        let (page, again) = if fuller {
            (LineRole::TitleRepeat, LineRole::Title)
        } else {
            (LineRole::Title, LineRole::TitleRepeat)
        };
        for role in roles.iter_mut().filter(|r| **r == LineRole::Title) {
            *role = page;
        }
        for i in run {
            roles[i] = again;
        }
    }
    let title_lines: Vec<String> = (0..lines.len())
        .filter(|&i| roles[i] == LineRole::Title)
        .map(|i| squash(&lines[i].text))
        .collect();
    if !title_lines.is_empty() {
        let whole = title_lines.concat();
        let mut after_title = false;
        for i in 0..lines.len() {
            if roles[i] == LineRole::Title {
                after_title = true;
                continue;
            }
            if after_title && roles[i] == LineRole::Content {
                let t = squash(&lines[i].text);
                if t == whole || title_lines.contains(&t) {
                    roles[i] = LineRole::TitleRepeat;
                }
            }
        }
    }
}

/// The longest line read as an attachment's heading (characters).
const MAX_ATTACHMENT_HEADING_CHARS: usize = 30;

/// `附：问题整改情况统计表`, `附件2：…`: a short line that heads an
/// attachment.
fn heads_attachment(text: &str) -> bool {
    let t = trim(text);
    char_len(t) <= MAX_ATTACHMENT_HEADING_CHARS
        && ["附：", "附:", "附件", "附表"]
            .iter()
            .any(|w| t.starts_with(w))
}

/// The signature: date and issuer lines at the very end, or above a
/// table attached below it (`附：…统计表` and its rows). Besides a line
/// that reads as one (`is_signature`), the issuer is a line above the final
/// date that repeats, word for word, a short line printed at the head of
/// the text above its first sentence (`河湾市人民政府督查室` under the title
/// and above the date).
fn mark_signature(lines: &[Line<'_>], roles: &mut [LineRole]) {
    // The head: short lines above the first sentence.
    let sentence = |t: &str| norm_chars(t).iter().any(|&c| matches!(c, '。' | ',' | ';'));
    let head: Vec<&str> = lines
        .iter()
        .map(|l| trim(&l.text))
        .filter(|t| !t.is_empty())
        .take(HEAD_LINES)
        .take_while(|t| !sentence(t))
        .collect();
    // `某某市人民政府督查室关于…的通报`: the issuer printed in the title,
    // before 关于.
    let title_issuers: Vec<&str> = head
        .iter()
        .filter_map(|t| t.find("关于").map(|k| trim(&t[..k])))
        .filter(|t| !t.is_empty())
        .collect();
    let repeats_head = |t: &str| {
        let t = trim(t);
        char_len(t) <= MAX_SIGNATURE_CHARS && (head.contains(&t) || title_issuers.contains(&t))
    };
    if signature_above(lines, roles, lines.len(), &repeats_head) > 0 {
        return;
    }
    // `附件：巡察反馈问题整改台账` and the cards below it (`序号：1`
    // `反馈问题：…`), none of them signed: the signature is above the
    // attachment.
    let attachment_head = (0..lines.len())
        .rev()
        .find(|&i| roles[i] == LineRole::Attachment && heads_attachment(&lines[i].text));
    if let Some(h) = attachment_head {
        signature_above(lines, roles, h, &repeats_head);
    }
}

/// Marks the signature found reading up from line `end` (exclusive): the
/// number of its lines.
fn signature_above(
    lines: &[Line<'_>],
    roles: &mut [LineRole],
    end: usize,
    repeats_head: &dyn Fn(&str) -> bool,
) -> usize {
    let mut found = 0;
    let mut past_table = false;
    // The issuer and date below an attachment (`附件：…汇总表` and its
    // rows, then the signature) were taken for the attachment's lines.
    let mut trailing = true;
    for i in (0..end).rev() {
        // A numbered line is an item, never the signature (in a notice
        // without a sentence every line is in the head).
        let numbered = recognise(trim(&lines[i].text)).is_some();
        let signs = |found: usize| {
            !numbered
                && (is_signature(&lines[i].text)
                    || (found > 0 && repeats_head(&lines[i].text))
                    || (found == 1 && names_issuer(&lines[i].text)))
        };
        match roles[i] {
            LineRole::Attachment if trailing && found < MAX_SIGNATURE_LINES && signs(found) => {
                roles[i] = LineRole::Signature;
                found += 1;
            }
            LineRole::Attachment => trailing = false,
            LineRole::Empty
            | LineRole::Clutter
            | LineRole::PubInfo
            | LineRole::DocInfo
            | LineRole::PageNumber
            | LineRole::RunningHead
            | LineRole::TitleRepeat => continue,
            LineRole::Content if found < MAX_SIGNATURE_LINES && signs(found) => {
                roles[i] = LineRole::Signature;
                found += 1;
            }
            // `（联系人：刘某某，联系电话：…）` below the issuer and date.
            LineRole::Content if found == 0 && super::tree::is_closing(&lines[i].text) => continue,
            // `附：问题整改情况统计表` and its rows below the signature.
            LineRole::Content if found == 0 && is_table_row(&lines[i].text) => {
                past_table = true;
                continue;
            }
            LineRole::Content if found == 0 && past_table && heads_attachment(&lines[i].text) => {
                continue
            }
            _ => break,
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credits_below_the_signature_are_publication_info() {
        let text = "关于某事的通报\n正文一句。\n中共某某街道工作委员会\n2025年10月27日\n来源：某某街道\n编辑：林某某  审核：王某";
        let roles = classify(&split_lines(text));
        assert_eq!(roles[2], LineRole::Signature);
        assert_eq!(roles[3], LineRole::Signature);
        assert_eq!(roles[5], LineRole::PubInfo);
    }

    #[test]
    fn a_record_footer_and_a_page_number_below_the_signature() {
        let text = "关于某事的通报\n某市卫健委\n正文一句。\n某市卫健委\n2026年11月20日\n（此件公开发布）\n抄送：市医保局。\n某市卫健委办公室　2026年11月20日印发\n— 3 —";
        let roles = classify(&split_lines(text));
        assert_eq!(roles[3], LineRole::Signature);
        assert_eq!(roles[4], LineRole::Signature);
        assert_eq!(&roles[5..8], [LineRole::DocInfo; 3]);
        assert!(!is_record_footer("抄送材料的工作已完成。"));
        // A bulletin's distribution below its signature.
        let text = "关于某事的通报\n正文一句。\n某县督查室\n2025年11月12日\n报：县委主要领导\n送：县安委会各成员单位";
        let roles = classify(&split_lines(text));
        assert_eq!(roles[3], LineRole::Signature);
        assert_eq!(&roles[4..6], [LineRole::DocInfo; 2]);
        assert!(!is_record_footer("报告：某事"));
    }

    #[test]
    fn an_issuer_repeated_from_the_head_above_the_date_signs() {
        let lines = split_lines(
            "关于某事的通报\n市政府第三督查组\n正文一句。\n市政府第三督查组\n2025年10月20日",
        );
        let roles = classify(&lines);
        assert_eq!(roles[3], LineRole::Signature);
        // Not without a date below it.
        let lines = split_lines("关于某事的通报\n市政府第三督查组\n正文一句。\n市政府第三督查组");
        assert_ne!(classify(&lines)[3], LineRole::Signature);
        // The issuer printed in the title, before 关于.
        let lines = split_lines(
            "市政府第三督查组关于某事的通报\n正文一句。\n市政府第三督查组\n2025年10月20日",
        );
        assert_eq!(classify(&lines)[2], LineRole::Signature);
    }

    #[test]
    fn short_lines_below_the_texts_chrome_are_chrome() {
        let lines = split_lines(
            "关于某事的通报\n正文一句。\n某某局\n2025年9月2日\n【打印本页】\n相关链接\n某省某厅\n版权所有：某某办公室",
        );
        let roles = classify(&lines);
        assert_eq!(roles[6], LineRole::Clutter);
        assert_eq!(roles[7], LineRole::Clutter);
        assert_eq!(roles[2], LineRole::Signature);
        // Without chrome below the text nothing changes.
        let lines = split_lines("关于某事的通报\n正文一句。\n某省某厅");
        assert_ne!(classify(&lines)[2], LineRole::Clutter);
    }

    #[test]
    fn clutter_and_pubinfo() {
        assert!(is_clutter("登录 繁体版 长者助手 无障碍辅助浏览"));
        assert!(is_clutter("当前位置:首页 > 政务动态"));
        assert!(is_clutter("您当前的位置：首页 > 政务公开 > 巡察整改"));
        assert!(is_clutter("【打印本页】【关闭窗口】"));
        assert!(is_clutter("【字体：大中小】"));
        assert!(is_clutter("【字体：大 中 小】 打印本页 关闭窗口"));
        // A phone article's readers and end mark.
        assert!(is_clutter("阅读 1234"));
        assert!(is_clutter("阅读量：1.2万"));
        assert!(is_clutter("END"));
        assert!(!is_clutter("阅读材料3篇"));
        assert!(is_issue_number("2026年第3期"));
        assert!(is_issue_number("总第45期"));
        assert!(is_issue_number("2024年第5期（总第41期）"));
        assert!(is_issue_number("第12期　总第130期"));
        assert!(!is_issue_number("第12期 简报"));
        assert!(!is_issue_number("（总第41期）"));
        assert!(!is_issue_number("2026年第三季度公路养护质量督查"));
        assert!(!is_clutter(
            "市财政局党组坚持把巡察整改工作作为一项重要政治任务来抓。"
        ));
        assert!(is_pubinfo("信息来源:本网发布日期:2025-09-12"));
        assert!(is_pubinfo(
            "发布时间：2024-03-05  来源：县水务局  浏览次数：128"
        ));
        assert!(!is_pubinfo("（三）规范信息发布时间"));
        assert!(!is_pubinfo("规范信息发布时间和审核流程"));
        assert!(is_signature("中共中山市财政局党组"));
        assert!(is_signature("2025年9月12日"));
        assert!(!is_signature("一、下一步工作打算"));
        let both = "枫林区人民政府督查室　　2025年11月14日";
        assert!(is_signature(both));
        assert_eq!(
            org_and_date(both),
            Some(("枫林区人民政府督查室", "2025年11月14日"))
        );
        assert_eq!(org_and_date("2025年11月14日 星期五"), None);
        assert_eq!(org_and_date("整改工作 2025年11月14日"), None);
    }

    #[test]
    fn length_limits_are_in_characters() {
        let links = |k: usize| vec!["首页"; k].join(" ");
        assert_eq!(char_len(&links(67)), MAX_CLUTTER_CHARS);
        assert!(is_clutter(&links(67)));
        assert!(!is_clutter(&links(68)));
        let source = |k: usize| format!("信息来源:{}", "财".repeat(k));
        assert!(is_pubinfo(&source(MAX_PUBINFO_CHARS - 5)));
        assert!(!is_pubinfo(&source(MAX_PUBINFO_CHARS - 4)));
        let issuer = |k: usize| format!("{}党组", "财".repeat(k));
        assert!(is_signature(&issuer(MAX_SIGNATURE_CHARS - 2)));
        assert!(!is_signature(&issuer(MAX_SIGNATURE_CHARS - 1)));
    }

    #[test]
    fn over_about_the_issuer_opens_the_title_and_a_column_does_not() {
        let title = |text: &str| {
            let lines = split_lines(text);
            let roles = classify(&lines);
            let t: Vec<&str> = lines
                .iter()
                .zip(&roles)
                .filter(|(_, r)| **r == LineRole::Title)
                .map(|(l, _)| l.text.as_str())
                .collect();
            t.concat()
        };
        let body = "\n关于巡察反馈意见整改情况的通报\n正文一句，说明情况。\n1.问题一。已整改。";
        for (above, want) in [
            ("巡察整改", ""),
            ("通知公告", ""),
            ("长宁街道", "长宁街道"),
            ("东陵市公证处", "东陵市公证处"),
            ("中共长宁镇委员会", "中共长宁镇委员会"),
        ] {
            let got = title(&format!("{above}{body}"));
            assert_eq!(
                got,
                format!("{want}关于巡察反馈意见整改情况的通报"),
                "{above}"
            );
        }
    }

    #[test]
    fn titles_on_two_lines_and_below_chrome() {
        let roles_of = |text: &str| {
            let l = split_lines(text);
            classify(&l)
        };
        let r = roles_of("中共某某县财政局党组\n关于巡察整改进展情况的通报\n\n正文第一段。");
        assert_eq!(&r[..2], [LineRole::Title, LineRole::Title]);
        let r = roles_of("中共某县委办公室\n关于巡察整改进展情况的通报\n正文第一段。");
        assert_eq!(&r[..2], [LineRole::Title, LineRole::Title]);
        let r = roles_of("首页 > 通知公告\n关于巡察整改进展情况的通报\n正文第一段。");
        assert_eq!(&r[..2], [LineRole::Clutter, LineRole::Title]);
        let r = roles_of("跳到主要內容區塊\n返回上一级\n关于巡察整改进展情况的通报\n正文。");
        assert_eq!(
            &r[..3],
            [LineRole::Clutter, LineRole::Clutter, LineRole::Title]
        );
        let r = roles_of("某某县财政局党组关于巡察整改\n进展情况的通报\n正文。");
        assert_eq!(&r[..2], [LineRole::Title, LineRole::Title]);
        let r =
            roles_of("中共白沙镇委员会关于县委第四轮巡察\n反馈意见整改落实情况的报告\n\n正文。");
        assert_eq!(&r[..2], [LineRole::Title, LineRole::Title]);
        let r = roles_of("关于我们\n某某县财政局巡察整改进展情况的通报\n正文。");
        assert_eq!(&r[..2], [LineRole::Clutter, LineRole::Title]);
        // Broken before its kind without 关于; the issuer on its own line
        // over a title opening with its year; but not a date, a site's
        // name or a unit's name over a whole title.
        let titled = |text: &str| {
            let l = split_lines(text);
            let r = classify(&l);
            (0..l.len())
                .filter(|&i| r[i] == LineRole::Title)
                .map(|i| l[i].text.clone())
                .collect::<String>()
        };
        let two = "某市疾控中心2025年度预算执行审计\n查出问题整改情况的公告\n正文。";
        assert_eq!(
            titled(two),
            "某市疾控中心2025年度预算执行审计查出问题整改情况的公告"
        );
        let tail = "某市渔政执法支队\n涉渔“三无”船舶和违规网具专项整治\n问题整改进展情况\n\n正文。";
        assert_eq!(
            titled(tail),
            "涉渔“三无”船舶和违规网具专项整治问题整改进展情况"
        );
        let issuer = "某市热力有限责任公司\n2025年供暖季突出问题整治进展情况\n正文。";
        assert_eq!(
            titled(issuer),
            "某市热力有限责任公司2025年供暖季突出问题整治进展情况"
        );
        for above in [
            "2026-06-12",
            "某某市人民政府门户网站",
            "某市热力有限责任公司",
        ] {
            let t = format!("{above}\n某市热力公司巡察整改进展情况的通报\n正文。");
            assert_eq!(titled(&t), "某市热力公司巡察整改进展情况的通报", "{above}");
        }
        let r = roles_of(
            "某某区人民政府门户网站\n您好，欢迎访问某某区人民政府网站！今天是2026年3月18日。\n\
             中共某某局党组关于巡察整改进展情况的通报\n\
             根据区委统一部署，区委第五巡察组对某某局党组进行了巡察，并于2025年8月1日反馈了巡察意见。\n",
        );
        assert_eq!(
            &r[..4],
            [
                LineRole::Clutter,
                LineRole::Clutter,
                LineRole::Title,
                LineRole::Content
            ]
        );
    }

    #[test]
    fn document_keys_spaced_to_align() {
        let pairs = doc_pairs("标　　题：某某中心关于整改落实情况的公示");
        assert_eq!(
            pairs,
            [("标题", "某某中心关于整改落实情况的公示".to_string())]
        );
        let pairs = doc_pairs("索 引 号：1143/2026-00315　　成文日期：2026-06-18");
        assert_eq!(
            pairs,
            [
                ("索引号", "1143/2026-00315".to_string()),
                ("成文日期", "2026-06-18".to_string())
            ]
        );
        // Wider gaps are two words, not one key.
        assert!(doc_pairs("标      题：某某").is_empty());
    }

    #[test]
    fn splits_all_line_ends() {
        let l = split_lines("a\r\nb\rc\n\nd");
        let t: Vec<_> = l.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(t, ["a", "b", "c", "", "d"]);
    }
}
