//! Numbers and dates as each interface language writes them.

use super::Lang;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn parse_iso(iso: &str) -> Option<(u32, u32, u32)> {
    let mut it = iso.trim().splitn(3, '-');
    let y = it.next()?.parse().ok()?;
    let m: u32 = it.next()?.parse().ok()?;
    let d: u32 = it.next()?.parse().ok()?;
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y, m, d))
}

fn days_in_month(y: u32, m: u32) -> u32 {
    crate::calendar::days_in_month(y as i32, m)
}

/// An ISO date as text: `2025年9月12日` (both Chinese scripts) or
/// `12 September 2025`. Anything that is not an ISO date is returned as is.
pub fn date(iso: &str, lang: Lang) -> String {
    match parse_iso(iso) {
        None => iso.to_string(),
        Some((y, m, d)) => match lang {
            Lang::En => format!("{d} {} {y}", MONTHS[m as usize - 1]),
            _ => format!("{y}年{m}月{d}日"),
        },
    }
}

/// An as-of date: the last day of a month reads `2025年6月底` / `end of June 2025`.
pub fn as_of_date(iso: &str, lang: Lang) -> String {
    match parse_iso(iso) {
        Some((y, m, d)) if d == days_in_month(y, m) => match lang {
            Lang::En => format!("end of {} {y}", MONTHS[m as usize - 1]),
            _ => format!("{y}年{m}月底"),
        },
        _ => date(iso, lang),
    }
}

fn trim_number(v: f64, decimals: usize) -> String {
    crate::chart::fixed(v, decimals as u32, true)
}

/// Groups digits with commas: `12345` → `12,345`.
pub fn group_digits(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A quantity in compact units: `180000000` → `1.8亿` / `1.8億` /
/// `180 million`; `25000` → `2.5万` / `2.5萬` / `25,000`.
pub fn compact_number(v: f64, lang: Lang) -> String {
    let a = v.abs();
    match lang {
        Lang::En => {
            if a >= 1e9 {
                format!("{} billion", trim_number(v / 1e9, 2))
            } else if a >= 1e6 {
                format!("{} million", trim_number(v / 1e6, 2))
            } else if v.fract() == 0.0 && a < 1e15 {
                let g = group_digits(a as u64);
                if v < 0.0 {
                    format!("-{g}")
                } else {
                    g
                }
            } else {
                trim_number(v, 2)
            }
        }
        _ => {
            let (yi, wan) = if lang == Lang::ZhHant {
                ("億", "萬")
            } else {
                ("亿", "万")
            };
            if a >= 1e8 {
                format!("{}{yi}", trim_number(v / 1e8, 2))
            } else if a >= 1e4 {
                format!("{}{wan}", trim_number(v / 1e4, 2))
            } else {
                trim_number(v, 2)
            }
        }
    }
}

/// A figure stated in a report (`value` in `unit`, e.g. 176.1 亿元) for the
/// interface language. Chinese keeps the report's own wording; English
/// spells the 亿/万 units out: `17.61 billion yuan`.
pub fn figure_amount(value: f64, unit: &str, original: &str, lang: Lang) -> String {
    if lang != Lang::En {
        return original.to_string();
    }
    let (scale, rest) = if let Some(r) = unit.strip_prefix('亿') {
        (1e8, r)
    } else if let Some(r) = unit.strip_prefix('万') {
        (1e4, r)
    } else {
        (1.0, unit)
    };
    let rest = match rest {
        "元" => " yuan",
        "" => "",
        "%" => "%",
        "个" | "项" | "件" | "次" | "人" | "家" | "户" | "笔" => "",
        _ => return original.to_string(),
    };
    format!("{}{rest}", compact_number(value * scale, lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_follow_the_locale() {
        assert_eq!(date("2025-09-12", Lang::ZhHans), "2025年9月12日");
        assert_eq!(date("2025-09-12", Lang::En), "12 September 2025");
        assert_eq!(as_of_date("2025-06-30", Lang::ZhHans), "2025年6月底");
        assert_eq!(as_of_date("2025-06-30", Lang::ZhHant), "2025年6月底");
        assert_eq!(as_of_date("2025-06-30", Lang::En), "end of June 2025");
        assert_eq!(as_of_date("2024-02-29", Lang::ZhHans), "2024年2月底");
        assert_eq!(as_of_date("2025-06-15", Lang::ZhHans), "2025年6月15日");
        assert_eq!(date("长期坚持", Lang::En), "长期坚持");
    }

    #[test]
    fn compact_units() {
        assert_eq!(compact_number(180_000_000.0, Lang::ZhHans), "1.8亿");
        assert_eq!(compact_number(180_000_000.0, Lang::ZhHant), "1.8億");
        assert_eq!(compact_number(180_000_000.0, Lang::En), "180 million");
        assert_eq!(compact_number(25_000.0, Lang::ZhHans), "2.5万");
        assert_eq!(compact_number(25_000.0, Lang::ZhHant), "2.5萬");
        assert_eq!(compact_number(25_000.0, Lang::En), "25,000");
        assert_eq!(compact_number(31.0, Lang::ZhHans), "31");
        assert_eq!(group_digits(1_234_567), "1,234,567");
    }

    #[test]
    fn figures_in_english() {
        assert_eq!(
            figure_amount(176.1, "亿元", "176.1亿元", Lang::En),
            "17.61 billion yuan"
        );
        assert_eq!(
            figure_amount(1.8, "亿元", "1.8亿元", Lang::ZhHans),
            "1.8亿元"
        );
        assert_eq!(
            figure_amount(350.0, "万元", "350万元", Lang::En),
            "3.5 million yuan"
        );
        assert_eq!(figure_amount(3.0, "座", "3座", Lang::En), "3座");
    }
}
