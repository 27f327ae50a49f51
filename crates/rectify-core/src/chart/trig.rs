//! Sine and cosine for chart angles, without libm's `rem_pio2` (the
//! argument reduction for any f64, ~3 KB of wasm) that `f64::sin` brings:
//! chart angles are within a few turns, so a two-part π/2 reduction is
//! exact enough. The kernels are fdlibm's (as in musl's `__sin`/`__cos`),
//! accurate to within an ulp on [-π/4, π/4].

// The constants keep fdlibm's printed digits (the same f64 values).
#![allow(clippy::excessive_precision)]

/// π/2 in two parts: the first has 33 bits, so `k × PIO2_HI` is exact.
const PIO2_HI: f64 = 1.570_796_326_734_125_614_17;
const PIO2_LO: f64 = 6.077_100_506_506_192_249_32e-11;

/// `(sin x, cos x)` for |x| up to about a million turns; NaN beyond.
pub fn sin_cos(x: f64) -> (f64, f64) {
    if !x.is_finite() || x.abs() > 1e6 {
        return (f64::NAN, f64::NAN);
    }
    let k = (x * std::f64::consts::FRAC_2_PI).round();
    let r = (x - k * PIO2_HI) - k * PIO2_LO;
    let (s, c) = (kernel_sin(r), kernel_cos(r));
    match (k as i64).rem_euclid(4) {
        0 => (s, c),
        1 => (c, -s),
        2 => (-s, -c),
        _ => (-c, s),
    }
}

fn kernel_sin(x: f64) -> f64 {
    const S1: f64 = -1.666_666_666_666_663_243_48e-01;
    const S2: f64 = 8.333_333_333_322_489_461_24e-03;
    const S3: f64 = -1.984_126_982_985_794_931_34e-04;
    const S4: f64 = 2.755_731_370_707_006_767_89e-06;
    const S5: f64 = -2.505_076_025_340_686_341_95e-08;
    const S6: f64 = 1.589_690_995_211_550_102_21e-10;
    let z = x * x;
    let w = z * z;
    let r = S2 + z * (S3 + z * S4) + z * w * (S5 + z * S6);
    x + z * x * (S1 + z * r)
}

fn kernel_cos(x: f64) -> f64 {
    const C1: f64 = 4.166_666_666_666_660_190_37e-02;
    const C2: f64 = -1.388_888_888_887_410_957_49e-03;
    const C3: f64 = 2.480_158_728_947_672_941_78e-05;
    const C4: f64 = -2.755_731_435_139_066_330_35e-07;
    const C5: f64 = 2.087_572_321_298_174_827_90e-09;
    const C6: f64 = -1.135_964_755_778_819_482_65e-11;
    let z = x * x;
    let w = z * z;
    let r = z * (C1 + z * (C2 + z * C3)) + w * w * (C4 + z * (C5 + z * C6));
    let hz = 0.5 * z;
    let one_minus = 1.0 - hz;
    one_minus + (((1.0 - one_minus) - hz) + z * r)
}

#[cfg(test)]
mod tests {
    use super::sin_cos;

    #[test]
    fn agrees_with_libm_over_chart_angles() {
        let mut worst: f64 = 0.0;
        for i in -200_000..=800_000 {
            let x = i as f64 * 1e-5 * std::f64::consts::PI;
            let (s, c) = sin_cos(x);
            worst = worst.max((s - x.sin()).abs()).max((c - x.cos()).abs());
        }
        assert!(worst < 4e-16, "{worst}");
        assert_eq!(sin_cos(0.0), (0.0, 1.0));
        assert!(sin_cos(f64::INFINITY).0.is_nan());
    }
}
