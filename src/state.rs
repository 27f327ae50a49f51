//! The widget's view state and its reducer: what the legend filters, where
//! the reader has drilled to, which problem is open, how much of a list is
//! shown, which mark shows its tooltip, which data tables are toggled.
//! Plain Rust (no DOM), so the reducer is tested natively.

use std::rc::Rc;

use rectify_core::deadline::DeadlineState;
use rectify_core::link::LinkTarget;
use rectify_core::model::NodeId;
use rectify_core::stats::GroupId;
use rectify_core::view::{ChartId, Drill, StatusFilter, StatusKey, Tip};
use yew::Reducible;

/// The page size of problem lists.
pub const PAGE: usize = 100;

#[derive(Clone, PartialEq, Debug)]
pub struct ViewState {
    /// Statuses hidden by the legend.
    pub filter: StatusFilter,
    /// The deadline state chosen (judged on the report's as-of date); `None`
    /// for every problem.
    pub deadline: Option<DeadlineState>,
    pub drill: Drill,
    /// The problem opened within the drill-down.
    pub problem: Option<NodeId>,
    /// How many rows of the drill-down list are shown (paging for big
    /// reports): a multiple of [`PAGE`].
    pub page_limit: usize,
    pub tip: Option<Tip>,
    /// Charts whose data table the reader toggled: open by default in
    /// elderly mode, closed otherwise.
    pub toggled_tables: Vec<ChartId>,
    /// The last 复制链接, said beside its button.
    pub copied: Option<Copied>,
}

/// What became of copying the link to a node.
#[derive(Clone, PartialEq, Debug)]
pub struct Copied {
    pub id: NodeId,
    /// The link, when the clipboard refused it (shown to copy by hand).
    pub refused: Option<String>,
}

impl Default for ViewState {
    fn default() -> ViewState {
        ViewState {
            filter: StatusFilter::default(),
            deadline: None,
            drill: Drill::Overview,
            problem: None,
            page_limit: PAGE,
            tip: None,
            toggled_tables: Vec::new(),
            copied: None,
        }
    }
}

#[derive(Clone, Debug)]
pub enum Action {
    /// Hide a status if shown, show it if hidden.
    ToggleStatus(StatusKey),
    /// A bar or an area button: list the group's problems.
    OpenArea(GroupId),
    /// A donut arc: list every problem with this status.
    DrillStatus(StatusKey),
    /// Open a problem of the list, or close it if open.
    ToggleProblem(NodeId),
    /// Show every status and deadline state again; a drill-down by status
    /// goes back to the overview.
    ClearFilter,
    /// Show only the problems in a deadline state (`None`: all).
    ChooseDeadline(Option<DeadlineState>),
    /// A search result: list its area, open the problem in it, and clear the
    /// legend filter so that it is listed whatever its status.
    OpenProblem(GroupId, NodeId),
    /// Up one level: problem → list → overview; on the overview, the tooltip.
    Back,
    ShowMore,
    ShowTip(Tip),
    HideTip,
    ToggleTable(ChartId),
    /// The page's fragment changed (back/forward, a link on the page): go
    /// where it leads, or to the overview for `None` (no fragment).
    Follow(Option<LinkTarget>),
    /// A link was copied (or refused by the clipboard).
    Copied(Copied),
}

impl ViewState {
    /// The tooltip to draw in `chart`, if any. None in elderly mode: no
    /// pop-ups there (the values are in the labels and the tables).
    pub fn tip_for(&self, chart: ChartId, elderly: bool) -> Option<Tip> {
        self.tip
            .as_ref()
            .filter(|t| t.chart() == chart && !elderly)
            .cloned()
    }

    /// Whether `chart`'s data table is open: by default in elderly mode,
    /// the other way round when the reader toggled it.
    pub fn table_open(&self, chart: ChartId, elderly: bool) -> bool {
        elderly != self.toggled_tables.contains(&chart)
    }

    /// The state a deep link opens: its area, and its problem whatever the
    /// legend filter (the filter starts empty).
    pub fn linked(target: LinkTarget) -> ViewState {
        let mut s = ViewState::default();
        s.follow(Some(target));
        s
    }

    /// The node the address names for this state: the open problem, else
    /// the drilled area; `None` on the overview, for a status and for the
    /// top-level list (they have no node).
    pub fn link_id(&self) -> Option<&str> {
        match (&self.problem, &self.drill) {
            (Some(p), _) => Some(p.as_str()),
            (None, Drill::Area(GroupId::Node(id))) => Some(id.as_str()),
            _ => None,
        }
    }

    fn follow(&mut self, target: Option<LinkTarget>) {
        let Some(t) = target else {
            self.drill_to(Drill::Overview);
            return;
        };
        let group = t
            .area
            .map_or(GroupId::TopLevel, |a| GroupId::Node(a.as_str().into()));
        if self.drill != Drill::Area(group.clone()) {
            self.drill_to(Drill::Area(group));
        }
        self.copied = None;
        if t.problem.is_some() {
            self.filter = StatusFilter::default();
            self.deadline = None;
            // The page that holds it (the filter is cleared, so its place
            // in the listing is its place in the area).
            self.page_limit = self.page_limit.max(PAGE * (t.position / PAGE + 1));
        }
        self.problem = t.problem.map(|p| p.as_str().into());
    }

    fn drill_to(&mut self, drill: Drill) {
        self.drill = drill;
        self.problem = None;
        self.copied = None;
        self.page_limit = PAGE;
        self.tip = None;
    }
}

impl Reducible for ViewState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::ToggleStatus(s) => {
                next.filter.toggle(s);
                next.page_limit = PAGE;
            }
            Action::DrillStatus(s) => next.drill_to(Drill::Status(s)),
            Action::OpenArea(id) => next.drill_to(Drill::Area(id)),
            Action::ChooseDeadline(d) => {
                next.deadline = d;
                next.page_limit = PAGE;
            }
            Action::ClearFilter => {
                next.filter = StatusFilter::default();
                next.deadline = None;
                if matches!(next.drill, Drill::Status(_)) {
                    next.drill_to(Drill::Overview);
                }
            }
            Action::OpenProblem(area, id) => {
                next.drill_to(Drill::Area(area));
                next.filter = StatusFilter::default();
                next.problem = Some(id);
            }
            Action::Copied(c) => next.copied = Some(c),
            Action::ToggleProblem(id) => {
                next.copied = None;
                next.problem = if next.problem.as_ref() == Some(&id) {
                    None
                } else {
                    Some(id)
                };
            }
            Action::Follow(target) => {
                next.follow(target);
                if next == *self {
                    return self;
                }
            }
            Action::Back => {
                if next.problem.is_some() {
                    next.problem = None;
                } else if next.drill != Drill::Overview {
                    next.drill = Drill::Overview;
                } else if next.tip.is_some() {
                    next.tip = None;
                } else {
                    return self;
                }
            }
            Action::ShowMore => next.page_limit += PAGE,
            Action::ShowTip(tip) => {
                if self.tip.as_ref() == Some(&tip) {
                    return self;
                }
                next.tip = Some(tip);
            }
            Action::HideTip => {
                if self.tip.is_none() {
                    return self;
                }
                next.tip = None;
            }
            Action::ToggleTable(chart) => {
                match next.toggled_tables.iter().position(|c| *c == chart) {
                    Some(i) => {
                        next.toggled_tables.remove(i);
                    }
                    None => next.toggled_tables.push(chart),
                }
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rectify_core::model::Status;
    use rectify_core::view::MarkKey;

    fn run(actions: impl IntoIterator<Item = Action>) -> Rc<ViewState> {
        actions
            .into_iter()
            .fold(Rc::new(ViewState::default()), |s, a| s.reduce(a))
    }

    fn area(id: &str) -> GroupId {
        GroupId::Node(id.into())
    }

    fn tip(status: StatusKey) -> Tip {
        Tip {
            mark: MarkKey::Arc(status),
            lines: vec!["已完成".into()],
            x: 1.0,
            y: 2.0,
        }
    }

    #[test]
    fn back_goes_up_one_level_at_a_time() {
        let s = run([
            Action::OpenArea(area("s2-a1")),
            Action::ToggleProblem("p1".into()),
        ]);
        assert_eq!(s.drill, Drill::Area(area("s2-a1")));
        assert_eq!(s.problem, Some("p1".into()));
        let s = s.reduce(Action::Back);
        assert_eq!(
            (s.problem.clone(), s.drill.clone()),
            (None, Drill::Area(area("s2-a1")))
        );
        let s = s.reduce(Action::Back);
        assert_eq!(s.drill, Drill::Overview);
        let s = s.reduce(Action::ShowTip(tip(None)));
        let s = s.reduce(Action::Back);
        assert_eq!(s.tip, None);
        // Nothing left to close: the same state, no re-render.
        let again = s.clone().reduce(Action::Back);
        assert!(Rc::ptr_eq(&s, &again));
    }

    #[test]
    fn drilling_resets_the_page_the_open_problem_and_the_tip() {
        let s = run([
            Action::OpenArea(area("a")),
            Action::ShowMore,
            Action::ToggleProblem("p".into()),
            Action::ShowTip(tip(Some(Status::Done))),
        ]);
        assert_eq!(s.page_limit, 2 * PAGE);
        let s = s.reduce(Action::DrillStatus(Some(Status::InProgress)));
        assert_eq!(s.drill, Drill::Status(Some(Status::InProgress)));
        assert_eq!((s.page_limit, &s.problem, &s.tip), (PAGE, &None, &None));
    }

    #[test]
    fn clearing_the_filter_shows_every_status_and_leaves_a_status_listing() {
        let s = run([
            Action::ToggleStatus(Some(Status::Done)),
            Action::OpenArea(area("a")),
            Action::ToggleProblem("p".into()),
            Action::ClearFilter,
        ]);
        assert_eq!(s.filter, StatusFilter::default());
        assert_eq!(
            (s.drill.clone(), s.problem.clone()),
            (Drill::Area(area("a")), Some("p".into()))
        );
        let s = s.reduce(Action::DrillStatus(Some(Status::InProgress)));
        let s = s.reduce(Action::ClearFilter);
        assert_eq!(s.drill, Drill::Overview);
    }

    #[test]
    fn the_deadline_filter_combines_with_the_legend_and_clears_with_it() {
        let s = run([
            Action::OpenArea(area("a")),
            Action::ShowMore,
            Action::ToggleStatus(Some(Status::Done)),
            Action::ChooseDeadline(Some(DeadlineState::Overdue)),
        ]);
        assert_eq!(s.deadline, Some(DeadlineState::Overdue));
        assert!(!s.filter.is_shown(Some(Status::Done)));
        assert_eq!(
            (s.page_limit, s.drill.clone()),
            (PAGE, Drill::Area(area("a")))
        );
        let s = s.reduce(Action::ClearFilter);
        assert_eq!(
            (s.deadline, s.filter.clone()),
            (None, StatusFilter::default())
        );
        // A link to a problem shows it whatever the filters.
        let s = s.reduce(Action::ChooseDeadline(Some(DeadlineState::DueSoon)));
        let s = s.reduce(Action::Follow(Some(link(Some("a"), Some("p")))));
        assert_eq!(s.deadline, None);
    }

    #[test]
    fn a_found_problem_opens_in_its_area_whatever_the_filter() {
        let s = run([
            Action::ToggleStatus(Some(Status::Done)),
            Action::DrillStatus(Some(Status::InProgress)),
            Action::ShowMore,
            Action::OpenProblem(area("s2-a2"), "s2-a2-c6-p13".into()),
        ]);
        assert_eq!(s.drill, Drill::Area(area("s2-a2")));
        assert_eq!(s.problem, Some("s2-a2-c6-p13".into()));
        assert_eq!(
            (s.filter.clone(), s.page_limit),
            (StatusFilter::default(), PAGE)
        );
        // Back closes the problem, then the area.
        let s = s.reduce(Action::Back);
        assert_eq!(
            (s.problem.clone(), s.drill.clone()),
            (None, Drill::Area(area("s2-a2")))
        );
    }

    fn link(area: Option<&str>, problem: Option<&str>) -> LinkTarget {
        LinkTarget {
            area: area.map(str::to_string),
            problem: problem.map(str::to_string),
            position: 0,
        }
    }

    #[test]
    fn a_deep_link_to_a_later_page_shows_that_page() {
        let mut target = link(Some("a"), Some("a-p251"));
        target.position = 250;
        let s = ViewState::linked(target.clone());
        assert_eq!(
            s.page_limit,
            3 * PAGE,
            "problems 201–300 are on the third page"
        );
        target.position = PAGE - 1;
        assert_eq!(ViewState::linked(target).page_limit, PAGE);
        // Followed from another area: its page, not the one before.
        let s = Rc::new(s).reduce(Action::Follow(Some(link(Some("b"), Some("b-p1")))));
        assert_eq!(s.page_limit, PAGE);
    }

    #[test]
    fn a_deep_link_opens_its_area_and_problem_and_names_the_state() {
        let s = ViewState::linked(link(Some("s2-a2"), Some("s2-a2-c6-p13")));
        assert_eq!(s.drill, Drill::Area(area("s2-a2")));
        assert_eq!(s.link_id(), Some("s2-a2-c6-p13"));
        let s = Rc::new(s).reduce(Action::Back);
        assert_eq!(s.link_id(), Some("s2-a2"));
        let s = s.reduce(Action::Back);
        assert_eq!(s.link_id(), None);
        // The top-level list and a status have no node to name.
        let top = ViewState::linked(link(None, None));
        assert_eq!(
            (top.drill.clone(), top.link_id()),
            (Drill::Area(GroupId::TopLevel), None)
        );
        let s = run([Action::DrillStatus(Some(Status::Done))]);
        assert_eq!(s.link_id(), None);
    }

    #[test]
    fn following_the_address_moves_between_states_and_changes_nothing_twice() {
        let s = run([
            Action::ToggleStatus(Some(Status::InProgress)),
            Action::OpenArea(area("s2-a1")),
            Action::ShowMore,
        ]);
        // Back to the area's own fragment: nothing to change, no re-render.
        let same = s
            .clone()
            .reduce(Action::Follow(Some(link(Some("s2-a1"), None))));
        assert!(Rc::ptr_eq(&s, &same));
        // Forward to a problem: listed whatever the filter.
        let s = s.reduce(Action::Follow(Some(link(Some("s2-a1"), Some("p1")))));
        assert_eq!(s.problem, Some("p1".into()));
        assert_eq!(s.filter, StatusFilter::default());
        assert_eq!(s.page_limit, 2 * PAGE, "the same area keeps its page");
        // Another area resets the page; no fragment is the overview.
        let s = s.reduce(Action::Follow(Some(link(Some("s2-a2"), None))));
        assert_eq!((s.problem.clone(), s.page_limit), (None, PAGE));
        let s = s.reduce(Action::Follow(None));
        assert_eq!(s.drill, Drill::Overview);
    }

    #[test]
    fn a_problem_toggles_and_another_replaces_it() {
        let s = run([Action::ToggleProblem("p1".into())]);
        let s = s.reduce(Action::ToggleProblem("p2".into()));
        assert_eq!(s.problem, Some("p2".into()));
        let s = s.reduce(Action::ToggleProblem("p2".into()));
        assert_eq!(s.problem, None);
    }

    #[test]
    fn the_filter_toggles_and_resets_paging_but_not_the_drill() {
        let s = run([
            Action::OpenArea(area("a")),
            Action::ShowMore,
            Action::ToggleStatus(Some(Status::Done)),
        ]);
        assert!(!s.filter.is_shown(Some(Status::Done)));
        assert_eq!(s.page_limit, PAGE);
        assert_eq!(s.drill, Drill::Area(area("a")));
        let s = s.reduce(Action::ToggleStatus(Some(Status::Done)));
        assert!(s.filter.is_shown(Some(Status::Done)));
    }

    #[test]
    fn the_same_tip_again_changes_nothing_and_tips_belong_to_a_chart() {
        let s = run([Action::ShowTip(tip(None))]);
        assert!(Rc::ptr_eq(
            &s,
            &s.clone().reduce(Action::ShowTip(tip(None)))
        ));
        assert!(s.tip_for(ChartId::Donut, false).is_some());
        assert!(s.tip_for(ChartId::Bars, false).is_none());
        assert!(
            s.tip_for(ChartId::Donut, true).is_none(),
            "no pop-ups in elderly mode"
        );
        let s = s.reduce(Action::HideTip);
        assert!(Rc::ptr_eq(&s, &s.clone().reduce(Action::HideTip)));
    }

    #[test]
    fn tables_toggle_against_the_mode_default() {
        let s = run([Action::ToggleTable(ChartId::Bars)]);
        assert!(s.table_open(ChartId::Bars, false));
        assert!(!s.table_open(ChartId::Bars, true));
        assert!(!s.table_open(ChartId::Donut, false));
        assert!(s.table_open(ChartId::Donut, true));
        let s = s.reduce(Action::ToggleTable(ChartId::Bars));
        assert!(s.toggled_tables.is_empty());
    }
}
