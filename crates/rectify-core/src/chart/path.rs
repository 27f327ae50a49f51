//! Small helpers to write SVG path data.

use std::f64::consts::PI;

use super::number::n;

/// A point on a circle; angle 0 is 12 o'clock, increasing clockwise.
pub fn polar(cx: f64, cy: f64, r: f64, angle: f64) -> (f64, f64) {
    let (sin, cos) = super::trig::sin_cos(angle - PI / 2.0);
    (cx + r * cos, cy + r * sin)
}

/// Path of an annular sector between `start` and `end` (radians, clockwise
/// from 12 o'clock). A sector of a full turn is drawn as two halves, since a
/// single SVG arc cannot close on itself.
pub fn annular_sector(
    cx: f64,
    cy: f64,
    r_outer: f64,
    r_inner: f64,
    start: f64,
    end: f64,
) -> String {
    let sweep = end - start;
    if sweep >= 2.0 * PI - 1e-9 {
        let mid = start + PI;
        return format!(
            "{} {}",
            annular_sector(cx, cy, r_outer, r_inner, start, mid),
            annular_sector(cx, cy, r_outer, r_inner, mid, start + 2.0 * PI)
        );
    }
    let large = if sweep > PI { 1 } else { 0 };
    let (x0, y0) = polar(cx, cy, r_outer, start);
    let (x1, y1) = polar(cx, cy, r_outer, end);
    let (x2, y2) = polar(cx, cy, r_inner, end);
    let (x3, y3) = polar(cx, cy, r_inner, start);
    format!(
        "M{} {}A{} {} 0 {large} 1 {} {}L{} {}A{} {} 0 {large} 0 {} {}Z",
        n(x0),
        n(y0),
        n(r_outer),
        n(r_outer),
        n(x1),
        n(y1),
        n(x2),
        n(y2),
        n(r_inner),
        n(r_inner),
        n(x3),
        n(y3)
    )
}
