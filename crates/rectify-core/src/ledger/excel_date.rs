//! Excel stores dates as serial numbers; a ledger's date cells may hold one.

use crate::text::dates::iso;

/// The ISO date of an Excel serial date (days since 1899-12-30, the epoch
/// that makes Excel's serials from 1900-03-01 on come out right; the time of
/// day is dropped). `45838` is 2025-06-30. Serials outside 1900–9999 are None.
pub(crate) fn excel_serial(serial: f64) -> Option<String> {
    if !serial.is_finite() || !(61.0..2_958_466.0).contains(&serial) {
        return None;
    }
    // Days from 1970-01-01: the serial of 1970-01-01 is 25569.
    let z = serial.floor() as i64 - 25569 + 719_468;
    // Civil-from-days (Howard Hinnant's algorithm).
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
    iso(y, m, d)
}

#[cfg(test)]
mod tests {
    use super::excel_serial;

    #[test]
    fn excel_serials() {
        assert_eq!(excel_serial(45838.0).as_deref(), Some("2025-06-30"));
        assert_eq!(excel_serial(45473.5).as_deref(), Some("2024-06-30"));
        assert_eq!(excel_serial(61.0).as_deref(), Some("1900-03-01"));
        assert_eq!(excel_serial(43831.0).as_deref(), Some("2020-01-01"));
        assert_eq!(excel_serial(-1.0), None);
        assert_eq!(excel_serial(f64::NAN), None);
    }
}
