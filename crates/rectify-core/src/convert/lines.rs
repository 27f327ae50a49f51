//! Line splitting and clean-up: which lines are page clutter (navigation),
//! publication info (`信息来源:…发布日期:…`), the title, the signature
//! (落款) at the end, or content.

use super::dates::whole_date;
use super::label::recognise;
use super::text::{char_len, norm_chars, trim};

/// One line of the input.
#[derive(Debug, Clone)]
pub(crate) struct Line {
    /// 1-based line number.
    pub no: u32,
    /// The line as it appeared (without the line break).
    pub raw: String,
    /// The line without surrounding whitespace.
    pub text: String,
}

/// Splits at `\n`, `\r\n` and `\r`.
pub(crate) fn split_lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = text.chars().peekable();
    let push = |cur: &mut String, out: &mut Vec<Line>| {
        let no = u32::try_from(out.len() + 1).unwrap_or(u32::MAX);
        let raw = std::mem::take(cur);
        let text = trim(&raw).to_string();
        out.push(Line { no, raw, text });
    };
    while let Some(c) = chars.next() {
        match c {
            '\n' => push(&mut cur, &mut out),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                push(&mut cur, &mut out);
            }
            _ => cur.push(c),
        }
    }
    if !cur.is_empty() {
        push(&mut cur, &mut out);
    }
    out
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
    /// Everything else: paragraphs of the notice.
    Content,
}

/// The reason recorded in `report.skipped` for a role.
pub(crate) fn skip_reason(role: LineRole) -> Option<&'static str> {
    match role {
        LineRole::Clutter => Some("页面导航"),
        LineRole::PubInfo => Some("发布信息"),
        LineRole::Signature => Some("落款"),
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
    "智能问答",
    "政务服务",
    "|",
];

const CLUTTER_PREFIXES: &[&str] = &[
    "当前位置",
    "您的位置",
    "您现在的位置",
    "所在位置",
    "现在位置",
];

/// Page navigation or tool links: every token is a known link text, or a
/// breadcrumb path.
pub(crate) fn is_clutter(text: &str) -> bool {
    let t = trim(text);
    if t.is_empty() {
        return false;
    }
    let n: String = norm_chars(t).into_iter().collect();
    if CLUTTER_PREFIXES.iter().any(|p| n.starts_with(p)) {
        return true;
    }
    if char_len(t) <= 60 && !n.contains('。') {
        if n.contains("扫一扫") || n.contains("在手机打开") || n.contains("分享到") {
            return true;
        }
        if n.starts_with("首页") && (n.contains('>') || n.contains('»') || n.contains('›')) {
            return true;
        }
        // A menu: three or more short items separated by `|`.
        let items: Vec<&str> = n
            .split('|')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        let sentence_punct = n.contains(',') || n.contains(';') || n.contains('、');
        if items.len() >= 3 && !sentence_punct && items.iter().all(|s| s.chars().count() <= 8) {
            return true;
        }
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
        if !(CLUTTER_TOKENS.contains(&tok) || tok.starts_with("字号") || tok.starts_with("字体"))
        {
            return false;
        }
    }
    any
}

/// Publication info: source, publication date, view count.
pub(crate) fn is_pubinfo(text: &str) -> bool {
    let n: String = norm_chars(trim(text)).into_iter().collect();
    if n.contains('。') || char_len(&n) > 120 {
        return false;
    }
    const STARTS: &[&str] = &[
        "信息来源",
        "来源:",
        "发布日期",
        "发布时间",
        "发文日期",
        "文章来源",
    ];
    const ANY: &[&str] = &[
        "发布日期",
        "发布时间",
        "浏览次数",
        "访问次数",
        "点击数",
        "阅读次数",
    ];
    if recognise(trim(text)).is_some() {
        return false;
    }
    STARTS.iter().any(|s| n.starts_with(s))
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
];

/// A date line (`2025年9月12日`) of a signature.
pub(crate) fn is_date_line(text: &str) -> bool {
    whole_date(&norm_chars(trim(text))).is_some()
}

/// A signature line: a date, or a short organisation name without punctuation.
pub(crate) fn is_signature(text: &str) -> bool {
    let t = trim(text);
    if is_date_line(t) {
        return true;
    }
    if t.is_empty() || char_len(t) > 40 || recognise(t).is_some() {
        return false;
    }
    let has_punct = norm_chars(t).iter().any(|&c| {
        matches!(
            c,
            '。' | ',' | ';' | ':' | '!' | '?' | '、' | '“' | '”' | '(' | ')' | '《' | '》'
        )
    });
    !has_punct && ORG_SUFFIXES.iter().any(|s| t.ends_with(s))
}

/// Title-like: not numbered, no sentence end, not too long.
fn is_title_like(text: &str) -> bool {
    let n = norm_chars(trim(text));
    let Some(&last) = n.last() else { return false };
    !matches!(last, '。' | ':' | ';' | ',' | '!' | '?')
        && n.len() <= 100
        && !n.iter().any(|c| matches!(c, '。' | ',' | ';'))
        && recognise(text).is_none()
}

fn is_title_end(text: &str) -> bool {
    ["通报", "公告", "公示", "报告", "情况", "的函", "通知"]
        .iter()
        .any(|s| trim(text).ends_with(s))
}

/// Classifies every line.
pub(crate) fn classify(lines: &[Line]) -> Vec<LineRole> {
    let mut roles: Vec<LineRole> = lines
        .iter()
        .map(|l| {
            if l.text.is_empty() {
                LineRole::Empty
            } else if is_clutter(&l.text) {
                LineRole::Clutter
            } else if is_pubinfo(&l.text) {
                LineRole::PubInfo
            } else {
                LineRole::Content
            }
        })
        .collect();

    // The title: the first content line, if it looks like one; a second line
    // continues it when the first does not end like a title and the second does.
    if let Some(i) = roles.iter().position(|r| *r == LineRole::Content) {
        if is_title_like(&lines[i].text) {
            roles[i] = LineRole::Title;
            if !is_title_end(&lines[i].text) {
                if let Some(j) = (i + 1..lines.len()).find(|&j| roles[j] != LineRole::Empty) {
                    let t = &lines[j].text;
                    if roles[j] == LineRole::Content
                        && is_title_like(t)
                        && is_title_end(t)
                        && char_len(t) <= 50
                    {
                        roles[j] = LineRole::Title;
                    }
                }
            }
        }
    }

    // The signature: date and issuer lines at the very end.
    let mut found = 0;
    for i in (0..lines.len()).rev() {
        match roles[i] {
            LineRole::Empty | LineRole::Clutter | LineRole::PubInfo => continue,
            LineRole::Content if found < 4 && is_signature(&lines[i].text) => {
                roles[i] = LineRole::Signature;
                found += 1;
            }
            _ => break,
        }
    }
    roles
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clutter_and_pubinfo() {
        assert!(is_clutter("登录 繁体版 长者助手 无障碍辅助浏览"));
        assert!(is_clutter("当前位置:首页 > 政务动态"));
        assert!(is_clutter("【打印本页】【关闭窗口】"));
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
    }

    #[test]
    fn splits_all_line_ends() {
        let l = split_lines("a\r\nb\rc\n\nd");
        let t: Vec<_> = l.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(t, ["a", "b", "c", "", "d"]);
    }
}
