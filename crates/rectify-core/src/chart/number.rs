//! Numbers as text without float formatting (`{:.2}` would add ~10 KB of
//! wasm): SVG coordinates, percentages, compact amounts.

/// Rounds to 2 decimals so that the markup stays short and stable
/// (`12.5`, `3`, `-0.25`). Integer arithmetic, not `{:.2}`: float
/// formatting would add ~10 KB to the widget's wasm.
pub fn n(v: f64) -> String {
    fixed(v, 2, true)
}

/// `v` with `decimals` decimals (at most 6), trailing zeros trimmed when
/// `trim`. Non-finite values print as `0`; values too large for fixed point
/// (about 10^13 and up) in scientific notation, `1e308`, never as hundreds of
/// digits.
pub fn fixed(v: f64, decimals: u32, trim: bool) -> String {
    let decimals = decimals.min(6);
    if !v.is_finite() {
        return "0".into();
    }
    let scale = 10u64.pow(decimals);
    let scaled = (v.abs() * scale as f64).round();
    if scaled >= 9.0e18 {
        return scientific(v);
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

/// A large finite `v` with up to three significant digits: `1e308`,
/// `-1.23e20` (by division, without float formatting or `log10`).
fn scientific(v: f64) -> String {
    let (mut mantissa, mut exponent) = (v.abs(), 0u32);
    while mantissa >= 9.995 {
        mantissa /= 10.0;
        exponent += 1;
    }
    let sign = if v < 0.0 { "-" } else { "" };
    format!("{sign}{}e{exponent}", fixed(mantissa, 2, true))
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
        // Huge values are short, not hundreds of digits (issue 11, item 12).
        assert_eq!(n(1e308), "1e308");
        assert_eq!(n(f64::MAX), "1.8e308");
        assert_eq!(fixed(-1.234_567e20, 2, true), "-1.23e20");
        assert_eq!(fixed(9.999e20, 0, true), "1e21");
        assert_eq!(fixed(1.5e17, 2, true), "1.5e17");
        assert_eq!(n(1e15), "1000000000000000");
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
