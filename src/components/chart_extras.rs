use rectify_core::chart::Table;
use rectify_core::locale::{Lang, Msg};
use rectify_core::view::{ChartId, ChartText, StatusFilter, Tip};
use web_sys::Element;
use yew::prelude::*;

use crate::export;

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

/// What every chart gets from the board besides its data.
#[derive(Clone, PartialEq)]
pub struct ChartCommon {
    pub lang: Lang,
    pub filter: StatusFilter,
    /// The tooltip shown on this chart.
    pub tip: Option<Tip>,
    pub table_open: bool,
    /// Unique per widget on the page, for element ids.
    pub uid: AttrValue,
    /// Shows a mark's tooltip (`Some`) or hides it.
    pub on_tip: Callback<Option<Tip>>,
    pub on_toggle_table: Callback<ChartId>,
}

impl ChartCommon {
    /// The ids of the chart's `<title>` and `<desc>`, and the prefix of its
    /// pattern ids.
    pub fn ids(&self, chart: ChartId) -> (String, String, String) {
        let prefix = format!("{}-{}", self.uid, chart.key());
        (format!("{prefix}-title"), format!("{prefix}-desc"), prefix)
    }
}

/// The SVG's `<title>` and `<desc>` (its accessible name and description).
pub fn svg_labels(text: &ChartText, title_id: String, desc_id: String) -> Html {
    html! {
        <>
            <title id={title_id}>{ text.title }</title>
            <desc id={desc_id}>{ text.desc.clone() }</desc>
        </>
    }
}

/// What goes under a chart.
pub struct Extras<'a> {
    pub common: &'a ChartCommon,
    pub chart: ChartId,
    pub text: &'a ChartText,
    /// The chart's `<svg>`, for the exports.
    pub svg: &'a NodeRef,
}

/// Under each chart: its data table (shown on request; open in elderly mode
/// and in print) and the SVG/PNG exports.
pub fn chart_extras(x: Extras) -> Html {
    let lang = x.common.lang;
    let open = x.common.table_open;
    let chart = x.chart;
    let toggle = x.common.on_toggle_table.reform(move |_: MouseEvent| chart);
    let export = |kind: &'static str| {
        let svg = x.svg.clone();
        let name = format!("rectify-{}.{kind}", chart.key());
        Callback::from(move |_: MouseEvent| {
            if let Some(el) = svg.cast::<Element>() {
                export::export(kind, &name, &el);
            }
        })
    };
    let id = format!("{}-{}-table", x.common.uid, chart.key());
    html! {
        <>
            <div class="rb-chart-tools">
                <button type="button" class="rb-tool rb-table-toggle" aria-expanded={open.to_string()}
                    aria-controls={id.clone()} onclick={toggle}>
                    { if open { Msg::HideTable.text(lang) } else { Msg::ShowTable.text(lang) } }
                </button>
                <button type="button" class="rb-tool rb-export-svg" onclick={export("svg")}>{ Msg::DownloadSvg.text(lang) }</button>
                <button type="button" class="rb-tool rb-export-png" onclick={export("png")}>{ Msg::DownloadPng.text(lang) }</button>
            </div>
            // A labelled region that scrolls sideways on a phone (and can be
            // scrolled with the keyboard), rather than breaking numbers.
            <div class="rb-table-wrap" data-closed={(!open).then_some("")} {id}
                role="region" tabindex="0" aria-label={x.text.table_caption.clone()}>
                { data_table(&x.text.table_caption, &x.text.table) }
            </div>
        </>
    }
}
