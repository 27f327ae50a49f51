//! Numbers as printed in notices and ledgers: Chinese numerals (`十二`),
//! Chinese digits read one by one (`二〇二五`) and ASCII digits.

/// A Chinese numeral digit used in numbering (`一`..`十`, `〇`, `零`, `两`).
pub(crate) fn is_cn_numeral(c: char) -> bool {
    matches!(
        c,
        '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '〇' | '零' | '两'
    )
}

fn cn_digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '零' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// Parses a Chinese numeral below 100 (`一`, `十`, `十二`, `二十`, `二十三`).
pub(crate) fn cn_number(s: &[char]) -> Option<u32> {
    match s {
        [] => None,
        [a] if *a == '十' => Some(10),
        [a] => cn_digit(*a),
        ['十', b] => Some(10 + cn_digit(*b)?),
        [a, '十'] => Some(cn_digit(*a)? * 10),
        [a, '十', b] => Some(cn_digit(*a)? * 10 + cn_digit(*b)?),
        _ => None,
    }
}

/// Parses a run of Chinese digits read one by one (`二〇二五` is 2025).
pub(crate) fn cn_digits(s: &[char]) -> Option<u32> {
    if s.is_empty() || s.len() > 4 {
        return None;
    }
    s.iter()
        .try_fold(0u32, |acc, &c| Some(acc * 10 + cn_digit(c)?))
}

/// Parses ASCII digits (at most 9 of them).
pub(crate) fn ascii_number(s: &[char]) -> Option<u32> {
    if s.is_empty() || s.len() > 9 || !s.iter().all(|c| c.is_ascii_digit()) {
        return None;
    }
    s.iter().collect::<String>().parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numerals() {
        let p = |s: &str| cn_number(&s.chars().collect::<Vec<_>>());
        assert_eq!(p("一"), Some(1));
        assert_eq!(p("十"), Some(10));
        assert_eq!(p("十三"), Some(13));
        assert_eq!(p("二十"), Some(20));
        assert_eq!(p("三十一"), Some(31));
        assert_eq!(p("一二"), None);
        assert_eq!(
            cn_digits(&"二〇二五".chars().collect::<Vec<_>>()),
            Some(2025)
        );
    }
}
