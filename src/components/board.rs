use std::rc::Rc;

use rectify_core::chart::{problems_table, to_csv, TableScope};
use rectify_core::locale::Lang;
use yew::prelude::*;

use crate::components::{
    data_table, AreaView, DonutChart, Headline, Legend, StackedBarsChart, StatedTotals, StatusBadge,
};
use crate::export;
use crate::hooks::Loaded;
use crate::i18n::{t, T};
use crate::state::{Action, ViewState, PAGE};

#[derive(Properties, PartialEq)]
pub struct BoardProps {
    pub lang: Lang,
    pub loaded: Rc<Loaded>,
    /// 适老化 mode: larger text and targets, no pop-ups, tables shown.
    pub elderly: bool,
}

/// Above this many problems the print-only full table is left out (the CSV
/// export has them all).
const PRINT_ROWS: usize = 2000;

/// The loaded widget: headline, charts, legend filter and the drill-down.
/// Escape anywhere in the widget goes up one level.
#[function_component(Board)]
pub fn board(props: &BoardProps) -> Html {
    let lang = props.lang;
    let view = use_reducer(|| ViewState {
        shown: PAGE,
        ..ViewState::default()
    });
    let uid = use_memo((), |_| next_uid());
    let dispatch = {
        let view = view.clone();
        Callback::from(move |a: Action| view.dispatch(a))
    };
    let summary = &props.loaded.summary;
    let onkeydown = {
        let d = dispatch.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                d.emit(Action::Back);
            }
        })
    };
    let announce = view
        .tip
        .as_ref()
        .map(|t| t.lines.join("，"))
        .unwrap_or_default();
    let main = match &view.area {
        Some(area_id) => html! {
            <AreaView {lang} loaded={props.loaded.clone()} area_id={area_id.clone()} view={(*view).clone()} dispatch={dispatch.clone()} />
        },
        None => html! {
            <section class="rb-areas" aria-label={t(lang, T::AllAreas)}>
                <h3 class="rb-areas-title">{ t(lang, T::BarsHint) }</h3>
                <ul class="rb-area-list">
                    { for summary.groups.iter().chain(summary.long_term_groups.iter()).map(|g| {
                        let d = dispatch.clone();
                        let id = g.id.key().to_string();
                        let onclick = Callback::from(move |_: MouseEvent| d.emit(Action::OpenArea(id.clone())));
                        html! {
                            <li key={g.id.key()}>
                                <button type="button" class="rb-area-button" {onclick}>
                                    <span class="rb-area-name">{ format!("{}{}", g.label, g.title) }</span>
                                    <span class="rb-area-counts">
                                        <span class="rb-count">{ format!("{}{}", g.counts.total(), t(lang, T::Unit)) }</span>
                                        { for g.counts.present().into_iter().map(|(s, n)| html! {
                                            <span class="rb-area-count"><StatusBadge status={Some(s)} {lang} />{ n }</span>
                                        }) }
                                    </span>
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            </section>
        },
    };
    let elderly = props.elderly;
    let report = &props.loaded.report;
    let v = (*view).clone();
    // The print-only full table (small reports only).
    let problems = (props.loaded.summary.problems.total() <= PRINT_ROWS).then(|| {
        problems_table(
            report,
            scope(view.area.as_deref()),
            &|s| v.is_shown(s),
            lang,
        )
    });
    let csv = {
        // Made on the click only: the table may have 10,000 rows.
        let loaded = props.loaded.clone();
        let view = view.clone();
        Callback::from(move |_: MouseEvent| {
            let v = (*view).clone();
            let table = problems_table(
                &loaded.report,
                scope(v.area.as_deref()),
                &|s| v.is_shown(s),
                lang,
            );
            export::export("csv", "rectify-problems.csv", &to_csv(&table).into());
        })
    };
    let print_table = problems.map(|p| {
        html! {
            <div class="rb-print-only">{ data_table(t(lang, T::ProblemsIn), &p) }</div>
        }
    });
    html! {
        <div class="rb-board" {onkeydown}>
            <Headline {lang} loaded={props.loaded.clone()} />
            <StatedTotals {lang} loaded={props.loaded.clone()} />
            <Legend {lang} counts={summary.problems} view={(*view).clone()} dispatch={dispatch.clone()} />
            <div class="rb-charts">
                <DonutChart {lang} counts={summary.problems} view={(*view).clone()} dispatch={dispatch.clone()} uid={(*uid).clone()} {elderly} />
                <StackedBarsChart {lang} groups={summary.groups.clone()} view={(*view).clone()} dispatch={dispatch.clone()} uid={(*uid).clone()} {elderly} />
            </div>
            <p class="rb-sr-only" aria-live="polite">{ announce }</p>
            { main }
            <p class="rb-exports">
                <button type="button" class="rb-tool rb-export-csv" onclick={csv}>{ t(lang, T::DownloadCsv) }</button>
            </p>
            { for print_table }
        </div>
    }
}

fn scope(area: Option<&str>) -> TableScope<'_> {
    match area {
        None => TableScope::Report,
        Some("all" | "*") => TableScope::Problems,
        Some(id) => TableScope::Node(id),
    }
}

fn next_uid() -> AttrValue {
    thread_local! {
        static NEXT: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    }
    let n = NEXT.with(|c| {
        let n = c.get() + 1;
        c.set(n);
        n
    });
    format!("rb{n}").into()
}
