use std::rc::Rc;

use rectify_core::convert::{Conversion, Warning};
use rectify_core::input::{convert_bytes, ImportOptions, InputFormat};
use rectify_core::locale::{describe_counts, Lang};
use rectify_core::stats::Summary;
use wasm_bindgen::JsCast;
use web_sys::{DragEvent, Element, File, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::blob;
use crate::app::AppProps;

#[derive(Properties, PartialEq)]
pub struct ImportPageProps {
    /// URL of the widget bundle's folder (for board.css and the 繁體 table).
    pub base: AttrValue,
}

/// What the last conversion produced.
#[derive(Clone)]
enum Outcome {
    Nothing,
    Converted {
        source: String,
        format: InputFormat,
        conversion: Rc<Conversion>,
        json_url: String,
        json_name: String,
        /// Bumped per conversion: a fresh preview host each time.
        generation: u32,
    },
    Failed {
        source: String,
        message: String,
    },
}

/// Each conversion has its own generation number (and each failure its own
/// message), so comparing those is enough and avoids comparing reports.
impl PartialEq for Outcome {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Outcome::Nothing, Outcome::Nothing) => true,
            (
                Outcome::Converted { generation: a, .. },
                Outcome::Converted { generation: b, .. },
            ) => a == b,
            (
                Outcome::Failed {
                    source: a,
                    message: m,
                },
                Outcome::Failed {
                    source: b,
                    message: n,
                },
            ) => a == b && m == n,
            _ => false,
        }
    }
}

/// The page: input (paste or file), result (counts, warnings, skipped
/// lines), download, and a live preview of the widget.
// About 90 lines: a function component's hooks and the callbacks that use
// them must be made in its body; the work is in convert(), convert_file()
// and the section functions.
#[function_component(ImportPage)]
pub fn import_page(props: &ImportPageProps) -> Html {
    let outcome = use_state(|| Outcome::Nothing);
    let generation = use_mut_ref(|| 0u32);
    let textarea = use_node_ref();
    let dragging = use_state(|| false);

    // Converts bytes and replaces the outcome (revoking the last blob URL).
    let run = {
        let outcome = outcome.clone();
        let generation = generation.clone();
        Callback::from(move |(name, bytes): (String, Vec<u8>)| {
            if let Outcome::Converted { json_url, .. } = &*outcome {
                blob::revoke(json_url);
            }
            let next = convert(name, &bytes, *generation.borrow() + 1);
            if let Outcome::Converted { generation: g, .. } = &next {
                *generation.borrow_mut() = *g;
            }
            outcome.set(next);
        })
    };

    let convert_text = {
        let run = run.clone();
        let textarea = textarea.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(t) = textarea.cast::<HtmlTextAreaElement>() {
                let text = t.value();
                if !text.trim().is_empty() {
                    run.emit(("粘贴的通报.txt".to_string(), text.into_bytes()));
                }
            }
        })
    };
    let on_file = {
        let run = run.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                convert_file(file, run.clone());
            }
            input.set_value("");
        })
    };
    let on_drop = {
        let run = run.clone();
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            let file = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0));
            if let Some(file) = file {
                convert_file(file, run.clone());
            }
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if !*dragging {
                dragging.set(true);
            }
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };

    html! {
        <main class={classes!("imp", (*dragging).then_some("imp-dragging"))}
            ondrop={on_drop} ondragover={on_drag_over} ondragleave={on_drag_leave}>
            <h1>{ "整改看板 · 数据导入" }</h1>
            <p class="imp-lead">
                { "把整改进展通报的全文粘贴到下面，或选择（拖入）整改台账 CSV / XLSX 文件，" }
                { "即可预览看板、查看转换提示，并下载看板所需的 JSON 数据文件。" }
                <strong>{ "所有处理都在本机浏览器中完成，文件不会上传。" }</strong>
            </p>
            { input_section(&textarea, convert_text, on_file) }
            { result(&outcome) }
            { preview(&outcome, &props.base) }
        </main>
    }
}

/// The input section: a text area to paste a notice into, and a file input.
fn input_section(
    textarea: &NodeRef,
    convert_text: Callback<MouseEvent>,
    on_file: Callback<Event>,
) -> Html {
    html! {
        <section class="imp-input" aria-labelledby="imp-input-title">
            <h2 id="imp-input-title">{ "1. 输入" }</h2>
            <label for="imp-text">{ "粘贴通报全文" }</label>
            <textarea id="imp-text" ref={textarea.clone()} rows="10"
                placeholder="例如：中共××局党组关于巡察整改进展情况的通报……" />
            <div class="imp-actions">
                <button type="button" class="imp-button" onclick={convert_text}>{ "转换粘贴的文本" }</button>
                <label class="imp-file">
                    <span>{ "或选择文件（.txt 通报 · .csv / .xlsx 台账）" }</span>
                    <input type="file" accept=".txt,.csv,.tsv,.xlsx,.xlsm,text/plain,text/csv" onchange={on_file} />
                </label>
            </div>
        </section>
    }
}

/// Converts a file's bytes into the next outcome: the conversion with a
/// `blob:` URL of its JSON (numbered `generation`), or what went wrong.
fn convert(name: String, bytes: &[u8], generation: u32) -> Outcome {
    let format = InputFormat::detect(Some(&name), bytes);
    let opts = ImportOptions {
        source_name: Some(name.clone()),
        ..ImportOptions::default()
    };
    let conversion = match convert_bytes(bytes, format, &opts) {
        Ok(conversion) => conversion,
        Err(e) => {
            return Outcome::Failed {
                source: name,
                message: e.to_string(),
            }
        }
    };
    let json = serde_json::to_string_pretty(&conversion.report).unwrap_or_default() + "\n";
    match blob::object_url(&json, "application/json") {
        Some(json_url) => Outcome::Converted {
            json_name: json_name(&name),
            source: name,
            format,
            conversion: Rc::new(conversion),
            json_url,
            generation,
        },
        None => Outcome::Failed {
            source: name,
            message: "浏览器无法生成下载文件".into(),
        },
    }
}

/// Reads a file the editor chose or dropped, then converts it with `run`.
fn convert_file(file: File, run: Callback<(String, Vec<u8>)>) {
    wasm_bindgen_futures::spawn_local(async move {
        if let Ok(pair) = super::read_file::read(file).await {
            run.emit(pair);
        }
    });
}

fn json_name(source: &str) -> String {
    let stem = source.rsplit_once('.').map(|(s, _)| s).unwrap_or(source);
    format!("{stem}.json")
}

fn result(outcome: &Outcome) -> Html {
    match outcome {
        Outcome::Nothing => Html::default(),
        Outcome::Failed { source, message } => html! {
            <section class="imp-result" aria-labelledby="imp-result-title">
                <h2 id="imp-result-title">{ "2. 转换结果" }</h2>
                <div class="imp-error" role="alert">
                    <p><strong>{ format!("{source} 无法转换") }</strong></p>
                    <p>{ message.clone() }</p>
                </div>
            </section>
        },
        Outcome::Converted {
            source,
            format,
            conversion,
            json_url,
            json_name,
            ..
        } => {
            let summary = Summary::of(&conversion.report);
            let kind = match format {
                InputFormat::Notice => "通报文本",
                InputFormat::Csv => "CSV 台账",
                InputFormat::Xlsx => "XLSX 台账",
            };
            html! {
                <section class="imp-result" aria-labelledby="imp-result-title">
                    <h2 id="imp-result-title">{ "2. 转换结果" }</h2>
                    <p class="imp-summary" role="status">
                        { format!("{source}（{kind}）：{}", describe_counts(&summary.problems, Lang::ZhHans)) }
                    </p>
                    <p>
                        <a class="imp-button imp-download" href={json_url.clone()} download={json_name.clone()}>
                            { format!("下载 JSON 数据（{json_name}）") }
                        </a>
                    </p>
                    { warnings(source, &conversion.warnings) }
                    { skipped(conversion) }
                </section>
            }
        }
    }
}

fn warnings(source: &str, warnings: &[Warning]) -> Html {
    html! {
        <div class="imp-warnings">
            <h3>{ format!("转换提示（{}条）", warnings.len()) }</h3>
            if warnings.is_empty() {
                <p>{ "没有提示：每段文字都已归入相应条目。" }</p>
            } else {
                <ul>
                    { for warnings.iter().map(|w| html! {
                        <li><code>{ format!("{source}:{}:{}", w.line, w.column) }</code>{ " " }{ w.message.clone() }</li>
                    }) }
                </ul>
            }
        </div>
    }
}

fn skipped(conversion: &Conversion) -> Html {
    let skipped = &conversion.report.skipped;
    if skipped.is_empty() {
        return Html::default();
    }
    html! {
        <details class="imp-skipped">
            <summary>{ format!("未放入条目的行（{}行，已保留在数据的 skipped 中）", skipped.len()) }</summary>
            <ul>
                { for skipped.iter().map(|s| html! {
                    <li><code>{ format!("第{}行", s.line) }</code>{ format!(" {}：", s.reason) }{ s.text.clone() }</li>
                }) }
            </ul>
        </details>
    }
}

fn preview(outcome: &Outcome, base: &AttrValue) -> Html {
    let Outcome::Converted {
        json_url,
        generation,
        ..
    } = outcome
    else {
        return Html::default();
    };
    html! {
        <section class="imp-preview" aria-labelledby="imp-preview-title">
            <h2 id="imp-preview-title">{ "3. 看板预览" }</h2>
            <PreviewHost key={*generation} src={json_url.clone()} base={base.clone()} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct PreviewHostProps {
    src: String,
    base: AttrValue,
}

/// A host element for the real widget, mounted (in its shadow root) on the
/// converted report's blob URL, exactly as a portal page would show it.
#[function_component(PreviewHost)]
fn preview_host(props: &PreviewHostProps) -> Html {
    let host = use_node_ref();
    {
        let host = host.clone();
        let src = props.src.clone();
        let base = props.base.to_string();
        use_effect_with((), move |_| {
            if let (Some(el), Some(doc)) = (
                host.cast::<Element>(),
                web_sys::window().and_then(|w| w.document()),
            ) {
                let props = AppProps {
                    src: src.into(),
                    lang: Lang::ZhHans,
                    elderly: false,
                    height: None,
                    base: base.clone().into(),
                };
                crate::mount::mount_host(&doc, el.unchecked_into(), props, &base);
            }
        });
    }
    html! { <div class="imp-preview-host" data-rectify-board="mounted" ref={host}></div> }
}
