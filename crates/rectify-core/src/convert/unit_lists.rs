//! Findings listed unit by unit, as a 督查 bulletin lists them: each unit's
//! in one paragraph opened by its name, the findings numbered inside it
//! (`梅岭镇：一是…；二是…；三是…。` `鹊桥镇：①…；②…。` `（一）城关镇。1.…；
//! 2.…。`), or one finding
//! alone (`东关街道：…存在私搭乱建问题。`). What marks them is the run: two
//! or more such paragraphs in a row, each opened by a different short
//! name, at least one listing two findings or more, and the items mostly
//! stating findings rather than actions. Each paragraph becomes a group
//! headed by its unit's name with its findings as problems under it;
//! reports further on may answer them by the unit's name and the item's
//! number (`reports_by_unit`).

use super::inline_items::list_opening_at;
use super::tree::{is_rectification_report, Para};
use crate::text::label::recognise;
use crate::text::norm_chars;

/// The longest name read before the colon of an unnumbered paragraph
/// (characters).
const MAX_NAME_CHARS: usize = 14;
/// The longest name of a numbered unit, with a note after it
/// (`（一）峪泉县恒晟化工有限公司（暗访）。①…`), and of a unit named by a
/// report (characters).
pub(crate) const MAX_LABELLED_NAME_CHARS: usize = 24;

/// A unit's name as groups and reports are matched by: without the
/// punctuation after it or a bracketed note (`…有限公司（暗访）。`).
pub(crate) fn unit_name(text: &str) -> &str {
    let t = crate::text::trim(text).trim_end_matches(['：', ':', '。', '.']);
    super::shape::without_trailing_note(t)
}

/// Words in a key that make it a field of an item (`存在问题：`,
/// `整改措施：`, `原因分析：`), not the name of a unit.
const FIELD_WORDS: &[&str] = &[
    "问题",
    "情况",
    "措施",
    "整改",
    "原因",
    "表现",
    "进展",
    "意见",
    "建议",
    "要求",
    "目标",
    "时限",
    "责任",
    "联系",
    "成效",
    "结果",
    "内容",
    "依据",
    "方面",
    "下一步",
    "经验",
    "做法",
];

/// One unit's paragraph: where its name ends and its findings start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct UnitList {
    /// The paragraph's index.
    pub index: usize,
    /// The name's length with its colon (characters).
    pub name_chars: usize,
    /// Where each finding starts (characters), in order.
    pub items: Vec<usize>,
    /// The paragraph is numbered: its label heads the group.
    pub labelled: bool,
}

/// The paragraph's unit name and its findings, if it is shaped so.
fn unit_paragraph(index: usize, p: &Para) -> Option<(String, UnitList)> {
    if p.piece != super::inline_items::Piece::Whole
        || recognise(&p.text).is_some()
        || is_rectification_report(&p.text)
    {
        return None;
    }
    let (name, name_chars) = super::lead_keys::opening_key(&p.text, MAX_NAME_CHARS)?;
    if FIELD_WORDS.iter().any(|w| name.contains(w)) {
        return None;
    }
    let n = norm_chars(&p.text);
    let items = list_opening_at(&n, name_chars)
        .or_else(|| list_after_count(&n, name_chars))
        .unwrap_or_else(|| vec![name_chars]);
    let unit = UnitList {
        index,
        name_chars,
        items,
        labelled: false,
    };
    Some((name, unit))
}

/// The longest sentence counting a unit's findings before their list
/// (`发现问题3个。`, characters).
const MAX_COUNT_SENTENCE_CHARS: usize = 16;

/// The findings listed after a short sentence that counts them, as many
/// as it says (`城关镇：发现问题3个。①…；②…；③…。`).
fn list_after_count(n: &[char], start: usize) -> Option<Vec<usize>> {
    let end = (start..n.len().min(start + MAX_COUNT_SENTENCE_CHARS + 1))
        .find(|&i| matches!(n[i], '。' | ':'))?;
    let sentence: String = n[start..end].iter().collect();
    let counted = crate::text::totals::find(&[(0, sentence.as_str())])
        .and_then(|t| t.total)
        .or_else(|| count_in(&n[start..end]))?;
    let first = (end + 1..n.len()).find(|&i| n[i] != ' ')?;
    let items = list_opening_at(n, first)?;
    (items.len() == counted as usize).then_some(items)
}

/// The first count in a short sentence (`发现问题3个`, `存在问题三处`).
fn count_in(sentence: &[char]) -> Option<u32> {
    (1..=sentence.len())
        .find_map(|at| super::shape::count_before(sentence, at))
        .and_then(|k| u32::try_from(k).ok())
}

/// A numbered paragraph that names a unit and lists its findings
/// (`（一）澴水县。一是…；二是…`, `（二）岢山区：①…；②…`): the label
/// heads the unit's group by itself, so one such paragraph is enough.
fn labelled_unit(index: usize, p: &Para) -> Option<UnitList> {
    if p.piece != super::inline_items::Piece::Whole {
        return None;
    }
    let label = recognise(&p.text)?;
    if label.style.is_measure() {
        return None;
    }
    let skip = p.text.chars().count() - label.rest.chars().count();
    let n = norm_chars(&p.text);
    // `（二）龙山县：①…；②…。整改情况：①…`: the paragraph reports on its
    // list itself (`inline_items`).
    if super::inline_items::has_report_key(&n) {
        return None;
    }
    let rest = &n[skip..];
    let end = rest
        .iter()
        .take(MAX_LABELLED_NAME_CHARS + 1)
        .position(|&c| c == ':' || c == '。')?;
    let printed: String = rest[..end].iter().collect();
    let name = unit_name(&printed);
    let cjk = name.chars().count() >= 2
        && name.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
        && !FIELD_WORDS.iter().any(|w| name.contains(w));
    // After a full stop, the name of a place or an organisation
    // (`澴水县。`, `…有限公司（暗访）。`) or a group (`…方面。`).
    let named = if rest[end] == ':' {
        cjk
    } else {
        super::shape::is_group_title(name) || (cjk && super::shape::ends_as_unit(name))
    };
    let items = list_opening_at(&n, skip + end + 1).filter(|items| items.len() >= 2)?;
    let unit = UnitList {
        index,
        name_chars: skip + end + 1,
        items,
        labelled: true,
    };
    let texts = item_texts(p, &unit);
    (named && super::shape::mostly_findings(texts.iter().map(String::as_str))).then_some(unit)
}

/// The text of each finding, without its mark, and the last one without
/// the paragraph's own report after it (`…。整改情况：已整改。`).
fn item_texts(p: &Para, u: &UnitList) -> Vec<String> {
    let chars: Vec<char> = p.text.chars().collect();
    let n = norm_chars(&p.text);
    let report = (0..n.len()).find(|&i| super::inline_items::report_key_at(&n, i));
    u.items
        .iter()
        .enumerate()
        .map(|(j, &start)| {
            let end = u.items.get(j + 1).copied().unwrap_or(chars.len());
            let end = report.filter(|&r| r > start && r < end).unwrap_or(end);
            let text: String = chars[start..end].iter().collect();
            let mark = super::inline_items::mark_len(&text);
            text.chars().skip(mark).collect()
        })
        .collect()
}

/// A run of unit paragraphs is read as findings by unit.
fn is_findings_run(paras: &[Para], run: &[(String, UnitList)]) -> bool {
    let mut names: Vec<&str> = run.iter().map(|r| r.0.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    let distinct = names.len() == run.len();
    let listed = run.iter().any(|r| r.1.items.len() >= 2);
    let texts: Vec<String> = run
        .iter()
        .flat_map(|(_, u)| item_texts(&paras[u.index], u))
        .collect();
    // A finding alone in its paragraph states no state of its own: such a
    // paragraph is a unit-led item (`unit_leads`) when it does.
    // One finding marked as a list's first (`①…`, after `发现问题1个。`)
    // is a list of one.
    let marked =
        |u: &UnitList| list_opening_at(&norm_chars(&paras[u.index].text), u.items[0]).is_some();
    let alone_stated = run.iter().any(|(_, u)| {
        u.items.len() == 1 && !marked(u) && {
            let t = &item_texts(&paras[u.index], u)[0];
            !super::shape::states_finding(t) || super::shape::names_state(t)
        }
    });
    run.len() >= 2
        && distinct
        && listed
        && !alone_stated
        && (super::shape::mostly_findings(texts.iter().map(String::as_str))
            || each_with_its_state(&texts))
}

/// Every item opens with a clause that is no action, and states its own
/// state after it (`桥头村垃圾收集点满溢，已清运；`, `村内沟渠淤塞，正在
/// 组织清淤。`): findings and where each stands, whatever their words.
fn each_with_its_state(texts: &[String]) -> bool {
    texts.iter().all(|t| {
        let (first, rest) = t.split_once(['，', ',']).unwrap_or((t, ""));
        !first.is_empty()
            && !super::own_sentence::is_action(first)
            && !super::shape::names_state(first)
            && states_where_it_stands(rest)
    })
}

/// Words under way (`正在组织清淤`), besides the states and results read.
const UNDER_WAY: &[&str] = &["正在", "推进中", "整改中", "尚未", "未完成"];

fn states_where_it_stands(rest: &str) -> bool {
    super::shape::names_state(rest)
        || crate::text::results::result_in(rest).is_some()
        || UNDER_WAY.iter().any(|w| rest.contains(w))
}

/// A numbered heading that is a bare name (`（一）区住房和城乡建设局`, no
/// sentence in it) right over a finding numbered in another style.
fn names_findings_below(p: &Para, next: &Para) -> bool {
    let (Some(head), Some(item)) = (recognise(&p.text), recognise(&next.text)) else {
        return false;
    };
    let bare = head
        .rest
        .chars()
        .all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c) || matches!(c, '（' | '）' | '(' | ')'));
    bare && head.style != item.style && super::shape::states_finding(&item.rest)
}

/// The name a paragraph opens with, before a colon, in `【】` or before a
/// full stop (`梅岭镇：…`, `（一）区住房和城乡建设局。针对第1个问题…`, its
/// label skipped by the caller), and the length in characters of the name
/// and its mark: what a report on a unit is opened by.
pub(crate) fn opening_name(text: &str) -> Option<(String, usize)> {
    super::lead_keys::opening_key(text, MAX_LABELLED_NAME_CHARS).or_else(|| {
        let n: Vec<char> = norm_chars(text)
            .into_iter()
            .take(MAX_LABELLED_NAME_CHARS + 1)
            .collect();
        let end = n.iter().position(|&c| c == '。')?;
        let name: String = n[..end].iter().collect();
        let cjk = unit_name(&name)
            .chars()
            .all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
        (end >= 2 && cjk).then_some((name, end + 1))
    })
}

/// The unit paragraphs of every run of findings by unit, in order.
pub(crate) fn find(paras: &[Para]) -> Vec<UnitList> {
    let mut out = Vec::new();
    let mut run: Vec<(String, UnitList)> = Vec::new();
    for (i, p) in paras.iter().enumerate() {
        match unit_paragraph(i, p) {
            Some(u) => run.push(u),
            None => {
                flush(paras, &mut run, &mut out);
                out.extend(labelled_unit(i, p));
            }
        }
    }
    flush(paras, &mut run, &mut out);
    out
}

/// The names of the units whose findings are grouped, with the paragraph
/// that heads each group first, from the pieces
/// the paragraphs were cut into (`inline_items`): a group's name piece
/// (`梅岭镇：`), or a numbered name right before its first item on the
/// same line (`（一）澴水县。`), without the label and punctuation.
/// Also a numbered heading that is a bare name over numbered findings
/// of another numbering (`（三）沩坪燃气有限公司` › `1.燃气管道…滞后…`).
pub(crate) fn names(paras: &[Para]) -> std::collections::HashMap<String, usize> {
    use super::inline_items::Piece;
    let mut out = std::collections::HashMap::new();
    for (i, (p, next)) in paras.iter().zip(paras.iter().skip(1)).enumerate() {
        let heads = match p.piece {
            Piece::Group => true,
            Piece::Whole => {
                (next.line == p.line && matches!(next.piece, Piece::Item(_)))
                    || names_findings_below(p, next)
            }
            _ => false,
        };
        if !heads {
            continue;
        }
        let label = recognise(&p.text);
        let text = label.as_ref().map_or(p.text.as_str(), |l| l.rest.as_str());
        let name = unit_name(text);
        if (2..=MAX_LABELLED_NAME_CHARS).contains(&name.chars().count()) {
            out.entry(name.to_string()).or_insert(i);
        }
    }
    out
}

fn flush(paras: &[Para], run: &mut Vec<(String, UnitList)>, out: &mut Vec<UnitList>) {
    if is_findings_run(paras, run) {
        out.extend(run.drain(..).map(|r| r.1));
    }
    run.clear();
}

#[cfg(test)]
mod tests {
    use super::super::tree::paras;
    use super::*;

    #[test]
    fn bare_numbered_names_over_findings_are_units() {
        let p = paras(&[
            "（一）县林业局",
            "1.视频监控系统3处点位长期离线，未及时报修。",
            "（二）组织领导",
            "1.成立工作专班。",
        ]);
        let names = names(&p);
        assert_eq!(names.get("县林业局"), Some(&0));
        assert_eq!(names.len(), 1, "{names:?}");
    }

    #[test]
    fn a_report_opens_with_a_name_before_a_colon_or_a_full_stop() {
        assert_eq!(
            opening_name("县林业局。针对第1个问题，已整改。"),
            Some(("县林业局".to_string(), 5))
        );
        assert_eq!(opening_name("青石镇：均已整改。").map(|o| o.1), Some(4));
        assert_eq!(
            opening_name("已整改到位。"),
            Some(("已整改到位".to_string(), 6))
        );
        assert_eq!(opening_name("截至4月底，已整改。"), None);
    }

    #[test]
    fn findings_listed_by_unit_are_found() {
        let ps = paras(&[
            "二、督查发现的主要问题",
            "河口镇：一是集镇垃圾清运不及时，存在卫生死角；二是部分农户柴草乱堆乱放。",
            "城关街道：辖区农贸市场周边存在污水直排现象。",
            "三、整改落实情况",
        ]);
        let found = find(&ps);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].index, 1);
        assert_eq!(found[0].name_chars, 4);
        assert_eq!(found[0].items, vec![4, 23]);
        assert_eq!(found[1].items, vec![5]);
        // Numbered, one paragraph is enough; the label heads the group.
        let ps = paras(&["（一）河口镇。一是垃圾清运不及时；二是柴草乱堆乱放。"]);
        let found = find(&ps);
        assert_eq!(found.len(), 1);
        assert!(found[0].labelled);
        assert_eq!(found[0].items, vec![7, 17]);
    }

    #[test]
    fn fields_actions_and_lone_paragraphs_are_not() {
        // Keys of an item's fields.
        let fields = paras(&[
            "存在问题：一是台账不全；二是制度落实不到位。",
            "整改措施：一是完善台账；二是健全制度。",
        ]);
        assert!(find(&fields).is_empty());
        // Measures by unit.
        let measures = paras(&[
            "河口镇：一是建立保洁制度；二是增加保洁人员。",
            "城关街道：一是完善管网；二是开展巡查。",
        ]);
        assert!(find(&measures).is_empty());
        // One paragraph is not a run.
        let one = paras(&["河口镇：一是垃圾清运不及时；二是柴草乱堆乱放。"]);
        assert!(find(&one).is_empty());
    }
}
