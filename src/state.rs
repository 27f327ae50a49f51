//! The widget's view state and its reducer (what is filtered, where the
//! reader has drilled to, which mark shows its tooltip).

use std::rc::Rc;

use rectify_core::model::Status;
use yew::Reducible;

/// A status in the legend; `None` is "not stated".
pub type StatusKey = Option<Status>;

/// A tooltip: which mark, and the lines it shows.
#[derive(Clone, PartialEq, Debug)]
pub struct Tip {
    /// Identifies the mark (e.g. `donut:done`, `bar:s2-a1:in_progress`).
    pub mark: String,
    pub lines: Vec<String>,
    /// Anchor in the chart's viewBox units.
    pub x: f64,
    pub y: f64,
    /// The chart the anchor refers to (`donut` or `bars`).
    pub chart: &'static str,
}

#[derive(Clone, PartialEq, Debug, Default)]
pub struct ViewState {
    /// Statuses hidden by the legend filter.
    pub hidden: Vec<StatusKey>,
    /// The focus area drilled into (a group id).
    pub area: Option<String>,
    /// The problem opened within the area.
    pub problem: Option<String>,
    /// How many problems of the area list are shown (paging for big reports).
    pub shown: usize,
    pub tip: Option<Tip>,
    /// Charts whose data table the reader toggled (`donut`, `bars`): open
    /// by default in elderly mode, closed otherwise.
    pub toggled_tables: Vec<&'static str>,
    /// Drilled into from a donut arc: every problem with this status
    /// (`area` is then [`ALL_PROBLEMS`]).
    pub status_drill: Option<StatusKey>,
}

/// The `area` id of the list of every problem (a donut arc's drill-down).
pub const ALL_PROBLEMS: &str = "*";

/// The page size of problem lists.
pub const PAGE: usize = 100;

#[derive(Clone)]
pub enum Action {
    /// Hide a status if shown, show it if hidden.
    ToggleStatus(StatusKey),
    OpenArea(String),
    /// From a donut arc: list every problem with this status.
    DrillStatus(StatusKey),
    OpenProblem(String),
    /// Up one level: problem → area → overview.
    Back,
    ShowMore,
    ShowTip(Tip),
    HideTip,
    ToggleTable(&'static str),
}

impl ViewState {
    /// The tooltip to draw in `chart`, if any. None in elderly mode: no
    /// pop-ups there (the values are in the labels and the tables).
    pub fn tip_for(&self, chart: &str, elderly: bool) -> Option<Tip> {
        self.tip
            .as_ref()
            .filter(|t| t.chart == chart && !elderly)
            .cloned()
    }

    pub fn is_shown(&self, s: StatusKey) -> bool {
        !self.hidden.contains(&s)
    }

    /// The statuses visible in the charts, for the geometry model.
    pub fn visible_statuses(&self) -> Option<Vec<Status>> {
        if self.hidden.is_empty() {
            None
        } else {
            Some(
                Status::ALL
                    .into_iter()
                    .filter(|s| self.is_shown(Some(*s)))
                    .collect(),
            )
        }
    }
}

impl Reducible for ViewState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::ToggleStatus(s) => {
                if let Some(i) = next.hidden.iter().position(|h| *h == s) {
                    next.hidden.remove(i);
                } else {
                    next.hidden.push(s);
                }
                next.shown = PAGE;
            }
            Action::DrillStatus(s) => {
                next.area = Some(ALL_PROBLEMS.to_string());
                next.status_drill = Some(s);
                next.problem = None;
                next.shown = PAGE;
                next.tip = None;
            }
            Action::OpenArea(id) => {
                next.status_drill = None;
                next.area = Some(id);
                next.problem = None;
                next.shown = PAGE;
                next.tip = None;
            }
            Action::OpenProblem(id) => next.problem = Some(id),
            Action::Back => {
                if next.problem.is_some() {
                    next.problem = None;
                } else if next.area.is_some() {
                    next.area = None;
                    next.status_drill = None;
                } else if next.tip.is_some() {
                    next.tip = None;
                } else {
                    return self;
                }
            }
            Action::ShowMore => next.shown += PAGE,
            Action::ShowTip(tip) => {
                if self.tip.as_ref() == Some(&tip) {
                    return self;
                }
                next.tip = Some(tip);
            }
            Action::ToggleTable(chart) => {
                if let Some(i) = next.toggled_tables.iter().position(|c| *c == chart) {
                    next.toggled_tables.remove(i);
                } else {
                    next.toggled_tables.push(chart);
                }
            }
            Action::HideTip => {
                if self.tip.is_none() {
                    return self;
                }
                next.tip = None;
            }
        }
        Rc::new(next)
    }
}
