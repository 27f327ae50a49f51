//! The narrow interface between the embed and the detail bundle (the
//! drill-down listing, problem detail and search, loaded on demand): what
//! the embed asks it to show ([`DetailRequest`]) and what the reader did
//! there ([`DetailAction`]). Both sides are this one module compiled into two
//! wasm modules, so the wire form ([`Wire`]: numbers and texts, which cross
//! JS as a `Uint32Array` and an array of strings) is written and read by the
//! same code. No state travels as a string to be parsed: node ids are the
//! only texts, and a malformed wire reads as `None`.

use crate::deadline::DeadlineState;
use crate::locale::Lang;
use crate::model::{NodeId, Status};
use crate::stats::GroupId;

use super::{Drill, StatusFilter, StatusKey, DEADLINE_STATES};

/// What the detail bundle shows in its container: the drill-down the
/// embed's view state names, in the embed's language.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListingRequest {
    pub lang: Lang,
    /// The deadline state the report is narrowed to (`None`: all).
    pub deadline: Option<DeadlineState>,
    pub drill: Drill,
    pub filter: StatusFilter,
    /// The open problem.
    pub problem: Option<NodeId>,
    /// How many rows are shown.
    pub page_limit: usize,
    /// The last 复制链接: the node, and the link when the clipboard refused it.
    pub copied: Option<(NodeId, Option<String>)>,
    /// Whether deep links are on (a 复制链接 button beside the area and the problem).
    pub links: bool,
    /// Changes each time focus is to move into the listing (a link was
    /// followed); 0 never moves it.
    pub focus: u32,
}

/// The search box, once the reader has focused the embed's stand-in for it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SearchRequest {
    pub lang: Lang,
    pub deadline: Option<DeadlineState>,
    /// The widget's id prefix, for element ids.
    pub uid: String,
    /// What the reader typed into the stand-in before the box arrived.
    pub typed: String,
    /// Whether the stand-in has focus (the box takes it over).
    pub focused: bool,
}

/// What the embed asks the detail bundle to show in one container.
#[derive(Debug, Clone, PartialEq)]
pub enum DetailRequest {
    Listing(ListingRequest),
    Search(SearchRequest),
}

/// What the reader asked for in the detail bundle's view, for the embed's
/// reducer.
#[derive(Debug, Clone, PartialEq)]
pub enum DetailAction {
    /// Up one level (the back button, Escape).
    Back,
    ShowMore,
    /// Open or close a problem of the list.
    ToggleProblem(NodeId),
    /// Copy the link to a node.
    Copy(NodeId),
    /// A search result: its area (where it is listed) and the problem.
    Open(GroupId, NodeId),
}

/// Numbers and texts in the order one side writes them and the other reads.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Wire {
    pub nums: Vec<u32>,
    pub texts: Vec<String>,
}

impl Wire {
    fn num(&mut self, n: u32) {
        self.nums.push(n);
    }

    fn text(&mut self, t: &str) {
        self.texts.push(t.to_string());
    }

    /// Presence as a number, then the text when present.
    fn opt_text(&mut self, t: Option<&str>) {
        self.num(u32::from(t.is_some()));
        if let Some(t) = t {
            self.text(t);
        }
    }
}

/// Reads a [`Wire`] front to back; every read is `None` past its end.
struct Reader<'a> {
    nums: std::slice::Iter<'a, u32>,
    texts: std::slice::Iter<'a, String>,
}

impl<'a> Reader<'a> {
    fn new(wire: &'a Wire) -> Self {
        Reader {
            nums: wire.nums.iter(),
            texts: wire.texts.iter(),
        }
    }

    fn num(&mut self) -> Option<u32> {
        self.nums.next().copied()
    }

    fn text(&mut self) -> Option<String> {
        self.texts.next().cloned()
    }

    fn id(&mut self) -> Option<NodeId> {
        self.text().map(|t| NodeId::from(t.as_str()))
    }

    fn opt_text(&mut self) -> Option<Option<String>> {
        match self.num()? {
            0 => Some(None),
            1 => self.text().map(Some),
            _ => None,
        }
    }

    /// Whether every number and text was read (a longer wire is malformed).
    fn done(mut self) -> bool {
        self.nums.next().is_none() && self.texts.next().is_none()
    }
}

const LANGS: [Lang; 3] = [Lang::ZhHans, Lang::ZhHant, Lang::En];

/// A status key as a number: 0 "not stated", then [`Status::ALL`] from 1.
fn status_num(s: StatusKey) -> u32 {
    s.and_then(|s| Status::ALL.iter().position(|a| *a == s))
        .map_or(0, |i| i as u32 + 1)
}

fn status_of(n: u32) -> Option<StatusKey> {
    match n {
        0 => Some(None),
        n => Status::ALL.get(n as usize - 1).map(|s| Some(*s)),
    }
}

fn index_of<T: PartialEq>(all: &[T], x: &T) -> u32 {
    all.iter().position(|a| a == x).unwrap_or(0) as u32
}

fn write_group(w: &mut Wire, g: &GroupId) {
    match g {
        GroupId::TopLevel => w.num(0),
        GroupId::Node(id) => {
            w.num(1);
            w.text(id.as_str());
        }
    }
}

fn read_group(r: &mut Reader) -> Option<GroupId> {
    match r.num()? {
        0 => Some(GroupId::TopLevel),
        1 => r.id().map(GroupId::Node),
        _ => None,
    }
}

fn write_common(w: &mut Wire, lang: Lang, deadline: Option<DeadlineState>) {
    w.num(index_of(&LANGS, &lang));
    w.num(deadline.map_or(0, |d| index_of(&DEADLINE_STATES, &d) + 1));
}

fn read_common(r: &mut Reader) -> Option<(Lang, Option<DeadlineState>)> {
    let lang = *LANGS.get(r.num()? as usize)?;
    let deadline = match r.num()? {
        0 => None,
        n => Some(*DEADLINE_STATES.get(n as usize - 1)?),
    };
    Some((lang, deadline))
}

impl DetailRequest {
    pub fn to_wire(&self) -> Wire {
        let mut w = Wire::default();
        match self {
            DetailRequest::Listing(l) => {
                w.num(0);
                l.write(&mut w);
            }
            DetailRequest::Search(s) => {
                w.num(1);
                write_common(&mut w, s.lang, s.deadline);
                w.text(&s.uid);
                w.text(&s.typed);
                w.num(u32::from(s.focused));
            }
        }
        w
    }

    /// The request a wire holds; `None` if it is not one [`Self::to_wire`] wrote.
    pub fn from_wire(wire: &Wire) -> Option<DetailRequest> {
        let mut r = Reader::new(wire);
        let request = match r.num()? {
            0 => DetailRequest::Listing(ListingRequest::read(&mut r)?),
            1 => {
                let (lang, deadline) = read_common(&mut r)?;
                DetailRequest::Search(SearchRequest {
                    lang,
                    deadline,
                    uid: r.text()?,
                    typed: r.text()?,
                    focused: r.num()? == 1,
                })
            }
            _ => return None,
        };
        r.done().then_some(request)
    }
}

impl ListingRequest {
    fn write(&self, w: &mut Wire) {
        write_common(w, self.lang, self.deadline);
        match &self.drill {
            Drill::Overview => w.num(0),
            Drill::Area(g) => {
                w.num(1);
                write_group(w, g);
            }
            Drill::Status(s) => {
                w.num(2);
                w.num(status_num(*s));
            }
        }
        let hidden = self.filter.hidden();
        w.num(hidden.len() as u32);
        for s in hidden {
            w.num(status_num(*s));
        }
        w.opt_text(self.problem.as_ref().map(NodeId::as_str));
        w.num(self.page_limit.min(u32::MAX as usize) as u32);
        w.num(u32::from(self.copied.is_some()));
        if let Some((id, refused)) = &self.copied {
            w.text(id.as_str());
            w.opt_text(refused.as_deref());
        }
        w.num(u32::from(self.links));
        w.num(self.focus);
    }

    fn read(r: &mut Reader) -> Option<ListingRequest> {
        let (lang, deadline) = read_common(r)?;
        let drill = match r.num()? {
            0 => Drill::Overview,
            1 => Drill::Area(read_group(r)?),
            2 => Drill::Status(status_of(r.num()?)?),
            _ => return None,
        };
        let mut filter = StatusFilter::default();
        for _ in 0..r.num()?.min(8) {
            filter.toggle(status_of(r.num()?)?);
        }
        let problem = r.opt_text()?.map(|t| NodeId::from(t.as_str()));
        let page_limit = r.num()? as usize;
        let copied = match r.num()? {
            0 => None,
            1 => Some((r.id()?, r.opt_text()?)),
            _ => return None,
        };
        let links = r.num()? == 1;
        let focus = r.num()?;
        Some(ListingRequest {
            lang,
            deadline,
            drill,
            filter,
            problem,
            page_limit,
            copied,
            links,
            focus,
        })
    }
}

impl DetailAction {
    pub fn to_wire(&self) -> Wire {
        let mut w = Wire::default();
        match self {
            DetailAction::Back => w.num(0),
            DetailAction::ShowMore => w.num(1),
            DetailAction::ToggleProblem(id) => {
                w.num(2);
                w.text(id.as_str());
            }
            DetailAction::Copy(id) => {
                w.num(3);
                w.text(id.as_str());
            }
            DetailAction::Open(area, id) => {
                w.num(4);
                write_group(&mut w, area);
                w.text(id.as_str());
            }
        }
        w
    }

    pub fn from_wire(wire: &Wire) -> Option<DetailAction> {
        let mut r = Reader::new(wire);
        let action = match r.num()? {
            0 => DetailAction::Back,
            1 => DetailAction::ShowMore,
            2 => DetailAction::ToggleProblem(r.id()?),
            3 => DetailAction::Copy(r.id()?),
            4 => DetailAction::Open(read_group(&mut r)?, r.id()?),
            _ => return None,
        };
        r.done().then_some(action)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn requests() -> Vec<DetailRequest> {
        let mut all: Vec<DetailRequest> =
            listings().into_iter().map(DetailRequest::Listing).collect();
        all.push(DetailRequest::Search(SearchRequest::default()));
        all.push(DetailRequest::Search(SearchRequest {
            lang: Lang::ZhHant,
            deadline: Some(DeadlineState::DueSoon),
            uid: "rb3".into(),
            typed: "代理 记账".into(),
            focused: true,
        }));
        all
    }

    fn listings() -> Vec<ListingRequest> {
        let mut filter = StatusFilter::default();
        filter.toggle(Some(Status::Done));
        filter.toggle(None);
        vec![
            ListingRequest::default(),
            ListingRequest {
                lang: Lang::En,
                deadline: Some(DeadlineState::Overdue),
                drill: Drill::Area(GroupId::Node("s2-a2".into())),
                filter: filter.clone(),
                problem: Some("s2-a2-c6-p13".into()),
                page_limit: 300,
                copied: Some(("s2-a2".into(), Some("https://x/#s2-a2".into()))),
                links: true,
                focus: 7,
            },
            ListingRequest {
                lang: Lang::ZhHant,
                deadline: Some(DEADLINE_STATES[5]),
                drill: Drill::Status(None),
                filter,
                copied: Some(("p1".into(), None)),
                ..ListingRequest::default()
            },
            ListingRequest {
                drill: Drill::Area(GroupId::TopLevel),
                ..ListingRequest::default()
            },
            ListingRequest {
                drill: Drill::Status(Some(Status::LongTerm)),
                ..ListingRequest::default()
            },
        ]
    }

    #[test]
    fn requests_survive_the_wire() {
        for r in requests() {
            assert_eq!(DetailRequest::from_wire(&r.to_wire()), Some(r));
        }
    }

    #[test]
    fn actions_survive_the_wire() {
        for a in [
            DetailAction::Back,
            DetailAction::ShowMore,
            DetailAction::ToggleProblem("p-1".into()),
            DetailAction::Copy("s1".into()),
            DetailAction::Open(GroupId::TopLevel, "p2".into()),
            DetailAction::Open(GroupId::Node("s1".into()), "s1-p2".into()),
        ] {
            assert_eq!(DetailAction::from_wire(&a.to_wire()), Some(a));
        }
    }

    #[test]
    fn malformed_wires_read_as_none() {
        for r in requests() {
            let w = r.to_wire();
            // Every truncation, and a trailing extra number or text.
            for n in 0..w.nums.len() {
                let cut = Wire {
                    nums: w.nums[..n].to_vec(),
                    texts: w.texts.clone(),
                };
                assert_eq!(DetailRequest::from_wire(&cut), None, "{n} numbers");
            }
            let mut longer = w.clone();
            longer.nums.push(0);
            assert_eq!(DetailRequest::from_wire(&longer), None);
            let mut longer = w.clone();
            longer.texts.push("x".into());
            assert_eq!(DetailRequest::from_wire(&longer), None);
        }
        let bad = Wire {
            nums: vec![9],
            texts: vec![],
        };
        assert_eq!(DetailRequest::from_wire(&bad), None);
        assert_eq!(DetailAction::from_wire(&bad), None);
        assert_eq!(DetailAction::from_wire(&Wire::default()), None);
    }
}
