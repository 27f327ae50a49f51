//! Kinds. The kind of a node depends on the role of its section:
//!
//! - a section whose title contains a long-term keyword (`需长期整改`) holds
//!   [`NodeKind::LongTerm`] items, and their children are measures — unless
//!   the title states a shortcoming (`一、对需长期坚持的规定执行不严`): that
//!   is a problem whose text mentions the long term; or unless other
//!   sections group the problems by state (`一、已完成整改的问题`): then it
//!   is one of those groups and holds problems;
//! - a section about feedback problems (title contains `问题`, `反馈` or
//!   `整改落实`) holds problems: a heading whose children are all
//!   measure-style (`一是`, `①`, `第一,`) or that has no children is a
//!   [`NodeKind::Problem`], the headings above it are a focus area (first
//!   level) and categories (further levels) — unless those children each
//!   report their own state (`一是…。整改情况：…`): then they are the
//!   problems and the heading groups them. A heading titled `关于…问题` is
//!   always a problem. Children of a problem are measures;
//! - a section whose title has none of these keywords holds problems when
//!   its shape says so (`shape`): a heading in it carries measures
//!   (`一是…`) or a report on its state (`整改情况:…`, `已完成整改`);
//! - any other section holds [`NodeKind::Item`]s.
//!
//! - a section whose title contains an other-section keyword (`下一步`,
//!   `打算`, `主体责任`, `原因`, …) holds items even if it mentions 问题
//!   (`三、整改中存在的问题及原因`), unless its shape says otherwise: most
//!   of its (at least two) headings carry measures or their state
//!   (`一、贯彻落实决策部署方面` › `1.…不严格` › `（1）…。`), as in
//!   `shape::mostly_problems`; the keyword is a hint, not a gate.
//!
//! A heading is a problem, wherever it is, when its title is `关于…问题`
//! (not `关于…问题线索办理情况`, ending as a section's account does),
//! ends with `问题` (not when only words of who found them come before it:
//! `审计发现的主要问题`), starts with `问题:` or `问题一:`, or when a `整改情况:`
//! paragraph follows it — unless two or more children, all of them, name
//! problems themselves (`1.…方面的问题` › `（1）关于…的问题。整改情况：…`):
//! then it groups them, at any level. A `一、` heading is itself a problem (the notice's
//! top level is the problems) when it is such a heading, or when its children
//! are all measures (or it has none) and its title states a shortcoming
//! (`不到位`, `不够`, `缺乏`, … and not ending in `情况`).
//!
//! A part (`第一部分 …`, `第二篇 …`) above the `一、` headings is a section
//! by its role; in a part about problems the `一、` headings that group
//! problems are focus areas, and a part whose `一、` headings are the
//! problems is itself a focus area.
//!
//! Without any `一、` level the whole text is one implicit problem section,
//! except that a top-level heading of another numbering whose title is an
//! account (`1.总体情况`, `2.具体问题整改情况`, ending with `情况`) and that
//! has no headings below it, or two levels of them that are not measures,
//! is a section as a `一、` one is (numbering reused one level down: `2.具体
//! 问题整改情况` › `1.大气污染防治工作不力` › `（1）…`).
//!
//! Last, a heading read as a problem by its shape only, beside siblings
//! that hold the problems below them, is the notice's own text when it
//! reports nothing, names no problem and states no finding
//! (`1.摸清底数，建立问题清单`, `三、存在的不足`): a section at the top, an
//! item below.
//!
//! The last pass, `demotions`, turns what the notice's text shows is no
//! problem into the text it is; `node_ids` then numbers the nodes.

use super::demotions::{
    demote_accounts_before_problems, demote_classes_of_findings, demote_counted_areas,
    demote_earlier_round, demote_general_remarks, demote_leads_stating_nothing, demote_strays,
};
use super::restated::restates_earlier_problems;
use super::tree::{names_problem, states_shortcoming, Tree, SHORTCOMING};
use super::StatusRules;
use super::{own_sentence, shape, state_groups};
use crate::model::NodeKind;
use crate::text::label::LabelStyle;

#[derive(Debug, Clone)]
pub(crate) enum Role {
    Problems,
    LongTerm(String),
    Other,
    /// No keyword says: the shape of the section decides (see `shape`).
    Unknown,
}

pub(crate) fn section_role(title: &str, rules: &StatusRules) -> Role {
    // `四、县住建局（发现问题3个，已完成整改2个，1个需长期坚持）`: a note
    // counting the section's problems by state says nothing of its role.
    // Nor does a count after the name (`二、市财政局：反馈问题26个，…需长期
    // 坚持2个。`).
    let named = shape::without_trailing_note(title);
    let named = shape::counted_name(named).unwrap_or(named);
    if let Some(k) = rules
        .long_term_sections
        .iter()
        .find(|k| !k.is_empty() && named.contains(k.as_str()))
        .filter(|_| !states_shortcoming(title))
    {
        return Role::LongTerm(k.clone());
    }
    if names_other_role(title, rules) {
        return Role::Other;
    }
    if rules
        .problem_sections
        .iter()
        .any(|k| !k.is_empty() && title.contains(k.as_str()))
    {
        return Role::Problems;
    }
    if offers_advice(title) || asks_of_units(title) {
        return Role::Other;
    }
    Role::Unknown
}

/// The most characters of a title that ends by naming requirements.
const MAX_REQUIREMENTS_TITLE_CHARS: usize = 12;

/// A short title that ends by naming requirements (`三、有关要求`,
/// `四、工作要求`, `五、下一步工作要求`): what the notice asks of the units
/// next, its items actions (`（一）抓好未完成事项整改。`), not findings.
/// Not a title that says a requirement was missed (`未按要求…`), nor one
/// where `要求` is inside (`…要求提交材料过多`).
fn asks_of_units(title: &str) -> bool {
    let t = crate::text::trim(title).trim_end_matches(['：', ':', '。']);
    t.ends_with("要求")
        && t.chars().count() <= MAX_REQUIREMENTS_TITLE_CHARS
        && !states_shortcoming(t)
}

/// A title that names advice and no problems (`三、意见和建议`, `审计建议`):
/// a report to a 人大 or an audit ends with what should be done next; its
/// items speak about problems (`持续推动未完成问题整改到位`) without being
/// any.
fn offers_advice(title: &str) -> bool {
    title.contains("建议") && !states_shortcoming(title)
}

/// A title with an other-section keyword (`下一步工作打算`, `整改工作部署`),
/// unless it names a domain of findings (`贯彻落实上级决策部署方面`,
/// `落实全面从严治党主体责任方面`) or ends by stating its failing
/// (`全面从严治党主体责任压得不实`): there the keyword is the domain's
/// name, not the section's role.
fn names_other_role(title: &str, rules: &StatusRules) -> bool {
    // `贯彻落实党的路线方针政策和市委决策部署`: the decisions carried out
    // are the domain, not the notice's own deployment of the work.
    // `全面从严治党主体责任压得不实`: the domain and its failing.
    let domain = shape::names_domain(title)
        || (title.contains("决策部署") && !title.contains("整改"))
        || super::tree::title_ends_with_shortcoming(title);
    !domain
        && rules
            .other_sections
            .iter()
            .any(|k| !k.is_empty() && title.contains(k.as_str()))
}

fn is_measure_style(tree: &Tree, i: usize) -> bool {
    tree.nodes[i].style.is_some_and(LabelStyle::is_measure)
}

pub(super) fn set_subtree(tree: &mut Tree, i: usize, kind: NodeKind) {
    tree.nodes[i].kind = kind;
    for c in tree.nodes[i].children.clone() {
        set_subtree(tree, c, kind);
    }
}

fn make_problem(tree: &mut Tree, i: usize) {
    tree.nodes[i].kind = NodeKind::Problem;
    for c in tree.nodes[i].children.clone() {
        set_subtree(tree, c, NodeKind::Item);
        tree.nodes[c].kind = NodeKind::Measure;
    }
}

/// A heading that is a problem by its own words, wherever it stands.
fn is_problem_heading(tree: &Tree, i: usize) -> bool {
    names_problem(&tree.nodes[i])
}

/// `二、…落实不到位。` › `整改措施：` › `1.…` `2.…`: a finding with its
/// measures listed under the key, whatever the measures' words.
fn measures_listed(tree: &Tree, i: usize) -> bool {
    let n = &tree.nodes[i];
    !n.children.is_empty()
        && n.children
            .iter()
            .all(|&c| tree.under_measures_key.get(c) == Some(&true))
        && shape::states_finding(&n.title)
}

/// A `一、` heading that is a problem rather than a section.
fn is_top_problem(tree: &Tree, i: usize, rules: &StatusRules) -> bool {
    let n = &tree.nodes[i];
    if measures_listed(tree, i) {
        return true;
    }
    // `二、进度滞后的任务` › `1.…` `2.…`: a group of tasks by their state,
    // not one with its measures.
    if groups_by_state(tree, i) {
        return false;
    }
    // Children that are problems themselves (table rows with a state cell
    // among them), or groups of items (`（一）东城区` › `1.…`; an unlabelled
    // group heading, `城北中学：` over its `一是…` findings, whatever the
    // name), make this a section.
    // So do children over items of the problems' shape (`1.干部队伍建设
    // 存在短板` › `（1）…储备不足。` › `整改进展：…`).
    let groups = |c: usize| {
        let m = &tree.nodes[c];
        let plain = m.style == Some(LabelStyle::Plain);
        let over_problems = || {
            m.children
                .iter()
                .any(|&g| shape::carries_problem_shape(tree, g))
        };
        !m.children.is_empty() && (plain || shape::is_group_title(&m.title) || over_problems())
    };
    let holds_problems = n.children.iter().any(|&c| {
        shape::carries_problem_shape(tree, c) || shape::is_reporting_row(tree, c) || groups(c)
    }) || lists_shortcomings(tree, i)
        || shape::counts_exactly(tree, i)
        || self_reporting_list(tree, i);
    if is_problem_heading(tree, i) && !holds_problems {
        return true;
    }
    if holds_problems
        || matches!(section_role(&n.title, rules), Role::LongTerm(_))
        || names_other_role(&n.title, rules)
    {
        return false;
    }
    let t = n.title.trim_end_matches(['。', '.', '；', ';']);
    let leaves = n
        .children
        .iter()
        .all(|&c| tree.nodes[c].children.is_empty());
    // `二、聚焦“三个不够”深挖问题根源`: a line of the work, the failings
    // it names quoted.
    let work = super::own_sentence::opens_with_action_verb(&super::tree::without_quoted(t));
    // `三、存在的问题`: the findings at large, no shortcoming of its own.
    let at_large = super::tree::names_findings_at_large(t);
    // `一、预算编制不完整。已整改。`: something failed, in words of its own,
    // and a report of its own state.
    let reported_finding = n.children.is_empty()
        && shape::says_something_failed(t)
        && !shape::is_work_line(t)
        && reports_itself(tree, i);
    let finding = SHORTCOMING.iter().any(|w| t.contains(w)) || reported_finding;
    leaves && !t.ends_with("情况") && !work && !at_large && finding
}

/// A heading over findings: two or more numbered children, leaves, each
/// stating a shortcoming in its title, or most of them a finding under a
/// title that states none (`三、督查发现的主要问题` ›
/// `（一）部分项目前期工作滞后。…` `（二）安全生产隐患整改不彻底。…`) — a
/// list of problems, not one problem with its measures.
fn lists_shortcomings(tree: &Tree, i: usize) -> bool {
    let children = &tree.nodes[i].children;
    let leaves = children
        .iter()
        .all(|&c| !is_measure_style(tree, c) && tree.nodes[c].children.is_empty());
    let titles = || children.iter().map(|&c| tree.nodes[c].title.as_str());
    // Under a title that states no finding itself (`一、巡察反馈的问题`),
    // children that mostly state findings do, though some in no known
    // words (`党员教育管理松散`).
    let title = &tree.nodes[i].title;
    let bare_title = !shape::states_finding(title) || shape::names_a_class_of_findings(title);
    // One finding under a title naming the class (`一、“回头看”发现的
    // 问题` › `1.整改台账管理不规范。…`) is listed as two would be.
    let lone_finding = children.len() == 1
        && shape::names_a_class_of_findings(title)
        && titles().all(|t| states_shortcoming(t) && !super::own_sentence::is_action(t));
    leaves
        && (lone_finding
            || (children.len() >= 2
                && (titles().all(states_shortcoming)
                    || (bare_title && shape::mostly_findings(titles())))))
}

/// A heading whose children (two or more) all name problems themselves
/// (`1.…方面的问题` › `（1）关于…的问题。整改情况：…`) groups them, even
/// when its own title names a problem.
fn groups_problems(tree: &Tree, i: usize) -> bool {
    let children = &tree.nodes[i].children;
    // A paragraph that names its problem first (`针对…的问题，已…`).
    let named_first = |c: usize| {
        let n = &tree.nodes[c];
        n.style == Some(LabelStyle::Lead)
            && super::reported_paragraphs::opens_naming_problem(&n.title)
    };
    let named = || {
        children.iter().all(|&c| {
            !is_measure_style(tree, c) && (names_problem(&tree.nodes[c]) || named_first(c))
        })
    };
    // `问题3：…` names a problem by its label, however few there are; so
    // does a paragraph that names it first, alone under its heading.
    let labelled = !children.is_empty()
        && children
            .iter()
            .all(|&c| tree.nodes[c].style == Some(LabelStyle::Wenti) || named_first(c));
    // `1.党建方面的问题` › `1.…不够有力。` › `整改进展：…`: a domain's one
    // problem, stated as a shortcoming, is grouped as two would be; so is
    // a category's named in quotes (`（二）关于“…落实不到位”的问题`).
    let lone_in_domain = || {
        let [c] = children[..] else { return false };
        let m = &tree.nodes[c];
        let title = &tree.nodes[i].title;
        (super::tree::names_domains_problems(title) || super::tree::names_quoted_category(title))
            && (states_shortcoming(&m.title) || super::tree::names_problem_in_words(m))
    };
    // `一季度督查发现问题` › `1月9日，督查组…发现，…不符。目前…` …: a
    // title naming a class of findings over leaves that mostly state one.
    let class_listed =
        || shape::names_a_class_of_findings(&tree.nodes[i].title) && lists_shortcomings(tree, i);
    (children.len() >= 2 || labelled || lone_in_domain())
        && (lists_findings(tree, i) || named() || class_listed())
}

/// A heading over two or more items that are findings, not measures, and
/// either counts them (`第二，关于…的问题。本方面共4个问题，已完成3个。` ›
/// `1.…` … `4.…`; in its title's note, `已完成整改的问题（8个）`, over one
/// or more) or has each report its own state (`第三，关于学会治理不够
/// 规范的问题。` › `一是…未按期换届…。已督促完成换届，整改到位。`): it groups
/// them, though its title names a problem.
fn counts_its_findings(tree: &Tree, i: usize) -> bool {
    let children = &tree.nodes[i].children;
    // Paragraphs read as problems by their shape (`plain_problems`: each
    // a finding, then the work on it), one at least in a finding's words
    // (`…列支应由…负担的…费18.6万元。` beside `…且超标准安排食宿。`).
    let plain = || {
        children.iter().all(|&c| {
            let m = &tree.nodes[c];
            m.label.is_empty()
                && m.style == Some(LabelStyle::Lead)
                && super::plain_problems::reports_work(&m.body)
        }) && children
            .iter()
            .any(|&c| shape::states_finding(&tree.nodes[c].title))
    };
    let findings = shape::mostly_findings(children.iter().map(|&c| tree.nodes[c].title.as_str()));
    // Each with text of its own that says where its work stands.
    let reported = || {
        children.iter().all(|&c| {
            let body = &tree.nodes[c].body;
            reports_itself(tree, c)
                || crate::text::results::result_in(body).is_some()
                || super::report_text::long_term_clause(body).is_some()
        })
    };
    if children.len() >= 2 && plain() {
        return true;
    }
    // `（一）已完成整改的问题（8个）` › `①…` … `⑧…`: counted in the
    // title's note, however few.
    let noted = || shape::note_counts(tree, i);
    let counted = findings
        && ((children.len() >= 2 && (shape::body_counts(&tree.nodes[i]) || reported()))
            || (!children.is_empty() && noted()));
    // `（三）需长期坚持整改的问题（1个）` › `1、…偏少。…长期坚持。`: a title
    // that names problems and counts them says what its items are, whatever
    // their words.
    counted || (names_problems(&tree.nodes[i].title) && noted())
}

/// A title that names problems as its subject (`…的问题（3个）`,
/// `…事项（2项）`).
fn names_problems(title: &str) -> bool {
    let t = shape::without_trailing_note(title.trim()).trim_end();
    t.ends_with("问题") || t.ends_with("事项")
}

/// The most characters of a key that introduces findings (`审计发现：`).
const MAX_FINDINGS_KEY_CHARS: usize = 10;

/// Words of a key that introduces findings.
const FINDINGS_KEY_WORDS: &[&str] = &["发现", "指出", "问题", "反映", "存在"];

/// A heading whose text is a bare key that introduces findings (`审计
/// 发现：`, `巡察指出：`, `存在问题：`) above its items: the items are the
/// findings, whatever their numbering, and the heading groups them.
fn lists_findings(tree: &Tree, i: usize) -> bool {
    tree.nodes[i].body.split("\n\n").any(|p| {
        let t = crate::text::trim(p);
        let Some(key) = t.strip_suffix(['：', ':']) else {
            return false;
        };
        key.chars().count() <= MAX_FINDINGS_KEY_CHARS
            && FINDINGS_KEY_WORDS.iter().any(|w| key.contains(w))
            && !super::tree::opens_measures(t)
    })
}

/// A heading whose own paragraph goes on to bring in the findings listed
/// under it (`2.财务核算和资产管理不规范。审计指出，…存在以下问题：` ›
/// `一是…` `二是…`, cut by `inline_items::titled_list`): it groups them,
/// though its title states a problem.
fn brings_in_its_findings(tree: &Tree, i: usize) -> bool {
    let n = &tree.nodes[i];
    let inline = n.children.len() >= 2
        && n.children.iter().all(|&c| {
            tree.nodes[c].style == Some(LabelStyle::Wenti) && tree.nodes[c].line == n.line
        });
    let brought_in = n.body.split("\n\n").next().is_some_and(|p| {
        let t: String = crate::text::norm_chars(crate::text::trim(p))
            .into_iter()
            .collect();
        t.ends_with(':') && super::inline_items::brings_findings(&t)
    });
    inline && brought_in
}

/// A heading with a report on its own state: a `整改情况：…` paragraph, or
/// its own line going on `…。整改情况：…`.
pub(super) fn reports_itself(tree: &Tree, i: usize) -> bool {
    let n = &tree.nodes[i];
    n.reported
        || n.body
            .split("\n\n")
            .any(super::tree::is_rectification_report)
        || (own_sentence::opens_with_state(&n.body) && !own_sentence::is_action(&n.title))
        || own_sentence::report_at(&n.title).is_some()
        || super::status_marks::item_mark(n, &tree.marks).is_some()
        || super::report_text::title_tag(&n.title).is_some()
        // `【已办结】…`: an item opened by a tag of its state (`bullets`).
        || n.style == Some(LabelStyle::Bullet)
            && crate::text::label::leading_tag(&n.label).is_some()
}

/// A node's last words: its body, or its title when it has none.
pub(crate) fn own_text(n: &super::tree::TNode) -> &str {
    if n.body.trim().is_empty() {
        &n.title
    } else {
        &n.body
    }
}

/// Two or more children, each reporting its own state (`第一，…不彻底。已完成
/// 整改。`, `一是…不到位。整改情况：…`): a list of problems, whatever their
/// numbering.
fn self_reporting_list(tree: &Tree, i: usize) -> bool {
    let children = &tree.nodes[i].children;
    children.len() >= 2 && children.iter().all(|&c| reports_itself(tree, c))
}

/// A section of one item that reports its own state (`四、其他` ›
/// `11.…乱停乱放。【推进中】`): a list of one problem.
fn only_child_reports_itself(tree: &Tree, r: usize) -> bool {
    let [c] = tree.nodes[r].children[..] else {
        return false;
    };
    let n = &tree.nodes[c];
    let first = n.body.split("\n\n").next().unwrap_or("").trim();
    let tag = first.starts_with(['【', '〔', '（', '(']) && own_sentence::opens_with_state(first);
    n.reported || super::report_text::title_tag(&n.title).is_some() || tag
}

/// A self-reporting list numbered as measures are (`第一，` `一是` `①`)
/// right under a section: [`problem_level`] never sees it as a list of
/// problems, since it takes measure-numbered headings for items.
fn self_reporting_measure_list(tree: &Tree, r: usize) -> bool {
    let children = &tree.nodes[r].children;
    children.iter().all(|&c| is_measure_style(tree, c)) && self_reporting_list(tree, r)
}

fn problem_level(tree: &mut Tree, i: usize, depth: usize) {
    if counts_its_findings(tree, i) {
        tree.nodes[i].kind = group_kind(depth);
        for c in tree.nodes[i].children.clone() {
            // `1.关于…的问题(共3项)` › `（1）…` `（2）…` `（3）…`: a category
            // that counts its own findings groups them in turn.
            let counts_own = || names_problems(&tree.nodes[c].title) && shape::note_counts(tree, c);
            // `1.…不够有力类问题` › `（1）…`: a class of problems over its
            // items groups them, however few.
            let class_of = || {
                !tree.nodes[c].children.is_empty()
                    && super::tree::names_domains_problems(&tree.nodes[c].title)
            };
            if brings_in_its_findings(tree, c) || counts_own() || class_of() {
                problem_level(tree, c, depth + 1);
            } else {
                problem_or_reported_group(tree, c, depth + 1);
            }
        }
        give_report_to_only_problem(tree, i);
        return;
    }
    if findings_reported_in_order(tree, i).is_some() {
        return problem_or_reported_group(tree, i, depth);
    }
    if findings_under_their_key(tree, i) {
        tree.nodes[i].kind = group_kind(depth);
        for c in tree.nodes[i].children.clone() {
            make_problem(tree, c);
        }
        give_report_to_only_problem(tree, i);
        return speak_for_each(tree, i);
    }
    // `（一）…不到位，部分项目进度滞后。` › `整改措施：` › `1.…` `2.…`: a
    // finding with its measures listed under the key, as at the top.
    if measures_listed(tree, i) {
        return make_problem(tree, i);
    }
    let groups = groups_problems(tree, i);
    if is_problem_heading(tree, i) && !groups {
        return make_problem(tree, i);
    }
    // `第一，船舶管控方面` › `问题1：…` `问题2：…`: numbered as measures
    // are, it groups the problems its children name.
    if is_measure_style(tree, i)
        && !groups
        && !groups_headings(tree, i)
        && !self_reporting_list(tree, i)
    {
        return set_subtree(tree, i, NodeKind::Item);
    }
    if domain_of_findings(tree, i) {
        tree.nodes[i].kind = group_kind(depth);
        for c in tree.nodes[i].children.clone() {
            make_problem(tree, c);
        }
        return;
    }
    if !groups && (shape::carries_numbered_measures(tree, i) || shape::heads_actions(tree, i)) {
        return make_problem(tree, i);
    }
    let children = tree.nodes[i].children.clone();
    // Items that each report their own state (`一是…不到位。整改情况：…`) are
    // the problems, whatever their numbering: a measure has no report. Not
    // groups that count their findings (`1.耕地保护方面（3个）` › `（1）…`).
    let groups_counted = || children.iter().any(|&c| counts_its_findings(tree, c));
    if self_reporting_list(tree, i) && !groups_counted() {
        tree.nodes[i].kind = group_kind(depth);
        for &c in &children {
            make_problem(tree, c);
        }
        return;
    }
    let has_headings = children.iter().any(|&c| !is_measure_style(tree, c));
    if !has_headings {
        return make_problem(tree, i);
    }
    tree.nodes[i].kind = group_kind(depth);
    for &c in &children {
        problem_level(tree, c, depth + 1);
    }
    align_levels(tree, &children, depth + 1);
}

/// A heading that names a state's group (`（一）已完成整改的问题。`,
/// `（三）需长期坚持的问题。`) with nothing under it and a text that opens
/// by naming listed problems by number (`第1、2、4、6项已整改完成…`): a
/// report on problems listed before, by their state, not a problem.
fn reports_by_number_under_a_state(tree: &Tree, i: usize) -> bool {
    let n = &tree.nodes[i];
    n.kind == NodeKind::Problem
        && n.children.is_empty()
        && names_state_group(tree, i)
        && super::references::numbers_at(&crate::text::norm_chars(n.body.trim_start()), 0)
            .is_some_and(|(k, _)| !k.is_empty())
}

/// `（一）…项目（建设单位：…）` › `存在问题：` › `①…；` `②…。` › `整改情况：
/// …`: findings under a key that brings them in, numbered as measures are
/// or not, are the problems — unless another bare key brings in items too
/// (`检视问题：` › `第一，…` and `整改落实：` › `一是…`), or they were listed
/// under a measures key.
fn findings_under_their_key(tree: &Tree, i: usize) -> bool {
    let children = &tree.nodes[i].children;
    let bare_keys = tree.nodes[i]
        .body
        .split("\n\n")
        .filter(|p| crate::text::trim(p).ends_with(['：', ':']))
        .count();
    !children.is_empty()
        && lists_findings(tree, i)
        && bare_keys == 1
        && !children
            .iter()
            .any(|&c| tree.under_measures_key.get(c) == Some(&true))
}

/// The most findings one group's report speaks for (each takes a copy of
/// its words), and the most circled numbers read in it.
const MAX_SPOKEN_FOR: usize = 20;

/// The circled numbers that mark a group's findings (`①` … `⑳`).
const CIRCLED: std::ops::RangeInclusive<char> = '①'..='⑳';

/// The group's report (`整改情况：①已…整改到位；②…正在分段安装…`, or one
/// for all: `…上述3个问题仍在整改中`) speaks for its findings with no text of
/// their own: each the clause its circled number opens, or the whole
/// report when it names none and points back at them (`上述`, `以上`).
fn speak_for_each(tree: &mut Tree, group: usize) {
    let Some(report) = tree.nodes[group]
        .body
        .split("\n\n")
        .find(|p| super::tree::is_rectification_report(p))
        .map(str::to_string)
    else {
        return;
    };
    if tree.nodes[group].children.len() > MAX_SPOKEN_FOR {
        return;
    }
    let marks: Vec<(usize, char)> = report
        .char_indices()
        .filter(|(_, c)| CIRCLED.contains(c))
        .take(MAX_SPOKEN_FOR)
        .collect();
    for c in tree.nodes[group].children.clone() {
        let n = &tree.nodes[c];
        if n.kind != NodeKind::Problem || !n.body.trim().is_empty() || n.spoken_for.is_some() {
            continue;
        }
        let own = n.label.chars().find(|ch| CIRCLED.contains(ch));
        let words = match own {
            Some(m) if !marks.is_empty() => {
                let Some(k) = marks.iter().position(|&(_, ch)| ch == m) else {
                    continue;
                };
                let end = marks.get(k + 1).map_or(report.len(), |&(at, _)| at);
                report[marks[k].0..end].to_string()
            }
            // A report for all says so (`上述3个问题仍在整改中`).
            _ if ["上述", "以上"].iter().any(|w| report.contains(w)) => report.clone(),
            _ => continue,
        };
        tree.nodes[c].spoken_for = Some(words);
    }
}

/// A heading naming a domain (`1、执法程序方面`) over leaves numbered as
/// measures are (`①部分案件立案审批晚于…` `②简易程序适用不当…`) that mostly
/// state findings: they are its problems, not one problem's measures.
fn domain_of_findings(tree: &Tree, i: usize) -> bool {
    let n = &tree.nodes[i];
    let children = &n.children;
    !children.is_empty()
        && shape::names_domain(&n.title)
        && children.iter().all(|&c| {
            let m = &tree.nodes[c];
            let numbered = m.style.is_some_and(|s| s != LabelStyle::Keyed);
            numbered && is_measure_style(tree, c) && m.children.is_empty()
        })
        && shape::mostly_findings(children.iter().map(|&c| tree.nodes[c].title.as_str()))
}

/// A measure-numbered heading over headings that hold items of their own
/// (`第一，乡镇层面` › `（一）桂溪镇` › `①…`): a level of groups, since a
/// measure holds no headings.
fn groups_headings(tree: &Tree, i: usize) -> bool {
    tree.nodes[i]
        .children
        .iter()
        .any(|&c| !is_measure_style(tree, c) && !tree.nodes[c].children.is_empty())
}

fn add_distinct<T: PartialEq>(v: &mut Vec<T>, x: T) {
    if !v.contains(&x) {
        v.push(x);
    }
}

fn group_kind(depth: usize) -> NodeKind {
    if depth <= 1 {
        NodeKind::FocusArea
    } else {
        NodeKind::Category
    }
}

/// Headings of one style under one parent are one level. When some of
/// them group problems (focus areas, categories), a sibling of their style
/// read as a problem only by its shape — no measure-style children, no
/// title naming a problem — whose numbered children have the style of the
/// groups' problems groups problems too (`（一）…有差距` › `1.…` `2.…` `3.…`
/// beside `（二）…有短板` › `1.…` `2.…`).
fn align_levels(tree: &mut Tree, siblings: &[usize], depth: usize) {
    let groups: Vec<usize> = siblings
        .iter()
        .copied()
        .filter(|&s| matches!(tree.nodes[s].kind, NodeKind::FocusArea | NodeKind::Category))
        .collect();
    // The distinct styles (a handful), so that each check is constant time.
    let mut group_styles: Vec<Option<LabelStyle>> = Vec::new();
    let mut problem_styles: Vec<Option<LabelStyle>> = Vec::new();
    for &g in &groups {
        add_distinct(&mut group_styles, tree.nodes[g].style);
        // The problems anywhere under the group (`（一）…方面` › `1.…` ›
        // `一是…`, beside `（四）…方面` › `一是…`).
        let mut todo = tree.nodes[g].children.clone();
        while let Some(c) = todo.pop() {
            if tree.nodes[c].kind == NodeKind::Problem {
                add_distinct(&mut problem_styles, tree.nodes[c].style);
            } else {
                todo.extend_from_slice(&tree.nodes[c].children);
            }
        }
    }
    for &s in siblings {
        let n = &tree.nodes[s];
        let same_style = group_styles.contains(&n.style);
        // `4.关于巡察、审计等监督发现问题整改方面` names an area, whatever
        // problems its words mention.
        let area = n
            .title
            .trim_end_matches(['。', '.', ':', '：'])
            .ends_with("方面");
        let by_shape_only = n.kind == NodeKind::Problem
            && (!names_problem(n) || area)
            && !n.children.is_empty()
            && n.children
                .iter()
                .all(|&c| problem_styles.contains(&tree.nodes[c].style));
        // `需长期坚持的问题（1个）` › `1.…` beside groups that count theirs,
        // or that name their state too (`（一）已整改到位的问题` beside
        // `（三）需长期坚持整改的问题` › `1.…`).
        let counted_group = n.kind == NodeKind::Problem
            && (shape::counts_exactly(tree, s)
                || (names_state_group(tree, s)
                    && groups.iter().any(|&g| names_state_group(tree, g))));
        // `4.财务和资产管理不规范` › `（1）…` `（2）…`, each report taken for
        // the heading's, one per child in order.
        let reports = (n.kind == NodeKind::Problem
            && n.children
                .iter()
                .all(|&c| problem_styles.contains(&tree.nodes[c].style)))
        .then(|| one_report_each(tree, s))
        .flatten();
        // `（二）关于…的问题` › `1.关于…的问题` beside groups of such
        // problems: its children name problems themselves, even one.
        let named_children = n.kind == NodeKind::Problem
            && !n.children.is_empty()
            && n.children.iter().all(|&c| {
                let m = &tree.nodes[c];
                problem_styles.contains(&m.style) && super::tree::names_problem_in_words(m)
            });
        let aligned = by_shape_only || found_nothing(n) || counted_group || named_children;
        if same_style && (aligned || reports.is_some()) {
            tree.nodes[s].kind = group_kind(depth);
            for c in tree.nodes[s].children.clone() {
                // Numbered as the groups' problems are, measure-style marks
                // included (`（七）区住建局` › `⑬…` beside groups of `①…`).
                if is_measure_style(tree, c) {
                    make_problem(tree, c);
                } else {
                    problem_level(tree, c, depth + 1);
                }
            }
            give_report_to_only_problem(tree, s);
            if let Some(reports) = reports {
                give_reports_in_order(tree, s, reports);
            }
        }
    }
}

/// The heading's text is keyed reports (`整改进展：…`), one for each of its
/// children that has none (`（1）…` `（2）…`, whose reports were placed on
/// the heading): those reports, in order.
fn one_report_each(tree: &Tree, i: usize) -> Option<Vec<String>> {
    let n = &tree.nodes[i];
    let reports: Vec<&str> = n
        .body
        .split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .collect();
    let bare = bare_children(tree, i).len();
    (bare > 0
        && reports.len() == bare
        && reports
            .iter()
            .all(|p| super::tree::is_rectification_report(p)))
    .then(|| reports.iter().map(|p| p.to_string()).collect())
}

/// A heading over numbered findings (most state a shortcoming, none opens
/// with a measure's verb; not keyed parts, `整改措施：…`, `【整改措施】1.…`)
/// whose text is one
/// keyed report for each of them without one: those reports, in order.
fn findings_reported_in_order(tree: &Tree, i: usize) -> Option<Vec<String>> {
    let children = &tree.nodes[i].children;
    // A bare number (`（1）`, `2.`), not a key's (`【整改措施】1.`).
    let bare_number = |l: &str| {
        l.chars()
            .all(|c| !c.is_alphabetic() || c.is_ascii() || crate::text::is_cn_numeral(c))
    };
    let numbered = children.iter().all(|&c| {
        let n = &tree.nodes[c];
        n.style.is_some_and(|s| s != LabelStyle::Keyed) && bare_number(&n.label)
    });
    let findings = shape::mostly_findings(children.iter().map(|&c| tree.nodes[c].title.as_str()));
    (numbered && findings)
        .then(|| one_report_each(tree, i))
        .flatten()
}

/// A problem, or, when it is a heading over findings each reported after
/// it (`1.财务报销审核不严` › `（1）…缺少审批单。` `（2）…登记不及时。`, the
/// reports placed on the heading), a group of those problems, each with
/// its report.
fn problem_or_reported_group(tree: &mut Tree, i: usize, depth: usize) {
    let Some(reports) = findings_reported_in_order(tree, i) else {
        return make_problem(tree, i);
    };
    tree.nodes[i].kind = group_kind(depth);
    for c in tree.nodes[i].children.clone() {
        make_problem(tree, c);
    }
    give_reports_in_order(tree, i, reports);
}

/// The children of a node with no text of their own.
fn bare_children(tree: &Tree, i: usize) -> Vec<usize> {
    tree.nodes[i]
        .children
        .iter()
        .copied()
        .filter(|&c| tree.nodes[c].body.trim().is_empty())
        .collect()
}

/// Gives each child of a group that has no report the next of `reports`,
/// in order, and takes them from the group.
fn give_reports_in_order(tree: &mut Tree, group: usize, reports: Vec<String>) {
    let bare = bare_children(tree, group);
    let g = &mut tree.nodes[group];
    g.body.clear();
    g.paragraphs = 0;
    g.reported = false;
    for (c, report) in bare.into_iter().zip(reports) {
        let child = &mut tree.nodes[c];
        child.body = report;
        child.paragraphs = 1;
        child.reported = true;
    }
}

/// A heading read as a group whose report, printed after its one
/// problem (`4.关于…方面` › `①…问题整改不到位。` › `整改情况：…`), was
/// taken for the heading's: it is that problem's.
fn give_report_to_only_problem(tree: &mut Tree, group: usize) {
    let [only] = tree.nodes[group].children[..] else {
        return;
    };
    let (g, c) = (&tree.nodes[group], &tree.nodes[only]);
    if !g.reported || c.kind != NodeKind::Problem || !c.body.is_empty() || !c.children.is_empty() {
        return;
    }
    let body = std::mem::take(&mut tree.nodes[group].body);
    let paragraphs = std::mem::take(&mut tree.nodes[group].paragraphs);
    tree.nodes[group].reported = false;
    let c = &mut tree.nodes[only];
    c.body = body;
    c.paragraphs = paragraphs;
    c.reported = true;
}

/// [`align_levels`] across groups: the headings under all the groups
/// at one depth are one level, whatever group they sit in (`第一，乡镇层面`
/// › `（一）桂溪镇` › `①…` `②…`, then `第二，部门层面` › `（四）县住建局` ›
/// `①…`: `（四）` is a unit like `（一）`, not a problem with a measure).
fn align_cousins(tree: &mut Tree, parents: &[usize], depth: usize) {
    let cousins: Vec<usize> = parents
        .iter()
        .filter(|&&p| matches!(tree.nodes[p].kind, NodeKind::FocusArea | NodeKind::Category))
        .flat_map(|&p| tree.nodes[p].children.clone())
        .collect();
    if cousins.is_empty() {
        return;
    }
    align_levels(tree, &cousins, depth + 1);
    align_cousins(tree, &cousins, depth + 1);
}

/// Words that say a check found nothing (`督查点位未发现明显问题`).
const NOTHING_FOUND: &[&str] = &["未发现", "没有发现", "无明显问题", "未见明显"];

/// A unit's heading among groups of findings, with no items under it and
/// a text saying nothing was found there (`（四）金沙街道` › `督查点位未发现
/// 明显问题…`): a group with no problems, not a problem.
fn found_nothing(n: &super::tree::TNode) -> bool {
    n.children.is_empty()
        && shape::is_group_title(&n.title)
        && NOTHING_FOUND.iter().any(|w| n.body.contains(w))
}

fn long_term_item(tree: &mut Tree, i: usize, keyword: &str) {
    set_subtree(tree, i, NodeKind::Item);
    tree.nodes[i].kind = NodeKind::LongTerm;
    tree.nodes[i].long_term = Some(keyword.to_string());
    for c in tree.nodes[i].children.clone() {
        tree.nodes[c].kind = NodeKind::Measure;
        tree.nodes[c].long_term = Some(keyword.to_string());
    }
}

/// The role of a section: its title's keywords, else its shape.
fn role_of(tree: &Tree, r: usize, rules: &StatusRules) -> Role {
    match section_role(&tree.nodes[r].title, rules) {
        // `一、坚持问题导向，逐项整改落实` › `（一）聚焦主责主业，推动高质量
        // 发展` › `巡察指出，…。对此，…`: lines of work over the findings.
        Role::Unknown | Role::Problems | Role::Other if shape::findings_in_their_text(tree, r) => {
            Role::Problems
        }
        // `一、坚持把巡视整改作为重大政治任务，以高度政治自觉推动整改落实`:
        // a keyword in an account of the work names no problems.
        Role::Unknown if groups_by_state(tree, r) => Role::Problems,
        Role::Unknown | Role::Problems if accounts_for_the_work(tree, r) => Role::Other,
        Role::Unknown if tells_what_went_well(tree, r) => Role::Other,
        Role::Unknown
            if shape::holds_problems(tree, r)
                || self_reporting_list(tree, r)
                || only_child_reports_itself(tree, r) =>
        {
            Role::Problems
        }
        Role::Unknown => Role::Other,
        Role::Other
            if ((shape::mostly_problems(tree, r) && !titles_of_work(tree, r))
                || shape::findings_with_work(tree, r))
                && !restates_earlier_problems(tree, r)
                && !lists_its_own_items(tree, r) =>
        {
            Role::Problems
        }
        Role::LongTerm(_) if among_progress_groups(tree, r, rules) => Role::Problems,
        role => role,
    }
}

/// A section of no known role (`一、总体情况`) whose headings, two or more,
/// say only what went well (`（一）政务服务效能持续提升。…已全部上线运行。`:
/// no word in a title says anything failed), beside a section whose title
/// says it holds the problems (`二、发现的问题及整改情况`): its headings
/// report progress, they are no findings.
fn tells_what_went_well(tree: &Tree, r: usize) -> bool {
    let children = &tree.nodes[r].children;
    let well = children.len() >= 2
        && children
            .iter()
            .all(|&c| !shape::says_something_failed(&tree.nodes[c].title));
    // Read here only for a root of no known role: the sections counted
    // are others.
    well && tree.problem_sections > 0
}

/// A section whose title is a line of work or opens with a measure's verb
/// (`一、提高政治站位，扎实推进巡察整改工作`, `一、坚持把巡视整改作为重大政治
/// 任务，以高度政治自觉推动整改落实`) and whose headings are all lines of
/// work (`（一）强化组织领导，压实整改责任` `（二）细化整改方案，建立工作台账`
/// …): the account of how the work
/// was organised, whose numbered lines (`1.成立整改工作领导小组。…`) are
/// steps taken, not findings.
fn accounts_for_the_work(tree: &Tree, r: usize) -> bool {
    let n = &tree.nodes[r];
    let title = n.title.as_str();
    let names_no_finding =
        !shape::states_finding(title) && !title.contains("问题") && !shape::names_domain(title);
    (shape::is_work_line(title)
        || super::own_sentence::opens_with_action_verb(title)
        || names_no_finding)
        && n.children.len() >= 2
        && n.children.iter().all(|&c| {
            let t = &tree.nodes[c].title;
            // `（一）强化政治担当，以高度的政治自觉推进整改。巡视反馈会后…`:
            // a sentence of the work done heading its paragraph.
            shape::is_work_line(t)
                || (super::own_sentence::opens_with_action_verb(t)
                    && t.trim_end().ends_with('。')
                    && !shape::names_domain(t))
                || tells_how_it_stands(t)
        })
}

/// Endings of a heading that tells how the work stands as a whole
/// (`（四）整改总体进展。`, `（三）整改完成情况`).
const ACCOUNT_ENDINGS: &[&str] = &["进展", "情况", "成效", "概况"];

/// A heading of an account that tells how the work stands, naming no
/// finding and no domain.
fn tells_how_it_stands(title: &str) -> bool {
    let t = title.trim().trim_end_matches(['。', '.', '：', ':']);
    ACCOUNT_ENDINGS.iter().any(|e| t.ends_with(e))
        && !t.contains("问题")
        && !shape::states_finding(t)
        && !shape::names_domain(t)
}

/// Every heading under `r` opens with a measure's verb or reads as a
/// line of work (`（一）持续推进未完成整改事项` `（二）巩固拓展整改成果`
/// `（三）强化日常监督`): plans or work done, not findings.
fn titles_of_work(tree: &Tree, r: usize) -> bool {
    let children = &tree.nodes[r].children;
    !children.is_empty()
        && children.iter().all(|&c| {
            let t = &tree.nodes[c].title;
            shape::is_work_line(t) || super::own_sentence::opens_with_action_verb(t)
        })
}

/// A section of another role whose own text ends by bringing in the list
/// of its items printed in one paragraph (`四、尚未整改到位问题的原因及后续
/// 安排` › `截至目前，尚有4项问题未完全整改到位，主要原因：` › `一是部分问题
/// 涉及历史遗留，如…问题…`; `…尚未整改到位的4个问题主要是：` › `一是…`): the
/// items are of the section's role (reasons), though they name problems.
pub(super) fn lists_its_own_items(tree: &Tree, r: usize) -> bool {
    let n = &tree.nodes[r];
    // The items brought in by the section's own first words, as one list
    // (`从整改情况看，尚未整改到位的4个问题主要是：` › `一是…` `二是…`).
    let inline = n.children.len() >= 2
        && n.children
            .iter()
            .all(|&c| tree.nodes[c].line == tree.nodes[n.children[0]].line);
    inline && crate::text::trim(&n.body).ends_with(['：', ':'])
}

/// A section among sections that group the problems by their state
/// (`一、已完成整改的问题（9个）` `二、正在整改的问题（2个）` `三、需长期坚持
/// 整改的问题（1个）`): the long-term group holds problems too, numbered on
/// with the others and counted among them; its title gives their state
/// (`state_groups`).
fn among_progress_groups(tree: &Tree, r: usize, rules: &StatusRules) -> bool {
    tree.roots
        .iter()
        .any(|&s| s != r && state_groups::is_progress_group(&tree.nodes[s].title, rules))
}

/// The children of a section, by its role.
fn section_children(tree: &mut Tree, r: usize, role: &Role) {
    tree.nodes[r].kind = NodeKind::Section;
    let children = tree.nodes[r].children.clone();
    // Measure-numbered items that the section counts as its problems
    // (`一、立行立改类问题` › `以下7处问题均已立行立改完毕。` › `①…` … `⑦…`).
    let counted =
        || shape::counts_exactly(tree, r) && children.iter().all(|&c| is_measure_style(tree, c));
    if matches!(role, Role::Problems) && (self_reporting_measure_list(tree, r) || counted()) {
        for &c in &children {
            make_problem(tree, c);
        }
        return;
    }
    for &c in &children {
        match role {
            Role::Problems => problem_level(tree, c, 1),
            Role::LongTerm(k) => long_term_item(tree, c, k),
            Role::Other | Role::Unknown => set_subtree(tree, c, NodeKind::Item),
        }
    }
    if matches!(role, Role::Problems) {
        align_levels(tree, &children, 1);
        align_cousins(tree, &children, 1);
    }
}

/// A `一、` heading inside a part about problems that is not about them
/// (`一、整改工作总体情况`, `二、下一步打算`): its title names another
/// role, or nothing under it reads as a problem.
fn is_other_heading(tree: &Tree, c: usize, rules: &StatusRules) -> bool {
    tree.nodes[c].style == Some(LabelStyle::ChineseDun)
        && !is_problem_heading(tree, c)
        && match section_role(&tree.nodes[c].title, rules) {
            Role::Other | Role::LongTerm(_) => true,
            Role::Unknown => !shape::holds_problems(tree, c),
            Role::Problems => false,
        }
}

/// `第一部分 …` (`第二篇`, …): a group above `一、`. A part about problems
/// whose `一、` headings group problems is a section and they are its focus
/// areas; a part whose headings are the problems themselves is a focus
/// area. Any other part is a section by its role.
fn assign_part(tree: &mut Tree, r: usize, rules: &StatusRules) {
    let role = role_of(tree, r, rules);
    if !matches!(role, Role::Problems) {
        return section_children(tree, r, &role);
    }
    let children = tree.nodes[r].children.clone();
    for &c in &children {
        if is_other_heading(tree, c, rules) {
            set_subtree(tree, c, NodeKind::Item);
        } else {
            problem_level(tree, c, 1);
        }
    }
    align_levels(tree, &children, 1);
    align_cousins(tree, &children, 1);
    let groups = children
        .iter()
        .any(|&c| tree.nodes[c].kind == NodeKind::FocusArea);
    let problems = children
        .iter()
        .any(|&c| tree.nodes[c].kind == NodeKind::Problem);
    tree.nodes[r].kind = if problems && !groups {
        NodeKind::FocusArea
    } else {
        NodeKind::Section
    };
}

/// The node's title names a group of problems by their state (set by
/// [`assign_kinds`]).
fn names_state_group(tree: &Tree, i: usize) -> bool {
    tree.names_state_group.get(i) == Some(&true)
}

/// A heading that names a state's group over two or more numbered items,
/// or as many as it counts (`二、进度滞后的任务` › `1.城区老旧小区改造项目。
/// …` `2.…`; `三、进度滞后的任务（1项）` › `22.…`): the items are what the
/// group counts, problems (or a bulletin's tasks), whatever their words.
fn groups_by_state(tree: &Tree, i: usize) -> bool {
    let children = &tree.nodes[i].children;
    names_state_group(tree, i)
        && (children.len() >= 2 || shape::counts_exactly(tree, i))
        && children.iter().all(|&c| tree.nodes[c].style.is_some())
}

/// Assigns kinds to every node.
pub(crate) fn assign_kinds(tree: &mut Tree, rules: &StatusRules) {
    tree.names_state_group = tree
        .nodes
        .iter()
        .map(|n| state_groups::state_of_group(n.title.trim_end_matches('。'), rules).is_some())
        .collect();
    tree.problem_sections = tree
        .roots
        .iter()
        .filter(|&&s| matches!(section_role(&tree.nodes[s].title, rules), Role::Problems))
        .count();
    let roots_report = self_reporting_roots(tree);
    // The roots read level by level (no `一、` above them): one level, as
    // the headings under one parent are.
    let mut levelled = Vec::new();
    for r in tree.roots.clone() {
        match tree.nodes[r].style {
            // `2、整改推进情况` naming the items of `1、…主要问题` by number;
            // `二、整改落实情况` › `（一）针对第1项问题。…`: replies by number.
            _ if tree.nodes[r].speaks_for_list => section_children(tree, r, &Role::Other),
            Some(LabelStyle::Part) => assign_part(tree, r, rules),
            Some(LabelStyle::ChineseDun) if is_top_problem(tree, r, rules) => make_problem(tree, r),
            Some(LabelStyle::ChineseDun) => {
                let role = role_of(tree, r, rules);
                section_children(tree, r, &role);
            }
            _ if roots_report => make_problem(tree, r),
            // `4、下一步工作` after `1、…方面` groups: a part of another role.
            _ if is_other_part(tree, r, rules) => section_children(tree, r, &Role::Other),
            _ if is_outline_account(tree, r) => {
                let role = role_of(tree, r, rules);
                section_children(tree, r, &role);
            }
            _ => {
                problem_level(tree, r, 1);
                levelled.push(r);
            }
        }
    }
    align_levels(tree, &levelled, 1);
    align_top_problems(tree);
    align_top_sections(tree);
    if let Some(r) = findings_without_keyword(tree, rules) {
        section_children(tree, r, &Role::Problems);
    }
    for i in 0..tree.nodes.len() {
        if reports_by_number_under_a_state(tree, i) {
            tree.nodes[i].kind = NodeKind::Item;
        }
    }
    let roots = tree.roots.clone();
    demote_strays(tree, &roots, true, false);
    demote_earlier_round(tree, &roots);
    super::answered::demote_answered_findings(tree, &roots);
    demote_accounts_before_problems(tree, &roots);
    demote_general_remarks(tree, &roots, None);
    demote_leads_stating_nothing(tree, &roots);
    demote_classes_of_findings(tree, &roots);
    demote_counted_areas(tree, &roots, 0);
}

/// The roots numbered `一、`.
fn chinese_dun_roots(tree: &Tree) -> Vec<usize> {
    tree.roots
        .iter()
        .copied()
        .filter(|&r| tree.nodes[r].style == Some(LabelStyle::ChineseDun))
        .collect()
}

/// `一、关于…的问题` › `1.…` `2.…`, a section of problems, beside
/// `二、关于…的问题` › `1.…不严。已修订…，已完成整改。`, read as one problem
/// with a measure: the `一、` headings are one level, so such a problem,
/// with no report of its own, whose children (numbered as the sections'
/// problems are, no headings below them) each state where their own work
/// stands, is a section of problems too.
fn align_top_sections(tree: &mut Tree) {
    let tops = chinese_dun_roots(tree);
    let mut problem_styles: Vec<Option<LabelStyle>> = Vec::new();
    for &r in &tops {
        if tree.nodes[r].kind == NodeKind::Section {
            for &c in &tree.nodes[r].children {
                if tree.nodes[c].kind == NodeKind::Problem {
                    add_distinct(&mut problem_styles, tree.nodes[c].style);
                }
            }
        }
    }
    for r in tops {
        let n = &tree.nodes[r];
        let each_reports = |c: usize| {
            let m = &tree.nodes[c];
            problem_styles.contains(&m.style)
                && m.children.is_empty()
                && (reports_itself(tree, c) || shape::names_state_in(&m.body))
        };
        if n.kind == NodeKind::Problem
            && !n.reported
            && !n.children.is_empty()
            && n.children.iter().all(|&c| each_reports(c))
        {
            tree.nodes[r].kind = NodeKind::Section;
            for c in tree.nodes[r].children.clone() {
                make_problem(tree, c);
            }
        }
    }
}

/// Where two or more `一、` headings are problems over their measures (the
/// notice's top level is the problems: `二、物业服务行业监管不到位…` ›
/// `（一）建立…机制…` `（二）…`), a `一、` heading read as a section whose
/// title states a shortcoming, over leaves numbered as those measures are
/// (`四、…常态化监管不足…` › `（一）严格落实…。此项工作将长期坚持。`), not
/// each stating a shortcoming, is a problem too: its children are measures
/// that report their own state, not findings.
fn align_top_problems(tree: &mut Tree) {
    let tops = chinese_dun_roots(tree);
    let mut measure_styles: Vec<Option<LabelStyle>> = Vec::new();
    let mut problems = 0;
    for &r in &tops {
        let n = &tree.nodes[r];
        let measures = !n.children.is_empty()
            && n.children
                .iter()
                .all(|&c| tree.nodes[c].kind == NodeKind::Measure);
        if n.kind == NodeKind::Problem && measures {
            problems += 1;
            for &c in &n.children {
                add_distinct(&mut measure_styles, tree.nodes[c].style);
            }
        }
    }
    if problems < 2 {
        return;
    }
    for r in tops {
        let n = &tree.nodes[r];
        let t = n.title.trim_end_matches(['。', '.', '；', ';']);
        // `…整改情况` is an account; `存在…的情况` a finding.
        let account = t.ends_with("情况") && !t.ends_with("的情况");
        let finding = states_shortcoming(t) && !account && !shape::is_group_title(t);
        let as_measures = !n.children.is_empty()
            && n.children.iter().all(|&c| {
                let m = &tree.nodes[c];
                m.children.is_empty() && measure_styles.contains(&m.style)
            });
        let findings = n
            .children
            .iter()
            .all(|&c| states_shortcoming(&tree.nodes[c].title));
        if n.kind == NodeKind::Section && finding && as_measures && !findings {
            make_problem(tree, r);
        }
    }
}

/// The fewest findings a section lists to hold the problems by their
/// words alone.
const MIN_FINDINGS: usize = 3;

/// A notice with no problem read anywhere, and a `一、` section read as of
/// another role only for want of a keyword (`二、检查发现的隐患` ›
/// `（一）工贸企业` › `1.宏远机械厂` › `（1）喷漆房防爆电气设备老化…`): its
/// lowest headings, three at least, mostly state findings and none opens
/// with a measure's verb, or each reports its own state (`1.…需要进一步
/// 细化。` › `整改落实：…`), so they are the problems, whatever the progress
/// is reported elsewhere. The first such section.
fn findings_without_keyword(tree: &Tree, rules: &StatusRules) -> Option<usize> {
    let any_problem = tree
        .nodes
        .iter()
        .any(|n| matches!(n.kind, NodeKind::Problem | NodeKind::LongTerm));
    if any_problem {
        return None;
    }
    tree.roots.iter().copied().find(|&r| {
        let n = &tree.nodes[r];
        let mut leaves = Vec::new();
        let mut stack = n.children.clone();
        while let Some(c) = stack.pop() {
            match tree.nodes[c].children.is_empty() {
                true => leaves.push(c),
                false => stack.extend(tree.nodes[c].children.iter().copied()),
            }
        }
        // `1.…议事规则需要进一步细化。` › `整改落实：…`: findings worded
        // softly, each reporting its own state, are findings by that shape.
        let titles = || leaves.iter().map(|&c| tree.nodes[c].title.as_str());
        let each_reported = || leaves.iter().all(|&c| reports_itself(tree, c));
        n.style == Some(LabelStyle::ChineseDun)
            && !names_other_role(&n.title, rules)
            && !offers_advice(&n.title)
            && !asks_of_units(&n.title)
            && leaves.len() >= MIN_FINDINGS
            && (shape::mostly_findings(titles()) || each_reported())
    })
}

/// A top-level heading of any numbering whose title names another role
/// (`下一步工作`, `整改工作部署`) and states no shortcoming.
fn is_other_part(tree: &Tree, r: usize, rules: &StatusRules) -> bool {
    let title = &tree.nodes[r].title;
    names_other_role(title, rules) && !states_shortcoming(title) && !is_problem_heading(tree, r)
}

/// A top-level heading of another numbering than `一、` that plays its
/// part (`1.总体情况`, `2.具体问题整改情况` › `1.大气污染防治工作不力` ›
/// `（1）…。`, numbering reused one level down): its title is an account
/// (ends with `情况`, states no shortcoming, names no problem) and it has
/// no headings below it, or two levels of them that are not measures.
/// A section then, its role read as a `一、` section's is; its headings
/// are the focus areas.
fn is_outline_account(tree: &Tree, r: usize) -> bool {
    // Numbered as an outline is (`1.`, `（一）`), not a unit's own title
    // over its part.
    let numbered = matches!(
        tree.nodes[r].style,
        Some(LabelStyle::Arabic | LabelStyle::ParenChinese | LabelStyle::ParenArabic)
    );
    let title = tree.nodes[r].title.trim_end_matches(['。', '：', ':']);
    if !numbered
        || !title.ends_with("情况")
        || states_shortcoming(title)
        || is_problem_heading(tree, r)
    {
        return false;
    }
    let headings = |i: usize| -> Vec<usize> {
        tree.nodes[i]
            .children
            .iter()
            .copied()
            .filter(|&c| tree.nodes[c].style.is_some() && !is_measure_style(tree, c))
            .collect()
    };
    let below = headings(r);
    tree.nodes[r].children.is_empty() || below.iter().any(|&c| !headings(c).is_empty())
}

/// Numbered lines with no heading above them, each stating a problem and
/// its own state (`一是…不严，已重新组织验收。` `二是…，正在推进。`): the
/// notice's problems, though numbered as measures are.
fn self_reporting_roots(tree: &Tree) -> bool {
    let numbered: Vec<usize> = tree
        .roots
        .iter()
        .copied()
        .filter(|&r| tree.nodes[r].style.is_some())
        .collect();
    numbered.len() >= 2
        && numbered.iter().all(|&r| {
            is_measure_style(tree, r)
                && tree.nodes[r].children.is_empty()
                && (reports_itself(tree, r) || answers_named_problem(&tree.nodes[r].title))
        })
}

/// An item that opens by naming the problem it answers (`一是针对村级组织
/// 活动场所利用率不高的问题，推行…`): its first clause is `针对…问题` or
/// `关于…问题`.
fn answers_named_problem(title: &str) -> bool {
    let first = title
        .split(['，', ',', '。', '：', ':'])
        .next()
        .unwrap_or("");
    (first.starts_with("针对") || first.starts_with("关于")) && first.ends_with("问题")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_titles_ending_in_requirements_ask_of_units() {
        assert!(asks_of_units("有关要求"));
        assert!(asks_of_units("下一步工作要求："));
        assert!(!asks_of_units("砂石料场未按要求设置防尘设施"));
        assert!(!asks_of_units("营业厅办理过户手续要求提交材料过多"));
        assert!(!asks_of_units("贯彻落实党中央决策部署和省委工作要求"));
    }
}
