//! 简体 → 繁體 conversion of report text, at phrase level as OpenCC does:
//! at each position the longest phrase of the table that matches is
//! converted as a whole (面条 → 麪條), otherwise one character
//! (进 → 進, 亿 → 億), otherwise the character is kept.
//!
//! The table is OpenCC's `STPhrases` + `STCharacters` (Apache-2.0), made
//! compact at build time by `scripts/gen-s2t.mjs` and fetched by the widget
//! only when 繁體 is chosen. Its text format:
//!
//! ```text
//! # comment lines
//! =进進亿億…            one line of character pairs (simplified, traditional)
//! 面条\t麪.             a phrase: `.` means "the character's own conversion"
//! 要了                  a phrase that converts per character (kept because
//!                       it decides where the longest match cuts the text)
//! ```

use std::collections::HashMap;

use crate::model::{Node, Report};

/// A simplified → traditional converter built from a compact table.
#[derive(Debug, Default, Clone)]
pub struct Converter {
    chars: HashMap<char, char>,
    phrases: HashMap<String, String>,
    /// Length in characters of the longest phrase.
    max_len: usize,
}

impl Converter {
    /// Parses the table text (see the module docs). Malformed lines are
    /// skipped, so a damaged table degrades to fewer conversions, never a panic.
    pub fn parse(table: &str) -> Converter {
        let mut conv = Converter::default();
        let mut phrase_lines = Vec::new();
        for line in table.lines() {
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            if let Some(pairs) = line.strip_prefix('=') {
                let cs: Vec<char> = pairs.chars().collect();
                for p in cs.chunks_exact(2) {
                    conv.chars.insert(p[0], p[1]);
                }
            } else {
                phrase_lines.push(line);
            }
        }
        for line in phrase_lines {
            // A key alone converts per character, but still takes part in
            // the longest match (so it segments the text as OpenCC does).
            let (key, value) = line.split_once('\t').unwrap_or((line, ""));
            let k: Vec<char> = key.chars().collect();
            let v: Vec<char> = if value.is_empty() {
                vec!['.'; k.len()]
            } else {
                value.chars().collect()
            };
            if k.len() != v.len() || k.len() < 2 {
                continue;
            }
            let full: String = k
                .iter()
                .zip(&v)
                .map(|(kc, vc)| if *vc == '.' { conv.char(*kc) } else { *vc })
                .collect();
            conv.max_len = conv.max_len.max(k.len());
            conv.phrases.insert(key.to_string(), full);
        }
        conv
    }

    fn char(&self, c: char) -> char {
        self.chars.get(&c).copied().unwrap_or(c)
    }

    /// Number of character and phrase entries.
    pub fn len(&self) -> (usize, usize) {
        (self.chars.len(), self.phrases.len())
    }

    pub fn is_empty(&self) -> bool {
        self.chars.is_empty() && self.phrases.is_empty()
    }

    /// Converts `text`: longest-match phrases first, then characters.
    pub fn convert(&self, text: &str) -> String {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut out = String::with_capacity(text.len());
        let mut i = 0;
        'outer: while i < chars.len() {
            let longest = self.max_len.min(chars.len() - i);
            for n in (2..=longest).rev() {
                let start = chars[i].0;
                let end = chars.get(i + n).map(|c| c.0).unwrap_or(text.len());
                if let Some(v) = self.phrases.get(&text[start..end]) {
                    out.push_str(v);
                    i += n;
                    continue 'outer;
                }
            }
            out.push(self.char(chars[i].1));
            i += 1;
        }
        out
    }

    fn convert_in_place(&self, s: &mut String) {
        if !s.is_empty() {
            *s = self.convert(s);
        }
    }

    fn convert_opt(&self, s: &mut Option<String>) {
        if let Some(s) = s {
            self.convert_in_place(s);
        }
    }

    /// Converts the report's own text (titles, bodies, labels, figures,
    /// metadata) in place. Ids, dates, numbers and URLs are left alone.
    pub fn convert_report(&self, report: &mut Report) {
        let m = &mut report.meta;
        self.convert_in_place(&mut m.title);
        self.convert_opt(&mut m.issuer);
        self.convert_opt(&mut m.inspection_round);
        self.convert_opt(&mut m.inspection_team);
        self.convert_opt(&mut m.as_of_text);
        if let Some(c) = &mut m.contact {
            self.convert_opt(&mut c.address);
            self.convert_opt(&mut c.note);
        }
        for node in &mut report.nodes {
            self.convert_node(node);
        }
    }

    fn convert_node(&self, node: &mut Node) {
        self.convert_in_place(&mut node.label);
        self.convert_in_place(&mut node.title);
        self.convert_in_place(&mut node.body);
        for o in &mut node.owners {
            self.convert_in_place(o);
        }
        self.convert_opt(&mut node.deadline);
        if let Some(ev) = &mut node.status_evidence {
            self.convert_opt(&mut ev.phrase);
        }
        for f in &mut node.figures {
            self.convert_in_place(&mut f.unit);
            self.convert_in_place(&mut f.label);
            self.convert_in_place(&mut f.text);
            self.convert_opt(&mut f.period);
        }
        for c in &mut node.children {
            self.convert_node(c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A few real entries of OpenCC's STCharacters / STPhrases.
    const TABLE: &str =
        "# test table\n=进進展展况況亿億条條面面个個发發问問题題了了解解\n面条\t麪.\n头发\t.髮\n了解\t瞭.\n要了\n";

    #[test]
    fn converts_phrases_then_characters() {
        let c = Converter::parse(TABLE);
        assert_eq!(c.len(), (12, 4));
        // 要了 is kept as a phrase so that 了解 is not matched inside it.
        assert_eq!(c.convert("了解"), "瞭解");
        assert_eq!(c.convert("要了解"), "要了解");
        assert_eq!(c.convert("进展情况"), "進展情況");
        assert_eq!(c.convert("1.8亿元"), "1.8億元");
        // The phrase wins over the characters, consistently.
        assert_eq!(c.convert("面条"), "麪條");
        assert_eq!(c.convert("一碗面条，两碗面条"), "一碗麪條，两碗麪條");
        assert_eq!(c.convert("头发"), "头髮");
        // Characters not in the table, ASCII and empty text pass through.
        assert_eq!(c.convert("abc 123"), "abc 123");
        assert_eq!(c.convert(""), "");
    }

    /// With the real table (made by `scripts/gen-s2t.mjs` into dist/i18n
    /// during the build), when it is there.
    #[test]
    fn the_generated_opencc_table_converts_the_examples() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../dist/i18n/s2t.txt");
        let Ok(text) = std::fs::read_to_string(path) else {
            eprintln!("skipped: {path} not built yet");
            return;
        };
        let c = Converter::parse(&text);
        assert!(c.len().0 > 3000 && c.len().1 > 9000);
        assert_eq!(
            c.convert("巡察整改进展情况的通报"),
            "巡察整改進展情況的通報"
        );
        assert_eq!(c.convert("收入1.8亿元"), "收入1.8億元");
        assert_eq!(c.convert("面条和面条"), "麪條和麪條");
        assert_eq!(c.convert("家访中要了解干部思想"), "家訪中要了解幹部思想");
    }

    #[test]
    fn a_damaged_table_degrades_without_panicking() {
        let c = Converter::parse("=进\n面条\t麪\n\t\n=");
        assert_eq!(c.convert("进面条"), "进面条");
        assert!(Converter::parse("").is_empty());
    }

    #[test]
    fn converts_the_report_text_but_not_ids() {
        let mut r: Report = crate::load::from_json_str(
            r#"{"format":"rectify-board/1","meta":{"title":"进展情况"},"nodes":[
                {"id":"s1","kind":"problem","title":"面条问题","body":"1.8亿元","status":"done"}]}"#,
        )
        .unwrap();
        Converter::parse(TABLE).convert_report(&mut r);
        assert_eq!(r.meta.title, "進展情況");
        assert_eq!(r.nodes[0].title, "麪條問題");
        assert_eq!(r.nodes[0].body, "1.8億元");
        assert_eq!(r.nodes[0].id, "s1");
    }
}
