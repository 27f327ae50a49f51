//! Generated collections of any size, for load tests and the benchmark.
//! Deterministic: the same arguments give the same collection.

use super::{entry_for, Collection, Department};
use crate::model::{NodeKind, Report, Status};

/// A generated collection and the reports it points to, each with its URL
/// relative to the collection.
#[derive(Debug, Clone)]
pub struct SampleCollection {
    pub collection: Collection,
    pub reports: Vec<(String, Report)>,
}

/// The as-of date of the `i`-th report: quarter ends from 2025-03-31.
fn quarter_end(i: usize) -> String {
    const ENDS: [&str; 4] = ["03-31", "06-30", "09-30", "12-31"];
    format!("{}-{}", 2025 + i / 4, ENDS[i % 4])
}

/// `departments` departments with `reports` reports each, at quarter ends
/// from 2025-03-31. Department `d` has 4 to 40 problems; problems get done
/// from one report to the next, and some deadlines pass unmet.
pub fn generate(departments: usize, reports: usize) -> SampleCollection {
    let mut collection = Collection::new("生成的测试报告集");
    collection.inspection_round = Some("测试巡察轮次".into());
    let mut out = Vec::new();
    for d in 0..departments {
        let id = format!("d{:03}", d + 1);
        let name = format!("测试部门{}", d + 1);
        collection.departments.push(Department {
            id: id.clone(),
            name: name.clone(),
            order: Some(d as u32 + 1),
        });
        for r in 0..reports {
            let report = department_report(d, r, reports, &name);
            let url = format!("{id}/{}.json", quarter_end(r));
            collection.entries.extend(entry_for(&report, &id, &url));
            out.push((url, report));
        }
    }
    SampleCollection {
        collection,
        reports: out,
    }
}

fn department_report(d: usize, r: usize, reports: usize, name: &str) -> Report {
    let problems = 4 + (d * 7) % 37;
    let mut report = crate::sample::generate(problems, 1 + d % 4);
    report.meta.title = format!("{name}关于巡察整改进展情况的通报（第{}次）", r + 1);
    report.meta.issuer = Some(name.into());
    report.meta.inspection_round = Some("测试巡察轮次".into());
    report.meta.as_of = Some(quarter_end(r));
    let mut p = 0;
    for node in report.nodes.iter_mut().flat_map(|n| n.children.iter_mut()) {
        for problem in node
            .children
            .iter_mut()
            .filter(|n| n.kind == NodeKind::Problem)
        {
            // A problem is done from report `k` on, some never.
            let k = (p * 7 + d) % (reports + 2);
            let status = if k <= r {
                Status::Done
            } else if k == reports + 1 && p % 3 == 0 {
                Status::NotStarted
            } else {
                Status::InProgress
            };
            problem.status = Some(status);
            problem.deadline = Some(quarter_end((p + d) % (reports + 1)));
            for m in &mut problem.children {
                m.status = Some(status);
            }
            p += 1;
        }
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_collections_are_valid_and_deterministic() {
        let a = generate(30, 4);
        assert_eq!(a.collection.entries.len(), 120);
        assert_eq!(a.reports.len(), 120);
        let json = serde_json::to_string(&a.collection).unwrap();
        assert_eq!(
            crate::collection::from_json_str(&json).unwrap(),
            a.collection
        );
        assert_eq!(generate(30, 4).collection, a.collection);
        let first = a.collection.entries[0].totals.clone().unwrap();
        let last = a.collection.entries[3].totals.clone().unwrap();
        assert!(last.done > first.done, "{first:?} {last:?}");
        assert!(a
            .collection
            .entries
            .iter()
            .any(|e| e.totals.as_ref().unwrap().overdue > 0));
    }
}
