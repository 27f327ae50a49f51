//! `rectify stats`: the counts the widget shows, as text or JSON.

use std::path::Path;

use rectify_core::locale::{describe_counts, percent, status_label, Lang};
use rectify_core::model::Report;
use rectify_core::stats::{compare_stated, Comparison, Group, StatusCounts, Summary};
use serde::Serialize;

use crate::commands::load_report;
use crate::error::CliError;
use crate::exit;
use crate::output::Stdout;

pub fn stats(path: &Path, json: bool, out: &mut Stdout) -> Result<u8, CliError> {
    let report = load_report(path)?;
    let summary = Summary::of(&report);
    let comparisons = compare_stated(&report, &summary);
    if json {
        out.json_pretty(&StatsJson::new(&summary, &comparisons))?;
    } else {
        print_text(&report, &summary, &comparisons, out)?;
    }
    Ok(exit::OK)
}

/// `stats --json`: the core's [`Summary`] (serialised by its derived
/// `Serialize`, so that no field is left out) with each set of counts'
/// total and completion rate beside it, and the stated totals.
#[derive(Serialize)]
struct StatsJson<'a> {
    problems: CountsJson<'a>,
    measures: CountsJson<'a>,
    long_term_items: usize,
    groups: Vec<GroupJson<'a>>,
    long_term_groups: Vec<GroupJson<'a>>,
    stated: &'a [Comparison],
}

/// Counts by status (every field of [`StatusCounts`]), their total and the
/// share done (`null` when there is nothing to count).
#[derive(Serialize)]
struct CountsJson<'a> {
    total: usize,
    #[serde(flatten)]
    counts: &'a StatusCounts,
    completion_rate: Option<f64>,
}

/// A [`Group`] (id, label, title and counts), with its total and rate.
#[derive(Serialize)]
struct GroupJson<'a> {
    #[serde(flatten)]
    group: &'a Group,
    total: usize,
    completion_rate: Option<f64>,
}

impl<'a> StatsJson<'a> {
    fn new(summary: &'a Summary, stated: &'a [Comparison]) -> StatsJson<'a> {
        let groups = |groups: &'a [Group]| {
            groups
                .iter()
                .map(|group| GroupJson {
                    group,
                    total: group.counts.total(),
                    completion_rate: group.counts.completion_rate(),
                })
                .collect()
        };
        StatsJson {
            problems: CountsJson::new(&summary.problems),
            measures: CountsJson::new(&summary.measures),
            long_term_items: summary.long_term_items,
            groups: groups(&summary.groups),
            long_term_groups: groups(&summary.long_term_groups),
            stated,
        }
    }
}

impl<'a> CountsJson<'a> {
    fn new(counts: &'a StatusCounts) -> CountsJson<'a> {
        CountsJson {
            total: counts.total(),
            counts,
            completion_rate: counts.completion_rate(),
        }
    }
}

fn print_text(
    report: &Report,
    s: &Summary,
    comparisons: &[Comparison],
    out: &mut Stdout,
) -> Result<(), CliError> {
    out.line(&report.meta.title)?;
    out.line(&describe_counts(&s.problems, Lang::ZhHans))?;
    out.line(&format!(
        "需长期整改事项 {} 项；整改措施 {} 条",
        s.long_term_items,
        s.measures.total()
    ))?;
    for g in &s.groups {
        let rate = g.counts.completion_rate().map(percent).unwrap_or_default();
        let parts: Vec<String> = g
            .counts
            .present()
            .into_iter()
            .map(|(status, n)| format!("{}{n}", status_label(Some(status), Lang::ZhHans)))
            .collect();
        out.line(&format!(
            "  {}  {}个  {}  {}",
            g.name(Lang::ZhHans),
            g.counts.total(),
            parts.join(" "),
            rate
        ))?;
    }
    if let Some(t) = &report.stated_totals {
        out.line(&format!("原文所述：{}", t.text))?;
        for c in comparisons {
            out.line(&format!(
                "  {}  所述 {}  统计 {}{}",
                c.field.label(Lang::ZhHans),
                c.field.format_value(c.stated),
                c.field.format_value(c.counted),
                if c.matches { "" } else { "  ≠ 不一致" }
            ))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(value: serde_json::Value) -> Vec<String> {
        value.as_object().unwrap().keys().cloned().collect()
    }

    /// Every field of the core's types is in the JSON, also fields added
    /// to them later.
    #[test]
    fn every_field_of_the_core_types_is_printed() {
        let report = rectify_core::sample::generate(12, 3);
        let summary = Summary::of(&report);
        let json = serde_json::to_value(StatsJson::new(&summary, &[])).unwrap();
        for key in keys(serde_json::to_value(&summary).unwrap()) {
            assert!(json.get(&key).is_some(), "Summary::{key} is missing");
        }
        let counts = serde_json::to_value(summary.problems).unwrap();
        for key in keys(counts)
            .into_iter()
            .chain(["total".into(), "completion_rate".into()])
        {
            assert!(json["problems"].get(&key).is_some(), "problems.{key}");
            assert!(json["measures"].get(&key).is_some(), "measures.{key}");
            assert!(json["groups"][0].get(&key).is_some(), "groups[0].{key}");
        }
        let group = serde_json::to_value(&summary.groups[0]).unwrap();
        assert_eq!(json["groups"][0]["title"], group["title"]);
    }
}
