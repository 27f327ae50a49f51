//! The report on a problem's state in its own text: what follows
//! `整改情况:` (or `【整改情况】`, `整改进展:`, `整改结果:`, …). A status
//! read from it is stated by the notice, and beats what the measures
//! suggest.

use crate::text::{norm_chars, slice, starts_at};

const REPORT_KEYS: &[&str] = &[
    "整改情况",
    "整改进展",
    "整改结果",
    "整改成效",
    "整改落实情况",
];

/// The text after the last report key (`整改情况:…`) up to the end of its
/// paragraph, if the text has one.
pub(crate) fn report_on_state(text: &str) -> Option<String> {
    let n = norm_chars(text);
    let orig: Vec<char> = text.chars().collect();
    let mut found = None;
    for i in 0..n.len() {
        let Some(key) = REPORT_KEYS.iter().find(|k| starts_at(&n, i, k)) else {
            continue;
        };
        let after = i + key.chars().count();
        if matches!(n.get(after), Some(':' | '】' | ']')) {
            found = Some(after + 1);
        }
    }
    let start = found?;
    let end = (start..n.len()).find(|&j| n[j] == '\n').unwrap_or(n.len());
    let v = slice(&orig, start, end);
    (!v.trim().is_empty()).then_some(v)
}

/// The report says the work has not started (`尚未整改`, `未启动整改`),
/// either as its opening words or as its concluding clause (`因…，目前尚未
/// 整改。`): a report states its conclusion first or last.
pub(crate) fn says_not_started(report: &str) -> bool {
    let n: String = norm_chars(report).into_iter().collect();
    let opens = |s: &str| {
        let s = s.trim_start_matches(['目', '前', '现', '仍', '暂', ' ']);
        ["尚未整改", "未启动", "尚未启动", "未开始整改"]
            .iter()
            .any(|w| s.starts_with(w))
    };
    let last_clause = n
        .trim_end_matches(['。', ';', '.', ' '])
        .rsplit([',', '。', ';'])
        .next()
        .unwrap_or("");
    opens(&n) || opens(last_clause)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_report() {
        assert_eq!(
            report_on_state("正文。\n\n整改情况：已完成整改。").as_deref(),
            Some("已完成整改。")
        );
        assert_eq!(
            report_on_state("【整改情况】尚未整改。县消防救援大队已下发通知。\n\n【责任单位】某局")
                .as_deref(),
            Some("尚未整改。县消防救援大队已下发通知。")
        );
        assert_eq!(report_on_state("整改情况良好。"), None);
        assert!(says_not_started("尚未整改。已下发通知"));
        assert!(says_not_started(
            "因资产权属不清，需待统一清查后处理，目前尚未整改。"
        ));
        assert!(!says_not_started(
            "已追回资金，其余尚未整改部分正在追缴中。"
        ));
        assert!(!says_not_started("目前已完成整改。"));
    }
}
