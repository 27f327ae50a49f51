//! The text problems are compared by: titles normalised (letters and
//! digits only, full-width forms folded, set phrases such as `关于…的问题`
//! removed) and cut into character bigrams.

/// A set of character bigrams, sorted and without repeats. A text of one
/// character is one "bigram" of that character alone.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Bigrams(Vec<u64>);

const PREFIXES: &[&str] = &["关于"];
const SUFFIXES: &[&str] = &["问题的整改", "问题整改", "的问题", "问题", "方面"];

/// `title` as compared: alphanumeric characters only (CJK included),
/// full-width ASCII folded to half-width and lower-cased, a leading `关于`
/// and a trailing `的问题`/`问题的整改` dropped.
pub fn normalise(title: &str) -> String {
    let mut folded = String::with_capacity(title.len());
    for c in title
        .chars()
        .map(fold_width)
        .filter(|c| c.is_alphanumeric())
    {
        if c.is_ascii() {
            folded.push(c.to_ascii_lowercase());
        } else {
            folded.extend(c.to_lowercase());
        }
    }
    let mut s = folded.as_str();
    for p in PREFIXES {
        s = s.strip_prefix(p).unwrap_or(s);
    }
    if let Some(rest) = SUFFIXES
        .iter()
        .filter(|suffix| s.len() > suffix.len() + 3)
        .find_map(|suffix| s.strip_suffix(suffix))
    {
        s = rest;
    }
    if s.len() == folded.len() {
        folded
    } else {
        s.to_string()
    }
}

fn fold_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

impl Bigrams {
    /// The bigrams of an already [`normalise`]d text.
    pub fn of(normalised: &str) -> Bigrams {
        let chars: Vec<char> = normalised.chars().collect();
        let mut grams: Vec<u64> = match chars.len() {
            0 => Vec::new(),
            1 => vec![u64::from(chars[0]) << 21],
            _ => chars
                .windows(2)
                .map(|w| (u64::from(w[0]) << 21) | u64::from(w[1]))
                .collect(),
        };
        grams.sort_unstable();
        grams.dedup();
        Bigrams(grams)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = u64> + '_ {
        self.0.iter().copied()
    }

    /// How many bigrams the two sets share (a merge of sorted lists).
    pub fn shared(&self, other: &Bigrams) -> usize {
        let (a, b) = (&self.0, &other.0);
        let (mut i, mut j, mut n) = (0, 0, 0);
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    n += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        n
    }

    /// The Dice coefficient, 2|A∩B| / (|A|+|B|): 1 for the same set, 0 for
    /// disjoint or empty sets.
    pub fn dice(&self, other: &Bigrams) -> f64 {
        dice(self.shared(other), self.len(), other.len())
    }
}

/// Dice from the size of the intersection and of the two sets.
pub fn dice(shared: usize, a: usize, b: usize) -> f64 {
    if a + b == 0 {
        0.0
    } else {
        2.0 * shared as f64 / (a + b) as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sim(a: &str, b: &str) -> f64 {
        Bigrams::of(&normalise(a)).dice(&Bigrams::of(&normalise(b)))
    }

    #[test]
    fn normalising_drops_punctuation_and_set_phrases() {
        assert_eq!(
            normalise("关于“惠民资金公示不及时”问题的整改"),
            "惠民资金公示不及时"
        );
        assert_eq!(
            normalise("村级集体资产管理不规范的问题"),
            "村级集体资产管理不规范"
        );
        assert_eq!(normalise("ＡＢＣ １２３，问题"), "abc123");
        assert_eq!(normalise("问题"), "问题");
    }

    #[test]
    fn dice_of_bigrams() {
        assert_eq!(
            sim("村级集体资产管理不规范", "村级集体资产管理不规范的问题"),
            1.0
        );
        assert!(sim("村级集体资产管理不规范", "村集体资产管理制度不规范") > 0.6);
        assert!(sim("村级集体资产管理不规范", "意识形态工作责任制落实不到位") < 0.1);
        assert_eq!(sim("", ""), 0.0);
        assert_eq!(sim("甲", "甲"), 1.0);
    }
}
