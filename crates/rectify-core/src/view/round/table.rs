//! The round overview's table: one row per department from the latest
//! entry's stated totals (no report is fetched), filtered by round and by
//! a search in department names, sorted by any column.

use std::collections::HashMap;

use crate::collection::{Collection, CollectionEntry, Department};
use crate::locale::{rate_text, Lang, RoundMsg};

/// A column the reader can sort by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SortKey {
    /// The collection's own order (`order`, then name).
    Order,
    Name,
    Problems,
    Done,
    InProgress,
    Rate,
    Overdue,
    LastReport,
}

impl SortKey {
    /// The sortable columns, in table order.
    pub const COLUMNS: [SortKey; 7] = [
        SortKey::Name,
        SortKey::Problems,
        SortKey::Done,
        SortKey::InProgress,
        SortKey::Rate,
        SortKey::Overdue,
        SortKey::LastReport,
    ];

    fn msg(self) -> RoundMsg {
        match self {
            SortKey::Order | SortKey::Name => RoundMsg::Department,
            SortKey::Problems => RoundMsg::Problems,
            SortKey::Done => RoundMsg::Done,
            SortKey::InProgress => RoundMsg::InProgress,
            SortKey::Rate => RoundMsg::Rate,
            SortKey::Overdue => RoundMsg::Overdue,
            SortKey::LastReport => RoundMsg::LastReport,
        }
    }
}

/// What the reader chose: a round (`None`: all), a search, a sort.
#[derive(Debug, Clone, PartialEq)]
pub struct RoundQuery {
    pub round: Option<String>,
    pub search: String,
    pub sort: SortKey,
    pub descending: bool,
}

impl Default for RoundQuery {
    fn default() -> RoundQuery {
        RoundQuery {
            round: None,
            search: String::new(),
            sort: SortKey::Order,
            descending: false,
        }
    }
}

impl RoundQuery {
    /// Sorting by `key`: a second choice of the same column reverses it;
    /// numbers start with the largest, names and dates with the first.
    pub fn sorted_by(&self, key: SortKey) -> RoundQuery {
        let descending = if self.sort == key {
            !self.descending
        } else {
            !matches!(key, SortKey::Name | SortKey::Order)
        };
        RoundQuery {
            sort: key,
            descending,
            ..self.clone()
        }
    }
}

/// A column heading: its words, whether (and how) the table is sorted by
/// it (for `aria-sort`), and the sort button's label.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnHead {
    pub key: SortKey,
    pub label: &'static str,
    /// `Some(true)` descending, `Some(false)` ascending.
    pub sorted: Option<bool>,
    pub button: String,
}

/// One department as the table shows it (numbers from its latest entry in
/// the chosen round).
#[derive(Debug, Clone, PartialEq)]
pub struct DepartmentRow {
    pub id: String,
    pub name: String,
    /// Problems, done, in progress, completion rate, overdue, as text
    /// (`—` without totals).
    pub cells: [String; 5],
    /// The completion rate, 0 to 1, for the small multiples' bar.
    pub rate: Option<f64>,
    /// The last report's as-of date, or "no report yet".
    pub last_report: String,
    /// Everything in one sentence, for a small multiple's label.
    pub label: String,
}

/// The overview table.
#[derive(Debug, Clone, PartialEq)]
pub struct RoundTable {
    pub caption: &'static str,
    pub heads: Vec<ColumnHead>,
    pub rows: Vec<DepartmentRow>,
    /// `Showing 3 of 300 departments`, or that none matches.
    pub note: String,
}

/// The round of an entry: its own, else the collection's.
pub fn entry_round<'a>(collection: &'a Collection, entry: &'a CollectionEntry) -> Option<&'a str> {
    entry
        .inspection_round
        .as_deref()
        .or(collection.inspection_round.as_deref())
}

/// The rounds of the collection, in order of first appearance.
pub fn rounds(collection: &Collection) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for entry in &collection.entries {
        if let Some(r) = entry_round(collection, entry) {
            if !out.iter().any(|o| o == r) {
                out.push(r.to_string());
            }
        }
    }
    out
}

/// Each department's latest entry in `round` (all rounds: `None`).
fn latest_entries<'a>(
    collection: &'a Collection,
    round: Option<&str>,
) -> HashMap<&'a str, &'a CollectionEntry> {
    let mut latest: HashMap<&str, &CollectionEntry> = HashMap::new();
    for entry in &collection.entries {
        if round.is_some_and(|r| entry_round(collection, entry) != Some(r)) {
            continue;
        }
        let slot = latest.entry(entry.department.as_str()).or_insert(entry);
        if entry.as_of > slot.as_of {
            *slot = entry;
        }
    }
    latest
}

/// Whether `name` holds `search` (ASCII letters in either case).
fn matches_search(name: &str, search: &str) -> bool {
    let search = search.trim();
    search.is_empty()
        || name
            .to_ascii_lowercase()
            .contains(&search.to_ascii_lowercase())
}

struct Candidate<'a> {
    department: &'a Department,
    position: usize,
    entry: Option<&'a CollectionEntry>,
}

impl Candidate<'_> {
    fn totals(&self) -> Option<&crate::collection::EntryTotals> {
        self.entry.and_then(|e| e.totals.as_ref())
    }

    /// The number sorted by; rows without one sort last either way.
    fn number(&self, key: SortKey) -> Option<f64> {
        let t = self.totals()?;
        Some(match key {
            SortKey::Problems => f64::from(t.problems),
            SortKey::Done => f64::from(t.done),
            SortKey::InProgress => f64::from(t.in_progress),
            SortKey::Rate => t.completion_rate()?,
            SortKey::Overdue => f64::from(t.overdue),
            _ => return None,
        })
    }
}

fn compare(a: &Candidate, b: &Candidate, q: &RoundQuery) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    let flip = |o: Ordering| if q.descending { o.reverse() } else { o };
    let primary = match q.sort {
        SortKey::Order => flip(a.position.cmp(&b.position)),
        SortKey::Name => flip(a.department.name.cmp(&b.department.name)),
        SortKey::LastReport => match (a.entry, b.entry) {
            (Some(x), Some(y)) => flip(x.as_of.cmp(&y.as_of)),
            (x, y) => y.is_some().cmp(&x.is_some()),
        },
        key => match (a.number(key), b.number(key)) {
            (Some(x), Some(y)) => flip(x.partial_cmp(&y).unwrap_or(Ordering::Equal)),
            (x, y) => y.is_some().cmp(&x.is_some()),
        },
    };
    primary.then(a.position.cmp(&b.position))
}

fn row(c: &Candidate, lang: Lang) -> DepartmentRow {
    let dash = || "—".to_string();
    let t = c.totals();
    let n =
        |f: fn(&crate::collection::EntryTotals) -> u32| t.map_or_else(dash, |t| f(t).to_string());
    let rate = t.and_then(|t| t.completion_rate());
    let last_report = c.entry.map_or_else(
        || RoundMsg::NoReport.text(lang).to_string(),
        |e| e.as_of.clone(),
    );
    let cells = [
        n(|t| t.problems),
        n(|t| t.done),
        n(|t| t.in_progress),
        if t.is_some() { rate_text(rate) } else { dash() },
        n(|t| t.overdue),
    ];
    let label = crate::locale::vocab::fill_slots(
        "{0}: {1} {2}, {3} {4}, {5} {6}, {7} {8}, {9} {10}",
        &[
            &c.department.name,
            RoundMsg::Problems.text(lang),
            &cells[0],
            RoundMsg::Done.text(lang),
            &cells[1],
            RoundMsg::Rate.text(lang),
            &cells[3],
            RoundMsg::Overdue.text(lang),
            &cells[4],
            RoundMsg::LastReport.text(lang),
            &last_report,
        ],
    );
    DepartmentRow {
        id: c.department.id.clone(),
        name: c.department.name.clone(),
        cells,
        rate,
        last_report,
        label,
    }
}

/// The overview table of `collection` as `query` asks.
pub fn round_table(collection: &Collection, query: &RoundQuery, lang: Lang) -> RoundTable {
    let latest = latest_entries(collection, query.round.as_deref());
    let in_order = collection.departments_in_order();
    let all = in_order.len();
    let mut candidates: Vec<Candidate> = in_order
        .into_iter()
        .enumerate()
        .map(|(position, department)| Candidate {
            department,
            position,
            entry: latest.get(department.id.as_str()).copied(),
        })
        // With a round chosen, only the departments with a report in it.
        .filter(|c| query.round.is_none() || c.entry.is_some())
        .filter(|c| matches_search(&c.department.name, &query.search))
        .collect();
    candidates.sort_by(|a, b| compare(a, b, query));
    let rows: Vec<DepartmentRow> = candidates.iter().map(|c| row(c, lang)).collect();
    let note = if rows.is_empty() {
        RoundMsg::NoneMatch.text(lang).to_string()
    } else {
        RoundMsg::Shown.fill(lang, &[&rows.len().to_string(), &all.to_string()])
    };
    let heads = SortKey::COLUMNS
        .iter()
        .map(|&key| {
            let label = key.msg().text(lang);
            let current =
                query.sort == key || (key == SortKey::Name && query.sort == SortKey::Order);
            ColumnHead {
                key,
                label,
                sorted: (current && query.sort != SortKey::Order).then_some(query.descending),
                button: RoundMsg::SortBy.fill(lang, &[label]),
            }
        })
        .collect();
    RoundTable {
        caption: RoundMsg::TableCaption.text(lang),
        heads,
        rows,
        note,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::collection::EntryTotals;

    fn entry(
        dept: &str,
        as_of: &str,
        round: Option<&str>,
        done: u32,
        problems: u32,
        overdue: u32,
    ) -> CollectionEntry {
        CollectionEntry {
            department: dept.into(),
            report: format!("{dept}/{as_of}.json"),
            as_of: as_of.into(),
            inspection_round: round.map(str::to_string),
            totals: Some(EntryTotals {
                problems,
                done,
                in_progress: problems - done,
                overdue,
                ..EntryTotals::default()
            }),
        }
    }

    fn collection() -> Collection {
        let mut c = Collection::new("测试");
        c.inspection_round = Some("第六轮".into());
        for (id, name, order) in [
            ("water", "水务局", 2),
            ("health", "卫健局", 1),
            ("edu", "Education Bureau", 3),
            ("none", "无报告局", 4),
        ] {
            c.departments.push(Department {
                id: id.into(),
                name: name.into(),
                order: Some(order),
            });
        }
        c.entries = vec![
            entry("water", "2025-06-30", None, 1, 4, 2),
            entry("water", "2025-12-31", None, 3, 4, 1),
            entry("health", "2025-12-31", None, 5, 5, 0),
            entry("edu", "2025-09-30", Some("第七轮"), 0, 2, 2),
        ];
        c
    }

    fn ids(t: &RoundTable) -> Vec<&str> {
        t.rows.iter().map(|r| r.id.as_str()).collect()
    }

    #[test]
    fn rows_use_each_departments_latest_entry_in_collection_order() {
        let t = round_table(&collection(), &RoundQuery::default(), Lang::ZhHans);
        assert_eq!(ids(&t), ["health", "water", "edu", "none"]);
        let water = &t.rows[1];
        assert_eq!(water.cells, ["4", "3", "1", "75%", "1"].map(String::from));
        assert_eq!(water.last_report, "2025-12-31");
        assert_eq!(t.rows[3].cells[0], "—");
        assert_eq!(t.rows[3].last_report, "暂无报告");
        assert_eq!(t.note, "显示 4 个部门，共 4 个");
        assert!(t.heads.iter().all(|h| h.sorted.is_none()));
    }

    #[test]
    fn sorting_numbers_starts_with_the_largest_and_a_second_click_reverses() {
        let c = collection();
        let by_rate = RoundQuery::default().sorted_by(SortKey::Rate);
        let t = round_table(&c, &by_rate, Lang::En);
        // Departments without totals sort last either way.
        assert_eq!(ids(&t), ["health", "water", "edu", "none"]);
        assert_eq!(t.heads[4].sorted, Some(true));
        let t = round_table(&c, &by_rate.sorted_by(SortKey::Rate), Lang::En);
        assert_eq!(ids(&t), ["edu", "water", "health", "none"]);
        let t = round_table(
            &c,
            &RoundQuery::default().sorted_by(SortKey::Overdue),
            Lang::En,
        );
        assert_eq!(ids(&t), ["edu", "water", "health", "none"]);
        let t = round_table(
            &c,
            &RoundQuery::default().sorted_by(SortKey::Name),
            Lang::En,
        );
        assert_eq!(
            ids(&t),
            ["edu", "health", "none", "water"].map(|id| id),
            "by name: {:?}",
            ids(&t)
        );
        assert_eq!(t.heads[0].button, "Sort by Department");
    }

    #[test]
    fn round_filter_and_search() {
        let c = collection();
        assert_eq!(rounds(&c), ["第六轮", "第七轮"]);
        let q = RoundQuery {
            round: Some("第七轮".into()),
            ..RoundQuery::default()
        };
        assert_eq!(ids(&round_table(&c, &q, Lang::En)), ["edu"]);
        let q = RoundQuery {
            search: "EDUCATION".into(),
            ..RoundQuery::default()
        };
        assert_eq!(ids(&round_table(&c, &q, Lang::En)), ["edu"]);
        let q = RoundQuery {
            search: "水务".into(),
            ..RoundQuery::default()
        };
        assert_eq!(ids(&round_table(&c, &q, Lang::En)), ["water"]);
        let q = RoundQuery {
            search: "nothing".into(),
            ..RoundQuery::default()
        };
        let t = round_table(&c, &q, Lang::En);
        assert_eq!(
            (t.rows.len(), t.note.as_str()),
            (0, "No department matches")
        );
    }

    #[test]
    fn three_hundred_departments_are_tabled_from_totals() {
        let sample = crate::collection::generate(300, 4);
        let t = round_table(&sample.collection, &RoundQuery::default(), Lang::ZhHans);
        assert_eq!(t.rows.len(), 300);
        assert!(t.rows.iter().all(|r| r.last_report == "2025-12-31"));
        let overdue: u32 = t
            .rows
            .iter()
            .map(|r| r.cells[4].parse::<u32>().unwrap())
            .sum();
        let expected: u32 = sample
            .collection
            .entries
            .iter()
            .filter(|e| e.as_of == "2025-12-31")
            .map(|e| e.totals.as_ref().unwrap().overdue)
            .sum();
        assert_eq!(overdue, expected);
    }
}
