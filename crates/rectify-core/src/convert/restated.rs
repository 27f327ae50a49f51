//! A section of another role that restates problems already listed
//! (`四、尚未完成整改问题的原因及下一步计划` › `（三）关于工程结算多计工程款
//! 问题。`): its headings say why a problem is still open, and are no
//! second problems.

use super::tree::Tree;
use crate::model::NodeKind;

/// The least share of a heading's character pairs found in an earlier
/// problem's title for the heading to name that problem again.
const RESTATED_SHARE: f64 = 0.75;
/// The most headings a section restating problems has, the most earlier
/// problems each is matched against (the nearest), the most nodes looked
/// back over for them and the most characters of a title compared: a
/// constant bound per section, whatever the notice.
const MAX_RESTATED: usize = 8;
const MAX_EARLIER_PROBLEMS: usize = 32;
const MAX_LOOKED_BACK: usize = 512;
const MAX_COMPARED_CHARS: usize = 60;

/// Every heading under a section of another role names a problem already
/// listed (`四、尚未完成整改问题的原因及下一步计划` › `（三）关于工程结算多计
/// 工程款问题。` after `10.工程结算审核不严，多计工程款。`): most of its
/// character pairs, without `关于` and `问题`, are in that problem's title.
/// It says why the problem is still open, and is no second problem.
pub(super) fn restates_earlier_problems(tree: &Tree, r: usize) -> bool {
    let children = &tree.nodes[r].children;
    if children.is_empty() || children.len() > MAX_RESTATED {
        return false;
    }
    let earlier: Vec<Vec<char>> = tree.nodes[..r]
        .iter()
        .rev()
        .take(MAX_LOOKED_BACK)
        .filter(|n| n.kind == NodeKind::Problem)
        .take(MAX_EARLIER_PROBLEMS)
        .map(|n| compared(&n.title))
        .collect();
    children.iter().all(|&c| {
        let pairs = heading_pairs(&tree.nodes[c].title);
        earlier.iter().any(|e| names_again(&pairs, e))
    })
}

/// The character pairs of a heading that may name an earlier problem
/// (`（一）关于部分反馈问题整改不彻底的问题。`), as [`names_again`] takes them.
pub(super) fn heading_pairs(title: &str) -> Vec<[char; 2]> {
    pairs(&restated_words(title))
}

/// A heading (its [`heading_pairs`]) names a problem again whose title,
/// as [`compared`], is `earlier`: most of its pairs are in it.
pub(super) fn names_again(pairs: &[[char; 2]], earlier: &[char]) -> bool {
    let found = pairs
        .iter()
        .filter(|p| earlier.windows(2).any(|q| q == **p))
        .count();
    !pairs.is_empty() && found as f64 >= RESTATED_SHARE * pairs.len() as f64
}

/// A title's first characters, normalised, as compared.
pub(super) fn compared(title: &str) -> Vec<char> {
    crate::text::norm_chars(title)
        .into_iter()
        .take(MAX_COMPARED_CHARS)
        .collect()
}

/// What a heading that names a problem again may add after its words
/// (`关于…问题的整改情况`, `…的整改进展`).
const REPORT_NOUNS: &[&str] = &["整改情况", "整改进展", "整改进度", "落实情况"];

/// Words that open a heading naming a problem (`关于…的问题`, `针对…问题，
/// 已…`).
const NAMING_OPENERS: &[&str] = &["关于", "针对", "对于"];

/// A heading's words without `关于`/`针对`, a report's noun (`的整改情况`),
/// `的问题`/`问题`, quotes and end punctuation; a heading that goes on
/// with its report in one sentence (`针对…老化问题，已更换…`) up to the
/// last `问题` of its first clause.
fn restated_words(title: &str) -> Vec<char> {
    let t = crate::text::trim(title).trim_end_matches(['。', '.', '：', ':']);
    let t = t.split('。').next().unwrap_or(t);
    let t = NAMING_OPENERS
        .iter()
        .find_map(|w| t.strip_prefix(w))
        .unwrap_or(t);
    let clause = t.split(['，', ',']).next().unwrap_or(t);
    let t = match clause.rfind("问题") {
        Some(at) if clause.len() < t.len() => &clause[..at + "问题".len()],
        _ => t,
    };
    // A heading with no stop may run on into its report (`…问题的整改情况
    // 医院已停止…`): its words end at the report's noun.
    let t = REPORT_NOUNS
        .iter()
        .filter_map(|w| t.find(w))
        .min()
        .map_or(t, |at| t[..at].strip_suffix('的').unwrap_or(&t[..at]));
    let t = t.trim_end_matches(['”', '"', '’']);
    let t = t.strip_suffix("问题").unwrap_or(t);
    let t = t.strip_suffix('的').unwrap_or(t);
    compared(t.trim_matches(['“', '”', '"', '‘', '’']))
}

/// The distinct adjacent character pairs of `chars`.
fn pairs(chars: &[char]) -> Vec<[char; 2]> {
    let mut out: Vec<[char; 2]> = chars.windows(2).map(|w| [w[0], w[1]]).collect();
    out.sort_unstable();
    out.dedup();
    out
}
