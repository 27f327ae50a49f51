//! A diff as lines of Chinese text, for the CLI and text summaries:
//! `(14) 正在整改 → 已完成，2025-06-30 → 2025-12-31`.

use super::{MatchedProblem, ProblemRef, ReportDiff};
use crate::locale::{status_label, Lang};

fn dates(diff: &ReportDiff) -> String {
    let date = |d: &Option<String>| d.clone().unwrap_or_else(|| "日期不详".into());
    format!("{} → {}", date(&diff.old_as_of), date(&diff.new_as_of))
}

fn named(p: &ProblemRef) -> String {
    if p.label.is_empty() {
        p.title.clone()
    } else {
        format!("{} {}", p.label, p.title)
    }
}

/// `(14) 正在整改 → 已完成，2025-06-30 → 2025-12-31：<title>`.
pub fn status_change_line(change: &MatchedProblem, diff: &ReportDiff) -> String {
    let label = if change.new.label.is_empty() {
        &change.old.label
    } else {
        &change.new.label
    };
    format!(
        "{label} {} → {}，{}：{}",
        status_label(change.old.status, Lang::ZhHans),
        status_label(change.new.status, Lang::ZhHans),
        dates(diff),
        change.new.title
    )
}

/// Every change of `diff` as lines: a heading line, then one section per
/// kind of change that occurs.
pub fn describe_diff(diff: &ReportDiff) -> Vec<String> {
    let mut lines = vec![format!(
        "{}：状态变化 {} 个，新增 {} 个，移除 {} 个，合并 {} 处，拆分 {} 处，改写 {} 个，未变 {} 个",
        dates(diff),
        diff.status_changes.len(),
        diff.added.len(),
        diff.removed.len(),
        diff.merged.len(),
        diff.split.len(),
        diff.reworded.len(),
        diff.unchanged
    )];
    let mut section = |title: &str, items: Vec<String>| {
        if !items.is_empty() {
            lines.push(format!("{title}："));
            lines.extend(items.into_iter().map(|i| format!("  {i}")));
        }
    };
    section(
        "状态变化",
        diff.status_changes
            .iter()
            .map(|c| status_change_line(c, diff))
            .collect(),
    );
    section("新增", diff.added.iter().map(named).collect());
    section("移除", diff.removed.iter().map(named).collect());
    section(
        "合并",
        diff.merged
            .iter()
            .map(|g| {
                let olds: Vec<String> = g.old.iter().map(named).collect();
                format!("{} ⇒ {}", olds.join(" ＋ "), named(&g.new))
            })
            .collect(),
    );
    section(
        "拆分",
        diff.split
            .iter()
            .map(|g| {
                let news: Vec<String> = g.new.iter().map(named).collect();
                format!("{} ⇒ {}", named(&g.old), news.join(" ＋ "))
            })
            .collect(),
    );
    section(
        "改写",
        diff.reworded
            .iter()
            .map(|c| {
                format!(
                    "{} → {}（相似度 {:.2}）",
                    named(&c.old),
                    named(&c.new),
                    c.confidence
                )
            })
            .collect(),
    );
    lines
}
