//! The name of a downloaded report: the issuer and the date of the notice
//! (`中共中山市财政局党组-2025-09-12.json`), else its title or the source
//! file's name.

use crate::model::Meta;

/// Characters that file systems refuse or that change how a name reads.
fn safe_char(c: char) -> bool {
    !matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|')
        && !crate::load::is_hidden_char(c)
}

fn clean(s: &str) -> String {
    let kept: String = s
        .chars()
        .map(|c| if safe_char(c) { c } else { '_' })
        .collect();
    let trimmed = kept.trim().trim_matches('.').trim();
    trimmed.chars().take(60).collect()
}

/// The file name for the report of `meta`; `fallback` is the source
/// file's name (its extension is replaced).
pub fn download_name(meta: &Meta, fallback: &str) -> String {
    let who = meta
        .issuer
        .as_deref()
        .map(clean)
        .filter(|s| !s.is_empty())
        .or_else(|| Some(clean(&meta.title)).filter(|s| !s.is_empty()));
    let when = meta
        .published
        .as_deref()
        .or(meta.as_of.as_deref())
        .or(meta.written_date.as_deref());
    let stem = match (who, when) {
        (Some(w), Some(d)) => format!("{w}-{}", clean(d)),
        (Some(w), None) => w,
        (None, _) => {
            let f = fallback.rsplit_once('.').map_or(fallback, |(s, _)| s);
            let f = clean(f);
            if f.is_empty() {
                "report".to_string()
            } else {
                f
            }
        }
    };
    format!("{stem}.json")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issuer_and_date() {
        let meta = Meta {
            title: "关于…的通报".into(),
            issuer: Some("中共某局/党组".into()),
            published: Some("2025-09-12".into()),
            ..Meta::default()
        };
        assert_eq!(
            download_name(&meta, "x.txt"),
            "中共某局_党组-2025-09-12.json"
        );
        let bare = Meta::default();
        assert_eq!(download_name(&bare, "台账.xlsx"), "台账.json");
        assert_eq!(download_name(&bare, "..."), "report.json");
    }
}
