use crate::locale::{vocab, Lang, Msg};
use crate::model::{NodeKind, Report, StatusBasis};

/// Where the completion rate comes from, beside it in the headline:
/// `完成率按通报措施表述推算，未经部门确认` when any problem's status is
/// inferred, else `完成率依据通报原文表述或编辑核定`; and the problems per
/// basis (`（原文表述 1个 · 规则推断 30个）`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Provenance {
    pub sentence: &'static str,
    pub counts: String,
}

/// `None` when no problem's status says where it comes from (a ledger
/// without evidence).
pub fn provenance(report: &Report, lang: Lang) -> Option<Provenance> {
    let mut n = [0usize; 3];
    for p in report.walk().filter(|p| p.kind == NodeKind::Problem) {
        if let Some(e) = &p.status_evidence {
            n[e.basis as usize] += 1;
        }
    }
    if n == [0; 3] {
        return None;
    }
    let words = [Msg::Stated, Msg::Inferred, Msg::Editor];
    let counts: Vec<String> = words
        .iter()
        .zip(n)
        .filter(|(_, k)| *k > 0)
        .map(|(w, k)| format!("{} {}", w.text(lang), vocab::count(k, lang)))
        .collect();
    let inferred = n[StatusBasis::Inferred as usize] > 0;
    Some(Provenance {
        sentence: if inferred {
            Msg::RateInferred.text(lang)
        } else {
            Msg::RateConfirmed.text(lang)
        },
        counts: super::detail::aside(&counts.join(" · "), lang),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Node, Status, StatusEvidence};

    fn problem(basis: StatusBasis) -> Node {
        let mut p = Node::new("p", NodeKind::Problem, "甲");
        p.status = Some(Status::Done);
        p.status_evidence = Some(StatusEvidence {
            basis,
            rule: "r".into(),
            phrase: None,
        });
        p
    }

    #[test]
    fn says_whether_the_rate_rests_on_inferred_statuses() {
        let mut r = Report::new("t");
        assert_eq!(provenance(&r, Lang::ZhHans), None);
        r.nodes = vec![problem(StatusBasis::Stated), problem(StatusBasis::Inferred)];
        let p = provenance(&r, Lang::ZhHans).unwrap();
        assert_eq!(p.sentence, "完成率按通报措施表述推算，未经部门确认");
        assert_eq!(p.counts, "（原文表述 1个 · 规则推断 1个）");
        r.nodes[1] = problem(StatusBasis::Editor);
        let p = provenance(&r, Lang::En).unwrap();
        assert!(p.sentence.starts_with("Completion rate based on"));
        assert_eq!(p.counts, " (stated in the text 1 · set by the editor 1)");
    }
}
