//! The speaker of a report given at a meeting: `县审计局局长　李某某：`
//! under `——在县人大常委会第十次会议上`. The speaker's organisation
//! (`县审计局`) issues it, never the line with the post and the name —
//! unless the text says whose report it is: the speaker reports on behalf
//! of another (`受县人民政府委托，现将…报告如下`: [`mandate`]).

use crate::text::{is_ws, norm_chars, slice, starts_at};

/// Posts a speaker line names, longest first where one ends another.
const POSTS: &[&str] = &[
    "党组书记",
    "副局长",
    "局长",
    "审计长",
    "副主任",
    "主任",
    "副厅长",
    "厅长",
    "副部长",
    "部长",
    "处长",
    "书记",
    "副县长",
    "县长",
    "副区长",
    "区长",
    "副市长",
    "市长",
    "主席",
    "院长",
    "署长",
];

/// Endings of an organisation's name.
const ORG_ENDINGS: &[&str] = &[
    "局",
    "厅",
    "委员会",
    "政府",
    "办公室",
    "署",
    "院",
    "委",
    "部",
    "中心",
    "办",
];

/// The longest a speaker line is, in characters.
const MAX_CHARS: usize = 40;
/// The longest a speaker's name is, in characters.
const MAX_NAME_CHARS: usize = 5;

/// The organisation of the first speaker line among the first paragraphs.
pub(crate) fn organisation(paras: &[&str]) -> Option<String> {
    paras.iter().take(8).find_map(|p| organisation_in(p))
}

/// The longest organisation a mandate names, in characters.
const MAX_MANDATE_CHARS: usize = 20;

/// `受县人民政府委托，…` among the first paragraphs → `县人民政府`: the
/// organisation on whose behalf the report is given.
pub(crate) fn mandate(paras: &[&str]) -> Option<String> {
    paras.iter().take(8).find_map(|p| mandate_in(p))
}

fn mandate_in(text: &str) -> Option<String> {
    let orig: Vec<char> = text.chars().collect();
    let n = norm_chars(text);
    (0..n.len()).filter(|&i| n[i] == '受').find_map(|i| {
        let end =
            (i + 2..n.len().min(i + 2 + MAX_MANDATE_CHARS)).find(|&j| starts_at(&n, j, "委托"))?;
        let org = slice(&orig, i + 1, end);
        let plain = !org
            .chars()
            .any(|c| c.is_ascii_punctuation() || is_ws(c) || "，。、；：".contains(c));
        (plain && ORG_ENDINGS.iter().any(|e| org.ends_with(e))).then_some(org)
    })
}

/// `县审计局局长　李某某：` → `县审计局`: a short line of an organisation,
/// a post and a name (of at most five characters, nothing else after it).
fn organisation_in(line: &str) -> Option<String> {
    let orig: Vec<char> = line.trim_matches(is_ws).chars().collect();
    let n = norm_chars(&slice(&orig, 0, orig.len()));
    let end = n.len() - usize::from(n.last() == Some(&':'));
    if end == 0 || end > MAX_CHARS || n[..end].contains(&'。') {
        return None;
    }
    (1..end).find_map(|i| {
        let post = POSTS.iter().find(|p| starts_at(&n[..end], i, p))?;
        let org = slice(&orig, 0, i);
        let org = org.trim_matches(is_ws);
        let name: String = n[i + post.chars().count()..end].iter().collect();
        let name = name.trim_matches(is_ws);
        let name_ok = (2..=MAX_NAME_CHARS).contains(&name.chars().count())
            && name.chars().all(|c| !c.is_ascii_punctuation() && !is_ws(c));
        let org_ok = ORG_ENDINGS.iter().any(|e| org.ends_with(e))
            && !org.chars().any(|c| c.is_ascii_punctuation() || is_ws(c));
        (name_ok && org_ok).then(|| org.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_organisation_of_a_speaker_line() {
        assert_eq!(
            organisation_in("县审计局局长　李某某").as_deref(),
            Some("县审计局")
        );
        assert_eq!(
            organisation_in("青禾市审计局局长 张三：").as_deref(),
            Some("青禾市审计局")
        );
        assert_eq!(
            organisation_in("市人民政府副市长　王某").as_deref(),
            Some("市人民政府")
        );
        assert_eq!(
            organisation_in(
                "——2025年10月28日在云溪县第十八届人民代表大会常务委员会第二十六次会议上"
            ),
            None
        );
        assert_eq!(organisation_in("市人大常委会："), None);
        assert_eq!(organisation_in("主任、各位副主任、各位委员："), None);
        assert_eq!(
            organisation_in("县审计局局长带队开展了专项审计调查。"),
            None
        );
        assert_eq!(organisation_in(""), None);
        assert_eq!(
            organisation(&["——在县人大常委会会议上的讲话", "县审计局局长　李某某："]).as_deref(),
            Some("县审计局")
        );
    }

    #[test]
    fn the_organisation_a_report_is_given_for() {
        let m = |t: &str| mandate_in(t);
        assert_eq!(
            m("受县人民政府委托，现将整改情况报告如下。").as_deref(),
            Some("县人民政府")
        );
        assert_eq!(
            m("我受市政府委托，向市人大常委会报告。").as_deref(),
            Some("市政府")
        );
        assert_eq!(m("受委托，现报告如下。"), None);
        assert_eq!(m("受疫情影响，委托第三方开展评估。"), None);
        assert_eq!(m("受理群众来信，委托律师事务所"), None);
    }
}
