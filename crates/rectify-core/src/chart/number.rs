//! Numbers as text without float formatting (`{:.2}` would add ~10 KB of
//! wasm): SVG coordinates, percentages, compact amounts.

/// Rounds to 2 decimals so that the markup stays short and stable
/// (`12.5`, `3`, `-0.25`). Integer arithmetic, not `{:.2}`: float
/// formatting would add ~10 KB to the widget's wasm.
pub fn n(v: f64) -> String {
    fixed(v, 2, true)
}

/// `v` with `decimals` decimals (at most 6), trailing zeros trimmed when
/// `trim`. Non-finite values print as `0`; values too large for 19 digits
/// with their decimals print as integers.
pub fn fixed(v: f64, decimals: u32, trim: bool) -> String {
    let decimals = decimals.min(6);
    if !v.is_finite() {
        return "0".into();
    }
    let scale = 10u64.pow(decimals);
    let scaled = (v.abs() * scale as f64).round();
    if scaled >= 9.0e18 {
        // Past u64 with its decimals: the integer part alone, in digits.
        return huge(v);
    }
    let scaled = scaled as u64;
    let (int, frac) = (scaled / scale, scaled % scale);
    let mut out = String::new();
    if v < 0.0 && scaled != 0 {
        out.push('-');
    }
    out.push_str(&int.to_string());
    if decimals > 0 {
        let mut digits = frac.to_string();
        while digits.len() < decimals as usize {
            digits.insert(0, '0');
        }
        if trim {
            while digits.ends_with('0') {
                digits.pop();
            }
        }
        if !digits.is_empty() {
            out.push('.');
            out.push_str(&digits);
        }
    }
    out
}

/// A value too large for the fixed-point path: its integer digits below
/// 2^64, else `3.25e20` (5 significant decimals).
fn huge(v: f64) -> String {
    let sign = if v < 0.0 { "-" } else { "" };
    let a = v.abs();
    if a < 1.8e19 {
        return format!("{sign}{}", a.round() as u64);
    }
    let mut exponent = 0;
    let mut m = a;
    while m >= 10.0 {
        m /= 10.0;
        exponent += 1;
    }
    format!("{sign}{}e{exponent}", fixed(m, 5, true))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_like_fixed_point() {
        assert_eq!(n(12.5), "12.5");
        assert_eq!(n(3.0), "3");
        assert_eq!(n(-0.25), "-0.25");
        assert_eq!(n(-0.001), "0");
        assert_eq!(n(98.0), "98");
        assert_eq!(fixed(64.516, 2, false), "64.52");
        assert_eq!(fixed(0.5, 2, false), "0.50");
        assert_eq!(fixed(7.0, 0, true), "7");
        assert_eq!(fixed(f64::NAN, 2, true), "0");
        assert_eq!(fixed(1e17, 2, true), "100000000000000000");
        assert_eq!(fixed(-3.25e20, 2, true), "-3.25e20");
        assert_eq!(fixed(-3e13, 6, true), "-30000000000000");
        for v in [0.0, 1.0 / 3.0, 2.675, 110.0, 176.1, -57.05] {
            assert_eq!(n(v), {
                let s = format!("{:.2}", (v * 100.0_f64).round() / 100.0);
                let s = s.trim_end_matches('0').trim_end_matches('.').to_string();
                if s == "-0" {
                    "0".to_string()
                } else {
                    s
                }
            });
        }
    }
}
