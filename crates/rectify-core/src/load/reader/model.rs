//! The report format v1, read field by field. The field lists are those of
//! the serde types in `model/` (declaration order), and what is required,
//! optional (`null` allowed) or defaulted follows their attributes; the
//! round-trip property tests check the two against each other.

use super::cursor::{Reader, Step};
use super::shape::Shape;
use crate::load::outline::{outline_node, NodeCut, Texts};
use crate::model::{
    Contact, DateRange, Figure, Meta, Node, NodeKind, Report, Skipped, Source, StatedTotals,
    Status, StatusBasis, StatusEvidence,
};

/// Required-field bits from field indices.
const fn bits(indices: &[usize]) -> u32 {
    let mut mask = 0;
    let mut i = 0;
    while i < indices.len() {
        mask |= 1 << indices[i];
        i += 1;
    }
    mask
}

const REPORT: Shape = Shape {
    name: "Report",
    fields: &["format", "meta", "nodes", "stated_totals", "skipped"],
    required: bits(&[0, 1, 2]),
};

pub fn report(r: &mut Reader<'_>, texts: Texts) -> Step<Report> {
    let mut report = Report::new("");
    report.format.clear();
    r.object(&REPORT, &mut |r, field| {
        match field {
            0 => report.format = r.text()?,
            1 => report.meta = meta(r)?,
            2 => report.nodes = r.list(|r| node(r, Within::top(texts)))?,
            3 => report.stated_totals = optional(r, stated_totals)?,
            _ => report.skipped = r.list(skipped)?,
        }
        Ok(())
    })?;
    Ok(report)
}

/// `null` or a value read by `read`.
fn optional<'a, T>(r: &mut Reader<'a>, read: fn(&mut Reader<'a>) -> Step<T>) -> Step<Option<T>> {
    if r.null()? {
        return Ok(None);
    }
    read(r).map(Some)
}

const META: Shape = Shape {
    name: "Meta",
    fields: &[
        "title",
        "issuer",
        "inspection_round",
        "inspection_team",
        "inspection_period",
        "feedback_date",
        "as_of",
        "as_of_text",
        "published",
        "written_date",
        "index_number",
        "document_number",
        "disclosure",
        "contact",
        "source",
        "language",
    ],
    required: bits(&[0]),
};

fn meta(r: &mut Reader<'_>) -> Step<Meta> {
    let mut m = Meta {
        language: "zh-Hans".to_string(),
        ..Meta::default()
    };
    r.object(&META, &mut |r, field| {
        match field {
            0 => m.title = r.text()?,
            1 => m.issuer = r.optional_text()?,
            2 => m.inspection_round = r.optional_text()?,
            3 => m.inspection_team = r.optional_text()?,
            4 => m.inspection_period = optional(r, date_range)?,
            5 => m.feedback_date = r.optional_text()?,
            6 => m.as_of = r.optional_text()?,
            7 => m.as_of_text = r.optional_text()?,
            8 => m.published = r.optional_text()?,
            9 => m.written_date = r.optional_text()?,
            10 => m.index_number = r.optional_text()?,
            11 => m.document_number = r.optional_text()?,
            12 => m.disclosure = optional(r, date_range)?,
            13 => m.contact = optional(r, contact)?,
            14 => m.source = optional(r, source)?,
            _ => m.language = r.text()?,
        }
        Ok(())
    })?;
    Ok(m)
}

const DATE_RANGE: Shape = Shape {
    name: "DateRange",
    fields: &["start", "end"],
    required: bits(&[0, 1]),
};

fn date_range(r: &mut Reader<'_>) -> Step<DateRange> {
    let mut d = DateRange {
        start: String::new(),
        end: String::new(),
    };
    r.object(&DATE_RANGE, &mut |r, field| {
        match field {
            0 => d.start = r.text()?,
            _ => d.end = r.text()?,
        }
        Ok(())
    })?;
    Ok(d)
}

const CONTACT: Shape = Shape {
    name: "Contact",
    fields: &["phone", "address", "postcode", "email", "note"],
    required: 0,
};

fn contact(r: &mut Reader<'_>) -> Step<Contact> {
    let mut c = Contact::default();
    r.object(&CONTACT, &mut |r, field| {
        let value = r.optional_text()?;
        *match field {
            0 => &mut c.phone,
            1 => &mut c.address,
            2 => &mut c.postcode,
            3 => &mut c.email,
            _ => &mut c.note,
        } = value;
        Ok(())
    })?;
    Ok(c)
}

const SOURCE: Shape = Shape {
    name: "Source",
    fields: &["document", "publisher", "generator", "url"],
    required: 0,
};

fn source(r: &mut Reader<'_>) -> Step<Source> {
    let mut s = Source::default();
    r.object(&SOURCE, &mut |r, field| {
        let value = r.optional_text()?;
        *match field {
            0 => &mut s.document,
            1 => &mut s.publisher,
            2 => &mut s.generator,
            _ => &mut s.url,
        } = value;
        Ok(())
    })?;
    Ok(s)
}

const NODE: Shape = Shape {
    name: "Node",
    fields: &[
        "id",
        "kind",
        "label",
        "title",
        "body",
        "status",
        "status_evidence",
        "owners",
        "deadline",
        "completed_on",
        "figures",
        "source_line",
        "extra",
        "children",
    ],
    required: bits(&[0, 1, 3]),
};

const KINDS: [NodeKind; 9] = [
    NodeKind::Preamble,
    NodeKind::Section,
    NodeKind::FocusArea,
    NodeKind::Category,
    NodeKind::Problem,
    NodeKind::Measure,
    NodeKind::LongTerm,
    NodeKind::Item,
    NodeKind::Closing,
];
const KIND_NAMES: &[&str] = &[
    "preamble",
    "section",
    "focus_area",
    "category",
    "problem",
    "measure",
    "long_term",
    "item",
    "closing",
];
const STATUS_NAMES: &[&str] = &["done", "in_progress", "long_term", "not_started"];

/// Where a node is read: which texts are stored, and whether it is below
/// a problem or long-term item (see `load::outline`).
#[derive(Clone, Copy)]
pub struct Within {
    pub texts: Texts,
    pub in_problem: bool,
}

impl Within {
    /// The report's top level.
    pub fn top(texts: Texts) -> Within {
        Within {
            texts,
            in_problem: false,
        }
    }

    fn cut(self, kind: NodeKind) -> NodeCut {
        match self.texts {
            Texts::All => NodeCut::KEEP,
            Texts::Outline => NodeCut::of(kind, self.in_problem),
        }
    }

    fn below(self, cut: NodeCut) -> Within {
        Within {
            in_problem: cut.children_in_problem,
            ..self
        }
    }
}

/// A node, cut to the outline as it ends (its texts freed at once, so the
/// next nodes reuse their room). Children read before the kind (not in the
/// order serde writes) are cut after it.
fn node(r: &mut Reader<'_>, within: Within) -> Step<Node> {
    let mut n = Node::new(String::new(), NodeKind::Item, String::new());
    let (mut cut, mut kind_read, mut uncut) = (NodeCut::KEEP, false, false);
    r.object(&NODE, &mut |r, field| {
        match field {
            0 => n.id = r.text()?,
            1 => {
                n.kind = KINDS[r.variant("NodeKind", KIND_NAMES)?];
                // From here on (serde writes the kind second), what the
                // outline leaves out is checked but never stored.
                cut = within.cut(n.kind);
                kind_read = true;
            }
            2 => n.label = r.text()?,
            3 => n.title = r.kept_text(!cut.drops_heading)?,
            4 => n.body = r.kept_text(!cut.drops_details)?,
            5 => n.status = optional(r, status)?,
            6 => n.status_evidence = optional(r, status_evidence)?,
            7 => n.owners = r.texts()?,
            8 => n.deadline = r.optional_text()?,
            9 => n.completed_on = r.optional_text()?,
            10 => n.figures = r.list(figure)?,
            11 => n.source_line = r.optional_count()?,
            12 => n.extra = r.text_map()?,
            _ => {
                uncut = !kind_read;
                let below = match kind_read {
                    true => within.below(cut),
                    false => within,
                };
                n.children = r.list(|r| node(r, below))?;
            }
        }
        Ok(())
    })?;
    // The kind is required, so `cut` is its cut by now.
    cut.apply(&mut n);
    if uncut && cut.children_in_problem && !within.in_problem {
        for c in &mut n.children {
            outline_node(c, true);
        }
    }
    Ok(n)
}

fn status(r: &mut Reader<'_>) -> Step<Status> {
    Ok(Status::ALL[r.variant("Status", STATUS_NAMES)?])
}

const EVIDENCE: Shape = Shape {
    name: "StatusEvidence",
    fields: &["basis", "rule", "phrase"],
    required: bits(&[0, 1]),
};
const BASES: [StatusBasis; 3] = [
    StatusBasis::Stated,
    StatusBasis::Inferred,
    StatusBasis::Editor,
];

fn status_evidence(r: &mut Reader<'_>) -> Step<StatusEvidence> {
    let mut e = StatusEvidence {
        basis: StatusBasis::Stated,
        rule: String::new(),
        phrase: None,
    };
    r.object(&EVIDENCE, &mut |r, field| {
        match field {
            0 => {
                let names = &["stated", "inferred", "editor"];
                e.basis = BASES[r.variant("StatusBasis", names)?];
            }
            1 => e.rule = r.text()?,
            _ => e.phrase = r.optional_text()?,
        }
        Ok(())
    })?;
    Ok(e)
}

const FIGURE: Shape = Shape {
    name: "Figure",
    fields: &["value", "unit", "label", "period", "change_percent", "text"],
    required: bits(&[0, 1, 2, 5]),
};

fn figure(r: &mut Reader<'_>) -> Step<Figure> {
    let mut f = Figure {
        value: 0.0,
        unit: String::new(),
        label: String::new(),
        period: None,
        change_percent: None,
        text: String::new(),
    };
    r.object(&FIGURE, &mut |r, field| {
        match field {
            0 => f.value = r.decimal()?,
            1 => f.unit = r.text()?,
            2 => f.label = r.text()?,
            3 => f.period = r.optional_text()?,
            4 => f.change_percent = r.optional_decimal()?,
            _ => f.text = r.text()?,
        }
        Ok(())
    })?;
    Ok(f)
}

const TOTALS: Shape = Shape {
    name: "StatedTotals",
    fields: &[
        "total",
        "done",
        "in_progress",
        "long_term",
        "not_started",
        "completion_rate",
        "unit",
        "text",
        "source_line",
        "candidates",
    ],
    required: bits(&[7]),
};

fn stated_totals(r: &mut Reader<'_>) -> Step<StatedTotals> {
    let mut t = StatedTotals::default();
    r.object(&TOTALS, &mut |r, field| {
        match field {
            0..=4 => {
                let value = r.optional_count()?;
                *[
                    &mut t.total,
                    &mut t.done,
                    &mut t.in_progress,
                    &mut t.long_term,
                    &mut t.not_started,
                ][field] = value;
            }
            5 => t.completion_rate = r.optional_decimal()?,
            6 => t.unit = r.optional_text()?,
            7 => t.text = r.text()?,
            8 => t.source_line = r.optional_count()?,
            _ => t.candidates = r.list(stated_totals)?,
        }
        Ok(())
    })?;
    Ok(t)
}

const SKIPPED: Shape = Shape {
    name: "Skipped",
    fields: &["line", "text", "reason"],
    required: bits(&[0, 1, 2]),
};

fn skipped(r: &mut Reader<'_>) -> Step<Skipped> {
    let mut s = Skipped {
        line: 0,
        text: String::new(),
        reason: String::new(),
    };
    r.object(&SKIPPED, &mut |r, field| {
        match field {
            0 => s.line = r.count()?,
            1 => s.text = r.text()?,
            _ => s.reason = r.text()?,
        }
        Ok(())
    })?;
    Ok(s)
}
