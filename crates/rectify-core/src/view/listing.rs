use super::{deadline_badge, DeadlineBadge, Drill, StatusFilter, StatusKey};
use crate::locale::{describe_counts, status_label, vocab, Lang, Msg};
use crate::model::{Node, NodeId, NodeKind, Report};
use crate::stats::{effective_status, listing, GroupId, StatusCounts};

/// A drill-down: what is listed, in words, and the page of rows shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DrillListing {
    pub heading: String,
    /// The counts of everything listed, as a sentence.
    pub summary: String,
    /// The rows the filter shows, up to the page limit.
    pub rows: Vec<ProblemRow>,
    /// Said when the filter hides every row.
    pub empty: Option<&'static str>,
    /// `已显示 100 / 250` when more rows than the limit are shown by the filter.
    pub more: Option<String>,
}

/// A problem (or long-term item) in a listing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProblemRow {
    pub id: NodeId,
    pub label: String,
    pub title: String,
    pub status: StatusKey,
    /// How many measures it has, as the language writes it (`4项`); `None`
    /// without measures.
    pub measures: Option<String>,
    /// Its deadline judged on the report's as-of date, when both are dates.
    pub deadline: Option<DeadlineBadge>,
}

/// Rows drawn in the frame that opens a listing (a screenful and more);
/// the rest of the page follows in the next frame.
pub const FIRST_ROWS: usize = 20;

impl DrillListing {
    /// How many rows to draw in the frame that opens the listing: the
    /// first screenful, or through the open problem (a link to a problem
    /// on a later page shows it, and focus can go to it, at once).
    pub fn first_drawn(&self, open: Option<&NodeId>) -> usize {
        let through_open = open
            .and_then(|id| self.rows.iter().position(|r| r.id == *id))
            .map_or(0, |i| i + 1);
        FIRST_ROWS.max(through_open).min(self.rows.len())
    }
}

/// The listing of `drill`, the first `limit` rows the `filter` shows. `None`
/// on the overview, and when the drilled group is not in `report` (the data
/// changed): the caller says so rather than list something else.
pub fn drill_listing(
    report: &Report,
    drill: &Drill,
    filter: &StatusFilter,
    limit: usize,
    lang: Lang,
) -> Option<DrillListing> {
    let listed = listing(report, drill.listing()?)?;
    let heading = match drill {
        Drill::Area(GroupId::Node(id)) => {
            let node = report.node(id)?;
            format!("{}{}", node.label, node.title)
        }
        Drill::Status(s) => format!(
            "{} · {}",
            status_label(*s, lang),
            Msg::ProblemsIn.text(lang)
        ),
        _ => Msg::ProblemsIn.text(lang).to_string(),
    };
    let visible: Vec<&Node> = listed
        .iter()
        .copied()
        .filter(|p| filter.is_shown(effective_status(p)))
        .collect();
    let total_visible = visible.len();
    Some(DrillListing {
        heading,
        summary: match drill {
            // Every problem listed has one status: a rate would read 0% or 100%.
            Drill::Status(_) => Msg::ItemTotal.fill(lang, &[&listed.len().to_string()]),
            _ => summary(&listed, lang),
        },
        rows: visible
            .into_iter()
            .take(limit)
            .map(|p| row(p, report.meta.as_of.as_deref(), lang))
            .collect(),
        empty: (total_visible == 0).then(|| Msg::FilterEmpty.text(lang)),
        more: (total_visible > limit)
            .then(|| Msg::ShowingOf.fill(lang, &[&limit.to_string(), &total_visible.to_string()])),
    })
}

/// Long-term items are counted as items; problems as a sentence of counts.
fn summary(listed: &[&Node], lang: Lang) -> String {
    let long_term = !listed.is_empty() && listed.iter().all(|p| p.kind == NodeKind::LongTerm);
    if long_term {
        format!(
            "{} {}",
            Msg::LongTermItems.text(lang),
            vocab::item_count(listed.len(), lang)
        )
    } else {
        let mut counts = StatusCounts::default();
        for p in listed {
            counts.add(effective_status(p));
        }
        describe_counts(&counts, lang)
    }
}

fn row(p: &Node, as_of: Option<&str>, lang: Lang) -> ProblemRow {
    let measures = p
        .children
        .iter()
        .filter(|c| c.kind == NodeKind::Measure)
        .count();
    ProblemRow {
        id: NodeId::new(&p.id),
        label: p.label.clone(),
        title: p.title.clone(),
        status: effective_status(p),
        measures: (measures > 0).then(|| vocab::item_count(measures, lang)),
        deadline: deadline_badge(p, as_of, lang),
    }
}
