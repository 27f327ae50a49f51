//! A problem reported in its own sentence: `一是高标准农田验收把关不严，
//! 已重新组织验收并追回资金。` states the problem in its first clause and
//! where the work stands in a later one. The title stays as printed; the
//! clauses from the first state on are its report, read for status,
//! deadline and long-term words as any report is.

use super::shape;
use super::tree::Tree;
use crate::model::NodeKind;

/// The longest clause read as a statement of state by its words alone
/// (characters).
const MAX_STATE_CLAUSE_CHARS: usize = 12;

/// How a clause reporting a state opens (`已追回资金12.6万元`, `正在推进`,
/// `属长期任务`).
const STATE_OPENINGS: &[&str] = &[
    "已",
    "现已",
    "目前已",
    "均已",
    "正在",
    "目前正在",
    "尚未",
    // `…不足 —— 未启动（组织办，2026年12月底前）`: the work not begun.
    "未启动",
    "未开始",
    "仍在",
    "属长期",
];

/// A clause that says where the work stands: short and naming a state
/// (`已完成整改`), or opening as a report does.
pub(crate) fn is_state_clause(clause: &str) -> bool {
    (clause.chars().count() <= MAX_STATE_CLAUSE_CHARS && shape::names_state(clause))
        || opens_with_state_word(clause)
}

/// A clause that opens with a word of its state (`正在整改中`, `已完成`).
pub(crate) fn opens_with_state_word(clause: &str) -> bool {
    STATE_OPENINGS.iter().any(|w| clause.starts_with(w))
}

/// Words that mark a clause as a shortcoming (`已建成的村卫生室未及时
/// 验收`), however it opens.
const FAILING: &[char] = &['未', '不', '没', '缺', '无'];

/// Verbs a measure opens with (`加强组织领导`, `完善学习制度`): a clause
/// that opens so and says nothing failed is an action taken, not a
/// problem's statement.
pub(crate) const ACTION_VERBS: &[&str] = &[
    "加强", "强化", "压实", "完善", "健全", "建立", "开展", "推进", "深化", "严格", "提升", "加快",
    "优化", "狠抓", "聚焦", "坚持", "做好", "抓好", "扎实", "切实", "组织", "制定", "修订", "出台",
    "规范", "落实", "夯实", "注重", "持续", "细化", "巩固", "推动", "排查", "成立", "召开",
];

/// A title that opens with a measure's verb and states no shortcoming
/// (`持续推进未完成整改事项`: what is unfinished is the object of the
/// work, not a failing of it; `落实整改责任不到位` states one).
pub(crate) fn opens_with_action_verb(title: &str) -> bool {
    let t = title.trim();
    let verb = without_manner(t);
    let rest = UNFINISHED_ITEMS
        .iter()
        .fold(t.to_string(), |t, w| t.replace(w, ""));
    ACTION_VERBS.iter().any(|v| verb.starts_with(v)) && !shape::states_shortcoming(&rest)
}

/// The words after a manner that leads a measure's verb (`坚定不移抓好后续
/// 整改`: `抓好后续整改`), or all of them.
fn without_manner(t: &str) -> &str {
    MANNER_LEADS
        .iter()
        .find_map(|m| t.strip_prefix(m))
        .unwrap_or(t)
}

/// Words of manner before a measure's verb (`坚定不移推进…`, `进一步健全…`).
const MANNER_LEADS: &[&str] = &[
    "坚定不移",
    "毫不松懈",
    "毫不动摇",
    "进一步",
    "全面",
    "深入",
    "着力",
    "大力",
    "不断",
    "始终",
];

/// Words naming the items not yet done, as the object of the work
/// (`推进未完成整改事项`), not a failing.
const UNFINISHED_ITEMS: &[&str] = &["未完成", "未整改", "未办结", "未销号"];

/// A clause that reads as an action taken: it opens with a measure's verb
/// and says nothing failed (`落实…不到位` states a problem).
pub(crate) fn is_action(clause: &str) -> bool {
    // Past a manner's words (`坚定不移`: its `不` says nothing failed).
    let c = without_manner(clause.trim());
    ACTION_VERBS.iter().any(|v| c.starts_with(v))
        && !c.contains(FAILING)
        && !shape::states_shortcoming(c)
        && !STILL_SHORT.iter().any(|w| c.contains(w))
}

/// Words that open a measure with its object before its verb (`对承担的
/// 38个项目逐一建立…`, `将整改情况纳入考核`, `与市住建部门建立…机制`).
const OBJECT_LEADS: &[&str] = &["对", "将", "与", "会同", "联合"];

/// Verbs after such an object besides the measures' own (`对…进行“回头看”`).
const OBJECT_VERBS: &[&str] = &["进行", "纳入", "实行", "予以", "给予"];

/// A line whose first clause is an action taken (`全面排查所属党组织届期
/// 情况，对超期未换届的…`, `对承担的项目逐一建立负责制，…`): it opens as a
/// measure does, whatever failings it goes on to name as the object of
/// the work.
pub(crate) fn acts_first(text: &str) -> bool {
    let first = text
        .split(['，', ',', '；', ';', '。', '：', ':'])
        .next()
        .unwrap_or("")
        .trim();
    if is_action(first) {
        return true;
    }
    let Some(rest) = OBJECT_LEADS.iter().find_map(|l| first.strip_prefix(l)) else {
        return false;
    };
    !first.contains(FAILING)
        && !shape::states_shortcoming(first)
        && ACTION_VERBS
            .iter()
            .chain(OBJECT_VERBS)
            .any(|v| rest.contains(v))
}

/// A measure taken on those who failed (`对2名履行主体责任不力的厅属单位
/// 主要负责人进行约谈。`): its first clause opens `对`, names the failing
/// only before its last `的` (an attribute of the object), and goes on
/// after it with a verb of the work.
pub(crate) fn acts_on_failing(text: &str) -> bool {
    let first = text
        .split(['，', ',', '；', ';', '。'])
        .next()
        .unwrap_or("")
        .trim();
    let Some(rest) = first.strip_prefix('对') else {
        return false;
    };
    let Some((_, object)) = rest.rsplit_once('的') else {
        return false;
    };
    !shape::states_shortcoming(object)
        && !object.contains(FAILING)
        && ACTION_VERBS
            .iter()
            .chain(OBJECT_VERBS)
            .chain(SANCTION_VERBS)
            .any(|v| object.contains(v))
}

/// Verbs of what is done to those who failed (`对超许可取水的7家单位依法
/// 下达整改通知书`, `…进行约谈`).
const SANCTION_VERBS: &[&str] = &[
    "下达", "责令", "约谈", "问责", "通报", "处罚", "处理", "追缴", "追回", "清退", "收回", "立案",
    "移交", "督促", "提醒", "诫勉",
];

/// Words that say the thing is still short of what is asked (`落实中央八项
/// 规定精神还需持续深化`, `…有待加强`): no action taken.
const STILL_SHORT: &[&str] = &["有待", "还需", "仍需"];

/// Clauses that set the time of a report (`截至2026年10月底`, `目前`):
/// they belong to the report that follows.
const TIME_LEADS: &[&str] = &["截至", "截止", "目前", "当前", "现阶段"];

/// The byte offset where the report starts in a title that states its
/// problem first: the first clause after the first that states where the
/// work stands, with a time lead-in just before it.
pub(crate) fn state_clause_at(title: &str) -> Option<usize> {
    // `问题——整改情况` and `问题→整改情况` lines: the dash or arrow ends
    // the statement as a comma does.
    const ENDS: [char; 6] = ['，', ',', '；', ';', '—', '→'];
    let clauses: Vec<&str> = title.split_inclusive(ENDS).collect();
    if clauses.is_empty() {
        return None;
    }
    let words = |k: usize| clauses[k].trim_end_matches(ENDS).trim();
    let first = words(0);
    // `针对干部队伍年龄结构老化的问题，通过…，该问题需长期推进。`: the
    // clause names the problem it answers; all that follows is the work.
    if clauses.len() > 1 && names_the_problem_answered(first) {
        return Some(clauses[0].len());
    }
    if first.is_empty() || (is_state_clause(first) && !first.contains(FAILING)) || is_action(first)
    {
        return None;
    }
    let k = (1..clauses.len()).find(|&k| is_state_clause(words(k)))?;
    let lead = k > 1 && TIME_LEADS.iter().any(|w| words(k - 1).starts_with(w));
    let start = if lead { k - 1 } else { k };
    Some(clauses[..start].iter().map(|c| c.len()).sum())
}

/// Words a clause opens with to name the problem the rest answers (not
/// `关于`: `关于预算执行情况，存在…` goes on with the finding).
const ANSWERING: &[&str] = &["针对", "对于"];

/// Words a clause ends with to name the problem the rest answers.
const ANSWERED: &[&str] = &["问题", "情况", "现象"];

/// A clause that names the problem the rest of its sentence answers
/// (`针对…不够深入的问题`, `对于…不规范的情况`).
fn names_the_problem_answered(clause: &str) -> bool {
    ANSWERING.iter().any(|w| clause.starts_with(w)) && ANSWERED.iter().any(|w| clause.ends_with(w))
}

/// A text whose first clause states where the work stands (`已完成整改，
/// 拆除…`, `目前正在整改，已完成编制42个…`, also in brackets: `（已立行立改，
/// …）`): the item's report on itself, printed right after its statement.
pub(crate) fn opens_with_state(body: &str) -> bool {
    let first = without_brackets(body)
        .split(['，', ',', '。', '；', ';', '\n'])
        .next()
        .unwrap_or("")
        .trim();
    is_state_clause(first)
}

/// A text without the brackets it is printed in (`（已交办，限期整改）`,
/// a tag left after its item's sentence: `【推进中】`).
pub(crate) fn without_brackets(text: &str) -> &str {
    let t = text.trim();
    match t.strip_prefix(['（', '(', '【', '〔']) {
        Some(inner) => inner.trim_end_matches(['）', ')', '】', '〕', '。', '；', ';']),
        None => t,
    }
}

/// The longest report read in brackets after a statement (characters).
const MAX_BRACKET_REPORT_CHARS: usize = 60;

/// The byte offset of a report in brackets after the problem's sentence
/// (`…未安装报警装置。（已立行立改，现场更换金属波纹管）`, `…不足。（已交办，
/// 限11月10日前整改）`): the bracket follows a sentence's end, or ends a
/// list item (`①…松脱（已整改）；`), and its first clause states where the
/// work stands.
pub(crate) fn bracket_report_at(title: &str) -> Option<usize> {
    let t = title.trim_end();
    // `①…每半年检测一次（已整改，…）；`: a list item's bracket, its
    // clause or sentence ended after it.
    let listed = t.trim_end_matches(['；', ';', '。']);
    let item_end = listed.len() < t.len();
    let t = listed;
    let inner = t.strip_suffix('）').or_else(|| t.strip_suffix(')'))?;
    let open = inner.rfind(['（', '('])?;
    let before = inner[..open].trim_end();
    let report = &inner[open..];
    let report = report.trim_start_matches(['（', '(']);
    let first = report.split(['，', ',', '；', ';']).next().unwrap_or("");
    let sentence_before = item_end || before.ends_with(['。', '；', ';', '.']);
    let short = report.chars().count() <= MAX_BRACKET_REPORT_CHARS;
    // `（限6月15日前整改到位）`: a deadline set is a state too.
    let first = first.trim();
    let state = is_state_clause(first) || crate::text::plans::deadline_set(first).is_some();
    (sentence_before && short && state).then_some(open)
}

/// Where a title's own report starts: after its statement's clause, or in
/// brackets after its sentence.
pub(crate) fn report_at(title: &str) -> Option<usize> {
    // `…审核（尚未启动整改，已约谈…）`: the bracket opens the report, not
    // the state clause inside it.
    match (state_clause_at(title), bracket_report_at(title)) {
        (Some(clause), Some(bracket)) => Some(clause.min(bracket)),
        (clause, bracket) => clause.or(bracket),
    }
}

/// Marks each problem with no text of its own whose title reports its
/// state: where the report starts in its title. The title stays as printed.
pub(crate) fn mark(tree: &mut Tree) {
    for n in &mut tree.nodes {
        if n.kind != NodeKind::Problem || n.title.contains('\t') {
            continue;
        }
        let at = if n.body.trim().is_empty() {
            report_at(&n.title)
        } else {
            state_after_about(&n.title)
        };
        n.report_in_title = at.and_then(|at| u32::try_from(at).ok());
    }
}

/// A title that names its problem by what it is about and goes straight
/// on to its state (`关于“…”的问题，属长期性任务，将持续推进。`, `关于“…”的
/// 问题，目前正在整改，计划2024年12月底前完成。`), text below it or not:
/// where the state starts (bytes).
fn state_after_about(title: &str) -> Option<usize> {
    if !title.starts_with("关于") {
        return None;
    }
    let named = title.find("的问题")? + "的问题".len();
    let rest = title[named..].strip_prefix(['，', ','])?;
    let at = title.len() - rest.len();
    let first = rest.split(['，', ',', '。', '；', ';']).next()?;
    let first = TIME_LEADS
        .iter()
        .find_map(|w| first.strip_prefix(w))
        .unwrap_or(first);
    is_state_clause(crate::text::trim(first)).then_some(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_opening_with_a_measures_verb_may_name_unfinished_items() {
        assert!(opens_with_action_verb("持续推进未完成整改事项"));
        assert!(opens_with_action_verb("巩固拓展整改成果"));
        assert!(!opens_with_action_verb("落实整改责任不到位"));
        assert!(!opens_with_action_verb("推进项目建设未按期完成"));
        assert!(!opens_with_action_verb("基层党建工作薄弱"));
        // A manner before the verb.
        assert!(opens_with_action_verb("坚定不移抓好后续整改。"));
        assert!(is_action("坚定不移推进全面从严治党"));
        assert!(is_action("进一步推动高质量发展"));
        assert!(!is_action("进一步推动项目落地不够有力"));
    }

    #[test]
    fn finds_the_first_state_clause_after_the_statement() {
        let t = "验收把关不严，已重新组织验收，追回资金。";
        assert_eq!(state_clause_at(t), Some("验收把关不严，".len()));
        let t = "收益不稳定，正在推进，预计年底前完成。";
        assert_eq!(state_clause_at(t), Some("收益不稳定，".len()));
    }

    #[test]
    fn a_clause_naming_the_problem_answered_is_followed_by_its_report() {
        let t = "针对干部队伍年龄结构老化的问题，引进年轻干部3名，该问题需长期推进。";
        assert_eq!(
            state_clause_at(t),
            Some("针对干部队伍年龄结构老化的问题，".len())
        );
        // Alone, it is the statement.
        assert_eq!(state_clause_at("针对干部队伍年龄结构老化的问题。"), None);
    }

    #[test]
    fn a_statement_without_a_state_or_opening_with_one_has_none() {
        assert_eq!(state_clause_at("制度执行不严，监督检查缺位。"), None);
        assert_eq!(state_clause_at("已完成整改，建立制度。"), None);
        assert_eq!(state_clause_at(""), None);
    }

    #[test]
    fn an_action_with_its_progress_is_no_problem() {
        assert_eq!(state_clause_at("加强组织领导，已成立领导小组。"), None);
        assert_eq!(state_clause_at("完善学习制度，已修订学习计划。"), None);
        // Naming what the work is about (`问题`) does not make it a failing.
        assert_eq!(state_clause_at("加强问题整改，已召开专题会。"), None);
        let t = "落实责任不到位，已修订责任清单。";
        assert_eq!(state_clause_at(t), Some("落实责任不到位，".len()));
    }

    #[test]
    fn a_report_in_brackets_after_the_sentence() {
        let t = "燃气管道使用橡胶软管。（已立行立改，现场更换金属波纹管）";
        assert_eq!(
            &t[bracket_report_at(t).unwrap()..],
            "（已立行立改，现场更换金属波纹管）"
        );
        let t = "消防通道被占用。（已交办，限11月10日前整改）";
        assert_eq!(report_at(t), Some("消防通道被占用。".len()));
        // A bracket inside the sentence, or one that states no state, is no report.
        assert_eq!(bracket_report_at("资金被挪用（涉及3个项目）。"), None);
        assert_eq!(bracket_report_at("资金被挪用。（涉及3个项目）"), None);
    }

    #[test]
    fn a_statement_may_open_like_a_report_and_a_time_leads_the_report() {
        let t = "已建成的卫生室未及时验收，现已完成验收。";
        assert_eq!(state_clause_at(t), Some("已建成的卫生室未及时验收，".len()));
        let t = "结余未及时上缴，截至2026年10月底，已上缴1.5万元。";
        assert_eq!(state_clause_at(t), Some("结余未及时上缴，".len()));
    }
}
