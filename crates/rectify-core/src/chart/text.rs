//! Estimating text width without a browser, to fit labels into charts.
//! CJK characters are one em wide; Latin letters and digits about 0.6 em.

/// Estimated width of `s` at `font_size` units.
pub fn text_width(s: &str, font_size: f64) -> f64 {
    s.chars().map(|c| char_em(c) * font_size).sum()
}

fn char_em(c: char) -> f64 {
    if c.is_ascii() {
        if c == ' ' {
            0.3
        } else {
            0.6
        }
    } else {
        1.0
    }
}

/// `s` shortened with `…` so that it fits `width` at `font_size`.
pub fn truncate_to_width(s: &str, width: f64, font_size: f64) -> String {
    if text_width(s, font_size) <= width {
        return s.to_string();
    }
    let ellipsis = font_size;
    let mut used = 0.0;
    let mut out = String::new();
    for c in s.chars() {
        let w = char_em(c) * font_size;
        if used + w + ellipsis > width {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_is_wider_than_latin() {
        assert_eq!(text_width("问题", 10.0), 20.0);
        assert_eq!(text_width("ab", 10.0), 12.0);
    }

    #[test]
    fn truncation_fits_and_marks_the_cut() {
        let s = "聚焦党中央决策部署在基层贯彻落实情况";
        let t = truncate_to_width(s, 100.0, 10.0);
        assert!(t.ends_with('…'));
        assert!(text_width(&t, 10.0) <= 100.0);
        assert_eq!(truncate_to_width("短", 100.0, 10.0), "短");
    }
}
