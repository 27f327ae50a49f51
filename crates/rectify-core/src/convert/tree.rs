//! Building the tree from paragraphs with a stack of label styles: a style
//! already on the stack closes the levels above it and adds a sibling; a new
//! style opens a child level; a `（一）` right under a grouping heading of
//! its own style opens a child too (numbering reused one level deeper). `第一部分` (`第二篇`, …; only the lines
//! [`super::parts`] finds in a sequence) always starts a top-level node, `一、` a top-level one or one under the open part. A
//! paragraph without a label goes to the body of the current node (joined
//! with a blank line); before the first label it is preamble; closing
//! paragraphs (公开期限, 联系电话, …) are collected separately. A paragraph
//! keyed `整改措施:` under a problem opens a node of its measures.

use super::inline_items::Piece;
use super::shape::is_group_title;
use crate::model::NodeKind;
use crate::text::label::{is_about_heading, is_about_title, recognise, split_title, LabelStyle};
use crate::text::{norm_chars, slice, starts_at};

/// A paragraph: one non-empty content line, or a piece of one that lists
/// problems inside it ([`super::inline_items`]).
#[derive(Debug, Clone)]
pub(crate) struct Para {
    pub line: u32,
    /// The last line of the text it holds: `line` unless lines wrapped on
    /// a page were joined into it (`wrapped`).
    pub last_line: u32,
    pub text: String,
    pub piece: Piece,
}

impl Para {
    /// A whole paragraph of one line.
    pub(crate) fn new(line: u32, text: String) -> Para {
        Para {
            line,
            last_line: line,
            text,
            piece: Piece::Whole,
        }
    }

    /// Whether `next` starts on the line right after this one ends: no
    /// empty line between them.
    pub(crate) fn right_above(&self, next: &Para) -> bool {
        next.line == self.last_line + 1
    }

    /// Whether an empty line (or more) parts this from `next`, below it.
    pub(crate) fn apart_from(&self, next: &Para) -> bool {
        next.line > self.last_line + 1
    }
}

/// The paragraph cut before each of `starts` (bytes, ascending, none at
/// 0) into pieces on its line, each trimmed, pushed to `out`: the text is
/// cut, never copied twice.
pub(crate) fn cut_at(p: &Para, starts: &[usize], out: &mut Vec<Para>) {
    let froms = std::iter::once(0).chain(starts.iter().copied());
    let tos = starts.iter().copied().chain([p.text.len()]);
    for (from, to) in froms.zip(tos) {
        out.push(Para {
            line: p.line,
            last_line: p.last_line,
            text: p.text[from..to].trim().to_string(),
            piece: p.piece,
        });
    }
}

/// Paragraphs numbered from line 1, one per line of text (tests).
#[cfg(test)]
pub(crate) fn paras(lines: &[&str]) -> Vec<Para> {
    lines
        .iter()
        .enumerate()
        .map(|(i, t)| Para::new(i as u32 + 1, t.to_string()))
        .collect()
}

/// A node while building.
#[derive(Debug, Clone)]
pub(crate) struct TNode {
    pub style: Option<LabelStyle>,
    pub number: u32,
    pub label: String,
    pub title: String,
    pub body: String,
    pub line: u32,
    pub children: Vec<usize>,
    pub kind: NodeKind,
    pub id: String,
    /// For long-term nodes: the section keyword that made them long-term.
    pub long_term: Option<String>,
    /// A `整改情况:` paragraph was added to the body: the node is a problem.
    pub reported: bool,
    /// Paragraphs added after the heading's own line.
    pub paragraphs: u32,
    /// The words of a report on the whole list that speak for this item
    /// (`list_reports`): it is a problem, its state read from them.
    pub spoken_for: Option<String>,
    /// Its text speaks for the list before it by number (`list_reports`):
    /// a report on those problems, not a problem itself.
    pub speaks_for_list: bool,
    /// Where the report on the problem's state starts in its own title's
    /// sentence (`own_sentence`), in bytes.
    pub report_in_title: Option<u32>,
}

/// Where a paragraph went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Place {
    Preamble,
    Node(usize),
    Closing,
}

/// The built tree (an arena) plus the paragraphs outside it.
#[derive(Debug, Default)]
pub(crate) struct Tree {
    pub nodes: Vec<TNode>,
    pub roots: Vec<usize>,
    pub preamble: Vec<Para>,
    pub closing: Vec<Para>,
    /// For each paragraph, in order: where it went.
    pub placed: Vec<Place>,
    /// For each node: its title names a group of problems by their state
    /// (`需长期坚持整改的问题`, `state_groups`). Set by `roles` from the status
    /// rules; kept beside the nodes, not in them, to keep a node small.
    pub names_state_group: Vec<bool>,
    /// How many roots say by their titles that they hold the problems
    /// (`二、发现的问题及整改情况`). Set by `roles`, once.
    pub problem_sections: usize,
    /// For each node: it was opened under a bare measures key of its
    /// parent's (`整改措施：` › `1.…`), one of the parent's measures whatever
    /// its words. Beside the nodes, as above.
    pub under_measures_key: Vec<bool>,
    /// The key of marks that show items' states (`“√”为已办结，…`), if the
    /// notice prints one.
    pub marks: Vec<super::status_marks::Mark>,
    /// The findings listed first and answered apart by later paragraphs
    /// that name them (`answered`; their `spoken_for` holds the answer), in
    /// order of their index. Beside the nodes, as above.
    pub answered_apart: Vec<usize>,
}

const CLOSING_STRONG: &[&str] = &[
    "欢迎广大",
    "公开期限",
    "公示期限",
    "公示时间",
    "公开时间",
    "公示期间",
    "公示期内",
    "公示期：",
    "公示期:",
    "公示期为",
    "公开期为",
    "公示日期",
    "各位副主任",
    "各位委员",
];
const CLOSING_CONTACT: &[&str] = &[
    "联系电话",
    "电子邮箱",
    "电子信箱",
    "邮政信箱",
    "邮政编码",
    "通信地址",
    "来信来电",
];

/// A closing paragraph: how the public can comment. One strong keyword, a
/// paragraph that opens with the contact (`联系方式：…`) or a short one that
/// opens with a contact key (`联系电话：…`), two contact keywords (so that a
/// measure mentioning 电子邮箱 stays put),
/// or an invitation to oversee: a sentence opening with `欢迎` that asks
/// for 监督 or 意见 (`欢迎社会各界对…进行监督`), also after a concluding
/// sentence (`截至10月底，…已全部整改完毕。欢迎社会各界…监督`).
pub(crate) fn is_closing(text: &str) -> bool {
    let t = crate::text::trim(text);
    if is_salutation(t) {
        return false;
    }
    // `特此报告。`, `特此通报。`
    if t.starts_with("特此") && t.chars().count() <= 8 {
        return true;
    }
    let invites = t
        .split(['。', '！', '!'])
        .map(crate::text::trim)
        .any(|s| s.starts_with("欢迎") && (s.contains("监督") || s.contains("意见")));
    invites
        || opens_with_contact(t)
        || CLOSING_STRONG.iter().any(|k| text.contains(k))
        || CLOSING_CONTACT.iter().filter(|k| text.contains(*k)).count() >= 2
}

/// Words that ask the reader to call (`可拨打监督电话0796-7312345反映`).
const CALL_INVITATIONS: &[&str] = &["可拨打", "请拨打", "欢迎拨打", "可致电", "请致电"];

/// The most characters between the invitation and the number.
const MAX_CALL_GAP_CHARS: usize = 12;

/// A sentence that invites the reader to call a number (`据悉，群众…有意见
/// 建议的，可拨打监督电话0796-7312345反映。`), as a news report closes after
/// its items; not a measure that publishes one (`公布监督举报电话`).
fn invites_a_call(t: &str) -> bool {
    CALL_INVITATIONS.iter().any(|w| {
        t.match_indices(w).any(|(at, _)| {
            t[at + w.len()..]
                .chars()
                .take(MAX_CALL_GAP_CHARS)
                .any(|c| c.is_ascii_digit())
        })
    })
}

/// A paragraph that opens with the contact (`联系方式：电话…，邮箱…`,
/// `联系电话：0898-12345678`): any contact key, or a short paragraph that
/// is one entry of another (`邮政编码：410000`), not a measure that
/// mentions one.
fn opens_with_contact(t: &str) -> bool {
    // `（联系人：刘某某，联系电话：0794-8221234）`: a note of the contact.
    let t = t.strip_prefix(['（', '(']).unwrap_or(t);
    let short = t.chars().count() <= MAX_CONTACT_LINE_CHARS;
    // `联系人：办公室 张某　电话：0000-81110006`, `电话：0000-1234`
    let person = (t.starts_with("联系人") && t.contains("电话")) || t.starts_with("电话");
    ["联系方式", "联系电话", "监督电话", "举报电话"]
        .iter()
        .any(|k| t.starts_with(k))
        || (short && (person || CLOSING_CONTACT.iter().any(|k| t.starts_with(k))))
}

/// The most groups, and items in each, looked at for a list of one-line
/// items before the next steps (a bound on the work per paragraph).
const MAX_BARE_GROUPS: usize = 20;
const MAX_BARE_ITEMS: usize = 100;

/// Words a paragraph on the next steps opens with.
const NEXT_STEP_OPENINGS: &[&str] = &["下一步", "下步", "下一阶段", "下阶段", "今后", "接下来"];

/// A paragraph that opens on the next steps (`下一步，局党组将…`).
fn opens_next_steps(text: &str) -> bool {
    let t = crate::text::without_heading_bar(crate::text::trim(text));
    NEXT_STEP_OPENINGS.iter().any(|w| t.starts_with(w))
}

/// Words of the states next steps name problems by (`已完成`, `正在`,
/// `长期`), one group per state.
const STATE_GROUPS: &[&[&str]] = &[
    &["已完成", "已整改", "完成整改"],
    &["正在", "推进中", "未完成"],
    &["长期"],
];

/// Next steps for every problem, named by two of their states or more
/// (`下一步，…对已完成的整改事项适时开展“回头看”，对正在整改的事项紧盯时间
/// 节点，对需长期坚持的事项建立长效机制…`): the notice's, not the last
/// problem's.
fn next_steps_for_all(text: &str) -> bool {
    let named = STATE_GROUPS
        .iter()
        .filter(|g| g.iter().any(|w| text.contains(w)))
        .count();
    opens_next_steps(text) && (named >= 2 || names_them_all(text))
}

/// Words that take the items above as a whole (`对上述3个村`, `以上问题`).
const ALL_ABOVE: &[&str] = &["上述", "以上"];

/// The first sentence takes the items above as a whole (`下一步，镇纪委将
/// 持续加强对上述3个村巡察整改的日常监督…`).
fn names_them_all(text: &str) -> bool {
    let first = text.split('。').next().unwrap_or(text);
    ALL_ABOVE.iter().any(|w| first.contains(w))
}

/// A paragraph of one contact entry is at most this long.
const MAX_CONTACT_LINE_CHARS: usize = 40;

/// A paragraph that sums the whole report up (`截至目前，巡察反馈的5个问题已
/// 完成3个，其余2个正在按计划推进。`) after the last item, with no heading
/// after it: the closing, not the last measure's text (whose state it
/// would decide). Not a problem's report (`整改情况：…`) or measures
/// (`整改措施：…`), nor a part's count (`该方面…`).
pub(crate) fn is_closing_summary(text: &str) -> bool {
    // A problem's report or its measures (`整改措施：…已完成清查31个，…5个
    // 项目已移交…`).
    if is_rectification_report(text) || opens_measures(text) {
        return false;
    }
    if sums_up_the_items(text) {
        return true;
    }
    crate::text::totals_choice::reads_report_wide(text)
        && crate::text::totals::find(&[(0, text)]).is_some_and(|t| t.total.is_some())
}

/// The notice's last paragraph, after its last item, counting every
/// problem by its state (`截至10月31日，4个问题中已完成整改2个，正在整改
/// 1个，长期坚持1个。`): the closing, though it names no scope.
fn sums_up_at_the_end(text: &str) -> bool {
    // `该问题涉及整改任务3项，已完成2项…`: one problem's tally.
    let one = after_reference(crate::text::trim(text)).is_some();
    !one && !is_rectification_report(text)
        && !opens_measures(text)
        && crate::text::totals_choice::counts_every_problem(text)
}

/// Words that take every item listed above as one whole (`上述事项中`).
const ALL_ITEMS: &[&str] = &[
    "上述问题中",
    "上述事项中",
    "以上问题中",
    "以上事项中",
    "上述各项中",
    "上述整改事项中",
    "上述整改任务中",
];

/// A paragraph that goes through the items listed above and says what
/// became of the rest (`截至4月30日，上述事项中，…两项仍在推进…；…需长期
/// 坚持；其余各项均已完成。`): about them all, not one item's text.
pub(crate) fn sums_up_the_items(text: &str) -> bool {
    items_named_after(text).is_some()
}

/// The text after the words that take every item as one whole, in a
/// paragraph that says what became of the rest (normalised): the clauses
/// that name items (`…两项仍在推进…；…需长期坚持；其余各项均已完成。`).
pub(crate) fn items_named_after(text: &str) -> Option<String> {
    let n: String = norm_chars(text).into_iter().collect();
    let at = ALL_ITEMS
        .iter()
        .find_map(|w| n.find(w).map(|i| i + w.len()))?;
    let rest = n[at..].trim_start_matches([',', ' ']);
    (rest.contains("其余") || rest.contains("其他")).then(|| rest.to_string())
}

/// `主任、各位副主任、秘书长、各位委员：`: the address that opens a report
/// (short, ending with a colon), not the closing, though it names the same
/// audience as the closing address.
fn is_salutation(t: &str) -> bool {
    t.chars().count() <= 40 && t.ends_with(['：', ':'])
}

/// `整改情况:` and the like: the report on a problem, kept in its body.
pub(crate) fn is_rectification_report(text: &str) -> bool {
    super::report_text::opens_with_report_key(text)
}

/// A short sentence without figures that only states where the work
/// stands (`目前，该问题已完成整改。`, `该问题正在整改中。`), dates aside
/// (`目前正在推进，计划2027年6月底前完成。`).
pub(crate) fn is_state_summary(text: &str) -> bool {
    let n: String = norm_chars(text).into_iter().collect();
    let t = n.trim().trim_end_matches(['。', '.', ';']);
    t.chars().count() <= 30
        && !t.contains('。')
        && !counts_anything(t)
        && super::shape::names_state(t)
}

/// Digits other than a deadline's (`2027年6月底前`, `6月30日`, `年底`):
/// figures, a bare year among them (`2024年审计指出的…`).
fn counts_anything(t: &str) -> bool {
    let chars: Vec<char> = t.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let end = (i..chars.len())
            .find(|&k| !chars[k].is_ascii_digit())
            .unwrap_or(chars.len());
        let dated = match chars.get(end) {
            Some('月' | '日' | '号') => true,
            Some('年') => chars
                .get(end + 1)
                .is_some_and(|c| c.is_ascii_digit() || *c == '底'),
            _ => false,
        };
        if !dated {
            return true;
        }
        i = end;
    }
    false
}

/// A heading of the next steps (`下一步工作打算`, `下步工作安排`), a part of
/// the notice of its own.
fn names_next_steps(title: &str) -> bool {
    let t = split_title(title).0;
    t.chars().count() <= 12 && ["下一步", "下步", "打算"].iter().any(|w| t.contains(w))
}

/// Words that open a paragraph about the problem itself (`该问题…`).
const PROBLEM_REFERENCES: &[&str] = &[
    "该问题",
    "此问题",
    "这一问题",
    "该项问题",
    "此项整改",
    "该项整改",
];

/// Words naming the item a list is about, only right before its state
/// (`此项正在整改中，预计…完成。`; not `该项工作需长期坚持`).
const ITEM_REFERENCES: &[&str] = &["此项", "该项"];

/// A paragraph that calls the work long-term and reports no result of its
/// own (`森林防火工作需长期坚持，我镇将常态化抓好…`, `…是一项长期任务，
/// 局党组将坚持常抓不懈`): after a finding's measures, the finding's own
/// conclusion.
pub(crate) fn concludes_long_term_work(text: &str) -> bool {
    // Not a note of the deadline (`整改时限：长期坚持。`), nor a report that
    // states the work under way (`…需长期坚持，正在整改。`).
    super::report_text::long_term_clause(text).is_some()
        && crate::text::results::result_in(text).is_none()
        && !text.contains(['已', '：', ':'])
        && !text.contains("正在")
}

/// The clause after the words naming the problem it opens with, if any.
fn after_reference(clause: &str) -> Option<&str> {
    PROBLEM_REFERENCES
        .iter()
        .find_map(|w| clause.strip_prefix(w))
        .or_else(|| {
            ITEM_REFERENCES
                .iter()
                .find_map(|w| clause.strip_prefix(w))
                .filter(|rest| super::own_sentence::opens_with_state_word(rest))
        })
}

/// A paragraph that names its problem at the start of a clause and then
/// states where its work stands (`该问题涉及信息系统改造，目前尚未启动，…`,
/// `作风建设需久久为功，此项整改长期坚持。`, `该问题已完成阶段性整改任务，
/// 将…持续推进`): the problem's report, whatever its length.
pub(crate) fn names_its_problem(text: &str) -> bool {
    let t = crate::text::trim(text);
    let clauses: Vec<&str> = t.split(['，', '。', '；']).map(crate::text::trim).collect();
    clauses
        .iter()
        .position(|c| after_reference(c).is_some())
        .is_some_and(|k| {
            // `该问题已完成阶段性整改任务`: the state after the reference.
            let first = after_reference(clauses[k]).unwrap_or(clauses[k]);
            std::iter::once(first)
                .chain(clauses[k..].iter().copied())
                .any(super::own_sentence::is_state_clause)
        })
}

/// A state summary whose other clauses only set the time or name the item
/// (`目前，该问题已完成整改。`): a paragraph of its own after a list of
/// headings speaks for the heading over them. `班子成员签订责任书，建立台账，
/// 已整改完成。` reports work done: after a heading it is that heading's text.
/// A statement of state that says it covers every item (`均已整改`,
/// `以上问题已全部整改`).
fn says_all(text: &str) -> bool {
    ["均", "全部", "以上", "上述", "都已"]
        .iter()
        .any(|w| text.contains(w))
}

fn is_bare_state_summary(text: &str) -> bool {
    let n: String = norm_chars(text).into_iter().collect();
    let only_state = n
        .trim()
        .trim_end_matches(['。', '.', ';'])
        .split([',', ';'])
        .filter(|c| !super::shape::names_state(c))
        .all(|c| c.chars().count() <= MAX_SUMMARY_LEAD_CHARS);
    only_state && is_state_summary(text)
}

/// The longest clause beside the state in a bare statement of state
/// (`截至目前`, `该问题`; characters).
const MAX_SUMMARY_LEAD_CHARS: usize = 6;

/// Keys of a paragraph that states a problem's measures.
const MEASURE_KEYS: &[&str] = &[
    "整改措施:",
    "整改举措:",
    // A 专项整治's measures.
    "整治措施:",
    "整治举措:",
    "【整改措施】",
    "【整改举措】",
    // `问题：…` › `措施：…` › `进展：…`: the short key.
    "措施:",
    "举措:",
    "【措施】",
];

/// `整改措施：修订…`: the key as printed and the text after it, when a
/// paragraph opens with a measures key and says more (a bare `整改措施：`
/// above numbered measures stays text).
fn measures_key(text: &str) -> Option<(String, String)> {
    let n = norm_chars(text);
    let key = MEASURE_KEYS.iter().find(|k| starts_at(&n, 0, k))?;
    let len = key.chars().count();
    let orig: Vec<char> = text.chars().collect();
    let rest = slice(&orig, len, orig.len());
    let rest = rest.trim_matches(crate::text::is_ws);
    (!rest.is_empty()).then(|| (slice(&orig, 0, len), rest.to_string()))
}

/// A paragraph that states measures (`整改措施：修订…`, or a bare
/// `整改措施：` above a list).
pub(crate) fn opens_measures(text: &str) -> bool {
    measures_key(text).is_some() || is_bare_measures_key(text)
}

/// `整改措施：` alone on its line, above the measures it introduces.
pub(crate) fn is_bare_measures_key(text: &str) -> bool {
    let n: String = norm_chars(crate::text::trim(text)).into_iter().collect();
    MEASURE_KEYS.contains(&n.as_str())
}

/// The most depths one numbering style is open at (`1.` for areas,
/// problems and measures).
const MAX_STYLE_DEPTHS: usize = 3;

/// Node `n`'s paragraphs are only notes on it (`责任部门：…`, `整改时限：…`).
fn notes_only(n: &TNode) -> bool {
    n.body
        .split("\n\n")
        .all(|p| p.trim().is_empty() || crate::text::owners::is_note_paragraph(p))
}

/// The longest key of a note (`整改完成时限`), in characters.
const MAX_NOTE_KEY_CHARS: usize = 10;

/// `责任单位:…`, `整改时限:…`, also with more words before a known key
/// (`整改完成时限:…`, `牵头责任部门:…`): a note on the problem, not on the
/// last measure.
pub(crate) fn is_problem_note(text: &str) -> bool {
    let n = norm_chars(text);
    // `【责任科室】党委办公室`: the key in brackets, as a phone article sets it.
    let (start, close) = if n.first() == Some(&'【') {
        (1, '】')
    } else {
        (0, ':')
    };
    let Some(colon) = n
        .iter()
        .take(MAX_NOTE_KEY_CHARS + 1 + start)
        .position(|&c| c == close)
    else {
        return false;
    };
    let key: String = n[start..colon].iter().collect();
    if key.chars().any(|c| !('\u{4e00}'..='\u{9fff}').contains(&c)) {
        return false;
    }
    // A bracketed key of the problem's own parts (`【问题描述】`) opens a
    // card: only owners and deadlines are notes in brackets.
    crate::text::owners::ends_with_owner_key(&key)
        || crate::text::owners::ends_with_deadline_key(&key)
        || start == 0
            && ["问题表现", "存在问题", "问题描述", "整改目标", "整改措施"]
                .iter()
                .any(|k| key.ends_with(k))
}

/// Words that state a shortcoming, as problem titles do.
pub(crate) const SHORTCOMING: &[&str] = &[
    "问题",
    "不到位",
    "不够",
    "不足",
    "不力",
    "不严",
    "不规范",
    "不深入",
    "不完善",
    "不健全",
    "不及时",
    "不精准",
    "不扎实",
    "不充分",
    "缺乏",
    "薄弱",
    "欠缺",
    "偏差",
    "滞后",
    "短板",
    "差距",
    "不彻底",
    "不平衡",
    // `落实中央八项规定精神有松懈现象`, `…监管存在盲区`, `…后期管护缺位`.
    "松懈",
    "盲区",
    "缺位",
    "流于形式",
    "漏洞",
    "弱化",
    "走过场",
    "现象",
    // `投诉举报处置效率不高`, `执法规范化程度有待提升`, `主体责任压得不实`,
    // `培训针对性不强`, `满意率偏低`, `反映渠道不畅`.
    "不高",
    "有待",
    "不实",
    "不强",
    "偏低",
    "偏高",
    "不畅",
    // Oversight too lax (`监督管理偏松偏软`, `失之于宽、失之于软`).
    "偏松",
    "偏软",
    "失之于",
];

/// A title that states a shortcoming in a word of [`SHORTCOMING`] other
/// than `问题` (`对需长期坚持的制度执行不严`): a problem's statement, whose
/// long-term words describe the problem, not the role of a section
/// (`需长期整改的问题`).
pub(crate) fn states_shortcoming(title: &str) -> bool {
    SHORTCOMING
        .iter()
        .any(|w| *w != "问题" && title.contains(w))
}

/// A heading that names one problem (`关于“…”问题`, `问题一：`, a title
/// stating a shortcoming: `档案管理不规范的问题`), not a kind of problems
/// (`共性问题`) nor a group (`全面从严治党不力方面`).
fn names_one_problem(node: &TNode) -> bool {
    if is_group_title(&node.title) || crate::text::label::names_a_class(&node.label) {
        return false;
    }
    // `关于“党的领导作用发挥不够充分”的反馈意见`: a shortcoming in quotes
    // is the name of a category of findings, not one problem's statement.
    let unquoted = without_quoted(&node.title);
    is_about_title(&node.title)
        || matches!(node.style, Some(LabelStyle::Wenti | LabelStyle::About))
        || states_shortcoming(&unquoted)
        || ends_with_shortcoming(node)
}

/// A heading that names a category of findings by quoting the feedback
/// (`关于“全面从严治党主体责任落实不到位”的问题`): the shortcoming is
/// only inside the quotes.
pub(crate) fn names_quoted_category(title: &str) -> bool {
    let unquoted = without_quoted(title);
    is_about_title(title) && unquoted.len() < title.len() && !states_shortcoming(&unquoted)
}

/// The text without what is inside quotation marks (`“…”`, `"…"`, `「…」`).
pub(crate) fn without_quoted(text: &str) -> String {
    let mut depth = 0u32;
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '“' | '「' | '『' => depth += 1,
            '”' | '」' | '』' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// The longest tail (characters) of a title that may hold the shortcoming
/// it ends with (`…储备不足。`, `…落实不够有力。`).
const SHORTCOMING_TAIL_CHARS: usize = 6;

/// A numbered item (not a measure's numbering) whose title ends by stating
/// a shortcoming (`1.重大项目谋划储备不足。`), as a finding does and a
/// measure (`1.建立…制度。`) does not.
fn ends_with_shortcoming(node: &TNode) -> bool {
    let numbered = node
        .style
        .is_some_and(|s| !s.is_measure() && s != LabelStyle::About);
    numbered && title_ends_with_shortcoming(&node.title)
}

/// A title whose last words state a shortcoming (`…储备不足。`,
/// `…主体责任压得不实`).
pub(crate) fn title_ends_with_shortcoming(title: &str) -> bool {
    let t: Vec<char> = title
        .trim_end_matches(['。', '.', '；', ';'])
        .chars()
        .collect();
    let tail: String = t[t.len().saturating_sub(SHORTCOMING_TAIL_CHARS)..]
        .iter()
        .collect();
    let tail_chars: Vec<char> = tail.chars().collect();
    // `…不优`, `…不强`, `…未落实`: a negation before the last words.
    let negated = tail_chars
        .iter()
        .rev()
        .skip(1)
        .take(3)
        .any(|c| matches!(c, '不' | '未'));
    negated
        || SHORTCOMING_ENDINGS.iter().any(|w| tail.ends_with(w))
        || SHORTCOMING.iter().any(|w| *w != "问题" && tail.contains(w))
}

/// Endings that state a shortcoming without a negation (`…偏少`, `…存在
/// 盲区`, `…任职时间过长`, `…专业人才短缺`).
const SHORTCOMING_ENDINGS: &[&str] = &[
    "偏少", "偏低", "偏高", "偏慢", "较差", "较弱", "较低", "缺失", "缺位", "空白", "盲区", "漏洞",
    "隐患", "短板", "弱化", "虚化", "形式", "过长", "过多", "过大", "过高", "短缺", "混乱", "松散",
    "随意",
];

/// A title naming the problems of a domain (`1.贯彻落实上级决策部署方面的
/// 问题`): a group's, as `（一）关于…的问题` is.
pub(crate) fn names_domains_problems(title: &str) -> bool {
    let t = title.trim_end_matches(['。', '.', '：', ':']);
    let t = t.strip_suffix("问题").unwrap_or(t);
    let t = t.strip_suffix('的').unwrap_or(t);
    // `…不够有力类问题`: a class of them.
    t.len() < title.len() && (super::shape::names_domain(t) || t.ends_with('类'))
}

/// A heading that names a problem by its own words.
pub(crate) fn names_problem(node: &TNode) -> bool {
    names_problem_in_words(node) || node.reported || node.spoken_for.is_some()
}

/// [`names_problem`] by the node's own words and label only, whatever
/// report was placed after it.
pub(crate) fn names_problem_in_words(node: &TNode) -> bool {
    // `（一）关于…方面（反馈问题5个，已完成整改3个）`: a note counting the
    // group's problems names none.
    let named = super::shape::without_trailing_note(node.title.trim());
    let t = named.trim_end_matches(['。', '.', '；', ';']);
    let head: String = norm_chars(&node.title).into_iter().take(4).collect();
    // `三、关于巡视移交问题线索办理情况`: about the handling of something,
    // a section's title, not a problem's; `会同…召开协调会，推动解决…问题`:
    // work on problems, a measure's.
    (is_about_title(t) && !t.ends_with("情况"))
        || (t.ends_with("问题")
            && !work_on_problems(t)
            && !names_findings_at_large(t)
            && !super::own_sentence::acts_first(t))
        || head.starts_with("问题:")
        || stated_by_key(&node.label)
        || node.style == Some(LabelStyle::Wenti)
}

/// A paragraph that opens naming some of the items above it by number
/// (`其中第2个问题正在推进`, `其中第1、3项…`): the highest number named.
fn among_items(text: &str) -> Option<u32> {
    let n = norm_chars(crate::text::trim(text));
    // `截至目前，第1、3项已完成整改，…`: or after the time it is said at.
    let timed = ["截至目前,", "目前,", "截至目前"]
        .iter()
        .find(|w| starts_at(&n, 0, w))
        .map(|w| w.chars().count());
    let at = match timed {
        Some(at) => at,
        None if starts_at(&n, 0, "其中,") => 3,
        None if starts_at(&n, 0, "其中") => 2,
        None => return None,
    };
    if n.get(at) != Some(&'第') {
        return None;
    }
    let (numbers, end) = super::references::numbers_at(&n, at)?;
    // `第2个问题`, `第1、3项`: counted items, not `第二季度`.
    let names =
        starts_at(&n, end, "问题") || matches!(n.get(end.wrapping_sub(1)), Some('个' | '项'));
    names.then(|| numbers.into_iter().max()).flatten()
}

/// A paragraph that opens pointing back at the items above it
/// (`上述4个问题中，…`, `目前，上述3个问题均已整改到位。`): how many it
/// says they are (0 when it names no count).
pub(crate) fn pointed_back(text: &str) -> Option<u32> {
    let n: String = norm_chars(text).into_iter().collect();
    let t = n
        .trim_start_matches("目前,")
        .trim_start_matches("截至目前,");
    let rest = ["上述", "以上"].iter().find_map(|w| t.strip_prefix(w))?;
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let counted = !digits.is_empty() && rest[digits.len()..].starts_with(['个', '项']);
    Some(if counted {
        digits.parse().unwrap_or(0)
    } else {
        0
    })
}

/// Words that say who found problems and how (`审计发现的主要问题`,
/// `巡察反馈问题`, `存在的问题`): a title made only of them and `问题`
/// names the findings at large, no shortcoming of its own.
const FINDING_WORDS: &[&str] = &[
    "审计", "巡察", "巡视", "督查", "督察", "检查", "本次", "此次", "发现", "指出", "反馈", "查出",
    "反映", "存在", "的", "主要", "突出", "具体", "有关", "相关",
];

/// The title is only [`FINDING_WORDS`] before its `问题`.
pub(super) fn names_findings_at_large(title: &str) -> bool {
    let mut rest = title.trim().trim_end_matches("问题");
    while let Some(r) = FINDING_WORDS.iter().find_map(|w| rest.strip_prefix(w)) {
        rest = r;
    }
    rest.is_empty()
}

/// A heading of the work, in parallel short clauses opening with a
/// measure's verb, whose last words name the problems it works on
/// (`（一）坚持深入查摆，精准检视问题。`): no problem of its own.
fn work_on_problems(title: &str) -> bool {
    let clauses: Vec<&str> = title.split(['，', ',']).collect();
    (2..=3).contains(&clauses.len())
        && clauses.iter().all(|c| c.chars().count() <= 10)
        && super::own_sentence::is_action(clauses[0])
}

/// The counts of two items or more that a paragraph's summary sentences
/// state (`…4个问题已完成整改2个…` → 4).
fn counts_of_items(line: u32, text: &str) -> Vec<u32> {
    crate::text::totals::find_all(&[(line, text)])
        .iter()
        .filter_map(counted_items)
        .filter(|&n| n >= 2)
        .collect()
}

/// The number of items a summary sentence counts: its total, else the sum
/// of its parts.
fn counted_items(t: &crate::model::StatedTotals) -> Option<u32> {
    t.total.or_else(|| {
        let parts = [t.done, t.in_progress, t.long_term, t.not_started];
        parts.iter().flatten().copied().reduce(u32::saturating_add)
    })
}

fn append_body(node: &mut TNode, text: &str) {
    if node.title.is_empty() && node.body.is_empty() {
        let (t, b) = split_title(text);
        node.title = t;
        node.body = b;
    } else if node.body.is_empty() {
        node.body = text.to_string();
    } else {
        node.body.push_str("\n\n");
        node.body.push_str(text);
    }
}

/// The most items before a reported one looked at to see that they all
/// state findings (a window, so that a long list is read in linear time).
const MAX_FINDINGS_LOOKED_AT: usize = 20;

/// Builds the tree. Kinds and ids are assigned later (see `roles`).
pub(crate) fn build(paras: &[Para]) -> Tree {
    let mut builder = Builder::default();
    let parts = super::parts::headings(paras);
    // `二、整治事项进展` › `第一部分　职业健康检查` › `①…`: parts that
    // come after a `一、` heading are its subdivisions, not above it.
    let first_dun = paras
        .iter()
        .position(|p| recognise(&p.text).is_some_and(|l| l.style == LabelStyle::ChineseDun));
    let texts: Vec<&str> = paras.iter().map(|p| p.text.as_str()).collect();
    builder.tree.marks = super::status_marks::key(texts.iter().copied());
    builder.inner_parts = parts
        .first()
        .zip(first_dun)
        .is_some_and(|(&part, dun)| dun < part);
    let decimals = super::decimal_labels::labels(paras);
    let bare = super::bare_numbers::labels(paras);
    let bracketed = super::bracket_headings::labels(paras);
    let rows = super::space_table::rows(paras);
    let bullets = super::bullets::labels(paras);
    let outline = super::outline_labels::labels(paras);
    let unnumbered = super::unnumbered_items::labels(paras);
    let worded = super::word_numbered::labels(paras);
    let word_groups = super::word_numbered::group_lines(paras, &worded);
    // A paragraph opened by the name of a unit whose findings are grouped
    // reports on them (`reports_by_unit`): it is not a unit-led item.
    let unit_names = super::unit_lists::names(paras);
    let mut units = super::unit_leads::labels(paras);
    units.retain(|l| named_unit(&unit_names, &paras[l.0].text).is_none());
    builder.unit_names = unit_names;
    let reported = super::reported_paragraphs::labels(paras);
    // Runs of lines each ending in its report, nothing labelled
    // (`reported_runs`): those are the problems, not plain paragraphs.
    let runs = super::reported_runs::labels(paras);
    if runs.is_empty() {
        units.extend(super::plain_problems::labels(paras, &reported));
    }
    // Each unit-led or plain item is one paragraph: what follows the last
    // of them, with no heading after it, is the closing (`请各单位举一反三…`).
    let closing_after = units
        .iter()
        .map(|l| l.0)
        .max()
        .filter(|&k| paras[k + 1..].iter().all(|p| heading_of(p).is_none()));
    let mut leads = super::lead_keys::labels(paras);
    leads.extend(units);
    leads.extend(super::about_leads::labels(paras));
    leads.extend(reported);
    if !runs.is_empty() {
        // A key that leads a problem (`反馈指出：…`) stays its label.
        let label_len = |i: usize| leads.iter().find(|l| l.0 == i).map_or(0, |l| l.2);
        leads = runs.iter().map(|&(i, n, _)| (i, n, label_len(i))).collect();
        builder.reported_runs = true;
    }
    // Title lines over paragraphs: the paragraphs are their text, whatever
    // other unnumbered items they would make — unless each problem is a
    // run ending in its report, whose short lines head areas, not problems.
    let (titled, spans) = if builder.reported_runs {
        Default::default()
    } else {
        super::titled_paragraphs::labels(paras)
    };
    leads.retain(|l| !spans.iter().any(|s| s.contains(&l.0)) && !word_groups.contains(&l.0));
    leads.sort_unstable_by_key(|l| l.0);
    leads.dedup_by_key(|l| l.0);
    let is_item = |i: usize| {
        leads.binary_search_by_key(&i, |l| l.0).is_ok()
            || recognise(&paras[i].text).is_some_and(|l| l.style == LabelStyle::About)
    };
    let (over_items, over_style) =
        super::plain_headings::over_items(paras, is_item, opens_next_steps);
    let plain = plain_lines(paras, &word_groups, &over_items);
    let findings = super::keyed_lists::finding_items(paras);
    for (i, p) in paras.iter().enumerate() {
        if closing_after.is_some_and(|k| i > k) {
            builder.in_closing = true;
        }
        builder.next_closes = paras.get(i + 1).is_none_or(|n| is_closing(&n.text));
        // Looked ahead only for the next steps it is needed for.
        builder.next_sums_up = opens_next_steps(&p.text)
            && paras
                .get(i + 1)
                .is_some_and(|n| sums_up_at_the_end(&n.text) || is_closing_summary(&n.text));
        builder.next_steps_list = opens_next_steps(&p.text)
            && heading_of(p).is_none()
            && list_up_to_closing(&paras[i + 1..]);
        builder.next_opens_measures = paras
            .get(i + 1)
            .is_some_and(|n| is_bare_measures_key(&n.text));
        builder.next_heading = next_heading_after(paras, i);
        // Looked ahead only for the measures key it is needed for.
        builder.next_measured = opens_measures(&p.text)
            .then(|| next_item_measured(paras, i))
            .flatten();
        if builder.add_piece(p) {
            continue;
        }
        let part = |h: &Heading| h.style != LabelStyle::Part || parts.binary_search(&i).is_ok();
        let glued = || {
            let k = decimals.binary_search_by_key(&i, |d| d.0).ok()?;
            Some(glued_heading(p, decimals[k].1, decimals[k].2))
        };
        // `【具体整改情况】` alone on its line over the items.
        let bracketed = || {
            let k = bracketed.binary_search_by_key(&i, |b| b.0).ok()?;
            Some(cut_heading(p, LabelStyle::ChineseDun, bracketed[k].1, 0))
        };
        // `10` alone after `01` … `09` alone.
        let bare = || {
            let k = bare.binary_search_by_key(&i, |b| b.0).ok()?;
            Some(cut_heading(p, LabelStyle::Arabic, bare[k].1, bare[k].2))
        };
        let row = || {
            let k = rows.binary_search_by_key(&i, |r| r.0).ok()?;
            Some(row_heading(p, rows[k].1))
        };
        let bullet = || {
            let k = bullets.binary_search_by_key(&i, |b| b.0).ok()?;
            let (_, number, len, style) = bullets[k];
            Some(cut_heading(p, style, number, len))
        };
        // A problem's title line, unnumbered: a problem statement, as
        // `问题一：` is.
        let titled_line = || {
            let k = titled.binary_search_by_key(&i, |t| t.0).ok()?;
            Some(cut_heading(p, LabelStyle::Wenti, titled[k].1, 0))
        };
        // `病灶一：…`: numbered after a word of the notice's own.
        let word_numbered = || {
            let k = worded.binary_search_by_key(&i, |w| w.0).ok()?;
            let (_, number, len) = worded[k];
            Some(cut_heading(p, LabelStyle::Wenti, number, len))
        };
        let lead = || {
            let k = leads.binary_search_by_key(&i, |b| b.0).ok()?;
            Some(cut_heading(p, LabelStyle::Lead, leads[k].1, leads[k].2))
        };
        let plain = || {
            let k = plain.binary_search_by_key(&i, |h| h.0).ok()?;
            let mut h = plain_heading(p, plain[k].1);
            if over_items.binary_search(&i).is_ok() {
                h.style = over_style;
            }
            Some(h)
        };
        let unnumbered = || {
            let k = unnumbered.binary_search_by_key(&i, |u| u.0).ok()?;
            let (_, style, number, len) = unnumbered[k];
            Some(cut_heading(p, style, number, len))
        };
        let outlined = || {
            let k = outline.binary_search_by_key(&i, |o| o.0).ok()?;
            let (_, style, number, len) = outline[k];
            let mut h = cut_heading(p, style, number, len);
            h.label.truncate(h.label.trim_end().len());
            Some(h)
        };
        match outlined()
            .or_else(|| heading_of(p).filter(part))
            .or_else(row)
            .or_else(glued)
            .or_else(bracketed)
            .or_else(bare)
            .or_else(bullet)
            .or_else(titled_line)
            .or_else(word_numbered)
            .or_else(lead)
            .or_else(plain)
            .or_else(unnumbered)
        {
            // `（一）峪泉县恒晟化工有限公司：第①项，…` after that unit's
            // group: a report on it (`reports_by_unit`), text, no heading.
            Some(h) if named_unit(&builder.unit_names, &h.rest).is_some_and(|g| g < i) => {
                builder.add_text(p, None)
            }
            // `反馈问题4：…` … `反馈问题7：…` › `整改落实情况：` › `问题4：制定…`:
            // a label that numbers a listed finding again answers it.
            Some(h) if builder.answered_item(&h).is_some() => builder.add_answer(p, &h),
            // `①…不够。` › `一是…；二是…；三是…。（已完成）`: a paragraph that
            // holds its whole list is the text of the `①` item it follows.
            // `具体表现：` › `1.…` `2.…` › `整改措施：` › `1.…`: the
            // findings listed under a problem are its text (`keyed_lists`).
            Some(h)
                if findings.binary_search(&i).is_ok()
                    || (lists_itself(&h)
                        && i > 0
                        && follows_measure_styled_item(&paras[i - 1], h.style)) =>
            {
                let next = paras.get(i + 1).and_then(heading_of);
                builder.add_text(p, next.map(|h| (h.style, h.number)))
            }
            Some(heading) => builder.add_heading(p, heading),
            None => {
                let next = paras.get(i + 1).and_then(heading_of);
                builder.add_text(p, next.map(|h| (h.style, h.number)))
            }
        }
    }
    builder.tree
}

/// A heading `一是…` (or `第一，…`) whose own text goes on to `二是…`: a
/// list within one paragraph, not the first of items in paragraphs.
fn lists_itself(h: &Heading) -> bool {
    let second = match h.style {
        LabelStyle::Shi => "二是",
        LabelStyle::Di => "第二",
        _ => return false,
    };
    h.number == 1 && h.rest.contains(second)
}

/// `above` is the heading of an item numbered as measures are (`①`), in
/// another style than `style`: measures listed under it in a paragraph
/// would number a third level of measures.
fn follows_measure_styled_item(above: &Para, style: LabelStyle) -> bool {
    heading_of(above).is_some_and(|a| a.style != style && a.style.is_measure())
}

/// The names of the units whose findings are grouped, with the paragraph
/// that heads each group.
type UnitNames = std::collections::HashMap<String, usize>;

/// The paragraph that heads the group of the unit a text opens with
/// (`梅岭镇：…`, `峪泉县恒晟化工有限公司：…`), if any.
fn named_unit(names: &UnitNames, text: &str) -> Option<usize> {
    if names.is_empty() {
        return None;
    }
    let (name, _) = super::unit_lists::opening_name(text)?;
    names.get(super::unit_lists::unit_name(&name)).copied()
}

/// The most findings a list answered label by label holds (`opens_answers`):
/// a bound on the work per answer.
const MAX_ANSWERED: usize = 200;

/// How many paragraphs after a report a list's next item may come: the
/// report's own lines (`阶段目标：…`, `责任单位：…`) lie between.
const NEXT_ITEM_WITHIN: usize = 4;

/// The numbering of the first heading among the few paragraphs after
/// `i`, before any other report.
fn next_heading_after(paras: &[Para], i: usize) -> Option<(LabelStyle, u32)> {
    paras
        .iter()
        .skip(i + 1)
        .take(NEXT_ITEM_WITHIN)
        .take_while(|p| !is_rectification_report(&p.text))
        .filter_map(heading_of)
        .find(|h| h.style != LabelStyle::Keyed)
        .map(|h| (h.style, h.number))
}

/// The next item after paragraph `i` (past keyed fields and reports,
/// within a few paragraphs) when the paragraph after it opens measures of
/// its own (`（2）…。` › `整改措施：…`).
fn next_item_measured(paras: &[Para], i: usize) -> Option<(LabelStyle, u32)> {
    let end = paras.len().min(i + 1 + NEXT_ITEM_WITHIN);
    let (k, h) = (i + 1..end)
        .filter_map(|k| heading_of(&paras[k]).map(|h| (k, h)))
        .find(|(_, h)| h.style != LabelStyle::Keyed)?;
    let measured = paras.get(k + 1).is_some_and(|p| opens_measures(&p.text));
    measured.then_some((h.style, h.number))
}

/// A paragraph that opens a node: a numbering label, or an unnumbered
/// problem heading (`关于“…”问题的整改`).
struct Heading {
    style: LabelStyle,
    number: u32,
    label: String,
    rest: String,
}

/// The paragraphs are a list of two items or more numbered from 1 in one
/// style, each one paragraph (`一是持续压实整改责任。…` `二是…`; not the
/// top level's `一、`), then only the closing (`欢迎…监督`) or nothing.
fn list_up_to_closing(rest: &[Para]) -> bool {
    let Some(first) = rest.first().and_then(heading_of) else {
        return false;
    };
    let items = rest
        .iter()
        .map_while(heading_of)
        .zip(1..)
        .take_while(|(h, k)| h.number == *k && h.style == first.style)
        .count();
    // `一、…` `二、…` open sections of their own.
    let top = matches!(first.style, LabelStyle::ChineseDun | LabelStyle::Part);
    items >= 2 && !top && rest[items..].iter().all(|p| is_closing(&p.text))
}

fn heading_of(p: &Para) -> Option<Heading> {
    match recognise(&p.text) {
        Some(l) => Some(Heading {
            style: l.style,
            number: l.number,
            label: l.text,
            rest: l.rest,
        }),
        None if is_about_heading(&p.text) => Some(Heading {
            style: LabelStyle::About,
            number: 0,
            label: String::new(),
            rest: p.text.clone(),
        }),
        None => None,
    }
}

/// `1.3个乡镇…` found to be item 1 of a list (`decimal_labels`): label
/// `1.`, the text after it.
fn glued_heading(p: &Para, number: u32, label_chars: usize) -> Heading {
    cut_heading(p, LabelStyle::Arabic, number, label_chars)
}

/// A heading whose label is the paragraph's first `label_chars` characters.
fn cut_heading(p: &Para, style: LabelStyle, number: u32, label_chars: usize) -> Heading {
    let chars: Vec<char> = p.text.chars().collect();
    Heading {
        style,
        number,
        label: slice(&chars, 0, label_chars),
        rest: slice(&chars, label_chars, chars.len()),
    }
}

/// Keys that open a problem's statement after its label (`1.【存在问题】…`,
/// `●问题：…`).
const STATEMENT_KEYS: &[&str] = &[
    "存在问题",
    "问题描述",
    "问题表现",
    "反馈问题",
    "主要问题",
    "具体问题",
    "问题",
];

/// `key` states a problem (`存在问题`, `反馈问题`).
pub(crate) fn is_statement_key(key: &str) -> bool {
    STATEMENT_KEYS.iter().any(|k| key.ends_with(k))
}

/// A label that ends with a statement key (`1.问题：`, `1.【存在问题】`,
/// moved there by [`move_statement_key`]); not a class's (`第二类问题：`).
fn stated_by_key(label: &str) -> bool {
    if crate::text::label::names_a_class(label) {
        return false;
    }
    let n: String = norm_chars(label).into_iter().collect();
    let key = n.trim_end_matches([':', '】']);
    key.len() < n.len() && is_statement_key(key)
}

/// A key that opens the text after the label (`【存在问题】档案…`,
/// `问题：档案…`) is part of the label, not of the problem's title: moved,
/// not dropped.
fn move_statement_key(h: &mut Heading) {
    let n = norm_chars(&h.rest);
    let (start, close) = if n.first() == Some(&'【') {
        (1, '】')
    } else {
        (0, ':')
    };
    let Some(key) = STATEMENT_KEYS
        .iter()
        .find(|k| starts_at(&n, start, k) && n.get(start + k.chars().count()) == Some(&close))
    else {
        return;
    };
    let len = start + key.chars().count() + 1;
    let chars: Vec<char> = h.rest.chars().collect();
    let rest = slice(&chars, len, chars.len());
    if rest.trim().is_empty() {
        return;
    }
    h.label.push_str(&slice(&chars, 0, len));
    h.rest = rest.trim_start_matches(crate::text::is_ws).to_string();
}

/// The group headings printed without a label (`plain_headings`), the
/// lines over the groups of a run numbered after a word (`word_numbered`)
/// and those over unnumbered items (`plain_headings::over_items`),
/// numbered in order.
fn plain_lines(paras: &[Para], word_groups: &[usize], over_items: &[usize]) -> Vec<(usize, u32)> {
    let mut lines: Vec<usize> = super::plain_headings::headings(paras)
        .into_iter()
        .map(|h| h.0)
        .collect();
    lines.extend(word_groups);
    lines.extend(over_items);
    lines.sort_unstable();
    lines.dedup();
    lines.into_iter().zip(1..).collect()
}

fn plain_heading(p: &Para, number: u32) -> Heading {
    Heading {
        style: LabelStyle::Plain,
        number,
        label: String::new(),
        rest: p.text.clone(),
    }
}

/// A row of a space-separated table (`space_table`): a numbered item
/// whose cells are joined by tabs, as a tab-separated row's are.
fn row_heading(p: &Para, number: u32) -> Heading {
    let (label, rest) = super::space_table::split_row(&p.text);
    Heading {
        style: LabelStyle::Arabic,
        number,
        label,
        rest,
    }
}

/// The first two characters of a title, normalised (`关于`, `“学`): what
/// tells two levels numbered alike apart.
fn opening(title: &str) -> String {
    norm_chars(crate::text::trim(title))
        .into_iter()
        .take(2)
        .collect()
}

/// The tree being built, with the open headings (innermost last).
#[derive(Default)]
struct Builder {
    tree: Tree,
    stack: Vec<usize>,
    in_closing: bool,
    /// The problems are runs of lines each ending in its report
    /// (`reported_runs`): a report is the open problem's.
    reported_runs: bool,
    /// The notice's `第一部分` parts sit under its `一、` sections.
    inner_parts: bool,
    /// The closing's list (`下一步…：` › `1.…`) is open, in this numbering.
    closing_list: Option<LabelStyle>,
    /// A list of problems inside a paragraph is open: the stack's length
    /// under its items, and the items (number, node).
    inline: Option<(usize, Vec<(u32, usize)>)>,
    /// The line of the paragraph that holds the open list.
    inline_line: u32,
    /// The items of the lists inside paragraphs closed so far, by the
    /// paragraph's line, for the paragraphs that answer them further on
    /// (`2、整改推进情况` › `针对第一个问题，…`).
    closed_inline: Vec<(u32, Vec<(u32, usize)>)>,
    /// The pieces of the paragraph (line) being added are read as text of
    /// this node.
    as_text: Option<(usize, u32)>,
    /// A bare `整改措施：` opened a list of this problem's measures: numbered
    /// items that continue it are its children, even in the problem's own
    /// numbering (`1.…问题` › `整改措施：` › `1.…` `2.…`), until a report
    /// (`整改进展：…`) or an item that does not continue it.
    measure_list: Option<usize>,
    /// After a bare report key that follows a list of findings
    /// ([`Builder::opens_answers`]): the list's heading (None for the
    /// roots), whose findings the next labels answer.
    answering: Option<Option<usize>>,
    /// The paragraph after the one being added is a bare `整改措施：`: a
    /// heading that continues both a measure list and the problems'
    /// numbering opens measures of its own, so it is the next problem.
    next_opens_measures: bool,
    /// The paragraph after the current one is the end of the text or its
    /// closing (`欢迎…监督，联系电话：…`).
    next_closes: bool,
    /// The paragraph after the current one, on the next steps, sums the
    /// whole report up (`反馈的6个问题中，已完成整改4个，…`).
    next_sums_up: bool,
    /// The current paragraph opens next steps (`下一步，厅党组将…`) that a
    /// list numbered from 1 (`一是…` `二是…`) goes on with up to the
    /// closing: the notice's next steps, after its last problem.
    next_steps_list: bool,
    /// The numbering of the next heading within a few paragraphs after the
    /// one being added (`一是…` › `整改情况：…` › `阶段目标：…` › `二是…`).
    next_heading: Option<(LabelStyle, u32)>,
    /// [`next_item_measured`] for the paragraph being placed.
    next_measured: Option<(LabelStyle, u32)>,
    /// The items of the list opened last (same heading, same numbering),
    /// in order, for reports printed apart that name them (`针对第1个问题：`),
    /// their heading, and the numberings of the headings above them.
    list: Vec<usize>,
    list_parent: Option<usize>,
    list_above: Vec<Option<LabelStyle>>,
    /// The numberings printed so far.
    styles_seen: std::collections::HashSet<LabelStyle>,
    /// The depth of the stack under a run of units' findings
    /// (`梅岭镇：一是…`, `unit_lists`): each unit's group opens there.
    group_depth: Option<usize>,
    /// The names of the units whose findings are grouped so far: a
    /// paragraph that opens with one (`梅岭镇：3个问题已全部整改到位。`)
    /// reports on them, it closes nothing.
    unit_names: UnitNames,
    /// How many units' groups are open so far (their number).
    groups_opened: u32,
}

impl Builder {
    /// A piece of a paragraph that lists problems inside it: the words
    /// that introduce a list go to the heading the paragraph is under, an
    /// item opens a problem under it, a report piece goes to its item.
    /// After the paragraph the list is closed. False for a whole paragraph.
    fn add_piece(&mut self, p: &Para) -> bool {
        if p.piece == Piece::Group {
            self.open_group(p);
            return true;
        }
        if p.piece == Piece::Whole {
            self.as_text = None;
            if let Some((depth, items)) = self.inline.take() {
                self.stack.truncate(depth);
                self.closed_inline.push((self.inline_line, items));
            }
            return false;
        }
        if let Some(i) = self.answered_later(p.piece) {
            append_body(&mut self.tree.nodes[i], &p.text);
            self.tree.nodes[i].paragraphs += 1;
            self.tree.nodes[i].reported = true;
            self.tree.placed.push(Place::Node(i));
            return true;
        }
        if let Some((i, _)) = self
            .as_text
            .filter(|a| a.1 == p.line && self.inline.is_none())
        {
            // The rest of a paragraph read as text: joined as printed.
            self.tree.nodes[i].body.push_str(&p.text);
            self.tree.placed.push(Place::Node(i));
            return true;
        }
        // Under a heading that names one problem (`1.档案管理不规范。` ›
        // `存在问题：①…；②…`) the numbers list its aspects or measures:
        // the paragraph is its text, whole.
        // Not when the heading is the same paragraph's opening
        // (`inline_items::titled_list`: findings brought in and answered
        // one by one).
        let top = self.stack.last().copied().filter(|&i| {
            let n = &self.tree.nodes[i];
            n.line != p.line
                && (n.style.is_some_and(|s| s.is_measure())
                    || (names_one_problem(n) && !n.title.contains("方面")))
        });
        if let Some(i) = top.filter(|_| self.inline.is_none()) {
            self.as_text = Some((i, p.line));
            append_body(&mut self.tree.nodes[i], &p.text);
            self.tree.nodes[i].paragraphs += 1;
            self.tree.placed.push(Place::Node(i));
            return true;
        }
        let depth = self.inline.as_ref().map_or(self.stack.len(), |l| l.0);
        let target = match p.piece {
            Piece::Item(number) => {
                self.stack.truncate(depth);
                // A list in the next paragraph is a list of its own.
                if self
                    .inline
                    .as_ref()
                    .is_some_and(|_| self.inline_line != p.line)
                {
                    if let Some((_, items)) = self.inline.take() {
                        self.closed_inline.push((self.inline_line, items));
                    }
                    self.inline = Some((depth, Vec::new()));
                    self.inline_line = p.line;
                }
                // `①`, `（1）` or `一是`.
                let mark = super::inline_items::mark_len(&p.text);
                let heading = Heading {
                    style: LabelStyle::Wenti,
                    number,
                    label: p.text.chars().take(mark).collect(),
                    rest: p.text.chars().skip(mark).collect(),
                };
                self.open_node(p, heading);
                let idx = self.tree.nodes.len() - 1;
                if self.inline.is_none() {
                    self.inline_line = p.line;
                }
                self.inline
                    .get_or_insert((depth, Vec::new()))
                    .1
                    .push((number, idx));
                return true;
            }
            Piece::Report(number) => self
                .inline
                .as_ref()
                .and_then(|l| l.1.iter().find(|x| x.0 == number))
                .map(|x| x.1),
            _ => None,
        };
        let target = target.or_else(|| depth.checked_sub(1).map(|d| self.stack[d]));
        match target {
            Some(i) => {
                append_body(&mut self.tree.nodes[i], &p.text);
                self.tree.nodes[i].paragraphs += 1;
                self.tree.nodes[i].reported |= matches!(p.piece, Piece::Report(_));
                self.tree.placed.push(Place::Node(i));
            }
            None => {
                self.tree.preamble.push(p.clone());
                self.tree.placed.push(Place::Preamble);
            }
        }
        true
    }

    /// A unit's name over its findings (`梅岭镇：`): a group heading, at
    /// the depth of the run's first, after closing the list before it.
    fn open_group(&mut self, p: &Para) {
        if let Some((depth, items)) = self.inline.take() {
            self.stack.truncate(depth);
            self.closed_inline.push((self.inline_line, items));
        }
        let depth = *self.group_depth.get_or_insert(self.stack.len());
        self.stack.truncate(depth);
        self.groups_opened += 1;
        let number = self.groups_opened;
        // The name as printed, its colon too (as `（一）澴水县。` keeps its
        // full stop).
        let heading = Heading {
            style: LabelStyle::Plain,
            number,
            label: String::new(),
            rest: crate::text::trim(&p.text).to_string(),
        };
        self.open_node(p, heading);
    }

    /// The item an answer further on (`针对第一个问题，…`) is on: in the
    /// open list, or in one closed before, by the line of its paragraph.
    fn answered_later(&self, piece: Piece) -> Option<usize> {
        let Piece::Answer(line, number) = piece else {
            return None;
        };
        let open = self
            .inline
            .as_ref()
            .filter(|_| self.inline_line == line)
            .map(|l| l.1.as_slice());
        let items = open.or_else(|| {
            self.closed_inline
                .iter()
                .rev()
                .find(|c| c.0 == line)
                .map(|c| c.1.as_slice())
        })?;
        items.iter().find(|x| x.0 == u32::from(number)).map(|x| x.1)
    }

    /// The open heading names an area and has no text yet (`（二）部门预算
    /// 执行审计方面`): the paragraph after it is its text, its count too.
    fn area_awaits_text(&self) -> bool {
        self.stack.last().is_some_and(|&i| {
            let n = &self.tree.nodes[i];
            n.body.is_empty() && n.children.is_empty() && super::shape::is_group_title(&n.title)
        })
    }

    /// A paragraph without a heading: the closing, more body of an open
    /// node, or the preamble.
    /// `next` is the numbering of the paragraph after `p`, if it opens a
    /// heading.
    fn add_text(&mut self, p: &Para, next: Option<(LabelStyle, u32)>) {
        // A summary that opens a top section's text (`三、整改落实情况` ›
        // `…经复查，16个问题中已整改到位12个…。` › `梅岭镇：…`) introduces
        // what follows under it; it closes nothing (unless nothing but the
        // closing follows).
        let opens_heading = matches!(self.stack[..], [i] if {
            let n = &self.tree.nodes[i];
            let section = matches!(n.style, Some(LabelStyle::ChineseDun | LabelStyle::Part));
            section && n.body.is_empty() && n.children.is_empty()
        }) && !self.next_closes;
        let summary = next.is_none()
            && !opens_heading
            && ((self.stack.len() >= 2 && is_closing_summary(&p.text))
                || self.counts_the_roots(&p.text)
                || (self.next_closes && self.stack.len() >= 2 && sums_up_at_the_end(&p.text))
                || ((self.next_closes || self.next_sums_up)
                    && (self.next_steps_after_bare_list(&p.text) || next_steps_for_all(&p.text))))
            && !self.area_awaits_text();
        // `…可拨打监督电话0796-7312345反映。` after the items: the closing
        // (before them, the opening's words).
        let calls = !self.tree.nodes.is_empty() && invites_a_call(&p.text);
        // `下一步，厅党组将…。` › `一是…` `二是…` › the closing, after the
        // last problem's text (not a `三、下一步工作打算` heading's own).
        let steps = self.next_steps_list && self.after_an_item();
        let closes = self.in_closing || is_closing(&p.text) || summary || calls || steps;
        if !closes && self.opens_answers(p) {
            return;
        }
        if closes && named_unit(&self.unit_names, &p.text).is_none() {
            self.in_closing = true;
            self.tree.closing.push(p.clone());
            self.tree.placed.push(Place::Closing);
            return;
        }
        // The key of the marks (`注：“√”表示已完成整改，“○”表示正在整改…`),
        // printed below a list: the section's text, or the opening's, not
        // the last item's (whose state it would read).
        if !self.stack.is_empty() && super::status_marks::is_key(&p.text) {
            return self.add_marks_key(p);
        }
        if let Some((label, rest)) = measures_key(&p.text) {
            if self.add_measures(p, label, rest) {
                return;
            }
        }
        if let Some(i) = self.count_summary_target(&p.text) {
            append_body(&mut self.tree.nodes[i], &p.text);
            self.tree.nodes[i].paragraphs += 1;
            self.tree.placed.push(Place::Node(i));
            return;
        }
        if let Some(i) = self.named_item(&p.text) {
            append_body(&mut self.tree.nodes[i], &p.text);
            self.tree.nodes[i].paragraphs += 1;
            self.tree.nodes[i].reported = true;
            self.tree.placed.push(Place::Node(i));
            return;
        }
        let mut report = is_rectification_report(&p.text);
        // `第一，…` › `整改措施：` › `①…` `②…` › `整改进展：…`: the report is
        // on the item whose measures the list holds.
        let list_owner = self.measure_list.filter(|_| report);
        if let Some(pi) = list_owner {
            self.end_measure_list(pi);
        }
        let target = if let Some(i) = self.summary_target(&p.text) {
            report = true;
            Some(i)
        } else if report {
            list_owner
                .or_else(|| self.same_line_target(p))
                .or_else(|| self.run_target())
                .or_else(|| self.item_report_target(self.next_heading, false))
                .or_else(|| self.problem_target())
        } else if is_bare_measures_key(&p.text) {
            // It introduces the measures of the heading just above it.
            self.stack.last().copied()
        } else if is_problem_note(&p.text) {
            // `①…。整改措施：…` › `整改时限：…`: a note under an item that
            // a report would go to is the item's, as its report is.
            self.stated_leaf()
                .or_else(|| self.item_report_target(self.next_heading, false))
                .or_else(|| self.problem_target())
        } else {
            self.stack.last().copied()
        };
        if report {
            self.close_measures(target);
            self.close_under(target);
        }
        if is_bare_measures_key(&p.text) {
            self.measure_list = target;
        }
        match target {
            Some(i) => {
                append_body(&mut self.tree.nodes[i], &p.text);
                self.tree.nodes[i].paragraphs += 1;
                self.tree.nodes[i].reported |= report;
                self.tree.placed.push(Place::Node(i));
            }
            None => {
                self.tree.preamble.push(p.clone());
                self.tree.placed.push(Place::Preamble);
            }
        }
    }

    /// The key of the marks, to the open top section when there is one,
    /// else to the opening.
    fn add_marks_key(&mut self, p: &Para) {
        let section = self.stack.first().copied().filter(|&i| {
            matches!(
                self.tree.nodes[i].style,
                Some(LabelStyle::ChineseDun | LabelStyle::Part)
            )
        });
        self.place_at(p, section);
    }

    /// The innermost open heading is an item with text or items of its own
    /// (a problem, not `三、下一步工作打算` just opened): what follows it
    /// may close the notice.
    fn after_an_item(&self) -> bool {
        self.stack.last().is_some_and(|&i| {
            let n = &self.tree.nodes[i];
            let filled = !n.body.trim().is_empty() || !n.children.is_empty();
            filled && !opens_next_steps(&n.title)
        })
    }

    /// The paragraph as more text of `node`, else of the opening.
    fn place_at(&mut self, p: &Para, node: Option<usize>) {
        match node {
            Some(i) => {
                append_body(&mut self.tree.nodes[i], &p.text);
                self.tree.nodes[i].paragraphs += 1;
                self.tree.placed.push(Place::Node(i));
            }
            None => {
                self.tree.preamble.push(p.clone());
                self.tree.placed.push(Place::Preamble);
            }
        }
    }

    /// Where a bare statement of state (`目前，该问题已完成整改。`) after a
    /// list goes: the heading that holds the list. It concludes on the
    /// item above the list when the innermost heading is a one-paragraph
    /// leaf with siblings before it, not one more result of the last one.
    /// A keyed report (`整改情况：该问题需长期坚持。`) is not bare: it
    /// reports on the heading just above it.
    fn summary_target(&self, text: &str) -> Option<usize> {
        let nodes = &self.tree.nodes;
        let [.., parent, last] = self.stack[..] else {
            return None;
        };
        let n = &nodes[last];
        // `该问题涉及系统改造，目前尚未启动。` after the measures (measure-
        // numbered, or listed under a bare key: `整改情况：` › `（1）…`).
        let keyed = nodes[parent].body.trim_end().ends_with(['：', ':']);
        // `2.…不够。` › `1.…` `2.…`: items numbered as their parent is, one
        // depth down, are its measures whatever their numbering.
        let list = &nodes[parent].children;
        let reused = n.style.is_some()
            && n.style == nodes[parent].style
            && list.len() >= 2
            && list
                .iter()
                .all(|&c| nodes[c].paragraphs == 0 && nodes[c].children.is_empty());
        // `…具体整改情况如下：` › `（一）会计基础工作方面（3个问题，…）` ›
        // `针对第1个问题：…该问题已整改完成。`: a group's heading is no
        // measure; the paragraphs under it are its own.
        let group = n.children.is_empty() && is_group_title(&n.title);
        let measure = (n.style.is_some_and(LabelStyle::is_measure) || keyed || reused) && !group;
        if is_rectification_report(text) {
            return None;
        }
        // Not after a problem stated in words of its own (`检验检测收费项目
        // 标准陈旧` › its paragraphs): `该问题…` is that problem's.
        // `森林防火工作需长期坚持，我镇将常态化抓好…` after a finding's
        // measures: the work's kind, concluded for the finding, as
        // `该问题…` is (not after a section's lines of work).
        let finding = || {
            let p = &nodes[parent];
            !matches!(p.style, Some(LabelStyle::ChineseDun | LabelStyle::Part))
                && !is_group_title(&p.title)
                && super::shape::states_finding(&p.title)
        };
        if measure && (names_its_problem(text) || (concludes_long_term_work(text) && finding())) {
            return Some(parent);
        }
        let listed = n.children.is_empty() && n.paragraphs == 0;
        // `2.关于“…监督合力不够…”的问题。` › `（1）…` `（2）…` › `干部日常监督
        // 工作需常抓不懈，县委将常态化推进。`: after the finding's list of
        // measures, whatever their numbering, its long-term conclusion.
        if listed && concludes_long_term_work(text) && finding() && self.concludes_list(parent) {
            return Some(parent);
        }
        // `三、特种设备…不够彻底。` (its numbering reused under an area) ›
        // `1.…` `2.…` `3.…` › `目前，该问题正在整改中，剩余…计划…`: the
        // report names the finding over the list, not the last measure (an
        // item with text of its own, `2.对基层所…监督不够有力。制定…`, takes
        // `该问题已完成整改。` on the next line as its own).
        let nested_finding = || {
            let p = &nodes[parent];
            self.stack.first() != Some(&parent)
                && !is_group_title(&p.title)
                && super::shape::states_finding(&p.title)
                && n.body.trim().is_empty()
        };
        if listed && names_its_problem(text) && nested_finding() && self.concludes_list(parent) {
            return Some(parent);
        }
        if !is_state_summary(text) {
            return None;
        }
        // After a heading-style item with no text yet, a paragraph of work
        // done is that item's own; after a measure it concludes on them all.
        let measure = n.style.is_some_and(LabelStyle::is_measure) || reused;
        // `2. …监督不够有力。制定…清单，…约谈提醒。` › `该问题已完成整改。`
        // › `3. …`: within the list (its next item follows), a finding
        // that carries its work on its own line is what `该问题` names.
        let goes_on = n.style.is_some() && self.next_heading == n.style.zip(Some(n.number + 1));
        let own_finding =
            goes_on && !n.body.trim().is_empty() && super::shape::states_finding(&n.title);
        let speaks_for_all = measure
            || (is_bare_state_summary(text)
                && !own_finding
                && (!self.siblings_have_text(parent) || says_all(text)));
        (listed && speaks_for_all && self.concludes_list(parent)).then_some(parent)
    }

    /// Whether a statement after the open item concludes its parent: a
    /// list of two items or more, or one item numbered as its parent is
    /// under a parent that is a statement itself (`1.…不足。` › `1.开展培训。`
    /// › `已完成整改。`), not a group's name.
    fn concludes_list(&self, parent: usize) -> bool {
        let nodes = &self.tree.nodes;
        let p = &nodes[parent];
        let single_alike = match p.children[..] {
            [c] => nodes[c].style.is_some() && nodes[c].style == p.style,
            _ => false,
        };
        let statement = p.title.trim_end().ends_with(['。', '.']) && !is_group_title(&p.title);
        p.children.len() >= 2 || (single_alike && statement)
    }

    /// Every item before the open one under `parent` has text of its own
    /// (`3.…超负荷。` › `已重新布设线路，已整改。` … `5.消防通道堆放杂物。` ›
    /// `当场清理，已整改。`): a short statement of state after the last is its
    /// own, as theirs were, not one for the whole list.
    fn siblings_have_text(&self, parent: usize) -> bool {
        let nodes = &self.tree.nodes;
        let children = &nodes[parent].children;
        let (_, before) = children.split_last().unwrap_or((&0, &[]));
        !before.is_empty() && before.iter().all(|&c| nodes[c].paragraphs > 0)
    }

    /// Where a paragraph that counts the items above it goes (`该方面3个问题，
    /// 已完成2个，正在推进1个。` after a group's last item; `…反馈的4个方面11个
    /// 问题，已完成整改8个…` after the last group): the heading whose items of
    /// the open item's numbering number what the sentence counts, when the
    /// open item already has text of its own. Not one more paragraph of the
    /// last item's report, so that it stays outside the problems, where
    /// stated totals are read. A keyed report (`整改情况：…`) is the item's.
    fn count_summary_target(&self, text: &str) -> Option<usize> {
        let nodes = &self.tree.nodes;
        let (&last, ancestors) = self.stack.split_last()?;
        let leaf = &nodes[last];
        let style = leaf.style?;
        // `其中第2个问题正在推进，…` after a group's items: about them, the
        // group's that holds as many.
        // (Under an item's keyed measures, `整改措施：…`, the items are
        // those of the stack's level below each heading.)
        if let Some(most) = among_items(text) {
            return (0..ancestors.len()).rev().find_map(|k| {
                let a = ancestors[k];
                let below = nodes[self.stack[k + 1]].style.unwrap_or(style);
                (self.items_styled(a, below) >= most.max(2)).then_some(a)
            });
        }
        if is_rectification_report(text) {
            return None;
        }
        // `一、整改工作开展情况` › `一是…` `二是…` `三是…` › `截至10月底，巡察
        // 反馈的3个方面9个问题，已完成整改7个…`: the report-wide count after
        // a section's list of work done is the section's, not the last
        // item's text.
        if let [section, _] = self.stack[..] {
            if style == LabelStyle::Shi && is_closing_summary(text) {
                return Some(section);
            }
        }
        // A measure with no text after its problem's report (`②…` › `1.…`
        // `2.…` › `整改进展：…`) is no open item without text.
        let after_report = ancestors.iter().any(|&a| nodes[a].reported);
        // `上述4个问题中，…`: a paragraph that points back at the items is
        // about them, whatever the last one holds.
        let back = pointed_back(text);
        let points_back = back.is_some();
        // `整改措施：修订…` is text of its own, printed after its key.
        let keyed = style == LabelStyle::Keyed && !leaf.title.trim().is_empty();
        if leaf.paragraphs == 0
            && !keyed
            && !leaf.reported
            && leaf.children.is_empty()
            && leaf.body.is_empty()
            && !after_report
            && !points_back
        {
            return None;
        }
        let mut counted = counts_of_items(leaf.line, text);
        counted.extend(back.filter(|&n| n >= 2));
        if counted.is_empty() {
            return None;
        }
        // `以上2个问题…` after a finding's two measures (`①…` `②…`) counts
        // problems, not the measures of the finding right above.
        let parent = ancestors.last().copied();
        let counts_problems = text.contains("问题");
        // The parent is such a finding when it is no group's heading and the
        // heading above it holds as many items numbered as it is.
        let grandparent = ancestors.len().checked_sub(2).map(|k| ancestors[k]);
        let measures_of_finding = |a: usize| {
            counts_problems
                && Some(a) == parent
                && !super::shape::is_group_title(&nodes[a].title)
                && grandparent
                    .zip(nodes[a].style)
                    .is_some_and(|(g, s)| counted.contains(&self.items_styled(g, s)))
        };
        let found = ancestors
            .iter()
            .rev()
            .copied()
            .filter(|&a| !measures_of_finding(a))
            .find(|&a| counted.contains(&self.items_styled(a, style)));
        // After a problem's measures (`②…` › `1.…` `2.…`), the items it
        // counts are the problems: the numberings of the open headings
        // above the leaf, innermost first.
        found.or_else(|| {
            (1..ancestors.len()).rev().find_map(|j| {
                let style = nodes[ancestors[j]].style?;
                ancestors[..j]
                    .iter()
                    .rev()
                    .copied()
                    .find(|&a| counted.contains(&self.items_styled(a, style)))
            })
        })
    }

    /// After a list of one-line items (`7.老旧小区改造项目推进缓慢。`
    /// `8.…不健全。` › `三、…` › `9.…不足。`), the last paragraph before the
    /// closing, on the next steps (`下一步，局党组将…`): the whole report's,
    /// not the last item's text (whose state it would decide). So after
    /// items each one paragraph, their text on their heading's line
    /// (`六是关于…的问题。我馆…。该问题已整改完成。`), or with only notes
    /// after them (`责任部门：…`). Items with paragraphs of their own may
    /// have next steps of their own.
    fn next_steps_after_bare_list(&self, text: &str) -> bool {
        if !opens_next_steps(text) {
            return false;
        }
        let nodes = &self.tree.nodes;
        let (roots, stack) = (&self.tree.roots, &self.stack[..]);
        let Some(&last) = stack.last() else {
            return false;
        };
        // The items numbered as the last one, in its group and the groups
        // beside it (`一、已完成…` › `1.`–`6.`, `三、需长期坚持…` › `9.`),
        // at most a screenful looked at.
        let items: Vec<usize> = match stack.len() {
            1 => roots.iter().take(MAX_BARE_ITEMS).copied().collect(),
            n => {
                let groups = if n == 2 {
                    roots
                } else {
                    &nodes[stack[n - 3]].children
                };
                groups
                    .iter()
                    .take(MAX_BARE_GROUPS)
                    .flat_map(|&g| nodes[g].children.iter().take(MAX_BARE_ITEMS))
                    .copied()
                    .collect()
            }
        };
        let style = nodes[last].style;
        let alike: Vec<&TNode> = items
            .into_iter()
            .map(|i| &nodes[i])
            .filter(|n| n.style == style)
            .collect();
        // Bare but for notes on them (`责任部门：…`).
        let bare = |n: &&TNode| n.children.is_empty() && (n.paragraphs == 0 || notes_only(n));
        alike.len() >= 2 && alike.iter().all(bare)
    }

    /// After the last of the top-level items, a paragraph that counts them
    /// all (`截至目前，4个问题已完成整改2个，…`
    /// after `四、…`): the whole report's count, the closing's.
    fn counts_the_roots(&self, text: &str) -> bool {
        let nodes = &self.tree.nodes;
        let [last] = self.stack[..] else {
            return false;
        };
        let leaf = &nodes[last];
        let Some(style) = leaf.style else {
            return false;
        };
        if is_rectification_report(text) || opens_measures(text) {
            return false;
        }
        let counted = counts_of_items(leaf.line, text);
        // The roots are counted only for a paragraph that counts items, so
        // that the many paragraphs without a count cost nothing more.
        if counted.is_empty() {
            return false;
        }
        let roots = self
            .tree
            .roots
            .iter()
            .filter(|&&r| nodes[r].style == Some(style))
            .count();
        counted.iter().any(|&n| n as usize == roots)
    }

    /// How many nodes of `style` lie under node `i`.
    fn items_styled(&self, i: usize, style: LabelStyle) -> u32 {
        let nodes = &self.tree.nodes;
        let mut todo = nodes[i].children.clone();
        let mut n = 0;
        while let Some(c) = todo.pop() {
            n += u32::from(nodes[c].style == Some(style));
            todo.extend_from_slice(&nodes[c].children);
        }
        n
    }

    /// A report printed on the line of an item numbered as measures usually
    /// are (`一是…不到位。整改情况：…`, cut off it by `inline_keys`) reports on
    /// that item: if each of its siblings has one too, they are the
    /// problems (`roles`). Items numbered `1.` leave it to `problem_target`.
    fn same_line_target(&self, p: &Para) -> Option<usize> {
        let &last = self.stack.last()?;
        let n = &self.tree.nodes[last];
        let numbered_as_measure = n
            .style
            .is_some_and(|s| s.is_measure() && s != LabelStyle::Keyed);
        (n.line == p.line && n.children.is_empty() && numbered_as_measure).then_some(last)
    }

    /// A report right after a numbered leaf heading (no paragraphs, no
    /// children yet) that is one of a list whose items each have their own
    /// report — the next paragraph continues the leaf's numbering, or the
    /// sibling before it had its own report — is that item's: `一、共性问题`
    /// › `1）…。` `整改情况：…` `2）…。` `整改情况：…` reports on each `1）`,
    /// not on the heading over the list.
    ///
    /// For a measures key (`measures`), items numbered as measures are
    /// (`①…。` › `整改措施：…` `②…。` › `整改措施：…`) are such a list too:
    /// a measure has no measures of its own.
    fn item_report_target(&self, next: Option<(LabelStyle, u32)>, measures: bool) -> Option<usize> {
        let nodes = &self.tree.nodes;
        // Past the item's own `整改措施：…` node, to the item.
        let keyed = |i: &usize| nodes[*i].style == Some(LabelStyle::Keyed);
        let mut k = self.stack.len().checked_sub(1)?;
        if keyed(&self.stack[k]) && k > 0 {
            k -= 1;
        }
        let last = self.stack[k];
        let n = &nodes[last];
        let parent = k.checked_sub(1).map(|p| &nodes[self.stack[p]]);
        // `（一）关于…方面` › `①…。` `整改进展：…`: under a group's heading,
        // items numbered as measures are, each with its report, are findings.
        let in_group = parent.is_some_and(|p| {
            super::shape::is_group_title(&p.title) || super::shape::note_count(&p.title).is_some()
        });
        // `①…不规范。整改措施：…；目前进度：已销号`: an item numbered as
        // measures are that took measures of its own is a problem.
        let own_measures = !measures
            && n.children
                .iter()
                .any(|c| keyed(c) && is_bare_measures_key(&nodes[*c].label));
        let style = n.style.filter(|s| {
            *s != LabelStyle::About
                && *s != LabelStyle::Keyed
                && (!s.is_measure() || in_group || measures || own_measures)
        })?;
        if !n.children.iter().all(keyed) || (n.paragraphs > 0 && !notes_only(n)) {
            return None;
        }
        let continued = n
            .number
            .checked_add(1)
            .is_some_and(|k| next == Some((style, k)));
        // Under a heading that names one problem (`（二）关于档案管理不规范的
        // 问题`), the items are its measures, reported one by one — unless
        // its text counts them as problems (`本方面共4个问题，已完成3个。`).
        let counts_them = parent.is_some_and(|p| !counts_of_items(p.line, &p.body).is_empty());
        // `（一）…不够扎实。具体表现为：` › `1.…不严格。整改情况：…`: words
        // that end on a colon bring in findings, each reported.
        let brought_in = parent.is_some_and(|p| p.body.trim_end().ends_with(['：', ':']))
            && super::shape::states_finding(&n.title)
            && !super::own_sentence::is_action(&n.title);
        let siblings = parent.map_or(&self.tree.roots, |p| &p.children);
        // `（二）…落实不到位` › `5.…` `6.…`: items numbered on from the group
        // before (the list under the heading starts above 1) are one list of
        // problems across groups, each reported; a problem's measures
        // start at 1.
        let numbered_on = siblings
            .first()
            .is_some_and(|&f| nodes[f].style == n.style && nodes[f].number > 1)
            && super::shape::states_finding(&n.title);
        // `（二）关于…有不足的问题` › `1.党委主体责任落实不够到位，…。` ›
        // `整改情况：…`: items that each state a finding, not an action, are
        // the findings the heading groups, each reported.
        let findings = siblings
            .iter()
            .rev()
            .take(MAX_FINDINGS_LOOKED_AT)
            .all(|&s| {
                let t = &nodes[s].title;
                nodes[s].style == n.style
                    && super::shape::states_finding(t)
                    && !super::own_sentence::is_action(t)
            });
        let before = siblings.iter().rev().nth(1).map(|&b| &nodes[b]);
        let like_before = |b: &TNode| b.style == n.style && b.children.iter().any(keyed);
        // `（八）…不规范。` › `整改措施：…` › `（九）…粗放。` › `整改措施：…`:
        // keyed measures after a sibling that took its own so are this
        // item's too, whatever its title's words: measures under a
        // problem do not each have measures.
        // … and so is the first item's when the next takes its own too
        // (`（1）…。` › `整改措施：…` › `整改进展：…` › `（2）…。` ›
        // `整改措施：…`).
        let measured_like_next = n.number.checked_add(1).map(|k| (style, k)) == self.next_measured;
        let measured_like_before = measures
            && (before.is_some_and(like_before)
                || measured_like_next
                || self
                    .cousin_before(last)
                    .is_some_and(|b| like_before(&nodes[b])));
        // The report after an item's own keyed measures is the item's: it
        // was read as a problem when it took them.
        let took_measures = !measures
            && n.children
                .iter()
                .any(|c| keyed(c) && is_bare_measures_key(&nodes[*c].label));
        if parent.is_some_and(names_one_problem)
            && !counts_them
            && !brought_in
            && !numbered_on
            && !findings
            && !measured_like_before
            && !took_measures
        {
            return None;
        }
        let prev_reported = before.is_some_and(|b| b.style == n.style && b.reported)
            || measured_like_before
            || took_measures;
        // `（二）正在整改（1个）` › `④…。` › `整改措施：…`: numbered on from
        // the group before, an item of one list across groups, not a
        // problem's first measure.
        let runs_across = measures && n.number > 1 && siblings.first() == Some(&last);
        (continued || prev_reported || runs_across || numbered_on).then_some(last)
    }

    /// The item of the group before that `i` is the like of: the nearest
    /// earlier node of its style under another parent of the same style as
    /// its own, and `i` either numbered on from it (`3.…` › `（5）…`, then
    /// `4.…` › `（6）…`) or numbered afresh (`（1）…`). Looks back a
    /// bounded number of nodes, so that a long list is read in linear time.
    fn cousin_before(&self, i: usize) -> Option<usize> {
        let nodes = &self.tree.nodes;
        let n = &nodes[i];
        n.style?;
        let window = i.saturating_sub(MAX_FINDINGS_LOOKED_AT)..i;
        let prev = window.clone().rev().find(|&b| nodes[b].style == n.style)?;
        let parent_of = |c: usize| {
            window
                .clone()
                .rev()
                .find(|&p| nodes[p].children.contains(&c))
        };
        let own_parent = parent_of(i)?;
        let other_parent = parent_of(prev).filter(|&p| p != own_parent)?;
        let numbered = n.number == 1 || nodes[prev].number.checked_add(1) == Some(n.number);
        (numbered && nodes[other_parent].style == nodes[own_parent].style).then_some(prev)
    }

    /// The innermost heading, when it is a leaf that states a shortcoming
    /// in its title (`1.贯彻落实…方面的问题` › `1.文化旅游融合发展推进不够
    /// 有力，…。` › `责任单位：…`): a note right under it is its own, not
    /// the group's that names problems. Not a measure that reports its
    /// result or opens with its action, whatever failing it names
    /// (`（3）已将…纳入考核，对3个记录不规范的党总支进行了通报。`).
    fn stated_leaf(&self) -> Option<usize> {
        let &i = self.stack.last()?;
        let n = &self.tree.nodes[i];
        let heading = !n.style.is_some_and(|s| s.is_measure());
        let leaf = n.children.is_empty();
        let title = crate::text::trim(&n.title);
        let acts = title.starts_with('已') || super::own_sentence::acts_first(title);
        (heading && leaf && states_shortcoming(title) && !acts && !names_problem(n)).then_some(i)
    }

    /// In a notice whose problems are runs of lines each ending in its
    /// report (`reported_runs`), the open problem.
    fn run_target(&self) -> Option<usize> {
        let nodes = &self.tree.nodes;
        self.reported_runs
            .then(|| {
                self.stack
                    .iter()
                    .rev()
                    .find(|&&i| nodes[i].style == Some(LabelStyle::Lead))
                    .copied()
            })
            .flatten()
    }

    /// Where a report on a problem goes: a heading that names one, else
    /// one that states a shortcoming, else the nearest heading that is not
    /// a measure.
    fn problem_target(&self) -> Option<usize> {
        let nodes = &self.tree.nodes;
        let rev = || self.stack.iter().rev();
        // A top-level heading without a report of its own whose last child
        // has paragraphs of its own (a heading, not a one-line measure) is a
        // section, even when its title ends in 问题 (`二、督查发现的主要问题`).
        let section = |i: usize| {
            let n = &nodes[i];
            let headed = n
                .children
                .last()
                .is_some_and(|&c| !nodes[c].body.is_empty());
            n.style == Some(LabelStyle::ChineseDun) && headed && !n.reported
        };
        let heading = |i: usize| !nodes[i].style.is_some_and(|s| s.is_measure()) && !section(i);
        // A report never climbs past a grouping heading (`（一）…方面`,
        // `二、…情况`) to an ancestor: the items under a group are what it
        // reports on (`（一）…方面` › `1.…` › `整改情况：…`).
        // A leaf is no group, whatever its title (`②…筹备工作。`).
        let below_group = || {
            rev().take_while(|&&i| nodes[i].children.is_empty() || !is_group_title(&nodes[i].title))
        };
        // `1.…不紧。` › `（1）停招…。` › `整改进展：…`: after a numbered leaf
        // under a heading that is a sentence (a statement, not a group's
        // name), the report concludes that statement.
        let concluded = || {
            let [.., parent, last] = self.stack[..] else {
                return None;
            };
            let (p, n) = (&nodes[parent], &nodes[last]);
            let leaf = n.children.is_empty() && n.paragraphs == 0 && n.body.is_empty();
            let statement = p.title.trim_end().ends_with(['。', '.'])
                && p.style != Some(LabelStyle::ChineseDun)
                && !is_group_title(&p.title);
            (leaf && statement && !n.style.is_some_and(|s| s.is_measure())).then_some(parent)
        };
        // `（一）关于…不够到位的问题` › `1.重大项目谋划储备不足。` ›
        // `整改情况：…`: an item under a heading about problems that ends
        // by stating a shortcoming is one of the problems it groups.
        let stated_item = || {
            let k = self.stack.len().checked_sub(1)?;
            (1..=k).rev().find_map(|d| {
                let (p, i) = (self.stack[d - 1], self.stack[d]);
                let t = &nodes[p].title;
                let about =
                    (is_about_title(t) || names_domains_problems(t)) && names_problem(&nodes[p]);
                // Items of its own that state shortcomings too, or whose
                // sibling before took its own report, are the problems, it
                // their area (`1.干部队伍建设存在短板` › `（1）…储备不足。` ›
                // `整改进展：…`): the report is the deepest one's.
                let below = (d + 1..=k).rev().find(|&e| {
                    ends_with_shortcoming(&nodes[self.stack[e]]) || self.follows_reported(e)
                });
                (about && ends_with_shortcoming(&nodes[i]))
                    .then(|| below.map_or(i, |e| self.stack[e]))
            })
        };
        // `一、…不规范。` › `（一）…` `（二）…` › `整改进展：…` after a
        // sibling of its style that took its report so, after its children:
        // the report is the heading's too, whatever its title's words
        // (`…有待提高`) and its measures' (`对告知不充分的病例…`).
        let like_sibling = || {
            below_group()
                .find(|&&i| heading(i) && self.reported_sibling_before(i))
                .copied()
        };
        stated_item()
            .or_else(like_sibling)
            .or_else(|| {
                below_group()
                    .find(|&&i| names_problem(&nodes[i]) && !section(i))
                    .copied()
            })
            .or_else(concluded)
            .as_ref()
            .or_else(|| {
                below_group().find(|&&i| {
                    heading(i)
                        && (SHORTCOMING.iter().any(|w| nodes[i].title.contains(w))
                            || ends_with_shortcoming(&nodes[i]))
                })
            })
            .or_else(|| below_group().find(|&&i| heading(i)))
            .or_else(|| rev().find(|&&i| heading(i)))
            .or(self.stack.last())
            .copied()
    }

    /// The node at depth `e` of the stack follows a sibling of its style
    /// that took a report of its own.
    fn follows_reported(&self, e: usize) -> bool {
        let nodes = &self.tree.nodes;
        let Some(&j) = self.stack.get(e) else {
            return false;
        };
        self.sibling_before(e)
            .is_some_and(|b| b.style == nodes[j].style && b.reported)
    }

    /// The sibling right before the node at depth `e` of the stack.
    fn sibling_before(&self, e: usize) -> Option<&TNode> {
        let nodes = &self.tree.nodes;
        let i = *self.stack.get(e)?;
        let siblings = match e.checked_sub(1) {
            Some(p) => &nodes[self.stack[p]].children,
            None => &self.tree.roots,
        };
        let k = siblings.iter().position(|&s| s == i)?.checked_sub(1)?;
        Some(&nodes[siblings[k]])
    }

    /// The open heading `i` has children, and the sibling right before it,
    /// of its style, has children too and took a report of its own.
    fn reported_sibling_before(&self, i: usize) -> bool {
        let nodes = &self.tree.nodes;
        let Some(d) = self.stack.iter().position(|&s| s == i) else {
            return false;
        };
        !nodes[i].children.is_empty()
            && self
                .sibling_before(d)
                .is_some_and(|b| b.style == nodes[i].style && b.reported && !b.children.is_empty())
    }

    /// A report on an open heading closes what is open under it: `1.…` ›
    /// `1.…` `2.…` › `该问题已完成整改。` reports on the problem after its
    /// measures, and a `3.` after it is the next problem, not a third
    /// measure.
    /// Only after a list under the heading (`concludes_list`): a report
    /// after a group's only item may be that item's, read where it lands.
    fn close_under(&mut self, target: Option<usize>) {
        let Some(t) = target.filter(|&t| self.concludes_list(t)) else {
            return;
        };
        if let Some(pos) = self.stack.iter().position(|&i| i == t) {
            self.stack.truncate(pos + 1);
        }
    }

    /// A report on the problem (`整改结果:…`) after its `整改措施:` node
    /// ends that node: what follows belongs to the problem.
    fn close_measures(&mut self, target: Option<usize>) {
        let keyed = |i: &usize| self.tree.nodes[*i].style == Some(LabelStyle::Keyed);
        if let (Some(t), Some(top)) = (target, self.stack.last()) {
            if keyed(top) {
                if let Some(pos) = self.stack.iter().position(|&i| i == t) {
                    self.stack.truncate(pos + 1);
                }
            }
        }
    }

    /// `整改措施：…` under a problem: a node of its measures, a child of
    /// the problem the paragraph reports on (after any earlier one), so
    /// that a `整改结果:` paragraph after it still reports on the problem.
    /// Not under a `一、` or `第一部分` heading that does not name a
    /// problem (a section's own text). False when it was not placed.
    fn add_measures(&mut self, p: &Para, label: String, rest: String) -> bool {
        // `第三，…不及时。` › `整改措施：…` after `第二，…` with its report:
        // the measures of the item, one of a list of problems.
        let item = self.item_report_target(self.next_heading, true);
        let Some(target) = item.or_else(|| self.problem_target()) else {
            return false;
        };
        let t = &self.tree.nodes[target];
        let top = matches!(t.style, Some(LabelStyle::ChineseDun | LabelStyle::Part));
        if top && !names_problem(t) {
            return false;
        }
        let Some(pos) = self.stack.iter().position(|&i| i == target) else {
            return false;
        };
        self.stack.truncate(pos + 1);
        let heading = Heading {
            style: LabelStyle::Keyed,
            number: 0,
            label,
            rest,
        };
        self.open_node(p, heading);
        true
    }

    /// A heading: closes the open headings it is a sibling of (or all, for
    /// `一、`) and opens a node under the innermost one left.
    fn add_heading(&mut self, p: &Para, mut h: Heading) {
        self.answering = None;
        if let Some(style) = self.careless_sibling(&h) {
            h.style = style;
        }
        if self.in_closing_list(&h) {
            self.tree.closing.push(p.clone());
            self.tree.placed.push(Place::Closing);
            return;
        }
        self.in_closing = false;
        self.group_depth = None;
        if let Some(pi) = self.measure_list {
            match self.in_measure_list(pi, &h) {
                Some(true) => {
                    self.end_measure_list(pi);
                    self.measure_list = Some(pi);
                    self.open_node(p, h);
                    return;
                }
                Some(false) => {
                    self.end_measure_list(pi);
                    if let Some(pos) = self.stack.iter().position(|&i| i == pi) {
                        self.stack.truncate(pos);
                    }
                }
                None => {}
            }
        }
        self.close_siblings(&h);
        self.open_node(p, h);
        if self
            .measure_list
            .is_some_and(|pi| !self.stack.contains(&pi))
        {
            self.measure_list = None;
        }
    }

    /// A label in a numbering not open above it that goes on with the
    /// open item's number in a like numbering (`2、受案立案不及时。` then
    /// `（3）行政处罚…`, then `5.刑事案件…`; `五、问题：…` then `6、问题：…`
    /// then `九、问题：…`): a list below an item starts at
    /// 1, so this is the next item, printed carelessly. The style it
    /// continues, if so.
    fn careless_sibling(&self, h: &Heading) -> Option<LabelStyle> {
        use LabelStyle::*;
        // Past the open item's own `整改措施：` node, to the item.
        let nodes = &self.tree.nodes;
        let &top = self
            .stack
            .iter()
            .rev()
            .find(|&&i| nodes[i].style != Some(Keyed))?;
        let top = &nodes[top];
        let style = top.style?;
        // `五、问题：…` then `6、问题：…`: the count goes on in figures.
        let alike = matches!(
            (style, h.style),
            (Arabic, ParenArabic)
                | (ParenArabic, Arabic)
                | (ChineseDun, ParenChinese)
                | (ParenChinese, ChineseDun)
                | (ChineseDun, Arabic)
                | (Arabic, ChineseDun)
                // `（一）` `(二)` then `（3）`: bracketed alike.
                | (ParenChinese, ParenArabic)
                | (ParenArabic, ParenChinese)
        );
        // A numbering printed before (`（一）（二）` under `一、`, then
        // `（三）` under `二、`) runs on across its headings instead.
        let seen = self.styles_seen.contains(&h.style);
        (alike && !seen && h.number >= 2 && top.number.checked_add(1) == Some(h.number))
            .then_some(style)
    }

    /// The closing introduces a list (`下一步，党组将持续抓好巡视整改：`
    /// then `1.…` `2.…`): the heading is one of its items, in the closing.
    fn in_closing_list(&mut self, h: &Heading) -> bool {
        if !self.in_closing {
            self.closing_list = None;
            return false;
        }
        let opened = self.closing_list.is_none()
            && self.tree.closing.last().is_some_and(|c| {
                let t = crate::text::trim(&c.text);
                t.ends_with(['：', ':']) || (h.number == 1 && opens_next_steps(t))
            });
        if opened || self.closing_list == Some(h.style) {
            self.closing_list = Some(h.style);
            return true;
        }
        self.closing_list = None;
        false
    }

    /// For a heading in a numbering already open at or above the problem
    /// whose measure list is open: whether it continues that list (the
    /// next number after its last item of that numbering, or 1 for the
    /// first). None for any other heading (it nests as usual).
    fn in_measure_list(&self, pi: usize, h: &Heading) -> Option<bool> {
        let nodes = &self.tree.nodes;
        let pos = self.stack.iter().position(|&i| i == pi)?;
        if matches!(h.style, LabelStyle::ChineseDun | LabelStyle::Part) {
            return Some(false);
        }
        let reused = self.stack[..=pos]
            .iter()
            .any(|&i| nodes[i].style == Some(h.style));
        if !reused {
            return None;
        }
        // `2.…不到位。` › `整改措施：` after `1.…` › `整改措施：` › `1.` `2.`:
        // the problems' numbering goes on, with measures of its own.
        let next_problem = nodes[pi].style == Some(h.style)
            && nodes[pi].number.checked_add(1) == Some(h.number)
            && self.next_opens_measures;
        if next_problem {
            return Some(false);
        }
        let last = nodes[pi]
            .children
            .iter()
            .rev()
            .map(|&c| &nodes[c])
            .find(|c| c.style == Some(h.style))
            .map(|c| c.number);
        Some(match last {
            Some(n) => n.checked_add(1) == Some(h.number),
            None => h.number == 1,
        })
    }

    /// Closes a problem's measure list: the problem is the innermost open
    /// heading again.
    fn end_measure_list(&mut self, pi: usize) {
        self.measure_list = None;
        if let Some(pos) = self.stack.iter().position(|&i| i == pi) {
            self.stack.truncate(pos + 1);
        }
    }

    /// Opens a node for the heading under the innermost open one.
    fn open_node(&mut self, p: &Para, mut h: Heading) {
        move_statement_key(&mut h);
        let named = (h.style == LabelStyle::Lead)
            .then(|| super::reported_paragraphs::split_named_quote(&h.rest))
            .flatten();
        let (title, body) = if h.style == LabelStyle::About {
            (h.rest, String::new())
        } else {
            named.unwrap_or_else(|| split_title(&h.rest))
        };
        let idx = self.tree.nodes.len();
        let parent = self.stack.last().copied();
        self.tree.nodes.push(TNode {
            style: Some(h.style),
            number: h.number,
            label: h.label,
            title,
            body,
            line: p.line,
            children: Vec::new(),
            kind: NodeKind::Item,
            id: String::new(),
            long_term: None,
            reported: false,
            paragraphs: 0,
            spoken_for: None,
            speaks_for_list: false,
            report_in_title: None,
        });
        self.tree
            .under_measures_key
            .push(parent.is_some() && self.measure_list == parent);
        self.tree.placed.push(Place::Node(idx));
        self.styles_seen.insert(h.style);
        match parent {
            Some(pi) => self.tree.nodes[pi].children.push(idx),
            None => self.tree.roots.push(idx),
        }
        self.stack.push(idx);
        self.note_list_item(idx, parent);
    }

    /// Keeps [`Builder::list`]: an item continues the list when it has the
    /// same heading and numbering as the list's last item; a heading in a
    /// numbering above the list (`二、整改落实情况` after `一、…` › `1.`
    /// `2.`) leaves it as it is; any other starts a new list.
    fn note_list_item(&mut self, idx: usize, parent: Option<usize>) {
        let nodes = &self.tree.nodes;
        let style = nodes[idx].style;
        if self.list_above.contains(&style) {
            return;
        }
        let continues = self
            .list
            .last()
            .is_some_and(|&l| nodes[l].style == style && self.list_parent == parent);
        if !continues {
            self.list.clear();
            self.list_parent = parent;
            let above = &self.stack[..self.stack.len() - 1];
            self.list_above = above.iter().map(|&i| nodes[i].style).collect();
        }
        self.list.push(idx);
    }

    /// Whether an item of [`Builder::list`] is an open heading.
    fn list_open(&self) -> bool {
        let depth = self.list_above.len();
        let under = match depth.checked_sub(1) {
            Some(d) => self.stack.get(d).copied() == self.list_parent,
            None => self.list_parent.is_none(),
        };
        let style = self.list.first().map(|&i| self.tree.nodes[i].style);
        under
            && self
                .stack
                .get(depth)
                .is_some_and(|&i| Some(self.tree.nodes[i].style) == style)
    }

    /// The listed finding a problem's label numbers again after a bare
    /// report key (`反馈问题4：…` … `反馈问题7：…` › `整改落实情况：` ›
    /// `问题4：…`): the item of the list the key follows with that number and
    /// no text yet.
    fn answered_item(&self, h: &Heading) -> Option<usize> {
        let g = self.answering?;
        let nodes = &self.tree.nodes;
        let siblings = g.map_or(&self.tree.roots, |g| &nodes[g].children);
        let listed =
            |c: usize| nodes[c].style == Some(LabelStyle::Wenti) && nodes[c].number == h.number;
        // The list runs 1, 2, …: item n is the n-th, else among the first few.
        let at = (h.number as usize)
            .checked_sub(1)
            .and_then(|k| siblings.get(k));
        let item = *at
            .filter(|&&c| listed(c))
            .or_else(|| siblings.iter().take(MAX_ANSWERED).find(|&&c| listed(c)))?;
        let blank = nodes[item].children.is_empty() && nodes[item].body.trim().is_empty();
        (h.style == LabelStyle::Wenti && blank).then_some(item)
    }

    /// A bare report key (`整改落实情况：`) right after a list of two or more
    /// problem-labelled findings, none with text (`反馈问题4：…` … `反馈问题7：…`):
    /// it opens their answers, each labelled with a finding's number again.
    /// The key is the list's heading's text.
    fn opens_answers(&mut self, p: &Para) -> bool {
        let t: String = norm_chars(crate::text::trim(&p.text)).into_iter().collect();
        if !(t.ends_with(':') && is_rectification_report(&t)) {
            return false;
        }
        let nodes = &self.tree.nodes;
        let Some(&last) = self.stack.last() else {
            return false;
        };
        let parent = self.stack.len().checked_sub(2).map(|k| self.stack[k]);
        let siblings = parent.map_or(&self.tree.roots, |g| &nodes[g].children);
        let blank = |c: usize| nodes[c].children.is_empty() && nodes[c].body.trim().is_empty();
        if nodes[last].style != Some(LabelStyle::Wenti)
            || !blank(last)
            || siblings.len() > MAX_ANSWERED
        {
            return false;
        }
        let mut findings = siblings
            .iter()
            .filter(|&&c| nodes[c].style == Some(LabelStyle::Wenti));
        if findings.clone().count() < 2 || !findings.all(|&c| blank(c)) {
            return false;
        }
        self.stack.pop();
        self.place_at(p, parent);
        self.answering = Some(parent);
        true
    }

    /// An answer to a listed finding (`问题4：制定…`, see
    /// [`Self::answered_item`]): the finding's text, label and all, reported; the
    /// paragraphs after it are its too.
    fn add_answer(&mut self, p: &Para, h: &Heading) {
        let Some(item) = self.answered_item(h) else {
            return;
        };
        let n = &mut self.tree.nodes[item];
        append_body(n, &p.text);
        n.paragraphs += 1;
        n.reported = true;
        self.tree.placed.push(Place::Node(item));
        let depth = self
            .answering
            .flatten()
            .and_then(|g| self.stack.iter().position(|&i| i == g));
        self.stack.truncate(depth.map_or(0, |d| d + 1));
        self.stack.push(item);
    }

    /// The listed item a report printed apart names (`针对第1个问题：…` in
    /// a section after the list): an item of the list opened last, outside
    /// the headings now open, that has no text yet.
    fn named_item(&self, text: &str) -> Option<usize> {
        let k = super::references::opening_reference(text)?;
        let nodes = &self.tree.nodes;
        // Listed items run 1, 2, …: item k is the k-th.
        let item = *self
            .list
            .get(k as usize - 1)
            .filter(|&&i| nodes[i].number == k)?;
        let blank = nodes[item].body.is_empty() && nodes[item].children.is_empty();
        (!self.list_open() && blank).then_some(item)
    }

    /// Positions of the open headings of `style`, outermost first.
    fn same_style(&self, style: LabelStyle) -> Option<Vec<usize>> {
        let nodes = &self.tree.nodes;
        let same: Vec<usize> = (0..self.stack.len())
            .filter(|&p| nodes[self.stack[p]].style == Some(style))
            .collect();
        (!same.is_empty()).then_some(same)
    }

    /// Which open heading of the same style `h` is a sibling of (its stack
    /// position), or `None` when the numbering is reused one level deeper:
    /// a `（一）` right under a grouping heading of the same style
    /// (`（一）…方面` › `（一）…`) opens its child. With two open, the one
    /// `h` continues the numbering of is its sibling (`（二）` after
    /// `（一）`), and on a tie the one of the same shape (a grouping title
    /// or not).
    fn sibling_of(&self, same: &[usize], h: &Heading) -> Option<usize> {
        let nodes = &self.tree.nodes;
        let node = |p: usize| &nodes[self.stack[p]];
        let innermost = *same.last()?;
        let top = node(innermost);
        let open_group = innermost + 1 == self.stack.len()
            && top.children.is_empty()
            && (is_group_title(&top.title)
                || (top.body.is_empty() && !top.title.contains(['。', '.'])));
        // `1.…滞后。` right before `1.组织专班…`: a list cannot restart at 1
        // beside an item with nothing printed under it yet, or whose text
        // ends with its own report (`整改进展：已完成。`, `整改情况：已整改。
        // 该局采取了以下整改措施：`), so it opens that item's own list
        // (`1.` for areas, problems and measures alike).
        let last_paragraph = top.body.rsplit("\n\n").next().unwrap_or("");
        // So does one right after a finding's own line, its detail after
        // the title and no result (`1.…不够到位。部分取水户未安装…。` ›
        // `1.对全市…`; not `3.…不亮。已全部更换。（已整改）` › `1、…`).
        let finding_alone = || {
            top.paragraphs == 0
                && super::shape::states_finding(&top.title)
                && crate::text::results::result_in(&top.body).is_none()
                && !super::shape::bracketed_state(top.body.trim().trim_end_matches('。'))
        };
        let fresh_leaf = innermost + 1 == self.stack.len()
            && top.children.is_empty()
            && (notes_only(top) || is_rectification_report(last_paragraph) || finding_alone());
        // Reused twice at most: a style is open at three depths, never more
        // (the tree's depth stays bounded).
        // `（二）…落实情况` › `1.…方面` › `（一）…`: a list restarting at 1
        // right under a heading of another style with nothing printed
        // under it yet opens that heading's list, though its style is
        // open further out.
        // So does one right after a text that brings in a list (`整改情况：`).
        let deepest = node(self.stack.len() - 1);
        let brings_in = |body: &str| body.trim_end().ends_with(['：', ':']);
        let under_other = innermost + 1 < self.stack.len()
            && deepest.children.is_empty()
            && (notes_only(deepest) || brings_in(&deepest.body))
            && !deepest.style.is_some_and(LabelStyle::is_measure);
        if h.number == 1
            && (open_group || fresh_leaf || under_other)
            && same.len() < MAX_STYLE_DEPTHS
        {
            return None;
        }
        if same.len() == 1 {
            return Some(same[0]);
        }
        // `2.财务管理方面的问题` after `1.党建方面的问题` › `1.…不够有力。`:
        // a domain's problems group as a domain does.
        let groups = |t: &str| is_group_title(t) || names_domains_problems(t);
        let group = groups(&split_title(&h.rest).0);
        let continues = |p: &&usize| node(**p).number.checked_add(1) == Some(h.number);
        let shaped = |p: &&usize| groups(&node(**p).title) == group;
        let next: Vec<usize> = same.iter().filter(continues).copied().collect();
        // `4.关于“上次巡视整改”` after `3.“…”` under `3.关于“队伍建设”`:
        // the level whose titles open as this one's does.
        let opens_alike = |p: &&usize| {
            let title = &node(**p).title;
            opening(title) == opening(&h.rest) && !opening(title).is_empty()
        };
        let alike: Vec<usize> = next.iter().filter(opens_alike).copied().collect();
        let alike = (next.len() == 2 && alike.len() == 1).then(|| alike[0]);
        // `2.局党组书记…开展提醒谈话` after a problem's `1.制定…` under
        // `1.局党组落实…不够有力`: openings alike do not decide against the
        // one level whose items state a shortcoming as this one does, or
        // none as this one does not.
        // `3.将…纳入考核，对履职不力的3名乡镇河长进行约谈。`: a measure
        // acting on a failing, or opening with an action, states none.
        let states_failing = |t: &str| {
            super::shape::states_finding(t)
                && !super::own_sentence::acts_on_failing(t)
                && !super::own_sentence::acts_first(t)
        };
        let failing = states_failing(&h.rest);
        let kind_alike = |p: &&usize| states_failing(&node(**p).title) == failing;
        let kind: Vec<usize> = next.iter().filter(kind_alike).copied().collect();
        let kind = (next.len() >= 2 && kind.len() == 1).then(|| kind[0]);
        // `2.专业技术人才储备不足。` after a problem's measure `1.制定…` under
        // `1.干部交流轮岗不够。`: a shortcoming goes on with the level whose
        // items state one (no shortcoming is weaker evidence: quoted titles
        // often state none).
        // `2.建立…谈话制度，…` after `1.制定…全面从严治党主体责任清单…`
        // under `1.落实“两个责任”不够有力。`: an action opening with its
        // verb goes on with the one level whose items open so too, whatever
        // domain their words name.
        let acts_first = super::own_sentence::acts_first;
        let acting = acts_first(&h.rest).then(|| {
            let acts: Vec<usize> = next
                .iter()
                .filter(|&&p| acts_first(&node(p).title))
                .copied()
                .collect();
            (next.len() >= 2 && acts.len() == 1).then(|| acts[0])
        });
        alike
            .filter(|&a| kind.is_none_or(|k| k == a))
            .or(kind.filter(|_| failing))
            .or(acting.flatten())
            .or_else(|| next.iter().rev().find(shaped).copied())
            .as_ref()
            .or(next.last())
            .or_else(|| same.iter().find(shaped))
            .or(same.first())
            .copied()
    }

    fn close_siblings(&mut self, h: &Heading) {
        let style = h.style;
        let nodes = &self.tree.nodes;
        if style == LabelStyle::Part && !self.inner_parts {
            self.stack.clear();
        } else if style == LabelStyle::ChineseDun {
            // `一、` opens a top-level node, or one under the open `第一部分`.
            // So does a line at the top heading the top level's lists
            // unlabelled (`县水利局党组关于…整改进展情况` over `一、` again).
            let part = self
                .stack
                .iter()
                .position(|&i| nodes[i].style == Some(LabelStyle::Part))
                .filter(|_| !self.inner_parts)
                .or_else(|| {
                    let top = self.stack.first()?;
                    (nodes[*top].style == Some(LabelStyle::Plain)).then_some(0)
                });
            let floor = part.map_or(0, |p| p + 1);
            // `二、反馈问题整改落实情况` › `一、关于…的问题`: the numbering
            // reused one level deeper, as for any other style (then `三、`
            // after `五、` continues the outer list).
            let open = self
                .same_style(style)
                .filter(|same| same[0] >= floor && !names_next_steps(&h.rest));
            match open.map(|same| self.sibling_of(&same, h)) {
                Some(None) => {}
                Some(Some(pos)) => self.stack.truncate(pos.max(floor)),
                None => self.stack.truncate(floor),
            }
        } else if let Some(same) = self.same_style(style) {
            // `3.下一步工作打算` after `3.…方面` › `4.…`: the notice's next
            // part, a sibling of the top-level headings of its style, never
            // one more item of the lists open below them.
            if same[0] == 0 && names_next_steps(&h.rest) {
                self.stack.truncate(0);
            } else if let Some(pos) = self.sibling_of(&same, h) {
                self.stack.truncate(pos);
            }
        } else if matches!(style, LabelStyle::About | LabelStyle::Wenti) {
            // An unnumbered problem heading is a sibling of earlier problem
            // headings, not of a group's (`（四）关于巡视、审计等监督发现问题
            // 整改方面` › `问题12：…`).
            if let Some(pos) = self
                .stack
                .iter()
                .position(|&i| is_about_title(&nodes[i].title) && !is_group_title(&nodes[i].title))
            {
                self.stack.truncate(pos);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_words_are_left_out() {
        assert_eq!(
            without_quoted("关于“作用发挥不够充分”的反馈意见"),
            "关于的反馈意见"
        );
        assert_eq!(without_quoted("「甲」乙『丙』"), "乙");
    }

    #[test]
    fn a_report_stays_below_the_nearest_group() {
        let t = build(&paras(&[
            "二、查出问题的具体整改情况",
            "（一）预算管理方面",
            "1.年初预算编制不细化，代编预算1260万元。",
            "整改情况：已细化到具体项目。",
        ]));
        let item = t.nodes.iter().position(|n| n.label == "1.").unwrap();
        assert!(t.nodes[item].reported);
        assert!(t.nodes[item].body.contains("整改情况"));
        assert!(!t.nodes[0].reported);
    }

    #[test]
    fn a_bare_state_sentence_after_a_list_belongs_to_the_lists_heading() {
        let t = build(&paras(&[
            "1.耕地保护责任落实不严格",
            "（1）开展排查，整改图斑18处。",
            "（2）建立网格员制度。",
            "该问题已完成整改。",
            "2.项目推进缓慢",
            "（1）制定推进计划。",
            "对3个滞后项目已完成整改2个。",
        ]));
        assert!(t.nodes[0].body.contains("该问题已完成整改"));
        assert!(t.nodes[2].body.is_empty());
        // With figures it is one more result of the last item.
        let last = t.nodes.len() - 1;
        assert!(t.nodes[last].body.contains("滞后项目"));
    }

    #[test]
    fn parts_hold_their_chinese_dun_sections() {
        let t = build(&paras(&[
            "第一部分　总体情况",
            "一、甲",
            "二、乙",
            "第二部分　问题整改情况",
            "一、丙",
            "1.丁。",
        ]));
        assert_eq!(t.roots.len(), 2);
        assert_eq!(t.nodes[t.roots[0]].children.len(), 2);
        let second = &t.nodes[t.roots[1]];
        assert_eq!(second.children.len(), 1);
        assert_eq!(t.nodes[second.children[0]].children.len(), 1);
    }

    #[test]
    fn closing_paragraphs() {
        assert!(is_closing("欢迎广大干部群众对巡察整改落实情况进行监督。"));
        assert!(is_closing("联系电话：0571-1234；电子邮箱：a@b.cn。"));
        assert!(is_closing("联系人：办公室 张某　电话：0000-81110006"));
        assert!(!is_closing("明确各校联系人，建立工作群。"));
        assert!(is_closing(
            "公示期：2026年11月5日至11月19日。联系电话：0000-1。"
        ));
        assert!(!is_closing("开通举报电子邮箱，畅通群众反映渠道。"));
        assert!(is_closing(
            "欢迎社会各界对巡察整改落实情况进行监督。联系电话：0833-5201234。"
        ));
        assert!(!is_closing("开展“欢迎监督”主题活动3场。"));
        assert!(is_closing(
            "截至10月底，反馈问题8个，已全部整改完毕。欢迎社会各界进行监督。"
        ));
        assert!(!is_closing("开展入户走访。欢迎度调查满意率达95%。"));
    }

    #[test]
    fn nests_by_style() {
        let t = build(&paras(&[
            "前言。",
            "一、甲",
            "引言。",
            "(一)乙",
            "1.丙。",
            "(1)丁",
            "一是戊。己。",
            "二是庚。",
            "16)辛。",
            "说明。",
            "2.壬。",
            "二、癸",
            "欢迎广大干部群众监督。",
        ]));
        assert_eq!(t.preamble.len(), 1);
        assert_eq!(t.closing.len(), 1);
        assert_eq!(t.roots.len(), 2);
        let s1 = &t.nodes[t.roots[0]];
        assert_eq!(s1.body, "引言。");
        let a = &t.nodes[s1.children[0]];
        let c = &t.nodes[a.children[0]];
        assert_eq!(c.children.len(), 2);
        let p16 = &t.nodes[c.children[1]];
        assert_eq!((p16.label.as_str(), p16.body.as_str()), ("16)", "说明。"));
        let p1 = &t.nodes[c.children[0]];
        let m1 = &t.nodes[p1.children[0]];
        assert_eq!((m1.title.as_str(), m1.body.as_str()), ("戊。", "己。"));
        assert_eq!(a.children.len(), 2);
    }
}
