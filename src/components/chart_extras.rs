use rectify_core::chart::Table;
use rectify_core::locale::Lang;
use web_sys::Element;
use yew::prelude::*;

use crate::export;
use crate::i18n::{t, T};
use crate::state::Action;

/// A table with a caption, column headers and row headers.
pub fn data_table(caption: &str, table: &Table) -> Html {
    html! {
        <table class="rb-table">
            <caption>{ caption }</caption>
            <thead><tr>{ for table.head.iter().map(|h| html! { <th scope="col">{ h }</th> }) }</tr></thead>
            <tbody>
                { for table.rows.iter().map(|row| html! {
                    <tr>
                        { for row.iter().enumerate().map(|(i, c)| if i == 0 {
                            html! { <th scope="row">{ c }</th> }
                        } else {
                            html! { <td>{ c }</td> }
                        }) }
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

/// What goes under a chart.
pub struct Extras<'a> {
    pub lang: Lang,
    /// `donut` or `bars`.
    pub chart: &'static str,
    /// The chart's title (the table's caption).
    pub title: &'a str,
    pub table: &'a Table,
    /// The chart's `<svg>`, for the exports.
    pub svg: &'a NodeRef,
    /// Unique id of the table's region.
    pub id: String,
    pub open: bool,
    pub dispatch: &'a Callback<Action>,
}

/// Under each chart: its data table (shown on request; open in elderly mode
/// and in print) and the SVG/PNG exports.
pub fn chart_extras(x: Extras) -> Html {
    let lang = x.lang;
    let chart = x.chart;
    let toggle = x
        .dispatch
        .reform(move |_: MouseEvent| Action::ToggleTable(chart));
    let export = |kind: &'static str| {
        let svg = x.svg.clone();
        let name = format!("rectify-{chart}.{kind}");
        Callback::from(move |_: MouseEvent| {
            if let Some(el) = svg.cast::<Element>() {
                export::export(kind, &name, &el);
            }
        })
    };
    html! {
        <>
            <div class="rb-chart-tools">
                <button type="button" class="rb-tool rb-table-toggle" aria-expanded={x.open.to_string()}
                    aria-controls={x.id.clone()} onclick={toggle}>
                    { t(lang, if x.open { T::HideTable } else { T::ShowTable }) }
                </button>
                <button type="button" class="rb-tool rb-export-svg" onclick={export("svg")}>{ t(lang, T::DownloadSvg) }</button>
                <button type="button" class="rb-tool rb-export-png" onclick={export("png")}>{ t(lang, T::DownloadPng) }</button>
            </div>
            <div class={classes!("rb-table-wrap", (!x.open).then_some("rb-table-closed"))} id={x.id}>
                { data_table(&format!("{}{}", t(lang, T::TableOf), x.title), x.table) }
            </div>
        </>
    }
}
