//! The speaker of a report given at a meeting: `县审计局局长　李某某：`
//! under `——在县人大常委会第十次会议上`. The issuer is the speaker's
//! organisation (`县审计局`), never the line with the post and the name.

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
}
