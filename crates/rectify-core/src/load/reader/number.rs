//! Numbers from their JSON text, without `str::parse::<f64>` (whose
//! correctly-rounded algorithm brings kilobytes of tables into the widget).
//!
//! Numbers with at most 15 significant digits and a decimal exponent within
//! ±22 — every figure a report states — are exact: an integer below 2^53
//! times or divided by an exactly representable power of ten is correctly
//! rounded. Longer or larger numbers are within a few units in the last
//! place, as with serde_json's default (non-`float_roundtrip`) parser.

use super::scalar::Number;

/// 10^0 … 10^22, each exactly representable as an f64.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// Digits kept in the mantissa; later ones only move the exponent.
const KEPT: u64 = 1_000_000_000_000_000_000;

/// The value of a JSON number's text; `None` when it is too large for an f64.
pub fn to_f64(text: &str) -> Option<f64> {
    let (negative, rest) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (digits, exponent) = match rest.find(['e', 'E']) {
        Some(i) => (&rest[..i], exponent_of(&rest[i + 1..])),
        None => (rest, 0),
    };
    let (mut mantissa, mut exp10) = (0u64, exponent);
    let mut in_fraction = false;
    for b in digits.bytes() {
        if b == b'.' {
            in_fraction = true;
            continue;
        }
        if mantissa < KEPT {
            mantissa = mantissa * 10 + u64::from(b - b'0');
            exp10 -= i64::from(in_fraction);
        } else {
            exp10 += i64::from(!in_fraction);
        }
    }
    let magnitude = scale(mantissa, exp10)?;
    Some(if negative { -magnitude } else { magnitude })
}

/// `mantissa × 10^exp10`.
fn scale(mantissa: u64, exp10: i64) -> Option<f64> {
    let mut f = mantissa as f64;
    if mantissa == 0 {
        return Some(0.0);
    }
    if mantissa < (1 << 53) && (-22..=22).contains(&exp10) {
        let p = POW10[exp10.unsigned_abs() as usize];
        return Some(if exp10 < 0 { f / p } else { f * p });
    }
    let mut e = exp10;
    while e != 0 && f != 0.0 && f.is_finite() {
        let step = e.unsigned_abs().min(22);
        let p = POW10[step as usize];
        if e < 0 {
            f /= p;
            e += step as i64;
        } else {
            f *= p;
            e -= step as i64;
        }
    }
    f.is_finite().then_some(f)
}

/// The exponent's value, saturated far beyond any f64's range.
fn exponent_of(text: &str) -> i64 {
    let (negative, digits) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let mut e: i64 = 0;
    for b in digits.bytes() {
        e = (e * 10 + i64::from(b - b'0')).min(1_000_000);
    }
    if negative {
        -e
    } else {
        e
    }
}

/// Why a number is not a `u32`.
#[derive(Debug, PartialEq, Eq)]
pub enum U32Error {
    /// It has a fraction or an exponent.
    Float,
    /// Negative or too large.
    OutOfRange,
}

pub fn to_u32(n: &Number<'_>) -> Result<u32, U32Error> {
    if n.float {
        return Err(U32Error::Float);
    }
    let (negative, digits) = match n.text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, n.text),
    };
    let mut v: u32 = 0;
    for b in digits.bytes() {
        v = v
            .checked_mul(10)
            .and_then(|v| v.checked_add(u32::from(b - b'0')))
            .ok_or(U32Error::OutOfRange)?;
    }
    if negative && v != 0 {
        return Err(U32Error::OutOfRange);
    }
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_decimals_are_exact() {
        for (text, value) in [
            ("176.1", 176.1),
            ("3.36", 3.36),
            ("-50", -50.0),
            ("0.76", 0.76),
            ("1e3", 1000.0),
            ("2.5E-3", 0.0025),
            ("0", 0.0),
            ("123456789012345", 123456789012345.0),
            ("0.1", 0.1),
        ] {
            assert_eq!(to_f64(text), Some(value), "{text}");
        }
    }

    #[test]
    fn long_and_large_numbers_are_close() {
        let v = to_f64("3.14159265358979323846264338327950288").unwrap();
        assert!((v - std::f64::consts::PI).abs() < 1e-15);
        let v = to_f64("1.7976931348623157e308").unwrap();
        assert!((v / f64::MAX - 1.0).abs() < 1e-14);
        assert_eq!(to_f64("1e400"), None);
        assert_eq!(to_f64("1e-400"), Some(0.0));
        assert_eq!(to_f64("-0"), Some(0.0));
    }

    #[test]
    fn counts() {
        let n = |text, float| to_u32(&Number { text, float });
        assert_eq!(n("4294967295", false), Ok(u32::MAX));
        assert_eq!(n("4294967296", false), Err(U32Error::OutOfRange));
        assert_eq!(n("-1", false), Err(U32Error::OutOfRange));
        assert_eq!(n("-0", false), Ok(0));
        assert_eq!(n("1.0", true), Err(U32Error::Float));
    }
}
