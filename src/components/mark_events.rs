//! The event handlers every focusable chart mark shares: hover or focus
//! shows its tooltip (and makes it the roving tab stop), leaving or blur
//! hides it, Enter, Space or a click opens it, arrow keys move the focus.

use std::rc::Rc;

use rectify_core::chart::{step, NavKey};
use rectify_core::view::Tip;
use wasm_bindgen::JsCast;
use web_sys::{Element, SvgElement};
use yew::prelude::*;

pub struct MarkEvents {
    pub onmouseenter: Callback<MouseEvent>,
    pub onmouseleave: Callback<MouseEvent>,
    pub onfocus: Callback<FocusEvent>,
    pub onblur: Callback<FocusEvent>,
    pub onclick: Callback<MouseEvent>,
    pub onkeydown: Callback<KeyboardEvent>,
}

/// Where a chart's marks are and what they report to.
pub struct MarkContext<'a> {
    /// Shows a tooltip (`Some`) or hides it.
    pub on_tip: &'a Callback<Option<Tip>>,
    /// The roving tab stop.
    pub active: &'a UseStateHandle<usize>,
    /// The chart's `<svg>`.
    pub svg: &'a NodeRef,
    /// Marks per row (`[n]` for a donut), for arrow-key movement.
    pub layout: Rc<[usize]>,
}

/// Handlers for mark `i` of a chart. `open` is what Enter or a click does.
pub fn mark_events(cx: &MarkContext, i: usize, tip: Tip, open: Callback<()>) -> MarkEvents {
    let show = cx.on_tip.reform(move |_: ()| Some(tip.clone()));
    let hide = cx.on_tip.reform(|_: ()| None);
    let onfocus = {
        let show = show.clone();
        let active = cx.active.clone();
        Callback::from(move |_: FocusEvent| {
            active.set(i);
            show.emit(());
        })
    };
    let onclick = open.reform(|_: MouseEvent| ());
    let onkeydown = {
        let svg = cx.svg.clone();
        let layout = cx.layout.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" || e.key() == " " {
                e.prevent_default();
                open.emit(());
            } else if let Some(k) = NavKey::from_key(&e.key()) {
                e.prevent_default();
                focus_mark(&svg, step(&layout, i, k));
            }
        })
    };
    MarkEvents {
        onmouseenter: show.reform(|_: MouseEvent| ()),
        onmouseleave: hide.reform(|_: MouseEvent| ()),
        onfocus,
        onblur: hide.reform(|_: FocusEvent| ()),
        onclick,
        onkeydown,
    }
}

/// Focuses mark `i` of the chart behind `svg` (roving tabindex).
fn focus_mark(svg: &NodeRef, i: usize) {
    if let Some(m) = svg
        .cast::<Element>()
        .and_then(|s| s.query_selector_all(".rb-mark").ok())
        .and_then(|l| l.item(i as u32))
        .and_then(|n| n.dyn_into::<SvgElement>().ok())
    {
        let _ = m.focus();
    }
}
