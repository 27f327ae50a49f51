//! The shape of a section, for deciding what its numbered items are when
//! no keyword in its title says: a heading that carries measures
//! (`一是…`, `①`, or numbered sentences of action taken under a statement
//! of a shortcoming) or a report on its state (`整改情况:…`, a sentence such
//! as `目前已完成整改`) is a problem, and a section holding one holds
//! problems.

use super::tree::{names_problem, Tree};
use crate::text::label::LabelStyle;
use crate::text::norm_chars;

/// Sentences that report the state of the rectification of an item.
pub(crate) const STATE_WORDS: &[&str] = &[
    "已完成整改",
    "完成整改",
    "整改中",
    "整改完毕",
    "已整改到位",
    "正在整改",
    "正在推进",
    "推进中",
    "办理中",
    "尚未完成",
    "尚未整改",
    "长期坚持",
    "初步整改",
    "已办结",
    "正在办理",
    "未办结",
    "部分整改",
    "整改完成",
    "正在持续",
    "尚未启动",
    "已整改",
    "已销号",
];

/// Whether a text names where an item's work stands: one of
/// [`STATE_WORDS`] used as a state (`目前整改中。`, `已完成整改3个`), not as an
/// attribute or a time (`整改中遇到的问题`, `对已完成整改的问题开展回头看`):
/// a state word directly followed by `的`, or `…中` followed by more words,
/// describes something else.
pub(crate) fn names_state(text: &str) -> bool {
    STATE_WORDS.iter().any(|w| {
        text.match_indices(w).any(|(at, _)| {
            let after = &text[at + w.len()..];
            // `整改完成情况请于…前报送`: the account asked for, no state.
            if after.starts_with("情况") {
                return false;
            }
            match after.chars().next() {
                Some('的') => false,
                // `已整改33个` counts; it states nothing of one item.
                Some(c) if c.is_ascii_digit() || crate::text::is_cn_numeral(c) => {
                    !matches!(*w, "已整改" | "已销号")
                }
                Some(c) if w.ends_with('中') => !c.is_alphanumeric(),
                _ => true,
            }
        })
    })
}

/// [`names_state`] in a text as printed (full-width punctuation and all).
pub(crate) fn names_state_in(text: &str) -> bool {
    let s: String = norm_chars(text).into_iter().collect();
    names_state(&s)
}

/// Titles of a grouping level rather than of a problem.
const GROUP_ENDINGS: &[&str] = &["方面", "情况", "工作", "领域"];

/// Endings of the name of a place or an organisation (`东城区`, `市财政局`).
const UNIT_ENDINGS: &[&str] = &[
    "省", "市", "区", "县", "镇", "乡", "街道", "村", "局", "委", "办", "厅", "中心", "公司",
    "医院", "学校", "学院", "大学",
];

/// The longest name of a unit (characters).
const MAX_UNIT_CHARS: usize = 12;

/// A title that names a group of items (`…方面`, `…情况`, also with a
/// bracketed count after it: `…方面（3个问题，已完成3个）`), not one item,
/// or names the unit the items under it belong to (`（一）东城区`: short,
/// no punctuation, a place's or organisation's ending).
pub(crate) fn is_group_title(title: &str) -> bool {
    let t =
        without_trailing_note(title.trim_end_matches(['。', '.', '；', ';', '：', ':', ' ', '　']));
    let unit = t.chars().count() <= MAX_UNIT_CHARS
        && !t.contains(['，', ',', '：', ':', '；', '。', '、'])
        && ends_as_unit(t);
    // `…程序不规范，存在先执行后上会的情况`: a finding that ends so, not
    // the name of a group.
    let finding = || t.contains("存在") || states_shortcoming(t);
    unit || DOMAIN_ENDINGS.iter().any(|e| t.ends_with(e))
        || (GROUP_ENDINGS.iter().any(|e| t.ends_with(e)) && !finding())
        || lists_units(t)
}

/// Words that end a key naming the units listed after it (`整改进度滞后的
/// 单位：柳湾镇、梨园乡`).
const UNITS_KEY_ENDINGS: &[&str] = &["单位", "部门", "乡镇", "镇街"];

/// The longest key over a list of units (characters).
const MAX_UNITS_KEY_CHARS: usize = 12;

/// A title that keys a list of units (`整改成效明显的单位：石桥镇、城东街道`):
/// the units ranked or grouped, not a finding.
fn lists_units(t: &str) -> bool {
    let Some((key, names)) = t.split_once(['：', ':']) else {
        return false;
    };
    // Not an owner's key (`…不规范，责任单位：办公室`).
    UNITS_KEY_ENDINGS.iter().any(|e| key.ends_with(e))
        && key.chars().count() <= MAX_UNITS_KEY_CHARS
        && !key.contains(['，', ','])
        && !crate::text::owners::ends_with_owner_key(key)
        && names.split(['、', '，', ',']).all(|n| {
            let n = crate::text::trim(n);
            (2..=MAX_UNIT_CHARS).contains(&n.chars().count()) && ends_as_unit(n)
        })
}

/// A name that ends as a place's or an organisation's does (`…县`,
/// `…有限公司`).
pub(crate) fn ends_as_unit(name: &str) -> bool {
    UNIT_ENDINGS.iter().any(|e| name.ends_with(e))
}

/// Endings of a title that names a domain of findings (`…方面`).
const DOMAIN_ENDINGS: &[&str] = &[
    "方面",
    "领域",
    // `1.履行管党治党主体责任不够有力类问题`: a class of problems.
    "类问题",
];

/// A title that names a domain the findings under it belong to
/// (`落实全面从严治党主体责任方面`, also with a bracketed count after it).
pub(crate) fn names_domain(title: &str) -> bool {
    let t =
        without_trailing_note(title.trim_end_matches(['。', '.', '；', ';', '：', ':', ' ', '　']));
    DOMAIN_ENDINGS.iter().any(|e| t.ends_with(e))
}

/// A heading whose numbered children read as measures taken (`（一）…有短板`
/// over `1.修订…。` `2.开展…。`): every child is a leaf whose title is a
/// sentence that neither names nor states a shortcoming, and the heading
/// itself is a statement, not a sentence nor a grouping title (`…方面`,
/// `…情况`).
pub(crate) fn carries_numbered_measures(tree: &Tree, i: usize) -> bool {
    let n = &tree.nodes[i];
    let title = n.title.trim_end();
    if n.children.is_empty() || title.contains('。') || is_group_title(title) {
        return false;
    }
    let last = n.children.len() - 1;
    n.children.iter().enumerate().all(|(k, &c)| {
        let m = &tree.nodes[c];
        // `4.对2名履行主体责任不力的…负责人进行约谈。`: the failing is whom
        // the measure acts on.
        let states_shortcoming = super::tree::states_shortcoming(&m.title)
            && !super::own_sentence::acts_on_failing(&m.title);
        // The report printed after the last measure (`整改进展：正在整改。`)
        // was placed on it; it reports on the heading's problem.
        let trailing_report = k == last && last > 0 && m.report_in_title.is_none();
        let names = if trailing_report && m.spoken_for.is_none() {
            super::tree::names_problem_in_words(m)
        } else {
            names_problem(m)
        };
        m.children.is_empty() && m.title.trim_end().ends_with('。') && !names && !states_shortcoming
    })
}

/// In a section about problems, a heading that is a sentence (it ends
/// with a full stop) over numbered leaves that read as actions — none names
/// or states a shortcoming, none says `未` — is a problem and they are its
/// measures (`1.…发展不平衡，3个村…。` over `1.引进…` `2.盘活…`). A name
/// (`（一）东城区`) or a grouping title (`…方面`) groups problems instead.
pub(crate) fn heads_actions(tree: &Tree, i: usize) -> bool {
    let n = &tree.nodes[i];
    let sentence = n.title.trim_end().ends_with(['。', '.']);
    sentence
        && !n.children.is_empty()
        && !is_group_title(&n.title)
        && n.children.iter().all(|&c| {
            let m = &tree.nodes[c];
            // `3.对监督管理不力的2名…负责人进行了提醒谈话。`: the failing is
            // whom the measure acts on.
            let failing =
                states_shortcoming(&m.title) && !super::own_sentence::acts_on_failing(&m.title);
            m.children.is_empty() && !names_problem(m) && !failing
        })
}

/// A shortcoming word (`不到位`, `缺乏`, …) or a `未` in a title.
pub(crate) fn states_shortcoming(title: &str) -> bool {
    title.contains('未') || super::tree::states_shortcoming(title)
}

/// A heading that carries measure-style children or names a problem
/// (`关于…问题`, a `整改情况:` report of its own).
pub(crate) fn carries_problem_shape(tree: &Tree, i: usize) -> bool {
    let n = &tree.nodes[i];
    if n.style.is_some_and(|s| s.is_measure()) {
        return false;
    }
    let carries_measures = n
        .children
        .iter()
        .any(|&c| tree.nodes[c].style.is_some_and(|s| s.is_measure()));
    carries_measures
        || names_problem(n)
        || carries_numbered_measures(tree, i)
        || introduces_its_measures(tree, i)
}

/// A heading that states how many items it holds, and holds that many
/// (`一、已完成整改的问题（6个）` over six items, `（二）…方面（3项）`,
/// `三、需长期坚持的问题（1个）` over one): a group of them, not one item.
pub(crate) fn counts_exactly(tree: &Tree, i: usize) -> bool {
    let n = &tree.nodes[i];
    if n.children.is_empty() {
        return false;
    }
    note_counts(tree, i) || body_counts(n)
}

/// The heading's trailing note counts its children (`已完成整改的问题
/// （8个）` over eight, `（共3个问题，已解决2个）` over three: the note's
/// first count).
pub(crate) fn note_counts(tree: &Tree, i: usize) -> bool {
    let n = &tree.nodes[i];
    !n.children.is_empty() && note_count(&n.title) == Some(n.children.len())
}

/// The count of items a title's trailing note states (`职工群众反映问题
/// （4个）` → 4).
pub(crate) fn note_count(title: &str) -> Option<usize> {
    let title = title.trim();
    let note = &title[without_trailing_note(title).len()..];
    let digits: String = note
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(char::is_ascii_digit)
        .collect();
    let unit = note.contains(['个', '项', '条', '件']);
    unit.then(|| digits.parse().ok()).flatten()
}

/// The heading's first paragraph counts its children as problems (`一、
/// 立行立改类问题` › `以下7处问题均已立行立改完毕。` › `①…` … `⑦…`):
/// a count (`7处`, `七个`) right before `问题` or `隐患`, or right before
/// the colon that brings them in (`检查发现隐患2处：` › `①…` `②…`).
pub(crate) fn body_counts(n: &super::tree::TNode) -> bool {
    let first = n.body.split("\n\n").next().unwrap_or("");
    let t = crate::text::norm_chars(first);
    (0..t.len())
        .filter(|&i| {
            crate::text::starts_at(&t, i, "问题")
                || crate::text::starts_at(&t, i, "隐患")
                || (t[i] == ':' && i + 1 == t.len())
        })
        .any(|i| count_before(&t, i) == Some(n.children.len()))
}

/// The count right before a unit that ends at `at` (`7处`, `七个`: the
/// unit is `t[at - 1]`).
pub(crate) fn count_before(t: &[char], at: usize) -> Option<usize> {
    let unit = at
        .checked_sub(1)
        .filter(|&u| matches!(t[u], '个' | '项' | '处' | '条' | '件'))?;
    let start = (0..unit)
        .rev()
        .take_while(|&k| t[k].is_ascii_digit() || crate::text::is_cn_numeral(t[k]))
        .last()?;
    let digits = &t[start..unit];
    let value = if digits[0].is_ascii_digit() {
        crate::text::numerals::ascii_number(digits)
    } else {
        crate::text::cn_number(digits)
    };
    value.map(|v| v as usize)
}

/// A heading whose own text is a bare `整改措施：` over numbered children
/// (`1.…不够系统。` › `整改措施：` › `1.…` `2.…`): it says they are its
/// measures, whatever their numbering.
pub(crate) fn introduces_its_measures(tree: &Tree, i: usize) -> bool {
    let n = &tree.nodes[i];
    !n.children.is_empty()
        && n.body
            .split("\n\n")
            .last()
            .is_some_and(super::tree::is_bare_measures_key)
}

/// A title without a bracketed note at its end (`党的建设方面（4个问题，已完成
/// 3个）`, `…（牵头单位：办公室）`): the note annotates the heading and does
/// not change what kind of heading it is.
pub(crate) fn without_trailing_note(title: &str) -> &str {
    match note_at(title) {
        Some(open) => title[..open].trim_end(),
        None => title,
    }
}

/// The longest name before a count in a title (`市发展改革委：…`), in
/// characters.
const MAX_COUNTED_NAME_CHARS: usize = 20;

/// The name of a title that names a unit or an area and then only counts
/// its problems, two or more (`市财政局：反馈问题26个，已完成24个，需长期坚持
/// 2个。`, in a round's summary across units): `市财政局`. The count, like a
/// bracketed note, says nothing of what kind of heading it is.
pub(crate) fn counted_name(title: &str) -> Option<&str> {
    let (name, counts) = title.split_once(['：', ':'])?;
    let name = name.trim();
    let short = (1..=MAX_COUNTED_NAME_CHARS).contains(&name.chars().count());
    let counted = || {
        crate::text::totals::find(&[(0, counts)])
            .is_some_and(|t| t.total.is_some_and(|v| v >= 2) && t.text.contains("问题"))
    };
    (short && !name.contains(['，', ',', '。']) && !states_shortcoming(name) && counted())
        .then_some(name)
}

/// The bracketed note that ends a title after its words (`（共4个问题，已全部
/// 完成整改）`), brackets included.
pub(crate) fn trailing_note(title: &str) -> Option<&str> {
    note_at(title).map(|open| &title[open..])
}

/// Where a bracketed note ending the title opens, after some words.
fn note_at(title: &str) -> Option<usize> {
    let body = title.strip_suffix(['）', ')'])?;
    body.rfind(['（', '(']).filter(|&open| open > 0)
}

/// A heading that carries measures, names a problem or reports its state
/// (unless its title is a line of work done, see [`is_work_line`]).
fn reads_as_problem(tree: &Tree, i: usize) -> bool {
    let n = &tree.nodes[i];
    let measure = n.style.is_some_and(|s| s.is_measure());
    // An unnumbered finding read as an item by its shape (a finding, then
    // the work on it: `plain_problems`, `reported_paragraphs`) that states
    // a shortcoming.
    let lead_finding =
        n.style == Some(LabelStyle::Lead) && mostly_findings([n.title.as_str()].into_iter());
    // `1.辅助器具适配后续跟踪服务缺失。` › `市残联制定…，开展入户回访。`: a
    // shortcoming, then the work on it.
    let finding_with_work = !measure
        && states_shortcoming(&n.title)
        && !n.body.is_empty()
        && super::plain_problems::reports_work(&n.body);
    // `（一）…监管不够到位。` › `1.开展…。已完成。` `2.上线…`: a sentence
    // stating a shortcoming over actions.
    let finding_over_actions = !measure
        && states_shortcoming(&n.title)
        && !is_work_line(&n.title)
        && !super::own_sentence::is_action(&n.title)
        && heads_actions(tree, i);
    carries_problem_shape(tree, i)
        || lead_finding
        || finding_with_work
        || finding_over_actions
        || (!measure && !is_work_line(&n.title) && states_progress(tree, i))
}

/// Characters that say something failed or fell short (`不`, `未`, `违`).
const FAILING_CHARS: &[char] = &[
    '不', '未', '没', '缺', '无', '违', '差', '弱', '低', '慢', '乱', '损', '堵', '漏', '超',
];

/// A word in the title says something failed (`不`, `未`, `违`, …).
pub(crate) fn says_something_failed(title: &str) -> bool {
    title.contains(FAILING_CHARS)
}

/// A title that states a finding: a shortcoming, a word that says
/// something failed (`…不严`, `…未纳入`), or a finding's marks (`部分…`).
pub(crate) fn states_finding(title: &str) -> bool {
    let title = super::plain_problems::found_statement(title);
    states_shortcoming(title)
        || says_something_failed(title)
        || super::plain_problems::is_finding(title)
}

/// Nouns that name findings as a class (`检查发现的问题`, `…的具体情形`).
const CLASS_NOUNS: &[&str] = &["问题", "情形", "隐患", "事项"];

/// A title that names the findings as a class, not one of them
/// (`一、检查发现的问题`, `一、督导指出的具体情形`): it ends in a noun of
/// findings and says of nothing that it failed, so the finding's marks it
/// carries (`问题`) state no finding of its own.
pub(crate) fn names_a_class_of_findings(title: &str) -> bool {
    let t = without_trailing_note(title.trim()).trim_end_matches(['。', '：', ':']);
    CLASS_NOUNS.iter().any(|w| t.ends_with(w))
        && !says_something_failed(t)
        && !states_shortcoming(t)
}

/// Titles that are findings, not measures: none opens with a measure's
/// verb (`制定…`, `强化…`), fewer than half open with an action taken
/// (`全面排查…情况，对超期未换届的…`), and most state a shortcoming or a
/// finding's marks (`…不及时`, `部分…`, `…较乱`).
pub(crate) fn mostly_findings<'a>(titles: impl Iterator<Item = &'a str>) -> bool {
    let (mut n, mut stated, mut acts) = (0, 0, 0);
    for t in titles {
        // `1月9日，督查组在…暗访发现，…`: the finding after who found it.
        let t = super::plain_problems::found_statement(t);
        if super::own_sentence::is_action(t) {
            return false;
        }
        n += 1;
        stated += usize::from(states_finding(t));
        acts += usize::from(super::own_sentence::acts_first(t));
    }
    stated * 2 > n && acts * 2 < n
}

/// The most characters of a slogan of the work (`迅速部署`, `标本兼治`).
const MAX_SLOGAN_CHARS: usize = 4;

/// A heading of the work done, as a report's first section lists it
/// (`（一）提高政治站位，压实整改责任。`, `（三）坚持统筹推进，注重标本兼治。`):
/// two or three short parallel clauses without figures, none saying that
/// anything failed. Its text may well mention states (`上轮…已全部完成
/// 整改`); it states no problem.
pub(crate) fn is_work_line(title: &str) -> bool {
    let (t, clauses) = title_clauses(title);
    let short = |c: &&str| short_clause(c, 3..=10);
    // `1.强化组织领导。`: one short clause opening with a measure's verb;
    // `（一）迅速部署。`, `（三）标本兼治。`: a slogan of the work, a few
    // characters that state no finding.
    let one_action = clauses.len() == 1
        && (super::own_sentence::is_action(t)
            || (t.chars().count() <= MAX_SLOGAN_CHARS && !states_finding(t)));
    ((2..=3).contains(&clauses.len()) || one_action)
        && clauses.iter().all(short)
        && !t.contains(FAILING_CHARS)
        && !states_shortcoming(t)
}

/// The most characters of a clause of a slogan (`正视差距`, `久久为功`).
const MAX_SLOGAN_CLAUSE_CHARS: usize = 6;

/// A title in the form of a slogan: two or three short clauses without
/// figures (`正视差距，迅速行动`, `巩固成果，久久为功`), whatever their
/// words. Only the form; a notice's lines of work share it
/// (`demotions::demote_strays`).
pub(crate) fn is_slogan(title: &str) -> bool {
    let (_, clauses) = title_clauses(title);
    (2..=3).contains(&clauses.len())
        && clauses
            .iter()
            .all(|c| short_clause(c, 2..=MAX_SLOGAN_CLAUSE_CHARS))
}

/// A title without its closing stop, and its clauses (split at commas).
fn title_clauses(title: &str) -> (&str, Vec<&str>) {
    let t = title.trim().trim_end_matches(['。', '.', '；', ';', '！']);
    (t, t.split(['，', ',']).collect())
}

/// A clause of `chars` characters without figures.
fn short_clause(clause: &str, chars: std::ops::RangeInclusive<usize>) -> bool {
    chars.contains(&clause.chars().count()) && !clause.chars().any(|c| c.is_ascii_digit())
}

/// A table row (`1⇥事项⇥…⇥已办结。`) whose cells report its state: a
/// problem with its report, like a `整改情况:` paragraph.
pub(crate) fn is_reporting_row(tree: &Tree, i: usize) -> bool {
    let n = &tree.nodes[i];
    n.children.is_empty() && n.title.contains('\t') && states_progress(tree, i)
}

/// The node's body, or its measure children's text, reports a state.
fn states_progress(tree: &Tree, i: usize) -> bool {
    let n = &tree.nodes[i];
    let mentions = names_state_in;
    // A table row (`1⇥事项⇥责任单位⇥已办结。`) states it in a cell of its
    // title line.
    let row = n.children.is_empty() && n.title.contains('\t');
    mentions(&n.body)
        || bracketed_state(&n.body)
        || (row && mentions(&n.title))
        || n.children.iter().any(|&c| {
            let m = &tree.nodes[c];
            m.style.is_some_and(|s| s.is_measure()) && (mentions(&m.title) || mentions(&m.body))
        })
}

/// The text ends with its state in brackets, as a bulletin marks each
/// task (`…已完工12个。（已完成）`, `（按序时推进）`): a word a ledger's
/// state cell would hold.
pub(crate) fn bracketed_state(text: &str) -> bool {
    crate::text::owners::before_state_tag(text).is_some()
}

/// At least two of the headings directly under `i`, and at least half of
/// them, carry measures or name a problem: the section's structure
/// outweighs a keyword in its title (words about the state of the work
/// alone do not: a plan section speaks of `已完成整改的问题` too).
pub(crate) fn mostly_problems(tree: &Tree, i: usize) -> bool {
    let children = &tree.nodes[i].children;
    let problems = children
        .iter()
        .filter(|&&c| carries_problem_shape(tree, c))
        .count();
    problems >= 2 && problems * 2 >= children.len()
}

/// The headings directly under `i` (two at least) each go on with the
/// work on their title, most titles state a finding and none opens with a
/// measure's verb
/// (`（一）党组主体责任落实不够到位，…。` › `局党组修订…`): the section lists
/// problems, whatever its title's words (`关于落实全面从严治党主体责任`
/// names the domain of its findings there, not a section of work).
pub(crate) fn findings_with_work(tree: &Tree, i: usize) -> bool {
    let children = &tree.nodes[i].children;
    let each = children.iter().all(|&c| {
        let n = &tree.nodes[c];
        !n.style.is_some_and(|s| s.is_measure()) && super::plain_problems::reports_work(&n.body)
    });
    let titles = children.iter().map(|&c| tree.nodes[c].title.as_str());
    children.len() >= 2 && each && mostly_findings(titles)
}

/// Who found it, at the start of a text (`巡察指出，`, `巡视组发现：`,
/// `审计发现，`, `反馈指出，`, `督导指出：`): the finding follows. Who
/// reported it (`…反映`) is an inspection's only when named so
/// (`巡察组反映`, not `群众反映`).
pub(crate) fn opens_with_finding(text: &str) -> bool {
    let t = crate::text::trim(text);
    let Some((who, _)) = t.split_once(['，', '：', ',', ':']) else {
        return false;
    };
    let found = FOUND_BY.iter().any(|w| *w != "反映" && who.ends_with(w));
    let finder = FINDERS.iter().any(|w| who.contains(w));
    crate::text::char_len(who) <= MAX_FINDER_CHARS && (found || (who.ends_with("反映") && finder))
}

/// Words that end a clause saying who found it (`审计发现，`, `巡察组指出：`,
/// `审计还发现，`): the finding follows.
pub(crate) const FOUND_BY: &[&str] = &["发现", "指出", "反映"];

/// Who finds: the inspection, its team, the audit, the feedback.
const FINDERS: &[&str] = &["巡察", "巡视", "审计", "督查", "检查", "反馈", "组"];

/// The longest clause naming who found it (`省委第二巡视组反馈指出`).
const MAX_FINDER_CHARS: usize = 12;

/// The headings under `i` (two at least), with nothing under them, each
/// over a text that opens with the inspection's finding (`（一）聚焦主责主业，
/// 推动高质量发展` › `巡察指出，局党组服务企业不够主动…。对此，…`): each is a
/// problem, its finding in its text, whatever its title's words (a line of
/// work here).
pub(crate) fn findings_in_their_text(tree: &Tree, i: usize) -> bool {
    let children = &tree.nodes[i].children;
    children.len() >= 2
        && children.iter().all(|&c| {
            let n = &tree.nodes[c];
            n.children.is_empty() && opens_with_finding(&n.body)
        })
}

/// Some heading under `i` (at any depth) reads as a problem.
pub(crate) fn holds_problems(tree: &Tree, i: usize) -> bool {
    let mut stack = tree.nodes[i].children.clone();
    while let Some(c) = stack.pop() {
        if reads_as_problem(tree, c) {
            return true;
        }
        stack.extend(tree.nodes[c].children.iter().copied());
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_state_in_closing_brackets_is_a_report_of_it() {
        assert!(bracketed_state("计划改造小区12个，已完工12个。（已完成）"));
        assert!(bracketed_state("正在进行室内装修。(按序时推进)。"));
        assert!(bracketed_state("目前仅完成2个。（进度滞后）"));
        assert!(!bracketed_state("涉及资金12万元（含利息）"));
        assert!(!bracketed_state("已完成整改。"));
    }

    #[test]
    fn slogans_are_two_or_three_short_clauses() {
        assert!(is_slogan("正视差距，迅速行动"));
        assert!(is_slogan("巩固成果，久久为功。"));
        assert!(!is_slogan("义务教育阶段学校布局不合理"));
        assert!(!is_slogan("排查隐患87处，已整改85处"));
    }

    #[test]
    fn work_lines_are_parallel_short_clauses_stating_nothing_failed() {
        assert!(is_work_line("提高政治站位，压实整改责任。"));
        assert!(is_work_line("坚持统筹推进，注重标本兼治。"));
        assert!(is_work_line("强化组织领导。"));
        assert!(is_work_line("细化整改方案。"));
        assert!(is_work_line("迅速部署。"));
        assert!(is_work_line("标本兼治"));
        assert!(!is_work_line("作风不实。"));
        assert!(!is_work_line("落实不到位。"));
        assert!(!is_work_line(
            "学科建设统筹谋划不够，优势特色学科引领作用不明显。"
        ));
        assert!(!is_work_line("干部队伍年龄结构老化，专业技术人才缺乏。"));
        assert!(!is_work_line("以加班补助名义违规发放津贴补贴。"));
        assert!(!is_work_line("党组织建设弱化，组织生活质量不高。"));
        assert!(!is_work_line("3个项目超概算，涉及资金120万元。"));
    }

    #[test]
    fn a_state_word_as_an_attribute_or_a_time_states_nothing() {
        assert!(names_state("目前该问题整改中。"));
        assert!(names_state("已完成整改3个"));
        assert!(names_state("（整改中）"));
        assert!(!names_state("对整改中遇到的问题及时研究解决"));
        assert!(!names_state("对已完成整改的问题开展回头看"));
    }

    #[test]
    fn a_bracketed_note_does_not_change_a_group_title() {
        assert!(is_group_title("党的建设缺失方面（4个问题，已完成3个）"));
        assert!(is_group_title("全面从严治党不力方面(2个问题)"));
        assert_eq!(without_trailing_note("（全文）"), "（全文）");
        assert_eq!(without_trailing_note("财务管理不规范"), "财务管理不规范");
        assert!(!is_group_title("公务接待管理不规范（责任单位：办公室）"));
        assert!(is_group_title("整改进度滞后的单位：柳湾镇、梨园乡"));
        assert!(!is_group_title("公务接待管理不规范，责任单位：办公室"));
        assert!(!is_group_title("牵头单位：县财政局"));
    }
}
